package labrun

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"bioplay/models/kan"
	"bioplay/models/learn"
	"bioplay/models/swimmer"
)

// FuzzConfig builds a random valid configuration of a random lab from the
// fuzz input, runs its model for the lab's Steps and fails on a panic, on
// an error from New for values the schema accepted, or on a NaN or
// infinite metric the model's own Check did not report. A divergence that
// Check does report (a learning rate too high) is the designed outcome:
// the page pauses and names the quantity, so the run stops there.
func FuzzConfig(f *testing.F) {
	r := rand.New(rand.NewPCG(9, 9))
	for i := range Labs {
		f.Add([]byte{0, 0, 0, 0, 0, 0, 0, byte(i)}) // each lab, all choices 0
		for range 8 {
			b := make([]byte, 256)
			for k := range b {
				b[k] = byte(r.Uint32())
			}
			copy(b, []byte{0, 0, 0, 0, 0, 0, 0, byte(i)})
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &source{data}
		l := Labs[s.intn(len(Labs))]
		v := randomValues(t, l, s)
		r, err := l.New(v)
		if err != nil {
			t.Fatalf("%s: New(%s) = %v for values the schema accepted", l.Name(), v.Encode(), err)
		}
		if err := runChecked(r, l.Steps); err != nil {
			t.Fatalf("%s with %s: %v", l.Name(), v.Encode(), err)
		}
	})
}

// runChecked steps r up to steps times in ten slices, as the page steps a
// frame at a time, and after each slice asks the model's Check and then
// reads every metric. It returns an error for a metric that is NaN or
// infinite while Check saw nothing, or for a Check error that does not say
// which quantity broke.
func runChecked(r Runner, steps int) error {
	slice := max(1, steps/10)
	for done := 0; done < steps && !r.Done(); done += slice {
		r.Step(min(slice, steps-done))
		if err := r.Check(); err != nil {
			if !namesQuantity(err) {
				return errors.New("Check reported an error that names no quantity: " + err.Error())
			}
			return nil // the page pauses here, showing err
		}
		for _, m := range r.Metrics() {
			if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
				return errors.New("metric " + m.Name + " is not finite and Check did not report it")
			}
		}
	}
	return nil
}

// namesQuantity reports whether err is one of the models' non-finite
// errors and says which quantity broke: learn's (a network's parameter or
// loss), the swimmer's (a state variable) or the KAN's (a loss, gradient,
// parameter or activation, with its place).
func namesQuantity(err error) bool {
	var nf *learn.NonFiniteError
	var st *swimmer.StateError
	var kn *kan.NaNError
	switch {
	case errors.As(err, &nf):
		return nf.What != ""
	case errors.As(err, &st):
		return st.What != ""
	case errors.As(err, &kn):
		return kn.What != ""
	}
	return false
}
