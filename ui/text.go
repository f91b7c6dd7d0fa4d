//go:build js && wasm

package ui

import (
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/basicfont"
)

// face is the canvas's one font: a 7×13 bitmap face, small in the wasm and
// crisp at CSS-pixel scale. Canvas text is only for labels; every number a
// reader needs is also in the HTML readout.
var face = text.NewGoXFace(basicfont.Face7x13)

// LineHeight is the height of one line of canvas text, in px.
const LineHeight = 13

// ascii replaces the few non-ASCII characters our labels use (the model
// packages write equations with sub- and superscripts) by what the ASCII
// bitmap face can show.
var ascii = strings.NewReplacer("₁", "1", "₂", "2", "²", "^2", "−", "-", "·", "*", "∘", "o", "…", "...", "–", "-", "±", "+/-", "≥", ">=", "≤", "<=", "×", "x", "π", "pi", "₀", "0", "³", "^3", "⁴", "^4", "√", "sqrt", "→", "->", "φ", "phi", "λ", "lambda", "σ", "sigma", "τ", "tau")

// Label draws s with its top-left corner at (x, y).
func Label(dst *ebiten.Image, s string, x, y float64, c color.Color) {
	s = ascii.Replace(s)
	op := &text.DrawOptions{}
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	text.Draw(dst, s, face, op)
}

// LabelRight draws s with its top-right corner at (x, y).
func LabelRight(dst *ebiten.Image, s string, x, y float64, c color.Color) {
	Label(dst, s, x-TextWidth(s), y, c)
}

// TextWidth returns the width of s in px.
func TextWidth(s string) float64 { return text.Advance(ascii.Replace(s), face) }
