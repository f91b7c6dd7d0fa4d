//go:build js && wasm

package ui

import (
	"image"
	"strconv"
	"time"

	"bioplay/models/param"

	"github.com/hajimehoshi/ebiten/v2"
)

// Scene is one lab on the canvas: its model, how to advance it and how to
// draw it. Only the Host calls a Scene, from Update and Draw.
type Scene interface {
	// Configure brings the model in line with v after the parameter called
	// name changed ("" after several changes). When reset is true the model
	// is rebuilt from v and its seed; otherwise the change is applied live.
	Configure(v *param.Values, name string, reset bool) error
	// Step advances the model by at most n steps, stopping early when the
	// run is over or when budget has passed, and returns the steps taken.
	Step(n int, budget time.Duration) int
	// Speed is how many model steps one frame advances while playing.
	Speed() int
	// Done reports that the run has ended and Step will do nothing.
	Done() bool
	// Metrics returns the lab's live numbers, in display order.
	Metrics() []Metric
	// Draw draws the lab into area of dst. It only reads.
	Draw(dst *ebiten.Image, area image.Rectangle)
	// Click handles a press at (x, y) inside area (the last drawn area).
	Click(area image.Rectangle, x, y int)
	// Action runs the schema action called name.
	Action(name string) error
	// Background does work that goes on whether or not the model plays,
	// such as a batch of runs, for at most budget.
	Background(budget time.Duration)
	// Report is what the scene shows in the page below the controls; the
	// zero Report shows nothing.
	Report() Report
	// Check reports a model state that cannot go on, such as a NaN or an
	// infinity, naming the quantity; the host then pauses and shows it.
	// Called after every frame's steps, so it must be cheap.
	Check() error
}

// Report is a scene's HTML-side output: a title, a progress bar and a
// table, such as a batch's summary. The page redraws it when Version
// changes.
type Report struct {
	Version  int
	Title    string
	Progress float64 // done fraction in [0, 1]
	Running  bool    // work is under way (the page offers Cancel)
	Header   []string
	Rows     [][]string
	Note     string
}

// Metric is one live number of a lab, for the readout, window.bioplay.metrics()
// and the canvas text alternative.
type Metric struct {
	Name   string  // key in metrics(); lower case
	Label  string  // human name
	Value  float64 // the number
	Digits int     // decimals to show; a negative value −d shows d significant digits instead (for errors spanning decades)
}

// Text is the metric's value as the readout shows it.
func (m Metric) Text() string {
	if m.Digits < 0 {
		return strconv.FormatFloat(m.Value, 'g', -m.Digits, 64)
	}
	return strconv.FormatFloat(m.Value, 'f', m.Digits, 64)
}

// Page is what a Scene may ask of the page around it. wasm implements it.
type Page interface {
	// ParamChanged records a parameter value the scene itself changed (for
	// example the list of clicked cells), so the controls and the URL follow.
	ParamChanged(name, text string)
	// Message shows text in the page's message area ("" clears it).
	Message(text string)
	// Replace swaps all of the lab's values for v, as a preset does; the
	// scene has already applied them.
	Replace(v *param.Values)
	// Download offers data to the user as a file called name.
	Download(name, mime string, data []byte)
	// Fault tells the page the scene panicked and stopped; the page offers
	// to rebuild the lab (Host.Open with a new scene).
	Fault(f *Fault)
}

// Lab describes one lab for the page's picker: its name, title, schema and
// how to build its scene.
type Lab struct {
	Name   string
	Title  string
	Schema func() *param.Schema
	New    func(v *param.Values, p Page) (Scene, error)
}
