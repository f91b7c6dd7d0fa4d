//go:build js && wasm

package swimlab

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"bioplay/models/swimmer"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// drawCircuit draws NCAP's circuit into r (spec §3.3): the head oscillator
// at the left, then one column per joint with, from top to bottom, the
// dorsal muscle, the dorsal and ventral B-neurons and the ventral muscle.
// Each unit is a square lit by its activity; each synapse a line whose
// colour says its sign (blue excitatory, vermilion inhibitory), whose
// width says its effective weight and whose brightness says how active its
// source is. A weight projected to zero by the sign constraint is drawn
// dashed grey: a dead synapse.
func drawCircuit(dst *ebiten.Image, r image.Rectangle, x *swimmer.NCAP) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), ui.Panel, false)
	ui.Label(dst, "NCAP circuit", float64(r.Min.X+6), float64(r.Min.Y+2), ui.Faint)
	act := x.Activity()
	n := x.Joints()
	top := r.Min.Y + ui.LineHeight + 6
	rowH := (r.Max.Y - top - 6) / 4
	if rowH < 8 || r.Dx() < 60 {
		return
	}
	colW := float64(r.Dx()-40) / float64(n)
	size := float32(min(14, int(colW/3), rowH/2))
	cx := func(i int) float32 { return float32(float64(r.Min.X+34) + colW*(float64(i)+0.5)) }
	cy := func(row int) float32 { return float32(top + rowH*row + rowH/2) }
	const mD, bD, bV, mV = 0, 1, 2, 3
	ox, oy := float32(r.Min.X+14), (cy(bD)+cy(bV))/2
	// Synapses first, so units sit on top of them.
	syn := func(x0, y0, x1, y1 float32, w, src float64) {
		col := ui.Blue
		if w < 0 {
			col = ui.Vermilion
		}
		if w == 0 {
			vector.StrokeLine(dst, x0, y0, x1, y1, 1, ui.Grid, false)
			return
		}
		width := float32(1 + min(3, 1.5*math.Abs(w)))
		vector.StrokeLine(dst, x0, y0, x1, y1, width, ui.Fade(col, 0.25+0.75*src), false)
	}
	for i := 0; i < n; i++ {
		if i == 0 {
			syn(ox, oy, cx(0), cy(bD), x.Effective(0, swimmer.UInD), act.OscD)
			syn(ox, oy, cx(0), cy(bV), x.Effective(0, swimmer.UInV), act.OscV)
		} else { // stretch of joint i−1 feeds joint i's B-neurons
			syn(cx(i-1), cy(bD), cx(i), cy(bD), x.Effective(i, swimmer.UInD), act.StretchD[i-1])
			syn(cx(i-1), cy(bV), cx(i), cy(bV), x.Effective(i, swimmer.UInV), act.StretchV[i-1])
		}
		syn(cx(i), cy(bD), cx(i), cy(mD), x.Effective(i, swimmer.UMuscleDD), act.Bd[i])
		syn(cx(i), cy(bV), cx(i), cy(mV), x.Effective(i, swimmer.UMuscleVV), act.Bv[i])
		syn(cx(i)-size/2, cy(bV), cx(i)-size/2, cy(mD), x.Effective(i, swimmer.UMuscleDV), act.Bv[i])
		syn(cx(i)+size/2, cy(bD), cx(i)+size/2, cy(mV), x.Effective(i, swimmer.UMuscleVD), act.Bd[i])
	}
	unit := func(x, y float32, a float64, col color.RGBA) {
		vector.FillRect(dst, x-size/2, y-size/2, size, size, ui.Background, false)
		vector.FillRect(dst, x-size/2, y-size/2, size, size, ui.Fade(col, 0.12+0.88*a), false)
	}
	unit(ox, oy, math.Max(act.OscD, act.OscV), ui.Yellow)
	for i := 0; i < n; i++ {
		unit(cx(i), cy(mD), act.Md[i], ui.Orange)
		unit(cx(i), cy(bD), act.Bd[i], ui.Green)
		unit(cx(i), cy(bV), act.Bv[i], ui.Green)
		unit(cx(i), cy(mV), act.Mv[i], ui.Purple)
	}
	lx := float64(r.Max.X) - 4
	for row, name := range []string{"muscle d", "B d", "B v", "muscle v"} {
		ui.LabelRight(dst, name, lx, float64(cy(row))-ui.LineHeight/2, ui.Faint)
	}
	ui.Label(dst, "osc", float64(ox)-10, float64(oy)+float64(size), ui.Faint)
}

// drawActions draws one bar per joint for controllers without a circuit
// to show: the action in [−1, 1] up (dorsal) or down (ventral).
func drawActions(dst *ebiten.Image, r image.Rectangle, title string, action []float64) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), ui.Panel, false)
	ui.Label(dst, title, float64(r.Min.X+6), float64(r.Min.Y+2), ui.Faint)
	n := len(action)
	if n == 0 || r.Dx() < 40 {
		return
	}
	top := r.Min.Y + ui.LineHeight + 6
	mid := float32(top+r.Max.Y) / 2
	half := float32(r.Max.Y-top-8) / 2
	w := float32(r.Dx()-20) / float32(n)
	vector.StrokeLine(dst, float32(r.Min.X+10), mid, float32(r.Max.X-10), mid, 1, ui.Grid, false)
	for i, a := range action {
		x := float32(r.Min.X+10) + w*float32(i) + w*0.2
		h := float32(a) * half
		col := ui.Orange
		if a < 0 {
			col = ui.Purple
		}
		if h >= 0 {
			vector.FillRect(dst, x, mid-h, w*0.6, h, col, false)
		} else {
			vector.FillRect(dst, x, mid, w*0.6, -h, col, false)
		}
		ui.Label(dst, fmt.Sprint(i), float64(x), float64(r.Max.Y)-ui.LineHeight, ui.Faint)
	}
}
