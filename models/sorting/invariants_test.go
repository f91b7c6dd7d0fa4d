package sorting

import (
	"math/rand/v2"
	"testing"
)

// TestInvariants drives many small runs, with random clicks, and after
// every step checks the invariants of §4 and the incremental metrics
// against the pure functions and the literal termination test:
//   - the values stay a permutation of 0..N-1;
//   - in Stuck mode a frozen cell never moves;
//   - Error, Sortedness, Aggregation and AggregationChance equal the pure
//     functions on the current array;
//   - Done (when not capped) implies quiescence, and a quiescent live array
//     is Done after one more step (§2.5, termination.go).
func TestInvariants(t *testing.T) {
	mixes := []string{"bubble", "insertion", "selection", "bubble,selection",
		"bubble,insertion", "insertion,selection", "bubble,insertion,selection"}
	clicks := rand.New(rand.NewPCG(1, 2))
	var vals []int
	var types []Algotype
	var cells, before []Cell
	for _, mix := range mixes {
		for _, damage := range []Damage{Passive, Stuck} {
			for run := range 8 {
				frozen := run % 4
				n := 8 + 4*run
				a := newArray(t, config(t, n, mix, frozen, damage), uint64(100+run))
				name := mix + "/" + damage.String()
				wasQuiet := false
				for step := 0; ; step++ {
					if step%97 == 50 {
						a.Toggle(clicks.IntN(n))
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
					if !isPermutation(vals) {
						t.Fatalf("%s step %d: values %v not a permutation", name, step, vals)
					}
					if damage == Stuck {
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
				if !quiescentOracle(a) {
					t.Errorf("%s: run ended but not quiescent: %s", name, picture(a))
				}
			}
		}
	}
}

// checkMetrics compares the incremental metrics with the pure functions.
func checkMetrics(t *testing.T, a *Array, vals []int, types []Algotype) {
	t.Helper()
	m := a.Metrics()
	var counts [numAlgotypes]int
	for _, ty := range types {
		counts[ty]++
	}
	if m.Error != MonotonicityError(vals) || m.Sortedness != Sortedness(vals) ||
		m.Aggregation != Aggregation(types) || m.AggregationChance != AggregationChance(counts[:]) {
		t.Fatalf("%s: Metrics() = %+v, want Error %d, Sortedness %v, Aggregation %v, chance %v",
			picture(a), m, MonotonicityError(vals), Sortedness(vals), Aggregation(types), AggregationChance(counts[:]))
	}
}
