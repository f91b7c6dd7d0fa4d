package main

import (
	"fmt"
	"io"
	"strings"

	"bioplay/models/swimmer"
)

// swimEpisodeReport is the result of one 'bioplay swim' episode: what
// -json prints, field for field, and what the table shows. It holds no
// timings, so the same command line always prints the same bytes.
type swimEpisodeReport struct {
	Lab string `json:"lab"`
	// Setup holds every lab parameter's canonical text, as in the page's
	// URL (with -weights written into w-prop … w-contra).
	Setup     map[string]string `json:"setup"`
	Return    float64           `json:"return"`     // summed swim reward, at most 1 per control step
	MeanSpeed float64           `json:"mean_speed"` // forward speed averaged over the control steps, m/s
	// Qpos and Qvel are the generalized position and velocity after the
	// last step in MuJoCo's order: root x, y, heading, then the N−1 joint
	// angles (qpos, N+2 values), and their rates (qvel).
	Qpos []float64 `json:"qpos"`
	Qvel []float64 `json:"qvel"`
	hash string    // the page's URL hash for this run
}

// episodeReport summarises one finished episode.
func (job *swimJob) episodeReport(r swimmer.Result) swimEpisodeReport {
	return swimEpisodeReport{Lab: job.values.lab.Schema().Lab, Setup: paramMap(job.values.lab),
		Return: r.Return, MeanSpeed: r.MeanSpeed, Qpos: r.Qpos, Qvel: r.Qvel, hash: "#" + job.values.lab.Encode()}
}

// swimHeader writes the first line of both tables: what swam, and how;
// episodes is "a" for one episode, "" for many.
func swimHeader(b *strings.Builder, what, episodes string, s map[string]string) {
	ep := s["steps"] + "-step episodes"
	if episodes == "a" {
		ep = "a " + s["steps"] + "-step episode"
	}
	fmt.Fprintf(b, "bioplay swim: %s, %s links, %s from a %s start, density %s kg/m³, seed %s\n",
		what, s["links"], ep, s["start"], s["density"], s["seed"])
}

// writeText writes the episode as a short table.
func (r swimEpisodeReport) writeText(w io.Writer) error {
	var b strings.Builder
	swimHeader(&b, r.Setup["controller"]+" controller", "a", r.Setup)
	fmt.Fprintf(&b, "on the page: %s\n\n", r.hash)
	fmt.Fprintf(&b, "%-12s %12.4f\n", "return", r.Return)
	fmt.Fprintf(&b, "%-12s %12.4f m/s\n", "mean speed", r.MeanSpeed)
	fmt.Fprintf(&b, "%-12s %12.4f m, %.4f m\n", "root x, y", r.Qpos[0], r.Qpos[1])
	fmt.Fprintf(&b, "%-12s %12.4f rad\n", "heading", r.Qpos[2])
	_, err := io.WriteString(w, b.String())
	return err
}

// swimTrainReport is the result of 'bioplay swim -train es'.
type swimTrainReport struct {
	Lab         string            `json:"lab"`
	Setup       map[string]string `json:"setup"` // the lab's parameters at the start of training
	Generations int               `json:"generations"`
	Episodes    int               `json:"episodes"` // training (candidate) episodes; evaluations not counted
	// Returns[g] is the mean return of the unperturbed weights after g
	// generations on the fixed evaluation starts; Returns[0] is the
	// initial weights', so there are Generations+1 values.
	Returns []float64 `json:"returns"`
	Weights []float64 `json:"weights"` // the final weights θ, in the controller's Params order
	pop     int
	hash    string // the page's URL hash with the final weights
	fits    bool   // whether the page can hold the final weights
	start   string // the page's URL hash before training
}

// trainReport summarises a finished ES run.
func (job *swimJob) trainReport() swimTrainReport {
	t := job.trainer
	r := swimTrainReport{Lab: job.values.lab.Schema().Lab, Setup: paramMap(job.values.lab),
		Generations: job.setup.Generations, Episodes: t.Episodes(), Returns: t.Curve(), Weights: t.Theta(),
		pop: job.setup.Train.ES.Pop, start: "#" + job.values.lab.Encode()}
	r.hash, r.fits = job.weightsHash(r.Weights)
	return r
}

// swimTableRows is about how many curve rows the table shows; the curve
// is thinned to every k-th generation beyond that (-csv has them all).
const swimTableRows = 12

// writeText writes the run as a short table: the curve, thinned, and the
// final weights.
func (r swimTrainReport) writeText(w io.Writer) error {
	var b strings.Builder
	s := r.Setup
	swimHeader(&b, fmt.Sprintf("ES on %s (%d weights), population %s, σ %s, Adam lr %s",
		s["controller"], len(r.Weights), s["pop"], s["sigma"], s["es-lr"]), "", s)
	if r.fits {
		fmt.Fprintf(&b, "on the page, trained: %s\n", r.hash)
	} else {
		fmt.Fprintf(&b, "on the page, untrained (a trained weight is outside the page's range): %s\n", r.start)
	}
	fmt.Fprintf(&b, "\n%10s %9s %12s\n", "generation", "episodes", "return")
	every := max(1, (len(r.Returns)+swimTableRows-1)/swimTableRows)
	for g, ret := range r.Returns {
		if g%every == 0 || g == len(r.Returns)-1 {
			fmt.Fprintf(&b, "%10d %9d %12.4f\n", g, g*r.pop, ret)
		}
	}
	fmt.Fprintf(&b, "\nfinal weights: %s\n", swimmer.FormatFloats(r.Weights))
	_, err := io.WriteString(w, b.String())
	return err
}
