package learn

// Exp returns eˣ computed the same way on every platform (see exp): other
// model packages use it wherever a result must be bit-identical natively
// and under wasm.
func Exp(x float64) float64 { return exp(x) }

// Log returns the natural logarithm of x computed the same way on every
// platform (see log).
func Log(x float64) float64 { return log(x) }

// Logistic returns σ(z) = 1/(1+e^−z), portable and without overflow for
// either sign of z; the output of a BCE network.
func Logistic(z float64) float64 { return sigmoid(z) }

// Softplus returns log(1 + eᶻ) portably and without overflow: with
// Logistic, the BCE loss on a logit z and target y is Softplus(z) − y·z.
func Softplus(z float64) float64 { return softplus(z) }
