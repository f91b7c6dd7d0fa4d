package learn

import (
	"math"
	"math/rand/v2"
)

// TrainConfig sets a Trainer's optimiser. Its zero value freezes the Gate
// and Square groups (γ = 0); start from DefaultTrainConfig.
type TrainConfig struct {
	// Optimizer is the update rule, SGD (momentum 0.9) or Adam.
	Optimizer Optimizer
	// LR is the base learning rate η, > 0.
	LR float64
	// BatchSize is the mini-batch size; 0 (or at least the training set's
	// size) means the full batch.
	BatchSize int
	// GammaG and GammaB in [0, 1] multiply η for the Gate (w_g, b_g) and
	// Square (w_b, c) groups: ReLinear's gradient shrinkage (§A.5). At 0
	// those groups stay at their values exactly; at 1 they train at η.
	GammaG, GammaB float64
	// Shrink λ in [0, 1] pulls Gate and Square parameters toward their
	// reference after every step: θ ← ref + (1−λ)(θ − ref). Our design,
	// not the paper's (§A.5 weight shrinkage is UNVERIFIED): λ = 1 keeps
	// the network conventional, λ = 0 is plain training. Our choice: one λ
	// for both groups.
	Shrink float64
}

// DefaultTrainConfig returns Adam, η = 0.03, full batch, γ_g = γ_b = 1, no
// shrink.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Optimizer: Adam, LR: 0.03, GammaG: 1, GammaB: 1}
}

// Validate reports the first invalid field as a *ConfigError, or nil.
func (c TrainConfig) Validate() error {
	switch {
	case c.Optimizer > Adam:
		return &ConfigError{Field: "optimizer", Value: c.Optimizer.String(), Reason: "is not one of sgd, adam"}
	case !(c.LR > 0) || math.IsInf(c.LR, 0):
		return &ConfigError{Field: "lr", Value: formatFloat(c.LR), Reason: "must be a finite number > 0"}
	case c.BatchSize < 0:
		return &ConfigError{Field: "batch", Value: formatFloat(float64(c.BatchSize)), Reason: "must be ≥ 0 (0 is the full batch)"}
	case !(c.GammaG >= 0 && c.GammaG <= 1):
		return rangeError("gamma-g", c.GammaG, 0, 1)
	case !(c.GammaB >= 0 && c.GammaB <= 1):
		return rangeError("gamma-b", c.GammaB, 0, 1)
	case !(c.Shrink >= 0 && c.Shrink <= 1):
		return rangeError("shrink", c.Shrink, 0, 1)
	}
	return nil
}

// multiplier returns the learning-rate multiplier of role r.
func (c TrainConfig) multiplier(r Role) float64 {
	switch r {
	case Gate:
		return c.GammaG
	case Square:
		return c.GammaB
	}
	return 1
}

// Trainer trains a Network on a fixed training set. It owns the optimiser
// state and a seeded RNG for mini-batch order; Step is one bounded unit of
// work, so the page decides how many fit a frame and the CLI loops.
type Trainer struct {
	net    *Network
	cfg    TrainConfig
	x, y   []float64 // the training set, packed N×2 and N×1
	bx, by []float64 // the current mini-batch
	perm   []int     // sample order of the current epoch
	pos    int       // next index into perm
	rng    *rand.Rand
	groups []Group
	m, v   [][]float64 // per group: SGD velocity in m; Adam moments m, v
	t      int         // Adam's step count t since the optimiser state was cleared
	steps  int         // optimiser steps taken
	loss   float64     // mean loss of the last step's batch
}

