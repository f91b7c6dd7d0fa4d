package kan

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"bioplay/models/learn"
)

// Task is one thing a KAN can learn: a target function on [−1, 1]^Dim
// (regression, MSE) or one of the shared 2-D classification data sets
// (BCE on a sigmoid output).
type Task struct {
	Name           string // the schema's value, e.g. "expsin"
	Dim            int    // input dimension n₀
	Classification bool   // labels 0/1 from learn.MakeData rather than f(x)
	Formula        string // the target as text, for labels, e.g. "exp(sin(πx) + y²)"
	Shape          []int  // a good default shape for it (spec B.11, B.14)
	f              func(x []float64) float64
}

// Loss returns the task's loss: BCE for classification, else MSE.
func (t Task) Loss() learn.Loss {
	if t.Classification {
		return learn.BCE
	}
	return learn.MSE
}

// Target returns f(x) for a regression task (len(x) = Dim) and NaN for a
// classification one, for drawing the target next to the prediction.
func (t Task) Target(x []float64) float64 {
	if t.f == nil {
		return math.NaN()
	}
	return t.f(x)
}

// Bump centres and width of the "bumps" task. Our choice: five equal
// Gaussian peaks spread over [−1, 1] as in the paper's continual-learning
// example (§3.5, Fig. 3.4), σ = 0.06 so neighbours barely overlap.
var bumpCentres = [5]float64{-0.8, -0.4, 0, 0.4, 0.8}

const bumpWidth = 0.06

// Tasks returns every task in display order: the regression targets of
// spec B.14 (expsin, xy, bessel, kink, bumps), the paper's 4-D and 3-D
// toys of §3.1 and §4.1 (exp4d, tanh3d; issue 7's benchmark), then learn.DataKinds()'s
// classification sets. Regression inputs are uniform in [−1, 1]^Dim;
// classification points come from learn.MakeData (roughly [−1, 1]²).
func Tasks() []Task {
	ts := []Task{
		{Name: "expsin", Dim: 2, Formula: "exp(sin(πx) + y²)", Shape: []int{2, 5, 1},
			f: func(x []float64) float64 { return learn.Exp(math.Sin(math.Pi*x[0]) + x[1]*x[1]) }},
		{Name: "xy", Dim: 2, Formula: "x·y", Shape: []int{2, 2, 1},
			f: func(x []float64) float64 { return x[0] * x[1] }},
		{Name: "bessel", Dim: 1, Formula: "J₀(20x)", Shape: []int{1, 1},
			f: func(x []float64) float64 { return math.J0(20 * x[0]) }},
		{Name: "kink", Dim: 1, Formula: "sin(5x) + |x|", Shape: []int{1, 1},
			f: func(x []float64) float64 { return math.Sin(5*x[0]) + math.Abs(x[0]) }},
		{Name: "bumps", Dim: 1, Formula: "Σ₅ exp(−(x − cᵢ)²/(2·0.06²)), cᵢ = −0.8, −0.4, 0, 0.4, 0.8", Shape: []int{1, 1},
			f: func(x []float64) float64 {
				var s float64
				for _, c := range bumpCentres {
					d := (x[0] - c) / bumpWidth
					s += learn.Exp(-d * d / 2)
				}
				return s
			}},
		{Name: "exp4d", Dim: 4, Formula: "exp(½(sin(π(x₁²+x₂²)) + sin(π(x₃²+x₄²))))", Shape: []int{4, 4, 2, 1},
			f: func(x []float64) float64 {
				a := math.Sin(math.Pi * (x[0]*x[0] + x[1]*x[1]))
				b := math.Sin(math.Pi * (x[2]*x[2] + x[3]*x[3]))
				return learn.Exp((a + b) / 2)
			}},
		{Name: "tanh3d", Dim: 3, Formula: "tanh(5(x₁⁴+x₂⁴+x₃⁴−1))", Shape: []int{3, 2, 1},
			f: func(x []float64) float64 {
				q := x[0]*x[0]*x[0]*x[0] + x[1]*x[1]*x[1]*x[1] + x[2]*x[2]*x[2]*x[2]
				return tanh(5 * (q - 1))
			}},
	}
	for _, k := range learn.DataKinds() {
		ts = append(ts, Task{Name: k, Dim: 2, Classification: true, Formula: k + " (0/1 labels)", Shape: []int{2, 5, 1}})
	}
	return ts
}

