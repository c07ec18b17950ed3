package queries_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
	"github.com/natokg/natokg/queries"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// bundledStore loads the bundled releases into an in-memory store.
func bundledStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	g, err := extract.LoadGazetteer(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	l := loader.New(extract.New(g))
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

func run(t *testing.T, s *graph.Store, name string, params map[string]string) []map[string]any {
	t.Helper()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	text, err := q.Script(params)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Query(context.Background(), "gizmo", text, 0)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []map[string]any
	for _, r := range res {
		m, ok := r.(map[string]any)
		if !ok {
			t.Fatalf("%s: result %v is not an object", name, r)
		}
		out = append(out, m)
	}
	return out
}

// TestLibrary runs each library query on the bundled graph and compares
// its answer with testdata/NAME-CASE.json (go test -update rewrites them
// after review). Each case says what a user would check too.
func TestLibrary(t *testing.T) {
	s := bundledStore(t)
	cases := []struct {
		name, file string
		params     map[string]string
		check      func(t *testing.T, res []map[string]any)
	}{
		{"post-holders", "sg-on-date", map[string]string{"role": "secretary general", "on": "2025-05-27"}, func(t *testing.T, res []map[string]any) {
			if len(res) != 1 || res[0]["person"] != "Mark Rutte" || res[0]["date"] != "2025-05-26" {
				t.Errorf("Secretary General on 2025-05-27: %v, want Mark Rutte from the release of 2025-05-26", res)
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
	}
	for _, c := range cases {
		t.Run(c.name+"/"+c.file, func(t *testing.T) {
			res := run(t, s, c.name, c.params)
			c.check(t, res)
			got, _ := json.MarshalIndent(res, "", "  ")
			path := filepath.Join("testdata", c.name+"-"+c.file+".json")
			if *update {
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

func TestLibraryDocs(t *testing.T) {
	qs, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 4 {
		t.Fatalf("library holds %d queries", len(qs))
	}
	for _, q := range qs {
		if q.Summary == "" || q.Example == "" || !strings.Contains(q.Example, q.Name) {
			t.Errorf("%s: summary %q, example %q: each query needs both", q.Name, q.Summary, q.Example)
		}
	}
}

func TestParamsAreData(t *testing.T) {
	s := bundledStore(t)
	// A value that would break out of a pasted string runs as data.
	res := run(t, s, "person-posts", map[string]string{"person": `"); g.Emit("pwned"); ("`})
	if len(res) != 0 {
		t.Errorf("a hostile parameter gave results: %v", res)
	}
	q, _ := queries.Get("person-posts")
	if _, err := q.Script(nil); err == nil {
		t.Error("a missing required parameter was accepted")
	}
	if _, err := q.Script(map[string]string{"person": "x", "nope": "y"}); err == nil {
		t.Error("an unknown parameter was accepted")
	}
}
