package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// figureReport is what 'bioplay sort -figure N -json' prints.
type figureReport struct {
	Figure     int               `json:"figure"`
	Title      string            `json:"title"`
	Note       string            `json:"note,omitempty"`
	Runs       int               `json:"runs"`  // per condition
	Seeds      [2]uint64         `json:"seeds"` // first and last seed of every condition
	Files      []string          `json:"files"`
	Conditions []conditionReport `json:"conditions"`
}

// conditionReport is one condition's row of a figure report.
type conditionReport struct {
	Name string `json:"name"`
	// Params holds the parameters the condition sets, as in a URL.
	Params map[string]string `json:"params"`
	batchReport
	// Paper holds the paper's reported values where the spec gives them,
	// keyed like the fields above ("final_error", "cost_ratio", …).
	Paper map[string]float64 `json:"paper,omitempty"`
}

// report builds the JSON report of a finished figure.
func (j *figureJob) report(f *figureFiles) figureReport {
	r := figureReport{Figure: j.fig.Number, Title: j.fig.Title, Note: j.fig.Note, Runs: j.runs,
		Seeds: [2]uint64{j.seed, j.seed + uint64(j.runs) - 1}, Files: f.paths()}
	for _, c := range j.conds {
		params := map[string]string{}
		for _, p := range c.Params {
			params[p.Key] = p.Value
		}
		r.Conditions = append(r.Conditions, conditionReport{Name: c.Name, Params: params,
			batchReport: newBatchReport(c.sum), Paper: c.Paper})
	}
	return r
}

// figureTable prints a figure's progress as a table, one row per
// condition as it finishes.
type figureTable struct {
	w     io.Writer
	j     *figureJob
	cols  []tableColumn
	paper bool // some condition has the paper's values: a last column lists them
}

// tableColumn is one column of a figure table.
type tableColumn struct {
	head  string
	width int // negative: left-aligned
	cell  func(r batchReport) string
}

// newFigureTable returns the table of j on w. The aggregation peak is
// shown only when some condition mixes algotypes (a pure array's
// aggregation is constant), the capped runs only when some condition has
// mixed directions (§2.5), and the traditional columns only when some
// condition runs the traditional algorithm.
func newFigureTable(w io.Writer, j *figureJob) *figureTable {
	chimera, trad, paper, dirs := false, false, false, false
	for _, c := range j.conds {
		chimera = chimera || strings.Contains(c.values.Text("mix"), ",")
		trad = trad || c.opts.Traditional
		paper = paper || len(c.Paper) > 0
		dirs = dirs || c.values.Text("dirs") != "asc"
	}
	cols := []tableColumn{
		{"final error", 13, func(r batchReport) string { return pm(r.FinalError, 2) }},
		{"swaps", 12, func(r batchReport) string { return pm(r.Swaps, 0) }},
		{"cost", 12, func(r batchReport) string { return pm(r.Cost, 0) }},
		{"DG", 13, func(r batchReport) string { return pm(r.DG, 2) }},
	}
	if chimera {
		cols = append(cols, tableColumn{"agg peak", 11, func(r batchReport) string {
			return fmt.Sprintf("%.2f @%d%%", r.AggPeak.Value, r.AggPeak.Progress)
		}})
	}
	if dirs {
		cols = append(cols, tableColumn{"capped", 7, func(r batchReport) string {
			return fmt.Sprintf("%d/%d", r.Capped, j.runs)
		}})
	}
	if trad {
		cols = append(cols,
			tableColumn{"trad error", 13, tradCell(func(t *tradReport) string { return pm(t.FinalError, 2) })},
			tableColumn{"trad cost", 12, tradCell(func(t *tradReport) string { return pm(t.Cost, 0) })},
			tableColumn{"ratio", 5, tradCell(func(t *tradReport) string { return fmt.Sprintf("%.2f", t.CostRatio) })})
	}
	width := len("condition")
	for _, c := range j.conds {
		width = max(width, utf8.RuneCountInString(c.Name))
	}
	cols = append([]tableColumn{{"condition", -width, nil}}, cols...)
	return &figureTable{w: w, j: j, cols: cols, paper: paper}
}

// tradCell returns a cell function for a traditional statistic, "-" for
// a condition without one.
func tradCell(f func(*tradReport) string) func(batchReport) string {
	return func(r batchReport) string {
		if r.Traditional == nil {
			return "-"
		}
		return f(r.Traditional)
	}
}

// line prints cells padded to the columns' widths, then the paper's
// values.
func (t *figureTable) line(cells []string, paper string) {
	var b strings.Builder
	for i, c := range t.cols {
		if i > 0 {
			b.WriteString("  ")
		}
		fmt.Fprintf(&b, "%*s", c.width, cells[i])
	}
	if t.paper {
		b.WriteString("  " + paper)
	}
	fmt.Fprintln(t.w, b.String())
}

// header prints the figure's title and the column names.
func (t *figureTable) header() {
	j := t.j
	fmt.Fprintf(t.w, "Fig %d: %s\n", j.fig.Number, j.fig.Title)
	fmt.Fprintf(t.w, "%d runs per condition, seeds %d..%d; mean ± sd\n\n", j.runs, j.seed, j.seed+uint64(j.runs)-1)
	var heads []string
	for _, c := range t.cols {
		heads = append(heads, c.head)
	}
	t.line(heads, "paper")
}

// row prints a finished condition.
func (t *figureTable) row(c *figureCondition) {
	r := newBatchReport(c.sum)
	cells := []string{c.Name}
	for _, col := range t.cols[1:] {
		cells = append(cells, col.cell(r))
	}
	t.line(cells, paperText(c.Paper))
}

// footer prints the figure's note and names the files written.
func (t *figureTable) footer(f *figureFiles) error {
	var b strings.Builder
	if note := t.j.fig.Note; note != "" {
		b.WriteString("\n" + strings.Join(wrap(note, 100), "\n") + "\n")
	}
	fmt.Fprintf(&b, "\nwrote %s\n", strings.Join(f.paths(), ", "))
	_, err := io.WriteString(t.w, b.String())
	return err
}

// pm formats a summary as "mean ± sd" with prec decimals.
func pm(s summary, prec int) string {
	return fmt.Sprintf("%.*f ± %.*f", prec, s.Mean, prec, s.SD)
}

// paperText lists the paper's values as "key=value" in key order.
func paperText(paper map[string]float64) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(paper)) {
		parts = append(parts, fmt.Sprintf("%s=%g", k, paper[k]))
	}
	return strings.Join(parts, " ")
}
