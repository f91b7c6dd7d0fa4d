package main

// trainAll trains every stage: job.steps steps at the stage's grid size,
// then (before every stage but the first) an extension of the grid to the
// next size, which decays the learning rate (kan.Trainer.Refine); then it
// runs the interpretation phases (-prune, -symbolic; job.interpret). The
// MLP, if any, takes the same steps beside it. Rows go to cur (if not nil)
// for step 0, every job.every steps and the end of each stage and of the
// retraining. A NaN or infinity stops everything at once; job.paused then
// says where.
func (job *kanJob) trainAll(cur *kanCurves, prog *progress) {
	if cur != nil {
		job.curvesRow(cur)
	}
	for i, g := range job.stages {
		if i > 0 {
			if err := job.trainer.Refine(g); err != nil {
				job.paused = err
				break
			}
		}
		lr := job.trainer.LR()
		if job.train(job.steps, cur, prog); job.paused != nil {
			break
		}
		job.done = append(job.done, job.stageFigures(lr))
	}
	if job.paused == nil {
		job.interpret(cur, prog)
	}
	prog.finish()
}

// train takes steps optimiser steps of the KAN (and the MLP), writing
// rows to cur every job.every steps in all and after the last, until a
// step fails (job.paused).
func (job *kanJob) train(steps int, cur *kanCurves, prog *progress) {
	for step := 1; step <= steps && job.paused == nil; step++ {
		job.paused = job.trainer.Step()
		if job.mlp != nil && job.paused == nil {
			job.paused = job.mlp.Step()
		}
		job.taken++
		if cur != nil && (job.taken%job.every == 0 || step == steps) {
			job.curvesRow(cur)
		}
		if job.taken%progressSteps == 0 {
			prog.update(job.taken)
		}
	}
}

// totalSteps is the number of optimiser steps the job takes if nothing
// stops it: every stage's and the retraining's.
func (job *kanJob) totalSteps() int {
	n := job.steps * len(job.stages)
	if job.prune {
		n += job.pruneSteps
	}
	return n
}

// curvesRow writes a row for the networks as they are now.
func (job *kanJob) curvesRow(cur *kanCurves) {
	t := job.trainer
	row := []float64{t.TrainRMSE(), t.TestRMSE()}
	if job.mlp != nil {
		row = append(row, job.mlp.TrainRMSE(), job.mlp.TestRMSE())
	}
	cur.row(t.Steps(), t.Network().Grid(), row)
}
