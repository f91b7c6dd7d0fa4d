//go:build js && wasm

package swimlab

import (
	"bioplay/models/swimmer"
	"bioplay/ui"
)

// Metrics returns the live numbers: the body, the episode's step, time,
// speed and return, and training's progress.
func (s *Scene) Metrics() []ui.Metric {
	sim := s.ep.Sim()
	m := []ui.Metric{
		{Name: "links", Label: "Links", Value: float64(s.body.Links())},
		{Name: "step", Label: "Control step", Value: float64(s.ep.Steps())},
		{Name: "time", Label: "Time s", Value: sim.Time(), Digits: 2},
		{Name: "speed", Label: "Forward speed m/s", Value: sim.ForwardSpeed(), Digits: 4},
		{Name: "return", Label: "Return", Value: s.ep.Return(), Digits: 2},
		{Name: "mean-speed", Label: "Mean speed m/s", Value: s.ep.MeanSpeed(), Digits: 4},
		{Name: "episode", Label: "Episode", Value: float64(s.shown)},
	}
	if p := s.ctrl.Params(); s.ctrl.Name() == "ncap" && len(p) == swimmer.SharedWeights {
		m = append(m, ui.Metric{Name: "w-prop", Label: "w prop (in use)", Value: p[swimmer.WProp], Digits: 3})
	}
	training := 0.0
	if s.train != nil {
		training = 1
		m = append(m, ui.Metric{Name: "generation", Label: "Generation", Value: float64(s.train.gen)},
			ui.Metric{Name: "train-episodes", Label: "Training episodes", Value: float64(s.train.t.Episodes())})
	}
	m = append(m, ui.Metric{Name: "training", Label: "Training", Value: training})
	if c := s.curves[s.ctrl.Name()]; len(c) > 0 {
		m = append(m, ui.Metric{Name: "learned-return", Label: "Latest curve return", Value: c[len(c)-1], Digits: 1})
	}
	return m
}
