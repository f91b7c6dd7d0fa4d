// Command bioplay runs the playground's labs headless, with the same models
// and the same parameter schema as the page, so that a batch of runs can
// reproduce a paper's figure from a terminal or a script: 'bioplay sort
// -figure 4 -out DIR' writes Fig 4 of the self-sorting arrays paper as CSV
// and PNG.
//
// Usage:
//
//	bioplay <command> [flags]
//
// The commands are:
//
//	sort    run the self-sorting arrays lab and summarise a batch of runs,
//	        or run one of the paper's figures into CSV and PNG (-figure N)
//	quad    train a network of the quadratic-neuron lab and report its
//	        loss and accuracy, with optional training curves (-csv)
//	swim    swim one episode of the swimmer lab, or train its controller
//	        by evolution strategies (-train es)
//	kan     train a Kolmogorov–Arnold network, optionally through grid
//	        refinement stages (-refine), and report its RMSE
//
// Run 'bioplay <command> -h' for a command's flags. Exit status is 0 on
// success, 2 for a usage error (unknown command, bad flag or value) and 1
// when a file cannot be written.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// command is one subcommand of bioplay.
type command struct {
	name    string
	summary string                                            // one line for the top-level usage
	run     func(args []string, stdout, stderr io.Writer) int // returns the exit status
	usage   func(w io.Writer)                                 // writes the command's full usage
}

// commands lists bioplay's subcommands in the order the usage shows them.
func commands() []command {
	return []command{
		{name: "sort", summary: "run batches of the self-sorting arrays lab, or a figure of the paper",
			run: runSort, usage: sortUsage},
		{name: "quad", summary: "train a quadratic-neuron (or conventional) network and report its accuracy",
			run: runQuad, usage: quadUsage},
		{name: "swim", summary: "swim the NCAP (or another) swimmer one episode, or train its weights by ES",
			run: runSwim, usage: swimUsage},
		{name: "kan", summary: "train a Kolmogorov–Arnold network through grid refinements and report its RMSE",
			run: runKan, usage: kanUsage},
	}
}

// lookup returns the command called name.
func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// commandNames returns the commands' names joined for an error message.
func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// run is the whole program behind main, with its arguments (without the
// program name) and output streams passed in so tests can drive it. It
// returns the exit status and never panics on bad input. What it writes to
// stderr is clipped (clipWriter), so a hostile argument is never echoed
// whole.
func run(args []string, stdout, stderr io.Writer) int {
	stderr = clipWriter{stderr}
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			c, ok := lookup(args[1])
			if !ok {
				return unknownCommand(args[1], stderr)
			}
			c.usage(stdout)
			return 0
		}
		usage(stdout)
		return 0
	}
	c, ok := lookup(args[0])
	if !ok {
		return unknownCommand(args[0], stderr)
	}
	return c.run(args[1:], stdout, stderr)
}

// unknownCommand reports a name that is not a command and returns exit
// status 2.
func unknownCommand(name string, stderr io.Writer) int {
	if strings.HasPrefix(name, "-") {
		fmt.Fprintf(stderr, "bioplay: %q is not a command; flags come after a command, as in 'bioplay sort -n 100'\n", name)
	} else {
		fmt.Fprintf(stderr, "bioplay: unknown command %q; commands: %s\n", name, commandNames())
	}
	fmt.Fprintln(stderr, "run 'bioplay -h' for usage")
	return 2
}

// usage writes the top-level usage: the commands and how to get their flags.
func usage(w io.Writer) {
	fmt.Fprint(w, `usage: bioplay <command> [flags]

bioplay runs the playground's labs headless, with the same models and the
same parameters as the page.

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-6s  %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'bioplay <command> -h' for a command's flags.
`)
}
