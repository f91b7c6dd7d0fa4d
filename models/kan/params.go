package kan

import (
	"fmt"
	"strconv"
	"strings"

	"bioplay/models/learn"
	"bioplay/models/param"
)

// Setup is everything that, with its seed, determines one run of the lab:
// the data, the network, the trainer and the refinement stages.
type Setup struct {
	Task       string      // one of TaskNames()
	Points     int         // training points
	TestPoints int         // test points
	Noise      float64     // label noise (regression) or jitter (classification)
	Net        Config      // the KAN; Net.Loss follows the task
	Train      TrainConfig // optimiser and grid schedule
	RefineTo   []int       // grid sizes the refine action steps through
	Seed       uint64      // seeds the data, the network and the batch order
	// PruneThreshold is θ of the prune action (paper eq. 2.21, spec B.8).
	PruneThreshold float64
}

// DefaultSetup returns the schema's defaults as a Setup: expsin on
// [2,5,1], G = 5, k = 3 with 1000 + 1000 points (issue 6 Done-when).
func DefaultSetup() Setup {
	return Setup{Task: "expsin", Points: 1000, TestPoints: 1000, Net: DefaultConfig(),
		Train: DefaultTrainConfig(), RefineTo: []int{10, 20, 50, 100}, Seed: 1, PruneThreshold: DefaultPruneThreshold}
}

// Limits of the lab's point counts. Our choice: a full-batch step on
// 10⁴ points still fits a frame natively.
const (
	MinLabPoints = 10
	MaxLabPoints = 10_000
)

