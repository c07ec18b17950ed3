package queries_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/natokg/natokg/queries"
)

// libraryServer serves the library on the bundled releases at
// /api/queries, pages of at most 50 rows, and returns its address and a
// function that GETs a path and decodes the JSON answer.
func libraryServer(t *testing.T) (string, func(path string) (int, map[string]any)) {
	t.Helper()
	srv := httptest.NewServer(queries.Handler("/api/queries", runner(bundledStore(t)), queries.HandlerOptions{Timeout: 10 * time.Second, Limit: 50}))
	t.Cleanup(srv.Close)
	return srv.URL, func(path string) (int, map[string]any) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var v map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return resp.StatusCode, v
	}
}

func TestHandler(t *testing.T) {
	base, get := libraryServer(t)
	code, v := get("/api/queries")
	list, _ := v["queries"].([]any)
	if code != 200 || len(list) < 4 {
		t.Fatalf("list: %d %v", code, v)
	}
	code, v = get("/api/queries/people-met?person=" + url.QueryEscape("mark rutte"))
	res, _ := v["result"].([]any)
	if code != 200 || len(res) == 0 {
		t.Fatalf("people-met: %d %v", code, v)
	}
	first, _ := res[0].(map[string]any)
	if first["source"] == nil || first["target"] == nil {
		t.Errorf("people-met results are not tagged source and target: %v", first)
	}
	resp, err := http.Post(base+"/api/queries/person-posts", "application/json", strings.NewReader(`{"person": "Frostadottir"}`))
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&v)
	resp.Body.Close()
	if res, _ := v["result"].([]any); resp.StatusCode != 200 || len(res) == 0 {
		t.Errorf("POST person-posts: %d %v", resp.StatusCode, v)
	}
	if code, v := get("/api/queries/people-met"); code != 400 || !strings.Contains(v["error"].(string), "?person=") || v["param"] != "person" {
		t.Errorf("missing parameter: %d %v, want 400 naming ?person=", code, v)
	}
	// A name that matches no one: 404, with the closest names.
	code, v = get("/api/queries/people-met?person=Ruttte")
	if sug, _ := v["suggestions"].([]any); code != 404 || len(sug) != 1 || sug[0] != "Mark Rutte" || v["error"] != `no person matches "Ruttte"; did you mean Mark Rutte?` {
		t.Errorf("unknown person: %d %v, want 404 suggesting Mark Rutte", code, v)
	}
	// A date that is not one, a number that is not one: 400, no JavaScript.
	for _, q := range []string{"place-activity?place=Brussels&from=28-05-2025", "most-connected?limit=x", "most-connected?limit=-3", "events-between?from=2025-06&to=2025-05"} {
		code, v := get("/api/queries/" + q)
		if msg, _ := v["error"].(string); code != 400 || msg == "" || strings.Contains(msg, "<eval>") || strings.Contains(msg, "Error:") {
			t.Errorf("%s: %d %v, want 400 and a plain message", q, code, v)
		}
	}
	if code, v := get("/api/queries/people-met/script?person="); code != 400 || !strings.Contains(v["error"].(string), "?person=") {
		t.Errorf("script without its parameter: %d %v", code, v)
	}
	if code, _ := get("/api/queries/no-such-query"); code != 404 {
		t.Errorf("unknown query: %d", code)
	}
}

func TestHandlerTimeout(t *testing.T) {
	slow := func(ctx context.Context, text string) ([]any, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	srv := httptest.NewServer(queries.Handler("/q", slow, queries.HandlerOptions{Timeout: 100 * time.Millisecond}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/q/people-met?person=x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusGatewayTimeout {
		t.Errorf("a query past its time: %d, want 504", resp.StatusCode)
	}
}
