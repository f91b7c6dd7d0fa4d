package kan

import (
	"math"
	"math/rand/v2"
	"testing"

	"bioplay/models/learn"
)

// checkAllGradients compares every parameter group's gradient (layer.groups:
// coefficients, w_b, w_s, gate logits, snapped edges' affine parameters)
// and the input gradient with central differences of the loss of a
// recorded pass (so the sparsity penalty is included when n.lambda > 0).
func checkAllGradients(n *Network, x, y []float64, batch int, h float64) (worst float64, where string) {
	var p pass
	dx := make([]float64, len(x))
	n.backprop(&p, x, y, batch, dx, true)
	loss := func() float64 { var q pass; return n.backprop(&q, x, y, batch, nil, true) }
	check := func(name string, v, ana []float64) {
		ana = append([]float64(nil), ana...)
		for i := range v {
			old := v[i]
			v[i] = old + h
			lp := loss()
			v[i] = old - h
			lm := loss()
			v[i] = old
			num := (lp - lm) / (2 * h)
			rel := math.Abs(num-ana[i]) / max(math.Abs(num), math.Abs(ana[i]), 1e-6)
			if rel > worst || math.IsNaN(rel) {
				worst, where = rel, name
			}
		}
	}
	// Analytic gradients of the unperturbed point, taken before any
	// perturbation overwrites them.
	type grp struct {
		name   string
		v, ana []float64
	}
	var gs []grp
	for li, l := range n.layers {
		for k, g := range l.groups() {
			gs = append(gs, grp{"layer " + string(rune('0'+li)) + " group " + string(rune('0'+k)), g[0], append([]float64(nil), g[1]...)})
		}
	}
	check("x", x, dx)
	for _, g := range gs {
		check(g.name, g.v, g.ana)
	}
	return worst, where
}

// Issue 7 item 7: gradient checks for every basis, the gate (phase
// selective, logits and τ ≠ 1), the sparsity penalty and snapped edges.
// Same protocol as spec B.15 check 3: [2,3,1], G=5, k=3, random
// parameters, 20 samples, h = 1e-6, max relative error ≤ 1e-4.
func TestGradientCheckBases(t *testing.T) {
	for _, tc := range []struct {
		name   string
		basis  Basis
		lambda float64
		snap   bool
	}{
		{"rbf", RBF, 0, false},
		{"cheby", Cheby, 0, false},
		{"fourier", Fourier, 0, false},
		{"wavelet", Wavelet, 0, false},
		{"select gate", Select, 0, false},
		{"bspline sparsity", BSpline, 0.05, false},
		{"rbf sparsity", RBF, 0.05, false},
		{"snapped edges with sparsity", BSpline, 0.05, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := New(Config{Shape: []int{2, 3, 1}, Grid: 5, Order: 3, Loss: learn.MSE, Basis: tc.basis, Tau: 0.7}, 7)
			if err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewPCG(1, 2))
			for _, l := range n.layers {
				for _, g := range l.groups() {
					for i := range g[0] {
						g[0][i] = 2*r.Float64() - 1
					}
				}
				if l.gate != nil {
					l.gate.learn = true
				}
			}
			if tc.snap {
				if err := n.Snap(0, 0, 1, "sin", 2, 0.3, 0.8, -0.1); err != nil {
					t.Fatal(err)
				}
				if err := n.Snap(1, 2, 0, "exp", 0.5, -0.2, 1.1, 0.2); err != nil {
					t.Fatal(err)
				}
			}
			n.lambda = tc.lambda
			x, y := make([]float64, 40), make([]float64, 20)
			for i := range x {
				x[i] = 1.8*r.Float64() - 0.9
			}
			for i := range y {
				y[i] = 2*r.Float64() - 1
			}
			worst, where := checkAllGradients(n, x, y, 20, 1e-6)
			t.Logf("worst relative error %.2g (%s)", worst, where)
			if !(worst <= 1e-4) {
				t.Errorf("relative error %g > 1e-4 in %s", worst, where)
			}
		})
	}
}

// Each basis' derivative against central differences of its values
// (spec B.15 check 2, for the families of B.12), at random points inside
// and outside the span.
func TestBasisDerivatives(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, f := range SelectFamilies() {
		b := newBasis(f, 5, 3, -1, 1)
		w := b.width()
		val, der := make([]float64, w), make([]float64, w)
		vp, vm, tmp := make([]float64, w), make([]float64, w), make([]float64, w)
		worst := 0.0
		for range 50 {
			x := 3*r.Float64() - 1.5
			st := b.eval(x, val, der)
			const h = 1e-6
			if b.eval(x+h, vp, tmp) != st || b.eval(x-h, vm, tmp) != st {
				continue // crossed a knot span
			}
			for m := range w {
				num := (vp[m] - vm[m]) / (2 * h)
				worst = max(worst, math.Abs(num-der[m])/max(1, math.Abs(num)))
			}
		}
		if !(worst < 1e-6) {
			t.Errorf("%v: derivative error %g", f, worst)
		}
	}
}
