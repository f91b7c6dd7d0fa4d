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
	val[0], der[0] = 1, 0*dt
	if b.n == 1 {
		return 0
	}
	val[1], der[1] = t, dt
	// The recurrences run in registers: T_{d−1}, T_{d−2} and their
	// derivatives in t are carried, not reloaded (same operations, same
	// rounding as T_d = 2t·T_{d−1} − T_{d−2} over the slices).
	t2 := 2 * t
	v2, v1, d2, d1 := 1.0, t, 0.0, 1.0
	for d := 2; d < len(val); d++ {
		v := t2*v1 - v2
		dv := 2*v1 + t2*d1 - d2
		val[d], der[d] = v, dv*dt
		v2, v1, d2, d1 = v1, v, d1, dv
	}
	return 0
}
