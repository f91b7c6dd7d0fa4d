package param

import (
	"math"
	"strconv"
	"testing"
)

// FuzzParse checks that no text makes Parse panic, that every accepted
// value is canonical (parsing it again gives itself) and that accepted
// numbers are finite and in range.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"37", "NaN", "-Inf", "1e400", "0x1p3", "true", "stuck", "", " 1 ", "3.5", "1_0"} {
		f.Add(s)
	}
	s := testSchema()
	f.Fuzz(func(t *testing.T, text string) {
		for _, sp := range s.Specs {
			c, err := sp.Parse(text)
			if err != nil {
				continue
			}
			if again, err := sp.Parse(c); err != nil || again != c {
				t.Fatalf("%s: Parse(%q) = %q, but Parse(%q) = %q, %v", sp.Name, text, c, c, again, err)
			}
			if sp.Kind == Number || sp.Kind == Integer {
				x, _ := strconv.ParseFloat(c, 64)
				if math.IsNaN(x) || x < sp.Min || x > sp.Max {
					t.Fatalf("%s: accepted %q as %v", sp.Name, text, x)
				}
			}
		}
	})
}

// FuzzHash checks that any URL fragment leaves a Values that satisfies the
// schema, and that what it encodes reads back to the same values.
func FuzzHash(f *testing.F) {
	for _, s := range []string{"#lab=toy&n=37&k=2", "n=%ZZ&&=&k", "k=399&n=400&rate=NaN", "#&&&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, hash string) {
		s := testSchema()
		v := s.Defaults()
		pairs, _ := SplitHash(hash)
		v.SetPairs(pairs)
		if err := s.Check(v); err != nil {
			t.Fatalf("values break the schema after %q: %v", hash, err)
		}
		w := s.Defaults()
		back, _ := SplitHash(v.Encode())
		if bad, unknown := w.SetPairs(back); len(bad)+len(unknown) != 0 || !w.Equal(v) {
			t.Fatalf("re-read of %q: %v %v", v.Encode(), bad, unknown)
		}
	})
}
