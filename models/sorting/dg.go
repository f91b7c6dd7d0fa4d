package sorting

// DGVariant selects how DelayedGratification combines the episodes of a
// run (§6.3, step 7). The zero value is DGMean.
type DGVariant uint8

// The two variants of §6.3.
const (
	// DGMean is the mean of q over the complete (rise, fall) pairs, the
	// spec's recommended default ("mean of complete pairs").
	DGMean DGVariant = iota
	// DGReference reproduces the reference code exactly, including its
	// quirk: when the walk ends on a rise with no fall after it, the result
	// is the sum of the q values, not their mean.
	DGReference
)

var dgVariantNames = [...]string{"mean", "reference"}

// String returns "mean" or "reference". Undefined values render as
// "dgvariant(N)".
func (v DGVariant) String() string {
	return enumName(dgVariantNames[:], int(v), "dgvariant")
}

// ParseDGVariant parses "mean" or "reference". Surrounding spaces and
// letter case are ignored. The error is a *ConfigError naming the allowed
// names.
func ParseDGVariant(s string) (DGVariant, error) {
	i, err := parseEnum("dg", s, dgVariantNames[:])
	return DGVariant(i), err
}

// DelayedGratification returns the delayed-gratification score D of one
// run (§6.3) from its error trajectory: errs[k] is the monotonicity error
// after the (k+1)-th successful swap; the initial state is not included
// (§1). It follows the reference algorithm
// (cell_research analysis/delay_gratification_analysis_for_not_move.py,
// avg_wandering_range):
//
//  1. take the trajectory e_1..e_m;
//  2. collapse runs of equal values (plateaus vanish);
//  3. merge neighbouring differences of the same sign into signed runs;
//  4. skip the runs before the first rise (a positive run); if there is no
//     rise, or it is the last run, D = 0;
//  5. walk the runs in (w > 0, −r < 0) pairs from that rise, q = (r − w)/w,
//     negative values kept;
//  6. D is the mean of the q values;
//  7. except in DGReference when the walk ends on a rise with no fall after
//     it: then D is the sum of the q values (the reference's quirk).
//     DGMean always returns the mean of the complete pairs.
//
// An empty or constant trajectory gives 0. Undefined variants behave as
// DGMean. DelayedGratification does not allocate.
func DelayedGratification(errs []int, v DGVariant) float64 {
	sum, n := 0.0, 0
	w := episodeWalker{trends: trendScanner{errs: errs}}
	for e, ok := w.next(); ok; e, ok = w.next() {
		sum += e.Q
		n++
	}
	if n == 0 {
		return 0 // no rise, or the first rise is the last run (step 4)
	}
	if w.pending && v == DGReference {
		return sum // step 7: the reference returns the running sum
	}
	return sum / float64(n)
}

// Episode is one rise of the monotonicity error (a worsening, w > 0)
// together with the fall right after it (r > 0), the pair that §6.3 scores
// as q = (r − w)/w. Positions are indices into the trajectory given to
// Episodes (errs[k] is the error after swap k+1).
//
// Our choice of positions, with plateaus collapsed as §6.3 does: Start is
// the last index at the level the rise leaves, Peak the first index at the
// top of the rise, End the first index at the bottom of the fall. So
// errs[Peak] − errs[Start] = W and errs[Peak] − errs[End] = R; a chart
// shades the trajectory entries Start..End, and consecutive episodes never
// overlap (the next Start is at or after this End).
type Episode struct {
	Start, Peak, End int
	W, R             int     // rise and fall sizes, both > 0
	Q                float64 // (R − W)/W; > 0 when the array ends better than before the detour
}

// Episodes returns the complete (rise, fall) pairs that
// DelayedGratification averages, in order, with their positions in errs.
// A final rise with no fall after it is not an episode. With v = DGMean,
// DelayedGratification(errs) is the mean of the returned Q values (0 when
// there are none); with DGReference too unless the walk ends on an
// unrecovered rise. Episodes returns nil when there is no episode.
func Episodes(errs []int) []Episode {
	var out []Episode
	w := episodeWalker{trends: trendScanner{errs: errs}}
	for e, ok := w.next(); ok; e, ok = w.next() {
		out = append(out, e)
	}
	return out
}

// episodeWalker walks the complete pairs of §6.3 steps 4–5. After next
// returns false, pending reports that the walk stopped on a rise without a
// fall after it (the case of step 7).
type episodeWalker struct {
	trends  trendScanner
	rise    trend // the rise waiting for its fall, when pending
	pending bool
}

// next returns the next complete pair, or ok = false at the end.
func (w *episodeWalker) next() (e Episode, ok bool) {
	for {
		r, ok := w.trends.next()
		if !ok {
			return Episode{}, false
		}
		switch {
		case w.pending: // the fall after the rise (runs alternate in sign)
			w.pending = false
			rise, fall := w.rise.delta, -r.delta
			return Episode{Start: w.rise.from, Peak: w.rise.to, End: r.to, W: rise, R: fall,
				Q: float64(fall-rise) / float64(rise)}, true
		case r.delta > 0: // a rise: the first one, or one after a fall
			w.rise, w.pending = r, true
		}
		// A fall before the first rise is skipped (step 4).
	}
}

// trend is one signed run of §6.3 step 3: the error goes from errs[from]
// to errs[to] monotonically, ignoring plateaus; delta = errs[to] −
// errs[from] ≠ 0. from is the last index at the starting level and to the
// first index at the final level.
type trend struct{ from, to, delta int }

// trendScanner yields the signed runs of errs (§6.3 steps 2–3) in order;
// k is the index where the next run starts (possibly on a plateau).
type trendScanner struct {
	errs []int
	k    int
}

// plateauEnd returns the last index of the plateau of errs starting at k.
func (s *trendScanner) plateauEnd(k int) int {
	for k+1 < len(s.errs) && s.errs[k+1] == s.errs[k] {
		k++
	}
	return k
}

// next returns the next run, or ok = false at the end.
func (s *trendScanner) next() (r trend, ok bool) {
	errs := s.errs
	if len(errs) == 0 {
		return trend{}, false
	}
	from := s.plateauEnd(s.k)
	if from+1 >= len(errs) {
		return trend{}, false
	}
	up := errs[from+1] > errs[from]
	to := from + 1
	for {
		m := s.plateauEnd(to)
		if m+1 >= len(errs) || (errs[m+1] > errs[m]) != up {
			break
		}
		to = m + 1
	}
	s.k = to
	return trend{from: from, to: to, delta: errs[to] - errs[from]}, true
}
