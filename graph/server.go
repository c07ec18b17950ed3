package graph

import (
	"fmt"
	"io/fs"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	"github.com/julienschmidt/httprouter"

	// Register Cayley's "single" quad writer.
	_ "github.com/cayleygraph/cayley/writer"
)

// ServerOptions configures Handler.
type ServerOptions struct {
	// ReadOnly refuses writes and deletes through the API.
	ReadOnly bool
	// Timeout bounds each query's time; 0 means no bound.
	Timeout time.Duration
	// Limit bounds each query's results; 0 means Cayley's default, 100.
	Limit int
}

// Handler serves Cayley's HTTP API v2 under /api/v2/ (query, read,
// write, delete, formats) on the store, and Cayley's web UI at /.
func (s *Store) Handler(opts ServerOptions) (http.Handler, error) {
	qw, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return nil, fmt.Errorf("graph: server: %w", err)
	}
	h := &cgraph.Handle{QuadStore: s.qs, QuadWriter: qw}
	r := httprouter.New()
	api := chttp.NewBoundAPIv2(h, r)
	api.SetReadOnly(opts.ReadOnly)
	if opts.Timeout > 0 {
		api.SetQueryTimeout(opts.Timeout)
	}
	if opts.Limit > 0 {
		api.SetQueryLimit(opts.Limit)
	}
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("graph: server: %w", err)
	}
	files := http.FileServer(http.FS(web))
	mux := http.NewServeMux()
	mux.Handle("/api/v2/", readOnly(opts.ReadOnly, r))
	mux.Handle("/", files)
	return mux, nil
}

// readOnly refuses the API's writing endpoints when on is set: Cayley's
// API registers them before SetReadOnly can take effect.
func readOnly(on bool, next http.Handler) http.Handler {
	if !on {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if strings.HasSuffix(p, "/write") || strings.HasSuffix(p, "/delete") {
			http.Error(w, `{"error":"natokg serves this graph read-only (start it with --writable to allow writes)"}`, http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
