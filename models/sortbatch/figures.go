package sortbatch

import (
	"errors"

	"bioplay/models/param"
	"bioplay/models/sorting"
)

// Condition is one experimental condition of a figure: one batch of runs.
type Condition struct {
	// Name labels the condition in tables and legends, e.g.
	// "stuck Bubble, f=1".
	Name string
	// Params are the sorting schema values the condition sets, as
	// parameter name and canonical text, e.g. {"mix", "bubble"},
	// {"frozen", "1"}, {"damage", "stuck"}. Every other parameter keeps its
	// default; Our choice: mix and damage are always given, even when they
	// equal the default, so a condition reads on its own.
	Params []param.Pair
	// Paper holds the paper's reported values for this condition, keyed
	// as Summary.Value (e.g. "final_error", "cost_ratio"), taken from spec
	// §7 only; nil when the spec gives none (or withholds them as an
	// acceptance check).
	Paper map[string]float64
}

// Figure is one of the paper's experiments: a set of conditions, each run
// Runs times.
type Figure struct {
	Number int    // the paper's figure number
	Title  string // what the figure shows
	// Note says how to read the figure and where the paper's numbers come
	// from.
	Note       string
	Conditions []Condition
	Runs       int // runs per condition (paper: 100, §7)
}

// Values returns the sorting lab's values for the condition: the schema's
// defaults with Params applied. The caller sets runs (Figure.Runs, which
// is also the schema's default) and seed as it wishes.
func (c Condition) Values() (*param.Values, error) {
	v := sorting.Schema().Defaults()
	errs, unknown := v.SetPairs(c.Params)
	if len(unknown) > 0 {
		errs = append(errs, errors.New("sortbatch: "+c.Name+": unknown parameter "+unknown[0]))
	}
	return v, errors.Join(errs...)
}

// FigureByNumber returns the figure numbered n (3, 4, 5, 7, 8 or 9).
func FigureByNumber(n int) (Figure, bool) {
	for _, f := range Figures() {
		if f.Number == n {
			return f, true
		}
	}
	return Figure{}, false
}
