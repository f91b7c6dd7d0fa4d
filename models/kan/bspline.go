package kan

import "sort"

// bspline is the B-spline basis of order k on one input node's grid
// (spec B.3): G intervals on [t₀, t_G], padded with k knots on each side,
// G+2k+1 knots t_{−k} … t_{G+k} in all and G+k basis functions, B_m
// non-zero only on [t_{m−k}, t_{m+1}].
//
// ext holds the padded knots with k more "virtual" knots on each side at
// the end spacing, so that the de Boor triangle of any span inside the
// padded range finds every knot it reads; the virtual basis functions it
// yields there are dropped. A real basis function depends only on its own
// k+2 knots, so the virtual knots change no value.
type bspline struct {
	g, k int
	ext  []float64 // G+4k+1 knots: k virtual, the G+2k+1 padded ones, k virtual
	// de Boor scratch, reused by eval (not safe for concurrent use)
	left, right, n, prev []float64
}

// newBSpline returns the order-k basis on the grid points grid (G+1
// increasing values), padded with k knots each side at the spacing
// (grid[G]−grid[0])/G, as pykan's extend_grid does (spec B.6).
func newBSpline(grid []float64, k int) *bspline {
	g := len(grid) - 1
	b := &bspline{g: g, k: k, ext: make([]float64, g+4*k+1),
		left: make([]float64, k+1), right: make([]float64, k+1), n: make([]float64, k+1), prev: make([]float64, k+1)}
	h := (grid[g] - grid[0]) / float64(g)
	for r := range b.ext {
		switch m := r - 2*k; {
		case m < 0:
			b.ext[r] = grid[0] + float64(m)*h
		case m > g:
			b.ext[r] = grid[g] + float64(m-g)*h
		default:
			b.ext[r] = grid[m]
		}
	}
	return b
}

// uniformGrid returns G+1 evenly spaced points from lo to hi.
func uniformGrid(g int, lo, hi float64) []float64 {
	p := make([]float64, g+1)
	for m := range p {
		p[m] = lo + (hi-lo)*float64(m)/float64(g)
	}
	p[g] = hi
	return p
}

func (b *bspline) size() int  { return b.g + b.k }
func (b *bspline) width() int { return b.k + 1 }

// knots returns the G+2k+1 padded knots t_{−k} … t_{G+k}; the slice
// aliases the basis.
func (b *bspline) knots() []float64 { return b.ext[b.k : len(b.ext)-b.k] }

// grid returns the G+1 grid points t₀ … t_G; the slice aliases the basis.
func (b *bspline) grid() []float64 { return b.ext[2*b.k : len(b.ext)-2*b.k] }

// eval implements basis. It finds the knot span μ with ext[μ] ≤ x <
// ext[μ+1] by bisection (the grid is non-uniform after a grid update),
// then runs the de Boor triangle (Cox–de Boor recursion restricted to the
// k+1 functions that are non-zero on the span) and differentiates the
// order-k functions from the order-(k−1) ones (spec B.3):
//
//	B'_{i,k} = k/(t_{i+k}−t_i)·B_{i,k−1} − k/(t_{i+k+1}−t_{i+1})·B_{i+1,k−1}.
//
// Outside the padded range every function is 0 (spec B.3), so eval
// reports zeros there.
func (b *bspline) eval(x float64, val, der []float64) int {
	k, u := b.k, b.ext
	val, der = val[:k+1], der[:k+1]
	lo, hi := u[k], u[len(u)-1-k] // the padded range [t_{−k}, t_{G+k}]
	if !(x >= lo && x < hi) {     // also catches NaN
		clear(val)
		clear(der)
		return 0
	}
	// Largest μ in [k, len−2−k] with u[μ] ≤ x.
	mu := k + sort.SearchFloat64s(u[k+1:len(u)-1-k], x)
	if mu+1 < len(u) && u[mu+1] <= x { // x equal to a knot belongs to the span on its right
		mu++
	}
	for mu > k && u[mu] > x {
		mu--
	}
	n, prev, left, right := b.n, b.prev, b.left, b.right
	n[0] = 1
	for j := 1; j <= k; j++ {
		if j == k {
			copy(prev[:k], n[:k]) // B_{μ−k+1+q, k−1}, q = 0 … k−1
		}
		left[j] = x - u[mu+1-j]
		right[j] = u[mu+j] - x
		saved := 0.0
		for r := 0; r < j; r++ {
			t := n[r] / (right[r+1] + left[j-r])
			n[r] = saved + right[r+1]*t
			saved = left[j-r] * t
		}
		n[j] = saved
	}
	// n[r] = B_{μ−k+r, k} in ext numbering; real function m = μ−2k+r.
	first := mu - 2*k
	start := min(max(first, 0), b.size()-(k+1))
	clear(val)
	clear(der)
	kf := float64(k)
	for r := 0; r <= k; r++ {
		m := first + r
		if m < 0 || m >= b.size() {
			continue // a virtual function of the padding
		}
		i := mu - k + r // ext index of the function's first knot
		d := 0.0
		if k > 0 {
			if r >= 1 {
				d += kf / (u[i+k] - u[i]) * prev[r-1]
			}
			if r < k {
				d -= kf / (u[i+k+1] - u[i+1]) * prev[r]
			}
		}
		val[m-start] = n[r]
		der[m-start] = d
	}
	return start
}
