package kan

import (
	"fmt"
	"slices"
)

// GridEps is pykan's grid_eps (spec B.6): an updated grid is GridEps·
// uniform + (1 − GridEps)·percentiles of the data.
const GridEps = 0.02

// minSpan is the narrowest grid an update builds. Our choice: a node whose
// inputs (nearly) all coincide, such as a dead node, would otherwise get
// coinciding knots and a singular fit; its grid is widened to minSpan
// around the data instead.
const minSpan = 1e-3

// regrid moves every layer's grids, front to back, refitting each edge's
// spline by least squares to its values on the old grid at the layer's
// inputs x (batch×n₀ into the first layer), so the function is kept up to
// the projection error (spec B.6); the base branch and w_b, w_s are
// untouched. Each later layer sees the inputs the already regridded layers
// produce (pykan issue #442). place returns the new basis for input node
// i given its inputs sorted and its old basis, or nil to keep the old one.
// A gated layer regrids each of its sub-layers on the same inputs.
func (n *Network) regrid(x []float64, batch int, place func(sorted []float64, old basis) basis) (err error) {
	// On a failed fit, put every layer back as it was.
	type saved struct {
		l           *layer
		bases       []basis
		coef, gcoef []float64
	}
	var keep []saved
	for _, top := range n.layers {
		for _, l := range top.leaves() {
			keep = append(keep, saved{l, append([]basis(nil), l.bases...), l.coef, l.gcoef})
		}
	}
	defer func() {
		if err != nil {
			for _, k := range keep {
				k.l.bases, k.l.coef, k.l.gcoef = k.bases, k.coef, k.gcoef
			}
		}
	}()
	var p pass
	in := x
	for li, top := range n.layers {
		p.grow(n, batch)
		lp := &p.layers[li]
		for _, l := range top.leaves() {
			if err := l.refit(in, batch, place); err != nil {
				return fmt.Errorf("layer %d %v", li, err)
			}
		}
		// The next layer's inputs come from the new functions.
		p.grow(n, batch)
		lp = &p.layers[li]
		top.forward(lp, in, batch, false)
		in = lp.y[:batch*top.out]
	}
	return nil
}

// refit gives each input node of the plain layer l the basis place
// returns for its inputs in (batch×l.in) and refits every outgoing edge's
// coefficients to its old spline values there.
func (l *layer) refit(in []float64, batch int, place func(sorted []float64, old basis) basis) error {
	xs := make([]float64, batch)
	var coef []float64
	oldN := l.size()
	for i := range l.in {
		for s := range batch {
			xs[s] = in[s*l.in+i]
		}
		slices.Sort(xs)
		old := l.bases[i]
		nb := place(xs, old)
		if nb == nil {
			nb = old
		}
		// The old spline values at the samples, out per sample.
		ys := make([]float64, batch*l.out)
		val, der := make([]float64, old.width()), make([]float64, old.width())
		for s, xv := range xs {
			st := old.eval(xv, val, der)
			for j := range l.out {
				e := i*l.out + j
				c := l.coef[e*oldN+st : e*oldN+oldN]
				var sum float64
				for r, v := range val {
					sum += c[r] * v
				}
				ys[s*l.out+j] = sum
			}
		}
		var c []float64
		if nb == old {
			c = make([]float64, l.out*oldN)
			for j := range l.out {
				copy(c[j*oldN:], l.edgeCoefs(i, j))
			}
		} else {
			var err error
			if c, err = fitCoefs(nb, xs, ys, l.out); err != nil {
				return fmt.Errorf("node %d: %v", i, err)
			}
		}
		if coef == nil {
			coef = make([]float64, l.in*l.out*nb.size())
		}
		copy(coef[i*l.out*nb.size():], c)
		l.bases[i] = nb
	}
	if len(coef) != len(l.coef) {
		l.gcoef = make([]float64, len(coef))
	}
	l.coef = coef
	return nil
}

