package kan

import "bioplay/models/learn"

// A network pass in row ranges, for work sliced between frames (work.go,
// measure.go): beginForward, forwardRows over consecutive ranges covering
// the batch, endForward; then lossGrad and, for training, beginBackward
// and backwardRows. Each range runs through every layer, so a row's
// cost is the same all through the pass. Every per-parameter and
// per-edge sum runs in sample order whatever the ranges, so any split
// gives the bits of one whole-batch pass (Network.forward, backprop).

// beginForward sizes p for batch rows of x and begins every layer's pass.
// Only the first layer's pass keeps basis values between passes (reuse.go
// compares its input, x, which is final); a later layer's input is
// produced range by range, so its pass must not keep them (pass.grow
// marks the first layer only).
func (n *Network) beginForward(p *pass, x []float64, batch int, record bool) {
	p.grow(n, batch)
	in := x
	for li, l := range n.layers {
		l.forwardBegin(&p.layers[li], in, batch, record)
		in = p.layers[li].y[:batch*l.out]
	}
}

// forwardRows runs samples [from, to) through every layer.
func (n *Network) forwardRows(p *pass, from, to int, record bool) {
	for li, l := range n.layers {
		l.forwardRows(&p.layers[li], from, to, record)
	}
}

// endForward completes every layer's statistics and returns the raw
// outputs (batch values aliasing p).
func (n *Network) endForward(p *pass, batch int, record bool) []float64 {
	for li, l := range n.layers {
		l.forwardEnd(&p.layers[li], batch, record)
	}
	last := len(n.layers) - 1
	return p.layers[last].y[:batch*n.layers[last].out]
}

// lossGrad returns the mean loss of the forward pass in p against the
// targets y, MSE (ŷ − y)² or BCE log(1+eᶻ) − y·z on the logit z, plus,
// with record and n.lambda > 0, the sparsity penalty (sparsity.go, which
// also sets the backward pass's reg factors), and writes ∂L/∂ŷ into the
// last layer's dy.
func (n *Network) lossGrad(p *pass, y []float64, batch int, record bool) float64 {
	lam := n.lambda
	if !record {
		lam = 0 // the penalty needs the magnitudes of this very batch (spec B.7)
	}
	pen := n.setReg(lam, batch)
	last := len(n.layers) - 1
	out := p.layers[last].y[:batch*n.layers[last].out]
	d := p.layers[last].dy[:batch]
	scale := 1 / float64(batch)
	var loss float64
	for s, z := range out {
		if n.cfg.Loss == learn.MSE {
			e := z - y[s]
			loss += e * e
			d[s] = 2 * e * scale
		} else {
			loss += learn.Softplus(z) - y[s]*z
			d[s] = (learn.Logistic(z) - y[s]) * scale
		}
	}
	return loss*scale + pen
}

// beginBackward clears every layer's gradients.
func (n *Network) beginBackward(p *pass) {
	for li, l := range n.layers {
		l.backwardBegin(&p.layers[li])
	}
}

// backwardRows back-propagates samples [from, to) from the last layer to
// the first, adding their gradients, and writes their rows of ∂L/∂x into
// dx (batch×n₀) unless dx is nil.
func (n *Network) backwardRows(p *pass, from, to int, dx []float64) {
	for li := len(n.layers) - 1; li >= 0; li-- {
		var down []float64
		if li > 0 {
			down = p.layers[li-1].dy
		} else {
			down = dx
		}
		n.layers[li].backwardRows(&p.layers[li], from, to, down)
	}
}
