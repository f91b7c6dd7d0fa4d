package sorting

import (
	"math"
	"slices"
	"testing"
)

// labelAggregation is the §5.2 aggregation scored on labels (§5.3), the
// slow oracle for the incremental count.
func labelAggregation(cells []Cell) float64 {
	same := 0
	for i := 1; i < len(cells); i++ {
		if cells[i].Label == cells[i-1].Label {
			same++
		}
	}
	return float64(same) / float64(len(cells))
}

// The identical-algotype control (§5.3): labels are apportioned like an
// equal-weight mix, travel with their cells, and replace the algotype in
// Aggregation and AggregationChance at every step.
func TestLabelsAggregation(t *testing.T) {
	for _, mix := range []string{"bubble", "selection", "bubble,selection"} {
		cfg := config(t, 100, mix, 2, Stuck)
		cfg.Labels = 3
		a := newArray(t, cfg, 8)
		cells := a.Cells(nil)
		counts := make([]int, cfg.Labels+1)
		for _, c := range cells {
			counts[c.Label]++
		}
		if want := []int{0, 34, 33, 33}; !slices.Equal(counts, want) {
			t.Fatalf("%s: label counts = %v, want %v", mix, counts, want)
		}
		chance := AggregationChance(counts)
		for step := 0; ; step++ {
			cells = a.Cells(cells)
			m := a.Metrics()
			if got := labelAggregation(cells); math.Abs(m.Aggregation-got) > 1e-12 || m.AggregationChance != chance {
				t.Fatalf("%s step %d: Aggregation, chance = %v, %v, want %v, %v", mix, step, m.Aggregation, m.AggregationChance, got, chance)
			}
			if !a.Step() {
				break
			}
		}
	}
}

// Labels change the scoring only: the run is the same as without them, and
// the labels are independent of values and algotypes.
func TestLabelsDoNotChangeTheRun(t *testing.T) {
	cfg := config(t, 60, "bubble,insertion,selection", 1, Passive)
	plain := newArray(t, cfg, 4)
	cfg.Labels = 2
	labelled := newArray(t, cfg, 4)
	for {
		p, l := plain.Step(), labelled.Step()
		if p != l || !slices.Equal(plain.Values(nil), labelled.Values(nil)) {
			t.Fatalf("runs differ after %d activations", plain.Activations())
		}
		if !p {
			break
		}
	}
	pm, lm := plain.Metrics(), labelled.Metrics()
	pm.Aggregation, pm.AggregationChance = lm.Aggregation, lm.AggregationChance
	if pm != lm {
		t.Errorf("metrics differ beyond aggregation:\nplain    %+v\nlabelled %+v", plain.Metrics(), lm)
	}
	for _, c := range plain.Cells(nil) {
		if c.Label != 0 {
			t.Fatalf("labels off: Cell.Label = %d, want 0", c.Label)
		}
	}
}
