package sorting

import "strconv"

// Traditional is the textbook top-down ("traditional") sorting algorithm of
// spec §3, run on a fixed array with the §3 frozen rule, one successful
// swap per Step so that its trajectory can be recorded and drawn beside a
// cell-view Array (the §1 recording: one state after every successful
// swap). It always sorts in ascending order.
//
// The three algorithms (§3):
//
//   - Bubble: passes i = 0, 1, …, N−1; pass i compares a[j] with a[j+1] for
//     j = 0..N−2−i and swaps when a[j] > a[j+1]; it stops after a pass
//     without a swap.
//   - Insertion (swap-based): for i = 1..N−1, j = i; while j > 0 and
//     a[j−1] > a[j], swap them and decrement j.
//   - Selection: for i = 0..N−2, m = the first index of the minimum of
//     a[i..N−1]; if m ≠ i, swap a[i] and a[m].
//
// Frozen rule (§3, one rule for both damage modes): a swap that involves a
// frozen position is skipped and the loops continue. In Bubble a skipped
// swap does not count for the early-exit flag; in Insertion it ends that
// element's inner loop. Frozen positions therefore never change.
//
// Cost counters (§3, §6.5): Comparisons counts one per value comparison in
// the loops, Swaps the successful swaps. Our choice: a comparison whose
// swap is then skipped because of a frozen position still counts, since
// the values were compared before the frozen rule applied.
//
// A Traditional is not safe for concurrent use. Its run is a deterministic
// function of its inputs; Step does not allocate.
type Traditional struct {
	alg    Algotype
	vals   []int
	frozen []bool

	// Loop state: the outer index i and the inner index j of the
	// algorithm's loops, and Bubble's "swapped in this pass" flag.
	i, j    int
	swapped bool

	swaps, comparisons uint64
	errors             int // monotonicity error, kept incrementally (§6.1)
	done               bool

	lastI, lastJ int
	lastOK       bool
}

// TraditionalMetrics is a snapshot of a Traditional run's counters and
// scores (§3, §6).
type TraditionalMetrics struct {
	Swaps       uint64  // successful swaps
	Comparisons uint64  // value comparisons made by the loops
	Cost        uint64  // Comparisons + Swaps, the paper's traditional cost (§6.5)
	Error       int     // monotonicity error, 0..N−1 (§6.1)
	Sortedness  float64 // percent, non-strict, 0..100 (§6.2)
	Done        bool    // see Traditional.Done
}

// NewTraditional returns the traditional algorithm alg (Bubble, Insertion
// or Selection) ready to sort a copy of values, with the positions where
// frozen is true frozen. It copies both inputs. Our choice: a nil frozen
// means no frozen positions. It panics with a "sorting: …" message when
// frozen is non-nil and its length differs from len(values), or when alg
// is not a defined Algotype.
func NewTraditional(alg Algotype, values []int, frozen []bool) *Traditional {
	if int(alg) >= NumAlgotypes {
		panic("sorting: NewTraditional: undefined " + alg.String())
	}
	if frozen != nil && len(frozen) != len(values) {
		panic("sorting: NewTraditional: len(frozen) = " + strconv.Itoa(len(frozen)) +
			", want len(values) = " + strconv.Itoa(len(values)))
	}
	t := &Traditional{
		alg:    alg,
		vals:   append([]int(nil), values...),
		frozen: make([]bool, len(values)),
	}
	copy(t.frozen, frozen)
	t.errors = MonotonicityError(t.vals)
	switch alg {
	case Insertion:
		t.i, t.j = 1, 1
	}
	return t
}

// Algotype returns the algorithm this Traditional runs.
func (t *Traditional) Algotype() Algotype { return t.alg }

// N returns the number of positions.
func (t *Traditional) N() int { return len(t.vals) }

// Step runs the algorithm's comparisons up to and including its next
// successful swap and returns true. When no swap is left it runs the
// remaining comparisons (for example Bubble's final pass without a swap),
// marks the run Done and returns false without changing the values; every
// later call returns false and changes nothing. One Step costs at most
// O(N²) comparisons (a Selection run whose swaps are all refused), usually
// O(N).
func (t *Traditional) Step() bool {
	if t.done {
		return false
	}
	t.lastOK = false
	var ok bool
	switch t.alg {
	case Bubble:
		ok = t.bubble()
	case Insertion:
		ok = t.insertion()
	default:
		ok = t.selection()
	}
	if !ok {
		t.done = true
	}
	return ok
}

