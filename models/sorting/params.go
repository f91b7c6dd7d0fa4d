package sorting

import (
	"fmt"
	"strconv"
	"strings"

	"bioplay/models/param"
)

// Schema returns the sorting lab's parameters in display order: the one
// declaration behind the page's controls, the URL hash and the CLI flags.
// Its defaults equal DefaultConfig() and seed 1. The parameters
// traditional, dg and runs are for the page and the CLI only (the
// traditional baseline beside the run, the DG variant shown, the batch
// size); ConfigFrom ignores them.
func Schema() *param.Schema {
	d := DefaultConfig()
	return &param.Schema{
		Lab: "sorting",
		Specs: append([]param.Spec{
			{Name: "n", Label: "Cells", Kind: param.Integer, Min: 10, Max: 400, Step: 1, Unit: "cells",
				Default: fmt.Sprint(d.N), Reset: true,
				Help: "Array length N; values are a seeded shuffle of 0..N−1, or of the duplicates set by Values. Restarts the run."},
			{Name: "mix", Label: "Algotypes", Kind: param.Text, Default: FormatMix(d.Mix), Reset: true,
				Check: canonicalMix, Allowed: `one of bubble, insertion, selection, or shares such as "bubble:50,selection:50"`,
				Help: "Which cell-view algotype each cell runs; shares are split by largest remainder and shuffled over the array (spec §5.1). Restarts the run."},
			{Name: "frozen", Label: "Frozen cells", Kind: param.Integer, Min: 0, Max: 399, Step: 1, Unit: "cells",
				Default: fmt.Sprint(d.Frozen), Reset: true,
				Help: "Damaged cells that never act, at distinct random positions (our choice; the paper's code may pick a cell twice). Restarts the run."},
			{Name: "damage", Label: "Damage mode", Kind: param.Choice, Options: []string{Passive.String(), Stuck.String()},
				Default: d.Damage.String(), Reset: true,
				Help: "passive: a frozen cell can still be swapped by an active neighbour; stuck: it cannot move at all (spec §4). Restarts the run."},
			{Name: "values", Label: "Values", Kind: param.Text, Default: formatValues(d.Distinct, d.N), Reset: true,
				Check: canonicalValues, Allowed: valuesAllowed,
				Help: "unique: every value once; KxM such as 10x10: K distinct values, M copies each, with K·M = N, as in the paper's duplicate-value runs (spec §5.4). Restarts the run."},
			{Name: "dirs", Label: "Sort directions", Kind: param.Text, Default: FormatDirections(d.Directions), Reset: true,
				Check: canonicalDirections, Allowed: `asc, desc, or per type such as "bubble:asc,insertion:desc"`,
				Help: "The order each algotype sorts towards; cells with opposite goals can swap the same pair back and forth for ever, so such runs end at the swap cap (spec §2.6, §5.4). Sortedness is always scored ascending. Restarts the run."},
			{Name: "labels", Label: "Control labels", Kind: param.Integer, Min: 0, Max: MaxLabels, Step: 1, Unit: "labels",
				Default: fmt.Sprint(d.Labels), Reset: true,
				Help: "Identical-algotype control: 0 is off; 2 to 10 give each cell one of that many random labels and score aggregation on the labels instead of the algotypes (spec §5.3). Restarts the run."},
			{Name: "schedule", Label: "Schedule", Kind: param.Choice, Options: []string{Uniform.String(), Sweep.String(), Bursty.String()},
				Default: d.Schedule.String(), Reset: true,
				Help: "Which cell acts next: uniform picks a random cell each time; sweep activates every cell once per round in random order; bursty lets a random cell act Burst times in a row, like the paper's threads (spec §2.4). Restarts the run."},
			{Name: "burst", Label: "Burst length", Kind: param.Integer, Min: 1, Max: MaxBurst, Step: 1, Unit: "activations",
				Default: fmt.Sprint(d.Burst), Reset: true,
				Help: "With the bursty schedule, how many activations in a row the chosen cell runs (the paper's threads averaged 2–47, spec §2.4). Restarts the run."},
			{Name: "noise", Label: "Comparison noise", Kind: param.Number, Min: 0, Max: MaxNoise, Step: 0.01, Unit: "probability",
				Default: fmt.Sprint(d.Noise), Reset: true,
				Help: "Chance that a Bubble cell's comparison comes out wrong, so it may swap an ordered pair (equal values never swap; spec §2.1); a noisy array never settles and stops at the swap cap. Restarts the run."},
			{Name: "max-swaps", Label: "Swap cap", Kind: param.Integer, Min: 1, Max: 1e7, Step: 1000, Unit: "swaps",
				Default: fmt.Sprint(d.MaxSwaps), Reset: true,
				Help: "The run stops after this many swaps even if cells could still move (spec §2.5; the paper's code used 15,000 for its mixed-direction runs at N=100). Restarts the run."},
			{Name: "traditional", Label: "Traditional beside", Kind: param.Bool, Default: "false",
				Help: "Run the textbook top-down algorithm on the same array beside the cell-view one (single-algotype arrays; spec §3); applies at once."},
			{Name: "dg", Label: "DG variant", Kind: param.Choice, Options: []string{DGMean.String(), DGReference.String()},
				Default: DGMean.String(), Help: "How delayed gratification combines its rise-and-fall episodes: mean of the complete pairs, or the reference code's sum when the run ends on a rise (spec §6.3); applies at once."},
			{Name: "runs", Label: "Batch runs", Kind: param.Integer, Min: 1, Max: 100000, Step: 1, Unit: "runs",
				Default: "100", Help: "How many runs a batch makes, in the page and the CLI; run r uses seed + r − 1. Applies to the next batch."},
			{Name: "speed", Label: "Speed", Kind: param.Integer, Min: 1, Max: 20000, Step: 1, Unit: "activations/frame",
				Default: "50", Help: "Cell activations per frame while playing; applies at once."},
			{Name: "seed", Label: "Seed", Kind: param.Integer, Min: 0, Max: 1<<53 - 1, Step: 1, Default: "1", Reset: true,
				Help: "Seeds the shuffle, the frozen cells and the scheduler: the same seed gives the same run. Restarts the run."},
			{Name: "edits", Label: "Clicked cells", Kind: param.Text, Default: "", Reset: true, Transient: true,
				Check: canonicalEdits, Allowed: editsAllowed,
				Help: "Cells you froze or unfroze by clicking a bar, with the activation count at the click, so a link replays them. Cleared when another setting restarts the run."},
			{Name: "clear-edits", Label: "Clear clicked cells", Kind: param.Action,
				Help: "Forget the clicked cells and restart the run."},
		}, actionSpecs()...),
		Check: checkValues,
	}
}

