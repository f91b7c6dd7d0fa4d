package sortbatch

import (
	"math"
	"testing"
)

// TestFig4CostRatios is the efficiency check: 100 runs at N = 100
// of each pure algotype without damage, traditional cost (comparisons +
// swaps) ÷ cell-view compare & swap counter within 10% of the paper's 1.5
// (Bubble), 2.03 (Insertion) and 0.85 (Selection, where cell-view costs
// 1.17× more). Source: spec §7, Fig 4 [PAPER*].
func TestFig4CostRatios(t *testing.T) {
	f, _ := FigureByNumber(4)
	for _, c := range f.Conditions {
		v, err := c.Values()
		if err != nil {
			t.Fatal(err)
		}
		b, err := NewFromValues(v)
		if err != nil {
			t.Fatal(err)
		}
		run(t, b, 1<<30)
		s := b.Summary()
		got, want := s.Traditional.CostRatio, c.Paper["cost_ratio"]
		t.Logf("%s: cost ratio %.3f (paper %.2f): traditional %.0f ± %.0f, cell-view %.0f ± %.0f",
			c.Name, got, want, s.Traditional.Cost.Mean, s.Traditional.Cost.SD, s.Compares.Mean, s.Compares.SD)
		if s.Runs != 100 || math.Abs(got-want) > 0.1*want {
			t.Errorf("%s: cost ratio %.3f over %d runs, want %.2f ± 10%%", c.Name, got, s.Runs, want)
		}
	}
}
