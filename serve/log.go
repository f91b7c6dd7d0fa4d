package main

import (
	"io"
	"log"
	"net/http"
	"time"
)

// logRequests wraps next so that each request, once served, writes one line
// to logger:
//
//	method=GET path="/app.wasm" status=200 bytes=1740000 dur=3.2ms enc=br
//
// bytes counts the body bytes written (0 for HEAD and 304); enc is the
// Content-Encoding sent, or "-". The path is quoted, so a decoded "%0a" cannot
// forge a second line.
func logRequests(next http.Handler, logger *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		enc := sw.encoding
		if enc == "" {
			enc = "-"
		}
		logger.Printf("method=%s path=%q status=%d bytes=%d dur=%v enc=%s",
			r.Method, r.URL.Path, sw.status, sw.bytes, time.Since(start).Round(time.Microsecond), enc)
	})
}

// statusWriter is an http.ResponseWriter that records what the log line
// reports: the status, the Content-Encoding at the time the header was
// written, and the body bytes.
type statusWriter struct {
	http.ResponseWriter
	status   int
	encoding string
	bytes    int64
}

// WriteHeader records the status and encoding, then forwards.
func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
		w.encoding = w.Header().Get("Content-Encoding")
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write counts the body bytes, then forwards.
func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

// ReadFrom counts the body bytes while letting io.Copy reach the underlying
// writer's own ReadFrom, so file bodies keep the sendfile fast path.
func (w *statusWriter) ReadFrom(r io.Reader) (int64, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	n, err := io.Copy(w.ResponseWriter, r)
	w.bytes += n
	return n, err
}

// Unwrap gives http.ResponseController access to the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter {
	return w.ResponseWriter
}
