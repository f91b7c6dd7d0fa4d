package swimmer

import "math"

// The equations of motion of the planar chain in reduced coordinates
// (spec §2.2). Generalized index 0 is x, 1 is y, 2+a the angular DOF a:
// a = 0 is the heading θ (it turns links 0..N−1), a = i ≥ 1 is joint q_i (it
// turns links i..N−1). With n_k = (cos φ_k, sin φ_k) and u_k = (−sin φ_k,
// cos φ_k), the column of link k's linear Jacobian for DOF a ≤ k is −S_k^a,
// where S_k^a = h·n_k + ℓ·Σ_{j=a..k−1} n_j.

// substep advances one physics step of Dt by semi-implicit Euler.
func (s *Sim) substep() {
	s.kinematics()
	s.massMatrix()
	s.forces()
	acc := s.accel()
	for i, a := range acc {
		s.qvel[i] += Dt * a
		s.qpos[i] += Dt * s.qvel[i]
	}
	s.time += Dt
}

// accel solves M·q̈ = rhs (+ the joint-limit forces) using the factor of
// the angular Schur complement, and returns q̈ (a view of s.acc).
//
// M = [[N·m·I₂, B], [Bᵀ, C]] with B_{x,a} = −m·G_a.x, B_{y,a} = −m·G_a.y, so
// eliminating x and y leaves C' = C − BᵀB/(N·m) (massMatrix) with
// right-hand side rhs_a + (G_a·rhs_lin)/N; then
// q̈_lin = (rhs_lin + m·Σ_a G_a q̈_a)/(N·m).
func (s *Sim) accel() []float64 {
	n := s.n
	nf := float64(n)
	rx, ry := s.rhs[0], s.rhs[1]
	acc := s.acc[:s.d]
	ang := acc[2:]
	for a := range n {
		ang[a] = s.rhs[2+a] + (s.gx[a]*rx+s.gy[a]*ry)/nf
	}
	if s.body.limits && s.findLimits() > 0 {
		var rhs [MaxLinks]float64
		copy(rhs[:n], ang)
		s.solveLimited(ang, rhs[:n])
	} else {
		s.loadBase()
		s.factor()
		s.solveInto(ang)
	}
	sx, sy := 0.0, 0.0
	for a := range n {
		sx += s.gx[a] * ang[a]
		sy += s.gy[a] * ang[a]
	}
	m := s.body.mass
	acc[0] = (rx + m*sx) / (nf * m)
	acc[1] = (ry + m*sy) / (nf * m)
	return acc
}

// kinematics fills the absolute link directions n_k and angular rates φ̇_k.
func (s *Sim) kinematics() {
	phi, w := s.qpos[2], s.qvel[2]
	for k := range s.n {
		if k > 0 {
			phi += s.qpos[2+k]
			w += s.qvel[2+k]
		}
		s.sin[k], s.cos[k] = math.Sincos(phi)
		s.dphi[k] = w
	}
}

