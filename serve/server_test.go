package main

import (
	"log"
	"net/http"
	"testing"
	"time"
)

func TestNewServerLimits(t *testing.T) {
	h := http.NotFoundHandler()
	srv := newServer(h, log.Default())
	timeouts := []struct {
		name string
		got  time.Duration
	}{
		{"ReadHeaderTimeout", srv.ReadHeaderTimeout},
		{"ReadTimeout", srv.ReadTimeout},
		{"WriteTimeout", srv.WriteTimeout},
		{"IdleTimeout", srv.IdleTimeout},
	}
	for _, tt := range timeouts {
		if tt.got <= 0 || tt.got > 10*time.Minute {
			t.Errorf("%s = %v, want set and at most 10m", tt.name, tt.got)
		}
	}
	if srv.ReadHeaderTimeout > srv.ReadTimeout {
		t.Errorf("ReadHeaderTimeout %v > ReadTimeout %v", srv.ReadHeaderTimeout, srv.ReadTimeout)
	}
	if srv.MaxHeaderBytes < 8<<10 || srv.MaxHeaderBytes >= http.DefaultMaxHeaderBytes {
		t.Errorf("MaxHeaderBytes = %d, want in [8 KiB, %d)", srv.MaxHeaderBytes, http.DefaultMaxHeaderBytes)
	}
	if srv.Handler == nil || srv.ErrorLog == nil {
		t.Errorf("Handler or ErrorLog not set")
	}
}
