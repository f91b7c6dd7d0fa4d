package sorting

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestDefaultConfigValid(t *testing.T) {
	cfg := DefaultConfig()
	if err := cfg.Validate(); err != nil {
		t.Fatalf("DefaultConfig().Validate() = %v", err)
	}
	if cfg.N != 100 || FormatMix(cfg.Mix) != "bubble" || cfg.Frozen != 0 || cfg.Damage != Passive || cfg.MaxSwaps != 100000 ||
		cfg.Distinct != 0 || cfg.Directions != [NumAlgotypes]Direction{} || cfg.Labels != 0 || cfg.Schedule != Uniform ||
		cfg.Burst != 8 || cfg.Noise != 0 {
		t.Errorf("DefaultConfig() = %+v", cfg)
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Config)
		field  string
		text   string
	}{
		{"n too big", func(c *Config) { c.N = 5000 }, "n", "n: 5000 is out of range [2, 1000]"},
		{"n too small", func(c *Config) { c.N = 1 }, "n", "n: 1 is out of range [2, 1000]"},
		{"frozen", func(c *Config) { c.Frozen = 120 }, "frozen", "frozen: 120 is out of range [0, 99]"},
		{"negative frozen", func(c *Config) { c.Frozen = -1 }, "frozen", "frozen: -1 is out of range [0, 99]"},
		{"empty mix", func(c *Config) { c.Mix = nil }, "mix", ""},
		{"zero weight", func(c *Config) { c.Mix = []Share{{Bubble, 0}} }, "mix.bubble", "mix.bubble: 0 is out of range [1, 1000000]"},
		{"duplicate type", func(c *Config) { c.Mix = []Share{{Bubble, 1}, {Bubble, 2}} }, "mix", ""},
		{"bad type", func(c *Config) { c.Mix = []Share{{Algotype(3), 1}} }, "mix", ""},
		{"bad damage", func(c *Config) { c.Damage = 2 }, "damage", "damage: 2 is not one of passive, stuck"},
		{"max swaps", func(c *Config) { c.MaxSwaps = 0 }, "max-swaps", "max-swaps: 0 is out of range [1, 1000000000]"},
		{"edit position", func(c *Config) { c.Edits = []Edit{{At: 3, Pos: 100}} }, "edits[0].pos", "edits[0].pos: 100 is out of range [0, 99]"},
		{"edits out of order", func(c *Config) { c.Edits = []Edit{{At: 3, Pos: 1}, {At: 2, Pos: 1}} }, "edits[1].at", ""},
		{"distinct negative", func(c *Config) { c.Distinct = -1 }, "values", "values: -1 is out of range [0, 100]"},
		{"distinct too big", func(c *Config) { c.Distinct = 101 }, "values", "values: 101 is out of range [0, 100]"},
		{"distinct not a divisor", func(c *Config) { c.Distinct = 7 }, "values",
			"values: 7 distinct values do not divide n (100) into equal copies"},
		{"bad direction", func(c *Config) { c.Directions[Selection] = 2 }, "dirs.selection", "dirs.selection: 2 is not one of asc, desc"},
		{"one label", func(c *Config) { c.Labels = 1 }, "labels", "labels: 1 is not allowed; want 0 (off) or 2..10 labels to score"},
		{"too many labels", func(c *Config) { c.Labels = 11 }, "labels", "labels: 11 is out of range [0, 10]"},
		{"bad schedule", func(c *Config) { c.Schedule = 3 }, "schedule", "schedule: 3 is not one of uniform, sweep, bursty"},
		{"zero burst", func(c *Config) { c.Schedule, c.Burst = Bursty, 0 }, "burst", "burst: 0 is out of range [1, 1000]"},
		{"long burst", func(c *Config) { c.Schedule, c.Burst = Bursty, 1001 }, "burst", ""},
		{"negative noise", func(c *Config) { c.Noise = -0.1 }, "noise", "noise: -0.1 is out of range [0, 0.5]"},
		{"big noise", func(c *Config) { c.Noise = 0.75 }, "noise", ""},
		{"NaN noise", func(c *Config) { c.Noise = math.NaN() }, "noise", "noise: NaN is out of range [0, 0.5]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tc.change(&cfg)
			err := cfg.Validate()
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Field != tc.field {
				t.Fatalf("Validate() = %v, want a *ConfigError for %q", err, tc.field)
			}
			if tc.text != "" && err.Error() != tc.text {
				t.Errorf("Validate() = %q, want %q", err, tc.text)
			}
			if _, err := New(cfg, 1); err == nil {
				t.Errorf("New accepted an invalid config")
			}
		})
	}
}

