package kan

import (
	"math"
	"slices"
)

// keepMix is the prune transition of a Select network (spec B.13, phase
// 3; our design): every gated layer, front to back, fixes each node j to
// one family m* whose edges are refitted to keep the mixed function they
// had,
//
//	φ^{(m*)}_ij(x) ≈ Σ_m a_{j,m}·φ^{(m)}_ij(x)   at the layer's inputs x,
//
// the way grid update and extension keep functions (grid.go); see
// refitAll. Every family is refitted so, and m* is the one that leaves
// the whole network's training loss lowest (chooseByLoss). Our choice, in
// place of the spec's argmax of a_{j,·}: after a short selective phase
// the weights are still near uniform, so their argmax says little, and
// the loss of the whole network, unlike the fit of the node's own edges,
// also counts how the later layers take the refit's small errors.
//
// x is the training set (batch×n₀) into the first layer and y its
// targets; each later layer sees the inputs the already pruned layers
// produce. On a failed fit the layer falls back to the argmax without
// refit, and the error is returned.
func (n *Network) keepMix(x, y []float64, batch int) error {
	var p pass
	p.grow(n, batch)
	in := x
	var err error
	for li, l := range n.layers {
		if g := l.gate; g != nil {
			g.weights()
			if e := l.refitAll(in, batch); e != nil || batch == 0 {
				g.choose()
				err = cmpErr(err, e)
			} else {
				n.chooseByLoss(&p, li, in, y, batch)
			}
			g.learn = false
			g.weights()
		}
		l.forward(&p.layers[li], in, batch, false)
		in = p.layers[li].y[:batch*l.out]
	}
	return err
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// refitAll replaces, in every family of gated layer l, every edge by its
// refit to the mix of the current weights at inputs x (batch×in). The
// base branch is kept exactly, every family sharing silu(x): w_b^{(m)}
// becomes Σ_m′ a_{j,m′}·w_b^{(m′)}. The spline part is a least-squares
// fit (with the ridge, lstsq.go) of the coefficients to the mixed spline
// part divided by w_s^{(m)}, on a basis first moved to the inputs as a
// grid update does; w_s stays (1 if it is ~0, where the division would
// blow up). A node still mixing refitted families keeps about its mixed
// function, since each of them approximates it. On an error l is
// unchanged.
func (l *layer) refitAll(x []float64, batch int) error {
	if batch == 0 {
		return nil
	}
	g, M, out := l.gate, len(l.gate.fams), l.out
	mix := g.a
	// The mixed spline part of every edge at every sample: in×batch×out.
	target := make([]float64, l.in*batch*out)
	for i := range l.in {
		for r := range batch {
			xv := x[r*l.in+i]
			for j := range out {
				var sp float64
				for m, sm := range g.subs {
					if a := mix[j*M+m]; a != 0 {
						_, v := sm.edgeParts(i, j, xv)
						sp += a * v
					}
				}
				target[(i*batch+r)*out+j] = sp
			}
		}
	}
	var f fitter
	xs, sorted := make([]float64, batch), make([]float64, batch)
	ys := make([]float64, batch*out)
	coefs := make([][]float64, M) // per family, in×out×size
	bases := make([][]basis, M)
	for c, s := range g.subs {
		coefs[c] = slices.Clone(s.coef)
		bases[c] = slices.Clone(s.bases)
		for i := range l.in {
			for r := range batch {
				xs[r] = x[r*l.in+i]
			}
			copy(sorted, xs)
			slices.Sort(sorted)
			b := s.bases[i]
			if nb := updatePlace(sorted, b); nb != nil {
				b = nb
			}
			bases[c][i] = b
			for r := range batch {
				for j := range out {
					ys[r*out+j] = target[(i*batch+r)*out+j] / safeWs(s.ws[i*out+j])
				}
			}
			n := b.size()
			f.rows(b, xs)
			if err := f.solve(b, batch, ys, out, coefs[c][i*out*n:(i+1)*out*n]); err != nil {
				return err
			}
		}
	}
	wb := make([]float64, l.in*out)
	for e := range wb {
		for m, sm := range g.subs {
			wb[e] += mix[(e%out)*M+m] * sm.wb[e]
		}
	}
	for c, s := range g.subs {
		s.bases, s.coef = bases[c], coefs[c]
		copy(s.wb, wb)
		for e, v := range s.ws {
			s.ws[e] = safeWs(v)
		}
	}
	return nil
}

// safeWs returns w_s, or 1 where it is ~0 and a division by it would blow
// up (refitAll).
func safeWs(ws float64) float64 {
	if math.Abs(ws) < 1e-8 {
		return 1
	}
	return ws
}
