package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"bioplay/models/param"
	"bioplay/models/sorting"
)

// runCLI runs bioplay with args and returns its output and exit status.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestBadInputs(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want []string // each must appear in stderr
	}{
		{"n too big", []string{"sort", "-n", "5000"}, []string{"-n", "5000", "[10, 400]"}},
		{"n not a number", []string{"sort", "-n", "abc"}, []string{"-n", "not a number"}},
		{"n NaN", []string{"sort", "-n", "NaN"}, []string{"-n", "not a finite number"}},
		{"n fraction", []string{"sort", "-n", "50.5"}, []string{"-n", "not an integer"}},
		{"frozen not below n", []string{"sort", "-n", "100", "-frozen", "100"}, []string{"-frozen", "less than n"}},
		{"frozen not below n, n last", []string{"sort", "-frozen", "100", "-n", "100"}, []string{"-frozen", "less than n"}},
		{"mix unknown", []string{"sort", "-mix", "foo"}, []string{"-mix", "foo"}},
		{"mix zero weight", []string{"sort", "-mix", "bubble:0"}, []string{"-mix", "bubble:0", "weight"}},
		{"mix twice", []string{"sort", "-mix", "bubble,bubble"}, []string{"-mix", "twice"}},
		{"damage unknown", []string{"sort", "-damage", "broken"}, []string{"-damage", "passive, stuck"}},
		{"edits outside array", []string{"sort", "-n", "10", "-edits", "0:10"}, []string{"-edits", "outside the array"}},
		{"edits malformed", []string{"sort", "-edits", "x"}, []string{"-edits", "activation:position"}},
		{"runs zero", []string{"sort", "-runs", "0"}, []string{"-runs", "[1, 100000]"}},
		{"runs negative", []string{"sort", "-runs", "-3"}, []string{"-runs", "[1, 100000]"}},
		{"runs too many", []string{"sort", "-runs", "100001"}, []string{"-runs", "[1, 100000]"}},
		{"runs Inf", []string{"sort", "-runs", "Inf"}, []string{"-runs", "not a finite number"}},
		{"seeds past the limit", []string{"sort", "-seed", "9007199254740991", "-runs", "2"}, []string{"-runs", "seed limit"}},
		{"json not a bool", []string{"sort", "-json=maybe"}, []string{"-json", "true or false"}},
		{"missing value", []string{"sort", "-n"}, []string{"-n", "needs an argument"}},
		{"unknown flag", []string{"sort", "-nope"}, []string{"-nope", "not defined"}},
		{"stray argument", []string{"sort", "stray"}, []string{`"stray"`}},
		{"stray after flags", []string{"sort", "-n", "20", "extra"}, []string{`"extra"`}},
		{"action as flag", []string{"sort", "-clear-edits"}, []string{"-clear-edits"}},
		{"figure not in the paper's list", []string{"sort", "-figure", "6", "-out", "x"}, []string{"-figure", `"6"`, "3, 4, 5, 7, 8, 9"}},
		{"figure zero", []string{"sort", "-figure", "0", "-out", "x"}, []string{"-figure", `"0"`, "3, 4, 5, 7, 8, 9"}},
		{"figure not a number", []string{"sort", "-figure", "four", "-out", "x"}, []string{"-figure", `"four"`}},
		{"figure empty", []string{"sort", "-figure", "", "-out", "x"}, []string{"-figure", "3, 4, 5, 7, 8, 9"}},
		{"figure without out", []string{"sort", "-figure", "4"}, []string{"-figure 4 needs -out DIR", "fig4.png"}},
		{"out without figure", []string{"sort", "-out", "x"}, []string{"-out", "needs -figure"}},
		{"figure with a lab flag", []string{"sort", "-figure", "4", "-out", "x", "-n", "50"}, []string{"-n cannot be used with -figure", "-seed, -runs"}},
		{"figure with csv", []string{"sort", "-figure", "4", "-out", "x", "-csv", "y.csv"}, []string{"-csv cannot be used with -figure"}},
		{"figure with traditional", []string{"sort", "-figure", "3", "-out", "x", "-traditional"}, []string{"-traditional cannot be used with -figure"}},
		{"figure seeds past the limit", []string{"sort", "-figure", "4", "-out", "x", "-seed", "9007199254740991", "-runs", "2"}, []string{"-runs", "seed limit"}},
		{"unknown command", []string{"shuffle"}, []string{`"shuffle"`, "sort"}},
		{"flag before command", []string{"-n", "5"}, []string{`"-n"`, "after a command"}},
		{"help for unknown command", []string{"help", "shuffle"}, []string{`"shuffle"`}},
		{"no command", nil, []string{"usage: bioplay", "sort"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, c.args...)
			if code != 2 {
				t.Errorf("run(%q) = %d, want 2", c.args, code)
			}
			if stdout != "" {
				t.Errorf("run(%q) wrote to stdout: %q", c.args, stdout)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("run(%q) stderr = %q, want it to mention %q", c.args, stderr, w)
				}
			}
			if len(c.args) > 0 && c.args[0] == "sort" && !strings.Contains(stderr, "run 'bioplay sort -h' for usage") {
				t.Errorf("run(%q) stderr = %q, want the usage hint", c.args, stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"--help"}, {"help"}} {
		stdout, stderr, code := runCLI(t, args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, "usage: bioplay <command>") || !strings.Contains(stdout, "sort") {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 0 and the command list", args, code, stdout, stderr)
		}
	}
}

func TestSortHelpListsEveryParameter(t *testing.T) {
	for _, args := range [][]string{{"sort", "-h"}, {"sort", "-help"}, {"help", "sort"}} {
		stdout, stderr, code := runCLI(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("run(%q) = %d, stderr %q; want 0 and nothing on stderr", args, code, stderr)
		}
		for _, sp := range sorting.Schema().Specs {
			if sp.Kind == param.Action { // a button on the page, no flag
				continue
			}
			if !strings.Contains(stdout, "\n  -"+sp.Name+" ") && !strings.Contains(stdout, "\n  -"+sp.Name+"\n") {
				t.Errorf("run(%q) usage lacks -%s", args, sp.Name)
			}
		}
		for _, name := range []string{"runs", "traditional", "dg", "json", "csv", "figure", "out"} {
			if !strings.Contains(stdout, "\n  -"+name) {
				t.Errorf("run(%q) usage lacks -%s", args, name)
			}
		}
		for _, w := range []string{"seed + r − 1", "swap=0", "ignores it", "ddof=0", "compare & swap", "aggregation_peak",
			"-figure N -out DIR", "only -seed, -runs, -dg, -json and -out", "figN_curves.csv", "(3, 4, 5, 7, 8, 9)"} {
			if !strings.Contains(stdout, w) {
				t.Errorf("run(%q) usage lacks %q", args, w)
			}
		}
	}
}

// runJSON runs 'bioplay <cmd> -json' with args, expects success and no
// stderr, and decodes the JSON report into a T.
func runJSON[T any](t *testing.T, cmd string, args ...string) (T, string) {
	t.Helper()
	stdout, stderr, code := runCLI(t, append([]string{cmd, "-json"}, args...)...)
	var r T
	if code != 0 || stderr != "" {
		t.Fatalf("%s -json %q = %d, stderr %q", cmd, args, code, stderr)
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("%s -json %q: %v in %q", cmd, args, err, stdout)
	}
	return r, stdout
}
