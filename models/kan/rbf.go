package kan

import "bioplay/models/learn"

// rbf is the Gaussian radial basis of FastKAN (spec B.12): n = G+k
// centres μ_m evenly spaced over [lo, hi] (ends included), width h equal
// to their spacing, f_m(x) = exp(−((x − μ_m)/h)²). FastKAN puts 8 centres
// on [−2, 2] with h = 4/7; the defaults G = 5, k = 3 give 8 centres on
// [−1, 1] with h = 2/7. Our choice: no LayerNorm on the layer input (the
// grid update moves the centres to the data instead, as for B-splines)
// and the SiLU base branch kept, so only the basis differs.
type rbf struct {
	layout
	h float64
}

func newRBF(g, k int, lo, hi float64) *rbf {
	b := &rbf{layout: newLayout(g, k, lo, hi)}
	b.h = (hi - lo) / float64(b.n-1)
	return b
}

func (b *rbf) family() Basis { return RBF }

// eval implements basis: f_m = e^{−u²}, f′_m = −2u/h·e^{−u²}, u = (x−μ_m)/h.
func (b *rbf) eval(x float64, val, der []float64) int {
	val, der = val[:b.n], der[:b.n]
	step := (b.hi - b.lo) / float64(b.n-1)
	for m := range val {
		u := (x - (b.lo + float64(m)*step)) / b.h
		e := learn.Exp(-u * u)
		val[m] = e
		der[m] = -2 * u / b.h * e
	}
	return 0
}