// bubble continues the Bubble loops of §3 to the next successful swap.
// t.i is the pass, t.j the next j to compare, t.swapped the early-exit flag.
func (t *Traditional) bubble() bool {
	n := len(t.vals)
	for t.i < n {
		for t.j <= n-2-t.i {
			j := t.j
			t.j++
			t.comparisons++
			if t.vals[j] > t.vals[j+1] {
				if t.frozen[j] || t.frozen[j+1] {
					continue // refused: not a swap for the early exit (§3)
				}
				t.swap(j, j+1)
				t.swapped = true
				return true
			}
		}
		if !t.swapped {
			return false // a pass without a swap: early exit
		}
		t.i++
		t.j = 0
		t.swapped = false
	}
	return false
}

// insertion continues the swap-based Insertion loops of §3 to the next
// successful swap. t.i is the element being inserted, t.j its position.
func (t *Traditional) insertion() bool {
	n := len(t.vals)
	for t.i < n {
		if j := t.j; j > 0 {
			t.comparisons++
			if t.vals[j-1] > t.vals[j] && !t.frozen[j-1] && !t.frozen[j] {
				t.swap(j-1, j)
				t.j--
				return true
			}
			// In order, or refused: a refused swap ends this element's
			// inner loop (§3).
		}
		t.i++
		t.j = t.i
	}
	return false
}

// selection continues the Selection loop of §3 to the next successful
// swap. t.i is the next position to fill.
func (t *Traditional) selection() bool {
	n := len(t.vals)
	for t.i < n-1 {
		i := t.i
		t.i++
		m := i
		for k := i + 1; k < n; k++ {
			t.comparisons++
			if t.vals[k] < t.vals[m] { // strict: the first occurrence wins
				m = k
			}
		}
		if m != i && !t.frozen[i] && !t.frozen[m] {
			t.swap(i, m)
			return true
		}
	}
	return false
}

// swap exchanges the values at lo < hi and updates the counters, the
// monotonicity error and the last swap.
func (t *Traditional) swap(lo, hi int) {
	ks, m := affected(lo, hi)
	before := t.pairErrors(ks[:m])
	t.vals[lo], t.vals[hi] = t.vals[hi], t.vals[lo]
	t.errors += t.pairErrors(ks[:m]) - before
	t.swaps++
	t.lastI, t.lastJ, t.lastOK = lo, hi, true
}

// pairErrors counts the pairs k in ks (neighbours k−1, k inside the array)
// that are out of order (§6.1).
func (t *Traditional) pairErrors(ks []int) int {
	e := 0
	for _, k := range ks {
		if k >= 1 && k < len(t.vals) && t.vals[k] < t.vals[k-1] {
			e++
		}
	}
	return e
}

// Run steps to the end of the algorithm.
func (t *Traditional) Run() {
	for t.Step() {
	}
}

// Done reports whether the algorithm has finished: a Step found no further
// swap. It becomes true on the Step that returns false, one Step after the
// last swap.
func (t *Traditional) Done() bool { return t.done }

// Values appends the N values in position order to dst[:0] and returns
// the result. It does not allocate when cap(dst) ≥ N.
func (t *Traditional) Values(dst []int) []int { return append(dst[:0], t.vals...) }

// Frozen appends the N frozen flags in position order to dst[:0] and
// returns the result. They never change during a run. It does not
// allocate when cap(dst) ≥ N.
func (t *Traditional) Frozen(dst []bool) []bool { return append(dst[:0], t.frozen...) }

// LastSwap returns the two positions i < j exchanged by the last Step, and
// ok = false if that Step made no swap or no Step has run.
func (t *Traditional) LastSwap() (i, j int, ok bool) { return t.lastI, t.lastJ, t.lastOK }

// Metrics returns the current counters and scores in O(1).
func (t *Traditional) Metrics() TraditionalMetrics {
	n := len(t.vals)
	s := 100.0 // Sortedness of an empty array, as in the function Sortedness
	if n > 0 {
		s = 100 * float64(n-t.errors) / float64(n) // §6.2 with ties: N−1−E pairs are ≥
	}
	return TraditionalMetrics{
		Swaps:       t.swaps,
		Comparisons: t.comparisons,
		Cost:        t.comparisons + t.swaps,
		Error:       t.errors,
		Sortedness:  s,
		Done:        t.done,
	}
}
