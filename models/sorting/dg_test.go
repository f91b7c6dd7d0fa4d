package sorting

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDelayedGratificationExamples checks the worked examples of spec §6.3
// (error sequences, values from the spec) and edge cases.
func TestDelayedGratificationExamples(t *testing.T) {
	for _, tc := range []struct {
		name      string
		errs      []int
		mean, ref float64
	}{
		// §6.3: the paper's Fig 6 example, runs [−2, +1, −1], DG = 0.
		{"fig6", []int{4, 4, 2, 2, 3, 2}, 0, 0},
		// §6.3: runs [−2, +3, −5, +1, −2], q = 2/3 and 1, DG = 0.833….
		{"two pairs", []int{10, 8, 9, 11, 7, 6, 7, 5}, 5.0 / 6, 5.0 / 6},
		// §6.3: the worsening at the end has no recovery, DG = 0.
		{"rise last", []int{5, 3, 4}, 0, 0},
		// §6.3: reference 2.0 (the sum quirk), mean of complete pairs 1.0.
		{"sum quirk", []int{5, 3, 4, 2, 3, 1, 2}, 1, 2},
		{"empty", nil, 0, 0},
		{"single", []int{7}, 0, 0},
		{"constant", []int{3, 3, 3}, 0, 0},
		{"only falls", []int{5, 4, 4, 2, 0}, 0, 0},
		{"rise first", []int{1, 3, 0}, 0.5, 0.5},
		{"worse after detour", []int{2, 5, 4}, -2.0 / 3, -2.0 / 3},
		{"plateaus inside runs", []int{2, 3, 3, 4, 4, 1, 1, 0}, 1, 1},
		{"quirk with a negative q", []int{2, 4, 3, 5}, -0.5, -0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const tol = 1e-12
			if got := DelayedGratification(tc.errs, DGMean); math.Abs(got-tc.mean) > tol {
				t.Errorf("DelayedGratification(%v, DGMean) = %v, want %v", tc.errs, got, tc.mean)
			}
			if got := DelayedGratification(tc.errs, DGReference); math.Abs(got-tc.ref) > tol {
				t.Errorf("DelayedGratification(%v, DGReference) = %v, want %v", tc.errs, got, tc.ref)
			}
			if got, want := DelayedGratification(tc.errs, DGReference), dgOracle(tc.errs); got != want {
				t.Errorf("DelayedGratification(%v, DGReference) = %v, reference port gives %v", tc.errs, got, want)
			}
		})
	}
}

// TestEpisodes checks episode positions and sizes on small trajectories.
func TestEpisodes(t *testing.T) {
	for _, tc := range []struct {
		name string
		errs []int
		want []Episode
	}{
		{"fig6", []int{4, 4, 2, 2, 3, 2}, []Episode{{Start: 3, Peak: 4, End: 5, W: 1, R: 1, Q: 0}}},
		{"two pairs", []int{10, 8, 9, 11, 7, 6, 7, 5}, []Episode{
			{Start: 1, Peak: 3, End: 5, W: 3, R: 5, Q: 2.0 / 3},
			{Start: 5, Peak: 6, End: 7, W: 1, R: 2, Q: 1},
		}},
		{"rise last", []int{5, 3, 4}, nil},
		{"sum quirk", []int{5, 3, 4, 2, 3, 1, 2}, []Episode{
			{Start: 1, Peak: 2, End: 3, W: 1, R: 2, Q: 1},
			{Start: 3, Peak: 4, End: 5, W: 1, R: 2, Q: 1},
		}},
		{"plateaus inside runs", []int{2, 2, 3, 3, 4, 4, 1, 1, 0}, []Episode{
			{Start: 1, Peak: 4, End: 8, W: 2, R: 4, Q: 1},
		}},
		{"empty", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Episodes(tc.errs); !slices.Equal(got, tc.want) {
				t.Errorf("Episodes(%v) = %+v, want %+v", tc.errs, got, tc.want)
			}
		})
	}
}

