package learn

import "math"

// Activation is the non-linearity σ applied after a layer's
// pre-activation z (§A.3). Hidden layers share one; the output layer's is
// fixed by the Network's Loss.
type Activation uint8

// The activations.
const (
	ReLU     Activation = iota // max(0, z); the paper's code uses it throughout (§A.3)
	Tanh                       // tanh z
	Sigmoid                    // 1 / (1 + e^−z)
	Identity                   // z, named "linear"
)

var activationNames = []string{"relu", "tanh", "sigmoid", "linear"}

// ActivationNames lists the activations' names in order, for choices.
func ActivationNames() []string { return append([]string(nil), activationNames...) }

// String returns the activation's name: "relu", "tanh", "sigmoid" or
// "linear".
func (a Activation) String() string { return enumName(activationNames, int(a), "activation") }

// ParseActivation reads an activation's name, ignoring case and spaces.
func ParseActivation(s string) (Activation, error) {
	i, err := parseEnum("activation", s, activationNames)
	return Activation(i), err
}

// apply returns σ(z).
func (a Activation) apply(z float64) float64 {
	switch a {
	case ReLU:
		if z > 0 {
			return z
		}
		return 0
	case Tanh:
		return tanh(z)
	case Sigmoid:
		return sigmoid(z)
	}
	return z
}

// deriv returns σ'(z) given z and y = σ(z). Our choice: ReLU'(0) = 0, as
// in PyTorch.
func (a Activation) deriv(z, y float64) float64 {
	switch a {
	case ReLU:
		if z > 0 {
			return 1
		}
		return 0
	case Tanh:
		return 1 - y*y
	case Sigmoid:
		return y * (1 - y)
	}
	return 1
}

// sigmoid returns 1/(1+e^−z) without overflow for either sign of z.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + exp(-z))
	}
	e := exp(z)
	return e / (1 + e)
}

// tanh returns tanh z portably: math.Tanh is pure Go below |z| = 0.625
// (a rational fit, no Exp) and calls the platform's Exp above, where we
// use 1 − 2/(e^{2|z|} + 1) with our own exp.
func tanh(z float64) float64 {
	a := math.Abs(z)
	if a < 0.625 {
		return math.Tanh(z)
	}
	t := 1 - 2/(exp(2*a)+1)
	if z < 0 {
		return -t
	}
	return t
}

// softplus returns log(1 + eᶻ) without overflow; BCE's loss on logits.
func softplus(z float64) float64 {
	if z > 0 {
		return z + math.Log1p(exp(-z))
	}
	return math.Log1p(exp(z))
}
