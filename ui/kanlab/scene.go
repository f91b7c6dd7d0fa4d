//go:build js && wasm

package kanlab

import (
	"fmt"
	"image"
	"math"
	"time"

	"bioplay/models/kan"
	"bioplay/models/param"
	"bioplay/ui"
)

// Lab is the KAN lab's entry in the page's lab picker.
var Lab = ui.Lab{
	Name:   "kan",
	Title:  "Kolmogorov–Arnold networks",
	Schema: kan.Schema,
	New:    func(v *param.Values, p ui.Page) (ui.Scene, error) { return New(v, p) },
}

// Scene is the KAN lab on the canvas.
type Scene struct {
	page        ui.Page
	values      *param.Values // as last configured
	setup       kan.Setup
	task        kan.Task
	tr          *kan.Trainer
	mlp         *kan.MLPTrainer // the comparison MLP, when compare is on
	train, test []kan.Sample
	speed       int

	hist   history
	edges  edgeCache
	fit    fitView
	layout layout
	chart  ui.Chart
	pinned edgeRef // the edge shown large after a click or "Next edge"
	frame  int
	pace   pace  // the model work's pieces (work.go)
	shown  shown // the readout's metrics
}

// New builds the scene and its first network from v. A shape whose input
// width does not match the task's is adapted first, so a link naming only
// a task opens working.
func New(v *param.Values, p ui.Page) (*Scene, error) {
	s := &Scene{page: p, pinned: edgeRef{l: -1}}
	s.chart = ui.Chart{Title: "log10 RMSE", Digits: 1, XLabel: "steps"}
	kan.AdaptShape(v)
	if err := s.Configure(v, "", true); err != nil {
		return nil, err
	}
	return s, nil
}

// Configure applies live settings or rebuilds the run. Choosing a task of
// another dimension adapts the shape's input width and tells the page.
func (s *Scene) Configure(v *param.Values, name string, reset bool) error {
	if name == "task" && kan.AdaptShape(v) {
		defer s.page.Replace(v)
	}
	setup, err := kan.SetupFrom(v)
	if err != nil {
		return err
	}
	s.speed, s.values = v.Int("speed"), v.Clone()
	if !reset && s.tr != nil {
		s.setup = setup
		if err := s.tr.SetConfig(setup.Train); err != nil {
			return err
		}
		if s.mlp != nil {
			if err := s.mlp.SetConfig(setup.Train); err != nil {
				return err
			}
		}
		return s.syncCompare(v.Bool("compare"))
	}
	tr, train, test, err := setup.Start()
	if err != nil {
		return err
	}
	task, _ := kan.LookupTask(setup.Task)
	s.setup, s.task, s.tr, s.train, s.test, s.mlp = setup, task, tr, train, test, nil
	s.hist = history{}
	s.pinned = edgeRef{l: -1}
	s.edges.reset()
	s.fit.reset(s)
	if err := s.syncCompare(v.Bool("compare")); err != nil {
		return err
	}
	s.pace = newPace(s.pace)
	s.refresh()
	return nil
}

// syncCompare adds or drops the MLP trained beside the KAN on the same
// data; a new one catches up to the KAN's step count.
func (s *Scene) syncCompare(on bool) error {
	if !on {
		s.mlp = nil
		return nil
	}
	if s.mlp != nil {
		return nil
	}
	m, err := kan.NewMLPTrainer(s.task.Dim, kan.CompareParams(s.tr.Network()), s.setup.Net.Loss, s.train, s.test, s.setup.Train, s.setup.Seed)
	if err != nil {
		return err
	}
	s.hist.mlpTrain, s.hist.mlpTest = s.hist.mlpTrain[:0], s.hist.mlpTest[:0]
	s.hist.catchUp(m)
	for m.Steps() < s.tr.Steps() {
		if m.Step() != nil {
			break
		}
		s.hist.catchUp(m)
	}
	s.mlp = m
	s.shown.mlpTrain, s.shown.mlpTest = m.TrainRMSE(), m.TestRMSE()
	return nil
}

// Speed is the training steps per frame while playing.
func (s *Scene) Speed() int { return s.speed }

// Done is never true: training can always go on (a NaN pauses through
// Check instead).
func (s *Scene) Done() bool { return false }

