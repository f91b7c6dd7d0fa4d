package quadratic

import (
	"fmt"

	"bioplay/models/learn"
	"bioplay/models/param"
)

// Points is the size of the lab's data set, train and test together.
// Our choice: 400, as in the benchmarks and §A.10.4's calibration.
const Points = 400

// Setup is everything that, with its seed, determines one training run of
// the lab: the data, the network and the trainer.
type Setup struct {
	Data  learn.DataConfig  // the data set: kind, Points points, noise, train share
	Net   Config            // the network
	Train learn.TrainConfig // the optimiser and the ReLinear multipliers
	Seed  uint64            // seeds the data, the weights and the mini-batch order
}

// DefaultSetup returns the schema's defaults as a Setup.
func DefaultSetup() Setup {
	t := learn.DefaultTrainConfig()
	t.LR = DefaultLR
	return Setup{
		Data:  learn.DataConfig{Kind: "rings", N: Points, Noise: 0.05, TrainShare: 0.5},
		Net:   DefaultConfig(),
		Train: t,
		Seed:  1,
	}
}

// DefaultLR is the lab's default learning rate for Adam. Our choice: it
// trains one neuron on rings or XOR to 100% within a few hundred steps
// (about a second in the page at the default speed) and a 2→8→8→1
// network on the spiral without blowing up.
const DefaultLR = 0.03

// Schema returns the quadratic lab's parameters in display order: the one
// declaration behind the page's controls, the URL hash and the CLI flags.
// Its defaults equal DefaultSetup(). lr, gamma-g, gamma-b, shrink and
// batch apply live (learn.Trainer.SetConfig); speed and compare are for
// the page; everything else restarts training.
func Schema() *param.Schema {
	d := DefaultSetup()
	num := func(x float64) string { return fmt.Sprint(x) }
	return &param.Schema{
		Lab: "quadratic",
		Specs: []param.Spec{
			{Name: "dataset", Label: "Data set", Kind: param.Choice, Options: learn.DataKinds(), Default: d.Data.Kind, Reset: true,
				Help: "The 2-D task: rings (inner disk vs ring, §A.9), xor, gauss (two Gaussians), spiral, moons, ellipse (rotated); 400 points. Restarts training."},
			{Name: "noise", Label: "Noise", Kind: param.Number, Min: 0, Max: 0.5, Step: 0.01, Default: num(d.Data.Noise), Reset: true,
				Help: "Standard deviation of the Gaussian jitter added to each coordinate after labelling. Restarts training."},
			{Name: "train", Label: "Train share", Kind: param.Number, Min: 0.1, Max: 0.9, Step: 0.05, Default: num(d.Data.TrainShare), Reset: true,
				Help: "Share of the points used for training; the rest are the test set. Restarts training."},
			{Name: "hidden", Label: "Hidden layers", Kind: param.Text, Default: FormatHidden(d.Net.Hidden), Reset: true,
				Check: canonicalHidden, Allowed: hiddenAllowed,
				Help: "Hidden-layer widths such as 8,8; empty for a single neuron, whose boundary is drawn as a conic. Restarts training."},
			{Name: "neuron", Label: "Neuron", Kind: param.Choice, Options: NeuronNames(), Default: d.Net.Neuron.String(), Reset: true,
				Help: "linear: w·x + b; quadratic: (w_r·x + b_r)(w_g·x + b_g) + w_b·(x∘x) + c; compact: w·x + b + w_b·(x∘x) (§A.2). Restarts training."},
			{Name: "activation", Label: "Activation", Kind: param.Choice, Options: learn.ActivationNames(), Default: d.Net.Activation.String(), Reset: true,
				Help: "The hidden layers' activation; the output is a sigmoid. Restarts training."},
			{Name: "optimizer", Label: "Optimizer", Kind: param.Choice, Options: learn.OptimizerNames(), Default: d.Train.Optimizer.String(), Reset: true,
				Help: "sgd: gradient descent with momentum 0.9; adam: Adam (β 0.9, 0.999). Restarts training."},
			{Name: "lr", Label: "Learning rate", Kind: param.Number, Min: 1e-4, Max: 3, Step: 1e-4, Default: num(d.Train.LR),
				Help: "The base learning rate η; applies at once."},
			{Name: "gamma-g", Label: "γ_g (gate)", Kind: param.Number, Min: 0, Max: 1, Step: 0.01, Default: num(d.Train.GammaG),
				Help: "ReLinear: learning-rate multiplier of the gate weights w_g, b_g; 0 freezes them (§A.5); applies at once."},
			{Name: "gamma-b", Label: "γ_b (square)", Kind: param.Number, Min: 0, Max: 1, Step: 0.01, Default: num(d.Train.GammaB),
				Help: "ReLinear: learning-rate multiplier of the square weights w_b and c; 0 freezes them (§A.5); applies at once."},
			{Name: "shrink", Label: "Shrink λ", Kind: param.Number, Min: 0, Max: 1, Step: 0.001, Default: num(d.Train.Shrink),
				Help: "Pulls the quadratic weights toward the linear reference after each step; our design, not the paper's: spec §A.5. Applies at once."},
			{Name: "batch", Label: "Batch size", Kind: param.Integer, Min: 0, Max: Points, Step: 1, Unit: "points", Default: fmt.Sprint(d.Train.BatchSize),
				Help: "Mini-batch size; 0 is the full batch. Applies at once."},
			{Name: "relinear", Label: "ReLinear init", Kind: param.Bool, Default: fmt.Sprint(d.Net.ReLinear), Reset: true,
				Help: "Start quadratic neurons as conventional ones (w_g = 0, b_g = 1, w_b = 0, c = 0, §A.5); off draws every group at random (with a high rate, the collapse demo). Restarts training."},
			{Name: "compare", Label: "Compare", Kind: param.Bool, Default: "false",
				Help: "Train a conventional network of the same shape beside it, on the same data with the same seed; applies at once."},
			{Name: "speed", Label: "Speed", Kind: param.Integer, Min: 1, Max: 200, Step: 1, Unit: "steps/frame", Default: "5",
				Help: "Training steps per frame while playing; applies at once."},
			{Name: "seed", Label: "Seed", Kind: param.Integer, Min: 0, Max: 1<<53 - 1, Step: 1, Default: fmt.Sprint(d.Seed), Reset: true,
				Help: "Seeds the data, the initial weights and the mini-batch order: the same seed gives the same run. Restarts training."},
			{Name: "add-layer", Label: "+ layer", Kind: param.Action,
				Help: "Add a hidden layer as wide as the last one (4 neurons for the first), up to 4 layers. Restarts training."},
			{Name: "remove-layer", Label: "− layer", Kind: param.Action,
				Help: "Remove the last hidden layer. Restarts training."},
			{Name: "add-neuron", Label: "+ neuron", Kind: param.Action,
				Help: "Add a neuron to the last hidden layer, up to 8. Restarts training."},
			{Name: "remove-neuron", Label: "− neuron", Kind: param.Action,
				Help: "Remove a neuron from the last hidden layer; a layer of one neuron goes. Restarts training."},
			{Name: "export-curves", Label: "Curves CSV", Kind: param.Action,
				Help: "Download the loss and accuracy curves (and the conventional network's in compare mode) as CSV."},
		},
	}
}

