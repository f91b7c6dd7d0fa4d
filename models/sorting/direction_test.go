package sorting

import (
	"slices"
	"testing"
)

// Descending cells, spec §2.1–2.3 and §2.6: the mirrored Bubble and
// Insertion tests, the Insertion gate in the Insertion cell's direction,
// and Selection pointers that start at N−1 and step −1 with the same
// value tests.
func TestDescendingActivations(t *testing.T) {
	testActivations(t, []activation{
		// name, damage, before, acts, after, changed, swaps, compares, pointer moves, attempts
		{"bubble: right neighbour bigger: swap", Passive, "1bv 2bv 0bv", "0>", "2bv 1bv 0bv", true, 1, 1, 0, 0},
		{"bubble: left neighbour smaller: swap", Passive, "1bv 2bv", "1<", "2bv 1bv", true, 1, 1, 0, 0},
		{"bubble: in descending order: not counted", Passive, "2bv 1bv 0bv", "1< 1>", "2bv 1bv 0bv", false, 0, 0, 0, 0},
		{"bubble: drawn side in order, still counted", Passive, "0bv 2bv 1bv", "1>", "0bv 2bv 1bv", false, 0, 1, 0, 0},
		{"bubble: equal values never swap", Passive, "1bv 1bv", "0> 1<", "1bv 1bv", false, 0, 0, 0, 0},
		{"bubble: displaces an ascending Selection cell", Passive, "0bv 1s@1", "0>", "1s@1 0bv", true, 1, 1, 0, 0},
		{"bubble: stuck, frozen neighbour refused", Stuck, "0bv 1bv*", "0>", "0bv! 1bv*", false, 0, 0, 0, 1},

		{"insertion: gate passes: swap left", Passive, "2iv 0iv 1iv", "2", "2iv 1iv 0iv", true, 1, 1, 0, 0},
		{"insertion: left side ascends somewhere: gate fails", Passive, "0iv 2iv 1iv 3iv", "3", "0iv 2iv 1iv 3iv", false, 0, 0, 0, 0},
		{"insertion: ties pass the gate", Passive, "2iv 2iv 1iv 3iv", "3", "2iv 2iv 3iv 1iv", true, 1, 1, 0, 0},
		{"insertion: left neighbour bigger: stays", Passive, "3iv 1iv", "1", "3iv 1iv", false, 0, 0, 0, 0},
		{"insertion: own direction applied to other algotypes", Passive, "2b 1s@0 3iv", "2", "2b 3iv 1s@0", true, 1, 1, 0, 0},
		{"insertion: other algotypes in ascending order block it", Passive, "1b 2s@0 3iv", "2", "1b 2s@0 3iv", false, 0, 0, 0, 0},
		// Our choice (§2.2): "no previous value" after a frozen cell; the
		// reference's reset to −1 would fail this gate.
		{"insertion: a frozen cell restarts the chain", Passive, "0iv 5iv* 3iv 2iv 4iv", "4",
			"0iv 5iv* 3iv 4iv 2iv", true, 1, 1, 0, 0},
		{"insertion: an ascent after the frozen cell fails", Passive, "0iv 5iv* 2iv 3iv 4iv", "4",
			"0iv 5iv* 2iv 3iv 4iv", false, 0, 0, 0, 0},
		{"insertion: stuck, frozen left neighbour refused", Stuck, "3iv 1iv* 2iv", "2", "3iv 1iv* 2iv!", false, 0, 0, 0, 1},

		{"selection: smaller than the occupant: jumps right", Passive, "1sv@2 0sv@2 2sv@2", "0", "2sv@2 0sv@2 1sv@2", true, 1, 1, 0, 0},
		{"selection: not smaller: pointer steps left", Passive, "2sv@2 0sv@2 1sv@2", "0", "2sv@1 0sv@2 1sv@2", true, 0, 1, 1, 0},
		{"selection: equal: pointer steps left", Passive, "1sv@1 1sv@1", "0", "1sv@0 1sv@1", true, 0, 1, 1, 0},
		{"selection: at its pointer: nothing", Passive, "2sv@0 1sv@1", "1", "2sv@0 1sv@1", false, 0, 0, 0, 0},
		{"selection: pointer off the left end: idle", Passive, "1sv@-1 0sv@1", "0", "1sv@-1 0sv@1", false, 0, 0, 0, 0},
		{"selection: frozen at the pointer, passive: skip and swap", Passive, "1sv@1 5sv*@1", "0", "5sv*@1 1sv@0", true, 1, 1, 1, 0},
		{"selection: frozen at the pointer, stuck: skip, refuse, count", Stuck, "1sv@1 5sv*@1", "0", "1sv!@0 5sv*@1", true, 0, 1, 1, 1},
	})
}

// Reset gives each cell its algotype's direction; descending Selection
// pointers start at N−1 (§2.3).
func TestResetDirections(t *testing.T) {
	cfg := config(t, 30, "bubble,insertion,selection", 0, Passive)
	cfg.Directions[Selection] = Descending
	cfg.Directions[Bubble] = Descending
	a := newArray(t, cfg, 3)
	for p, c := range a.Cells(nil) {
		if c.Dir != cfg.Directions[c.Type] {
			t.Errorf("cell %d: %v Dir = %v, want %v", p, c.Type, c.Dir, cfg.Directions[c.Type])
		}
		if c.Type == Selection && c.Pointer != 29 {
			t.Errorf("cell %d: descending Selection pointer = %d, want 29", p, c.Pointer)
		}
	}
	// The initial values and types do not depend on the directions.
	b := newArray(t, config(t, 30, "bubble,insertion,selection", 0, Passive), 3)
	if !slices.Equal(a.Values(nil), b.Values(nil)) || !slices.Equal(a.Types(nil), b.Types(nil)) {
		t.Errorf("directions changed the initial array")
	}
}

// Every algotype alone sorts fully in descending order, with unique and
// with duplicate values; the metrics still score ascending order (§6.2).
func TestDescendingSorts(t *testing.T) {
	for _, mix := range []string{"bubble", "insertion", "selection", "bubble,insertion"} {
		for _, distinct := range []int{0, 10} {
			for seed := uint64(1); seed <= 3; seed++ {
				cfg := config(t, 100, mix, 0, Passive)
				cfg.Distinct = distinct
				cfg.Directions = [NumAlgotypes]Direction{Descending, Descending, Descending}
				a := newArray(t, cfg, seed)
				run(t, a)
				v := a.Values(nil)
				slices.Reverse(v)
				want := 99
				if distinct > 0 {
					want = distinct - 1
				}
				if m := a.Metrics(); !slices.IsSorted(v) || m.Error != want || !m.Done || m.Capped {
					t.Errorf("%s distinct %d seed %d: %s; Metrics() = %+v, want descending with Error %d",
						mix, distinct, seed, picture(a), m, want)
				}
			}
		}
	}
}

// Conflicting goals (§2.5, §5.4): descending Bubble with ascending
// Selection, 50/50, N=100, oscillates for ever; the spec's simulation saw
// all 20 of its runs reach the 15,000-swap cap.
func TestMixedDirectionsHitCap(t *testing.T) {
	cfg := config(t, 100, "bubble:50,selection:50", 0, Passive)
	cfg.Directions[Bubble] = Descending
	cfg.MaxSwaps = 15000
	for seed := uint64(1); seed <= 20; seed++ {
		a := newArray(t, cfg, seed)
		run(t, a)
		if m := a.Metrics(); !m.Done || !m.Capped || m.Swaps != 15000 {
			t.Errorf("seed %d: Metrics() = %+v, want capped at 15000 swaps", seed, m)
		}
	}
}
