package kan

import "bioplay/models/learn"

// The sparsification penalty of paper eqs. 2.17–2.20 (spec B.7), with
// μ₁ = μ₂ = 1:
//
//	ℓ_total = ℓ_pred + λ·Σ_l (|Φ_l|₁ + S(Φ_l)),
//	|Φ_l|₁ = Σ_e a_e, a_e = |φ_e|₁ = mean_s |φ_e(x_s)|, S(Φ_l) = −Σ_e p_e·log p_e, p_e = a_e/|Φ_l|₁.
//
// With A = |Φ_l|₁, ∂(A + S)/∂a_e = 1 − (log p_e + S)/A and ∂a_e/∂φ_e(x_s) =
// sign(φ_e(x_s))/B, so the backward pass adds reg_e·sign(φ_e(x_s)) to the
// edge's δ, reaching its parameters and, through them, the inputs and
// earlier layers. Our choice: the paper's form, not pykan's std-based one;
// gated (Select) layers are not penalised.

// setReg computes every plain layer's reg factors from the magnitudes of
// the recorded forward pass over batch samples, for strength lambda, and
// returns the penalty λ·Σ_l(A_l + S_l). lambda ≤ 0 turns the penalty off.
func (n *Network) setReg(lambda float64, batch int) float64 {
	var pen float64
	for _, l := range n.layers {
		if l.gate != nil {
			continue
		}
		if lambda <= 0 {
			l.reg = nil
			continue
		}
		if l.reg == nil || len(l.reg) != len(l.mag) {
			l.reg = make([]float64, len(l.mag))
		}
		var A float64
		for _, a := range l.mag {
			A += a
		}
		if A == 0 {
			clear(l.reg)
			continue
		}
		var S float64
		for _, a := range l.mag {
			if a > 0 {
				p := a / A
				S -= p * learn.Log(p)
			}
		}
		for e, a := range l.mag {
			l.reg[e] = lambda / float64(batch)
			if a > 0 {
				l.reg[e] *= 1 - (learn.Log(a/A)+S)/A
			}
		}
		pen += lambda * (A + S)
	}
	return pen
}
