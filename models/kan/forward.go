package kan

import "math"

// forward runs layer l on the batch x (B×in) into lp, caching what
// backward needs (spec B.4): per sample and input node the non-zero bases,
// their derivatives, silu and silu′ once; then per edge the spline value
// S = Σ_m c_m B_m(x) over the k+1 non-zero bases only and φ = w_b·silu +
// w_s·S, summed into the output in input order. A snapped edge computes
// c·f(a·x+b)+d instead (spec B.9). With record it also keeps each edge's
// mean |φ| and each input node's range. A gated layer mixes its
// sub-layers instead (gate.go). It is forwardBegin, forwardRows over the
// whole batch and forwardEnd; a pass in row ranges (rows.go) calls them
// itself.
func (l *layer) forward(lp *layerPass, x []float64, batch int, record bool) {
	l.forwardBegin(lp, x, batch, record)
	l.forwardRows(lp, 0, batch, record)
	l.forwardEnd(lp, batch, record)
}

// forwardBegin prepares a forward pass over the batch x (B×in): it clears
// the recorded statistics and decides once, for the whole input, whether
// the kept basis values can be reused (reuse.go). x must hold its final
// values when lp keeps basis values (the first layer's pass, and the grid
// update's); other passes only take the slice.
func (l *layer) forwardBegin(lp *layerPass, x []float64, batch int, record bool) {
	if l.gate != nil {
		l.gateBegin(lp, x, batch, record)
		return
	}
	lp.x = x[:batch*l.in]
	if record {
		clear(l.mag)
		for i := range l.in {
			l.lo[i], l.hi[i] = math.Inf(1), math.Inf(-1)
		}
	}
	lp.fresh = !lp.reusable(lp.x, l.bases)
}

// forwardRows runs samples [from, to) of the pass forwardBegin prepared.
// Every sum runs in sample order, so any split of the batch into
// consecutive row ranges gives the same bits as one range.
func (l *layer) forwardRows(lp *layerPass, from, to int, record bool) {
	if l.gate != nil {
		l.gateRows(lp, from, to, record)
		return
	}
	in, out, n := l.in, l.out, l.size()
	w := l.bases[0].width()
	x := lp.x
	y := lp.y[:len(x)/in*out]
	clear(y[from*out : to*out])
	// The layer's slices are read into locals once: the compiler then
	// keeps their headers in registers across the stores below.
	sfn, coef, wb, ws, mag, lo, hi := l.sfn, l.coef, l.wb, l.ws, l.mag, l.lo, l.hi
	fresh := lp.fresh
	for s := from; s < to; s++ {
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
}

// forwardEnd completes the recorded statistics once every row has run.
func (l *layer) forwardEnd(lp *layerPass, batch int, record bool) {
	if l.gate != nil {
		l.gateEnd(lp, batch, record)
		return
	}
	lp.filled()
	if record && batch > 0 {
		for e := range l.mag {
			l.mag[e] /= float64(batch)
		}
	}
}
