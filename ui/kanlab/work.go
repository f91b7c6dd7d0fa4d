//go:build js && wasm

package kanlab

import (
	"time"

	"bioplay/models/kan"
)

// The KAN lab's model work is done in pieces, each checked against the
// frame's budget before it starts and sized from the measured cost of its
// kind (cost.go), so an Update's model work ends within the budget
// (design.md: ≤ 4 ms of model work per frame) unless an estimate is off.
// The pieces: the trainer's (kan.Trainer.Work: row ranges of the forward
// and backward passes; one node's refit of a grid update or one piece of a
// phase switch, which rows do not bound and which wait for the next frame
// when less time is left than the dearest such piece lately took), one
// step of the comparison MLP after each KAN step (a whole step, not
// sliced: the MLP has a one-family KAN's parameter count, 151 at the
// defaults, kan.CompareParams),
// and the metrics' evaluation (kan.Trainer.Measure, row ranges too), which
// after every firstStride-th step runs before training goes on, so the
// readout and the RMSE history show a step's metrics. A step left
// unfinished goes on in the next frame.
//
// The budget's shares: training stops at five eighths of it, the views
// that Background refreshes (edge curves, prediction map) have the next
// eighth, and the last quarter is a margin for estimates that are off (the
// page's clock ticks every 0.1 ms) and for the engine's own pauses, as the
// sorting lab's batches keep one. Measured (27 November, headless
// Chromium on the 2-core machine, 3 × 3 s at the defaults, two runs
// each): with an eighth as the margin, 15 and 14 of about 540 Updates of
// a select network overran the 4 ms, with a quarter 4 and 8, for 14 %
// fewer steps per frame; a B-spline network's 3 and 5 (most of them the
// engine's pauses) stayed 6 and 6.

// pace is the lab's bookkeeping of its pieces.
type pace struct {
	fwd     cost          // a training row of the forward pass
	bwd     cost          // a training row of the backward pass (a quarter to a half of a forward one)
	eval    cost          // an evaluated row
	whole   time.Duration // the dearest recent piece rows do not bound (kan.Trainer.NextPieceWhole)
	mlp     time.Duration // the dearest recent step of the comparison MLP
	edge    cost          // one edge's curve
	cell    cost          // one cell of the prediction map
	phase   kan.Phase     // the phase the row costs were measured in
	mlpOwed bool          // the comparison MLP has yet to take the KAN's last step
	measure bool          // a measurement waits before training goes on
	stepped bool          // Step ran in this Update (Background then leaves the readout alone)
}

// newPace returns the bookkeeping of a new run, keeping what old measured
// of the costs that do not depend on the network.
func newPace(old pace) pace {
	p := pace{fwd: newCost(firstRowCost), bwd: newCost(firstRowCost), eval: newCost(firstRowCost), whole: firstWholeCost,
		mlp: old.mlp, edge: old.edge, cell: old.cell}
	if p.edge.per == 0 {
		p.mlp = firstWholeCost
		p.edge, p.cell = newCost(firstEdgeCost), newCost(firstEdgeCost/curveSamples)
	}
	return p
}

// The budget's shares (see above). Our choice.
const (
	viewShare   = 8 // the views' eighth
	marginShare = 4 // the margin's quarter
)

// firstRowCost is the cost of a training or evaluated row assumed before
// any is measured and again at a change of phase. Our choice: about a
// select network's in wasm (20 µs), so the first pieces are small rather
// than long.
const firstRowCost = 20 * time.Microsecond

// firstWholeCost is the cost of a grid-update or switch piece, and of a
// step of the comparison MLP, assumed before one is measured. Our choice:
// 1 ms, above the dearest grid-update piece of a select [2,5,1] network in
// wasm (0.9 ms).
const firstWholeCost = time.Millisecond

// firstEdgeCost is the cost of an edge curve assumed before one is
// measured. Our choice: 0.2 ms, about a select network's in wasm.
const firstEdgeCost = 200 * time.Microsecond

// minRows is the smallest piece of rows, so a frame with little time left
// still makes progress. Our choice: 32 rows, about 0.3 ms in wasm for
// select [2,5,1].
const minRows = 32

// Step trains until n more steps are done (the MLP too in compare mode),
// in pieces, while its share of budget lasts; it returns the steps
// completed, which may include one begun in an earlier frame. The first
// piece always runs, so training moves however little time a frame has.
func (s *Scene) Step(n int, budget time.Duration) int {
	start := time.Now()
	until := budget - budget/viewShare - budget/marginShare
	s.pace.stepped = true
	steps := 0
	for first := true; steps < n && s.tr.Err() == nil; first = false {
		left := until - time.Since(start)
		if !first && !s.nextFits(left) {
			break
		}
		if s.owed(left) {
			continue
		}
		if s.trainPiece(left) {
			steps++
		}
	}
	return steps
}

