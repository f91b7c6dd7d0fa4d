package kan

// backwardBegin clears the gradients the rows are summed into.
func (l *layer) backwardBegin(lp *layerPass) {
	if l.gate != nil {
		l.gateBackwardBegin(lp)
		return
	}
	clear(l.gcoef)
	clear(l.gwb)
	clear(l.gws)
	clear(l.gsp)
}

// backwardRows back-propagates rows [from, to) of lp.dy (∂L/∂y, B×out)
// through the last forward of lp, adding to the layer's gradients (which
// backwardBegin cleared) the rows' terms of spec B.4's table, and writes
// their rows of ∂L/∂x (B×in) into dx unless dx is nil:
//
//	∂/∂c_{i,j,m} = δ_j·w_s·B_m(x_i), ∂/∂w_b = δ_j·silu(x_i), ∂/∂w_s = δ_j·S_ji,
//	∂/∂x_i = Σ_j δ_j·(w_b·silu′(x_i) + w_s·Σ_m c_m B′_m(x_i)).
//
// With the sparsity penalty on (reg), each edge's δ_j gains its share
// reg_e·sign(φ_e) (sparsity.go); a snapped edge trains only its affine
// parameters (symbolic.go). The sums run in sample order, so consecutive
// row ranges give the bits of one range over the batch.
func (l *layer) backwardRows(lp *layerPass, from, to int, dx []float64) {
	if l.gate != nil {
		l.gateBackwardRows(lp, from, to, dx)
		return
	}
	in, out, n := l.in, l.out, l.size()
	w := l.bases[0].width()
	sfn, reg := l.sfn, l.reg
	coef, wb, ws, gcoef, gwb, gws := l.coef, l.wb, l.ws, l.gcoef, l.gwb, l.gws
	for s := from; s < to; s++ {
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
