//go:build js && wasm

package kanlab

import (
	"fmt"
	"image"
	"image/color"
	"strings"

	"bioplay/models/kan"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// bigSamples is how many points draw the large edge view.
const bigSamples = 96

// drawEdgeView draws edge e large in r: φ(x) (white) with its two parts,
// the SiLU base w_b·silu(x) (orange) and the spline w_s·Σc·B(x) (blue),
// over its grid joined with the data's range (shaded), the knots as ticks,
// and its numbers: w_b, w_s, |φ|₁ and the spline coefficients.
func (s *Scene) drawEdgeView(dst *ebiten.Image, r image.Rectangle, e edgeRef, why string) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), ui.Panel, false)
	n := s.tr.Network()
	if !e.valid(n.Shape()) {
		return
	}
	ui.Label(dst, fmt.Sprintf("%s: layer %d, edge %d -> %d", why, e.l, e.i, e.j), float64(r.Min.X+6), float64(r.Min.Y+2), ui.Faint)
	lo, hi := edgeRange(n, e.l, e.i)
	var phi, base, spl [bigSamples]float64
	ymin, ymax := 0.0, 0.0
	for k := range phi {
		x := lo + (hi-lo)*float64(k)/float64(bigSamples-1)
		base[k], spl[k] = n.EdgeParts(e.l, e.i, e.j, x)
		phi[k] = base[k] + spl[k]
		ymin = min(ymin, phi[k], base[k], spl[k])
		ymax = max(ymax, phi[k], base[k], spl[k])
	}
	if ymax-ymin < 1e-9 {
		ymin, ymax = ymin-1, ymax+1
	}
	textRows := 3
	p := image.Rect(r.Min.X+8, r.Min.Y+ui.LineHeight+6, r.Max.X-8, r.Max.Y-textRows*ui.LineHeight-6)
	if p.Dy() < 20 || p.Dx() < 40 {
		return
	}
	px := func(x float64) float32 { return float32(p.Min.X) + float32(p.Dx())*float32((x-lo)/(hi-lo)) }
	py := func(y float64) float32 { return float32(p.Max.Y) - float32(p.Dy())*float32((y-ymin)/(ymax-ymin)) }
	if dlo, dhi := n.InputRange(e.l, e.i); dlo < dhi {
		vector.FillRect(dst, px(dlo), float32(p.Min.Y), px(dhi)-px(dlo), float32(p.Dy()), ui.Background, false)
	}
	vector.StrokeLine(dst, float32(p.Min.X), py(0), float32(p.Max.X), py(0), 1, ui.Grid, false)
	for _, t := range n.Knots(e.l, e.i) {
		if t >= lo && t <= hi {
			vector.StrokeLine(dst, px(t), float32(p.Max.Y), px(t), float32(p.Max.Y-6), 1, ui.Yellow, false)
		}
	}
	plot := func(ys []float64, col color.RGBA, w float32) {
		for k := 1; k < len(ys); k++ {
			x0 := lo + (hi-lo)*float64(k-1)/float64(bigSamples-1)
			x1 := lo + (hi-lo)*float64(k)/float64(bigSamples-1)
			vector.StrokeLine(dst, px(x0), py(ys[k-1]), px(x1), py(ys[k]), w, col, false)
		}
	}
	plot(base[:], ui.Orange, 1)
	plot(spl[:], ui.Blue, 1)
	plot(phi[:], ui.Ink, 2)
	ty := float64(p.Max.Y + 4)
	x := float64(r.Min.X + 8)
	ui.Label(dst, fmt.Sprintf("x in [%.2f, %.2f] (data: shaded)   y in [%.2f, %.2f]", lo, hi, ymin, ymax), x, ty, ui.Faint)
	ui.Label(dst, fmt.Sprintf("w_b*silu [orange] + w_s*spline [blue]: w_b %.3f w_s %.3f |phi|1 %.3f",
		n.Wb(e.l, e.i, e.j), n.Ws(e.l, e.i, e.j), n.Magnitude(e.l, e.i, e.j)), x, ty+ui.LineHeight, ui.Faint)
	ui.Label(dst, coefText(n, e, r.Dx()-16), x, ty+2*ui.LineHeight, ui.Faint)
}

// coefText lists edge e's spline coefficients, as many as fit width px.
func coefText(n *kan.Network, e edgeRef, width int) string {
	var b strings.Builder
	b.WriteString("c:")
	cs := n.Coefs(e.l, e.i, e.j)
	for k, c := range cs {
		item := fmt.Sprintf(" %.3f", c)
		if ui.TextWidth(b.String()+item+" ...") > float64(width) {
			fmt.Fprintf(&b, " ... (%d)", len(cs)-k)
			break
		}
		b.WriteString(item)
	}
	return b.String()
}

// strongest returns the edge with the largest |φ|₁, shown large when the
// reader has chosen none.
func strongest(n *kan.Network) edgeRef {
	best, bestM := edgeRef{0, 0, 0}, -1.0
	shape := n.Shape()
	for l := 0; l+1 < len(shape); l++ {
		for i := 0; i < shape[l]; i++ {
			for j := 0; j < shape[l+1]; j++ {
				if m := n.Magnitude(l, i, j); m > bestM {
					best, bestM = edgeRef{l, i, j}, m
				}
			}
		}
	}
	return best
}
