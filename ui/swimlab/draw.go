//go:build js && wasm

package swimlab

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"bioplay/models/swimmer"
	"bioplay/ui"

	"github.com/hajimehoshi/ebiten/v2"
)

// layout is where the last frame put the lab's parts.
type layout struct {
	body, circuit image.Rectangle
	charts        [3]image.Rectangle
}

// Draw lays out the lab: the swimmer from above with a follow camera (top
// left), the circuit or the actions (top right), and the speed, return
// and learning charts below.
func (s *Scene) Draw(dst *ebiten.Image, area image.Rectangle) {
	const pad = 8
	a := area.Inset(pad)
	mid := a.Min.Y + a.Dy()*62/100
	split := a.Min.X + a.Dx()*58/100
	l := &s.layout
	l.body = image.Rect(a.Min.X, a.Min.Y, split-pad/2, mid-pad/2)
	l.circuit = image.Rect(split+pad/2, a.Min.Y, a.Max.X, mid-pad/2)
	w := (a.Dx() - 2*pad) / 3
	for k := range l.charts {
		x := a.Min.X + k*(w+pad)
		l.charts[k] = image.Rect(x, mid+pad/2, x+w, a.Max.Y)
	}
	sim := s.ep.Sim()
	hx, hy := sim.LinkCentre(0)
	s.cam.follow(hx, hy, false)
	s.cam.view = l.body
	body := 0.1 * float64(s.body.Links()) // metres
	s.cam.scale = 0.5 * float64(min(l.body.Dx(), l.body.Dy())) / math.Max(body, 0.3)
	md, mv := s.muscles()
	drawBody(dst, &s.cam, sim, s.trail, md, mv)
	ui.Label(dst, fmt.Sprintf("%s, %d links, t = %.1f s (camera follows the head; grid 0.1 m)", s.ctrl.Name(), s.body.Links(), sim.Time()),
		float64(l.body.Min.X+6), float64(l.body.Min.Y+2), ui.Faint)
	s.drawController(dst, l.circuit)
	s.drawCharts(dst)
}

// muscles returns each joint's dorsal and ventral drive in [0, 1]: NCAP's
// muscle units, or for other controllers the action split by sign.
func (s *Scene) muscles() (md, mv []float64) {
	if x, ok := s.ctrl.(*swimmer.NCAP); ok && s.ep.Steps() > 0 {
		a := x.Activity()
		return a.Md, a.Mv
	}
	act := s.ep.Action()
	md, mv = make([]float64, len(act)), make([]float64, len(act))
	for i, u := range act {
		md[i], mv[i] = max(u, 0), max(-u, 0)
	}
	return md, mv
}

// drawController draws NCAP's circuit, or the action bars of another
// controller, with a readout of the weights underneath.
func (s *Scene) drawController(dst *ebiten.Image, r image.Rectangle) {
	text := r
	text.Min.Y = r.Max.Y - 2*ui.LineHeight - 4
	r.Max.Y = text.Min.Y
	if x, ok := s.ctrl.(*swimmer.NCAP); ok {
		drawCircuit(dst, r, x)
	} else {
		drawActions(dst, r, s.ctrl.Name()+" actions per joint (up: dorsal)", s.ep.Action())
	}
	ui.Label(dst, s.weightText(), float64(text.Min.X+6), float64(text.Min.Y+2), ui.Faint)
	if s.train != nil {
		ui.Label(dst, fmt.Sprintf("training %s: generation %d, %d episodes", s.train.kind, s.train.gen, s.train.t.Episodes()),
			float64(text.Min.X+6), float64(text.Min.Y+2+ui.LineHeight), ui.Yellow)
	}
}

// weightText is a one-line readout of the controller's weights.
func (s *Scene) weightText() string {
	p := s.ctrl.Params()
	switch {
	case s.ctrl.Name() == "ncap" && len(p) == swimmer.SharedWeights:
		return fmt.Sprintf("w: prop %.3f  osc %.3f  ipsi %.3f  contra %.3f", p[0], p[1], p[2], p[3])
	case len(p) > 0:
		return fmt.Sprintf("%s: %d weights", s.ctrl.Name(), len(p))
	}
	return s.ctrl.Name() + ": no weights"
}

// drawCharts draws this episode's speed and return, and the learning
// curves of every controller trained so far on the same axes.
func (s *Scene) drawCharts(dst *ebiten.Image) {
	steps := float64(s.setup.Train.EpisodeSteps)
	c := &s.charts[0]
	c.Lo, c.Hi, c.XMax = -0.05, 0.15, steps
	for _, v := range s.speeds {
		c.Hi = max(c.Hi, v)
	}
	c.Draw(dst, s.layout.charts[0], []ui.Series{{Label: "speed", Color: ui.Blue, Ys: s.speeds}}, nil)
	c = &s.charts[1]
	c.Lo, c.Hi, c.XMax = 0, steps, steps
	c.Draw(dst, s.layout.charts[1], []ui.Series{{Label: "return", Color: ui.Green, Ys: s.rets}}, nil)
	c = &s.charts[2]
	var series []ui.Series
	c.Lo, c.Hi, c.XMax = 0, 1, 1
	for _, k := range []struct {
		name string
		col  color.RGBA
	}{{"ncap", ui.Blue}, {"mlp", ui.Orange}} {
		ys := s.curves[k.name]
		if len(ys) == 0 {
			continue
		}
		series = append(series, ui.Series{Label: k.name, Color: k.col, Ys: ys})
		c.XMax = max(c.XMax, float64(len(ys)-1))
		for _, y := range ys {
			c.Hi = max(c.Hi, y)
		}
	}
	c.Hi = math.Ceil(c.Hi/100) * 100
	if len(series) == 0 {
		c.Title = "learning: press Train"
	} else {
		c.Title = "learning: mean return"
	}
	c.Draw(dst, s.layout.charts[2], series, nil)
}
