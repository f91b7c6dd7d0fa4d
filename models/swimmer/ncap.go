package swimmer

import (
	"fmt"
	"math/rand/v2"
)

// Init selects NCAP's initial weights (spec §3.5).
type Init int

const (
	// InitConstant: excitatory +1, inhibitory −1 (with sign constraints), or
	// each weight ±1 with probability ½ (without).
	InitConstant Init = iota
	// InitRandom: excitatory U(0, 1), inhibitory U(−1, 0) (with sign
	// constraints), or U(−1, 1) (without).
	InitRandom
)

// InitNames lists the Init values by name, in order.
func InitNames() []string { return []string{"constant", "random"} }

// NCAPConfig configures the NCAP circuit (spec §3).
type NCAPConfig struct {
	Joints  int    // n, the body's joints
	Period  int    // oscillator period T in control steps (default 60)
	Signs   bool   // E/I sign constraints by projection in the forward pass
	Sharing bool   // 4 shared weights (true) or 6n per-joint weights
	Init    Init   // initial weights
	Seed    uint64 // draws the random initialisations
}

// DefaultNCAPConfig is the reference setting for a body with joints
// joints: period 60, sign constraints, weight sharing, constant init.
func DefaultNCAPConfig(joints int) NCAPConfig {
	return NCAPConfig{Joints: joints, Period: 60, Signs: true, Sharing: true, Init: InitConstant}
}

// Validate reports the first invalid field, or nil.
func (c NCAPConfig) Validate() error {
	switch {
	case c.Joints < MinLinks-1 || c.Joints > MaxLinks-1:
		return &BodyError{"joints", fmt.Sprint(c.Joints), "is out of range [2, 14]"}
	case c.Period < 2 || c.Period > 100000:
		return &BodyError{"period", fmt.Sprint(c.Period), "is out of range [2, 100000]"}
	case c.Init != InitConstant && c.Init != InitRandom:
		return &BodyError{"init", fmt.Sprint(int(c.Init)), "must be constant or random"}
	}
	return nil
}

// The shared weights, in Params order (spec §3.2).
const (
	WProp   = iota // proprioception, B(i−1) stretch → B(i), excitatory
	WOsc           // head oscillator → B(0), excitatory
	WIpsi          // B → same-side muscle, excitatory
	WContra        // B → opposite-side muscle, inhibitory
	SharedWeights
)

// Per-joint weights of the unshared circuit, in Params order: joint i's
// six weights are at 6i + these offsets. "in" is the oscillator for joint
// 0 and proprioception from joint i−1 otherwise (spec §3.4's
// bneuron_{d,v}_osc_0 / bneuron_{d,v}_prop_i).
const (
	UInD      = iota // → dorsal B-neuron, excitatory
	UInV             // → ventral B-neuron, excitatory
	UMuscleDD        // dorsal B → dorsal muscle, excitatory (muscle_d_d)
	UMuscleDV        // ventral B → dorsal muscle, inhibitory (muscle_d_v)
	UMuscleVV        // ventral B → ventral muscle, excitatory (muscle_v_v)
	UMuscleVD        // dorsal B → ventral muscle, inhibitory (muscle_v_d)
	PerJoint
)

// excitatory tells, per unshared offset, whether the synapse is excitatory.
var excitatory = [PerJoint]bool{true, true, true, false, true, false}

// NCAP is the neural circuit architectural prior of Bhattasali, Zador &
// Engel for the swimmer, as the reference SwimmerModule builds it (spec
// §3): a square-wave head oscillator, dorsal/ventral B-neurons fed by the
// previous joint's stretch, and muscles with ipsilateral excitation and
// contralateral inhibition.
type NCAP struct {
	cfg    NCAPConfig
	params []float64
	eff    []float64 // effective per-joint weights, 6n, signs projected
	t      int
	act    Activity
}

// Activity is the circuit's state at the last Act, for drawing: the
// oscillator's dorsal/ventral outputs and, per joint, the B-neurons and
// muscles, all in [0, 1].
type Activity struct {
	OscD, OscV     float64
	Bd, Bv, Md, Mv []float64
	// StretchD and StretchV are each joint's proprioceptive signal, its
	// normalised angle split by sign (spec §3.1); joint i's feeds the
	// B-neurons of joint i+1.
	StretchD, StretchV []float64
}

