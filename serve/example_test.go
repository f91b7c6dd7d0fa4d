package main

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
)

// Example_precompressed shows a browser-like request for a hashed wasm file
// that has a brotli sibling: the sibling's bytes are sent, labelled with the
// original's type.
func Example_precompressed() {
	dir, err := os.MkdirTemp("", "serve-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "app.3f9c2a1b7d4e.wasm"), []byte("\x00asm\x01\x00\x00\x00 (raw)"), 0o644)
	os.WriteFile(filepath.Join(dir, "app.3f9c2a1b7d4e.wasm.br"), []byte("brotli"), 0o644)

	h, err := newHandler(dir)
	if err != nil {
		panic(err)
	}
	defer h.Close()
	req := httptest.NewRequest("GET", "/app.3f9c2a1b7d4e.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	fmt.Println(rec.Code)
	for _, k := range []string{"Content-Type", "Content-Encoding", "Content-Length", "Vary", "Cache-Control"} {
		fmt.Printf("%s: %s\n", k, rec.Header().Get(k))
	}
	fmt.Printf("body: %s\n", rec.Body)
	// Output:
	// 200
	// Content-Type: application/wasm
	// Content-Encoding: br
	// Content-Length: 6
	// Vary: Accept-Encoding
	// Cache-Control: public, max-age=31536000, immutable
	// body: brotli
}
