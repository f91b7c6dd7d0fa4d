// Package evo is antithetic evolution strategies (Salimans et al. 2017, as
// in the NCAP reference's estorch, spec swimmer.md §4.2 and §5.1) in an
// ask/tell shape: Ask returns a population of parameter vectors, the
// caller evaluates them however and whenever it likes (the page slices
// episodes across frames), and Tell turns their returns into one Adam step.
//
// The update: candidates come in ± pairs θ ± σ·ε_p with ε_p ~ N(0, I);
// returns are replaced by centred ranks in [−0.5, 0.5]; the gradient
// estimate is g = Σ_i rank_i·(±ε_i)/(P·σ) − λ·θ (weight decay λ), clamped
// element-wise to ±Clip, and Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) ascends it.
//
// Determinism: the noise comes from a PCG generator seeded by New's seed,
// so the same seed and the same returns give the same θ on every platform.
package evo
