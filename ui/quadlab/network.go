//go:build js && wasm

package quadlab

import (
	"image"
	"math"

	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// drawNetwork draws links (width by |weight|, colour by sign) and each unit
// as its thumbnail heatmap; the inputs are labelled x1 and x2.
func (s *Scene) drawNetwork(dst *ebiten.Image) {
	net := s.main.net
	shape := net.Shape()
	first := make([]int, len(shape)) // index of each layer's first node
	for c := 1; c < len(shape); c++ {
		first[c] = first[c-1] + shape[c-1]
	}
	wmax := 1e-9
	for l := 0; l+1 < len(shape); l++ {
		for o := 0; o < shape[l+1]; o++ {
			for i := 0; i < shape[l]; i++ {
				wmax = max(wmax, math.Abs(net.Weight(l, o, i)))
			}
		}
	}
	nodes := s.layout.nodes
	for l := 0; l+1 < len(shape); l++ {
		for o := 0; o < shape[l+1]; o++ {
			to := nodes[first[l+1]+o].r
			for i := 0; i < shape[l]; i++ {
				from := nodes[first[l]+i].r
				w := net.Weight(l, o, i)
				c := ui.Blue
				if w < 0 {
					c = ui.Orange
				}
				width := 0.5 + 3*float32(math.Abs(w)/wmax)
				vector.StrokeLine(dst, float32(from.Max.X), float32(from.Min.Y+from.Dy()/2),
					float32(to.Min.X), float32(to.Min.Y+to.Dy()/2), width, ui.Fade(c, 0.8), false)
			}
		}
	}
	ui.Label(dst, "network (click a neuron)", float64(s.layout.net.Min.X), float64(s.layout.net.Min.Y), ui.Faint)
	h := &s.main.heat
	k := 0
	for _, n := range nodes {
		r := n.r
		switch {
		case n.layer < 0:
			vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), ui.Grid, false)
			ui.Label(dst, []string{"x1", "x2"}[min(n.neuron, 1)], float64(r.Min.X+2), float64(r.Min.Y+r.Dy()/2-6), ui.Ink)
		case n.layer < len(shape)-2:
			s.drawThumb(dst, r, h, k)
			k++
		default:
			s.drawThumb(dst, r, h, -1)
		}
		if s.selected == [2]int{n.layer, n.neuron} || (n.layer == len(shape)-2 && s.selected[0] < 0) {
			vector.StrokeRect(dst, float32(r.Min.X)-1, float32(r.Min.Y)-1, float32(r.Dx())+2, float32(r.Dy())+2, 2, ui.Yellow, false)
		}
	}
}

// drawThumb draws a unit's map into r: hidden neuron k's thumbnail, or
// (k < 0) the output's big map scaled down.
func (s *Scene) drawThumb(dst *ebiten.Image, r image.Rectangle, h *heatmap, k int) {
	img := h.img
	if k >= 0 {
		img = h.thumbImage(k)
	}
	if img == nil {
		return
	}
	b := img.Bounds()
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Scale(float64(r.Dx())/float64(b.Dx()), float64(r.Dy())/float64(b.Dy()))
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	dst.DrawImage(img, op)
}
