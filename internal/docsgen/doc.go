// Package docsgen writes docs/embedding.md, the teachers' guide to
// embedding a lab. Its table of URL keys comes from the labs' parameter
// schemas, so it cannot drift from what the page accepts: the test fails
// when the committed file differs from Render(), and
// `go test ./internal/docsgen -update` rewrites it.
package docsgen
