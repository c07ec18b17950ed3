package graph

import (
	"bytes"
	"crypto/subtle"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/julienschmidt/httprouter"

	"github.com/natokg/natokg/webui"

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
	// MaxBodyBytes bounds a request's body; 0 means 1 MiB.
	MaxBodyBytes int64
	// AuthToken, when set, is required of every request: as a bearer
	// token (Authorization: Bearer TOKEN), or, for a browser, once as
	// ?token=TOKEN, which sets a cookie.
	AuthToken string
	// Mount adds handlers under path prefixes ("/api/queries/"), behind
	// the same guards (token, body bound) as the API.
	Mount map[string]http.Handler
	// PlainJSON reports whether a Gizmo query must run with plain JSON
	// values even when the client asks for JSON-LD (the library's
	// programs, which Cayley's UI asks for as JSON-LD).
	PlainJSON func(query []byte) bool
	// AllowHosts names the host names, besides IP addresses and
	// "localhost", that requests may be addressed to ("*": any).
	AllowHosts []string
	// ClientQueries bounds the queries one client address runs at once;
	// 0 means no bound.
	ClientQueries int
	// WrapQueries, when set, wraps the handlers that run queries (the API's
	// query endpoint and Mount), for example to bound their memory.
	WrapQueries func(http.Handler) http.Handler
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
	files, err := webui.Handler()
	if err != nil {
		return nil, fmt.Errorf("graph: server: %w", err)
	}
	queries := func(h http.Handler) http.Handler {
		if opts.WrapQueries != nil {
			h = opts.WrapQueries(h)
		}
		return perClient(opts.ClientQueries, h)
	}
	mux := http.NewServeMux()
	api2 := boundAnswers(opts.Limit, plainJSON(opts.PlainJSON, readOnly(opts.ReadOnly, r)))
	mux.Handle("/api/v2/", api2)
	mux.Handle("/api/v2/query", queries(api2))
	mux.Handle("/", files)
	for prefix, h := range opts.Mount {
		mux.Handle(prefix, queries(h))
	}
	max := opts.MaxBodyBytes
	if max <= 0 {
		max = 1 << 20
	}
	return hostCheck(opts.AllowHosts, crossSite(guard(mux, max, opts.AuthToken))), nil
}

// tokenCookie holds the auth token in a browser.
const tokenCookie = "natokg_token"

// guard bounds request bodies, asks for the token when one is set, and
// turns a panic into a plain 500 error: no stack trace reaches a client.
func guard(next http.Handler, maxBody int64, token string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				http.Error(w, `{"error":"internal error"}`, http.StatusInternalServerError)
			}
		}()
		if token != "" {
			if t := r.URL.Query().Get("token"); t != "" && subtle.ConstantTimeCompare([]byte(t), []byte(token)) == 1 {
				http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
				q := r.URL.Query()
				q.Del("token")
				u := *r.URL
				u.RawQuery = q.Encode()
				http.Redirect(w, r, u.String(), http.StatusSeeOther)
				return
			}
			if !authorized(r, token) {
				w.Header().Set("WWW-Authenticate", `Bearer realm="natokg"`)
				http.Error(w, `{"error":"this natokg server needs its token: Authorization: Bearer TOKEN"}`, http.StatusUnauthorized)
				return
			}
		}
		if r.ContentLength > maxBody {
			http.Error(w, `{"error":"request body too large"}`, http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		next.ServeHTTP(w, r)
	})
}

func authorized(r *http.Request, token string) bool {
	// The scheme is case-insensitive (RFC 9110, section 11.1).
	if h := r.Header.Get("Authorization"); len(h) > 7 && strings.EqualFold(h[:7], "Bearer ") {
		return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(h[7:])), []byte(token)) == 1
	}
	if c, err := r.Cookie(tokenCookie); err == nil {
		return subtle.ConstantTimeCompare([]byte(c.Value), []byte(token)) == 1
	}
	return false
}

// readOnly refuses the API's writing endpoints when on is set: Cayley's
// API registers them before SetReadOnly can take effect.
func readOnly(on bool, next http.Handler) http.Handler {
	if !on {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if writing(r) {
			http.Error(w, `{"error":"natokg serves this graph read-only (start it with --writable to allow writes)"}`, http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// plainJSON asks Cayley for plain JSON values for the queries is picks.
func plainJSON(is func([]byte) bool, next http.Handler) http.Handler {
	if is == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/query") {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, `{"error":"request body too large"}`, http.StatusRequestEntityTooLarge)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			if is(body) {
				r.Header.Set("Accept", "application/json")
			}
		}
		next.ServeHTTP(w, r)
	})
}
