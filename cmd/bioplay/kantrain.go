package main

// trainAll trains every stage: job.steps steps at the stage's grid size,
// then (before every stage but the first) an extension of the grid to the
// next size, which decays the learning rate (kan.Trainer.Refine). The MLP,
// if any, takes the same steps beside it. Rows go to cur (if not nil) for
// step 0, every job.every steps and the end of each stage. A NaN or
// infinity stops everything at once; job.paused then says where.
func (job *kanJob) trainAll(cur *kanCurves, prog *progress) {
	if cur != nil {
		job.curvesRow(cur)
	}
	total := 0
	for i, g := range job.stages {
		if i > 0 {
			if err := job.trainer.Refine(g); err != nil {
				job.paused = err
				break
			}
		}
		lr := job.trainer.LR()
		for step := 1; step <= job.steps && job.paused == nil; step++ {
			job.paused = job.trainer.Step()
			if job.mlp != nil && job.paused == nil {
				job.paused = job.mlp.Step()
			}
			total++
			if cur != nil && (total%job.every == 0 || step == job.steps) {
				job.curvesRow(cur)
			}
			if total%progressSteps == 0 {
				prog.update(total)
			}
		}
		if job.paused != nil {
			break
		}
		job.done = append(job.done, job.stageFigures(lr))
	}
	prog.finish()
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
