# bioplay — build, serve and test the playground.
#   make serve   build the site and serve it on http://127.0.0.1:8080/
#   make test    vet, native tests, model tests under wasm in Node, browser tests
GO      ?= go
ADDR    ?= 127.0.0.1:8080
SITE    := build/site
GOROOT  := $(shell $(GO) env GOROOT)
WASMENV := GOOS=js GOARCH=wasm
# Node runs the js/wasm test binaries through Go's own launcher.
NODEPATH := PATH="$(GOROOT)/lib/wasm:$$PATH"
MODELS  := ./models/...

.PHONY: all build serve dist test vet test-native test-wasm e2e soak perf bench bench-mujoco fuzz clean
all: build

# build: the static site in $(SITE): index.html, style and wasm_exec.js and the
# app, with content-hashed names (long-cached by serve/), plus gzip siblings.
build:
	rm -rf $(SITE) && mkdir -p $(SITE)
	$(WASMENV) $(GO) build -trimpath -ldflags='-s -w' -o build/app.wasm ./wasm
	$(GO) build -o build/serve ./serve
	@set -e; \
	h() { sha256sum "$$1" | cut -c1-12; }; \
	app=app.$$(h build/app.wasm).wasm; \
	js=wasm_exec.$$(h "$(GOROOT)/lib/wasm/wasm_exec.js").js; \
	css=style.$$(h assets/style.css).css; \
	cp build/app.wasm $(SITE)/$$app; \
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" $(SITE)/$$js; \
	cp assets/style.css $(SITE)/$$css; \
	cp assets/course.html $(SITE)/course.html; \
	sed -e "s|{{app}}|$$app|" -e "s|{{wasm_exec}}|$$js|" -e "s|{{style}}|$$css|" index.html > $(SITE)/index.html; \
	for f in $(SITE)/*.wasm $(SITE)/*.js $(SITE)/*.css $(SITE)/index.html; do gzip -9 -k -n "$$f"; done; \
	echo "built $(SITE): $$app ($$(stat -c %s build/app.wasm) bytes, gzip $$(stat -c %s $(SITE)/$$app.gz))"

# dist: build plus brotli siblings (Debian package "brotli"), the smallest encoding.
dist: build
	@command -v brotli >/dev/null || { echo "make dist needs brotli: apt-get install brotli"; exit 1; }
	for f in $(SITE)/*.wasm $(SITE)/*.js $(SITE)/*.css $(SITE)/index.html; do brotli -q 11 -k -f "$$f"; done
	@echo "brotli total: $$(cat $(SITE)/*.br | wc -c) bytes"

serve: build
	./build/serve -addr $(ADDR) -dir $(SITE)

vet:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(WASMENV) $(GO) vet ./...

test-native:
	$(GO) test ./...

test-wasm:
	$(NODEPATH) $(WASMENV) $(GO) test $(MODELS)

# e2e: headless Chromium against the built site (skips without Chromium, fails under CI=true).
e2e: build
	BIOPLAY_SITE=$(CURDIR)/$(SITE) BIOPLAY_SERVE=$(CURDIR)/build/serve $(GO) test -count=1 -v ./e2e/

test: vet build
	BIOPLAY_SITE=$(CURDIR)/$(SITE) BIOPLAY_SERVE=$(CURDIR)/build/serve $(GO) test -count=1 ./...
	$(NODEPATH) $(WASMENV) $(GO) test -count=1 $(MODELS)

# soak: every lab at its heaviest load for BIOPLAY_SOAK_MINUTES (default 3)
# minutes each: no console errors, bounded Go heap, frames keep coming.
soak: build
	BIOPLAY_SOAK=1 BIOPLAY_SITE=$(CURDIR)/$(SITE) BIOPLAY_SERVE=$(CURDIR)/build/serve $(GO) test -count=1 -v -timeout 60m -run TestSoak ./e2e/

# perf: first frame, bytes, model time per frame and responsiveness of every
# lab into build/perf.json (after make dist it also sees the brotli sizes).
perf: build
	BIOPLAY_SITE=$(CURDIR)/$(SITE) BIOPLAY_SERVE=$(CURDIR)/build/serve $(GO) test -count=1 -v -run 'TestPerf$$' ./e2e/

# bench: every model benchmark natively and under wasm in Node, one table,
# then the peer comparisons (PyTorch, MuJoCo-WASM) where their tools exist.
bench:
	$(GO) run ./tools/benchtable -benchtime 1s

# bench-mujoco: the swimmer against MuJoCo's own WebAssembly build (npm
# mujoco-js, a development-only dependency fetched into tools/mujocobench).
bench-mujoco:
	tools/mujocobench/run.sh

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 30s ./models/param/
	$(GO) test -run '^$$' -fuzz FuzzHash -fuzztime 30s ./models/param/
	$(GO) test -run '^$$' -fuzz FuzzConfig -fuzztime 2m -fuzzminimizetime 5s ./internal/labrun/

clean:
	rm -rf build
