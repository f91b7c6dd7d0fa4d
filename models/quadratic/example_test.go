package quadratic_test

import (
	"fmt"

	"bioplay/models/learn"
	"bioplay/models/quadratic"
)

// One quadratic neuron learns the rings (§A.9.1) and its boundary comes
// out as a closed conic, while a conventional neuron cannot do better than
// a line. Run under GOOS=js too, this is the cross-engine determinism
// check: the printed numbers must match to the last digit.
func Example() {
	s := quadratic.DefaultSetup() // rings, one quadratic neuron, Adam
	train, test, err := learn.MakeData(s.Data, s.Seed)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, nk := range []quadratic.Neuron{quadratic.Quadratic, quadratic.Linear} {
		s.Net.Neuron = nk
		net, err := quadratic.NewNetwork(s.Net, s.Seed)
		if err != nil {
			fmt.Println(err)
			return
		}
		tr := learn.NewTrainer(net, train, s.Train, s.Seed)
		for tr.Steps() < 1000 {
			tr.Step()
		}
		loss, acc := learn.Evaluate(net, test)
		c, _ := quadratic.ConicOf(net)
		fmt.Printf("%s, %d parameters: test accuracy %.1f%%, loss %.4f\n", nk, net.Params(), 100*acc, loss)
		fmt.Printf("  %s: %s\n", c.Kind(), c)
	}
	// Output:
	// quadratic, 9 parameters: test accuracy 99.0%, loss 0.0478
	//   ellipse: −14.3x₁² + 3.23x₁x₂ − 18.8x₂² − 0.44x₁ + 0.646x₂ + 6.22 = 0
	// linear, 3 parameters: test accuracy 44.0%, loss 0.6995
	//   line: 0.0622x₁ + 0.535x₂ − 0.0615 = 0
}
