package swimmer

import "math"

// The angular system of accel: C' (size N, stride MaxLinks, lower
// triangle) is symmetric positive definite for every pose, since every
// angular DOF moves some mass, so Cholesky needs no pivoting.

// loadBase copies the reduced inertia's lower triangle into s.m for factor.
func (s *Sim) loadBase() {
	const st = MaxLinks
	for i := range s.n {
		copy(s.m[i*st:i*st+i+1], s.base[i*st:i*st+i+1])
	}
}

// factor overwrites the lower triangle of s.m with its Cholesky factor L,
// C' = L·Lᵀ, and s.inv with 1/L_jj.
func (s *Sim) factor() {
	const st = MaxLinks
	n := s.n
	M := s.m[:n*st]
	for j := range n {
		rj := M[j*st : j*st+j+1]
		sum := rj[j]
		for _, v := range rj[:j] {
			sum -= v * v
		}
		ljj := math.Sqrt(sum)
		rj[j] = ljj
		inv := 1 / ljj
		s.inv[j] = inv
		for i := j + 1; i < n; i++ {
			ri := M[i*st : i*st+j+1]
			v := ri[j]
			for k, w := range rj[:j] {
				v -= ri[k] * w
			}
			ri[j] = v * inv
		}
	}
}

// solveInto overwrites x (length N) with C'⁻¹x using the factor.
func (s *Sim) solveInto(x []float64) {
	n := s.n
	x = x[:n]
	s.forward(x, 0)
	s.backward(x)
}

// forward overwrites x with L⁻¹x, assuming x[:from] = 0.
func (s *Sim) forward(x []float64, from int) {
	const st = MaxLinks
	n := s.n
	x = x[:n]
	M := s.m[:n*st]
	for i := from; i < n; i++ {
		ri := M[i*st : i*st+i]
		v := x[i]
		for k := from; k < i; k++ {
			v -= ri[k] * x[k]
		}
		x[i] = v * s.inv[i]
	}
}

// backward overwrites y (length N) with L⁻ᵀy.
func (s *Sim) backward(y []float64) {
	const st = MaxLinks
	n := s.n
	y = y[:n]
	M := s.m[:n*st]
	for i := n - 1; i >= 0; i-- {
		v := y[i]
		for k := i + 1; k < n; k++ {
			v -= M[k*st+i] * y[k]
		}
		y[i] = v * s.inv[i]
	}
}
