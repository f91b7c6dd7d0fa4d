package kan

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// levmar minimises Σ r_s(p)² over the parameters p (changed in place) by
// Levenberg–Marquardt with a central-difference Jacobian, for at most
// iters accepted or rejected steps, and returns the final sum of squares.
// resid writes the m residuals at p into r. Our choice for the few
// affine parameters of snapped edges (spec B.9's "train the affine
// parameters"): it reaches machine precision where Adam stalls.
func levmar(p []float64, m int, resid func(p, r []float64), iters int) float64 {
	P := len(p)
	r, rt := make([]float64, m), make([]float64, m)
	jac := make([]float64, m*P)
	sse := func(r []float64) float64 {
		var s float64
		for _, v := range r {
			s += v * v
		}
		return s
	}
	resid(p, r)
	cur := sse(r)
	mu := 1e-3
	trial := make([]float64, P)
	for it := 0; it < iters && cur > 0; it++ {
		for k := range P {
			h := 1e-6 * max(1, math.Abs(p[k]))
			old := p[k]
			p[k] = old + h
			resid(p, rt)
			for s := range m {
				jac[s*P+k] = rt[s]
			}
			p[k] = old - h
			resid(p, rt)
			for s := range m {
				jac[s*P+k] = (jac[s*P+k] - rt[s]) / (2 * h)
			}
			p[k] = old
		}
		J := mat.NewDense(m, P, jac)
		var A mat.SymDense
		A.SymOuterK(1, J.T())
		g := mat.NewVecDense(P, nil)
		g.MulVec(J.T(), mat.NewVecDense(m, r))
		improved := false
		for range 12 {
			D := mat.NewSymDense(P, nil)
			D.CopySym(&A)
			for k := range P {
				D.SetSym(k, k, A.At(k, k)*(1+mu)+1e-12)
			}
			var ch mat.Cholesky
			var d mat.VecDense
			if ch.Factorize(D) && ch.SolveVecTo(&d, g) == nil {
				for k := range P {
					trial[k] = p[k] - d.AtVec(k)
				}
				resid(trial, rt)
				if s := sse(rt); s < cur {
					copy(p, trial)
					copy(r, rt)
					rel := (cur - s) / cur
					cur = s
					mu = max(mu/3, 1e-12)
					improved = rel > 1e-15
					break
				}
			}
			mu *= 4
		}
		if !improved {
			break
		}
	}
	return cur
}
