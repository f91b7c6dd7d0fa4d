//go:build js && wasm

package sortlab

import (
	"fmt"
	"strconv"
	"strings"

	"bioplay/models/param"
	"bioplay/models/sortbatch"
)

// Action runs the schema's actions: clicked-cell clearing, batches, the
// paper's figure presets and the exports.
func (s *Scene) Action(name string) error {
	switch name {
	case "clear-edits":
		s.edits = nil
		s.page.ParamChanged("edits", "")
		s.restart()
	case "run-batch":
		runs := s.values.Int("runs")
		s.startBatch(fmt.Sprintf("Batch: these settings, %d runs", runs),
			fmt.Sprintf("Seeds %d…%d.", s.seed, s.seed+uint64(runs)-1),
			[]sortbatch.Condition{{Name: "these settings"}}, s.values, runs)
	case "cancel-batch":
		if s.batch != nil && !s.batch.finished() {
			s.batch.cancel()
		}
	case "close-results":
		s.batch = nil
	case "export-trajectory":
		s.exportTrajectory()
	case "export-batch":
		s.exportBatch()
	case "export-curves":
		s.exportCurves()
	default:
		n, ok := figureAction(name)
		if !ok {
			return &param.Error{Name: name, Reason: "is not an action of the sorting lab"}
		}
		return s.preset(n)
	}
	return nil
}

// figureAction reads "fig5" as figure 5.
func figureAction(name string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimPrefix(name, "fig"))
	return n, err == nil && strings.HasPrefix(name, "fig")
}

// preset sets up a paper figure: the live array takes the figure's first
// condition (the URL follows) and a batch of all its conditions starts.
func (s *Scene) preset(n int) error {
	fig, ok := sortbatch.FigureByNumber(n)
	if !ok || len(fig.Conditions) == 0 {
		return &param.Error{Name: fmt.Sprintf("fig%d", n), Reason: "is not a figure the lab can reproduce"}
	}
	base := s.values.Schema().Defaults()
	for _, keep := range []string{"speed", "seed"} {
		t, _ := s.values.Get(keep)
		base.Set(keep, t)
	}
	base.Set("runs", strconv.Itoa(fig.Runs))
	live := base.Clone()
	if bad, _ := live.SetPairs(fig.Conditions[0].Params); len(bad) > 0 {
		return bad[0]
	}
	if err := s.Configure(live, "", true); err != nil {
		return err
	}
	s.page.Replace(live)
	s.startBatch(fmt.Sprintf("Fig %d: %s", fig.Number, fig.Title), fig.Note, fig.Conditions, base, fig.Runs)
	return nil
}
