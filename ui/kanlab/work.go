//go:build js && wasm

package kanlab

import (
	"time"

	"bioplay/models/kan"
)

// The KAN lab's model work is done in pieces, each checked against the
// frame's budget before it starts, so one Update overruns its budget by at
// most one piece (design.md: ≤ 4 ms of model work per frame). The pieces:
// the trainer's (kan.Trainer.Work: row ranges of the forward and backward
// passes, sized from the measured cost of a row; one node's refit of a
// grid update or one piece of a phase switch, which rows do not bound and
// which wait for the next frame when less time is left than the dearest
// such piece lately took), one step of the comparison MLP after
// each KAN step (a whole step: not sliced, though with its parameter count
// matched to a select network's it takes about 7 ms in wasm), and the
// metrics' evaluation (kan.Trainer.Measure, row ranges too), which after every
// firstStride-th step runs before training goes on, so the readout and
// the RMSE history show a step's metrics. A step left unfinished goes on
// in the next frame. Training leaves the last viewShare of its budget to
// Background's edge curves and prediction map.

// pace is the lab's bookkeeping of its pieces.
type pace struct {
	perRow  time.Duration // measured cost of a training row (forward or backward)
	perEval time.Duration // measured cost of an evaluated row
	mlpOwed bool          // the comparison MLP has yet to take the KAN's last step
	measure bool          // a measurement waits before training goes on
	phase   kan.Phase     // the phase the row cost was measured in
	whole   time.Duration // the dearest recent piece rows do not bound (kan.Trainer.NextPieceWhole)
	stepped bool          // Step ran in this Update (Background then leaves the readout alone)
}

// viewShare is the part of Step's budget it leaves unused, so the views
// Background refreshes keep moving while the model trains flat out. Our
// choice: an eighth (0.5 ms of a 4 ms budget), at most a sixth of the
// prediction map's rows per frame in select mode.
const viewShare = 8

// firstRowCost is the cost of a training row assumed before any is
// measured. Our choice: about a select network's in wasm (20 µs), so the
// first pieces are small rather than long.
const firstRowCost = 20 * time.Microsecond

// minRows is the smallest piece of rows, so a frame with little time left
// still makes progress. Our choice: 32 rows, about 0.3 ms in wasm for
// select [2,5,1].
const minRows = 32

// rowsFor returns the rows a piece may have to fit into left at per each.
func rowsFor(left, per time.Duration) int {
	return max(minRows, int(left/max(per, time.Microsecond/10)))
}

// learnCost folds a piece's measured cost per row into est: at once when
// it is higher, by a sixteenth when lower. Our choice: the estimate stays
// near the dearer kind of row (a select network's forward rows cost about
// twice its backward rows), so a piece sized from it rarely overruns, and
// a piece that ends early leaves the frame's time to the next one.
func learnCost(est *time.Duration, took time.Duration, rows int) {
	if rows <= 0 {
		return
	}
	per := took / time.Duration(rows)
	if per >= *est {
		*est = per
		return
	}
	*est -= (*est - per) / 16
}

// Step trains until n more steps are done (the MLP too in compare mode),
// in pieces, while budget lasts; it returns the steps completed, which
// may include one begun in an earlier frame.
func (s *Scene) Step(n int, budget time.Duration) int {
	start := time.Now()
	s.pace.stepped = true
	steps := 0
	for first := true; steps < n && s.tr.Err() == nil; first = false {
		left := budget - budget/viewShare - time.Since(start)
		if !first && left <= 0 {
			break
		}
		if s.owed(left) {
			continue
		}
		if !first && s.tr.NextPieceWhole() && left < s.pace.whole {
			break // a grid-update or switch piece would overrun: next frame
		}
		if s.trainPiece(left) {
			steps++
		}
	}
	return steps
}

// trainPiece runs one of the trainer's pieces, sized to left, and reports
// whether it completed a step.
func (s *Scene) trainPiece(left time.Duration) bool {
	if p := s.tr.Phase(); p != s.pace.phase {
		// A select network's rows cost about five times more once its
		// families mix than in the full phase, where each trains alone.
		s.pace.phase = p
		s.pace.perRow = max(s.pace.perRow, firstRowCost)
	}
	whole := s.tr.NextPieceWhole()
	t0 := time.Now()
	done, stepped, _ := s.tr.Work(rowsFor(left, s.pace.perRow))
	took := time.Since(t0)
	learnCost(&s.pace.perRow, took, done)
	if whole {
		// The dearest such piece lately, forgotten by a sixteenth a piece.
		s.pace.whole = max(took, s.pace.whole-s.pace.whole/16)
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
			s.mlp.Step()
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
	done, current := s.tr.Measure(rowsFor(left, s.pace.perEval))
	learnCost(&s.pace.perEval, time.Since(t0), done)
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
		if left <= 0 {
			return 0
		}
		if s.owed(left) {
			continue
		}
		if !idle || s.tr.Err() != nil {
			return left
		}
		if _, current := s.tr.Measure(0); current {
			s.sample() // cached: costs nothing
			return left
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
