//go:build js && wasm

package sortlab

import (
	"bioplay/models/sortbatch"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
)

// batchCurves returns the batch curves to show, if a batch has any.
func (s *Scene) batchCurves() (sortbatch.Curves, string, bool) {
	if s.batch == nil {
		return sortbatch.Curves{}, "", false
	}
	return s.batch.shown()
}

// drawBatchCharts draws mean ± SD over the batch's runs against normalised
// progress 0–100 % (spec §5.2), with the aggregation's chance level.
func (s *Scene) drawBatchCharts(dst *ebiten.Image) {
	cv, name, _ := s.batchCurves()
	used := 0
	series := func(label string, st *[101]sortbatch.Stat, c ui.Series) ui.Series {
		c.Label = label
		buf := &s.curveBuf[used] // reused from frame to frame
		used++
		c.Ys, c.Lo, c.Hi = buf[0][:], buf[1][:], buf[2][:]
		for p, x := range st {
			c.Ys[p], c.Lo[p], c.Hi[p] = x.Mean, x.Mean-x.SD, x.Mean+x.SD
		}
		return c
	}
	sorted := []ui.Series{series("mean", &cv.Sortedness, ui.Series{Color: ui.Blue})}
	errs := []ui.Series{series("mean", &cv.Error, ui.Series{Color: ui.Orange})}
	if cv.TradError[100].Mean != 0 || cv.TradSortedness[100].Mean != 0 {
		sorted = append(sorted, series("trad.", &cv.TradSortedness, ui.Series{Color: tradColor}))
		errs = append(errs, series("trad.", &cv.TradError, ui.Series{Color: tradColor}))
	}
	hiErr := 1.0
	for _, x := range cv.Error {
		hiErr = max(hiErr, x.Mean+x.SD)
	}
	for _, x := range cv.TradError {
		hiErr = max(hiErr, x.Mean+x.SD)
	}
	c := &s.charts
	c[0].Title, c[1].Title, c[2].Title = "sortedness %: "+name, "error (batch)", "aggregation (batch)"
	c[1].Hi = hiErr
	c[2].Ref, c[2].RefLabel = cv.AggregationChance, "chance"
	for i := range c {
		c[i].XLabel, c[i].XMax = "% progress", 100
	}
	c[0].Draw(dst, s.layout.charts[0], sorted, nil)
	c[1].Draw(dst, s.layout.charts[1], errs, nil)
	c[2].Draw(dst, s.layout.charts[2], []ui.Series{series("mean", &cv.Aggregation, ui.Series{Color: ui.Green})}, nil)
}
