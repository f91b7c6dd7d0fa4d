package swimmer

import (
	"testing"
)

// Issue 4's learning check: ES (pop 16, σ 0.1, Adam lr 0.05, seed 1) on
// NCAP's 4 shared weights raises swimmer6's return by ≥ 50 within 256
// training episodes (16 generations), straight start; the MLP (2×32) with
// the same budget stays far below NCAP.
func TestTrainNCAPvsMLP(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	cfg := DefaultTrainConfig()
	const generations = 16
	tr, err := NewTrainer(b, mustNCAP(t, DefaultNCAPConfig(5)), cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	tr.RunGenerations(generations + 1)
	nc := tr.Curve()
	if tr.Episodes() != 256 {
		t.Errorf("Episodes() = %d, want 256", tr.Episodes())
	}
	m, _ := NewMLP(MLPConfig{Links: 6, Hidden: DefaultHidden(), Seed: 1})
	tm, err := NewTrainer(b, m, cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	tm.RunGenerations(generations + 1)
	mc := tm.Curve()
	t.Logf("NCAP curve %.1f, θ %.4f", nc, tr.Theta())
	t.Logf("MLP  curve %.1f", mc)
	if gain := nc[generations] - nc[0]; gain < 50 {
		t.Errorf("NCAP gain after 256 episodes = %.1f, want ≥ 50", gain)
	}
	if _, best := tm.Best(); best > nc[0]/2 {
		t.Errorf("MLP best = %.1f, want far below NCAP's %.1f", best, nc[0])
	}
}

// Same seed → same curve, however the work is sliced; random starts.
func TestTrainerDeterminism(t *testing.T) {
	b := mustBody(t, 4, DefaultDensity)
	cfg := DefaultTrainConfig()
	cfg.EpisodeSteps, cfg.Start, cfg.ES.Pop, cfg.EvalStarts = 60, StartRandom, 4, 2
	run := func(slice int) []float64 {
		tr, err := NewTrainer(b, mustNCAP(t, DefaultNCAPConfig(3)), cfg, 9)
		if err != nil {
			t.Fatal(err)
		}
		for len(tr.Curve()) < 4 {
			if got := tr.Work(slice); got != slice {
				t.Fatalf("Work(%d) = %d", slice, got)
			}
		}
		return tr.Curve()[:4]
	}
	a, c := run(7), run(1000)
	for i := range a {
		if a[i] != c[i] {
			t.Errorf("curve[%d] = %v sliced by 7, %v by 1000", i, a[i], c[i])
		}
	}
}

func TestTrainerErrors(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	cfg := DefaultTrainConfig()
	if _, err := NewTrainer(b, NewZero(5), cfg, 1); err == nil {
		t.Error("training a controller without parameters: no error")
	}
	cfg.ES.Pop = 3
	if _, err := NewTrainer(b, mustNCAP(t, DefaultNCAPConfig(5)), cfg, 1); err == nil || err.Error() != "pop: 3 must be even and in [2, 65536]" {
		t.Errorf("odd population: error = %v", err)
	}
}
