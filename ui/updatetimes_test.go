package ui

import (
	"testing"
	"time"
)

// TestUpdateTimes records 101 Updates, 0.1 to 10 ms in steps of 0.1 ms and
// one of an hour, and checks the count, the Updates over the 4 ms budget
// (4.1 ms and up: 61), the largest and the bins of the median (the 51st,
// 5.1 ms, lies in [5.1, 5.2)), the 90th percentile (the 91st, 9.1 ms) and
// the maximum (the last bin).
func TestUpdateTimes(t *testing.T) {
	var u UpdateTimes
	if s := u.Summary(0.5); s.Updates != 0 || s.Quantiles[0] != 0 {
		t.Fatalf("empty: %+v", s)
	}
	for k := 1; k <= 100; k++ {
		u.Add(time.Duration(k) * 100 * time.Microsecond)
	}
	u.Add(time.Hour) // shares the last bin
	s := u.Summary(0.5, 0.9, 1)
	want := []time.Duration{5200 * time.Microsecond, 9200 * time.Microsecond, UpdateTimeTop}
	if s.Updates != 101 || s.Over != 61 || s.Max != time.Hour {
		t.Errorf("summary %+v; want 101 Updates, 61 over budget, max 1h", s)
	}
	for k, q := range want {
		if s.Quantiles[k] != q {
			t.Errorf("quantile %d: %v; want %v", k, s.Quantiles[k], q)
		}
	}
	u.Reset()
	if s := u.Summary(); s.Updates != 0 || s.Over != 0 || s.Max != 0 {
		t.Errorf("after Reset: %+v", s)
	}
}
