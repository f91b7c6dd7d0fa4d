package kan

import (
	"math"
	"math/rand/v2"

	"bioplay/models/learn"
)

// gate makes a layer selectable (spec B.13; our implementation of the
// S-KAN idea of Yang et al., arXiv 2408.08338, not the authors' code,
// which is not public): one sub-layer per candidate family, all fed the
// same inputs, and per output node j logits α_{j,m} whose softmax
//
//	a_{j,m} = exp(α_{j,m}/τ) / Σ_m′ exp(α_{j,m′}/τ)
//
// mixes the families: φ_ij = Σ_m a_{j,m}·φ^{(m)}_ij, so y_j = Σ_m a_{j,m}·y^{(m)}_j.
// Our choice: the gate is per node, not per edge (a node's incoming edges
// share one family, so a node can be coloured by it).
type gate struct {
	fams   []Basis
	subs   []*layer
	logit  []float64 // α: out×M, node-major
	glogit []float64
	tau    float64
	heat   float64   // annealing progress in [0, 1] (phase.go): the softmax uses temp()
	learn  bool      // the logits train (phase selective)
	chosen []int     // per output node the kept family's index (phase prune), or −1
	lead   int       // phase full: the family whose own network leads (solo.go), or −1
	a      []float64 // out×M: the mixing weights of the last forward
}

// newGatedLayer returns an in→out layer mixing fams, each sub-layer
// initialised by newLayer in turn from r but sharing the first one's w_b,
// the logits 0 (a uniform mix).
func newGatedLayer(in, out, g, k int, fams []Basis, tau float64, r *rand.Rand) (*layer, error) {
	gt := &gate{fams: fams, tau: tau, lead: -1, logit: make([]float64, out*len(fams)),
		glogit: make([]float64, out*len(fams)), a: make([]float64, out*len(fams)), chosen: make([]int, out)}
	for j := range gt.chosen {
		gt.chosen[j] = -1
	}
	for _, f := range fams {
		s, err := newLayer(in, out, g, k, f, r)
		if err != nil {
			return nil, err
		}
		gt.subs = append(gt.subs, s)
	}
	// Our choice: every family of a node starts from the first family's
	// base weights w_b, so the mix starts as the same base function as a
	// one-family KAN. With a w_b drawn per family the mix's w_b is their
	// mean, √M times narrower, and the start nearly symmetric between
	// nodes: xy [2,2,1], seed 1, stalled at test RMSE 0.085 for 400 steps
	// where one family reaches 0.0017.
	for _, s := range gt.subs[1:] {
		copy(s.wb, gt.subs[0].wb)
	}
	l := &layer{in: in, out: out, gate: gt, mag: make([]float64, in*out),
		lo: make([]float64, in), hi: make([]float64, in)}
	for i := range l.lo {
		l.lo[i], l.hi[i] = math.Inf(1), math.Inf(-1)
	}
	gt.weights()
	return l, nil
}

// weights refreshes a from the logits (one-hot for chosen nodes, and for
// every node on the leading family while one leads).
func (g *gate) weights() {
	m := len(g.fams)
	for j, c := range g.chosen {
		a := g.a[j*m : j*m+m]
		if c < 0 {
			c = g.lead
		}
		if c >= 0 {
			clear(a)
			a[c] = 1
			continue
		}
		al := g.logit[j*m : j*m+m]
		tau := g.temp()
		top := math.Inf(-1)
		for _, v := range al {
			top = max(top, v/tau)
		}
		var sum float64
		for q, v := range al {
			a[q] = learn.Exp(v/tau - top)
			sum += a[q]
		}
		for q := range a {
			a[q] /= sum
		}
	}
}

// used reports whether any node gives family m a non-zero weight.
func (g *gate) used(m int) bool {
	for j := range g.chosen {
		if g.a[j*len(g.fams)+m] != 0 {
			return true
		}
	}
	return false
}

// gateBegin prepares a gated layer's forward pass over the batch x: it
// refreshes the mixing weights and begins every used sub-layer's pass.
// With record, an edge's magnitude is Σ_m a_{j,m}·|φ^{(m)}|₁, an upper
// bound of the mixed edge's |φ|₁ (our choice: no per-sample mixed values
// are kept; gateEnd).
func (l *layer) gateBegin(lp *layerPass, x []float64, batch int, record bool) {
	g := l.gate
	g.weights()
	lp.x = x[:batch*l.in]
	// Every family shares the base branch silu(x): computed once, in gateRows.
	lp.fresh = !lp.reusable(lp.x, nil)
	for m, s := range g.subs {
		if g.used(m) {
			s.forwardBegin(&lp.subs[m], x, batch, record)
		}
	}
}

