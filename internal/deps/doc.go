// Package deps holds the test that keeps bioplay's dependency direction
// (design.md § Layout): models/ imports only the standard library and gonum
// and reads no clock and no global RNG; ui/ never reaches the DOM; wasm/ is
// the only DOM code; cmd/bioplay never imports ui/; serve/ imports nothing
// of the project. It has no code of its own.
package deps
