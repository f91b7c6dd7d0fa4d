package learn

import (
	"math"
	"reflect"
	"testing"
)

func TestDataKinds(t *testing.T) {
	want := []string{"rings", "xor", "gauss", "spiral", "moons", "ellipse"}
	if got := DataKinds(); !reflect.DeepEqual(got, want) {
		t.Errorf("DataKinds() = %v, want %v", got, want)
	}
}

// Every data set has the requested size and split, balanced classes, and
// at zero noise puts each point where its class's geometry says.
func TestMakeDataGeometry(t *testing.T) {
	s, c := math.Sincos(ellipseAngle)
	inClass := map[string]func(x [2]float64) int{
		"rings": func(x [2]float64) int {
			r := math.Hypot(x[0], x[1])
			switch {
			case r < 0.5:
				return 1
			case r > 0.7 && r < 1:
				return 0
			}
			return -1
		},
		"xor": func(x [2]float64) int {
			if math.Abs(x[0]) < 0.1 || math.Abs(x[1]) < 0.1 || math.Abs(x[0]) > 1 || math.Abs(x[1]) > 1 {
				return -1
			}
			if x[0]*x[1] > 0 {
				return 1
			}
			return 0
		},
		"ellipse": func(x [2]float64) int {
			u := (c*x[0] + s*x[1]) / ellipseA
			v := (-s*x[0] + c*x[1]) / ellipseB
			switch q := math.Sqrt(u*u + v*v); {
			case q < 0.85:
				return 1
			case q > 1.15:
				return 0
			}
			return -1
		},
		"moons": func(x [2]float64) int {
			// Undo the shift and scale; class 0 lies on the unit circle
			// around (0, 0), class 1 on the one around (1, 0.5).
			u, v := x[0]*1.5+0.5, x[1]*1.5+0.25
			if math.Abs(math.Hypot(u, v)-1) < 1e-12 && v >= 0 {
				return 0
			}
			if math.Abs(math.Hypot(u-1, v-0.5)-1) < 1e-12 && v <= 0.5 {
				return 1
			}
			return -1
		},
		"spiral": func(x [2]float64) int {
			r := math.Hypot(x[0], x[1])
			for class := 0; class < 2; class++ {
				th := 3.5*math.Pi*r + float64(class)*math.Pi
				if math.Abs(x[0]-r*math.Cos(th)) < 1e-12 && math.Abs(x[1]-r*math.Sin(th)) < 1e-12 {
					return class
				}
			}
			return -1
		},
		"gauss": func(x [2]float64) int {
			if x[0]+x[1] > 0 {
				return 1 // nearly always: the centres are 4.5σ from the diagonal
			}
			return 0
		},
	}
	for _, kind := range DataKinds() {
		t.Run(kind, func(t *testing.T) {
			train, test, err := MakeData(DataConfig{Kind: kind, N: 401, Noise: 0, TrainShare: 0.7}, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(train) != 281 || len(test) != 120 {
				t.Errorf("split = %d + %d, want 281 + 120", len(train), len(test))
			}
			ones, bad := 0, 0
			for _, p := range append(train, test...) {
				if p.Y == 1 {
					ones++
				}
				if got := inClass[kind](p.X); got != int(p.Y) {
					bad++
				}
			}
			if ones != 201 {
				t.Errorf("%d points of class 1, want 201", ones)
			}
			if bad > 0 && !(kind == "gauss" && bad < 3) {
				t.Errorf("%d points off their class's region", bad)
			}
		})
	}
}

// The same config and seed give the same points; another seed does not;
// noise jitters each point without moving its clean position or order.
func TestMakeDataDeterministic(t *testing.T) {
	c := DataConfig{Kind: "spiral", N: 200, Noise: 0.1, TrainShare: 0.5}
	a1, b1, _ := MakeData(c, 9)
	a2, b2, _ := MakeData(c, 9)
	if !reflect.DeepEqual(a1, a2) || !reflect.DeepEqual(b1, b2) {
		t.Fatal("same seed gave different data")
	}
	a3, _, _ := MakeData(c, 10)
	if reflect.DeepEqual(a1, a3) {
		t.Fatal("seeds 9 and 10 gave the same data")
	}
	c.Noise = 0
	clean, _, _ := MakeData(c, 9)
	var sum float64
	for i := range clean {
		if clean[i].Y != a1[i].Y {
			t.Fatalf("point %d changed class with noise", i)
		}
		for k := 0; k < 2; k++ {
			d := a1[i].X[k] - clean[i].X[k]
			sum += d * d
		}
	}
	if sd := math.Sqrt(sum / float64(2*len(clean))); sd < 0.08 || sd > 0.12 {
		t.Errorf("jitter standard deviation = %.3f, want ≈ 0.1", sd)
	}
}

func TestMakeDataErrors(t *testing.T) {
	ok := DataConfig{Kind: "xor", N: 100, Noise: 0.1, TrainShare: 0.5}
	for _, tc := range []struct {
		name string
		edit func(c *DataConfig)
		want string
	}{
		{"kind", func(c *DataConfig) { c.Kind = "swirl" }, `dataset: "swirl" is not one of rings, xor, gauss, spiral, moons, ellipse`},
		{"n", func(c *DataConfig) { c.N = 3 }, "points: 3 is out of range [4, 100000]"},
		{"noise", func(c *DataConfig) { c.Noise = math.NaN() }, "noise: NaN is out of range [0, 1]"},
		{"train", func(c *DataConfig) { c.TrainShare = 1 }, "train: 1 must be in (0, 1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := ok
			tc.edit(&c)
			if _, _, err := MakeData(c, 1); err == nil || err.Error() != tc.want {
				t.Errorf("MakeData error = %v, want %s", err, tc.want)
			}
		})
	}
	// Tiny shares still leave a point on each side.
	train, test, err := MakeData(DataConfig{Kind: "xor", N: 4, TrainShare: 0.01}, 1)
	if err != nil || len(train) != 1 || len(test) != 3 {
		t.Errorf("N=4, share 0.01: %d + %d, %v", len(train), len(test), err)
	}
}
