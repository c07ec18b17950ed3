package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// gizmo posts a Gizmo query to the server at base and returns the status
// and body of the answer; status 0 when the connection failed.
func gizmo(t *testing.T, base, query string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 90 * time.Second}
	resp, err := c.Post(base+"/api/v2/query?lang=gizmo", "application/json", strings.NewReader(query))
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// answers waits until the server at base answers a plain query right,
// and fails the test if it does not within 30 seconds.
func answers(t *testing.T, base, after string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := gizmo(t, base, `g.Emit(20 + 22)`)
		if code == http.StatusOK {
			var got struct{ Result []int }
			if err := json.Unmarshal([]byte(body), &got); err != nil || len(got.Result) != 1 || got.Result[0] != 42 {
				t.Fatalf("after %s: the server answers %s, want {\"result\":[42]}", after, body)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: the server no longer answers (last: %d %s)", after, code, body)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestServeSurvivesHostileQueries sends the queries that used to take
// natokg serve down and checks that it answers the next query each time:
// a value nested millions deep that the JavaScript engine itself
// overflows the Go stack on (the worker process dies, the supervisor
// starts another), and scripts that allocate without end (stopped by the
// memory budget, with an answer that says so).
func TestServeSurvivesHostileQueries(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	if _, stderr, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatalf("load: %d %s", code, stderr)
	}
	base := startServe(t, dir, db, "--query-memory", "256", "--timeout", "60s")
	answers(t, base, "start")

	deep := `var a = []; for (var i = 0; i < 3e6; i++) { a = [a] }; g.Emit("" + a)`
	code, body := gizmo(t, base, deep)
	if code == http.StatusOK {
		t.Errorf("a value nested 3 million deep: 200 %.200s, want an error or a closed connection", body)
	}
	answers(t, base, "a value nested 3 million deep")

	for _, q := range []string{
		`var s = "x"; while (true) { s = s + s }`,
		`var a = []; while (true) { a.push({n: a.length, s: "some text to fill memory"}) }`,
	} {
		code, body := gizmo(t, base, q)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "memory") {
			t.Errorf("%s: %d %.200s, want 503 and a word on the memory budget", q, code, body)
		}
		answers(t, base, q)
	}
}

// TestServeRefusesOtherSites checks the server's answers to requests a
// hostile web page can make: through DNS rebinding (a Host that is not
// the server's), and across sites (a query or a form that writes).
func TestServeRefusesOtherSites(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	if _, stderr, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatalf("load: %d %s", code, stderr)
	}
	base := startServe(t, dir, db, "--writable")
	u, _ := url.Parse(base)
	q := `g.V().Limit(1).All()`
	cases := []struct {
		name   string
		method string
		path   string
		ctype  string
		body   string
		header map[string]string
		host   string
		want   int
	}{
		{name: "query", method: "POST", path: "/api/v2/query?lang=gizmo", ctype: "application/json", body: q, want: 200},
		{name: "query by localhost", method: "POST", path: "/api/v2/query?lang=gizmo", ctype: "application/json", body: q, host: "localhost:" + u.Port(), want: 200},
		{name: "rebound name", method: "POST", path: "/api/v2/query?lang=gizmo", ctype: "application/json", body: q, host: "attacker.example", want: http.StatusMisdirectedRequest},
		{name: "rebound name, UI", method: "GET", path: "/", host: "attacker.example:" + u.Port(), want: http.StatusMisdirectedRequest},
		{name: "cross-site query", method: "GET", path: "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(q), header: map[string]string{"Sec-Fetch-Site": "cross-site"}, want: http.StatusForbidden},
		{name: "cross-site write", method: "POST", path: "/api/v2/write", ctype: "application/n-quads", body: "<a> <b> <c> .", header: map[string]string{"Origin": "http://attacker.example"}, want: http.StatusForbidden},
		{name: "form write", method: "POST", path: "/api/v2/write", ctype: "text/plain", body: "<a> <b> <c> .", want: http.StatusUnsupportedMediaType},
		{name: "url-encoded write", method: "POST", path: "/api/v2/delete", ctype: "application/x-www-form-urlencoded", body: "<a> <b> <c> .", want: http.StatusUnsupportedMediaType},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, base+c.path, strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.ctype != "" {
				req.Header.Set("Content-Type", c.ctype)
			}
			for k, v := range c.header {
				req.Header.Set(k, v)
			}
			if c.host != "" {
				req.Host = c.host
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != c.want {
				t.Errorf("%d %.200s, want %d", resp.StatusCode, b, c.want)
			}
		})
	}
	// Nothing was written: the graph has no <a> <b> <c>.
	code, body := gizmo(t, base, `g.V("<a>").Out("<b>").All()`)
	if code != 200 || strings.Contains(body, `"<c>"`) || strings.Contains(body, `"c"`) {
		t.Errorf("after the refused writes: %d %s, want no <a> <b> <c>", code, body)
	}
}
