//go:build js && wasm

package ui

import "image/color"

// The palette. Series and category colours come from Okabe & Ito's
// colour-blind-safe set, so every lab reads the same to most viewers.
var (
	Background = color.RGBA{0x14, 0x17, 0x1c, 0xff}
	Panel      = color.RGBA{0x1d, 0x21, 0x28, 0xff}
	Grid       = color.RGBA{0x33, 0x39, 0x44, 0xff}
	Ink        = color.RGBA{0xe6, 0xe9, 0xee, 0xff}
	Faint      = color.RGBA{0x8b, 0x93, 0xa1, 0xff}

	Blue      = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // Okabe–Ito sky blue
	Orange    = color.RGBA{0xe6, 0x9f, 0x00, 0xff} // Okabe–Ito orange
	Green     = color.RGBA{0x00, 0x9e, 0x73, 0xff} // Okabe–Ito bluish green
	Yellow    = color.RGBA{0xf0, 0xe4, 0x42, 0xff} // Okabe–Ito yellow
	Vermilion = color.RGBA{0xd5, 0x5e, 0x00, 0xff} // Okabe–Ito vermilion
	Purple    = color.RGBA{0xcc, 0x79, 0xa7, 0xff} // Okabe–Ito reddish purple
)

// Fade returns c with its alpha scaled by a in [0, 1] (premultiplied).
func Fade(c color.RGBA, a float64) color.RGBA {
	a = min(max(a, 0), 1)
	return color.RGBA{uint8(float64(c.R) * a), uint8(float64(c.G) * a), uint8(float64(c.B) * a), uint8(float64(c.A) * a)}
}
