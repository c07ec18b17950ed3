package webui

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
	"testing"
)

func handler(t *testing.T) http.Handler {
	t.Helper()
	h, err := Handler()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func get(t *testing.T, h http.Handler, p string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
	return rec
}

// servedPaths lists every URL path the handler serves.
func servedPaths(t *testing.T) []string {
	t.Helper()
	assets, err := build()
	if err != nil {
		t.Fatal(err)
	}
	var ps []string
	for p := range assets {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

func TestNoServedFileLeavesTheOrigin(t *testing.T) {
	h := handler(t)
	banned := []string{"localhost:64210", "cdn.jsdelivr.net", "fonts.googleapis.com", "fonts.gstatic.com", "storage.googleapis.com", "sourceMappingURL"}
	paths := servedPaths(t)
	if len(paths) < 20 {
		t.Fatalf("only %d files served: %v", len(paths), paths)
	}
	for _, p := range paths {
		rec := get(t, h, p)
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: %d", p, rec.Code)
			continue
		}
		body := rec.Body.String()
		for _, b := range banned {
			// Monaco's files keep their (harmless, same-origin) map comments.
			if b == "sourceMappingURL" && strings.HasPrefix(p, VendorPrefix) {
				continue
			}
			if strings.Contains(body, b) {
				t.Errorf("%s contains %q", p, b)
			}
		}
		if strings.HasSuffix(p, ".map") {
			t.Errorf("source map served: %s", p)
		}
	}
}

func TestIndexAtRoot(t *testing.T) {
	h := handler(t)
	rec := get(t, h, "/")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /: %d", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET /: Content-Type %q", ct)
	}
	body := rec.Body.String()
	if !strings.Contains(body, `<div id="root">`) || !strings.Contains(body, "<title>Cayley</title>") {
		t.Errorf("GET / is not the UI's index.html: %.200s", body)
	}
	// Every script and stylesheet index.html names is served.
	for _, m := range regexp.MustCompile(`(?:src|href)="(/[^"]+)"`).FindAllStringSubmatch(body, -1) {
		if r := get(t, h, m[1]); r.Code != http.StatusOK {
			t.Errorf("index.html names %s: GET gives %d", m[1], r.Code)
		}
	}
	if r := get(t, h, "/index.html"); r.Body.String() != body {
		t.Error("/index.html differs from /")
	}
}

func TestVendoredAssets(t *testing.T) {
	h := handler(t)
	for _, c := range []struct{ path, ctype, holds string }{
		{MonacoBase + "/loader.js", "text/javascript", "define"},
		{MonacoBase + "/editor/editor.main.js", "text/javascript", ""},
		{MonacoBase + "/editor/editor.main.css", "text/css", ""},
		{MonacoBase + "/editor/editor.main.nls.js", "text/javascript", ""},
		{MonacoBase + "/base/worker/workerMain.js", "text/javascript", ""},
		{MonacoBase + "/basic-languages/javascript/javascript.js", "text/javascript", ""},
		{MonacoBase + "/basic-languages/graphql/graphql.js", "text/javascript", ""},
		{MonacoBase + "/language/typescript/tsMode.js", "text/javascript", ""},
		{MonacoBase + "/language/typescript/tsWorker.js", "text/javascript", ""},
		{MonacoBase + "/language/json/jsonMode.js", "text/javascript", ""},
		{MonacoBase + "/language/json/jsonWorker.js", "text/javascript", ""},
		{VendorPrefix + "monaco-editor/LICENSE", "text/plain", "MIT"},
		{FontCSS, "text/css", `font-family: "Material Icons"`},
		{VendorPrefix + "fonts/material-icons/material-icons.woff2", "font/woff2", "wOF2"},
		{VendorPrefix + "fonts/material-icons/LICENSE", "text/plain", "Apache License"},
	} {
		rec := get(t, h, c.path)
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: %d", c.path, rec.Code)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, c.ctype) {
			t.Errorf("GET %s: Content-Type %q, want %s", c.path, ct, c.ctype)
		}
		if !strings.Contains(rec.Body.String(), c.holds) {
			t.Errorf("GET %s: body lacks %q", c.path, c.holds)
		}
	}
	// The font the stylesheet names is served.
	css := get(t, h, FontCSS).Body.String()
	for _, m := range regexp.MustCompile(`url\("?([^")]+)"?\)`).FindAllStringSubmatch(css, -1) {
		u := m[1]
		if !strings.HasPrefix(u, "/") {
			u = strings.TrimSuffix(FontCSS, "material-icons.css") + strings.TrimPrefix(u, "./")
		}
		if r := get(t, h, u); r.Code != http.StatusOK {
			t.Errorf("font CSS names %s: GET gives %d", m[1], r.Code)
		}
	}
}

