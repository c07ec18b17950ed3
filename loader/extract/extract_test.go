package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// bundled reads the releases bundled in package data.
func bundled(t testing.TB) []*natokg.Release {
	t.Helper()
	srcs, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	var out []*natokg.Release
	for _, s := range srcs {
		rc, err := s.Open()
		if err != nil {
			t.Fatal(err)
		}
		rs, err := loader.NewReader(rc, s.Name).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rs...)
	}
	return out
}

// view is what the golden files hold of a release's facts.
type view struct {
	Title     string
	Published string
	Publisher string
	People    []*natokg.Person
	Orgs      []*natokg.Org
	Places    []*natokg.Place
	Events    []*natokg.Event
	Quotes    []*natokg.Quote
}

// TestGolden compares the facts of the bundled releases with the golden
// files under testdata/golden (go test -update rewrites them after
// review). Golden files record the fingerprint they were made with: facts
// that change under the same fingerprint would leave stores that keep the
// old facts, so the test then asks for a new RulesVersion.
func TestGolden(t *testing.T) {
	x := newExtractor(t)
	fpPath := filepath.Join("testdata", "golden", "fingerprint")
	recorded, _ := os.ReadFile(fpPath)
	changed := false
	for i, r := range bundled(t) {
		name := fmt.Sprintf("%02d-%s", i+1, kg.Slug(r.Title))
		if len(name) > 60 {
			name = name[:60]
		}
		path := filepath.Join("testdata", "golden", name+".json")
		got := goldenView(t, x, r)
		want, err := os.ReadFile(path)
		if bytes.Equal(got, want) {
			continue
		}
		changed = true
		switch {
		case *update:
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		case err != nil:
			t.Errorf("%v (run go test -update to write it)", err)
		default:
			t.Errorf("facts of %q differ from %s (go test -update rewrites it after review):\n%s", r.Title, path, diffLines(string(want), string(got)))
		}
	}
	fp := x.Fingerprint()
	if changed && strings.TrimSpace(string(recorded)) == fp {
		t.Errorf("the facts changed under the same fingerprint %s: change extract.RulesVersion, so that a load reads stored releases again", fp)
	}
	if *update && strings.TrimSpace(string(recorded)) != fp {
		if err := os.WriteFile(fpPath, []byte(fp+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// goldenView is what a golden file holds of a release's facts, as JSON.
func goldenView(t *testing.T, x *extract.Extractor, r *natokg.Release) []byte {
	t.Helper()
	f := x.Extract(r)
	v := view{Title: r.Title, Published: f.Published.String(), Publisher: f.Publisher,
		People: f.People, Orgs: f.Orgs, Places: f.Places, Events: f.Events, Quotes: f.Quotes}
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(got, '\n')
}

// diffLines shows the first lines that differ.
func diffLines(want, got string) string {
	w, g := bytes.Split([]byte(want), []byte("\n")), bytes.Split([]byte(got), []byte("\n"))
	var out bytes.Buffer
	n := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b []byte
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if !bytes.Equal(a, b) {
			fmt.Fprintf(&out, "line %d:\n  want %s\n  got  %s\n", i+1, a, b)
			if n++; n == 10 {
				break
			}
		}
	}
	return out.String()
}
