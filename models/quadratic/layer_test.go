package quadratic

import (
	"fmt"
	"math"
	"testing"

	"bioplay/models/learn"
)

// Backprop's gradients match central differences (h = 1e-6) on every
// parameter group and the input to relative error < 1e-6 (§A.10.1), for
// all three neuron kinds, one neuron and two hidden layers, smooth
// activations and ReLU away from its kinks. Quadratic groups are drawn at
// random so that no gradient vanishes by construction.
func TestGradients(t *testing.T) {
	const batch = 9
	for _, nk := range []Neuron{Linear, Quadratic, Compact} {
		for _, hidden := range [][]int{nil, {4, 3}} {
			for _, act := range []learn.Activation{learn.Tanh, learn.Sigmoid, learn.ReLU, learn.Identity} {
				if hidden == nil && act != learn.Tanh {
					continue // the activation is unused without hidden layers
				}
				name := fmt.Sprintf("%v/%s/%v", nk, FormatHidden(hidden), act)
				t.Run(name, func(t *testing.T) {
					n := newNet(t, Config{Hidden: hidden, Neuron: nk, Activation: act}, 3)
					x, y := randomBatch(5, batch)
					if act == learn.ReLU {
						if m := minHiddenZ(n, x, batch); m < 1e-4 {
							t.Fatalf("a hidden pre-activation is %v from a ReLU kink", m)
						}
					}
					worst := 0.0
					for _, e := range learn.CheckGradients(n, x, y, batch, 1e-6) {
						worst = max(worst, e.RelErr)
						if e.RelErr > 1e-6 || e.Index < 0 {
							t.Errorf("layer %d %s[%d]: analytic %v, numeric %v, rel. error %.2g",
								e.Layer, e.Group, e.Index, e.Analytic, e.Numeric, e.RelErr)
						}
					}
					t.Logf("largest relative error %.2g", worst)
				})
			}
		}
	}
}

