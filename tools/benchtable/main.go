// Command benchtable runs the benchmarks of every models/... package
// natively and under js/wasm in Node, and prints one markdown table of
// their domain figures (the units of b.ReportMetric: swaps/s,
// physics-steps/s, samples/s, …) side by side, followed by the peer
// comparisons the lab issues ask for, where their scripts exist
// (tools/torchbench/quad_bench.py, tools/torchbench/kan_bench.py,
// tools/mujocobench/run.sh). It is what `make bench` runs (issue 9,
// part 5).
//
// Usage:
//
//	go run ./tools/benchtable [-benchtime 1s] [-pkgs ./models/...] [-peers=true]
//	go run ./tools/benchtable -native FILE -wasm FILE   # tabulate saved output
//
// Run it from the repository root. Each run prints the commands it ran;
// a failed package or peer script is reported and skipped, not fatal.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

func main() {
	benchtime := flag.String("benchtime", "1s", "`time` or Nx per benchmark, passed to go test -benchtime")
	pkgs := flag.String("pkgs", "./models/...", "`packages` to benchmark")
	peers := flag.Bool("peers", true, "run the peer comparison scripts that exist")
	nativeFile := flag.String("native", "", "read native `go test -bench` output from this file instead of running it")
	wasmFile := flag.String("wasm", "", "read wasm `go test -bench` output from this file instead of running it")
	flag.Parse()

	native := results(*nativeFile, *benchtime, *pkgs, nil)
	goroot, _ := exec.Command("go", "env", "GOROOT").Output()
	wasmEnv := []string{"GOOS=js", "GOARCH=wasm",
		"PATH=" + filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm") + string(os.PathListSeparator) + os.Getenv("PATH")}
	wasm := results(*wasmFile, *benchtime, *pkgs, wasmEnv)

	fmt.Printf("\n## Benchmarks: native (%s/%s) and js/wasm in Node, -benchtime %s\n\n", runtime.GOOS, runtime.GOARCH, *benchtime)
	writeTable(os.Stdout, native, wasm)
	if *peers {
		fmt.Println("\n## Peer comparisons")
		for _, p := range peerScripts {
			runPeer(os.Stdout, p)
		}
	}
}

// results returns the parsed benchmark output of file, or of a fresh go
// test run with extra environment env when file is "".
func results(file, benchtime, pkgs string, env []string) []result {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchtable:", err)
			os.Exit(1)
		}
		return parse(bytes.NewReader(b))
	}
	args := []string{"test", "-run", "^$", "-bench", ".", "-benchtime", benchtime, pkgs}
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout = io.MultiWriter(&out, os.Stderr) // progress on stderr
	cmd.Stderr = os.Stderr
	fmt.Fprintf(os.Stderr, "benchtable: %s go %s\n", strings.Join(env[:min(len(env), 2)], " "), strings.Join(args, " "))
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "benchtable: go test: %v (the table keeps what ran)\n", err)
	}
	return parse(&out)
}

// peer is a comparison script of a lab issue.
type peer struct {
	what string   // what it compares
	path string   // the script, relative to the repository root
	cmd  []string // how to run it; the path is appended
}

var peerScripts = []peer{
	{"quadratic lab: PyTorch training steps (issue 5)", "tools/torchbench/quad_bench.py", []string{"/usr/bin/python3"}},
	{"KAN lab: PyTorch training steps", "tools/torchbench/kan_bench.py", []string{"/usr/bin/python3"}},
	{"swimmer lab: MuJoCo-WASM vs Go-wasm", "tools/mujocobench/run.sh", []string{"sh"}},
}

// runPeer runs p if its script exists and copies its output into a
// fenced block, or says why it was skipped.
func runPeer(w io.Writer, p peer) {
	fmt.Fprintf(w, "\n### %s\n\n", p.what)
	if _, err := os.Stat(p.path); err != nil {
		fmt.Fprintf(w, "Skipped: %s does not exist.\n", p.path)
		return
	}
	args := append(append([]string(nil), p.cmd[1:]...), p.path)
	cmd := exec.Command(p.cmd[0], args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	fmt.Fprintf(os.Stderr, "benchtable: %s %s\n", p.cmd[0], strings.Join(args, " "))
	err := cmd.Run()
	if err != nil {
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		fmt.Fprintf(w, "Skipped: `%s %s` failed (%v): %s\n", p.cmd[0], strings.Join(args, " "), err, lines[len(lines)-1])
		return
	}
	fmt.Fprintf(w, "`%s %s`:\n\n```\n%s\n```\n", p.cmd[0], strings.Join(args, " "), strings.TrimSpace(out.String()))
}
