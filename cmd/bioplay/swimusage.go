package main

import (
	"fmt"
	"io"
)

// swimUsage writes the full usage of 'bioplay swim'.
func swimUsage(w io.Writer) {
	fs, lab, cli := swimCommand.newFlagSet()
	fmt.Fprint(w, `usage: bioplay swim [flags]
       bioplay swim -train es [-generations G] [-pop P] [-csv FILE] [flags]

Runs the swimmer lab (the DM Control swimmer in a resistive fluid, driven
by the NCAP C. elegans circuit, an MLP or an open-loop gait; Bhattasali,
Zador & Engel; spec swimmer.md) without the page.

Without -train it swims one episode of -steps control steps (0.03 s each)
from the -start pose and prints, as a table or with -json as one JSON
object: return (the summed swim reward), mean_speed (m/s), qpos and qvel
(the state after the last step in MuJoCo's order: root x, y, heading, then
the N−1 joint angles, and their rates), lab and setup (every lab
parameter's canonical text). At the defaults (NCAP's initial weights 1,1,1,-1,
6 links, straight start, 1000 steps) the return is 794.95.

With -train es it trains the controller's weights (ncap or mlp) by
antithetic evolution strategies: each generation swims -pop candidate
episodes, updates the weights and evaluates the updated (unperturbed)
weights on -eval-starts fixed starts (one with a straight start). It
prints returns, the mean evaluation return after each generation,
starting with the initial weights' (so -generations G gives G+1 values),
weights (the final weights), generations, episodes (training episodes,
G × pop), lab and setup. The table shows the curve thinned to about a
dozen rows and a URL hash that opens the trained swimmer in the page.

-weights a,b,c,d sets NCAP's four shared weights (prop, osc, ipsi,
contra) at once and overrides -w-prop … -w-contra; it needs -controller
ncap with weight sharing on. Lab flags take the same names and values as
the page's URL and are applied in the order listed below, whatever their
order on the command line. -speed is a page setting: the CLI accepts it
and ignores it. The same flags and seed give the same run, byte for byte.

Lab flags:
`)
	printFlags(w, fs, lab.Values().Schema())
	fmt.Fprint(w, "\nRun and output flags:\n")
	printFlags(w, fs, cli.Values().Schema())
	fmt.Fprint(w, `
Examples:
  bioplay swim -json                                 # NCAP at its initial weights: return 794.95
  bioplay swim -controller sine -wavelength 0.25     # an open-loop travelling wave
  bioplay swim -weights 1.5,1,1,-1 -start random -seed 3
  bioplay swim -train es -generations 16 -pop 16 -csv es.csv
  bioplay swim -train es -controller mlp -mlp-hidden 32,32 -json
`)
}
