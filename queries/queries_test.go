package queries_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/internal/pgtest"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
	"github.com/natokg/natokg/queries"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// bundledStore loads the bundled releases into an in-memory store.
func bundledStore(t *testing.T) *graph.Store {
	t.Helper()
	return bundledStoreAt(t, "memory")
}

// backends are the stores every library query runs on, with the same
// answers: in memory, Bolt, and PostgreSQL when $NATOKG_TEST_POSTGRES
// names a server.
var backends = []struct {
	name string
	addr func(t *testing.T) string
}{
	{"memory", func(*testing.T) string { return "memory" }},
	{"bolt", func(t *testing.T) string { return "bolt:" + filepath.Join(t.TempDir(), "kg") }},
	{"postgres", func(t *testing.T) string { return pgtest.Addr(t) }},
}

// shippedExtractor is the shipped extractor, loaded once for all tests.
var shippedExtractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.Load(data.Gazetteer) })

// bundledStoreAt loads the bundled releases into the store at addr.
func bundledStoreAt(t *testing.T, addr string) *graph.Store {
	t.Helper()
	return bundledStoreWith(t, addr, func(s *graph.Store, r loader.Result) error {
		_, err := s.WriteRelease(context.Background(), r.IRI, r.Quads)
		return err
	})
}

// bundledStoreWith reads the bundled releases and has write store each
// one in the store at addr.
func bundledStoreWith(t *testing.T, addr string, write func(*graph.Store, loader.Result) error) *graph.Store {
	t.Helper()
	srcs, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	return storeFrom(t, addr, srcs, write)
}

// storeOf returns a memory store of the releases in the file at path.
func storeOf(t *testing.T, path string) *graph.Store {
	t.Helper()
	srcs, errs := loader.FileSources([]string{path})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return storeFrom(t, "memory", srcs, func(s *graph.Store, r loader.Result) error {
		_, err := s.WriteRelease(context.Background(), r.IRI, r.Quads)
		return err
	})
}

// storeFrom reads the releases of srcs and has write store each one in
// the store at addr.
func storeFrom(t *testing.T, addr string, srcs []loader.Source, write func(*graph.Store, loader.Result) error) *graph.Store {
	t.Helper()
	ctx := context.Background()
	x, err := shippedExtractor()
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	l := loader.New(x)
	for _, src := range srcs {
		if err := l.Each(ctx, src, func(r loader.Result) error { return write(s, r) }); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// run runs a library query and returns all its rows, or the page that
// "limit" and "offset" in params ask for, as the HTTP API reads them.
func run(t *testing.T, s *graph.Store, name string, params map[string]string) []map[string]any {
	t.Helper()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	rest, page := map[string]string{}, queries.Page{}
	for k, v := range params {
		switch k {
		case "limit":
			page.Limit, _ = strconv.Atoi(v)
		case "offset":
			page.Offset, _ = strconv.Atoi(v)
		default:
			rest[k] = v
		}
	}
	res, err := queries.Run(context.Background(), runner(s), q, rest, page)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []map[string]any
	for _, r := range res.Rows {
		m, ok := r.(map[string]any)
		if !ok {
			t.Fatalf("%s: result %v is not an object", name, r)
		}
		out = append(out, m)
	}
	return out
}

// runner runs Gizmo programs on s.
func runner(s *graph.Store) queries.Runner {
	return func(ctx context.Context, text string) ([]any, error) {
		return s.Query(ctx, "gizmo", text, 0)
	}
}

// TestLibrary runs each library query on the bundled graph and compares
// its answer with testdata/NAME-CASE.json (go test -update rewrites them
// after review). Each case says what a user would check too.
func TestLibrary(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			testLibrary(t, bundledStoreAt(t, b.addr(t)), b.name == "memory" && *update)
		})
	}
}

