package kan

// Read-only access to single edges, for drawing (issue 6: per-edge curves,
// knots, coefficients, the SiLU part and the data's range). Indices: layer
// l in [0, Layers()), input node i in [0, n_l), output node j in
// [0, n_{l+1}); out-of-range indices panic, as slice indexing does.

// Edge returns φ_{l,j,i}(x) = w_b·silu(x) + w_s·spline(x), the function
// on the edge from node i of layer l to node j of layer l+1 (spec B.3),
// whatever its basis family; the gate's mix Σ_m a_{j,m}·φ^{(m)} in a
// Select network, c·f(a·x+b)+d once snapped.
func (n *Network) Edge(l, i, j int, x float64) float64 {
	b, s := n.EdgeParts(l, i, j, x)
	return b + s
}

// EdgeParts returns the two terms of φ_{l,j,i}(x): the base part
// w_b·silu(x) and the spline part w_s·Σ_m c_m B_m(x) (for other
// families, their basis in place of B_m; in a Select network, each term
// mixed by the gate). A snapped edge returns base 0 and its symbolic
// value as the second term.
func (n *Network) EdgeParts(l, i, j int, x float64) (base, spline float64) {
	ly := n.layers[l]
	if g := ly.gate; g != nil {
		M := len(g.fams)
		for m, s := range g.subs {
			if a := g.a[j*M+m]; a != 0 {
				b, sp := s.edgeParts(i, j, x)
				base += a * b
				spline += a * sp
			}
		}
		return base, spline
	}
	return ly.edgeParts(i, j, x)
}

// edgeParts is EdgeParts for a plain layer.
func (ly *layer) edgeParts(i, j int, x float64) (base, spline float64) {
	e := i*ly.out + j
	if ly.sfn != nil && ly.sfn[e] >= 0 {
		v, _ := ly.symValue(e, x)
		return 0, v
	}
	bs := ly.bases[i]
	w := bs.width()
	if len(ly.scratch) < 2*w {
		ly.scratch = make([]float64, 2*w)
	}
	val, der := ly.scratch[:w], ly.scratch[w:2*w]
	st := bs.eval(x, val, der)
	c := ly.edgeCoefs(i, j)[st : st+w]
	var sum float64
	for r, v := range val {
		sum += c[r] * v
	}
	b, _ := silu(x)
	return ly.wb[e] * b, ly.ws[e] * sum
}

// Knots returns the G+2k+1 padded knots t_{−k} … t_{G+k} of input node i
// of layer l, shared by all its outgoing edges (spec B.3); the grid proper
// is Knots[k : G+k+1]. For the other families (and Select networks) it
// returns G+1 evenly spaced points over the basis' span, padded the same
// way, so Knots[k] and Knots[G+k] are the span's ends. The slice is the
// caller's.
func (n *Network) Knots(l, i int) []float64 {
	return drawKnots(n.layers[l].leaves()[0].bases[i], n.cfg.Order)
}

// Coefs returns the G+k coefficients c_{i,j,·} of edge i→j of layer l;
// in a Select network, those of the family with the largest weight at
// node j. The slice is the caller's.
func (n *Network) Coefs(l, i, j int) []float64 {
	return append([]float64(nil), n.leaf(l, j).edgeCoefs(i, j)...)
}

// leaf returns the plain layer that best represents node j's incoming
// edges: the layer itself, or its gate's largest-weight family.
func (n *Network) leaf(l, j int) *layer {
	ly := n.layers[l]
	if g := ly.gate; g != nil {
		M, best := len(g.fams), 0
		for m := range M {
			if g.a[j*M+m] > g.a[j*M+best] {
				best = m
			}
		}
		return g.subs[best]
	}
	return ly
}

// Wb returns the base weight w_b of edge i→j of layer l (in a Select
// network, Σ_m a_{j,m}·w_b^{(m)}).
func (n *Network) Wb(l, i, j int) float64 {
	return n.mixed(l, i, j, func(s *layer, e int) float64 { return s.wb[e] })
}

// Ws returns the spline weight w_s of edge i→j of layer l (in a Select
// network, Σ_m a_{j,m}·w_s^{(m)}).
func (n *Network) Ws(l, i, j int) float64 {
	return n.mixed(l, i, j, func(s *layer, e int) float64 { return s.ws[e] })
}

// mixed returns f of edge i→j of layer l, mixed by the gate if any.
func (n *Network) mixed(l, i, j int, f func(s *layer, e int) float64) float64 {
	ly := n.layers[l]
	e := i*ly.out + j
	if g := ly.gate; g != nil {
		var v float64
		for m, s := range g.subs {
			v += g.a[j*len(g.fams)+m] * f(s, e)
		}
		return v
	}
	return f(ly, e)
}

// InputRange returns the smallest and largest activation of node i of
// layer l in the last training batch (Trainer.Step; NewTrainer runs one
// forward pass to fill it). Before any training pass it returns the
// basis' span (the grid's ends t₀, t_G for B-splines).
func (n *Network) InputRange(l, i int) (lo, hi float64) {
	ly := n.layers[l]
	if ly.lo[i] <= ly.hi[i] {
		return ly.lo[i], ly.hi[i]
	}
	return ly.leaves()[0].bases[i].span()
}

// Magnitude returns |φ_{l,j,i}|₁, the mean of |φ| over the last training
// batch (paper eq. 2.17, spec B.7), for the edge's opacity, e.g.
// tanh(3·|φ|₁) (spec B.8); 0 before any training pass. In a Select
// network it is the gate's mix of the families' magnitudes, an upper
// bound.
func (n *Network) Magnitude(l, i, j int) float64 { ly := n.layers[l]; return ly.mag[i*ly.out+j] }

// Mix returns the gate's mixing weights a_{j,·} of node j of layer l+1
// (its incoming edges are in layer l), in SelectFamilies order, summing to
// 1, and the family it has chosen: the one with the largest weight, or
// the kept one after the prune phase. For a network of one family the
// weights are one-hot. This is our implementation of S-KAN's per-node
// selection (spec B.13), for the page's stacked bars and node colours.
func (n *Network) Mix(l, j int) (weights []float64, chosen Basis) {
	fams := SelectFamilies()
	weights = make([]float64, len(fams))
	ly := n.layers[l]
	if g := ly.gate; g != nil {
		M := len(g.fams)
		copy(weights, g.a[j*M:j*M+M])
		return weights, n.leaf(l, j).family()
	}
	f := ly.family()
	weights[int(f)] = 1
	return weights, f
}
