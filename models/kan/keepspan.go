package kan

import "math"

// SpanPerFunction is how many span points per basis function a switch's
// refit adds for each input node: points evenly spaced over the range of
// the node's fitted inputs, where the refit keeps the function too
// (switchJob.fit).
//
// Why: the refit keeps a node's function by least squares at the
// training rows, and a hidden node's inputs crowd into part of their
// range and leave the rest nearly empty. There the rows pin nothing, and
// a family of wide, overlapping functions (RBF, wavelet) can fit the rows
// with coefficients that swing between them. tanh3d [3,2,1], seed 4
// (benchmark protocol): of the output node's inputs from the first hidden
// node, at most 2 of the 1000 rows lie in each of the top eight
// twentieths of their range; the wavelet refit there reached 7.7 where
// the mix it kept was −0.28, the choice's held-out rows (none of them
// there) did not see it, the node took the wavelet and test RMSE went
// from 0.015 to 0.20 at the switch and 0.35 at the end. With the span
// points the refit keeps the function over the whole range it has seen,
// as an L2 fit over the interval would, while the rows still dominate
// where they crowd (4·(G+k) = 52 points at G = 10 against about 750
// rows): seed 4 ends at 0.0026, and tanh3d's mean over seeds 1–10 goes
// from 0.050 to 0.0115 (0.0081 with the grid-update restart at the prune
// switch, finishSwitch). 2 or 8 per function in place of 4: 0.0125,
// 0.0096 with the restart; the seeds then differ mostly by where Adam's
// last oscillation leaves them.
const SpanPerFunction = 4

// beginSpan sets the span points of gated layer l's input nodes: for each
// node SpanPerFunction per function of its largest family basis, evenly
// spaced from the smallest to the largest input of the fitted rows, and
// if the choice scores refits of fewer rows (fitIn, keepedge.go) as many
// again over theirs.
func (j *switchJob) beginSpan(l *layer) {
	size := 0
	for _, s := range l.gate.subs {
		for _, bs := range s.bases {
			size = max(size, bs.size())
		}
	}
	j.span = SpanPerFunction * size
	j.spanX = j.spanX[:0]
	for i := range l.in {
		j.appendSpan(l, i, j.fitAt)
		if j.fitIn != nil {
			j.appendSpan(l, i, j.fitIn)
		}
	}
}

// appendSpan appends span points over the range of input node i at rows.
func (j *switchJob) appendSpan(l *layer, i int, rows []int) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		v := j.in[r*l.in+i]
		lo, hi = min(lo, v), max(hi, v)
	}
	for q := range j.span {
		j.spanX = append(j.spanX, lo+(hi-lo)*float64(q)/float64(j.span-1))
	}
}

// spans returns how many ranges each input node has span points over.
func (j *switchJob) spans() int {
	if j.fitIn != nil {
		return 2
	}
	return 1
}

// nodeInputs returns input node i's values at the batch's rows followed
// by its span points.
func (j *switchJob) nodeInputs(l *layer, i int) []float64 {
	j.nodeX = j.nodeX[:0]
	for r := range j.batch {
		j.nodeX = append(j.nodeX, j.in[r*l.in+i])
	}
	ks := j.spans() * j.span
	return append(j.nodeX, j.spanX[i*ks:(i+1)*ks]...)
}
