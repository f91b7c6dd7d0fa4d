package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"bioplay/models/swimmer"
)

// swimJob is a parsed 'bioplay swim' command line: one episode of the
// swimmer lab, or with -train es a run of evolution strategies on the
// controller's weights.
type swimJob struct {
	values *flagValues   // the lab's and the CLI's own parameters
	setup  swimmer.Setup // built from the lab's values by swimmer.SetupFrom
	body   *swimmer.Body
	ctrl   swimmer.Controller // the controller with the weights the flags give
	json   bool               // print JSON instead of the table
	csv    string             // file for the ES curve, or "" for none

	trainer *swimmer.Trainer // with -train es; else nil
}

// parseSwim parses the arguments after 'swim' and builds the body, the
// controller and (with -train es) the trainer, so that a setup the model
// refuses is a usage error. It returns flag.ErrHelp for -h and -help, and
// otherwise an error naming the offending flag or argument.
func parseSwim(args []string) (*swimJob, error) {
	fv, err := swimCommand.parse(args)
	if err != nil {
		return nil, err
	}
	train := fv.cli.Text("train") == "es"
	if fv.set["csv"] && !train {
		return nil, errors.New("-csv writes the ES learning curve; it needs -train es")
	}
	if fv.set["weights"] {
		if err := applyWeights(fv); err != nil {
			return nil, err
		}
	}
	job := &swimJob{values: fv, json: fv.cli.Bool("json"), csv: fv.cli.Text("csv")}
	if job.setup, err = swimmer.SetupFrom(fv.lab); err != nil {
		return nil, err
	}
	s := job.setup
	if job.body, err = s.Body(); err != nil {
		return nil, err
	}
	if job.ctrl, err = s.NewController(); err != nil {
		return nil, err
	}
	if train {
		if len(job.ctrl.Params()) == 0 {
			return nil, fmt.Errorf("-train es needs a controller with weights, ncap or mlp; -controller %s has none", s.Controller)
		}
		if job.trainer, err = swimmer.NewTrainer(job.body, job.ctrl, s.Train, s.Seed); err != nil {
			return nil, err
		}
	}
	return job, nil
}

// applyWeights writes -weights into the lab's w-prop … w-contra, after
// checking that they are NCAP's shared weights in this setup.
func applyWeights(fv *flagValues) error {
	text := fv.cli.Text("weights")
	if c := fv.lab.Text("controller"); c != "ncap" {
		return fmt.Errorf("-weights sets NCAP's shared weights; it needs -controller ncap, not %s", c)
	}
	if !fv.lab.Bool("sharing") {
		return errors.New("-weights sets NCAP's shared weights; it cannot be used with -sharing=false (use -unshared for 6 weights per joint)")
	}
	w, err := swimmer.ParseWeights(text)
	if err != nil { // only "": the flag's parser let nothing else through
		return fmt.Errorf("invalid value %q for flag -weights: %v; allowed: %s", text, err, weightsAllowed)
	}
	for i, name := range swimmer.WeightNames() {
		if err := fv.lab.Set(name, swimmer.FormatFloats(w[i:i+1])); err != nil {
			return fmt.Errorf("invalid value %q for flag -weights: %v", text, err)
		}
	}
	return nil
}

// runSwim is the 'swim' command.
func runSwim(args []string, stdout, stderr io.Writer) int {
	job, err := parseSwim(args)
	if errors.Is(err, flag.ErrHelp) {
		swimUsage(stdout)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay swim: %v\nrun 'bioplay swim -h' for usage\n", err)
		return 2
	}
	var rep textReport
	if job.trainer == nil {
		res, err := swimmer.Run(job.body, job.ctrl, job.setup.Start, job.setup.Seed, job.setup.Train.EpisodeSteps)
		if err != nil { // parseSwim built body and controller to fit
			fmt.Fprintf(stderr, "bioplay swim: %v\n", err)
			return 1
		}
		rep = job.episodeReport(res)
	} else {
		var cur *swimCurve
		if job.csv != "" {
			if cur, err = createSwimCurve(job.csv); err != nil {
				fmt.Fprintf(stderr, "bioplay swim: -csv: %v\n", err)
				return 1
			}
		}
		job.train(cur, newProgress(stderr, job.setup.Generations, time.Now))
		if cur != nil {
			if err := cur.close(); err != nil {
				fmt.Fprintf(stderr, "bioplay swim: -csv: %v\n", err)
				return 1
			}
		}
		rep = job.trainReport()
	}
	return printReport(stdout, stderr, "bioplay swim", rep, job.json)
}

// train runs -generations ES generations. Curve()[0] is the evaluation of
// the initial weights, so the curve ends with Generations+1 values; each
// one is written to cur (if not nil) as it completes.
func (job *swimJob) train(cur *swimCurve, prog *progress) {
	t, pop := job.trainer, job.setup.Train.ES.Pop
	for g := 0; g <= job.setup.Generations; g++ {
		t.RunGenerations(1)
		if cur != nil {
			cur.row(g, g*pop, t.Curve()[g])
		}
		if g > 0 {
			prog.update(g)
		}
	}
	prog.finish()
}

// weightsHash returns the page's URL hash for the lab's values with the
// controller's parameters set to theta: w-prop … w-contra for shared NCAP,
// unshared without sharing, mlp-weights for the MLP. It returns false
// when the page cannot hold them (a shared weight outside its range).
func (job *swimJob) weightsHash(theta []float64) (string, bool) {
	v := job.values.lab.Clone()
	var err error
	switch {
	case job.setup.Controller == "mlp":
		err = v.Set("mlp-weights", swimmer.EncodeFloats(theta))
	case job.setup.Sharing:
		for i, name := range swimmer.WeightNames() {
			if err == nil {
				err = v.Set(name, swimmer.FormatFloats(theta[i:i+1]))
			}
		}
	default:
		err = v.Set("unshared", swimmer.FormatFloats(theta))
	}
	return "#" + v.Encode(), err == nil
}
