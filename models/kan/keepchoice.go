package kan

import (
	"math"

	"bioplay/models/learn"
)

// chooseByLoss fixes every node of gated layer li, in turn, to the family
// whose refitted edges (refitAll) leave the whole network's mean training
// loss on (x, y) lowest; x is the layer's input (batch×in). Nodes not yet
// fixed keep mixing, later layers run as they are. Ties go to the earlier
// family; a node for which every family gives a non-finite loss keeps its
// largest-weight family. It costs one pass through layers li… per node
// and family, on top of refitAll's fits (our design, see keepMix).
func (n *Network) chooseByLoss(p *pass, li int, x, y []float64, batch int) {
	g, M := n.layers[li].gate, len(n.layers[li].gate.fams)
	for j := range g.chosen {
		g.chosen[j] = -1
		g.weights()
		top := 0
		for m := range M {
			if g.a[j*M+m] > g.a[j*M+top] {
				top = m
			}
		}
		best, low := top, math.Inf(1)
		for c := range M {
			g.chosen[j] = c
			if v := n.lossFrom(p, li, x, y, batch); v < low {
				best, low = c, v
			}
		}
		g.chosen[j] = best
	}
	g.weights()
}

// lossFrom runs layers li… on x (layer li's input, batch×in) into p and
// returns the mean loss against y: MSE, or BCE on the logit (backprop).
func (n *Network) lossFrom(p *pass, li int, x, y []float64, batch int) float64 {
	in := x
	for k := li; k < len(n.layers); k++ {
		n.layers[k].forward(&p.layers[k], in, batch, false)
		in = p.layers[k].y[:batch*n.layers[k].out]
	}
	var loss float64
	for s, z := range in {
		if n.cfg.Loss == learn.MSE {
			e := z - y[s]
			loss += e * e
		} else {
			loss += learn.Softplus(z) - y[s]*z
		}
	}
	return loss / float64(batch)
}