// Schema returns the KAN lab's parameters in display order: the one
// declaration behind the page's controls, the URL hash and the CLI flags.
// Its defaults equal DefaultSetup(). lr, optimizer, batch, grid-update,
// decay, refine-to, compare, speed, lambda, select-full,
// select-selective and prune-threshold apply live (Trainer.SetConfig or
// the next action); everything else restarts training. The actions:
// refine → Trainer.Refine(NextGrid(…)); prune → Trainer.Prune(θ);
// snap → Trainer.AutoSnap(); train-affine → Trainer.FitAffine(…);
// next-edge is the page's own.
func Schema() *param.Schema {
	d := DefaultSetup()
	num := func(x float64) string { return fmt.Sprint(x) }
	return &param.Schema{
		Lab: "kan",
		Specs: []param.Spec{
			{Name: "task", Label: "Task", Kind: param.Choice, Options: TaskNames(), Default: d.Task, Reset: true,
				Help: "What to learn: expsin exp(sin(πx)+y²), xy, bessel J₀(20x), kink sin(5x)+|x|, bumps (five Gaussians), or a 2-D classification set. The shape's first width must match its dimension. Restarts training."},
			{Name: "shape", Label: "Shape", Kind: param.Text, Default: FormatShape(d.Net.Shape), Reset: true,
				Check: canonicalShape, Allowed: shapeAllowed,
				Help: "Node widths from input to output, such as 2,5,1 (spec B.2); the first is the task's input dimension, the last 1. Restarts training."},
			{Name: "grid", Label: "Grid G", Kind: param.Integer, Min: 1, Max: MaxGrid, Step: 1, Unit: "intervals", Default: strconv.Itoa(d.Net.Grid), Reset: true,
				Help: "Grid intervals per input node at the start (spec B.3); refine raises it. Restarts training."},
			{Name: "k", Label: "Order k", Kind: param.Integer, Min: 1, Max: MaxOrder, Step: 1, Default: strconv.Itoa(d.Net.Order), Reset: true,
				Help: "Spline order (3: cubic). Restarts training."},
			{Name: "basis", Label: "Basis", Kind: param.Choice, Options: BasisNames(), Default: d.Net.Basis.String(), Reset: true,
				Help: "Edge functions (spec B.12): bspline, rbf (Gaussian, FastKAN-style), cheby (Chebyshev of tanh x), fourier, wavelet (Mexican hat), or select: the five first train side by side as separate networks (the leading one is shown), then every node mixes all five, refitted to the leader, with learned softmax weights and ends up keeping one — our implementation of the S-KAN idea (Yang et al. 2024), not the authors' code. Restarts training."},
			{Name: "tau", Label: "Gate temperature τ", Kind: param.Number, Min: 0.05, Max: MaxTau, Step: 0.05, Default: num(d.Net.tau()), Reset: true,
				Help: "Softmax temperature of the select gate: lower makes the mix sharper. Basis select only. Restarts training."},
			{Name: "select-full", Label: "Full phase", Kind: param.Integer, Min: 0, Max: 100_000, Step: 10, Unit: "steps", Default: strconv.Itoa(d.Train.SelectFull),
				Help: "Select: steps of full training, each basis as its own network (our design), before every family is refitted to the leading one and the mixing weights start to learn; with selective 0 as well, phases change by hand. Applies at once."},
			{Name: "select-selective", Label: "Selective phase", Kind: param.Integer, Min: 0, Max: 100_000, Step: 10, Unit: "steps", Default: strconv.Itoa(d.Train.SelectSelective),
				Help: "Select: steps during which the mixing weights learn; then each node keeps one basis, refitted to its mix: the one leaving the training loss lowest, B-spline unless another is 10 % lower (our rule), and fine-tunes it (prune phase). Applies at once."},
			{Name: "lambda", Label: "Sparsity λ", Kind: param.Number, Min: 0, Max: MaxLambda, Step: 0.001, Default: num(d.Train.Lambda),
				Help: "Strength of the L1 + entropy penalty on the edges' mean |φ| (paper eq. 2.20); try 0.01, then prune. 0 is off. Applies at once."},
			{Name: "prune-threshold", Label: "Prune threshold θ", Kind: param.Number, Min: 0, Max: 1, Step: 0.001, Default: num(d.PruneThreshold),
				Help: "Prune removes hidden nodes whose largest incoming or outgoing mean |φ| is at most θ (paper eq. 2.21). Applies at once."},
			{Name: "lr", Label: "Learning rate", Kind: param.Number, Min: 1e-4, Max: 1, Step: 1e-4, Default: num(d.Train.LR),
				Help: "The base learning rate; each refinement multiplies the rate in use by the decay. Applies at once."},
			{Name: "optimizer", Label: "Optimizer", Kind: param.Choice, Options: learn.OptimizerNames(), Default: d.Train.Optimizer.String(),
				Help: "adam (β 0.9, 0.999; spec B.10) or sgd with momentum 0.9; a change clears the optimiser's state. Applies at once."},
			{Name: "batch", Label: "Batch size", Kind: param.Integer, Min: 0, Max: MaxLabPoints, Step: 1, Unit: "points", Default: strconv.Itoa(d.Train.Batch),
				Help: "Mini-batch size; 0 is the full batch. Applies at once."},
			{Name: "grid-update", Label: "Grid update", Kind: param.Bool, Default: strconv.FormatBool(d.Train.GridUpdate),
				Help: "Move the knots to the data's percentiles every 5 steps for the first 50 (after the start and each refinement), keeping each edge's function (spec B.6). Applies at once."},
			{Name: "points", Label: "Training points", Kind: param.Integer, Min: MinLabPoints, Max: MaxLabPoints, Step: 10, Default: strconv.Itoa(d.Points), Reset: true,
				Help: "Training set size. Restarts training."},
			{Name: "test-points", Label: "Test points", Kind: param.Integer, Min: MinLabPoints, Max: MaxLabPoints, Step: 10, Default: strconv.Itoa(d.TestPoints), Reset: true,
				Help: "Test set size (fresh points). Restarts training."},
			{Name: "noise", Label: "Noise", Kind: param.Number, Min: 0, Max: MaxNoise, Step: 0.01, Default: num(d.Noise), Reset: true,
				Help: "Standard deviation of Gaussian noise on the training targets (regression; the test targets stay clean) or on the points (classification). Restarts training."},
			{Name: "refine-to", Label: "Refine stages", Kind: param.Text, Default: FormatStages(d.RefineTo),
				Check: canonicalStages, Allowed: stagesAllowed,
				Help: "Grid sizes for refine, such as 10,20,50: each press extends G to the first one above the current G (spec B.6). Applies at once."},
			{Name: "decay", Label: "LR decay", Kind: param.Number, Min: 0.01, Max: 1, Step: 0.01, Default: num(d.Train.Decay),
				Help: "Factor on the learning rate after each refinement (spec B.10); 1 keeps it. Applies at once."},
			{Name: "compare", Label: "Compare MLP", Kind: param.Bool, Default: "false",
				Help: "Train an MLP with about the same number of parameters beside it (for select, as many as the network keeps once pruned to one family per node), on the same data; applies at once."},
			{Name: "speed", Label: "Speed", Kind: param.Integer, Min: 1, Max: 100, Step: 1, Unit: "steps/frame", Default: "2",
				Help: "Training steps per frame while playing; applies at once."},
			{Name: "seed", Label: "Seed", Kind: param.Integer, Min: 0, Max: 1<<53 - 1, Step: 1, Default: strconv.FormatUint(d.Seed, 10), Reset: true,
				Help: "Seeds the data, the initial network and the mini-batch order: the same seed gives the same run. Restarts training."},
			{Name: "refine", Label: "Refine grid", Kind: param.Action,
				Help: "Extend every grid to the next size in refine-to by least squares, keeping the function (grid extension, spec B.6)."},
			{Name: "prune", Label: "Prune", Kind: param.Action,
				Help: "Remove the hidden nodes under the prune threshold with their edges (spec B.8); the network redraws smaller and keeps training."},
			{Name: "snap", Label: "Snap symbolic", Kind: param.Action,
				Help: "Fit every edge with c·f(a·x+b)+d for f in x, x², x³, exp, sin, cos, tanh, |x|, gaussian, √, log, 1/x and fix it to the best by R² and simplicity (spec B.9)."},
			{Name: "train-affine", Label: "Fit constants", Kind: param.Action,
				Help: "Fit the snapped edges' a, b, c, d by least squares on the training set, then read the formula."},
			{Name: "next-edge", Label: "Next edge", Kind: param.Action,
				Help: "Show the next edge large, with its spline coefficients, SiLU base part and the data's input range (hovering or clicking an edge does too)."},
		},
	}
}

