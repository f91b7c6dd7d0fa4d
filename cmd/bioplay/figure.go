package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"bioplay/models/param"
	"bioplay/models/sortbatch"
	"bioplay/models/sorting"
)

// figureJob is 'bioplay sort -figure N -out DIR': every condition of one
// of the paper's figures (sortbatch.Figures), each a batch of runs.
type figureJob struct {
	fig   sortbatch.Figure
	out   string // the directory for the files
	runs  int    // runs per condition
	seed  uint64 // seed of each condition's run 1
	json  bool
	conds []*figureCondition
}

// figureCondition is one condition of a figure, ready to run, and its
// results once it has.
type figureCondition struct {
	sortbatch.Condition
	values *param.Values // the lab's parameters: defaults, the condition's, then -seed, -runs, -dg
	opts   sortbatch.Options
	batch  *sortbatch.Batch
	sum    sortbatch.Summary // set when the batch is finished
	curves sortbatch.Curves  // set when the batch is finished
}

// figureFlags are the flags that may be given with -figure: the others
// set lab parameters, which each condition sets itself, or a single run's
// trajectory (-csv).
var figureFlags = []string{"seed", "runs", "dg", "json", "out"}

// newFigureJob checks a -figure command line and builds every condition's
// batch, so that a bad combination fails before any run.
func newFigureJob(fv *flagValues) (*figureJob, error) {
	text := fv.cli.Text("figure")
	if text == "" {
		return nil, fmt.Errorf("invalid value \"\" for flag -figure: allowed: %s", figureNumbers())
	}
	for _, name := range slices.Sorted(maps.Keys(fv.set)) {
		if name != "figure" && !slices.Contains(figureFlags, name) {
			return nil, fmt.Errorf("-%s cannot be used with -figure: the figure sets the lab parameters itself; only -%s may be given with it",
				name, strings.Join(figureFlags, ", -"))
		}
	}
	n, _ := strconv.Atoi(text)
	fig, _ := sortbatch.FigureByNumber(n) // canonicalFigure checked n
	j := &figureJob{fig: fig, out: fv.cli.Text("out"), runs: fig.Runs, seed: fv.lab.Uint64("seed"), json: fv.cli.Bool("json")}
	if j.out == "" {
		return nil, fmt.Errorf("-figure %d needs -out DIR, the directory for fig%d.csv, fig%d_curves.csv and fig%d.png", n, n, n, n)
	}
	if fv.set["runs"] {
		j.runs = fv.lab.Int("runs")
	}
	for _, c := range fig.Conditions {
		fc, err := j.condition(c, fv)
		if err != nil {
			return nil, fmt.Errorf("figure %d, condition %q: %v", n, c.Name, err)
		}
		j.conds = append(j.conds, fc)
	}
	return j, nil
}

// condition builds one condition's lab values and batch: the schema's
// defaults, then the condition's parameters, then -seed, -runs and -dg
// from the command line.
func (j *figureJob) condition(c sortbatch.Condition, fv *flagValues) (*figureCondition, error) {
	v, err := c.Values()
	if err != nil {
		return nil, err
	}
	pairs := []param.Pair{{Key: "runs", Value: strconv.Itoa(j.runs)}, {Key: "seed", Value: strconv.FormatUint(j.seed, 10)}}
	if fv.set["dg"] {
		pairs = append(pairs, param.Pair{Key: "dg", Value: fv.lab.Text("dg")})
	}
	if errs, _ := v.SetPairs(pairs); len(errs) > 0 {
		return nil, errs[0]
	}
	cfg, _, err := sorting.ConfigFrom(v)
	if err != nil {
		return nil, err
	}
	fc := &figureCondition{Condition: c, values: v}
	if fc.opts, err = batchOptions(v); err != nil {
		return nil, err
	}
	if fc.batch, err = sortbatch.New(cfg, fc.opts); err != nil {
		return nil, err
	}
	return fc, nil
}

// run runs every condition in order, printing a table row as each
// finishes (or, with -json, one JSON object at the end), then writes the
// figure's files. It returns the exit status.
func (j *figureJob) run(stdout, stderr io.Writer) int {
	files, err := j.createFiles()
	if err != nil {
		fmt.Fprintf(stderr, "bioplay sort: -out: %v\n", err)
		return 1
	}
	total := 0
	for _, c := range j.conds {
		total += c.opts.Runs
	}
	tab := newFigureTable(stdout, j)
	if !j.json {
		tab.header()
	}
	prog := newProgress(stderr, total, time.Now)
	done := 0
	for _, c := range j.conds {
		runBatch(c.batch, prog, done)
		done += c.opts.Runs
		c.sum, c.curves = c.batch.Summary(), c.batch.Curves()
		if !j.json {
			prog.finish() // the bar and the table may share a terminal
			tab.row(c)
		}
	}
	prog.finish()
	err = j.writeFiles(files)
	if err == nil {
		if j.json {
			err = writeJSON(stdout, j.report(files))
		} else {
			err = tab.footer(files)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay sort: %v\n", err)
		return 1
	}
	return 0
}

// figureFiles are the open output files of a figure.
type figureFiles struct {
	summary, curves, png *os.File
}

// paths returns the three files' names.
func (f *figureFiles) paths() []string {
	return []string{f.summary.Name(), f.curves.Name(), f.png.Name()}
}

// createFiles creates the output directory and the three files, before
// any run, so an unwritable -out fails at once.
func (j *figureJob) createFiles() (*figureFiles, error) {
	if err := os.MkdirAll(j.out, 0o755); err != nil {
		return nil, err
	}
	var f figureFiles
	base := filepath.Join(j.out, "fig"+strconv.Itoa(j.fig.Number))
	for _, p := range []struct {
		file **os.File
		name string
	}{{&f.summary, base + ".csv"}, {&f.curves, base + "_curves.csv"}, {&f.png, base + ".png"}} {
		file, err := os.Create(p.name)
		if err != nil {
			f.close()
			return nil, err
		}
		*p.file = file
	}
	return &f, nil
}

// close closes the files that are open and returns the first error.
func (f *figureFiles) close() error {
	var errs []error
	for _, file := range []*os.File{f.summary, f.curves, f.png} {
		if file != nil {
			errs = append(errs, file.Close())
		}
	}
	return errors.Join(errs...)
}

// writeFiles writes the summary CSV, the curves CSV and the PNG, and
// closes the files.
func (j *figureJob) writeFiles(f *figureFiles) error {
	err := errors.Join(
		j.writeSummaryCSV(f.summary),
		j.writeCurvesCSV(f.curves),
		j.writePNG(f.png),
	)
	return errors.Join(err, f.close())
}
