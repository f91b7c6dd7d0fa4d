package kan

import (
	"math"

	"bioplay/models/learn"
)

// symFunc is one candidate of the symbolic library (spec B.9): f and f′,
// a complexity (pykan's numbers), and how to write f(u) given u's text.
type symFunc struct {
	name       string
	complexity int
	f          func(u float64) (v, d float64)
	text       func(u string) string
}

// symZero is the library index of the zero function: a masked edge, with
// no trainable parameters.
const symZero = 0

// symEps keeps 1/u, log|u| and √|u| finite near u = 0. Our choice.
const symEps = 1e-6

// symLib is the candidate library of spec B.9, a subset of pykan's with
// its complexities. Our choices: "sqrt" is √|u| and "log" is log|u| (so
// they are defined everywhere), "1/x" is guarded near 0 by symEps; exp and
// log use learn's portable versions and tanh ours, so results are
// bit-identical natively and under wasm.
var symLib = [...]symFunc{
	{"0", 0, func(float64) (float64, float64) { return 0, 0 }, func(string) string { return "0" }},
	{"x", 1, func(u float64) (float64, float64) { return u, 1 }, func(u string) string { return u }},
	{"x^2", 2, func(u float64) (float64, float64) { return u * u, 2 * u }, func(u string) string { return paren(u) + "²" }},
	{"x^3", 3, func(u float64) (float64, float64) { return u * u * u, 3 * u * u }, func(u string) string { return paren(u) + "³" }},
	{"exp", 2, func(u float64) (float64, float64) { e := learn.Exp(u); return e, e }, call("exp")},
	{"sin", 2, func(u float64) (float64, float64) { return math.Sin(u), math.Cos(u) }, call("sin")},
	{"cos", 2, func(u float64) (float64, float64) { return math.Cos(u), -math.Sin(u) }, call("cos")},
	{"tanh", 3, func(u float64) (float64, float64) { t := tanh(u); return t, 1 - t*t }, call("tanh")},
	{"abs", 3, func(u float64) (float64, float64) { return math.Abs(u), sign(u) }, func(u string) string { return "|" + u + "|" }},
	{"gaussian", 3, func(u float64) (float64, float64) { e := learn.Exp(-u * u); return e, -2 * u * e },
		func(u string) string { return "exp(-" + paren(u) + "²)" }},
	{"sqrt", 2, func(u float64) (float64, float64) {
		r := math.Sqrt(math.Abs(u) + symEps)
		return r, sign(u) / (2 * r)
	}, func(u string) string { return "sqrt(|" + u + "|)" }},
	{"log", 2, func(u float64) (float64, float64) {
		a := math.Abs(u) + symEps
		return learn.Log(a), sign(u) / a
	}, func(u string) string { return "log(|" + u + "|)" }},
	{"1/x", 2, func(u float64) (float64, float64) {
		if math.Abs(u) < symEps {
			u = math.Copysign(symEps, u)
		}
		return 1 / u, -1 / (u * u)
	}, func(u string) string { return "1/" + paren(u) }},
}

// SymbolicNames returns the library's function names (spec B.9), the
// names Snap accepts: 0, x, x^2, x^3, exp, sin, cos, tanh, abs, gaussian,
// sqrt (√|u|), log (log|u|), 1/x.
func SymbolicNames() []string {
	s := make([]string, len(symLib))
	for i, f := range symLib {
		s[i] = f.name
	}
	return s
}

// symIndex returns the library index of name, or −1.
func symIndex(name string) int {
	for i, f := range symLib {
		if f.name == name {
			return i
		}
	}
	return -1
}

func call(name string) func(string) string {
	return func(u string) string { return name + "(" + u + ")" }
}

// paren wraps u in parentheses unless it is a plain name or number.
func paren(u string) string {
	for _, r := range u {
		if r == ' ' || r == '+' || r == '-' || r == '·' || r == '/' {
			return "(" + u + ")"
		}
	}
	return u
}
