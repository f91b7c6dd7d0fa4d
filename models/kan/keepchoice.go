package kan

import "bioplay/models/learn"

// The prune switch's choice (switchJob.chooseOne): every node of a gated
// layer, in turn, takes the family whose refitted edges leave the whole
// network's training loss lowest, B-spline's loss counted SwitchMargin
// lower, measured out of sample on ChoicePoints strided training rows and
// the EdgeRows rows at each end of each of the layer's input nodes
// (keepedge.go), each row weighted by the rows it stands for. Nodes not
// yet fixed keep mixing, later layers run as they are. Ties go to the
// earlier family; a node for which every family gives a non-finite loss
// keeps its largest-weight family. One candidate costs a re-mix of the
// layer's family outputs (remix) and a pass through the later layers.

// remix sets gated layer l's output in lp to the mix of its families'
// outputs under the current weights, exactly as gateForward does, from the
// outputs already in lp.subs; a family now used but not yet computed
// (done) is run on x first.
func (l *layer) remix(lp *layerPass, x []float64, batch int, done []bool) {
	g, M := l.gate, len(l.gate.fams)
	y := lp.y[:batch*l.out]
	clear(y)
	for m, s := range g.subs {
		if !g.used(m) {
			continue
		}
		sp := &lp.subs[m]
		if !done[m] {
			s.forward(sp, x, batch, false)
			done[m] = true
		}
		for r := range batch {
			for j := range l.out {
				y[r*l.out+j] += g.a[j*M+m] * sp.y[r*l.out+j]
			}
		}
	}
}

// SwitchMargin is how much lower than B-spline's another family's
// training loss must be for a node to take it at the prune switch: 10 %.
// Our choice. B-spline is KAN's own family and the only one that is zero
// beyond its grid, so it never extrapolates wildly. The refits of a mix
// are often tied: on tanh3d [3,2,1], seed 1, B-spline, Chebyshev and
// Fourier left the first layer's loss within 1 % of each other, and an
// unweighted choice picked among them by noise. On the benchmark (seeds
// 1–3) the margin alone took select's mean test RMSE on expsin from
// 0.0134 to 0.0047; the README's table has all three changes of issue 7's
// last round (this margin, the shared w_b of newGatedLayer and
// FourierMargin) together.
const SwitchMargin = 0.1

// lossFrom runs layers li… on x (layer li's input, batch×in) into p and
// returns the loss against y: MSE, or BCE on the logit (backprop), each
// row's weighted by w (batch long, not all zero).
func (n *Network) lossFrom(p *pass, li int, x, y, w []float64, batch int) float64 {
	in := x
	for k := li; k < len(n.layers); k++ {
		n.layers[k].forward(&p.layers[k], in, batch, false)
		in = p.layers[k].y[:batch*n.layers[k].out]
	}
	var loss, sum float64
	per := len(in) / batch
	for s, z := range in {
		var e float64
		if n.cfg.Loss == learn.MSE {
			e = (z - y[s]) * (z - y[s])
		} else {
			e = learn.Softplus(z) - y[s]*z
		}
		loss += w[s/per] * e
	}
	for _, v := range w {
		sum += v
	}
	return loss / sum
}
