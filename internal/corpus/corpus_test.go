package corpus

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

func generate(t testing.TB, seed int64, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, Options{Seed: seed, Releases: n}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDeterministic(t *testing.T) {
	a, b := generate(t, 7, 200), generate(t, 7, 200)
	if !bytes.Equal(a, b) {
		t.Fatal("two corpora of seed 7 differ")
	}
	if c := generate(t, 8, 200); bytes.Equal(a, c) {
		t.Fatal("seeds 7 and 8 give the same corpus")
	}
	if Release(7, 123) != Release(7, 123) {
		t.Fatal("Release(7, 123) differs between calls")
	}
	// Ranges written apart join into the whole.
	var parts bytes.Buffer
	for _, r := range [][2]int{{0, 50}, {50, 120}, {120, 200}} {
		if r[0] > 0 {
			parts.WriteByte('\n')
		}
		if err := WriteRange(&parts, 7, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a, parts.Bytes()) {
		t.Fatal("WriteRange pieces differ from Write")
	}
}

func readAll(t testing.TB, text []byte) []*natokg.Release {
	t.Helper()
	rels, err := loader.NewReader(bytes.NewReader(text), "corpus.txt").ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rels
}

func TestParses(t *testing.T) {
	const n = 500
	rels := readAll(t, generate(t, 1, n))
	if len(rels) != n {
		t.Fatalf("read %d releases, want %d", len(rels), n)
	}
	titles := map[string]int{}
	years := map[int]bool{}
	for i, r := range rels {
		if j, ok := titles[r.Title]; ok {
			t.Errorf("releases %d and %d share the title %q", j, i, r.Title)
		}
		titles[r.Title] = i
		if r.Source != "NATO" {
			t.Errorf("release %d: source %q", i, r.Source)
		}
		if want := strings.SplitN(Release(1, i), "\n", 2)[0]; r.Title != want {
			t.Errorf("release %d: title %q, want %q", i, r.Title, want)
		}
	}
	for i := 0; i < n; i++ {
		years[dateOf(1, i).Year()] = true
	}
	for y := 1995; y <= 2025; y += 5 {
		if !years[y] {
			t.Errorf("no release dated %d in %d releases", y, n)
		}
	}
}

func TestTemplates(t *testing.T) {
	if len(Templates()) < 8 {
		t.Fatalf("%d templates, want at least 8", len(Templates()))
	}
	seen := map[string]bool{}
	for i := 0; i < 300; i++ {
		seen[TemplateOf(3, i)] = true
	}
	for _, name := range Templates() {
		if !seen[name] {
			t.Errorf("template %s never used in 300 releases", name)
		}
	}
}

// TestExtracts checks that the extractor finds at least one person and one
// event in nearly every generated release. NATOKG_CORPUS_DEBUG=1 prints
// the releases where it does not.
func TestExtracts(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 100
	}
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	rels := readAll(t, generate(t, 5, n))
	ok := 0
	misses := map[string]int{}
	total := map[string]int{}
	var debug io.Writer = io.Discard
	if os.Getenv("NATOKG_CORPUS_DEBUG") != "" {
		debug = os.Stderr
	}
	for i, r := range rels {
		f := x.Extract(r)
		tmpl := TemplateOf(5, i)
		total[tmpl]++
		if len(f.People) > 0 && len(f.Events) > 0 {
			ok++
			continue
		}
		misses[tmpl]++
		fmt.Fprintf(debug, "--- %s: %d people, %d events\n%s\n%s\n", tmpl, len(f.People), len(f.Events), r.Title, r.Body)
	}
	for name, m := range misses {
		t.Logf("%s: %d of %d releases lack a person or an event", name, m, total[name])
	}
	if ok*100 < n*90 {
		t.Errorf("a person and an event found in %d of %d releases, want >= 90%%", ok, n)
	}
}
