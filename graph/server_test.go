package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
)

func serve(t *testing.T, s *Store, opts ServerOptions) *httptest.Server {
	t.Helper()
	h, err := s.Handler(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func gizmoPost(t *testing.T, srv *httptest.Server, query string, header map[string]string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/query?lang=gizmo", strings.NewReader(query))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServerSafety(t *testing.T) {
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "db"))
	writeBoth(t, s)
	srv := serve(t, s, ServerOptions{ReadOnly: true, Timeout: 500 * time.Millisecond, Limit: 2, MaxBodyBytes: 4096})

	if code, body := gizmoPost(t, srv, `g.V().All()`, nil); code != 200 || strings.Count(body, `"id"`) != 2 {
		t.Errorf("a query of many results: %d %s; want 2 results (--limit)", code, body)
	}
	start := time.Now()
	code, body := gizmoPost(t, srv, `while(true){}`, nil)
	if time.Since(start) > 5*time.Second || code == 200 && !strings.Contains(body, "error") {
		t.Errorf("while(true){} ran %v and gave %d %s; want it stopped at the timeout", time.Since(start), code, body)
	}
	for _, q := range []string{`require("fs").readFileSync("/etc/passwd")`, `fetch("http://127.0.0.1:1/")`, `new XMLHttpRequest()`} {
		code, body := gizmoPost(t, srv, q, nil)
		if code == 200 && !strings.Contains(body, "error") || strings.Contains(body, "root:") {
			t.Errorf("%s: %d %s; want an error", q, code, body)
		}
		if strings.Contains(body, "goroutine") || strings.Contains(body, ".go:") {
			t.Errorf("%s: the error leaks a stack trace: %s", q, body)
		}
	}
	resp, err := http.Post(srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader(`<a> <b> <c> .`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("write on a read-only server: %d, want 403", resp.StatusCode)
	}
	if code, _ := gizmoPost(t, srv, "g.V().All() //"+strings.Repeat("x", 10000), nil); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 10 kB body on a 4 kB server: %d, want 413", code)
	}
}

func TestServerAuthToken(t *testing.T) {
	s := openStore(t, "memory")
	writeBoth(t, s)
	srv := serve(t, s, ServerOptions{AuthToken: "s3cret"})
	if code, _ := gizmoPost(t, srv, `g.V().All()`, nil); code != http.StatusUnauthorized {
		t.Errorf("no token: %d, want 401", code)
	}
	if code, _ := gizmoPost(t, srv, `g.V().All()`, map[string]string{"Authorization": "Bearer wrong"}); code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d, want 401", code)
	}
	if code, _ := gizmoPost(t, srv, `g.V().All()`, map[string]string{"Authorization": "Bearer s3cret"}); code != 200 {
		t.Errorf("right token: %d, want 200", code)
	}
	// A browser: ?token= once sets a cookie, then the UI loads.
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(srv.URL + "/?token=s3cret")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == tokenCookie {
			cookie = ck
		}
	}
	if resp.StatusCode != http.StatusSeeOther || cookie == nil || !cookie.HttpOnly {
		t.Fatalf("?token=: %d, cookie %v", resp.StatusCode, cookie)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/", nil)
	req.AddCookie(cookie)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("UI with the cookie: %d", resp.StatusCode)
	}
}

func TestGuardHidesPanics(t *testing.T) {
	h := guard(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("secret detail") }), 1<<20, "")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "secret") {
		t.Errorf("panic gave %d %q", rec.Code, rec.Body.String())
	}
}

// Fifty clients query while releases are written: every answer is whole.
func TestServerUnderLoad(t *testing.T) {
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "db"))
	// The timeout is generous: the test is about whole answers, not
	// speed, and under the race detector on a busy machine fifty clients
	// wait long for their turn.
	srv := serve(t, s, ServerOptions{ReadOnly: true, Timeout: 5 * time.Minute, Limit: 1000})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ctx.Err() == nil && i < 200; i++ {
			rel := kg.IRI(kg.Release, fmt.Sprint(i))
			quads := []quad.Quad{q(rel, schema.Headline, quad.String(fmt.Sprint("Release ", i)), rel)}
			for k := 0; k < 20; k++ {
				p := kg.IRI(kg.Person, fmt.Sprint("p", i, "-", k))
				quads = append(quads, q(p, schema.Name, quad.String(fmt.Sprint("P ", i, k)), rel), q(rel, schema.Mentions, p, rel))
			}
			if _, err := s.PutRelease(ctx, rel, quads); err != nil {
				if !errors.Is(err, context.Canceled) {
					t.Error(err) // a write the test's end cancels is no fault
				}
				return
			}
		}
	}()
	errs := make(chan error, 50)
	var clients sync.WaitGroup
	for c := 0; c < 50; c++ {
		clients.Add(1)
		go func() {
			defer clients.Done()
			for n := 0; n < 10; n++ {
				resp, err := http.Post(srv.URL+"/api/v2/query?lang=gizmo", "text/plain",
					strings.NewReader(`g.Emit(g.V().Has("<http://schema.org/headline>").Out("<http://schema.org/mentions>").Count())`))
				if err != nil {
					errs <- err
					return
				}
				var v struct {
					Result []float64 `json:"result"`
				}
				err = json.NewDecoder(resp.Body).Decode(&v)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 || len(v.Result) != 1 {
					errs <- fmt.Errorf("answer %d %v not whole: %v", resp.StatusCode, v.Result, err)
					return
				}
				// Each release mentions 20 people: a count that is not a
				// multiple of 20 saw half a release.
				if int(v.Result[0])%20 != 0 {
					errs <- fmt.Errorf("a query saw %v mentions: half a release", v.Result[0])
					return
				}
			}
		}()
	}
	clients.Wait()
	cancel()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
