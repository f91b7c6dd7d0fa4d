//go:build js && wasm

package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
)

// Diverging maps a value in [−1, 1] to orange (negative, class 0) through the
// panel colour (0) to blue (positive, class 1), as TensorFlow Playground
// does; the colours are Okabe–Ito's.
func Diverging(v float64) color.RGBA {
	v = min(max(v, -1), 1)
	to := Blue
	if v < 0 {
		to, v = Orange, -v
	}
	mix := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*v*0.85) }
	return color.RGBA{mix(Panel.R, to.R), mix(Panel.G, to.G), mix(Panel.B, to.B), 0xff}
}

// PaintMap writes an n×n map of values, row-major from the top, into img
// with Diverging((v − centre)/scale) (for probabilities pass centre 0.5),
// reusing pix as the pixel buffer, and returns the buffer.
func PaintMap(img *ebiten.Image, pix []byte, vals []float64, n int, centre, scale float64) []byte {
	if len(pix) != 4*n*n {
		pix = make([]byte, 4*n*n)
	}
	for k, v := range vals {
		c := Diverging((v - centre) / scale)
		pix[4*k], pix[4*k+1], pix[4*k+2], pix[4*k+3] = c.R, c.G, c.B, c.A
	}
	img.WritePixels(pix)
	return pix
}
