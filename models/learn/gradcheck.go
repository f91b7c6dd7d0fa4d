package learn

import "math"

// GradientError is the worst disagreement, over one parameter group (or
// the input), between Backprop's gradient and a central finite difference
// of the loss (§A.10.1).
type GradientError struct {
	Layer    int     // the layer's index; −1 for the network's input
	Group    string  // the group's name; "x" for the input
	Index    int     // the entry with the largest error
	Analytic float64 // Backprop's ∂L/∂θ there
	Numeric  float64 // (L(θ+h) − L(θ−h)) / 2h there
	// RelErr is |Analytic − Numeric| / max(|Analytic|, |Numeric|, Floor):
	// relative, with an absolute floor for entries whose gradient is ~0.
	RelErr float64
}

// GradientFloor is the absolute floor of GradientError.RelErr's
// denominator. Our choice: with h = 1e-6 and a loss near 0.7 the finite
// difference carries rounding noise of about 1e-10 (measured: 7e-11), so
// a gradient below about 1e-4 cannot be checked to a relative 1e-6; with
// the floor at 1e-3, such entries are held to an absolute 1e-9 instead.
const GradientFloor = 1e-3

// CheckGradients compares Backprop's gradients on the batch (x, y) with
// central differences of step h for every entry of every group of every
// layer and of the input, and returns the worst entry of each: input
// first, then the layers' groups in order. It restores every parameter it
// perturbs. It is a test aid: it allocates and runs 2·(params + inputs)
// + 1 passes.
func CheckGradients(n *Network, x, y []float64, batch int, h float64) []GradientError {
	dx := make([]float64, len(x[:batch*n.shape[0]]))
	n.Backprop(x, y, batch, dx)
	var out []GradientError
	// Keep the analytic gradients: the perturbed passes overwrite Grad.
	var grads [][]float64
	for _, l := range n.layers {
		for _, g := range l.Groups() {
			grads = append(grads, append([]float64(nil), g.Grad...))
		}
	}
	check := func(layer int, name string, v, analytic []float64) {
		e := GradientError{Layer: layer, Group: name, Index: -1}
		for i := range v {
			old := v[i]
			v[i] = old + h
			lp := n.Backprop(x, y, batch, nil)
			v[i] = old - h
			lm := n.Backprop(x, y, batch, nil)
			v[i] = old
			num := (lp - lm) / (2 * h)
			a := analytic[i]
			rel := math.Abs(a-num) / max(math.Abs(a), math.Abs(num), GradientFloor)
			if e.Index < 0 || rel > e.RelErr || math.IsNaN(rel) {
				e.Index, e.Analytic, e.Numeric, e.RelErr = i, a, num, rel
			}
		}
		out = append(out, e)
	}
	check(-1, "x", x[:len(dx)], dx)
	k := 0
	for li, l := range n.layers {
		for _, g := range l.Groups() {
			check(li, g.Name, g.Value, grads[k])
			k++
		}
	}
	n.Backprop(x, y, batch, nil) // leave Grad as Backprop wrote it
	return out
}
