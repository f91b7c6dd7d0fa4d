package sorting

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Sweep (§2.4) activates every non-frozen cell exactly once per round,
// following cells as they move, including passive frozen cells displaced
// onto other positions. Values are unique, so a value names its cell.
func TestSweepRounds(t *testing.T) {
	cfg := config(t, 13, "bubble,selection", 3, Passive)
	cfg.Schedule = Sweep
	a := newArray(t, cfg, 2)
	var active []int
	for _, c := range a.Cells(nil) {
		if !c.Frozen {
			active = append(active, c.Value)
		}
	}
	slices.Sort(active)
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 50 {
		var got []int
		for range active {
			p, _ := a.sweep()
			if a.cells[p].frozen {
				t.Fatalf("round %d: sweep picked frozen position %d", round, p)
			}
			got = append(got, a.cells[p].value)
			a.swap(r.IntN(a.n), r.IntN(a.n)) // cells move between turns
		}
		slices.Sort(got)
		if !slices.Equal(got, active) {
			t.Fatalf("round %d: activated %v, want each of %v once", round, got, active)
		}
	}
}

// Bursty (§2.4): the drawn cell runs Burst activations in a row, followed
// as it swaps, and over many bursts every non-frozen cell gets its turn.
func TestBurstRuns(t *testing.T) {
	const burst = 5
	cfg := config(t, 20, "bubble,selection", 2, Passive)
	cfg.Schedule, cfg.Burst = Bursty, burst
	a := newArray(t, cfg, 3)
	seen := map[int]bool{}
	var runCell int
	for k := range 400 * burst {
		p, right := a.burst()
		v := a.cells[p].value
		if k%burst == 0 {
			runCell = v
		} else if v != runCell {
			t.Fatalf("activation %d: cell %d in the burst of cell %d", k, v, runCell)
		}
		seen[v] = true
		a.lastOK = false // as Step does
		a.activate(p, right)
	}
	if len(seen) != 18 {
		t.Errorf("%d cells activated, want all 18 non-frozen", len(seen))
	}
}

// trace records a whole run: the initial values, every swap, and the final
// counters.
func trace(t *testing.T, cfg Config, seed uint64) []int {
	t.Helper()
	a := newArray(t, cfg, seed)
	out := a.Values(nil)
	for a.Step() {
		if i, j, ok := a.LastSwap(); ok {
			out = append(out, i, j)
		}
	}
	m := a.Metrics()
	return append(out, int(m.Activations), int(m.Compares), int(m.PointerMoves), m.Error)
}

// Every schedule is a deterministic function of Config and seed, and one
// Step is one activation.
func TestSchedulesDeterministic(t *testing.T) {
	base := config(t, 40, "bubble,insertion,selection", 2, Passive)
	base.Edits = []Edit{{At: 30, Pos: 5}}
	uniform := trace(t, base, 5)
	for _, s := range []Schedule{Sweep, Bursty} {
		cfg := base
		cfg.Schedule = s
		a, b := trace(t, cfg, 5), trace(t, cfg, 5)
		if !slices.Equal(a, b) {
			t.Errorf("%v: same seed, different runs", s)
		}
		if slices.Equal(a, trace(t, cfg, 6)) || slices.Equal(a, uniform) {
			t.Errorf("%v: the run does not depend on the seed or the schedule", s)
		}
		arr := newArray(t, cfg, 5)
		for n := uint64(1); arr.Step(); n++ {
			if arr.Activations() != n {
				t.Fatalf("%v: %d Steps made %d activations", s, n, arr.Activations())
			}
		}
	}
	// A burst of one is the uniform schedule.
	cfg := base
	cfg.Schedule, cfg.Burst = Bursty, 1
	if !slices.Equal(trace(t, cfg, 5), uniform) {
		t.Errorf("Bursty with Burst 1 differs from Uniform")
	}
}

// Every schedule sorts every algotype without damage, Bubble and Insertion
// with one swap per inversion (§6.5).
func TestSchedulesSort(t *testing.T) {
	for _, s := range []Schedule{Sweep, Bursty} {
		for _, mix := range []string{"bubble", "insertion", "selection", "bubble,insertion,selection"} {
			cfg := config(t, 100, mix, 0, Passive)
			cfg.Schedule, cfg.Burst = s, 10
			a := newArray(t, cfg, 1)
			inv := uint64(Inversions(a.Values(nil)))
			run(t, a)
			m := a.Metrics()
			if m.Error != 0 || !m.Done || m.Capped {
				t.Errorf("%v %s: Metrics() = %+v, want sorted", s, mix, m)
			}
			if (mix == "bubble" || mix == "insertion") && m.Swaps != inv {
				t.Errorf("%v %s: Swaps = %d, want %d", s, mix, m.Swaps, inv)
			}
		}
	}
}
