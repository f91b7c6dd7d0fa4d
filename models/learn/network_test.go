package learn

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestNetworkShapeAndParams(t *testing.T) {
	n := denseNet(t, 1, ReLU, BCE, 2, 8, 8, 1)
	if got := n.Shape(); !reflect.DeepEqual(got, []int{2, 8, 8, 1}) {
		t.Errorf("Shape() = %v", got)
	}
	if got, want := n.Params(), 3*8+9*8+9; got != want {
		t.Errorf("Params() = %d, want %d", got, want)
	}
	d := n.Layers()[1].(*Dense)
	if n.Weight(1, 3, 5) != d.w[3*8+5] {
		t.Error("Weight(1, 3, 5) is not W[3][5] of layer 1")
	}
	defer func() {
		if recover() == nil {
			t.Error("NewNetwork with mismatched widths did not panic")
		}
	}()
	NewNetwork([]Layer{NewDense(2, 3), NewDense(4, 1)}, ReLU, BCE)
}

// Predict is the batch forward pass on one row; Activations reports every
// layer's outputs and reuses its buffers; the output is a sigmoid for BCE
// and the identity for MSE.
func TestPredictAndActivations(t *testing.T) {
	n := denseNet(t, 2, Tanh, BCE, 2, 4, 3, 1)
	x := []float64{0.3, -0.2, -0.9, 0.5, 0.1, 0.1}
	out := append([]float64(nil), n.Forward(x, 3)...)
	for i := 0; i < 3; i++ {
		if got := n.Predict([2]float64{x[2*i], x[2*i+1]}); got != out[i] {
			t.Errorf("Predict(row %d) = %v, Forward = %v", i, got, out[i])
		}
	}
	p := [2]float64{0.25, -0.75}
	acts := n.Activations(p, nil)
	if len(acts) != 3 || len(acts[0]) != 4 || len(acts[1]) != 3 || len(acts[2]) != 1 {
		t.Fatalf("Activations shape = %v", acts)
	}
	// Recompute by hand from the layers.
	in := p[:]
	for li, l := range n.Layers() {
		_, w := l.Dims()
		z := make([]float64, w)
		l.Forward(in, 1, z)
		for j := range z {
			if li < 2 {
				z[j] = math.Tanh(z[j])
			} else {
				z[j] = 1 / (1 + math.Exp(-z[j]))
			}
			if math.Abs(z[j]-acts[li][j]) > 1e-15 {
				t.Errorf("layer %d neuron %d = %v, want %v", li, j, acts[li][j], z[j])
			}
		}
		in = z
	}
	if allocs := testing.AllocsPerRun(100, func() { acts = n.Activations(p, acts); n.Predict(p) }); allocs != 0 {
		t.Errorf("Activations and Predict allocate %v times", allocs)
	}
	m := denseNet(t, 2, Tanh, MSE, 2, 4, 3, 1)
	if got, want := m.Predict(p), math.Log(n.Predict(p)/(1-n.Predict(p))); math.Abs(got-want) > 1e-12 {
		t.Errorf("MSE network output %v, want the BCE network's logit %v", got, want)
	}
}

// Backprop's gradients match central differences on every group and the
// input (§A.10.1), for tanh and ReLU hidden layers and both losses.
func TestDenseGradients(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var pts []Point
	for i := 0; i < 7; i++ {
		pts = append(pts, Point{X: [2]float64{2*r.Float64() - 1, 2*r.Float64() - 1}, Y: float64(i % 2)})
	}
	x, y := batchOf(pts)
	for _, tc := range []struct {
		act  Activation
		loss Loss
	}{{Tanh, BCE}, {Sigmoid, BCE}, {ReLU, BCE}, {Identity, BCE}, {Tanh, MSE}} {
		t.Run(tc.act.String()+"/"+tc.loss.String(), func(t *testing.T) {
			n := denseNet(t, 5, tc.act, tc.loss, 2, 5, 4, 1)
			if tc.act == ReLU {
				requireNoKinks(t, n, x, 7, 1e-4)
			}
			worst := 0.0
			for _, e := range CheckGradients(n, x, y, 7, 1e-6) {
				worst = max(worst, e.RelErr)
				if e.RelErr > 1e-6 {
					t.Errorf("layer %d %s[%d]: analytic %v, numeric %v, rel. error %.2g", e.Layer, e.Group, e.Index, e.Analytic, e.Numeric, e.RelErr)
				}
			}
			t.Logf("largest relative error %.2g", worst)
		})
	}
}

// requireNoKinks fails unless every hidden pre-activation is at least eps
// from 0, where a ReLU's derivative jumps and finite differences fail.
func requireNoKinks(t *testing.T, n *Network, x []float64, batch int, eps float64) {
	t.Helper()
	n.Forward(x, batch)
	for i := 0; i < len(n.layers)-1; i++ {
		for _, z := range n.z[i][:batch*n.shape[i+1]] {
			if math.Abs(z) < eps {
				t.Fatalf("pre-activation %v of layer %d is within %v of the ReLU kink; pick other points", z, i, eps)
			}
		}
	}
}

func TestLossNames(t *testing.T) {
	for i, name := range []string{"bce", "mse"} {
		l, err := ParseLoss(name)
		if err != nil || l != Loss(i) || l.String() != name {
			t.Errorf("ParseLoss(%q) = %v, %v", name, l, err)
		}
	}
}

// Evaluate's loss is the mean BCE and its accuracy the share on the right
// side of 0.5.
func TestEvaluate(t *testing.T) {
	d := NewDense(2, 1)
	d.w[0] = 3 // z = 3 x₁
	n := NewNetwork([]Layer{d}, ReLU, BCE)
	pts := []Point{{X: [2]float64{1, 0}, Y: 1}, {X: [2]float64{-1, 0}, Y: 0}, {X: [2]float64{0.5, 0}, Y: 0}, {X: [2]float64{0, 0}, Y: 0}}
	loss, acc := Evaluate(n, pts)
	sp := func(z float64) float64 { return math.Log1p(math.Exp(z)) }
	want := (sp(3) - 3 + sp(-3) + sp(1.5) + sp(0)) / 4
	if math.Abs(loss-want) > 1e-15 || acc != 0.75 {
		t.Errorf("Evaluate = %v, %v; want %v, 0.75", loss, acc, want)
	}
	if l, a := Evaluate(n, nil); l != 0 || a != 0 {
		t.Errorf("Evaluate(no points) = %v, %v", l, a)
	}
}
