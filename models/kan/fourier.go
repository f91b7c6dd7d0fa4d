package kan

import "math"

// fourier is FourierKAN's basis (spec B.12) laid out on a range: n = G+k
// functions cos(q·ω·(x−c)), sin(q·ω·(x−c)) for q = 1, 2, … (cos first),
// with c the centre of [lo, hi] and ω = π/(hi − lo), so the longest period
// is twice the range. Our choice: FourierKAN uses cos(kx), sin(kx) on the
// raw input; scaling to the range makes sin(πx) on [−1, 1] exact (q = 2)
// and, with the period twice the range, does not force f(lo) = f(hi). The
// grid update rescales the range; the SiLU base branch is kept. Beyond
// [lo, hi] the basis holds its value at the nearer end, as the RBF basis
// does, rather than repeat periodically.
type fourier struct {
	layout
	c, w float64
}

func newFourier(g, k int, lo, hi float64) *fourier {
	return &fourier{layout: newLayout(g, k, lo, hi), c: (lo + hi) / 2, w: math.Pi / (hi - lo)}
}

func (b *fourier) family() Basis { return Fourier }

// eval implements basis, the harmonics by the angle-addition recurrence
// from one sin and cos (math.Sin and math.Cos are pure Go, so identical
// natively and under wasm).
func (b *fourier) eval(x float64, val, der []float64) int {
	val, der = val[:b.n], der[:b.n]
	x, out := b.clamp(x)
	th := b.w * (x - b.c)
	s1, c1 := math.Sin(th), math.Cos(th)
	s, c := s1, c1
	for m := 0; m < b.n; m += 2 {
		q := float64(m/2+1) * b.w
		val[m], der[m] = c, -q*s
		if m+1 < b.n {
			val[m+1], der[m+1] = s, q*c
		}
		s, c = s*c1+c*s1, c*c1-s*s1
	}
	if out {
		clear(der)
	}
	return 0
}
