package main

import (
	"fmt"
	"io"
)

// quadUsage writes the full usage of 'bioplay quad'.
func quadUsage(w io.Writer) {
	fs, lab, cli := quadCommand.newFlagSet()
	fmt.Fprint(w, `usage: bioplay quad [flags]

Trains one network of the quadratic-neuron lab (Fan et al.'s neurons,
spec neurons.md part A) without the page: it draws the dataset from the
flags and the seed, builds the network (-hidden "" is a single neuron,
"8,8" two hidden layers of 8), takes -steps optimiser steps and prints the
final loss and accuracy on the training and the test set, as a table or,
with -json, as one JSON object: train_accuracy, test_accuracy (fractions
in [0, 1], at the 0.5 threshold), loss (mean binary cross-entropy on the
training set), test_loss, params (the trainable parameter count), shape,
neuron, steps, lab and setup (every lab parameter's canonical text); for a
single neuron also conic {kind, equation, coefficients}, its decision
boundary; with -compare also compare {...}, the same fields for a
conventional network of the same shape trained beside it on the same data
from the same seed.

Lab flags take the same names and values as the page's URL and are
applied in the order listed below, whatever their order on the command
line. -speed is a page setting: the CLI accepts it and ignores it. The
same flags and seed give the same run, byte for byte.

Lab flags:
`)
	printFlags(w, fs, lab.Values().Schema())
	fmt.Fprint(w, "\nRun and output flags:\n")
	printFlags(w, fs, cli.Values().Schema())
	fmt.Fprint(w, `
Examples:
  bioplay quad -dataset rings -hidden ""                 # one quadratic neuron draws a circle
  bioplay quad -dataset rings -hidden "" -neuron linear  # one conventional neuron cannot
  bioplay quad -dataset spiral -hidden 4,4 -compare -json
  bioplay quad -dataset xor -hidden "" -csv xor.csv -every 1
`)
}
