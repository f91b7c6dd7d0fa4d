//go:build js && wasm

package main

import "syscall/js"

// typeOf is v.Type() for any JS value: syscall/js panics on a BigInt (and
// would on any type added to JS later), so those come back as typeOther
// instead of ending the callback.
func typeOf(v js.Value) (t js.Type) {
	defer func() {
		if recover() != nil {
			t = typeOther
		}
	}()
	return v.Type()
}

// typeOther stands for a JS type syscall/js does not know, such as bigint.
const typeOther js.Type = 255

// typeName names v's JS type for messages, as typeof would.
func typeName(v js.Value) string {
	if t := typeOf(v); t != typeOther {
		return t.String()
	}
	return js.Global().Get("Object").Get("prototype").Get("toString").Call("call", v).String()
}
