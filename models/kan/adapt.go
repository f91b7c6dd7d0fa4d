package kan

import "bioplay/models/param"

// AdaptShape rewrites the shape in v so its input width is the task's
// dimension (WithInputs), and reports whether it changed anything. The
// schema cannot tie the two parameters (changing either alone would be
// refused), so the page, on a task change or a link naming only a task,
// and the fuzz runner apply this before SetupFrom.
func AdaptShape(v *param.Values) bool {
	task, err1 := LookupTask(v.Text("task"))
	shape, err2 := ParseShape(v.Text("shape"))
	if err1 != nil || err2 != nil || shape[0] == task.Dim {
		return false
	}
	return v.Set("shape", FormatShape(WithInputs(shape, task.Dim))) == nil
}
