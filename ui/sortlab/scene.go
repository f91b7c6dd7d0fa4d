//go:build js && wasm

package sortlab

import (
	"time"

	"bioplay/models/param"
	"bioplay/models/sorting"
	"bioplay/ui"
)

// Lab is the sorting lab's entry in the page's lab picker.
var Lab = ui.Lab{
	Name:   "sorting",
	Title:  "Self-sorting arrays",
	Schema: sorting.Schema,
	New:    func(v *param.Values, p ui.Page) (ui.Scene, error) { return New(v, p) },
}

// Scene is the sorting lab on the canvas.
type Scene struct {
	page  ui.Page
	arr   *sorting.Array
	speed int
	seed  uint64
	edits []sorting.Edit

	hist    history
	cells   []sorting.Cell
	flashes flashes
	charts  [3]ui.Chart
	frame   int
	layout  layout
}

// New builds the scene and its model from v.
func New(v *param.Values, p ui.Page) (*Scene, error) {
	s := &Scene{page: p}
	s.charts = [3]ui.Chart{
		{Title: "sortedness %", Color: ui.Blue, Lo: 0, Hi: 100, Digits: 1},
		{Title: "monotonicity error", Color: ui.Orange, Digits: 0},
		{Title: "aggregation", Color: ui.Green, Lo: 0, Hi: 1, Digits: 3},
	}
	if err := s.Configure(v, "", true); err != nil {
		return nil, err
	}
	return s, nil
}

// Configure applies changed values: speed live, everything else by a reset.
func (s *Scene) Configure(v *param.Values, name string, reset bool) error {
	s.speed = v.Int("speed")
	if !reset {
		return nil
	}
	cfg, seed, err := sorting.ConfigFrom(v)
	if err != nil {
		return err
	}
	arr, err := sorting.New(cfg, seed)
	if err != nil {
		return err
	}
	s.arr, s.edits, s.seed = arr, cfg.Edits, seed
	s.hist.reset(arr.Metrics())
	s.flashes = flashes{}
	s.charts[1].Hi = float64(cfg.N - 1)
	return nil
}

// Speed is the number of activations per frame while playing.
func (s *Scene) Speed() int { return s.speed }

// Done reports that the run has ended.
func (s *Scene) Done() bool { return s.arr.Done() }

// Step runs up to n activations within budget and records every swap.
func (s *Scene) Step(n int, budget time.Duration) int {
	start := time.Now()
	for k := 0; k < n; k++ {
		if k&255 == 255 && time.Since(start) > budget {
			return k
		}
		if !s.arr.Step() {
			return k
		}
		if i, j, ok := s.arr.LastSwap(); ok {
			s.hist.record(s.arr.Metrics())
			s.flashes.add(i, j, s.frame)
		}
	}
	return n
}

// Metrics returns the live numbers the page shows and metrics() returns.
func (s *Scene) Metrics() []ui.Metric {
	m := s.arr.Metrics()
	done := 0.0
	if m.Done {
		done = 1
	}
	return []ui.Metric{
		{Name: "cells", Label: "Cells", Value: float64(s.arr.N())},
		{Name: "frozen", Label: "Frozen now", Value: float64(s.frozenNow())},
		{Name: "sortedness", Label: "Sortedness (%)", Value: m.Sortedness, Digits: 1},
		{Name: "error", Label: "Monotonicity error", Value: float64(m.Error)},
		{Name: "aggregation", Label: "Aggregation", Value: m.Aggregation, Digits: 3},
		{Name: "chance", Label: "Aggregation by chance", Value: m.AggregationChance, Digits: 3},
		{Name: "swaps", Label: "Swaps", Value: float64(m.Swaps)},
		{Name: "activations", Label: "Activations", Value: float64(m.Activations)},
		{Name: "compares", Label: "Compare & swap count", Value: float64(m.Compares)},
		{Name: "frozen-attempts", Label: "Frozen attempts", Value: float64(m.FrozenAttempts)},
		{Name: "done", Label: "Finished", Value: done},
	}
}

// frozenNow counts the frozen cells, including clicked ones.
func (s *Scene) frozenNow() int {
	s.cells = s.arr.Cells(s.cells)
	k := 0
	for _, c := range s.cells {
		if c.Frozen {
			k++
		}
	}
	return k
}

// Action runs the schema's actions.
func (s *Scene) Action(name string) error {
	switch name {
	case "clear-edits":
		s.edits = nil
		s.page.ParamChanged("edits", "")
		s.restart()
		return nil
	}
	return &param.Error{Name: name, Reason: "is not an action of the sorting lab"}
}

// restart rebuilds the run from the current configuration and edits.
func (s *Scene) restart() {
	cfg := s.arr.Config()
	cfg.Edits = s.edits
	arr, err := sorting.New(cfg, s.seed)
	if err != nil {
		s.page.Message(err.Error())
		return
	}
	s.arr = arr
	s.hist.reset(arr.Metrics())
	s.flashes = flashes{}
}
