package main

import (
	"flag"
	"fmt"
	"io"

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

// newQuadFlagSet registers the quadratic lab's parameters and the CLI's
// own on a fresh, silent flag set: errors and usage are printed by runQuad,
// not by the flag package.
func newQuadFlagSet() (fs *flag.FlagSet, lab, cli *param.Flags) {
	fs = flag.NewFlagSet("bioplay quad", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	lab = quadratic.Schema().Defaults().AddFlags(fs)
	if f := fs.Lookup("speed"); f != nil {
		f.Usage += " A page setting: the CLI accepts it and ignores it."
	}
	cli = quadCLISchema().Defaults().AddFlags(fs)
	return fs, lab, cli
}

// parseQuadFlags parses args and applies the flags to the lab's and the
// CLI's values, each in schema order.
func parseQuadFlags(args []string) (*flagValues, error) {
	fs, lab, cli := newQuadFlagSet()
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q: every setting is a flag, as in -hidden 8,8", fs.Arg(0))
	}
	for _, f := range []*param.Flags{lab, cli} {
		if err := f.Apply(); err != nil {
			return nil, err
		}
	}
	fv := &flagValues{lab: lab.Values(), cli: cli.Values(), set: map[string]bool{}}
	fs.Visit(func(f *flag.Flag) { fv.set[f.Name] = true })
	return fv, nil
}
