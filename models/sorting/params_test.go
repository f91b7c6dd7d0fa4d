package sorting

import (
	"bioplay/models/param"
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
	// Display order (issue 3 contract): the model's parameters, the display
	// and batch ones, then speed, seed and the clicked cells.
	var names []string
	for _, sp := range s.Specs {
		names = append(names, sp.Name)
	}
	want := "n mix frozen damage values dirs labels schedule burst noise max-swaps traditional dg runs speed seed edits clear-edits " +
		"run-batch cancel-batch close-results fig3 fig4 fig5 fig7 fig8 fig9 export-trajectory export-batch export-curves"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("schema order = %s\nwant %s", got, want)
	}
	// Every parameter that enters the Config restarts the run, and says so
	// (the clicked cells say it their own way); the display parameters do
	// neither.
	for _, sp := range s.Specs {
		if sp.Kind == param.Action || sp.Name == "edits" {
			continue
		}
		display := map[string]bool{"traditional": true, "dg": true, "runs": true, "speed": true, "clear-edits": true}[sp.Name]
		if sp.Reset == display || sp.Reset != strings.Contains(sp.Help, "Restarts the run.") {
			t.Errorf("%s: Reset = %v, help %q", sp.Name, sp.Reset, sp.Help)
		}
	}
}

// The display parameters do not reach the model.
func TestConfigFromIgnoresDisplayParameters(t *testing.T) {
	v := Schema().Defaults()
	for _, kv := range [][2]string{{"traditional", "true"}, {"dg", "reference"}, {"runs", "7"}, {"speed", "9"}} {
		if err := v.Set(kv[0], kv[1]); err != nil {
			t.Fatalf("Set(%s, %s): %v", kv[0], kv[1], err)
		}
	}
	cfg, _, err := ConfigFrom(v)
	if err != nil || !reflect.DeepEqual(cfg, DefaultConfig()) {
		t.Fatalf("ConfigFrom = %+v, %v; want DefaultConfig()", cfg, err)
	}
}

func TestConfigFromValues(t *testing.T) {
	v := Schema().Defaults()
	for _, kv := range [][2]string{{"n", "40"}, {"mix", "selection:1,bubble:1"}, {"frozen", "2"}, {"damage", "stuck"},
		{"values", " 4X10"}, {"dirs", "selection:desc, bubble:asc"}, {"labels", "3"}, {"schedule", "bursty"},
		{"burst", "20"}, {"noise", "0.25"}, {"max-swaps", "500"}, {"seed", "5"}, {"edits", "0:3, 10:36"}} {
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
	if got := v.Text("values"); got != "4x10" {
		t.Errorf("values canonical form = %q", got)
	}
	if got := v.Text("dirs"); got != "selection:desc" {
		t.Errorf("dirs canonical form = %q", got)
	}
	cfg, seed, err := ConfigFrom(v)
	want := Config{N: 40, Mix: []Share{{Bubble, 1}, {Selection, 1}}, Frozen: 2, Damage: Stuck, MaxSwaps: 500,
		Edits: []Edit{{0, 3}, {10, 36}}, Distinct: 4, Directions: [NumAlgotypes]Direction{Selection: Descending},
		Labels: 3, Schedule: Bursty, Burst: 20, Noise: 0.25}
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
		{"values", "7x10", "values: 7x10 makes 70 cells but n is 100; want K·M = n"},
		{"values", "10by10", `values: "10by10" is not unique or KxM`},
		{"values", "0x100", `values: "0x100" is not unique or KxM`},
		{"n", "50", ""}, // fine while values is unique
		{"dirs", "bubble:up", `dirs: "bubble:up" is not type:direction`},
		{"dirs", "bubble:desc,bubble:asc", "dirs: bubble appears twice"},
		{"labels", "1", "labels: 1 is not allowed"},
		{"labels", "11", "labels: 11 is out of range [0, 10]"},
		{"schedule", "random", `schedule: "random" is not an option; allowed: uniform, sweep, bursty`},
		{"burst", "0", "burst: 0 is out of range [1, 1000]"},
		{"noise", "0.6", "noise: 0.6 is out of range [0, 0.5]"},
		{"runs", "0", "runs: 0 is out of range [1, 100000]"},
		{"dg", "sum", `dg: "sum" is not an option; allowed: mean, reference`},
	} {
		if c.want == "" {
			if err := v.Set(c.name, c.text); err != nil {
				t.Fatalf("Set(%s, %q) = %v", c.name, c.text, err)
			}
			continue
		}
		if err := v.Set(c.name, c.text); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Set(%s, %q) error = %v, want %q", c.name, c.text, err, c.want)
		}
	}
}

// Duplicate values must fill the array exactly; the error names both
// parameters, whichever one changes.
func TestSchemaValuesMatchN(t *testing.T) {
	v := Schema().Defaults()
	if err := v.Set("values", "10x10"); err != nil {
		t.Fatal(err)
	}
	err := v.Set("n", "50")
	if err == nil || !strings.Contains(err.Error(), "values: 10x10 makes 100 cells but n is 50") {
		t.Fatalf("Set(n, 50) with values 10x10: error = %v", err)
	}
	if v.Int("n") != 100 {
		t.Errorf("n = %d after a refused change", v.Int("n"))
	}
	for _, text := range []string{"Unique", "100x1", "1x100", "25x4"} {
		if err := v.Set("values", text); err != nil {
			t.Errorf("Set(values, %q) = %v", text, err)
		}
	}
}

func TestDirectionsRoundTrip(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"asc", "asc"}, {"", "asc"}, {" DESC ", "bubble:desc,insertion:desc,selection:desc"},
		{"bubble:asc,insertion:desc", "insertion:desc"}, {"selection:desc,bubble:desc", "bubble:desc,selection:desc"},
		{"bubble:asc", "asc"},
	} {
		d, err := ParseDirections(tc.in)
		if err != nil || FormatDirections(d) != tc.want {
			t.Errorf("FormatDirections(ParseDirections(%q)) = %q, %v, want %q", tc.in, FormatDirections(d), err, tc.want)
			continue
		}
		if back, err := ParseDirections(tc.want); err != nil || back != d {
			t.Errorf("ParseDirections(%q) = %v, %v, want %v", tc.want, back, err, d)
		}
	}
	for _, in := range []string{"up", "bubble", "bubble:", "merge:desc", "bubble:desc,,insertion:desc"} {
		if _, err := ParseDirections(in); err == nil || !strings.HasPrefix(err.Error(), "dirs: ") {
			t.Errorf("ParseDirections(%q) error = %v, want a dirs error", in, err)
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
