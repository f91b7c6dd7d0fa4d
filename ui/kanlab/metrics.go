//go:build js && wasm

package kanlab

import "bioplay/ui"

// Metrics returns the live numbers: steps, grid size, RMSE, parameters
// and learning rate, accuracies for a classification, and the MLP's
// figures in compare mode. The errors and accuracies are those of the
// last measurement (work.go): of the current parameters while paused, of
// a step at most firstStride steps back while training.
func (s *Scene) Metrics() []ui.Metric {
	n := s.tr.Network()
	m := []ui.Metric{
		{Name: "steps", Label: "Steps", Value: float64(s.tr.Steps())},
		{Name: "grid", Label: "Grid G", Value: float64(n.Grid())},
		{Name: "train-rmse", Label: "Train RMSE", Value: s.shown.trainRMSE, Digits: -4},
		{Name: "test-rmse", Label: "Test RMSE", Value: s.shown.testRMSE, Digits: -4},
		{Name: "params", Label: "Parameters", Value: float64(n.Params())},
		{Name: "lr", Label: "Learning rate", Value: s.tr.LR(), Digits: 5},
		{Name: "edges", Label: "Edges drawn", Value: float64(s.edges.count())},
	}
	if s.task.Classification {
		m = append(m,
			ui.Metric{Name: "train-accuracy", Label: "Train accuracy %", Value: 100 * s.shown.trainAcc, Digits: 1},
			ui.Metric{Name: "test-accuracy", Label: "Test accuracy %", Value: 100 * s.shown.testAcc, Digits: 1})
	}
	if s.mlp != nil {
		m = append(m,
			ui.Metric{Name: "mlp-test-rmse", Label: "MLP test RMSE", Value: s.shown.mlpTest, Digits: -4},
			ui.Metric{Name: "mlp-params", Label: "MLP parameters", Value: float64(s.mlp.Params())})
	}
	return m
}
