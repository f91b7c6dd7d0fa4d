package quadratic

import (
	"math"
	"testing"

	"bioplay/models/learn"
)

// single returns a one-neuron network of kind nk with every parameter 0
// and b_g = 1, ready for a hand-made construction.
func single(t *testing.T, nk Neuron) (*learn.Network, *Layer) {
	t.Helper()
	n := newNet(t, Config{Neuron: nk, ReLinear: true}, 1)
	l := n.Layers()[0].(*Layer)
	clear(l.wr)
	clear(l.br)
	return n, l
}

// accuracy returns the share of pts the network classifies right.
func accuracy(n *learn.Network, pts []learn.Point) float64 {
	_, a := learn.Evaluate(n, pts)
	return a
}

// §A.10.3: w_r = w_g = 0, b_r·b_g + c = R², w_b = (−1, −1) gives
// z = R² − x₁² − x₂², positive inside the circle of radius R: zero error
// on the rings at R = 0.6, and the conic is that circle.
func TestExactCircle(t *testing.T) {
	train, test := data(t, "rings", 0, 1)
	n, l := single(t, Quadratic)
	l.br[0], l.bg[0], l.c[0] = 0.5, 0.5, 0.36-0.25
	l.wb[0], l.wb[1] = -1, -1
	if a := accuracy(n, append(train, test...)); a != 1 {
		t.Errorf("accuracy = %v, want 1", a)
	}
	c, _ := ConicOf(n)
	if want := (Conic{A: -1, C: -1, F: 0.36}); math.Abs(c.F-want.F) > 1e-15 || c.A != -1 || c.C != -1 || c.B != 0 || c.D != 0 || c.E != 0 {
		t.Errorf("ConicOf = %+v, want %+v", c, want)
	}
	if c.Kind() != "circle" {
		t.Errorf("Kind() = %q, want circle", c.Kind())
	}
	// The compact neuron builds the same circle from w_b and b_r alone.
	n, l = single(t, Compact)
	l.br[0], l.wb[0], l.wb[1] = 0.36, -1, -1
	if a := accuracy(n, append(train, test...)); a != 1 {
		t.Errorf("compact: accuracy = %v, want 1", a)
	}
}

// §A.2: w_r = e₁, w_g = e₂, the rest 0 gives z = x₁x₂, which separates XOR
// with zero error; its boundary is the pair of axes.
func TestExactXOR(t *testing.T) {
	train, test := data(t, "xor", 0, 1)
	n, l := single(t, Quadratic)
	l.wr[0], l.bg[0], l.wg[1] = 1, 0, 1
	if a := accuracy(n, append(train, test...)); a != 1 {
		t.Errorf("accuracy = %v, want 1", a)
	}
	c, _ := ConicOf(n)
	if c != (Conic{B: 1}) || c.Kind() != "line pair" {
		t.Errorf("ConicOf = %+v (%s), want x₁x₂ = 0, a line pair", c, c.Kind())
	}
}

// §A.2: any symmetric 2×2 form is reachable — w_r = e₁, w_g = (0, 2s) puts
// s in the off-diagonal and w_b the diagonal — so one neuron realises the
// rotated ellipse of the ellipse data set exactly; the compact neuron,
// without the x₁x₂ term, cannot.
func TestExactRotatedEllipse(t *testing.T) {
	train, test := data(t, "ellipse", 0, 1)
	all := append(train, test...)
	// z = 1 − xᵀQx with Q = R diag(1/a², 1/b²) Rᵀ, a = 0.8, b = 0.35, 30°.
	s, co := math.Sincos(math.Pi / 6)
	ia, ib := 1/(0.8*0.8), 1/(0.35*0.35)
	q11 := co*co*ia + s*s*ib
	q22 := s*s*ia + co*co*ib
	q12 := co * s * (ia - ib)
	n, l := single(t, Quadratic)
	l.wr[0], l.bg[0], l.wg[1] = 1, 0, -2*q12
	l.wb[0], l.wb[1], l.c[0] = -q11, -q22, 1
	if a := accuracy(n, all); a != 1 {
		t.Errorf("accuracy = %v, want 1", a)
	}
	if c, _ := ConicOf(n); c.Kind() != "ellipse" {
		t.Errorf("Kind() = %q (%v), want ellipse", c.Kind(), c)
	}
	// The best axis-aligned compact neuron trained on the same points
	// stays short of 100%.
	cn := newNet(t, Config{Neuron: Compact, ReLinear: true}, 1)
	tr := learn.NewTrainer(cn, train, learn.DefaultTrainConfig(), 1)
	for i := 0; i < 3000; i++ {
		tr.Step()
	}
	if a := accuracy(cn, test); a >= 0.98 {
		t.Errorf("compact neuron reached %v on the rotated ellipse", a)
	}
}
