package sortbatch

// Summary condenses the finished runs of a batch: mean and population SD
// (ddof = 0, §6.7) of each per-run number, the aggregation peak of the mean
// curve and the count of capped runs.
type Summary struct {
	// Runs is the number of finished runs the summary covers.
	Runs int
	// FinalError and Sortedness are the final monotonicity error (§6.1)
	// and sortedness in percent (§6.2).
	FinalError, Sortedness Stat
	// Swaps, Activations, Compares and FrozenAttempts are the counters of
	// §6.5 and §4 at the end of each run.
	Swaps, Activations, Compares Stat
	// Cost is the cell-view cost the paper sets against traditional
	// comparisons + swaps: the "compare & swap" counter of §6.5, so it
	// equals Compares; it is kept under its own name to line up with
	// TraditionalSummary.Cost.
	Cost Stat
	// DG is delayed gratification (§6.3) of each run's error trajectory,
	// in the batch's DG variant, over the runs with at least one swap
	// (§6.3: runs with no recorded swaps are skipped).
	DG             Stat
	FrozenAttempts Stat
	// AggPeak is the largest value of the mean aggregation curve and the
	// progress p (percent, 0..100) where it first occurs (§5.2); zero when
	// no run swapped.
	AggPeak struct {
		Value    float64
		Progress int
	}
	// Capped counts the runs stopped by the swap cap while cells could
	// still move (§2.5), the "oscillating" runs of mixed directions.
	Capped int
	// Traditional summarises the traditional baseline (§3); nil unless
	// the batch runs it (see Batch.Traditional).
	Traditional *TraditionalSummary
}

// TraditionalSummary condenses the traditional (top-down) runs of a batch
// (§3): the same arrays, initial values and frozen cells as the cell-view
// runs.
type TraditionalSummary struct {
	FinalError Stat // final monotonicity error (§6.1)
	Swaps      Stat // successful swaps
	Cost       Stat // comparisons + swaps (§3, §6.5)
	// DG is delayed gratification of the traditional error trajectory, over
	// the runs whose baseline made at least one swap (§6.3).
	DG Stat
	// CostRatio is mean traditional cost ÷ mean cell-view Compares, the
	// efficiency ratio of Fig 4 (§7: 1.5 Bubble, 2.03 Insertion, 0.85
	// Selection); 0 when the cell-view mean is 0.
	CostRatio float64
}

// totals accumulates the per-run numbers behind a Summary as runs finish,
// so Summary costs O(Points) whatever the number of runs.
type totals struct {
	runs, capped                                                     int
	finalError, sortedness, swaps, activations, compares, dg, frozen moments
	tradError, tradSwaps, tradCost, tradDG                           moments
}

// add folds one finished run into the totals; trad says whether the batch
// runs the traditional baseline.
func (t *totals) add(r *RunResult, trad bool) {
	t.runs++
	if r.Capped {
		t.capped++
	}
	t.finalError.add(float64(r.FinalError))
	t.sortedness.add(r.Sortedness)
	t.swaps.add(float64(r.Swaps))
	t.activations.add(float64(r.Activations))
	t.compares.add(float64(r.Compares))
	t.frozen.add(float64(r.FrozenAttempts))
	if r.Swaps > 0 {
		t.dg.add(r.DG)
	}
	if !trad {
		return
	}
	t.tradError.add(float64(r.TradError))
	t.tradSwaps.add(float64(r.TradSwaps))
	t.tradCost.add(float64(r.TradCost))
	if r.TradSwaps > 0 {
		t.tradDG.add(r.TradDG)
	}
}

// summary builds the Summary; agg is the mean aggregation curve.
func (t *totals) summary(agg *[Points]Stat, trad bool) Summary {
	s := Summary{
		Runs:           t.runs,
		FinalError:     t.finalError.stat(),
		Sortedness:     t.sortedness.stat(),
		Swaps:          t.swaps.stat(),
		Activations:    t.activations.stat(),
		Compares:       t.compares.stat(),
		Cost:           t.compares.stat(),
		DG:             t.dg.stat(),
		FrozenAttempts: t.frozen.stat(),
		Capped:         t.capped,
	}
	s.AggPeak.Value, s.AggPeak.Progress = meanPeak(agg)
	if trad {
		ts := &TraditionalSummary{
			FinalError: t.tradError.stat(),
			Swaps:      t.tradSwaps.stat(),
			Cost:       t.tradCost.stat(),
			DG:         t.tradDG.stat(),
		}
		if s.Compares.Mean > 0 {
			ts.CostRatio = ts.Cost.Mean / s.Compares.Mean
		}
		s.Traditional = ts
	}
	return s
}

// Keys lists the names Summary.Value accepts, in table order. They are
// also the keys of Condition.Paper.
func Keys() []string {
	return []string{"runs", "final_error", "sortedness", "swaps", "activations", "compares", "cost",
		"dg", "frozen_attempts", "agg_peak", "agg_peak_progress", "capped",
		"traditional_final_error", "traditional_swaps", "traditional_cost", "traditional_dg", "cost_ratio"}
}

// Value returns the summary number named key (see Keys): the mean of a
// Stat, or the plain value of Runs, Capped, the aggregation peak and the
// cost ratio. The traditional keys are false when the batch has no
// baseline; unknown keys are false too. The page and the CLI set these
// beside a Condition's Paper values.
func (s Summary) Value(key string) (float64, bool) {
	switch key {
	case "runs":
		return float64(s.Runs), true
	case "final_error":
		return s.FinalError.Mean, true
	case "sortedness":
		return s.Sortedness.Mean, true
	case "swaps":
		return s.Swaps.Mean, true
	case "activations":
		return s.Activations.Mean, true
	case "compares":
		return s.Compares.Mean, true
	case "cost":
		return s.Cost.Mean, true
	case "dg":
		return s.DG.Mean, true
	case "frozen_attempts":
		return s.FrozenAttempts.Mean, true
	case "agg_peak":
		return s.AggPeak.Value, true
	case "agg_peak_progress":
		return float64(s.AggPeak.Progress), true
	case "capped":
		return float64(s.Capped), true
	}
	t := s.Traditional
	if t == nil {
		return 0, false
	}
	switch key {
	case "traditional_final_error":
		return t.FinalError.Mean, true
	case "traditional_swaps":
		return t.Swaps.Mean, true
	case "traditional_cost":
		return t.Cost.Mean, true
	case "traditional_dg":
		return t.DG.Mean, true
	case "cost_ratio":
		return t.CostRatio, true
	}
	return 0, false
}
