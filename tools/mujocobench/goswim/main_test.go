package main

import (
	"math"
	"testing"
)

// TestRun checks goswim's report against spec §2.5 G4 (NCAP at initial
// weights, straight start, 6 links, MuJoCo 3.3.8: return 794.9528) and
// that bad flags come back as errors.
func TestRun(t *testing.T) {
	tests := []struct {
		name               string
		links, eps, steps  int
		wantErr            bool
		wantReturn, within float64
	}{
		{"G4 return", 6, 1, 1000, false, 794.9528, 5e-5},
		{"one step", 6, 2, 1, false, 0, 0}, // G1: after one step the head moves backwards (local vy = +1.58e-3 m/s), reward 0
		{"no timed episodes", 6, 0, 1000, true, 0, 0},
		{"too few links", 2, 1, 1000, true, 0, 0},
		{"no steps", 6, 1, 0, true, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := run(tc.links, tc.eps, tc.steps)
			if (err != nil) != tc.wantErr {
				t.Fatalf("run(%d, %d, %d) error = %v, want error %v", tc.links, tc.eps, tc.steps, err, tc.wantErr)
			}
			if tc.wantErr {
				return
			}
			if math.Abs(r.Return-tc.wantReturn) > tc.within {
				t.Errorf("return = %.6f, want %.4f ± %g", r.Return, tc.wantReturn, tc.within)
			}
			if len(r.Seconds) != tc.eps || len(r.Qpos) != tc.links+2 {
				t.Errorf("got %d timings and %d qpos, want %d and %d", len(r.Seconds), len(r.Qpos), tc.eps, tc.links+2)
			}
		})
	}
}
