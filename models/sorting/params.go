package sorting

import (
	"fmt"

	"bioplay/models/param"
)

// Schema returns the sorting lab's parameters in display order: the one
// declaration behind the page's controls, the URL hash and the CLI flags.
// Its defaults equal DefaultConfig() and seed 1.
func Schema() *param.Schema {
	d := DefaultConfig()
	return &param.Schema{
		Lab: "sorting",
		Specs: []param.Spec{
			{Name: "n", Label: "Cells", Kind: param.Integer, Min: 10, Max: 400, Step: 1, Unit: "cells",
				Default: fmt.Sprint(d.N), Reset: true,
				Help: "Array length N; values are a seeded shuffle of 0..N−1. Restarts the run."},
			{Name: "mix", Label: "Algotypes", Kind: param.Text, Default: FormatMix(d.Mix), Reset: true,
				Check: canonicalMix, Allowed: `one of bubble, insertion, selection, or shares such as "bubble:50,selection:50"`,
				Help: "Which cell-view algotype each cell runs; shares are split by largest remainder and shuffled over the array (spec §5.1). Restarts the run."},
			{Name: "frozen", Label: "Frozen cells", Kind: param.Integer, Min: 0, Max: 399, Step: 1, Unit: "cells",
				Default: fmt.Sprint(d.Frozen), Reset: true,
				Help: "Damaged cells that never act, at distinct random positions (our choice; the paper's code may pick a cell twice). Restarts the run."},
			{Name: "damage", Label: "Damage mode", Kind: param.Choice, Options: []string{Passive.String(), Stuck.String()},
				Default: d.Damage.String(), Reset: true,
				Help: "passive: a frozen cell can still be swapped by an active neighbour; stuck: it cannot move at all (spec §4). Restarts the run."},
			{Name: "max-swaps", Label: "Swap cap", Kind: param.Integer, Min: 1, Max: 1e7, Step: 1000, Unit: "swaps",
				Default: fmt.Sprint(d.MaxSwaps), Reset: true,
				Help: "The run stops after this many swaps even if cells could still move (spec §2.5; the paper's code used 15,000 for its mixed-direction runs at N=100). Restarts the run."},
			{Name: "speed", Label: "Speed", Kind: param.Integer, Min: 1, Max: 20000, Step: 1, Unit: "activations/frame",
				Default: "50", Help: "Cell activations per frame while playing; applies at once."},
			{Name: "seed", Label: "Seed", Kind: param.Integer, Min: 0, Max: 1<<53 - 1, Step: 1, Default: "1", Reset: true,
				Help: "Seeds the shuffle, the frozen cells and the scheduler: the same seed gives the same run. Restarts the run."},
			{Name: "edits", Label: "Clicked cells", Kind: param.Text, Default: "", Reset: true, Transient: true,
				Check: canonicalEdits, Allowed: editsAllowed,
				Help: "Cells you froze or unfroze by clicking a bar, with the activation count at the click, so a link replays them. Cleared when another setting restarts the run."},
			{Name: "clear-edits", Label: "Clear clicked cells", Kind: param.Action,
				Help: "Forget the clicked cells and restart the run."},
		},
		Check: checkValues,
	}
}

const editsAllowed = `empty, or activation:position pairs such as "0:12,3500:40" (activations non-decreasing)`

// MaxEdits bounds the clicked-cell list so a URL cannot make a huge one.
const MaxEdits = 1000

// canonicalMix checks a mix for the schema; its error drops the field
// name, which the schema's error already gives.
func canonicalMix(s string) (string, error) {
	m, err := ParseMix(s)
	if ce, ok := err.(*ConfigError); ok {
		return "", fmt.Errorf("%s %s", ce.Value, ce.Reason)
	}
	if err != nil {
		return "", err
	}
	return FormatMix(m), nil
}

func canonicalEdits(s string) (string, error) {
	e, err := ParseEdits(s)
	if err != nil {
		return "", fmt.Errorf("%v; allowed: %s", err, editsAllowed)
	}
	return FormatEdits(e), nil
}

// checkValues holds the constraints between parameters: fewer frozen cells
// than cells, and clicked positions inside the array.
func checkValues(v *param.Values) error {
	n := v.Int("n")
	if f := v.Int("frozen"); f >= n {
		return &param.Error{Name: "frozen", Reason: fmt.Sprintf("%d must be less than n (%d)", f, n)}
	}
	e, _ := ParseEdits(v.Text("edits"))
	for _, x := range e {
		if x.Pos >= n {
			return &param.Error{Name: "edits", Reason: fmt.Sprintf("position %d is outside the array [0, %d]", x.Pos, n-1)}
		}
	}
	return nil
}

// ConfigFrom builds the model's configuration and seed from the lab's
// values. Values that passed the schema always give a valid Config.
func ConfigFrom(v *param.Values) (Config, uint64, error) {
	c := DefaultConfig()
	c.N = v.Int("n")
	var err error
	if c.Mix, err = ParseMix(v.Text("mix")); err != nil {
		return c, 0, err
	}
	c.Frozen = v.Int("frozen")
	if c.Damage, err = ParseDamage(v.Text("damage")); err != nil {
		return c, 0, err
	}
	c.MaxSwaps = v.Int("max-swaps")
	if c.Edits, err = ParseEdits(v.Text("edits")); err != nil {
		return c, 0, err
	}
	return c, v.Uint64("seed"), c.Validate()
}
