package learn

import (
	"math"
	"math/rand/v2"
)

// InitWeights fills w with random weights for a layer of fan-in fanIn
// whose output passes through act: Gaussian with standard deviation
// gain/√fanIn, gain √2 for ReLU (He/Kaiming-normal, as the ReLinear
// scripts use for w_r, §A.5) and 1 otherwise (LeCun). Our choice: the
// non-ReLU gain.
func InitWeights(w []float64, fanIn int, act Activation, r *rand.Rand) {
	gain := 1.0
	if act == ReLU {
		gain = math.Sqrt2
	}
	s := gain / math.Sqrt(float64(fanIn))
	for i := range w {
		w[i] = s * Normal(r)
	}
}

// InitBias fills b uniformly in [−1/√fanIn, 1/√fanIn], PyTorch's default
// for a Linear or Conv bias, which the ReLinear scripts leave in place for
// b_r (§A.5).
func InitBias(b []float64, fanIn int, r *rand.Rand) {
	s := 1 / math.Sqrt(float64(fanIn))
	for i := range b {
		b[i] = s * (2*r.Float64() - 1)
	}
}

// Normal draws a standard Gaussian from r by the Box–Muller transform,
// using this package's portable log (exp.go), so the draw is the same
// natively and under wasm (rand.NormFloat64 calls the platform's Exp and
// Log). Each call takes two uniforms and returns one Gaussian.
func Normal(r *rand.Rand) float64 {
	u := 1 - r.Float64() // in (0, 1]: log(u) is finite
	v := r.Float64()
	return math.Sqrt(-2*log(u)) * math.Cos(2*math.Pi*v)
}
