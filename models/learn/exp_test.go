package learn

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// ulps returns the distance between a and b in units in the last place.
func ulps(a, b float64) int64 {
	d := int64(math.Float64bits(a)) - int64(math.Float64bits(b))
	if d < 0 {
		d = -d
	}
	return d
}

// Our exp and log agree with the standard library's: exactly under wasm,
// where math runs the same fdlibm algorithms in Go, and to within two ulps
// on amd64, whose assembly Exp and Log are other approximations. Special
// values behave the same.
func TestExpLogMatchMath(t *testing.T) {
	tol := int64(2)
	if runtime.GOARCH == "wasm" {
		tol = 0
	}
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 200000; k++ {
		x := (r.Float64()*2 - 1) * 708 // amd64's assembly Exp overflows early, near 709.6
		if k%2 == 0 {
			x = (r.Float64()*2 - 1) * 20
		}
		if got, want := exp(x), math.Exp(x); ulps(got, want) > tol {
			t.Fatalf("exp(%v) = %v, math.Exp = %v", x, got, want)
		}
		y := math.Exp((r.Float64()*2 - 1) * 700)
		if got, want := log(y), math.Log(y); ulps(got, want) > tol {
			t.Fatalf("log(%v) = %v, math.Log = %v", y, got, want)
		}
	}
	for _, x := range []float64{0, -0.0, 1, -1, 1e-300, 710, -745.2, -746, math.Inf(1), math.Inf(-1)} {
		if got, want := exp(x), math.Exp(x); got != want {
			t.Errorf("exp(%v) = %v, want %v", x, got, want)
		}
	}
	if !math.IsNaN(exp(math.NaN())) || !math.IsNaN(log(math.NaN())) || !math.IsNaN(log(-1)) {
		t.Error("NaN in or negative log argument should give NaN")
	}
	if log(0) != math.Inf(-1) || log(math.Inf(1)) != math.Inf(1) || log(1) != 0 {
		t.Error("log(0), log(+Inf) or log(1) wrong")
	}
	// ln(2⁻¹⁰⁷⁴) = −1074·ln 2; amd64's assembly Log gets subnormals wrong.
	if got, want := log(5e-324), -1074*math.Ln2; ulps(got, want) > 1 {
		t.Errorf("log(subnormal) = %v, want %v", got, want)
	}
}
