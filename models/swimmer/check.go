package swimmer

import "fmt"

// StateError names a state variable that became NaN or infinite.
type StateError struct {
	What  string // e.g. "qvel[4] (joint 1 angular velocity)"
	Value float64
}

func (e *StateError) Error() string {
	return fmt.Sprintf("swimmer state %s is %v; the simulation cannot go on (restart, or lower the density)", e.What, e.Value)
}

// CheckFinite returns a *StateError for the first NaN or infinite entry of
// qpos, then qvel, naming it in MuJoCo's order, or nil.
func (s *Sim) CheckFinite() error {
	for _, v := range []struct {
		name, unit string
		xs         []float64
	}{{"qpos", "", s.qpos[:s.body.DOF()]}, {"qvel", " velocity", s.qvel[:s.body.DOF()]}} {
		for i, x := range v.xs {
			if !finite(x) {
				return &StateError{What: fmt.Sprintf("%s[%d] (%s%s)", v.name, i, dofName(i), v.unit), Value: x}
			}
		}
	}
	return nil
}

// dofName names generalised coordinate i: root x, root y, heading, joint k.
func dofName(i int) string {
	switch i {
	case 0:
		return "root x"
	case 1:
		return "root y"
	case 2:
		return "heading"
	}
	return fmt.Sprintf("joint %d angle", i-3)
}
