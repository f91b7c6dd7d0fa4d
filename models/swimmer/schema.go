package swimmer

import (
	"fmt"

	"bioplay/models/param"
)

// Schema returns the swimmer lab's parameters in display order: the one
// declaration behind the page's controls, the URL hash and the CLI flags.
// Its defaults equal DefaultSetup(). The NCAP weights, generations and
// speed apply live, the ES settings at the next training start; the rest
// restart the swimmer. unshared and mlp-weights belong to one body and
// network shape, so any other restarting change clears them (Transient).
func Schema() *param.Schema {
	d := DefaultSetup()
	num := func(x float64) string { return fmt.Sprint(x) }
	w := func(i int, label, help string) param.Spec {
		return param.Spec{Name: weightNames[i], Label: label, Kind: param.Number, Min: -5, Max: 5, Step: 0.01, Default: num(d.Weights[i]),
			Help: help + " Raw value: with sign constraints a weight past 0 is a dead synapse (spec §3.2). Used with weight sharing; applies at once."}
	}
	return &param.Schema{
		Lab: "swimmer",
		Specs: []param.Spec{
			{Name: "links", Label: "Links", Kind: param.Integer, Min: MinLinks, Max: MaxLinks, Step: 1, Default: fmt.Sprint(d.Links), Reset: true,
				Help: "Number of body links N (joints N−1); each joint's range is ±360°/N. The paper's swimmer has 6. Restarts the swimmer."},
			{Name: "density", Label: "Fluid density", Kind: param.Number, Min: 0, Max: MaxDensity, Step: 100, Unit: "kg/m³", Default: num(d.Density), Reset: true,
				Help: "Density of the medium for MuJoCo's quadratic drag; 3000 is DM Control's, 0 is no fluid (no swimming). Restarts the swimmer."},
			{Name: "controller", Label: "Controller", Kind: param.Choice, Options: ControllerNames(), Default: d.Controller, Reset: true,
				Help: "ncap: the C. elegans circuit (4 weights); sine: open-loop travelling wave; zero: no muscle; random: uniform random actions; mlp: a tanh MLP on the 3N+N−1 observations. Restarts the swimmer."},
			w(0, "w prop", "NCAP proprioception: stretch of the previous joint → B-neuron, excitatory."),
			w(1, "w osc", "NCAP head oscillator → first B-neurons, excitatory."),
			w(2, "w ipsi", "NCAP B-neuron → same-side muscle, excitatory."),
			w(3, "w contra", "NCAP B-neuron → opposite-side muscle, inhibitory; no effect when swimming straight (spec §3.3)."),
			{Name: "period", Label: "Period", Kind: param.Integer, Min: 2, Max: 600, Step: 1, Unit: "steps", Default: fmt.Sprint(d.Period), Reset: true,
				Help: "NCAP's square-wave oscillator period and the sine's period T, in 0.03 s control steps; 60 (1.8 s) is the paper's. Restarts the swimmer."},
			{Name: "wavelength", Label: "Wavelength λ", Kind: param.Number, Min: -1, Max: 1, Step: 0.01, Unit: "cycles/joint", Default: num(d.Wavelength), Reset: true,
				Help: "Sine: phase lag per joint as a fraction of a cycle; our default 0.2 swims best on 6 links (not from the paper). Restarts the swimmer."},
			{Name: "amplitude", Label: "Amplitude A", Kind: param.Number, Min: 0, Max: 1, Step: 0.01, Default: num(d.Amplitude), Reset: true,
				Help: "Sine: amplitude of the torque command (1 = full motor torque). Restarts the swimmer."},
			{Name: "signs", Label: "Sign constraints", Kind: param.Bool, Default: fmt.Sprint(d.Signs), Reset: true,
				Help: "NCAP: keep excitatory synapses ≥ 0 and inhibitory ≤ 0 by projection (the paper's E/I constraint); off is the ablation. Restarts the swimmer."},
			{Name: "sharing", Label: "Weight sharing", Kind: param.Bool, Default: fmt.Sprint(d.Sharing), Reset: true,
				Help: "NCAP: the same 4 weights at every joint; off gives 6 per joint (the ablation). Restarts the swimmer."},
			{Name: "init", Label: "Init", Kind: param.Choice, Options: InitNames(), Default: InitNames()[d.Init], Reset: true,
				Help: "NCAP initial weights (spec §3.5): constant ±1 or random; reset-weights applies it. Restarts the swimmer."},
			{Name: "mlp-hidden", Label: "MLP hidden", Kind: param.Text, Default: FormatHidden(d.MLPHidden), Reset: true,
				Check: canonicalHidden, Allowed: hiddenAllowed,
				Help: "MLP hidden-layer widths; our default 32,32 (the paper's MLPs are 256,256). Restarts the swimmer."},
			{Name: "start", Label: "Start pose", Kind: param.Choice, Options: StartNames(), Default: d.Start.String(), Reset: true,
				Help: "straight: at rest in a line; random: DM Control's random heading and joint angles. Restarts the swimmer."},
			{Name: "steps", Label: "Episode length", Kind: param.Integer, Min: 1, Max: 100000, Step: 100, Unit: "steps", Default: fmt.Sprint(d.Train.EpisodeSteps), Reset: true,
				Help: "Control steps (0.03 s each) per episode; 1000 (30 s) is DM Control's. Restarts the swimmer."},
			{Name: "pop", Label: "ES population", Kind: param.Integer, Min: 2, Max: 256, Step: 2, Default: fmt.Sprint(d.Train.ES.Pop),
				Help: "Candidates per generation, in ± pairs (even). Our default 16 (spec §5.1), not the paper's. Applies at the next training start."},
			{Name: "sigma", Label: "ES σ", Kind: param.Number, Min: 0.001, Max: 2, Step: 0.001, Default: num(d.Train.ES.Sigma),
				Help: "Perturbation scale of ES; our default 0.1 (spec §5.1; the reference script uses 0.02). Applies at the next training start."},
			{Name: "es-lr", Label: "ES learning rate", Kind: param.Number, Min: 0.0001, Max: 1, Step: 0.0001, Default: num(d.Train.ES.LR),
				Help: "Adam learning rate of ES; our default 0.05 (spec §5.1; the reference script uses 0.01). Applies at the next training start."},
			{Name: "eval-starts", Label: "Eval starts", Kind: param.Integer, Min: 1, Max: 100, Step: 1, Default: fmt.Sprint(d.Train.EvalStarts),
				Help: "Fixed random starts on which each generation's weights are evaluated for the curve (1 with a straight start). Our choice. Applies at the next training start."},
			{Name: "generations", Label: "Generations", Kind: param.Integer, Min: 1, Max: 10000, Step: 1, Default: fmt.Sprint(d.Generations),
				Help: "Training stops after this many ES generations; 16 × 16 = 256 episodes. Applies at once."},
			{Name: "speed", Label: "Speed", Kind: param.Number, Min: 0.1, Max: 100, Step: 0.1, Unit: "× real time", Default: "1",
				Help: "Simulation speed relative to real time in the page. Applies at once."},
			{Name: "seed", Label: "Seed", Kind: param.Integer, Min: 0, Max: 1<<53 - 1, Step: 1, Default: fmt.Sprint(d.Seed), Reset: true,
				Help: "Seeds random starts, random inits, the random controller and ES: the same seed gives the same run. Restarts the swimmer."},
			{Name: "unshared", Label: "Unshared weights", Kind: param.Text, Default: "", Reset: true, Transient: true,
				Check: canonicalFloats, Allowed: unsharedAllowed,
				Help: "NCAP without sharing: 6 weights per joint (in_d, in_v, muscle_dd, muscle_dv, muscle_vv, muscle_vd); empty = from init."},
			{Name: "mlp-weights", Label: "MLP weights", Kind: param.Text, Default: "", Reset: true, Transient: true,
				Check: canonicalEncoded, Allowed: encodedAllowed,
				Help: "The MLP's trained parameters (exact, compact); empty = initial weights from the seed."},
			{Name: "train", Label: "Train", Kind: param.Action,
				Help: "Start or stop evolution strategies on the current controller's weights (NCAP or MLP)."},
			{Name: "reset-weights", Label: "Reset weights", Kind: param.Action,
				Help: "Put the controller's weights back to their initial values."},
		},
		Check: func(v *param.Values) error { _, err := SetupFrom(v); return err },
	}
}

// What the Text parameters allow, for the controls' hints and the errors.
const (
	hiddenAllowed   = "comma-separated widths in [1, 256], at most 4 layers, e.g. 32,32"
	unsharedAllowed = "comma-separated numbers, 6 per joint, or empty for the init"
	encodedAllowed  = "base64url of little-endian float64s, or empty for the seeded init"
)

// allowing adds what is allowed to a Check's error.
func allowing(err error, allowed string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%v; allowed: %s", err, allowed)
}

func canonicalHidden(s string) (string, error) {
	h, err := ParseHidden(s)
	return FormatHidden(h), allowing(err, hiddenAllowed)
}

func canonicalFloats(s string) (string, error) {
	xs, err := ParseFloats(s)
	return FormatFloats(xs), allowing(err, unsharedAllowed)
}

func canonicalEncoded(s string) (string, error) {
	xs, err := DecodeFloats(s)
	return EncodeFloats(xs), allowing(err, encodedAllowed)
}
