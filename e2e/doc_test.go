// Package e2e drives the built site in headless Debian Chromium (design.md
// § Tests): it serves build/site with the real serve/ binary on a loopback
// port, opens the page through chromedp and checks what a user would see
// and do. Pixels come from CDP screenshots, never canvas.toDataURL (which
// reads back transparent because Ebiten does not preserve its drawing
// buffer).
//
// Run it with `make e2e` or `make test`, which build the site first and pass
// its location in BIOPLAY_SITE and BIOPLAY_SERVE. Without Chromium or a
// built site the tests skip with a message, except under CI=true, where
// they fail.
package e2e