// Layer groups, their roles and references, and parameter counts: 3n + 3
// per full neuron, 2n + 1 per compact one, n + 1 per linear one (§A.2).
func TestLayerGroupsAndParams(t *testing.T) {
	l := NewLayer(3, 2, Quadratic)
	var got string
	for _, g := range l.Groups() {
		got += fmt.Sprintf("%s:%v:%g:%d ", g.Name, g.Role, g.Ref, len(g.Value))
	}
	if want := "w_r:base:0:6 b_r:base:0:2 w_g:gate:0:6 b_g:gate:1:2 w_b:square:0:6 c:square:0:2 "; got != want {
		t.Errorf("groups = %s\nwant     %s", got, want)
	}
	if l.Groups()[3].Value[1] != 1 {
		t.Error("b_g does not start at 1")
	}
	if l.Kind() != Quadratic || NewLayer(2, 1, Compact).Kind() != Compact {
		t.Error("Kind() wrong")
	}
	for _, tc := range []struct {
		nk   Neuron
		want int
	}{{Linear, 3*8 + 9*8 + 9}, {Quadratic, 3 * (3*8 + 9*8 + 9)}, {Compact, 5*8 + 17*8 + 17}} {
		if got := newNet(t, Config{Hidden: []int{8, 8}, Neuron: tc.nk, ReLinear: true}, 1).Params(); got != tc.want {
			t.Errorf("%v 2→8→8→1: Params() = %d, want %d", tc.nk, got, tc.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("NewLayer(Linear) did not panic")
		}
	}()
	NewLayer(2, 2, Linear)
}

// §A.10.2: at ReLinear init a quadratic (or compact) network equals the
// conventional network built from the same seed — the same w_r, b_r as W,
// b — bit for bit: outputs, every neuron's activation, and the gradients
// of w_r, b_r. With γ_g = γ_b = 0 it stays equal through training (§A.9.4:
// "at γ = 0 it reproduces the MLP exactly").
func TestReLinearIdentity(t *testing.T) {
	train, test := data(t, "spiral", 0.05, 2)
	x, y := batchOfPoints(train)
	for _, nk := range []Neuron{Quadratic, Compact} {
		t.Run(nk.String(), func(t *testing.T) {
			c := Config{Hidden: []int{8, 8}, Neuron: Linear, Activation: learn.ReLU, ReLinear: true}
			lin := newNet(t, c, 7)
			c.Neuron = nk
			quad := newNet(t, c, 7)
			var al, aq [][]float64
			for _, p := range test {
				if a, b := lin.Predict(p.X), quad.Predict(p.X); math.Float64bits(a) != math.Float64bits(b) {
					t.Fatalf("Predict(%v): linear %v, %v %v", p.X, a, nk, b)
				}
				al, aq = lin.Activations(p.X, al), quad.Activations(p.X, aq)
				for i := range al {
					for j := range al[i] {
						if math.Float64bits(al[i][j]) != math.Float64bits(aq[i][j]) {
							t.Fatalf("activation [%d][%d] at %v differs", i, j, p.X)
						}
					}
				}
			}
			lin.Backprop(x, y, len(train), nil)
			quad.Backprop(x, y, len(train), nil)
			for i, l := range lin.Layers() {
				for k, g := range l.Groups() { // w, b  vs  w_r, b_r
					qg := quad.Layers()[i].Groups()[k]
					for j := range g.Grad {
						if math.Float64bits(g.Grad[j]) != math.Float64bits(qg.Grad[j]) {
							t.Fatalf("layer %d %s gradient [%d]: %v vs %s %v", i, g.Name, j, g.Grad[j], qg.Name, qg.Grad[j])
						}
					}
				}
			}
			cfg := learn.DefaultTrainConfig()
			cfg.GammaG, cfg.GammaB = 0, 0
			tl := learn.NewTrainer(lin, train, cfg, 1)
			tq := learn.NewTrainer(quad, train, cfg, 1)
			for s := 0; s < 200; s++ {
				tl.Step()
				tq.Step()
				if tl.Loss() != tq.Loss() {
					t.Fatalf("step %d: loss %v vs %v", s, tl.Loss(), tq.Loss())
				}
			}
			for _, p := range test {
				if lin.Predict(p.X) != quad.Predict(p.X) {
					t.Fatalf("after training, Predict(%v) differs", p.X)
				}
			}
		})
	}
}

// batchOfPoints packs points into Backprop's row-major inputs and targets.
func batchOfPoints(pts []learn.Point) (x, y []float64) {
	for _, p := range pts {
		x = append(x, p.X[0], p.X[1])
		y = append(y, p.Y)
	}
	return x, y
}

// Random init moves the quadratic groups off the reference, keeping w_r
// and b_r (a second random stream); ResetReLinear puts them back.
func TestRandomInitAndResetReLinear(t *testing.T) {
	c := Config{Hidden: []int{3}, Neuron: Quadratic, Activation: learn.Tanh, ReLinear: true}
	ref := newNet(t, c, 4)
	c.ReLinear = false
	rnd := newNet(t, c, 4)
	for i, l := range rnd.Layers() {
		for k, g := range l.Groups() {
			rg := ref.Layers()[i].Groups()[k]
			same := fmt.Sprint(g.Value) == fmt.Sprint(rg.Value)
			if same != (g.Role == learn.Base) {
				t.Errorf("layer %d %s: equal to the ReLinear init = %v", i, g.Name, same)
			}
		}
	}
	ResetReLinear(rnd)
	for _, p := range []learn.Point{{X: [2]float64{0.3, -0.4}}, {X: [2]float64{-1, 1}}} {
		if ref.Predict(p.X) != rnd.Predict(p.X) {
			t.Errorf("after ResetReLinear, Predict(%v) differs from the ReLinear init", p.X)
		}
	}
}

// γ = 0 freezes a group exactly; shrink 1 returns the quadratic groups to
// the reference after every step, shrink 0.5 halves their distance.
func TestGammaAndShrink(t *testing.T) {
	train, _ := data(t, "rings", 0, 1)
	for _, tc := range []struct {
		gg, gb, shrink float64
	}{{0, 1, 0}, {1, 0, 0}, {1, 1, 1}, {1, 1, 0.5}} {
		n := newNet(t, Config{Neuron: Quadratic, ReLinear: true}, 1)
		cfg := learn.DefaultTrainConfig()
		cfg.GammaG, cfg.GammaB, cfg.Shrink = tc.gg, tc.gb, tc.shrink
		tr := learn.NewTrainer(n, train, cfg, 1)
		for s := 0; s < 20; s++ {
			tr.Step()
		}
		for _, g := range n.Layers()[0].Groups() {
			moved := false
			for _, v := range g.Value {
				moved = moved || v != g.Ref
			}
			wantMoved := g.Role == learn.Base ||
				(g.Role == learn.Gate && tc.gg > 0 && tc.shrink < 1) ||
				(g.Role == learn.Square && tc.gb > 0 && tc.shrink < 1)
			if moved != wantMoved {
				t.Errorf("γ_g %v γ_b %v λ %v: %s moved = %v", tc.gg, tc.gb, tc.shrink, g.Name, moved)
			}
		}
	}
	// λ = 0.5 after one SGD step: θ = ref + (θ' − ref)/2.
	n := newNet(t, Config{Neuron: Quadratic, ReLinear: true}, 1)
	m := newNet(t, Config{Neuron: Quadratic, ReLinear: true}, 1)
	cfg := learn.TrainConfig{Optimizer: learn.SGD, LR: 0.5, GammaG: 1, GammaB: 1}
	learn.NewTrainer(n, train, cfg, 1).Step()
	cfg.Shrink = 0.5
	learn.NewTrainer(m, train, cfg, 1).Step()
	for k, g := range m.Layers()[0].Groups() {
		if g.Role == learn.Base {
			continue
		}
		for j, v := range g.Value {
			full := n.Layers()[0].Groups()[k].Value[j]
			if want := g.Ref + 0.5*(full-g.Ref); v != want {
				t.Errorf("%s[%d] = %v, want %v", g.Name, j, v, want)
			}
		}
	}
}
