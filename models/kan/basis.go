package kan

// basis is the seam between an edge function and its basis family: for one
// input node it evaluates the few basis functions that are non-zero at x.
// B-splines (bspline) evaluate k+1 of them; the dense families of issue 7
// (rbf, cheby, fourier, wavelet) evaluate all of theirs. All edges leaving
// an input node share its basis (pykan's per-input-node grid, spec B.3).
type basis interface {
	// size is the number of coefficients per edge (G+k for every family).
	size() int
	// width is the number of basis functions eval reports (k+1 for
	// B-splines, size() for the dense families).
	width() int
	// eval writes the values and derivatives of basis functions
	// start … start+width()−1 at x into val and der (each width() long)
	// and returns start, with 0 ≤ start ≤ size()−width(). Functions in the
	// window that are zero at x get 0, so callers loop without branches.
	eval(x float64, val, der []float64) (start int)
	// family names the basis family.
	family() Basis
	// intervals is the grid size G the basis was built for.
	intervals() int
	// span is the input range the functions are laid out on: [t₀, t_G]
	// for B-splines, the centres' range for RBF and wavelets, the range
	// whose doubled width is the longest period for Fourier, [−1, 1] for
	// Chebyshev (which sees tanh(x) and ignores it).
	span() (lo, hi float64)
}

// newBasis returns family f's basis for G = g intervals and order k laid
// out on [lo, hi]: G+k functions whatever the family, so every family has
// the B-spline KAN's parameter count (our choice, for fair comparisons).
func newBasis(f Basis, g, k int, lo, hi float64) basis {
	switch f {
	case RBF:
		return newRBF(g, k, lo, hi)
	case Cheby:
		return newCheby(g, k)
	case Fourier:
		return newFourier(g, k, lo, hi)
	case Wavelet:
		return newWavelet(g, k, lo, hi)
	}
	return newBSpline(uniformGrid(g, lo, hi), k)
}

// layout is the shared part of the dense families: G, k, the range and
// the function count n = G+k.
type layout struct {
	g, k, n int
	lo, hi  float64
}

func newLayout(g, k int, lo, hi float64) layout {
	return layout{g: g, k: k, n: g + k, lo: lo, hi: hi}
}

// clamp returns x held to [lo, hi] and whether it was outside: the dense
// families with a range (RBF, wavelet, Fourier) take their value at the
// nearer end beyond it, with derivative 0 (see rbf).
func (d *layout) clamp(x float64) (float64, bool) {
	return min(max(x, d.lo), d.hi), x < d.lo || x > d.hi
}

func (d *layout) size() int               { return d.n }
func (d *layout) width() int              { return d.n }
func (d *layout) intervals() int          { return d.g }
func (d *layout) span() (lo, hi float64)  { return d.lo, d.hi }
func (b *bspline) family() Basis          { return BSpline }
func (b *bspline) intervals() int         { return b.g }
func (b *bspline) span() (lo, hi float64) { g := b.grid(); return g[0], g[len(g)-1] }

// drawKnots returns G+2k+1 points for drawing any basis as a B-spline's
// padded knots: a B-spline's own knots, else G+1 evenly spaced points
// over the span padded by k at the same spacing, so that knots[k] and
// knots[G+k] are the span's ends.
func drawKnots(b basis, k int) []float64 {
	if s, ok := b.(*bspline); ok {
		return append([]float64(nil), s.knots()...)
	}
	g := b.intervals()
	lo, hi := b.span()
	h := (hi - lo) / float64(g)
	t := make([]float64, g+2*k+1)
	for r := range t {
		t[r] = lo + float64(r-k)*h
	}
	return t
}
