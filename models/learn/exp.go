package learn

import "math"

// exp returns eˣ, computed the same way on every platform. math.Exp uses
// assembly on amd64 and pure Go under wasm; the two may differ in the last
// bit, which would make a native run and a page run drift apart. This is
// the classic fdlibm e_exp.c algorithm (Sun Microsystems, 1993; the same
// one math.Exp's pure-Go path uses): reduce x = k·ln2 + r with |r| ≤ ln2/2,
// approximate eʳ by a degree-5 rational remez fit, scale by 2ᵏ. Error < 1 ulp.
func exp(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)

		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	switch {
	case x != x || x > overflow:
		return x * math.Inf(1) // NaN stays NaN, large gives +Inf
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	var k int
	if x < 0 {
		k = int(log2e*x - 0.5)
	} else {
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return math.Ldexp(y, k)
}

// log returns the natural logarithm of x > 0 the same way on every
// platform (see exp for why). fdlibm e_log.c: x = 2ᵏ·(1+f) with
// √2/2 ≤ 1+f < √2, log(1+f) = f − f²/2 + s·(f²/2 + R(s²)) with s = f/(2+f)
// and R a degree-14 remez fit. Error < 1 ulp. Non-positive x gives NaN or
// −Inf as math.Log does.
func log(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		l1    = 6.666666666666735130e-01
		l2    = 3.999999999940941908e-01
		l3    = 2.857142874366239149e-01
		l4    = 2.222219843214978396e-01
		l5    = 1.818357216161805012e-01
		l6    = 1.531383769920937332e-01
		l7    = 1.479819860511658591e-01
	)
	switch {
	case x != x || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	f1, ki := math.Frexp(x)
	if f1 < math.Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	rr := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+rr) + k*ln2Lo)) - f)
}
