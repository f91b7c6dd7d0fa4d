package quadratic

import (
	"bioplay/models/learn"
	"strconv"
	"strings"
)

// Neuron is the kind of every neuron in a network (§A.2).
type Neuron uint8

// The neuron kinds.
const (
	// Linear is the conventional neuron z = w·x + b (learn.Dense).
	Linear Neuron = iota
	// Quadratic is Fan et al.'s full neuron
	// z = (w_r·x + b_r)(w_g·x + b_g) + w_b·(x∘x) + c, 3n + 3 parameters.
	Quadratic
	// Compact drops the interaction term: z = w_r·x + b_r + w_b·(x∘x),
	// 2n + 1 parameters (the spec's c merges into b_r; §A.2's table,
	// FengleiFan/ReLinear qresnet_smaller.py). No x₁x₂ term, so no rotated
	// ellipses (§A.9.3).
	Compact
)

var neuronNames = []string{"linear", "quadratic", "compact"}

// NeuronNames lists the neuron kinds' names in order, for choices.
func NeuronNames() []string { return append([]string(nil), neuronNames...) }

// String returns the neuron kind's name: "linear", "quadratic" or
// "compact".
func (n Neuron) String() string {
	if int(n) < len(neuronNames) {
		return neuronNames[n]
	}
	return "neuron(" + strconv.Itoa(int(n)) + ")"
}

// ParseNeuron reads a neuron kind's name, ignoring case and spaces.
func ParseNeuron(s string) (Neuron, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i, name := range neuronNames {
		if t == name {
			return Neuron(i), nil
		}
	}
	return 0, &learn.ConfigError{Field: "neuron", Value: strconv.Quote(s), Reason: "is not one of " + strings.Join(neuronNames, ", ")}
}
