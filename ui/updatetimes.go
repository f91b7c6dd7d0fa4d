package ui

import (
	"sync"
	"time"
)

// FrameBudget is the model work allowed in one frame (design.md: at most
// 4 ms of a 16.7 ms frame), so the page keeps drawing and its controls keep
// answering however fast the user asks the model to run.
const FrameBudget = 4 * time.Millisecond

// UpdateTimes is the distribution of model time per Update since its last
// reset, so the page can report how often the budget was kept, not only
// its worst Update: on a machine whose other threads (a software GPU, the
// compositor) share few cores, fixed work of 3.5 ms now and then takes
// twice as long, and the largest Update alone says more about the machine
// than about the lab. Safe for concurrent use.
type UpdateTimes struct {
	mu   sync.Mutex
	bins [UpdateTimeTop / UpdateTimeBin]int // longer times share the last bin
	n    int
	over int // longer than FrameBudget
	max  time.Duration
}

// The bins of UpdateTimes. Our choice: 0.1 ms, the resolution of a
// browser's clock without cross-origin isolation, up to 20 ms.
const (
	UpdateTimeBin = 100 * time.Microsecond
	UpdateTimeTop = 20 * time.Millisecond
)

// Add records one Update's model time.
func (u *UpdateTimes) Add(d time.Duration) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.bins[min(max(int(d/UpdateTimeBin), 0), len(u.bins)-1)]++
	u.n++
	if d > FrameBudget {
		u.over++
	}
	u.max = max(u.max, d)
}

// Reset forgets every Update recorded.
func (u *UpdateTimes) Reset() {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.bins, u.n, u.over, u.max = [len(u.bins)]int{}, 0, 0, 0
}

// UpdateSummary describes the Updates an UpdateTimes recorded.
type UpdateSummary struct {
	Updates int           // recorded
	Over    int           // longer than FrameBudget
	Max     time.Duration // the longest
	// Quantiles holds, per quantile asked for, the upper edge of the bin
	// that holds it (UpdateTimeTop for the last bin; 0 with no Updates).
	Quantiles []time.Duration
}

// Summary returns the Updates recorded and the quantiles qs (each in
// (0, 1]) of their times.
func (u *UpdateTimes) Summary(qs ...float64) UpdateSummary {
	u.mu.Lock()
	defer u.mu.Unlock()
	s := UpdateSummary{Updates: u.n, Over: u.over, Max: u.max}
	for _, q := range qs {
		edge, seen := time.Duration(0), 0
		for b, c := range u.bins {
			seen += c
			if u.n > 0 && float64(seen) >= q*float64(u.n) {
				edge = time.Duration(b+1) * UpdateTimeBin
				break
			}
		}
		s.Quantiles = append(s.Quantiles, edge)
	}
	return s
}
