package sortbatch

import "testing"

// TestMoments checks the Welford accumulator against the two-pass formula
// (population SD, ddof = 0, spec §6.7) on hand-made data.
func TestMoments(t *testing.T) {
	for _, xs := range [][]float64{
		nil,
		{3},
		{2, 4, 4, 4, 5, 5, 7, 9}, // mean 5, population SD exactly 2
		{1e9, 1e9 + 1, 1e9 + 2},  // large offset, SD √(2/3)
	} {
		var m moments
		for _, x := range xs {
			m.add(x)
		}
		if got, want := m.stat(), twoPass(xs); !near(got, want) {
			t.Errorf("moments%v = %+v, want %+v", xs, got, want)
		}
	}
	var m moments
	for _, x := range []float64{2, 4, 4, 4, 5, 5, 7, 9} {
		m.add(x)
	}
	if got := m.stat(); got != (Stat{Mean: 5, SD: 2}) {
		t.Errorf("stat = %+v, want {5 2}", got)
	}
}
