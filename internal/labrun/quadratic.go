package labrun

import (
	"fmt"
	"math"

	"bioplay/models/learn"
	"bioplay/models/param"
	"bioplay/models/quadratic"
)

// quadraticLab trains the quadratic-neuron network as the page does, with
// the conventional network beside it when compare is on; one step is one
// optimiser step of each network.
var quadraticLab = Lab{
	Schema:  quadratic.Schema,
	New:     newQuadratic,
	Samples: map[string][]string{"hidden": {"", "1", "2", "8", "4,4", "8,8", "1,1,1,1", "8,8,8,8"}},
	Steps:   30,
}

type quadraticRunner struct {
	nets        []*learn.Trainer // the main network, then the conventional one in compare mode
	train, test []learn.Point
}

func newQuadratic(v *param.Values) (Runner, error) {
	s, err := quadratic.SetupFrom(v)
	if err != nil {
		return nil, err
	}
	train, test, err := learn.MakeData(s.Data, s.Seed)
	if err != nil {
		return nil, err
	}
	r := &quadraticRunner{train: train, test: test}
	cfgs := []quadratic.Config{s.Net}
	if v.Bool("compare") {
		c := s.Net
		c.Neuron = quadratic.Linear
		cfgs = append(cfgs, c)
	}
	for _, c := range cfgs {
		net, err := quadratic.NewNetwork(c, s.Seed)
		if err != nil {
			return nil, err
		}
		r.nets = append(r.nets, learn.NewTrainer(net, train, s.Train, s.Seed))
	}
	return r, nil
}

func (r *quadraticRunner) Step(n int) int {
	for range n {
		for _, t := range r.nets {
			t.Step()
		}
	}
	return n
}

// Done is never true: training can always go on.
func (r *quadraticRunner) Done() bool { return false }

func (r *quadraticRunner) Metrics() []Metric {
	var m []Metric
	for i, t := range r.nets {
		prefix := []string{"", "compare-"}[i]
		trl, tra := learn.Evaluate(t.Network(), r.train)
		tel, tea := learn.Evaluate(t.Network(), r.test)
		m = append(m, Metric{prefix + "loss", t.Loss()}, Metric{prefix + "train-loss", trl},
			Metric{prefix + "test-loss", tel}, Metric{prefix + "train-acc", tra}, Metric{prefix + "test-acc", tea})
	}
	return m
}

// Check reports what the page's Check reports (the trainer's loss and
// weights) and also a NaN or infinite loss of the network as it stands
// after the last step: weights can all be finite and still overflow in the
// forward pass (a product of two huge quadratic factors), which the
// trainer's check sees only one step later, when that forward pass becomes
// its training loss. Found by FuzzConfig, e.g. spiral, hidden 8,8, sgd,
// lr 3: step 8's weights are finite but give a NaN output.
func (r *quadraticRunner) Check() error {
	for i, t := range r.nets {
		err := t.CheckFinite()
		if err == nil {
			if l, _ := learn.Evaluate(t.Network(), r.train); math.IsNaN(l) || math.IsInf(l, 0) {
				err = &learn.NonFiniteError{What: "loss on the training set after the last step", Value: l}
			}
		}
		if err != nil {
			if i > 0 {
				return fmt.Errorf("comparison network: %w", err)
			}
			return err
		}
	}
	return nil
}
