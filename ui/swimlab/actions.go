//go:build js && wasm

package swimlab

import (
	"strconv"

	"bioplay/models/param"
	"bioplay/models/swimmer"
)

// Action starts or stops training, or puts the weights back to their
// initial values.
func (s *Scene) Action(name string) error {
	switch name {
	case "train":
		if s.train != nil {
			s.stopTraining("Training stopped; the shown swimmer keeps the best weights so far.")
			return nil
		}
		return s.startTraining()
	case "reset-weights":
		s.stopTraining("")
		p, err := s.setup.InitialParams()
		if err != nil {
			return err
		}
		if err := s.ctrl.SetParams(p); err != nil {
			return err
		}
		s.clearWeights(p)
		return s.startEpisode(false)
	}
	return &param.Error{Name: name, Reason: "is not an action of the swimmer lab"}
}

// clearWeights writes initial weights p back to the values: the shared
// sliders, or an empty unshared or MLP weight list (meaning "initial").
func (s *Scene) clearWeights(p []float64) {
	switch {
	case s.ctrl.Name() == "ncap" && s.setup.Sharing:
		for i, name := range swimmer.WeightNames() {
			s.page.ParamChanged(name, strconv.FormatFloat(p[i], 'g', -1, 64))
			s.setup.Weights[i] = p[i]
		}
	case s.ctrl.Name() == "ncap":
		s.page.ParamChanged("unshared", "")
	case s.ctrl.Name() == "mlp":
		s.page.ParamChanged("mlp-weights", "")
	}
}
