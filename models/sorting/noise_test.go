package sorting

import (
	"math"
	"slices"
	"testing"
)

// A flipped comparison (§2.1 hook) happens with probability Noise: an
// ordered pair swaps at rate Noise, a disordered one at rate 1 − Noise,
// equal values never.
func TestNoiseFlipRate(t *testing.T) {
	const noise, trials = 0.2, 20000
	cfg := config(t, 2, "bubble", 0, Passive)
	cfg.Noise = noise
	a := newArray(t, cfg, 1)
	for _, tc := range []struct {
		left, right int
		want        float64
	}{{0, 1, noise}, {1, 0, 1 - noise}, {1, 1, 0}} {
		swaps := 0
		for range trials {
			a.cells[0].value, a.cells[1].value = tc.left, tc.right
			a.recount()
			if a.bubble(0, true) {
				swaps++
			}
		}
		// The binomial SD of the rate is at most 0.0035.
		if got := float64(swaps) / trials; math.Abs(got-tc.want) > 0.015 {
			t.Errorf("values %d, %d: swap rate %.4f, want %.2f", tc.left, tc.right, got, tc.want)
		}
	}
}

// Noisy runs are deterministic per seed, never swap equal values and end
// only at the swap cap; without Bubble cells noise draws nothing and
// changes nothing.
func TestNoiseRuns(t *testing.T) {
	cfg := config(t, 50, "bubble,insertion", 1, Passive)
	cfg.Noise, cfg.Distinct, cfg.MaxSwaps = 0.1, 5, 4000
	if a, b := trace(t, cfg, 3), trace(t, cfg, 3); !slices.Equal(a, b) {
		t.Errorf("same seed: noisy runs differ")
	}
	quiet := cfg
	quiet.Noise = 0
	if slices.Equal(trace(t, cfg, 3), trace(t, quiet, 3)) {
		t.Errorf("noise 0.1 made no difference")
	}
	a := newArray(t, cfg, 3)
	for a.Step() {
		if i, j, ok := a.LastSwap(); ok && a.cells[i].value == a.cells[j].value {
			t.Fatalf("swap %d↔%d exchanged equal values", i, j)
		}
	}
	if m := a.Metrics(); !m.Capped || m.Swaps != 4000 {
		t.Errorf("noisy run: Metrics() = %+v, want capped at 4000 swaps", m)
	}

	sel := config(t, 50, "selection", 2, Stuck)
	noisy := sel
	noisy.Noise = 0.5
	if !slices.Equal(trace(t, sel, 4), trace(t, noisy, 4)) {
		t.Errorf("Selection run changed by Bubble noise")
	}
}

// With noise, quiescence means no Bubble cell has a swappable neighbour of
// a different value.
func TestNoiseQuiescence(t *testing.T) {
	for _, tc := range []struct {
		damage  Damage
		picture string
		done    bool
	}{
		{Passive, "1b 1b 1b", true},
		{Passive, "0b 1b 2b", false},
		{Stuck, "0b 1b* 2b*", true},
		{Passive, "0b 1b* 2b*", false},
		{Passive, "0s@0 1s@1 2i", true},
	} {
		a := build(t, tc.damage, tc.picture)
		a.noisy, a.noiseCut = true, 1<<62
		a.evaluate()
		if a.Done() != tc.done || quiescentOracle(a) != tc.done {
			t.Errorf("%v %s with noise: Done() = %v, oracle %v, want %v", tc.damage, tc.picture, a.Done(), quiescentOracle(a), tc.done)
		}
	}
}
