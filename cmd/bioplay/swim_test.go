package main

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bioplay/models/param"
	"bioplay/models/swimmer"
)

// swimJSON runs 'bioplay swim -json' with args and decodes the report.
func swimJSON(t *testing.T, args ...string) (swimEpisodeReport, string) {
	t.Helper()
	return runJSON[swimEpisodeReport](t, "swim", args...)
}

// swimTrainJSON runs 'bioplay swim -train es -json' with args.
func swimTrainJSON(t *testing.T, args ...string) (swimTrainReport, string) {
	t.Helper()
	return runJSON[swimTrainReport](t, "swim", append([]string{"-train", "es"}, args...)...)
}

func TestSwimCLISchemaValid(t *testing.T) {
	if err := swimCLISchema().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, sp := range swimCLISchema().Specs {
		// The page's train button is an action, which has no flag, so
		// -train is free for the CLI.
		if lab, ok := swimmer.Schema().Lookup(sp.Name); ok && lab.Kind != param.Action {
			t.Errorf("CLI flag -%s is also a lab parameter", sp.Name)
		}
	}
}

// Spec swimmer.md §2.5 golden G4 (issue 4 Done-when): NCAP at its initial
// weights, straight start, 6 links, 1000 steps returns 794.9528.
func TestSwimG4(t *testing.T) {
	r, out := swimJSON(t)
	if math.Abs(r.Return-794.9528) > 1e-3 {
		t.Errorf("return = %.6f, want 794.9528 ± 1e-3", r.Return)
	}
	if len(r.Qpos) != 8 || len(r.Qvel) != 8 {
		t.Errorf("len(qpos), len(qvel) = %d, %d; want 8 (x, y, heading, 5 joints)", len(r.Qpos), len(r.Qvel))
	}
	if !(r.MeanSpeed > 0) {
		t.Errorf("mean_speed = %v, want > 0 (it swims forward)", r.MeanSpeed)
	}
	for _, key := range []string{`"return"`, `"mean_speed"`, `"qpos"`, `"qvel"`, `"lab"`, `"setup"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	if r.Lab != "swimmer" || r.Setup["controller"] != "ncap" || r.Setup["w-contra"] != "-1" {
		t.Errorf("lab %q, setup %v", r.Lab, r.Setup)
	}
}

func TestSwimControllers(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		test func(r swimEpisodeReport) bool
		want string
	}{
		// Issue 4 item 7: no muscle, no motion, return 0.
		{"zero", []string{"-controller", "zero"}, func(r swimEpisodeReport) bool { return r.Return == 0 }, "return 0"},
		{"sine", []string{"-controller", "sine", "-steps", "300"}, func(r swimEpisodeReport) bool { return r.Return > 0 }, "a positive return"},
		{"random", []string{"-controller", "random", "-steps", "100"}, func(r swimEpisodeReport) bool { return r.Return > 0 }, "a positive return"},
		{"mlp", []string{"-controller", "mlp", "-steps", "100"}, func(r swimEpisodeReport) bool { return !math.IsNaN(r.Return) }, "a number"},
		{"links 10", []string{"-links", "10", "-steps", "50"}, func(r swimEpisodeReport) bool { return len(r.Qpos) == 12 }, "12 qpos values"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if r, _ := swimJSON(t, c.args...); !c.test(r) {
				t.Errorf("swim %q: return %v, qpos %v; want %s", c.args, r.Return, r.Qpos, c.want)
			}
		})
	}
	// -weights is -w-prop … -w-contra at once.
	a, _ := swimJSON(t, "-weights", "1.5,0.5,1,-0.2", "-steps", "200")
	b, _ := swimJSON(t, "-w-prop", "1.5", "-w-osc", "0.5", "-w-ipsi", "1", "-w-contra", "-0.2", "-steps", "200")
	if a.Return != b.Return || a.Setup["w-prop"] != "1.5" || a.Setup["w-contra"] != "-0.2" {
		t.Errorf("-weights: return %v, setup %v; -w-*: return %v", a.Return, a.Setup, b.Return)
	}
	// And it overrides them, whatever the order.
	c, _ := swimJSON(t, "-weights", "1.5,0.5,1,-0.2", "-w-prop", "2", "-steps", "200")
	if c.Return != a.Return {
		t.Errorf("-w-prop beside -weights changed the run: %v vs %v", c.Return, a.Return)
	}
	// A random start differs from the straight one, and by seed.
	r1, _ := swimJSON(t, "-start", "random", "-seed", "1", "-steps", "20")
	r2, _ := swimJSON(t, "-start", "random", "-seed", "2", "-steps", "20")
	if r1.Qpos[2] == r2.Qpos[2] {
		t.Errorf("random starts with seeds 1 and 2 end at the same heading %v", r1.Qpos[2])
	}
}

func TestSwimBadInputs(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"links too many", []string{"-links", "16"}, []string{"-links", "[3, 15]"}},
		{"controller unknown", []string{"-controller", "cpg"}, []string{"-controller", "cpg", "ncap"}},
		{"steps zero", []string{"-steps", "0"}, []string{"-steps", "[1, 100000]"}},
		{"density NaN", []string{"-density", "NaN"}, []string{"-density", "not a finite number"}},
		{"start unknown", []string{"-start", "curled"}, []string{"-start", "straight, random"}},
		{"weights three", []string{"-weights", "1,1,1"}, []string{"-weights", "3 values", "prop,osc,ipsi,contra"}},
		{"weights not numbers", []string{"-weights", "1,a,1,1"}, []string{"-weights", "not a finite number"}},
		{"weights Inf", []string{"-weights", "1,Inf,1,1"}, []string{"-weights", "not a finite number"}},
		{"weights past the range", []string{"-weights", "9,1,1,-1"}, []string{"-weights", "w-prop", "out of range"}},
		{"weights for sine", []string{"-controller", "sine", "-weights", "1,1,1,-1"}, []string{"-weights", "-controller ncap", "sine"}},
		{"weights without sharing", []string{"-sharing=false", "-weights", "1,1,1,-1"}, []string{"-weights", "-sharing=false"}},
		{"train unknown", []string{"-train", "ppo"}, []string{"-train", "none, es"}},
		{"train a sine", []string{"-train", "es", "-controller", "sine"}, []string{"-train es", "ncap or mlp", "sine"}},
		{"pop odd", []string{"-train", "es", "-pop", "3"}, []string{"pop", "3"}},
		{"generations zero", []string{"-train", "es", "-generations", "0"}, []string{"-generations", "[1, 10000]"}},
		{"csv without train", []string{"-csv", "x.csv"}, []string{"-csv", "needs -train es"}},
		{"unshared wrong count", []string{"-sharing=false", "-unshared", "1,2,3"}, []string{"unshared", "6 per joint"}},
		{"json not a bool", []string{"-json=maybe"}, []string{"-json", "true or false"}},
		{"unknown flag", []string{"-nope"}, []string{"-nope", "not defined"}},
		{"quad flag", []string{"-hidden", "4"}, []string{"-hidden", "not defined"}},
		{"stray argument", []string{"ncap"}, []string{`"ncap"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"swim"}, c.args...)
			stdout, stderr, code := runCLI(t, args...)
			if code != 2 {
				t.Errorf("run(%q) = %d, want 2", args, code)
			}
			if stdout != "" {
				t.Errorf("run(%q) wrote to stdout: %q", args, stdout)
			}
			for _, w := range append(c.want, "run 'bioplay swim -h' for usage") {
				if !strings.Contains(stderr, w) {
					t.Errorf("run(%q) stderr = %q, want it to mention %q", args, stderr, w)
				}
			}
		})
	}
}

