package labrun

import (
	"math"
	"strconv"
	"testing"

	"bioplay/models/param"
)

// source turns fuzz input into choices: each draw takes the next eight
// bytes (zeros once the input runs out), so every input, even an empty
// one, gives a configuration.
type source struct{ b []byte }

func (s *source) next() uint64 {
	var x uint64
	for i := 0; i < 8; i++ {
		x <<= 8
		if len(s.b) > 0 {
			x |= uint64(s.b[0])
			s.b = s.b[1:]
		}
	}
	return x
}

// intn returns a choice in [0, n).
func (s *source) intn(n int) int { return int(s.next() % uint64(n)) }

// frac returns a number in [0, 1].
func (s *source) frac() float64 { return float64(s.next()>>11) / (1<<53 - 1) }

// pick returns a text inside spec sp's allowed values: for numbers the
// bounds, the default (at most sp.Max), a point near the bottom of the
// range (where limits such as frozen < n are met) or anywhere in it; for
// choices an option; for Text one of samples or the default.
func (s *source) pick(sp param.Spec, samples []string) string {
	switch sp.Kind {
	case param.Number, param.Integer:
		var x float64
		switch s.intn(5) {
		case 0:
			x = sp.Min
		case 1:
			x = sp.Max
		case 2:
			if d, err := strconv.ParseFloat(sp.Default, 64); err == nil && d > sp.Max {
				x = sp.Max // a default above the lab's cap (see randomValues)
				break
			}
			return sp.Default
		case 3:
			x = sp.Min + s.frac()*math.Min(20, sp.Max-sp.Min)
		default:
			x = sp.Min + s.frac()*(sp.Max-sp.Min)
		}
		if sp.Kind == param.Integer {
			x = math.Min(math.Max(math.Round(x), sp.Min), sp.Max)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case param.Bool:
		return []string{"false", "true"}[s.intn(2)]
	case param.Choice:
		return sp.Options[s.intn(len(sp.Options))]
	}
	all := append(append([]string(nil), samples...), sp.Default)
	return all[s.intn(len(all))]
}

// randomValues draws a valid configuration of lab l from s, numbers no
// larger than the lab's Caps. Every picked
// value must parse (it is inside the spec); a value that breaks a
// constraint between parameters (frozen ≥ n) is dropped and the earlier
// one kept, so the result always satisfies the schema.
func randomValues(t *testing.T, l Lab, s *source) *param.Values {
	t.Helper()
	schema := l.Schema()
	v := schema.Defaults()
	for _, sp := range schema.Specs {
		if sp.Kind == param.Action {
			continue
		}
		drawn := sp
		if c, ok := l.Caps[sp.Name]; ok {
			drawn.Max = c
		}
		text := s.pick(drawn, l.Samples[sp.Name])
		if _, err := sp.Parse(text); err != nil {
			t.Fatalf("%s: picked %s=%q, which its own spec rejects: %v", l.Name(), sp.Name, text, err)
		}
		_ = v.Set(sp.Name, text) // an error leaves v as it was
	}
	return v
}
