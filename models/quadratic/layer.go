package quadratic

import (
	"math/rand/v2"

	"bioplay/models/learn"
)

// Layer is a layer of quadratic neurons, full or compact (§A.2), in the
// batch form of §A.4. It implements learn.Layer. Weight matrices are
// Out×In, row-major.
type Layer struct {
	in, out int
	full    bool
	// Parameters (§A.2) and their gradients; w_g, b_g and c stay nil in a
	// compact layer.
	wr, br, wg, bg, wb, c       []float64
	dwr, dbr, dwg, dbg, dwb, dc []float64
	groups                      []learn.Group
	// Forward caches (§A.4): X, X∘X, and R, G (B×Out, full form only).
	x, xx, r, g []float64
}

// NewLayer returns an in→out layer of full (kind Quadratic) or compact
// (kind Compact) neurons at the ReLinear reference point with w_r = b_r = 0:
// w_g = 0, b_g = 1, w_b = 0, c = 0 (§A.5). It panics for another kind or a
// width below 1.
func NewLayer(in, out int, kind Neuron) *Layer {
	if in < 1 || out < 1 || (kind != Quadratic && kind != Compact) {
		panic("quadratic: NewLayer needs widths ≥ 1 and kind Quadratic or Compact")
	}
	l := &Layer{in: in, out: out, full: kind == Quadratic}
	mat := func() ([]float64, []float64) { return make([]float64, out*in), make([]float64, out*in) }
	vec := func() ([]float64, []float64) { return make([]float64, out), make([]float64, out) }
	l.wr, l.dwr = mat()
	l.br, l.dbr = vec()
	l.wb, l.dwb = mat()
	l.groups = []learn.Group{
		{Name: "w_r", Value: l.wr, Grad: l.dwr, Role: learn.Base},
		{Name: "b_r", Value: l.br, Grad: l.dbr, Role: learn.Base},
	}
	if l.full {
		l.wg, l.dwg = mat()
		l.bg, l.dbg = vec()
		l.c, l.dc = vec()
		for i := range l.bg {
			l.bg[i] = 1
		}
		l.groups = append(l.groups,
			learn.Group{Name: "w_g", Value: l.wg, Grad: l.dwg, Role: learn.Gate},
			learn.Group{Name: "b_g", Value: l.bg, Grad: l.dbg, Role: learn.Gate, Ref: 1})
	}
	l.groups = append(l.groups, learn.Group{Name: "w_b", Value: l.wb, Grad: l.dwb, Role: learn.Square})
	if l.full {
		l.groups = append(l.groups, learn.Group{Name: "c", Value: l.c, Grad: l.dc, Role: learn.Square})
	}
	return l
}

// Kind returns Quadratic for a full layer, Compact for a compact one.
func (l *Layer) Kind() Neuron {
	if l.full {
		return Quadratic
	}
	return Compact
}

// Dims returns the input and output widths.
func (l *Layer) Dims() (in, out int) { return l.in, l.out }

// Groups returns the parameter groups in the order w_r, b_r (Base), w_g,
// b_g (Gate, full form only), w_b (Square), c (Square, full form only).
func (l *Layer) Groups() []learn.Group { return l.groups }

// Weight returns the linear branch's weight w_r[out][in]: the link the
// page draws. It is the neuron's whole input weight at ReLinear init and
// stays its first-order part while w_g is small.
func (l *Layer) Weight(out, in int) float64 { return l.wr[out*l.in+in] }

// InitReLinear draws w_r by learn.InitWeights for activation act and b_r
// by learn.InitBias from r — the same draws, in the same order, as
// learn.Dense.Init — and puts the other groups at the ReLinear reference
// w_g = 0, b_g = 1, w_b = 0, c = 0 (§A.5 step 1). The layer then computes
// exactly what a Dense layer with W = w_r, b = b_r computes.
func (l *Layer) InitReLinear(act learn.Activation, r *rand.Rand) {
	learn.InitWeights(l.wr, l.in, act, r)
	learn.InitBias(l.br, l.in, r)
	clear(l.wb)
	if l.full {
		clear(l.wg)
		clear(l.c)
		for i := range l.bg {
			l.bg[i] = 1
		}
	}
}

// InitRandom draws the quadratic groups at random too, from extra (w_g and
// w_b like w_r, b_g and c like b_r), after w_r and b_r from r as in
// InitReLinear: "random init of every group", the set-up of the collapse
// demo (§A.5, §A.9.4).
func (l *Layer) InitRandom(act learn.Activation, r, extra *rand.Rand) {
	learn.InitWeights(l.wr, l.in, act, r)
	learn.InitBias(l.br, l.in, r)
	if l.full {
		learn.InitWeights(l.wg, l.in, act, extra)
		learn.InitBias(l.bg, l.in, extra)
	}
	learn.InitWeights(l.wb, l.in, act, extra)
	if l.full {
		learn.InitBias(l.c, l.in, extra)
	}
}

// grow makes the caches hold batch rows.
func (l *Layer) grow(batch int) {
	if len(l.xx) >= batch*l.in && len(l.r) >= batch*l.out {
		return
	}
	l.xx = make([]float64, batch*l.in)
	l.r = make([]float64, batch*l.out)
	l.g = make([]float64, batch*l.out)
}
