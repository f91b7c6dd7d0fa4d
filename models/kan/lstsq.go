package kan

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// ridge is the Tikhonov weight per sample of the least-squares fits
// (grid update, grid extension, initialisation): λ = ridge·N. Spec B.6
// used 1e-8·N; it keeps coefficients of basis functions that see (almost)
// no samples near zero instead of letting them blow up (pykan issues
// #218, #314: NaN after refinement), at a relative bias near 1e-7.
const ridge = 1e-8

// fitCoefs fits, for each of out right-hand sides, the coefficients c of
// basis b that minimise Σ_s (Σ_m c_m B_m(xs[s]) − ys[s·out+j])² + λ‖c‖²
// (spec B.6), sharing one Gram matrix across the right-hand sides, and
// returns them out×size, row j for right-hand side j. It solves the
// normal equations by Cholesky (gonum/mat); an error means the system was
// not positive definite, which the ridge should prevent.
func fitCoefs(b basis, xs, ys []float64, out int) ([]float64, error) {
	var f fitter
	f.rows(b, xs)
	c := make([]float64, out*b.size())
	if err := f.solve(b, len(xs), ys, out, c); err != nil {
		return nil, err
	}
	return c, nil
}

// fitter holds a least-squares fit's buffers so that repeated fits (the
// grid update, every few steps) allocate nothing once grown: the basis
// rows at the samples (kept for the caller: the grid update hands them to
// the next forward pass), the Gram matrix and right-hand sides, and
// gonum's factorisation and solution.
type fitter struct {
	val, der []float64 // rows×width: basis values and derivatives at each sample
	start    []int     // rows: each sample's first non-zero function
	gram     mat.SymDense
	rhs, sol mat.Dense
	ch       mat.Cholesky
}

// rows evaluates b at every sample xs into f.val, f.der and f.start.
func (f *fitter) rows(b basis, xs []float64) {
	w := b.width()
	f.val, f.der = grow(f.val, len(xs)*w), grow(f.der, len(xs)*w)
	if cap(f.start) < len(xs) {
		f.start = make([]int, len(xs))
	}
	f.start = f.start[:len(xs)]
	for s, x := range xs {
		f.start[s] = b.eval(x, f.val[s*w:s*w+w], f.der[s*w:s*w+w])
	}
}

// solve fits b's coefficients from the first nrows rows to ys (out values
// per row) and writes them out×size into dst, row j for right-hand side
// j: the normal equations with the ridge, summed in sample order, solved
// by Cholesky.
func (f *fitter) solve(b basis, nrows int, ys []float64, out int, dst []float64) error {
	n, w := b.size(), b.width()
	f.gram.Reset()
	f.gram.ReuseAsSym(n)
	g := f.gram.RawSymmetric().Data // upper triangle, row-major, stride n
	f.rhs.Reset()
	f.rhs.ReuseAs(n, out)
	r := f.rhs.RawMatrix().Data
	for s := range nrows {
		st := f.start[s]
		val := f.val[s*w : s*w+w]
		ys := ys[s*out : s*out+out]
		for a, va := range val {
			if va == 0 {
				continue
			}
			row := g[(st+a)*n+st : (st+a)*n+st+w]
			for q := a; q < w; q++ {
				row[q] += va * val[q]
			}
			rr := r[(st+a)*out : (st+a)*out+out]
			for j, y := range ys {
				rr[j] += va * y
			}
		}
	}
	lam := ridge * float64(max(nrows, 1))
	for m := range n {
		g[m*n+m] += lam
	}
	if !f.ch.Factorize(&f.gram) {
		return fmt.Errorf("kan: least-squares fit of %d coefficients to %d samples is singular", n, nrows)
	}
	f.sol.Reset()
	if err := f.ch.SolveTo(&f.sol, &f.rhs); err != nil {
		// A mat.Condition error still comes with the solution; the ridge
		// bounds how bad it can be. Anything else is a real failure.
		if _, ok := err.(mat.Condition); !ok {
			return fmt.Errorf("kan: least-squares fit: %v", err)
		}
	}
	for j := range out {
		for m := range n {
			dst[j*n+m] = f.sol.At(m, j)
		}
	}
	return nil
}

// grow returns s resized to n, reusing its array when large enough.
func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}
