package kan

import (
	"fmt"
	"math"
	"testing"
	"time"

	"bioplay/models/learn"
)

// sliceCase is one training setup that Work must reproduce bit for bit.
type sliceCase struct {
	name   string
	task   string
	basis  Basis
	steps  int
	train  func(c *TrainConfig)
	before func(t *testing.T, x *Trainer, step int) // called before each step
}

// sliceCases cover the grid schedule (every case updates its grid at
// steps 1, 6 and 11), the select phases and their switch, snapped edges,
// the sparsity penalty, mini-batches, classification and NaN pauses.
var sliceCases = []sliceCase{
	{name: "bspline", task: "expsin", basis: BSpline, steps: 12},
	{name: "select", task: "expsin", basis: Select, steps: 10, train: func(c *TrainConfig) {
		c.SelectFull, c.SelectSelective = 3, 3 // full, selective, the switch before step 7, prune
	}},
	{name: "select-deep", task: "tanh3d", basis: Select, steps: 8, train: func(c *TrainConfig) {
		c.SelectFull, c.SelectSelective, c.Lambda, c.Batch = 2, 3, 0.01, 50
	}},
	{name: "snapped", task: "expsin", basis: BSpline, steps: 12, before: func(t *testing.T, x *Trainer, step int) {
		if step == 2 {
			if _, err := x.Snap(0, 1, 2, "x^2"); err != nil {
				t.Fatal(err)
			}
			if _, err := x.Snap(1, 3, 0, "0"); err != nil {
				t.Fatal(err)
			}
		}
	}},
	{name: "lambda", task: "expsin", basis: BSpline, steps: 12, train: func(c *TrainConfig) { c.Lambda = 0.05 }},
	{name: "mini-batch", task: "expsin", basis: Cheby, steps: 12, train: func(c *TrainConfig) { c.Batch = 64 }},
	{name: "classify", task: "moons", basis: Fourier, steps: 12},
	{name: "nan-parameter", task: "expsin", basis: BSpline, steps: 8, before: func(t *testing.T, x *Trainer, step int) {
		if step == 4 {
			x.net.layers[1].coef[7] = math.NaN()
		}
	}},
	{name: "nan-diverge", task: "expsin", basis: BSpline, steps: 40, train: func(c *TrainConfig) {
		c.Optimizer, c.LR, c.GridUpdate = learn.SGD, 1e4, false
	}},
}

// newSliceRun returns a trainer for c on 300 training and 100 test points.
func newSliceRun(t *testing.T, c sliceCase) *Trainer {
	t.Helper()
	task, err := LookupTask(c.task)
	if err != nil {
		t.Fatal(err)
	}
	tr, te, err := MakeData(c.task, 300, 100, 0.01, 1)
	if err != nil {
		t.Fatal(err)
	}
	nc := DefaultConfig()
	nc.Shape, nc.Basis = task.Shape, c.basis
	if task.Classification {
		nc.Loss = learn.BCE
	}
	n, err := New(nc, 1)
	if err != nil {
		t.Fatal(err)
	}
	tc := DefaultTrainConfig()
	if c.train != nil {
		c.train(&tc)
	}
	x, err := NewTrainer(n, tr, te, tc, 1)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// sliceState is everything that must match bit for bit: every parameter
// group, the loss, the metrics, the step count and the error.
func sliceState(x *Trainer) []string {
	var s []string
	for li, l := range x.net.layers {
		for g, pg := range l.groups() {
			bits := make([]uint64, len(pg[0]))
			for k, v := range pg[0] {
				bits[k] = math.Float64bits(v)
			}
			s = append(s, fmt.Sprintf("layer %d group %d: %x", li, g, bits))
		}
	}
	bits := func(v float64) uint64 { return math.Float64bits(v) }
	return append(s,
		fmt.Sprintf("loss %x", bits(x.Loss())),
		fmt.Sprintf("train RMSE %x, test RMSE %x", bits(x.TrainRMSE()), bits(x.TestRMSE())),
		fmt.Sprintf("accuracy %x %x", bits(x.TrainAccuracy()), bits(x.TestAccuracy())),
		fmt.Sprintf("steps %d, phase %v, grid %d, err %v", x.Steps(), x.Phase(), x.net.Grid(), x.Err()))
}

// sameState fails t where a and b differ.
func sameState(t *testing.T, what string, a, b []string) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%s: %d values vs %d", what, len(a), len(b))
	}
	for k := range a {
		if a[k] != b[k] {
			t.Fatalf("%s: %s\nwant %s", what, b[k], a[k])
		}
	}
}

// workSteps takes steps by Work pieces of at most rows rows, up to want
// steps in all or until training pauses, and in between measures the
// metrics (Measure, in pieces as large) and reads the network, as the
// page does.
func workSteps(t *testing.T, x *Trainer, c sliceCase, want, rows int) {
	t.Helper()
	for x.Steps() < want && x.Err() == nil {
		if c.before != nil {
			c.before(t, x, x.Steps())
		}
		for {
			done, stepped, err := x.Work(rows)
			if done > rows {
				t.Fatalf("Work(%d) did %d rows", rows, done)
			}
			x.Measure(rows)
			x.net.Predict(make([]float64, x.dim))
			if stepped || err != nil {
				break
			}
		}
	}
}