// SetupFrom builds a run's Setup from the lab's values. It fails, naming
// shape, when the shape's input width differs from the task's dimension;
// otherwise values that passed the schema give a valid Setup. compare and
// speed do not enter it.
func SetupFrom(v *param.Values) (Setup, error) {
	s := DefaultSetup()
	var err error
	s.Task = v.Text("task")
	task, err := LookupTask(s.Task)
	if err != nil {
		return s, err
	}
	if s.Net.Shape, err = ParseShape(v.Text("shape")); err != nil {
		return s, err
	}
	s.Net.Grid, s.Net.Order, s.Net.Loss = v.Int("grid"), v.Int("k"), task.Loss()
	if s.Train.Optimizer, err = learn.ParseOptimizer(v.Text("optimizer")); err != nil {
		return s, err
	}
	s.Train.LR, s.Train.Batch = v.Float("lr"), v.Int("batch")
	s.Train.GridUpdate, s.Train.Decay = v.Bool("grid-update"), v.Float("decay")
	s.Points, s.TestPoints, s.Noise = v.Int("points"), v.Int("test-points"), v.Float("noise")
	if s.RefineTo, err = ParseStages(v.Text("refine-to")); err != nil {
		return s, err
	}
	s.Seed = v.Uint64("seed")
	if s.Net.Basis, err = ParseBasis(v.Text("basis")); err != nil {
		return s, err
	}
	s.Net.Tau = v.Float("tau")
	if s.Net.Tau == 1 {
		s.Net.Tau = 0 // the default, as DefaultConfig writes it
	}
	s.Train.Lambda = v.Float("lambda")
	s.Train.SelectFull, s.Train.SelectSelective = v.Int("select-full"), v.Int("select-selective")
	s.PruneThreshold = v.Float("prune-threshold")
	return s, s.Validate()
}