// NewTrainer returns a trainer for n on the points train (copied), with
// config c and a seed for the mini-batch order. It panics if c is invalid
// (see Validate), train is empty or n does not map 2 inputs to 1 output.
func NewTrainer(n *Network, train []Point, c TrainConfig, seed uint64) *Trainer {
	if err := c.Validate(); err != nil {
		panic("learn: NewTrainer: " + err.Error())
	}
	s := n.shape
	if len(train) == 0 || s[0] != 2 || s[len(s)-1] != 1 {
		panic("learn: NewTrainer needs points and a 2→…→1 network")
	}
	t := &Trainer{net: n, cfg: c, rng: rand.New(rand.NewPCG(seed, 0x6c6561726e)),
		x: make([]float64, 2*len(train)), y: make([]float64, len(train)), perm: make([]int, len(train))}
	for i, p := range train {
		t.x[2*i], t.x[2*i+1], t.y[i] = p.X[0], p.X[1], p.Y
		t.perm[i] = i
	}
	t.pos = len(train) // reshuffle before the first mini-batch
	for _, l := range n.layers {
		for _, g := range l.Groups() {
			t.groups = append(t.groups, g)
			t.m = append(t.m, make([]float64, len(g.Value)))
			t.v = append(t.v, make([]float64, len(g.Value)))
		}
	}
	return t
}

// Network returns the network being trained.
func (t *Trainer) Network() *Network { return t.net }

// Config returns the current configuration.
func (t *Trainer) Config() TrainConfig { return t.cfg }

// SetConfig changes the configuration from the next Step on, for live
// controls (learning rate, γ, shrink, batch size). Changing the optimiser
// clears its state. It returns the validation error, if any, and then
// keeps the old configuration.
func (t *Trainer) SetConfig(c TrainConfig) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.Optimizer != t.cfg.Optimizer {
		for i := range t.m {
			clear(t.m[i])
			clear(t.v[i])
		}
		t.t = 0
	}
	t.cfg = c
	return nil
}

// Steps returns the number of optimiser steps taken.
func (t *Trainer) Steps() int { return t.steps }

// Loss returns the mean training loss of the last step's batch, measured
// before that step's update; 0 before the first step.
func (t *Trainer) Loss() float64 { return t.loss }

// Step takes one optimiser step: back-propagation on the next mini-batch
// (or the full batch), the update of every group at its role's learning
// rate, then the shrink. Our choice for mini-batches: the order is
// reshuffled every epoch and a short tail is skipped. It allocates nothing
// after the first call at a given batch size.
func (t *Trainer) Step() {
	n := len(t.y)
	x, y, b := t.x, t.y, n
	if bs := t.cfg.BatchSize; bs > 0 && bs < n {
		x, y, b = t.nextBatch(bs)
	}
	t.loss = t.net.Backprop(x, y, b, nil)
	t.t++
	t.steps++
	c1 := 1 - math.Pow(AdamBeta1, float64(t.t))
	c2 := 1 - math.Pow(AdamBeta2, float64(t.t))
	for i, g := range t.groups {
		lr := t.cfg.LR * t.cfg.multiplier(g.Role)
		if t.cfg.Optimizer == SGD {
			sgdStep(g.Value, g.Grad, t.m[i], lr)
		} else {
			adamStep(g.Value, g.Grad, t.m[i], t.v[i], lr, c1, c2)
		}
		if lam := t.cfg.Shrink; lam > 0 && g.Role != Base {
			// θ ← ref + (1−λ)(θ − ref); skipped at λ = 0, where the
			// rounding of ref + (θ − ref) could move θ.
			for j, p := range g.Value {
				g.Value[j] = g.Ref + (1-lam)*(p-g.Ref)
			}
		}
	}
}

// nextBatch copies the next bs samples of the epoch's order into the batch
// buffers, reshuffling when fewer than bs remain.
func (t *Trainer) nextBatch(bs int) (x, y []float64, b int) {
	if t.pos+bs > len(t.perm) {
		t.rng.Shuffle(len(t.perm), func(i, j int) { t.perm[i], t.perm[j] = t.perm[j], t.perm[i] })
		t.pos = 0
	}
	if len(t.by) < bs {
		t.bx, t.by = make([]float64, 2*bs), make([]float64, bs)
	}
	for k, i := range t.perm[t.pos : t.pos+bs] {
		t.bx[2*k], t.bx[2*k+1], t.by[k] = t.x[2*i], t.x[2*i+1], t.y[i]
	}
	t.pos += bs
	return t.bx, t.by, bs
}
