//go:build js && wasm

package sortlab

import "bioplay/models/sorting"

// history is the run's trajectory for the charts: one sample of each
// metric per swap, with index 0 the initial array (the paper's own
// trajectories start after the first swap; the chart shows where the run
// began too).
type history struct {
	sortedness, err, aggregation []float64
}

func (h *history) reset(m sorting.Metrics) {
	h.sortedness, h.err, h.aggregation = h.sortedness[:0], h.err[:0], h.aggregation[:0]
	h.record(m)
}

func (h *history) record(m sorting.Metrics) {
	h.sortedness = append(h.sortedness, m.Sortedness)
	h.err = append(h.err, float64(m.Error))
	h.aggregation = append(h.aggregation, m.Aggregation)
}

// swaps is the number of swaps recorded.
func (h *history) swaps() int { return len(h.err) - 1 }