// TaskNames returns the tasks' names in display order.
func TaskNames() []string {
	var s []string
	for _, t := range Tasks() {
		s = append(s, t.Name)
	}
	return s
}

// LookupTask returns the task called name.
func LookupTask(name string) (Task, error) {
	for _, t := range Tasks() {
		if t.Name == name {
			return t, nil
		}
	}
	return Task{}, &learn.ConfigError{Field: "task", Value: strconv.Quote(name), Reason: "is not one of " + strings.Join(TaskNames(), ", ")}
}

// Sample is one data point: input X (len Dim) and target Y (f(X), or the
// class 0/1).
type Sample struct {
	X []float64
	Y float64
}

// Limits of MakeData. Our choice: like learn's data sets.
const (
	MaxPoints = 100_000 // training or test points
	MaxNoise  = 1       // noise standard deviation
)

// MakeData draws train training and test test samples of task with seed.
// Regression: inputs uniform in [−1, 1]^Dim; the training targets get
// Gaussian noise of standard deviation noise, the test targets stay clean
// so test RMSE measures the fit to f. Our choice. Classification: learn.
// MakeData with train+test points, noise its coordinate jitter. The same
// arguments give the same samples on every platform.
func MakeData(task string, train, test int, noise float64, seed uint64) (tr, te []Sample, err error) {
	t, err := LookupTask(task)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case train < 1 || train > MaxPoints:
		return nil, nil, intRange("points", train, 1, MaxPoints)
	case test < 1 || test > MaxPoints:
		return nil, nil, intRange("test-points", test, 1, MaxPoints)
	case !(noise >= 0 && noise <= MaxNoise):
		return nil, nil, &learn.ConfigError{Field: "noise", Value: strconv.FormatFloat(noise, 'g', -1, 64), Reason: "is out of range [0, 1]"}
	}
	if t.Classification {
		return classData(t.Name, train, test, noise, seed)
	}
	xr := rand.New(rand.NewPCG(seed, 0x78)) // inputs
	nr := rand.New(rand.NewPCG(seed, 0x6e)) // label noise
	draw := func(n int, noisy bool) []Sample {
		s := make([]Sample, n)
		xs := make([]float64, n*t.Dim)
		for k := range s {
			x := xs[k*t.Dim : (k+1)*t.Dim : (k+1)*t.Dim]
			for d := range x {
				x[d] = 2*xr.Float64() - 1
			}
			s[k] = Sample{X: x, Y: t.f(x)}
			if noisy && noise > 0 {
				s[k].Y += noise * learn.Normal(nr)
			}
		}
		return s
	}
	tr = draw(train, true)
	te = draw(test, false)
	return tr, te, nil
}

// classData wraps learn.MakeData for a classification task.
func classData(kind string, train, test int, noise float64, seed uint64) (tr, te []Sample, err error) {
	n := train + test
	if n > learn.MaxPoints {
		return nil, nil, intRange("points", train, 1, learn.MaxPoints-test)
	}
	// learn rounds N·share; this share gives exactly train points.
	share := (float64(train) + 0.25) / float64(n)
	a, b, err := learn.MakeData(learn.DataConfig{Kind: kind, N: n, Noise: noise, TrainShare: share}, seed)
	if err != nil {
		return nil, nil, err
	}
	conv := func(ps []learn.Point) []Sample {
		s := make([]Sample, len(ps))
		for k, p := range ps {
			s[k] = Sample{X: []float64{p.X[0], p.X[1]}, Y: p.Y}
		}
		return s
	}
	return conv(a), conv(b), nil
}
