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
// the way grid update and extension keep functions (grid.go). The base
// branch is kept exactly, every family sharing silu(x): w_b^{(m*)} becomes
// Σ_m a_{j,m}·w_b^{(m)}. The spline part is a least-squares fit (with the
// ridge, lstsq.go) of the coefficients to the mixed spline part divided by
// w_s^{(m*)}, on a basis first moved to the inputs as a grid update does;
// w_s stays (1 if it is ~0, where the division would blow up).
//
// Every family is fitted so, and m* is the one whose fit keeps the node's
// edges best (least squared residual summed over them; ties to the larger
// gate weight). Our choice, in place of the spec's argmax of a_{j,·}: after
// a short selective phase the weights are still near uniform, so their
// argmax says little, while the residual says which family can carry the
// function the mix has learnt.
//
// x is the training set (batch×n₀) into the first layer; each later layer
// sees the inputs the already pruned layers produce. On a failed fit the
// layer falls back to the argmax without refit, and the error is returned.
func (n *Network) keepMix(x []float64, batch int) error {
	var p pass
	p.grow(n, batch)
	in := x
	var err error
	for li, l := range n.layers {
		if g := l.gate; g != nil {
			g.weights()
			if e := l.refitBest(in, batch); e != nil || batch == 0 {
				g.choose()
				err = cmpErr(err, e)
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

// refitBest fits every family of gated layer l to the mix of its current
// weights at inputs x (batch×in), sets each node's chosen family to the
// best-keeping one and installs that family's refitted edges; see keepMix.
func (l *layer) refitBest(x []float64, batch int) error {
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
	resid := make([]float64, M*out) // per family and node
	coefs := make([][]float64, M)   // per family, in×out×size
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
					ws := s.ws[i*out+j]
					if math.Abs(ws) < 1e-8 {
						ws = 1
					}
					ys[r*out+j] = target[(i*batch+r)*out+j] / ws
				}
			}
			n, w := b.size(), b.width()
			dst := coefs[c][i*out*n : (i+1)*out*n]
			f.rows(b, xs)
			if err := f.solve(b, batch, ys, out, dst); err != nil {
				return err
			}
			for r := range batch {
				st, val := f.start[r], f.val[r*w:r*w+w]
				for j := range out {
					cj := dst[j*n+st : j*n+st+w]
					var sum float64
					for q, v := range val {
						sum += cj[q] * v
					}
					ws := s.ws[i*out+j]
					if math.Abs(ws) < 1e-8 {
						ws = 1
					}
					d := (sum - ys[r*out+j]) * ws
					resid[c*out+j] += d * d
				}
			}
		}
	}
	for j := range out {
		best := 0
		for c := range M {
			rc, rb := resid[c*out+j], resid[best*out+j]
			if rc < rb || (rc == rb && mix[j*M+c] > mix[j*M+best]) {
				best = c
			}
		}
		g.chosen[j] = best
	}
	for c, s := range g.subs {
		if !slices.Contains(g.chosen, c) {
			continue
		}
		s.bases = bases[c]
		n := s.size()
		for i := range l.in {
			for j := range out {
				if g.chosen[j] != c {
					continue
				}
				e := i*out + j
				var wb float64
				for m, sm := range g.subs {
					wb += mix[j*M+m] * sm.wb[e]
				}
				s.wb[e] = wb
				if math.Abs(s.ws[e]) < 1e-8 {
					s.ws[e] = 1
				}
				copy(s.coef[e*n:e*n+n], coefs[c][e*n:e*n+n])
			}
		}
	}
	return nil
}
