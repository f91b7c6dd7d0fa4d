package labrun

import (
	"slices"
	"testing"

	"bioplay/internal/docsgen"
	"bioplay/models/param"
)

// TestRegistryCoversEveryLab fails when a lab of the page (the schemas in
// internal/docsgen.Labs, which its own test ties to wasm/labs.go) has no
// runner here, or the registry names a lab the page does not have, so no
// lab escapes fuzzing.
func TestRegistryCoversEveryLab(t *testing.T) {
	var page, here []string
	for _, s := range docsgen.Labs {
		page = append(page, s().Lab)
	}
	for _, l := range Labs {
		here = append(here, l.Name())
	}
	if !slices.Equal(page, here) {
		t.Fatalf("labrun.Labs = %v, but the page's labs are %v: add the missing lab's runner to Labs", here, page)
	}
}

// TestLabsAreWellFormed checks each entry: a valid schema, a positive
// step budget, caps inside numeric parameters' ranges, samples only for
// known parameters, and every sample a value the schema accepts.
func TestLabsAreWellFormed(t *testing.T) {
	for _, l := range Labs {
		s := l.Schema()
		if err := s.Validate(); err != nil {
			t.Errorf("%s: %v", s.Lab, err)
		}
		if l.New == nil || l.Steps <= 0 {
			t.Errorf("%s: New is nil or Steps = %d", s.Lab, l.Steps)
		}
		for name, c := range l.Caps {
			sp, ok := s.Lookup(name)
			if !ok || (sp.Kind != param.Number && sp.Kind != param.Integer) || c < sp.Min || c > sp.Max {
				t.Errorf("%s: cap %s=%g is not inside a numeric parameter's range", s.Lab, name, c)
			}
		}
		for name, texts := range l.Samples {
			sp, ok := s.Lookup(name)
			if !ok {
				t.Errorf("%s: samples for unknown parameter %q", s.Lab, name)
				continue
			}
			for _, text := range texts {
				if _, err := sp.Parse(text); err != nil {
					t.Errorf("%s: sample %s=%q: %v", s.Lab, name, text, err)
				}
			}
		}
	}
}

// TestDefaultsRunClean: every lab's default configuration builds and runs
// its step budget with finite metrics and nothing for Check to report.
func TestDefaultsRunClean(t *testing.T) {
	for _, l := range Labs {
		r, err := l.New(l.Schema().Defaults())
		if err != nil {
			t.Fatalf("%s: defaults: %v", l.Name(), err)
		}
		if err := runChecked(r, l.Steps); err != nil {
			t.Errorf("%s: %v", l.Name(), err)
		}
		if err := r.Check(); err != nil {
			t.Errorf("%s: defaults diverged: %v", l.Name(), err)
		}
		if len(r.Metrics()) == 0 {
			t.Errorf("%s: no metrics to check", l.Name())
		}
	}
}

// TestRunCheckedCatchesNaN proves the fuzz oracle can fail: a runner whose
// metric goes NaN without Check noticing is reported.
func TestRunCheckedCatchesNaN(t *testing.T) {
	if err := runChecked(nanRunner{}, 10); err == nil {
		t.Fatal("runChecked accepted a NaN metric")
	}
}

type nanRunner struct{}

func (nanRunner) Step(n int) int    { return n }
func (nanRunner) Done() bool        { return false }
func (nanRunner) Metrics() []Metric { return []Metric{{"x", nan()}} }
func (nanRunner) Check() error      { return nil }

func nan() float64 { z := 0.0; return z / z }
