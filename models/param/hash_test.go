package param

import (
	"strings"
	"testing"
)

func TestHashRoundTrip(t *testing.T) {
	v := testSchema().Defaults()
	for name, text := range map[string]string{"n": "37", "k": "2", "rate": "0.125", "mode": "stuck", "show": "false", "seed": "5"} {
		if err := v.Set(name, text); err != nil {
			t.Fatal(err)
		}
	}
	enc := v.Encode()
	if want := "lab=toy&n=37&k=2&rate=0.125&show=false&mode=stuck&word=ab&seed=5"; enc != want {
		t.Fatalf("Encode() = %q, want %q", enc, want)
	}
	pairs, errs := SplitHash("#" + enc)
	w := testSchema().Defaults()
	bad, unknown := w.SetPairs(pairs)
	if len(errs)+len(bad)+len(unknown) != 0 || !w.Equal(v) {
		t.Fatalf("round trip: %v %v %v: %s", errs, bad, unknown, w.Encode())
	}
}

func TestSetPairsAppliesInSchemaOrder(t *testing.T) {
	// k=300 is only valid once n=400 is set, though it comes first in the URL.
	pairs, _ := SplitHash("k=300&n=400")
	v := testSchema().Defaults()
	if bad, _ := v.SetPairs(pairs); len(bad) != 0 || v.Int("k") != 300 {
		t.Fatalf("bad = %v, k = %d", bad, v.Int("k"))
	}
}

func TestSetPairsReportsAndKeepsDefaults(t *testing.T) {
	pairs, errs := SplitHash("lab=toy&embed=1&n=5000&zzz=1&mode=%ZZ&rate=0.5&go=1")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "malformed") {
		t.Fatalf("split errs = %v", errs)
	}
	v := testSchema().Defaults()
	bad, unknown := v.SetPairs(pairs)
	if len(bad) != 1 || !strings.Contains(bad[0].Error(), "n: 5000 is out of range") {
		t.Fatalf("bad = %v", bad)
	}
	if strings.Join(unknown, ",") != "zzz,go" {
		t.Fatalf("unknown = %v", unknown)
	}
	if v.Int("n") != 100 {
		t.Fatalf("n = %d, want the default kept", v.Int("n"))
	}
}

func TestEncodeEscapes(t *testing.T) {
	s := &Schema{Lab: "toy", Specs: []Spec{{Name: "mix", Kind: Text, Default: "a:1,b:2"}, {Name: "t", Kind: Text, Default: "x&y=z #"}}}
	enc := s.Defaults().Encode()
	if enc != "lab=toy&mix=a:1,b:2&t=x%26y%3Dz+%23" {
		t.Fatalf("Encode() = %q", enc)
	}
	pairs, _ := SplitHash(enc)
	if pairs[2].Value != "x&y=z #" {
		t.Fatalf("split back = %q", pairs[2].Value)
	}
}
