package kan

import (
	"fmt"
	"math"
)

// NaNError reports the first NaN or infinity found during training
// (issue 6: training pauses with a message saying where it appeared).
type NaNError struct {
	Step  int    // the optimiser step (1-based) during which it appeared
	What  string // "loss", "gradient", "parameter" or "activation"
	Layer int    // the layer, or −1 for the loss
	In    int    // the edge's input node (or the layer's node), −1 if none
	Out   int    // the edge's output node, −1 if none
	Param string // "c[m]", "w_b", "w_s", or "" for losses and activations
	Value float64
}

// Error reads, for example, "step 12: NaN gradient in layer 1, edge 3→0,
// w_s; training paused".
func (e *NaNError) Error() string {
	where := ""
	if e.Layer >= 0 {
		where = fmt.Sprintf(" in layer %d", e.Layer)
		switch {
		case e.Out >= 0:
			where += fmt.Sprintf(", edge %d→%d", e.In, e.Out)
		case e.In >= 0:
			where += fmt.Sprintf(", node %d", e.In)
		}
		if e.Param != "" {
			where += ", " + e.Param
		}
	}
	return fmt.Sprintf("step %d: %v %s%s; training paused", e.Step, e.Value, e.What, where)
}

// finite reports whether x is neither NaN nor ±Inf.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// findNonFinite returns where the first non-finite value among the
// network's parameters (grads false) or gradients (grads true) is, or nil.
func (n *Network) findNonFinite(grads bool) *NaNError {
	for li, top := range n.layers {
		if top.gate != nil {
			g := top.gate.logit
			if grads {
				g = top.gate.glogit
			}
			for q, v := range g {
				if !finite(v) {
					w := "parameter"
					if grads {
						w = "gradient"
					}
					return &NaNError{What: w, Layer: li, In: q / len(top.gate.fams), Out: -1, Param: "gate logit", Value: v}
				}
			}
		}
		for _, l := range top.leaves() {
			if e := l.findNonFinite(li, grads); e != nil {
				return e
			}
		}
	}
	return nil
}

// findNonFinite is Network.findNonFinite for one plain layer, numbered li.
func (l *layer) findNonFinite(li int, grads bool) *NaNError {
	{
		c, wb, ws, sp := l.coef, l.wb, l.ws, l.sp
		what := "parameter"
		if grads {
			c, wb, ws, sp, what = l.gcoef, l.gwb, l.gws, l.gsp, "gradient"
		}
		size := l.size()
		for e := range l.in * l.out {
			name, v := "", 0.0
			switch {
			case !finite(wb[e]):
				name, v = "w_b", wb[e]
			case !finite(ws[e]):
				name, v = "w_s", ws[e]
			case sp != nil && !allFinite(sp[4*e:4*e+4]):
				name, v = "symbolic a, b, c, d", math.NaN()
			default:
				for m, x := range c[e*size : e*size+size] {
					if !finite(x) {
						name, v = fmt.Sprintf("c[%d]", m), x
						break
					}
				}
			}
			if name != "" {
				return &NaNError{What: what, Layer: li, In: e / l.out, Out: e % l.out, Param: name, Value: v}
			}
		}
	}
	return nil
}

// findNonFiniteActivation returns the first layer output in p (batch
// rows) that is not finite, or nil; node numbers are the layer's outputs.
func (n *Network) findNonFiniteActivation(p *pass, batch int) *NaNError {
	for li, l := range n.layers {
		for k, y := range p.layers[li].y[:batch*l.out] {
			if !finite(y) {
				return &NaNError{What: "activation", Layer: li, In: k % l.out, Out: -1, Value: y}
			}
		}
	}
	return nil
}

// allFinite reports whether every value of xs is finite.
func allFinite(xs []float64) bool {
	for _, x := range xs {
		if !finite(x) {
			return false
		}
	}
	return true
}
