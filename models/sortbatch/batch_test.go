package sortbatch

import (
	"reflect"
	"testing"

	"bioplay/models/sorting"
)

// TestDeterminism: the same configuration and options give identical
// results, summaries and curves, whatever the budget per Step.
func TestDeterminism(t *testing.T) {
	cfg := config(t, 40, "selection", 2, sorting.Stuck)
	o := Options{Runs: 6, Seed: 11, Traditional: true}
	a, b := newBatch(t, cfg, o), newBatch(t, cfg, o)
	run(t, a, 1<<30)
	run(t, b, 37)
	if !reflect.DeepEqual(a.Results(), b.Results()) {
		t.Errorf("Results differ between budgets:\n%+v\n%+v", a.Results(), b.Results())
	}
	if !reflect.DeepEqual(a.Summary(), b.Summary()) {
		t.Errorf("Summary differs between budgets:\n%+v\n%+v", a.Summary(), b.Summary())
	}
	if !reflect.DeepEqual(a.Curves(), b.Curves()) {
		t.Error("Curves differ between budgets")
	}
	for i, r := range a.Results() {
		if want := o.Seed + uint64(i); r.Seed != want {
			t.Errorf("Results()[%d].Seed = %d, want %d", i, r.Seed, want)
		}
	}
}

// TestStepBudget: no call to Step runs more activations than its budget,
// and the batch's activation count adds up to its runs'.
func TestStepBudget(t *testing.T) {
	for _, budget := range []int{1, 7, 250} {
		b := newBatch(t, config(t, 30, "bubble:1,insertion:1", 1, sorting.Passive), Options{Runs: 4, Seed: 3})
		calls := 0
		for {
			before := b.Activations()
			done := b.Step(budget)
			calls++
			if got := b.Activations() - before; got > uint64(budget) {
				t.Fatalf("budget %d: Step ran %d activations", budget, got)
			}
			if done {
				break
			}
		}
		var sum uint64
		for _, r := range b.Results() {
			sum += r.Activations
		}
		if b.Activations() != sum {
			t.Errorf("budget %d: Activations() = %d, runs sum to %d", budget, b.Activations(), sum)
		}
		if done, runs := b.Progress(); done != 4 || runs != 4 {
			t.Errorf("Progress() = %d, %d, want 4, 4", done, runs)
		}
		if least := int(sum) / budget; calls < least {
			t.Errorf("budget %d: %d calls for %d activations", budget, calls, sum)
		}
	}
	b := newBatch(t, config(t, 30, "bubble", 0, sorting.Passive), Options{Runs: 1})
	if b.Step(0) || b.Activations() != 0 {
		t.Errorf("Step(0) did work")
	}
}

