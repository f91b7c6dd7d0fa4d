package main

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Colours of the two architectures in bar plots.
var (
	cellColor  = color.NRGBA{R: 24, G: 90, B: 169, A: 255}  // cell-view (bottom-up)
	tradColor  = color.NRGBA{R: 244, G: 125, B: 35, A: 255} // traditional (top-down)
	paperColor = color.NRGBA{A: 255}                        // the paper's values
)

// barSeries is one bar per x position (nil: no bar there).
type barSeries struct {
	name  string
	color color.Color
	vals  []*summary
	// nonNeg marks a metric that cannot be negative (a count, an error):
	// its whiskers stop at 0.
	nonNeg bool
}

// groupWidth is the share of a unit x step that a group of bars fills.
const groupWidth = 0.76

// addBars draws the series side by side at x = 0, 1, …, each bar with an
// SD whisker, adds them to the legend, and returns each series' bar
// centres so paper markers can sit on them.
func addBars(p *plot.Plot, series []barSeries) (centres [][]float64) {
	w := groupWidth / float64(len(series))
	for k, s := range series {
		var xs []float64
		var whisk errPoints
		for x, v := range s.vals {
			cx := float64(x) - groupWidth/2 + w*(float64(k)+0.5)
			xs = append(xs, cx)
			if v == nil {
				continue
			}
			bar, _ := plotter.NewPolygon(plotter.XYs{{X: cx - w/2, Y: 0}, {X: cx + w/2, Y: 0},
				{X: cx + w/2, Y: v.Mean}, {X: cx - w/2, Y: v.Mean}})
			bar.Color = s.color
			bar.LineStyle.Width = 0
			p.Add(bar)
			if v.SD == 0 {
				continue
			}
			whisk.XYs = append(whisk.XYs, plotter.XY{X: cx, Y: v.Mean})
			low := v.SD
			if s.nonNeg {
				low = min(low, v.Mean)
			}
			whisk.YErrors = append(whisk.YErrors, struct{ Low, High float64 }{low, v.SD})
		}
		if len(whisk.XYs) > 0 {
			eb, _ := plotter.NewYErrorBars(whisk)
			eb.CapWidth = vg.Points(4)
			p.Add(eb)
		}
		p.Legend.Add(s.name, legendSwatch(s.color))
		centres = append(centres, xs)
	}
	return centres
}

// errPoints is the data of SD whiskers.
type errPoints struct {
	plotter.XYs
	plotter.YErrors
}

// legendSwatch returns a filled square for a legend entry.
func legendSwatch(c color.Color) plot.Thumbnailer {
	s, _ := plotter.NewScatter(plotter.XYs{{}})
	s.GlyphStyle = draw.GlyphStyle{Color: c, Radius: vg.Points(4), Shape: draw.BoxGlyph{}}
	return s
}

// addPaper marks the paper's values at xs (NaN: none there) with shape,
// and adds a legend entry if any was marked, reporting whether it did.
func addPaper(p *plot.Plot, name string, xs, ys []float64, shape draw.GlyphDrawer) bool {
	var pts plotter.XYs
	for i, y := range ys {
		if !math.IsNaN(y) {
			pts = append(pts, plotter.XY{X: xs[i], Y: y})
		}
	}
	if len(pts) == 0 {
		return false
	}
	s, _ := plotter.NewScatter(pts)
	s.GlyphStyle = draw.GlyphStyle{Color: paperColor, Radius: vg.Points(4), Shape: shape}
	p.Add(s)
	p.Legend.Add(name, s)
	return true
}

// barGrid plots one metric as grouped bars (Figs 5 and 7): a tile per
// damage mode (rows) and algotype mix (columns), the frozen count f along
// x, cell-view and traditional bars side by side, and the paper's values
// (paper keys key and "traditional_"+key) as markers on them. A condition without
// frozen cells, where the damage mode does not matter, is drawn in every
// row.
func (j *figureJob) barGrid(yLabel, key string, nonNeg bool, metric func(batchReport) (summary, *summary)) [][]*plot.Plot {
	var rows, cols []string
	for _, c := range j.conds {
		if d := c.values.Text("damage"); c.values.Int("frozen") > 0 && !slices.Contains(rows, d) {
			rows = append(rows, d)
		}
		if m := c.values.Text("mix"); !slices.Contains(cols, m) {
			cols = append(cols, m)
		}
	}
	if len(rows) == 0 {
		rows = []string{""}
	}
	grid := make([][]*plot.Plot, len(rows))
	for r, damage := range rows {
		for _, mix := range cols {
			var tile []*figureCondition
			for _, c := range j.conds {
				if c.values.Text("mix") == mix && (damage == "" || c.values.Int("frozen") == 0 || c.values.Text("damage") == damage) {
					tile = append(tile, c)
				}
			}
			title := mixTitle(mix)
			if damage != "" {
				title = damage + " damage, " + title
			}
			grid[r] = append(grid[r], j.barTile(tile, title, yLabel, key, nonNeg, metric))
		}
	}
	return grid
}

