package kan

import (
	"errors"
	"math"
	"strings"
	"testing"

	"bioplay/models/learn"
)

// Same setup and seed → bit-identical runs, with mini-batches and grid
// updates; a different seed → a different run.
func TestDeterminism(t *testing.T) {
	runOnce := func(seed uint64) (float64, []float64) {
		s := DefaultSetup()
		s.Points, s.TestPoints, s.Train.Batch, s.Noise, s.Seed = 300, 100, 64, 0.05, seed
		x, _, _, err := s.Start()
		if err != nil {
			t.Fatal(err)
		}
		run(t, x, 60)
		if err := x.Refine(10); err != nil {
			t.Fatal(err)
		}
		run(t, x, 10)
		return x.TestRMSE(), x.Network().Coefs(1, 2, 0)
	}
	a, ca := runOnce(3)
	b, cb := runOnce(3)
	c, _ := runOnce(4)
	if a != b || !equal(ca, cb) {
		t.Errorf("same seed: %v vs %v", a, b)
	}
	if a == c {
		t.Errorf("seeds 3 and 4 gave the same RMSE %v", a)
	}
}

func equal(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

// A NaN is caught at once with its place, and training stays paused.
func TestNaNPausesTraining(t *testing.T) {
	x := trainOn(t, "expsin", DefaultConfig(), DefaultTrainConfig(), 1)
	run(t, x, 3)
	x.net.layers[1].coef[7] = math.NaN() // edge 0→0 of layer 1 (size 8): c[7]
	err := x.Step()
	var ne *NaNError
	if !errors.As(err, &ne) {
		t.Fatalf("Step = %v, want a *NaNError", err)
	}
	t.Log(err)
	if ne.Step != 4 || !strings.Contains(err.Error(), "layer 1") || !strings.Contains(err.Error(), "paused") {
		t.Errorf("error %q, want step 4 in layer 1", err)
	}
	if err2 := x.Step(); err2 != err || x.Steps() != 3 || x.Err() != err || !math.IsNaN(x.net.layers[1].coef[7]) {
		t.Errorf("after the NaN: Step = %v, Steps = %d", err2, x.Steps())
	}
	// A NaN in a first-layer weight is named as a parameter.
	y := trainOn(t, "expsin", DefaultConfig(), DefaultTrainConfig(), 1)
	y.net.layers[0].wb[3] = math.Inf(1)
	if err := y.Step(); err == nil || !strings.Contains(err.Error(), "layer 0, edge 0→3, w_b") {
		t.Errorf("Step with an infinite w_b: %v", err)
	}
}

// The MLP comparison has about the KAN's parameter count and learns.
func TestMLPComparison(t *testing.T) {
	tr, te, err := MakeData("expsin", 500, 500, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMLPTrainer(2, 150, learn.MSE, tr, te, DefaultTrainConfig(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if p := m.Params(); p < 140 || p > 160 {
		t.Errorf("MLP params = %d, want about 150", p)
	}
	start := m.TestRMSE()
	run(t, m, 300)
	t.Logf("MLP %d params: test RMSE %.3g → %.3g after 300 steps", m.Params(), start, m.TestRMSE())
	if !(m.TestRMSE() < start/3) {
		t.Errorf("MLP did not learn: %g → %g", start, m.TestRMSE())
	}
}

// Classification: BCE on a sigmoid output; Predict is a probability and
// accuracy rises on the gauss set.
func TestClassification(t *testing.T) {
	s := DefaultSetup()
	s.Task, s.Net.Loss, s.Points, s.TestPoints, s.Noise = "gauss", learn.BCE, 300, 300, 0.05
	x, _, _, err := s.Start()
	if err != nil {
		t.Fatal(err)
	}
	run(t, x, 200)
	p := x.Network().Predict([]float64{0.45, 0.45})
	t.Logf("accuracy train %.3f test %.3f, P(class 1 | (0.45, 0.45)) = %.3f", x.TrainAccuracy(), x.TestAccuracy(), p)
	if x.TestAccuracy() < 0.95 || !(p > 0.5 && p < 1) {
		t.Errorf("test accuracy %g, p %g", x.TestAccuracy(), p)
	}
}

// CompareParams sizes a Select network's MLP to the one-family KAN it is
// pruned to (150 parameters for [2,5,1], G = 5, spec B.4: 15 edges ×
// (5+3+2)), not to the five families it mixes, and a one-family network's
// to its own count.
func TestCompareParams(t *testing.T) {
	for _, b := range append(SelectFamilies(), Select) {
		c := DefaultConfig()
		c.Basis = b
		n, err := New(c, 1)
		if err != nil {
			t.Fatal(err)
		}
		if p := CompareParams(n); p != 150 {
			t.Errorf("%v: CompareParams = %d; want 150 (Params %d)", b, p, n.Params())
		}
	}
}
