package sorting

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Traditional pictures: one token per position, the value then "*" when
// the position is frozen. Example: "2 1* 0".

// parseTradPicture returns the values and frozen flags of a picture.
func parseTradPicture(t testing.TB, picture string) ([]int, []bool) {
	t.Helper()
	var vals []int
	var frozen []bool
	for tok := range strings.FieldsSeq(picture) {
		f := strings.HasSuffix(tok, "*")
		v, err := strconv.Atoi(strings.TrimSuffix(tok, "*"))
		if err != nil {
			t.Fatalf("picture %q: bad token %q", picture, tok)
		}
		vals = append(vals, v)
		frozen = append(frozen, f)
	}
	return vals, frozen
}

// tradPicture renders the state of tr as a picture.
func tradPicture(tr *Traditional) string {
	var b strings.Builder
	fr := tr.Frozen(nil)
	for p, v := range tr.Values(nil) {
		if p > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(v))
		if fr[p] {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// TestTraditionalTrace runs small pictured arrays to the end and compares
// the state after every successful swap, the swapped positions and the
// final counters (comparisons counted by hand from the §3 loops).
func TestTraditionalTrace(t *testing.T) {
	for _, tc := range []struct {
		name   string
		alg    Algotype
		before string
		// steps lists the state after each successful swap, each followed
		// by the swapped positions "i-j".
		steps       []string
		comparisons uint64
		err         int
	}{
		// Pass 0: 3>1 swap, 3>2 swap; pass 1: 1<2; pass 1 had no swap: exit.
		{"bubble", Bubble, "3 1 2", []string{"1 3 2 0-1", "1 2 3 1-2"}, 3, 0},
		// Pass 0 compares 2>1* and 1*>0, both refused; no swap: early exit.
		{"bubble refused only", Bubble, "2 1* 0", nil, 2, 2},
		// Pass 0: swap 2,0; 2>1* refused; the pass swapped, so pass 1 runs
		// (one comparison) and exits.
		{"bubble refused not a swap", Bubble, "2 0 1*", []string{"0 2 1* 0-1"}, 3, 1},
		{"bubble sorted", Bubble, "0 1 2 3", nil, 3, 0},
		// i=1: 1>3? no. i=2: 3>0 swap, 1>0 swap, j=0 ends. i=3: 3>2 swap,
		// 1>2? no.
		{"insertion", Insertion, "1 3 0 2", []string{"1 0 3 2 1-2", "0 1 3 2 0-1", "0 1 2 3 2-3"}, 5, 0},
		// i=1: 1>2*? no. i=2: 2*>0 refused, ends the inner loop.
		{"insertion refused ends inner loop", Insertion, "1 2* 0", nil, 2, 1},
		// i=2: 3>0 swap; 2*>0 refused, ends; i=3: 3>1 swap; 0>1? no.
		{"insertion behind a frozen cell", Insertion, "2* 3 0 1", []string{"2* 0 3 1 1-2", "2* 0 1 3 2-3"}, 5, 1},
		// i=0: min of 2,0,1 at 1, swap 0-1; i=1: 1<2, swap 1-2.
		{"selection", Selection, "2 0 1", []string{"0 2 1 0-1", "0 1 2 1-2"}, 3, 0},
		// i=0: the minimum is at 1 but position 0 is frozen: skipped;
		// i=1: 1<0? no.
		{"selection frozen target", Selection, "2* 0 1", nil, 3, 1},
		// i=0: min at 2, swap; i=1: min at 2, position 1 frozen: skipped.
		{"selection frozen i", Selection, "1 2* 0", []string{"0 2* 1 0-2"}, 3, 1},
		// First occurrence of the minimum: 0 at position 1, not 3.
		{"selection ties", Selection, "1 0 2 0", []string{"0 1 2 0 0-1", "0 0 2 1 1-3", "0 0 1 2 2-3"}, 6, 0},
		{"one cell", Bubble, "5", nil, 0, 0},
		{"empty insertion", Insertion, "", nil, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vals, fr := parseTradPicture(t, tc.before)
			tr := NewTraditional(tc.alg, vals, fr)
			if got := tradPicture(tr); got != tc.before {
				t.Fatalf("tradPicture(NewTraditional(%q)) = %q", tc.before, got)
			}
			var got []string
			for k := 0; tr.Step(); k++ {
				if k > 100 {
					t.Fatal("Step did not finish")
				}
				i, j, ok := tr.LastSwap()
				if !ok {
					t.Fatalf("after swap %d: LastSwap ok = false", k+1)
				}
				got = append(got, tradPicture(tr)+" "+strconv.Itoa(i)+"-"+strconv.Itoa(j))
			}
			if !slices.Equal(got, tc.steps) {
				t.Errorf("states after each swap = %q, want %q", got, tc.steps)
			}
			m := tr.Metrics()
			want := TraditionalMetrics{Swaps: uint64(len(tc.steps)), Comparisons: tc.comparisons,
				Cost: tc.comparisons + uint64(len(tc.steps)), Error: tc.err,
				Sortedness: 100, Done: true}
			if n := len(vals); n > 0 {
				want.Sortedness = 100 * float64(n-tc.err) / float64(n)
			}
			if m != want {
				t.Errorf("Metrics() = %+v, want %+v", m, want)
			}
			if _, _, ok := tr.LastSwap(); ok {
				t.Error("LastSwap after the finishing Step: ok = true, want false")
			}
			before := tradPicture(tr)
			if tr.Step() || tradPicture(tr) != before || tr.Metrics() != m {
				t.Error("Step after Done changed something or returned true")
			}
		})
	}
}

// tradOracle is the slow, literal form of §3 with the frozen rule: plain
// loops recording the values after every successful swap, and the final
// comparison count.
func tradOracle(alg Algotype, vals []int, frozen []bool) (traj [][]int, comparisons uint64) {
	a := slices.Clone(vals)
	n := len(a)
	swap := func(i, j int) {
		a[i], a[j] = a[j], a[i]
		traj = append(traj, slices.Clone(a))
	}
	switch alg {
	case Bubble:
		for i := 0; i < n; i++ {
			swapped := false
			for j := 0; j <= n-2-i; j++ {
				comparisons++
				if a[j] > a[j+1] && !frozen[j] && !frozen[j+1] {
					swap(j, j+1)
					swapped = true
				}
			}
			if !swapped {
				break
			}
		}
	case Insertion:
		for i := 1; i < n; i++ {
			for j := i; j > 0; j-- {
				comparisons++
				if !(a[j-1] > a[j]) || frozen[j-1] || frozen[j] {
					break
				}
				swap(j-1, j)
			}
		}
	case Selection:
		for i := 0; i < n-1; i++ {
			m := i
			for k := i + 1; k < n; k++ {
				comparisons++
				if a[k] < a[m] {
					m = k
				}
			}
			if m != i && !frozen[i] && !frozen[m] {
				swap(i, m)
			}
		}
	}
	return traj, comparisons
}

// TestTraditionalOracle compares the stepped algorithms with tradOracle on
// random arrays (permutations and duplicates, 0..3 frozen positions) and
// checks the invariants: the values stay a permutation of the input,
// frozen positions never change, Error is the monotonicity error of the
// values after every swap, and without frozen positions the result is
// sorted with Bubble and Insertion using exactly Inversions swaps and
// Selection exactly N(N−1)/2 comparisons.
func TestTraditionalOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for it := range 3000 {
		n := 1 + rng.IntN(30)
		vals := rng.Perm(n)
		if it%3 == 0 {
			for k := range vals {
				vals[k] = rng.IntN(1 + n/3)
			}
		}
		frozen := make([]bool, n)
		nf := rng.IntN(4)
		for range nf {
			frozen[rng.IntN(n)] = true
		}
		for alg := range Algotype(NumAlgotypes) {
			traj, comps := tradOracle(alg, vals, frozen)
			tr := NewTraditional(alg, vals, frozen)
			var got []int
			k := 0
			for tr.Step() {
				got = tr.Values(got)
				if k >= len(traj) || !slices.Equal(got, traj[k]) {
					t.Fatalf("case %d %v %v frozen %v: state after swap %d = %v, oracle %v", it, alg, vals, frozen, k+1, got, traj)
				}
				if e := tr.Metrics().Error; e != MonotonicityError(got) {
					t.Fatalf("case %d %v: Error = %d, want %d", it, alg, e, MonotonicityError(got))
				}
				k++
			}
			m := tr.Metrics()
			if k != len(traj) || m.Swaps != uint64(k) || m.Comparisons != comps || !m.Done || !tr.Done() {
				t.Fatalf("case %d %v %v frozen %v: %d swaps, %+v; oracle %d swaps, %d comparisons",
					it, alg, vals, frozen, k, m, len(traj), comps)
			}
			final := tr.Values(nil)
			if !slices.Equal(slices.Sorted(slices.Values(final)), slices.Sorted(slices.Values(vals))) {
				t.Fatalf("case %d %v: values %v are not a permutation of %v", it, alg, final, vals)
			}
			for p, f := range frozen {
				if f && final[p] != vals[p] {
					t.Fatalf("case %d %v: frozen position %d changed from %d to %d", it, alg, p, vals[p], final[p])
				}
			}
			if nf == 0 {
				if !slices.IsSorted(final) {
					t.Fatalf("case %d %v: %v not sorted without damage", it, alg, final)
				}
				if alg != Selection && m.Swaps != uint64(Inversions(vals)) {
					t.Fatalf("case %d %v: %d swaps, want Inversions = %d", it, alg, m.Swaps, Inversions(vals))
				}
				if alg == Selection && m.Comparisons != uint64(n*(n-1)/2) {
					t.Fatalf("case %d selection: %d comparisons, want N(N−1)/2 = %d", it, m.Comparisons, n*(n-1)/2)
				}
			}
		}
	}
}

