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

// Scene is the sorting lab on the canvas: the live cell-view array, the
// optional traditional array beside it, and the batch of runs in the
// background.
type Scene struct {
	page   ui.Page
	values *param.Values // as last configured
	arr    *sorting.Array
	speed  int
	seed   uint64
	edits  []sorting.Edit
	dg     sorting.DGVariant

	hist    history
	trad    *traditional // nil unless the traditional view is on
	batch   *batchRun    // nil until a batch is started
	dgCache dgCache

	curveBuf [5][3][101]float64 // mean, mean−SD, mean+SD of the batch curves drawn

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
		{Title: "sortedness %", Lo: 0, Hi: 100, Digits: 1},
		{Title: "monotonicity error", Digits: 0},
		{Title: "aggregation", Lo: 0, Hi: 1, Digits: 3},
	}
	if err := s.Configure(v, "", true); err != nil {
		return nil, err
	}
	return s, nil
}

// Configure applies changed values: speed, the DG variant and the
// traditional view live, everything else by a reset.
func (s *Scene) Configure(v *param.Values, name string, reset bool) error {
	dg, err := sorting.ParseDGVariant(v.Text("dg"))
	if err != nil {
		return err
	}
	s.values, s.speed, s.dg = v.Clone(), v.Int("speed"), dg
	if reset {
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
		s.dgCache = dgCache{}
		s.trad = nil
	}
	s.syncTraditional(v.Bool("traditional"))
	return nil
}

// Speed is the number of activations per frame while playing.
func (s *Scene) Speed() int { return s.speed }

// Done reports that the run has ended (and the traditional one with it).
func (s *Scene) Done() bool { return s.arr.Done() && (s.trad == nil || s.trad.done()) }

// Step runs up to n activations within budget and records every swap. The
// traditional array, when shown, takes one swap per cell-view swap, so both
// trajectories share the swap axis; once the cell-view run is over, each
// step is one traditional swap.
func (s *Scene) Step(n int, budget time.Duration) int {
	start := time.Now()
	for k := 0; k < n; k++ {
		if k&255 == 255 && time.Since(start) > budget {
			return k
		}
		if !s.arr.Step() {
			if s.trad == nil || !s.trad.step() {
				return k
			}
			continue
		}
		if i, j, ok := s.arr.LastSwap(); ok {
			s.hist.record(s.arr.Metrics())
			s.flashes.add(i, j, s.frame)
			if s.trad != nil {
				s.trad.step()
			}
		}
	}
	return n
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
	s.dgCache = dgCache{}
	if s.trad != nil {
		s.trad = nil
		s.syncTraditional(true)
	}
}

// Check has nothing to find: the sorting model's state is integers (cell
// values and positions), and its float metrics are ratios of counts with
// non-zero denominators.
func (s *Scene) Check() error { return nil }
