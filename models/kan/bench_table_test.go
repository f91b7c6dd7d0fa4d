package kan

import (
	"errors"
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"bioplay/models/learn"
)

// Bad benchmark configurations name the field (issue 7: errors name the
// field, the value and what is allowed).
func TestBenchConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(c *BenchConfig)
		field string
	}{
		{"unknown task", func(c *BenchConfig) { c.Tasks = []string{"nope"} }, "task"},
		{"classification task", func(c *BenchConfig) { c.Tasks = []string{learn.DataKinds()[0]} }, "tasks"},
		{"no steps", func(c *BenchConfig) { c.Steps = 0 }, "steps"},
		{"too many steps", func(c *BenchConfig) { c.Steps = MaxBenchSteps + 1 }, "steps"},
		{"no seeds", func(c *BenchConfig) { c.Seeds = nil }, "seeds"},
		{"no points", func(c *BenchConfig) { c.Points = 0 }, "points"},
		{"grid", func(c *BenchConfig) { c.Grid = MaxGrid + 1 }, "grid"},
		{"lr NaN", func(c *BenchConfig) { c.LR = math.NaN() }, "lr"},
	} {
		c := DefaultBenchConfig()
		tc.edit(&c)
		_, err := Benchmark(c)
		var ce *learn.ConfigError
		if !errors.As(err, &ce) || ce.Field != tc.field {
			t.Errorf("%s: error %v, want a ConfigError for %q", tc.name, err, tc.field)
		}
	}
	if err := DefaultBenchConfig().Validate(); err != nil {
		t.Errorf("default config: %v", err)
	}
}

// Issue 7 Done-when, the function-fitting benchmark: with the default
// protocol (DefaultBenchConfig: the same data, G, steps, learning rate
// and seeds for every method), Select is within 1.5× of the best single
// family on every task and beats the MLP of the same parameter count on
// at least 5 of the 7. The table itself must be complete: seven rows,
// finite RMSEs, each MLP the closest in size to the KAN (MLPWidth).
//
// Measured (native, seeds 1–10, ~2 min on two cores): Select beats the
// MLP on 7 of 7 and its ratio to the best family is bessel 0.99, expsin
// 0.96, xy 0.46, exp4d 0.22, tanh3d 1.00, bumps 0.84, kink 0.96. tanh3d
// is the hard one: B-spline alone is far ahead of every other family
// there, and Select was at 9.2 until the switches' refits kept the
// function over each hidden node's whole input range (keepspan.go) and
// the prune switch restarted the grid-update schedule (finishSwitch), and
// at 1.48 until the prune switch's choice also scored the refits on the
// rows at the edges of each node's inputs (keepedge.go): on seeds 11–20
// (not the protocol) a Chebyshev output node had extrapolated wildly on a
// single test point beyond the training range, Select's mean 4.5×
// B-spline's before, 1.4× after (0.0071 against 0.0050).
// Skipped with -short and under wasm (> 60 s).
func TestBenchmarkDoneWhen(t *testing.T) {
	if testing.Short() || runtime.GOARCH == "wasm" {
		t.Skip("the seven-task benchmark takes ~2 min natively on two cores")
	}
	tb, err := Benchmark(DefaultBenchConfig())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", tb.Markdown())
	if len(tb.Rows) != 7 {
		t.Fatalf("%d rows, want 7", len(tb.Rows))
	}
	var fails []string
	beats := 0
	for _, r := range tb.Rows {
		for m, v := range r.RMSE {
			if !(v >= 0 && !math.IsInf(v, 0)) {
				t.Errorf("%s %s: RMSE %v", r.Task, tb.Methods[m], v)
			}
		}
		task, _ := LookupTask(r.Task)
		if h := MLPWidth(task.Dim, r.Params); r.MLPParams != h*h+(task.Dim+3)*h+1 {
			t.Errorf("%s: MLP has %d parameters, want the closest to the KAN's %d", r.Task, r.MLPParams, r.Params)
		}
		if !(r.SelectRatio <= 1.5) {
			fails = append(fails, r.Task+": select/best "+strconv.FormatFloat(r.SelectRatio, 'g', 3, 64))
		}
		if r.SelectBeatsMLP {
			beats++
		}
	}
	if beats < 5 {
		fails = append(fails, "select beats the MLP on "+strconv.Itoa(beats)+" of 7 (want ≥ 5)")
	}
	if len(fails) > 0 {
		t.Errorf("issue 7 Done-when not met: %s", strings.Join(fails, "; "))
	}
}
