//go:build js && wasm

package kanlab

import (
	"image/color"

	"bioplay/models/kan"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// familyColour is the colour of a basis family on nodes, bars and legend.
func familyColour(b kan.Basis) color.RGBA {
	switch b {
	case kan.BSpline:
		return ui.Blue
	case kan.RBF:
		return ui.Green
	case kan.Cheby:
		return ui.Yellow
	case kan.Fourier:
		return ui.Purple
	case kan.Wavelet:
		return ui.Vermilion
	}
	return ui.Ink
}

// drawNode draws a summing node of layer l+1 (its edges in layer l) at
// (x, y): filled with the colour of the family its edges use or, in the
// selectable mode, have chosen, with the gate's mixing weights as a
// stacked bar beneath it (spec B.13, our implementation of S-KAN).
func drawNode(dst *ebiten.Image, n *kan.Network, l, j int, x, y float32) {
	w, chosen := n.Mix(l, j)
	vector.FillRect(dst, x-6, y-6, 12, 12, familyColour(chosen), false)
	if n.Basis() != kan.Select {
		return
	}
	const barW, barH = 28, 5
	left := x - barW/2
	for k, f := range kan.SelectFamilies() {
		seg := float32(w[k]) * barW
		vector.FillRect(dst, left, y+9, seg, barH, familyColour(f), false)
		left += seg
	}
}

// drawLegend writes the families' colours along the bottom of the network
// panel, from (x, y).
func drawLegend(dst *ebiten.Image, x, y float64) {
	for _, f := range kan.SelectFamilies() {
		vector.FillRect(dst, float32(x), float32(y+3), 8, 8, familyColour(f), false)
		ui.Label(dst, f.String(), x+11, y, ui.Faint)
		x += 16 + ui.TextWidth(f.String())
	}
}
