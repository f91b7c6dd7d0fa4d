package kan

import (
	"math"
	"strconv"

	"bioplay/models/learn"
)

// Phase is a Select network's training phase (spec B.13; our
// implementation of S-KAN's full → selective → pruning schedule).
type Phase int

// The phases, in order.
const (
	PhaseFull      Phase = iota // uniform mix, gate logits frozen, all families train
	PhaseSelective              // gate logits train with the families
	PhasePrune                  // each node keeps one family, refitted to its mix; fine-tuning
)

var phaseNames = []string{"full", "selective", "prune"}

// String returns "full", "selective" or "prune".
func (p Phase) String() string {
	if p >= 0 && int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return "phase(" + strconv.Itoa(int(p)) + ")"
}

// Phase returns the Select network's current phase (PhaseFull for other
// networks, which have no gate).
func (t *Trainer) Phase() Phase { return t.phase }

// SetPhase moves a Select network to phase p: full freezes the logits,
// selective trains them, prune fixes every node to one family, refitted
// to keep the node's mixed function on the training set, the family that
// leaves the network's training loss lowest (keepmix.go; for good: a pruned
// gate cannot return to mixing, and earlier phases are refused). Leaving
// the full phase first refits every family to the leading family's own
// network (solo.go). The optimiser state is reset and the learning rate
// then warms up over PhaseWarmup steps. Networks of one family refuse
// every phase but full. A full-phase step under way is finished first.
func (t *Trainer) SetPhase(p Phase) error {
	gated := t.net.cfg.Basis == Select
	bad := func(reason string) error {
		return &learn.ConfigError{Field: "phase", Value: p.String(), Reason: reason}
	}
	switch {
	case p < PhaseFull || p > PhasePrune:
		return bad("is not one of full, selective, prune")
	case !gated && p != PhaseFull:
		return bad("needs basis select")
	case t.phase == PhasePrune && p != PhasePrune:
		return bad("cannot follow prune: the other families are gone")
	case p == t.phase:
		return nil
	}
	t.settle()
	if t.solo != nil {
		for t.solo.busy && t.err == nil {
			t.workSolo(math.MaxInt) // finish the full-phase step under way
		}
	}
	// A fit that fails leaves the families their own functions (leaving
	// the full phase) or the nodes plainly pruned (entering prune).
	j := t.beginSwitch(p)
	for !j.piece(t.net) {
	}
	t.finishSwitch(j)
	return nil
}

// duePhase returns the phase TrainConfig's schedule wants before the
// next step (the current one when there is no schedule).
func (t *Trainer) duePhase() Phase {
	c := t.cfg
	if t.net.cfg.Basis != Select || (c.SelectFull == 0 && c.SelectSelective == 0) {
		return t.phase
	}
	switch {
	case t.steps >= c.SelectFull+c.SelectSelective:
		return PhasePrune
	case t.steps >= c.SelectFull:
		return max(t.phase, PhaseSelective)
	}
	return t.phase
}

// schedulePiece runs one piece of the phase schedule before a step: it
// starts a switch the schedule has come to, runs one piece of a switch in
// progress, and once none is left anneals τ over the selective phase. It
// reports whether the schedule is done for this step.
func (t *Trainer) schedulePiece() bool {
	if t.sw == nil {
		if want := t.duePhase(); want > t.phase {
			t.sw = t.beginSwitch(want)
		}
	}
	if t.sw != nil {
		if !t.sw.piece(t.net) {
			return false
		}
		t.finishSwitch(t.sw)
		t.sw = nil
	}
	c := t.cfg
	if t.phase == PhaseSelective && c.SelectSelective > 0 {
		// Anneal τ down over the selective phase (gate.temp).
		heat := float64(t.steps-c.SelectFull) / float64(c.SelectSelective)
		for _, l := range t.net.layers {
			if g := l.gate; g != nil {
				g.heat = heat
			}
		}
	}
	return true
}

// PhaseWarmup is the length in steps of the learning-rate warm-up after
// each switch of a Select network's phase (to selective, to prune): the
// training after it starts at 1/PhaseWarmup of the rate in use and rises
// linearly to all of it. Our design: a switch refits the families
// (switchJob) and gives every parameter a fresh Adam state, whose
// first step moves each of them by the full learning rate whatever its
// gradient, and on a network of several layers those moves together undo
// the refit (test RMSE of expsin [2,5,1], seed 1: 0.045 before the prune
// switch, 3.8 one full step after; exp4d [4,4,2,1], seed 3: 0.27 at the
// selective switch, 384 a hundred full steps later); the warm-up lets
// Adam's moment estimates settle before the steps grow.
const PhaseWarmup = 100

// warmup returns the factor a phase's warm-up puts on the learning rate
// of the next step (1 outside it) and counts the step.
func (t *Trainer) warmup() float64 {
	if t.phase == PhaseFull || t.warm >= PhaseWarmup {
		return 1
	}
	t.warm++
	return float64(t.warm) / PhaseWarmup
}
