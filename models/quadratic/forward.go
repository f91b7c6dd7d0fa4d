package quadratic

// Forward computes, for each row (§A.4):
//
//	R = X W_rᵀ + b_r,  G = X W_gᵀ + b_g,  P = (X∘X) W_bᵀ,  Z = R∘G + P + c
//
// for the full form and Z = R + P for the compact one, caching X, X∘X, R
// and G for Backward. R is summed from b_r in input order, as learn.Dense
// sums, so at the ReLinear reference (G = 1, P = 0, c = 0) Z equals the
// dense layer's output bit for bit (§A.10.2).
func (l *Layer) Forward(x []float64, batch int, z []float64) {
	n, m := l.in, l.out
	l.grow(batch)
	l.x = x[:batch*n]
	xx := l.xx[:batch*n]
	for i, v := range l.x {
		xx[i] = v * v
	}
	for s := 0; s < batch; s++ {
		xs := x[s*n : s*n+n]
		qs := xx[s*n : s*n+n]
		qs = qs[:len(xs)]
		zs := z[s*m : s*m+m]
		if !l.full {
			for o := range zs {
				wr := l.wr[o*n : o*n+n]
				wb := l.wb[o*n : o*n+n]
				wr, wb = wr[:len(xs)], wb[:len(xs)]
				r, p := l.br[o], 0.0
				for i, xi := range xs {
					r += wr[i] * xi
					p += wb[i] * qs[i]
				}
				zs[o] = r + p
			}
			continue
		}
		rs := l.r[s*m : s*m+m]
		gs := l.g[s*m : s*m+m]
		rs, gs = rs[:len(zs)], gs[:len(zs)]
		for o := range zs {
			wr := l.wr[o*n : o*n+n]
			wg := l.wg[o*n : o*n+n]
			wb := l.wb[o*n : o*n+n]
			wr, wg, wb = wr[:len(xs)], wg[:len(xs)], wb[:len(xs)]
			r, g, p := l.br[o], l.bg[o], 0.0
			for i, xi := range xs {
				r += wr[i] * xi
				g += wg[i] * xi
				p += wb[i] * qs[i]
			}
			rs[o], gs[o] = r, g
			zs[o] = r*g + p + l.c[o]
		}
	}
}
