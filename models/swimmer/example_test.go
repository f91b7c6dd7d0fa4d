package swimmer_test

import (
	"fmt"

	"bioplay/models/swimmer"
)

// NCAP at its initial weights swims swimmer6 from a straight start
// (spec §2.5 G4: return 794.9528).
func ExampleRun() {
	body, _ := swimmer.NewBody(6, swimmer.DefaultDensity)
	ncap, _ := swimmer.NewNCAP(swimmer.DefaultNCAPConfig(body.Joints()))
	r, _ := swimmer.Run(body, ncap, swimmer.StartStraight, 0, swimmer.EpisodeSteps)
	fmt.Printf("return %.4f, mean speed %.4f m/s\n", r.Return, r.MeanSpeed)
	// Output: return 794.9528, mean speed 0.0814 m/s
}

// An episode runs in slices, as the page does between frames.
func ExampleEpisode() {
	body, _ := swimmer.NewBody(6, swimmer.DefaultDensity)
	wave, _ := swimmer.NewSine(body.Joints(), 60, swimmer.DefaultWavelength, 1)
	e, _ := swimmer.NewEpisode(body, wave, swimmer.StartStraight, 0, 300)
	for !e.Done() {
		e.Advance(100)
	}
	fmt.Printf("%d steps, %.1f s, return %.2f\n", e.Steps(), e.Sim().Time(), e.Return())
	// Output: 300 steps, 9.0 s, return 200.31
}

// ES on NCAP's four shared weights, in slices of control steps.
func ExampleTrainer() {
	body, _ := swimmer.NewBody(6, swimmer.DefaultDensity)
	ncap, _ := swimmer.NewNCAP(swimmer.DefaultNCAPConfig(body.Joints()))
	cfg := swimmer.DefaultTrainConfig()
	cfg.EpisodeSteps = 300
	tr, _ := swimmer.NewTrainer(body, ncap, cfg, 1)
	for tr.Generation() < 3 {
		tr.Work(500)
	}
	fmt.Printf("%d episodes, curve %.1f\n", tr.Episodes(), tr.Curve())
	// Output: 48 episodes, curve [217.7 223.1 227.1]
}
