package kan

import (
	"math"
	"strconv"
	"strings"

	"bioplay/models/learn"
)

// lin is a node's value as text: Σ coef·expr + constant.
type lin struct {
	terms []term
	c     float64
}

type term struct {
	coef float64
	expr string
}

// add adds k·expr, merging equal expressions.
func (v *lin) add(k float64, expr string) {
	for q := range v.terms {
		if v.terms[q].expr == expr {
			v.terms[q].coef += k
			return
		}
	}
	v.terms = append(v.terms, term{k, expr})
}

// affine returns a·v + b.
func (v lin) affine(a, b float64) lin {
	out := lin{c: a*v.c + b}
	for _, t := range v.terms {
		out.terms = append(out.terms, term{a * t.coef, t.expr})
	}
	return out
}

// num writes v with 4 significant digits ("3.142", "-0.5", "1e-05").
func num(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// negligible reports whether v prints as zero next to a term of size ref.
func negligible(v float64) bool { return math.Abs(v) < 5e-5 }

// tidy rewrites k·f(u) into an equal k′·f(u′) that reads better: exp
// takes its argument's constant out (k·e^c), powers take a lone term's
// coefficient out ((a·y)² = a²·y²), and odd and even functions make that
// coefficient positive (sin(−u) = −sin(u), cos(−u) = cos(u)).
func tidy(name string, k float64, u lin) (float64, lin) {
	if name == "exp" {
		k *= learn.Exp(u.c)
		u.c = 0
	}
	if len(u.terms) != 1 || !negligible(u.c) {
		return k, u
	}
	u.c = 0
	a := u.terms[0].coef
	odd := name == "sin" || name == "tanh" || name == "x^3" || name == "1/x"
	even := name == "cos" || name == "x^2" || name == "abs" || name == "gaussian"
	switch {
	case name == "x^2":
		return k * a * a, lin{terms: []term{{1, u.terms[0].expr}}}
	case name == "x^3":
		return k * a * a * a, lin{terms: []term{{1, u.terms[0].expr}}}
	case a < 0 && odd:
		k, u.terms[0].coef = -k, -a
	case a < 0 && even:
		u.terms[0].coef = -a
	}
	return k, u
}

// String writes v as "2·exp(…) + sin(3.142·x) − 0.5", leaving out terms
// and constants that round to 0 and coefficients that round to 1.
func (v lin) String() string {
	var b strings.Builder
	write := func(k float64, expr string) {
		neg := k < 0
		if b.Len() > 0 {
			if neg {
				b.WriteString(" - ")
			} else {
				b.WriteString(" + ")
			}
			k = math.Abs(k)
		} else if neg && expr != "" {
			b.WriteString("-")
			k = -k
		}
		switch {
		case expr == "":
			b.WriteString(num(k))
		case num(k) == "1":
			b.WriteString(expr)
		default:
			b.WriteString(num(k) + "·" + expr)
		}
	}
	for _, t := range v.terms {
		if math.Abs(t.coef) > 1e-12 {
			write(t.coef, t.expr)
		}
	}
	if !negligible(v.c) || b.Len() == 0 {
		write(v.c, "")
	}
	return b.String()
}

// inputNames returns the variables' names: x, y, z for up to three inputs,
// else x1 … xn.
func inputNames(n int) []string {
	if n <= 3 {
		return []string{"x", "y", "z"}[:n]
	}
	s := make([]string, n)
	for i := range s {
		s[i] = "x" + strconv.Itoa(i+1)
	}
	return s
}

// Formula returns the network's function as copyable plain text with
// constants rounded to 4 significant digits (spec B.9), for example
// "exp(y² + sin(3.142·x))" for the paper's walkthrough: inputs are x, y, z
// (x1 … xn for more than three), a snapped edge c·f(a·u+b)+d is written
// out with u its input node's expression (affine maps folded in), a masked
// edge disappears, and a numeric edge appears as φ[l,i→j](u). For a BCE
// network the text is the logit, wrapped as sigmoid(…). A Select network
// writes every edge as numeric.
func (n *Network) Formula() string {
	names := inputNames(n.cfg.Shape[0])
	nodes := make([]lin, len(names))
	for i, s := range names {
		nodes[i] = lin{terms: []term{{1, s}}}
	}
	for li, l := range n.layers {
		next := make([]lin, l.out)
		for i := range l.in {
			for j := range l.out {
				e := i*l.out + j
				fn := -1
				if l.gate == nil && l.sfn != nil {
					fn = l.sfn[e]
				}
				switch {
				case fn == symZero:
				case fn < 0:
					next[j].add(1, "φ["+strconv.Itoa(li)+","+strconv.Itoa(i)+"→"+strconv.Itoa(j)+"]("+nodes[i].String()+")")
				default:
					p := l.sp[4*e : 4*e+4]
					if symLib[fn].name == "x" {
						u := nodes[i].affine(p[0]*p[2], p[1]*p[2]+p[3])
						for _, t := range u.terms {
							next[j].add(t.coef, t.expr)
						}
						next[j].c += u.c
						continue
					}
					k, u := tidy(symLib[fn].name, p[2], nodes[i].affine(p[0], p[1]))
					next[j].add(k, symLib[fn].text(u.String()))
					next[j].c += p[3]
				}
			}
		}
		nodes = next
	}
	s := nodes[0].String()
	if n.cfg.Loss != learn.MSE { // a BCE network outputs a logit
		s = "sigmoid(" + s + ")"
	}
	return s
}
