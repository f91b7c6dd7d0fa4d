package swimmer

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Controller maps a swimmer's state to joint actions once per control
// step. The page's scene, the episode runner and the trainer know
// controllers only through this interface.
type Controller interface {
	// Name is the controller's kind: "ncap", "sine", "zero", "random", "mlp".
	Name() string
	// Joints is the number of actions Act writes (the body's joint count).
	Joints() int
	// Reset starts an episode: internal clocks (the oscillator's t, the
	// sine's k) and random streams go back to their start.
	Reset()
	// Act writes Joints() actions in [−1, 1] for the swimmer's current
	// state into action, then advances the controller's clock.
	Act(s *Sim, action []float64)
	// Params returns a copy of the learnable parameters (empty if none).
	Params() []float64
	// SetParams replaces the learnable parameters; a wrong length or a
	// non-finite value returns an error and changes nothing.
	SetParams(p []float64) error
	// Clone returns an independent copy with the same parameters, reset.
	Clone() Controller
}

// checkParams is SetParams' validation shared by the controllers.
func checkParams(name string, p []float64, want int) error {
	if len(p) != want {
		return &BodyError{name + " params", fmt.Sprintf("of length %d", len(p)), fmt.Sprintf("must have %d values", want)}
	}
	for i, x := range p {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return &BodyError{name + " params", fmt.Sprintf("[%d] = %v", i, x), "must be finite"}
		}
	}
	return nil
}

// Zero is the passive controller: every action 0 (spec §2.5: return 0).
type Zero struct{ n int }

// NewZero returns the zero controller for a body with joints joints.
func NewZero(joints int) *Zero { return &Zero{n: joints} }

func (z *Zero) Name() string                { return "zero" }
func (z *Zero) Joints() int                 { return z.n }
func (z *Zero) Reset()                      {}
func (z *Zero) Params() []float64           { return nil }
func (z *Zero) SetParams(p []float64) error { return checkParams("zero", p, 0) }
func (z *Zero) Clone() Controller           { return &Zero{n: z.n} }

// Act writes zeros.
func (z *Zero) Act(_ *Sim, action []float64) { clear(action[:z.n]) }

// Random draws every action uniformly from [−1, 1] from its own generator
// (spec §2.5: ≈ 83 per episode). Reset restarts the stream from its seed,
// so an episode is reproducible.
type Random struct {
	n    int
	seed uint64
	rng  *rand.Rand
}

// NewRandom returns a uniform random controller seeded by seed.
func NewRandom(joints int, seed uint64) *Random {
	r := &Random{n: joints, seed: seed}
	r.Reset()
	return r
}

func (r *Random) Name() string                { return "random" }
func (r *Random) Joints() int                 { return r.n }
func (r *Random) Reset()                      { r.rng = rand.New(rand.NewPCG(r.seed, 0x72616e646f6d)) }
func (r *Random) Params() []float64           { return nil }
func (r *Random) SetParams(p []float64) error { return checkParams("random", p, 0) }
func (r *Random) Clone() Controller           { return NewRandom(r.n, r.seed) }

// Act writes uniform values in [−1, 1].
func (r *Random) Act(_ *Sim, action []float64) {
	for i := range action[:r.n] {
		action[i] = 2*r.rng.Float64() - 1
	}
}

// Sine is an open-loop travelling wave: joint i at control step k (from
// 0 at Reset) gets A·sin(2πk/T − 2π·i·λ). With λ > 0 the wave runs from
// head to tail, which drives the body head first. It has no learnable
// parameters.
type Sine struct {
	n          int
	period     int     // T in control steps
	wavelength float64 // λ, phase lag per joint as a fraction of a cycle
	amplitude  float64 // A
	k          int
}

// NewSine returns the travelling-wave controller; period ≥ 2 control
// steps, amplitude in [0, 1], wavelength finite.
func NewSine(joints, period int, wavelength, amplitude float64) (*Sine, error) {
	switch {
	case period < 2:
		return nil, &BodyError{"period", fmt.Sprint(period), "must be at least 2 control steps"}
	case math.IsNaN(wavelength) || math.IsInf(wavelength, 0):
		return nil, &BodyError{"wavelength", fmt.Sprint(wavelength), "must be a finite number"}
	case !(amplitude >= 0 && amplitude <= 1):
		return nil, &BodyError{"amplitude", fmt.Sprint(amplitude), "is out of range [0, 1]"}
	}
	return &Sine{n: joints, period: period, wavelength: wavelength, amplitude: amplitude}, nil
}

func (w *Sine) Name() string                { return "sine" }
func (w *Sine) Joints() int                 { return w.n }
func (w *Sine) Reset()                      { w.k = 0 }
func (w *Sine) Params() []float64           { return nil }
func (w *Sine) SetParams(p []float64) error { return checkParams("sine", p, 0) }
func (w *Sine) Clone() Controller           { c := *w; c.k = 0; return &c }

// Act writes the wave at the current step and advances k.
func (w *Sine) Act(_ *Sim, action []float64) {
	base := 2 * math.Pi * float64(w.k) / float64(w.period)
	for i := range action[:w.n] {
		action[i] = w.amplitude * math.Sin(base-2*math.Pi*float64(i)*w.wavelength)
	}
	w.k++
}
