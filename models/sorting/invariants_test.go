package sorting

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestInvariants drives many small runs, with random clicks, and after
// every step checks the invariants of §4 and the incremental metrics
// against the pure functions and the literal termination test (see
// checkRun).
func TestInvariants(t *testing.T) {
	mixes := []string{"bubble", "insertion", "selection", "bubble,selection",
		"bubble,insertion", "insertion,selection", "bubble,insertion,selection"}
	clicks := rand.New(rand.NewPCG(1, 2))
	for _, mix := range mixes {
		for _, damage := range []Damage{Passive, Stuck} {
			for run := range 8 {
				frozen := run % 4
				n := 8 + 4*run
				a := newArray(t, config(t, n, mix, frozen, damage), uint64(100+run))
				checkRun(t, mix+"/"+damage.String(), a, clicks)
			}
		}
	}
}

// TestInvariantsFeatures runs the same checks with the options of issue 3:
// duplicate values, sort directions, labels, schedules and noise.
func TestInvariantsFeatures(t *testing.T) {
	mixes := []string{"bubble", "insertion", "selection", "bubble,insertion,selection"}
	variants := []struct {
		name   string
		change func(*Config)
	}{
		{"duplicates", func(c *Config) { c.Distinct = c.N / 4 }},
		{"all descending", func(c *Config) { c.Directions = [NumAlgotypes]Direction{Descending, Descending, Descending} }},
		{"descending insertion", func(c *Config) { c.Directions[Insertion] = Descending }},
		{"conflicting", func(c *Config) { c.Directions[Bubble], c.Distinct = Descending, c.N/2 }},
		{"labels", func(c *Config) { c.Labels = 3 }},
		{"sweep", func(c *Config) { c.Schedule = Sweep }},
		{"bursty", func(c *Config) { c.Schedule, c.Burst = Bursty, 6 }},
		{"noise", func(c *Config) { c.Noise, c.Schedule = 0.2, Sweep }},
	}
	clicks := rand.New(rand.NewPCG(3, 4))
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			for _, mix := range mixes {
				for _, damage := range []Damage{Passive, Stuck} {
					for run := range 3 {
						cfg := config(t, 8+8*run, mix, run, damage)
						cfg.MaxSwaps = 600 // conflicting and noisy runs end here
						v.change(&cfg)
						checkRun(t, mix+"/"+damage.String(), newArray(t, cfg, uint64(200+run)), clicks)
					}
				}
			}
		})
	}
}

// checkRun steps a to the end, clicking a random cell every 97 steps, and
// after every step checks that
//   - the values keep their multiset (a permutation of 0..N-1 by default);
//   - in Stuck mode a frozen cell never moves;
//   - Error, Sortedness, Aggregation and AggregationChance equal the pure
//     functions on the current array (Aggregation on labels when on);
//   - Done (when not capped) implies quiescence, and a quiescent live array
//     is Done after one more step (§2.5, termination.go).
func checkRun(t *testing.T, name string, a *Array, clicks *rand.Rand) {
	t.Helper()
	want := slices.Sorted(slices.Values(a.InitialValues(nil)))
	var vals, sorted []int
	var types []Algotype
	var cells, before []Cell
	wasQuiet := false
	for step := 0; ; step++ {
		if step%97 == 50 {
			a.Toggle(clicks.IntN(a.n))
			wasQuiet = false
		}
		before = a.Cells(before)
		if !a.Step() {
			break
		}
		if step > 1_000_000 {
			t.Fatalf("%s: no termination", name)
		}
		vals = a.Values(vals)
		types = a.Types(types)
		cells = a.Cells(cells)
		sorted = append(sorted[:0], vals...)
		slices.Sort(sorted)
		if !slices.Equal(sorted, want) {
			t.Fatalf("%s step %d: values %v lost their multiset", name, step, vals)
		}
		if a.cfg.Damage == Stuck {
			for p, c := range before {
				if c.Frozen && cells[p] != c {
					t.Fatalf("%s step %d: frozen cell at %d moved: %+v → %+v", name, step, p, c, cells[p])
				}
			}
		}
		checkMetrics(t, a, vals, types)
		if wasQuiet && !a.Done() {
			t.Fatalf("%s step %d: quiescent before the step, Done() = false after", name, step)
		}
		if a.Done() && !a.Capped() && !quiescentOracle(a) {
			t.Fatalf("%s step %d: Done() but not quiescent: %s", name, step, picture(a))
		}
		wasQuiet = quiescentOracle(a)
	}
	if !a.Capped() && !quiescentOracle(a) {
		t.Errorf("%s: run ended but not quiescent: %s", name, picture(a))
	}
}

// checkMetrics compares the incremental metrics with the pure functions.
func checkMetrics(t *testing.T, a *Array, vals []int, types []Algotype) {
	t.Helper()
	m := a.Metrics()
	var counts [NumAlgotypes]int
	for _, ty := range types {
		counts[ty]++
	}
	agg, chance := Aggregation(types), AggregationChance(counts[:])
	if a.cfg.Labels > 0 {
		cells := a.Cells(nil)
		labels := make([]int, a.cfg.Labels+1)
		for _, c := range cells {
			labels[c.Label]++
		}
		agg, chance = labelAggregation(cells), AggregationChance(labels)
	}
	if m.Error != MonotonicityError(vals) || m.Sortedness != Sortedness(vals) ||
		m.Aggregation != agg || m.AggregationChance != chance {
		t.Fatalf("%s: Metrics() = %+v, want Error %d, Sortedness %v, Aggregation %v, chance %v",
			picture(a), m, MonotonicityError(vals), Sortedness(vals), agg, chance)
	}
}