// gateRows runs samples [from, to) through every used sub-layer and mixes
// their outputs.
func (l *layer) gateRows(lp *layerPass, from, to int, record bool) {
	g, M := l.gate, len(l.gate.fams)
	if lp.fresh {
		for si := from * l.in; si < to*l.in; si++ {
			lp.silu[si], lp.dsil[si] = silu(lp.x[si])
		}
	}
	y := lp.y[:to*l.out]
	clear(y[from*l.out:])
	for m, s := range g.subs {
		if !g.used(m) {
			continue
		}
		sp := &lp.subs[m]
		s.forwardRows(sp, from, to, record)
		for r := from; r < to; r++ {
			for j := range l.out {
				y[r*l.out+j] += g.a[j*M+m] * sp.y[r*l.out+j]
			}
		}
	}
}

// gateEnd completes the sub-layers' statistics and, with record, mixes
// their magnitudes and takes the input range.
func (l *layer) gateEnd(lp *layerPass, batch int, record bool) {
	g, M := l.gate, len(l.gate.fams)
	lp.filled()
	for m, s := range g.subs {
		if g.used(m) {
			s.forwardEnd(&lp.subs[m], batch, record)
		}
	}
	if !record {
		return
	}
	clear(l.mag)
	for m, s := range g.subs {
		if !g.used(m) {
			continue
		}
		for e := range l.mag {
			l.mag[e] += g.a[(e%l.out)*M+m] * s.mag[e]
		}
	}
	x := lp.x
	for i := range l.in {
		l.lo[i], l.hi[i] = math.Inf(1), math.Inf(-1)
		for r := range batch {
			v := x[r*l.in+i]
			l.lo[i], l.hi[i] = min(l.lo[i], v), max(l.hi[i], v)
		}
	}
}

// gateBackwardBegin clears the gate's gradients, every unused family's
// (they stay zero) and begins the used families' backward passes.
func (l *layer) gateBackwardBegin(lp *layerPass) {
	g := l.gate
	clear(g.glogit)
	for m, s := range g.subs {
		if !g.used(m) {
			for _, pg := range s.groups() {
				clear(pg[1])
			}
			continue
		}
		s.backwardBegin(&lp.subs[m])
	}
}

// gateBackwardRows sends a_{j,m}·δ_j of samples [from, to) into each used
// sub-layer, sums their input gradients into dx, and, while the logits
// train, adds
//
//	∂L/∂α_{j,m} = Σ_s δ_j·a_{j,m}·(y^{(m)}_j − y_j)/τ
//
// (spec B.13's ∂φ/∂α summed over the node's edges and the batch).
func (l *layer) gateBackwardRows(lp *layerPass, from, to int, dx []float64) {
	g, M := l.gate, len(l.gate.fams)
	tau := g.temp()
	if dx != nil {
		clear(dx[from*l.in : to*l.in])
	}
	for m, s := range g.subs {
		if !g.used(m) {
			continue
		}
		sp := &lp.subs[m]
		for r := from; r < to; r++ {
			for j := range l.out {
				k := r*l.out + j
				sp.dy[k] = g.a[j*M+m] * lp.dy[k]
				if g.learn {
					g.glogit[j*M+m] += lp.dy[k] * g.a[j*M+m] * (sp.y[k] - lp.y[k]) / tau
				}
			}
		}
		var sdx []float64
		if dx != nil {
			sdx = lp.gdx
		}
		s.backwardRows(sp, from, to, sdx)
		if dx != nil {
			for q := from * l.in; q < to*l.in; q++ {
				dx[q] += sdx[q]
			}
		}
	}
}

// lnCool is ln of the factor the selective phase's annealing takes the
// temperature down by: τ → τ/10 (spec B.13 "optionally anneal τ ↓"; our
// choice of factor: at τ/10 the weights the logits had at τ are raised to
// the 10th power, so the argmax the prune phase keeps carries nearly all
// of the mix before it becomes the whole of it).
const lnCool = -2.302585092994046 // ln(0.1)

// temp returns the temperature in use: τ·0.1^heat.
func (g *gate) temp() float64 {
	if g.heat == 0 {
		return g.tau
	}
	return g.tau * learn.Exp(g.heat*lnCool)
}

// choose fixes every node to its largest-weight family (phase prune).
func (g *gate) choose() {
	M := len(g.fams)
	g.weights()
	for j := range g.chosen {
		best := 0
		for m := range M {
			if g.a[j*M+m] > g.a[j*M+best] {
				best = m
			}
		}
		g.chosen[j] = best
	}
	g.learn = false
	g.weights()
}
