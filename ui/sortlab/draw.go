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
	tradColor    = ui.Purple
)

// layout is where the last frame put the bars and charts, kept for clicks.
type layout struct {
	bars, tradBars image.Rectangle // tradBars is empty unless the traditional view is on
	charts         [3]image.Rectangle
}

func (s *Scene) place(area image.Rectangle) layout {
	const pad = 8
	a := area.Inset(pad)
	var l layout
	legendH := s.drawLegend(nil, a)
	barsH := a.Dy() * 55 / 100
	l.bars = image.Rect(a.Min.X, a.Min.Y+legendH+6, a.Max.X, a.Min.Y+barsH-6) // 6 px below for swap ticks
	if s.trad != nil {
		mid := (l.bars.Min.Y + l.bars.Max.Y) / 2
		l.tradBars = image.Rect(l.bars.Min.X, mid+ui.LineHeight+4, l.bars.Max.X, l.bars.Max.Y)
		l.bars.Max.Y = mid - 8
	}
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
	s.cells = s.arr.Cells(s.cells)
	s.drawBars(dst, s.layout.bars, s.cells, true)
	if s.trad != nil {
		r := s.layout.tradBars
		ui.Label(dst, "traditional (top-down) on the same start", float64(r.Min.X), float64(r.Min.Y-ui.LineHeight-2), tradColor)
		s.drawBars(dst, r, s.tradCells(), false)
	}
	if _, _, ok := s.batchCurves(); ok {
		s.drawBatchCharts(dst)
		return
	}
	s.drawLiveCharts(dst)
}

// drawLiveCharts draws the live run's trajectories against swaps, with
// delayed-gratification episodes shaded on the error chart.
func (s *Scene) drawLiveCharts(dst *ebiten.Image) {
	if s.frame%8 == 0 || s.arr.Done() {
		s.dgCache.update(&s.hist)
	}
	m := s.arr.Metrics()
	n := float64(s.arr.N())
	xmax := float64(max(s.hist.swaps(), 1))
	sorted := []ui.Series{{Label: "cell-view", Color: ui.Blue, Ys: s.hist.sortedness}}
	errs := []ui.Series{{Label: "cell-view", Color: ui.Orange, Ys: s.hist.err}}
	if s.trad != nil {
		xmax = max(xmax, float64(len(s.trad.hist.err)-1))
		sorted = append(sorted, ui.Series{Label: "trad.", Color: tradColor, Ys: s.trad.hist.sortedness})
		errs = append(errs, ui.Series{Label: "trad.", Color: tradColor, Ys: s.trad.hist.err})
	}
	c := &s.charts
	c[0].Title, c[1].Title, c[2].Title = "sortedness %", "monotonicity error", "aggregation"
	c[1].Hi = n - 1
	c[2].Ref, c[2].RefLabel = m.AggregationChance, "chance"
	for i := range c {
		c[i].XLabel, c[i].XMax = "swaps", xmax
	}
	c[0].Draw(dst, s.layout.charts[0], sorted, nil)
	c[1].Draw(dst, s.layout.charts[1], errs, s.dgCache.shades)
	c[2].Draw(dst, s.layout.charts[2], []ui.Series{{Color: ui.Green, Ys: s.hist.aggregation}}, nil)
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
	item(ui.Green, "| selection pointer", false, false)
	if s.arr.Done() {
		status := "settled"
		if s.arr.Metrics().Capped {
			status = "still moving at the swap cap (oscillating)"
		}
		item(ui.Yellow, status, false, false)
	}
	return int(y-float64(r.Min.Y)) + ui.LineHeight
}

// drawBars draws cells as bars in r. Waiting Insertion cells are dimmed,
// Selection pointers are ticks under the bars, and for the live array the
// latest swaps flash.
func (s *Scene) drawBars(dst *ebiten.Image, r image.Rectangle, cells []sorting.Cell, live bool) {
	n := len(cells)
	if n == 0 || r.Dx() < n/4 || r.Dy() < 4 {
		return
	}
	bw := float32(r.Dx()) / float32(n)
	gap := float32(0)
	if bw >= 4 {
		gap = 1
	}
	stuck := s.arr.Config().Damage == sorting.Stuck
	top := float32(n)
	if d := s.arr.Config().Distinct; d > 0 {
		top = float32(d)
	}
	for i, c := range cells {
		h := float32(r.Dy()) * float32(c.Value+1) / top
		x, y := float32(r.Min.X)+float32(i)*bw, float32(r.Max.Y)-h
		switch {
		case c.Frozen && stuck:
			vector.FillRect(dst, x, y, bw-gap, h, stuckColor, false)
		case c.Frozen:
			vector.FillRect(dst, x, y, bw-gap, h, passiveColor, false)
			for yy := y + 3; yy < float32(r.Max.Y); yy += 6 {
				vector.FillRect(dst, x, yy, bw-gap, 2, ui.Background, false)
			}
		case c.Waiting:
			vector.FillRect(dst, x, y, bw-gap, h, ui.Fade(typeColor[c.Type], 0.45), false)
		default:
			vector.FillRect(dst, x, y, bw-gap, h, typeColor[c.Type], false)
		}
		if c.Dir == sorting.Descending {
			vector.FillRect(dst, x, y, bw-gap, 2, ui.Ink, false) // a white cap marks a descending cell
		}
		if c.Type == sorting.Selection && c.Pointer >= 0 && c.Pointer < n && !c.Frozen {
			px := float32(r.Min.X) + float32(c.Pointer)*bw + (bw-gap)/2
			vector.FillRect(dst, px, float32(r.Max.Y)+1, 1, 5, ui.Fade(ui.Green, 0.7), false)
		}
	}
	if live {
		s.drawFlashes(dst, r, bw, gap, top)
	}
}

// drawFlashes marks the latest swaps: a fading light cap on the bar and a
// yellow tick under it, so a fast run still shows where the action is.
func (s *Scene) drawFlashes(dst *ebiten.Image, r image.Rectangle, bw, gap, top float32) {
	n := len(s.cells)
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
			h := float32(r.Dy()) * float32(s.cells[p].Value+1) / top
			vector.FillRect(dst, x, float32(r.Max.Y)-h, max(bw-gap, 1), min(h, 6), ui.Fade(ui.Ink, a), false)
			vector.FillRect(dst, x, float32(r.Max.Y)+2, max(bw-gap, 1), 4, ui.Fade(ui.Yellow, a), false)
		}
	}
}

// tradCells renders the traditional array as cells of the live array's
// first algotype, for drawBars.
func (s *Scene) tradCells() []sorting.Cell {
	vals := s.trad.t.Values(s.trad.values[:0])
	frozen := s.trad.t.Frozen(s.trad.frozen[:0])
	s.trad.values, s.trad.frozen = vals, frozen
	cells := make([]sorting.Cell, len(vals))
	t := s.arr.Config().Mix[0].Type
	for i, v := range vals {
		cells[i] = sorting.Cell{Value: v, Type: t, Frozen: frozen[i], Pointer: -1}
	}
	return cells
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
