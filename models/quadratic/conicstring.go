package quadratic

import (
	"math"
	"strconv"
	"strings"
)

// String returns the boundary's equation with three significant digits,
// such as "1.02x₁² + 0.98x₂² − 0.55 = 0". Our choice: terms smaller than
// a thousandth of the largest coefficient are left out, and so is a
// coefficient that prints as 1; an all-zero conic prints "0 = 0".
func (c Conic) String() string {
	terms := []struct {
		v   float64
		sym string
	}{{c.A, "x₁²"}, {c.B, "x₁x₂"}, {c.C, "x₂²"}, {c.D, "x₁"}, {c.E, "x₂"}, {c.F, ""}}
	s := 0.0
	for _, t := range terms {
		s = max(s, math.Abs(t.v))
	}
	var b strings.Builder
	for _, t := range terms {
		if t.v == 0 || math.Abs(t.v) < 1e-3*s {
			continue
		}
		num := strconv.FormatFloat(math.Abs(t.v), 'g', 3, 64)
		if num == "1" && t.sym != "" {
			num = ""
		}
		switch {
		case b.Len() == 0 && t.v < 0:
			b.WriteString("−")
		case b.Len() > 0 && t.v < 0:
			b.WriteString(" − ")
		case b.Len() > 0:
			b.WriteString(" + ")
		}
		b.WriteString(num + t.sym)
	}
	if b.Len() == 0 {
		b.WriteString("0")
	}
	b.WriteString(" = 0")
	return b.String()
}
