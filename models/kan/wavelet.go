package kan

// wavelet is a Mexican-hat frame (spec B.12, after Wav-KAN): n = G+k
// translates ψ((x − t_m)/s) with t_m evenly spaced over [lo, hi] and s
// their spacing, ψ(u) = (1 − u²)·e^{−u²/2}, the textbook sign, without the
// normalising factor 2/(√3·π^¼) (the coefficients absorb it; Wav-KAN's
// code uses the negated form). Our choice: the translations and the scale
// are fixed per input node and only the coefficients train — Wav-KAN
// trains one (s, t) per edge with a single wavelet — so every family is
// linear in its coefficients and the grid update and the least-squares
// refits work unchanged. The SiLU base branch is kept. Beyond [lo, hi] the
// basis holds its value at the nearer end, as the RBF basis does.
type wavelet struct {
	layout
	s  float64
	gc gaussConst // c = ½
}

func newWavelet(g, k int, lo, hi float64) *wavelet {
	b := &wavelet{layout: newLayout(g, k, lo, hi)}
	b.s = (hi - lo) / float64(b.n-1)
	b.gc = newGaussConst(0.5)
	return b
}

func (b *wavelet) family() Basis { return Wavelet }

// eval implements basis with v = u − m, u = (x − t₀)/s: ψ = (1 − v²)·e^{−v²/2},
// ψ′(v) = v(v² − 3)·e^{−v²/2}, times 1/s; the row of e^{−v²/2} takes two
// exps (gaussRow).
func (b *wavelet) eval(x float64, val, der []float64) int {
	val, der = val[:b.n], der[:b.n]
	x, out := b.clamp(x)
	u := (x - b.lo) / b.s
	gaussRow(u, b.gc, val)
	k := 1 / b.s
	for m, e := range val {
		v := u - float64(m)
		val[m] = (1 - v*v) * e
		der[m] = v * (v*v - 3) * e * k
	}
	if out {
		clear(der)
	}
	return 0
}
