package main

import (
	"bioplay/models/param"
	"bioplay/models/quadratic"
)

// quadMaxSteps bounds -steps: ten million full-batch steps of the largest
// network is hours of work, more than anyone means to ask for.
const quadMaxSteps = 10_000_000

// quadCLISchema declares the flags of 'bioplay quad' that are not lab
// parameters. They go through the same parser as the lab's, so a bad
// -steps is refused in the same words as a bad -lr.
func quadCLISchema() *param.Schema {
	return &param.Schema{
		Lab: "bioplay quad",
		Specs: []param.Spec{
			{Name: "steps", Label: "Steps", Kind: param.Integer, Min: 1, Max: quadMaxSteps, Default: "3000",
				Help: "Train for `K` optimiser steps (each one mini-batch, or the full batch with -batch 0), then report."},
			{Name: "json", Label: "JSON", Kind: param.Bool, Default: "false",
				Help: "Print one JSON object instead of the table."},
			{Name: "csv", Label: "Curves", Kind: param.Text, Default: "", Allowed: "a file path",
				Help: "Write the training curves as CSV to `file`: the header step,train_loss,train_acc,test_loss,test_acc " +
					"(with -compare also conv_train_loss,conv_train_acc,conv_test_loss,conv_test_acc), " +
					"a row for step 0 (the initial network), then one every -every steps and one for the last step."},
			{Name: "every", Label: "CSV interval", Kind: param.Integer, Min: 1, Max: quadMaxSteps, Default: "10",
				Help: "With -csv, write a row every `K` steps."},
		},
	}
}

// quadCommand is bioplay quad's flag set.
var quadCommand = labCommand{name: "bioplay quad", lab: quadratic.Schema, cli: quadCLISchema, example: "-hidden 8,8"}
