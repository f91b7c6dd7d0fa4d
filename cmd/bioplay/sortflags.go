package main

import (
	"fmt"
	"strconv"
	"strings"

	"bioplay/models/param"
	"bioplay/models/sortbatch"
	"bioplay/models/sorting"
)

// cliSchema declares the flags of 'bioplay sort' that are not lab
// parameters. They go through the same parser as the lab's, so a bad
// -figure is refused in the same words as -n 5000. The batch size, -runs,
// is a lab parameter (the page's batch uses it too).
func cliSchema() *param.Schema {
	return &param.Schema{
		Lab: "bioplay sort",
		Specs: []param.Spec{
			{Name: "json", Label: "JSON", Kind: param.Bool, Default: "false",
				Help: "Print one JSON object instead of the table."},
			{Name: "csv", Label: "Trajectory", Kind: param.Text, Default: "", Allowed: "a file path",
				Help: "Write run 1's trajectory as CSV to `file`: the header swap,sortedness,error,aggregation,activations, " +
					"a first row swap=0 for the initial array, then one row per swap."},
			{Name: "figure", Label: "Figure", Kind: param.Text, Default: "", Check: canonicalFigure, Allowed: figureNumbers(),
				Help: "Run every condition of the paper's Fig `N` instead of one configuration and write its data and plot to -out. " +
					"Each condition runs -runs times (default the figure's own count) from -seed. " +
					"Only -seed, -runs, -dg, -json and -out may be given with it."},
			{Name: "out", Label: "Output directory", Kind: param.Text, Default: "", Allowed: "a directory path",
				Help: "Write -figure N's files to the directory `dir`, created if missing: figN.csv (one row per condition), " +
					"figN_curves.csv (mean and SD curves against progress) and figN.png (the plot)."},
		},
	}
}

// figureNumbers lists the figures -figure accepts, as "3, 4, 5, 7, 8, 9".
func figureNumbers() string {
	var s []string
	for _, f := range sortbatch.Figures() {
		s = append(s, strconv.Itoa(f.Number))
	}
	return strings.Join(s, ", ")
}

// canonicalFigure checks a -figure value: empty (no figure) or the number
// of one of the paper's figures that sortbatch reproduces.
func canonicalFigure(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	n, err := strconv.Atoi(s)
	if _, ok := sortbatch.FigureByNumber(n); err != nil || !ok {
		return "", fmt.Errorf("%q is not a figure of the paper that bioplay reproduces; allowed: %s", s, figureNumbers())
	}
	return strconv.Itoa(n), nil
}

// flagValues is a parsed 'bioplay sort' command line.
type flagValues struct {
	lab *param.Values   // the sorting lab's parameters (sorting.Schema)
	cli *param.Values   // the CLI's own (cliSchema)
	set map[string]bool // the flags given on the command line
}

// batchOptions returns the batch options of the lab values v (runs,
// seed, traditional, dg). Every run's seed must be one the page accepts,
// so that any run can be opened there.
func batchOptions(v *param.Values) (sortbatch.Options, error) {
	o, err := sortbatch.OptionsFrom(v)
	if err != nil {
		return o, err
	}
	if sp, ok := v.Schema().Lookup("seed"); ok && lastSeed(o) > uint64(sp.Max) {
		return o, fmt.Errorf("invalid value \"%d\" for flag -runs: the last run's seed, -seed + -runs − 1 = %d, exceeds the seed limit %d",
			o.Runs, lastSeed(o), uint64(sp.Max))
	}
	return o, nil
}

// lastSeed returns the seed of a batch's last run.
func lastSeed(o sortbatch.Options) uint64 { return o.Seed + uint64(o.Runs) - 1 }

// sortCommand is bioplay sort's flag set.
var sortCommand = labCommand{name: "bioplay sort", lab: sorting.Schema, cli: cliSchema, example: "-n 100"}
