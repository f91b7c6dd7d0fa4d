//go:build js && wasm

package ui

import (
	"bytes"
	"image"
	"image/png"

	"github.com/hajimehoshi/ebiten/v2"
)

// SavePNG asks for the next frame to be offered as a PNG download. The
// pixels are read back inside Draw: outside it, the canvas reads back
// transparent, since Ebiten does not preserve its drawing buffer.
func (h *Host) SavePNG() {
	h.mu.Lock()
	h.wantPNG = true
	h.mu.Unlock()
}

func (h *Host) savePNG(screen *ebiten.Image) {
	b := screen.Bounds()
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	var buf bytes.Buffer
	// The area under the HTML panel is not part of the picture.
	if err := png.Encode(&buf, img.SubImage(h.area)); err != nil {
		h.page.Message("PNG: " + err.Error())
		return
	}
	h.page.Download("bioplay.png", "image/png", buf.Bytes())
}
