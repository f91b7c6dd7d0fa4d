package main

import (
	"log"
	"net/http"
	"time"
)

// Server limits. Requests are GETs without bodies, so reads are short; writes
// are long enough for the raw 16 MB wasm (web.md §0.4) over a slow link.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
	// maxHeaderBytes is 64 KiB, well below net/http's 1 MB default but roomy
	// enough for the large cookie jars that accumulate on localhost.
	maxHeaderBytes = 64 << 10
)

// newServer returns an http.Server for h with every timeout set and header
// size bounded, so a slow or hostile client cannot hold connections open
// forever. errorLog receives the server's own errors (TLS, accept, panics).
func newServer(h http.Handler, errorLog *log.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          errorLog,
	}
}
