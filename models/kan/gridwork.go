package kan

import (
	"cmp"
	"slices"
)

// gridWork is the scratch of regrid, kept by the Network so that the grid
// update (every few steps early in training) allocates almost nothing:
// the forward buffers of the regridded layers, one input column sorted
// with its sample indices, the old spline values, the fitter, and per
// plain layer ("leaf": a layer, or one family of a gated layer) a spare
// coefficient array and bases slice that the new ones are written into
// and that, after the swap, hold the old ones until the next update.
type gridWork struct {
	p     pass
	col   []sample  // one input column, sorted by value
	xs    []float64 // its values in that order
	ys    []float64 // the old spline values at xs, batch×out
	fit   fitter
	coefs [][]float64 // per leaf, the spare coefficient array
	bases [][]basis   // per leaf, the spare bases
	rows  []bool      // per leaf: every node's new rows went into its pass
	done  []undo      // the leaves committed so far, for rollback
}

// sample is one input value and the index of its sample.
type sample struct {
	x float64
	s int
}

// undo is what rollback needs to put a committed leaf back.
type undo struct {
	l     *layer
	k     int
	gcoef []float64
}

// leafPass returns the pass of leaf m of a layer with pass lp: lp itself
// for a plain layer, else the gate's m-th sub-layer pass.
func leafPass(lp *layerPass, m int) *layerPass {
	if lp.subs != nil {
		return &lp.subs[m]
	}
	return lp
}

// begin prepares leaf k (layer l, pass sp) for its refits: the pass's
// rows are about to be overwritten, so its record of what they hold goes.
func (w *gridWork) begin(k int, l *layer, sp *layerPass) {
	for len(w.coefs) <= k {
		w.coefs, w.bases, w.rows = append(w.coefs, nil), append(w.bases, nil), append(w.rows, false)
	}
	if len(w.bases[k]) != l.in {
		w.bases[k] = make([]basis, l.in)
	}
	w.coefs[k] = w.coefs[k][:0] // sized by the first node's new basis
	w.rows[k] = true
	sp.keep = true
	sp.seenX, sp.seenB, sp.whole = sp.seenX[:0], sp.seenB[:0], false
}

// sortColumn sorts input node i's values (column i of in, batch×width)
// into w.col and w.xs. Our choice: ties keep no particular order; equal
// values give equal rows, so the fit's sums do not depend on it.
func (w *gridWork) sortColumn(in []float64, batch, width, i int) {
	if cap(w.col) < batch {
		w.col = make([]sample, batch)
	}
	w.col = w.col[:batch]
	nan := false
	for s := range batch {
		v := in[s*width+i]
		w.col[s] = sample{v, s}
		nan = nan || v != v
	}
	if nan { // NaN first, as slices.Sort puts it
		slices.SortFunc(w.col, func(a, b sample) int { return cmp.Compare(a.x, b.x) })
	} else {
		slices.SortFunc(w.col, func(a, b sample) int {
			switch {
			case a.x < b.x:
				return -1
			case a.x > b.x:
				return 1
			}
			return 0
		})
	}
	w.xs = grow(w.xs, batch)
	for q, c := range w.col {
		w.xs[q] = c.x
	}
}

// refitNode gives input node i of leaf k (layer l, pass sp) the basis
// place returns for the sorted column w.xs and fits its outgoing edges'
// new coefficients, into the spare arrays, to their old spline values
// there; the new basis rows go into sp for the forward pass that follows.
func (w *gridWork) refitNode(k int, l *layer, sp *layerPass, i int, place func(sorted []float64, old basis) basis) error {
	xs, out, oldN := w.xs, l.out, l.size()
	old := l.bases[i]
	nb := place(xs, old)
	if nb == nil {
		nb = old
	}
	// The old spline values at the samples, out per sample.
	f := &w.fit
	f.rows(old, xs)
	ow := old.width()
	w.ys = grow(w.ys, len(xs)*out)
	for q := range xs {
		st, val := f.start[q], f.val[q*ow:q*ow+ow]
		for j := range out {
			e := i*out + j
			c := l.coef[e*oldN+st : e*oldN+oldN]
			var sum float64
			for r, v := range val {
				sum += c[r] * v
			}
			w.ys[q*out+j] = sum
		}
	}
	n := nb.size()
	if len(w.coefs[k]) == 0 {
		w.coefs[k] = grow(w.coefs[k][:cap(w.coefs[k])], l.in*out*n)
	}
	dst := w.coefs[k][i*out*n : (i+1)*out*n]
	if nb == old {
		for j := range out {
			copy(dst[j*n:], l.edgeCoefs(i, j))
		}
	} else {
		f.rows(nb, xs)
		if err := f.solve(nb, len(xs), w.ys, out, dst); err != nil {
			return err
		}
	}
	w.bases[k][i] = nb
	w.keepRows(k, l, sp, i, nb.width())
	return nil
}

// keepRows copies the fitter's rows (the new basis at the sorted column)
// into sp at their samples' places, with silu unless the gate computes
// it, so the forward pass need not evaluate the basis again; if sp's
// widths do not fit (an extension), it notes that the rows are missing.
func (w *gridWork) keepRows(k int, l *layer, sp *layerPass, i, bw int) {
	f := &w.fit
	if sp.w != bw || sp.in != l.in || len(sp.start) < len(w.col)*l.in {
		w.rows[k] = false
		return
	}
	for q, c := range w.col {
		si := c.s*l.in + i
		copy(sp.val[si*bw:si*bw+bw], f.val[q*bw:q*bw+bw])
		copy(sp.der[si*bw:si*bw+bw], f.der[q*bw:q*bw+bw])
		sp.start[si] = f.start[q]
		if !sp.sharedSilu {
			sp.silu[si], sp.dsil[si] = silu(c.x)
		}
	}
}

// commit swaps leaf k's new bases and coefficients in (the old ones
// become the spares) and, if every node's rows were kept, records in sp
// that they are the new bases' rows at in.
func (w *gridWork) commit(k int, l *layer, sp *layerPass, in []float64) {
	u := undo{l: l, k: k, gcoef: l.gcoef}
	l.bases, w.bases[k] = w.bases[k], l.bases
	l.coef, w.coefs[k] = w.coefs[k], l.coef
	if len(l.gcoef) != len(l.coef) {
		l.gcoef = make([]float64, len(l.coef))
	}
	w.done = append(w.done, u)
	if w.rows[k] {
		sp.seenX = append(sp.seenX[:0], in[:len(w.col)*l.in]...)
		sp.seenB = append(sp.seenB[:0], l.bases...)
		sp.whole = true
	}
}

// rollback puts every committed leaf back as it was.
func (w *gridWork) rollback() {
	for _, u := range w.done {
		u.l.bases, w.bases[u.k] = w.bases[u.k], u.l.bases
		u.l.coef, w.coefs[u.k] = w.coefs[u.k], u.l.coef
		u.l.gcoef = u.gcoef
	}
	w.done = w.done[:0]
}
