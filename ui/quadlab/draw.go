//go:build js && wasm

package quadlab

import (
	"fmt"
	"image"

	"bioplay/models/learn"
	"bioplay/models/quadratic"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// layout is where the last frame put things, kept for clicks.
type layout struct {
	net    image.Rectangle
	heat   [2]image.Rectangle // main, and the conventional one in compare mode
	charts [2]image.Rectangle
	nodes  []node
}

// node is one neuron's place in the network diagram.
type node struct {
	r             image.Rectangle
	layer, neuron int // in Activations' indexing; the inputs have layer −1
}

func (s *Scene) place(area image.Rectangle) layout {
	const pad = 8
	a := area.Inset(pad)
	var l layout
	top := image.Rect(a.Min.X, a.Min.Y, a.Max.X, a.Min.Y+a.Dy()*68/100)
	chartsR := image.Rect(a.Min.X, top.Max.Y+pad, a.Max.X, a.Max.Y)
	w := (chartsR.Dx() - pad) / 2
	l.charts[0] = image.Rect(chartsR.Min.X, chartsR.Min.Y, chartsR.Min.X+w, chartsR.Max.Y)
	l.charts[1] = image.Rect(chartsR.Min.X+w+pad, chartsR.Min.Y, chartsR.Max.X, chartsR.Max.Y)
	maps := 1
	if s.other != nil {
		maps = 2
	}
	side := min(top.Dy()-2*ui.LineHeight-8, (top.Dx()*55/100)/maps-pad)
	side = max(side, 40)
	right := top.Max.X
	for i := maps - 1; i >= 0; i-- {
		l.heat[i] = image.Rect(right-side, top.Min.Y+ui.LineHeight+4, right, top.Min.Y+ui.LineHeight+4+side)
		right -= side + pad
	}
	l.net = image.Rect(top.Min.X, top.Min.Y, right-pad, top.Max.Y)
	l.nodes = s.placeNodes(l.net)
	return l
}

// placeNodes spreads the network's units over r, one column per layer.
func (s *Scene) placeNodes(r image.Rectangle) []node {
	shape := s.main.net.Shape()
	cols := len(shape)
	size := min(36, r.Dx()/(2*cols), r.Dy()/(maxInt(shape)+1))
	size = max(size, 8)
	var out []node
	for c, n := range shape {
		x := r.Min.X + (r.Dx()-size)*c/max(cols-1, 1)
		for k := 0; k < n; k++ {
			y := r.Min.Y + ui.LineHeight + 4 + (r.Dy()-ui.LineHeight-4-size)*(2*k+1)/(2*n)
			out = append(out, node{r: image.Rect(x, y, x+size, y+size), layer: c - 1, neuron: k})
		}
	}
	return out
}

func maxInt(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// Draw draws the network diagram, the heatmap(s) with the data, and the
// loss and accuracy charts.
func (s *Scene) Draw(dst *ebiten.Image, area image.Rectangle) {
	s.frame++
	s.layout = s.place(area)
	s.drawNetwork(dst)
	title := "output p(class 1)"
	if s.selected[0] >= 0 {
		title = fmt.Sprintf("hidden layer %d, neuron %d (click the map for the output)", s.selected[0]+1, s.selected[1]+1)
	}
	s.drawMap(dst, s.main, s.layout.heat[0], fmt.Sprintf("%s, %d params", title, s.main.net.Params()))
	if s.other != nil {
		s.drawMap(dst, s.other, s.layout.heat[1], fmt.Sprintf("conventional, same shape, %d params", s.other.net.Params()))
	}
	s.drawCharts(dst)
}

// drawMap draws a model's heatmap with the data on top and, for a single
// neuron, its conic boundary and equation.
func (s *Scene) drawMap(dst *ebiten.Image, m *model, r image.Rectangle, title string) {
	h := &m.heat
	if h.img == nil {
		h.img = ebiten.NewImage(heatRes, heatRes)
		h.dirty = true
	}
	if h.dirty {
		centre, scale := 0.5, 0.5
		if m == s.main && s.selected[0] >= 0 {
			centre, scale = 0, h.scale
		}
		h.pix = ui.PaintMap(h.img, h.pix, h.shown, heatRes, centre, scale)
		h.dirty = false
	}
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(float64(r.Dx())/heatRes, float64(r.Dy())/heatRes)
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	dst.DrawImage(h.img, op)
	ui.Label(dst, title, float64(r.Min.X), float64(r.Min.Y-ui.LineHeight-2), ui.Ink)
	s.drawPoints(dst, r)
	if c, ok := quadratic.ConicOf(m.net); ok {
		s.drawBoundary(dst, r, h)
		ui.Label(dst, c.Kind()+": "+c.String(), float64(r.Min.X), float64(r.Max.Y+3), ui.Yellow)
	}
}

// toScreen maps a plane point into r.
func toScreen(x [2]float64, r image.Rectangle) (float32, float32) {
	return float32(r.Min.X) + float32((x[0]+extent)/(2*extent))*float32(r.Dx()),
		float32(r.Min.Y) + float32((extent-x[1])/(2*extent))*float32(r.Dy())
}

// drawPoints draws training points filled and test points as rings.
func (s *Scene) drawPoints(dst *ebiten.Image, r image.Rectangle) {
	draw := func(pts []learn.Point, filled bool) {
		for _, p := range pts {
			x, y := toScreen(p.X, r)
			c := ui.Orange
			if p.Y > 0.5 {
				c = ui.Blue
			}
			// Plain squares, not anti-aliased circles: 400 path fills a
			// frame would cost more than the whole model step.
			if filled {
				vector.FillRect(dst, x-2.5, y-2.5, 5, 5, ui.Ink, false)
				vector.FillRect(dst, x-1.5, y-1.5, 3, 3, c, false)
			} else {
				vector.StrokeRect(dst, x-2, y-2, 4, 4, 1, c, false)
			}
		}
	}
	draw(s.train, true)
	draw(s.test, false)
}

// drawBoundary marks the cells where the output crosses 0.5: the decision
// boundary z = 0 of a single neuron, a conic.
func (s *Scene) drawBoundary(dst *ebiten.Image, r image.Rectangle, h *heatmap) {
	cw, ch := float32(r.Dx())/heatRes, float32(r.Dy())/heatRes
	for j := 0; j < heatRes; j++ {
		for i := 0; i < heatRes; i++ {
			v := h.shown[j*heatRes+i] > 0.5
			if (i+1 < heatRes && (h.shown[j*heatRes+i+1] > 0.5) != v) || (j+1 < heatRes && (h.shown[(j+1)*heatRes+i] > 0.5) != v) {
				vector.FillRect(dst, float32(r.Min.X)+(float32(i)+0.5)*cw, float32(r.Min.Y)+(float32(j)+0.5)*ch, max(cw, 1.5), max(ch, 1.5), ui.Ink, false)
			}
		}
	}
}

// drawCharts draws loss and accuracy against training steps.
func (s *Scene) drawCharts(dst *ebiten.Image) {
	c := &s.main.curves
	steps := float64(s.main.trainer.Steps())
	for i := range s.charts {
		s.charts[i].XMax = max(steps, 1)
	}
	loss := []ui.Series{{Label: "train", Color: ui.Blue, Ys: c.trainLoss}, {Label: "test", Color: ui.Orange, Ys: c.testLoss}}
	acc := []ui.Series{{Label: "train", Color: ui.Blue, Ys: c.trainAcc}, {Label: "test", Color: ui.Orange, Ys: c.testAcc}}
	if s.other != nil {
		o := &s.other.curves
		loss = append(loss, ui.Series{Label: "conv. test", Color: ui.Purple, Ys: o.testLoss})
		acc = append(acc, ui.Series{Label: "conv. test", Color: ui.Purple, Ys: o.testAcc})
	}
	hi := 0.75
	for _, xs := range [][]float64{c.trainLoss, c.testLoss} {
		for _, x := range xs {
			hi = max(hi, x)
		}
	}
	s.charts[0].Hi = min(hi, 3)
	s.charts[0].Draw(dst, s.layout.charts[0], loss, nil)
	s.charts[1].Draw(dst, s.layout.charts[1], acc, nil)
}
