package labrun

import (
	"fmt"
	"math"

	"bioplay/models/kan"
	"bioplay/models/param"
)

// kanLab trains the KAN as the page does, with the MLP beside it when
// compare is on; one step is one optimiser step of each. 12 steps, past
// three grid updates (every 5 steps from the start), take about 30 ms on
// the defaults. The point counts are capped for fuzzing: a step costs
// points × edges × basis evaluations, and with the full 10⁴ points a
// select network of G = 200 takes seconds per step (measured: 14 s for
// the first forward pass of 2,10,10,10,1, k = 5). The grid keeps its whole
// range, as that is where the numerics are fragile; with the caps the
// slowest inputs (select, G = 200) take about 1 s.
var kanLab = Lab{
	Schema: kan.Schema,
	New:    newKAN,
	Samples: map[string][]string{
		// The first width is adapted to the task by newKAN.
		"shape":     {"2,5,1", "2,1", "2,1,1", "2,2,1", "1,1", "1,3,1", "2,3,3,1", "2,10,1", "2,2,2,2,1", "4,4,2,1"},
		"refine-to": {"2", "10", "10,20", "3,5,10,20,50", "200", "2,3,4,5,6,7,8,9,10,200"},
	},
	Steps: 12,
	Caps:  map[string]float64{"points": 200, "test-points": 200},
}

// kanRunner trains the KAN and, in compare mode, the page's MLP of about
// as many parameters on the same data.
type kanRunner struct {
	t      *kan.Trainer
	mlp    *kan.MLPTrainer
	mlpErr error // the error that paused the MLP (it has no Err method)
}

// newKAN builds the run from v. A shape whose input width is not the
// task's dimension is adapted first (kan.AdaptShape), as the page does
// when the task changes: the schema alone cannot tie the two, so such
// values are the page's to fix, not an error.
func newKAN(v *param.Values) (Runner, error) {
	v = v.Clone()
	kan.AdaptShape(v)
	s, err := kan.SetupFrom(v)
	if err != nil {
		return nil, err
	}
	t, train, test, err := s.Start()
	if err != nil {
		return nil, err
	}
	r := &kanRunner{t: t}
	if v.Bool("compare") {
		task, _ := kan.LookupTask(s.Task)
		if r.mlp, err = kan.NewMLPTrainer(task.Dim, t.Network().Params(), s.Net.Loss, train, test, s.Train, s.Seed); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Step trains n steps, the MLP alongside, and stops early when the KAN
// pauses on a NaN, as the page's step does.
func (r *kanRunner) Step(n int) int {
	for k := range n {
		if r.t.Step() != nil {
			return k
		}
		if r.mlp != nil {
			if err := r.mlp.Step(); err != nil && r.mlpErr == nil {
				r.mlpErr = err
			}
		}
	}
	return n
}

// Done is true once training has paused on a NaN (Check names it).
func (r *kanRunner) Done() bool { return r.t.Err() != nil }

// Metrics are the RMSE on the training and the test set (the page's
// curves) and the last batch's loss.
func (r *kanRunner) Metrics() []Metric {
	m := []Metric{{"train-rmse", r.t.TrainRMSE()}, {"test-rmse", r.t.TestRMSE()}, {"loss", r.t.Loss()}}
	if r.mlp != nil {
		m = append(m, Metric{"mlp-train-rmse", r.mlp.TrainRMSE()}, Metric{"mlp-test-rmse", r.mlp.TestRMSE()})
	}
	return m
}

// Check reports what the page's Check reports (ui/kanlab's Scene.Check:
// the NaN or infinity that paused the KAN's training, named) and also what
// the page shows without pausing: a NaN or infinite training RMSE of the
// network as it stands after the last step, and the comparison MLP's
// divergence. The trainer checks a step's loss, gradients and new
// parameters, but finite parameters can still overflow in the forward
// pass, which the trainer sees only one step later. Found by FuzzConfig:
// ellipse, shape 2,4,2,1, G = 5, k = 1, λ = 1, sgd, lr 1, 10 points: the
// parameters after step 9 are finite but give a NaN RMSE; step 10 pauses.
func (r *kanRunner) Check() error {
	if err := r.t.Err(); err != nil {
		return err
	}
	if x := r.t.TrainRMSE(); !finite(x) {
		return &kan.NaNError{Step: r.t.Steps(), What: "training RMSE after the last step", Layer: -1, In: -1, Out: -1, Value: x}
	}
	if r.mlp == nil {
		return nil
	}
	if r.mlpErr != nil {
		return fmt.Errorf("comparison MLP: %w", r.mlpErr)
	}
	if x := r.mlp.TrainRMSE(); !finite(x) {
		return &kan.NaNError{Step: r.mlp.Steps(), What: "training RMSE of the comparison MLP after the last step", Layer: -1, In: -1, Out: -1, Value: x}
	}
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
