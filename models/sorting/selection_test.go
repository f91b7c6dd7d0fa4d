package sorting

import "testing"

// Selection cells, spec §2.3, §4 and the §6.5 compare counter.
func TestSelection(t *testing.T) {
	testActivations(t, []activation{
		// name, damage, before, acts, after, changed, swaps, compares, pointer moves, attempts
		{"smaller than the occupant: swap, pointer stays", Passive, "1s@0 2s@0 0s@0", "2", "0s@0 2s@0 1s@0", true, 1, 1, 0, 0},
		{"not smaller: pointer advances", Passive, "0s@0 2s@0 1s@0", "2", "0s@0 2s@0 1s@1", true, 0, 1, 1, 0},
		{"equal: pointer advances", Passive, "1s@0 1s@0", "1", "1s@0 1s@1", true, 0, 1, 1, 0},
		{"at its pointer: nothing", Passive, "0s@0 1s@1", "1", "0s@0 1s@1", false, 0, 0, 0, 0},
		{"pointer off the array: idle", Passive, "0s@0 1s@2", "1", "0s@0 1s@2", false, 0, 0, 0, 0},
		{"pointer ahead of the cell: jumps right", Passive, "1s@2 0b 5b", "0", "5b 0b 1s@2", true, 1, 1, 0, 0},
		{"frozen at the pointer, passive: skip and swap", Passive, "5s*@0 1s@0", "1", "1s@1 5s*@0", true, 1, 1, 1, 0},
		{"frozen at the pointer, bigger: skip only", Passive, "0s*@0 1s@0", "1", "0s*@0 1s@1", true, 0, 1, 1, 0},
		{"passive quirk: hop right past the frozen cell", Passive, "5s*@0 1s@0 3s@0", "1 0 1",
			"5s*@0 3s@0 1s@2", true, 3, 3, 2, 0},
		{"frozen at the pointer, stuck: skip, refuse, count", Stuck, "5s*@0 1s@0", "1", "5s*@0 1s!@1", true, 0, 1, 1, 1},
		{"stuck: then at its pointer", Stuck, "5s*@0 1s@0", "1 1", "5s*@0 1s!@1", false, 0, 1, 1, 1},
		{"stuck: each initiator counted once", Stuck, "5s*@0 1s@0 3s@0", "1 2 2", "5s*@0 1s!@1 3s!@2", true, 0, 3, 3, 2},
		{"frozen at the pointer, stuck, bigger: no attempt", Stuck, "0s*@0 1s@0", "1", "0s*@0 1s@1", true, 0, 1, 1, 0},
	})
}
