package learn_test

import (
	"fmt"
	"math/rand/v2"

	"bioplay/models/learn"
)

// A small conventional MLP, 2→6→6→1 with tanh, trained with Adam on
// mini-batches of the two moons.
func Example() {
	train, test, err := learn.MakeData(learn.DataConfig{Kind: "moons", N: 400, Noise: 0.1, TrainShare: 0.5}, 7)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := rand.New(rand.NewPCG(7, 0))
	var layers []learn.Layer
	for _, w := range [][2]int{{2, 6}, {6, 6}, {6, 1}} {
		d := learn.NewDense(w[0], w[1])
		d.Init(learn.Tanh, r)
		layers = append(layers, d)
	}
	net := learn.NewNetwork(layers, learn.Tanh, learn.BCE)
	cfg := learn.DefaultTrainConfig()
	cfg.BatchSize = 20
	tr := learn.NewTrainer(net, train, cfg, 7)
	for tr.Steps() < 2000 {
		tr.Step()
	}
	loss, acc := learn.Evaluate(net, test)
	fmt.Println("shape", net.Shape(), "params", net.Params())
	fmt.Printf("test accuracy %.1f%%, loss %.4f\n", 100*acc, loss)
	fmt.Printf("P(class 1) at (0.5, -0.4): %.3f\n", net.Predict([2]float64{0.5, -0.4}))
	// Output:
	// shape [2 6 6 1] params 67
	// test accuracy 99.0%, loss 0.0273
	// P(class 1) at (0.5, -0.4): 0.927
}
