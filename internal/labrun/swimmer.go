package labrun

import (
	"math/rand/v2"

	"bioplay/models/param"
	"bioplay/models/swimmer"
)

// swimmerLab swims episode after episode as the page does while not
// training; one step is one control step (15 physics steps). 200 control
// steps (6 s of swimming) take about 1 ms on the default body and 40 ms
// for 15 links driven by a 256,256,256,256 MLP.
var swimmerLab = Lab{
	Schema: swimmer.Schema,
	New:    newSwimmer,
	Samples: map[string][]string{
		"mlp-hidden": {"", "1", "32,32", "256", "4,4,4,4", "256,256,256,256"},
		// unshared and mlp-weights must fit the links (and hidden widths)
		// drawn before them, or the schema rejects them and the fuzzer keeps
		// the empty default: so there are samples for 3, 6 (the default) and
		// 15 links, with moderate weights and with huge ones that saturate
		// every neuron.
		"unshared": {
			floatsSample(swimmer.PerJoint*2, 5, 1), floatsSample(swimmer.PerJoint*5, 5, 2),
			floatsSample(swimmer.PerJoint*5, 1e300, 3), floatsSample(swimmer.PerJoint*14, 5, 4),
			floatsSample(swimmer.PerJoint*14, 1e300, 5),
		},
		"mlp-weights": {
			mlpSample(6, []int{32, 32}, 3, 1), mlpSample(6, []int{32, 32}, 1e300, 2),
			mlpSample(3, nil, 30, 3), mlpSample(15, []int{1}, 1e6, 4), mlpSample(6, []int{256}, 3, 5),
		},
	},
	Steps: 200,
}

// floatsSample is an unshared text of n weights drawn uniformly from
// [−scale, scale].
func floatsSample(n int, scale float64, seed uint64) string {
	return swimmer.FormatFloats(drawFloats(n, scale, seed))
}

// mlpSample is an mlp-weights text for an MLP on links links with the
// given hidden widths: uniform weights in [−scale, scale].
func mlpSample(links int, hidden []int, scale float64, seed uint64) string {
	m, err := swimmer.NewMLP(swimmer.MLPConfig{Links: links, Hidden: hidden})
	if err != nil {
		return "" // cannot happen for the sizes above; "" is still valid
	}
	return swimmer.EncodeFloats(drawFloats(len(m.Params()), scale, seed))
}

func drawFloats(n int, scale float64, seed uint64) []float64 {
	r := rand.New(rand.NewPCG(seed, 0x73616d706c65))
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = scale * (2*r.Float64() - 1)
	}
	return xs
}

type swimmerRunner struct {
	s  swimmer.Setup
	ep *swimmer.Episode
	n  uint64 // episodes started
}

func newSwimmer(v *param.Values) (Runner, error) {
	s, err := swimmer.SetupFrom(v)
	if err != nil {
		return nil, err
	}
	body, err := s.Body()
	if err != nil {
		return nil, err
	}
	c, err := s.NewController()
	if err != nil {
		return nil, err
	}
	ep, err := swimmer.NewEpisode(body, c, s.Start, s.Seed, s.Train.EpisodeSteps)
	if err != nil {
		return nil, err
	}
	return &swimmerRunner{s: s, ep: ep, n: 1}, nil
}

// Step runs n control steps; an episode that ends is restarted from the
// setup's start pose (a random start draws a new pose for each episode).
func (r *swimmerRunner) Step(n int) int {
	for done := 0; done < n; {
		if r.ep.Done() {
			r.ep.Restart(r.s.Start, r.s.Seed+r.n)
			r.n++
		}
		done += r.ep.Advance(n - done)
	}
	return n
}

// Done is never true: a finished episode is followed by the next.
func (r *swimmerRunner) Done() bool { return false }

// Metrics are the episode's return so far, the forward speed now and the
// mean forward speed over the episode.
func (r *swimmerRunner) Metrics() []Metric {
	return []Metric{{"return", r.ep.Return()}, {"speed", r.ep.Sim().ForwardSpeed()}, {"mean-speed", r.ep.MeanSpeed()}}
}

// Check is the page's: the sim's own NaN check of qpos and qvel.
func (r *swimmerRunner) Check() error { return r.ep.Sim().CheckFinite() }
