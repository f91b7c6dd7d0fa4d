package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"bioplay/models/param"
	"bioplay/models/sorting"
)

// sortJob is a parsed 'bioplay sort' command line: a batch of runs of the
// sorting lab with one configuration and consecutive seeds.
type sortJob struct {
	values *param.Values  // the lab's parameters, canonical, as the page would hold them
	cfg    sorting.Config // built from values by sorting.ConfigFrom
	seed   uint64         // seed of run 1; run r uses seed + r − 1
	runs   int            // number of runs, in [1, maxRuns]
	json   bool           // print JSON instead of the table
	csv    string         // file for run 1's trajectory, or "" for none
}

// maxRuns bounds -runs.
const maxRuns = 100000

// batchSchema declares the flags of 'bioplay sort' that are not lab
// parameters. They go through the same parser as the lab's, so -runs 0,
// -runs 2.5 and -runs NaN are refused in the same words as -n 5000.
func batchSchema() *param.Schema {
	return &param.Schema{
		Lab: "bioplay sort",
		Specs: []param.Spec{
			{Name: "runs", Label: "Runs", Kind: param.Integer, Min: 1, Max: maxRuns, Step: 1, Default: "1",
				Help: "Number of runs; run r (1-based) uses seed + r − 1."},
			{Name: "json", Label: "JSON", Kind: param.Bool, Default: "false",
				Help: "Print one JSON object instead of the table."},
			{Name: "csv", Label: "Trajectory", Kind: param.Text, Default: "", Allowed: "a file path",
				Help: "Write run 1's trajectory as CSV to `file`: the header swap,sortedness,error,aggregation,activations, " +
					"a first row swap=0 for the initial array, then one row per swap."},
		},
	}
}

// sortFlags is the flag set of 'bioplay sort' with the values behind it.
type sortFlags struct {
	fs    *flag.FlagSet
	lab   *param.Flags
	batch *param.Flags
}

// newSortFlags registers the sorting lab's parameters (sorting.Schema) and
// the batch flags on a fresh, silent flag set: errors and usage are
// printed by runSort, not by the flag package.
func newSortFlags() *sortFlags {
	fs := flag.NewFlagSet("bioplay sort", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	lab := sorting.Schema().Defaults().AddFlags(fs)
	if f := fs.Lookup("speed"); f != nil {
		f.Usage += " A page setting: the CLI accepts it and ignores it."
	}
	batch := batchSchema().Defaults().AddFlags(fs)
	return &sortFlags{fs: fs, lab: lab, batch: batch}
}

// parseSort parses the arguments after 'sort'. It returns flag.ErrHelp for
// -h and -help, and otherwise an error naming the offending flag or
// argument.
func parseSort(args []string) (*sortJob, error) {
	sf := newSortFlags()
	if err := sf.fs.Parse(args); err != nil {
		return nil, err
	}
	if sf.fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q: every setting is a flag, as in -n 100", sf.fs.Arg(0))
	}
	for _, f := range []*param.Flags{sf.lab, sf.batch} {
		if err := f.Apply(); err != nil {
			return nil, err
		}
	}
	batch := sf.batch.Values()
	cfg, seed, err := sorting.ConfigFrom(sf.lab.Values())
	if err != nil {
		return nil, err
	}
	job := &sortJob{
		values: sf.lab.Values(),
		cfg:    cfg,
		seed:   seed,
		runs:   batch.Int("runs"),
		json:   batch.Bool("json"),
		csv:    batch.Text("csv"),
	}
	// Every run's seed must be one the page accepts, so any run can be
	// opened there.
	if sp, ok := sf.lab.Values().Schema().Lookup("seed"); ok && job.lastSeed() > uint64(sp.Max) {
		return nil, fmt.Errorf("invalid value \"%d\" for flag -runs: the last run's seed, -seed + -runs − 1 = %d, exceeds the seed limit %d",
			job.runs, job.lastSeed(), uint64(sp.Max))
	}
	return job, nil
}

// lastSeed returns the seed of the last run.
func (j *sortJob) lastSeed() uint64 { return j.seed + uint64(j.runs) - 1 }

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
	var traj *trajectory
	if job.csv != "" {
		if traj, err = createTrajectory(job.csv); err != nil {
			fmt.Fprintf(stderr, "bioplay sort: -csv: %v\n", err)
			return 1
		}
	}
	prog := newProgress(stderr, job.runs, time.Now)
	st, err := job.batch(traj, prog.update)
	prog.finish()
	if traj != nil {
		if cerr := traj.close(); cerr != nil && err == nil {
			err = fmt.Errorf("-csv: %v", cerr)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay sort: %v\n", err)
		return 1
	}
	rep := job.report(st)
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

// batchStats accumulates the final metrics of a batch's runs.
type batchStats struct {
	finalError, sortedness                             stat
	swaps, activations, compares, pointerMoves, frozen stat
	capped                                             int // runs stopped by the swap cap
}

// add records one finished run.
func (b *batchStats) add(m sorting.Metrics) {
	b.finalError.add(float64(m.Error))
	b.sortedness.add(m.Sortedness)
	b.swaps.add(float64(m.Swaps))
	b.activations.add(float64(m.Activations))
	b.compares.add(float64(m.Compares))
	b.pointerMoves.add(float64(m.PointerMoves))
	b.frozen.add(float64(m.FrozenAttempts))
	if m.Capped {
		b.capped++
	}
}

// batch runs the job's runs one after another, each to Done, and returns
// the statistics of their final metrics. Run 1's trajectory goes to traj
// when it is not nil; progress is called with the number of finished runs.
func (j *sortJob) batch(traj *trajectory, progress func(done int)) (batchStats, error) {
	var st batchStats
	a, err := sorting.New(j.cfg, j.seed)
	if err != nil {
		return st, err
	}
	for r := range j.runs {
		if r > 0 {
			a.Reset(j.seed + uint64(r))
		}
		if r == 0 && traj != nil {
			traceRun(a, traj)
		} else {
			for a.Step() {
			}
		}
		st.add(a.Metrics())
		progress(r + 1)
	}
	return st, nil
}

// traceRun steps a to Done, writing a row to traj for the initial array and
// after every swap.
func traceRun(a *sorting.Array, traj *trajectory) {
	traj.row(a.Metrics())
	for a.Step() {
		if _, _, ok := a.LastSwap(); ok {
			traj.row(a.Metrics())
		}
	}
}

// sortUsage writes the full usage of 'bioplay sort'.
func sortUsage(w io.Writer) {
	sf := newSortFlags()
	fmt.Fprint(w, `usage: bioplay sort [flags]

Runs the self-sorting arrays lab (Zhang, Goldstein & Levin) without the
page: each run builds an array from the flags and its seed and steps it
until it is done (no cell can move, or the swap cap is reached). It then
prints the mean and population SD (ddof=0) of the final metrics over all
runs, as a table or, with -json, as one JSON object.

Run r (1-based) uses seed + r − 1, so -seed 1 -runs 100 runs seeds 1..100.
Lab flags take the same names and values as the page's URL and are applied
in the order listed below, whatever their order on the command line.
-speed is a page setting: the CLI accepts it and ignores it.

Lab flags:
`)
	printFlags(w, sf.fs, sf.lab.Values().Schema())
	fmt.Fprint(w, "\nBatch flags:\n")
	printFlags(w, sf.fs, sf.batch.Values().Schema())
	fmt.Fprint(w, `
Example: the paper's stuck-damage Bubble arrays with one frozen cell (Fig 5)
  bioplay sort -frozen 1 -damage stuck -runs 100 -seed 1
`)
}
