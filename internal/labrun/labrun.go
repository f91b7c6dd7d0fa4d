package labrun

import "bioplay/models/param"

// Runner is one model built from a lab's values, stepped natively. It is
// not safe for concurrent use.
type Runner interface {
	// Step advances the model by at most n steps (the lab's unit: a cell
	// activation, a training step, a physics step) and returns the steps
	// taken; fewer than n means the run ended.
	Step(n int) int
	// Done reports that the run has ended and Step will do nothing.
	Done() bool
	// Metrics returns the model's live numbers, the same quantities the
	// page shows; a caller checks them for NaN and infinities.
	Metrics() []Metric
	// Check is the model's own health check, the one the page calls after
	// every frame: it reports a NaN or infinite quantity, naming it, or
	// nil. A model that diverges (a learning rate too high) is expected
	// to say so here rather than show NaN in its metrics.
	Check() error
}

// Metric is one named number of a model's state.
type Metric struct {
	Name  string
	Value float64
}

// Lab registers one lab's model for native runs.
type Lab struct {
	// Schema is the lab's parameter schema, the same function the page
	// and internal/docsgen use.
	Schema func() *param.Schema
	// New builds a Runner from values that passed the schema; an error
	// for such values is a bug.
	New func(v *param.Values) (Runner, error)
	// Samples lists valid texts of the lab's Text parameters, for fuzzing
	// (a Text value has no range to draw from); the default is always a
	// candidate too.
	Samples map[string][]string
	// Steps is the number of model steps a fuzz run takes: enough to reach
	// the interesting states, few enough that one input costs
	// milliseconds.
	Steps int
	// Caps lowers the largest value fuzzing draws for a Number or Integer
	// parameter whose full range makes one run take seconds (the KAN's
	// point counts); the rest of the range is still the page's.
	Caps map[string]float64
}

// Name returns the lab's name, as in the URL's lab= key.
func (l Lab) Name() string { return l.Schema().Lab }

// Labs are the registered labs, in the page's order. Our choice: the
// page's list stays the source of truth; a test checks that this one
// matches it.
var Labs = []Lab{sortingLab, swimmerLab, quadraticLab, kanLab}

// Find returns the registered lab called name.
func Find(name string) (Lab, bool) {
	for _, l := range Labs {
		if l.Name() == name {
			return l, true
		}
	}
	return Lab{}, false
}
