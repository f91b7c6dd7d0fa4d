package sorting

import (
	"slices"
	"testing"
)

// Ties (§2.1–2.3, §5.4): equal values never swap, the Insertion gate
// passes over equal neighbours, and Selection skips an equal occupant.
func TestTies(t *testing.T) {
	testActivations(t, []activation{
		// name, damage, before, acts, after, changed, swaps, compares, pointer moves, attempts
		{"bubble: equal right neighbour", Passive, "1b 1b 0b", "0>", "1b 1b 0b", false, 0, 0, 0, 0},
		{"bubble: past the tie", Passive, "1b 1b 0b", "1>", "1b 0b 1b", true, 1, 1, 0, 0},
		{"insertion: ties pass the gate", Passive, "0i 1i 1i 0i", "3", "0i 1i 0i 1i", true, 1, 1, 0, 0},
		{"insertion: equal left neighbour: stays", Passive, "0i 1i 1i", "2", "0i 1i 1i", false, 0, 0, 0, 0},
		{"selection: equal occupant: pointer advances", Passive, "1s@0 0s@0 1s@0", "2", "1s@0 0s@0 1s@1", true, 0, 1, 1, 0},
		{"selection: smaller than a copy: swap", Passive, "1s@0 0s@0 1s@0", "1", "0s@0 1s@0 1s@0", true, 1, 1, 0, 0},
	})
}

// Config.Distinct = k gives the values 0..k−1, N/k copies each, shuffled
// by the same stream as the permutation (so k = N is the permutation).
func TestDuplicateValuesReset(t *testing.T) {
	cfg := config(t, 100, "bubble", 0, Passive)
	cfg.Distinct = 10
	a := newArray(t, cfg, 5)
	counts := make([]int, 10)
	for _, v := range a.Values(nil) {
		counts[v]++
	}
	if !slices.Equal(counts, slices.Repeat([]int{10}, 10)) {
		t.Errorf("value counts = %v, want ten copies of 0..9", counts)
	}
	perm := newArray(t, config(t, 100, "bubble", 0, Passive), 5).Values(nil)
	cfg.Distinct = 100
	if got := newArray(t, cfg, 5).Values(nil); !slices.Equal(got, perm) {
		t.Errorf("Distinct = N: values differ from the permutation")
	}
}

// The paper's duplicate setting (§7: ten copies each of ten values, N=100):
// every algotype alone sorts completely (non-strict, §6.2), Bubble and
// Insertion make exactly one swap per strict inversion, and no swap ever
// exchanges equal values.
func TestDuplicatesSort(t *testing.T) {
	for _, mix := range []string{"bubble", "insertion", "selection", "bubble,insertion,selection"} {
		for seed := uint64(1); seed <= 5; seed++ {
			cfg := config(t, 100, mix, 0, Passive)
			cfg.Distinct = 10
			a := newArray(t, cfg, seed)
			inv := uint64(Inversions(a.Values(nil)))
			for a.Step() {
				if i, j, ok := a.LastSwap(); ok && a.cells[i].value == a.cells[j].value {
					t.Fatalf("%s seed %d: swap %d↔%d exchanged equal values %d", mix, seed, i, j, a.cells[i].value)
				}
			}
			m := a.Metrics()
			if m.Error != 0 || m.Sortedness != 100 || !m.Done || m.Capped {
				t.Errorf("%s seed %d: Metrics() = %+v, want sorted, done, not capped", mix, seed, m)
			}
			if (mix == "bubble" || mix == "insertion") && m.Swaps != inv {
				t.Errorf("%s seed %d: Swaps = %d, want Inversions = %d", mix, seed, m.Swaps, inv)
			}
		}
	}
}
