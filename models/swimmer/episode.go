package swimmer

import (
	"fmt"
	"math/rand/v2"
)

// Start is an episode's initial pose.
type Start int

const (
	// StartStraight: at the origin, straight, heading 0, at rest (the goldens' start).
	StartStraight Start = iota
	// StartRandom: dm_control's random heading and joint angles (spec §1.3).
	StartRandom
)

// StartNames lists the Start values by name, in order.
func StartNames() []string { return []string{"straight", "random"} }

// String is the start's name.
func (s Start) String() string {
	if s == StartRandom {
		return "random"
	}
	return "straight"
}

// ResetTo puts s at the start pose; a random start draws from a generator
// seeded by seed alone, so the same seed gives the same pose everywhere.
func (s *Sim) ResetTo(start Start, seed uint64) {
	if start == StartRandom {
		s.ResetRandom(rand.New(rand.NewPCG(seed, 0x7374617274)))
		return
	}
	s.ResetStraight()
}

// Episode is one controller swimming one body for a fixed number of
// control steps, resumable: Advance runs a slice of it, so the page can
// spread an episode over frames. Its result does not depend on the
// slicing.
type Episode struct {
	sim      *Sim
	ctrl     Controller
	limit    int
	ret      float64
	speedSum float64
	action   []float64
}

// NewEpisode starts an episode of steps control steps (≥ 1) from start
// (seed draws a random start). It resets c. It fails if c drives a
// different number of joints than b has.
func NewEpisode(b *Body, c Controller, start Start, seed uint64, steps int) (*Episode, error) {
	if steps < 1 {
		return nil, &BodyError{"steps", fmt.Sprint(steps), "must be at least 1"}
	}
	if c.Joints() != b.Joints() {
		return nil, &BodyError{"controller", fmt.Sprintf("%s with %d joints", c.Name(), c.Joints()), fmt.Sprintf("does not fit a body with %d joints", b.Joints())}
	}
	e := &Episode{sim: NewSim(b), ctrl: c, limit: steps, action: make([]float64, b.Joints())}
	e.Restart(start, seed)
	return e, nil
}

// Restart begins the episode again from start without allocating, with the
// same controller (reset) and length.
func (e *Episode) Restart(start Start, seed uint64) {
	e.sim.ResetTo(start, seed)
	e.ctrl.Reset()
	e.ret, e.speedSum = 0, 0
}

// Advance runs at most k more control steps, stopping at the episode's
// end, and returns how many it ran.
func (e *Episode) Advance(k int) int {
	done := 0
	for done < k && e.sim.steps < e.limit {
		e.ctrl.Act(e.sim, e.action)
		e.ret += e.sim.Step(e.action)
		e.speedSum += e.sim.ForwardSpeed()
		done++
	}
	return done
}

// Return is the swim reward summed over the steps so far (max 1 per step).
func (e *Episode) Return() float64 { return e.ret }

// MeanSpeed is the forward speed (m/s) averaged over the steps so far,
// sampled after each control step; 0 before the first step.
func (e *Episode) MeanSpeed() float64 {
	if e.sim.steps == 0 {
		return 0
	}
	return e.speedSum / float64(e.sim.steps)
}

// Done reports whether all steps have run.
func (e *Episode) Done() bool { return e.sim.steps >= e.limit }

// Steps is the number of control steps run so far.
func (e *Episode) Steps() int { return e.sim.steps }

// Limit is the episode's length in control steps.
func (e *Episode) Limit() int { return e.limit }

// Sim is the swimmer being simulated, for drawing; read only.
func (e *Episode) Sim() *Sim { return e.sim }

// Controller is the episode's controller.
func (e *Episode) Controller() Controller { return e.ctrl }

// Action is the last action taken: a read-only view.
func (e *Episode) Action() []float64 { return e.action }

// Result is a whole episode's outcome, the CLI's JSON.
type Result struct {
	Return    float64   // summed swim reward
	MeanSpeed float64   // mean forward speed, m/s
	Qpos      []float64 // final generalized position, MuJoCo order
	Qvel      []float64 // final generalized velocity, MuJoCo order
}

// Run swims one whole episode of steps control steps and returns its
// result; c is reset first and left at the episode's end.
func Run(b *Body, c Controller, start Start, seed uint64, steps int) (Result, error) {
	e, err := NewEpisode(b, c, start, seed, steps)
	if err != nil {
		return Result{}, err
	}
	e.Advance(steps)
	return Result{Return: e.ret, MeanSpeed: e.MeanSpeed(),
		Qpos: append([]float64(nil), e.sim.Qpos()...), Qvel: append([]float64(nil), e.sim.Qvel()...)}, nil
}
