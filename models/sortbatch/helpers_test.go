package sortbatch

import (
	"math"
	"strconv"
	"testing"

	"bioplay/models/sorting"
)

// config returns the default configuration with n cells of the given mix,
// f frozen cells and damage d.
func config(t testing.TB, n int, mix string, f int, d sorting.Damage) sorting.Config {
	t.Helper()
	c := sorting.DefaultConfig()
	c.N = n
	m, err := sorting.ParseMix(mix)
	if err != nil {
		t.Fatal(err)
	}
	c.Mix, c.Frozen, c.Damage = m, f, d
	return c
}

// newBatch is New that fails the test on error.
func newBatch(t testing.TB, cfg sorting.Config, o Options) *Batch {
	t.Helper()
	b, err := New(cfg, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return b
}

// run steps b to the end with the given budget per call.
func run(t testing.TB, b *Batch, budget int) {
	t.Helper()
	for i := 0; !b.Step(budget); i++ {
		if i > 1e9 {
			t.Fatal("batch never finished")
		}
	}
}

// twoPass returns the mean and population SD of xs the textbook way, the
// oracle for the Welford accumulators.
func twoPass(xs []float64) Stat {
	if len(xs) == 0 {
		return Stat{}
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	mean := s / float64(len(xs))
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return Stat{Mean: mean, SD: math.Sqrt(ss / float64(len(xs)))}
}

// near reports whether two stats agree to a relative 1e-9.
func near(a, b Stat) bool {
	close := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(y)) }
	return close(a.Mean, b.Mean) && close(a.SD, b.SD)
}

// runCondition runs a figure condition to the end, with runs runs (0 keeps
// the condition's default), and returns its batch.
func runCondition(t testing.TB, c Condition, runs int) *Batch {
	t.Helper()
	v, err := c.Values()
	if err == nil && runs > 0 {
		err = v.Set("runs", strconv.Itoa(runs))
	}
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewFromValues(v)
	if err != nil {
		t.Fatal(err)
	}
	run(t, b, 1<<30)
	return b
}
