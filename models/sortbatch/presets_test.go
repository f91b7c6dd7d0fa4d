package sortbatch

import (
	"fmt"
	"testing"

	"bioplay/models/sorting"
)

// TestEveryFigureHasAPreset: the page's preset buttons (the sorting
// schema's fig<N> actions) and the experiments declared here must name the
// same figures, or a button would do nothing.
func TestEveryFigureHasAPreset(t *testing.T) {
	s := sorting.Schema()
	figs := Figures()
	if len(figs) != len(sorting.FigureNumbers) {
		t.Fatalf("%d figures here, %d presets in the schema", len(figs), len(sorting.FigureNumbers))
	}
	for i, f := range figs {
		if f.Number != sorting.FigureNumbers[i] {
			t.Errorf("figure %d: preset list has %d at that place", f.Number, sorting.FigureNumbers[i])
		}
		if _, ok := s.Lookup(fmt.Sprintf("fig%d", f.Number)); !ok {
			t.Errorf("figure %d has no fig%d action in the sorting schema", f.Number, f.Number)
		}
	}
}
