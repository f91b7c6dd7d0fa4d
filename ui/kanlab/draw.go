//go:build js && wasm

package kanlab

import (
	"fmt"
	"image"
	"strconv"

	"bioplay/models/kan"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
)

// Draw lays out the lab: the network with its edge curves (top left), the
// target beside the prediction (top right), the RMSE chart (bottom left)
// and one edge large (bottom right): the one under the pointer, else the
// one clicked or chosen with "Next edge", else the strongest.
func (s *Scene) Draw(dst *ebiten.Image, area image.Rectangle) {
	const pad = 8
	a := area.Inset(pad)
	mid := a.Min.Y + a.Dy()*58/100
	split := a.Min.X + a.Dx()*55/100
	s.layout.net = image.Rect(a.Min.X, a.Min.Y, split-pad/2, mid-pad/2)
	s.layout.fit = image.Rect(split+pad/2, a.Min.Y, a.Max.X, mid-pad/2)
	s.layout.chart = image.Rect(a.Min.X, mid+pad/2, split-pad/2, a.Max.Y)
	s.layout.edge = image.Rect(split+pad/2, mid+pad/2, a.Max.X, a.Max.Y)
	if s.edges.stale(s) {
		s.edges.refresh(s)
	}
	s.layout.nodes, s.layout.boxes = placeNetwork(s.layout.net, s.edges.shape)
	focus, why := s.focus()
	s.drawNetwork(dst, focus)
	s.fit.draw(dst, s.layout.fit, s)
	s.drawChart(dst, s.layout.chart)
	s.drawEdgeView(dst, s.layout.edge, focus, why)
}

// focus returns the edge to show large and why it is that one.
func (s *Scene) focus() (edgeRef, string) {
	if e, ok := s.layout.edgeAt(image.Pt(ebiten.CursorPosition())); ok {
		return e, "under the pointer"
	}
	if s.pinned.valid(s.edges.shape) {
		return s.pinned, "chosen"
	}
	return strongest(s.tr.Network()), "strongest edge"
}

// drawChart draws log10 RMSE, train and test, the MLP's when comparing,
// and a marker at each grid refinement.
func (s *Scene) drawChart(dst *ebiten.Image, r image.Rectangle) {
	h := &s.hist
	s.chart.Lo, s.chart.Hi = h.span()
	s.chart.XMax = float64(max(len(h.train)-1, 1))
	s.chart.XLabel = "x" + strconv.Itoa(h.stride) + " steps"
	series := []ui.Series{{Label: "train", Color: ui.Blue, Ys: h.train}, {Label: "test", Color: ui.Orange, Ys: h.test}}
	if s.mlp != nil && len(h.mlpTest) > 0 {
		series = append(series, ui.Series{Label: "MLP test", Color: ui.Purple, Ys: h.mlpTest})
	}
	var shades []ui.Shade
	grids := refinedGrids(s)
	for k, step := range s.tr.Refinements() {
		x := float64(step) / float64(h.stride)
		shades = append(shades, ui.Shade{X0: x, X1: x, Label: "G=" + grids[k]})
	}
	s.chart.Draw(dst, r, series, shades)
}

// refinedGrids names the grid each refinement went to, for the markers.
func refinedGrids(s *Scene) []string {
	out := make([]string, len(s.tr.Refinements()))
	g := s.setup.Net.Grid
	for k := range out {
		next, ok := kan.NextGrid(g, s.setup.RefineTo)
		if !ok {
			out[k] = "?"
			continue
		}
		g = next
		out[k] = strconv.Itoa(g)
	}
	return out
}

func itoa(x int) string { return strconv.Itoa(x) }

// shapeText writes a shape as [2,5,1].
func shapeText(shape []int) string { return fmt.Sprintf("[%s]", kan.FormatShape(shape)) }
