//go:build js && wasm

package kanlab

import (
	"image"
	"image/color"
	"math"

	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// mapRes is the cells per side of the 2-D target and prediction maps, and
// lineRes the points of a 1-D task's curves.
const (
	mapRes  = 48
	lineRes = 120
)

// fitView is the target beside the prediction: curves for a 1-D task, a
// pair of maps for a 2-D regression, the prediction map with the points
// for a classification, and prediction against target on test points for
// more inputs. The prediction is recomputed fitPiece cells at a time in
// Background, so it never costs a frame more than its share.
type fitView struct {
	dim    int
	class  bool
	extent float64   // maps cover [−extent, extent]²
	target []float64 // mapRes² (2-D) or lineRes (1-D) target values
	shown  []float64 // the last complete prediction pass
	next   []float64 // the pass under way
	cell   int       // the next cell of the pass under way
	lo, hi float64   // the target's range, for scaling
	imgs   [2]*ebiten.Image
	pix    []byte
	dirty  bool
	x      []float64 // one input point
}

// reset prepares the view for the scene's task.
func (f *fitView) reset(s *Scene) {
	*f = fitView{dim: s.task.Dim, class: s.task.Classification, extent: 1, x: make([]float64, s.task.Dim)}
	if f.class {
		f.extent = 1.3 // the shared data sets reach a little beyond the unit square
	}
	n := f.cells()
	f.target, f.shown, f.next = make([]float64, n), make([]float64, n), make([]float64, n)
	f.lo, f.hi = math.Inf(1), math.Inf(-1)
	for k := range f.target {
		v := 0.5
		if !f.class && f.dim <= 2 {
			v = s.task.Target(f.point(k))
		}
		f.target[k] = v
		f.lo, f.hi = min(f.lo, v), max(f.hi, v)
	}
	if !(f.hi > f.lo) {
		f.lo, f.hi = f.lo-1, f.hi+1
	}
	copy(f.shown, f.target)
	f.dirty = true
}

// cells is the number of values one pass computes.
func (f *fitView) cells() int {
	switch f.dim {
	case 1:
		return lineRes
	case 2:
		return mapRes * mapRes
	}
	return 0
}

// point returns the input of cell k (1-D: a point on the line; 2-D: a map
// cell, row-major from the top).
func (f *fitView) point(k int) []float64 {
	if f.dim == 1 {
		f.x[0] = -f.extent + 2*f.extent*float64(k)/float64(lineRes-1)
		return f.x
	}
	i, j := k%mapRes, k/mapRes
	f.x[0] = -f.extent + 2*f.extent*(float64(i)+0.5)/mapRes
	f.x[1] = f.extent - 2*f.extent*(float64(j)+0.5)/mapRes
	return f.x
}

// fitPiece is the cells one call of advance computes. Our choice: 8, a
// sixth of a map row, about 0.5 ms in wasm for a select network (a
// prediction evaluates every family).
const fitPiece = 8

// advance computes the next fitPiece cells of the prediction pass and
// reports whether the pass goes on (false when it completed or there is
// nothing to compute).
func (f *fitView) advance(s *Scene) bool {
	n := f.cells()
	if n == 0 {
		return false
	}
	net := s.tr.Network()
	end := min(n, f.cell+fitPiece)
	for k := f.cell; k < end; k++ {
		f.next[k] = net.Predict(f.point(k))
	}
	f.cell = end
	if f.cell < n {
		return true
	}
	f.cell = 0
	f.shown, f.next = f.next, f.shown
	f.dirty = true
	return false
}

// draw draws the view into r.
func (f *fitView) draw(dst *ebiten.Image, r image.Rectangle, s *Scene) {
	vector.FillRect(dst, float32(r.Min.X), float32(r.Min.Y), float32(r.Dx()), float32(r.Dy()), ui.Panel, false)
	switch {
	case f.dim == 1:
		ui.Label(dst, "target "+s.task.Formula+" vs prediction", float64(r.Min.X+6), float64(r.Min.Y+2), ui.Faint)
		f.drawLine(dst, r.Inset(8).Add(image.Pt(0, ui.LineHeight/2)), s)
	case f.dim == 2:
		f.drawMaps(dst, r, s)
	default:
		ui.Label(dst, "prediction vs target: see the RMSE", float64(r.Min.X+6), float64(r.Min.Y+2), ui.Faint)
	}
}

// drawLine draws the 1-D target (grey), the training points (dots) and the
// prediction (blue).
func (f *fitView) drawLine(dst *ebiten.Image, r image.Rectangle, s *Scene) {
	r.Min.Y += ui.LineHeight
	lo, hi := f.lo, f.hi
	pad := 0.1 * (hi - lo)
	lo, hi = lo-pad, hi+pad
	px := func(x float64) float32 { return float32(r.Min.X) + float32(r.Dx())*float32((x+f.extent)/(2*f.extent)) }
	py := func(y float64) float32 {
		y = min(max(y, lo), hi)
		return float32(r.Max.Y) - float32(r.Dy())*float32((y-lo)/(hi-lo))
	}
	for k, p := range s.train {
		if k%max(1, len(s.train)/200) == 0 {
			vector.FillRect(dst, px(p.X[0])-1, py(p.Y)-1, 2, 2, ui.Faint, false)
		}
	}
	line := func(ys []float64, col color.RGBA, w float32) {
		for k := 1; k < lineRes; k++ {
			x0 := -f.extent + 2*f.extent*float64(k-1)/float64(lineRes-1)
			x1 := -f.extent + 2*f.extent*float64(k)/float64(lineRes-1)
			vector.StrokeLine(dst, px(x0), py(ys[k-1]), px(x1), py(ys[k]), w, col, false)
		}
	}
	line(f.target, ui.Ink, 1)
	line(f.shown, ui.Blue, 2)
}

// drawMaps draws the target map (regression) or the points
// (classification) beside the prediction map.
func (f *fitView) drawMaps(dst *ebiten.Image, r image.Rectangle, s *Scene) {
	side := min((r.Dx()-24)/2, r.Dy()-2*ui.LineHeight-12)
	if side < 16 {
		return
	}
	if f.imgs[0] == nil {
		f.imgs = [2]*ebiten.Image{ebiten.NewImage(mapRes, mapRes), ebiten.NewImage(mapRes, mapRes)}
	}
	centre, scale := (f.lo+f.hi)/2, (f.hi-f.lo)/2
	if f.class {
		centre, scale = 0.5, 0.5
	}
	if f.dirty {
		f.pix = ui.PaintMap(f.imgs[0], f.pix, f.target, mapRes, centre, scale)
		f.pix = ui.PaintMap(f.imgs[1], f.pix, f.shown, mapRes, centre, scale)
		f.dirty = false
	}
	titles := [2]string{"target " + s.task.Formula, "prediction"}
	if f.class {
		titles[0] = "training points"
	}
	for k := 0; k < 2; k++ {
		x := r.Min.X + 8 + k*(side+8)
		y := r.Min.Y + ui.LineHeight + 6
		ui.Label(dst, titles[k], float64(x), float64(r.Min.Y+2), ui.Faint)
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Scale(float64(side)/mapRes, float64(side)/mapRes)
		op.GeoM.Translate(float64(x), float64(y))
		if !(f.class && k == 0) {
			dst.DrawImage(f.imgs[k], op)
		} else {
			vector.FillRect(dst, float32(x), float32(y), float32(side), float32(side), ui.Background, false)
		}
		if f.class {
			f.drawPoints(dst, image.Rect(x, y, x+side, y+side), s)
		}
	}
}

// drawPoints draws the training points of a classification over r.
func (f *fitView) drawPoints(dst *ebiten.Image, r image.Rectangle, s *Scene) {
	for k, p := range s.train {
		if k%max(1, len(s.train)/300) != 0 {
			continue
		}
		x := float32(r.Min.X) + float32(r.Dx())*float32((p.X[0]+f.extent)/(2*f.extent))
		y := float32(r.Min.Y) + float32(r.Dy())*float32((f.extent-p.X[1])/(2*f.extent))
		col := ui.Orange
		if p.Y > 0.5 {
			col = ui.Blue
		}
		vector.FillRect(dst, x-1.5, y-1.5, 3, 3, col, false)
	}
}
