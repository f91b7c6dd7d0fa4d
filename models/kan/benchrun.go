package kan

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"

	"bioplay/models/learn"
)

// benchTask fills one row of the benchmark: every method on every seed,
// the runs spread over GOMAXPROCS goroutines (each run is independent and
// deterministic; the means are summed in seed order afterwards, so the
// row is the same on any number of cores).
func benchTask(c BenchConfig, name string) (BenchRow, error) {
	task, _ := LookupTask(name)
	row := BenchRow{Task: name, Formula: task.Formula, Shape: append([]int(nil), task.Shape...)}
	methods := BenchMethods()
	row.RMSE = make([]float64, len(methods))
	kan, err := New(Config{Shape: task.Shape, Grid: c.Grid, Order: 3, Loss: learn.MSE, Basis: BSpline}, 1)
	if err != nil {
		return row, err
	}
	row.Params = kan.Params()
	type result struct {
		rmse   float64
		params int
		err    error
	}
	res := make([]result, len(c.Seeds)*len(methods))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range jobs {
				seed, m := c.Seeds[k/len(methods)], k%len(methods)
				tr, te, err := MakeData(name, c.Points, c.Points, 0, seed)
				r := result{err: err}
				if err == nil {
					r.rmse, r.params, r.err = benchRun(c, task, m, tr, te, seed, row.Params)
				}
				res[k] = r
			}
		}()
	}
	for k := range res {
		jobs <- k
	}
	close(jobs)
	wg.Wait()
	for k, r := range res {
		seed, m := c.Seeds[k/len(methods)], k%len(methods)
		if r.err != nil {
			return row, fmt.Errorf("benchmark %s %s seed %d: %v", name, methods[m], seed, r.err)
		}
		row.RMSE[m] += r.rmse / float64(len(c.Seeds))
		if methods[m] == "mlp" {
			row.MLPParams = r.params
		}
	}
	best := math.Inf(1)
	for m := range SelectFamilies() {
		best = min(best, row.RMSE[m])
	}
	sel, mlp := row.RMSE[len(methods)-2], row.RMSE[len(methods)-1]
	row.SelectRatio = sel / best
	row.SelectBeatsMLP = sel < mlp
	return row, nil
}

// benchRun trains method m (an index of BenchMethods) on one seed and
// returns its test RMSE (NaN if training stopped on a NaN) and parameter
// count; params is the single-family KAN's count, the MLP's budget.
func benchRun(c BenchConfig, task Task, m int, tr, te []Sample, seed uint64, params int) (float64, int, error) {
	tc := DefaultTrainConfig()
	tc.LR = c.LR
	tc.SelectFull, tc.SelectSelective = c.Steps/10, c.Steps/10
	var st interface {
		Step() error
		TestRMSE() float64
	}
	var p int
	if fams := SelectFamilies(); m <= len(fams) {
		basis := Select
		if m < len(fams) {
			basis = fams[m]
		}
		n, err := New(Config{Shape: task.Shape, Grid: c.Grid, Order: 3, Loss: learn.MSE, Basis: basis}, seed)
		if err != nil {
			return 0, 0, err
		}
		x, err := NewTrainer(n, tr, te, tc, seed)
		if err != nil {
			return 0, 0, err
		}
		st, p = x, n.Params()
	} else {
		x, err := NewMLPTrainer(task.Dim, params, learn.MSE, tr, te, tc, seed)
		if err != nil {
			return 0, 0, err
		}
		st, p = x, x.Params()
	}
	for range c.Steps {
		if err := st.Step(); err != nil {
			if _, ok := err.(*NaNError); ok {
				return math.NaN(), p, nil
			}
			return 0, 0, err
		}
	}
	return st.TestRMSE(), p, nil
}

// Markdown returns the table in Markdown: one row per task with each
// method's mean test RMSE, the best single family in bold, and the
// Done-when columns (Select over the best family, Select below the MLP),
// under a line stating the protocol.
func (t BenchTable) Markdown() string {
	var b strings.Builder
	c := t.Config
	fmt.Fprintf(&b, "Test RMSE, mean over seeds %v; %d full-batch Adam steps at lr %g, %d train / %d test points, G = %d, k = 3; select: %d full + %d selective steps, then pruned; MLP of about the KAN's parameter count.\n\n",
		c.Seeds, c.Steps, c.LR, c.Points, c.Points, c.Grid, c.Steps/10, c.Steps/10)
	b.WriteString("| task | shape | params (mlp) |")
	for _, m := range t.Methods {
		b.WriteString(" " + m + " |")
	}
	b.WriteString(" select / best | select < mlp |\n|---|---|---|")
	for range t.Methods {
		b.WriteString("---|")
	}
	b.WriteString("---|---|\n")
	for _, r := range t.Rows {
		fmt.Fprintf(&b, "| %s | %s | %d (%d) |", r.Task, FormatShape(r.Shape), r.Params, r.MLPParams)
		best := 0
		for m := range SelectFamilies() {
			if r.RMSE[m] < r.RMSE[best] {
				best = m
			}
		}
		for m, v := range r.RMSE {
			s := fmt.Sprintf("%.3g", v)
			if m == best {
				s = "**" + s + "**"
			}
			b.WriteString(" " + s + " |")
		}
		yes := "no"
		if r.SelectBeatsMLP {
			yes = "yes"
		}
		fmt.Fprintf(&b, " %.2f | %s |\n", r.SelectRatio, yes)
	}
	return b.String()
}
