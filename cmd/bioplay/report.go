package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// summary is the mean and population SD of one metric over a batch.
type summary struct {
	Mean float64 `json:"mean"`
	SD   float64 `json:"sd"`
}

// summarise returns s's mean and SD.
func summarise(s *stat) summary { return summary{Mean: s.Mean(), SD: s.SD()} }

// sortReport is the result of 'bioplay sort': what -json prints, field for
// field, and what the table shows. It holds no timestamps or timings, so
// the same command line always prints the same bytes.
type sortReport struct {
	Lab   string    `json:"lab"`
	Runs  int       `json:"runs"`
	Seeds [2]uint64 `json:"seeds"` // first and last seed
	// Params holds every lab parameter's canonical text, as in the page's
	// URL; seed is run 1's.
	Params         map[string]string `json:"params"`
	FinalError     summary           `json:"final_error"` // monotonicity error E (spec §6.1)
	Sortedness     summary           `json:"sortedness"`  // percent (spec §6.2)
	Swaps          summary           `json:"swaps"`
	Activations    summary           `json:"activations"`
	Compares       summary           `json:"compares"` // the cell-view compare & swap counter (spec §6.5)
	PointerMoves   summary           `json:"pointer_moves"`
	FrozenAttempts summary           `json:"frozen_attempts"`
	Capped         int               `json:"capped"` // runs stopped by the swap cap
	hash           string            // the page's URL hash for run 1
}

// report builds the report of a finished batch.
func (j *sortJob) report(st batchStats) sortReport {
	params := map[string]string{}
	for _, sp := range j.values.Schema().Specs {
		if t, ok := j.values.Get(sp.Name); ok {
			params[sp.Name] = t
		}
	}
	return sortReport{
		Lab:            j.values.Schema().Lab,
		Runs:           j.runs,
		Seeds:          [2]uint64{j.seed, j.lastSeed()},
		Params:         params,
		FinalError:     summarise(&st.finalError),
		Sortedness:     summarise(&st.sortedness),
		Swaps:          summarise(&st.swaps),
		Activations:    summarise(&st.activations),
		Compares:       summarise(&st.compares),
		PointerMoves:   summarise(&st.pointerMoves),
		FrozenAttempts: summarise(&st.frozen),
		Capped:         st.capped,
		hash:           "#" + j.values.Encode(),
	}
}

// writeJSON writes the report as one indented JSON object. Map keys come
// out sorted, so the bytes are deterministic.
func (r sortReport) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// writeText writes the report as a short table.
func (r sortReport) writeText(w io.Writer) error {
	var b strings.Builder
	plural := "s"
	if r.Runs == 1 {
		plural = ""
	}
	fmt.Fprintf(&b, "bioplay sort: %d run%s, seeds %d..%d\n", r.Runs, plural, r.Seeds[0], r.Seeds[1])
	fmt.Fprintf(&b, "run 1 on the page: %s\n\n", r.hash)
	fmt.Fprintf(&b, "%-16s %14s %14s\n", "", "mean", "sd")
	for _, row := range []struct {
		name string
		s    summary
	}{
		{"final error", r.FinalError},
		{"sortedness (%)", r.Sortedness},
		{"swaps", r.Swaps},
		{"activations", r.Activations},
		{"compares", r.Compares},
		{"pointer moves", r.PointerMoves},
		{"frozen attempts", r.FrozenAttempts},
	} {
		fmt.Fprintf(&b, "%-16s %14.3f %14.3f\n", row.name, row.s.Mean, row.s.SD)
	}
	fmt.Fprintf(&b, "%-16s %10d of %d run%s\n", "capped", r.Capped, r.Runs, plural)
	_, err := io.WriteString(w, b.String())
	return err
}
