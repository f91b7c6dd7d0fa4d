package labrun

import (
	"bioplay/models/param"
	"bioplay/models/swimmer"
)

// swimmerLab swims episode after episode as the page does; one step is
// one control step (15 physics steps).
var swimmerLab = Lab{
	Schema: swimmer.Schema,
	New:    newSwimmer,
	Samples: map[string][]string{
		"mlp-hidden":  {"1", "32,32", "4,4,4,4"},
		"unshared":    {""},
		"mlp-weights": {""},
	},
	Steps: 60,
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

func (r *swimmerRunner) Step(n int) int {
	for range n {
		if r.ep.Done() {
			r.ep.Restart(r.s.Start, r.s.Seed+r.n)
			r.n++
		}
		r.ep.Advance(1)
	}
	return n
}

// Done is never true: a finished episode is followed by the next.
func (r *swimmerRunner) Done() bool { return false }

func (r *swimmerRunner) Metrics() []Metric {
	return []Metric{{"return", r.ep.Return()}, {"speed", r.ep.Sim().ForwardSpeed()}, {"mean-speed", r.ep.MeanSpeed()}}
}

// Check is the page's: the sim's own NaN check of qpos and qvel.
func (r *swimmerRunner) Check() error { return r.ep.Sim().CheckFinite() }