// nextFits reports whether the next piece (owed or training) is expected
// to end within left.
func (s *Scene) nextFits(left time.Duration) bool {
	switch {
	case s.pace.mlpOwed:
		return s.pace.mlp <= left
	case s.pace.measure:
		return s.pace.eval.fits(left, minRows)
	case s.tr.NextPieceWhole():
		return s.pace.whole <= left
	}
	return s.rowCost().fits(left, minRows)
}

// rowCost returns the cost of a row of the trainer's next piece.
func (s *Scene) rowCost() *cost {
	if s.tr.NextPieceBackward() {
		return &s.pace.bwd
	}
	return &s.pace.fwd
}

// trainPiece runs one of the trainer's pieces, sized to left, and reports
// whether it completed a step.
func (s *Scene) trainPiece(left time.Duration) bool {
	if p := s.tr.Phase(); p != s.pace.phase {
		// A select network's rows cost about five times more once its
		// families mix than in the full phase, where each trains alone.
		s.pace.phase = p
		s.pace.fwd.restart(firstRowCost)
		s.pace.bwd.restart(firstRowCost)
		s.pace.eval.restart(firstRowCost)
	}
	whole, rows := s.tr.NextPieceWhole(), s.rowCost()
	t0 := time.Now()
	done, stepped, _ := s.tr.Work(rows.size(left, minRows))
	took := time.Since(t0)
	if whole {
		forget(&s.pace.whole, took)
	} else {
		rows.observe(took, done)
	}
	if stepped {
		s.pace.mlpOwed = s.mlp != nil
		s.pace.measure = s.tr.Steps()%firstStride == 0
	}
	return stepped
}

// owed runs one piece of the work a completed step left (the MLP's step,
// then the measurement) and reports whether there was any.
func (s *Scene) owed(left time.Duration) bool {
	switch {
	case s.pace.mlpOwed:
		s.pace.mlpOwed = false
		if s.mlp != nil {
			t0 := time.Now()
			s.mlp.Step()
			forget(&s.pace.mlp, time.Since(t0))
		}
	case s.pace.measure:
		if s.measurePiece(left) {
			s.pace.measure = false
		}
	default:
		return false
	}
	return true
}

// measurePiece runs one piece of the metrics' evaluation, sized to left;
// when it completes, the readout and the history take the metrics (and
// the MLP's, evaluated then whole). It reports whether the metrics are
// current.
func (s *Scene) measurePiece(left time.Duration) bool {
	t0 := time.Now()
	done, current := s.tr.Measure(s.pace.eval.size(left, minRows))
	s.pace.eval.observe(time.Since(t0), done)
	if current {
		s.sample()
	}
	return current
}

// sample takes the trainer's current metrics into the readout and, at the
// history's stride, into the history.
func (s *Scene) sample() {
	s.shown = shown{step: s.tr.Steps(), trainRMSE: s.tr.TrainRMSE(), testRMSE: s.tr.TestRMSE(),
		trainAcc: s.tr.TrainAccuracy(), testAcc: s.tr.TestAccuracy()}
	if s.mlp != nil {
		s.shown.mlpTrain, s.shown.mlpTest = s.mlp.TrainRMSE(), s.mlp.TestRMSE()
	}
	s.hist.record(s)
}

// catchUp does, within budget, the pieces owed after the last step and,
// when no training ran in this Update (paused, or the steps asked for are
// done), brings the readout up to the current parameters. It returns the
// time left.
func (s *Scene) catchUp(budget time.Duration) time.Duration {
	start := time.Now()
	idle := !s.pace.stepped
	s.pace.stepped = false
	for {
		left := budget - time.Since(start)
		switch {
		case s.pace.mlpOwed || s.pace.measure:
			if !s.nextFits(left) {
				return max(left, 0)
			}
			s.owed(left)
			continue
		case !idle || s.tr.Err() != nil:
			return max(left, 0)
		}
		if _, current := s.tr.Measure(0); current {
			s.sample() // cached: costs nothing
			return max(left, 0)
		}
		if !s.pace.eval.fits(left, minRows) {
			return max(left, 0)
		}
		s.measurePiece(left)
	}
}

// shown is the readout's copy of the metrics, from the last measurement.
type shown struct {
	step                int
	trainRMSE, testRMSE float64
	trainAcc, testAcc   float64
	mlpTrain, mlpTest   float64
}

// refresh measures the current parameters at once (after a reset or an
// action, which the user waits for anyway) so the readout shows them; the
// comparison MLP first catches up with a step an action finished.
func (s *Scene) refresh() {
	for s.mlp != nil && s.mlp.Steps() < s.tr.Steps() && s.mlp.Step() == nil {
	}
	s.pace.mlpOwed, s.pace.measure = false, false
	s.tr.TrainRMSE()
	s.sample()
}