// UpdateGrid moves each input node's G+1 grid points to the percentiles
// of its inputs over the batch x (batch×n₀), blended with GridEps of a
// uniform grid over their range, pads k knots each side at the spacing
// range/G, and refits the coefficients so every edge keeps its function on
// the samples (spec B.6; pykan update_grid_from_samples). G stays.
func (n *Network) UpdateGrid(x []float64, batch int) error {
	if batch < 1 {
		return fmt.Errorf("kan: UpdateGrid needs at least one sample")
	}
	return n.regrid(x, batch, func(xs []float64, old basis) basis {
		if old.family() == Cheby {
			return nil // tanh(x) needs no grid
		}
		grid := dataGrid(xs, old.intervals())
		if b, ok := old.(*bspline); ok {
			return newBSpline(grid, b.k)
		}
		return newBasis(old.family(), old.intervals(), old.size()-old.intervals(), grid[0], grid[len(grid)-1])
	})
}

// dataGrid returns G+1 grid points from sorted samples xs: the samples at
// ranks ⌊B·m/G⌋ (m < G) and the largest, blended with a uniform grid.
func dataGrid(xs []float64, g int) []float64 {
	b := len(xs)
	lo, hi := xs[0], xs[b-1]
	if hi-lo < minSpan {
		c := (lo + hi) / 2
		lo, hi = c-minSpan/2, c+minSpan/2
	}
	grid := make([]float64, g+1)
	for m := range g + 1 {
		a := xs[b-1]
		if m < g {
			a = xs[b*m/g]
		}
		a = min(max(a, lo), hi)
		u := lo + (hi-lo)*float64(m)/float64(g)
		grid[m] = GridEps*u + (1-GridEps)*a
	}
	grid[0], grid[g] = lo, hi
	return grid
}

// Extend refines every grid from G to newGrid > G intervals (grid
// extension, paper §2.4 eq. 2.16; pykan refine): the new grid points
// interpolate the old ones piecewise linearly at evenly spaced positions
// (the data's extremes added where they lie outside the old grid),
// and each edge's new coefficients are the least-squares fit of its old
// spline over the inputs x (batch×n₀, the training set). w_b and w_s are
// kept. The caller resets the optimiser: the coefficient count changes.
func (n *Network) Extend(newGrid int, x []float64, batch int) error {
	g := n.Grid()
	if newGrid <= g || newGrid > MaxGrid {
		return intRange("refine-to", newGrid, g+1, MaxGrid)
	}
	if batch < 1 {
		return fmt.Errorf("kan: Extend needs at least one sample")
	}
	return n.regrid(x, batch, func(xs []float64, ob basis) basis {
		k := ob.size() - ob.intervals()
		old, ok := ob.(*bspline)
		if !ok {
			// The dense families keep their layout and gain functions,
			// the span widened to the data as below.
			lo, hi := ob.span()
			if ob.family() != Cheby {
				lo, hi = min(lo, xs[0]), max(hi, xs[len(xs)-1])
			}
			return newBasis(ob.family(), newGrid, k, lo, hi)
		}
		// Our choice, unlike pykan: when the inputs have drifted past the
		// grid (grid updates stop after GridUntil steps), the data's
		// extremes join the old grid points first, so the new grid covers
		// every sample and the fit keeps the function there too.
		pts := old.grid()
		if lo := xs[0]; lo < pts[0] {
			pts = append([]float64{lo}, pts...)
		}
		if hi := xs[len(xs)-1]; hi > pts[len(pts)-1] {
			pts = append(slices.Clone(pts), hi)
		}
		return newBSpline(interpGrid(pts, newGrid), k)
	})
}

// interpGrid returns g+1 points interpolating the points p piecewise
// linearly at the positions m·(len(p)−1)/g.
func interpGrid(p []float64, g int) []float64 {
	out := make([]float64, g+1)
	old := len(p) - 1
	for m := range g + 1 {
		pos := float64(m) * float64(old) / float64(g)
		k := min(int(pos), old-1)
		f := pos - float64(k)
		out[m] = p[k] + f*(p[k+1]-p[k])
	}
	out[0], out[g] = p[0], p[old]
	return out
}
