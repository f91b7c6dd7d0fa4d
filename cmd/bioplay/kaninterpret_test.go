package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"bioplay/models/kan"
)

// Issue 7 item 6 and Done-when, through the CLI: the paper's walkthrough
// (§2.5.2) with the seeds and λ of models/kan's TestWalkthrough: [2,5,1]
// on exp(sin(πx) + y²) trained with the sparsity penalty, pruned at the
// default θ = 1e-2 to [2,1,1], retrained 200 steps with λ = 0, snapped and
// fitted: test RMSE < 1e-6 and a formula with sin, exp and y². Measured:
// test RMSE 1.29e-15 (seed 1) and 1.28e-15 (seed 2), formula
// "exp(sin(3.142·x) + y²)" for both.
func TestKanWalkthrough(t *testing.T) {
	for _, c := range []struct{ seed, lambda string }{{"2", "0.01"}, {"1", "0.03"}} {
		t.Run("seed "+c.seed, func(t *testing.T) {
			r, out := kanJSON(t, "-task", "expsin", "-shape", "2,5,1", "-lambda", c.lambda, "-seed", c.seed, "-steps", "1000",
				"-prune", "-symbolic")
			if got := kan.FormatShape(r.PrunedShape); got != "2,1,1" {
				t.Fatalf("pruned_shape %s, want 2,1,1\n%s", got, out)
			}
			if kan.FormatShape(r.Shape) != "2,5,1" || r.Basis != "bspline" {
				t.Errorf("shape %v, basis %q; want the network as built, 2,5,1 bspline", r.Shape, r.Basis)
			}
			if !(r.TestRMSE < 1e-6) {
				t.Errorf("test RMSE %v ≥ 1e-6\n%s", r.TestRMSE, out)
			}
			if !regexp.MustCompile(`^exp\(.*sin\(.*x.*\).*y².*\)$`).MatchString(r.Formula) {
				t.Errorf("formula %q, want exp(… sin(…x…) … y² …)", r.Formula)
			}
			// Four of the five hidden nodes go; the phases follow the run.
			if len(r.Removed) != 1 || len(r.Removed[0]) != 4 {
				t.Errorf("removed %v, want 4 nodes of the one hidden layer", r.Removed)
			}
			var phases []string
			for _, p := range r.Phases {
				phases = append(phases, p.Phase+"@"+kan.FormatShape(p.Shape)+"@"+strconv.Itoa(p.Steps))
			}
			if got := strings.Join(phases, " "); got != "train@2,5,1@1000 prune@2,1,1@1200 symbolic@2,1,1@1200" {
				t.Errorf("phases %s, want train@2,5,1@1000 prune@2,1,1@1200 symbolic@2,1,1@1200", got)
			}
			if p := r.Phases[2]; p.TestRMSE != r.TestRMSE || p.Params != r.Params || r.Steps != 1200 {
				t.Errorf("the last phase %+v is not the report's end (test RMSE %v, params %d, steps %d)", p, r.TestRMSE, r.Params, r.Steps)
			}
			var snaps []string
			for _, e := range r.Symbolic {
				snaps = append(snaps, strconv.Itoa(e.Layer)+","+strconv.Itoa(e.In)+"→"+strconv.Itoa(e.Out)+" "+e.Name)
				if !(e.R2 > 0.999) {
					t.Errorf("edge %+v: R² %v, want > 0.999", e, e.R2)
				}
			}
			if got := strings.Join(snaps, "; "); got != "0,0→0 sin; 0,1→0 x^2; 1,0→0 exp" {
				t.Errorf("snapped %s, want 0,0→0 sin; 0,1→0 x^2; 1,0→0 exp", got)
			}
		})
	}
}