// massMatrix fills the lower triangle of the angular block of the
// joint-space inertia, reduced by the Schur complement of the x, y block
// (accel), into s.base (stride MaxLinks), and G_b into s.gx, s.gy. The full
// M has M_xx = M_yy = N·m; M_{x,a} = −m·G_a.x with G_b = Σ_{k≥b} S_k^b;
// M_bb = H_b = Σ_{k≥b} (m|S_k^b|² + I) (+ armature for joints); and for
// a < b, since S_k^a = S_k^b + ℓ·R_ab with R_ab = Σ_{j=a..b−1} n_j,
// M_ab = H_b + m·ℓ·R_ab·G_b. The reduction subtracts (m/N)·G_a·G_b.
func (s *Sim) massMatrix() {
	b := s.body
	n, m, inertia := s.n, b.mass, b.inertia
	const l, h, st = linkLength, halfLength, MaxLinks
	mn := m / float64(n)
	M := &s.base
	gx, gy := 0.0, 0.0
	for k := n - 1; k >= 0; k-- {
		coef := h + l*float64(n-1-k)
		gx += coef * s.cos[k]
		gy += coef * s.sin[k]
		s.gx[k], s.gy[k] = gx, gy
	}
	for bb := range n {
		wx, wy, hb := 0.0, 0.0, 0.0
		for k := bb; k < n; k++ {
			sx := wx + h*s.cos[k]
			sy := wy + h*s.sin[k]
			hb += m*(sx*sx+sy*sy) + inertia
			wx += l * s.cos[k]
			wy += l * s.sin[k]
		}
		row := bb * st
		gbx, gby := s.gx[bb], s.gy[bb]
		M[row+bb] = hb - mn*(gbx*gbx+gby*gby)
		if bb > 0 {
			M[row+bb] += armature
		}
		rx, ry := 0.0, 0.0
		for a := bb - 1; a >= 0; a-- {
			rx += s.cos[a]
			ry += s.sin[a]
			M[row+a] = hb + m*l*(rx*gbx+ry*gby) - mn*(s.gx[a]*gbx+s.gy[a]*gby)
		}
	}
}

// forces fills rhs = Q − bias: fluid drag at each link centre (spec §2.1),
// the velocity-product (Coriolis/centripetal) terms and the motors. With
// f_k = F_k − m·κ_k (drag minus the velocity-product acceleration of c_k)
// and τ_k the rotational drag, rhs_x = Σ f_k.x and, for angular a,
// rhs_a = Σ_{k≥a} (−S_k^a·f_k + τ_k) = −Σ_{k≥a} n_k·(h·f_k + ℓ·Σ_{j>k} f_j) + Σ_{k≥a} τ_k.
func (s *Sim) forces() {
	b := s.body
	n, m := s.n, b.mass
	cn, ct, cr := b.cn, b.ct, b.cr
	const l, h = linkLength, halfLength
	vx0, vy0 := s.qvel[0], s.qvel[1]
	var fx, fy, tau [MaxLinks]float64
	ax, ay, kx, ky := 0.0, 0.0, 0.0, 0.0 // ℓΣ_{j<k} φ̇_j n_j and ℓΣ_{j<k} φ̇_j² u_j
	sumx, sumy := 0.0, 0.0
	for k := range n {
		c, sn, w := s.cos[k], s.sin[k], s.dphi[k]
		// Centre velocity ċ_k = V − ℓΣ_{j<k} φ̇_j n_j − h φ̇_k n_k.
		vx := vx0 - ax - h*w*c
		vy := vy0 - ay - h*w*sn
		// Velocity-product acceleration κ_k = −ℓΣ_{j<k} φ̇_j² u_j − h φ̇_k² u_k.
		w2 := w * w
		kapx := -kx + h*w2*sn
		kapy := -ky - h*w2*c
		vn := vx*c + vy*sn
		vt := -vx*sn + vy*c
		dn := -cn * math.Abs(vn) * vn
		dt := -ct * math.Abs(vt) * vt
		fx[k] = dn*c - dt*sn - m*kapx
		fy[k] = dn*sn + dt*c - m*kapy
		tau[k] = -cr * math.Abs(w) * w
		sumx += fx[k]
		sumy += fy[k]
		ax += l * w * c
		ay += l * w * sn
		kx += -l * w2 * sn
		ky += l * w2 * c
	}
	s.rhs[0], s.rhs[1] = sumx, sumy
	sfx, sfy, t, ts := 0.0, 0.0, 0.0, 0.0
	for k := n - 1; k >= 0; k-- {
		t += s.cos[k]*(h*fx[k]+l*sfx) + s.sin[k]*(h*fy[k]+l*sfy)
		ts += tau[k]
		s.rhs[2+k] = ts - t
		sfx += fx[k]
		sfy += fy[k]
	}
	for i := 1; i < n; i++ {
		s.rhs[2+i] += gear * s.ctrl[i-1]
	}
}
