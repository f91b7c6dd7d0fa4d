//go:build js && wasm

package swimlab

import (
	"fmt"
	"strconv"
	"time"

	"bioplay/models/swimmer"
)

// training is evolution strategies running on a clone of the shown
// controller, a slice of control steps at a time between frames. After
// each generation the shown swimmer takes the best weights so far and the
// URL records them, so a link replays the trained swimmer.
type training struct {
	t       *swimmer.Trainer
	kind    string        // the controller trained: "ncap" or "mlp"
	gen     int           // generations seen complete
	perStep time.Duration // measured cost of one control step, for slicing
}

// startTraining begins ES on the shown controller's weights.
func (s *Scene) startTraining() error {
	if len(s.ctrl.Params()) == 0 {
		return fmt.Errorf("train: the %s controller has no weights to learn; choose ncap or mlp", s.ctrl.Name())
	}
	t, err := swimmer.NewTrainer(s.body, s.ctrl.Clone(), s.setup.Train, s.setup.Seed)
	if err != nil {
		return err
	}
	s.train = &training{t: t, kind: s.ctrl.Name(), perStep: 20 * time.Microsecond}
	s.curves[s.train.kind] = nil
	s.page.Message("")
	return nil
}

// stopTraining ends ES, keeping the weights the shown swimmer has.
func (s *Scene) stopTraining(why string) {
	s.train = nil
	if why != "" {
		s.page.Message(why)
	}
}

// work runs training for about budget, in slices sized from the measured
// cost of a control step so no slice overruns the frame.
func (tr *training) work(s *Scene, budget time.Duration) {
	start := time.Now()
	for {
		left := budget - time.Since(start)
		n := int(left / max(tr.perStep, time.Microsecond))
		if n < 1 {
			break
		}
		t0 := time.Now()
		done := tr.t.Work(min(n, 200))
		if done > 0 {
			tr.perStep = (3*tr.perStep + time.Since(t0)/time.Duration(done)) / 4
		}
		if tr.t.Generation() > tr.gen {
			tr.gen = tr.t.Generation()
			s.generationDone()
			if s.train == nil {
				return
			}
		}
	}
}

// generationDone records the curve, gives the shown swimmer the best
// weights so far, writes them to the URL and stops after the configured
// number of generations.
func (s *Scene) generationDone() {
	tr := s.train
	s.curves[tr.kind] = tr.t.Curve()
	best, _ := tr.t.Best()
	if best != nil && s.ctrl.SetParams(best) == nil {
		s.recordWeights(best)
	}
	if tr.gen >= s.setup.Generations {
		c := tr.t.Curve()
		s.stopTraining(fmt.Sprintf("Training done: %d generations, %d episodes; mean return %.1f → %.1f (best weights kept, and in the link).",
			tr.gen, tr.t.Episodes(), c[0], c[len(c)-1]))
	}
}

// recordWeights puts trained weights into the lab's values, so the
// controls, the URL and a shared link carry them.
func (s *Scene) recordWeights(p []float64) {
	switch {
	case s.ctrl.Name() == "ncap" && s.setup.Sharing:
		for i, name := range swimmer.WeightNames() {
			s.page.ParamChanged(name, strconv.FormatFloat(p[i], 'g', -1, 64))
			s.setup.Weights[i] = p[i]
		}
	case s.ctrl.Name() == "ncap":
		s.page.ParamChanged("unshared", swimmer.FormatFloats(p))
	case s.ctrl.Name() == "mlp":
		s.page.ParamChanged("mlp-weights", swimmer.EncodeFloats(p))
	}
}
