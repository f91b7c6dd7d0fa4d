package sorting_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"bioplay/models/sorting"
)

var update = flag.Bool("update", false, "rewrite testdata/trajectories.golden from the current model")

const goldenFile = "testdata/trajectories.golden"

const goldenHeader = `# Seeded trajectory fingerprints of the sorting model (TestTrajectories).
# Each line: a configuration, an FNV-1a hash of its whole run (every
# LastSwap and, every 1009 activations and at the end, every Cell) and its
# final Metrics.
# These are our own snapshots, not paper values. A change means the model's
# behaviour changed: regenerate with
#   go test ./models/sorting/ -run TestTrajectories -update
# and say why in the commit message.
`

// TestTrajectories pins whole runs: the default path (unique values,
// ascending, uniform schedule, no labels, no noise) over every mix, damage
// mode and frozen count, with clicks and the swap cap, and the features of
// issue 3 (duplicates, directions, labels, schedules, noise). The
// default-path lines were recorded before those features existed, so they
// also show that adding them changed no default run.
func TestTrajectories(t *testing.T) {
	var out bytes.Buffer
	out.WriteString(goldenHeader)
	mixes := []string{"bubble", "insertion", "selection", "bubble:1,selection:1", "bubble:1,insertion:1",
		"insertion:1,selection:1", "bubble:1,insertion:1,selection:1"}
	for _, mix := range mixes {
		for _, d := range []sorting.Damage{sorting.Passive, sorting.Stuck} {
			for f := 0; f <= 3; f++ {
				for seed := uint64(1); seed <= 4; seed++ {
					cfg := sorting.DefaultConfig()
					cfg.N = 30 + int(seed)*10
					cfg.Mix, _ = sorting.ParseMix(mix)
					cfg.Frozen, cfg.Damage = f, d
					if seed == 3 {
						cfg.Edits = []sorting.Edit{{At: 0, Pos: 2}, {At: 50, Pos: 7}, {At: 400, Pos: 7}}
					}
					cfg.MaxSwaps = 20000 // a few chimeras with clicks livelock
					if seed == 4 {
						cfg.MaxSwaps = 300
					}
					fmt.Fprintf(&out, "%s %v f%d s%d %s\n", mix, d, f, seed, fingerprint(t, cfg, seed))
				}
			}
		}
	}
	features := []struct {
		name   string
		change func(*sorting.Config)
	}{
		{"values 10x6", func(c *sorting.Config) { c.Distinct = 10 }},
		{"values 2x30 stuck f2", func(c *sorting.Config) { c.Distinct, c.Frozen, c.Damage = 2, 2, sorting.Stuck }},
		{"dirs desc", func(c *sorting.Config) { c.Directions = [3]sorting.Direction{1, 1, 1} }},
		{"dirs bubble:desc", func(c *sorting.Config) { c.Directions[sorting.Bubble] = sorting.Descending }},
		{"dirs insertion:desc f2", func(c *sorting.Config) { c.Directions[sorting.Insertion], c.Frozen = sorting.Descending, 2 }},
		{"dirs selection:desc", func(c *sorting.Config) { c.Directions[sorting.Selection] = sorting.Descending }},
		{"labels 3", func(c *sorting.Config) { c.Labels = 3 }},
		{"sweep", func(c *sorting.Config) { c.Schedule = sorting.Sweep }},
		{"sweep passive f3 clicks", func(c *sorting.Config) {
			c.Schedule, c.Frozen = sorting.Sweep, 3
			c.Edits = []sorting.Edit{{At: 20, Pos: 4}, {At: 90, Pos: 5}}
		}},
		{"bursty 8", func(c *sorting.Config) { c.Schedule = sorting.Bursty }},
		{"bursty 30 stuck f1", func(c *sorting.Config) {
			c.Schedule, c.Burst, c.Frozen, c.Damage = sorting.Bursty, 30, 1, sorting.Stuck
		}},
		{"noise 0.05", func(c *sorting.Config) { c.Noise = 0.05 }},
	}
	for _, ft := range features {
		for _, mix := range []string{"bubble", "bubble:1,insertion:1,selection:1"} {
			cfg := sorting.DefaultConfig()
			cfg.N = 60
			cfg.MaxSwaps = 5000
			cfg.Mix, _ = sorting.ParseMix(mix)
			ft.change(&cfg)
			fmt.Fprintf(&out, "%s %s %s\n", ft.name, mix, fingerprint(t, cfg, 7))
		}
	}
	if *update {
		if err := os.WriteFile(goldenFile, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	got := bufio.NewScanner(&out)
	wantLines := strings.Split(string(want), "\n")
	for i := 0; got.Scan(); i++ {
		if i >= len(wantLines) || got.Text() != wantLines[i] {
			w := "<missing>"
			if i < len(wantLines) {
				w = wantLines[i]
			}
			t.Fatalf("%s:%d:\n got %s\nwant %s", goldenFile, i+1, got.Text(), w)
		}
	}
}

// fingerprint runs cfg from seed to the end and hashes its trajectory.
func fingerprint(t *testing.T, cfg sorting.Config, seed uint64) string {
	t.Helper()
	a, err := sorting.New(cfg, seed)
	if err != nil {
		t.Fatal(err)
	}
	h := fnv64(14695981039346656037)
	var cells []sorting.Cell
	for a.Step() {
		i, j, ok := a.LastSwap()
		h.add(i, j, b2i(ok))
		if a.Activations()%1009 == 0 || a.Done() {
			cells = a.Cells(cells)
			for _, c := range cells {
				h.add(c.Value, int(c.Type), b2i(c.Frozen), c.Pointer, b2i(c.Waiting))
			}
		}
	}
	return fmt.Sprintf("%x %+v", uint64(h), a.Metrics())
}

// fnv64 is FNV-1a over the 8 little-endian bytes of each int.
type fnv64 uint64

func (h *fnv64) add(xs ...int) {
	for _, x := range xs {
		for k := range 8 {
			*h = (*h ^ fnv64(byte(uint64(x)>>(8*k)))) * 1099511628211
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
