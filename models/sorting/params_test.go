package sorting

import (
	"reflect"
	"strings"
	"testing"
)

func TestSchemaIsValidAndMatchesDefaultConfig(t *testing.T) {
	s := Schema()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	cfg, seed, err := ConfigFrom(s.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg, DefaultConfig()) || seed != 1 {
		t.Fatalf("schema defaults give %+v seed %d, want DefaultConfig() and seed 1", cfg, seed)
	}
}

func TestConfigFromValues(t *testing.T) {
	v := Schema().Defaults()
	for _, kv := range [][2]string{{"n", "37"}, {"mix", "selection:1,bubble:1"}, {"frozen", "2"}, {"damage", "stuck"},
		{"max-swaps", "500"}, {"seed", "5"}, {"edits", "0:3, 10:36"}} {
		if err := v.Set(kv[0], kv[1]); err != nil {
			t.Fatalf("Set(%s, %s): %v", kv[0], kv[1], err)
		}
	}
	if got := v.Text("mix"); got != "bubble:1,selection:1" {
		t.Errorf("mix canonical form = %q", got)
	}
	if got := v.Text("edits"); got != "0:3,10:36" {
		t.Errorf("edits canonical form = %q", got)
	}
	cfg, seed, err := ConfigFrom(v)
	want := Config{N: 37, Mix: []Share{{Bubble, 1}, {Selection, 1}}, Frozen: 2, Damage: Stuck, MaxSwaps: 500,
		Edits: []Edit{{0, 3}, {10, 36}}}
	if err != nil || seed != 5 || !reflect.DeepEqual(cfg, want) {
		t.Fatalf("ConfigFrom = %+v, %d, %v; want %+v, 5", cfg, seed, err, want)
	}
}

func TestSchemaCrossChecks(t *testing.T) {
	v := Schema().Defaults()
	for _, c := range []struct{ name, text, want string }{
		{"frozen", "100", "frozen: 100 must be less than n (100)"},
		{"edits", "0:100", "edits: position 100 is outside the array [0, 99]"},
		{"edits", "5:1,4:2", `edit "4:2" comes before`},
		{"edits", "x", `edit "x" is not activation:position`},
		{"mix", "bubble,bubble", "mix:"},
	} {
		if err := v.Set(c.name, c.text); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Set(%s, %q) error = %v, want %q", c.name, c.text, err, c.want)
		}
	}
}

func TestEditsRoundTripAndLimit(t *testing.T) {
	e := []Edit{{0, 1}, {0, 1}, {99, 40}}
	back, err := ParseEdits(FormatEdits(e))
	if err != nil || !reflect.DeepEqual(back, e) {
		t.Fatalf("round trip %v → %v, %v", e, back, err)
	}
	if _, err := ParseEdits(strings.Repeat("0:1,", MaxEdits) + "0:1"); err == nil {
		t.Fatalf("%d edits accepted, want at most %d", MaxEdits+1, MaxEdits)
	}
}
