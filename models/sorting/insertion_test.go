package sorting

import (
	"math/rand/v2"
	"testing"
)

// Insertion cells, spec §2.2, §4 and the §6.5 compare counter.
func TestInsertion(t *testing.T) {
	testActivations(t, []activation{
		// name, damage, before, acts, after, changed, swaps, compares, pointer moves, attempts
		{"gate passes: swap left", Passive, "0i 2i 1i", "2", "0i 1i 2i", true, 1, 1, 0, 0},
		{"gate fails: nothing, not counted", Passive, "2i 1i 3i 0i", "3", "2i 1i 3i 0i", false, 0, 0, 0, 0},
		{"gate checks the left side only", Passive, "2i 1i 3i 0i", "1", "1i 2i 3i 0i", true, 1, 1, 0, 0},
		{"left neighbour in order", Passive, "0i 1i", "1", "0i 1i", false, 0, 0, 0, 0},
		{"position 0", Passive, "1i 0i", "0", "1i 0i", false, 0, 0, 0, 0},
		{"equal values never swap", Passive, "1i 1i", "1", "1i 1i", false, 0, 0, 0, 0},
		{"gate waits on other algotypes", Passive, "2b 1s@0 0i", "2", "2b 1s@0 0i", false, 0, 0, 0, 0},
		{"gate passes over sorted other algotypes", Passive, "1b 2s@0 0i", "2", "1b 0i 2s@0", true, 1, 1, 0, 0},
		{"without a frozen cell the gate fails", Passive, "3i 5i 2i 4i 1i", "4", "3i 5i 2i 4i 1i", false, 0, 0, 0, 0},
		{"a frozen cell resets the chain", Passive, "3i 5i* 2i 4i 1i", "4", "3i 5i* 2i 1i 4i", true, 1, 1, 0, 0},
		{"a frozen cell is skipped", Passive, "1i 2i 0i* 3i 2i", "4", "1i 2i 0i* 2i 3i", true, 1, 1, 0, 0},
		{"a descent after the frozen cell still fails", Passive, "1i 0i* 3i 2i 1i", "4", "1i 0i* 3i 2i 1i", false, 0, 0, 0, 0},
		{"passive: swaps with a frozen left neighbour, not counted", Passive, "0i 3i* 1i", "2", "0i 1i 3i*", true, 1, 0, 0, 0},
		{"stuck: frozen left neighbour refused and counted", Stuck, "0i 3i* 1i", "2", "0i 3i* 1i!", false, 0, 0, 0, 1},
		{"stuck: counted once", Stuck, "0i 3i* 1i", "2 2", "0i 3i* 1i!", false, 0, 0, 0, 1},
	})
}

// The cached gate must equal the literal §2.2 scan after any sequence of
// swaps and toggles, in both directions and with duplicate values.
func TestInsertionGateCache(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 400 {
		cfg := config(t, 12, "insertion:2,bubble:1,selection:1", trial%4, Damage(trial%2))
		if trial >= 200 {
			cfg.Directions[Insertion] = Descending
			cfg.Directions[Bubble] = Direction(trial % 3 / 2)
		}
		if trial%5 == 0 {
			cfg.Distinct = 3
		}
		a := newArray(t, cfg, uint64(trial))
		for range 300 {
			if r.IntN(10) == 0 {
				a.Toggle(r.IntN(a.n))
			} else if !a.Step() {
				break
			}
			for p := range a.n {
				if got, want := a.gate(p), gateOracle(a, p); got != want {
					t.Fatalf("trial %d: %s: gate(%d) = %v, want %v", trial, picture(a), p, got, want)
				}
			}
		}
	}
}
