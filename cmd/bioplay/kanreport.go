package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// jsonFloat is a float64 that JSON writes as null when it is NaN or
// infinite (a diverged network's RMSE), which encoding/json refuses.
type jsonFloat float64

// MarshalJSON writes f as a JSON number, or null when it is not finite.
func (f jsonFloat) MarshalJSON() ([]byte, error) {
	x := float64(f)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(x)
}

// kanFit is a network's error on the training and the test set: the RMSE
// of f for regression, of the probability against the 0/1 label for
// classification, which also reports the accuracies (fractions in [0, 1]
// at 0.5).
type kanFit struct {
	TrainRMSE     jsonFloat  `json:"train_rmse"`
	TestRMSE      jsonFloat  `json:"test_rmse"`
	TrainAccuracy *jsonFloat `json:"train_accuracy,omitempty"`
	TestAccuracy  *jsonFloat `json:"test_accuracy,omitempty"`
}

// scorer is what kanFit reads: a kan.Trainer or a kan.MLPTrainer.
type scorer interface {
	TrainRMSE() float64
	TestRMSE() float64
	TrainAccuracy() float64
	TestAccuracy() float64
}

// fitOf measures s; classification adds the accuracies.
func fitOf(s scorer, classification bool) kanFit {
	f := kanFit{TrainRMSE: jsonFloat(s.TrainRMSE()), TestRMSE: jsonFloat(s.TestRMSE())}
	if classification {
		a, b := jsonFloat(s.TrainAccuracy()), jsonFloat(s.TestAccuracy())
		f.TrainAccuracy, f.TestAccuracy = &a, &b
	}
	return f
}

// kanStage is the state at the end of one -refine stage.
type kanStage struct {
	Grid   int       `json:"grid"`   // grid intervals during the stage
	Steps  int       `json:"steps"`  // optimiser steps taken by the end of the stage, counted from the start
	Params int       `json:"params"` // the KAN's parameter count at this grid
	LR     jsonFloat `json:"lr"`     // the learning rate used in the stage (decayed at each refinement)
	kanFit
}

// stageFigures measures the KAN at the end of a stage trained at rate lr.
func (job *kanJob) stageFigures(lr float64) kanStage {
	n := job.trainer.Network()
	return kanStage{Grid: n.Grid(), Steps: job.trainer.Steps(), Params: n.Params(), LR: jsonFloat(lr),
		kanFit: fitOf(job.trainer, job.task.Classification)}
}

// kanMLPReport is the comparison MLP (-compare): two tanh hidden layers of
// equal width sized to the KAN's parameter count at its first grid
// (kan.CompareParams: a Select KAN's count once pruned).
type kanMLPReport struct {
	Params int   `json:"params"`
	Shape  []int `json:"shape"` // [inputs, h, h, 1]
	kanFit
}

// kanReport is the result of 'bioplay kan': what -json prints, field for
// field, and what the table shows. It holds no timings, so the same
// command line always prints the same bytes.
type kanReport struct {
	Lab string `json:"lab"`
	// Setup holds every lab parameter's canonical text, as in the page's
	// URL; with -refine, grid is the first stage and refine-to the rest.
	Setup  map[string]string `json:"setup"`
	Task   string            `json:"task"`
	Shape  []int             `json:"shape"` // as built, before any -prune
	Basis  string            `json:"basis"`
	Grid   int               `json:"grid"` // at the end
	K      int               `json:"k"`
	Steps  int               `json:"steps"`  // optimiser steps taken in all
	Params int               `json:"params"` // at the end
	kanFit
	// Stages has one entry per -refine stage finished; absent without
	// -refine.
	Stages []kanStage    `json:"stages,omitempty"`
	MLP    *kanMLPReport `json:"mlp,omitempty"`
	// PrunedShape is the shape after -prune and Removed the hidden nodes
	// it removed per hidden layer (indices before pruning); Phases has the
	// figures after training and after each of -prune and -symbolic, and
	// Symbolic the edges -symbolic snapped. All absent without the flags.
	PrunedShape []int      `json:"pruned_shape,omitempty"`
	Removed     [][]int    `json:"removed,omitempty"`
	Phases      []kanPhase `json:"phases,omitempty"`
	Symbolic    []kanSnap  `json:"symbolic,omitempty"`
	// Formula is the network's function as text (kan.Network.Formula):
	// snapped edges written out, numeric ones as φ[l,i→j](…).
	Formula string `json:"formula"`
	// Paused is why training stopped early (a NaN or infinity, and where);
	// absent when it ran to the end.
	Paused string     `json:"paused,omitempty"`
	hash   string     // the page's URL hash for this run
	rows   []kanStage // the table's rows: the stages, or the one run without -refine
}

