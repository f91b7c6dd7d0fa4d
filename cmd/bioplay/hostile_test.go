package main

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"bioplay/models/param"
)

// labCommands maps every command to its flag set. A new lab command (swim,
// kan) must be added here, or TestEveryCommandHasHostileCases fails.
var labCommands = map[string]labCommand{"sort": sortCommand, "quad": quadCommand, "swim": swimCommand, "kan": kanCommand}

// maxErrBytes bounds the stderr of a refused command line: a message and
// the usage hint, never an echo of a megabyte-long value. Our choice.
const maxErrBytes = 1024

// long is a hostile megabyte-long value.
var long = strings.Repeat("9", 1<<20)

// hostileTexts are the values tried on every flag; those its own parser
// accepts (an empty -hidden is valid) are dropped per flag.
var hostileTexts = []string{
	"", " ", "NaN", "nan", "Inf", "-Inf", "+Inf", "1e999", "-1e999", "1e-400x", "1" + strings.Repeat("0", 400),
	"-1", "-0.5", "0.5", "1.5", "9007199254740993", "1e20", "-9007199254740993", "0x10", "1_0", "1,5", "１２",
	"true", "maybe", "abc", "\x00", "a\x00b", "\n", "\xff\xfe", "{}", "[1]", "null", "bubble:1e400",
	"../../etc/passwd", strings.Repeat("a,", 5000), long,
}

// hostileCase is one command line that must be refused with exit status 2,
// nothing on stdout and a short stderr containing every string of want and
// at least one of anyOf (when given).
type hostileCase struct {
	name  string
	args  []string
	want  []string
	anyOf []string
}

// flagCases builds the systematic table: for every flag of every command
// (lab parameters and the CLI's own) every hostile text its parser
// rejects, given as "-flag value" and, for booleans, "-flag=value". The
// message must name the flag and say what is allowed. File-path flags
// (Text without a checker) accept any text and are covered by
// TestHostilePaths.
func flagCases() []hostileCase {
	var cases []hostileCase
	for _, cmd := range commands() {
		lc := labCommands[cmd.name]
		if lc.lab == nil {
			continue
		}
		for _, schema := range []*param.Schema{lc.lab(), lc.cli()} {
			for _, sp := range schema.Specs {
				if sp.Kind == param.Action || sp.Kind == param.Text && sp.Check == nil {
					continue
				}
				for _, text := range hostileTexts {
					if _, err := sp.Parse(text); err == nil {
						continue
					}
					args := []string{cmd.name, "-" + sp.Name, text}
					if sp.Kind == param.Bool {
						args = []string{cmd.name, "-" + sp.Name + "=" + text}
					}
					c := hostileCase{name: cmd.name + " -" + sp.Name + " " + short(text), args: args,
						want: []string{"-" + sp.Name, allowedHint(sp), "run 'bioplay " + cmd.name + " -h' for usage"}}
					if sp.Kind == param.Text { // the models word it "allowed: …" or "want …"
						c.anyOf = []string{"allowed", "want"}
					}
					cases = append(cases, c)
				}
			}
		}
	}
	return cases
}

// allowedHint is the part of a spec's allowed values a message must show.
func allowedHint(sp param.Spec) string {
	switch sp.Kind {
	case param.Number, param.Integer:
		return strings.TrimPrefix(strings.TrimPrefix(sp.AllowedText(), "numbers in "), "integers in ")
	case param.Text:
		return "" // see hostileCase.anyOf
	}
	return sp.AllowedText()
}

// short names a hostile text in a subtest name.
func short(s string) string {
	if len(s) > 12 {
		return s[:12] + "…"
	}
	return s
}

