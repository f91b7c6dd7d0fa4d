package main

import (
	"path"
	"strings"
)

// contentTypes maps a lower-case file extension to the Content-Type sent for
// it. It is the only source of types: the system mime.types files that the
// mime package also reads could override entries such as .wasm (web.md §5,
// "MIME type"), and WebAssembly.instantiateStreaming rejects anything but
// exactly application/wasm.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".htm":   "text/html; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".json":  "application/json",
	".map":   "application/json",
	".wasm":  "application/wasm",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".gif":   "image/gif",
	".webp":  "image/webp",
	".svg":   "image/svg+xml",
	".ico":   "image/vnd.microsoft.icon",
	".txt":   "text/plain; charset=utf-8",
	".csv":   "text/csv; charset=utf-8",
	".xml":   "application/xml",
	".pdf":   "application/pdf",
	".woff2": "font/woff2",
	".gz":    "application/gzip",
}

// defaultContentType is sent for extensions missing from contentTypes
// (including .br). With nosniff, browsers treat such files as downloads.
const defaultContentType = "application/octet-stream"

// contentType returns the Content-Type for the file called name, judged by its
// extension only (case-insensitive), never by sniffing its bytes.
func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return defaultContentType
}

// isHTML reports whether name is an HTML page by its extension.
func isHTML(name string) bool {
	return strings.HasPrefix(contentType(name), "text/html")
}
