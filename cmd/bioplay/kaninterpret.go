package main

import (
	"fmt"
	"strconv"
	"strings"

	"bioplay/models/kan"
)

// The paper's interpretability workflow after training (§2.5.2, spec
// B.7–B.9), as the page's prune, snap and fit-constants buttons run it:
// train with -lambda > 0, -prune, retrain without the penalty, then
// -symbolic, and read the formula.

// symbolicIters bounds the Levenberg–Marquardt iterations of -symbolic's
// affine fit: the page's fit-constants button and the model's walkthrough
// test use 100.
const symbolicIters = 100

// kanPhase is the KAN at the end of one phase of -prune or -symbolic:
// "train" (the last stage, before either), "prune" (pruned and retrained
// with λ = 0) or "symbolic" (snapped and fitted).
type kanPhase struct {
	Phase  string `json:"phase"`
	Shape  []int  `json:"shape"`
	Steps  int    `json:"steps"` // optimiser steps taken by the end of the phase, counted from the start
	Params int    `json:"params"`
	kanFit
}

// kanSnap is one edge -symbolic snapped: edge in→out of layer (0 is the
// inputs' layer), the library function it became and the R² of its fit
// to the edge's numeric function, before the affine fit (spec B.9).
type kanSnap struct {
	Layer int       `json:"layer"`
	In    int       `json:"in"`
	Out   int       `json:"out"`
	Name  string    `json:"name"`
	R2    jsonFloat `json:"r2"`
}

// interpret runs -prune and -symbolic on the trained KAN, recording a
// phase after training and after each. An error of the model (a NaN or
// infinity met on the way) goes to job.paused.
func (job *kanJob) interpret(cur *kanCurves, prog *progress) {
	if !job.prune && !job.symbolic {
		return
	}
	t := job.trainer
	job.phases = append(job.phases, job.phaseFigures("train"))
	if job.prune {
		if job.removed, job.paused = t.Prune(job.setup.PruneThreshold); job.paused != nil {
			return
		}
		c := t.Config()
		c.Lambda = 0
		if job.paused = t.SetConfig(c); job.paused != nil {
			return
		}
		if job.train(job.pruneSteps, cur, prog); job.paused != nil {
			return
		}
		job.phases = append(job.phases, job.phaseFigures("prune"))
	}
	if job.symbolic {
		edges := numericEdges(t.Network())
		cs, err := t.AutoSnap()
		if err != nil {
			job.paused = err
			return
		}
		for k, c := range cs {
			e := edges[k]
			job.snapped = append(job.snapped, kanSnap{Layer: e[0], In: e[1], Out: e[2], Name: c.Name, R2: jsonFloat(c.R2)})
		}
		if !job.task.Classification { // FitAffine fits regression only
			if _, job.paused = t.FitAffine(symbolicIters); job.paused != nil {
				return
			}
		}
		job.phases = append(job.phases, job.phaseFigures("symbolic"))
	}
}

// phaseFigures measures the KAN at the end of the named phase.
func (job *kanJob) phaseFigures(name string) kanPhase {
	n := job.trainer.Network()
	return kanPhase{Phase: name, Shape: n.Shape(), Steps: job.trainer.Steps(), Params: n.Params(),
		kanFit: fitOf(job.trainer, job.task.Classification)}
}

// numericEdges lists n's edges that are not snapped (or masked), as
// {layer, in, out} in the order kan.Trainer.AutoSnap snaps them.
func numericEdges(n *kan.Network) [][3]int {
	var out [][3]int
	shape := n.Shape()
	for l := range n.Layers() {
		for i := range shape[l] {
			for j := range shape[l+1] {
				if _, _, _, _, _, ok := n.Symbolic(l, i, j); !ok {
					out = append(out, [3]int{l, i, j})
				}
			}
		}
	}
	return out
}

// singleBases lists the bases -symbolic accepts, for its error.
func singleBases() string {
	var names []string
	for _, b := range kan.SelectFamilies() {
		names = append(names, b.String())
	}
	return strings.Join(names, ", ")
}

// writeInterpret writes the phases table, what -prune removed, the edges
// -symbolic snapped and the formula (always) under the report's table.
func (r kanReport) writeInterpret(b *strings.Builder) {
	if len(r.Phases) > 0 {
		acc := r.TrainAccuracy != nil
		fmt.Fprintf(b, "\n%-9s %9s %5s %7s %11s %11s", "phase", "shape", "steps", "params", "train RMSE", "test RMSE")
		if acc {
			fmt.Fprintf(b, " %9s %9s", "train acc", "test acc")
		}
		b.WriteByte('\n')
		for _, p := range r.Phases {
			fmt.Fprintf(b, "%-9s %9s %5d %7d %11.4g %11.4g", p.Phase, kan.FormatShape(p.Shape), p.Steps, p.Params,
				float64(p.TrainRMSE), float64(p.TestRMSE))
			if acc {
				fmt.Fprintf(b, " %8.2f%% %8.2f%%", 100*float64(*p.TrainAccuracy), 100*float64(*p.TestAccuracy))
			}
			b.WriteByte('\n')
		}
	}
	if r.PrunedShape != nil {
		fmt.Fprintf(b, "\npruned at θ %s from %s to %s", r.Setup["prune-threshold"], kan.FormatShape(r.Shape), kan.FormatShape(r.PrunedShape))
		lost := false
		for h, nodes := range r.Removed {
			if len(nodes) > 0 {
				fmt.Fprintf(b, "; hidden layer %d lost nodes %s", h+1, kan.FormatShape(nodes))
				lost = true
			}
		}
		if !lost {
			b.WriteString(": no hidden node scored at most θ")
		}
		b.WriteByte('\n')
	}
	if len(r.Symbolic) > 0 {
		b.WriteString("\nsnapped edges (R² of the fit):")
		for k, e := range r.Symbolic {
			if k > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(b, " [%d,%d→%d] %s (%s)", e.Layer, e.In, e.Out, e.Name, strconv.FormatFloat(float64(e.R2), 'g', 6, 64))
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(b, "\nformula: %s\n", r.Formula)
}