// TestSummaryOracle compares a small batch's Summary and curves with a
// direct loop over sorting.New and sorting.NewTraditional, one per seed,
// summarised the textbook two-pass way.
func TestSummaryOracle(t *testing.T) {
	cfg := config(t, 40, "bubble", 2, sorting.Stuck)
	o := Options{Runs: 8, Seed: 21, Traditional: true, DG: sorting.DGReference}
	b := newBatch(t, cfg, o)
	run(t, b, 1000)

	var fe, sw, cmp, dg, te, tc, tdg, err50 []float64
	for s := o.Seed; s < o.Seed+uint64(o.Runs); s++ {
		a, err := sorting.New(cfg, s)
		if err != nil {
			t.Fatal(err)
		}
		tr := sorting.NewTraditional(sorting.Bubble, a.InitialValues(nil), a.InitialFrozen(nil))
		var errs []int
		for a.Step() {
			if _, _, ok := a.LastSwap(); ok {
				errs = append(errs, a.Metrics().Error)
			}
		}
		m := a.Metrics()
		fe = append(fe, float64(m.Error))
		sw = append(sw, float64(m.Swaps))
		cmp = append(cmp, float64(m.Compares))
		if len(errs) > 0 {
			dg = append(dg, sorting.DelayedGratification(errs, o.DG))
			err50 = append(err50, float64(errs[(len(errs)-1)*50/100]))
		}
		var terrs []int
		for tr.Step() {
			terrs = append(terrs, tr.Metrics().Error)
		}
		tm := tr.Metrics()
		te = append(te, float64(tm.Error))
		tc = append(tc, float64(tm.Cost))
		if len(terrs) > 0 {
			tdg = append(tdg, sorting.DelayedGratification(terrs, o.DG))
		}
	}
	s := b.Summary()
	for _, c := range []struct {
		name      string
		got, want Stat
	}{
		{"FinalError", s.FinalError, twoPass(fe)},
		{"Swaps", s.Swaps, twoPass(sw)},
		{"Compares", s.Compares, twoPass(cmp)},
		{"Cost", s.Cost, twoPass(cmp)},
		{"DG", s.DG, twoPass(dg)},
		{"Traditional.FinalError", s.Traditional.FinalError, twoPass(te)},
		{"Traditional.Cost", s.Traditional.Cost, twoPass(tc)},
		{"Traditional.DG", s.Traditional.DG, twoPass(tdg)},
		{"Curves.Error[50]", b.Curves().Error[50], twoPass(err50)},
	} {
		if !near(c.got, c.want) {
			t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if want := twoPass(tc).Mean / twoPass(cmp).Mean; !near(Stat{Mean: s.Traditional.CostRatio}, Stat{Mean: want}) {
		t.Errorf("CostRatio = %v, want %v", s.Traditional.CostRatio, want)
	}
	if s.Runs != o.Runs {
		t.Errorf("Runs = %d, want %d", s.Runs, o.Runs)
	}
}

// TestNoSwapRunsSkipped: at N = 2 about half the seeds start sorted and
// make no swap; they count in the summary's runs but not in DG or the
// curves (spec §6.3).
func TestNoSwapRunsSkipped(t *testing.T) {
	b := newBatch(t, config(t, 2, "bubble", 0, sorting.Passive), Options{Runs: 20, Seed: 1})
	run(t, b, 100)
	swapped := 0
	for _, r := range b.Results() {
		if r.Swaps > 0 {
			swapped++
		}
	}
	if swapped == 0 || swapped == 20 {
		t.Fatalf("%d of 20 runs swapped; want a mix", swapped)
	}
	if c := b.Curves(); c.Runs != swapped {
		t.Errorf("Curves().Runs = %d, want %d runs with swaps", c.Runs, swapped)
	}
	if b.sum.dg.n != swapped || b.Summary().Runs != 20 {
		t.Errorf("DG over %d runs, summary over %d; want %d and 20", b.sum.dg.n, b.Summary().Runs, swapped)
	}
}

// TestTraditionalOnlySingleAscending: the baseline runs only for one
// ascending algotype (§3).
func TestTraditionalOnlySingleAscending(t *testing.T) {
	o := Options{Runs: 1, Traditional: true}
	if b := newBatch(t, config(t, 20, "bubble:1,selection:1", 0, sorting.Passive), o); b.Traditional() {
		t.Error("a chimera runs the traditional baseline")
	}
	desc := config(t, 20, "insertion", 0, sorting.Passive)
	desc.Directions[sorting.Insertion] = sorting.Descending
	if b := newBatch(t, desc, o); b.Traditional() {
		t.Error("a descending array runs the traditional baseline")
	}
	b := newBatch(t, config(t, 20, "insertion", 0, sorting.Passive), o)
	if !b.Traditional() {
		t.Fatal("a pure Insertion array does not run the baseline")
	}
	run(t, b, 50)
	s := b.Summary()
	if s.Traditional == nil || s.Traditional.FinalError.Mean != 0 || s.Traditional.Swaps.Mean != s.Swaps.Mean {
		t.Errorf("Traditional = %+v; want a sorted baseline with the cell-view swap count (both = inversions)", s.Traditional)
	}
}

// TestNewErrors: bad options and configurations are errors naming the
// parameter.
func TestNewErrors(t *testing.T) {
	good := config(t, 20, "bubble", 0, sorting.Passive)
	bad := good
	bad.N = 1
	for _, c := range []struct {
		cfg  sorting.Config
		o    Options
		want string
	}{
		{good, Options{Runs: 0}, "runs: 0 is out of range [1, 100000]"},
		{good, Options{Runs: MaxRuns + 1}, "runs: 100001 is out of range [1, 100000]"},
		{good, Options{Runs: 1, DG: 7}, "dg: 7 is not one of mean, reference"},
		{bad, Options{Runs: 1}, "n: 1 is out of range [2, 1000]"},
	} {
		if _, err := New(c.cfg, c.o); err == nil || err.Error() != c.want {
			t.Errorf("New(%+v) error = %v, want %q", c.o, err, c.want)
		}
	}
}

// TestStepDoesNotAllocate: once the trajectory buffers have grown, a
// batch without the traditional baseline steps whole runs without
// allocating (the results slice is preallocated up to 1024 runs).
func TestStepDoesNotAllocate(t *testing.T) {
	b := newBatch(t, config(t, 50, "bubble:1,selection:1", 1, sorting.Stuck), Options{Runs: 40, Seed: 5})
	for done, _ := b.Progress(); done < 20; done, _ = b.Progress() {
		b.Step(1000)
	}
	if allocs := testing.AllocsPerRun(10, func() { b.Step(3000) }); allocs != 0 {
		t.Errorf("Step allocates %v times per call", allocs)
	}
	if b.Done() {
		t.Error("the batch finished during the measurement; measure fewer steps")
	}
}
