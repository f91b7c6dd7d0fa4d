package labrun

import (
	"bioplay/models/kan"
	"bioplay/models/param"
)

// kanLab trains the KAN as the page does; one step is one optimiser step.
// A shape whose input width does not match the task is adapted first, as
// the page does when it opens a link.
var kanLab = Lab{
	Schema: kan.Schema,
	New:    newKAN,
	Samples: map[string][]string{
		"shape":     {"2,5,1", "2,1,1", "2,2,1", "1,1", "1,3,1", "2,3,3,1"},
		"refine-to": {"10", "10,20", "3,5,10,20,50"},
	},
	Steps: 8,
}

type kanRunner struct{ t *kan.Trainer }

func newKAN(v *param.Values) (Runner, error) {
	if task, err := kan.LookupTask(v.Text("task")); err == nil {
		if shape, err := kan.ParseShape(v.Text("shape")); err == nil && shape[0] != task.Dim {
			if err := v.Set("shape", kan.FormatShape(kan.WithInputs(shape, task.Dim))); err != nil {
				return nil, err
			}
		}
	}
	s, err := kan.SetupFrom(v)
	if err != nil {
		return nil, err
	}
	t, _, _, err := s.Start()
	if err != nil {
		return nil, err
	}
	return &kanRunner{t: t}, nil
}

func (r *kanRunner) Step(n int) int {
	for k := range n {
		if r.t.Step() != nil {
			return k
		}
	}
	return n
}

// Done is true once training has paused on a NaN (Check names it).
func (r *kanRunner) Done() bool { return r.t.Err() != nil }

func (r *kanRunner) Metrics() []Metric {
	return []Metric{{"train-rmse", r.t.TrainRMSE()}, {"test-rmse", r.t.TestRMSE()}}
}

// Check is the page's: the NaN or infinity that paused training, named.
func (r *kanRunner) Check() error { return r.t.Err() }
