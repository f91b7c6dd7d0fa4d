//go:build js && wasm

package quadlab

import (
	"fmt"
	"image"
	"time"

	"bioplay/models/learn"
	"bioplay/models/param"
	"bioplay/models/quadratic"
	"bioplay/ui"
)

// Lab is the quadratic lab's entry in the page's lab picker.
var Lab = ui.Lab{
	Name:   "quadratic",
	Title:  "Quadratic neurons",
	Schema: quadratic.Schema,
	New:    func(v *param.Values, p ui.Page) (ui.Scene, error) { return New(v, p) },
}

// Scene is the quadratic lab on the canvas.
type Scene struct {
	page        ui.Page
	values      *param.Values // as last configured
	setup       quadratic.Setup
	train, test []learn.Point
	main        *model // the network as configured
	other       *model // the conventional network of the same shape, in compare mode
	selected    [2]int // layer and neuron shown large; layer < 0: the output
	speed       int
	frame       int
	layout      layout
	charts      [2]ui.Chart
}

// New builds the scene, its data and networks from v.
func New(v *param.Values, p ui.Page) (*Scene, error) {
	s := &Scene{page: p, selected: [2]int{-1, 0}}
	s.charts = [2]ui.Chart{
		{Title: "loss (BCE)", Lo: 0, Hi: 1, Digits: 3, XLabel: "steps"},
		{Title: "accuracy %", Lo: 0, Hi: 100, Digits: 1, XLabel: "steps"},
	}
	if err := s.Configure(v, "", true); err != nil {
		return nil, err
	}
	return s, nil
}

// Configure rebuilds data and networks (reset) or applies live settings.
func (s *Scene) Configure(v *param.Values, name string, reset bool) error {
	s.speed, s.values = v.Int("speed"), v.Clone()
	setup, err := quadratic.SetupFrom(v)
	if err != nil {
		return err
	}
	compare := v.Bool("compare")
	if !reset && s.main != nil { // live: learning rate, γ, shrink, batch
		s.setup = setup
		for _, m := range []*model{s.main, s.other} {
			if m != nil {
				if err := m.trainer.SetConfig(setup.Train); err != nil {
					return err
				}
			}
		}
		s.syncCompare(compare)
		return nil
	}
	train, test, err := learn.MakeData(setup.Data, setup.Seed)
	if err != nil {
		return err
	}
	m, err := newModel(setup, setup.Net, train, test)
	if err != nil {
		return err
	}
	s.setup, s.train, s.test, s.main, s.other = setup, train, test, m, nil
	s.selected = [2]int{-1, 0}
	s.syncCompare(compare)
	return nil
}

// syncCompare adds or drops the conventional network beside the main one.
func (s *Scene) syncCompare(on bool) {
	if !on {
		s.other = nil
		return
	}
	if s.other != nil {
		return
	}
	cfg := s.setup.Net
	cfg.Neuron = quadratic.Linear
	m, err := newModel(s.setup, cfg, s.train, s.test)
	if err != nil {
		s.page.Message(err.Error())
		return
	}
	for m.trainer.Steps() < s.main.trainer.Steps() {
		m.step()
	}
	s.other = m
}

// Speed is the training steps per frame while playing.
func (s *Scene) Speed() int { return s.speed }

// Done is never true: training can always go on.
func (s *Scene) Done() bool { return false }

// Step trains up to n steps (both networks in compare mode) within budget.
func (s *Scene) Step(n int, budget time.Duration) int {
	start := time.Now()
	var last time.Duration // one step's cost, to stop before overrunning the budget
	for k := 0; k < n; k++ {
		if k > 0 && time.Since(start)+last > budget {
			return k
		}
		t0 := time.Now()
		s.main.step()
		if s.other != nil {
			s.other.step()
		}
		last = time.Since(t0)
	}
	return n
}

// Background refreshes the heatmaps a few rows at a time within budget, so
// drawing them never costs a frame more than its share.
func (s *Scene) Background(budget time.Duration) {
	start := time.Now()
	models := []*model{s.main}
	if s.other != nil {
		models = append(models, s.other)
	}
	for i, m := range models { // each map gets its share of the budget
		sel := s.selected
		if m != s.main {
			sel = [2]int{-1, 0} // the conventional map always shows its output
		}
		share := budget * time.Duration(i+1) / time.Duration(len(models))
		for time.Since(start) < share && !m.heat.advance(m.net, sel) {
		}
	}
}

// Report has nothing to show: all numbers are in the readout.
func (s *Scene) Report() ui.Report { return ui.Report{} }

// Action runs the shape buttons: add or remove a hidden layer or a
// neuron of the last one. The new shape restarts training, and the page's
// controls and URL follow.
func (s *Scene) Action(name string) error {
	if name == "export-curves" {
		s.exportCurves()
		return nil
	}
	h, ok := quadratic.Reshape(s.setup.Net.Hidden, name)
	if !ok {
		return &param.Error{Name: name, Reason: "is not an action of the quadratic lab"}
	}
	v := s.values.Clone()
	if err := v.Set("hidden", quadratic.FormatHidden(h)); err != nil {
		return err
	}
	if err := s.Configure(v, "hidden", true); err != nil {
		return err
	}
	s.page.Replace(v)
	return nil
}

// Click on a neuron thumbnail shows that neuron large; on the heatmap it
// goes back to the output.
func (s *Scene) Click(_ image.Rectangle, x, y int) {
	pt := image.Pt(x, y)
	for _, n := range s.layout.nodes {
		if pt.In(n.r) {
			s.selected = [2]int{n.layer, n.neuron}
			s.main.heat.restart()
			return
		}
	}
	if pt.In(s.layout.heat[0]) {
		s.selected = [2]int{-1, 0}
		s.main.heat.restart()
	}
}

// Check reports a NaN or infinite loss or weight of either network (a
// learning rate too high for the neuron type diverges), naming it.
func (s *Scene) Check() error {
	if err := s.main.check(); err != nil {
		return err
	}
	if s.other != nil {
		if err := s.other.check(); err != nil {
			return fmt.Errorf("comparison network: %w", err)
		}
	}
	return nil
}
