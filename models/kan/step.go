package kan

import "math"

// Step takes one optimiser step: the scheduled grid update (on the step's
// batch), forward and backward passes on the next mini-batch (or the full
// batch), a check that the loss and every gradient are finite, the update
// of each parameter group, and a check of the new parameters. On a NaN or
// infinity it returns a *NaNError saying where; the parameters stay as
// they were when the bad loss or gradient appeared, and every later Step
// returns the same error (training is paused). Our choice for
// mini-batches: reshuffle every epoch, skip a short tail. It allocates
// nothing unless the grid is updated. It is Work without a bound on the
// pieces, and finishes a step Work began.
func (t *Trainer) Step() error {
	for {
		if _, stepped, err := t.Work(math.MaxInt); stepped || err != nil {
			return err
		}
	}
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
// A step in progress (Work) is finished first.
func (t *Trainer) Refine(newGrid int) error {
	t.settle()
	if t.err != nil {
		return t.err
	}
	if err := t.soloBusy("refine the grid"); err != nil {
		return err
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
