package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"bioplay/models/sortbatch"
	"bioplay/models/sorting"
)

// sortJob is a parsed 'bioplay sort' command line: a batch of runs of the
// sorting lab with one configuration and consecutive seeds, or, with
// -figure, one of the paper's figures.
type sortJob struct {
	values *flagValues       // the lab's and the CLI's own parameters
	cfg    sorting.Config    // built from the lab's values by sorting.ConfigFrom
	opts   sortbatch.Options // runs, seed of run 1, traditional, DG variant
	batch  *sortbatch.Batch  // the runs, built from cfg and opts
	json   bool              // print JSON instead of the table
	csv    string            // file for run 1's trajectory, or "" for none
	figure *figureJob        // set by -figure; then cfg, opts, batch and csv are unused
}

// parseSort parses the arguments after 'sort'. It returns flag.ErrHelp for
// -h and -help, and otherwise an error naming the offending flag or
// argument.
func parseSort(args []string) (*sortJob, error) {
	fv, err := sortCommand.parse(args)
	if err != nil {
		return nil, err
	}
	job := &sortJob{values: fv, json: fv.cli.Bool("json"), csv: fv.cli.Text("csv")}
	if fv.set["figure"] {
		if job.figure, err = newFigureJob(fv); err != nil {
			return nil, err
		}
		return job, nil
	}
	if fv.set["out"] {
		return nil, errors.New("-out is the directory for -figure's files; it needs -figure N")
	}
	if job.cfg, _, err = sorting.ConfigFrom(fv.lab); err != nil {
		return nil, err
	}
	if job.opts, err = batchOptions(fv.lab); err != nil {
		return nil, err
	}
	// Build the batch now, so a configuration it refuses is a usage error.
	if job.batch, err = sortbatch.New(job.cfg, job.opts); err != nil {
		return nil, err
	}
	return job, nil
}

// runSort is the 'sort' command.
func runSort(args []string, stdout, stderr io.Writer) int {
	job, err := parseSort(args)
	if errors.Is(err, flag.ErrHelp) {
		sortUsage(stdout)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay sort: %v\nrun 'bioplay sort -h' for usage\n", err)
		return 2
	}
	if job.figure != nil {
		return job.figure.run(stdout, stderr)
	}
	var traj *trajectory
	if job.csv != "" {
		if traj, err = createTrajectory(job.csv); err != nil {
			fmt.Fprintf(stderr, "bioplay sort: -csv: %v\n", err)
			return 1
		}
		// Run 1 again on its own, for its per-swap trajectory: the batch
		// keeps summaries only.
		err = traceRun(job.cfg, job.opts.Seed, traj)
		if cerr := traj.close(); cerr != nil && err == nil {
			err = fmt.Errorf("-csv: %v", cerr)
		}
		if err != nil {
			fmt.Fprintf(stderr, "bioplay sort: %v\n", err)
			return 1
		}
	}
	prog := newProgress(stderr, job.opts.Runs, time.Now)
	runBatch(job.batch, prog, 0)
	prog.finish()
	rep := job.report(job.batch.Summary())
	if job.json {
		err = rep.writeJSON(stdout)
	} else {
		err = rep.writeText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay sort: %v\n", err)
		return 1
	}
	return 0
}

// stepBudget is the number of activations one Batch.Step may do: large, so
// the loop costs nothing, and small enough for the progress bar to move
// several times a second.
const stepBudget = 1 << 18

// runBatch steps b to the end, reporting offset plus its finished runs to
// prog after every slice.
func runBatch(b *sortbatch.Batch, prog *progress, offset int) {
	for {
		finished := b.Step(stepBudget)
		done, _ := b.Progress()
		prog.update(offset + done)
		if finished {
			return
		}
	}
}

// traceRun runs cfg with seed to Done, writing a row to traj for the
// initial array and after every swap.
func traceRun(cfg sorting.Config, seed uint64, traj *trajectory) error {
	a, err := sorting.New(cfg, seed)
	if err != nil {
		return err
	}
	traj.row(a.Metrics())
	for a.Step() {
		if _, _, ok := a.LastSwap(); ok {
			traj.row(a.Metrics())
		}
	}
	return nil
}
