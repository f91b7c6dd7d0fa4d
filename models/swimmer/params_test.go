package swimmer

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestSchema(t *testing.T) {
	s := Schema()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	got, err := SetupFrom(s.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	if want := DefaultSetup(); !reflect.DeepEqual(got, want) {
		t.Errorf("SetupFrom(defaults) = %+v,\nwant DefaultSetup() = %+v", got, want)
	}
	for _, name := range []string{"links", "density", "controller", "w-prop", "w-osc", "w-ipsi", "w-contra", "period",
		"wavelength", "amplitude", "signs", "sharing", "init", "unshared", "mlp-hidden", "mlp-weights", "start", "steps",
		"pop", "sigma", "es-lr", "eval-starts", "generations", "speed", "seed", "train", "reset-weights"} {
		if _, ok := s.Lookup(name); !ok {
			t.Errorf("schema lacks %q", name)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	for _, c := range []struct{ name, value, want string }{
		{"links", "16", "links: 16 is out of range [3, 15]"},
		{"pop", "15", "pop: 15 must be even"},
		{"unshared", "1,2,3", "unshared: has 3 weights needs 6 per joint: 30 for 6 links"},
		{"unshared", "1,x", "unshared"},
		{"mlp-weights", "!!", "mlp-weights"},
		{"mlp-hidden", "32,0", "mlp-hidden"},
	} {
		v := Schema().Defaults()
		if c.name == "unshared" {
			_ = v.Set("sharing", "false")
		}
		err := v.Set(c.name, c.value)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Set(%s, %q) error = %v, want it to contain %q", c.name, c.value, err, c.want)
		}
	}
}

func TestWeightEncodings(t *testing.T) {
	xs := []float64{1, -0.5, math.Pi, 1e-300, -7}
	back, err := DecodeFloats(EncodeFloats(xs))
	if err != nil || !reflect.DeepEqual(back, xs) {
		t.Errorf("DecodeFloats(EncodeFloats(%v)) = %v, %v", xs, back, err)
	}
	w, err := ParseWeights(" 1.5, 0.2,1,-1 ")
	if err != nil || w != [4]float64{1.5, 0.2, 1, -1} {
		t.Errorf("ParseWeights = %v, %v", w, err)
	}
	if _, err := ParseWeights("1,2,3"); err == nil {
		t.Error("ParseWeights with 3 values: no error")
	}
	if got := FormatFloats([]float64{0.1, -2, 1e-9}); got != "0.1,-2,1e-09" {
		t.Errorf("FormatFloats = %q", got)
	}
}

// A trained MLP survives the URL: encode its weights, rebuild, same episode.
func TestSetupMLPWeightsRoundTrip(t *testing.T) {
	v := Schema().Defaults()
	_ = v.Set("controller", "mlp")
	s, _ := SetupFrom(v)
	c, _ := s.NewController()
	p := c.Params()
	for i := range p {
		p[i] *= 1.5
	}
	if err := v.Set("mlp-weights", EncodeFloats(p)); err != nil {
		t.Fatal(err)
	}
	s2, err := SetupFrom(v)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := s2.NewController()
	if !reflect.DeepEqual(c2.Params(), p) {
		t.Error("MLP weights did not round-trip through the schema")
	}
}