// commandCases are hostile command lines that are not about one flag's
// value: unknown flags and commands, flags before the command, odd dashes.
func commandCases() []hostileCase {
	cases := []hostileCase{
		{"empty command", []string{""}, []string{`""`, "commands: sort, quad"}, nil},
		{"upper-case command", []string{"SORT"}, []string{`"SORT"`, "sort"}, nil},
		{"command with NUL", []string{"sort\x00"}, []string{`"sort\x00"`, "sort"}, nil},
		{"long command", []string{long}, []string{"unknown command", "sort"}, nil},
		{"help for a long name", []string{"help", long}, []string{"unknown command", "sort"}, nil},
		{"double dash first", []string{"--"}, []string{`"--"`, "after a command"}, nil},
		{"single dash first", []string{"-"}, []string{`"-"`, "after a command"}, nil},
		{"long flag first", []string{"-" + long}, []string{"not a command", "after a command"}, nil},
	}
	for _, c := range commands() {
		name := c.name
		hint := "run 'bioplay " + name + " -h' for usage"
		cases = append(cases,
			hostileCase{name + " unknown flag", []string{name, "-bogus", "1"}, []string{"-bogus", "not defined", hint}, nil},
			hostileCase{name + " unknown long flag", []string{name, "-" + strings.Repeat("x", 1<<16)}, []string{"not defined", hint}, nil},
			hostileCase{name + " flag with NUL", []string{name, "-n\x00"}, []string{"not defined", hint}, nil},
			hostileCase{name + " triple dash", []string{name, "---seed", "1"}, []string{"---seed", hint}, nil},
			hostileCase{name + " empty flag name", []string{name, "-=5"}, []string{"-=5", hint}, nil},
			hostileCase{name + " seed empty with =", []string{name, "-seed="}, []string{"-seed", "[0, 9007199254740991]", hint}, nil},
			hostileCase{name + " seed missing", []string{name, "-seed"}, []string{"-seed", "needs an argument", hint}, nil},
			hostileCase{name + " stray after --", []string{name, "--", "-seed", "2"}, []string{`"-seed"`, hint}, nil},
			hostileCase{name + " stray dash", []string{name, "-"}, []string{`"-"`, hint}, nil},
			hostileCase{name + " action as flag", []string{name, "-" + firstAction(name)}, []string{"-" + firstAction(name), hint}, nil},
			hostileCase{name + " long stray", []string{name, long}, []string{"unexpected argument", hint}, nil},
		)
	}
	return cases
}

// firstAction returns the name of a command's first Action parameter.
func firstAction(cmd string) string {
	for _, sp := range labCommands[cmd].lab().Specs {
		if sp.Kind == param.Action {
			return sp.Name
		}
	}
	return "none"
}

// TestHostileCommandLines runs both tables: every case exits with status
// 2, writes nothing to stdout and a short, valid UTF-8 message naming what
// was wrong and what is allowed to stderr.
func TestHostileCommandLines(t *testing.T) {
	cases := append(flagCases(), commandCases()...)
	if len(cases) < 200 {
		t.Fatalf("only %d hostile cases; the generator lost its flags", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, c.args...)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("stdout = %.200q, want nothing", stdout)
			}
			if len(stderr) > maxErrBytes {
				t.Errorf("stderr is %d bytes (> %d): %.300q", len(stderr), maxErrBytes, stderr)
			}
			if !utf8.ValidString(stderr) {
				t.Errorf("stderr is not valid UTF-8: %.300q", stderr)
			}
			if len(c.anyOf) > 0 && !slices.ContainsFunc(c.anyOf, func(w string) bool { return strings.Contains(stderr, w) }) {
				t.Errorf("stderr = %.400q, want it to mention one of %q", stderr, c.anyOf)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr = %.400q, want it to mention %q", stderr, w)
				}
			}
		})
	}
}

// TestEveryCommandHasHostileCases fails when a command has no flag set in
// labCommands, so a new lab's command joins the hostile table.
func TestEveryCommandHasHostileCases(t *testing.T) {
	for _, c := range commands() {
		if _, ok := labCommands[c.name]; !ok {
			t.Errorf("command %q is missing from labCommands in hostile_test.go", c.name)
		}
	}
}

// TestHostilePaths gives the file-path flags paths that cannot be
// created: the command fails before any work with status 1 (a file cannot
// be written), a message naming the flag, and nothing on stdout.
func TestHostilePaths(t *testing.T) {
	dir := t.TempDir()
	for _, path := range []string{"a\x00b", dir, dir + "/missing/dir/x.csv", "/" + strings.Repeat("p", 5000)} {
		for _, args := range [][]string{{"sort", "-runs", "1", "-n", "10", "-csv", path}, {"quad", "-steps", "1", "-csv", path}} {
			t.Run(args[0]+" "+short(path), func(t *testing.T) {
				stdout, stderr, code := runCLI(t, args...)
				if code != 1 || stdout != "" || !strings.Contains(stderr, "-csv") {
					t.Errorf("run(%.60q) = %d, stdout %.100q, stderr %.200q; want 1, nothing, a -csv message", args, code, stdout, stderr)
				}
				if len(stderr) > maxErrBytes {
					t.Errorf("stderr is %d bytes (> %d)", len(stderr), maxErrBytes)
				}
			})
		}
	}
}
