package swimmer

import (
	"fmt"
	"math"
	"math/rand/v2"

	"bioplay/models/evo"
)

// TrainConfig configures ES training of a controller's parameters.
type TrainConfig struct {
	ES           evo.Config // population, σ, Adam learning rate, decay, clamp
	EpisodeSteps int        // control steps per episode, ≥ 1
	Start        Start      // start pose of every episode
	EvalStarts   int        // evaluation episodes per generation, ≥ 1
}

// DefaultEvalStarts is how many fixed random starts evaluate θ each
// generation. Our choice: 4 adds a quarter to the cost of a population of 16.
const DefaultEvalStarts = 4

// DefaultTrainConfig is spec §5.1's ES on full 1000-step episodes from a
// straight start.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{ES: evo.DefaultConfig(), EpisodeSteps: EpisodeSteps, Start: StartStraight, EvalStarts: DefaultEvalStarts}
}

// Validate reports the first invalid field, or nil.
func (c TrainConfig) Validate() error {
	if err := c.ES.Validate(); err != nil {
		return err
	}
	switch {
	case c.EpisodeSteps < 1:
		return &BodyError{"steps", fmt.Sprint(c.EpisodeSteps), "must be at least 1"}
	case c.Start != StartStraight && c.Start != StartRandom:
		return &BodyError{"start", fmt.Sprint(int(c.Start)), "must be straight or random"}
	case c.EvalStarts < 1 || c.EvalStarts > 100:
		return &BodyError{"eval-starts", fmt.Sprint(c.EvalStarts), "is out of range [1, 100]"}
	}
	return nil
}

// Trainer trains a controller's parameters by antithetic ES (package evo),
// one episode per candidate, resumably: Work runs a slice of control steps
// so the page can train between frames. A generation is Pop candidate
// episodes followed by the evaluation of the updated θ on the fixed
// evaluation starts.
//
// Common random numbers: both members of a ± pair start from the same
// pose (drawn per pair and generation). The evaluation starts are a fixed
// set of EvalStarts random poses drawn once from the seed; with a straight
// start they are the straight pose, evaluated once (it is deterministic).
//
// Determinism: the same body, controller, config and seed give the same
// curve, however the work is sliced.
type Trainer struct {
	cfg       TrainConfig
	es        *evo.ES
	ctrl      Controller
	episode   *Episode
	rng       *rand.Rand
	evalSeeds []uint64
	pairSeeds []uint64
	cands     [][]float64
	returns   []float64
	phase     int // 0..Pop−1: candidate; Pop..: evaluation
	evalSum   float64
	curve     []float64
	best      []float64
	bestRet   float64
	episodes  int
}

// NewTrainer starts training a clone of c (c itself is not touched) on
// body b from c's current parameters. The initial parameters are
// evaluated first: Curve()[0] is their mean return.
func NewTrainer(b *Body, c Controller, cfg TrainConfig, seed uint64) (*Trainer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	theta := c.Params()
	if len(theta) == 0 {
		return nil, &BodyError{"controller", c.Name(), "has no parameters to train"}
	}
	es, err := evo.New(cfg.ES, theta, seed)
	if err != nil {
		return nil, err
	}
	t := &Trainer{cfg: cfg, es: es, ctrl: c.Clone(), rng: rand.New(rand.NewPCG(seed, 0x747261696e)),
		returns: make([]float64, cfg.ES.Pop), bestRet: math.Inf(-1)}
	evals := cfg.EvalStarts
	if cfg.Start == StartStraight {
		evals = 1
	}
	t.evalSeeds = make([]uint64, evals)
	for i := range t.evalSeeds {
		t.evalSeeds[i] = t.rng.Uint64()
	}
	t.pairSeeds = make([]uint64, cfg.ES.Pop/2)
	if t.episode, err = NewEpisode(b, t.ctrl, cfg.Start, 0, cfg.EpisodeSteps); err != nil {
		return nil, err
	}
	t.phase = cfg.ES.Pop // evaluate θ0 first
	t.beginEpisode()
	return t, nil
}

// beginEpisode loads the parameters and start of the current phase.
func (t *Trainer) beginEpisode() {
	pop := t.cfg.ES.Pop
	if t.phase < pop {
		if t.phase == 0 {
			t.cands = t.es.Ask()
			for i := range t.pairSeeds {
				t.pairSeeds[i] = t.rng.Uint64()
			}
		}
		_ = t.ctrl.SetParams(t.cands[t.phase])
		t.episode.Restart(t.cfg.Start, t.pairSeeds[t.phase/2])
		return
	}
	if t.phase == pop {
		_ = t.ctrl.SetParams(t.es.Theta())
		t.evalSum = 0
	}
	t.episode.Restart(t.cfg.Start, t.evalSeeds[t.phase-pop])
}

// Work advances training by at most controlSteps control steps across
// as many episodes as they reach, and returns the number run.
func (t *Trainer) Work(controlSteps int) int {
	done := 0
	pop := t.cfg.ES.Pop
	for done < controlSteps {
		done += t.episode.Advance(controlSteps - done)
		if !t.episode.Done() {
			break
		}
		ret := t.episode.Return()
		switch {
		case t.phase < pop:
			t.returns[t.phase] = ret
			t.episodes++
			t.phase++
			if t.phase == pop {
				_ = t.es.Tell(t.returns) // returns come from finite episodes
			}
		default:
			t.evalSum += ret
			t.phase++
			if t.phase == pop+len(t.evalSeeds) {
				t.finishGeneration()
				t.phase = 0
			}
		}
		t.beginEpisode()
	}
	return done
}

// finishGeneration records the evaluation of the current θ.
func (t *Trainer) finishGeneration() {
	mean := t.evalSum / float64(len(t.evalSeeds))
	t.curve = append(t.curve, mean)
	if mean > t.bestRet {
		t.bestRet = mean
		t.best = t.es.Theta()
	}
}

// RunGenerations works until g more generations are complete (a CLI helper).
func (t *Trainer) RunGenerations(g int) {
	target := len(t.curve) + g
	for len(t.curve) < target {
		t.Work(t.cfg.EpisodeSteps)
	}
}

// Generation is the number of ES updates so far.
func (t *Trainer) Generation() int { return t.es.Generation() }

// Episodes is the number of training (candidate) episodes run so far;
// evaluation episodes are not counted.
func (t *Trainer) Episodes() int { return t.episodes }

// Curve returns the learning curve: Curve()[g] is the mean return of θ
// after g generations on the evaluation starts; [0] is the initial θ. A copy.
func (t *Trainer) Curve() []float64 { return append([]float64(nil), t.curve...) }

// Theta is the current (unperturbed) parameters, a copy.
func (t *Trainer) Theta() []float64 { return t.es.Theta() }

// Best returns the parameters with the highest evaluated mean return so
// far and that return (nil, −Inf before the first evaluation completes).
func (t *Trainer) Best() ([]float64, float64) {
	return append([]float64(nil), t.best...), t.bestRet
}

// Config is the training configuration.
func (t *Trainer) Config() TrainConfig { return t.cfg }

// Episode is the episode being run, for drawing; read only.
func (t *Trainer) Episode() *Episode { return t.episode }
