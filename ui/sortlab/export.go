//go:build js && wasm

package sortlab

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
)

// exportTrajectory offers the live run's per-swap trajectory as CSV, with
// the traditional one beside it when shown. Row 0 is the initial array.
func (s *Scene) exportTrajectory() {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := []string{"swap", "sortedness", "error", "aggregation"}
	if s.trad != nil {
		head = append(head, "trad_sortedness", "trad_error")
	}
	w.Write(head)
	n := len(s.hist.err)
	if s.trad != nil {
		n = max(n, len(s.trad.hist.err))
	}
	for k := 0; k < n; k++ {
		row := []string{strconv.Itoa(k), at(s.hist.sortedness, k), at(s.hist.err, k), at(s.hist.aggregation, k)}
		if s.trad != nil {
			row = append(row, at(s.trad.hist.sortedness, k), at(s.trad.hist.err, k))
		}
		w.Write(row)
	}
	w.Flush()
	s.page.Download("sorting-trajectory.csv", "text/csv", buf.Bytes())
}

// exportBatch offers the batch as CSV, one row per run.
func (s *Scene) exportBatch() {
	if s.batch == nil || len(s.batch.results) == 0 {
		s.page.Message("export: no finished batch yet; run one first")
		return
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"condition", "seed", "final_error", "sortedness", "swaps", "activations", "compares", "frozen_attempts",
		"dg", "aggregation_peak", "aggregation_peak_progress", "capped", "trad_error", "trad_swaps", "trad_cost", "trad_dg"})
	for _, c := range s.batch.results {
		for _, r := range c.runs {
			w.Write([]string{c.cond.Name, fmt.Sprint(r.Seed), fmt.Sprint(r.FinalError), f(r.Sortedness), fmt.Sprint(r.Swaps),
				fmt.Sprint(r.Activations), fmt.Sprint(r.Compares), fmt.Sprint(r.FrozenAttempts), f(r.DG), f(r.AggPeak),
				fmt.Sprint(r.AggPeakProgress), fmt.Sprint(r.Capped), fmt.Sprint(r.TradError), fmt.Sprint(r.TradSwaps),
				fmt.Sprint(r.TradCost), f(r.TradDG)})
		}
	}
	w.Flush()
	s.page.Download("sorting-batch.csv", "text/csv", buf.Bytes())
}

func f(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func at(xs []float64, k int) string {
	if k < len(xs) {
		return f(xs[k])
	}
	return ""
}

// exportCurves offers the batch charts' series as CSV: for every finished
// condition and progress 0–100 %, mean and SD of sortedness, error and
// aggregation (and the traditional ones where run), and the chance level.
func (s *Scene) exportCurves() {
	if s.batch == nil || len(s.batch.results) == 0 {
		s.page.Message("export: no finished batch yet; run one first")
		return
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"condition", "progress", "sortedness_mean", "sortedness_sd", "error_mean", "error_sd",
		"aggregation_mean", "aggregation_sd", "aggregation_chance", "trad_sortedness_mean", "trad_error_mean"})
	for _, c := range s.batch.results {
		cv := &c.curves
		for p := range cv.Sortedness {
			w.Write([]string{c.cond.Name, strconv.Itoa(p), f(cv.Sortedness[p].Mean), f(cv.Sortedness[p].SD),
				f(cv.Error[p].Mean), f(cv.Error[p].SD), f(cv.Aggregation[p].Mean), f(cv.Aggregation[p].SD),
				f(cv.AggregationChance), f(cv.TradSortedness[p].Mean), f(cv.TradError[p].Mean)})
		}
	}
	w.Flush()
	s.page.Download("sorting-batch-curves.csv", "text/csv", buf.Bytes())
}
