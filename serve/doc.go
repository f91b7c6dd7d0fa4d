// Serve is the tiny static file server for the bioplay site build.
//
// It serves one folder (by default build/site, the build output) over plain
// HTTP so the playground page, its hashed wasm and its JavaScript can be
// loaded in a browser or an iframe exactly as a static host would serve them.
//
// Usage:
//
//	go run ./serve [-addr 127.0.0.1:8080] [-dir build/site]
//
// On start it prints the URL it serves at, for example
//
//	bioplay: serving build/site at http://127.0.0.1:8080/
//
// and logs one line per request to stderr. Ctrl-C or SIGTERM shuts it down
// cleanly. Exit status: 0 after a clean shutdown (or -h), 2 for bad flags or a
// missing -dir, 1 for any other failure.
//
// What it does, following shared/specs/web.md §5:
//
//   - Content types come from a fixed table (types.go), never the system
//     mime.types files: .wasm is always application/wasm, which
//     WebAssembly.instantiateStreaming requires.
//   - Precompressed siblings are negotiated (encoding.go, handler.go): for a
//     request of X it serves X.br when Accept-Encoding allows br, else X.gz
//     when it allows gzip, else X itself, with Content-Encoding, the type of X,
//     Vary: Accept-Encoding and an explicit Content-Length (net/http's
//     ServeContent leaves Content-Length out once Content-Encoding is set).
//   - Caching (cache.go, etag.go): HTML and unhashed names get
//     "Cache-Control: no-cache"; content-hashed names such as
//     app.3f9c2a1b7d4e.wasm get "public, max-age=31536000, immutable". Every
//     file carries a strong ETag computed from the bytes actually sent, so the
//     br, gzip and raw variants each have their own. If-None-Match and Range
//     are handled by http.ServeContent.
//   - Only GET and HEAD are allowed; anything else is 405 with
//     "Allow: GET, HEAD".
//   - There are no directory listings. A directory serves its index.html or
//     404; "/sub" redirects to "/sub/" first so relative links keep working.
//   - Nothing outside the folder is reachable: request paths with "..", ".",
//     empty segments, backslashes, colons or control bytes are refused
//     (urlpath.go) and every file is opened through an os.Root, which also
//     refuses symlinks that lead outside. Dot-files and dot-folders are 404.
//   - Every response carries "X-Content-Type-Options: nosniff". There is
//     deliberately no X-Frame-Options: the page must be embeddable in iframes
//     (web.md §5, "Headers for iframe embedding").
//
// Our choice: a request for a precompressed sibling by its own name (X.br,
// X.gz) is served as an ordinary file: the compressed bytes themselves, typed
// application/octet-stream (.br) or application/gzip (.gz), with no
// Content-Encoding. That is a truthful description of those bytes, and it keeps
// standalone archives such as data.tar.gz downloadable.
//
// Our choice: every refused or missing path answers a plain 404, so probing
// cannot tell "refused" from "absent". (The net/http server itself may answer
// 400 first for requests it cannot parse, such as a raw NUL byte.)
//
// Design: the server imports only the standard library and nothing of the
// project (shared/style.md §3, "Packages and arrows"); imports_test.go enforces
// it.
package main
