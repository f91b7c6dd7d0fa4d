package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressRateLimit(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &buf, total: 100, now: func() time.Time { return clock }}
	p.update(1) // first update always draws
	for i := 2; i <= 50; i++ {
		clock = clock.Add(time.Millisecond) // 49 ms: no redraw
		p.update(i)
	}
	clock = clock.Add(progressEvery)
	p.update(51) // due again
	for i := 52; i <= 100; i++ {
		p.update(i) // no time passes; only the final one draws
	}
	draws := strings.Split(buf.String(), "\r")[1:]
	want := []string{"[....................] 1/100", "[##########..........] 51/100", "[####################] 100/100"}
	if len(draws) != len(want) {
		t.Fatalf("drew %q, want %q", draws, want)
	}
	for i := range want {
		if draws[i] != want[i] {
			t.Errorf("draw %d = %q, want %q", i, draws[i], want[i])
		}
	}
	buf.Reset()
	p.finish()
	if got, want := buf.String(), "\r"+strings.Repeat(" ", len(want[2]))+"\r"; got != want {
		t.Errorf("finish wrote %q, want %q", got, want)
	}
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf, 100, time.Now); p != nil {
		t.Errorf("newProgress(buffer) = %v, want nil", p)
	}
	var p *progress // nil is silent
	p.update(1)
	p.finish()
}
