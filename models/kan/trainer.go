package kan

import (
	"fmt"

	"bioplay/models/learn"
)

// Trainer trains a Network on fixed training and test sets: mini-batch or
// full-batch steps with Adam or SGD, the grid-update schedule, grid
// extension with learning-rate decay, and NaN detection. Step is one
// optimiser step, for the CLI's loops; Work does a step in bounded pieces,
// so the page fits them into its frames (work.go). Not safe for concurrent
// use.
type Trainer struct {
	net      *Network
	cfg      TrainConfig
	dim      int
	x, y     []float64  // training set, N×dim and N
	tx, ty   []float64  // test set
	batches  batches    // the mini-batch order
	work     pass       // training forward/backward buffers
	step     stepWork   // the step in progress (work.go)
	eval     pass       // buffers of the training set's RMSE evaluation
	evalTest pass       // and of the test set's (two passes: each keeps its basis values)
	meas     measureJob // the metrics' evaluation in progress (measure.go)
	upd      []*learn.Updater
	steps    int     // optimiser steps taken
	stage    int     // steps since the start or the last extension
	lrScale  float64 // Decay^extensions
	refines  []int   // Steps() at each extension
	loss     float64 // mean loss of the last step's batch, before its update
	err      error   // the NaN error that paused training, if any
	version  int     // counts parameter changes, for the metric cache
	metricAt int     // version the cached metrics belong to (−1: none)
	metrics  [4]float64
	phase    Phase       // a Select network's phase (phase.go)
	warm     int         // prune phase: steps of its learning-rate warm-up taken (phase.go)
	next     TrainConfig // set during a step in progress, applied when it ends
	pending  bool        // next holds such a configuration
	solo     *solo       // a Select network's full phase: its families as separate networks (solo.go)
	sw       *switchJob  // a phase switch in progress (switchjob.go)
}

// NewTrainer returns a trainer for n on train and test (copied; test may
// be empty), with config c and a seed for the mini-batch order. It runs
// one recorded forward pass on the training set so that Magnitude and
// InputRange are set before the first step.
func NewTrainer(n *Network, train, test []Sample, c TrainConfig, seed uint64) (*Trainer, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	dim := n.cfg.Shape[0]
	if len(train) == 0 {
		return nil, &learn.ConfigError{Field: "points", Value: "0", Reason: "must be ≥ 1"}
	}
	t := &Trainer{net: n, cfg: c, dim: dim, lrScale: 1, metricAt: -1}
	var err error
	if t.x, t.y, err = pack(train, dim); err != nil {
		return nil, err
	}
	if t.tx, t.ty, err = pack(test, dim); err != nil {
		return nil, err
	}
	t.batches = newBatches(len(t.y), seed)
	t.newUpdaters()
	if n.mixing() {
		if t.solo, err = newSolo(n, train, c, seed); err != nil {
			return nil, err
		}
	}
	n.forward(&t.work, t.x, len(t.y), true)
	return t, nil
}

// pack flattens samples into inputs (N×dim) and targets.
func pack(s []Sample, dim int) (x, y []float64, err error) {
	x, y = make([]float64, 0, len(s)*dim), make([]float64, 0, len(s))
	for k, p := range s {
		if len(p.X) != dim {
			return nil, nil, &learn.ConfigError{Field: "shape", Value: fmt.Sprint(dim),
				Reason: fmt.Sprintf("is the network's input width, but sample %d has %d inputs; the shape must start with the task's dimension", k, len(p.X))}
		}
		x = append(x, p.X...)
		y = append(y, p.Y)
	}
	return x, y, nil
}

// newUpdaters gives each parameter group (c, w_b, w_s of every layer,
// and the gate logits and snapped edges' affine parameters where there are
// any) fresh optimiser state; called after every change of structure.
func (t *Trainer) newUpdaters() {
	t.upd = t.upd[:0]
	for _, l := range t.net.layers {
		for _, g := range l.groups() {
			t.upd = append(t.upd, learn.NewUpdater(t.cfg.Optimizer, len(g[0])))
		}
	}
}

// Network returns the network being trained.
func (t *Trainer) Network() *Network { return t.net }

// Config returns the current configuration (the last one SetConfig took).
func (t *Trainer) Config() TrainConfig {
	if t.pending {
		return t.next
	}
	return t.cfg
}

// SetConfig changes the configuration from the next Step on (learning
// rate, optimiser, batch, grid schedule, decay). Changing the optimiser
// clears its state. On a validation error the old configuration stays.
// A step in progress (Work) ends with the configuration it began with, as
// if it had been taken whole before the change; the change applies when
// it ends.
func (t *Trainer) SetConfig(c TrainConfig) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if t.solo != nil {
		for _, tr := range t.solo.trs {
			tr.SetConfig(c) // valid: checked above
		}
	}
	if t.step.at != stageIdle {
		t.next, t.pending = c, true
		return nil
	}
	t.applyConfig(c)
	return nil
}

// applyConfig makes c, already valid, the configuration.
func (t *Trainer) applyConfig(c TrainConfig) {
	changed := c.Optimizer != t.cfg.Optimizer
	t.cfg = c
	if changed {
		t.newUpdaters()
	}
}

// Steps returns the number of optimiser steps taken.
func (t *Trainer) Steps() int { return t.steps }

// LR returns the learning rate in use: LR·Decay^(extensions so far), of
// the current configuration (Config).
func (t *Trainer) LR() float64 { return t.Config().LR * t.lrScale }

// rate is the learning rate of the step in progress: LR before a
// configuration it waits for.
func (t *Trainer) rate() float64 { return t.cfg.LR * t.lrScale }

// Loss returns the mean training loss of the last step's batch, measured
// before that step's update; 0 before the first step.
func (t *Trainer) Loss() float64 { return t.loss }

// Refinements returns Steps() at each grid extension so far; the slice is
// the caller's.
func (t *Trainer) Refinements() []int { return append([]int(nil), t.refines...) }

// Err returns the error that paused training (a *NaNError), or nil.
func (t *Trainer) Err() error { return t.err }
