package swimmer

import (
	"fmt"

	"bioplay/models/evo"
	"bioplay/models/param"
)

// Setup is everything that, with its seed, determines what the swimmer lab
// runs: the body, the controller and its weights, the episode, and the ES
// settings.
type Setup struct {
	Links       int                    // N, 3..15
	Density     float64                // fluid density, kg/m³
	Controller  string                 // ncap, sine, zero, random, mlp
	Weights     [SharedWeights]float64 // NCAP shared weights: prop, osc, ipsi, contra
	Period      int                    // NCAP oscillator period and the sine's T, control steps
	Wavelength  float64                // the sine's λ: phase lag per joint, cycles
	Amplitude   float64                // the sine's A
	Signs       bool                   // NCAP sign constraints
	Sharing     bool                   // NCAP weight sharing
	Init        Init                   // NCAP initial weights when Unshared is empty
	Unshared    []float64              // NCAP per-joint weights (6n), empty = from Init
	MLPHidden   []int                  // MLP hidden widths
	MLPWeights  []float64              // MLP parameters, empty = from Seed
	Start       Start                  // episode start pose
	Train       TrainConfig            // ES and episode length (Train.EpisodeSteps is the episode length)
	Generations int                    // ES generations the CLI runs and the page stops after
	Seed        uint64                 // seeds starts, random inits, the random controller and ES
}

// ControllerNames lists the lab's controllers in display order.
func ControllerNames() []string { return []string{"ncap", "sine", "zero", "random", "mlp"} }

// DefaultWavelength is the sine's default λ. Our choice: 0.2 cycle per
// joint swims best of λ ∈ {0, 0.1, 1/6, 0.2, 0.25, 0.3, 0.4, 0.5} with
// A = 1, T = 60 on swimmer6 (return 741 from a straight start, against
// NCAP's 795), a fair open-loop contrast.
const DefaultWavelength = 0.2

// DefaultGenerations is the CLI's ES length: 16 generations of 16 are the
// 256 episodes of issue 4's learning check.
const DefaultGenerations = 16

// DefaultSetup returns the schema's defaults as a Setup.
func DefaultSetup() Setup {
	return Setup{Links: 6, Density: DefaultDensity, Controller: "ncap", Weights: [SharedWeights]float64{1, 1, 1, -1},
		Period: 60, Wavelength: DefaultWavelength, Amplitude: 1, Signs: true, Sharing: true, Init: InitConstant,
		MLPHidden: DefaultHidden(), Start: StartStraight, Train: DefaultTrainConfig(),
		Generations: DefaultGenerations, Seed: 1}
}

// Validate reports the first invalid part of the setup, naming the
// parameter, or nil.
func (s Setup) Validate() error {
	if _, err := s.Body(); err != nil {
		return err
	}
	if err := s.Train.Validate(); err != nil {
		return err
	}
	if s.Generations < 1 {
		return &BodyError{"generations", fmt.Sprint(s.Generations), "must be at least 1"}
	}
	_, err := s.NewController()
	return err
}

// Body builds the setup's body.
func (s Setup) Body() (*Body, error) { return NewBody(s.Links, s.Density) }

// NewController builds the setup's controller with its weights: NCAP with
// the shared Weights (sharing on) or Unshared (off; empty = Init's draw),
// the MLP with MLPWeights (empty = drawn from Seed).
func (s Setup) NewController() (Controller, error) {
	n := s.Links - 1
	switch s.Controller {
	case "ncap":
		x, err := NewNCAP(NCAPConfig{Joints: n, Period: s.Period, Signs: s.Signs, Sharing: s.Sharing, Init: s.Init, Seed: s.Seed})
		if err != nil {
			return nil, err
		}
		if s.Sharing {
			return x, x.SetParams(s.Weights[:])
		}
		if len(s.Unshared) > 0 {
			if len(s.Unshared) != PerJoint*n {
				return nil, &BodyError{"unshared", fmt.Sprintf("has %d weights", len(s.Unshared)), fmt.Sprintf("needs 6 per joint: %d for %d links", PerJoint*n, s.Links)}
			}
			return x, x.SetParams(s.Unshared)
		}
		return x, nil
	case "sine":
		return NewSine(n, s.Period, s.Wavelength, s.Amplitude)
	case "zero":
		return NewZero(n), nil
	case "random":
		return NewRandom(n, s.Seed), nil
	case "mlp":
		m, err := NewMLP(MLPConfig{Links: s.Links, Hidden: s.MLPHidden, Seed: s.Seed})
		if err != nil {
			return nil, err
		}
		if len(s.MLPWeights) > 0 {
			if len(s.MLPWeights) != len(m.params) {
				return nil, &BodyError{"mlp-weights", fmt.Sprintf("has %d values", len(s.MLPWeights)), fmt.Sprintf("needs %d for %d links and hidden %s", len(m.params), s.Links, FormatHidden(s.MLPHidden))}
			}
			return m, m.SetParams(s.MLPWeights)
		}
		return m, nil
	}
	return nil, &BodyError{"controller", fmt.Sprintf("%q", s.Controller), "is not one of ncap, sine, zero, random, mlp"}
}

