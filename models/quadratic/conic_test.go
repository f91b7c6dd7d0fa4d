package quadratic

import (
	"math"
	"math/rand/v2"
	"testing"

	"bioplay/models/learn"
)

// Conic classification by discriminant and determinant, one case per kind.
func TestConicKind(t *testing.T) {
	for _, tc := range []struct {
		c    Conic
		want string
	}{
		{Conic{A: 1, C: 1, F: -0.25}, "circle"},
		{Conic{A: -30.2, C: -30, F: 11}, "circle"}, // axis ratio 0.997
		{Conic{A: 1, C: 2, F: -1}, "ellipse"},
		{Conic{A: 1, B: 1, C: 1, F: -1}, "ellipse"}, // rotated
		{Conic{A: 1, C: -1, F: -0.1}, "hyperbola"},
		{Conic{B: 1, F: 0.01}, "hyperbola"},
		{Conic{A: 1, E: -1}, "parabola"},                     // x₂ = x₁²
		{Conic{A: 1, B: 2, C: 1, D: 1, E: -1}, "parabola"},   // rotated
		{Conic{B: 1}, "line pair"},                           // the axes
		{Conic{A: 1, C: -1}, "line pair"},                    // the diagonals
		{Conic{A: 1, F: -0.25}, "line pair"},                 // x₁ = ±0.5
		{Conic{A: 1, B: -2, C: 1, D: 1, E: -1}, "line pair"}, // (x₁−x₂)(x₁−x₂+1)
		{Conic{A: 1}, "line"},                                // double line x₁ = 0
		{Conic{A: 1, D: -1, F: 0.25}, "line"},                // (x₁ − 0.5)²
		{Conic{D: 1, E: 1, F: -0.1}, "line"},                 // a conventional neuron
		{Conic{A: 1, C: 1}, "point"},                         // x = 0
		{Conic{A: 1, C: 1, F: 1}, "empty"},                   // no real point
		{Conic{A: 1, F: 1}, "empty"},                         // x₁² = −1
		{Conic{F: 3}, "empty"},                               // constant
		{Conic{}, "empty"},
		{Conic{A: math.NaN()}, "empty"},
	} {
		if got := tc.c.Kind(); got != tc.want {
			t.Errorf("%v: Kind() = %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestConicString(t *testing.T) {
	for _, tc := range []struct {
		c    Conic
		want string
	}{
		{Conic{A: 1.02, C: 0.98, F: -0.55}, "1.02x₁² + 0.98x₂² − 0.55 = 0"},
		{Conic{A: -1, B: 152.4, C: 1e-4, D: 2.885, F: -1}, "−x₁² + 152x₁x₂ + 2.88x₁ − 1 = 0"},
		{Conic{E: -0.5}, "−0.5x₂ = 0"},
		{Conic{}, "0 = 0"},
	} {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
}

// ConicOf expands each neuron kind exactly: σ(z(x)) is the network's
// output everywhere. It refuses networks with hidden layers.
func TestConicOfMatchesNetwork(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, nk := range []Neuron{Linear, Quadratic, Compact} {
		n := newNet(t, Config{Neuron: nk, ReLinear: false}, 5)
		c, ok := ConicOf(n)
		if !ok {
			t.Fatalf("%v: ConicOf not ok", nk)
		}
		if nk == Quadratic && (c.A == 0 || c.B == 0) || nk == Compact && (c.A == 0 || c.B != 0) || nk == Linear && c.A != 0 {
			t.Errorf("%v: unexpected terms %+v", nk, c)
		}
		for i := 0; i < 100; i++ {
			x := [2]float64{2*r.Float64() - 1, 2*r.Float64() - 1}
			if got, want := n.Predict(x), 1/(1+math.Exp(-c.Eval(x))); math.Abs(got-want) > 1e-14 {
				t.Fatalf("%v at %v: network %v, σ(conic) %v", nk, x, got, want)
			}
		}
	}
	if _, ok := ConicOf(newNet(t, Config{Hidden: []int{2}, Neuron: Quadratic}, 1)); ok {
		t.Error("ConicOf ok for a network with a hidden layer")
	}
	wide := learn.NewNetwork([]learn.Layer{NewLayer(3, 1, Quadratic)}, learn.ReLU, learn.BCE)
	if _, ok := ConicOf(wide); ok {
		t.Error("ConicOf ok for a neuron on 3 inputs")
	}
}
