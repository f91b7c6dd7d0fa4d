package sorting

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestSortedness(t *testing.T) {
	for _, tc := range []struct {
		values []int
		want   float64
	}{
		{[]int{0, 1, 2, 3}, 100},
		{[]int{1, 1, 1}, 100}, // ties count as sorted (non-strict, §6.2)
		{[]int{2, 1, 1}, 100 * 2.0 / 3},
		{[]int{0, 2, 1, 3}, 75},
		{[]int{3, 2, 1, 0}, 25},
		{[]int{5}, 100},
		{nil, 100},
	} {
		if got := Sortedness(tc.values); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("Sortedness(%v) = %v, want %v", tc.values, got, tc.want)
		}
	}
}

func TestMonotonicityError(t *testing.T) {
	for _, tc := range []struct {
		values []int
		want   int
	}{
		{[]int{0, 1, 2, 3}, 0},
		{[]int{3, 2, 1, 0}, 3},
		{[]int{1, 1, 0, 0}, 1}, // equal neighbours are no error
		{[]int{0, 2, 1, 3, 2}, 2},
		{nil, 0},
	} {
		if got := MonotonicityError(tc.values); got != tc.want {
			t.Errorf("MonotonicityError(%v) = %d, want %d", tc.values, got, tc.want)
		}
	}
}

func TestAggregation(t *testing.T) {
	B, I, S := Bubble, Insertion, Selection
	for _, tc := range []struct {
		types []Algotype
		want  float64
	}{
		{[]Algotype{B, B, S, S}, 0.5},
		{[]Algotype{B, S, B, S}, 0},
		{[]Algotype{I, I, I}, 2.0 / 3},
		{nil, 0},
	} {
		if got := Aggregation(tc.types); got != tc.want {
			t.Errorf("Aggregation(%v) = %v, want %v", tc.types, got, tc.want)
		}
	}
}

// The §5.2 formula (N−1)/N · Σ n_k(n_k−1)/(N(N−1)) gives 0.49 for 50/50 at
// N=100; the spec's "0.495" is the per-pair probability 4900/9900 = 0.4949…
// rounded, without the (N−1)/N factor. A Monte Carlo check confirms 0.49.
func TestAggregationChance(t *testing.T) {
	for _, tc := range []struct {
		counts []int
		want   float64
	}{
		{[]int{50, 50}, 0.49},
		{[]int{34, 33, 33}, 0.3234},
		{[]int{100}, 0.99},
		{[]int{1}, 0},
		{nil, 0},
	} {
		if got := AggregationChance(tc.counts); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("AggregationChance(%v) = %v, want %v", tc.counts, got, tc.want)
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	types := make([]Algotype, 100)
	for i := range 50 {
		types[i] = Selection
	}
	const trials = 20000
	sum := 0.0
	for range trials {
		r.Shuffle(len(types), func(i, j int) { types[i], types[j] = types[j], types[i] })
		sum += Aggregation(types)
	}
	// SD of one sample is about 0.05, so the mean's is about 0.00035.
	if mean := sum / trials; math.Abs(mean-0.49) > 0.002 {
		t.Errorf("mean Aggregation of random 50/50 arrangements = %.4f, want 0.49", mean)
	}
}

func TestInversions(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for trial := range 200 {
		n := trial % 40
		v := make([]int, n)
		for i := range v {
			v[i] = r.IntN(10) // with ties
		}
		want := 0
		for i := range v {
			for j := i + 1; j < n; j++ {
				if v[i] > v[j] {
					want++
				}
			}
		}
		orig := append([]int(nil), v...)
		if got := Inversions(v); got != want {
			t.Fatalf("Inversions(%v) = %d, want %d", v, got, want)
		}
		for i := range v {
			if v[i] != orig[i] {
				t.Fatalf("Inversions modified its argument")
			}
		}
	}
}

func TestMetricsOnPicture(t *testing.T) {
	a := build(t, Passive, "2b 1b 0s@0 3s@0 3i")
	m := a.Metrics()
	if m.Error != 2 || m.Sortedness != 60 || m.Aggregation != 0.4 {
		t.Errorf("Metrics() = %+v, want Error 2, Sortedness 60, Aggregation 0.4", m)
	}
	if want := AggregationChance([]int{2, 1, 2}); m.AggregationChance != want {
		t.Errorf("AggregationChance = %v, want %v", m.AggregationChance, want)
	}
}
