package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

// binary is the natokg binary the end-to-end tests run, built once.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "natokg-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "natokg")
	// The tag natokg_testhooks lets a crash test make the binary kill
	// itself at a named step of a write ($NATOKG_TEST_KILL_AT).
	out, err := exec.Command("go", "build", "-tags", "natokg_testhooks", "-o", binary, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// natokgDeadline bounds one run of the binary in a test: a command that
// takes longer hangs, and the test says so rather than wait for go
// test's own timeout.
const natokgDeadline = 5 * time.Minute

// natokg runs the binary in dir and returns its stdout, stderr and exit
// status; a run past natokgDeadline fails the test as a hang.
func natokg(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), natokgDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("natokg %v hangs", args)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

var summaryRE = regexp.MustCompile(`store: (\d+) releases, (\d+) quads: (\d+) people, (\d+) organisations, (\d+) places, (\d+) events`)

func TestLoadBundledExportQuery(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, errs, code := natokg(t, dir, "load")
	if code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	m := summaryRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("load printed no summary: %q", out)
	}
	if m[1] != "10" {
		t.Errorf("store holds %s releases, want the 10 bundled ones", m[1])
	}
	if _, err := os.Stat(filepath.Join(dir, "natokg.db")); err != nil {
		t.Errorf("no store at ./natokg.db: %v", err)
	}
	// The README shows what a newcomer's first load prints.
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```\n"+out+"```\n") {
		t.Errorf("the README does not show what natokg load prints on the bundled releases:\n%s", out)
	}

	// Loading again changes nothing.
	out2, errs, code := natokg(t, dir, "load")
	if code != 0 {
		t.Fatalf("second load: exit %d: %s", code, errs)
	}
	if m2 := summaryRE.FindStringSubmatch(out2); m2 == nil || m2[2] != m[2] {
		t.Errorf("second load changed the store: %q then %q", out, out2)
	}
	if !strings.Contains(out2, " 0 new quads") || !strings.Contains(out2, "10 releases stored unchanged skipped") {
		t.Errorf("second load added quads or read unchanged releases again: %q", out2)
	}
	// --reread reads them again, and finds nothing new either.
	if out3, errs, code := natokg(t, dir, "load", "--reread"); code != 0 || !strings.Contains(out3, " 0 new quads") || strings.Contains(out3, "skipped") {
		t.Errorf("load --reread: exit %d: %q %s", code, out3, errs)
	}

	// The export holds exactly the quads the loader makes of the releases.
	exp, errs, code := natokg(t, dir, "export")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	got := readQuads(t, exp)
	want := loaderQuads(t)
	if len(got) != len(want) {
		t.Fatalf("export has %d quads, the loader made %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("quad %d: exported %s, loaded %s", i, got[i], want[i])
		}
	}
	// Every quad carries its release as label.
	for _, l := range strings.Split(strings.TrimSpace(exp), "\n") {
		if !strings.Contains(l, "<https://natokg.example/release/") {
			t.Fatalf("quad with no release label: %s", l)
		}
	}

	// export -o writes the same to a file.
	if _, errs, code := natokg(t, dir, "export", "-o", "g.nq"); code != 0 {
		t.Fatalf("export -o: %s", errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "g.nq")); string(b) != exp {
		t.Error("export -o wrote something else than export to stdout")
	}
	if js, errs, code := natokg(t, dir, "export", "--format", "jsonld"); code != 0 || !json.Valid([]byte(js)) {
		t.Errorf("export --format jsonld: exit %d, valid JSON %v: %s", code, json.Valid([]byte(js)), errs)
	}

	// A Gizmo query: the posts Mark Rutte holds.
	q := `g.V().Has("<http://schema.org/name>", "Mark Rutte").Out("<http://www.w3.org/ns/org#holds>").Out("<http://www.w3.org/ns/org#role>").Out("<http://www.w3.org/2004/02/skos/core#prefLabel>").All()`
	res, errs, code := natokg(t, dir, "query", q)
	if code != 0 {
		t.Fatalf("query: exit %d: %s", code, errs)
	}
	if !strings.Contains(res, `"Secretary General"`) {
		t.Errorf("query for Mark Rutte's posts gave %q", res)
	}
	// Whom did Mark Rutte meet: the attendees of his events.
	q = `g.V().Has("<http://schema.org/name>", "Mark Rutte").In("<http://schema.org/attendee>").Out("<http://schema.org/attendee>").Out("<http://schema.org/name>").Unique().All()`
	res, _, _ = natokg(t, dir, "query", "--format", "csv", q)
	if !strings.Contains(res, "Kristrún Frostadóttir") {
		t.Errorf("Mark Rutte met %q, want Kristrún Frostadóttir among them", res)
	}
}

