package sorting

import (
	"math"
	"testing"
)

// tradConfig returns DefaultConfig with N = 100, the single algotype alg,
// f frozen cells and stuck damage (the §7 settings; the damage mode does
// not matter to a Traditional, §3).
func tradConfig(alg Algotype, f int) Config {
	cfg := DefaultConfig()
	cfg.N = 100
	cfg.Mix = []Share{{Type: alg, Weight: 1}}
	cfg.Frozen = f
	cfg.Damage = Stuck
	return cfg
}

// tradInitial returns a fresh Array for cfg and seed with its initial
// values and frozen flags (InitialValues, InitialFrozen: the state right
// after Reset), from which the side-by-side traditional run starts.
func tradInitial(t testing.TB, cfg Config, seed uint64) (*Array, []int, []bool) {
	t.Helper()
	a, err := New(cfg, seed)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a, a.InitialValues(nil), a.InitialFrozen(nil)
}

// tradTrajectory runs tr to the end and returns its monotonicity error
// after every successful swap (§1, §6.3).
func tradTrajectory(tr *Traditional) []int {
	var errs []int
	for tr.Step() {
		errs = append(errs, tr.Metrics().Error)
	}
	return errs
}

// TestPaperFig4Efficiency checks the traditional cost (comparisons +
// swaps) and the ratio traditional cost ÷ cell-view "compare & swap"
// counter, over 100 runs at N = 100 without damage (seeds 1..100; the
// traditional run starts from each cell-view Array's initial values).
//
// Sources:
//   - Traditional cost: shared/specs/sorting.md §7, "Cross-check" table,
//     from the spec authors' own §3 implementations over 100 runs: Bubble
//     7373, Insertion 5080, Selection 5045. Tolerance 3%: the mean of 100
//     random permutations varies by about 1% (the SD of the inversion count
//     at N = 100 is about 168, so the mean's SD is about 17 swaps).
//   - Ratio: Zhang, Goldstein & Levin (2024) / arXiv:2401.05375, Fig 4
//     ("swaps + comparisons": cell-view about 1.5× fewer for Bubble, 2.03×
//     fewer for Insertion, 1.17× more for Selection, i.e. ratio 0.85), as
//     transcribed in spec §7 [PAPER*]. Tolerance 10% (issue 3, "Done
//     when"), relative to the paper's ratio.
func TestPaperFig4Efficiency(t *testing.T) {
	for _, tc := range []struct {
		alg         Algotype
		cost, ratio float64
	}{
		{Bubble, 7373, 1.5},
		{Insertion, 5080, 2.03},
		{Selection, 5045, 0.85},
	} {
		const runs = 100
		var cost, compares float64
		for seed := uint64(1); seed <= runs; seed++ {
			a, vals, _ := tradInitial(t, tradConfig(tc.alg, 0), seed)
			tr := NewTraditional(tc.alg, vals, nil)
			tr.Run()
			cost += float64(tr.Metrics().Cost)
			for a.Step() {
			}
			if !a.Done() || a.Capped() {
				t.Fatalf("%v seed %d: cell-view run did not finish", tc.alg, seed)
			}
			compares += float64(a.Metrics().Compares)
		}
		cost /= runs
		compares /= runs
		ratio := cost / compares
		t.Logf("%v: traditional cost %.1f (spec %.0f), cell-view compares %.1f, ratio %.3f (paper %.2f)",
			tc.alg, cost, tc.cost, compares, ratio, tc.ratio)
		if math.Abs(cost-tc.cost) > 0.03*tc.cost {
			t.Errorf("%v: mean traditional cost = %.1f, want %.0f ± 3%%", tc.alg, cost, tc.cost)
		}
		if math.Abs(ratio-tc.ratio) > 0.10*tc.ratio {
			t.Errorf("%v: traditional cost ÷ cell-view compares = %.3f, want %.2f ± 10%%", tc.alg, ratio, tc.ratio)
		}
	}
}