// TestDelayedGratificationOracle compares DelayedGratification and
// Episodes with a literal port of the reference code on random
// trajectories, and checks that the mean of the episodes' Q is the DGMean
// score and that positions are consistent with W, R and the trajectory.
func TestDelayedGratificationOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for it := range 20000 {
		errs := make([]int, rng.IntN(25))
		for k := range errs {
			errs[k] = rng.IntN(6)
		}
		ref := DelayedGratification(errs, DGReference)
		if want := dgOracle(errs); ref != want {
			t.Fatalf("case %d: DelayedGratification(%v, DGReference) = %v, reference port gives %v", it, errs, ref, want)
		}
		mean := DelayedGratification(errs, DGMean)
		eps := Episodes(errs)
		sum := 0.0
		last := 0
		for _, e := range eps {
			sum += e.Q
			if e.Start < last || !(e.Start < e.Peak && e.Peak < e.End) || e.End >= len(errs) {
				t.Fatalf("case %d: Episodes(%v): bad positions %+v", it, errs, e)
			}
			if errs[e.Peak]-errs[e.Start] != e.W || errs[e.Peak]-errs[e.End] != e.R || e.W <= 0 || e.R <= 0 {
				t.Fatalf("case %d: Episodes(%v): %+v inconsistent with the trajectory", it, errs, e)
			}
			if e.Q != float64(e.R-e.W)/float64(e.W) {
				t.Fatalf("case %d: Episodes(%v): %+v: Q ≠ (R−W)/W", it, errs, e)
			}
			last = e.End
		}
		want := 0.0
		if len(eps) > 0 {
			want = sum / float64(len(eps))
		}
		if mean != want {
			t.Fatalf("case %d: DelayedGratification(%v, DGMean) = %v, mean of Episodes' Q = %v", it, errs, mean, want)
		}
		if ref != mean && ref != sum {
			t.Fatalf("case %d: DGReference = %v is neither the mean %v nor the sum %v", it, ref, mean, sum)
		}
	}
}

// TestDelayedGratificationAllocs checks that scoring a trajectory does not
// allocate (it runs once per run in a batch).
func TestDelayedGratificationAllocs(t *testing.T) {
	errs := []int{10, 8, 9, 11, 7, 6, 7, 5, 6}
	if n := testing.AllocsPerRun(100, func() { DelayedGratification(errs, DGReference) }); n != 0 {
		t.Errorf("DelayedGratification allocates %v times per call, want 0", n)
	}
}

func TestDGVariantParse(t *testing.T) {
	for _, v := range []DGVariant{DGMean, DGReference} {
		got, err := ParseDGVariant(" " + v.String() + " ")
		if err != nil || got != v {
			t.Errorf("ParseDGVariant(%q) = %v, %v, want %v, nil", v.String(), got, err, v)
		}
	}
	if got, err := ParseDGVariant("REFERENCE"); err != nil || got != DGReference {
		t.Errorf("ParseDGVariant(\"REFERENCE\") = %v, %v, want reference, nil", got, err)
	}
	_, err := ParseDGVariant("sum")
	const want = `dg: "sum" is not one of mean, reference`
	if err == nil || err.Error() != want {
		t.Errorf("ParseDGVariant(\"sum\") error = %v, want %q", err, want)
	}
	if got := DGVariant(7).String(); got != "dgvariant(7)" {
		t.Errorf("DGVariant(7).String() = %q, want \"dgvariant(7)\"", got)
	}
}

// dgOracle is a line-by-line port of avg_wandering_range and
// get_discrepency_arr in Zhangtaining/cell_research at 1fd2bd5,
// analysis/delay_gratification_analysis_for_not_move.py (§6.3), applied
// to an error trajectory; get_max_delay_gratification returns 0 for an
// empty one.
func dgOracle(errs []int) float64 {
	if len(errs) == 0 {
		return 0
	}
	var arr []int // dedup
	for _, x := range errs {
		if len(arr) == 0 || arr[len(arr)-1] != x {
			arr = append(arr, x)
		}
	}
	var temp []int
	for i := 1; i < len(arr); i++ {
		temp = append(temp, arr[i]-arr[i-1])
	}
	d := []int{0}
	if len(temp) > 0 {
		d = d[:0]
		x := temp[0]
		for i := 1; i < len(temp); i++ {
			if temp[i-1]*temp[i] > 0 {
				x += temp[i]
			}
			if temp[i-1]*temp[i] <= 0 {
				d = append(d, x)
				x = temp[i]
			}
		}
		d = append(d, x)
	}
	first := len(d)
	for i, x := range d {
		if x > 0 {
			first = i
			break
		}
	}
	res, n := 0.0, 0
	i := first
	if i >= len(d)-1 {
		return 0
	}
	for i < len(d) {
		j := i + 1
		if j >= len(d) || d[j] > 0 {
			return res
		}
		res += -float64(d[j]+d[i]) / float64(d[i])
		n++
		i += 2
	}
	if n == 0 {
		return 0
	}
	return res / float64(n)
}
