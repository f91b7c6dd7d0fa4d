package sorting

import (
	"fmt"

	"bioplay/models/param"
)

// FigureNumbers are the paper's figures the lab has presets for; the
// experiments themselves are declared in models/sortbatch, which checks
// that every figure there has an action here.
var FigureNumbers = []int{3, 4, 5, 7, 8, 9}

// actionSpecs are the lab's buttons: the batch of runs, the paper's figure
// presets and the exports. The page shows them together after the
// parameters; the CLI has no flags for them.
func actionSpecs() []param.Spec {
	specs := []param.Spec{
		{Name: "run-batch", Label: "Run batch", Kind: param.Action,
			Help: "Run the current settings `runs` times (seeds seed, seed+1, …) in the background; mean ± SD curves against progress and a summary table follow."},
		{Name: "cancel-batch", Label: "Cancel batch", Kind: param.Action,
			Help: "Stop the batch; the conditions already finished stay in the table."},
		{Name: "close-results", Label: "Close results", Kind: param.Action,
			Help: "Drop the batch results and show the live run's charts again."},
	}
	for _, n := range FigureNumbers {
		specs = append(specs, param.Spec{Name: fmt.Sprintf("fig%d", n), Label: fmt.Sprintf("Fig %d", n), Kind: param.Action,
			Help: fmt.Sprintf("Preset: set up the paper's Fig %d and run its experiment, 100 runs per condition, with the paper's values beside ours.", n)})
	}
	return append(specs,
		param.Spec{Name: "export-trajectory", Label: "Trajectory CSV", Kind: param.Action,
			Help: "Download the live run's per-swap trajectory as CSV (row 0 is the initial array)."},
		param.Spec{Name: "export-batch", Label: "Batch CSV", Kind: param.Action,
			Help: "Download the finished batch as CSV, one row per run."},
		param.Spec{Name: "export-curves", Label: "Batch curves CSV", Kind: param.Action,
			Help: "Download the batch charts' series as CSV: mean and SD against progress 0–100 % for every finished condition."},
	)
}
