package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"time"

	"bioplay/models/kan"
)

// kanJob is a parsed 'bioplay kan' command line: one KAN trained in one or
// more grid stages, and with -compare an MLP of about the same parameter
// count beside it on the same data.
type kanJob struct {
	values *flagValues // the lab's and the CLI's own parameters
	setup  kan.Setup   // built from the lab's values by kan.SetupFrom
	task   kan.Task
	stages []int // grid size of each stage; one stage at -grid without -refine
	steps  int   // optimiser steps per stage
	every  int   // -csv row interval in steps (-every)
	json   bool  // print JSON instead of the table
	csv    string
	// prune, pruneSteps and symbolic are the interpretation phases after
	// training (-prune, -prune-steps, -symbolic; see kaninterpret.go).
	prune      bool
	pruneSteps int
	symbolic   bool
	// bench is -benchmark's protocol; the job then trains nothing itself
	// and only values, json and bench are set.
	bench *kan.BenchConfig

	trainer  *kan.Trainer    // trains the KAN
	mlp      *kan.MLPTrainer // with -compare; else nil
	mlpWidth int             // the MLP's hidden width
	// done holds each finished stage's figures; paused the error that
	// stopped training (a NaN or infinity), or nil.
	done   []kanStage
	paused error
	taken  int // optimiser steps taken by the KAN in all, for -csv and the progress bar
	// phases, removed and snapped hold the interpretation's results: the
	// figures after training and after each phase run, the hidden nodes
	// -prune removed and the edges -symbolic snapped.
	phases  []kanPhase
	removed [][]int
	snapped []kanSnap
}

// parseKan parses the arguments after 'kan', draws the data and builds the
// networks, so that a setup the model refuses (such as a shape that does
// not fit the task) is a usage error. It returns flag.ErrHelp for -h and
// -help, and otherwise an error naming the offending flag or argument.
func parseKan(args []string) (*kanJob, error) {
	fv, err := kanCommand.parse(args)
	if err != nil {
		return nil, err
	}
	if fv.cli.Bool("benchmark") {
		c, err := benchConfig(fv)
		if err != nil {
			return nil, err
		}
		return &kanJob{values: fv, json: fv.cli.Bool("json"), bench: &c}, nil
	}
	if fv.set["every"] && !fv.set["csv"] {
		return nil, errors.New("-every is the -csv row interval; it needs -csv FILE")
	}
	if fv.set["stage-steps"] && !fv.set["refine"] {
		return nil, errors.New("-stage-steps is the length of each -refine stage; it needs -refine g1,g2,…")
	}
	job := &kanJob{values: fv, steps: fv.cli.Int("steps"), every: fv.cli.Int("every"),
		json: fv.cli.Bool("json"), csv: fv.cli.Text("csv"),
		prune: fv.cli.Bool("prune"), pruneSteps: fv.cli.Int("prune-steps"), symbolic: fv.cli.Bool("symbolic")}
	if fv.set["prune-steps"] && !job.prune {
		return nil, errors.New("-prune-steps is the retraining after -prune; it needs -prune")
	}
	if r := fv.cli.Text("refine"); r != "" {
		if err := job.applyRefine(r); err != nil {
			return nil, err
		}
	}
	if job.setup, err = kan.SetupFrom(fv.lab); err != nil {
		return nil, err
	}
	s := job.setup
	if job.symbolic && s.Net.Basis == kan.Select {
		return nil, errors.New("-symbolic snaps the edges of a single basis, which -basis select has not; " +
			"choose one of " + singleBases())
	}
	if job.stages == nil {
		job.stages = []int{s.Net.Grid}
	}
	if job.task, err = kan.LookupTask(s.Task); err != nil {
		return nil, err
	}
	var train, test []kan.Sample
	if job.trainer, train, test, err = s.Start(); err != nil {
		return nil, err
	}
	if fv.lab.Bool("compare") {
		// As in the page: the MLP is sized on the KAN at its first grid
		// (a Select KAN's count once pruned: kan.CompareParams).
		params := kan.CompareParams(job.trainer.Network())
		job.mlpWidth = kan.MLPWidth(job.task.Dim, params)
		if job.mlp, err = kan.NewMLPTrainer(job.task.Dim, params, s.Net.Loss, train, test, s.Train, s.Seed); err != nil {
			return nil, err
		}
	}
	return job, nil
}

// applyRefine reads -refine and -stage-steps into the job and writes the
// stages into the lab's values, so that setup and the URL hash describe
// the same run: grid is the first stage and refine-to the rest (the
// page's refine button then steps through them).
func (job *kanJob) applyRefine(text string) error {
	g, err := kan.ParseStages(text) // already checked by the flag's parser
	if err != nil {
		return err
	}
	job.stages = g
	if s := job.values.cli.Int("stage-steps"); s > 0 {
		job.steps = s
	}
	lab := job.values.lab
	if err := lab.Set("grid", strconv.Itoa(g[0])); err != nil {
		return fmt.Errorf("invalid value %q for flag -refine: %v", text, err)
	}
	if len(g) > 1 {
		if err := lab.Set("refine-to", kan.FormatStages(g[1:])); err != nil {
			return fmt.Errorf("invalid value %q for flag -refine: %v", text, err)
		}
	}
	return nil
}

// runKan is the 'kan' command.
func runKan(args []string, stdout, stderr io.Writer) int {
	job, err := parseKan(args)
	if errors.Is(err, flag.ErrHelp) {
		kanUsage(stdout)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay kan: %v\nrun 'bioplay kan -h' for usage\n", err)
		return 2
	}
	if job.bench != nil {
		return runKanBench(*job.bench, job.json, stdout, stderr)
	}
	var cur *kanCurves
	if job.csv != "" {
		if cur, err = createKanCurves(job.csv, job.mlp != nil); err != nil {
			fmt.Fprintf(stderr, "bioplay kan: -csv: %v\n", err)
			return 1
		}
	}
	job.trainAll(cur, newProgress(stderr, job.totalSteps(), time.Now))
	if cur != nil {
		if err := cur.close(); err != nil {
			fmt.Fprintf(stderr, "bioplay kan: -csv: %v\n", err)
			return 1
		}
	}
	rep := job.report()
	if code := printReport(stdout, stderr, "bioplay kan", rep, job.json); code != 0 {
		return code
	}
	if job.paused != nil {
		fmt.Fprintf(stderr, "bioplay kan: %v\n", job.paused)
		return 1
	}
	return 0
}
