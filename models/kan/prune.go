package kan

import (
	"fmt"
	"math"
)

// DefaultPruneThreshold is θ of paper eq. 2.21 (spec B.8): a hidden node
// is kept only if its largest incoming and largest outgoing |φ|₁ both
// exceed it.
const DefaultPruneThreshold = 1e-2

// Prune removes, in place, every hidden node whose incoming score
// I = max_k |φ_{l−1,i,k}|₁ or outgoing score O = max_j |φ_{l,j,i}|₁ is
// at most threshold (paper eq. 2.21, spec B.8), with all its edges, using
// the magnitudes of the last recorded pass (Trainer.Prune refreshes them
// on the whole training set first). Every kept edge keeps its function,
// so the pruned network computes the same as before minus the removed
// nodes' contributions, with a smaller Shape(). Input and output nodes
// stay; our choice: a layer never loses its last node — the one with the
// largest min(I, O) stays. It returns the removed nodes per hidden layer
// (indices before pruning). A Trainer must be told (Trainer.Prune).
func (n *Network) Prune(threshold float64) (removed [][]int, err error) {
	if !(threshold >= 0) || math.IsInf(threshold, 0) {
		return nil, fmt.Errorf("kan: prune threshold %v must be a finite number ≥ 0", threshold)
	}
	removed = make([][]int, len(n.layers)-1)
	for h := 1; h < len(n.layers); h++ { // node layer h: output of layers[h−1], input of layers[h]
		pre, post := n.layers[h-1], n.layers[h]
		var keep []int
		best, bestScore := 0, math.Inf(-1)
		for i := range post.in {
			in, out := 0.0, 0.0
			for k := range pre.in {
				in = max(in, pre.mag[k*pre.out+i])
			}
			for j := range post.out {
				out = max(out, post.mag[i*post.out+j])
			}
			if in > threshold && out > threshold {
				keep = append(keep, i)
			} else {
				removed[h-1] = append(removed[h-1], i)
			}
			if s := min(in, out); s > bestScore {
				best, bestScore = i, s
			}
		}
		if len(keep) == 0 {
			keep = []int{best}
			removed[h-1] = deleteValue(removed[h-1], best)
		}
		if len(keep) == post.in {
			continue
		}
		n.layers[h-1] = pre.subset(seq(pre.in), keep)
		n.layers[h] = post.subset(keep, seq(post.out))
		n.cfg.Shape[h] = len(keep)
	}
	return removed, nil
}

// MaskEdges snaps every numeric edge with |φ|₁ ≤ threshold to the zero
// function (edge masking, spec B.8; pykan's edge threshold is 3e-2) and
// returns how many it masked. Select networks mask nothing.
func (n *Network) MaskEdges(threshold float64) int {
	count := 0
	for _, l := range n.layers {
		if l.gate != nil {
			continue
		}
		for e, a := range l.mag {
			if a <= threshold && (l.sfn == nil || l.sfn[e] != symZero) {
				l.snap(e, symZero, [4]float64{})
				count++
			}
		}
	}
	return count
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func deleteValue(s []int, v int) []int {
	var out []int
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

// subset returns a copy of l with only the input nodes ins and output
// nodes outs, every kept edge unchanged.
func (l *layer) subset(ins, outs []int) *layer {
	s := &layer{in: len(ins), out: len(outs)}
	if g := l.gate; g != nil {
		M := len(g.fams)
		ng := &gate{fams: g.fams, tau: g.tau, heat: g.heat, learn: g.learn, lead: g.lead}
		for _, sub := range g.subs {
			ng.subs = append(ng.subs, sub.subset(ins, outs))
		}
		for _, j := range outs {
			ng.logit = append(ng.logit, g.logit[j*M:j*M+M]...)
			ng.chosen = append(ng.chosen, g.chosen[j])
		}
		ng.glogit, ng.a = make([]float64, len(ng.logit)), make([]float64, len(ng.logit))
		ng.weights()
		s.gate = ng
	} else {
		size := l.size()
		for _, i := range ins {
			s.bases = append(s.bases, l.bases[i])
		}
		s.wb, s.ws = make([]float64, s.in*s.out), make([]float64, s.in*s.out)
		s.gwb, s.gws = make([]float64, s.in*s.out), make([]float64, s.in*s.out)
		s.coef, s.gcoef = make([]float64, s.in*s.out*size), make([]float64, s.in*s.out*size)
		if l.sfn != nil {
			s.sfn = make([]int, s.in*s.out)
			s.sp, s.gsp = make([]float64, 4*s.in*s.out), make([]float64, 4*s.in*s.out)
		}
		for a, i := range ins {
			for b, j := range outs {
				e, f := i*l.out+j, a*s.out+b
				s.wb[f], s.ws[f] = l.wb[e], l.ws[e]
				copy(s.coef[f*size:f*size+size], l.coef[e*size:e*size+size])
				if l.sfn != nil {
					s.sfn[f] = l.sfn[e]
					copy(s.sp[4*f:4*f+4], l.sp[4*e:4*e+4])
				}
			}
		}
	}
	s.mag = make([]float64, s.in*s.out)
	s.lo, s.hi = make([]float64, s.in), make([]float64, s.in)
	for a, i := range ins {
		s.lo[a], s.hi[a] = l.lo[i], l.hi[i]
		for b, j := range outs {
			s.mag[a*s.out+b] = l.mag[i*l.out+j]
		}
	}
	return s
}