func TestBundlePatched(t *testing.T) {
	h := handler(t)
	var js, css strings.Builder
	for _, p := range servedPaths(t) {
		if strings.HasPrefix(p, "/static/js/") {
			js.WriteString(get(t, h, p).Body.String())
		}
		if strings.HasPrefix(p, "/static/css/") {
			css.WriteString(get(t, h, p).Body.String())
		}
	}
	for _, want := range []string{`"` + MonacoBase + `/loader.js"`, `monacoBase:"` + MonacoBase + `"`, `de=(n(83),"")`, `/api/v2/query?`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("UI bundle lacks %s", want)
		}
	}
	if strings.Contains(js.String(), `"Query Shape"`) || strings.Contains(js.String(), `c("queryShape")`) {
		t.Error("the Query Shape view is still reachable from the navigation")
	}
	if !strings.Contains(css.String(), "@import url("+FontCSS+")") {
		t.Error("the UI's stylesheet does not import the vendored font CSS")
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	h := handler(t)
	for _, p := range []string{"/nope", "/vendor/", "/static/js/", "/vendor/../../etc/passwd"} {
		if rec := get(t, h, p); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, rec.Code)
		}
	}
	for _, p := range servedPaths(t) {
		if strings.HasSuffix(p, ".map") || strings.HasPrefix(p, "/precache-manifest") {
			t.Errorf("%s served", p)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", strings.NewReader("x")))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d, want 405", rec.Code)
	}
	// HEAD and conditional GET work.
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, MonacoBase+"/loader.js", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("HEAD loader.js: %d", rec.Code)
	}
	etag := rec.Header().Get("ETag")
	req := httptest.NewRequest(http.MethodGet, MonacoBase+"/loader.js", nil)
	req.Header.Set("If-None-Match", etag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("conditional GET loader.js: %d, want 304", rec.Code)
	}
	b, _ := io.ReadAll(get(t, h, "/service-worker.js").Body)
	if !strings.Contains(string(b), "unregister") {
		t.Errorf("service-worker.js is not the self-removing one: %s", b)
	}
}

func TestExplorer(t *testing.T) {
	h := handler(t)
	rec := get(t, h, "/explore")
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "explore/" {
		t.Errorf("GET /explore: %d to %q, want a redirect to explore/", rec.Code, rec.Header().Get("Location"))
	}
	rec = get(t, h, "/explore/")
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET /explore/: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	page := rec.Body.String()
	for _, want := range []string{`src="../vendor/cytoscape/cytoscape.min.js"`, `src="explore.js"`, `href="explore.css"`, `href="../"`, "natokg explorer"} {
		if !strings.Contains(page, want) {
			t.Errorf("the explorer page lacks %s", want)
		}
	}
	for _, p := range []string{"/explore/explore.js", "/explore/explore.css", VendorPrefix + "cytoscape/cytoscape.min.js", VendorPrefix + "cytoscape/LICENSE"} {
		if rec := get(t, h, p); rec.Code != http.StatusOK || rec.Body.Len() == 0 {
			t.Errorf("GET %s: %d, %d bytes", p, rec.Code, rec.Body.Len())
		}
	}
	// Every URL of the page is relative, so it works under any address.
	abs := regexp.MustCompile(`(?:src|href)="/|fetch\("/|"/api/`)
	for _, p := range []string{"/explore/", "/explore/explore.js"} {
		if m := abs.FindString(get(t, h, p).Body.String()); m != "" {
			t.Errorf("%s has an absolute URL: %s", p, m)
		}
	}
	// Cayley's UI links to the explorer.
	if !strings.Contains(get(t, h, "/").Body.String(), `href="explore/"`) {
		t.Error("Cayley's UI at / has no link to explore/")
	}
}