func TestKanInterpretFields(t *testing.T) {
	small := []string{"-shape", "2,3,1", "-steps", "30", "-points", "100", "-test-points", "100"}
	// Without -prune or -symbolic: basis and formula only, every edge numeric.
	r, out := kanJSON(t, small...)
	if r.Basis != "bspline" || r.Formula == "" || !strings.Contains(r.Formula, "φ[1,2→0](φ[0,0→2](x) + φ[0,1→2](y))") {
		t.Errorf("basis %q, formula %q; want bspline and numeric edges φ[l,i→j](…)", r.Basis, r.Formula)
	}
	for _, key := range []string{`"pruned_shape"`, `"removed"`, `"phases"`, `"symbolic"`} {
		if strings.Contains(out, key) {
			t.Errorf("JSON has %s without -prune or -symbolic", key)
		}
	}
	if !strings.Contains(out, `"formula": "φ[`) {
		t.Errorf("JSON formula is not written as plain UTF-8:\n%s", out)
	}
	// -prune-steps 0: prune and retrain nothing; the basis is reported.
	p, _ := kanJSON(t, append(small, "-basis", "rbf", "-lambda", "0.05", "-prune", "-prune-steps", "0")...)
	if p.Basis != "rbf" || p.Steps != 30 || len(p.Phases) != 2 || p.Phases[1].Steps != 30 || p.PrunedShape == nil {
		t.Errorf("-prune-steps 0: basis %q, steps %d, phases %+v, pruned_shape %v", p.Basis, p.Steps, p.Phases, p.PrunedShape)
	}
	// -symbolic alone snaps all nine edges of [2,3,1].
	s, _ := kanJSON(t, append(small, "-symbolic")...)
	if len(s.Symbolic) != 9 || len(s.Phases) != 2 || s.PrunedShape != nil || strings.Contains(s.Formula, "φ") {
		t.Errorf("-symbolic: %d edges, %d phases, pruned_shape %v, formula %q; want 9, 2, none, no φ",
			len(s.Symbolic), len(s.Phases), s.PrunedShape, s.Formula)
	}
	// The whole workflow is deterministic, byte for byte.
	args := append([]string{"kan", "-json", "-lambda", "0.05", "-prune", "-prune-steps", "10", "-symbolic"}, small...)
	a, _, _ := runCLI(t, args...)
	b, _, _ := runCLI(t, args...)
	if a != b || a == "" {
		t.Errorf("two identical -prune -symbolic runs printed different JSON:\n%s\n%s", a, b)
	}
	// A classification task snaps without the affine fit; the formula is a
	// sigmoid and the phases carry accuracies.
	c, _ := kanJSON(t, "-task", "moons", "-shape", "2,2,1", "-steps", "30", "-points", "100", "-test-points", "100", "-symbolic")
	if !strings.HasPrefix(c.Formula, "sigmoid(") || len(c.Phases) != 2 || c.Phases[1].TestAccuracy == nil {
		t.Errorf("moons -symbolic: formula %q, phases %+v", c.Formula, c.Phases)
	}
}

func TestKanInterpretTextAndCSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kan.csv")
	stdout, stderr, code := runCLI(t, "kan", "-shape", "2,3,1", "-steps", "20", "-points", "100", "-test-points", "100",
		"-lambda", "0.05", "-prune", "-prune-steps", "15", "-symbolic", "-csv", path, "-every", "10")
	if code != 0 || stderr != "" {
		t.Fatalf("run = %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"shape 2,3,1, bspline,", "λ 0.05", "phase", "train ", "prune ", "symbolic ",
		"pruned at θ 0.01 from 2,3,1 to ", "snapped edges (R² of the fit): [0,0→0] ", "\nformula: "} {
		if !strings.Contains(stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, stdout)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Rows at 0, 10, 20 (end of training), 30, and 35 (end of retraining).
	var steps []string
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n")[1:] {
		steps = append(steps, strings.SplitN(l, ",", 2)[0])
	}
	if got := strings.Join(steps, " "); got != "0 10 20 30 35" {
		t.Errorf("CSV rows at steps %s, want 0 10 20 30 35", got)
	}
	// Without the flags the table still ends with the formula.
	stdout, _, _ = runCLI(t, "kan", "-shape", "2,1,1", "-steps", "5", "-points", "100", "-test-points", "100")
	if !strings.Contains(stdout, "\nformula: φ[1,0→0](") || strings.Contains(stdout, "phase") {
		t.Errorf("plain table:\n%s", stdout)
	}
}

func TestKanInterpretBadInputs(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"prune-steps without prune", []string{"-prune-steps", "10"}, []string{"-prune-steps", "needs -prune"}},
		{"prune-steps negative", []string{"-prune", "-prune-steps", "-1"}, []string{"-prune-steps", "[0, 1000000]"}},
		{"prune not a bool", []string{"-prune=2"}, []string{"-prune", "true or false"}},
		{"symbolic not a bool", []string{"-symbolic=yes"}, []string{"-symbolic", "true or false"}},
		{"symbolic with select", []string{"-basis", "select", "-symbolic"},
			[]string{"-symbolic", "-basis select", "bspline, rbf, cheby, fourier, wavelet"}},
		{"basis unknown", []string{"-basis", "spline"}, []string{"-basis", `"spline"`, "bspline, rbf, cheby, fourier, wavelet, select"}},
		{"lambda negative", []string{"-lambda", "-0.1"}, []string{"-lambda", "[0, 1]"}},
		{"prune-threshold NaN", []string{"-prune-threshold", "NaN"}, []string{"-prune-threshold", "not a finite number"}},
		{"prune as an action value", []string{"-prune", "true"}, []string{`"true"`, "unexpected argument"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"kan"}, c.args...)
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

func TestKanHelpNamesInterpretFields(t *testing.T) {
	stdout, _, _ := runCLI(t, "kan", "-h")
	for _, w := range []string{"-prune-steps S", "pruned_shape", "removed", "phases", "symbolic: [{layer, in, out, name, r2}", "formula", "basis", "bioplay kan -benchmark", "select_beats_mlp"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("usage lacks %q", w)
		}
	}
}
