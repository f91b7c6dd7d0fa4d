package main

import (
	"fmt"
	"io"
)

// sortUsage writes the full usage of 'bioplay sort'.
func sortUsage(w io.Writer) {
	fs, lab, cli := sortCommand.newFlagSet()
	fmt.Fprint(w, `usage: bioplay sort [flags]
       bioplay sort -figure N -out DIR [-seed S] [-runs R] [-dg V] [-json]

Runs the self-sorting arrays lab (Zhang, Goldstein & Levin) without the
page: each run builds an array from the flags and its seed and steps it
until it is done (no cell can move, or the swap cap is reached). It then
prints the mean and population SD (ddof=0) of the final metrics over all
runs, as a table or, with -json, as one JSON object: final_error,
sortedness, swaps, activations, compares and cost (both the cell-view
"compare & swap" counter of the paper's Fig 4), dg (delayed gratification
in the -dg variant), frozen_attempts, aggregation_peak {value, progress}
(the maximum of the mean aggregation curve and where it occurs, progress
in percent) and capped; with -traditional also a traditional object
{final_error, swaps, cost (comparisons + swaps), dg, cost_ratio
(traditional cost ÷ cell-view cost)}.

Run r (1-based) uses seed + r − 1, so -seed 1 -runs 100 runs seeds 1..100.
Lab flags take the same names and values as the page's URL and are applied
in the order listed below, whatever their order on the command line.
-speed is a page setting: the CLI accepts it and ignores it.

With -figure N (3, 4, 5, 7, 8 or 9) it runs every condition of that figure
of the paper instead, each from -seed with -runs runs (default: the
figure's own, 100), prints a row per condition as it finishes, and writes
DIR/figN.csv, DIR/figN_curves.csv and DIR/figN.png (see -out). The figure
sets the lab parameters itself, so only -seed, -runs, -dg, -json and -out
may be given with it; -json then prints the figure's rows as one JSON
object instead of the table.

Lab flags:
`)
	printFlags(w, fs, lab.Values().Schema())
	fmt.Fprint(w, "\nOutput flags:\n")
	printFlags(w, fs, cli.Values().Schema())
	fmt.Fprint(w, `
Examples:
  bioplay sort -frozen 1 -damage stuck -seed 1    # the paper's stuck Bubble, f=1 (Fig 5)
  bioplay sort -mix insertion -traditional -json  # Fig 4's cost ratio for Insertion
  bioplay sort -figure 4 -out figs                # figs/fig4.csv, fig4_curves.csv, fig4.png
`)
}
