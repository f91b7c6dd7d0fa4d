package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// indexName is the file a directory request serves.
const indexName = "index.html"

// errNotRegular is returned for names that exist but are not regular files
// (directories, devices, sockets, FIFOs); they are never served.
var errNotRegular = errors.New("not a regular file")

// siteHandler is the http.Handler that serves one folder. All file access goes
// through root, an os.Root, so no name — not even a symlink — can reach
// outside the folder. It is safe for concurrent use.
type siteHandler struct {
	root  *os.Root
	etags etagCache
}

// newHandler opens dir and returns a handler serving it. The caller must Close
// the handler when done to release the folder.
func newHandler(dir string) (*siteHandler, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open -dir: %w", err)
	}
	return &siteHandler{root: root}, nil
}

// Close releases the served folder. Requests after Close fail with 404.
func (h *siteHandler) Close() error {
	return h.root.Close()
}

// ServeHTTP serves GET and HEAD requests for files in the folder; see the
// package documentation for the rules.
func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := localName(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	wantDir := strings.HasSuffix(r.URL.Path, "/")
	fi, err := h.root.Stat(filepath.FromSlash(name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	switch {
	case fi.IsDir():
		name = path.Join(name, indexName)
		if fi, err = h.root.Stat(filepath.FromSlash(name)); err != nil || !fi.Mode().IsRegular() {
			http.NotFound(w, r)
			return
		}
		if !wantDir {
			// Like http.FileServer: "/sub" becomes "/sub/", so relative links
			// in the index resolve inside the folder.
			redirectToDir(w, r)
			return
		}
	case wantDir, !fi.Mode().IsRegular():
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// serveFile sends the regular file called name (root-relative, slash
// separated), or its best precompressed sibling, with the headers described in
// the package documentation. Ranges and conditional requests are left to
// http.ServeContent.
func (h *siteHandler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	f, fi, sent, coding, err := h.openVariant(name, parseAcceptEncoding(r.Header.Values("Accept-Encoding")))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	tag, err := h.etags.tag(sent, f, fi)
	if err != nil {
		http.Error(w, "500 internal server error", http.StatusInternalServerError)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", contentType(name))
	hdr.Set("Cache-Control", cacheControl(name))
	// Our choice: Vary goes on every file response, raw ones included, since
	// whether a sibling exists can change with the next build.
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("ETag", tag)
	if coding != "" {
		hdr.Set("Content-Encoding", coding)
	}
	// ServeContent omits Content-Length when Content-Encoding is set (see the
	// comment in net/http/fs.go, web.md §5), so set it to the size of the bytes
	// sent. ServeContent still overwrites it for ranges and drops it for 304.
	hdr.Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// openVariant opens what to send for the file called name: the first sibling
// in precompressed order whose coding accept allows and that exists as a
// regular file, else name itself. It returns the open file, its info, the
// name actually opened and the content coding ("" for the raw file).
func (h *siteHandler) openVariant(name string, accept acceptEncoding) (f *os.File, fi fs.FileInfo, sent, coding string, err error) {
	for _, p := range precompressed {
		if !accept.allows(p.coding) {
			continue
		}
		if f, fi, err := h.openRegular(name + p.suffix); err == nil {
			return f, fi, name + p.suffix, p.coding, nil
		}
	}
	f, fi, err = h.openRegular(name)
	return f, fi, name, "", err
}

// openRegular opens the regular file called name inside the root. It checks
// the type before opening, because opening a FIFO would block.
func (h *siteHandler) openRegular(name string) (*os.File, fs.FileInfo, error) {
	osName := filepath.FromSlash(name)
	if fi, err := h.root.Stat(osName); err != nil {
		return nil, nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, nil, errNotRegular
	}
	f, err := h.root.Open(osName)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = errNotRegular
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

// redirectToDir answers a directory request that lacks its trailing slash
// with a redirect to the same path plus "/", keeping the query. The target is
// built from the last segment only and http.Redirect resolves it against the
// request path; localName has already refused empty segments, so the result
// can never start with "//" and point at another host.
func redirectToDir(w http.ResponseWriter, r *http.Request) {
	target := url.URL{Path: path.Base(r.URL.Path) + "/", RawQuery: r.URL.RawQuery}
	http.Redirect(w, r, target.String(), http.StatusMovedPermanently)
}