// barTile draws one tile of barGrid: its conditions ordered by frozen count.
func (j *figureJob) barTile(conds []*figureCondition, title, yLabel, key string, nonNeg bool,
	metric func(batchReport) (summary, *summary)) *plot.Plot {
	conds = slices.Clone(conds)
	slices.SortStableFunc(conds, func(a, b *figureCondition) int { return a.values.Int("frozen") - b.values.Int("frozen") })
	p := newPanel(title, "frozen cells", yLabel)
	cell := barSeries{name: "cell-view (ours)", color: cellColor, nonNeg: nonNeg}
	trad := barSeries{name: "traditional (ours)", color: tradColor, nonNeg: nonNeg}
	var names []string
	paperCell, paperTrad := make([]float64, len(conds)), make([]float64, len(conds))
	for i, c := range conds {
		names = append(names, "f="+strconv.Itoa(c.values.Int("frozen")))
		cv, tv := metric(newBatchReport(c.sum))
		cell.vals = append(cell.vals, &cv)
		trad.vals = append(trad.vals, tv)
		paperCell[i], paperTrad[i] = paperValue(c, key), paperValue(c, "traditional_"+key)
	}
	series := []barSeries{cell}
	if slices.ContainsFunc(trad.vals, func(s *summary) bool { return s != nil }) {
		series = append(series, trad)
	}
	centres := addBars(p, series)
	lines := len(series)
	if addPaper(p, "paper, cell-view", centres[0], paperCell, draw.CircleGlyph{}) {
		lines++
	}
	if len(series) > 1 && addPaper(p, "paper, traditional", centres[1], paperTrad, draw.RingGlyph{}) {
		lines++
	}
	if len(names) > 0 {
		p.NominalX(names...)
		p.X.Min, p.X.Max = -0.5, float64(len(names))-0.5
	}
	p.Legend.Top, p.Legend.Left = true, true
	roomForLegend(p, lines)
	return p
}

// paperValue returns the paper's value for key, or NaN.
func paperValue(c *figureCondition, key string) float64 {
	if v, ok := c.Paper[key]; ok {
		return v
	}
	return math.NaN()
}

// efficiencyPanels plots Fig 4: swaps and cost (comparisons + swaps) of
// cell-view and traditional runs per condition, and the cost ratio beside
// the paper's (spec §7).
func (j *figureJob) efficiencyPanels() []*plot.Plot {
	var names []string
	var swaps, cost [2]barSeries
	ratio := barSeries{name: "traditional ÷ cell-view (ours)", color: cellColor}
	paperRatio := make([]float64, len(j.conds))
	for k, name := range []string{"cell-view", "traditional"} {
		col := []color.Color{cellColor, tradColor}[k]
		swaps[k] = barSeries{name: name, color: col, nonNeg: true}
		cost[k] = barSeries{name: name, color: col, nonNeg: true}
	}
	for i, c := range j.conds {
		names = append(names, c.Name)
		r := newBatchReport(c.sum)
		swaps[0].vals = append(swaps[0].vals, &r.Swaps)
		cost[0].vals = append(cost[0].vals, &r.Cost)
		var ts, tc, tr *summary
		if t := r.Traditional; t != nil {
			ts, tc, tr = &t.Swaps, &t.Cost, &summary{Mean: t.CostRatio}
		}
		swaps[1].vals = append(swaps[1].vals, ts)
		cost[1].vals = append(cost[1].vals, tc)
		ratio.vals = append(ratio.vals, tr)
		paperRatio[i] = paperValue(c, "cost_ratio")
	}
	mk := func(title, yLabel string, series []barSeries, lines int) (*plot.Plot, [][]float64) {
		p := newPanel(title, "", yLabel)
		centres := addBars(p, series)
		p.NominalX(names...)
		p.X.Min, p.X.Max = -0.5, float64(len(names))-0.5
		p.Legend.Top, p.Legend.Left = true, true
		roomForLegend(p, lines)
		return p, centres
	}
	ps, _ := mk("Swaps", "swaps", swaps[:], 2)
	pc, _ := mk("Swaps + comparisons (cost)", "cost", cost[:], 2)
	pr, centres := mk("Cost ratio", "traditional cost ÷ cell-view cost", []barSeries{ratio}, 2)
	addPaper(pr, "paper", centres[0], paperRatio, draw.CircleGlyph{})
	addRatioLabels(pr, centres[0], ratio.vals, paperRatio)
	return []*plot.Plot{ps, pc, pr}
}

// addRatioLabels writes "ours (paper)" above each ratio bar.
func addRatioLabels(p *plot.Plot, xs []float64, ours []*summary, paper []float64) {
	var l plotter.XYLabels
	for i, v := range ours {
		if v == nil {
			continue
		}
		text, y := strconv.FormatFloat(v.Mean, 'f', 2, 64), v.Mean
		if !math.IsNaN(paper[i]) {
			text += " (paper " + strconv.FormatFloat(paper[i], 'f', -1, 64) + ")"
			y = max(y, paper[i])
		}
		l.XYs = append(l.XYs, plotter.XY{X: xs[i], Y: y})
		l.Labels = append(l.Labels, text)
	}
	if labels, err := plotter.NewLabels(l); err == nil {
		for i := range labels.TextStyle {
			labels.TextStyle[i].XAlign = draw.XCenter
		}
		labels.Offset = vg.Point{Y: vg.Points(8)}
		p.Add(labels)
	}
}

// mixTitle capitalises a mix for a tile title: "bubble" → "Bubble".
func mixTitle(mix string) string {
	if mix == "" {
		return mix
	}
	return strings.ToUpper(mix[:1]) + mix[1:]
}
