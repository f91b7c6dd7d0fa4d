package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bioplay/models/param"
	"bioplay/models/quadratic"
)

// quadJSON runs 'bioplay quad -json' with args and decodes the report.
func quadJSON(t *testing.T, args ...string) (quadReport, string) {
	t.Helper()
	return runJSON[quadReport](t, "quad", args...)
}

func TestQuadCLISchemaValid(t *testing.T) {
	if err := quadCLISchema().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, sp := range quadCLISchema().Specs {
		if _, ok := quadratic.Schema().Lookup(sp.Name); ok {
			t.Errorf("CLI flag -%s is also a lab parameter", sp.Name)
		}
	}
}

func TestQuadBadInputs(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"steps zero", []string{"-steps", "0"}, []string{"-steps", "[1, 10000000]"}},
		{"steps negative", []string{"-steps", "-5"}, []string{"-steps", "[1, 10000000]"}},
		{"steps not a number", []string{"-steps", "many"}, []string{"-steps", "not a number"}},
		{"steps fraction", []string{"-steps", "10.5"}, []string{"-steps", "not an integer"}},
		{"steps Inf", []string{"-steps", "Inf"}, []string{"-steps", "not a finite number"}},
		{"every zero", []string{"-csv", "x.csv", "-every", "0"}, []string{"-every"}},
		{"every without csv", []string{"-every", "5"}, []string{"-every", "needs -csv"}},
		{"dataset unknown", []string{"-dataset", "donut"}, []string{"-dataset", "donut", "rings"}},
		{"neuron unknown", []string{"-neuron", "cubic"}, []string{"-neuron", "cubic", "quadratic"}},
		{"activation unknown", []string{"-activation", "gelu"}, []string{"-activation", "gelu"}},
		{"optimizer unknown", []string{"-optimizer", "lbfgs"}, []string{"-optimizer", "lbfgs"}},
		{"hidden too wide", []string{"-hidden", "9"}, []string{"-hidden", "9"}},
		{"hidden zero width", []string{"-hidden", "0"}, []string{"-hidden"}},
		{"hidden too deep", []string{"-hidden", "1,2,3,4,5"}, []string{"-hidden"}},
		{"hidden not numbers", []string{"-hidden", "a,b"}, []string{"-hidden"}},
		{"lr NaN", []string{"-lr", "NaN"}, []string{"-lr", "not a finite number"}},
		{"lr zero", []string{"-lr", "0"}, []string{"-lr"}},
		{"noise too big", []string{"-noise", "2"}, []string{"-noise"}},
		{"train share too big", []string{"-train", "1"}, []string{"-train"}},
		{"batch negative", []string{"-batch", "-1"}, []string{"-batch"}},
		{"seed negative", []string{"-seed", "-1"}, []string{"-seed"}},
		{"gamma-g too big", []string{"-gamma-g", "2"}, []string{"-gamma-g"}},
		{"relinear not a bool", []string{"-relinear=maybe"}, []string{"-relinear", "true or false"}},
		{"json not a bool", []string{"-json=maybe"}, []string{"-json", "true or false"}},
		{"missing value", []string{"-steps"}, []string{"-steps", "needs an argument"}},
		{"unknown flag", []string{"-nope"}, []string{"-nope", "not defined"}},
		{"sort flag", []string{"-runs", "5"}, []string{"-runs", "not defined"}},
		{"stray argument", []string{"rings"}, []string{`"rings"`}},
		{"stray after flags", []string{"-steps", "10", "extra"}, []string{`"extra"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"quad"}, c.args...)
			stdout, stderr, code := runCLI(t, args...)
			if code != 2 {
				t.Errorf("run(%q) = %d, want 2", args, code)
			}
			if stdout != "" {
				t.Errorf("run(%q) wrote to stdout: %q", args, stdout)
			}
			for _, w := range append(c.want, "run 'bioplay quad -h' for usage") {
				if !strings.Contains(stderr, w) {
					t.Errorf("run(%q) stderr = %q, want it to mention %q", args, stderr, w)
				}
			}
		})
	}
}

func TestQuadJSONFields(t *testing.T) {
	r, out := quadJSON(t, "-dataset", "xor", "-hidden", "4,3", "-steps", "20", "-seed", "3")
	if r.Lab != "quadratic" || r.Steps != 20 {
		t.Errorf("lab, steps = %q, %d; want quadratic, 20", r.Lab, r.Steps)
	}
	if got := shapeText(r.Shape); got != "2-4-3-1" {
		t.Errorf("shape = %s, want 2-4-3-1", got)
	}
	// Full quadratic neurons have 3n + 3 parameters (spec §A.2).
	if want := 4*(3*2+3) + 3*(3*4+3) + (3*3 + 3); r.Params != want {
		t.Errorf("params = %d, want %d", r.Params, want)
	}
	if r.Neuron != "quadratic" || r.Conic != nil || r.Compare != nil {
		t.Errorf("neuron %q, conic %v, compare %v; want quadratic and neither", r.Neuron, r.Conic, r.Compare)
	}
	for _, a := range []float64{r.TrainAccuracy, r.TestAccuracy} {
		if a < 0 || a > 1 {
			t.Errorf("accuracy %v outside [0, 1]", a)
		}
	}
	if r.Loss <= 0 || r.TestLoss <= 0 {
		t.Errorf("loss, test_loss = %v, %v; want positive", r.Loss, r.TestLoss)
	}
	for _, sp := range quadratic.Schema().Specs {
		if _, ok := r.Setup[sp.Name]; !ok && sp.Kind != param.Action {
			t.Errorf("setup lacks %q", sp.Name)
		}
	}
	if r.Setup["dataset"] != "xor" || r.Setup["hidden"] != "4,3" || r.Setup["seed"] != "3" {
		t.Errorf("setup = %v, want dataset xor, hidden 4,3, seed 3", r.Setup)
	}
	for _, key := range []string{`"train_accuracy"`, `"test_accuracy"`, `"loss"`, `"test_loss"`, `"params"`,
		`"steps"`, `"shape"`, `"neuron"`, `"setup"`, `"lab"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestQuadCompare(t *testing.T) {
	r, out := quadJSON(t, "-dataset", "spiral", "-hidden", "3", "-steps", "10", "-compare")
	c := r.Compare
	if c == nil {
		t.Fatalf("no compare object:\n%s", out)
	}
	if c.Neuron != "linear" || shapeText(c.Shape) != shapeText(r.Shape) {
		t.Errorf("compare neuron %q shape %v; want linear and %v", c.Neuron, c.Shape, r.Shape)
	}
	// Conventional neurons have n + 1 parameters.
	if want := 3*(2+1) + (3 + 1); c.Params != want {
		t.Errorf("compare params = %d, want %d", c.Params, want)
	}
	// The main run is the same with or without a network beside it.
	alone, _ := quadJSON(t, "-dataset", "spiral", "-hidden", "3", "-steps", "10")
	if alone.quadResult.Loss != r.quadResult.Loss || alone.TestAccuracy != r.TestAccuracy {
		t.Errorf("-compare changed the main run: loss %v vs %v", r.Loss, alone.Loss)
	}
	// -neuron linear -compare trains the same network twice.
	lin, _ := quadJSON(t, "-dataset", "spiral", "-hidden", "3", "-steps", "10", "-compare", "-neuron", "linear")
	if lin.Loss != lin.Compare.Loss || lin.Params != lin.Compare.Params {
		t.Errorf("linear beside linear: loss %v vs %v, params %d vs %d", lin.Loss, lin.Compare.Loss, lin.Params, lin.Compare.Params)
	}
}

func TestQuadDeterministic(t *testing.T) {
	args := []string{"-dataset", "moons", "-hidden", "4", "-steps", "50", "-seed", "7", "-batch", "32", "-compare"}
	_, a := quadJSON(t, args...)
	_, b := quadJSON(t, args...)
	if a != b {
		t.Errorf("two identical runs printed different JSON:\n%s\n%s", a, b)
	}
	r1, _ := quadJSON(t, "-dataset", "moons", "-hidden", "4", "-steps", "50", "-seed", "1")
	r2, _ := quadJSON(t, "-dataset", "moons", "-hidden", "4", "-steps", "50", "-seed", "2")
	if r1.Loss == r2.Loss {
		t.Errorf("seeds 1 and 2 both ended at loss %v, want different runs", r1.Loss)
	}
	// -speed is a page setting: it must not change the run.
	_, s := quadJSON(t, append(args, "-speed", "100")...)
	if strings.Replace(s, `"speed": "100"`, `"speed": "5"`, 1) != a {
		t.Errorf("-speed changed the run:\n%s\n%s", a, s)
	}
}

// The "Done when" and spec §A.10.4: one quadratic neuron separates
// the rings (its boundary is a circle); one conventional neuron, a line,
// stays near chance.
func TestQuadSingleNeuronRings(t *testing.T) {
	q, _ := quadJSON(t, "-dataset", "rings", "-hidden", "", "-steps", "3000")
	if q.TestAccuracy < 0.99 {
		t.Errorf("one quadratic neuron on rings: test accuracy %v, want ≥ 0.99", q.TestAccuracy)
	}
	if q.Conic == nil || (q.Conic.Kind != "circle" && q.Conic.Kind != "ellipse") {
		t.Errorf("one quadratic neuron on rings: boundary %+v, want a circle or ellipse", q.Conic)
	}
	l, _ := quadJSON(t, "-dataset", "rings", "-hidden", "", "-steps", "3000", "-neuron", "linear")
	if l.TestAccuracy >= 0.60 {
		t.Errorf("one linear neuron on rings: test accuracy %v, want < 0.60", l.TestAccuracy)
	}
	if l.Params != 3 || q.Params != 9 {
		t.Errorf("params = %d linear, %d quadratic; want 3 and 9", l.Params, q.Params)
	}
}

func TestQuadCSV(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "curves.csv")
	r, _ := quadJSON(t, "-dataset", "gauss", "-hidden", "2", "-steps", "25", "-csv", path, "-every", "10", "-compare")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if lines[0] != curvesHeader+curvesCompareHeader {
		t.Errorf("header = %q", lines[0])
	}
	// Rows for steps 0, 10, 20 and the last, 25.
	var steps []string
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		if len(f) != 9 {
			t.Fatalf("row %q has %d fields, want 9", l, len(f))
		}
		for _, x := range f {
			if _, err := strconv.ParseFloat(x, 64); err != nil {
				t.Errorf("row %q: %v", l, err)
			}
		}
		steps = append(steps, f[0])
	}
	if got := strings.Join(steps, " "); got != "0 10 20 25" {
		t.Errorf("rows at steps %s, want 0 10 20 25", got)
	}
	// The last row is the reported result.
	last := strings.Split(lines[len(lines)-1], ",")
	if last[1] != strconv.FormatFloat(r.Loss, 'g', -1, 64) || last[5] != strconv.FormatFloat(r.Compare.Loss, 'g', -1, 64) {
		t.Errorf("last row %q, want train losses %v and %v", lines[len(lines)-1], r.Loss, r.Compare.Loss)
	}
	// Without -compare there are five columns, and -every defaults to 10.
	runCLI(t, "quad", "-steps", "12", "-csv", path)
	data, _ = os.ReadFile(path)
	if got := strings.Count(string(data), "\n"); got != 4 || !strings.HasPrefix(string(data), curvesHeader+"\n") {
		t.Errorf("csv without -compare:\n%s\nwant a header and rows 0, 10, 12", data)
	}
}

