package kan

import (
	"math"
	"math/rand/v2"
)

// layer is one KAN layer: an edge function φ_{j,i}(x) = w_b·silu(x) +
// w_s·Σ_m c_{i,j,m} B_m(x) from every input node i to every output node j
// (spec B.2–B.3), output j summing its incoming edges. Storage follows
// pykan: one basis per input node, coefficients in×out×size, w_b and w_s
// in×out; edge e = i·out + j.
type layer struct {
	in, out int
	bases   []basis
	coef    []float64 // c: in×out×size
	wb, ws  []float64 // w_b, w_s: in×out
	// gradients of the mean loss of the last backward pass, same layouts
	gcoef, gwb, gws []float64
	// statistics of the last recorded (training) forward pass
	mag    []float64 // per edge: mean |φ| over the batch (paper eq. 2.17)
	lo, hi []float64 // per input node: smallest and largest input seen
	// gate, in a Select network, makes this a mix of one sub-layer per
	// family (gate.go); the fields above other than in, out, mag, lo and
	// hi are then empty.
	gate *gate
	// sfn, once an edge is snapped (symbolic.go), holds per edge the
	// library index of its symbolic function or −1 (numeric); sp and gsp
	// hold its affine parameters a, b, c, d and their gradients, 4 per edge.
	sfn     []int
	sp, gsp []float64
	// reg holds per edge the sparsity penalty's factor on sign(φ) in the
	// backward pass (sparsity.go), nil when λ = 0.
	reg []float64
	// scratch holds a basis' values and derivatives at one point for
	// edgeParts, so the page's edge curves (some 1800 evaluations a pass
	// for a Select [2,5,1]) do not allocate.
	scratch []float64
}

// Initialisation constants of pykan's MultKAN (spec B.5). Our choice:
// pykan's numbers rather than the paper's footnote or efficient-kan's.
const (
	initNoise = 0.3 // noise_scale: spline values at the grid points are U(−½,½)·0.3/G
	gridLo    = -1.0
	gridHi    = 1.0
)

// newLayer returns an in→out layer with uniform grids of g intervals on
// [−1, 1] and order k, initialised as pykan's MultKAN does (spec B.5):
// w_b ~ U(−1, 1)/√in, w_s = 1/√in, and coefficients the least-squares
// fit of spline values drawn U(−½, ½)·0.3/G at the G+1 grid points. The
// draws come from r in that order: all noise values (point-major, then
// in, then out, as pykan's (G+1, in, out) tensor), then w_b.
//
// Other families (issue 7) are initialised the same way, the noise fitted
// in their own basis (least squares with the ridge: G+k functions through
// G+1 points). f must not be Select (see newGatedLayer).
func newLayer(in, out, g, k int, f Basis, r *rand.Rand) (*layer, error) {
	l := &layer{in: in, out: out}
	for range in {
		l.bases = append(l.bases, newBasis(f, g, k, gridLo, gridHi))
	}
	l.alloc(g + k)
	noise := make([]float64, (g+1)*in*out)
	for p := range noise {
		noise[p] = (r.Float64() - 0.5) * initNoise / float64(g)
	}
	for i := range in {
		xs := uniformGrid(g, gridLo, gridHi)
		ys := make([]float64, (g+1)*out) // point-major, out values per point
		for p := range g + 1 {
			for j := range out {
				ys[p*out+j] = noise[(p*in+i)*out+j]
			}
		}
		c, err := fitCoefs(l.bases[i], xs, ys, out)
		if err != nil {
			return nil, err
		}
		copy(l.coef[i*out*(g+k):], c)
	}
	s := 1 / math.Sqrt(float64(in))
	for e := range l.wb {
		l.wb[e] = (2*r.Float64() - 1) * s
		l.ws[e] = s
	}
	return l, nil
}

// alloc sizes every slice for size coefficients per edge; the
// coefficients and their gradients start at zero.
func (l *layer) alloc(size int) {
	edges := l.in * l.out
	l.coef, l.gcoef = make([]float64, edges*size), make([]float64, edges*size)
	if l.wb == nil {
		l.wb, l.ws = make([]float64, edges), make([]float64, edges)
		l.gwb, l.gws = make([]float64, edges), make([]float64, edges)
		l.mag = make([]float64, edges)
		l.lo, l.hi = make([]float64, l.in), make([]float64, l.in)
		for i := range l.lo {
			l.lo[i], l.hi[i] = math.Inf(1), math.Inf(-1) // nothing seen yet
		}
	}
}

// size returns the number of coefficients per edge.
func (l *layer) size() int { return l.bases[0].size() }

// params returns the number of trainable parameters: in·out·(G+k+2)
// (spec B.4); a gated layer counts its sub-layers and its gate logits,
// snapped edges count their four affine parameters instead.
func (l *layer) params() int {
	if l.gate != nil {
		p := len(l.gate.logit)
		for _, s := range l.gate.subs {
			p += s.params()
		}
		return p
	}
	p := len(l.coef) + len(l.wb) + len(l.ws)
	for _, f := range l.sfn {
		if f >= 0 {
			p += 4 - (l.size() + 2)
			if f == symZero {
				p -= 4
			}
		}
	}
	return p
}

// groups returns the layer's parameter groups with their gradients, in a
// fixed order, for the optimiser: c, w_b, w_s (and the snapped edges'
// affine parameters), or for a gated layer every sub-layer's groups then
// the gate logits.
func (l *layer) groups() [][2][]float64 {
	if l.gate != nil {
		var g [][2][]float64
		for _, s := range l.gate.subs {
			g = append(g, s.groups()...)
		}
		return append(g, [2][]float64{l.gate.logit, l.gate.glogit})
	}
	g := [][2][]float64{{l.coef, l.gcoef}, {l.wb, l.gwb}, {l.ws, l.gws}}
	if l.sp != nil {
		g = append(g, [2][]float64{l.sp, l.gsp})
	}
	return g
}

// leaves returns the plain layers that hold l's edges: l itself, or a
// gated layer's sub-layers.
func (l *layer) leaves() []*layer {
	if l.gate != nil {
		return l.gate.subs
	}
	return []*layer{l}
}

// family returns the layer's basis family (Select for a gated layer).
func (l *layer) family() Basis {
	if l.gate != nil {
		return Select
	}
	return l.bases[0].family()
}

// edgeCoefs returns the coefficients of edge i→j (aliasing the layer).
func (l *layer) edgeCoefs(i, j int) []float64 {
	n := l.size()
	e := i*l.out + j
	return l.coef[e*n : e*n+n]
}
