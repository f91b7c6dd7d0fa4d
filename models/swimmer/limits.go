package swimmer

import "math"

// limitRows is the scratch of the joint-limit solve: one row per joint
// beyond its range, at most MaxLinks−1.
type limitRows struct {
	count int
	dof   [MaxLinks]int     // angular index of the limited joint (= joint number i)
	sign  [MaxLinks]float64 // Jacobian entry s: +1 lower limit, −1 upper
	aref  [MaxLinks]float64 // reference acceleration
	invR  [MaxLinks]float64 // 1/R
	in    [MaxLinks]bool    // row in the active set (force > 0)
	// was records, per joint, whether its row ended inactive in the last
	// substep: the warm start of the next active set. Reset and SetState
	// clear it, so a state's future depends on the state alone.
	was [MaxLinks]bool
}

// maxPivots bounds the active-set pivoting; it has never been reached.
const maxPivots = 64

// findLimits collects the rows of joints beyond ±2π/N with MuJoCo's soft
// constraint parameters (spec §2.3): impedance d(r) from solimp (0, 0.8,
// 0.1, 0.5, 2), regulariser R = (1−d)/d·Â with Â = dof_invweight0, and
// reference acceleration a_ref = −B·s·q̇ − K·d·r.
func (s *Sim) findLimits() int {
	b := s.body
	L := &s.lim
	L.count = 0
	for i := 1; i < s.n; i++ {
		q := s.qpos[2+i]
		var r, sign float64
		switch {
		case q+b.limit < 0:
			r, sign = q+b.limit, 1
		case b.limit-q < 0:
			r, sign = b.limit-q, -1
		default:
			continue
		}
		p := L.count
		L.count++
		d := impedance(r)
		L.dof[p], L.sign[p] = i, sign
		L.invR[p] = 1 / math.Max(1e-15, (1-d)/d*b.invw0[2+i])
		L.aref[p] = -b.damp*(sign*s.qvel[2+i]) - b.stiff*d*r
		L.in[p] = !L.was[i]
	}
	L.was = [MaxLinks]bool{}
	return L.count
}

// solveLimited solves the angular system with MuJoCo's soft joint limits
// into ang, from the reduced inertia in s.base and right-hand side rhs.
//
// MuJoCo's constraint problem is the LCP f ≥ 0, w = (A+R)f + J a_u − a_ref
// ≥ 0, f·w = 0 with A = J M⁻¹ Jᵀ (spec §2.3). On an active set S the
// force is f = −R⁻¹(J q̈ − a_ref), so M q̈ = rhs + Jᵀf becomes
// (M + J_Sᵀ R⁻¹ J_S) q̈ = rhs + J_Sᵀ R⁻¹ a_ref; each row of J is ±1 on a
// single joint, so that only adds to the diagonal. We factor this once
// per trial set and check f_p ≥ 0 on S and w_p = s·q̈ − a_ref ≥ 0 off S,
// flipping the first violated row (Murty's least-index principal
// pivoting, which terminates for the positive definite A+R). The trial
// set starts from the last substep's answer (new rows active), which is
// almost always right. Our choice: this
// exact solve instead of spec §2.3's 30 Gauss–Seidel sweeps; both reach
// the same solution (the sweeps to 5e-14), ours at a fraction of the cost.
func (s *Sim) solveLimited(ang, rhs []float64) {
	L := &s.lim
	rows := L.count
	for range maxPivots {
		s.loadBase()
		copy(ang, rhs)
		for p := range rows {
			if L.in[p] {
				i := L.dof[p]
				s.m[i*MaxLinks+i] += L.invR[p]
				ang[i] += L.sign[p] * L.aref[p] * L.invR[p]
			}
		}
		s.factor()
		s.solveInto(ang)
		flip := -1
		for p := range rows {
			w := L.sign[p]*ang[L.dof[p]] - L.aref[p]
			if (L.in[p] && w > 0) || (!L.in[p] && w < 0) {
				flip = p // f = −w/R < 0 on S, or w < 0 off S
				break
			}
		}
		if flip < 0 {
			for p := range rows {
				L.was[L.dof[p]] = !L.in[p]
			}
			return
		}
		L.in[flip] = !L.in[flip]
	}
}

// impedance is MuJoCo's d(r) for solimp (d0 = 1e-4, dmax = 0.8, width 0.1,
// midpoint 0.5, power 2) at signed distance r.
func impedance(r float64) float64 {
	x := math.Abs(r) / limitWidth
	var y float64
	switch {
	case x >= 1:
		y = 1
	case x <= 0.5:
		y = 2 * x * x
	default:
		y = 1 - 2*(1-x)*(1-x)
	}
	return limitDMin + y*(limitDMax-limitDMin)
}
