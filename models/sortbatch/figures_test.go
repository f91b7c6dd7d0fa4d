package sortbatch

import (
	"slices"
	"testing"
)

// TestFigures: every figure's conditions parse against sorting.Schema()
// and build a batch; names are unique; Paper keys are Summary keys; the
// figure list is the paper's (spec §7).
func TestFigures(t *testing.T) {
	var nums []int
	keys := Keys()
	for _, f := range Figures() {
		nums = append(nums, f.Number)
		if f.Runs != 100 || f.Title == "" || f.Note == "" || len(f.Conditions) == 0 {
			t.Errorf("Fig %d: Runs %d, title %q, %d conditions", f.Number, f.Runs, f.Title, len(f.Conditions))
		}
		names := map[string]bool{}
		for _, c := range f.Conditions {
			if names[c.Name] {
				t.Errorf("Fig %d: condition %q repeated", f.Number, c.Name)
			}
			names[c.Name] = true
			v, err := c.Values()
			if err != nil {
				t.Errorf("Fig %d %q: %v", f.Number, c.Name, err)
				continue
			}
			for _, p := range c.Params {
				if got, _ := v.Get(p.Key); got != p.Value {
					t.Errorf("Fig %d %q: %s = %q, want canonical %q", f.Number, c.Name, p.Key, got, p.Value)
				}
			}
			if _, err := NewFromValues(v); err != nil {
				t.Errorf("Fig %d %q: NewFromValues: %v", f.Number, c.Name, err)
			}
			for k := range c.Paper {
				if !slices.Contains(keys, k) {
					t.Errorf("Fig %d %q: Paper key %q is not a Summary key", f.Number, c.Name, k)
				}
			}
		}
	}
	if want := []int{3, 4, 5, 7, 8, 9}; !slices.Equal(nums, want) {
		t.Errorf("figures %v, want %v", nums, want)
	}
	for n, conds := range map[int]int{3: 3, 4: 3, 5: 18, 7: 12, 8: 8, 9: 3} {
		if f, ok := FigureByNumber(n); !ok || len(f.Conditions) != conds {
			t.Errorf("FigureByNumber(%d): ok %v, %d conditions, want %d", n, ok, len(f.Conditions), conds)
		}
	}
	if _, ok := FigureByNumber(6); ok {
		t.Error("FigureByNumber(6) found a figure")
	}
}

// TestFig5PaperValues spot-checks the transcription of spec §7's Fig 5
// table.
func TestFig5PaperValues(t *testing.T) {
	f, _ := FigureByNumber(5)
	want := map[string][2]float64{ // cell-view, traditional
		"passive Bubble, f=1":    {0.00, 2.85},
		"passive Insertion, f=3": {9.96, 6.38},
		"passive Selection, f=2": {4.36, 16.33},
		"stuck Selection, f=1":   {1.00, 10.80},
		"stuck Insertion, f=2":   {3.65, 4.65},
		"stuck Bubble, f=3":      {5.37, 6.44},
		"stuck Selection, f=3":   {2.91, 21.66},
		"passive Selection, f=3": {13.24, 21.66},
		"passive Insertion, f=1": {1.67, 2.93},
		"stuck Bubble, f=1":      {1.91, 2.85},
	}
	for _, c := range f.Conditions {
		if w, ok := want[c.Name]; ok {
			if c.Paper["final_error"] != w[0] || c.Paper["traditional_final_error"] != w[1] {
				t.Errorf("%s: Paper %v, want final_error %v, traditional %v", c.Name, c.Paper, w[0], w[1])
			}
			delete(want, c.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("conditions missing: %v", want)
	}
}
