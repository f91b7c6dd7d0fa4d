package sortbatch

// Points is the number of points of a progress curve: progress p = 0..100
// percent (spec §5.2).
const Points = 101

// Curves are the mean ± SD trajectories of a batch against normalised
// progress, one Stat per percent p = 0..100 (spec §5.2). A run with m
// post-swap states contributes, at p, its state number floor((m−1)·p/100)
// (0-based), so p = 0 is the state after the first swap and p = 100 the
// final state. The initial state is not used (spec §1: it is not
// recorded).
//
// Runs with no swaps have no post-swap state and are left out of the
// cell-view curves, as spec §6.3 does for DG ("Runs with no recorded swaps
// are skipped"); likewise runs whose traditional baseline made no swap are
// left out of the traditional curves. A curve over no runs is all zeros.
type Curves struct {
	// Sortedness in percent (§6.2), Error the monotonicity error (§6.1)
	// and Aggregation the fraction of same-type neighbours (§5.2) of the
	// cell-view arrays.
	Sortedness, Error, Aggregation [Points]Stat
	// TradSortedness and TradError are the same for the traditional
	// baseline (§3); all zero unless the batch runs it.
	TradSortedness, TradError [Points]Stat
	// AggregationChance is the expected aggregation of a random
	// arrangement with the batch's type (or label) counts (§5.2), the
	// chance line of the aggregation chart.
	AggregationChance float64
	// Runs and TradRuns are how many runs each set of curves averages.
	Runs, TradRuns int
}

// progressIndex returns the 0-based index of the post-swap state shown at
// progress p percent of a run with m ≥ 1 post-swap states:
// floor((m−1)·p/100) (spec §5.2).
func progressIndex(m, p int) int { return (m - 1) * p / 100 }

// curve accumulates one quantity's per-progress statistics over runs.
type curve [Points]moments

// addFloats adds one run's trajectory xs (one value per post-swap state,
// len(xs) ≥ 1), sampled by progressIndex.
func (c *curve) addFloats(xs []float64) {
	for p := range c {
		c[p].add(xs[progressIndex(len(xs), p)])
	}
}

// addInts is addFloats for an integer trajectory.
func (c *curve) addInts(xs []int) {
	for p := range c {
		c[p].add(float64(xs[progressIndex(len(xs), p)]))
	}
}

// stats writes the curve's statistics into dst.
func (c *curve) stats(dst *[Points]Stat) {
	for p := range c {
		dst[p] = c[p].stat()
	}
}

// peak returns the largest value of a sampled trajectory xs (len ≥ 1) and
// the first progress p where it occurs.
func peak(xs []float64) (value float64, p int) {
	value = xs[progressIndex(len(xs), 0)]
	for q := 1; q < Points; q++ {
		if v := xs[progressIndex(len(xs), q)]; v > value {
			value, p = v, q
		}
	}
	return value, p
}

// meanPeak returns the largest mean of the curve and the first p where it
// occurs.
func meanPeak(s *[Points]Stat) (value float64, p int) {
	value = s[0].Mean
	for q := 1; q < Points; q++ {
		if s[q].Mean > value {
			value, p = s[q].Mean, q
		}
	}
	return value, p
}
