package learn

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Point is one labelled sample of a 2-D binary classification task.
type Point struct {
	X [2]float64 // the input, roughly in [−1, 1]²
	Y float64    // the label, 0 or 1
}

// DataConfig describes a data set for MakeData.
type DataConfig struct {
	// Kind is the data set's name, one of DataKinds().
	Kind string
	// N is the number of points, train and test together, in
	// [MinPoints, MaxPoints]. Half are class 0 (the odd one out is class 1).
	N int
	// Noise in [0, 1] is the standard deviation of the Gaussian jitter
	// added to each coordinate after labelling, so noisy classes overlap.
	Noise float64
	// TrainShare in (0, 1) is the share of points in the training set; the
	// rest are the test set, and each gets at least one point.
	TrainShare float64
}

// Limits of DataConfig.N. Our choice: MaxPoints keeps a page responsive.
const (
	MinPoints = 4
	MaxPoints = 100_000
)

// DataKinds returns the data-set names in display order: rings (inner
// disk vs ring, §A.9.1), xor (§A.9.2), gauss (two Gaussians), spiral (two
// arms), moons (two interleaved half circles), ellipse (a rotated ellipse,
// §A.9.3). The slice is the caller's.
func DataKinds() []string {
	k := make([]string, len(datasets))
	for i, d := range datasets {
		k[i] = d.name
	}
	return k
}

// Validate reports the first invalid field as a *ConfigError, or nil.
func (c DataConfig) Validate() error {
	if dataset(c.Kind) == nil {
		return &ConfigError{Field: "dataset", Value: strconv.Quote(c.Kind), Reason: "is not one of " + strings.Join(DataKinds(), ", ")}
	}
	if c.N < MinPoints || c.N > MaxPoints {
		return rangeError("points", float64(c.N), MinPoints, MaxPoints)
	}
	if !(c.Noise >= 0 && c.Noise <= 1) {
		return rangeError("noise", c.Noise, 0, 1)
	}
	if !(c.TrainShare > 0 && c.TrainShare < 1) {
		return &ConfigError{Field: "train", Value: formatFloat(c.TrainShare), Reason: "must be in (0, 1)"}
	}
	return nil
}

// Random streams of MakeData, one per purpose, so that changing the noise
// moves no point's clean position.
const (
	streamShape   = 0x73686170 // clean positions
	streamNoise   = 0x6e6f6973 // jitter
	streamShuffle = 0x73687566 // order and split
)

// MakeData draws c.N labelled points of data set c.Kind with seed, shuffles
// them and splits them into a training and a test set (round(N·TrainShare)
// training points, at least one in each). The same config and seed give
// the same points on every platform.
func MakeData(c DataConfig, seed uint64) (train, test []Point, err error) {
	if err := c.Validate(); err != nil {
		return nil, nil, err
	}
	d := dataset(c.Kind)
	shape := rand.New(rand.NewPCG(seed, streamShape))
	noise := rand.New(rand.NewPCG(seed, streamNoise))
	shuffle := rand.New(rand.NewPCG(seed, streamShuffle))
	pts := make([]Point, c.N)
	for i := range pts {
		class := 0
		if i >= c.N/2 {
			class = 1
		}
		x := d.sample(shape, class)
		if c.Noise > 0 {
			x[0] += c.Noise * Normal(noise)
			x[1] += c.Noise * Normal(noise)
		}
		pts[i] = Point{X: x, Y: float64(class)}
	}
	shuffle.Shuffle(len(pts), func(i, j int) { pts[i], pts[j] = pts[j], pts[i] })
	k := int(float64(c.N)*c.TrainShare + 0.5)
	k = min(max(k, 1), c.N-1)
	return pts[:k:k], pts[k:], nil
}