func TestQuadCSVUnwritable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "curves.csv")
	stdout, stderr, code := runCLI(t, "quad", "-steps", "5", "-csv", path)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "-csv") {
		t.Errorf("run = %d, stdout %q, stderr %q; want 1, nothing, an error naming -csv", code, stdout, stderr)
	}
}

func TestQuadText(t *testing.T) {
	stdout, stderr, code := runCLI(t, "quad", "-dataset", "xor", "-hidden", "", "-steps", "200", "-compare")
	if code != 0 || stderr != "" {
		t.Fatalf("run = %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"xor data, 200 steps", "on the page: #lab=quadratic&", "quadratic network 2-1, 9 parameters",
		"linear network 2-1, 3 parameters", "boundary: ", "train", "test", "compare:"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, stdout)
		}
	}
}

func TestQuadHelpListsEveryParameter(t *testing.T) {
	for _, args := range [][]string{{"quad", "-h"}, {"quad", "-help"}, {"help", "quad"}} {
		stdout, stderr, code := runCLI(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("run(%q) = %d, stderr %q; want 0 and nothing on stderr", args, code, stderr)
		}
		for _, s := range []*param.Schema{quadratic.Schema(), quadCLISchema()} {
			for _, sp := range s.Specs {
				if sp.Kind == param.Action {
					continue
				}
				if !strings.Contains(stdout, "\n  -"+sp.Name+" ") && !strings.Contains(stdout, "\n  -"+sp.Name+"\n") {
					t.Errorf("run(%q) usage lacks -%s", args, sp.Name)
				}
			}
		}
		for _, w := range []string{"usage: bioplay quad", "train_accuracy", "ignores it", "-compare"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("run(%q) usage lacks %q", args, w)
			}
		}
	}
	stdout, _, _ := runCLI(t, "-h")
	if !strings.Contains(stdout, "quad") {
		t.Errorf("top-level usage lacks quad:\n%s", stdout)
	}
}
