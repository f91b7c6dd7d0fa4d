package swimmer

import "math"

// Act is NCAP's forward pass for one control step (spec §3.1, §3.3):
// normalised joint angles q̂ = clamp(q/(2π/(n+1)), −1, 1) split into
// dorsal/ventral stretch, the square-wave oscillator (dorsal for the
// first ⌊T/2⌋ steps of each period), graded clamp(·, 0, 1) neurons, and
// action = dorsal muscle − ventral muscle.
func (x *NCAP) Act(s *Sim, action []float64) {
	n := x.cfg.Joints
	q := s.qpos[3 : 3+n]
	norm := 2 * math.Pi / float64(n+1)
	od := 0.0
	if x.t%x.cfg.Period < x.cfg.Period/2 {
		od = 1
	}
	ov := 1 - od
	x.act.OscD, x.act.OscV = od, ov
	for i := range n {
		qh := clamp(q[i]/norm, -1, 1)
		x.act.StretchD[i], x.act.StretchV[i] = max(qh, 0), max(-qh, 0)
	}
	for i := range n {
		w := x.eff[PerJoint*i : PerJoint*i+PerJoint]
		var bd, bv float64
		if i == 0 {
			bd, bv = od*w[UInD], ov*w[UInV]
		} else {
			bd, bv = x.act.StretchD[i-1]*w[UInD], x.act.StretchV[i-1]*w[UInV]
		}
		bd, bv = clamp(bd, 0, 1), clamp(bv, 0, 1)
		md := clamp(bd*w[UMuscleDD]+bv*w[UMuscleDV], 0, 1)
		mv := clamp(bv*w[UMuscleVV]+bd*w[UMuscleVD], 0, 1)
		x.act.Bd[i], x.act.Bv[i], x.act.Md[i], x.act.Mv[i] = bd, bv, md, mv
		action[i] = md - mv
	}
	x.t++
}

func clamp(v, lo, hi float64) float64 { return max(lo, min(hi, v)) }
