package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bioplay/models/kan"
	"bioplay/models/param"
)

// kanJSON runs 'bioplay kan -json' with args and decodes the report.
func kanJSON(t *testing.T, args ...string) (kanReport, string) {
	t.Helper()
	return runJSON[kanReport](t, "kan", args...)
}

func TestKanCLISchemaValid(t *testing.T) {
	if err := kanCLISchema().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, sp := range kanCLISchema().Specs {
		// The page's refine button is an action, which has no flag, so
		// -refine is free for the CLI.
		if lab, ok := kan.Schema().Lookup(sp.Name); ok && lab.Kind != param.Action {
			t.Errorf("CLI flag -%s is also a lab parameter", sp.Name)
		}
	}
}

// Spec B.15 check 7 and issue 6 Done-when, in small: [2,1,1] on expsin
// refined G = 3 → 5 → 10 improves at every stage (the loss staircase).
func TestKanRefineStages(t *testing.T) {
	r, out := kanJSON(t, "-task", "expsin", "-shape", "2,1,1", "-refine", "3,5,10", "-stage-steps", "300",
		"-points", "300", "-test-points", "300")
	if len(r.Stages) != 3 {
		t.Fatalf("%d stages, want 3:\n%s", len(r.Stages), out)
	}
	for i, g := range []int{3, 5, 10} {
		st := r.Stages[i]
		if st.Grid != g || st.Steps != 300*(i+1) {
			t.Errorf("stage %d: grid %d after %d steps, want %d after %d", i+1, st.Grid, st.Steps, g, 300*(i+1))
		}
		if i > 0 && !(st.TestRMSE < r.Stages[i-1].TestRMSE) {
			t.Errorf("stage %d: test RMSE %v, not below the stage before's %v", i+1, st.TestRMSE, r.Stages[i-1].TestRMSE)
		}
		if i > 0 && !(st.Params > r.Stages[i-1].Params) {
			t.Errorf("stage %d: %d params, not more than before (%d)", i+1, st.Params, r.Stages[i-1].Params)
		}
	}
	last := r.Stages[2]
	if r.Grid != 10 || r.Steps != 900 || r.TestRMSE != last.TestRMSE || r.Params != last.Params {
		t.Errorf("final grid %d, steps %d, test RMSE %v, params %d; want the last stage's %+v", r.Grid, r.Steps, r.TestRMSE, r.Params, last)
	}
	// The setup (and so the URL hash) starts at the first stage and refines
	// through the others.
	if r.Setup["grid"] != "3" || r.Setup["refine-to"] != "5,10" {
		t.Errorf("setup grid %q, refine-to %q; want 3 and 5,10", r.Setup["grid"], r.Setup["refine-to"])
	}
	for _, key := range []string{`"train_rmse"`, `"test_rmse"`, `"params"`, `"stages"`, `"grid"`, `"steps"`, `"setup"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	// -stage-steps defaults to -steps.
	s, _ := kanJSON(t, "-shape", "2,1,1", "-refine", "3,5", "-steps", "20", "-points", "100", "-test-points", "100")
	if s.Steps != 40 || len(s.Stages) != 2 {
		t.Errorf("-refine 3,5 -steps 20: %d steps, %d stages; want 40 and 2", s.Steps, len(s.Stages))
	}
}

func TestKanJSONFields(t *testing.T) {
	r, out := kanJSON(t, "-shape", "2,3,1", "-grid", "4", "-steps", "20", "-points", "100", "-test-points", "50")
	// Each edge has G + k spline coefficients, w_b and w_s (spec B.2).
	if want := (2*3 + 3*1) * (4 + 3 + 2); r.Params != want {
		t.Errorf("params = %d, want %d", r.Params, want)
	}
	if r.Lab != "kan" || r.Task != "expsin" || r.Grid != 4 || r.K != 3 || r.Steps != 20 || shapeText(r.Shape) != "2-3-1" {
		t.Errorf("report %+v", r)
	}
	if !(r.TrainRMSE > 0) || !(r.TestRMSE > 0) {
		t.Errorf("train, test RMSE = %v, %v; want positive", r.TrainRMSE, r.TestRMSE)
	}
	for _, key := range []string{`"stages"`, `"mlp"`, `"train_accuracy"`, `"paused"`} {
		if strings.Contains(out, key) {
			t.Errorf("JSON has %s without -refine, -compare or a classification task", key)
		}
	}
	// A classification set reports accuracies; -compare adds the MLP.
	c, out := kanJSON(t, "-task", "moons", "-shape", "2,2,1", "-steps", "30", "-points", "200", "-test-points", "100", "-compare")
	if c.TrainAccuracy == nil || c.TestAccuracy == nil || *c.TestAccuracy < 0 || *c.TestAccuracy > 1 {
		t.Errorf("moons: accuracies %v, %v; want fractions in [0, 1]\n%s", c.TrainAccuracy, c.TestAccuracy, out)
	}
	m := c.MLP
	if m == nil || m.TestAccuracy == nil || len(m.Shape) != 4 || m.Shape[1] != m.Shape[2] {
		t.Fatalf("mlp = %+v, want two equal hidden layers and accuracies", m)
	}
	if h := m.Shape[1]; m.Params != h*h+(2+3)*h+1 {
		t.Errorf("mlp params %d, want h²+5h+1 for h = %d", m.Params, h)
	}
	// The KAN is the same with or without the MLP beside it.
	alone, _ := kanJSON(t, "-task", "moons", "-shape", "2,2,1", "-steps", "30", "-points", "200", "-test-points", "100")
	if alone.TestRMSE != c.TestRMSE {
		t.Errorf("-compare changed the KAN: test RMSE %v vs %v", c.TestRMSE, alone.TestRMSE)
	}
}

func TestKanDeterministic(t *testing.T) {
	args := []string{"kan", "-json", "-shape", "2,2,1", "-refine", "3,6", "-stage-steps", "25", "-batch", "32",
		"-points", "200", "-test-points", "100", "-seed", "4", "-compare"}
	a, _, _ := runCLI(t, args...)
	b, _, _ := runCLI(t, args...)
	if a != b || a == "" {
		t.Errorf("two identical runs printed different JSON:\n%s\n%s", a, b)
	}
	c, _, _ := runCLI(t, append(args[:len(args)-2], "5", "-compare")...)
	if c == a {
		t.Error("seeds 4 and 5 printed the same JSON")
	}
}

func TestKanBadInputs(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"shape not for the task", []string{"-task", "bessel", "-shape", "2,5,1"}, []string{"shape", "bessel", "1"}},
		{"shape malformed", []string{"-shape", "2,x,1"}, []string{"-shape"}},
		{"shape too wide", []string{"-shape", "2,50,1"}, []string{"-shape"}},
		{"task unknown", []string{"-task", "sinc"}, []string{"-task", "sinc", "expsin"}},
		{"grid zero", []string{"-grid", "0"}, []string{"-grid", "[1, 200]"}},
		{"k too big", []string{"-k", "9"}, []string{"-k"}},
		{"lr NaN", []string{"-lr", "NaN"}, []string{"-lr", "not a finite number"}},
		{"steps zero", []string{"-steps", "0"}, []string{"-steps", "[1, 1000000]"}},
		{"refine not increasing", []string{"-refine", "5,3"}, []string{"-refine", "not increasing"}},
		{"refine past the grid limit", []string{"-refine", "3,500"}, []string{"-refine", "500"}},
		{"refine grid one", []string{"-refine", "1,3"}, []string{"-refine", `"1"`}},
		{"refine not numbers", []string{"-refine", "a"}, []string{"-refine"}},
		{"refine-to bad", []string{"-refine-to", "9,3"}, []string{"-refine-to"}},
		{"stage-steps without refine", []string{"-stage-steps", "10"}, []string{"-stage-steps", "needs -refine"}},
		{"stage-steps negative", []string{"-refine", "3,5", "-stage-steps", "-1"}, []string{"-stage-steps"}},
		{"every without csv", []string{"-every", "5"}, []string{"-every", "needs -csv"}},
		{"compare not a bool", []string{"-compare=maybe"}, []string{"-compare", "true or false"}},
		{"unknown flag", []string{"-nope"}, []string{"-nope", "not defined"}},
		{"swim flag", []string{"-links", "6"}, []string{"-links", "not defined"}},
		{"stray argument", []string{"expsin"}, []string{`"expsin"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"kan"}, c.args...)
			stdout, stderr, code := runCLI(t, args...)
			if code != 2 {
				t.Errorf("run(%q) = %d, want 2", args, code)
			}
			if stdout != "" {
				t.Errorf("run(%q) wrote to stdout: %q", args, stdout)
			}
			for _, w := range append(c.want, "run 'bioplay kan -h' for usage") {
				if !strings.Contains(stderr, w) {
					t.Errorf("run(%q) stderr = %q, want it to mention %q", args, stderr, w)
				}
			}
		})
	}
}

func TestKanCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kan.csv")
	r, _ := kanJSON(t, "-shape", "2,1,1", "-refine", "3,5", "-stage-steps", "15", "-points", "100", "-test-points", "100",
		"-csv", path, "-every", "10", "-compare")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if lines[0] != kanCurvesHeader+kanCurvesCompareHeader {
		t.Errorf("header = %q", lines[0])
	}
	// Rows at step 0, 10, the end of stage 1 (15), 20 and 30 (the end).
	var steps []string
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		if len(f) != 6 {
			t.Fatalf("row %q has %d fields, want 6", l, len(f))
		}
		steps = append(steps, f[0]+"@"+f[1])
	}
	if got := strings.Join(steps, " "); got != "0@3 10@3 15@3 20@5 30@5" {
		t.Errorf("rows at step@grid %s, want 0@3 10@3 15@3 20@5 30@5", got)
	}
	last := strings.Split(lines[len(lines)-1], ",")
	if last[3] != strconv.FormatFloat(float64(r.TestRMSE), 'g', -1, 64) {
		t.Errorf("last row %q, want test RMSE %v", lines[len(lines)-1], r.TestRMSE)
	}
}

func TestKanText(t *testing.T) {
	stdout, stderr, code := runCLI(t, "kan", "-shape", "2,1,1", "-refine", "3,5", "-stage-steps", "10",
		"-points", "100", "-test-points", "100", "-compare")
	if code != 0 || stderr != "" {
		t.Fatalf("run = %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"expsin, shape 2,1,1", "on the page: #lab=kan&", "&grid=3&", "refine-to=5", "train RMSE", "test RMSE", "mlp 2-"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, stdout)
		}
	}
}

func TestKanHelpListsEveryParameter(t *testing.T) {
	for _, args := range [][]string{{"kan", "-h"}, {"help", "kan"}} {
		stdout, stderr, code := runCLI(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("run(%q) = %d, stderr %q; want 0 and nothing on stderr", args, code, stderr)
		}
		for _, s := range []*param.Schema{kan.Schema(), kanCLISchema()} {
			for _, sp := range s.Specs {
				if sp.Kind == param.Action {
					continue
				}
				if !strings.Contains(stdout, "\n  -"+sp.Name+" ") && !strings.Contains(stdout, "\n  -"+sp.Name+"\n") {
					t.Errorf("run(%q) usage lacks -%s", args, sp.Name)
				}
			}
		}
		for _, w := range []string{"usage: bioplay kan", "overrides -grid", "default: -steps", "train_rmse", "stages", "ignores it"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("run(%q) usage lacks %q", args, w)
			}
		}
	}
	if stdout, _, _ := runCLI(t, "-h"); !strings.Contains(stdout, "\n  kan ") {
		t.Errorf("top-level usage lacks kan:\n%s", stdout)
	}
}
