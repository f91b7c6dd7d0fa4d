package kan

import "bioplay/models/learn"

// cheby is ChebyKAN's basis (spec B.12): the Chebyshev polynomials
// T_0 … T_{n−1} of t = tanh(x), n = G+k (degree 7 at the defaults), by the
// recurrence T_d = 2t·T_{d−1} − T_{d−2}. tanh maps every input into
// (−1, 1), so the basis needs no grid and the grid update leaves it
// alone. Our choice, unlike ChebyKAN: the SiLU base branch is kept.
type cheby struct{ layout }

func newCheby(g, k int) *cheby { return &cheby{newLayout(g, k, -1, 1)} }

func (b *cheby) family() Basis { return Cheby }

// tanh is tanh(x) = 2σ(2x) − 1 with the portable logistic, so native and
// wasm runs agree bit for bit (math.Tanh calls the assembly Exp on amd64).
func tanh(x float64) float64 { return 2*learn.Logistic(2*x) - 1 }

// eval implements basis. Derivatives: T′_d = 2T_{d−1} + 2t·T′_{d−1} −
// T′_{d−2} in t, times dt/dx = 1 − t².
func (b *cheby) eval(x float64, val, der []float64) int {
	val, der = val[:b.n], der[:b.n]
	t := tanh(x)
	dt := 1 - t*t
	val[0], der[0] = 1, 0
	if b.n > 1 {
		val[1], der[1] = t, 1
	}
	for d := 2; d < b.n; d++ {
		val[d] = 2*t*val[d-1] - val[d-2]
		der[d] = 2*val[d-1] + 2*t*der[d-1] - der[d-2]
	}
	for d := range der {
		der[d] *= dt
	}
	return 0
}