// TestNewTraditionalCopies checks that NewTraditional copies its inputs and
// that a nil frozen means no frozen positions.
func TestNewTraditionalCopies(t *testing.T) {
	vals := []int{2, 1, 0}
	fr := []bool{false, false, false}
	tr := NewTraditional(Bubble, vals, fr)
	vals[0], fr[1] = 9, true
	tr.Run()
	if got := tradPicture(tr); got != "0 1 2" {
		t.Errorf("after changing the inputs and Run: %q, want \"0 1 2\"", got)
	}
	tr = NewTraditional(Insertion, []int{1, 0}, nil)
	tr.Run()
	if got := tradPicture(tr); got != "0 1" {
		t.Errorf("NewTraditional(nil frozen) then Run: %q, want \"0 1\"", got)
	}
	if tr.Algotype() != Insertion || tr.N() != 2 {
		t.Errorf("Algotype(), N() = %v, %d, want insertion, 2", tr.Algotype(), tr.N())
	}
}

func TestNewTraditionalPanics(t *testing.T) {
	for _, tc := range []struct {
		name   string
		alg    Algotype
		frozen []bool
		want   string
	}{
		{"length", Bubble, []bool{false}, "sorting: NewTraditional: len(frozen) = 1, want len(values) = 2"},
		{"algotype", Algotype(9), nil, "sorting: NewTraditional: undefined algotype(9)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != tc.want {
					t.Errorf("panic = %v, want %q", r, tc.want)
				}
			}()
			NewTraditional(tc.alg, []int{1, 0}, tc.frozen)
		})
	}
}

