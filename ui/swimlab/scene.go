//go:build js && wasm

package swimlab

import (
	"image"
	"time"

	"bioplay/models/param"
	"bioplay/models/swimmer"
	"bioplay/ui"
)

// Lab is the swimmer lab's entry in the page's lab picker.
var Lab = ui.Lab{
	Name:   "swimmer",
	Title:  "Swimmer (NCAP)",
	Schema: swimmer.Schema,
	New:    func(v *param.Values, p ui.Page) (ui.Scene, error) { return New(v, p) },
}

// Scene is the swimmer lab on the canvas: one swimmer swimming episode
// after episode in real time, and, while training, evolution strategies
// running in the background on a clone of its controller.
type Scene struct {
	page   ui.Page
	values *param.Values
	setup  swimmer.Setup
	body   *swimmer.Body
	ctrl   swimmer.Controller
	ep     *swimmer.Episode
	shown  int // episodes started, for the next random start's seed
	mult   float64

	train  *training
	curves map[string][]float64 // learning curves by controller, kept across controller switches

	pace   pacer
	cam    camera
	trail  *trail
	speeds []float64 // forward speed per control step of this episode
	rets   []float64 // running return per control step of this episode
	charts [3]ui.Chart
	layout layout
}

// trailPoints is how many head positions the trail keeps: 10 s at 1×.
const trailPoints = 333

// New builds the scene from v.
func New(v *param.Values, p ui.Page) (*Scene, error) {
	s := &Scene{page: p, trail: newTrail(trailPoints), curves: map[string][]float64{}}
	s.charts = [3]ui.Chart{
		{Title: "forward speed m/s", Digits: 3, Ref: 0.1, RefLabel: "reward 1", XLabel: "steps"},
		{Title: "return", Digits: 0, XLabel: "steps"},
		{Title: "learning: mean return", Digits: 0, XLabel: "generations"},
	}
	if err := s.Configure(v, "", true); err != nil {
		return nil, err
	}
	return s, nil
}

// Configure applies live settings (weights, speed, ES settings,
// generations) or rebuilds the swimmer.
func (s *Scene) Configure(v *param.Values, name string, reset bool) error {
	setup, err := swimmer.SetupFrom(v)
	if err != nil {
		return err
	}
	s.values, s.mult = v.Clone(), v.Float("speed")
	if !reset && s.ep != nil {
		old := s.setup
		s.setup = setup
		if old.Weights != setup.Weights && setup.Controller == "ncap" && setup.Sharing {
			return s.ctrl.SetParams(setup.Weights[:])
		}
		return nil
	}
	body, err := setup.Body()
	if err != nil {
		return err
	}
	ctrl, err := setup.NewController()
	if err != nil {
		return err
	}
	if name == "" || name == "links" || name == "density" || name == "steps" || name == "seed" {
		s.curves = map[string][]float64{} // another task: old curves do not compare
	}
	s.setup, s.body, s.ctrl, s.train, s.shown = setup, body, ctrl, nil, 0
	return s.startEpisode(true)
}

// startEpisode starts the next shown episode: the configured start, the
// seed advancing with each episode when starts are random.
func (s *Scene) startEpisode(first bool) error {
	seed := s.setup.Seed + uint64(s.shown)
	s.shown++
	if s.ep == nil || first {
		ep, err := swimmer.NewEpisode(s.body, s.ctrl, s.setup.Start, seed, s.setup.Train.EpisodeSteps)
		if err != nil {
			return err
		}
		s.ep = ep
	} else {
		s.ep.Restart(s.setup.Start, seed)
	}
	s.speeds, s.rets = s.speeds[:0], s.rets[:0]
	s.trail.clear()
	x, y := s.ep.Sim().LinkCentre(0)
	s.cam.follow(x, y, true)
	return nil
}

// Speed is the control steps due this frame for real-time pacing at the
// speed multiplier.
func (s *Scene) Speed() int { return s.pace.due(time.Now(), s.mult, swimmer.ControlDt) }

// Done is never true: a finished episode is followed by the next.
func (s *Scene) Done() bool { return false }

// Step advances the shown swimmer up to n control steps within budget.
func (s *Scene) Step(n int, budget time.Duration) int {
	start := time.Now()
	for k := 0; k < n; k++ {
		if k > 0 && k%8 == 0 && time.Since(start) > budget {
			return k
		}
		if s.ep.Done() {
			s.startEpisode(false)
		}
		s.ep.Advance(1)
		sim := s.ep.Sim()
		s.speeds = append(s.speeds, sim.ForwardSpeed())
		s.rets = append(s.rets, s.ep.Return())
		s.trail.add(sim.LinkCentre(0))
	}
	return n
}

// Background runs training in slices within budget.
func (s *Scene) Background(budget time.Duration) {
	if s.train != nil {
		s.train.work(s, budget)
	}
}

// Check reports a non-finite swimmer state, naming it (a density at the
// top of its range with a long period can make the explicit integrator
// diverge).
func (s *Scene) Check() error { return s.ep.Sim().CheckFinite() }

// Report has nothing to show: the numbers are in the readout.
func (s *Scene) Report() ui.Report { return ui.Report{} }

// Click does nothing: the swimmer is steered by its controller only.
func (s *Scene) Click(image.Rectangle, int, int) {}
