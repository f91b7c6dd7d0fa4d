package kan

import (
	"fmt"
	"math"

	"bioplay/models/learn"
)

// solo is a Select network's full phase (spec B.13 phase 1; our design):
// every family trains as its own one-family KAN, side by side, and the
// gated network shows the one whose training loss is lowest, the leader.
// At the switch to the selective phase the leader becomes the backbone:
// every other family is refitted to it, node by node, so the uniform mix
// the gate then starts from is about the leader's function (switchJob).
//
// Why not a uniform mix from the first step, as the spec's sketch has it:
// a mix trains like the average of its families, and where one family is
// far better than the others the average lands in the others' basins.
// tanh3d [3,2,1] over seeds 1–10: B-spline alone ends at test RMSE 0.0055
// (mean), the mix-from-the-start Select at 0.052, with two seeds stuck at
// 0.22 from step 20 on; trained side by side first, Select ends at 0.012.
// A solo step costs what a mixed step costs: every family runs once.
//
// The families' networks share their layers with the gated network's
// sub-layers, so the gated network always holds their parameters; each
// has its own Trainer (grid-update schedule, optimiser state, NaN pause).
type solo struct {
	trs  []*Trainer // per family, in SelectFamilies order
	lead int        // the family with the lowest last training loss
	cur  int        // the family whose step is under way or next
	busy bool       // a step is under way
}

// newSolo gives each family of the gated network n its own network over
// the shared sub-layers and a Trainer with configuration c on the same
// training set and seed (no test set: the metrics are the gated
// network's).
func newSolo(n *Network, train []Sample, c TrainConfig, seed uint64) (*solo, error) {
	s := &solo{}
	for _, l := range n.layers {
		l.gate.lead = 0 // until the first step names a leader
		l.gate.weights()
	}
	for m, f := range n.layers[0].gate.fams {
		cfg := n.cfg
		cfg.Basis = f
		fn := &Network{cfg: cfg, row: make([]float64, cfg.Shape[0])}
		for _, l := range n.layers {
			fn.layers = append(fn.layers, l.gate.subs[m])
		}
		tr, err := NewTrainer(fn, train, nil, c, seed)
		if err != nil {
			return nil, err
		}
		s.trs = append(s.trs, tr)
	}
	return s, nil
}

// workSolo is Work in the full phase: between steps the phase schedule
// may end the phase (a switch, switchjob.go, in pieces); otherwise one piece of
// the next family's own step, and the piece that finishes the last
// family's step ends the network's (finishSolo). A family stopped on a
// NaN drops out (the switch refits it like the others); training pauses only
// when every family has stopped.
func (t *Trainer) workSolo(rows int) (int, bool, error) {
	s := t.solo
	if s.cur == 0 && !s.busy && t.duePhase() > PhaseFull {
		t.sw = t.beginSwitch(t.duePhase())
		return 0, false, t.switchPiece()
	}
	for s.cur < len(s.trs) && s.trs[s.cur].Err() != nil {
		s.cur++
	}
	done := 0
	if s.cur < len(s.trs) {
		var stepped bool
		var err error
		done, stepped, err = s.trs[s.cur].Work(rows)
		s.busy = true
		if !stepped && err == nil {
			return done, false, nil
		}
		s.cur++
		if s.cur < len(s.trs) {
			return done, false, nil
		}
	}
	return done, t.finishSolo() == nil, t.err
}

// finishSolo ends a full-phase step: the leader is the family whose step
// saw the lowest loss, the gated network shows it (its recorded |φ| and
// input ranges too), and the step counts. With every family stopped it
// pauses training with the first family's error.
func (t *Trainer) finishSolo() error {
	s := t.solo
	s.cur, s.busy = 0, false
	var first error
	lead, low := -1, math.Inf(1)
	for m, tr := range s.trs {
		if err := tr.Err(); err != nil {
			if first == nil {
				first = fmt.Errorf("family %v: %w", tr.net.cfg.Basis, err)
			}
			continue
		}
		if v := tr.Loss(); v < low {
			lead, low = m, v
		}
	}
	if lead < 0 {
		t.err = first
		return t.err
	}
	s.lead = lead
	for _, l := range t.net.layers {
		g := l.gate
		g.lead = lead
		g.weights()
		sub := g.subs[lead]
		copy(l.mag, sub.mag)
		copy(l.lo, sub.lo)
		copy(l.hi, sub.hi)
	}
	t.loss = low
	t.steps++
	t.stage++
	t.version++
	return nil
}

// resetEdges gives every edge of l the spline 0 and w_s = 1, and a
// non-finite w_b 0.
func resetEdges(l *layer) {
	clear(l.coef)
	for e := range l.ws {
		l.ws[e] = 1
		if !finite(l.wb[e]) {
			l.wb[e] = 0
		}
	}
}

// soloBusy is the error of an action a Select network cannot take in its
// full phase, when its families are separate networks.
func (t *Trainer) soloBusy(what string) error {
	if t.solo == nil {
		return nil
	}
	return &learn.ConfigError{Field: "phase", Value: PhaseFull.String(),
		Reason: fmt.Sprintf("cannot %s: in the full phase every family trains as its own network; %s works from the selective phase on (step %d, or set the phase)", what, what, t.cfg.SelectFull)}
}

// mixing reports whether n is a Select network none of whose nodes has
// chosen a family or has a leader: one that has not trained yet.
func (n *Network) mixing() bool {
	for _, l := range n.layers {
		g := l.gate
		if g == nil || g.lead >= 0 {
			return false
		}
		for _, c := range g.chosen {
			if c >= 0 {
				return false
			}
		}
	}
	return len(n.layers) > 0
}

// Leader returns, in a Select network's full phase, the family whose own
// network leads (the one the network shows), and false otherwise.
func (t *Trainer) Leader() (Basis, bool) {
	if t.solo == nil {
		return 0, false
	}
	return t.net.layers[0].gate.fams[t.solo.lead], true
}

// switchPiece runs one piece of the phase switch in progress and, with
// its last, makes the new phase the trainer's.
func (t *Trainer) switchPiece() error {
	t.version++
	if t.sw.piece(t.net) {
		t.finishSwitch(t.sw)
		t.sw = nil
	}
	return t.err
}
