//go:build js && wasm

package sortlab

import "bioplay/ui"

// Metrics returns the live numbers the page shows and metrics() returns.
func (s *Scene) Metrics() []ui.Metric {
	m := s.arr.Metrics()
	flag := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	out := []ui.Metric{
		{Name: "cells", Label: "Cells", Value: float64(s.arr.N())},
		{Name: "frozen", Label: "Frozen now", Value: float64(s.frozenNow())},
		{Name: "sortedness", Label: "Sortedness (%)", Value: m.Sortedness, Digits: 1},
		{Name: "error", Label: "Monotonicity error", Value: float64(m.Error)},
		{Name: "aggregation", Label: "Aggregation", Value: m.Aggregation, Digits: 3},
		{Name: "chance", Label: "Aggregation by chance", Value: m.AggregationChance, Digits: 3},
		{Name: "swaps", Label: "Swaps", Value: float64(m.Swaps)},
		{Name: "activations", Label: "Activations", Value: float64(m.Activations)},
		{Name: "compares", Label: "Compare & swap count", Value: float64(m.Compares)},
		{Name: "frozen-attempts", Label: "Frozen attempts", Value: float64(m.FrozenAttempts)},
		{Name: "dg-mean", Label: "DG (mean of pairs)", Value: s.dgCache.mean, Digits: 3},
		{Name: "dg-reference", Label: "DG (reference, sum quirk)", Value: s.dgCache.reference, Digits: 3},
		{Name: "done", Label: "Finished", Value: flag(m.Done)},
		{Name: "capped", Label: "Stopped at the swap cap", Value: flag(m.Capped)},
	}
	if s.trad != nil {
		t := s.trad.metrics()
		out = append(out,
			ui.Metric{Name: "trad-swaps", Label: "Traditional swaps", Value: float64(t.Swaps)},
			ui.Metric{Name: "trad-cost", Label: "Traditional comparisons + swaps", Value: float64(t.Cost)},
			ui.Metric{Name: "trad-error", Label: "Traditional error", Value: float64(t.Error)},
		)
	}
	return out
}

// frozenNow counts the frozen cells, including clicked ones.
func (s *Scene) frozenNow() int {
	s.cells = s.arr.Cells(s.cells)
	k := 0
	for _, c := range s.cells {
		if c.Frozen {
			k++
		}
	}
	return k
}
