package kan

import "math"

// forward runs layer l on the batch x (B×in) into lp, caching what
// backward needs (spec B.4): per sample and input node the non-zero bases,
// their derivatives, silu and silu′ once; then per edge the spline value
// S = Σ_m c_m B_m(x) over the k+1 non-zero bases only and φ = w_b·silu +
// w_s·S, summed into the output in input order. A snapped edge computes
// c·f(a·x+b)+d instead (spec B.9). With record it also keeps each edge's
// mean |φ| and each input node's range. A gated layer mixes its
// sub-layers instead (gate.go).
func (l *layer) forward(lp *layerPass, x []float64, batch int, record bool) {
	if l.gate != nil {
		l.gateForward(lp, x, batch, record)
		return
	}
	in, out, n := l.in, l.out, l.size()
	w := l.bases[0].width()
	lp.x = x[:batch*in]
	y := lp.y[:batch*out]
	clear(y)
	if record {
		clear(l.mag)
		for i := range in {
			l.lo[i], l.hi[i] = math.Inf(1), math.Inf(-1)
		}
	}
	// The layer's slices are read into locals once: the compiler then
	// keeps their headers in registers across the stores below.
	sfn, coef, wb, ws, mag, lo, hi := l.sfn, l.coef, l.wb, l.ws, l.mag, l.lo, l.hi
	fresh := !lp.reusable(lp.x, l.bases)
	for s := range batch {
		ys := y[s*out : s*out+out]
		for i := range in {
			si := s*in + i
			xv := x[si]
			val := lp.val[si*w : si*w+w]
			st := lp.start[si]
			if fresh {
				st = l.bases[i].eval(xv, val, lp.der[si*w:si*w+w])
				lp.start[si] = st
				if !lp.sharedSilu {
					lp.silu[si], lp.dsil[si] = silu(xv)
				}
			}
			b := lp.silu[si]
			spl := lp.spl[si*out : si*out+out]
			spl = spl[:len(ys)]
			for j := range ys {
				e := i*out + j
				c := coef[e*n+st : e*n+st+w]
				c = c[:len(val)]
				var sum float64
				for r, v := range val {
					sum += c[r] * v
				}
				spl[j] = sum
				phi := wb[e]*b + ws[e]*sum
				if sfn != nil && sfn[e] >= 0 {
					phi, _ = l.symValue(e, xv)
				}
				ys[j] += phi
				if record {
					mag[e] += math.Abs(phi)
				}
			}
			if record {
				lo[i], hi[i] = min(lo[i], xv), max(hi[i], xv)
			}
		}
	}
	if record && batch > 0 {
		for e := range l.mag {
			l.mag[e] /= float64(batch)
		}
	}
}

// backward back-propagates lp.dy (∂L/∂y, B×out) through the last forward
// of lp, overwriting the layer's gradients with the batch sums of spec
// B.4's table, and writes ∂L/∂x (B×in) into dx unless dx is nil:
//
//	∂/∂c_{i,j,m} = δ_j·w_s·B_m(x_i), ∂/∂w_b = δ_j·silu(x_i), ∂/∂w_s = δ_j·S_ji,
//	∂/∂x_i = Σ_j δ_j·(w_b·silu′(x_i) + w_s·Σ_m c_m B′_m(x_i)).
//
// With the sparsity penalty on (reg), each edge's δ_j gains its share
// reg_e·sign(φ_e) (sparsity.go); a snapped edge trains only its affine
// parameters (symbolic.go).
func (l *layer) backward(lp *layerPass, batch int, dx []float64) {
	if l.gate != nil {
		l.gateBackward(lp, batch, dx)
		return
	}
	in, out, n := l.in, l.out, l.size()
	w := l.bases[0].width()
	clear(l.gcoef)
	clear(l.gwb)
	clear(l.gws)
	clear(l.gsp)
	sfn, reg := l.sfn, l.reg
	coef, wb, ws, gcoef, gwb, gws := l.coef, l.wb, l.ws, l.gcoef, l.gwb, l.gws
	for s := range batch {
		dys := lp.dy[s*out : s*out+out]
		for i := range in {
			si := s*in + i
			st := lp.start[si]
			val := lp.val[si*w : si*w+w]
			der := lp.der[si*w : si*w+w]
			der = der[:len(val)]
			b, db := lp.silu[si], lp.dsil[si]
			spl := lp.spl[si*out : si*out+out]
			spl = spl[:len(dys)]
			var dxs float64
			for j, d := range dys {
				e := i*out + j
				if sfn != nil && sfn[e] >= 0 {
					dxs += l.symBackward(e, lp.x[si], d)
					continue
				}
				if reg != nil {
					d += reg[e] * sign(wb[e]*b+ws[e]*spl[j])
				}
				gwb[e] += d * b
				gws[e] += d * spl[j]
				a := d * ws[e]
				g := gcoef[e*n+st : e*n+st+w]
				g = g[:len(val)]
				for r, v := range val {
					g[r] += a * v
				}
				if dx != nil {
					c := coef[e*n+st : e*n+st+w]
					c = c[:len(der)]
					var sd float64
					for r, v := range der {
						sd += c[r] * v
					}
					dxs += d * (wb[e]*db + ws[e]*sd)
				}
			}
			if dx != nil {
				dx[si] = dxs
			}
		}
	}
}

// sign returns −1, 0 or 1 as v is negative, zero or positive: the
// derivative of |v| (0 at 0, as a subgradient).
func sign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}
