package sorting

import "testing"

// Bubble cells, spec §2.1, §4 and the §6.5 compare counter.
func TestBubble(t *testing.T) {
	testActivations(t, []activation{
		// name, damage, before, acts, after, changed, swaps, compares, pointer moves, attempts
		{"right neighbour smaller: swap", Passive, "2b 1b 0b", "0>", "1b 2b 0b", true, 1, 1, 0, 0},
		{"left neighbour bigger: swap", Passive, "2b 1b 0b", "1<", "1b 2b 0b", true, 1, 1, 0, 0},
		{"drawn side in order: no swap, still counted", Passive, "1b 2b 0b", "1<", "1b 2b 0b", false, 0, 1, 0, 0},
		{"left edge", Passive, "1b 0b", "0<", "1b 0b", false, 0, 1, 0, 0},
		{"right edge", Passive, "1b 0b", "1>", "1b 0b", false, 0, 1, 0, 0},
		{"in place: not counted", Passive, "0b 1b 2b", "1> 1<", "0b 1b 2b", false, 0, 0, 0, 0},
		{"equal values never swap", Passive, "1b 1b", "0> 1<", "1b 1b", false, 0, 0, 0, 0},
		{"frozen cell never acts", Passive, "1b* 0b", "0>", "1b* 0b", false, 0, 0, 0, 0},
		{"passive: displaces a frozen neighbour, which is not counted as active", Passive,
			"2b 1b* 0b", "0>", "1b* 2b 0b", true, 1, 0, 0, 0},
		{"passive: frozen cell moves on", Passive, "2b 1b* 0b", "0> 1>", "1b* 0b 2b", true, 2, 1, 0, 0},
		{"stuck: swap with a frozen neighbour refused and counted", Stuck,
			"2b 1b* 0b", "0>", "2b! 1b* 0b", false, 0, 0, 0, 1},
		{"stuck: counted once per initiator", Stuck, "2b 1b* 0b", "0> 0> 0>", "2b! 1b* 0b", false, 0, 0, 0, 1},
		{"stuck: frozen left neighbour", Stuck, "1b* 0b", "1<", "1b* 0b!", false, 0, 0, 0, 1},
		{"stuck: target's flag cleared by a swap", Stuck, "3b! 1b 5b*", "1<", "1b 3b 5b*", true, 1, 1, 0, 0},
		{"stuck: initiator's flag cleared by a swap", Stuck, "0b 2b! 1b 9b*", "1>", "0b 1b 2b 9b*", true, 1, 1, 0, 0},
		{"stuck: a new initiator after a swap", Stuck, "3b 2b 1b*", "1> 0> 1> 1>", "2b 3b! 1b*", false, 1, 2, 0, 2},
		{"stuck: flag cleared, counted again", Stuck, "2b! 1b 0b*", "1< 0> 1>", "1b 2b! 0b*", false, 1, 1, 0, 1},
		{"stuck: ordinary swaps unaffected", Stuck, "1b 0b 5b*", "0>", "0b 1b 5b*", true, 1, 1, 0, 0},
	})
}
