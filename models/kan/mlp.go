package kan

import (
	"math"
	"math/rand/v2"

	"bioplay/models/learn"
)

// MLPTrainer trains the comparison MLP (issue 6: "an MLP with the same
// parameter count"): learn.Dense layers with tanh hidden units, two hidden
// layers of equal width h chosen so that its parameter count
// h² + (dim+3)·h + 1 is as close as possible to the KAN's. Our choice:
// two hidden layers (the paper compares KANs with MLPs of depth 2–5), tanh
// for a smooth fit like the KAN's. It uses the same data, the same
// optimiser kit (learn.Updater), the same loss and the same mini-batch
// rule as Trainer; the learning rate does not decay (it has no grid).
type MLPTrainer struct {
	net      *learn.Network
	cfg      TrainConfig
	dim      int
	x, y     []float64
	tx, ty   []float64
	batches  batches
	groups   []learn.Group
	upd      []*learn.Updater
	steps    int
	loss     float64
	err      error
	metricAt int
	version  int
	metrics  [4]float64
}

// MLPWidth returns the hidden width h of the comparison MLP for inputs
// dim and a parameter budget params: the h ≥ 1 minimising
// |h² + (dim+3)·h + 1 − params|.
func MLPWidth(dim, params int) int {
	best, bestD := 1, math.MaxInt
	for h := 1; h <= 1024; h++ {
		d := h*h + (dim+3)*h + 1 - params
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = h, d
		}
	}
	return best
}

// CompareParams returns the parameter count the comparison MLP of n is
// sized to: n's own, or for a Select network the count it ends with, once
// pruned to one family per node, which is that of a one-family KAN of its
// shape and grid, as the benchmark has it (BenchRow.Params). Our choice:
// while its families mix, a Select network holds five families'
// coefficients, and an MLP matched to them (807 parameters against 150 for
// [2,5,1], G = 5) would be compared with a network five times the one the
// user ends with.
func CompareParams(n *Network) int {
	p := 0
	for _, l := range n.layers {
		if l.gate != nil {
			l = l.gate.subs[0]
		}
		p += l.params()
	}
	return p
}

// NewMLPTrainer returns the comparison MLP for dim inputs and about
// params parameters, with loss loss (the KAN's: MSE or BCE on a sigmoid
// output), initialised from seed (learn.Dense.Init: LeCun-normal weights,
// PyTorch's bias), training on train and scored on test.
func NewMLPTrainer(dim, params int, loss learn.Loss, train, test []Sample, c TrainConfig, seed uint64) (*MLPTrainer, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if len(train) == 0 {
		return nil, &learn.ConfigError{Field: "points", Value: "0", Reason: "must be ≥ 1"}
	}
	h := MLPWidth(dim, params)
	r := rand.New(rand.NewPCG(seed, 0x6d6c70)) // "mlp"
	ws := []int{dim, h, h, 1}
	var layers []learn.Layer
	for i := range 3 {
		d := learn.NewDense(ws[i], ws[i+1])
		d.Init(learn.Tanh, r)
		layers = append(layers, d)
	}
	m := &MLPTrainer{net: learn.NewNetwork(layers, learn.Tanh, loss), cfg: c, dim: dim, metricAt: -1}
	var err error
	if m.x, m.y, err = pack(train, dim); err != nil {
		return nil, err
	}
	if m.tx, m.ty, err = pack(test, dim); err != nil {
		return nil, err
	}
	m.batches = newBatches(len(m.y), seed)
	for _, l := range layers {
		m.groups = append(m.groups, l.Groups()...)
	}
	m.newUpdaters()
	return m, nil
}

func (m *MLPTrainer) newUpdaters() {
	m.upd = m.upd[:0]
	for _, g := range m.groups {
		m.upd = append(m.upd, learn.NewUpdater(m.cfg.Optimizer, len(g.Value)))
	}
}

// Network returns the MLP.
func (m *MLPTrainer) Network() *learn.Network { return m.net }

// Params returns the MLP's number of parameters.
func (m *MLPTrainer) Params() int { return m.net.Params() }

// Steps returns the number of optimiser steps taken.
func (m *MLPTrainer) Steps() int { return m.steps }

// Loss returns the mean loss of the last step's batch before its update.
func (m *MLPTrainer) Loss() float64 { return m.loss }

// SetConfig changes the optimiser, learning rate and batch from the next
// Step on; grid fields are ignored. Changing the optimiser clears its state.
func (m *MLPTrainer) SetConfig(c TrainConfig) error {
	if err := c.Validate(); err != nil {
		return err
	}
	changed := c.Optimizer != m.cfg.Optimizer
	m.cfg = c
	if changed {
		m.newUpdaters()
	}
	return nil
}

// Err is the error that paused training (a non-finite loss), or nil.
func (m *MLPTrainer) Err() error { return m.err }

// Step takes one optimiser step; on a non-finite loss it returns an error
// and pauses, as Trainer.Step does.
func (m *MLPTrainer) Step() error {
	if m.err != nil {
		return m.err
	}
	x, y, b := m.x, m.y, len(m.y)
	if bs := m.cfg.Batch; bs > 0 && bs < b {
		x, y, b = m.batches.next(m.x, m.y, m.dim, bs)
	}
	m.loss = m.net.Backprop(x, y, b, nil)
	if !finite(m.loss) {
		m.err = &NaNError{Step: m.steps + 1, What: "loss of the MLP", Layer: -1, In: -1, Out: -1, Value: m.loss}
		return m.err
	}
	for k, g := range m.groups {
		m.upd[k].Step(g.Value, g.Grad, m.cfg.LR)
	}
	m.steps++
	m.version++
	return nil
}

// Predict returns the MLP's output at x (a probability for BCE).
func (m *MLPTrainer) Predict(x []float64) float64 { return m.net.Forward(x[:m.dim], 1)[0] }

// TrainRMSE returns the RMSE on the training set (cached like Trainer's).
func (m *MLPTrainer) TrainRMSE() float64 { m.evaluate(); return m.metrics[0] }

// TestRMSE returns the RMSE on the test set.
func (m *MLPTrainer) TestRMSE() float64 { m.evaluate(); return m.metrics[1] }

// TrainAccuracy returns the training accuracy (classification only).
func (m *MLPTrainer) TrainAccuracy() float64 { m.evaluate(); return m.metrics[2] }

// TestAccuracy returns the test accuracy (classification only).
func (m *MLPTrainer) TestAccuracy() float64 { m.evaluate(); return m.metrics[3] }

func (m *MLPTrainer) evaluate() {
	if m.metricAt == m.version {
		return
	}
	m.metrics[0], m.metrics[2] = m.score(m.x, m.y)
	m.metrics[1], m.metrics[3] = m.score(m.tx, m.ty)
	m.metricAt = m.version
}

func (m *MLPTrainer) score(x, y []float64) (rmse, acc float64) {
	if len(y) == 0 {
		return math.NaN(), math.NaN()
	}
	out := m.net.Forward(x, len(y))
	bce := m.net.Loss() == learn.BCE
	var se float64
	right := 0
	for s, p := range out {
		if bce && (p > 0.5) == (y[s] > 0.5) {
			right++
		}
		d := p - y[s]
		se += d * d
	}
	if bce {
		acc = float64(right) / float64(len(y))
	}
	return math.Sqrt(se / float64(len(y))), acc
}
