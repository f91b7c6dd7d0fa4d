package learn

import "math"

// Optimizer is the update rule a Trainer applies to each parameter group.
type Optimizer uint8

// The optimisers.
const (
	// SGD is stochastic gradient descent with momentum 0.9 in PyTorch's
	// form, v ← 0.9·v + g, θ ← θ − η·v, as in the ReLinear scripts (§A.5).
	SGD Optimizer = iota
	// Adam is Kingma & Ba's Adam (arXiv 1412.6980, Algorithm 1) with
	// β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (the paper's and PyTorch's defaults).
	Adam
)

// Optimiser constants. Our choice: the usual defaults, not exposed.
const (
	Momentum  = 0.9   // SGD's momentum
	AdamBeta1 = 0.9   // Adam's β₁
	AdamBeta2 = 0.999 // Adam's β₂
	AdamEps   = 1e-8  // Adam's ε
)

var optimizerNames = []string{"sgd", "adam"}

// OptimizerNames lists the optimisers' names in order, for choices.
func OptimizerNames() []string { return append([]string(nil), optimizerNames...) }

// String returns the optimiser's name: "sgd" or "adam".
func (o Optimizer) String() string { return enumName(optimizerNames, int(o), "optimizer") }

// ParseOptimizer reads an optimiser's name, ignoring case and spaces.
func ParseOptimizer(s string) (Optimizer, error) {
	i, err := parseEnum("optimizer", s, optimizerNames)
	return Optimizer(i), err
}

// sgdStep applies one momentum-SGD update with learning rate lr to p,
// given gradient g and velocity v.
func sgdStep(p, g, v []float64, lr float64) {
	v = v[:len(p)]
	g = g[:len(p)]
	for i := range p {
		v[i] = Momentum*v[i] + g[i]
		p[i] -= lr * v[i]
	}
}

// adamStep applies one Adam update with learning rate lr to p, given
// gradient g, moments m and v, and the bias corrections c1 = 1 − β₁ᵗ,
// c2 = 1 − β₂ᵗ.
func adamStep(p, g, m, v []float64, lr, c1, c2 float64) {
	g, m, v = g[:len(p)], m[:len(p)], v[:len(p)]
	for i := range p {
		gi := g[i]
		m[i] = AdamBeta1*m[i] + (1-AdamBeta1)*gi
		v[i] = AdamBeta2*v[i] + (1-AdamBeta2)*gi*gi
		p[i] -= lr * (m[i] / c1) / (math.Sqrt(v[i]/c2) + AdamEps)
	}
}
