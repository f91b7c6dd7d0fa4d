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

// Chart draws one series of a run against its step axis, as a min–max band
// per pixel column so that no spike is lost however long the run.
type Chart struct {
	Title  string
	Color  color.RGBA
	Lo, Hi float64 // the y range
	Digits int     // decimals of the y labels and current value
	// Ref, when RefLabel is not empty, is a horizontal reference line, such
	// as a chance level.
	Ref      float64
	RefLabel string

	bands []plot.Band
}

// Draw draws ys (sample k at x = k) into r, with the x axis running from 0
// to xmax and labelled xlabel.
func (c *Chart) Draw(dst *ebiten.Image, r image.Rectangle, ys []float64, xmax float64, xlabel string) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), Panel, false)
	title := c.Title
	if len(ys) > 0 {
		title += ": " + c.format(ys[len(ys)-1])
	}
	Label(dst, title, float64(r.Min.X+6), float64(r.Min.Y+3), c.Color)
	p := image.Rect(r.Min.X+44, r.Min.Y+LineHeight+8, r.Max.X-8, r.Max.Y-LineHeight-6)
	if p.Dx() < 8 || p.Dy() < 8 {
		return
	}
	y := func(v float64) float32 {
		f := (v - c.Lo) / (c.Hi - c.Lo)
		return float32(p.Max.Y) - float32(min(max(f, 0), 1))*float32(p.Dy())
	}
	vector.StrokeRect(dst, float32(p.Min.X), float32(p.Min.Y), float32(p.Dx()), float32(p.Dy()), 1, Grid, false)
	LabelRight(dst, c.format(c.Hi), float64(p.Min.X-4), float64(p.Min.Y-6), Faint)
	LabelRight(dst, c.format(c.Lo), float64(p.Min.X-4), float64(p.Max.Y-8), Faint)
	Label(dst, "0", float64(p.Min.X), float64(p.Max.Y+2), Faint)
	LabelRight(dst, fmt.Sprintf("%.0f %s", xmax, xlabel), float64(p.Max.X), float64(p.Max.Y+2), Faint)
	if c.RefLabel != "" {
		ry := y(c.Ref)
		for x := p.Min.X; x < p.Max.X; x += 6 {
			vector.FillRect(dst, float32(x), ry, 3, 1, Faint, false)
		}
		LabelRight(dst, c.RefLabel, float64(p.Max.X-2), float64(ry)-LineHeight, Faint)
	}
	c.bands = plot.Envelope(c.bands, ys, xmax, p.Dx())
	for i, b := range c.bands {
		top, bot := y(b.Hi), y(b.Lo)
		vector.FillRect(dst, float32(p.Min.X+i), top-1, 1, max(bot-top, 0)+2, c.Color, false)
	}
}

func (c *Chart) format(v float64) string { return fmt.Sprintf("%.*f", c.Digits, v) }
