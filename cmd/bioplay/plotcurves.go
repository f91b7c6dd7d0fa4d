package main

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"bioplay/models/sortbatch"
)

// curve is one statistic over normalised progress p = 0..100 (spec §5.2).
type curve = [sortbatch.Points]sortbatch.Stat

// curvePick selects a curve of a batch and, if it has one, the matching
// traditional curve.
type curvePick func(c *sortbatch.Curves) (cell, trad *curve)

func sortednessCurve(c *sortbatch.Curves) (cell, trad *curve) {
	return &c.Sortedness, &c.TradSortedness
}

func aggregationCurve(c *sortbatch.Curves) (cell, trad *curve) { return &c.Aggregation, nil }

// curvePanel plots every condition's mean curve against progress with a
// ±SD band; with trad, the traditional mean curve too, dashed, for the
// conditions that ran it.
func (j *figureJob) curvePanel(title, yLabel string, pick curvePick, trad bool) *plot.Plot {
	return curvesOf(j.conds, title, yLabel, pick, trad)
}

// aggregationPanels plots the aggregation curves with their chance levels
// (Fig 8): unique-value conditions and duplicate-value ones (spec §5.4) in
// panels of their own when the figure has both.
func (j *figureJob) aggregationPanels() []*plot.Plot {
	var unique, dup []*figureCondition
	for _, c := range j.conds {
		if t, ok := c.values.Get("values"); ok && t != "unique" {
			dup = append(dup, c)
		} else {
			unique = append(unique, c)
		}
	}
	var panels []*plot.Plot
	for _, g := range []struct {
		conds []*figureCondition
		title string
	}{{unique, "Unique values"}, {dup, "Duplicate values"}} {
		if len(g.conds) > 0 {
			panels = append(panels, curvesOf(g.conds, g.title, "aggregation value", aggregationCurve, false))
		}
	}
	return panels
}

// curvesOf draws the curves of conds in one panel. Aggregation panels also
// get each condition's chance level as a thin dashed line.
func curvesOf(conds []*figureCondition, title, yLabel string, pick curvePick, trad bool) *plot.Plot {
	p := newPanel(title, "progress (%)", yLabel)
	p.X.Min, p.X.Max = 0, 100
	aggregation := yLabel == "aggregation value"
	if aggregation {
		p.Y.Min, p.Y.Max = 0, 1
		p.Legend.Top = true
	} else {
		p.Y.Min, p.Y.Max = 0, 100
	}
	for i, c := range conds {
		col := seriesColor(i)
		cell, tr := pick(&c.curves)
		if band, err := sdBand(cell); err == nil {
			band.Color = translucent(col, 40)
			band.LineStyle.Width = 0
			p.Add(band)
		}
		mean := meanLine(cell)
		mean.Color = col
		mean.Width = vg.Points(1.5)
		p.Add(mean)
		p.Legend.Add(c.Name, mean)
		if trad && tr != nil && c.sum.Traditional != nil {
			t := meanLine(tr)
			t.Color = col
			t.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
			p.Add(t)
			p.Legend.Add(c.Name+", traditional", t)
		}
		if aggregation {
			pk, _ := plotter.NewScatter(plotter.XYs{{X: float64(c.sum.AggPeak.Progress), Y: c.sum.AggPeak.Value}})
			pk.GlyphStyle = draw.GlyphStyle{Color: col, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
			p.Add(pk)
			ch := chanceLine(c.curves.AggregationChance)
			ch.Color = col
			ch.Width = vg.Points(0.75)
			ch.Dashes = []vg.Length{vg.Points(2), vg.Points(2)}
			p.Add(ch)
		}
	}
	if aggregation && len(conds) > 0 {
		ch := chanceLine(0)
		ch.Color = paperColor
		ch.Width = vg.Points(0.75)
		ch.Dashes = []vg.Length{vg.Points(2), vg.Points(2)}
		p.Legend.Add("chance level", ch)
		pk, _ := plotter.NewScatter(plotter.XYs{{}})
		pk.GlyphStyle = draw.GlyphStyle{Color: paperColor, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
		p.Legend.Add("peak of the mean", pk)
	}
	return p
}

// meanLine returns the line through a curve's means.
func meanLine(c *curve) *plotter.Line {
	xys := make(plotter.XYs, len(c))
	for p, s := range c {
		xys[p] = plotter.XY{X: float64(p), Y: s.Mean}
	}
	l, _ := plotter.NewLine(xys) // means of finite data are finite
	return l
}

// sdBand returns the polygon between mean − SD and mean + SD.
func sdBand(c *curve) (*plotter.Polygon, error) {
	xys := make(plotter.XYs, 0, 2*len(c))
	for p, s := range c {
		xys = append(xys, plotter.XY{X: float64(p), Y: s.Mean + s.SD})
	}
	for p := len(c) - 1; p >= 0; p-- {
		xys = append(xys, plotter.XY{X: float64(p), Y: c[p].Mean - c[p].SD})
	}
	return plotter.NewPolygon(xys)
}

// chanceLine returns a horizontal line at y across the progress axis.
func chanceLine(y float64) *plotter.Line {
	l, _ := plotter.NewLine(plotter.XYs{{X: 0, Y: y}, {X: 100, Y: y}})
	return l
}