func testLibrary(t *testing.T, s *graph.Store, update bool) {
	cases := []struct {
		name, file string
		params     map[string]string
		check      func(t *testing.T, res []map[string]any)
	}{
		{"post-holders", "sg-on-date", map[string]string{"role": "secretary general", "on": "2025-05-27"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 1 || res[0]["person"] != "Mark Rutte" || res[0]["from"].(string) > "2025-05-27" || res[0]["to"].(string) < "2025-05-27" {
				t.Errorf("Secretary General on 2025-05-27: %v, want Mark Rutte, in releases from before that day to after it", res)
			}
		}},
		{"post-holders", "pm-of-iceland", map[string]string{"role": "Prime Minister", "org": "Iceland"}, func(t *testing.T, res []map[string]any) {
			if len(res) == 0 || res[0]["person"] != "Kristrún Frostadóttir" {
				t.Errorf("Prime Minister of Iceland: %v", res)
			}
		}},
		{"person-posts", "frostadottir", map[string]string{"person": "frostadottir"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 2 || res[0]["role"] != "Prime Minister" || res[0]["org"] != "Iceland" {
				t.Errorf("posts of Frostadóttir, typed without diacritics: %v, want Prime Minister of Iceland in two releases", res)
			}
		}},
		{"tenure", "rutte-secretary-general", map[string]string{"person": "Rutte", "role": "secretary general"}, func(t *testing.T, res []map[string]any) {
			// The bundled releases give him the post on 26, 28 and 28 May.
			if len(res) != 1 || res[0]["from"] != "2025-05-26" || res[0]["to"] != "2025-05-28" || num(res[0]["releases"]) != 3 || res[0]["role"] != "Secretary General" {
				t.Errorf("Rutte as Secretary General: %v, want one span from 2025-05-26 to 2025-05-28 in 3 releases", res)
			}
		}},
		{"people-met", "rutte", map[string]string{"person": "rutte"}, func(t *testing.T, res []map[string]any) {
			found := false
			for _, r := range res {
				if r["met"] == "Kristrún Frostadóttir" && r["date"] == "2025-05-28" && r["source"] != nil && r["target"] != nil {
					found = true
				}
			}
			if !found {
				t.Errorf("Rutte met %v, want Kristrún Frostadóttir on 2025-05-28, tagged source and target", res)
			}
		}},
		{"quotes", "rutte-ukraine", map[string]string{"person": "Mark Rutte", "about": "Ukraine"}, func(t *testing.T, res []map[string]any) {
			if len(res) == 0 {
				t.Fatal("no quotation of Rutte about Ukraine")
			}
			for _, r := range res {
				if !strings.Contains(r["quote"].(string), "Ukraine") {
					t.Errorf("quotation %q is not about Ukraine", r["quote"])
				}
			}
		}},
		{"person-events", "rutte", map[string]string{"person": "rutte"}, func(t *testing.T, res []map[string]any) {
			found := false
			for _, r := range res {
				if r["date"] == "2025-05-28" && r["kind"] == "meeting" && r["place"] == "NATO Headquarters" && len(strs(r["releases"])) == 2 {
					found = true
				}
				if r["person"] != "Mark Rutte" {
					t.Errorf("row for %v, want only Mark Rutte", r["person"])
				}
			}
			if !found {
				t.Errorf("Rutte's events %v, want the meeting of 2025-05-28 at NATO Headquarters, from two releases", res)
			}
			checkSorted(t, res, "date")
		}},
		{"place-activity", "brussels-may-2025", map[string]string{"place": "Brussels", "from": "2025-05-01", "to": "2025-05-31"}, func(t *testing.T, res []map[string]any) {
			people := map[string]bool{}
			at := map[string]bool{}
			for _, r := range res {
				for _, p := range strs(r["attendees"]) {
					people[p] = true
				}
				at[r["at"].(string)] = true
				if d := r["date"].(string); d < "2025-05-01" || d > "2025-05-31" {
					t.Errorf("event %q of %s is not in May 2025", r["event"], d)
				}
			}
			for _, p := range []string{"Kristrún Frostadóttir", "Mark Rutte", "Radmila Shekerinska", "Delphine Pronk"} {
				if !people[p] {
					t.Errorf("attendees in Brussels in May 2025 lack %s: %v", p, res)
				}
			}
			if !at["Egmont Palace"] || !at["NATO Headquarters"] {
				t.Errorf("places within Brussels: %v, want Egmont Palace and NATO Headquarters", at)
			}
		}},
		{"place-activity", "ohio", map[string]string{"place": "ohio"}, func(t *testing.T, res []map[string]any) {
			// Ohio takes in Dayton, which takes in Wright-Patterson Air Force Base.
			at := map[string]bool{}
			for _, r := range res {
				at[r["at"].(string)] = true
			}
			for a := range at {
				if a != "Dayton" && a != "Wright-Patterson Air Force Base" {
					t.Errorf("event at %s in Ohio's answer; the releases place events in Ohio only in Dayton and at Wright-Patterson Air Force Base", a)
				}
			}
			if len(res) < 4 || !at["Dayton"] || !at["Wright-Patterson Air Force Base"] {
				t.Errorf("events in Ohio: %v, want 4 or more, in Dayton and at Wright-Patterson Air Force Base", res)
			}
		}},
		{"events-between", "2025-05-22-23", map[string]string{"from": "2025-05-22", "to": "2025-05-23"}, func(t *testing.T, res []map[string]any) {
			days := map[string]bool{}
			for _, r := range res {
				d := r["date"].(string)
				days[d] = true
				switch {
				case len(d) == 10 && (d < "2025-05-22" || d > "2025-05-23"):
					t.Errorf("event %q of %s is outside 2025-05-22..23", r["event"], d)
				case len(d) < 10 && !strings.HasPrefix("2025-05", d):
					t.Errorf("event %q of %s does not overlap 2025-05-22..23", r["event"], d)
				}
			}
			if !days["2025-05-22"] || !days["2025-05-23"] {
				t.Errorf("events %v, want those of 2025-05-22 and 2025-05-23", res)
			}
			found := false
			for _, r := range res {
				if r["date"] == "2025-05-23" && len(strs(r["attendees"])) == 2 && len(strs(r["organizers"])) == 1 && strs(r["organizers"])[0] == "International Military Staff" {
					found = true
				}
			}
			if !found {
				t.Errorf("events %v, want the IMS meeting of 2025-05-23 with its two attendees and organiser", res)
			}
			checkSorted(t, res, "date")
		}},
		{"events-between", "may-meetings", map[string]string{"from": "2025-05", "to": "2025-05", "kind": "meeting"}, func(t *testing.T, res []map[string]any) {
			egmont := false
			for _, r := range res {
				if r["kind"] != "meeting" {
					t.Errorf("event %q is a %v, not a meeting", r["event"], r["kind"])
				}
				if !strings.HasPrefix(r["date"].(string), "2025-05") {
					t.Errorf("meeting %q of %v is not in May 2025", r["event"], r["date"])
				}
				egmont = egmont || r["place"] == "Egmont Palace"
			}
			if !egmont {
				t.Errorf("meetings of May 2025 %v lack the one at Egmont Palace", res)
			}
		}},
		{"person-orgs", "rutte", map[string]string{"person": "Rutte", "mentioned": "yes"}, func(t *testing.T, res []map[string]any) {
			how := map[string]bool{}
			for _, r := range res {
				how[r["how"].(string)+"|"+r["org"].(string)] = true
				if num(r["count"]) < 1 || r["first"] == "" || r["last"] == "" || r["from"].(string) > r["to"].(string) {
					t.Errorf("row %v: want a count, the first and last releases and their dates in order", r)
				}
			}
			for _, k := range []string{"post|North Atlantic Treaty Organization", "event|NATO Parliamentary Assembly", "mentioned|Government of Iceland"} {
				if !how[k] {
					t.Errorf("Rutte's organisations %v lack %s", res, k)
				}
			}
		}},
		{"person-orgs", "frostadottir", map[string]string{"person": "Frostadottir"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 1 || res[0]["how"] != "post" || res[0]["org"] != "Iceland" || num(res[0]["count"]) != 2 {
				t.Errorf("Frostadóttir's organisations without mentions: %v, want her post in Iceland, from two releases", res)
			}
		}},
		{"mentions", "dayton", map[string]string{"entity": "Dayton"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 2 || res[0]["date"] != "2025-05-26" || res[1]["date"] != "2025-05-22" {
				t.Fatalf("releases that mention Dayton: %v, want those of 2025-05-26 and 2025-05-22, newest first", res)
			}
			if !strings.Contains(res[1]["headline"].(string), "Dayton") {
				t.Errorf("the older release's headline %q does not name Dayton", res[1]["headline"])
			}
		}},
		{"path", "rutte-frostadottir", map[string]string{"from": "Mark Rutte", "to": "Kristrún Frostadóttir"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 3 {
				t.Fatalf("path from Rutte to Frostadóttir: %v, want 2 links", res)
			}
			if res[0]["name"] != "Mark Rutte" || res[2]["name"] != "Kristrún Frostadóttir" || !strings.Contains(res[1]["node"].(string), "/event/") {
				t.Errorf("path %v, want Mark Rutte, an event, Kristrún Frostadóttir", res)
			}
			for i, r := range res[1:] {
				if r["source"] == nil || r["target"] == nil || r["via"] == "" {
					t.Errorf("step %d: %v, want source, target and via", i+1, r)
				}
			}
		}},
		{"path", "rutte-rohling", map[string]string{"from": "Rutte", "to": "Rohling"}, func(t *testing.T, res []map[string]any) {
			// At the default depth of 4 links: Rutte attended a visit in
			// Dayton, where Rohling attended a panel discussion; not the
			// path of as many links through "mentioned in" a release.
			if len(res) != 5 || res[0]["name"] != "Mark Rutte" || res[2]["name"] != "Dayton" || res[4]["name"] != "Andrew M. Rohling" {
				t.Fatalf("path from Rutte to Rohling: %v, want 4 links through Dayton", res)
			}
			for _, r := range res[1:] {
				if via := r["via"].(string); via == "mentions" || via == "mentioned in" || via == "about" || via == "reported in" {
					t.Errorf("step %v goes through a release (%s) where events link them", r["step"], via)
				}
			}
		}},
		{"path", "rohling-rutte-depth-5", map[string]string{"from": "Rohling", "to": "Mark Rutte", "depth": "5"}, func(t *testing.T, res []map[string]any) {
			// A larger depth finds no longer path: the shortest, reversed.
			if len(res) != 5 || res[0]["name"] != "Andrew M. Rohling" || res[2]["name"] != "Dayton" || res[4]["name"] != "Mark Rutte" {
				t.Errorf("path from Rohling to Rutte within 5 links: %v, want the same 4 links", res)
			}
		}},
		{"most-connected", "top-3", map[string]string{"limit": "3"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 3 || res[0]["person"] != "Mark Rutte" || num(res[0]["degree"]) != 1 {
				t.Fatalf("most connected: %v, want 3 rows, Mark Rutte first, who met one person", res)
			}
			if n := len(run(t, s, "person-events", map[string]string{"person": "Mark Rutte"})); num(res[0]["events"]) != float64(n) {
				t.Errorf("most-connected gives Rutte %v events, person-events %d", res[0]["events"], n)
			}
			checkSorted(t, res, "degree")
		}},
		{"timeline", "rutte", map[string]string{"person": "Rutte"}, func(t *testing.T, res []map[string]any) {
			items := map[string]int{}
			for _, r := range res {
				items[r["item"].(string)]++
			}
			p := map[string]string{"person": "Rutte"}
			want := map[string]int{
				"event": len(run(t, s, "person-events", p)),
				"post":  len(run(t, s, "person-posts", p)),
				"quote": len(run(t, s, "quotes", p)),
			}
			if items["event"] != want["event"] || items["post"] != want["post"] || items["quote"] != want["quote"] || items["quote"] == 0 {
				t.Errorf("Rutte's timeline has %v, want as many as person-events, person-posts and quotes give: %v", items, want)
			}
			checkSorted(t, res, "date")
		}},
		{"timeline", "frostadottir-2025-05-28", map[string]string{"person": "frostadottir", "from": "2025-05-28", "to": "2025-05-28"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 4 {
				t.Errorf("Frostadóttir's timeline on 2025-05-28: %v, want 2 events and 2 posts", res)
			}
			for _, r := range res {
				if r["date"] != "2025-05-28" {
					t.Errorf("item of %v outside 2025-05-28", r["date"])
				}
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name+"/"+c.file, func(t *testing.T) {
			res := run(t, s, c.name, c.params)
			c.check(t, res)
			// Each release states its facts in quads of its own, so a
			// raw traversal meets a node once per release; a library
			// answer holds each row once.
			rows := map[string]int{}
			for i, r := range res {
				b, _ := json.Marshal(r)
				if j, ok := rows[string(b)]; ok {
					t.Errorf("rows %d and %d are the same: %s", j, i, b)
				}
				rows[string(b)] = i
			}
			got, _ := json.MarshalIndent(res, "", "  ")
			path := filepath.Join("testdata", c.name+"-"+c.file+".json")
			if update {
				os.MkdirAll("testdata", 0o755)
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("%s gives\n%s\nwant (%s)\n%s", c.name, got, path, want)
			}
		})
	}
}

// strs is a JSON list of strings.
func strs(v any) []string {
	l, _ := v.([]any)
	var out []string
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// num is a number of a result, whatever its Go type.
func num(v any) float64 {
	switch n := v.(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	case int:
		return float64(n)
	}
	return -1
}

// checkSorted fails unless res is in descending order of key (newest
// first, for a date), rows without a value last.
func checkSorted(t *testing.T, res []map[string]any, key string) {
	t.Helper()
	for i := 1; i < len(res); i++ {
		a, b := res[i-1][key], res[i][key]
		switch a := a.(type) {
		case float64, int64, int:
			if num(b) > num(a) {
				t.Errorf("%s not descending at row %d: %v then %v", key, i, a, b)
			}
		case string:
			if bs := b.(string); a == "" && bs != "" || bs > a {
				t.Errorf("%s not newest first at row %d: %q then %q", key, i, a, bs)
			}
		}
	}
}

func TestLibraryDocs(t *testing.T) {
	qs, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 12 {
		t.Fatalf("library holds %d queries", len(qs))
	}
	for _, q := range qs {
		if q.Summary == "" || q.Example == "" || !strings.Contains(q.Example, q.Name) {
			t.Errorf("%s: summary %q, example %q: each query needs both", q.Name, q.Summary, q.Example)
		}
		// Its rows go out through emitRows, which pages them.
		if strings.Contains(q.Text, "g.Emit(") || !strings.Contains(q.Text, "emitRows(") {
			t.Errorf("%s emits its rows itself: an answer is paged only through emitRows", q.Name)
		}
	}
}

func TestParamsAreData(t *testing.T) {
	s := bundledStore(t)
	// A value that would break out of a pasted string runs as data: a
	// name that matches no one.
	q, _ := queries.Get("person-posts")
	hostile := `"); g.Emit("pwned"); ("`
	res, err := queries.Run(context.Background(), runner(s), q, map[string]string{"person": hostile}, queries.Page{})
	var qe *queries.Error
	if len(res.Rows) != 0 || !errors.As(err, &qe) || qe.Status != 404 || !strings.Contains(qe.Msg, "no person matches") {
		t.Errorf("a hostile parameter gave %v, %v; want no result and no person matching", res, err)
	}
	if _, err := q.Script(nil); err == nil {
		t.Error("a missing required parameter was accepted")
	}
	if _, err := q.Script(map[string]string{"person": "x", "nope": "y"}); err == nil {
		t.Error("an unknown parameter was accepted")
	}
}