// report summarises the trained networks.
func (job *kanJob) report() kanReport {
	t, n := job.trainer, job.trainer.Network()
	r := kanReport{Lab: job.values.lab.Schema().Lab, Setup: paramMap(job.values.lab), Task: job.setup.Task,
		Shape: job.setup.Net.Shape, Basis: n.Basis().String(), Grid: n.Grid(), K: n.Order(), Steps: t.Steps(), Params: n.Params(),
		kanFit: fitOf(t, job.task.Classification), hash: "#" + job.values.lab.Encode()}
	r.rows = job.done
	if job.values.cli.Text("refine") != "" {
		r.Stages = job.done
	}
	if job.prune && job.removed != nil {
		r.PrunedShape = n.Shape()
		r.Removed = make([][]int, len(job.removed))
		for h, nodes := range job.removed {
			r.Removed[h] = append([]int{}, nodes...) // [] rather than null for a layer that lost none
		}
	}
	r.Phases, r.Symbolic, r.Formula = job.phases, job.snapped, n.Formula()
	if m := job.mlp; m != nil {
		h := job.mlpWidth
		r.MLP = &kanMLPReport{Params: m.Params(), Shape: []int{job.task.Dim, h, h, 1}, kanFit: fitOf(m, job.task.Classification)}
	}
	if job.paused != nil {
		r.Paused = job.paused.Error()
	}
	return r
}

// writeText writes the report as a short table.
func (r kanReport) writeText(w io.Writer) error {
	var b strings.Builder
	s := r.Setup
	fmt.Fprintf(&b, "bioplay kan: %s, shape %s, %s, k %d, %s lr %s, batch %s, grid update %s, λ %s, seed %s\n",
		r.Task, s["shape"], r.Basis, r.K, s["optimizer"], s["lr"], batchText(s["batch"]), onOff(s["grid-update"]), s["lambda"], s["seed"])
	fmt.Fprintf(&b, "on the page: %s\n\n", r.hash)
	acc := r.TrainAccuracy != nil
	fmt.Fprintf(&b, "%5s %5s %7s %7s %11s %11s", "grid", "steps", "params", "lr", "train RMSE", "test RMSE")
	if acc {
		fmt.Fprintf(&b, " %9s %9s", "train acc", "test acc")
	}
	b.WriteByte('\n')
	for _, st := range r.rows {
		fmt.Fprintf(&b, "%5d %5d %7d %7.2g %11.4g %11.4g", st.Grid, st.Steps, st.Params, float64(st.LR), float64(st.TrainRMSE), float64(st.TestRMSE))
		if acc {
			fmt.Fprintf(&b, " %8.2f%% %8.2f%%", 100*float64(*st.TrainAccuracy), 100*float64(*st.TestAccuracy))
		}
		b.WriteByte('\n')
	}
	if m := r.MLP; m != nil {
		fmt.Fprintf(&b, "\nmlp %s (tanh), %d parameters, same data and steps: train RMSE %.4g, test RMSE %.4g",
			shapeText(m.Shape), m.Params, float64(m.TrainRMSE), float64(m.TestRMSE))
		if acc {
			fmt.Fprintf(&b, ", test accuracy %.2f%%", 100*float64(*m.TestAccuracy))
		}
		b.WriteByte('\n')
	}
	r.writeInterpret(&b)
	if r.Paused != "" {
		fmt.Fprintf(&b, "\nstopped early: %s\n", r.Paused)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// onOff names a Bool parameter's canonical text for a table.
func onOff(s string) string {
	if s == "true" {
		return "on"
	}
	return "off"
}
