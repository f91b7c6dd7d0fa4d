package kan

import "fmt"

// Step takes one optimiser step: the scheduled grid update (on the step's
// batch), forward and backward passes on the next mini-batch (or the full
// batch), a check that the loss and every gradient are finite, the update
// of each parameter group, and a check of the new parameters. On a NaN or
// infinity it returns a *NaNError saying where; the parameters stay as
// they were when the bad loss or gradient appeared, and every later Step
// returns the same error (training is paused). Our choice for
// mini-batches: reshuffle every epoch, skip a short tail. It allocates
// nothing unless the grid is updated.
func (t *Trainer) Step() error {
	if t.err != nil {
		return t.err
	}
	x, y, b := t.x, t.y, len(t.y)
	if bs := t.cfg.Batch; bs > 0 && bs < b {
		x, y, b = t.batches.next(t.x, t.y, t.dim, bs)
	}
	if e := t.net.findNonFinite(false); e != nil {
		return t.pause(e) // set from outside, or left by a failed step
	}
	if t.cfg.GridUpdate && t.stage < t.cfg.GridUntil && t.stage%t.cfg.GridEvery == 0 {
		if err := t.net.UpdateGrid(x, b); err != nil {
			t.err = fmt.Errorf("step %d: grid update: %v; training paused", t.steps+1, err)
			return t.err
		}
		t.version++
	}
	t.schedulePhase()
	t.net.lambda = t.cfg.Lambda
	loss := t.net.backprop(&t.work, x, y, b, nil, true)
	t.loss = loss
	if !finite(loss) {
		e := t.net.findNonFiniteActivation(&t.work, b)
		if e == nil {
			e = &NaNError{What: "loss", Layer: -1, In: -1, Out: -1, Value: loss}
		}
		return t.pause(e)
	}
	if e := t.net.findNonFinite(true); e != nil {
		return t.pause(e)
	}
	lr := t.LR() * t.warmup()
	k := 0
	for _, l := range t.net.layers {
		for _, pg := range l.groups() {
			t.upd[k].Step(pg[0], pg[1], lr)
			k++
		}
	}
	t.steps++
	t.stage++
	t.version++
	if e := t.net.findNonFinite(false); e != nil {
		e.Step = t.steps
		t.err = e
		return e
	}
	return nil
}

// pause records the error that stops training during step Steps()+1
// and returns it.
func (t *Trainer) pause(e *NaNError) error {
	e.Step = t.steps + 1
	t.err = e
	return e
}

// Refine extends every grid to newGrid intervals (spec B.6; see
// Network.Extend) by least squares over the whole training set, then
// resets the optimiser state (the coefficient count changed), multiplies
// the learning rate in use by Decay, restarts the grid-update schedule
// and records the step. The loss right after equals the loss before up to
// the projection error (spec B.15 check 5). On an error nothing changes.
func (t *Trainer) Refine(newGrid int) error {
	if t.err != nil {
		return t.err
	}
	if err := t.net.Extend(newGrid, t.x, len(t.y)); err != nil {
		return err
	}
	t.newUpdaters()
	t.lrScale *= t.cfg.Decay
	t.stage = 0
	t.refines = append(t.refines, t.steps)
	t.version++
	t.net.forward(&t.work, t.x, len(t.y), true)
	return nil
}
