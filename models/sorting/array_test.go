package sorting

import (
	"slices"
	"strings"
	"testing"
)

func TestResetInitialState(t *testing.T) {
	cfg := config(t, 100, "bubble:1,insertion:1,selection:1", 3, Stuck)
	a := newArray(t, cfg, 42)
	cells := a.Cells(nil)
	if len(cells) != 100 {
		t.Fatalf("len(Cells) = %d, want 100", len(cells))
	}
	vals := a.Values(nil)
	if !isPermutation(vals) {
		t.Errorf("Values() = %v, not a permutation of 0..99", vals)
	}
	var counts [NumAlgotypes]int
	frozen := 0
	for p, c := range cells {
		counts[c.Type]++
		if c.Frozen {
			frozen++
		}
		if c.Type == Selection && c.Pointer != 0 {
			t.Errorf("cell %d: Selection pointer = %d, want 0", p, c.Pointer)
		}
		if c.Type != Selection && c.Pointer != -1 {
			t.Errorf("cell %d: %v pointer = %d, want -1", p, c.Type, c.Pointer)
		}
	}
	if want := [NumAlgotypes]int{34, 33, 33}; counts != want {
		t.Errorf("type counts = %v, want %v", counts, want)
	}
	if frozen != 3 {
		t.Errorf("frozen cells = %d, want 3", frozen)
	}
	m := a.Metrics()
	if m.Swaps != 0 || m.Activations != 0 || m.Done {
		t.Errorf("fresh Metrics() = %+v", m)
	}
	// Reset with the same seed rebuilds the same array after a run.
	run(t, a)
	a.Reset(42)
	if got := a.Cells(nil); !slices.Equal(got, cells) {
		t.Errorf("Reset(42) gave a different initial array")
	}
	if m := a.Metrics(); m.Swaps != 0 || m.Activations != 0 || m.FrozenAttempts != 0 {
		t.Errorf("Metrics() after Reset = %+v, want zero counters", m)
	}
}

// Separate random streams: the mix and the frozen count do not change the
// initial values for a seed.
func TestStreamsIndependent(t *testing.T) {
	base := newArray(t, config(t, 50, "bubble", 0, Passive), 9).Values(nil)
	for _, cfg := range []Config{
		config(t, 50, "insertion:1,selection:3", 0, Passive),
		config(t, 50, "bubble", 5, Stuck),
	} {
		if got := newArray(t, cfg, 9).Values(nil); !slices.Equal(got, base) {
			t.Errorf("mix %s, frozen %d: initial values changed", FormatMix(cfg.Mix), cfg.Frozen)
		}
	}
}

func TestDeterminism(t *testing.T) {
	cfg := config(t, 40, "bubble:1,insertion:1,selection:1", 2, Passive)
	trace := func(seed uint64) []int {
		a := newArray(t, cfg, seed)
		out := a.Values(nil)
		for a.Step() {
			i, j, ok := a.LastSwap()
			if ok {
				out = append(out, i, j)
			}
		}
		m := a.Metrics()
		return append(out, int(m.Activations), int(m.Compares), int(m.PointerMoves))
	}
	a, b := trace(5), trace(5)
	if !slices.Equal(a, b) {
		t.Errorf("same seed: trajectories differ")
	}
	if c := trace(6); slices.Equal(a, c) {
		t.Errorf("seeds 5 and 6: identical trajectories")
	}
}

func TestLastSwap(t *testing.T) {
	a := build(t, Passive, "0s@0 2s@0 1s@0")
	if _, _, ok := a.LastSwap(); ok {
		t.Errorf("LastSwap() after build: ok = true")
	}
	a.activate(2, false) // 1 ≥ 0 at its pointer: the pointer advances
	if _, _, ok := a.LastSwap(); ok {
		t.Errorf("LastSwap() after a pointer move: ok = true")
	}
	a.activate(2, false) // pointer 1 holds 2 > 1: swap 2 ↔ 1
	if i, j, ok := a.LastSwap(); i != 2 || j != 1 || !ok {
		t.Errorf("LastSwap() = %d, %d, %v, want 2, 1, true", i, j, ok)
	}
	// Step clears it when its activation swaps nothing.
	a = build(t, Passive, "0b 1b 3b 2b")
	for a.Step() {
	}
	if _, _, ok := a.LastSwap(); ok {
		t.Errorf("LastSwap() after the final no-op step: ok = true")
	}
}

