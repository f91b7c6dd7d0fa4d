package kan

import (
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
// leaves the network's training loss lowest (keepMix; for good: a pruned
// gate cannot return to mixing, and earlier phases are refused). The
// optimiser state is reset; in phase prune the learning rate then warms
// up over PruneWarmup steps. Networks of one family refuse every phase
// but full.
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
	for _, l := range t.net.layers {
		if g := l.gate; g != nil {
			g.learn = p == PhaseSelective
			clear(g.glogit)
		}
	}
	if p == PhasePrune {
		// The kept families are refitted to the mix on the training set;
		// should a fit fail, the nodes stay plainly pruned (keepMix).
		_ = t.net.keepMix(t.x, t.y, len(t.y))
	}
	t.phase = p
	t.warm = 0
	t.newUpdaters()
	t.version++
	return nil
}

// schedulePhase applies TrainConfig's phase schedule before a step.
func (t *Trainer) schedulePhase() {
	c := t.cfg
	if t.net.cfg.Basis != Select || (c.SelectFull == 0 && c.SelectSelective == 0) || t.phase == PhasePrune {
		return
	}
	want := PhaseFull
	switch {
	case t.steps >= c.SelectFull+c.SelectSelective:
		want = PhasePrune
	case t.steps >= c.SelectFull:
		want = PhaseSelective
	}
	if want > t.phase {
		_ = t.SetPhase(want) // forward moves of a Select network never fail
	}
	if t.phase == PhaseSelective && c.SelectSelective > 0 {
		// Anneal τ down over the selective phase (gate.temp).
		heat := float64(t.steps-c.SelectFull) / float64(c.SelectSelective)
		for _, l := range t.net.layers {
			if g := l.gate; g != nil {
				g.heat = heat
			}
		}
	}
}

// PruneWarmup is the length in steps of the prune phase's learning-rate
// warm-up: the fine-tuning after the switch to one family per node starts
// at 1/PruneWarmup of the rate in use and rises linearly to all of it.
// Our design of the prune phase: the switch gives every kept parameter a
// fresh Adam state, whose first step moves each of them by the full
// learning rate whatever its gradient, and on a network of several layers
// those moves together undo the refit (keepMix) that kept the function
// (test RMSE of expsin [2,5,1], seed 1: 0.045 before, 3.8 one full step
// after); the warm-up lets Adam's moment estimates settle before the
// steps grow.
const PruneWarmup = 100

// warmup returns the factor the prune phase's warm-up puts on the
// learning rate of the next step (1 outside it) and counts the step.
func (t *Trainer) warmup() float64 {
	if t.phase != PhasePrune || t.warm >= PruneWarmup {
		return 1
	}
	t.warm++
	return float64(t.warm) / PruneWarmup
}