// Burst is checked only for the Bursty schedule, so a Config literal
// without it stays valid; duplicates and labels at their limits are valid.
func TestValidateAccepts(t *testing.T) {
	for _, change := range []func(*Config){
		func(c *Config) { c.Burst = 0 },
		func(c *Config) { c.Schedule, c.Burst = Sweep, 0 },
		func(c *Config) { c.Distinct = 1 },
		func(c *Config) { c.Distinct = 100 },
		func(c *Config) { c.Labels = 2 },
		func(c *Config) { c.Labels = MaxLabels },
		func(c *Config) { c.Noise = MaxNoise },
		func(c *Config) { c.Directions = [NumAlgotypes]Direction{Descending, Descending, Descending} },
	} {
		cfg := DefaultConfig()
		change(&cfg)
		if err := cfg.Validate(); err != nil {
			t.Errorf("%+v: Validate() = %v", cfg, err)
		}
	}
}

// New copies the Config: later changes to the caller's slices do not leak
// in, and Config returns a copy.
func TestConfigCopied(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Edits = []Edit{{At: 5, Pos: 1}}
	a := newArray(t, cfg, 1)
	cfg.Mix[0].Type = Selection
	cfg.Edits[0].Pos = 7
	got := a.Config()
	if got.Mix[0].Type != Bubble || got.Edits[0].Pos != 1 {
		t.Errorf("Config() = %+v, changed by the caller's slices", got)
	}
	got.Mix[0].Type = Insertion
	if a.Config().Mix[0].Type != Bubble {
		t.Errorf("Config() shares its slices")
	}
}

func TestAlgotypeDamageNames(t *testing.T) {
	for ty := range Algotype(NumAlgotypes) {
		got, err := ParseAlgotype(ty.String())
		if err != nil || got != ty {
			t.Errorf("ParseAlgotype(%q) = %v, %v", ty.String(), got, err)
		}
	}
	if Algotype(7).String() != "algotype(7)" || Damage(9).String() != "damage(9)" {
		t.Errorf("undefined values: %q, %q", Algotype(7), Damage(9))
	}
	for _, d := range []Damage{Passive, Stuck} {
		got, err := ParseDamage(d.String())
		if err != nil || got != d {
			t.Errorf("ParseDamage(%q) = %v, %v", d.String(), got, err)
		}
	}
	if _, err := ParseAlgotype("merge"); err == nil || err.Error() != `algotype: "merge" is not one of bubble, insertion, selection` {
		t.Errorf("ParseAlgotype(merge) = %v", err)
	}
	if _, err := ParseDamage("broken"); err == nil || err.Error() != `damage: "broken" is not one of passive, stuck` {
		t.Errorf("ParseDamage(broken) = %v", err)
	}
}

func TestDirectionScheduleNames(t *testing.T) {
	for _, d := range []Direction{Ascending, Descending} {
		got, err := ParseDirection(" " + strings.ToUpper(d.String()))
		if err != nil || got != d {
			t.Errorf("ParseDirection(%q) = %v, %v", d.String(), got, err)
		}
	}
	for _, s := range []Schedule{Uniform, Sweep, Bursty} {
		got, err := ParseSchedule(s.String())
		if err != nil || got != s {
			t.Errorf("ParseSchedule(%q) = %v, %v", s.String(), got, err)
		}
	}
	if Ascending.String() != "asc" || Descending.String() != "desc" || Sweep.String() != "sweep" {
		t.Errorf("names: %q %q %q", Ascending, Descending, Sweep)
	}
	if Direction(5).String() != "direction(5)" || Schedule(4).String() != "schedule(4)" {
		t.Errorf("undefined values: %q, %q", Direction(5), Schedule(4))
	}
	if _, err := ParseDirection("up"); err == nil || err.Error() != `direction: "up" is not one of asc, desc` {
		t.Errorf("ParseDirection(up) = %v", err)
	}
	if _, err := ParseSchedule("random"); err == nil || err.Error() != `schedule: "random" is not one of uniform, sweep, bursty` {
		t.Errorf("ParseSchedule(random) = %v", err)
	}
}
