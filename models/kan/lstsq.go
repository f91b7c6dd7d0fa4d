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
	n, w := b.size(), b.width()
	g := make([]float64, n*n) // upper triangle of the Gram matrix, row-major
	r := make([]float64, n*out)
	val, der := make([]float64, w), make([]float64, w)
	for s, x := range xs {
		st := b.eval(x, val, der)
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
	lam := ridge * float64(max(len(xs), 1))
	for m := range n {
		g[m*n+m] += lam
	}
	gram := mat.NewSymDense(n, g)
	rhs := mat.NewDense(n, out, r)
	var ch mat.Cholesky
	if !ch.Factorize(gram) {
		return nil, fmt.Errorf("kan: least-squares fit of %d coefficients to %d samples is singular", n, len(xs))
	}
	var sol mat.Dense
	if err := ch.SolveTo(&sol, rhs); err != nil {
		// A mat.Condition error still comes with the solution; the ridge
		// bounds how bad it can be. Anything else is a real failure.
		if _, ok := err.(mat.Condition); !ok {
			return nil, fmt.Errorf("kan: least-squares fit: %v", err)
		}
	}
	c := make([]float64, out*n)
	for j := range out {
		for m := range n {
			c[j*n+m] = sol.At(m, j)
		}
	}
	return c, nil
}