// NewNCAP builds the circuit with its initial weights.
func NewNCAP(c NCAPConfig) (*NCAP, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	n := c.Joints
	x := &NCAP{cfg: c, eff: make([]float64, PerJoint*n)}
	x.act = Activity{Bd: make([]float64, n), Bv: make([]float64, n), Md: make([]float64, n), Mv: make([]float64, n),
		StretchD: make([]float64, n), StretchV: make([]float64, n)}
	x.params = x.initial()
	x.project()
	return x, nil
}

// initial draws the initial weights of spec §3.5 in Params order.
func (x *NCAP) initial() []float64 {
	c := x.cfg
	r := rand.New(rand.NewPCG(c.Seed, 0x6e636170))
	count := SharedWeights
	if !c.Sharing {
		count = PerJoint * c.Joints
	}
	p := make([]float64, count)
	for i := range p {
		exc := i != WContra
		if !c.Sharing {
			exc = excitatory[i%PerJoint]
		}
		switch {
		case c.Signs && c.Init == InitConstant && exc:
			p[i] = 1
		case c.Signs && c.Init == InitConstant:
			p[i] = -1
		case c.Signs && exc:
			p[i] = r.Float64()
		case c.Signs:
			p[i] = -r.Float64()
		case c.Init == InitConstant:
			p[i] = 1
			if r.Uint64()&1 == 1 {
				p[i] = -1
			}
		default:
			p[i] = 2*r.Float64() - 1
		}
	}
	return p
}

// project expands the parameters to the per-joint effective weights,
// applying E(w) = max(w, 0), I(w) = min(w, 0) when signs are on.
func (x *NCAP) project() {
	n := x.cfg.Joints
	for i := range n {
		for o := range PerJoint {
			var w float64
			if x.cfg.Sharing {
				w = x.params[sharedOf(o, i)]
			} else {
				w = x.params[PerJoint*i+o]
			}
			if x.cfg.Signs {
				if excitatory[o] {
					w = max(w, 0)
				} else {
					w = min(w, 0)
				}
			}
			x.eff[PerJoint*i+o] = w
		}
	}
}

// sharedOf maps an unshared offset at joint i to its shared weight.
func sharedOf(o, i int) int {
	switch o {
	case UInD, UInV:
		if i == 0 {
			return WOsc
		}
		return WProp
	case UMuscleDD, UMuscleVV:
		return WIpsi
	}
	return WContra
}

func (x *NCAP) Name() string { return "ncap" }

// Joints is the number of joints the circuit drives.
func (x *NCAP) Joints() int { return x.cfg.Joints }

// Config is the circuit's configuration.
func (x *NCAP) Config() NCAPConfig { return x.cfg }

// Reset restarts the oscillator at t = 0 (dorsal phase first).
func (x *NCAP) Reset() { x.t = 0 }

// Params returns a copy of the raw weights: (prop, osc, ipsi, contra) when
// shared, else 6 per joint in the U* order.
func (x *NCAP) Params() []float64 { return append([]float64(nil), x.params...) }

// SetParams replaces the raw weights (which may lie past 0: with sign
// constraints such a synapse is dead, spec §3.2).
func (x *NCAP) SetParams(p []float64) error {
	if err := checkParams("ncap", p, len(x.params)); err != nil {
		return err
	}
	copy(x.params, p)
	x.project()
	return nil
}

// Clone returns an independent copy with the same weights, reset.
func (x *NCAP) Clone() Controller {
	c, _ := NewNCAP(x.cfg)
	_ = c.SetParams(x.params)
	return c
}

// Effective returns the weight joint's synapse o (one of the U* offsets)
// has in the forward pass: shared or per joint, after the sign
// projection. A zero from the projection is a dead synapse.
func (x *NCAP) Effective(joint, o int) float64 { return x.eff[PerJoint*joint+o] }

// Activity is the circuit's activity at the last Act: views valid until the
// next Act.
func (x *NCAP) Activity() Activity { return x.act }
