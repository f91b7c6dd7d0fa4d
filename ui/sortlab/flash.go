//go:build js && wasm

package sortlab

// flashFrames is how many frames a swapped pair stays highlighted.
const flashFrames = 12

// flashes remembers the most recent swaps and the frame each happened in,
// for the fading highlight. When many swaps happen in one frame only the
// last len(ring) are kept.
type flashes struct {
	ring [64]flash
	next int
}

type flash struct {
	i, j, frame int
	set         bool
}

func (f *flashes) add(i, j, frame int) {
	f.ring[f.next] = flash{i, j, frame, true}
	f.next = (f.next + 1) % len(f.ring)
}
