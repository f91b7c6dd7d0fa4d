package labrun

import (
	"bioplay/models/param"
	"bioplay/models/sorting"
)

// sortingLab runs the self-sorting array; one step is one cell activation.
var sortingLab = Lab{
	Schema: sorting.Schema,
	New:    newSorting,
	Samples: map[string][]string{
		"mix":    {"bubble", "insertion", "selection", "bubble:50,selection:50", "bubble:34,insertion:33,selection:33"},
		"values": {"unique", "10x10", "5x20", "2x50", "1x100"},
		"dirs":   {"asc", "desc", "bubble:asc,insertion:desc", "bubble:desc,selection:asc,insertion:desc"},
		"edits":  {"", "0:3", "0:1,50:7,50:9", "10:0,20:5"},
	},
	Steps: 20000,
}

type sortingRunner struct{ a *sorting.Array }

func newSorting(v *param.Values) (Runner, error) {
	cfg, seed, err := sorting.ConfigFrom(v)
	if err != nil {
		return nil, err
	}
	a, err := sorting.New(cfg, seed)
	if err != nil {
		return nil, err
	}
	return &sortingRunner{a}, nil
}

func (r *sortingRunner) Step(n int) int {
	for k := 0; k < n; k++ {
		if !r.a.Step() {
			return k
		}
	}
	return n
}

func (r *sortingRunner) Done() bool { return r.a.Metrics().Done }

func (r *sortingRunner) Metrics() []Metric {
	m := r.a.Metrics()
	return []Metric{
		{"swaps", float64(m.Swaps)},
		{"activations", float64(m.Activations)},
		{"sortedness", m.Sortedness},
		{"error", float64(m.Error)},
		{"aggregation", m.Aggregation},
		{"aggregation-chance", m.AggregationChance},
	}
}

// Check has nothing to find: the array's state is integers.
func (r *sortingRunner) Check() error { return nil }
