package main

import (
	"math"
	"strings"
	"testing"

	"bioplay/models/kan"
)

// A small -benchmark (one task, one seed, 30 steps): the JSON has the
// protocol given by the flags, one row with one RMSE per method, and the
// Markdown the same table. The full default table is kan.Benchmark's to
// test (models/kan).
func TestKanBenchmark(t *testing.T) {
	args := []string{"-benchmark", "-task", "xy", "-steps", "30", "-points", "100", "-seed", "2", "-grid", "5", "-lr", "0.01"}
	r, out := runJSON[kanBenchReport](t, "kan", args...)
	c := r.Config
	if strings.Join(c.Tasks, ",") != "xy" || c.Steps != 30 || c.Points != 100 || len(c.Seeds) != 1 || c.Seeds[0] != 2 || c.Grid != 5 || c.LR != 0.01 {
		t.Errorf("config %+v, want the flags' xy, 30 steps, 100 points, seed 2, G 5, lr 0.01", c)
	}
	if strings.Join(r.Methods, ",") != strings.Join(kan.BenchMethods(), ",") {
		t.Errorf("methods %v, want %v", r.Methods, kan.BenchMethods())
	}
	if len(r.Rows) != 1 || r.Rows[0].Task != "xy" || len(r.Rows[0].RMSE) != len(r.Methods) {
		t.Fatalf("rows %+v, want one xy row with %d RMSEs\n%s", r.Rows, len(r.Methods), out)
	}
	for m, v := range r.Rows[0].RMSE {
		if !(v > 0) || math.IsInf(float64(v), 0) {
			t.Errorf("%s: RMSE %v, want a positive number", r.Methods[m], v)
		}
	}
	// The flags left out keep kan.DefaultBenchConfig's values.
	d, _ := runJSON[kanBenchReport](t, "kan", "-benchmark", "-task", "xy", "-steps", "5", "-points", "50")
	if def := kan.DefaultBenchConfig(); d.Config.Grid != def.Grid || d.Config.LR != def.LR || len(d.Config.Seeds) != len(def.Seeds) {
		t.Errorf("config %+v; want grid, lr and seeds of %+v", d.Config, def)
	}
	stdout, stderr, code := runCLI(t, append([]string{"kan"}, args...)...)
	if code != 0 || stderr != "" {
		t.Fatalf("run = %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"| task |", "| bspline |", "| select |", "| mlp |", "\n| xy | 2,2,1 |"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("markdown lacks %q:\n%s", w, stdout)
		}
	}
}

func TestKanBenchmarkBadInputs(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"a training flag", []string{"-prune"}, []string{"-prune does not apply to -benchmark", "-task, -steps, -points, -grid, -lr, -seed and -json"}},
		{"two flags", []string{"-csv", "x.csv", "-basis", "rbf"}, []string{"-basis and -csv do not apply"}},
		{"classification task", []string{"-task", "moons"}, []string{"-task", "moons", "regression", "bessel, expsin"}},
		{"steps over the benchmark's limit", []string{"-steps", "200000"}, []string{"-steps", "200000", "[1, 100000]"}},
		{"benchmark not a bool", []string{"-benchmark=2"}, []string{"-benchmark", "true or false"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"kan", "-benchmark"}, c.args...)
			stdout, stderr, code := runCLI(t, args...)
			if code != 2 || stdout != "" {
				t.Errorf("run(%q) = %d, stdout %q; want 2 and nothing", args, code, stdout)
			}
			for _, w := range append(c.want, "run 'bioplay kan -h' for usage") {
				if !strings.Contains(stderr, w) {
					t.Errorf("run(%q) stderr = %q, want it to mention %q", args, stderr, w)
				}
			}
		})
	}
}
