//go:build js && wasm

package ui

import (
	"image"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Host is the ebiten.Game of the page. Its exported methods are called from
// JS callbacks: they only queue work (or read snapshots) and return at once;
// Update, the only writer of scene state, applies the queue.
type Host struct {
	page Page

	mu      sync.Mutex // guards the fields below it; never held across a call out
	queue   []command
	metrics []Metric
	report  Report
	playing bool
	wantPNG bool        // save the next drawn frame as PNG
	insets  image.Point // CSS px the HTML panel covers at the right (X) and bottom (Y)

	scene    Scene
	pending  int // explicitly requested steps not yet taken
	area     image.Rectangle
	frames   atomic.Uint64
	modelDur atomic.Int64 // ns of model work in the Updates before the last drawn frame
	modelAcc atomic.Int64 // ns of model work in the Updates since the last Draw
	maxModel atomic.Int64 // the largest modelDur since the last ResetMaxModelTime
	times    UpdateTimes  // model time per Update since the last ResetMaxModelTime
	screen   atomic.Int64 // last Layout size, w<<32 | h

	fault  *Fault // the panic that stopped the scene, or nil; guarded by mu
	inject string // "update" or "draw": panic there once (InjectFault); guarded by mu
}

// NewHost returns a Host drawing scene, paused unless playing is true.
func NewHost(scene Scene, p Page, playing bool) *Host {
	h := &Host{page: p, scene: scene, playing: playing}
	h.metrics = scene.Metrics()
	return h
}

// Update applies queued commands, handles canvas input and advances the
// model within FrameBudget. A panic in the scene stops the scene, not the
// program (see Fault); until the page opens a new scene only the queue's
// lab switches are applied.
func (h *Host) Update() error {
	if h.faulted() {
		h.drainOpen()
		return nil
	}
	h.guard("update", h.update)
	return nil
}

// update is Update's work on a running scene.
func (h *Host) update() {
	h.maybeInject("update")
	h.drain()
	if h.faulted() {
		return
	}
	if inpututil.IsKeyJustPressed(ebiten.KeySpace) {
		h.TogglePlay()
	}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		if x, y := ebiten.CursorPosition(); image.Pt(x, y).In(h.area) {
			h.scene.Click(h.area, x, y)
		}
	}
	start := time.Now()
	if h.pending > 0 {
		h.pending -= h.scene.Step(h.pending, FrameBudget)
	}
	h.mu.Lock()
	playing := h.playing
	h.mu.Unlock()
	if left := FrameBudget - time.Since(start); playing && left > 0 {
		h.scene.Step(h.scene.Speed(), left)
	}
	if h.scene.Done() {
		h.pending = 0
		h.setPlaying(false)
	}
	if err := h.scene.Check(); err != nil {
		h.pending = 0
		h.setPlaying(false)
		h.page.Message("Paused: " + err.Error())
	}
	if left := FrameBudget - time.Since(start); left > 0 {
		h.scene.Background(left)
	}
	d := int64(time.Since(start))
	h.modelAcc.Add(d)
	if d > h.maxModel.Load() {
		h.maxModel.Store(d)
	}
	h.times.Add(time.Duration(d))
	m, rep := h.scene.Metrics(), h.scene.Report()
	h.mu.Lock()
	h.metrics, h.report = m, rep
	h.mu.Unlock()
}

// Report returns the scene's report as of the last Update.
func (h *Host) Report() Report {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.report
}

// Draw paints the scene into the canvas area the panel leaves free.
func (h *Host) Draw(screen *ebiten.Image) {
	screen.Fill(Background)
	h.mu.Lock()
	in := h.insets
	h.mu.Unlock()
	b := screen.Bounds()
	h.area = image.Rect(b.Min.X, b.Min.Y, max(b.Min.X+1, b.Max.X-in.X), max(b.Min.Y+1, b.Max.Y-in.Y))
	if !h.faulted() {
		h.guard("draw", func() {
			h.maybeInject("draw")
			h.scene.Draw(screen, h.area)
		})
	}
	h.frames.Add(1)
	h.modelDur.Store(h.modelAcc.Swap(0))
	h.mu.Lock()
	want := h.wantPNG
	h.wantPNG = false
	h.mu.Unlock()
	if want {
		h.savePNG(screen)
	}
}

// Layout uses the canvas's CSS size as the logical screen.
func (h *Host) Layout(w, hgt int) (int, int) {
	w, hgt = max(w, 1), max(hgt, 1)
	h.screen.Store(int64(w)<<32 | int64(hgt))
	return w, hgt
}

// ScreenSize returns the logical screen size of the last Layout, in CSS px.
func (h *Host) ScreenSize() (w, hgt int) {
	s := h.screen.Load()
	return int(s >> 32), int(s & 0xffffffff)
}

// Frames returns the number of frames drawn so far.
func (h *Host) Frames() uint64 { return h.frames.Load() }

// ModelTime returns the model work done for the last drawn frame: every
// Update since the frame before (Ebiten runs several Updates per frame
// when frames are slow).
func (h *Host) ModelTime() time.Duration { return time.Duration(h.modelDur.Load()) }

// MaxModelTime returns the largest model work of one Update (the unit the
// budget applies to) since the last ResetMaxModelTime (or the start).
func (h *Host) MaxModelTime() time.Duration { return time.Duration(h.maxModel.Load()) }

// UpdateTimes returns the distribution of model time per Update since the
// last ResetMaxModelTime, with the quantiles qs.
func (h *Host) UpdateTimes(qs ...float64) UpdateSummary { return h.times.Summary(qs...) }

// ResetMaxModelTime starts a new maximum and a new distribution.
func (h *Host) ResetMaxModelTime() {
	h.maxModel.Store(0)
	h.times.Reset()
}

// Metrics returns a copy of the metrics as of the last Update.
func (h *Host) Metrics() []Metric {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Metric(nil), h.metrics...)
}

// Playing reports whether the model advances every frame.
func (h *Host) Playing() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.playing
}

// SetInsets tells the host how much of the canvas, in CSS px, the HTML
// panel covers on the right and at the bottom.
func (h *Host) SetInsets(right, bottom int) {
	h.mu.Lock()
	h.insets = image.Pt(max(right, 0), max(bottom, 0))
	h.mu.Unlock()
}

func (h *Host) setPlaying(p bool) {
	h.mu.Lock()
	h.playing = p
	h.mu.Unlock()
}

// Play starts advancing the model every frame.
func (h *Host) Play() { h.setPlaying(true) }

// Pause stops advancing the model; explicit Step requests still run.
func (h *Host) Pause() { h.setPlaying(false) }

// TogglePlay switches between playing and paused.
func (h *Host) TogglePlay() {
	h.mu.Lock()
	h.playing = !h.playing
	h.mu.Unlock()
}