// TestTraditionalStepAllocs checks that Step and the reads do not allocate.
func TestTraditionalStepAllocs(t *testing.T) {
	vals := rand.New(rand.NewPCG(5, 6)).Perm(100)
	for alg := range Algotype(NumAlgotypes) {
		tr := NewTraditional(alg, vals, nil)
		buf := make([]int, 0, 100)
		fbuf := make([]bool, 0, 100)
		n := testing.AllocsPerRun(50, func() {
			tr.Step()
			buf = tr.Values(buf)
			fbuf = tr.Frozen(fbuf)
			_ = tr.Metrics()
		})
		if n != 0 {
			t.Errorf("%v: Step and reads allocate %v times, want 0", alg, n)
		}
	}
}

// BenchmarkTraditional runs each traditional algorithm to the end on one
// random permutation of N = 100 values (a run includes NewTraditional's
// two copies) and reports swaps per second.
func BenchmarkTraditional(b *testing.B) {
	vals := rand.New(rand.NewPCG(1, 1)).Perm(100)
	for alg := range Algotype(NumAlgotypes) {
		b.Run(alg.String(), func(b *testing.B) {
			b.ReportAllocs()
			var swaps uint64
			for b.Loop() {
				tr := NewTraditional(alg, vals, nil)
				tr.Run()
				swaps += tr.Metrics().Swaps
			}
			b.ReportMetric(float64(swaps)/b.Elapsed().Seconds(), "swaps/s")
		})
	}
}
