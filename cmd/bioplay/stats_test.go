package main

import (
	"math"
	"testing"
)

func TestStat(t *testing.T) {
	for _, c := range []struct {
		name     string
		xs       []float64
		mean, sd float64
	}{
		{"empty", nil, 0, 0},
		{"one", []float64{3}, 3, 0},
		{"constant", []float64{1.91, 1.91, 1.91}, 1.91, 0},
		// Population SD (ddof=0, spec §6.7): the textbook example with SD 2;
		// the sample SD would be 2.138.
		{"textbook", []float64{2, 4, 4, 4, 5, 5, 7, 9}, 5, 2},
		{"two", []float64{1, 2}, 1.5, 0.5},
		{"large offset", []float64{1e9 + 1, 1e9 + 2, 1e9 + 3}, 1e9 + 2, math.Sqrt(2.0 / 3)},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s stat
			for _, x := range c.xs {
				s.add(x)
			}
			if got := s.Mean(); got != c.mean {
				t.Errorf("Mean() = %v, want %v", got, c.mean)
			}
			if got := s.SD(); math.Abs(got-c.sd) > 1e-9 {
				t.Errorf("SD() = %v, want %v", got, c.sd)
			}
		})
	}
}