func TestCellsWaiting(t *testing.T) {
	a := build(t, Passive, "0i 2i 1i 3i 9i* 4b")
	var got []bool
	for _, c := range a.Cells(nil) {
		got = append(got, c.Waiting)
	}
	// Positions 3 and 4 see the descent 2 > 1; the frozen cell never waits,
	// and Bubble cells never wait.
	want := []bool{false, false, false, true, false, false}
	if !slices.Equal(got, want) {
		t.Errorf("Waiting = %v, want %v", got, want)
	}
}

func TestToggle(t *testing.T) {
	// A stuck run ends unsorted around its frozen cells; unfreezing them
	// lets it finish sorting.
	a := newArray(t, config(t, 30, "bubble", 3, Stuck), 4)
	run(t, a)
	if a.Metrics().Error == 0 {
		t.Fatalf("seed 4 sorts fully; the test needs a run that ends unsorted")
	}
	var frozen []int
	for p, c := range a.Cells(nil) {
		if c.Frozen {
			frozen = append(frozen, p)
		}
	}
	a.Toggle(frozen[0])
	if a.Done() {
		t.Fatalf("Done() after unfreezing position %d = true, want false", frozen[0])
	}
	for _, p := range frozen[1:] {
		a.Toggle(p)
	}
	run(t, a)
	if m := a.Metrics(); m.Error != 0 || !m.Done || m.Capped {
		t.Errorf("after unfreezing all: Metrics() = %+v, want sorted and done", m)
	}

	// Freezing every cell stops the run at once.
	a = newArray(t, config(t, 5, "bubble", 0, Passive), 1)
	for p := range 5 {
		a.Toggle(p)
	}
	if !a.Done() || a.Step() {
		t.Errorf("all frozen: Done() = %v, want true and Step() false", a.Done())
	}
}

func TestTogglePanics(t *testing.T) {
	for _, pos := range []int{-1, 10} {
		func() {
			defer func() {
				r := recover()
				if s, ok := r.(string); !ok || !strings.HasPrefix(s, "sorting: ") {
					t.Errorf("Toggle(%d) panic = %v, want a \"sorting: \" message", pos, r)
				}
			}()
			newArray(t, config(t, 10, "bubble", 0, Passive), 1).Toggle(pos)
		}()
	}
}

// Live toggles recorded as Edits replay exactly.
func TestEditsReplay(t *testing.T) {
	cfg := config(t, 30, "bubble:1,insertion:1,selection:1", 1, Passive)
	live := newArray(t, cfg, 11)
	clicks := map[uint64]int{0: 3, 7: 5, 40: 5, 41: 12, 300: 0}
	var edits []Edit
	var liveTrace []int
	for {
		if p, ok := clicks[live.Activations()]; ok {
			live.Toggle(p)
			edits = append(edits, Edit{At: live.Activations(), Pos: p})
			delete(clicks, live.Activations())
		}
		if !live.Step() {
			break
		}
		liveTrace = live.Values(liveTrace)
	}
	cfg.Edits = edits
	replay := newArray(t, cfg, 11)
	if !replay.Cells(nil)[3].Frozen {
		t.Errorf("edit at At=0 not applied by Reset")
	}
	var replayTrace []int
	for replay.Step() {
		replayTrace = replay.Values(replayTrace)
	}
	if live.Metrics() != replay.Metrics() || !slices.Equal(live.Cells(nil), replay.Cells(nil)) {
		t.Errorf("replay differs:\nlive   %+v\nreplay %+v", live.Metrics(), replay.Metrics())
	}
	// Reset replays the edits again from the start.
	replay.Reset(11)
	run(t, replay)
	if live.Metrics() != replay.Metrics() || !slices.Equal(live.Cells(nil), replay.Cells(nil)) {
		t.Errorf("replay after Reset differs:\nlive   %+v\nreplay %+v", live.Metrics(), replay.Metrics())
	}
}

