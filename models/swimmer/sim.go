package swimmer

import (
	"math"
	"math/rand/v2"
	"strconv"
)

// Sim is one running swimmer: its state (qpos, qvel in MuJoCo order), the
// held control, the clock, and preallocated scratch so a step allocates
// nothing. It is not safe for concurrent use; one Sim per swimmer.
type Sim struct {
	body  *Body
	n     int // links N
	d     int // DOF N+2
	qpos  [maxDOF]float64
	qvel  [maxDOF]float64
	ctrl  [MaxLinks]float64
	time  float64
	steps int

	// Scratch, rebuilt every substep (dynamics.go, limits.go).
	cos, sin [MaxLinks]float64            // n_k = (cos φ_k, sin φ_k)
	dphi     [MaxLinks]float64            // φ̇_k
	gx, gy   [MaxLinks]float64            // G_b = Σ_{k≥b} S_k^b
	base     [MaxLinks * MaxLinks]float64 // angular Schur complement of M (lower triangle)
	m        [MaxLinks * MaxLinks]float64 // the matrix being factored, then its Cholesky factor
	inv      [MaxLinks]float64            // 1 / diagonal of the factor
	rhs      [maxDOF]float64
	acc      [maxDOF]float64
	lim      limitRows
}

// NewSim returns a swimmer of body b at the straight pose, at rest.
func NewSim(b *Body) *Sim {
	return &Sim{body: b, n: b.links, d: b.links + 2}
}

// Body is the swimmer's body.
func (s *Sim) Body() *Body { return s.body }

// ResetStraight puts the swimmer at the origin, straight, heading 0, at rest,
// with time and the control-step counter at 0.
func (s *Sim) ResetStraight() {
	s.qpos = [maxDOF]float64{}
	s.qvel = [maxDOF]float64{}
	s.ctrl = [MaxLinks]float64{}
	s.time, s.steps = 0, 0
	s.lim.was = [MaxLinks]bool{}
}

// ResetRandom is dm_control's episode initialisation (spec §1.3, §2.4): at
// the origin, heading θ ~ U(−π, π), each joint ~ U(−2π/N, 2π/N), at rest.
// It draws θ first, then the joints in order.
func (s *Sim) ResetRandom(r *rand.Rand) {
	s.ResetStraight()
	s.qpos[2] = math.Pi * (2*r.Float64() - 1)
	for i := 3; i < s.d; i++ {
		s.qpos[i] = s.body.limit * (2*r.Float64() - 1)
	}
}

// SetState copies qpos and qvel (MuJoCo order, length N+2 each) into the
// swimmer; time and the step counter are kept. Wrong lengths or non-finite
// values return an error and leave the state as it was.
func (s *Sim) SetState(qpos, qvel []float64) error {
	if len(qpos) != s.d || len(qvel) != s.d {
		return &BodyError{"state", "of lengths " + strconv.Itoa(len(qpos)) + ", " + strconv.Itoa(len(qvel)), "does not match the body: want " + strconv.Itoa(s.d) + " each"}
	}
	for i := range s.d {
		if !finite(qpos[i]) || !finite(qvel[i]) {
			return &BodyError{"state", "index " + strconv.Itoa(i), "is not finite"}
		}
	}
	copy(s.qpos[:], qpos)
	copy(s.qvel[:], qvel)
	s.lim.was = [MaxLinks]bool{}
	return nil
}

// Qpos is the generalized position (x, y, θ, q_1..q_n) in MuJoCo order: a
// read-only view valid until the next step or reset.
func (s *Sim) Qpos() []float64 { return s.qpos[:s.d:s.d] }

// Qvel is the generalized velocity in MuJoCo order: a read-only view.
func (s *Sim) Qvel() []float64 { return s.qvel[:s.d:s.d] }

// Ctrl is the control held during the last step, clamped to [−1, 1]: a read-only view.
func (s *Sim) Ctrl() []float64 { return s.ctrl[: s.n-1 : s.n-1] }

// Time is the simulated time in seconds since the last reset.
func (s *Sim) Time() float64 { return s.time }

// ControlSteps is the number of control steps since the last reset.
func (s *Sim) ControlSteps() int { return s.steps }

// Step holds ctrl (one value per joint, clamped to [−1, 1]; NaN counts as 0;
// missing values as 0, extra ones are ignored) for Substeps physics steps
// and returns the swim reward of the resulting state (spec §1.5):
// clamp(v/0.1 m/s, 0, 1).
func (s *Sim) Step(ctrl []float64) float64 {
	for i := range s.n - 1 {
		c := 0.0
		if i < len(ctrl) {
			c = ctrl[i]
		}
		switch {
		case c > 1:
			c = 1
		case c < -1:
			c = -1
		case c != c:
			c = 0
		}
		s.ctrl[i] = c
	}
	for range Substeps {
		s.substep()
	}
	s.steps++
	return SwimReward(s.ForwardSpeed())
}

// SwimReward is NCAP's swim reward for a forward speed v in m/s (spec §1.5):
// 0 when stopped or backwards, rising linearly to 1 at 0.1 m/s.
func SwimReward(v float64) float64 {
	return math.Max(0, math.Min(1, v/0.1))
}

// ForwardSpeed is the head centre's velocity along the head's forward axis
// (its local −y), in m/s: v of spec §1.5.
func (s *Sim) ForwardSpeed() float64 {
	// v = −(ċ_0 · u_0); the head's spin adds nothing along its own axis.
	sn, cs := math.Sincos(s.qpos[2])
	return s.qvel[0]*sn - s.qvel[1]*cs
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
