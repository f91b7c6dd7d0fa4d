package quadratic

// Backward back-propagates dz (B×Out) through the last Forward (§A.4):
//
//	dW_r = (dZ∘G)ᵀ X      db_r = Σ_batch dZ∘G
//	dW_g = (dZ∘R)ᵀ X      db_g = Σ_batch dZ∘R
//	dW_b = dZᵀ (X∘X)      dc   = Σ_batch dZ
//	dX   = (dZ∘G) W_r + (dZ∘R) W_g + 2 X ∘ (dZ W_b)
//
// In the compact form G = 1 and the R, g and c terms vanish:
// dW_r = dZᵀ X, db_r = Σ dZ, dW_b = dZᵀ(X∘X), dX = dZ W_r + 2X∘(dZ W_b).
//
// It accumulates sample by sample and skips zero entries of dZ (a ReLU
// below zeroes many), which changes no sum. The sums run in the same order
// as learn.Dense.Backward's, so at the ReLinear reference (G = 1) dW_r and
// db_r equal a dense layer's dW and db bit for bit.
func (l *Layer) Backward(dz []float64, batch int, dx []float64) {
	n, m := l.in, l.out
	for _, g := range l.groups {
		clear(g.Grad)
	}
	for s := 0; s < batch; s++ {
		xs := l.x[s*n : s*n+n]
		qs := l.xx[s*n : s*n+n]
		qs = qs[:len(xs)]
		var dxs []float64
		if dx != nil {
			dxs = dx[s*n : s*n+n]
			dxs = dxs[:len(xs)]
			clear(dxs)
		}
		dzs := dz[s*m : s*m+m]
		if !l.full {
			for o, d := range dzs {
				if d == 0 {
					continue
				}
				l.dbr[o] += d
				dwr := l.dwr[o*n : o*n+n]
				dwb := l.dwb[o*n : o*n+n]
				dwr, dwb = dwr[:len(xs)], dwb[:len(xs)]
				for i, xi := range xs {
					dwr[i] += d * xi
					dwb[i] += d * qs[i]
				}
				if dxs != nil {
					wr := l.wr[o*n : o*n+n]
					wb := l.wb[o*n : o*n+n]
					wr, wb = wr[:len(xs)], wb[:len(xs)]
					d2 := 2 * d
					for i, xi := range xs {
						dxs[i] += d*wr[i] + d2*wb[i]*xi
					}
				}
			}
			continue
		}
		rs := l.r[s*m : s*m+m]
		gs := l.g[s*m : s*m+m]
		rs, gs = rs[:len(dzs)], gs[:len(dzs)]
		for o, d := range dzs {
			if d == 0 {
				continue
			}
			a, b := d*gs[o], d*rs[o] // dZ∘G, dZ∘R
			l.dbr[o] += a
			l.dbg[o] += b
			l.dc[o] += d
			dwr := l.dwr[o*n : o*n+n]
			dwg := l.dwg[o*n : o*n+n]
			dwb := l.dwb[o*n : o*n+n]
			dwr, dwg, dwb = dwr[:len(xs)], dwg[:len(xs)], dwb[:len(xs)]
			for i, xi := range xs {
				dwr[i] += a * xi
				dwg[i] += b * xi
				dwb[i] += d * qs[i]
			}
			if dxs != nil {
				wr := l.wr[o*n : o*n+n]
				wg := l.wg[o*n : o*n+n]
				wb := l.wb[o*n : o*n+n]
				wr, wg, wb = wr[:len(xs)], wg[:len(xs)], wb[:len(xs)]
				d2 := 2 * d
				for i, xi := range xs {
					dxs[i] += a*wr[i] + b*wg[i] + d2*wb[i]*xi
				}
			}
		}
	}
}
