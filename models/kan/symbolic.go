package kan

import (
	"fmt"
	"strconv"
	"strings"

	"bioplay/models/learn"
)

// Symbolic edges (spec B.9, paper §2.5.1): an edge snapped to library
// function f computes c·f(a·x + b) + d; its numeric parameters are kept
// but neither used nor trained, and a, b, c, d train like any parameter
// (Trainer.Step) or by least squares (Trainer.FitAffine).

// symValue returns a snapped edge's value c·f(a·x+b)+d and its derivative
// in x, c·a·f′(a·x+b).
func (l *layer) symValue(e int, x float64) (v, dv float64) {
	p := l.sp[4*e : 4*e+4]
	f, fd := symLib[l.sfn[e]].f(p[0]*x + p[1])
	return p[2]*f + p[3], p[2] * fd * p[0]
}

// symBackward adds δ's gradients of a snapped edge's a, b, c, d (the zero
// function has none) and returns its share of ∂L/∂x:
//
//	∂/∂a = δ·c·f′(u)·x, ∂/∂b = δ·c·f′(u), ∂/∂c = δ·f(u), ∂/∂d = δ, ∂/∂x = δ·c·f′(u)·a.
func (l *layer) symBackward(e int, x, d float64) float64 {
	if l.sfn[e] == symZero {
		return 0
	}
	p, g := l.sp[4*e:4*e+4], l.gsp[4*e:4*e+4]
	f, fd := symLib[l.sfn[e]].f(p[0]*x + p[1])
	if l.reg != nil {
		d += l.reg[e] * sign(p[2]*f+p[3])
	}
	cf := d * p[2] * fd
	g[0] += cf * x
	g[1] += cf
	g[2] += d * f
	g[3] += d
	return cf * p[0]
}

// snap fixes edge e of the plain layer to library function fn with
// parameters p (a, b, c, d).
func (l *layer) snap(e, fn int, p [4]float64) {
	if l.sfn == nil {
		l.sfn = make([]int, l.in*l.out)
		for q := range l.sfn {
			l.sfn[q] = -1
		}
		l.sp, l.gsp = make([]float64, 4*l.in*l.out), make([]float64, 4*l.in*l.out)
	}
	l.sfn[e] = fn
	if fn == symZero {
		p = [4]float64{}
	}
	copy(l.sp[4*e:4*e+4], p[:])
}

// plainLayer returns layer l if it is not gated, else an error naming
// what: symbolic snapping needs edges of one family.
func (n *Network) plainLayer(l int, what string) (*layer, error) {
	if l < 0 || l >= len(n.layers) {
		return nil, intRange("layer", l, 0, len(n.layers)-1)
	}
	if n.layers[l].gate != nil {
		return nil, &learn.ConfigError{Field: "basis", Value: "select",
			Reason: "has no single edge functions to " + what + "; use a single-basis network"}
	}
	return n.layers[l], nil
}

// Snap fixes edge i→j of layer l to c·f(a·x+b)+d with f the library
// function called name (SymbolicNames; "0" masks the edge). It fails for
// an unknown name, indices out of range or a Select network. A Trainer
// must be told (Trainer.Snap does this): its optimiser state no longer
// fits.
func (n *Network) Snap(l, i, j int, name string, a, b, c, d float64) error {
	ly, err := n.plainLayer(l, "snap")
	if err != nil {
		return err
	}
	fn := symIndex(name)
	switch {
	case fn < 0:
		return &learn.ConfigError{Field: "function", Value: strconv.Quote(name), Reason: "is not one of " + strings.Join(SymbolicNames(), ", ")}
	case i < 0 || i >= ly.in:
		return intRange("input node", i, 0, ly.in-1)
	case j < 0 || j >= ly.out:
		return intRange("output node", j, 0, ly.out-1)
	case !allFinite([]float64{a, b, c, d}):
		return fmt.Errorf("kan: Snap: parameters %v must be finite", []float64{a, b, c, d})
	}
	ly.snap(i*ly.out+j, fn, [4]float64{a, b, c, d})
	return nil
}

// Unsnap returns edge i→j of layer l to its numeric function (as it was
// when snapped). Nothing happens for an edge that is not snapped.
func (n *Network) Unsnap(l, i, j int) {
	if ly, err := n.plainLayer(l, "unsnap"); err == nil && ly.sfn != nil {
		ly.sfn[i*ly.out+j] = -1
	}
}

// Symbolic returns the library function and a, b, c, d of edge i→j of
// layer l, and false if the edge is numeric (or the network is Select).
func (n *Network) Symbolic(l, i, j int) (name string, a, b, c, d float64, ok bool) {
	ly := n.layers[l]
	if ly.gate != nil || ly.sfn == nil || ly.sfn[i*ly.out+j] < 0 {
		return "", 0, 0, 0, 0, false
	}
	e := i*ly.out + j
	p := ly.sp[4*e : 4*e+4]
	return symLib[ly.sfn[e]].name, p[0], p[1], p[2], p[3], true
}
