package main

import (
	"fmt"

	"bioplay/models/param"
	"bioplay/models/swimmer"
)

// swimCLISchema declares the flags of 'bioplay swim' that are not lab
// parameters. They go through the same parser as the lab's, so a bad
// -weights is refused in the same words as a bad -w-prop. Our choice: the
// episode length and the ES settings are lab parameters (-steps, -pop,
// -generations, …), so they are not repeated here.
func swimCLISchema() *param.Schema {
	return &param.Schema{
		Lab: "bioplay swim",
		Specs: []param.Spec{
			{Name: "train", Label: "Train", Kind: param.Choice, Options: []string{"none", "es"}, Default: "none",
				Help: "none: swim one episode with the weights the flags give; es: train the controller's weights " +
					"(ncap or mlp) by evolution strategies for -generations generations and report the learning curve."},
			{Name: "weights", Label: "NCAP weights", Kind: param.Text, Default: "",
				Check: canonicalWeights, Allowed: weightsAllowed,
				Help: "Set NCAP's four shared weights at once (`a,b,c,d`), overriding -w-prop, -w-osc, -w-ipsi and -w-contra; " +
					"needs -controller ncap with weight sharing."},
			{Name: "json", Label: "JSON", Kind: param.Bool, Default: "false",
				Help: "Print one JSON object instead of the table."},
			{Name: "csv", Label: "Curve", Kind: param.Text, Default: "", Allowed: "a file path",
				Help: "With -train es, write the learning curve as CSV to `file`: the header generation,episodes,return, " +
					"then one row per generation from 0 (the initial weights)."},
		},
	}
}

// canonicalWeights is the check of -weights: empty (not given) or four
// finite numbers, written back in their shortest exact form.
func canonicalWeights(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	w, err := swimmer.ParseWeights(s)
	if err != nil {
		return "", fmt.Errorf("%v; allowed: %s", err, weightsAllowed)
	}
	return swimmer.FormatFloats(w[:]), nil
}

// weightsAllowed describes the values -weights takes.
const weightsAllowed = "four comma-separated numbers prop,osc,ipsi,contra, such as 1,1,1,-1"

// swimCommand is bioplay swim's flag set.
var swimCommand = labCommand{name: "bioplay swim", lab: swimmer.Schema, cli: swimCLISchema, example: "-links 8"}