const valuesAllowed = `unique, or KxM such as "10x10" (K distinct values, M copies each, K·M = n)`

// parseValues reads the values parameter: "unique" gives 0, 0; "KxM"
// gives K distinct values and M copies, each in [1, MaxN].
func parseValues(s string) (distinct, copies int, err error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "unique" {
		return 0, 0, nil
	}
	ks, ms, ok := strings.Cut(t, "x")
	k, err1 := strconv.Atoi(strings.TrimSpace(ks))
	m, err2 := strconv.Atoi(strings.TrimSpace(ms))
	if !ok || err1 != nil || err2 != nil || k < 1 || k > MaxN || m < 1 || m > MaxN {
		return 0, 0, fmt.Errorf("%q is not unique or KxM with K and M in [1, %d]; allowed: %s", s, MaxN, valuesAllowed)
	}
	return k, m, nil
}

// formatValues writes Config.Distinct for an array of n cells in the form
// parseValues reads.
func formatValues(distinct, n int) string {
	if distinct == 0 {
		return "unique"
	}
	return strconv.Itoa(distinct) + "x" + strconv.Itoa(n/distinct)
}

func canonicalValues(s string) (string, error) {
	k, m, err := parseValues(s)
	if err != nil {
		return "", err
	}
	return formatValues(k, k*m), nil
}

func canonicalDirections(s string) (string, error) {
	d, err := ParseDirections(s)
	if ce, ok := err.(*ConfigError); ok {
		return "", fmt.Errorf("%s %s", ce.Value, ce.Reason)
	}
	return FormatDirections(d), nil
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
// than cells, duplicate values that fill the array exactly, no single
// label, and clicked positions inside the array.
func checkValues(v *param.Values) error {
	n := v.Int("n")
	if f := v.Int("frozen"); f >= n {
		return &param.Error{Name: "frozen", Reason: fmt.Sprintf("%d must be less than n (%d)", f, n)}
	}
	if k, m, _ := parseValues(v.Text("values")); k > 0 && k*m != n {
		return &param.Error{Name: "values", Reason: fmt.Sprintf("%dx%d makes %d cells but n is %d; want K·M = n", k, m, k*m, n)}
	}
	if v.Int("labels") == 1 {
		return &param.Error{Name: "labels", Reason: fmt.Sprintf("1 is not allowed: one label scores nothing; use 0 (off) or 2..%d", MaxLabels)}
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
// values. Values that passed the schema always give a valid Config. The
// display parameters traditional, dg and runs, and speed, do not enter it.
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
	if c.Distinct, _, err = parseValues(v.Text("values")); err != nil {
		return c, 0, err
	}
	if c.Directions, err = ParseDirections(v.Text("dirs")); err != nil {
		return c, 0, err
	}
	c.Labels = v.Int("labels")
	if c.Schedule, err = ParseSchedule(v.Text("schedule")); err != nil {
		return c, 0, err
	}
	c.Burst = v.Int("burst")
	c.Noise = v.Float("noise")
	if c.Edits, err = ParseEdits(v.Text("edits")); err != nil {
		return c, 0, err
	}
	return c, v.Uint64("seed"), c.Validate()
}
