//go:build js && wasm

package quadlab

import (
	"bytes"
	"encoding/csv"
	"strconv"
)

// exportCurves offers the loss and accuracy curves as CSV: one row per
// recorded step (every stride-th step of a long run), with the
// conventional network's test curves beside them in compare mode.
func (s *Scene) exportCurves() {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := []string{"step", "train_loss", "test_loss", "train_accuracy", "test_accuracy"}
	if s.other != nil {
		head = append(head, "conv_test_loss", "conv_test_accuracy")
	}
	w.Write(head)
	c := &s.main.curves
	f := func(xs []float64, i int) string {
		if i < len(xs) {
			return strconv.FormatFloat(xs[i], 'g', -1, 64)
		}
		return ""
	}
	for i := range c.trainLoss {
		row := []string{strconv.Itoa(i * c.stride), f(c.trainLoss, i), f(c.testLoss, i), f(c.trainAcc, i), f(c.testAcc, i)}
		if s.other != nil {
			o := &s.other.curves
			row = append(row, f(o.testLoss, i), f(o.testAcc, i))
		}
		w.Write(row)
	}
	w.Flush()
	s.page.Download("quadratic-curves.csv", "text/csv", buf.Bytes())
}
