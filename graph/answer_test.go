package graph

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/natokg/natokg/internal/gizmo"
)

// post sends query in lang to srv's /api/v2/query.
func post(t *testing.T, srv *httptest.Server, lang, query string) (int, string) {
	t.Helper()
	resp, err := http.Post(srv.URL+"/api/v2/query?lang="+lang, "text/plain", strings.NewReader(query))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServerRefusesAttacks(t *testing.T) {
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "db"))
	writeBoth(t, s)
	srv := serve(t, s, ServerOptions{ReadOnly: true, Timeout: 5 * time.Second, Limit: 3})
	deep := `var x = 1; for (var i = 0; i < 100000; i++) { x = {a: x}; } `
	for _, c := range []struct{ name, lang, query, want string }{
		{"cyclic object", "gizmo", `var o = {}; o.o = o; g.Emit(o)`, "Emit: the value is cyclic"},
		{"cyclic array", "gizmo", `var a = []; a.push(a); g.Emit(a)`, "Emit: the value is cyclic"},
		{"deep object", "gizmo", deep + `g.Emit(x)`, "nested deeper than 64 levels"},
		{"cyclic argument", "gizmo", `var a = []; a.push(a); g.V(a).All()`, "argument: the value is cyclic"},
		{"deep argument", "gizmo", deep + `g.V().Out(x).All()`, "nested deeper than 64 levels"},
		{"cyclic completion value", "gizmo", `var o = {}; o.o = o; g.V().All(); o`, ""},
		{"String of cyclic array", "gizmo", `var a = [1]; a.push(a); g.Emit(String(a))`, ""},
		{"String of deep array", "gizmo", `var x = 1; for (var i = 0; i < 100000; i++) { x = [x]; } g.Emit(String(x))`, "nested deeper than 64 levels"},
		{"thrown cyclic array", "gizmo", `var a = []; a.push(a); throw a`, "the script threw a value of class Array"},
		{"NaN", "gizmo", `g.Emit(NaN)`, "Emit: NaN is not a JSON value"},
		{"function", "gizmo", `g.Emit(function () {})`, "Emit: a function is not a JSON value"},
		{"GetLimit", "gizmo", `g.V().GetLimit(1000)`, ""},
		{"Emit ToArray", "gizmo", `g.Emit(g.V().ToArray())`, "limit of 3"},
		{"GraphQL nodes", "graphql", `{ nodes { id } }`, "more than this server's limit of 3 (natokg serve --limit)"},
		{"MQL", "mql", `[{"id": null}]`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, body := post(t, srv, c.lang, c.query)
			if c.want != "" && (code == 200 || !strings.Contains(body, `"error"`) || !strings.Contains(body, c.want)) {
				t.Errorf("%d %.300s; want an error with %q", code, body, c.want)
			}
			if code == 200 && gizmo.Weight(decode(t, body)) > 3 {
				t.Errorf("%d %.300s: more than --limit 3 values", code, body)
			}
			if code, body := post(t, srv, "gizmo", `g.V().GetLimit(1)`); code != 200 || !strings.Contains(body, `"id"`) {
				t.Errorf("the server stopped answering: %d %s", code, body)
			}
		})
	}
}

func TestServerLimitCountsArrays(t *testing.T) {
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "db"))
	writeBoth(t, s)
	srv := serve(t, s, ServerOptions{ReadOnly: true, Limit: 3})
	if code, body := post(t, srv, "gizmo", `g.Emit([1, 2, 3])`); code != 200 || !strings.Contains(body, "[1,2,3]") {
		t.Errorf("an array of 3 under --limit 3: %d %s", code, body)
	}
	if code, body := post(t, srv, "gizmo", `g.Emit({a: [1, 2], b: [3, 4]})`); code == 200 {
		t.Errorf("an object holding 4 values under --limit 3: %d %s", code, body)
	}
	if code, body := post(t, srv, "graphql", `{ nodes(first: 3) { id } }`); code != 200 {
		t.Errorf("GraphQL nodes(first: 3): %d %s", code, body)
	}
}

func TestBoundAnswersReplacesBadJSON(t *testing.T) {
	for _, c := range []struct {
		name, body string
		code       int
	}{
		{"empty", "", http.StatusUnprocessableEntity},
		{"NaN", `{"result": [NaN]}`, http.StatusUnprocessableEntity},
		{"too many", `{"result": [1, 2, 3]}`, http.StatusUnprocessableEntity},
		{"fine", `{"result": [1, 2]}`, http.StatusOK},
		{"too long", strings.Repeat(" ", MaxAnswerBytes+1), http.StatusRequestEntityTooLarge},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := boundAnswers(2, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, c.body)
			}))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/v2/query?lang=gizmo", nil))
			if rec.Code != c.code {
				t.Errorf("%d %.200s, want %d", rec.Code, rec.Body.String(), c.code)
			}
			if c.code != http.StatusOK && !strings.HasPrefix(rec.Body.String(), `{"error":`) {
				t.Errorf("body %.200s, want a JSON error", rec.Body.String())
			}
		})
	}
}

func TestQueryLimitCountsArrays(t *testing.T) {
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "db"))
	writeBoth(t, s)
	ctx := context.Background()
	if _, err := s.Query(ctx, "gizmo", `g.Emit(g.V().ToArray())`, 3); err == nil || !strings.Contains(err.Error(), "limit of 3") {
		t.Errorf("Emit(ToArray) under limit 3: %v, want an error", err)
	}
	if res, err := s.Query(ctx, "gizmo", `g.V().GetLimit(1000)`, 3); err != nil || len(res) != 3 {
		t.Errorf("GetLimit(1000) under limit 3: %d results, %v", len(res), err)
	}
	if _, err := s.Query(ctx, "graphql", `{ nodes { id } }`, 3); err == nil || !strings.Contains(err.Error(), "limit of 3") {
		t.Errorf("GraphQL nodes under limit 3: %v, want an error", err)
	}
}

// decode decodes a JSON answer.
func decode(t *testing.T, body string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("answer %.200s: %v", body, err)
	}
	return v
}