// Reshape applies one of the shape actions (add-layer, remove-layer,
// add-neuron, remove-neuron) to hidden-layer widths, within the lab's
// limits, and reports whether the action is one of them. At a limit the
// widths come back unchanged.
func Reshape(hidden []int, action string) ([]int, bool) {
	h := append([]int(nil), hidden...)
	last := len(h) - 1
	switch action {
	case "add-layer":
		if len(h) < MaxLayers {
			w := 4
			if last >= 0 {
				w = h[last]
			}
			h = append(h, w)
		}
	case "remove-layer":
		if last >= 0 {
			h = h[:last]
		}
	case "add-neuron":
		if last < 0 {
			h = []int{1}
		} else if h[last] < MaxWidth {
			h[last]++
		}
	case "remove-neuron":
		if last >= 0 {
			if h[last]--; h[last] == 0 {
				h = h[:last]
			}
		}
	default:
		return hidden, false
	}
	return h, true
}

// SetupFrom builds a run's Setup from the lab's values. Values that passed
// the schema always give a valid Setup. compare and speed do not enter it.
func SetupFrom(v *param.Values) (Setup, error) {
	s := DefaultSetup()
	var err error
	s.Data.Kind = v.Text("dataset")
	s.Data.Noise = v.Float("noise")
	s.Data.TrainShare = v.Float("train")
	if s.Net.Hidden, err = ParseHidden(v.Text("hidden")); err != nil {
		return s, err
	}
	if s.Net.Neuron, err = ParseNeuron(v.Text("neuron")); err != nil {
		return s, err
	}
	if s.Net.Activation, err = learn.ParseActivation(v.Text("activation")); err != nil {
		return s, err
	}
	if s.Train.Optimizer, err = learn.ParseOptimizer(v.Text("optimizer")); err != nil {
		return s, err
	}
	s.Train.LR = v.Float("lr")
	s.Train.GammaG = v.Float("gamma-g")
	s.Train.GammaB = v.Float("gamma-b")
	s.Train.Shrink = v.Float("shrink")
	s.Train.BatchSize = v.Int("batch")
	s.Net.ReLinear = v.Bool("relinear")
	s.Seed = v.Uint64("seed")
	return s, s.Validate()
}

// Validate reports the first invalid part of the setup, or nil.
func (s Setup) Validate() error {
	if err := s.Data.Validate(); err != nil {
		return err
	}
	if err := s.Net.Validate(); err != nil {
		return err
	}
	return s.Train.Validate()
}
