//go:build js && wasm

package quadlab

import (
	"math"

	"bioplay/models/learn"
	"bioplay/models/quadratic"
)

// model is one trained network with its trainer, curves and heatmap.
type model struct {
	net         *learn.Network
	trainer     *learn.Trainer
	train, test []learn.Point
	curves      curves
	heat        heatmap
}

func newModel(s quadratic.Setup, cfg quadratic.Config, train, test []learn.Point) (*model, error) {
	net, err := quadratic.NewNetwork(cfg, s.Seed)
	if err != nil {
		return nil, err
	}
	m := &model{net: net, trainer: learn.NewTrainer(net, train, s.Train, s.Seed), train: train, test: test}
	m.curves.record(m)
	m.heat.init(net)
	return m, nil
}

// step trains one step and records the curves.
func (m *model) step() {
	m.trainer.Step()
	m.curves.record(m)
}

// check reports a NaN or infinite parameter, or training loss: the
// trainer's (taken before its last update) and the one evaluated after it,
// which sees weights that are finite but overflow in the forward pass.
func (m *model) check() error {
	if err := m.trainer.CheckFinite(); err != nil {
		return err
	}
	if x := last(m.curves.trainLoss); math.IsNaN(x) || math.IsInf(x, 0) {
		return &learn.NonFiniteError{What: "training loss", Value: x}
	}
	return nil
}

// curves are loss and accuracy over training steps, thinned by halves so a
// long run keeps a bounded number of samples (every stride-th step).
type curves struct {
	stride                                 int
	trainLoss, testLoss, trainAcc, testAcc []float64
}

const maxSamples = 2048

func (c *curves) record(m *model) {
	if c.stride == 0 {
		c.stride = 1
	}
	if m.trainer.Steps()%c.stride != 0 {
		return
	}
	trl, tra := learn.Evaluate(m.net, m.train)
	tel, tea := learn.Evaluate(m.net, m.test)
	c.trainLoss = append(c.trainLoss, trl)
	c.testLoss = append(c.testLoss, tel)
	c.trainAcc = append(c.trainAcc, 100*tra)
	c.testAcc = append(c.testAcc, 100*tea)
	if len(c.trainLoss) >= maxSamples {
		for _, p := range []*[]float64{&c.trainLoss, &c.testLoss, &c.trainAcc, &c.testAcc} {
			xs := *p
			for i := 0; i < len(xs)/2; i++ {
				xs[i] = xs[2*i]
			}
			*p = xs[:len(xs)/2]
		}
		c.stride *= 2
	}
}

// last returns the latest value of xs.
func last(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)-1]
}
