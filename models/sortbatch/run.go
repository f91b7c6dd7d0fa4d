package sortbatch

import "bioplay/models/sorting"

// RunResult is the outcome of one run of a batch.
type RunResult struct {
	// Seed is the run's seed: Options.Seed + r − 1 for run r = 1, 2, ….
	Seed uint64
	// FinalError, Sortedness and Aggregation are the final monotonicity
	// error (§6.1), sortedness in percent (§6.2) and aggregation value
	// (§5.2) of the cell-view array.
	FinalError  int
	Sortedness  float64
	Aggregation float64
	// Swaps, Activations, Compares and FrozenAttempts are the cell-view
	// counters at the end of the run (§6.5, §4).
	Swaps, Activations, Compares, FrozenAttempts uint64
	// DG is delayed gratification (§6.3) of the post-swap error trajectory,
	// in Options.DG; 0 when the run made no swap.
	DG float64
	// AggPeak is the largest value of the run's aggregation curve sampled
	// at progress p = 0..100 (§5.2), and AggPeakProgress the first p where
	// it occurs. Our choice: a run with no swap has no curve; its AggPeak
	// is its (unchanged) aggregation value, at progress 0.
	AggPeak         float64
	AggPeakProgress int
	// Capped reports a run stopped by the swap cap while cells could still
	// move (§2.5).
	Capped bool
	// TradError, TradSwaps, TradCost (comparisons + swaps) and TradDG are
	// the traditional baseline's results (§3) on the run's initial values
	// and frozen cells; all zero unless the batch runs the baseline.
	TradError           int
	TradSwaps, TradCost uint64
	TradDG              float64
}

// trajectory records the state after every swap of one run (§1: the
// initial state is not recorded). Its slices are reused from run to run,
// so recording allocates only while they grow past their largest length
// so far.
type trajectory struct {
	errs   []int     // monotonicity error after swap k+1
	sorted []float64 // sortedness (percent) after swap k+1
	agg    []float64 // aggregation after swap k+1; unused for traditional runs
}

// reset empties the trajectory, keeping its storage.
func (t *trajectory) reset() {
	t.errs, t.sorted, t.agg = t.errs[:0], t.sorted[:0], t.agg[:0]
}

// len returns the number of recorded post-swap states.
func (t *trajectory) len() int { return len(t.errs) }

// recordCells appends the cell-view state m.
func (t *trajectory) recordCells(m *sorting.Metrics) {
	t.errs = append(t.errs, m.Error)
	t.sorted = append(t.sorted, m.Sortedness)
	t.agg = append(t.agg, m.Aggregation)
}

// recordTraditional appends the traditional state m.
func (t *trajectory) recordTraditional(m *sorting.TraditionalMetrics) {
	t.errs = append(t.errs, m.Error)
	t.sorted = append(t.sorted, m.Sortedness)
}