// TestTraditionalFrozenFinalError checks the mean final monotonicity error
// of the traditional algorithms with f = 1, 2, 3 frozen positions (the
// Array's frozen cells for seeds 1..100, N = 100; one fault rule for both
// damage modes, §3).
//
// Source: shared/specs/sorting.md §7, notes under "Our reproductions": the
// spec authors' §3 implementations give 1.86/3.62/5.45 (Bubble and
// Insertion) and 8.61/14.17/20.48 (Selection), each the mean of 100 runs.
// The paper's own traditional bars (Fig 5, 2.85/4.71/6.44,
// 2.93/4.65/6.38, 10.80/16.33/21.66) sit about 1 higher; the spec says
// not to chase that offset.
//
// Tolerances:
//   - Bubble and Insertion: ±0.5 on the mean. Both sort each frozen-free
//     stretch, so they end identical; the per-run SD is 0.3–0.8, so the
//     mean of 100 runs has an SD below 0.1, and our frozen positions are
//     drawn differently (distinct positions from our own stream).
//   - Selection: ±0.5 is not attainable. Its final error is
//     heavy-tailed (per-run SD 12–14 at N = 100, so the mean of 100 runs
//     has an SD of about 1.3, and the difference of two such means about
//     1.9). Over 20,000 runs we measured population means 9.1/15.7/20.6,
//     and seeds 1..100 give 8.33/16.13/20.86: f = 2 is 1.96 above the
//     spec's 14.17 although both are plausible 100-run samples. The
//     tolerance is therefore three standard errors of the difference of two
//     100-run means, 3·√2·SD/√100, with SD measured here (about 5.8).
func TestTraditionalFrozenFinalError(t *testing.T) {
	spec := map[Algotype][3]float64{
		Bubble:    {1.86, 3.62, 5.45},
		Insertion: {1.86, 3.62, 5.45},
		Selection: {8.61, 14.17, 20.48},
	}
	for alg := range Algotype(NumAlgotypes) {
		for f := 1; f <= 3; f++ {
			const runs = 100
			var sum, sum2 float64
			for seed := uint64(1); seed <= runs; seed++ {
				_, vals, frozen := tradInitial(t, tradConfig(alg, f), seed)
				tr := NewTraditional(alg, vals, frozen)
				tr.Run()
				e := float64(tr.Metrics().Error)
				sum += e
				sum2 += e * e
			}
			mean := sum / runs
			sd := math.Sqrt(max(0, sum2/runs-mean*mean))
			tol := 0.5
			if alg == Selection {
				tol = 3 * math.Sqrt2 * sd / math.Sqrt(runs)
			}
			want := spec[alg][f-1]
			t.Logf("%v f=%d: mean final error %.2f (SD %.2f; spec §7 %.2f ± %.2f)", alg, f, mean, sd, want, tol)
			if math.Abs(mean-want) > tol {
				t.Errorf("%v f=%d: mean final error = %.2f, want %.2f ± %.2f", alg, f, mean, want, tol)
			}
		}
	}
}

// TestTraditionalDGOrder checks the traditional delayed-gratification
// ranking of spec §3/§7 (Fig 7, traditional bars): with no damage and with
// f = 1..3 stuck frozen cells, the mean DG over 100 runs (N = 100, seeds
// 1..100; runs with no swap skipped, §6.3) is highest for Selection, then
// Insertion, then Bubble, in both DG variants.
//
// Source: Zhang, Goldstein & Levin (2024) / arXiv:2401.05375, Fig 7, via
// shared/specs/sorting.md §3 (the textbook versions "reproduce the paper's
// traditional delayed-gratification bars almost exactly") and §7
// ("Selection has the highest DG overall"). The paper's numbers are
// withheld from the spec, so only the strict ordering is checked (no
// tolerance on values).
func TestTraditionalDGOrder(t *testing.T) {
	for f := 0; f <= 3; f++ {
		for _, v := range []DGVariant{DGMean, DGReference} {
			var means [NumAlgotypes]float64
			for alg := range Algotype(NumAlgotypes) {
				sum, n := 0.0, 0
				for seed := uint64(1); seed <= 100; seed++ {
					_, vals, frozen := tradInitial(t, tradConfig(alg, f), seed)
					errs := tradTrajectory(NewTraditional(alg, vals, frozen))
					if len(errs) == 0 {
						continue
					}
					sum += DelayedGratification(errs, v)
					n++
				}
				means[alg] = sum / float64(n)
			}
			t.Logf("f=%d %v: mean DG bubble %.3f, insertion %.3f, selection %.3f",
				f, v, means[Bubble], means[Insertion], means[Selection])
			if !(means[Selection] > means[Insertion] && means[Insertion] > means[Bubble]) {
				t.Errorf("f=%d %v: mean DG bubble %.3f, insertion %.3f, selection %.3f; want selection > insertion > bubble",
					f, v, means[Bubble], means[Insertion], means[Selection])
			}
		}
	}
}

// TestTraditionalEpisodesMatchDG checks on real traditional trajectories
// that the mean of Episodes' Q is the DGMean score, and the DGReference
// score when the walk does not end on an unrecovered rise.
func TestTraditionalEpisodesMatchDG(t *testing.T) {
	for alg := range Algotype(NumAlgotypes) {
		for seed := uint64(1); seed <= 20; seed++ {
			_, vals, frozen := tradInitial(t, tradConfig(alg, int(seed%4)), seed)
			errs := tradTrajectory(NewTraditional(alg, vals, frozen))
			eps := Episodes(errs)
			sum := 0.0
			for _, e := range eps {
				sum += e.Q
			}
			want := 0.0
			if len(eps) > 0 {
				want = sum / float64(len(eps))
			}
			if got := DelayedGratification(errs, DGMean); got != want {
				t.Errorf("%v seed %d: DGMean = %v, mean of Episodes' Q = %v", alg, seed, got, want)
			}
			ref := DelayedGratification(errs, DGReference)
			if complete := len(eps) == 0 || noRiseAfter(errs, eps[len(eps)-1].End); complete && ref != want {
				t.Errorf("%v seed %d: all pairs complete but DGReference = %v, mean %v", alg, seed, ref, want)
			}
		}
	}
}

// noRiseAfter reports whether errs never rises after index k.
func noRiseAfter(errs []int, k int) bool {
	for i := k + 1; i < len(errs); i++ {
		if errs[i] > errs[i-1] {
			return false
		}
	}
	return true
}