func readQuads(t *testing.T, s string) []string {
	t.Helper()
	r := nquads.NewReader(strings.NewReader(s), false)
	var out []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

func loaderQuads(t *testing.T) []string {
	t.Helper()
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	l := loader.New(x)
	srcs, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range srcs {
		err := l.Each(context.Background(), s, func(r loader.Result) error {
			for _, q := range r.Quads {
				seen[q.NQuad()] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestNotReleases loads files people mistake for releases: each kind is
// named, with what to do, and a load that finds no release fails.
func TestNotReleases(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"in/a.pdf":   "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
		"in/b.pdf":   "%PDF-1.7\n",
		"in/c.html":  "<!DOCTYPE html>\n<html><body>Source: NATO</body></html>\n",
		"page.html":  "<!doctype html>\n<html lang=\"en\">\n",
		"paper.pdf":  "%PDF-1.5\n",
		"in/.hidden": "x",
	}
	writeFiles(t, dir, files)
	_, errs, code := natokg(t, dir, "load", "--db", "db", "in")
	// An HTML file is read as a saved page: one without a title is
	// refused as such.
	if code != 1 || !strings.Contains(errs, "skipped 2 .pdf files") || !strings.Contains(errs, "pdftotext") || !strings.Contains(errs, "in/c.html: no title in the page") || strings.Contains(errs, "hidden") {
		t.Errorf("a directory of PDF and HTML files: exit %d, %q; want exit 1, the files skipped by kind, what to do, the page refused", code, errs)
	}
	for file, want := range map[string]string{"paper.pdf": "paper.pdf:1: a PDF file", "page.html": "page.html: no title in the page"} {
		_, errs, code := natokg(t, dir, "load", "--db", "db", file)
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("load %s: exit %d, %q; want exit 1 and %q", file, code, errs, want)
		}
	}
}

func TestLoadBadFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := "NATO Secretary General meets the Prime Minister of Iceland\n\nSource: NATO\n\nOn Wednesday, 28 May 2025, the NATO Secretary General, Mr Mark Rutte, will receive the Prime Minister of Iceland, Ms Kristrún Frostadóttir, at NATO Headquarters, in Brussels.\n"
	files := map[string]string{
		"in/a-good.txt":     good,
		"in/b-nosource.txt": "A title\n\nA body with no source line.\n",
		"in/c-latin1.txt":   "Title\n\nSource: NATO\n\nCaf\xe9 au lait.\n",
		"in/d-empty.txt":    "",
		"in/e-ignored.md":   "not a release",
	}
	writeFiles(t, dir, files)
	out, errs, code := natokg(t, dir, "load", "--db", "db", "in")
	if code != 1 {
		t.Errorf("exit status %d, want 1 when files fail", code)
	}
	for _, want := range []string{"in/b-nosource.txt:1: no \"Source:\" line", "in/c-latin1.txt:5:4: not UTF-8 text", "in/d-empty.txt:1: no release in the file"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "e-ignored") || !strings.Contains(errs, "skipped 1 .md file") {
		t.Errorf("a .md file was read, or skipped without a word: %s", errs)
	}
	if !strings.Contains(out, "loaded 1 release,") || !strings.Contains(out, "3 files failed") {
		t.Errorf("summary %q, want 1 release loaded and 3 files failed", out)
	}
	// The good file's release is stored.
	res, _, _ := natokg(t, dir, "query", "--db", "db", `g.Emit(g.V().Has("<http://schema.org/name>", "Kristrún Frostadóttir").Count())`)
	if !strings.Contains(res, "1") {
		t.Errorf("the good release was not stored: %q", res)
	}
	// --strict stops at the first fault.
	out, _, code = natokg(t, dir, "load", "--db", "db2", "--strict", "in")
	if code != 1 || !strings.Contains(out, "loaded 1 release,") {
		t.Errorf("--strict: exit %d, %q", code, out)
	}
	// A path that does not exist.
	_, errs, code = natokg(t, dir, "load", "--db", "db", "nowhere")
	if code == 0 || !strings.Contains(errs, "nowhere") {
		t.Errorf("missing path: exit %d, %q", code, errs)
	}
}

func TestHelp(t *testing.T) {
	t.Parallel()
	for _, sub := range []string{"load", "export", "query", "serve"} {
		out, _, code := natokg(t, t.TempDir(), sub, "--help")
		if code != 0 || !strings.Contains(out, "--db") {
			t.Errorf("%s --help: exit %d: %q", sub, code, out)
		}
	}
	_, errs, code := natokg(t, t.TempDir(), "frobnicate")
	if code == 0 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errs)
	}
}

// TestExportStrictParser checks the export with rapper (Debian's
// raptor2-utils), a strict N-Quads parser, where it is installed.
func TestExportStrictParser(t *testing.T) {
	t.Parallel()
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not installed (apt-get install raptor2-utils); .ci/run installs it")
	}
	dir := t.TempDir()
	if _, errs, code := natokg(t, dir, "load"); code != 0 {
		t.Fatal(errs)
	}
	if _, errs, code := natokg(t, dir, "export", "-o", "g.nq"); code != 0 {
		t.Fatal(errs)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-c", filepath.Join(dir, "g.nq")).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "returned") {
		t.Fatalf("rapper rejects the export: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "Error") || strings.Contains(string(out), "Warning") {
		t.Errorf("rapper complains:\n%s", out)
	}
}

// TestExplainEveryRelease runs natokg explain on each bundled release: it
// names the release and prints facts under the sentences they come from.
func TestExplainEveryRelease(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, errs, code := natokg(t, dir, "load"); code != 0 {
		t.Fatal(errs)
	}
	list, errs, code := natokg(t, dir, "explain")
	if code != 0 {
		t.Fatal(errs)
	}
	iris := regexp.MustCompile(`<(https://natokg\.example/release/[^>]+)>`).FindAllStringSubmatch(list, -1)
	if len(iris) != 10 {
		t.Fatalf("explain lists %d releases, want 10:\n%s", len(iris), list)
	}
	sentence := regexp.MustCompile(`(?m)^\[\d+\] \S`)
	fact := regexp.MustCompile(`(?m)^    (person|post|organisation|place|event|quotation) +\S`)
	for _, m := range iris {
		out, errs, code := natokg(t, dir, "explain", m[1])
		if code != 0 {
			t.Errorf("explain %s: %s", m[1], errs)
			continue
		}
		if !strings.Contains(out, m[1]) || len(sentence.FindAllString(out, -1)) < 2 || len(fact.FindAllString(out, -1)) < 3 {
			t.Errorf("explain %s printed too little:\n%s", m[1], out)
		}
	}
	// Words of a title pick a release; an ambiguous or unknown one is an error.
	out, _, code := natokg(t, dir, "explain", "Icelandic Prime Minister")
	if code != 0 || !strings.Contains(out, "post          Kristrún Frostadóttir is Prime Minister, Iceland") {
		t.Errorf("explain by title words: exit %d\n%s", code, out)
	}
	if _, errs, code := natokg(t, dir, "explain", "NATO"); code == 0 || !strings.Contains(errs, "releases match") {
		t.Errorf("ambiguous explain: exit %d, %q", code, errs)
	}
}

// TestLoadBatch checks that the size of the load's transactions changes
// how the store is written, not what it holds: one release per
// transaction (--batch 1), all in one, and batches bounded by the pages
// they rewrite (--batch-memory) give the same quads, as does a load
// under a tight memory limit (--memory 32, the collector running all the
// time), and a batch or a memory that is not a positive number is refused.
func TestLoadBatch(t *testing.T) {
	t.Parallel()
	var exports []string
	for _, batch := range [][]string{{"--batch", "1"}, {"--batch", "1000000"}, {"--batch-memory", "1"}, {"--memory", "32"}} {
		dir := t.TempDir()
		if _, errs, code := natokg(t, dir, append([]string{"load"}, batch...)...); code != 0 {
			t.Fatalf("load --batch %s: exit %d: %s", batch, code, errs)
		}
		exp, errs, code := natokg(t, dir, "export")
		if code != 0 {
			t.Fatalf("export: exit %d: %s", code, errs)
		}
		exports = append(exports, exp)
	}
	if exports[0] != exports[1] || exports[0] != exports[2] || exports[0] != exports[3] || len(exports[0]) == 0 {
		t.Errorf("--batch 1, --batch 1000000, --batch-memory 1 and --memory 32 stored different graphs (%d, %d, %d and %d bytes of N-Quads)", len(exports[0]), len(exports[1]), len(exports[2]), len(exports[3]))
	}
	if _, errs, code := natokg(t, t.TempDir(), "load", "--memory", "-1"); code == 0 || !strings.Contains(errs, "--memory") {
		t.Errorf("load --memory -1: exit %d, %q; want a failure naming --memory", code, errs)
	}
	if _, errs, code := natokg(t, t.TempDir(), "load", "--batch-memory", "-1"); code == 0 || !strings.Contains(errs, "--batch-memory") {
		t.Errorf("load --batch-memory -1: exit %d, %q; want a failure naming --batch-memory", code, errs)
	}
	if _, errs, code := natokg(t, t.TempDir(), "load", "--batch", "0"); code == 0 || !strings.Contains(errs, "--batch") {
		t.Errorf("load --batch 0: exit %d, %q; want a failure naming --batch", code, errs)
	}
}
