//go:build js && wasm

package swimlab

import "time"

// pacer turns wall time into control steps due, so the swimmer moves in
// real time (times the speed multiplier) whatever the frame rate. A slow
// frame's backlog beyond maxLag of simulated time is dropped rather than
// caught up, so one stall never makes every later frame slower (no spiral).
type pacer struct {
	last time.Time // wall time of the previous due call; zero before the first
	owed float64   // control steps owed, fractional
}

// maxLag is the most simulated time one frame may catch up. Our choice:
// a quarter second, about 8 control steps at 1×, invisible as a jump.
const maxLag = 0.25

// due returns the whole control steps owed at now for a simulation run at
// mult times real time with control step dt seconds, and keeps the
// fraction for the next frame.
func (p *pacer) due(now time.Time, mult, dt float64) int {
	if p.last.IsZero() {
		p.last = now
		return 1
	}
	wall := now.Sub(p.last).Seconds()
	p.last = now
	p.owed += wall * mult / dt
	if limit := maxLag * max(mult, 1) / dt; p.owed > limit {
		p.owed = limit
	}
	n := int(p.owed)
	p.owed -= float64(n)
	return n
}

// restart forgets the clock, as after a pause: the first frame back moves
// one step instead of catching up the pause.
func (p *pacer) restart() { *p = pacer{} }
