//go:build js && wasm

package swimlab

import (
	"image"
	"image/color"
	"math"

	"bioplay/models/swimmer"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// camera maps world metres to screen pixels, centred on a point that
// follows the head smoothly, with world y pointing up the screen.
type camera struct {
	cx, cy float64 // world point at the view's centre
	scale  float64 // pixels per metre
	view   image.Rectangle
	placed bool
}

// follow moves the camera a share of the way to (x, y), so the view glides
// instead of jittering with the head's lateral wobble; jump puts it there.
func (c *camera) follow(x, y float64, jump bool) {
	const share = 0.08 // our choice: about a quarter second to catch up at 60 fps
	if jump || !c.placed {
		c.cx, c.cy, c.placed = x, y, true
		return
	}
	c.cx += share * (x - c.cx)
	c.cy += share * (y - c.cy)
}

// at returns the screen point of world point (x, y).
func (c *camera) at(x, y float64) (float32, float32) {
	mx := float64(c.view.Min.X+c.view.Max.X) / 2
	my := float64(c.view.Min.Y+c.view.Max.Y) / 2
	return float32(mx + (x-c.cx)*c.scale), float32(my - (y-c.cy)*c.scale)
}

// drawBody draws the fluid's reference grid, the trail, the links and the
// muscles of sim into the camera's view. muscles gives each joint's dorsal
// and ventral activation in [0, 1].
func drawBody(dst *ebiten.Image, c *camera, sim *swimmer.Sim, tr *trail, md, mv []float64) {
	v := c.view
	vector.FillRect(dst, float32(v.Min.X), float32(v.Min.Y), float32(v.Dx()), float32(v.Dy()), ui.Panel, false)
	sub := dst.SubImage(v).(*ebiten.Image)
	drawGrid(sub, c)
	for i := tr.n - 1; i > 0; i-- { // oldest first, so the newest lies on top
		x0, y0 := c.at(tr.at(i))
		x1, y1 := c.at(tr.at(i - 1))
		vector.StrokeLine(sub, x0, y0, x1, y1, 2, ui.Fade(ui.Blue, 0.6*(1-float64(i)/float64(len(tr.xs)))), false)
	}
	links := sim.Body().Links()
	width := float32(max(3, 0.02*c.scale)) // the capsule's 0.01 m radius
	for k := 0; k < links; k++ {
		x0, y0 := c.at(sim.Joint(k - 1))
		x1, y1 := c.at(sim.Joint(k))
		vector.StrokeLine(sub, x0, y0, x1, y1, width, ui.Ink, false)
	}
	for i := range md { // joint i joins links i and i+1
		drawMuscle(sub, c, sim, i, -1, md[i], ui.Orange) // dorsal: the side it bends toward
		drawMuscle(sub, c, sim, i, +1, mv[i], ui.Purple)
	}
	hx, hy := c.at(sim.LinkCentre(0))
	vector.FillCircle(sub, hx, hy, float32(max(4, 0.025*c.scale)), ui.Ink, false)
	nx, ny := c.at(sim.Nose())
	vector.FillCircle(sub, nx, ny, float32(max(2, 0.006*c.scale)), ui.Yellow, false)
}

// drawMuscle draws the muscle of joint i on one side, side = −1 along
// −n (dorsal) or +1 along +n (ventral), as a bar from the middle of link
// i to the middle of link i+1, bright by activation a. A positive action
// turns link i+1 counter-clockwise, which swings its tail toward −n: the
// dorsal muscle shortens on that, the concave, side.
func drawMuscle(dst *ebiten.Image, c *camera, sim *swimmer.Sim, i int, side float64, a float64, col color.RGBA) {
	off := 0.014 * side // metres from the axis, just outside the capsule
	ax, ay := sim.LinkCentre(i)
	bx, by := sim.Joint(i)
	cx, cy := sim.LinkCentre(i + 1)
	pa, pc := sim.LinkAngle(i), sim.LinkAngle(i+1)
	x0, y0 := c.at(ax+off*math.Cos(pa), ay+off*math.Sin(pa))
	xm, ym := c.at(bx+off*math.Cos((pa+pc)/2), by+off*math.Sin((pa+pc)/2))
	x1, y1 := c.at(cx+off*math.Cos(pc), cy+off*math.Sin(pc))
	w := float32(max(2, 0.008*c.scale))
	col = ui.Fade(col, 0.15+0.85*a)
	vector.StrokeLine(dst, x0, y0, xm, ym, w, col, false)
	vector.StrokeLine(dst, xm, ym, x1, y1, w, col, false)
}

// drawGrid draws a faint 0.1 m lattice fixed in the fluid, so motion shows
// although the camera follows the swimmer.
func drawGrid(dst *ebiten.Image, c *camera) {
	const step = 0.1
	v := c.view
	half := float64(max(v.Dx(), v.Dy())) / c.scale / 2
	for x := math.Floor((c.cx-half)/step) * step; x <= c.cx+half; x += step {
		sx, _ := c.at(x, 0)
		vector.StrokeLine(dst, sx, float32(v.Min.Y), sx, float32(v.Max.Y), 1, ui.Grid, false)
	}
	for y := math.Floor((c.cy-half)/step) * step; y <= c.cy+half; y += step {
		_, sy := c.at(0, y)
		vector.StrokeLine(dst, float32(v.Min.X), sy, float32(v.Max.X), sy, 1, ui.Grid, false)
	}
}
