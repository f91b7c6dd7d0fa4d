//go:build js && wasm

package ui

import (
	"fmt"
	"image"
	"image/color"

	"bioplay/ui/plot"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Series is one line of a chart: sample k sits at x = k. It is drawn as a
// min–max band per pixel column, so that no spike is lost however long the
// run.
type Series struct {
	Label string
	Color color.RGBA
	Ys    []float64
	// Lo and Hi, when not nil (the same length as Ys), draw a translucent
	// band around the line, such as mean ± SD over a batch of runs.
	Lo, Hi []float64
}

// Shade is an x interval shaded behind the series, such as one
// delayed-gratification episode, with an optional label. With X1 ≤ X0 it
// is a marker: a vertical line at X0, such as a grid refinement.
type Shade struct {
	X0, X1 float64
	Label  string
	Strong bool // drawn more visibly
}

// Chart draws series against a shared x axis into a panel with a title,
// y labels and an optional horizontal reference line.
type Chart struct {
	Title  string
	Lo, Hi float64 // the y range
	Digits int     // decimals of the y labels and current values
	// Ref, when RefLabel is not empty, is a horizontal reference line, such
	// as a chance level.
	Ref      float64
	RefLabel string
	XLabel   string  // unit of the x axis, e.g. "swaps"
	XMax     float64 // right end of the x axis

	bands, lo, hi []plot.Band
}

// Draw draws the chart into r.
func (c *Chart) Draw(dst *ebiten.Image, r image.Rectangle, series []Series, shades []Shade) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), Panel, false)
	c.drawTitle(dst, r, series)
	p := image.Rect(r.Min.X+44, r.Min.Y+LineHeight+8, r.Max.X-8, r.Max.Y-LineHeight-6)
	if p.Dx() < 8 || p.Dy() < 8 {
		return
	}
	xmax := max(c.XMax, 1)
	x := func(v float64) float32 { return float32(p.Min.X) + float32(min(max(v/xmax, 0), 1))*float32(p.Dx()) }
	y := func(v float64) float32 {
		f := (v - c.Lo) / (c.Hi - c.Lo)
		return float32(p.Max.Y) - float32(min(max(f, 0), 1))*float32(p.Dy())
	}
	for _, s := range shades {
		a := 0.07
		if s.Strong {
			a = 0.2
		}
		x0, x1 := x(s.X0), x(s.X1)
		if s.X1 <= s.X0 { // a marker: a solid line, labelled to its right
			vector.FillRect(dst, x0, float32(p.Min.Y), 1, float32(p.Dy()), Fade(Yellow, 0.8), false)
			Label(dst, s.Label, float64(x0)+3, float64(p.Min.Y)+2, Yellow)
			continue
		}
		vector.FillRect(dst, x0, float32(p.Min.Y), max(x1-x0, 1), float32(p.Dy()), Fade(Yellow, a), false)
		if s.Label != "" && float64(x1-x0) > TextWidth(s.Label)+4 {
			Label(dst, s.Label, float64(x0)+2, float64(p.Min.Y)+2, Yellow)
		}
	}
	vector.StrokeRect(dst, float32(p.Min.X), float32(p.Min.Y), float32(p.Dx()), float32(p.Dy()), 1, Grid, false)
	LabelRight(dst, c.format(c.Hi), float64(p.Min.X-4), float64(p.Min.Y-6), Faint)
	LabelRight(dst, c.format(c.Lo), float64(p.Min.X-4), float64(p.Max.Y-8), Faint)
	Label(dst, "0", float64(p.Min.X), float64(p.Max.Y+2), Faint)
	LabelRight(dst, fmt.Sprintf("%.0f %s", xmax, c.XLabel), float64(p.Max.X), float64(p.Max.Y+2), Faint)
	if c.RefLabel != "" {
		ry := y(c.Ref)
		for px := p.Min.X; px < p.Max.X; px += 6 {
			vector.FillRect(dst, float32(px), ry, 3, 1, Faint, false)
		}
		LabelRight(dst, c.RefLabel, float64(p.Max.X-2), float64(ry)-LineHeight, Faint)
	}
	for _, s := range series {
		cols := max(int(float32(p.Dx())*float32(min(float64(len(s.Ys))/xmax, 1))), 1)
		if s.Lo != nil && s.Hi != nil {
			c.lo = plot.Envelope(c.lo, s.Lo, float64(len(s.Lo)), cols)
			c.hi = plot.Envelope(c.hi, s.Hi, float64(len(s.Hi)), cols)
			for i := range min(len(c.lo), len(c.hi)) {
				top, bot := y(c.hi[i].Hi), y(c.lo[i].Lo)
				vector.FillRect(dst, float32(p.Min.X+i), top, 1, max(bot-top, 1), Fade(s.Color, 0.3), false)
			}
		}
		c.bands = plot.Envelope(c.bands, s.Ys, float64(len(s.Ys)), cols)
		for i, b := range c.bands {
			if i > 0 { // join a jump between columns, so the line stays unbroken
				prev := c.bands[i-1]
				b.Lo, b.Hi = min(b.Lo, prev.Hi), max(b.Hi, prev.Lo)
			}
			top, bot := y(b.Hi), y(b.Lo)
			vector.FillRect(dst, float32(p.Min.X+i), top-1, 1, max(bot-top, 0)+2, s.Color, false)
		}
	}
}

// drawTitle writes the title, then each series' label and last value.
func (c *Chart) drawTitle(dst *ebiten.Image, r image.Rectangle, series []Series) {
	x := float64(r.Min.X + 6)
	Label(dst, c.Title, x, float64(r.Min.Y+3), Ink)
	x += TextWidth(c.Title) + 10
	for _, s := range series {
		if len(s.Ys) == 0 {
			continue
		}
		t := c.format(s.Ys[len(s.Ys)-1])
		if s.Label != "" {
			t = s.Label + " " + t
		}
		if x+TextWidth(t) > float64(r.Max.X-4) {
			return
		}
		Label(dst, t, x, float64(r.Min.Y+3), s.Color)
		x += TextWidth(t) + 10
	}
}

func (c *Chart) format(v float64) string { return fmt.Sprintf("%.*f", c.Digits, v) }
