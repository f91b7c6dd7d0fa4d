package quadratic

import (
	"math/rand/v2"
	"strconv"

	"bioplay/models/learn"
)

// Limits of Config.Hidden. The page and the CLI flags (Schema) allow
// 0–MaxLayers hidden layers of 1–MaxWidth neurons; Validate allows larger
// networks for sweeps driven from Go (our choice: up to LimitLayers of
// LimitWidth).
const (
	MaxLayers   = 4   // most hidden layers in the lab's schema
	MaxWidth    = 8   // widest hidden layer in the lab's schema
	LimitLayers = 8   // most hidden layers Validate accepts
	LimitWidth  = 256 // widest hidden layer Validate accepts
)

// Config describes a network of one neuron kind for NewNetwork: 2 inputs,
// the hidden layers, one sigmoid output neuron, BCE loss.
type Config struct {
	// Hidden lists the hidden layers' widths, input side first; empty
	// means no hidden layer: the network is one output neuron.
	Hidden []int
	// Neuron is the kind of every neuron, the output neuron included.
	Neuron Neuron
	// Activation is the hidden layers' σ (§A.3); the output is a sigmoid.
	Activation learn.Activation
	// ReLinear starts quadratic neurons at the ReLinear reference (§A.5:
	// w_g = 0, b_g = 1, w_b = 0, c = 0), so the network starts as the
	// conventional one; false draws every group at random (the collapse
	// demo). Linear neurons ignore it.
	ReLinear bool
}

// DefaultConfig returns the lab's default: one quadratic neuron, ReLU
// hidden activation, ReLinear init.
func DefaultConfig() Config {
	return Config{Neuron: Quadratic, Activation: learn.ReLU, ReLinear: true}
}

// Validate reports the first invalid field as a *learn.ConfigError, or nil.
func (c Config) Validate() error {
	if len(c.Hidden) > LimitLayers {
		return &learn.ConfigError{Field: "hidden", Value: FormatHidden(c.Hidden),
			Reason: "has more than " + strconv.Itoa(LimitLayers) + " layers"}
	}
	for _, w := range c.Hidden {
		if w < 1 || w > LimitWidth {
			return &learn.ConfigError{Field: "hidden", Value: FormatHidden(c.Hidden),
				Reason: "has a width outside [1, " + strconv.Itoa(LimitWidth) + "]"}
		}
	}
	if c.Neuron > Compact {
		return &learn.ConfigError{Field: "neuron", Value: c.Neuron.String(), Reason: "is not one of linear, quadratic, compact"}
	}
	if c.Activation > learn.Identity {
		return &learn.ConfigError{Field: "activation", Value: c.Activation.String(), Reason: "is not one of relu, tanh, sigmoid, linear"}
	}
	return nil
}

// Random streams of NewNetwork: w_r and b_r (or a dense layer's W and b)
// come from one stream and the other quadratic groups from another, so a
// quadratic network and a conventional one built with the same seed share
// their linear weights whatever the init (the compare mode relies on it).
const (
	streamInit  = 0x696e6974
	streamExtra = 0x65787472
)

// NewNetwork builds the network c describes with weights drawn from seed:
// 2 → Hidden... → 1, every layer of kind c.Neuron (learn.Dense for Linear,
// Layer otherwise). Weights use learn.InitWeights for the activation that
// follows them (a sigmoid after the output layer), biases learn.InitBias.
func NewNetwork(c Config, seed uint64) (*learn.Network, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(seed, streamInit))
	extra := rand.New(rand.NewPCG(seed, streamExtra))
	widths := append(append([]int{2}, c.Hidden...), 1)
	layers := make([]learn.Layer, len(widths)-1)
	for i := range layers {
		in, out := widths[i], widths[i+1]
		act := c.Activation
		if i == len(layers)-1 {
			act = learn.Sigmoid
		}
		if c.Neuron == Linear {
			d := learn.NewDense(in, out)
			d.Init(act, r)
			layers[i] = d
			continue
		}
		l := NewLayer(in, out, c.Neuron)
		if c.ReLinear {
			l.InitReLinear(act, r)
		} else {
			l.InitRandom(act, r, extra)
		}
		layers[i] = l
	}
	return learn.NewNetwork(layers, c.Activation, learn.BCE), nil
}

// ResetReLinear puts every quadratic layer's Gate and Square groups of n
// back at the ReLinear reference (w_g = 0, b_g = 1, w_b = 0, c = 0),
// keeping w_r and b_r: the network becomes the conventional network with
// its current linear weights (spec part D, "reset to ReLinear init").
func ResetReLinear(n *learn.Network) {
	for _, l := range n.Layers() {
		for _, g := range l.Groups() {
			if g.Role == learn.Base {
				continue
			}
			for i := range g.Value {
				g.Value[i] = g.Ref
			}
		}
	}
}
