package main

import (
	"errors"

	"bioplay/models/kan"
	"bioplay/models/learn"
	"bioplay/models/param"
)

// kanMaxSteps bounds -steps and -stage-steps: a million full-batch steps
// of a large network is hours of work, more than anyone means to ask for.
const kanMaxSteps = 1_000_000

// kanCLISchema declares the flags of 'bioplay kan' that are not lab
// parameters. They go through the same parser as the lab's, so a bad
// -refine is refused in the same words as a bad -refine-to.
func kanCLISchema() *param.Schema {
	return &param.Schema{
		Lab: "bioplay kan",
		Specs: []param.Spec{
			{Name: "steps", Label: "Steps", Kind: param.Integer, Min: 1, Max: kanMaxSteps, Default: "1000",
				Help: "Train for `K` optimiser steps, then report; with -refine, the steps of each stage unless -stage-steps is given."},
			{Name: "refine", Label: "Refine stages", Kind: param.Text, Default: "", Check: canonicalRefine,
				Allowed: "empty, or 1 to 10 comma-separated grid sizes in [2, 200], increasing, such as 3,5,10,20",
				Help: "Train in stages at these grid sizes (`g1,g2,…`): start at g1 (overriding -grid), train, extend the grid " +
					"to g2 by least squares (keeping the function), train again, and so on."},
			{Name: "stage-steps", Label: "Stage steps", Kind: param.Integer, Min: 0, Max: kanMaxSteps, Default: "0",
				Help: "With -refine, optimiser steps per stage (`S`); 0 means -steps."},
			{Name: "prune", Label: "Prune", Kind: param.Bool, Default: "false",
				Help: "After training, remove the hidden nodes scoring at most -prune-threshold (paper eq. 2.21, spec B.8), " +
					"then retrain the smaller network for -prune-steps steps with λ = 0, as the page's prune button and the paper do."},
			{Name: "prune-steps", Label: "Retraining steps", Kind: param.Integer, Min: 0, Max: kanMaxSteps, Default: "200",
				Help: "With -prune, optimiser steps (`S`) after pruning, with the sparsity penalty off; 0 retrains nothing."},
			{Name: "symbolic", Label: "Symbolic", Kind: param.Bool, Default: "false",
				Help: "At the end (after -prune), snap every edge to its best library function by R² and simplicity " +
					"(spec B.9, pykan's auto_symbolic), then fit the snapped edges' a, b, c, d by Levenberg–Marquardt (at most " +
					"100 iterations; regression tasks only), as the page's snap and fit-constants buttons do. Not with -basis select."},
			{Name: "benchmark", Label: "Benchmark", Kind: param.Bool, Default: "false", Help: kanBenchHelp()},
			{Name: "json", Label: "JSON", Kind: param.Bool, Default: "false",
				Help: "Print one JSON object instead of the table."},
			{Name: "csv", Label: "Curves", Kind: param.Text, Default: "", Allowed: "a file path",
				Help: "Write the RMSE curves as CSV to `file`: the header step,grid,train_rmse,test_rmse (with -compare also " +
					"mlp_train_rmse,mlp_test_rmse), a row for step 0, then one every -every steps and one at the end of each stage and of -prune's retraining."},
			{Name: "every", Label: "CSV interval", Kind: param.Integer, Min: 1, Max: kanMaxSteps, Default: "10",
				Help: "With -csv, write a row every `K` steps."},
		},
	}
}

// canonicalRefine is the check of -refine: empty (no stages) or stages as
// kan.ParseStages reads them, with its reason but without its field name
// (the flag's name is said before it).
func canonicalRefine(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	g, err := kan.ParseStages(s)
	if ce, ok := err.(*learn.ConfigError); ok {
		return "", errors.New(ce.Value + " " + ce.Reason)
	}
	return kan.FormatStages(g), err
}

// kanCommand is bioplay kan's flag set.
var kanCommand = labCommand{name: "bioplay kan", lab: kan.Schema, cli: kanCLISchema, example: "-shape 2,5,1"}
