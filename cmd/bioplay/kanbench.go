package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"bioplay/models/kan"
	"bioplay/models/learn"
)

// kanBenchFlags are the flags 'bioplay kan -benchmark' reads: -task,
// -steps, -points, -grid, -lr and -seed replace the protocol's task list,
// step budget, point counts, grid, learning rate and seeds when given;
// any other flag beside -benchmark is refused rather than ignored.
var kanBenchFlags = []string{"benchmark", "task", "steps", "points", "grid", "lr", "seed", "json"}

// kanBenchHelp is the help of -benchmark, with kan.DefaultBenchConfig's
// protocol written out.
func kanBenchHelp() string {
	d := kan.DefaultBenchConfig()
	return fmt.Sprintf("Instead of one run, print issue 7's function-fitting benchmark (kan.Benchmark): the test RMSE of "+
		"each regression task (%s) fitted by KANs of each basis, by select and by an MLP of about the same "+
		"parameter count, all with one protocol: %d full-batch Adam steps at lr %g, %d train and test points, G = %d, "+
		"mean over seeds %s. That is minutes of work. %s replace the protocol's task list (one task), steps, "+
		"points, grid, learning rate and seeds (one seed) when given; other flags are refused. Markdown, or JSON with -json.",
		strings.Join(kan.BenchTasks(), ", "), d.Steps, d.LR, d.Points, d.Grid, formatSeeds(d.Seeds),
		dashList(kanBenchFlags[1:len(kanBenchFlags)-1]))
}

// dashList writes flag names as "-a, -b and -c".
func dashList(names []string) string {
	dashed := make([]string, len(names))
	for i, n := range names {
		dashed[i] = "-" + n
	}
	if len(dashed) == 1 {
		return dashed[0]
	}
	return strings.Join(dashed[:len(dashed)-1], ", ") + " and " + dashed[len(dashed)-1]
}

// formatSeeds writes seeds as "1,2,3".
func formatSeeds(seeds []uint64) string {
	s := make([]string, len(seeds))
	for i, v := range seeds {
		s[i] = fmt.Sprint(v)
	}
	return strings.Join(s, ",")
}

// benchConfig builds -benchmark's protocol from the flags given, or
// returns an error naming the flag that does not apply or is out of the
// benchmark's range.
func benchConfig(fv *flagValues) (kan.BenchConfig, error) {
	var stray []string
	for name := range fv.set {
		if !slices.Contains(kanBenchFlags, name) {
			stray = append(stray, name)
		}
	}
	if len(stray) > 0 {
		sort.Strings(stray)
		verb := "does"
		if len(stray) > 1 {
			verb = "do"
		}
		return kan.BenchConfig{}, fmt.Errorf("%s %s not apply to -benchmark, which takes only %s",
			dashList(stray), verb, dashList(kanBenchFlags[1:]))
	}
	c := kan.DefaultBenchConfig()
	if fv.set["task"] {
		c.Tasks = []string{fv.lab.Text("task")}
	}
	if fv.set["steps"] {
		c.Steps = fv.cli.Int("steps")
	}
	if fv.set["points"] {
		c.Points = fv.lab.Int("points")
	}
	if fv.set["grid"] {
		c.Grid = fv.lab.Int("grid")
	}
	if fv.set["lr"] {
		c.LR = fv.lab.Float("lr")
	}
	if fv.set["seed"] {
		c.Seeds = []uint64{fv.lab.Uint64("seed")}
	}
	var ce *learn.ConfigError
	if err := c.Validate(); errors.As(err, &ce) {
		flag := map[string]string{"tasks": "task", "seeds": "seed"}[ce.Field]
		if flag == "" {
			flag = ce.Field
		}
		return c, fmt.Errorf("invalid value %s for flag -%s with -benchmark: %s", ce.Value, flag, ce.Reason)
	} else if err != nil {
		return c, err
	}
	return c, nil
}

// kanBenchReport is what 'bioplay kan -benchmark -json' prints: the
// kan.BenchTable field for field, with a NaN (a run that stopped on a
// NaN) written as null.
type kanBenchReport struct {
	Config  kan.BenchConfig `json:"config"`
	Methods []string        `json:"methods"` // the columns of every row's rmse
	Rows    []kanBenchRow   `json:"rows"`
}

// kanBenchRow is one task's row: kan.BenchRow with JSON-safe numbers.
type kanBenchRow struct {
	Task           string      `json:"task"`
	Formula        string      `json:"formula"`
	Shape          []int       `json:"shape"`
	Params         int         `json:"params"`
	MLPParams      int         `json:"mlp_params"`
	RMSE           []jsonFloat `json:"rmse"` // mean test RMSE over the seeds, per method
	SelectRatio    jsonFloat   `json:"select_ratio"`
	SelectBeatsMLP bool        `json:"select_beats_mlp"`
}

// benchReport converts the table.
func benchReport(t kan.BenchTable) kanBenchReport {
	r := kanBenchReport{Config: t.Config, Methods: t.Methods, Rows: []kanBenchRow{}}
	for _, row := range t.Rows {
		b := kanBenchRow{Task: row.Task, Formula: row.Formula, Shape: row.Shape, Params: row.Params,
			MLPParams: row.MLPParams, SelectRatio: jsonFloat(row.SelectRatio), SelectBeatsMLP: row.SelectBeatsMLP}
		for _, v := range row.RMSE {
			b.RMSE = append(b.RMSE, jsonFloat(v))
		}
		r.Rows = append(r.Rows, b)
	}
	return r
}

// runKanBench runs the benchmark of c and prints it as Markdown or, with
// asJSON, as JSON. It returns the exit status: 1 if the benchmark fails.
func runKanBench(c kan.BenchConfig, asJSON bool, stdout, stderr io.Writer) int {
	t, err := kan.Benchmark(c)
	if err == nil {
		if asJSON {
			err = writeJSON(stdout, benchReport(t))
		} else {
			_, err = io.WriteString(stdout, t.Markdown())
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "bioplay kan -benchmark: %v\n", err)
		return 1
	}
	return 0
}