// Work in pieces of any size reproduces Step bit for bit: parameters,
// loss, metrics, phase, grid, step count and NaN pauses, with the metrics
// measured in pieces and the network read between the pieces.
func TestWorkMatchesStep(t *testing.T) {
	for _, c := range sliceCases {
		t.Run(c.name, func(t *testing.T) {
			ref := newSliceRun(t, c)
			for ref.Steps() < c.steps && ref.Err() == nil {
				if c.before != nil {
					c.before(t, ref, ref.Steps())
				}
				ref.Step()
			}
			want := sliceState(ref)
			if c.name[:3] == "nan" && ref.Err() == nil {
				t.Fatalf("%s: training did not pause", c.name)
			}
			for _, rows := range []int{1, 7, 333, math.MaxInt} {
				x := newSliceRun(t, c)
				workSteps(t, x, c, c.steps, rows)
				sameState(t, fmt.Sprintf("pieces of %d rows", rows), want, sliceState(x))
			}
		})
	}
}

// A change between the pieces of a step acts between steps: SetConfig
// waits for the step in progress to end (Config reports it at once), and
// Refine, Snap and Prune first finish it.
func TestWorkAcrossChanges(t *testing.T) {
	c := sliceCase{name: "changes", task: "expsin", basis: BSpline}
	c2 := DefaultTrainConfig()
	c2.LR, c2.Batch, c2.Lambda, c2.Optimizer = 0.005, 40, 0.01, learn.SGD
	act := []func(t *testing.T, x *Trainer){
		func(t *testing.T, x *Trainer) {
			if err := x.SetConfig(c2); err != nil {
				t.Fatal(err)
			}
		},
		func(t *testing.T, x *Trainer) {
			if err := x.Refine(10); err != nil {
				t.Fatal(err)
			}
		},
		func(t *testing.T, x *Trainer) {
			if _, err := x.Snap(0, 0, 1, "sin"); err != nil {
				t.Fatal(err)
			}
		},
		func(t *testing.T, x *Trainer) {
			if _, err := x.Prune(0.05); err != nil {
				t.Fatal(err)
			}
		},
	}
	ref := newSliceRun(t, c)
	x := newSliceRun(t, c)
	for k, a := range act {
		for range 3 {
			ref.Step()
		}
		a(t, ref)
		for range 2 {
			x.Step()
		}
		for p := 0; p < 5+k; p++ { // into the grid update or the passes
			if _, stepped, _ := x.Work(10); stepped {
				t.Fatal("the step ended before the change")
			}
		}
		a(t, x)
		if k == 0 && x.Config() != c2 {
			t.Errorf("Config during the step = %+v, want the new one", x.Config())
		}
		for x.Steps() < 3*(k+1) {
			x.Step()
		}
		sameState(t, fmt.Sprintf("change %d", k), sliceState(ref), sliceState(x))
	}
}

// BenchmarkWorkPiece measures Work as the page runs it (ui/kanlab,
// work.go): select [2,5,1], G=5 on 1000 expsin points at the default
// settings, grid updates included (the first 60 steps of a run), in
// frames of 3.5 ms (the 4 ms budget less the views' eighth) with each
// piece of rows sized to the frame's time left from the measured cost of
// a row (at first 20 µs; at once up, a sixteenth down; at least 32 rows).
// It reports the most expensive piece of any kind (rows, a grid refit,
// the phase schedule) and the longest frame, after one untimed run (under
// wasm the engine compiles the code on its first runs; the page pays that
// once).
func BenchmarkWorkPiece(b *testing.B) {
	tr, _, err := MakeData("expsin", 1000, 1, 0, 1)
	if err != nil {
		b.Fatal(err)
	}
	c := DefaultConfig()
	c.Basis = Select
	var worstPiece, worstFrame float64
	run := func() {
		n, err := New(c, 1)
		if err != nil {
			b.Fatal(err)
		}
		x, err := NewTrainer(n, tr, nil, DefaultTrainConfig(), 1)
		if err != nil {
			b.Fatal(err)
		}
		const budget, minRows = 3.5e-3, 32
		perRow := 20e-6
		for x.Steps() < 60 {
			frame := 0.0
			for first := true; first || frame < budget; first = false {
				rows := max(minRows, int((budget-frame)/perRow))
				t0 := time.Now()
				done, _, err := x.Work(rows)
				d := time.Since(t0).Seconds()
				if err != nil {
					b.Fatal(err)
				}
				if per := d / float64(max(done, 1)); done > 0 && per >= perRow {
					perRow = per
				} else if done > 0 {
					perRow -= (perRow - per) / 16
				}
				frame += d
				worstPiece = max(worstPiece, d)
			}
			worstFrame = max(worstFrame, frame)
		}
	}
	run()
	worstPiece, worstFrame = 0, 0
	for b.Loop() {
		run()
	}
	b.ReportMetric(worstPiece*1e3, "ms/piece")
	b.ReportMetric(worstFrame*1e3, "ms/frame")
}
