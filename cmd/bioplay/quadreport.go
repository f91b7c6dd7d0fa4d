package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"bioplay/models/quadratic"
)

// quadResult is one trained network's summary. Accuracies are fractions in
// [0, 1] at the 0.5 threshold; losses are the mean binary cross-entropy.
type quadResult struct {
	TrainAccuracy float64 `json:"train_accuracy"`
	TestAccuracy  float64 `json:"test_accuracy"`
	Loss          float64 `json:"loss"` // on the training set, the loss the optimiser minimises
	TestLoss      float64 `json:"test_loss"`
	Params        int     `json:"params"` // trainable parameters
	Shape         []int   `json:"shape"`  // [2, hidden widths..., 1]
	Neuron        string  `json:"neuron"` // linear, quadratic or compact
	// Conic is the learned decision boundary z = 0 of a network of one
	// neuron (no hidden layers); absent otherwise.
	Conic *conicReport `json:"conic,omitempty"`
}

// conicReport is a single neuron's boundary: its kind (circle, ellipse,
// hyperbola, …), its equation and the six coefficients of
// z = a x1² + b x1x2 + c x2² + d x1 + e x2 + f.
type conicReport struct {
	Kind     string     `json:"kind"`
	Equation string     `json:"equation"`
	Coef     [6]float64 `json:"coefficients"`
}

// quadReport is the result of 'bioplay quad': what -json prints, field for
// field, and what the table shows. It holds no timings, so the same command
// line always prints the same bytes.
type quadReport struct {
	Lab   string `json:"lab"`
	Steps int    `json:"steps"`
	// Setup holds every lab parameter's canonical text, as in the page's
	// URL.
	Setup map[string]string `json:"setup"`
	quadResult
	// Compare is the conventional network of the same shape, trained beside
	// it on the same data from the same seed (-compare); absent otherwise.
	Compare *quadResult `json:"compare,omitempty"`
	hash    string      // the page's URL hash for this run
}

// report summarises the trained networks.
func (job *quadJob) report() quadReport {
	r := quadReport{
		Lab:        job.values.lab.Schema().Lab,
		Steps:      job.steps,
		Setup:      paramMap(job.values.lab),
		quadResult: job.result(job.main),
		hash:       "#" + job.values.lab.Encode(),
	}
	if job.compare != nil {
		c := job.result(job.compare)
		r.Compare = &c
	}
	return r
}

// result summarises one trained network.
func (job *quadJob) result(run *quadRun) quadResult {
	e := job.evaluate(run)
	r := quadResult{
		TrainAccuracy: e.TrainAcc, TestAccuracy: e.TestAcc, Loss: e.TrainLoss, TestLoss: e.TestLoss,
		Params: run.net.Params(), Shape: run.net.Shape(), Neuron: run.neuron.String(),
	}
	if c, ok := quadratic.ConicOf(run.net); ok {
		r.Conic = &conicReport{Kind: c.Kind(), Equation: c.String(), Coef: [6]float64{c.A, c.B, c.C, c.D, c.E, c.F}}
	}
	return r
}

// shapeText writes a shape as "2-8-8-1".
func shapeText(shape []int) string {
	s := make([]string, len(shape))
	for i, w := range shape {
		s[i] = strconv.Itoa(w)
	}
	return strings.Join(s, "-")
}

// writeText writes the report as a short table.
func (r quadReport) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "bioplay quad: %s data, %d steps of %s (lr %s, batch %s), seed %s\n",
		r.Setup["dataset"], r.Steps, r.Setup["optimizer"], r.Setup["lr"], batchText(r.Setup["batch"]), r.Setup["seed"])
	fmt.Fprintf(&b, "on the page: %s\n", r.hash)
	r.quadResult.writeText(&b)
	if r.Compare != nil {
		b.WriteString("\ncompare: the same shape with conventional neurons, same data and seed\n")
		r.Compare.writeText(&b)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// batchText names a batch size, 0 being the full batch.
func batchText(s string) string {
	if s == "0" {
		return "full"
	}
	return s
}

// writeText writes one network's rows.
func (r quadResult) writeText(b *strings.Builder) {
	fmt.Fprintf(b, "\n%s network %s, %d parameters\n", r.Neuron, shapeText(r.Shape), r.Params)
	fmt.Fprintf(b, "%-8s %10s %10s\n", "", "loss", "accuracy")
	fmt.Fprintf(b, "%-8s %10.4f %9.2f%%\n", "train", r.Loss, 100*r.TrainAccuracy)
	fmt.Fprintf(b, "%-8s %10.4f %9.2f%%\n", "test", r.TestLoss, 100*r.TestAccuracy)
	if c := r.Conic; c != nil {
		fmt.Fprintf(b, "boundary: %s, %s\n", c.Kind, c.Equation)
	}
}
