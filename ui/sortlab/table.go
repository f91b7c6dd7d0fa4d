//go:build js && wasm

package sortlab

import (
	"fmt"
	"sort"

	"bioplay/models/sortbatch"
)

// summaryTable lays out the finished conditions of a batch.
func summaryTable(b *batchRun) (header []string, rows [][]string) {
	trad := false
	paperKeys := map[string]bool{}
	for _, r := range b.results {
		trad = trad || r.summary.Traditional != nil
		for k := range r.cond.Paper {
			paperKeys[k] = true
		}
	}
	var keys []string
	for k := range paperKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	header = []string{"condition", "runs", "final error", "swaps", "compare & swap", "DG", "agg. peak (at %)"}
	if trad {
		header = append(header, "trad. error", "trad. cost", "trad. DG", "trad ÷ cell cost")
	}
	for _, k := range keys {
		header = append(header, k+": ours / paper")
	}
	for _, r := range b.results {
		sm := r.summary
		row := []string{r.cond.Name, fmt.Sprint(sm.Runs), pm(sm.FinalError, 2), pm(sm.Swaps, 0), pm(sm.Compares, 0), pm(sm.DG, 3),
			fmt.Sprintf("%.3f (%d)", sm.AggPeak.Value, sm.AggPeak.Progress)}
		if trad {
			if t := sm.Traditional; t != nil {
				row = append(row, pm(t.FinalError, 2), pm(t.Cost, 0), pm(t.DG, 3), fmt.Sprintf("%.2f", t.CostRatio))
			} else {
				row = append(row, "–", "–", "–", "–")
			}
		}
		for _, k := range keys {
			paper, ok := r.cond.Paper[k]
			ours, has := sm.Value(k)
			switch {
			case ok && has:
				row = append(row, fmt.Sprintf("%.2f / %g", ours, paper))
			case ok:
				row = append(row, fmt.Sprintf("– / %g", paper))
			default:
				row = append(row, "")
			}
		}
		rows = append(rows, row)
	}
	return header, rows
}

// pm formats mean ± SD.
func pm(s sortbatch.Stat, digits int) string {
	return fmt.Sprintf("%.*f ± %.*f", digits, s.Mean, digits, s.SD)
}
