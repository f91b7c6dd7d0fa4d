package main

import (
	"fmt"
	"io"
)

// kanUsage writes the full usage of 'bioplay kan'.
func kanUsage(w io.Writer) {
	fs, lab, cli := kanCommand.newFlagSet()
	fmt.Fprint(w, `usage: bioplay kan [flags]
       bioplay kan -refine g1,g2,... [-stage-steps S] [flags]
       bioplay kan -lambda L -prune [-prune-steps S] -symbolic [flags]
       bioplay kan -benchmark [-json] [-task T -steps K -points N -grid G -lr R -seed S]

Trains a Kolmogorov–Arnold network of the KAN lab (B-spline or other edge
bases, grid update and extension, pruning, symbolic snapping; spec
neurons.md part B) without the page: it draws the task's data from the
flags and the seed, builds the network (-shape 2,5,1: the first width is
the task's input dimension, the last 1), trains it and prints, as a table
or with -json as one JSON object: train_rmse, test_rmse (the RMSE of f
for regression tasks, of the probability against the 0/1 label for
classification sets, which also report train_accuracy and test_accuracy
as fractions in [0, 1]), params (at the end), task, shape (as built),
basis, grid, k, steps, lab, setup (every lab parameter's canonical text)
and formula: the network's function as text, snapped edges written out
and the others as φ[l,i→j](…). With -compare also mlp {params, shape,
train_rmse, test_rmse, ...}: an MLP with two tanh hidden layers sized to
the KAN's parameter count at its first grid (a select KAN's count once
pruned to one family per node, as in -benchmark), trained on the same
data for the same steps.

The paper's interpretability workflow (§2.5.2): train with a sparsity
penalty (-lambda 0.01 or so), then -prune removes the hidden nodes scoring
at most -prune-threshold and retrains the rest for -prune-steps steps
with λ = 0 (the MLP, if any, takes them too); -symbolic then snaps every
edge to its best library function and fits the snapped edges' constants
(regression only). The JSON then has pruned_shape, removed (the hidden
nodes removed per hidden layer, indices before pruning), phases: [{phase
(train, prune or symbolic), shape, steps, params, train_rmse, test_rmse},
...] and symbolic: [{layer, in, out, name, r2}, ...], one per snapped
edge with the R² of its fit.

-benchmark runs no single network: it prints issue 7's function-fitting
table, every basis, select and an MLP on each regression task under one
protocol (see -benchmark below), as Markdown or with -json as {config,
methods, rows: [{task, formula, shape, params, mlp_params, rmse (one per
method, in methods' order; null for a run that diverged), select_ratio,
select_beats_mlp}, ...]}.

Without -refine it takes -steps optimiser steps at grid -grid. With
-refine g1,g2,... it trains in stages instead: the network starts at grid
g1 (this overrides -grid), takes -stage-steps steps (default: -steps),
then its grids are extended to g2 by least squares, keeping the function
(the learning rate is multiplied by -decay), and it trains again, and so
on for every size listed. The JSON then has stages: [{grid, steps (counted
from the start), params, lr, train_rmse, test_rmse}, ...], one per stage.
-refine is the CLI's stage list; -refine-to is the page's list of sizes
for its refine button (with -refine, the URL hash printed carries g2,...
as refine-to, so the page's button steps through the same sizes).

Exit status is 1 if training diverged (a NaN or infinity; the report then
says where, under paused). Lab flags take the same names and values as the
page's URL and are applied in the order listed below, whatever their order
on the command line. -speed is a page setting: the CLI accepts it and
ignores it. The same flags and seed give the same run, byte for byte.

Lab flags:
`)
	printFlags(w, fs, lab.Values().Schema())
	fmt.Fprint(w, "\nRun and output flags:\n")
	printFlags(w, fs, cli.Values().Schema())
	fmt.Fprint(w, `
Examples:
  bioplay kan -task expsin -shape 2,5,1 -steps 1000     # test RMSE about 8e-3
  bioplay kan -shape 2,1,1 -refine 3,5,10 -stage-steps 1000 -json
  bioplay kan -task bessel -shape 1,1 -refine 5,10,20,50 -csv bessel.csv
  bioplay kan -task moons -shape 2,5,1 -compare
  bioplay kan -lambda 0.03 -prune -symbolic             # formula exp(sin(3.142·x) + y²)
  bioplay kan -benchmark -task bessel -seed 1 -json
`)
}
