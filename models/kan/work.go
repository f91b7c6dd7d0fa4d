package kan

import (
	"fmt"
	"math"
)

// stepWork is the optimiser step in progress, kept between the pieces
// Trainer.Work runs. A step's pieces, in Step's order:
//
//	start     draw the mini-batch, check the parameters, see whether the
//	          grid update is due (done at the start of the first piece)
//	grid      the scheduled grid update, one node's refit or a row range
//	          of a layer's forward pass per piece (gridjob.go)
//	phase     a Select network's phase schedule (t.schedulePiece), a piece
//	          in its piece: the switch to the prune phase refits
//	forward   a row range of the recorded forward pass through every layer
//	backward  a row range of the backward pass, from the last layer to the
//	          first; the first range starts with the loss and the sparsity
//	          penalty (which needs every row's magnitudes), the last ends
//	          with the NaN checks and the parameter update
type stepWork struct {
	at   workStage
	x, y []float64 // the step's batch: the training set or a drawn mini-batch
	b    int
	row  int // the next row of the forward or backward pass
	loss float64
	grid gridJob
}

// workStage is where the step in progress stands.
type workStage int

const (
	stageIdle workStage = iota // no step under way: the next piece starts one
	stageGrid
	stagePhase
	stageForward
	stageBackward
)

// Work advances training by one piece of at most rows sample-rows (at
// least one) of forward or backward work, or one bounded piece of a
// scheduled grid update, or the phase schedule, so the page can spread a
// step over frames; Step is Work until the step is done. Any sequence of
// pieces gives the bits Step gives: the same parameters, loss, metrics,
// errors and NaN pauses. It returns the rows of forward or backward work
// done (0 for the other pieces, so a caller can time a row), whether this
// piece ended the step (Steps() grew), and the error that paused
// training, if any (Step's). Slicing allocates nothing: a step's pieces
// allocate what Step allocates.
//
// Between pieces the network may be read (drawn, Forward, Predict, the
// metrics) but must not be changed except through the Trainer, whose
// changing methods first finish the step in progress (SetConfig instead
// takes effect when it ends; SetPhase does neither yet, so call it between
// steps).
func (t *Trainer) Work(rows int) (done int, stepped bool, err error) {
	if t.err != nil {
		return 0, false, t.err
	}
	rows = max(rows, 1)
	if t.sw != nil && t.step.at == stageIdle {
		return 0, false, t.switchPiece()
	}
	if t.solo != nil {
		return t.workSolo(rows)
	}
	w := &t.step
	if w.at == stageIdle {
		if err := t.startStep(); err != nil {
			return 0, false, err
		}
	}
	switch w.at {
	case stageGrid:
		fin, err := w.grid.piece(rows)
		t.version++ // the layers committed so far changed
		if err != nil {
			t.err = fmt.Errorf("step %d: grid update: %v; training paused", t.steps+1, err)
			t.endStep()
			return 0, false, t.err
		}
		if fin {
			w.at = stagePhase
		}
	case stagePhase:
		if !t.schedulePiece() {
			t.version++ // a switch in progress changed the network
			return 0, false, nil
		}
		if t.net.cfg.Basis == Select {
			t.version++ // the schedule anneals the gate's temperature
		}
		t.net.lambda = t.cfg.Lambda
		w.at, w.row = stageForward, 0
	case stageForward:
		if w.row == 0 {
			t.net.beginForward(&t.work, w.x, w.b, true)
		}
		to := w.row + min(rows, w.b-w.row)
		t.net.forwardRows(&t.work, w.row, to, true)
		done, w.row = to-w.row, to
		if to == w.b {
			t.net.endForward(&t.work, w.b, true)
			w.at, w.row = stageBackward, 0
		}
	case stageBackward:
		if w.row == 0 {
			w.loss = t.net.lossGrad(&t.work, w.y, w.b, true)
			t.net.beginBackward(&t.work)
		}
		to := w.row + min(rows, w.b-w.row)
		t.net.backwardRows(&t.work, w.row, to, nil)
		done, w.row = to-w.row, to
		if to == w.b {
			steps := t.steps
			err := t.finishStep()
			t.endStep()
			return done, t.steps > steps, err
		}
	}
	return done, false, nil
}

