package swimmer

import (
	"math"
	"strings"
	"testing"
)

func TestCheckFiniteNamesTheCoordinate(t *testing.T) {
	b, err := NewBody(6, DefaultDensity)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSim(b)
	if err := s.CheckFinite(); err != nil {
		t.Fatalf("at rest: %v", err)
	}
	s.qvel[4] = math.NaN()
	err = s.CheckFinite()
	if err == nil || !strings.Contains(err.Error(), "qvel[4] (joint 1 angle velocity) is NaN") {
		t.Fatalf("CheckFinite = %v, want qvel[4] named", err)
	}
	s.qvel[4], s.qpos[0] = 0, math.Inf(1)
	if err := s.CheckFinite(); err == nil || !strings.Contains(err.Error(), "qpos[0] (root x) is +Inf") {
		t.Fatalf("CheckFinite = %v, want qpos[0] named", err)
	}
}
