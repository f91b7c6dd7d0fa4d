package main

import (
	"fmt"
	"image/color"
	"io"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// writePNG draws the figure with gonum/plot, choosing per figure what the
// paper plots: mean curves against normalised progress for Figs 3, 8 and 9
// (spec §5.2, §5.3–5.4), grouped bars with SD whiskers and the paper's
// values beside ours for Figs 4, 5 and 7 (§7).
func (j *figureJob) writePNG(w io.Writer) error {
	var panels [][]*plot.Plot
	width, height := 9*vg.Inch, 5.5*vg.Inch
	switch j.fig.Number {
	case 3:
		panels = [][]*plot.Plot{{j.curvePanel("Sortedness", "sortedness (%)", sortednessCurve, true)}}
	case 4:
		panels = [][]*plot.Plot{j.efficiencyPanels()}
		width = 12 * vg.Inch
	case 5:
		panels = j.barGrid("final error", "final_error", true, func(r batchReport) (summary, *summary) {
			return r.FinalError, tradField(r, func(t *tradReport) summary { return t.FinalError })
		})
		width, height = 12*vg.Inch, 8*vg.Inch
	case 7:
		panels = j.barGrid("delayed gratification", "dg", false, func(r batchReport) (summary, *summary) {
			return r.DG, tradField(r, func(t *tradReport) summary { return t.DG })
		})
		width = 12 * vg.Inch
	case 8:
		panels = [][]*plot.Plot{j.aggregationPanels()}
		width = 12 * vg.Inch
	case 9:
		panels = [][]*plot.Plot{{
			j.curvePanel("Sortedness (against ascending order)", "sortedness (%)", sortednessCurve, false),
			j.curvePanel("Aggregation", "aggregation value", aggregationCurve, false),
		}}
		width = 12 * vg.Inch
	default: // a figure sortbatch adds later: final error per condition
		panels = j.barGrid("final error", "final_error", true, func(r batchReport) (summary, *summary) {
			return r.FinalError, nil
		})
	}
	title := fmt.Sprintf("Fig %d: %s (%d runs per condition, mean ± SD)", j.fig.Number, j.fig.Title, j.runs)
	return drawPanels(w, title, panels, width, height)
}

// tradField returns the traditional summary picked by f, or nil without
// traditional runs.
func tradField(r batchReport, f func(*tradReport) summary) *summary {
	if r.Traditional == nil {
		return nil
	}
	s := f(r.Traditional)
	return &s
}

// titleHeight is the strip above the panels that holds the figure's title.
const titleHeight = 0.45 * vg.Inch

// drawPanels draws the panels (rows of plots; nil leaves a tile empty)
// under title on a w×h image and writes it as PNG.
func drawPanels(out io.Writer, title string, panels [][]*plot.Plot, w, h vg.Length) error {
	img := vgimg.New(w, h)
	dc := draw.New(img)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	sty := draw.TextStyle{Color: color.Black, Font: font.From(plot.DefaultFont, 14), Handler: plot.DefaultTextHandler,
		XAlign: draw.XCenter, YAlign: draw.YTop}
	dc.FillText(sty, vg.Point{X: w / 2, Y: h - vg.Points(8)}, title)
	body := draw.Crop(dc, 0, 0, 0, -titleHeight)
	cols := 0
	for _, row := range panels {
		cols = max(cols, len(row))
	}
	tiles := draw.Tiles{Rows: len(panels), Cols: cols, PadX: vg.Points(16), PadY: vg.Points(16),
		PadLeft: vg.Points(8), PadRight: vg.Points(12), PadBottom: vg.Points(8)}
	for r := range panels { // Align wants a full grid
		for len(panels[r]) < cols {
			panels[r] = append(panels[r], nil)
		}
	}
	canvases := plot.Align(panels, tiles, body)
	for r, row := range panels {
		for c, p := range row {
			if p != nil {
				p.Draw(canvases[r][c])
			}
		}
	}
	_, err := vgimg.PngCanvas{Canvas: img}.WriteTo(out)
	return err
}

// seriesColor is the colour of the i-th condition or series.
func seriesColor(i int) color.Color { return plotutil.DarkColors[i%len(plotutil.DarkColors)] }

// translucent returns c with alpha a (0..255), for SD bands.
func translucent(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// newPanel returns an empty plot with a title, axis labels and a grid.
func newPanel(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = xLabel
	p.Y.Label.Text = yLabel
	p.Add(plotter.NewGrid())
	p.Legend.ThumbnailWidth = vg.Points(18)
	p.X.Tick.Marker = plainTicks{}
	p.Y.Tick.Marker = plainTicks{}
	return p
}

// plainTicks are gonum/plot's default ticks labelled with short decimal
// text ("2500", not "2500.00").
type plainTicks struct{}

// Ticks implements plot.Ticker.
func (plainTicks) Ticks(min, max float64) []plot.Tick {
	ts := plot.DefaultTicks{}.Ticks(min, max)
	for i := range ts {
		if ts[i].Label != "" {
			ts[i].Label = strconv.FormatFloat(ts[i].Value, 'g', 6, 64)
		}
	}
	return ts
}

// roomForLegend raises the top of p's y axis so that a legend of lines
// entries at the top does not cover the data.
func roomForLegend(p *plot.Plot, lines int) {
	p.Y.Max += (p.Y.Max - p.Y.Min) * 0.13 * float64(lines)
}
