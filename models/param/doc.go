// Package param is bioplay's one parameter schema.
//
// Each lab declares its parameters once, as a Schema of Spec values in display
// order. Everything else is derived from that declaration: the page builds its
// labelled HTML controls from it, the URL hash is read and written through it,
// the JS API and postMessage validate with it, and the CLI registers its flags
// from it. A value always travels as text and is checked by exactly one
// function, Spec.Parse, whichever door it came through, so a limit can never
// be bypassed by a URL (the failure of tensorflow/playground issue #63).
//
// Values holds the current canonical text of every parameter of one lab.
// Setting a bad value returns an *Error naming the parameter, the rejected
// value and what is allowed, and the old value stays.
package param
