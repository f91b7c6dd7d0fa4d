package param

import "testing"

func TestNameAndIndex(t *testing.T) {
	names := []string{"passive", "stuck"}
	if Name(names, 1, "damage") != "stuck" || Name(names, 7, "damage") != "damage(7)" {
		t.Fatalf("Name: %q, %q", Name(names, 1, "damage"), Name(names, 7, "damage"))
	}
	if i, ok := Index(names, " Stuck "); !ok || i != 1 {
		t.Fatalf("Index(Stuck) = %d, %v", i, ok)
	}
	if _, ok := Index(names, "broken"); ok {
		t.Fatal("Index accepted an unknown name")
	}
}