// Check reports the NaN or infinity that paused training, naming where,
// or a measured RMSE that is non-finite although the weights were still
// finite (the trainer would see it only a step later); the same for the
// comparison MLP. It reads the last measurement (work.go), so it costs
// nothing.
func (s *Scene) Check() error {
	if err := s.tr.Err(); err != nil {
		return err
	}
	if x := s.shown.trainRMSE; math.IsNaN(x) || math.IsInf(x, 0) {
		return fmt.Errorf("step %d: the training RMSE is %v; training paused", s.shown.step, x)
	}
	if s.mlp != nil {
		if err := s.mlp.Err(); err != nil {
			return fmt.Errorf("comparison MLP: %w", err)
		}
		if x := s.shown.mlpTrain; math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("comparison MLP: the training RMSE is %v", x)
		}
	}
	return nil
}

// Background finishes the work a step left (work.go), brings the readout
// up to date when training is not running, then refreshes the edge curves
// and the prediction map within budget: at a reduced rate, so training
// keeps most of the frame.
func (s *Scene) Background(budget time.Duration) {
	budget = s.catchUp(budget - ui.FrameBudget/marginShare)
	start := time.Now()
	s.frame++
	switch {
	case s.edges.stale(s):
		s.edges.refresh(s)
	case s.pace.edge.fits(budget, 1) && (s.edges.next > 0 || s.frame%edgeEvery == 0):
		s.edges.advance(s, budget, &s.pace.edge)
	}
	for {
		left := budget - time.Since(start)
		if !s.pace.cell.fits(left, fitPiece) {
			return
		}
		t0 := time.Now()
		more := s.fit.advance(s)
		s.pace.cell.observe(time.Since(t0), fitPiece)
		if !more {
			return
		}
	}
}

// Report has nothing to show: all numbers are in the readout.
func (s *Scene) Report() ui.Report { return ui.Report{} }

// Action refines the grid or moves the large edge view to the next edge.
func (s *Scene) Action(name string) error {
	switch name {
	case "refine":
		g, ok := kan.NextGrid(s.tr.Network().Grid(), s.setup.RefineTo)
		if !ok {
			return fmt.Errorf("refine: G is %d and refine-to (%s) has no larger size; add one", s.tr.Network().Grid(), kan.FormatStages(s.setup.RefineTo))
		}
		if err := s.tr.Refine(g); err != nil {
			return err
		}
		s.refresh()
		s.edges.reset()
		return nil
	case "prune": // spec B.8: nodes under the threshold go, the network redraws smaller
		removed, err := s.tr.Prune(s.setup.PruneThreshold)
		if err != nil {
			return err
		}
		s.refresh()
		s.edges.reset()
		s.pinned = edgeRef{l: -1}
		n := 0
		for _, r := range removed {
			n += len(r)
		}
		s.page.Message(fmt.Sprintf("Pruned %d hidden nodes (threshold %g): shape %s.", n, s.setup.PruneThreshold, shapeText(s.tr.Network().Shape())))
		return nil
	case "snap": // spec B.9: every edge to its best symbolic candidate
		if _, err := s.tr.AutoSnap(); err != nil {
			return err
		}
		s.refresh()
		s.edges.reset()
		s.page.Message("Snapped: " + s.tr.Network().Formula() + "  (press Fit constants to train the affine parameters)")
		return nil
	case "train-affine":
		rmse, err := s.tr.FitAffine(100)
		if err != nil {
			return err
		}
		s.edges.reset()
		s.hist.replaceLast(s)
		s.refresh()
		s.page.Message(fmt.Sprintf("Formula (train RMSE %.3g): %s", rmse, s.tr.Network().Formula()))
		return nil
	case "next-edge":
		s.pinned = s.pinned.next(s.tr.Network().Shape())
		return nil
	}
	return &param.Error{Name: name, Reason: "is not an action of the KAN lab"}
}

// Click on an edge's box shows that edge large; a second click lets go.
func (s *Scene) Click(_ image.Rectangle, x, y int) {
	if e, ok := s.layout.edgeAt(image.Pt(x, y)); ok {
		if e == s.pinned {
			s.pinned = edgeRef{l: -1}
		} else {
			s.pinned = e
		}
	}
}
