package learn

import (
	"math"
	"testing"
)

func TestActivationNames(t *testing.T) {
	for i, name := range ActivationNames() {
		a, err := ParseActivation(" " + name + " ")
		if err != nil || a != Activation(i) || a.String() != name {
			t.Errorf("ParseActivation(%q) = %v, %v", name, a, err)
		}
	}
	if _, err := ParseActivation("gelu"); err == nil || err.Error() != `activation: "gelu" is not one of relu, tanh, sigmoid, linear` {
		t.Errorf("ParseActivation(gelu) error = %v", err)
	}
	if got := Activation(9).String(); got != "activation(9)" {
		t.Errorf("String = %q", got)
	}
}

// Each derivative matches a central difference, and the functions agree
// with their textbook forms.
func TestActivationValuesAndDerivatives(t *testing.T) {
	for _, a := range []Activation{ReLU, Tanh, Sigmoid, Identity} {
		for _, z := range []float64{-3, -0.7, -0.2, 0.1, 0.6, 0.63, 2.5} {
			y := a.apply(z)
			var want float64
			switch a {
			case ReLU:
				want = math.Max(z, 0)
			case Tanh:
				want = math.Tanh(z)
			case Sigmoid:
				want = 1 / (1 + math.Exp(-z))
			default:
				want = z
			}
			if math.Abs(y-want) > 1e-15 {
				t.Errorf("%v(%v) = %v, want %v", a, z, y, want)
			}
			h := 1e-6
			num := (a.apply(z+h) - a.apply(z-h)) / (2 * h)
			if d := a.deriv(z, y); math.Abs(d-num) > 1e-8 {
				t.Errorf("%v'(%v) = %v, numeric %v", a, z, d, num)
			}
		}
	}
	if ReLU.deriv(0, 0) != 0 {
		t.Error("ReLU'(0) should be 0")
	}
	for _, z := range []float64{-1000, 1000} {
		if s, th := sigmoid(z), tanh(z); math.IsNaN(s) || math.IsNaN(th) || math.Abs(th) != 1 {
			t.Errorf("sigmoid, tanh(%v) = %v, %v", z, s, th)
		}
	}
	if got := softplus(-1000); got != 0 {
		t.Errorf("softplus(-1000) = %v", got)
	}
	if got := softplus(1000); got != 1000 {
		t.Errorf("softplus(1000) = %v", got)
	}
}
