package kan

import (
	"math"
	"testing"

	"bioplay/models/learn"
)

// every returns 0, 1, …, n−1.
func every(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// In the full phase every family of a Select network trains as its own
// network (solo.go, our design of spec B.13 phase 1): after K steps each
// family's layers hold exactly the parameters a one-family Trainer reaches
// from a copy of them with the same data, configuration and seed, and the
// network computes the leader's function, the leader being the family
// whose last step saw the lowest loss.
func TestSoloFamiliesTrainApart(t *testing.T) {
	const K = 30
	tr, te, err := MakeData("expsin", 200, 50, 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(Config{Shape: []int{2, 3, 1}, Grid: 5, Order: 3, Loss: learn.MSE, Basis: Select}, 3)
	if err != nil {
		t.Fatal(err)
	}
	c := DefaultTrainConfig()
	c.SelectFull, c.SelectSelective = 0, 0 // phases by hand: the full phase lasts
	var alone []*Trainer
	for m, f := range n.layers[0].gate.fams {
		cfg := n.cfg
		cfg.Basis = f
		fn := &Network{cfg: cfg, row: make([]float64, 2)}
		for _, l := range n.layers {
			s := l.gate.subs[m]
			fn.layers = append(fn.layers, s.subset(every(s.in), every(s.out)))
		}
		x, err := NewTrainer(fn, tr, te, c, 3)
		if err != nil {
			t.Fatal(err)
		}
		alone = append(alone, x)
	}
	x, err := NewTrainer(n, tr, te, c, 3)
	if err != nil {
		t.Fatal(err)
	}
	for range K {
		if err := x.Step(); err != nil {
			t.Fatal(err)
		}
		for _, a := range alone {
			if err := a.Step(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if x.Phase() != PhaseFull || x.Steps() != K {
		t.Fatalf("phase %v after %d steps, want full after %d", x.Phase(), x.Steps(), K)
	}
	lead, low := 0, math.Inf(1)
	for m, a := range alone {
		for li, l := range n.layers {
			s, want := l.gate.subs[m], a.net.layers[li]
			for k, g := range s.groups() {
				for i, v := range g[0] {
					if w := want.groups()[k][0][i]; math.Float64bits(v) != math.Float64bits(w) {
						t.Fatalf("family %v, layer %d, group %d, parameter %d: %v in the Select network, %v alone", a.net.cfg.Basis, li, k, i, v, w)
					}
				}
			}
		}
		if v := a.Loss(); v < low {
			lead, low = m, v
		}
	}
	f, ok := x.Leader()
	if !ok || f != SelectFamilies()[lead] {
		t.Fatalf("leader %v (%v), want %v", f, ok, SelectFamilies()[lead])
	}
	got, want := n.Forward(x.x, len(x.y)), alone[lead].net.Forward(x.x, len(x.y))
	for s := range got {
		if got[s] != want[s] {
			t.Fatalf("sample %d: the network gives %v, its leader %v alone %v", s, got[s], f, want[s])
		}
	}
	if x.TrainRMSE() != alone[lead].TrainRMSE() {
		t.Errorf("train RMSE %v, the leader's alone %v", x.TrainRMSE(), alone[lead].TrainRMSE())
	}
	if _, err := x.Prune(0.01); err == nil {
		t.Error("Prune in the full phase: no error")
	}
	if err := x.Refine(10); err == nil {
		t.Error("Refine in the full phase: no error")
	}
	// Leaving the full phase refits every family to the leader: the mix
	// the selective phase starts from is about the leader's function.
	before := append([]float64(nil), got...)
	if err := x.SetPhase(PhaseSelective); err != nil {
		t.Fatal(err)
	}
	if _, ok := x.Leader(); ok {
		t.Error("a leader after the full phase")
	}
	after := n.Forward(x.x, len(x.y))
	var dev, scale float64
	for s := range after {
		dev = max(dev, math.Abs(after[s]-before[s]))
		scale = max(scale, math.Abs(before[s]))
	}
	t.Logf("leader %v; max |Δŷ| at the switch %.3g (output scale %.3g)", f, dev, scale)
	if !(dev < 0.05*scale) {
		t.Errorf("the switch moved the output by up to %.3g, want < 5%% of %.3g", dev, scale)
	}
}

// A phase switch runs in pieces of at most one family's refit of one
// input node or one candidate's score (switchjob.go), so the page can
// spread it over frames: [2,5,1] has 5·(2+5) fits and 5·(5+1) choices.
func TestSwitchInPieces(t *testing.T) {
	x := selectTrainer(t, []int{2, 5, 1}, 300, 0, 1)
	for _, to := range []Phase{PhaseSelective, PhasePrune} {
		for range 5 {
			if err := x.Step(); err != nil {
				t.Fatal(err)
			}
		}
		j := x.beginSwitch(to)
		pieces := 1
		for !j.piece(x.net) {
			pieces++
		}
		x.finishSwitch(j)
		want := 5 * (2 + 5) // the fits
		if to == PhasePrune {
			want += 5 * (5 + 1) // the choices
		}
		t.Logf("to %v: %d pieces", to, pieces)
		if pieces < want {
			t.Errorf("to %v: %d pieces, want at least %d", to, pieces, want)
		}
		if x.Phase() != to {
			t.Errorf("phase %v, want %v", x.Phase(), to)
		}
	}
}

// NextPieceWhole says beforehand whether Work's next piece is a grid
// update's or a phase switch's (the pieces rows does not bound), through
// the full phase's families, both switches and the grid updates after
// them: it is true exactly when the trainer (or the family stepping) is
// in a grid update or a switch before or after the piece.
func TestNextPieceWhole(t *testing.T) {
	x := selectTrainer(t, []int{2, 3, 1}, 200, 12, 2)
	inWhole := func() bool {
		if x.sw != nil || x.step.at == stageGrid {
			return true
		}
		if s := x.solo; s != nil && s.cur < len(s.trs) {
			return s.trs[s.cur].step.at == stageGrid
		}
		return false
	}
	wholes := 0
	for x.Steps() < 40 {
		want, before := x.NextPieceWhole(), inWhole()
		if _, _, err := x.Work(50); err != nil {
			t.Fatal(err)
		}
		if got := before || inWhole(); got != want {
			t.Fatalf("step %d, phase %v: NextPieceWhole %v, but the piece was whole: %v", x.Steps(), x.Phase(), want, got)
		}
		if want {
			wholes++
		}
	}
	t.Logf("%d whole pieces in 40 steps", wholes)
	if wholes == 0 {
		t.Error("no grid-update or switch piece in 40 steps")
	}
}

// NextPieceBackward names exactly the pieces that are row ranges of a
// backward pass, in every phase of a Select network (the full phase's
// pieces belong to the families' own trainers): with 200 rows in pieces of
// 50, every network's step has four forward then four backward pieces, so
// the row pieces come in that order, and the 12 full-phase steps have
// 5·12·4 of each, the 12 selective ones 12·4 and the first 16 pruned ones
// 16·4.
func TestNextPieceBackward(t *testing.T) {
	x := selectTrainer(t, []int{2, 3, 1}, 200, 12, 2)
	forward, backward := map[Phase]int{}, map[Phase]int{}
	rowPieces := 0
	for x.Steps() < 40 {
		phase, whole, back := x.Phase(), x.NextPieceWhole(), x.NextPieceBackward()
		done, _, err := x.Work(50)
		if err != nil {
			t.Fatal(err)
		}
		if done > 0 {
			if wantBack := rowPieces%8 >= 4; back != wantBack {
				t.Fatalf("step %d: row piece %d of its step flagged backward %v; the 5th to 8th are", x.Steps(), rowPieces%8+1, back)
			}
			rowPieces++
		}
		switch {
		case back && (whole || done != 50):
			t.Fatalf("step %d: a backward piece that is whole (%v) or did %d rows, not 50", x.Steps(), whole, done)
		case back:
			backward[phase]++
		case done > 0:
			forward[phase]++
		}
	}
	want := map[Phase]int{PhaseFull: 240, PhaseSelective: 48, PhasePrune: 64}
	for p, n := range want {
		if forward[p] != n || backward[p] != n {
			t.Errorf("phase %v: %d forward and %d backward pieces; want %d of each", p, forward[p], backward[p], n)
		}
	}
}

// selectTrainer returns a trainer of a Select network of shape (G = 5) on
// rows points of expsin, with phases full and selective of phase steps
// each, from seed.
func selectTrainer(t *testing.T, shape []int, rows, phase int, seed uint64) *Trainer {
	t.Helper()
	tr, te, err := MakeData("expsin", rows, 10, 0, seed)
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(Config{Shape: shape, Grid: 5, Order: 3, Loss: learn.MSE, Basis: Select}, seed)
	if err != nil {
		t.Fatal(err)
	}
	c := DefaultTrainConfig()
	c.SelectFull, c.SelectSelective = phase, phase
	x, err := NewTrainer(n, tr, te, c, seed)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