// startStep begins a step: the batch, the parameter check and the grid
// schedule; an error pauses training.
func (t *Trainer) startStep() error {
	w := &t.step
	w.x, w.y, w.b = t.x, t.y, len(t.y)
	if bs := t.cfg.Batch; bs > 0 && bs < w.b {
		w.x, w.y, w.b = t.batches.next(t.x, t.y, t.dim, bs)
	}
	if e := t.net.findNonFinite(false); e != nil {
		t.endStep()
		return t.pause(e) // set from outside, or left by a failed step
	}
	w.at = stagePhase
	if t.cfg.GridUpdate && t.stage < t.cfg.GridUntil && t.stage%t.cfg.GridEvery == 0 {
		w.grid.start(t.net, w.x, w.b, updatePlace)
		w.at = stageGrid
	}
	return nil
}

// finishStep ends a step whose backward pass is done: the checks that the
// loss and every gradient are finite, the update of each parameter group
// and the check of the new parameters (see Step).
func (t *Trainer) finishStep() error {
	w := &t.step
	t.loss = w.loss
	if !finite(w.loss) {
		e := t.net.findNonFiniteActivation(&t.work, w.b)
		if e == nil {
			e = &NaNError{What: "loss", Layer: -1, In: -1, Out: -1, Value: w.loss}
		}
		return t.pause(e)
	}
	if e := t.net.findNonFinite(true); e != nil {
		return t.pause(e)
	}
	lr := t.rate() * t.warmup()
	k := 0
	for _, l := range t.net.layers {
		for _, pg := range l.groups() {
			t.upd[k].Step(pg[0], pg[1], lr)
			k++
		}
	}
	t.steps++
	t.stage++
	t.version++
	if e := t.net.findNonFinite(false); e != nil {
		e.Step = t.steps
		t.err = e
		return e
	}
	return nil
}

// endStep leaves the step in progress behind and applies a configuration
// SetConfig received during it.
func (t *Trainer) endStep() {
	t.step.at = stageIdle
	t.step.x, t.step.y = nil, nil
	if t.pending {
		t.pending = false
		t.applyConfig(t.next)
	}
}

// settle finishes the step in progress, if any, as Step would, so that a
// change of the network or of the trainer's state happens between steps.
func (t *Trainer) settle() {
	for (t.step.at != stageIdle || t.sw != nil) && t.err == nil {
		t.Work(math.MaxInt)
	}
}

// NextPieceBackward reports whether the next piece Work runs is a row
// range of a backward pass. A caller that sizes row pieces from their
// measured cost can keep one cost per pass: a row of the backward pass
// costs a quarter to a half of a row of the forward pass (Select [2,5,1],
// natively: 0.13–0.17 against 0.39–0.55 µs in the full phase, 0.93
// against 2.1 µs in the selective one).
func (t *Trainer) NextPieceBackward() bool {
	switch {
	case t.err != nil, t.sw != nil:
		return false
	case t.solo != nil:
		tr, switching := t.soloNext()
		return !switching && tr != nil && tr.NextPieceBackward()
	}
	return t.step.at == stageBackward
}

// soloNext returns, in the full phase, the family trainer whose piece
// Work runs next (nil if every family stopped), or switching if the next
// piece begins the switch out of the full phase instead.
func (t *Trainer) soloNext() (tr *Trainer, switching bool) {
	s := t.solo
	if s.cur == 0 && !s.busy && t.duePhase() > PhaseFull {
		return nil, true
	}
	for _, tr := range s.trs[s.cur:] {
		if tr.Err() == nil {
			return tr, false
		}
	}
	return nil, false
}

// NextPieceWhole reports whether the next piece Work runs is one whose
// size rows does not bound: a node's refit of a grid update or a piece of
// a phase switch (both about a millisecond natively at the defaults). A
// caller with little time left in a frame can leave such a piece for the
// next one, while it can always size a row piece to the time it has.
func (t *Trainer) NextPieceWhole() bool {
	switch {
	case t.err != nil:
		return false
	case t.sw != nil:
		return true
	case t.solo != nil:
		tr, switching := t.soloNext()
		return switching || tr != nil && tr.NextPieceWhole()
	}
	switch t.step.at {
	case stageIdle:
		c := t.cfg
		return c.GridUpdate && t.stage < c.GridUntil && t.stage%c.GridEvery == 0 || t.duePhase() > t.phase
	case stageGrid:
		return true
	case stagePhase:
		return t.duePhase() > t.phase
	}
	return false
}
