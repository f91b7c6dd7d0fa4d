package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"bioplay/models/param"
	"bioplay/models/sortbatch"
)

// summary is the mean and population SD (ddof=0) of one metric over a
// batch.
type summary struct {
	Mean float64 `json:"mean"`
	SD   float64 `json:"sd"`
}

// summaryOf converts a sortbatch statistic.
func summaryOf(s sortbatch.Stat) summary { return summary{Mean: s.Mean, SD: s.SD} }

// peak is the maximum of the mean aggregation curve and where it occurs
// (spec §5.2).
type peak struct {
	Value    float64 `json:"value"`    // aggregation, 0..1
	Progress int     `json:"progress"` // normalised progress, percent 0..100
}

// tradReport summarises the traditional top-down runs (-traditional, spec
// §3) on the same initial arrays.
type tradReport struct {
	FinalError summary `json:"final_error"`
	Swaps      summary `json:"swaps"`
	Cost       summary `json:"cost"` // comparisons + swaps (§6.5)
	DG         summary `json:"dg"`
	// CostRatio is the mean traditional cost ÷ the mean cell-view cost,
	// the paper's Fig 4 efficiency ratio.
	CostRatio float64 `json:"cost_ratio"`
}

// batchReport holds a batch's summary statistics: the fields that a
// 'bioplay sort' report and each condition of a figure report share.
type batchReport struct {
	FinalError     summary `json:"final_error"` // monotonicity error E (spec §6.1)
	Sortedness     summary `json:"sortedness"`  // percent (spec §6.2)
	Swaps          summary `json:"swaps"`
	Activations    summary `json:"activations"`
	Compares       summary `json:"compares"`
	Cost           summary `json:"cost"` // the cell-view compare & swap counter (spec §6.5)
	DG             summary `json:"dg"`   // delayed gratification, in the -dg variant (§6.3)
	FrozenAttempts summary `json:"frozen_attempts"`
	AggPeak        peak    `json:"aggregation_peak"`
	Capped         int     `json:"capped"` // runs stopped by the swap cap
	// Traditional is set with -traditional.
	Traditional *tradReport `json:"traditional,omitempty"`
}

// newBatchReport converts a sortbatch summary.
func newBatchReport(s sortbatch.Summary) batchReport {
	r := batchReport{
		FinalError:     summaryOf(s.FinalError),
		Sortedness:     summaryOf(s.Sortedness),
		Swaps:          summaryOf(s.Swaps),
		Activations:    summaryOf(s.Activations),
		Compares:       summaryOf(s.Compares),
		Cost:           summaryOf(s.Cost),
		DG:             summaryOf(s.DG),
		FrozenAttempts: summaryOf(s.FrozenAttempts),
		AggPeak:        peak{Value: s.AggPeak.Value, Progress: s.AggPeak.Progress},
		Capped:         s.Capped,
	}
	if t := s.Traditional; t != nil {
		r.Traditional = &tradReport{
			FinalError: summaryOf(t.FinalError),
			Swaps:      summaryOf(t.Swaps),
			Cost:       summaryOf(t.Cost),
			DG:         summaryOf(t.DG),
			CostRatio:  t.CostRatio,
		}
	}
	return r
}

// sortReport is the result of 'bioplay sort': what -json prints, field for
// field, and what the table shows. It holds no timestamps or timings, so
// the same command line always prints the same bytes.
type sortReport struct {
	Lab   string    `json:"lab"`
	Runs  int       `json:"runs"`
	Seeds [2]uint64 `json:"seeds"` // first and last seed
	// Params holds every lab parameter's canonical text, as in the page's
	// URL; seed is run 1's.
	Params map[string]string `json:"params"`
	batchReport
	hash string // the page's URL hash for run 1
}

// paramMap returns every valued parameter's canonical text.
func paramMap(v *param.Values) map[string]string {
	params := map[string]string{}
	for _, sp := range v.Schema().Specs {
		if t, ok := v.Get(sp.Name); ok {
			params[sp.Name] = t
		}
	}
	return params
}

// report builds the report of a finished batch.
func (j *sortJob) report(s sortbatch.Summary) sortReport {
	return sortReport{
		Lab:         j.values.lab.Schema().Lab,
		Runs:        j.opts.Runs,
		Seeds:       [2]uint64{j.opts.Seed, lastSeed(j.opts)},
		Params:      paramMap(j.values.lab),
		batchReport: newBatchReport(s),
		hash:        "#" + j.values.lab.Encode(),
	}
}

// textReport is a command's result that prints itself as a table.
type textReport interface{ writeText(w io.Writer) error }

// printReport writes rep to stdout as JSON or as its table and returns the
// command's exit status: 0, or 1 with the error on stderr under the
// command's name ("bioplay quad").
func printReport(stdout, stderr io.Writer, cmd string, rep textReport, asJSON bool) int {
	var err error
	if asJSON {
		err = writeJSON(stdout, rep)
	} else {
		err = rep.writeText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return 1
	}
	return 0
}

// writeJSON writes v as one indented JSON object. Map keys come out
// sorted, so the bytes are deterministic.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeJSON writes the report as one indented JSON object.
func (r sortReport) writeJSON(w io.Writer) error { return writeJSON(w, r) }

// writeText writes the report as a short table.
func (r sortReport) writeText(w io.Writer) error {
	var b strings.Builder
	plural := "s"
	if r.Runs == 1 {
		plural = ""
	}
	fmt.Fprintf(&b, "bioplay sort: %d run%s, seeds %d..%d\n", r.Runs, plural, r.Seeds[0], r.Seeds[1])
	fmt.Fprintf(&b, "run 1 on the page: %s\n\n", r.hash)
	fmt.Fprintf(&b, "%-28s %14s %14s\n", "", "mean", "sd")
	row := func(name string, s summary) {
		fmt.Fprintf(&b, "%-28s %14.3f %14.3f\n", name, s.Mean, s.SD)
	}
	row("final error", r.FinalError)
	row("sortedness (%)", r.Sortedness)
	row("swaps", r.Swaps)
	row("activations", r.Activations)
	row("cost (compare & swap)", r.Cost)
	row("frozen attempts", r.FrozenAttempts)
	row("delayed gratification", r.DG)
	fmt.Fprintf(&b, "%-28s %14.3f   at %d%% progress\n", "aggregation peak", r.AggPeak.Value, r.AggPeak.Progress)
	fmt.Fprintf(&b, "%-28s %10d of %d run%s\n", "capped", r.Capped, r.Runs, plural)
	if t := r.Traditional; t != nil {
		b.WriteString("\ntraditional (top-down, same arrays)\n")
		row("final error", t.FinalError)
		row("swaps", t.Swaps)
		row("cost (comparisons + swaps)", t.Cost)
		row("delayed gratification", t.DG)
		fmt.Fprintf(&b, "%-28s %14.3f\n", "cost ratio (trad ÷ cell)", t.CostRatio)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
