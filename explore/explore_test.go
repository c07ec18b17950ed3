package explore_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/explore"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

// shippedExtractor is the shipped extractor, loaded once for all tests.
var shippedExtractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.Load(data.Gazetteer) })

// bundledStore loads the bundled releases into an in-memory store.
func bundledStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	x, err := shippedExtractor()
	if err != nil {
		t.Fatal(err)
	}
	l := loader.New(x)
	s, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	srcs, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range srcs {
		err := l.Each(ctx, src, func(r loader.Result) error {
			_, err := s.WriteRelease(ctx, r.IRI, r.Quads)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// explorer serves the explorer on the bundled releases at /api/explore
// and returns a function that GETs a path (under it) and decodes the
// JSON answer.
func explorer(t *testing.T) func(path string) (int, map[string]any) {
	t.Helper()
	srv := httptest.NewServer(explore.Handler("/api/explore", bundledStore(t), explore.Options{Timeout: 20 * time.Second}))
	t.Cleanup(srv.Close)
	return func(path string) (int, map[string]any) {
		t.Helper()
		resp, err := http.Get(srv.URL + "/api/explore/" + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: Content-Type %q", path, ct)
		}
		var v map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return resp.StatusCode, v
	}
}

const (
	rutte        = "https://natokg.example/person/mark-rutte"
	frostadottir = "https://natokg.example/person/kristrun-frostadottir"
	meeting      = "https://natokg.example/event/2025-05-28-meeting-nato-headquarters"
	nato         = "https://natokg.example/org/north-atlantic-treaty-organization"
	welcomes     = "https://natokg.example/release/2025-05-28-nato-secretary-general-welcomes-icelandic-prime-minister-to-nato-headquarters"
	meets        = "https://natokg.example/release/2025-05-28-nato-secretary-general-meets-the-prime-minister-of-iceland"
	metSentence  = "met Icelandic Prime Minister Kristrún Frostadóttir"
)

// list is v[key] as a list of objects.
func list(v map[string]any, key string) []map[string]any {
	var out []map[string]any
	l, _ := v[key].([]any)
	for _, x := range l {
		m, _ := x.(map[string]any)
		out = append(out, m)
	}
	return out
}

func q(s string) string { return url.QueryEscape(s) }

func TestSearch(t *testing.T) {
	get := explorer(t)
	tests := []struct {
		q, name, kind string
	}{
		{"frostad", "Kristrún Frostadóttir", "person"},
		{"rutte", "Mark Rutte", "person"},
		{"RUTTE", "Mark Rutte", "person"},
		{"mark rut", "Mark Rutte", "person"},
		{"Frostadottir", "Kristrún Frostadóttir", "person"},
		{"kristrún frostadóttir", "Kristrún Frostadóttir", "person"},
		{"dayton", "Dayton", "place"},
	}
	for _, tt := range tests {
		code, v := get("search?q=" + q(tt.q))
		rows := list(v, "rows")
		if code != 200 || len(rows) == 0 {
			t.Errorf("search %q: %d %v", tt.q, code, v)
			continue
		}
		if rows[0]["name"] != tt.name || rows[0]["kind"] != tt.kind {
			t.Errorf("search %q: first row %v, want %s (%s)", tt.q, rows[0], tt.name, tt.kind)
		}
		for _, r := range rows {
			if id, _ := r["id"].(string); !strings.HasPrefix(id, "https://") || r["name"] == id || r["name"] == "" {
				t.Errorf("search %q: row %v: want an IRI and a name", tt.q, r)
			}
		}
		if v["more"] != false {
			t.Errorf("search %q: more = %v, want false", tt.q, v["more"])
		}
	}
}

// edgeLabels is the labels of the edges of a neighbourhood, and names
// the names of its nodes.
func neighbourhood(t *testing.T, v map[string]any) (labels, names map[string]bool) {
	t.Helper()
	labels, names = map[string]bool{}, map[string]bool{}
	for _, e := range list(v, "edges") {
		labels[e["label"].(string)] = true
		for _, end := range []string{"source", "target"} {
			if s, _ := e[end].(string); !strings.HasPrefix(s, "https://") {
				t.Errorf("edge %v: %s is no IRI", e, end)
			}
		}
	}
	for _, n := range list(v, "nodes") {
		name, _ := n["name"].(string)
		if name == "" || name == n["id"] || strings.HasPrefix(name, "http") || n["kind"] == "" {
			t.Errorf("node %v: want a name (not its IRI) and a kind", n)
		}
		names[name] = true
	}
	return labels, names
}

func TestNode(t *testing.T) {
	get := explorer(t)
	tests := []struct {
		name, path  string
		node        string
		wantNames   []string
		wantLabels  []string
		wantNoNames []string
	}{
		{"person", "node?id=" + q(rutte), "Mark Rutte",
			[]string{"Kristrún Frostadóttir", "North Atlantic Treaty Organization", "Meeting of Mark Rutte and Kristrún Frostadóttir at NATO Headquarters, 2025-05-28"},
			[]string{"holds: Secretary General", "met", "attended"}, nil},
		{"person, narrowed by date", "node?id=" + q(rutte) + "&from=2025-05-26&to=2025-05-27", "Mark Rutte",
			[]string{"Visit of Mark Rutte in Dayton, 2025-05-26", "North Atlantic Treaty Organization"},
			[]string{"holds: Secretary General", "attended"},
			[]string{"Kristrún Frostadóttir", "Meeting of Mark Rutte and Kristrún Frostadóttir at NATO Headquarters, 2025-05-28"}},
		{"event", "node?id=" + q(meeting), "Meeting of Mark Rutte and Kristrún Frostadóttir at NATO Headquarters, 2025-05-28",
			[]string{"Mark Rutte", "Kristrún Frostadóttir", "NATO Headquarters"},
			[]string{"attended", "in"}, nil},
		{"organisation", "node?id=" + q(nato) + "&limit=500", "North Atlantic Treaty Organization",
			[]string{"Mark Rutte"}, []string{"holds: Secretary General"}, nil},
		{"person, IRI in brackets", "node?id=" + q("<"+frostadottir+">"), "Kristrún Frostadóttir",
			[]string{"Mark Rutte", "Iceland"}, []string{"holds: Prime Minister", "met"}, nil},
	}
	for _, tt := range tests {
		code, v := get(tt.path)
		if code != 200 {
			t.Errorf("%s: %d %v", tt.name, code, v)
			continue
		}
		if n, _ := v["node"].(map[string]any); n["name"] != tt.node {
			t.Errorf("%s: node %v, want %q", tt.name, v["node"], tt.node)
		}
		labels, names := neighbourhood(t, v)
		for _, n := range tt.wantNames {
			if !names[n] {
				t.Errorf("%s: no node named %q among %v", tt.name, n, names)
			}
		}
		for _, n := range tt.wantNoNames {
			if names[n] {
				t.Errorf("%s: node %q, outside the dates", tt.name, n)
			}
		}
		for _, l := range tt.wantLabels {
			if !labels[l] {
				t.Errorf("%s: no edge labelled %q among %v", tt.name, l, labels)
			}
		}
	}
}

func TestEvidence(t *testing.T) {
	get := explorer(t)
	edge := func(source, target, relation string) string {
		return "evidence?source=" + q(source) + "&target=" + q(target) + "&relation=" + q(relation)
	}
	tests := []struct {
		name, path string
		text       string // a fact's text holds it
		sentence   string // that fact's sentence holds it
		release    string
	}{
		{"met", edge(rutte, frostadottir, "met"), "Mark Rutte and Kristrún Frostadóttir attended Meeting", metSentence, welcomes},
		{"met, the other way", edge(frostadottir, rutte, "met"), "attended Meeting", metSentence, welcomes},
		{"attended", edge(frostadottir, meeting, "attended"), "Kristrún Frostadóttir attended Meeting", metSentence, welcomes},
		{"attended, the release announcing it", edge(rutte, meeting, "attended"), "Mark Rutte attended Meeting", "will receive the Prime Minister of Iceland", meets},
		{"holds", edge(rutte, nato, "holds"), "Mark Rutte holds: Secretary General", metSentence, welcomes},
		{"in", edge(meeting, "https://natokg.example/place/nato-headquarters", "in"), "took place in NATO Headquarters", "welcomes Icelandic Prime Minister to NATO Headquarters", welcomes},
		{"node", "evidence?id=" + q(frostadottir), "person: Kristrún Frostadóttir", metSentence, welcomes},
		{"node, a post held", "evidence?id=" + q(frostadottir), "post: Kristrún Frostadóttir is Prime Minister, Iceland", metSentence, welcomes},
	}
	for _, tt := range tests {
		code, v := get(tt.path)
		facts := list(v, "facts")
		if code != 200 || len(facts) == 0 {
			t.Errorf("%s: %d %v", tt.name, code, v)
			continue
		}
		found := false
		for _, f := range facts {
			for _, k := range []string{"text", "sentence", "release", "title", "date", "explain"} {
				if s, _ := f[k].(string); s == "" {
					t.Errorf("%s: fact %v has no %s", tt.name, f, k)
				}
			}
			text, _ := f["text"].(string)
			sentence, _ := f["sentence"].(string)
			if strings.Contains(text, tt.text) && strings.Contains(sentence, tt.sentence) && f["release"] == tt.release {
				found = true
				if f["explain"] != "/api/explore/release?id="+q(tt.release) {
					t.Errorf("%s: explain %v", tt.name, f["explain"])
				}
			}
		}
		if !found {
			t.Errorf("%s: no fact %q from the sentence with %q of %s among %v", tt.name, tt.text, tt.sentence, tt.release, facts)
		}
	}
}

func TestRelease(t *testing.T) {
	get := explorer(t)
	code, v := get("release?id=" + q(welcomes))
	if code != 200 || v["title"] != "NATO Secretary General welcomes Icelandic Prime Minister to NATO Headquarters" || v["date"] != "2025-05-28" || v["release"] != welcomes {
		t.Fatalf("release: %d %v", code, v)
	}
	found := false
	for _, s := range list(v, "sentences") {
		facts, _ := s["facts"].([]any)
		if len(facts) == 0 {
			t.Errorf("sentence %v has no facts", s)
		}
		if text, _ := s["text"].(string); strings.Contains(text, metSentence) {
			for _, f := range facts {
				if f == "person: Kristrún Frostadóttir  also: Frostadóttir, Prime Minister Frostadóttir" {
					found = true
				}
			}
		}
	}
	if !found {
		t.Errorf("no sentence with %q and Frostadóttir's fact: %v", metSentence, v["sentences"])
	}
	// The evidence's link to the release answers.
	_, ev := get("evidence?id=" + q(frostadottir))
	link, _ := list(ev, "facts")[0]["explain"].(string)
	if code, v := get(strings.TrimPrefix(link, "/api/explore/")); code != 200 || len(list(v, "sentences")) == 0 {
		t.Errorf("%s: %d %v", link, code, v)
	}
}

// TestPaging reads each answer whole, then a page at a time: the pages
// make up the whole, and "more" is set on every page but the last.
func TestPaging(t *testing.T) {
	get := explorer(t)
	tests := []struct {
		path, key string
	}{
		{"search?q=rutte", "rows"},
		{"node?id=" + q(rutte), "edges"},
		{"node?id=" + q(nato), "edges"},
		{"evidence?id=" + q(rutte), "facts"},
		{"evidence?source=" + q(rutte) + "&target=" + q(frostadottir) + "&relation=met", "facts"},
		{"release?id=" + q(welcomes), "sentences"},
	}
	for _, tt := range tests {
		code, v := get(tt.path)
		whole := list(v, tt.key)
		if code != 200 || len(whole) < 3 || v["more"] != false {
			t.Errorf("%s: %d, %d %s, more %v; want 3 or more and no more", tt.path, code, len(whole), tt.key, v["more"])
			continue
		}
		var pages []map[string]any
		for off := 0; off < len(whole); off += 2 {
			code, v := get(tt.path + "&limit=2&offset=" + strconv.Itoa(off))
			page := list(v, tt.key)
			wantMore := off+2 < len(whole)
			if code != 200 || v["more"] != wantMore || len(page) > 2 {
				t.Errorf("%s offset %d: %d, %d rows, more %v; want more %v", tt.path, off, code, len(page), v["more"], wantMore)
			}
			pages = append(pages, page...)
		}
		a, _ := json.Marshal(whole)
		b, _ := json.Marshal(pages)
		if string(a) != string(b) {
			t.Errorf("%s: the pages\n%s\nare not the whole\n%s", tt.path, b, a)
		}
		// Past the end: an empty page, no more.
		if code, v := get(tt.path + "&offset=1000"); code != 200 || len(list(v, tt.key)) != 0 || v["more"] != false {
			t.Errorf("%s past the end: %d %v", tt.path, code, v)
		}
	}
}

func TestBadRequests(t *testing.T) {
	get := explorer(t)
	tests := []struct {
		path  string
		code  int
		param string // the parameter the error names ("" for none)
		msg   string // the error says it
	}{
		{"search", 400, "q", "?q="},
		{"search?q=", 400, "q", "?q="},
		{"search?q=%2C%2C", 400, "q", "no word"},
		{"search?q=zzzzqq", 404, "q", "no person, organisation, place or event"},
		{"search?q=rutte&limit=0", 400, "limit", "limit"},
		{"search?q=rutte&limit=501", 400, "limit", "1 to 500"},
		{"search?q=rutte&limit=x", 400, "limit", "limit"},
		{"search?q=rutte&offset=-1", 400, "offset", "offset"},
		{"search?q=rutte&name=x", 400, "name", "no parameter"},
		{"node", 400, "id", "?id="},
		{"node?id=mark-rutte", 400, "id", "not an IRI"},
		{"node?id=" + q("https://natokg.example/person/nobody"), 404, "id", "holds no node"},
		{"node?id=" + q(rutte) + "&from=2025-13-01", 400, "from", "not a date"},
		{"node?id=" + q(rutte) + "&from=2025-06-01&to=2025-05-01", 400, "from", "after"},
		{"evidence", 400, "id", "?id="},
		{"evidence?id=" + q(rutte) + "&relation=met", 400, "id", "not both"},
		{"evidence?source=" + q(rutte) + "&target=" + q(frostadottir), 400, "relation", "?relation="},
		{"evidence?source=" + q(rutte) + "&target=" + q(frostadottir) + "&relation=likes", 400, "relation", "not a relation"},
		{"evidence?source=" + q(rutte) + "&target=" + q(nato) + "&relation=met", 404, "relation", "no release says"},
		{"evidence?source=" + q(rutte) + "&target=" + q("https://natokg.example/person/nobody") + "&relation=met", 404, "target", "holds no node"},
		{"evidence?id=" + q("https://natokg.example/person/nobody"), 404, "id", "holds no node"},
		{"release", 400, "id", "?id="},
		{"release?id=" + q("https://natokg.example/release/none"), 404, "", "holds no release"},
		{"release?id=" + q(rutte), 404, "", "holds no release"},
		{"nothing", 404, "", "no endpoint"},
	}
	for _, tt := range tests {
		code, v := get(tt.path)
		msg, _ := v["error"].(string)
		if code != tt.code || !strings.Contains(msg, tt.msg) {
			t.Errorf("%s: %d %q; want %d and an error saying %q", tt.path, code, msg, tt.code, tt.msg)
		}
		if p, _ := v["param"].(string); p != tt.param {
			t.Errorf("%s: param %q, want %q", tt.path, p, tt.param)
		}
		if tt.param != "" && !strings.Contains(msg, tt.param) {
			t.Errorf("%s: the error %q does not name %s", tt.path, msg, tt.param)
		}
	}
}

// TestConcurrent asks the explorer many things at once (go test -race).
func TestConcurrent(t *testing.T) {
	get := explorer(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, p := range []string{"search?q=frostad", "node?id=" + q(rutte), "evidence?id=" + q(frostadottir), "release?id=" + q(meets)} {
				if code, v := get(p); code != 200 {
					t.Errorf("%s: %d %v", p, code, v)
				}
			}
		}()
	}
	wg.Wait()
}

// TestTimeout: a request that runs out of time is a 504 that says so.
func TestTimeout(t *testing.T) {
	srv := httptest.NewServer(explore.Handler("/api/explore", bundledStore(t), explore.Options{Timeout: time.Nanosecond}))
	defer srv.Close()
	for _, p := range []string{"search?q=rutte", "node?id=" + q(rutte), "evidence?id=" + q(rutte), "release?id=" + q(meets)} {
		resp, err := http.Get(srv.URL + "/api/explore/" + p)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		json.NewDecoder(resp.Body).Decode(&v)
		resp.Body.Close()
		if msg, _ := v["error"].(string); resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(msg, "out of time") {
			t.Errorf("%s: %d %v, want 504 and out of time", p, resp.StatusCode, v)
		}
	}
}
