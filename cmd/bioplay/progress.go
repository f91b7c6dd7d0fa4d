package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a one-line progress bar, "\r[#####.....] 37/100", for a
// long batch. A nil *progress draws nothing, so callers need not check.
type progress struct {
	w     io.Writer
	total int
	now   func() time.Time // the clock, replaceable in tests
	last  time.Time        // when the bar was last drawn
	width int              // length of the last line drawn, for clearing it
}

// progressWidth is the number of cells in the bar.
const progressWidth = 20

// progressEvery is the shortest time between two redraws (at most ~10/s).
const progressEvery = 100 * time.Millisecond

// newProgress returns a progress bar on w for total runs, or nil when
// there is one run only or w is not a terminal, so output piped to a file
// or read by a test stays clean.
func newProgress(w io.Writer, total int, now func() time.Time) *progress {
	if total <= 1 || !isTerminal(w) {
		return nil
	}
	return &progress{w: w, total: total, now: now}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update records that done runs have finished and redraws the bar if the
// last redraw was long enough ago or the batch is complete.
func (p *progress) update(done int) {
	if p == nil {
		return
	}
	t := p.now()
	if p.width > 0 && done < p.total && t.Sub(p.last) < progressEvery {
		return
	}
	p.last = t
	fill := progressWidth * done / p.total
	line := fmt.Sprintf("[%s%s] %d/%d", strings.Repeat("#", fill), strings.Repeat(".", progressWidth-fill), done, p.total)
	fmt.Fprint(p.w, "\r"+line)
	p.width = len(line)
}

// finish erases the bar, so the results printed next start on a clean line.
func (p *progress) finish() {
	if p == nil || p.width == 0 {
		return
	}
	fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width)+"\r")
	p.width = 0
}
