package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// shutdownTimeout bounds how long a clean shutdown waits for in-flight
// requests before the remaining connections are closed.
const shutdownTimeout = 5 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program behind main, written so tests can drive it: it
// parses args (without the program name), serves until ctx is cancelled, then
// shuts down and returns the exit status. The start-up line goes to stdout;
// usage, errors and the per-request log go to stderr.
//
// Exit status: 0 after a clean shutdown or -h, 2 for bad flags, stray
// arguments or a -dir that is not an existing directory, 1 otherwise (for
// example when the address cannot be listened on).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:8080", "listen `address` as host:port; port 0 picks a free port")
	dir := flags.String("dir", "build/site", "`folder` to serve (the site build output), relative to the working directory")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./serve [-addr host:port] [-dir folder]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // flag has already printed the error and the usage.
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "bioplay: unexpected argument %q\n", flags.Arg(0))
		flags.Usage()
		return 2
	}
	if err := checkDir(*dir); err != nil {
		fmt.Fprintf(stderr, "bioplay: %v\n", err)
		return 2
	}

	site, err := newHandler(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "bioplay: %v\n", err)
		return 2
	}
	defer site.Close()

	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "bioplay: %v\n", err)
		return 1
	}
	logger := log.New(stderr, "", log.LstdFlags)
	srv := newServer(logRequests(site, logger), log.New(stderr, "bioplay: http: ", log.LstdFlags))
	fmt.Fprintf(stdout, "bioplay: serving %s at %s\n", *dir, siteURL(ln.Addr()))

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintf(stderr, "bioplay: %v\n", err)
		return 1
	case <-ctx.Done():
	}

	fmt.Fprintln(stderr, "bioplay: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		fmt.Fprintf(stderr, "bioplay: shutdown: %v\n", err)
		return 1
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "bioplay: %v\n", err)
		return 1
	}
	return 0
}

// checkDir reports, in words a user can act on, why dir cannot be served:
// it must exist and be a directory.
func checkDir(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("-dir %q does not exist (build the site first, or pass -dir)", dir)
	case err != nil:
		return fmt.Errorf("-dir %q: %w", dir, err)
	case !fi.IsDir():
		return fmt.Errorf("-dir %q is not a directory", dir)
	}
	return nil
}

// siteURL is the address to print for a listener bound to addr. When the host
// is unspecified (":8080", "0.0.0.0", "[::]") it prints localhost, which a
// browser can open, instead of the wildcard address.
func siteURL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
