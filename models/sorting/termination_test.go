package sorting

import "testing"

// Without damage every algotype sorts completely; Bubble and Insertion make
// exactly one swap per initial inversion, and Selection's pointers advance
// exactly N(N−1)/2 times (§2.3, §6.5).
func TestNoDamageSorts(t *testing.T) {
	for _, tc := range []struct {
		mix   string
		seeds uint64
	}{{"bubble", 10}, {"insertion", 3}, {"selection", 10}} {
		for seed := uint64(1); seed <= tc.seeds; seed++ {
			a := newArray(t, config(t, 100, tc.mix, 0, Passive), seed)
			inv := uint64(Inversions(a.Values(nil)))
			run(t, a)
			m := a.Metrics()
			if m.Error != 0 || m.Sortedness != 100 || !m.Done || m.Capped {
				t.Fatalf("%s seed %d: Metrics() = %+v, want sorted, done, not capped", tc.mix, seed, m)
			}
			switch tc.mix {
			case "bubble":
				if m.Swaps != inv {
					t.Errorf("bubble seed %d: Swaps = %d, want Inversions = %d", seed, m.Swaps, inv)
				}
			case "insertion":
				if m.Swaps != inv || m.Compares != m.Swaps {
					t.Errorf("insertion seed %d: Swaps, Compares = %d, %d, want %d, %d", seed, m.Swaps, m.Compares, inv, inv)
				}
			case "selection":
				if m.PointerMoves != 4950 || m.Compares != m.Swaps+4950 {
					t.Errorf("selection seed %d: PointerMoves = %d, Compares = %d, want 4950 and Swaps+4950 = %d",
						seed, m.PointerMoves, m.Compares, m.Swaps+4950)
				}
			}
		}
	}
}

// Done comes exactly one activation after the last state change
// (termination.go), and a quiescent start is Done at once.
func TestDoneTiming(t *testing.T) {
	a := newArray(t, config(t, 60, "bubble,insertion,selection", 2, Stuck), 3)
	var last uint64
	prev := a.Cells(nil)
	for a.Step() {
		cur := a.Cells(nil)
		for p := range cur {
			if cur[p].Value != prev[p].Value || cur[p].Pointer != prev[p].Pointer {
				last = a.Activations()
				break
			}
		}
		prev = cur
	}
	if got := a.Activations(); got != last+1 {
		t.Errorf("Activations() at Done = %d, want last change %d + 1", got, last)
	}
	a = build(t, Passive, "0b 1i 2s@2 3b")
	if !a.Done() || a.Step() || a.Activations() != 0 {
		t.Errorf("sorted start: Done() = %v, Activations() = %d, want true, 0", a.Done(), a.Activations())
	}
}

func TestSwapCap(t *testing.T) {
	cfg := config(t, 100, "bubble", 0, Passive)
	cfg.MaxSwaps = 100
	a := newArray(t, cfg, 1)
	run(t, a)
	if m := a.Metrics(); m.Swaps != 100 || !m.Done || !m.Capped || m.Error == 0 {
		t.Errorf("MaxSwaps 100: Metrics() = %+v, want 100 swaps, done and capped", m)
	}
	a.Toggle(0)
	if !a.Done() || a.Step() {
		t.Errorf("capped run: Done() after Toggle = false or Step() = true")
	}
	// Reaching the cap with the last needed swap is not Capped.
	a = newArray(t, config(t, 100, "bubble", 0, Passive), 1)
	cfg.MaxSwaps = Inversions(a.Values(nil))
	a = newArray(t, cfg, 1)
	run(t, a)
	if m := a.Metrics(); !m.Done || m.Capped || m.Error != 0 {
		t.Errorf("MaxSwaps = inversions: Metrics() = %+v, want sorted, done, not capped", m)
	}
}

// Quiescence counts swaps that would displace passive frozen cells (§2.5
// pitfall): the reference's should_move ignores them, this test does not.
func TestPassiveFrozenNotQuiescent(t *testing.T) {
	for _, pic := range []string{"0b 2b* 1b", "0b 2b 1b*", "0i 2i* 1i"} {
		a := build(t, Passive, pic)
		if a.Done() {
			t.Errorf("%s passive: Done() = true, want false", pic)
		}
		b := build(t, Stuck, pic)
		if !b.Done() {
			t.Errorf("%s stuck: Done() = false, want true", pic)
		}
	}
}
