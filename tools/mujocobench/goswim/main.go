// Command goswim is the Go half of the MuJoCo comparison benchmark
// (tools/mujocobench, issue 4 Done-when: performance). It swims whole
// 1000-step episodes of bioplay's models/swimmer, NCAP at its initial
// weights from the straight start, and prints one JSON object:
//
//	{"links": 6, "episodes": 7, "seconds": [...], "return": 794.95..., "qpos": [...]}
//
// seconds holds the wall time of each timed episode; one untimed warm-up
// episode runs first, exactly as bench.mjs does for MuJoCo. return and qpos
// are those of the warm-up episode (every episode is identical). bench.mjs
// builds it natively and for GOOS=js GOARCH=wasm and runs the latter under
// Node; it is a tool, not a model, so it may read the clock.
//
// Usage:
//
//	goswim [-links 6] [-episodes 7] [-steps 1000]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"bioplay/models/swimmer"
)

// report is the JSON goswim prints.
type report struct {
	Links    int       `json:"links"`
	Episodes int       `json:"episodes"`
	Seconds  []float64 `json:"seconds"`
	Return   float64   `json:"return"`
	Qpos     []float64 `json:"qpos"`
}

func main() {
	links := flag.Int("links", 6, "number of links (3..15)")
	episodes := flag.Int("episodes", 7, "timed episodes after one warm-up (≥ 1)")
	steps := flag.Int("steps", 1000, "control steps per episode (15 physics steps each)")
	flag.Parse()
	r, err := run(*links, *episodes, *steps)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goswim:", err)
		os.Exit(2)
	}
	if err := json.NewEncoder(os.Stdout).Encode(r); err != nil {
		fmt.Fprintln(os.Stderr, "goswim:", err)
		os.Exit(1)
	}
}

// run builds the body and the controller once and reuses them, as the
// MuJoCo side reuses its model and data: each episode is a Restart, which
// resets the pose and the oscillator without allocating.
func run(links, episodes, steps int) (report, error) {
	if episodes < 1 {
		return report{}, fmt.Errorf("-episodes %d: want at least 1", episodes)
	}
	body, err := swimmer.NewBody(links, swimmer.DefaultDensity)
	if err != nil {
		return report{}, err
	}
	ncap, err := swimmer.NewNCAP(swimmer.DefaultNCAPConfig(body.Joints()))
	if err != nil {
		return report{}, err
	}
	ep, err := swimmer.NewEpisode(body, ncap, swimmer.StartStraight, 0, steps)
	if err != nil {
		return report{}, err
	}
	ep.Advance(steps)
	r := report{Links: links, Episodes: episodes, Return: ep.Return(), Qpos: append([]float64(nil), ep.Sim().Qpos()...)}
	for range episodes {
		t0 := time.Now()
		ep.Restart(swimmer.StartStraight, 0)
		ep.Advance(steps)
		r.Seconds = append(r.Seconds, time.Since(t0).Seconds())
		if ep.Return() != r.Return {
			return report{}, fmt.Errorf("episode not repeatable: return %v, first %v", ep.Return(), r.Return)
		}
	}
	return r, nil
}
