package swimmer

import (
	"math"
	"strconv"
)

// Timing and size limits of the DM Control swimmer (spec §1.1–1.2).
const (
	// Dt is the physics time step in seconds (MuJoCo option timestep).
	Dt = 0.002
	// Substeps is the number of physics steps per control step: the control
	// step is 0.03 s and the action is held during it (spec §1.2).
	Substeps = 15
	// ControlDt is the control step in seconds.
	ControlDt = Dt * Substeps
	// MinLinks and MaxLinks bound the number of links (dm_control needs at
	// least 3; our choice: at most 15, the suite's swimmer15).
	MinLinks, MaxLinks = 3, 15
	// DefaultDensity is the fluid density in kg/m³ of the suite's medium.
	DefaultDensity = 3000.0
	// MaxDensity bounds the density a Body accepts (our choice, for the lab's slider).
	MaxDensity = 10000.0
	// EpisodeSteps is the suite's episode length in control steps (30 s).
	EpisodeSteps = 1000
)

// Link geometry and joint constants (spec §1.1, §2.2, §2.3).
const (
	linkLength = 0.1    // ℓ: distance between joints, m
	halfLength = 0.05   // h: joint to centre of mass, m
	noseOffset = 0.06   // nose distance from the head centre, m
	boxDensity = 2500.0 // density of the invisible inertial box, kg/m³
	armature   = 1e-6   // body-joint armature, kg·m²
	gear       = 5e-4   // motor gear, N·m per unit of control
	limitWidth = 0.1    // solimp width, rad
	limitDMin  = 0.0001 // solimp[0] = 0, clamped by MuJoCo to 1e-4
	limitDMax  = 0.8    // solimp[1]
	limitTime  = 0.05   // solref time constant, s
	limitDamp  = 1.0    // solref damping ratio
	pgsSweeps  = 30     // projected Gauss–Seidel sweeps (spec §2.3)
	maxDOF     = MaxLinks + 2
)

// The full size (x, y, z) in m of each link's inertial box.
const boxX, boxY, boxZ = 0.002, 0.1, 0.02

// Body is a swimmer's fixed description: link count, fluid coefficients,
// joint limits and MuJoCo's dof_invweight0. It is built once per (links,
// density) and shared read-only by any number of Sims.
type Body struct {
	links   int
	density float64
	limits  bool
	mass    float64 // m, kg
	inertia float64 // I_zz about the centre of mass, kg·m²
	cn, ct  float64 // quadratic drag coefficients, normal and tangential, kg/m
	cr      float64 // rotational quadratic drag coefficient, kg·m²
	limit   float64 // joint range ±limit, rad (2π/N)
	invw0   []float64
	stiff   float64 // K of the soft limit, s⁻²
	damp    float64 // B of the soft limit, s⁻¹
}

// BodyError reports an invalid body parameter: "links: 2 is out of range [3, 15]".
type BodyError struct {
	Field, Value, Reason string
}

// Error implements error.
func (e *BodyError) Error() string { return e.Field + ": " + e.Value + " " + e.Reason }

// NewBody builds the swimmer with links links (MinLinks..MaxLinks) in a
// fluid of the given density in kg/m³ (0..MaxDensity; 0 = no fluid). Joint
// limits are on, as in the suite.
func NewBody(links int, density float64) (*Body, error) {
	if links < MinLinks || links > MaxLinks {
		return nil, &BodyError{"links", strconv.Itoa(links), "is out of range [3, 15]"}
	}
	if !(density >= 0 && density <= MaxDensity) {
		return nil, &BodyError{"density", strconv.FormatFloat(density, 'g', -1, 64), "is out of range [0, 10000]"}
	}
	b := &Body{links: links, density: density, limits: true}
	bx, by, bz := boxX, boxY, boxZ
	b.mass = boxDensity * bx * by * bz
	ixx := b.mass * (by*by + bz*bz) / 12
	iyy := b.mass * (bx*bx + bz*bz) / 12
	izz := b.mass * (bx*bx + by*by) / 12
	b.inertia = izz
	// MuJoCo's inertia-box fluid model recovers the box from the inertia
	// (spec §2.1 step 1) and applies per-axis quadratic drag (step 4).
	ex := math.Sqrt(6 * (iyy + izz - ixx) / b.mass)
	ey := math.Sqrt(6 * (ixx + izz - iyy) / b.mass)
	ez := math.Sqrt(6 * (ixx + iyy - izz) / b.mass)
	b.cn = 0.5 * density * ey * ez
	b.ct = 0.5 * density * ex * ez
	b.cr = density / 64 * ez * (ex*ex*ex*ex + ey*ey*ey*ey)
	b.limit = 2 * math.Pi / float64(links)
	b.stiff = 1 / (limitDMax * limitDMax * limitTime * limitTime * limitDamp * limitDamp)
	b.damp = 2 / (limitDMax * limitTime)
	b.invw0 = b.invWeight0()
	return b, nil
}

// Unlimited returns a copy of b without joint limits: a check of how much
// the limits matter (spec §2.3: 808 → 592), not the suite's body.
func (b *Body) Unlimited() *Body {
	c := *b
	c.limits = false
	return &c
}

// Links is the number of links N.
func (b *Body) Links() int { return b.links }

// Joints is the number of actuated joints n = N−1.
func (b *Body) Joints() int { return b.links - 1 }

// DOF is the number of generalized coordinates N+2 (x, y, θ, joints).
func (b *Body) DOF() int { return b.links + 2 }

// Density is the fluid density in kg/m³.
func (b *Body) Density() float64 { return b.density }

// Limited reports whether the joint limits are on.
func (b *Body) Limited() bool { return b.limits }

// JointLimit is the joint range ±2π/N in radians.
func (b *Body) JointLimit() float64 { return b.limit }

// InvWeight0 returns MuJoCo's dof_invweight0 (a copy), in qpos order: the
// diagonal of M⁻¹ at the straight pose, which scales the soft limits.
func (b *Body) InvWeight0() []float64 { return append([]float64(nil), b.invw0...) }

// invWeight0 computes diag(M⁻¹) at the straight reference pose (spec
// §2.3), column by column through the same reduced solve as the dynamics.
func (b *Body) invWeight0() []float64 {
	s := NewSim(&Body{links: b.links, mass: b.mass, inertia: b.inertia})
	s.kinematics()
	s.massMatrix()
	d := b.DOF()
	out := make([]float64, d)
	for i := range d {
		clear(s.rhs[:])
		s.rhs[i] = 1
		out[i] = s.accel()[i]
	}
	return out
}
