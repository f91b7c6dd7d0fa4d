package param

// Kind is the type of a parameter's value. It decides how text is parsed and
// which HTML control the page draws for it.
type Kind uint8

// The kinds of parameter.
const (
	Number  Kind = iota // a finite real number in [Min, Max]; a range + number input
	Integer             // a whole number in [Min, Max]; a range + number input
	Bool                // true or false; a checkbox
	Choice              // one of Options; a select
	Text                // free text checked by Spec.Check; a text input
	Action              // no value: a button that triggers something
)

var kindNames = [...]string{"number", "integer", "bool", "choice", "text", "action"}

// String returns the kind's lower-case name, as the JS API reports it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}
