//go:build js && wasm

package kanlab

import (
	"image"
	"image/color"
	"math"

	"bioplay/models/kan"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// layout is where the last frame put things, kept for clicks and hover.
type layout struct {
	net, fit, chart, edge image.Rectangle
	nodes                 [][]image.Point     // per layer of nodes, each node's centre
	boxes                 [][]image.Rectangle // per edge layer, i·out + j
}

// edgeAt returns the edge whose box holds pt.
func (l *layout) edgeAt(pt image.Point) (edgeRef, bool) {
	for li, row := range l.boxes {
		out := len(l.nodes[li+1])
		for k, r := range row {
			if pt.In(r) {
				return edgeRef{li, k / out, k % out}, true
			}
		}
	}
	return edgeRef{l: -1}, false
}

// placeNetwork lays the network out in r: node columns, with a column of
// edge boxes between each pair (one box per edge, in input-major order).
func placeNetwork(r image.Rectangle, shape []int) (nodes [][]image.Point, boxes [][]image.Rectangle) {
	L := len(shape) - 1
	top := r.Min.Y + ui.LineHeight + 4
	h := r.Max.Y - top
	nodeW := 16
	boxW := max(24, min(90, (r.Dx()-nodeW*(L+1))/max(L, 1)-16))
	gap := (r.Dx() - nodeW*(L+1) - boxW*L) / max(2*L, 1)
	x := r.Min.X + nodeW/2
	for l := 0; l <= L; l++ {
		col := make([]image.Point, shape[l])
		for k := range col {
			col[k] = image.Pt(x, top+h*(2*k+1)/(2*shape[l]))
		}
		nodes = append(nodes, col)
		if l == L {
			break
		}
		n := shape[l] * shape[l+1]
		bh := max(8, min(40, h/n-3))
		bx := x + nodeW/2 + gap
		row := make([]image.Rectangle, n)
		for k := range row {
			cy := top + h*(2*k+1)/(2*n)
			row[k] = image.Rect(bx, cy-bh/2, bx+boxW, cy+bh/2)
		}
		boxes = append(boxes, row)
		x = bx + boxW + gap + nodeW/2
	}
	return nodes, boxes
}

// drawNetwork draws nodes, the wiring through each edge's box, and each
// edge's curve in its box with the opacity of its strength; focus is the
// edge shown large, outlined.
func (s *Scene) drawNetwork(dst *ebiten.Image, focus edgeRef) {
	l := &s.layout
	r := l.net
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), ui.Panel, false)
	ui.Label(dst, "KAN "+shapeText(s.edges.shape)+", "+basisText(s)+", G = "+itoa(s.edges.grid)+", k = "+itoa(s.setup.Net.Order), float64(r.Min.X+6), float64(r.Min.Y+2), ui.Faint)
	for li, row := range l.boxes {
		out := len(l.nodes[li+1])
		for k, b := range row {
			c, ok := s.edges.at(edgeRef{li, k / out, k % out})
			if !ok {
				continue
			}
			a := 0.15 + 0.85*c.strength
			from, to := l.nodes[li][k/out], l.nodes[li+1][k%out]
			mid := b.Min.Y + b.Dy()/2
			vector.StrokeLine(dst, float32(from.X), float32(from.Y), float32(b.Min.X), float32(mid), 1, ui.Fade(ui.Faint, a), false)
			vector.StrokeLine(dst, float32(b.Max.X), float32(mid), float32(to.X), float32(to.Y), 1, ui.Fade(ui.Faint, a), false)
			vector.FillRect(dst, float32(b.Min.X), float32(b.Min.Y), float32(b.Dx()), float32(b.Dy()), ui.Background, false)
			drawCurve(dst, b, c, ui.Fade(ui.Blue, a))
			if (edgeRef{li, k / out, k % out}) == focus {
				vector.StrokeRect(dst, float32(b.Min.X), float32(b.Min.Y), float32(b.Dx()), float32(b.Dy()), 1, ui.Yellow, false)
			}
		}
	}
	net := s.tr.Network()
	for c, col := range l.nodes {
		for j, p := range col {
			if c == 0 || c-1 >= net.Layers() {
				vector.FillRect(dst, float32(p.X-5), float32(p.Y-5), 10, 10, ui.Ink, false)
				continue
			}
			drawNode(dst, net, c-1, j, float32(p.X), float32(p.Y))
		}
	}
	drawLegend(dst, float64(r.Min.X+6), float64(r.Max.Y-ui.LineHeight-2))
}

// drawCurve draws a cached curve scaled to fill box b.
func drawCurve(dst *ebiten.Image, b image.Rectangle, c curve, col color.Color) {
	span := c.ymax - c.ymin
	if !(span > 1e-12) || math.IsInf(span, 0) {
		span = 1
	}
	px := func(k int) float32 {
		return float32(b.Min.X+2) + float32(b.Dx()-4)*float32(k)/float32(curveSamples-1)
	}
	py := func(y float64) float32 {
		return float32(b.Max.Y-2) - float32(b.Dy()-4)*float32((y-c.ymin)/span)
	}
	for k := 1; k < curveSamples; k++ {
		vector.StrokeLine(dst, px(k-1), py(c.ys[k-1]), px(k), py(c.ys[k]), 1.5, col, false)
	}
}

// basisText names the network's basis, and for the selectable mode the
// training phase (full, selective, prune) and, in the full phase, the
// family whose own network leads (the one drawn).
func basisText(s *Scene) string {
	b := s.tr.Network().Basis()
	if b != kan.Select {
		return b.String()
	}
	t := "select (our S-KAN), phase " + s.tr.Phase().String()
	if f, ok := s.tr.Leader(); ok {
		t += ", leading: " + f.String()
	}
	return t
}