func TestNoAllocs(t *testing.T) {
	for _, s := range []Schedule{Uniform, Sweep, Bursty} {
		cfg := config(t, 100, "bubble:1,insertion:1,selection:1", 2, Stuck)
		cfg.Schedule, cfg.Labels, cfg.Noise, cfg.Distinct = s, 2, 0.01, 20
		a := newArray(t, cfg, 1)
		cells := make([]Cell, 0, 100)
		vals := make([]int, 0, 100)
		types := make([]Algotype, 0, 100)
		frozen := make([]bool, 0, 100)
		seed := uint64(1)
		allocs := testing.AllocsPerRun(100, func() {
			if !a.Step() {
				seed++
				a.Reset(seed)
			}
			cells = a.Cells(cells)
			vals = a.Values(vals)
			types = a.Types(types)
			vals = a.InitialValues(vals)
			frozen = a.InitialFrozen(frozen)
			_ = a.Metrics()
		})
		if allocs != 0 {
			t.Errorf("%v: Step, Reset and reads allocate %v times per run, want 0", s, allocs)
		}
	}
}

// InitialValues and InitialFrozen give the state right after Reset, edits
// at At == 0 included, whatever happens later; Seed gives its seed.
func TestInitialState(t *testing.T) {
	cfg := config(t, 30, "bubble,selection", 2, Passive)
	cfg.Edits = []Edit{{At: 0, Pos: 3}, {At: 10, Pos: 5}}
	a := newArray(t, cfg, 6)
	vals := a.Values(nil)
	var frozen []bool
	for _, c := range a.Cells(nil) {
		frozen = append(frozen, c.Frozen)
	}
	if !frozen[3] {
		t.Fatalf("edit at At=0 not applied")
	}
	run(t, a)
	if got := a.InitialValues(nil); !slices.Equal(got, vals) {
		t.Errorf("InitialValues() = %v, want %v", got, vals)
	}
	if got := a.InitialFrozen(nil); !slices.Equal(got, frozen) {
		t.Errorf("InitialFrozen() = %v, want %v", got, frozen)
	}
	if a.Seed() != 6 {
		t.Errorf("Seed() = %d, want 6", a.Seed())
	}
	a.Reset(7)
	if got := a.InitialValues(nil); a.Seed() != 7 || !slices.Equal(got, a.Values(nil)) {
		t.Errorf("after Reset(7): Seed() = %d, InitialValues() = %v, want 7, %v", a.Seed(), got, a.Values(nil))
	}
}

// isPermutation reports whether v holds each of 0..len(v)-1 once.
func isPermutation(v []int) bool {
	seen := make([]bool, len(v))
	for _, x := range v {
		if x < 0 || x >= len(v) || seen[x] {
			return false
		}
		seen[x] = true
	}
	return true
}

// BenchmarkRun runs whole N=100 runs without damage, one per iteration,
// each from a fresh seed, and reports throughput in swaps and activations
// per second of benchmark time.
func BenchmarkRun(b *testing.B) {
	for _, mix := range []string{"bubble", "insertion", "selection"} {
		b.Run(mix, func(b *testing.B) {
			a := newArray(b, config(b, 100, mix, 0, Passive), 1)
			var swaps, acts uint64
			seed := uint64(0)
			b.ReportAllocs()
			for b.Loop() {
				seed++
				a.Reset(seed)
				for a.Step() {
				}
				swaps += a.swaps
				acts += a.activations
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(swaps)/s, "swaps/s")
			b.ReportMetric(float64(acts)/s, "activations/s")
		})
	}
}

// BenchmarkOptions is BenchmarkRun/bubble with one option of issue 3 each:
// duplicate values, conflicting directions (capped at 15,000 swaps), the
// sweep and bursty schedules, and noise (capped at 15,000 swaps).
func BenchmarkOptions(b *testing.B) {
	for _, o := range []struct {
		name   string
		change func(*Config)
	}{
		{"10x10", func(c *Config) { c.Distinct = 10 }},
		{"conflicting", func(c *Config) {
			c.Mix = []Share{{Bubble, 1}, {Selection, 1}}
			c.Directions[Bubble], c.MaxSwaps = Descending, 15000
		}},
		{"sweep", func(c *Config) { c.Schedule = Sweep }},
		{"bursty", func(c *Config) { c.Schedule = Bursty }},
		{"noise", func(c *Config) { c.Noise, c.MaxSwaps = 0.01, 15000 }},
	} {
		b.Run(o.name, func(b *testing.B) {
			cfg := config(b, 100, "bubble", 0, Passive)
			o.change(&cfg)
			a := newArray(b, cfg, 1)
			var acts uint64
			seed := uint64(0)
			b.ReportAllocs()
			for b.Loop() {
				seed++
				a.Reset(seed)
				for a.Step() {
				}
				acts += a.activations
			}
			b.ReportMetric(float64(acts)/b.Elapsed().Seconds(), "activations/s")
		})
	}
}
