package kan

import (
	"testing"
)

// trainOn builds the task's data and a trainer for it.
func trainOn(t testing.TB, task string, c Config, tc TrainConfig, seed uint64) *Trainer {
	t.Helper()
	tr, te, err := MakeData(task, 1000, 1000, 0, seed)
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(c, seed)
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewTrainer(n, tr, te, tc, seed)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// run takes steps optimiser steps and fails on any error.
func run(t testing.TB, x stepper, steps int) {
	t.Helper()
	for range steps {
		if err := x.Step(); err != nil {
			t.Fatal(err)
		}
	}
}

// Issue 6 Done-when 1: [2,5,1], G=5, k=3 on exp(sin(πx)+y²) with 1000
// training points reaches test RMSE < 1e-2 within 1000 Adam steps (spec
// B.15 check 7 calibration: 1.2e-2 at 500 steps, 5.3e-3…7.7e-3 at 2000).
func TestDoneWhenExpSin(t *testing.T) {
	x := trainOn(t, "expsin", DefaultConfig(), DefaultTrainConfig(), 1)
	for _, at := range []int{250, 500, 750, 1000} {
		run(t, x, at-x.Steps())
		t.Logf("step %4d: train RMSE %.3g, test RMSE %.3g", at, x.TrainRMSE(), x.TestRMSE())
	}
	if got := x.TestRMSE(); !(got < 1e-2) {
		t.Errorf("test RMSE after 1000 steps = %.3g, want < 1e-2", got)
	}
}

// Issue 6 Done-when 2 (spec B.15 check 7): [2,1,1] on expsin refined
// G = 3 → 5 → 10 reaches test RMSE < 1e-3 at G = 10.
func TestDoneWhenRefinement(t *testing.T) {
	c := Config{Shape: []int{2, 1, 1}, Grid: 3, Order: 3, Loss: DefaultConfig().Loss}
	x := trainOn(t, "expsin", c, DefaultTrainConfig(), 1)
	stage := 1000
	for _, g := range []int{0, 5, 10} {
		if g > 0 {
			before := x.TrainRMSE()
			if err := x.Refine(g); err != nil {
				t.Fatal(err)
			}
			t.Logf("refine to G=%d at step %d: train RMSE %.3g → %.3g", g, x.Steps(), before, x.TrainRMSE())
		}
		run(t, x, stage)
		t.Logf("G=%2d after %d steps: train RMSE %.3g, test RMSE %.3g, lr %.2g", x.Network().Grid(), x.Steps(), x.TrainRMSE(), x.TestRMSE(), x.LR())
	}
	if got := x.TestRMSE(); !(got < 1e-3) {
		t.Errorf("test RMSE at G=10 = %.3g, want < 1e-3", got)
	}
}

// stepper is what run drives: a Trainer or an MLPTrainer.
type stepper interface{ Step() error }
