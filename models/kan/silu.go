package kan

import "bioplay/models/learn"

// silu returns the edge function's base branch b(x) = x·σ(x) (spec B.3,
// paper eq. 2.11) and its derivative σ(x)·(1 + x·(1 − σ(x))) (spec B.4),
// with the portable logistic so native and wasm runs agree bit for bit.
func silu(x float64) (b, db float64) {
	s := learn.Logistic(x)
	return x * s, s * (1 + x*(1-s))
}
