package param

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestSetKeepsOldValueOnError(t *testing.T) {
	v := testSchema().Defaults()
	for _, c := range []struct{ name, text string }{
		{"n", "5000"}, {"n", "x"}, {"nope", "1"}, {"k", "100"}, {"go", ""},
	} {
		before := v.Clone()
		if err := v.Set(c.name, c.text); err == nil {
			t.Errorf("Set(%q, %q) = nil, want an error", c.name, c.text)
		}
		if !v.Equal(before) {
			t.Errorf("Set(%q, %q) changed the values", c.name, c.text)
		}
	}
}

func TestCrossCheckNamesBoth(t *testing.T) {
	v := testSchema().Defaults()
	err := v.Set("k", "100")
	if err == nil || !strings.Contains(err.Error(), "k: 100 must be less than n (100)") {
		t.Fatalf("Set(k, 100) error = %v", err)
	}
}

func TestUnknownNameListsKnown(t *testing.T) {
	err := testSchema().Defaults().Set("size", "1")
	if err == nil || !strings.Contains(err.Error(), `"size" is not a parameter of toy; known: n, k, rate`) {
		t.Fatalf("error = %v", err)
	}
}

func TestTypedGetters(t *testing.T) {
	v := testSchema().Defaults()
	if v.Int("n") != 100 || v.Float("rate") != 0.5 || !v.Bool("show") || v.Text("mode") != "passive" || v.Uint64("seed") != 1 {
		t.Fatalf("getters disagree with defaults: %s", v.Encode())
	}
	defer func() {
		if recover() == nil {
			t.Fatal("Bool on an integer parameter did not panic")
		}
	}()
	v.Bool("n")
}

func TestFlagsUseTheSameParser(t *testing.T) {
	v := testSchema().Defaults()
	fs := flag.NewFlagSet("toy", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	flags := v.AddFlags(fs)
	if err := fs.Parse([]string{"-k", "300", "-n", "400", "-show=false", "-mode", "stuck"}); err != nil {
		t.Fatal(err)
	}
	if v.Int("n") != 100 {
		t.Fatal("flags were set before Apply")
	}
	if err := flags.Apply(); err != nil {
		t.Fatalf("Apply: %v (k=300 needs n=400 first: schema order, not flag order)", err)
	}
	if v.Int("n") != 400 || v.Int("k") != 300 || v.Bool("show") || v.Text("mode") != "stuck" {
		t.Fatalf("after flags: %s", v.Encode())
	}
	err := fs.Parse([]string{"-n", "5000"})
	if err == nil || !strings.Contains(err.Error(), "out of range [10, 400]") {
		t.Fatalf("bad flag error = %v", err)
	}
	fs2 := flag.NewFlagSet("toy", flag.ContinueOnError)
	fs2.SetOutput(io.Discard)
	f2 := testSchema().Defaults().AddFlags(fs2)
	fs2.Parse([]string{"-k", "200"})
	if err := f2.Apply(); err == nil || !strings.Contains(err.Error(), `invalid value "200" for flag -k: k: 200 must be less than n (100)`) {
		t.Fatalf("cross-check error = %v", err)
	}
	if fs.Lookup("go") != nil {
		t.Fatal("an action got a flag")
	}
}

func TestResetParameterClearsTransient(t *testing.T) {
	s := testSchema()
	s.Specs = append(s.Specs, Spec{Name: "clicks", Kind: Text, Default: "", Reset: true, Transient: true})
	v := s.Defaults()
	if err := v.Set("clicks", "abc"); err != nil {
		t.Fatal(err)
	}
	if err := v.Set("rate", "0.1"); err != nil || v.Text("clicks") != "abc" {
		t.Fatalf("a live change cleared clicks: %q, %v", v.Text("clicks"), err)
	}
	if err := v.Set("n", "50"); err != nil || v.Text("clicks") != "" {
		t.Fatalf("after n changed clicks = %q, %v; want cleared", v.Text("clicks"), err)
	}
	v.Set("clicks", "abc")
	if err := v.Set("n", "5000"); err == nil || v.Text("clicks") != "abc" {
		t.Fatalf("a rejected change cleared clicks: %q", v.Text("clicks"))
	}
}
