package main

import (
	"encoding/csv"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"bioplay/models/sortbatch"
)

// csvFloat formats x for a CSV cell: ten significant digits, which hides
// the rounding noise of a mean (2463.3400000000006 becomes 2463.34), and
// no exponent.
func csvFloat(x float64) string {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 10, 64), 64)
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// statCells returns the mean and SD cells of s.
func statCells(s summary) []string { return []string{csvFloat(s.Mean), csvFloat(s.SD)} }

// statHeader returns the column names name_mean and name_sd.
func statHeader(name string) []string { return []string{name + "_mean", name + "_sd"} }

// hasTraditional reports whether some condition ran the traditional
// algorithm too, so the CSVs get its columns.
func (j *figureJob) hasTraditional() bool {
	for _, c := range j.conds {
		if c.opts.Traditional {
			return true
		}
	}
	return false
}

// paperKeys returns the keys of the paper's values over all conditions,
// sorted: one paper_<key> column each.
func (j *figureJob) paperKeys() []string {
	keys := map[string]bool{}
	for _, c := range j.conds {
		for k := range c.Paper {
			keys[k] = true
		}
	}
	return slices.Sorted(maps.Keys(keys))
}

// paramsText writes a condition's parameters as a URL fragment would.
func paramsText(c *figureCondition) string {
	var parts []string
	for _, p := range c.Params {
		parts = append(parts, p.Key+"="+p.Value)
	}
	return strings.Join(parts, "&")
}

// writeSummaryCSV writes figN.csv: a header, then one row per condition
// with its name, parameters, runs, the mean and SD of each summary
// statistic, the aggregation peak, the traditional columns when any
// condition has them, and the paper's values (empty where not given).
func (j *figureJob) writeSummaryCSV(w io.Writer) error {
	trad, keys := j.hasTraditional(), j.paperKeys()
	head := []string{"condition", "params", "runs"}
	for _, n := range []string{"final_error", "sortedness", "swaps", "activations", "cost", "dg", "frozen_attempts"} {
		head = append(head, statHeader(n)...)
	}
	head = append(head, "agg_peak", "agg_peak_progress", "capped")
	if trad {
		for _, n := range []string{"traditional_final_error", "traditional_swaps", "traditional_cost", "traditional_dg"} {
			head = append(head, statHeader(n)...)
		}
		head = append(head, "cost_ratio")
	}
	for _, k := range keys {
		head = append(head, "paper_"+k)
	}
	cw := csv.NewWriter(w)
	cw.Write(head)
	for _, c := range j.conds {
		r := newBatchReport(c.sum)
		row := []string{c.Name, paramsText(c), strconv.Itoa(c.sum.Runs)}
		for _, s := range []summary{r.FinalError, r.Sortedness, r.Swaps, r.Activations, r.Cost, r.DG, r.FrozenAttempts} {
			row = append(row, statCells(s)...)
		}
		row = append(row, csvFloat(r.AggPeak.Value), strconv.Itoa(r.AggPeak.Progress), strconv.Itoa(r.Capped))
		if trad {
			if t := r.Traditional; t != nil {
				for _, s := range []summary{t.FinalError, t.Swaps, t.Cost, t.DG} {
					row = append(row, statCells(s)...)
				}
				row = append(row, csvFloat(t.CostRatio))
			} else {
				row = append(row, make([]string, 9)...)
			}
		}
		for _, k := range keys {
			cell := ""
			if v, ok := c.Paper[k]; ok {
				cell = csvFloat(v)
			}
			row = append(row, cell)
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// writeCurvesCSV writes figN_curves.csv: for each condition and progress
// p = 0..100 (spec §5.2), the mean and SD over runs of sortedness, error
// and aggregation, the aggregation's chance level, and the traditional
// runs' sortedness and error when any condition has them.
func (j *figureJob) writeCurvesCSV(w io.Writer) error {
	trad := j.hasTraditional()
	head := []string{"condition", "progress"}
	for _, n := range []string{"sortedness", "error", "aggregation"} {
		head = append(head, statHeader(n)...)
	}
	head = append(head, "aggregation_chance")
	if trad {
		head = append(head, append(statHeader("traditional_sortedness"), statHeader("traditional_error")...)...)
	}
	cw := csv.NewWriter(w)
	cw.Write(head)
	for _, c := range j.conds {
		cv := &c.curves
		for p := range len(cv.Sortedness) {
			row := []string{c.Name, strconv.Itoa(p)}
			for _, s := range []sortbatch.Stat{cv.Sortedness[p], cv.Error[p], cv.Aggregation[p]} {
				row = append(row, statCells(summaryOf(s))...)
			}
			row = append(row, csvFloat(cv.AggregationChance))
			if trad {
				if c.sum.Traditional != nil {
					row = append(row, statCells(summaryOf(cv.TradSortedness[p]))...)
					row = append(row, statCells(summaryOf(cv.TradError[p]))...)
				} else {
					row = append(row, make([]string, 4)...)
				}
			}
			cw.Write(row)
		}
	}
	cw.Flush()
	return cw.Error()
}
