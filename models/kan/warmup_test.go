package kan

import (
	"testing"

	"bioplay/models/learn"
)

// The prune phase starts gently (PhaseWarmup, our design of spec B.13's
// phase 3): the first fine-tuning steps after the switch do not undo the
// refit that kept the function. Measured (native, 300 points, 100 full +
// 100 selective steps, seed 1), test RMSE just before the switch → after
// the first 1 and 10 pruned steps: expsin 0.225 → 0.192, 0.127; xy 0.11 →
// 0.109, 0.105; tanh3d 0.068 → 0.0645, 0.0526. Without the warm-up
// (PhaseWarmup 1): expsin 1.17, 0.412; xy 0.251, 0.122; tanh3d 0.523, 0.24.
// Bound: after the first step and after ten, at most 1.5× the RMSE before.
func TestPhaseWarmup(t *testing.T) {
	for _, task := range []string{"expsin", "xy", "tanh3d"} {
		tk, _ := LookupTask(task)
		tr, te, err := MakeData(task, 300, 300, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		n, err := New(Config{Shape: tk.Shape, Grid: 10, Order: 3, Loss: learn.MSE, Basis: Select}, 1)
		if err != nil {
			t.Fatal(err)
		}
		c := DefaultTrainConfig()
		c.SelectFull, c.SelectSelective = 100, 100
		x, err := NewTrainer(n, tr, te, c, 1)
		if err != nil {
			t.Fatal(err)
		}
		var rmse []float64
		for s := 1; s <= 210; s++ {
			if err := x.Step(); err != nil {
				t.Fatal(err)
			}
			if s == 200 || s == 201 || s == 210 {
				rmse = append(rmse, x.TestRMSE())
			}
		}
		if x.Phase() != PhasePrune {
			t.Fatalf("%s: phase %v after 210 steps, want prune", task, x.Phase())
		}
		t.Logf("%s: test RMSE %.3g before the switch, %.3g after 1 step, %.3g after 10", task, rmse[0], rmse[1], rmse[2])
		for k, v := range rmse[1:] {
			if !(v <= 1.5*rmse[0]) {
				t.Errorf("%s: test RMSE %.3g after %d pruned steps, want ≤ 1.5 × %.3g before", task, v, []int{1, 10}[k], rmse[0])
			}
		}
	}
}
