package quadratic

import (
	"testing"

	"bioplay/models/learn"
)

// BenchmarkStep measures one full-batch training step (forward, backward,
// Adam update) of the 2→8→8→1 network on 400 points (rings, the
// whole set as the training set), quadratic and conventional. Issue 5's
// reference: PyTorch 1.13 on one thread takes about 0.8 ms (quadratic)
// and 0.35 ms (conventional) per step here; the goal is ≥ 3× faster.
func BenchmarkStep(b *testing.B) {
	for _, nk := range []Neuron{Quadratic, Linear, Compact} {
		b.Run(nk.String(), func(b *testing.B) {
			pts, _, err := learn.MakeData(learn.DataConfig{Kind: "rings", N: 401, Noise: 0.05, TrainShare: 400.0 / 401}, 1)
			if err != nil {
				b.Fatal(err)
			}
			c := DefaultConfig()
			c.Hidden, c.Neuron = []int{8, 8}, nk
			net, err := NewNetwork(c, 1)
			if err != nil {
				b.Fatal(err)
			}
			tr := learn.NewTrainer(net, pts, learn.DefaultTrainConfig(), 1)
			tr.Step()
			b.ReportAllocs()
			for b.Loop() {
				tr.Step()
			}
			per := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(per*1e3, "ms/step")
			b.ReportMetric(float64(len(pts))/per, "samples/s")
		})
	}
}

// BenchmarkPredict measures one point through the 2→8→8→1 network, the
// unit of the page's 100×100 heatmap, one point at a time (Predict) and in
// rows of 100 (Forward).
func BenchmarkPredict(b *testing.B) {
	for _, nk := range []Neuron{Quadratic, Linear} {
		c := DefaultConfig()
		c.Hidden, c.Neuron = []int{8, 8}, nk
		net, err := NewNetwork(c, 1)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(nk.String()+"/point", func(b *testing.B) {
			b.ReportAllocs()
			x := [2]float64{0.1, 0.2}
			for b.Loop() {
				x[0] = -x[0]
				net.Predict(x)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "points/s")
		})
		b.Run(nk.String()+"/row100", func(b *testing.B) {
			b.ReportAllocs()
			row := make([]float64, 200)
			for i := range 100 {
				row[2*i], row[2*i+1] = float64(i)/50-1, 0.3
			}
			for b.Loop() {
				net.Forward(row, 100)
			}
			b.ReportMetric(100*float64(b.N)/b.Elapsed().Seconds(), "points/s")
		})
	}
}