// Issue 4 item 6: returns[g] after g generations, [0] the initial
// weights', so G generations give G+1 values; weights are NCAP's 4.
func TestSwimTrainES(t *testing.T) {
	path := filepath.Join(t.TempDir(), "es.csv")
	r, out := swimTrainJSON(t, "-generations", "2", "-pop", "4", "-steps", "200", "-csv", path)
	if len(r.Returns) != 3 || len(r.Weights) != 4 {
		t.Fatalf("returns %v, weights %v; want 3 returns and 4 weights", r.Returns, r.Weights)
	}
	if r.Generations != 2 || r.Episodes != 8 {
		t.Errorf("generations, episodes = %d, %d; want 2, 8 (2 × pop 4)", r.Generations, r.Episodes)
	}
	for _, key := range []string{`"returns"`, `"weights"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	// returns[0] is the initial weights' episode, the one 'swim' runs.
	e, _ := swimJSON(t, "-steps", "200")
	if r.Returns[0] != e.Return {
		t.Errorf("returns[0] = %v, want the untrained episode's %v", r.Returns[0], e.Return)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != 4 || lines[0]+"\n" != swimCurveHeader {
		t.Fatalf("csv:\n%s\nwant a header and 3 rows", data)
	}
	for g, l := range lines[1:] {
		want := strconv.Itoa(g) + "," + strconv.Itoa(4*g) + "," + strconv.FormatFloat(r.Returns[g], 'g', -1, 64)
		if l != want {
			t.Errorf("row %d = %q, want %q", g, l, want)
		}
	}
	// The MLP trains too; its weights go to the page as mlp-weights.
	m, _ := swimTrainJSON(t, "-controller", "mlp", "-mlp-hidden", "4", "-generations", "1", "-pop", "2", "-steps", "50")
	if want := 4*(4*6-1) + 4 + 5*4 + 5; len(m.Weights) != want || len(m.Returns) != 2 {
		t.Errorf("mlp: %d weights, %d returns; want %d and 2", len(m.Weights), len(m.Returns), want)
	}
}

func TestSwimDeterministic(t *testing.T) {
	for _, args := range [][]string{
		{"-start", "random", "-seed", "5", "-steps", "300"},
		{"-controller", "random", "-steps", "300"},
		{"-train", "es", "-generations", "1", "-pop", "4", "-steps", "100", "-start", "random", "-eval-starts", "2"},
	} {
		a, _, _ := runCLI(t, append([]string{"swim", "-json"}, args...)...)
		b, _, _ := runCLI(t, append([]string{"swim", "-json"}, args...)...)
		if a != b || a == "" {
			t.Errorf("swim %q printed different JSON twice:\n%s\n%s", args, a, b)
		}
	}
}

func TestSwimText(t *testing.T) {
	stdout, stderr, code := runCLI(t, "swim", "-steps", "100")
	if code != 0 || stderr != "" {
		t.Fatalf("run = %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"ncap controller, 6 links", "on the page: #lab=swimmer&", "return", "mean speed"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, stdout)
		}
	}
	stdout, stderr, code = runCLI(t, "swim", "-train", "es", "-generations", "2", "-pop", "2", "-steps", "100")
	if code != 0 || stderr != "" {
		t.Fatalf("run = %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"ES on ncap (4 weights)", "on the page, trained: #lab=swimmer&", "generation", "final weights: "} {
		if !strings.Contains(stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, stdout)
		}
	}
}

// The hash printed after training opens the trained weights: parsing it
// back and swimming gives the curve's last return.
func TestSwimTrainedHash(t *testing.T) {
	job, err := parseSwim([]string{"-train", "es", "-generations", "1", "-pop", "2", "-steps", "100"})
	if err != nil {
		t.Fatal(err)
	}
	job.train(nil, nil)
	r := job.trainReport()
	if !r.fits {
		t.Fatalf("weights %v do not fit the page", r.Weights)
	}
	v := swimmer.Schema().Defaults()
	pairs, errs := param.SplitHash(r.hash)
	if errs, _ := v.SetPairs(pairs); len(errs) > 0 {
		t.Fatal(errs)
	}
	s, err := swimmer.SetupFrom(v)
	if len(errs) > 0 || err != nil {
		t.Fatal(errs, err)
	}
	b, _ := s.Body()
	c, _ := s.NewController()
	res, err := swimmer.Run(b, c, s.Start, s.Seed, s.Train.EpisodeSteps)
	if err != nil || res.Return != r.Returns[1] {
		t.Errorf("the hash's swimmer returns %v (%v), want the curve's %v", res.Return, err, r.Returns[1])
	}
}

func TestSwimCSVUnwritable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "es.csv")
	stdout, stderr, code := runCLI(t, "swim", "-train", "es", "-generations", "1", "-pop", "2", "-steps", "10", "-csv", path)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "-csv") {
		t.Errorf("run = %d, stdout %q, stderr %q; want 1, nothing, an error naming -csv", code, stdout, stderr)
	}
}

func TestSwimHelpListsEveryParameter(t *testing.T) {
	for _, args := range [][]string{{"swim", "-h"}, {"help", "swim"}} {
		stdout, stderr, code := runCLI(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("run(%q) = %d, stderr %q; want 0 and nothing on stderr", args, code, stderr)
		}
		for _, s := range []*param.Schema{swimmer.Schema(), swimCLISchema()} {
			for _, sp := range s.Specs {
				if sp.Kind == param.Action {
					continue
				}
				if !strings.Contains(stdout, "\n  -"+sp.Name+" ") && !strings.Contains(stdout, "\n  -"+sp.Name+"\n") {
					t.Errorf("run(%q) usage lacks -%s", args, sp.Name)
				}
			}
		}
		for _, w := range []string{"usage: bioplay swim", "G+1 values", "794.95", "mean_speed", "ignores it"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("run(%q) usage lacks %q", args, w)
			}
		}
	}
	if stdout, _, _ := runCLI(t, "-h"); !strings.Contains(stdout, "\n  swim ") {
		t.Errorf("top-level usage lacks swim:\n%s", stdout)
	}
}
