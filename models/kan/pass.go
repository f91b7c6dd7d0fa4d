package kan

// pass holds one batch's work buffers for every layer: what the forward
// pass computes once per sample and input node (the non-zero bases and
// their derivatives, silu and silu′, spec B.4) and each edge's spline
// value, all kept for the backward pass. A pass grows to the largest batch
// it has seen and never shrinks, so training allocates nothing per step.
type pass struct {
	rows   int
	layers []layerPass
}

// layerPass is one layer's part of a pass, batch-major.
type layerPass struct {
	in, out, w int         // the layer's widths and basis width when sized
	x          []float64   // the layer's input, B×in (aliases the previous output)
	start      []int       // B×in: first non-zero basis function
	val, der   []float64   // B×in×width: basis values and derivatives
	silu, dsil []float64   // B×in
	sharedSilu bool        // silu, dsil alias the gate's, which computes them (gate.go)
	spl        []float64   // B×in×out: spline value S_ji of each edge
	y          []float64   // B×out: the layer's output
	dy         []float64   // B×out: ∂L/∂y
	subs       []layerPass // a gated layer's sub-layers (gate.go)
	gdx        []float64   // B×in: a gated layer's scratch for one sub-layer's ∂L/∂x
	// keep marks the first layer's pass, whose basis values are reused
	// while seenX and seenB, its last input and bases, match and whole
	// says every row holds them (reuse.go); fresh says the pass under way
	// computes them anew (forwardBegin).
	keep  bool
	fresh bool
	whole bool
	seenX []float64
	seenB []basis
}

// grow makes p hold rows samples for network n's current layers.
func (p *pass) grow(n *Network, rows int) {
	if rows <= p.rows && len(p.layers) == len(n.layers) && p.fits(n) {
		return
	}
	p.rows = max(rows, p.rows)
	p.layers = make([]layerPass, len(n.layers))
	for li, l := range n.layers {
		p.layers[li] = newLayerPass(l, p.rows)
	}
	p.layers[0].markKeep()
}

// newLayerPass returns buffers for r rows of layer l.
func newLayerPass(l *layer, r int) layerPass {
	lp := layerPass{in: l.in, out: l.out, y: make([]float64, r*l.out), dy: make([]float64, r*l.out)}
	if l.gate != nil {
		lp.gdx = make([]float64, r*l.in)
		lp.silu, lp.dsil = make([]float64, r*l.in), make([]float64, r*l.in)
		for _, s := range l.gate.subs {
			sp := newLayerPass(s, r)
			sp.silu, sp.dsil, sp.sharedSilu = lp.silu, lp.dsil, true
			lp.subs = append(lp.subs, sp)
		}
		return lp
	}
	w := l.bases[0].width()
	lp.w = w
	lp.start = make([]int, r*l.in)
	lp.val, lp.der = make([]float64, r*l.in*w), make([]float64, r*l.in*w)
	lp.silu, lp.dsil = make([]float64, r*l.in), make([]float64, r*l.in)
	lp.spl = make([]float64, r*l.in*l.out)
	return lp
}

// fits reports whether the buffers match n's layers' widths and basis
// widths (they change with pruning and grid extension).
func (p *pass) fits(n *Network) bool {
	for li, l := range n.layers {
		if !p.layers[li].fits(l) {
			return false
		}
	}
	return true
}

func (lp *layerPass) fits(l *layer) bool {
	if lp.in != l.in || lp.out != l.out || (l.gate != nil) != (lp.subs != nil) {
		return false
	}
	if l.gate != nil {
		for m, s := range l.gate.subs {
			if !lp.subs[m].fits(s) {
				return false
			}
		}
		return true
	}
	return lp.w == l.bases[0].width()
}
