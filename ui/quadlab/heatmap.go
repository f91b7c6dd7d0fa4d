//go:build js && wasm

package quadlab

import (
	"math"

	"bioplay/models/learn"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
)

const (
	heatRes  = 80  // cells per side of the big heatmap
	thumbRes = 16  // cells per side of a neuron thumbnail
	extent   = 1.3 // the maps cover [−extent, extent]²
)

// heatmap is a network's output over the plane, recomputed a row at a time
// (advance) into a back buffer and shown once a pass is complete, plus one
// small map per hidden neuron computed at the end of each pass.
type heatmap struct {
	shown, next []float64 // heatRes² values of the selected unit
	row         int
	scale       float64     // the selected unit's largest |value| in the last pass (hidden units are unbounded)
	thumbs      [][]float64 // per hidden neuron, layer-major; thumbRes² values
	thumbScale  []float64
	acts        [][]float64
	img         *ebiten.Image
	pix         []byte
	dirty       bool
	thumbImgs   []*ebiten.Image
	thumbPix    []byte
	thumbDirty  bool
}

// thumbImage returns hidden neuron k's thumbnail, repainted after a pass.
func (h *heatmap) thumbImage(k int) *ebiten.Image {
	if len(h.thumbImgs) != len(h.thumbs) {
		h.thumbImgs = make([]*ebiten.Image, len(h.thumbs))
		for i := range h.thumbImgs {
			h.thumbImgs[i] = ebiten.NewImage(thumbRes, thumbRes)
		}
		h.thumbDirty = true
	}
	if h.thumbDirty {
		for i, t := range h.thumbs {
			h.thumbPix = ui.PaintMap(h.thumbImgs[i], h.thumbPix, t, thumbRes, 0, h.thumbScale[i])
		}
		h.thumbDirty = false
	}
	if k >= len(h.thumbImgs) {
		return nil
	}
	return h.thumbImgs[k]
}

func (h *heatmap) init(net *learn.Network) {
	h.shown, h.next = make([]float64, heatRes*heatRes), make([]float64, heatRes*heatRes)
	for i := range h.shown {
		h.shown[i] = 0.5
	}
	h.row, h.scale = 0, 1
	h.thumbs, h.thumbScale = nil, nil
	shape := net.Shape()
	for _, w := range shape[1 : len(shape)-1] {
		for range w {
			h.thumbs = append(h.thumbs, make([]float64, thumbRes*thumbRes))
			h.thumbScale = append(h.thumbScale, 1)
		}
	}
}

// restart begins a fresh pass (the selection changed).
func (h *heatmap) restart() { h.row = 0 }

// cellPoint is the plane point at the centre of cell (i, j) of an n×n map.
func cellPoint(i, j, n int) [2]float64 {
	return [2]float64{
		-extent + 2*extent*(float64(i)+0.5)/float64(n),
		extent - 2*extent*(float64(j)+0.5)/float64(n),
	}
}

// value is the selected unit at x: the output probability, or a hidden
// neuron's activation.
func (h *heatmap) value(net *learn.Network, sel [2]int, x [2]float64) float64 {
	if sel[0] < 0 {
		return net.Predict(x)
	}
	h.acts = net.Activations(x, h.acts)
	if sel[0] < len(h.acts) && sel[1] < len(h.acts[sel[0]]) {
		return h.acts[sel[0]][sel[1]]
	}
	return 0
}

// advance computes one row and reports whether a pass was completed.
func (h *heatmap) advance(net *learn.Network, sel [2]int) bool {
	for i := 0; i < heatRes; i++ {
		h.next[h.row*heatRes+i] = h.value(net, sel, cellPoint(i, h.row, heatRes))
	}
	h.row++
	if h.row < heatRes {
		return false
	}
	h.row = 0
	h.shown, h.next = h.next, h.shown
	h.scale = 1
	if sel[0] >= 0 {
		h.scale = maxAbs(h.shown)
	}
	h.computeThumbs(net)
	h.dirty, h.thumbDirty = true, true
	return true
}

// computeThumbs fills every hidden neuron's small map.
func (h *heatmap) computeThumbs(net *learn.Network) {
	if len(h.thumbs) == 0 {
		return
	}
	for j := 0; j < thumbRes; j++ {
		for i := 0; i < thumbRes; i++ {
			h.acts = net.Activations(cellPoint(i, j, thumbRes), h.acts)
			k := 0
			for _, layer := range h.acts[:len(h.acts)-1] {
				for _, a := range layer {
					if k < len(h.thumbs) {
						h.thumbs[k][j*thumbRes+i] = a
					}
					k++
				}
			}
		}
	}
	for k, t := range h.thumbs {
		h.thumbScale[k] = maxAbs(t)
	}
}

func maxAbs(xs []float64) float64 {
	m := 1e-9
	for _, x := range xs {
		m = max(m, math.Abs(x))
	}
	return m
}
