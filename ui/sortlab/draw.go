//go:build js && wasm

package sortlab

import (
	"fmt"
	"image"
	"image/color"

	"bioplay/models/sorting"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// typeColor gives each algotype its colour-blind-safe hue.
var typeColor = [...]color.RGBA{
	sorting.Bubble:    ui.Blue,
	sorting.Insertion: ui.Orange,
	sorting.Selection: ui.Green,
}

var (
	passiveColor = color.RGBA{0x9a, 0xa1, 0xad, 0xff}
	stuckColor   = ui.Vermilion
)

// layout is where the last frame put the bars and charts, kept for clicks.
type layout struct {
	bars   image.Rectangle
	charts [3]image.Rectangle
}

func (s *Scene) place(area image.Rectangle) layout {
	const pad = 8
	a := area.Inset(pad)
	var l layout
	legendH := s.drawLegend(nil, a)
	barsH := a.Dy() * 55 / 100
	l.bars = image.Rect(a.Min.X, a.Min.Y+legendH+6, a.Max.X, a.Min.Y+barsH-6) // 6 px below for swap ticks
	charts := image.Rect(a.Min.X, a.Min.Y+barsH+pad, a.Max.X, a.Max.Y)
	if charts.Dx() >= 540 || charts.Dy() < 3*60+2*pad { // side by side when wide, or too short to stack
		w := (charts.Dx() - 2*pad) / 3
		for i := range l.charts {
			x := charts.Min.X + i*(w+pad)
			l.charts[i] = image.Rect(x, charts.Min.Y, x+w, charts.Max.Y)
		}
	} else {
		h := (charts.Dy() - 2*pad) / 3
		for i := range l.charts {
			y := charts.Min.Y + i*(h+pad)
			l.charts[i] = image.Rect(charts.Min.X, y, charts.Max.X, y+h)
		}
	}
	return l
}

// Draw draws the legend, the bars and the three charts into area.
func (s *Scene) Draw(dst *ebiten.Image, area image.Rectangle) {
	s.frame++
	s.layout = s.place(area)
	s.drawLegend(dst, area.Inset(8))
	s.drawBars(dst, s.layout.bars)
	m := s.arr.Metrics()
	s.charts[2].Ref, s.charts[2].RefLabel = m.AggregationChance, "chance"
	xmax := float64(max(s.hist.swaps(), 1))
	series := [3][]float64{s.hist.sortedness, s.hist.err, s.hist.aggregation}
	for i := range s.charts {
		s.charts[i].Draw(dst, s.layout.charts[i], series[i], xmax, "swaps")
	}
}

// drawLegend draws the colour key and the run's status in r, wrapping to
// more lines when r is narrow, and returns the height it takes. With a nil
// dst it only measures.
func (s *Scene) drawLegend(dst *ebiten.Image, r image.Rectangle) int {
	x, y := float64(r.Min.X), float64(r.Min.Y)
	item := func(c color.RGBA, label string, swatch, hatched bool) {
		w := ui.TextWidth(label) + 14
		if swatch {
			w += 14
		}
		if x > float64(r.Min.X) && x+w > float64(r.Max.X) {
			x, y = float64(r.Min.X), y+ui.LineHeight+4
		}
		if dst != nil {
			tx := x
			if swatch {
				vector.FillRect(dst, float32(x), float32(y+2), 10, 10, c, false)
				if hatched {
					vector.FillRect(dst, float32(x), float32(y+6), 10, 2, ui.Background, false)
				}
				tx += 14
				c = ui.Ink
			}
			ui.Label(dst, label, tx, y, c)
		}
		x += w
	}
	for t, c := range typeColor {
		item(c, sorting.Algotype(t).String(), true, false)
	}
	item(passiveColor, "frozen, passive", true, true)
	item(stuckColor, "frozen, stuck", true, false)
	if s.arr.Done() {
		status := "finished"
		if s.arr.Metrics().Capped {
			status = "stopped at the swap cap"
		}
		item(ui.Yellow, status, false, false)
	}
	return int(y-float64(r.Min.Y)) + ui.LineHeight
}

func (s *Scene) drawBars(dst *ebiten.Image, r image.Rectangle) {
	s.cells = s.arr.Cells(s.cells)
	n := len(s.cells)
	if n == 0 || r.Dx() < n/4 || r.Dy() < 4 {
		return
	}
	bw := float32(r.Dx()) / float32(n)
	gap := float32(0)
	if bw >= 4 {
		gap = 1
	}
	stuck := s.arr.Config().Damage == sorting.Stuck
	for i, c := range s.cells {
		h := float32(r.Dy()) * float32(c.Value+1) / float32(n)
		x, y := float32(r.Min.X)+float32(i)*bw, float32(r.Max.Y)-h
		switch {
		case c.Frozen && stuck:
			vector.FillRect(dst, x, y, bw-gap, h, stuckColor, false)
		case c.Frozen:
			vector.FillRect(dst, x, y, bw-gap, h, passiveColor, false)
			for yy := y + 3; yy < float32(r.Max.Y); yy += 6 {
				vector.FillRect(dst, x, yy, bw-gap, 2, ui.Background, false)
			}
		default:
			vector.FillRect(dst, x, y, bw-gap, h, typeColor[c.Type], false)
		}
	}
	// Swapped cells flash: a fading light cap on the bar and a yellow tick
	// under it, so a fast run still shows where the action is.
	for _, f := range s.flashes.ring {
		age := s.frame - f.frame
		if !f.set || age >= flashFrames {
			continue
		}
		a := 1 - float64(age)/flashFrames
		for _, p := range [2]int{f.i, f.j} {
			if p >= n {
				continue
			}
			x := float32(r.Min.X) + float32(p)*bw
			h := float32(r.Dy()) * float32(s.cells[p].Value+1) / float32(n)
			vector.FillRect(dst, x, float32(r.Max.Y)-h, max(bw-gap, 1), min(h, 6), ui.Fade(ui.Ink, a), false)
			vector.FillRect(dst, x, float32(r.Max.Y)+2, max(bw-gap, 1), 4, ui.Fade(ui.Yellow, a), false)
		}
	}
}

// Click freezes or unfreezes the cell under the pointer and records it.
func (s *Scene) Click(_ image.Rectangle, x, y int) {
	r := s.layout.bars
	if !image.Pt(x, y).In(r) {
		return
	}
	if len(s.edits) >= sorting.MaxEdits {
		s.page.Message(fmt.Sprintf("at most %d clicked cells per run; press Clear clicked cells", sorting.MaxEdits))
		return
	}
	pos := (x - r.Min.X) * s.arr.N() / r.Dx()
	s.arr.Toggle(pos)
	s.edits = append(s.edits, sorting.Edit{At: s.arr.Metrics().Activations, Pos: pos})
	s.page.ParamChanged("edits", sorting.FormatEdits(s.edits))
}
