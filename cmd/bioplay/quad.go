package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"bioplay/models/learn"
	"bioplay/models/quadratic"
)

// quadJob is a parsed 'bioplay quad' command line: one training run of the
// quadratic-neuron lab, and with -compare a conventional network of the
// same shape beside it on the same data and seed.
type quadJob struct {
	values *flagValues     // the lab's and the CLI's own parameters
	setup  quadratic.Setup // built from the lab's values by quadratic.SetupFrom
	steps  int             // optimiser steps to take (-steps)
	every  int             // -csv row interval in steps (-every)
	json   bool            // print JSON instead of the table
	csv    string          // file for the curves, or "" for none

	train, test []learn.Point
	main        *quadRun // the network the flags describe
	compare     *quadRun // the conventional one beside it, with -compare; else nil
}

// quadRun is one network and its trainer.
type quadRun struct {
	neuron  quadratic.Neuron // the kind of every neuron in net
	net     *learn.Network
	trainer *learn.Trainer
}

// parseQuad parses the arguments after 'quad' and builds the data and the
// networks, so that a setup the models refuse is a usage error. It returns
// flag.ErrHelp for -h and -help, and otherwise an error naming the
// offending flag or argument.
func parseQuad(args []string) (*quadJob, error) {
	fv, err := quadCommand.parse(args)
	if err != nil {
		return nil, err
	}
	if fv.set["every"] && !fv.set["csv"] {
		return nil, errors.New("-every is the -csv row interval; it needs -csv FILE")
	}
	job := &quadJob{values: fv, steps: fv.cli.Int("steps"), every: fv.cli.Int("every"),
		json: fv.cli.Bool("json"), csv: fv.cli.Text("csv")}
	if job.setup, err = quadratic.SetupFrom(fv.lab); err != nil {
		return nil, err
	}
	s := job.setup
	if job.train, job.test, err = learn.MakeData(s.Data, s.Seed); err != nil {
		return nil, err
	}
	if job.main, err = newQuadRun(s, job.train); err != nil {
		return nil, err
	}
	if fv.lab.Bool("compare") {
		s.Net.Neuron = quadratic.Linear
		if job.compare, err = newQuadRun(s, job.train); err != nil {
			return nil, err
		}
	}
	return job, nil
}

// newQuadRun builds the network of s and its trainer on train, both from
// s.Seed (learn and quadratic draw the data, the weights and the
// mini-batch order from separate streams of the one seed). Assumption: the
// page builds its run the same way, so the URL hash printed with the table
// opens this very run.
func newQuadRun(s quadratic.Setup, train []learn.Point) (*quadRun, error) {
	net, err := quadratic.NewNetwork(s.Net, s.Seed)
	if err != nil {
		return nil, err
	}
	return &quadRun{neuron: s.Net.Neuron, net: net, trainer: learn.NewTrainer(net, train, s.Train, s.Seed)}, nil
}

// runQuad is the 'quad' command.
func runQuad(args []string, stdout, stderr io.Writer) int {
	job, err := parseQuad(args)
	if errors.Is(err, flag.ErrHelp) {
		quadUsage(stdout)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay quad: %v\nrun 'bioplay quad -h' for usage\n", err)
		return 2
	}
	var cur *curves
	if job.csv != "" {
		if cur, err = createCurves(job.csv, job.compare != nil); err != nil {
			fmt.Fprintf(stderr, "bioplay quad: -csv: %v\n", err)
			return 1
		}
	}
	job.trainAll(cur, newProgress(stderr, job.steps, time.Now))
	if cur != nil {
		if err := cur.close(); err != nil {
			fmt.Fprintf(stderr, "bioplay quad: -csv: %v\n", err)
			return 1
		}
	}
	rep := job.report()
	return printReport(stdout, stderr, "bioplay quad", rep, job.json)
}

// progressSteps is how many steps pass between two progress updates: few
// enough that the bar moves several times a second even for large
// networks, many enough that the clock costs nothing.
const progressSteps = 64

// trainAll takes job.steps steps with every network, writing a curves row
// (if cur is not nil) for step 0, every job.every steps and the last step.
func (job *quadJob) trainAll(cur *curves, prog *progress) {
	if cur != nil {
		job.curvesRow(cur, 0)
	}
	for step := 1; step <= job.steps; step++ {
		job.main.trainer.Step()
		if job.compare != nil {
			job.compare.trainer.Step()
		}
		if cur != nil && (step%job.every == 0 || step == job.steps) {
			job.curvesRow(cur, step)
		}
		if step%progressSteps == 0 || step == job.steps {
			prog.update(step)
		}
	}
	prog.finish()
}

// curvesRow evaluates the networks on both sets and writes a row for step.
func (job *quadJob) curvesRow(cur *curves, step int) {
	m := job.evaluate(job.main)
	var c *quadEval
	if job.compare != nil {
		e := job.evaluate(job.compare)
		c = &e
	}
	cur.row(step, m, c)
}

// quadEval is a network's loss (BCE) and accuracy (at 0.5, a fraction in
// [0, 1]) on the training and the test set.
type quadEval struct {
	TrainLoss, TrainAcc, TestLoss, TestAcc float64
}

// evaluate measures r's network on the job's data.
func (job *quadJob) evaluate(r *quadRun) quadEval {
	var e quadEval
	e.TrainLoss, e.TrainAcc = learn.Evaluate(r.net, job.train)
	e.TestLoss, e.TestAcc = learn.Evaluate(r.net, job.test)
	return e
}
