//go:build js && wasm

package quadlab

import "bioplay/ui"

// Metrics returns the live numbers the page shows and metrics() returns.
func (s *Scene) Metrics() []ui.Metric {
	c := &s.main.curves
	out := []ui.Metric{
		{Name: "steps", Label: "Training steps", Value: float64(s.main.trainer.Steps())},
		{Name: "params", Label: "Parameters", Value: float64(s.main.net.Params())},
		{Name: "train-loss", Label: "Train loss", Value: last(c.trainLoss), Digits: 4},
		{Name: "test-loss", Label: "Test loss", Value: last(c.testLoss), Digits: 4},
		{Name: "train-accuracy", Label: "Train accuracy (%)", Value: last(c.trainAcc), Digits: 1},
		{Name: "test-accuracy", Label: "Test accuracy (%)", Value: last(c.testAcc), Digits: 1},
	}
	if s.other != nil {
		o := &s.other.curves
		out = append(out,
			ui.Metric{Name: "conv-params", Label: "Conventional: parameters", Value: float64(s.other.net.Params())},
			ui.Metric{Name: "conv-test-accuracy", Label: "Conventional: test accuracy (%)", Value: last(o.testAcc), Digits: 1},
		)
	}
	return out
}
