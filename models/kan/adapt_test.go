package kan

import "testing"

func TestAdaptShape(t *testing.T) {
	v := Schema().Defaults()
	if AdaptShape(v) {
		t.Fatal("the defaults (expsin, 2,5,1) were changed")
	}
	if err := v.Set("task", "bessel"); err != nil {
		t.Fatal(err)
	}
	if !AdaptShape(v) || v.Text("shape") != "1,5,1" {
		t.Fatalf("bessel: shape %q, want 1,5,1", v.Text("shape"))
	}
	if _, err := SetupFrom(v); err != nil {
		t.Fatalf("adapted values: %v", err)
	}
}
