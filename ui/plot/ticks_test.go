package plot

import "testing"

func TestNiceMax(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{2300, 5000}, {101, 200}, {100, 100}, {0.3, 0.5}, {1, 1}, {0, 1}, {-4, 1}, {7, 10},
	} {
		if got := NiceMax(c.in); got != c.want {
			t.Errorf("NiceMax(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