// InitialParams is what the reset-weights action restores: the learnable
// parameters of the setup's controller as first built from Init (NCAP,
// shared or not) or Seed (MLP), ignoring Weights, Unshared and MLPWeights.
// With sharing, the page writes them into w-prop … w-contra.
func (s Setup) InitialParams() ([]float64, error) {
	s.Unshared, s.MLPWeights = nil, nil
	if s.Controller == "ncap" {
		x, err := NewNCAP(NCAPConfig{Joints: s.Links - 1, Period: s.Period, Signs: s.Signs, Sharing: s.Sharing, Init: s.Init, Seed: s.Seed})
		if err != nil {
			return nil, err
		}
		return x.Params(), nil
	}
	c, err := s.NewController()
	if err != nil {
		return nil, err
	}
	return c.Params(), nil
}

// SetupFrom builds a Setup from the lab's values. Values that passed the
// schema always give a valid Setup (the schema's Check is SetupFrom).
func SetupFrom(v *param.Values) (Setup, error) {
	s := DefaultSetup()
	var err error
	s.Links = v.Int("links")
	s.Density = v.Float("density")
	s.Controller = v.Text("controller")
	for i, name := range weightNames {
		s.Weights[i] = v.Float(name)
	}
	s.Period = v.Int("period")
	s.Wavelength = v.Float("wavelength")
	s.Amplitude = v.Float("amplitude")
	s.Signs = v.Bool("signs")
	s.Sharing = v.Bool("sharing")
	s.Init = InitConstant
	if v.Text("init") == "random" {
		s.Init = InitRandom
	}
	if s.MLPHidden, err = ParseHidden(v.Text("mlp-hidden")); err != nil {
		return s, &param.Error{Name: "mlp-hidden", Value: v.Text("mlp-hidden"), Reason: err.Error()}
	}
	s.Start = StartStraight
	if v.Text("start") == "random" {
		s.Start = StartRandom
	}
	s.Train = TrainConfig{ES: evo.Config{Pop: v.Int("pop"), Sigma: v.Float("sigma"), LR: v.Float("es-lr"), Clip: 1},
		EpisodeSteps: v.Int("steps"), Start: s.Start, EvalStarts: v.Int("eval-starts")}
	s.Generations = v.Int("generations")
	s.Seed = v.Uint64("seed")
	if s.Unshared, err = ParseFloats(v.Text("unshared")); err != nil {
		return s, &param.Error{Name: "unshared", Value: v.Text("unshared"), Reason: err.Error()}
	}
	if s.MLPWeights, err = DecodeFloats(v.Text("mlp-weights")); err != nil {
		return s, &param.Error{Name: "mlp-weights", Value: "(" + fmt.Sprint(len(v.Text("mlp-weights"))) + " characters)", Reason: err.Error()}
	}
	return s, s.Validate()
}

// weightNames are the shared NCAP weights' parameter names, in Params order.
var weightNames = [SharedWeights]string{"w-prop", "w-osc", "w-ipsi", "w-contra"}

// WeightNames returns the parameter names of NCAP's shared weights in
// Params order: w-prop, w-osc, w-ipsi, w-contra.
func WeightNames() []string { return append([]string(nil), weightNames[:]...) }
