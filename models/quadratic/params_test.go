package quadratic

import (
	"bioplay/models/param"
	"reflect"
	"strings"
	"testing"

	"bioplay/models/learn"
)

func TestSchemaIsValidAndMatchesDefaultSetup(t *testing.T) {
	s := Schema()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	got, err := SetupFrom(s.Defaults())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, DefaultSetup()) {
		t.Fatalf("schema defaults give %+v, want DefaultSetup() %+v", got, DefaultSetup())
	}
	// Display order (issue 5 contract).
	var names []string
	for _, sp := range s.Specs {
		names = append(names, sp.Name)
	}
	want := "dataset noise train hidden neuron activation optimizer lr gamma-g gamma-b shrink batch relinear compare speed seed " +
		"add-layer remove-layer add-neuron remove-neuron export-curves"
	if g := strings.Join(names, " "); g != want {
		t.Errorf("schema order = %s\nwant %s", g, want)
	}
	// Restarting parameters say so; live ones say they apply at once.
	live := map[string]bool{"lr": true, "gamma-g": true, "gamma-b": true, "shrink": true, "batch": true, "compare": true, "speed": true}
	for _, sp := range s.Specs {
		if sp.Kind == param.Action {
			continue // the shape buttons change hidden, which restarts
		}
		if sp.Reset == live[sp.Name] || sp.Reset != strings.Contains(sp.Help, "Restarts training.") ||
			!sp.Reset && !strings.Contains(sp.Help, "applies at once") && !strings.Contains(sp.Help, "Applies at once") {
			t.Errorf("%s: Reset = %v, help %q", sp.Name, sp.Reset, sp.Help)
		}
	}
	if sp, _ := s.Lookup("shrink"); !strings.Contains(sp.Help, "our design, not the paper's") {
		t.Errorf("shrink help %q does not say it is our design", sp.Help)
	}
}

func TestSetupFromValues(t *testing.T) {
	v := Schema().Defaults()
	for _, kv := range [][2]string{{"dataset", "spiral"}, {"noise", "0.1"}, {"train", "0.7"}, {"hidden", " 8, 4 ,2"},
		{"neuron", "compact"}, {"activation", "tanh"}, {"optimizer", "sgd"}, {"lr", "0.5"}, {"gamma-g", "0.1"},
		{"gamma-b", "0.2"}, {"shrink", "0.01"}, {"batch", "32"}, {"relinear", "false"}, {"compare", "true"},
		{"speed", "50"}, {"seed", "9"}} {
		if err := v.Set(kv[0], kv[1]); err != nil {
			t.Fatalf("Set(%s, %s): %v", kv[0], kv[1], err)
		}
	}
	if got := v.Text("hidden"); got != "8,4,2" {
		t.Errorf("hidden canonical form = %q", got)
	}
	got, err := SetupFrom(v)
	if err != nil {
		t.Fatal(err)
	}
	want := Setup{
		Data:  learn.DataConfig{Kind: "spiral", N: Points, Noise: 0.1, TrainShare: 0.7},
		Net:   Config{Hidden: []int{8, 4, 2}, Neuron: Compact, Activation: learn.Tanh, ReLinear: false},
		Train: learn.TrainConfig{Optimizer: learn.SGD, LR: 0.5, BatchSize: 32, GammaG: 0.1, GammaB: 0.2, Shrink: 0.01},
		Seed:  9,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SetupFrom = %+v\nwant %+v", got, want)
	}
}

func TestHiddenParsing(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		err  string
	}{
		{"", nil, ""},
		{"  ", nil, ""},
		{"8", []int{8}, ""},
		{"1,2,3,4", []int{1, 2, 3, 4}, ""},
		{"1,2,3,4,5", nil, `hidden: "1,2,3,4,5" has more than 4 layers; allowed: empty (one neuron) or up to 4 comma-separated widths in [1, 8], such as "8,8"`},
		{"9", nil, `hidden: "9" has "9", not a width in [1, 8]; allowed: empty (one neuron) or up to 4 comma-separated widths in [1, 8], such as "8,8"`},
		{"8,,8", nil, `hidden: "8,,8" has "", not a width in [1, 8]; allowed: empty (one neuron) or up to 4 comma-separated widths in [1, 8], such as "8,8"`},
		{"0", nil, `hidden: "0" has "0", not a width in [1, 8]; allowed: empty (one neuron) or up to 4 comma-separated widths in [1, 8], such as "8,8"`},
	} {
		got, err := ParseHidden(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("ParseHidden(%q) error = %v\nwant %s", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseHidden(%q) = %v, %v", tc.in, got, err)
		}
	}
	v := Schema().Defaults()
	if err := v.Set("hidden", "8,9"); err == nil || !strings.HasPrefix(err.Error(), `hidden: "8,9" has "9", not a width`) {
		t.Errorf("Set(hidden, 8,9) = %v", err)
	}
}

func TestNeuronNamesAndConfigValidate(t *testing.T) {
	for i, name := range NeuronNames() {
		nk, err := ParseNeuron(" " + strings.ToUpper(name))
		if err != nil || nk != Neuron(i) || nk.String() != name {
			t.Errorf("ParseNeuron(%q) = %v, %v", name, nk, err)
		}
	}
	if _, err := ParseNeuron("cubic"); err == nil || err.Error() != `neuron: "cubic" is not one of linear, quadratic, compact` {
		t.Errorf("ParseNeuron(cubic) = %v", err)
	}
	for _, tc := range []struct {
		c    Config
		want string
	}{
		{Config{Hidden: make([]int, 9)}, "hidden: 0,0,0,0,0,0,0,0,0 has more than 8 layers"},
		{Config{Hidden: []int{300}}, "hidden: 300 has a width outside [1, 256]"},
		{Config{Neuron: 7}, "neuron: neuron(7) is not one of linear, quadratic, compact"},
		{Config{Activation: 9}, "activation: activation(9) is not one of relu, tanh, sigmoid, linear"},
	} {
		if _, err := NewNetwork(tc.c, 1); err == nil || err.Error() != tc.want {
			t.Errorf("NewNetwork(%+v) error = %v, want %s", tc.c, err, tc.want)
		}
	}
	// Go callers may build networks larger than the page allows.
	if n, err := NewNetwork(Config{Hidden: []int{32, 32, 32, 32, 32}, Neuron: Quadratic}, 1); err != nil || n.Params() != 3*(3*32+4*33*32+33) {
		t.Errorf("large network: %v", err)
	}
}

func TestReshape(t *testing.T) {
	for _, c := range []struct {
		in     string
		action string
		want   string
	}{
		{"", "add-layer", "4"},
		{"8", "add-layer", "8,8"},
		{"1,2,3,4", "add-layer", "1,2,3,4"},
		{"8,3", "remove-layer", "8"},
		{"", "remove-layer", ""},
		{"", "add-neuron", "1"},
		{"2,8", "add-neuron", "2,8"},
		{"2,3", "add-neuron", "2,4"},
		{"2,1", "remove-neuron", "2"},
		{"2,3", "remove-neuron", "2,2"},
	} {
		h, _ := ParseHidden(c.in)
		got, ok := Reshape(h, c.action)
		if !ok || FormatHidden(got) != c.want {
			t.Errorf("Reshape(%q, %s) = %q, want %q", c.in, c.action, FormatHidden(got), c.want)
		}
	}
	if _, ok := Reshape(nil, "fig5"); ok {
		t.Error("Reshape accepted an unknown action")
	}
}