// Validate reports the first invalid part of the setup, or nil; a shape
// whose input width differs from the task's dimension is an error naming
// shape.
func (s Setup) Validate() error {
	task, err := LookupTask(s.Task)
	if err != nil {
		return err
	}
	if err := s.Net.Validate(); err != nil {
		return err
	}
	if s.Net.Shape[0] != task.Dim {
		return &learn.ConfigError{Field: "shape", Value: strconv.Quote(FormatShape(s.Net.Shape)),
			Reason: fmt.Sprintf("has %d inputs but task %s has %d; start the shape with %d, e.g. %s",
				s.Net.Shape[0], task.Name, task.Dim, task.Dim, FormatShape(WithInputs(s.Net.Shape, task.Dim)))}
	}
	if s.Points < MinLabPoints || s.Points > MaxLabPoints {
		return intRange("points", s.Points, MinLabPoints, MaxLabPoints)
	}
	if s.TestPoints < MinLabPoints || s.TestPoints > MaxLabPoints {
		return intRange("test-points", s.TestPoints, MinLabPoints, MaxLabPoints)
	}
	return s.Train.Validate()
}

// NextGrid returns the first stage above the current grid size g, and
// false when there is none (the refine action then does nothing).
func NextGrid(g int, stages []int) (int, bool) {
	for _, s := range stages {
		if s > g {
			return s, true
		}
	}
	return 0, false
}

const stagesAllowed = "1 to 10 comma-separated grid sizes in [2, 200], increasing, such as \"10,20,50\""

// ParseStages reads refine stages such as "10,20,50": increasing grid
// sizes in [2, MaxGrid]; the error is a *learn.ConfigError for
// "refine-to".
func ParseStages(s string) ([]int, error) {
	bad := func(reason string) error {
		return &learn.ConfigError{Field: "refine-to", Value: strconv.Quote(s), Reason: reason + "; allowed: " + stagesAllowed}
	}
	parts := strings.Split(s, ",")
	if len(parts) > 10 {
		return nil, bad("has more than 10 stages")
	}
	var g []int
	for _, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || v < 2 || v > MaxGrid {
			return nil, bad("has " + strconv.Quote(strings.TrimSpace(p)) + ", not a grid size in [2, " + strconv.Itoa(MaxGrid) + "]")
		}
		if len(g) > 0 && v <= g[len(g)-1] {
			return nil, bad("is not increasing")
		}
		g = append(g, v)
	}
	return g, nil
}

// FormatStages writes stages the way ParseStages reads them.
func FormatStages(g []int) string { return FormatShape(g) }

// canonicalStages is the schema's check of refine-to.
func canonicalStages(s string) (string, error) {
	g, err := ParseStages(s)
	if ce, ok := err.(*learn.ConfigError); ok {
		return "", &plainError{ce.Value + " " + ce.Reason}
	}
	return FormatStages(g), nil
}

// Start draws the setup's data and returns a trainer for a new network on
// it, everything seeded by s.Seed, and the data for drawing.
func (s Setup) Start() (t *Trainer, train, test []Sample, err error) {
	if err := s.Validate(); err != nil {
		return nil, nil, nil, err
	}
	if train, test, err = MakeData(s.Task, s.Points, s.TestPoints, s.Noise, s.Seed); err != nil {
		return nil, nil, nil, err
	}
	n, err := New(s.Net, s.Seed)
	if err != nil {
		return nil, nil, nil, err
	}
	t, err = NewTrainer(n, train, test, s.Train, s.Seed)
	return t, train, test, err
}
