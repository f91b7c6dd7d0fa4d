package kan

import (
	"reflect"
	"strings"
	"testing"

	"bioplay/models/learn"
	"bioplay/models/param"
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
		t.Fatalf("schema defaults give %+v, want %+v", got, DefaultSetup())
	}
	live := map[string]bool{"lr": true, "optimizer": true, "batch": true, "grid-update": true, "refine-to": true,
		"decay": true, "compare": true, "speed": true, "lambda": true, "select-full": true, "select-selective": true,
		"prune-threshold": true}
	for _, sp := range s.Specs {
		if sp.Kind == param.Action {
			continue
		}
		if sp.Reset == live[sp.Name] || sp.Reset != strings.Contains(sp.Help, "Restarts training.") {
			t.Errorf("%s: Reset = %v, help %q", sp.Name, sp.Reset, sp.Help)
		}
	}
}

func TestSetupFromValues(t *testing.T) {
	v := Schema().Defaults()
	for _, kv := range [][2]string{{"task", "bessel"}, {"shape", " 1, 3 ,1"}, {"grid", "10"}, {"k", "2"}, {"lr", "0.05"},
		{"optimizer", "sgd"}, {"batch", "64"}, {"grid-update", "false"}, {"points", "500"}, {"test-points", "200"},
		{"noise", "0.1"}, {"refine-to", "20, 40"}, {"decay", "0.5"}, {"seed", "9"}} {
		if err := v.Set(kv[0], kv[1]); err != nil {
			t.Fatalf("Set(%s, %s): %v", kv[0], kv[1], err)
		}
	}
	got, err := SetupFrom(v)
	if err != nil {
		t.Fatal(err)
	}
	want := Setup{Task: "bessel", Points: 500, TestPoints: 200, Noise: 0.1,
		Net: Config{Shape: []int{1, 3, 1}, Grid: 10, Order: 2, Loss: learn.MSE},
		Train: TrainConfig{Optimizer: learn.SGD, LR: 0.05, Batch: 64, GridUpdate: false, GridEvery: 5, GridUntil: 50, Decay: 0.5,
			SelectFull: DefaultSelectFull, SelectSelective: DefaultSelectSelective},
		RefineTo: []int{20, 40}, Seed: 9, PruneThreshold: DefaultPruneThreshold}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SetupFrom = %+v\nwant %+v", got, want)
	}
	if err := v.Set("task", "rings"); err != nil {
		t.Fatal(err)
	}
	_, err = SetupFrom(v)
	if err == nil || !strings.Contains(err.Error(), "shape") || !strings.Contains(err.Error(), "2,3,1") {
		t.Errorf("1-D shape on a 2-D task: error %v, want one naming shape and suggesting 2,3,1", err)
	}
}

// Bad values are rejected with a message naming the parameter and what is
// allowed.
func TestSchemaRejects(t *testing.T) {
	v := Schema().Defaults()
	for _, tc := range [][3]string{
		{"shape", "2,5,2", "ends in 2"}, {"shape", "2,x,1", "not a width"}, {"shape", "2,11,1", "width 11"},
		{"shape", "1", "1 widths"}, {"grid", "0", "out of range"}, {"k", "6", "out of range"},
		{"refine-to", "10,5", "not increasing"}, {"refine-to", "1000", "not a grid size"}, {"lr", "NaN", "finite"},
		{"task", "circle", "not an option"},
	} {
		err := v.Set(tc[0], tc[1])
		if err == nil || !strings.Contains(err.Error(), tc[0]) || !strings.Contains(err.Error(), tc[2]) {
			t.Errorf("Set(%s, %q) = %v, want an error naming %s with %q", tc[0], tc[1], err, tc[0], tc[2])
		}
	}
}

func TestNextGrid(t *testing.T) {
	for _, tc := range []struct {
		g    int
		want int
		ok   bool
	}{{5, 10, true}, {10, 20, true}, {3, 10, true}, {100, 0, false}} {
		if got, ok := NextGrid(tc.g, []int{10, 20, 50, 100}); got != tc.want || ok != tc.ok {
			t.Errorf("NextGrid(%d) = %d, %v", tc.g, got, ok)
		}
	}
}
