package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/natokg/natokg/queries"
)

// loaded returns a directory whose ./natokg.db holds the bundled releases.
func loaded(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if _, errs, code := natokg(t, dir, "load"); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	return dir
}

// TestQueryMistakes checks that a library query given a name that matches
// no one, a date that is not one, a span the wrong way round or a bad
// number says so and exits 1, instead of printing nothing and exiting 0.
func TestQueryMistakes(t *testing.T) {
	t.Parallel()
	dir := loaded(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "people-met", "--param", "person=Ruttte"}, `natokg: no person matches "Ruttte"; did you mean Mark Rutte?`},
		{[]string{"query", "people-met", "--param", "person=Nobody Known"}, `natokg: no person matches "Nobody Known"`},
		{[]string{"query", "place-activity", "--param", "place=Brussels", "--param", "from=28-05-2025"}, `from="28-05-2025" is not a date`},
		{[]string{"query", "place-activity", "--param", "place=Brussels", "--param", "from=2025-05-31", "--param", "to=2025-05-01"}, `from=2025-05-31 is after to=2025-05-01`},
		{[]string{"query", "most-connected", "--param", "limit=5"}, `limit is no parameter of a query: page an answer with --limit and --offset`},
		{[]string{"query", "path", "--param", "from=Rutte", "--param", "to=Rohling", "--param", "depth=x"}, `depth="x" is not a whole number`},
		{[]string{"query", "people-met"}, "people-met needs --param person=..."},
		{[]string{"query", "path", "--param", "from=Rutte", "--param", "to=Rohling", "--param", "depth=3"}, `path: no path of at most 3 links between "Rutte" and "Rohling"`},
	} {
		out, errs, code := natokg(t, dir, c.args...)
		if code == 0 || !strings.Contains(errs, c.want) || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 and %q", c.args, code, out, errs, c.want)
		}
		if strings.Contains(errs, "<eval>") || strings.Contains(errs, "Error:") {
			t.Errorf("%q: JavaScript in the message: %q", c.args, errs)
		}
	}
	// The usage of a missing parameter shows how to give it.
	if _, errs, _ := natokg(t, dir, "query", "people-met"); !strings.Contains(errs, "usage: natokg query people-met --param person=") {
		t.Errorf("missing parameter: %q, want the query's usage", errs)
	}
	// One result is "1 result", and the page says where it stands.
	if out, errs, code := natokg(t, dir, "query", "--format", "table", "most-connected", "--limit", "1"); code != 0 || !strings.Contains(out, "(1 result)") || !regexp.MustCompile(`natokg: rows 1-1 of \d+; --offset 1 shows the next 1\n`).MatchString(errs) {
		t.Errorf("one result: exit %d %q %s", code, out, errs)
	}
}

// TestPageNote checks what the command line says of a page: where it
// stands in the whole, of how many rows or of at least how many where the
// query did not count them all, and how to see the next.
func TestPageNote(t *testing.T) {
	rows := []any{1, 2}
	for _, c := range []struct {
		a    queries.Answer
		want string
	}{
		{queries.Answer{Rows: rows, Total: 2}, ""},
		{queries.Answer{Rows: rows, Total: 5, More: true}, "rows 1-2 of 5; --offset 2 shows the next 2"},
		{queries.Answer{Rows: rows, Total: 7, More: true, AtLeast: true}, "rows 1-2 of at least 7 (the rest not counted); --offset 2 shows the next"},
		{queries.Answer{Rows: rows, Offset: 4, Total: 6}, "rows 5-6 of 6"},
		{queries.Answer{}, "no rows: nothing in the store answers this query with these parameters"},
	} {
		if got := pageNote(c.a, 2); got != c.want {
			t.Errorf("pageNote(%+v) = %q, want %q", c.a, got, c.want)
		}
	}
}

// TestQueryPages checks that a library query's pages, read one after the
// other as the note after each says, give its whole answer.
func TestQueryPages(t *testing.T) {
	t.Parallel()
	dir := loaded(t)
	whole, errs, code := natokg(t, dir, "query", "--format", "json", "timeline", "person=Rutte")
	if code != 0 || errs != "" {
		t.Fatalf("whole timeline: exit %d, stderr %q", code, errs)
	}
	rows := strings.SplitAfter(whole, "\n")
	rows = rows[:len(rows)-1]
	var read strings.Builder
	for off := 0; ; off += 4 {
		out, errs, code := natokg(t, dir, "query", "--format", "json", "--limit", "4", "--offset", strconv.Itoa(off), "timeline", "person=Rutte")
		if code != 0 {
			t.Fatalf("offset %d: exit %d %s", off, code, errs)
		}
		read.WriteString(out)
		if off+4 >= len(rows) {
			if want := fmt.Sprintf("natokg: rows %d-%d of %d\n", off+1, len(rows), len(rows)); errs != want {
				t.Errorf("last page: %q, want %q", errs, want)
			}
			break
		}
		if want := fmt.Sprintf("natokg: rows %d-%d of %d; --offset %d shows the next", off+1, off+4, len(rows), off+4); !strings.HasPrefix(errs, want) {
			t.Errorf("offset %d: %q, want %q", off, errs, want)
		}
	}
	if read.String() != whole {
		t.Errorf("pages of 4 give\n%s\nthe whole answer is\n%s", read.String(), whole)
	}
	if _, errs, code := natokg(t, dir, "query", "--offset", "500", "timeline", "person=Rutte"); code != 0 || !strings.Contains(errs, fmt.Sprintf("no rows past --offset 500: the answer has %d rows", len(rows))) {
		t.Errorf("past the end: exit %d %q", code, errs)
	}
	// An answer with no rows says so, not silence.
	if out, errs, code := natokg(t, dir, "query", "timeline", "person=Rutte", "from=2040-01"); code != 0 || out != "" || !strings.Contains(errs, "no rows: nothing in the store answers this query") {
		t.Errorf("an empty answer: exit %d, %q, %q", code, out, errs)
	}
	// A query's own text is cut at --limit, and says it may have had more.
	if out, errs, code := natokg(t, dir, "query", "--format", "json", "--limit", "2", "g.V().All()"); code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(errs, "the results stop at --limit 2; more may exist") {
		t.Errorf("a Gizmo query cut at --limit 2: exit %d, %q, %q", code, out, errs)
	}
	if _, errs, code := natokg(t, dir, "query", "--offset", "2", "g.V().All()"); code == 0 || !strings.Contains(errs, "--offset pages a library query's answer") {
		t.Errorf("--offset on a Gizmo query: exit %d, %q", code, errs)
	}
}

// TestQueryPositionalParams checks that a library query takes name=value
// after its name as it takes --param, and says how when a value comes
// without its name.
func TestQueryPositionalParams(t *testing.T) {
	t.Parallel()
	dir := loaded(t)
	want, errs, code := natokg(t, dir, "query", "people-met", "--param", "person=Rutte")
	if code != 0 || want == "" {
		t.Fatalf("--param person=Rutte: exit %d %q %s", code, want, errs)
	}
	if got, errs, code := natokg(t, dir, "query", "people-met", "person=Rutte"); code != 0 || got != want {
		t.Errorf("person=Rutte: exit %d %s\n%s\nwant\n%s", code, errs, got, want)
	}
	if _, errs, code := natokg(t, dir, "query", "people-met", "Rutte"); code == 0 || !strings.Contains(errs, "write person=Rutte (or --param person=Rutte)") {
		t.Errorf("people-met Rutte: exit %d %q, want a hint to write person=Rutte", code, errs)
	}
	if out, errs, code := natokg(t, dir, "query", "place-activity", "place=Brussels", "from=2025-05-01", "--param", "to=2025-05-31"); code != 0 || !strings.Contains(out, "Egmont Palace") {
		t.Errorf("mixed parameters: exit %d %q %s", code, out, errs)
	}
}

// TestDocExamples runs every library query the README and docs/usage.md
// show (go run ./cmd/natokg query ..., natokg query ...) and the
// examples of `query --list`: each must answer.
func TestDocExamples(t *testing.T) {
	t.Parallel()
	dir := loaded(t)
	var lines []string
	for _, f := range []string{"../../README.md", "../../docs/usage.md"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimPrefix(strings.TrimSpace(l), "$ ")
			l = strings.Replace(l, "go run ./cmd/natokg ", "natokg ", 1)
			if i := strings.Index(l, "  #"); i > 0 {
				l = strings.TrimSpace(l[:i])
			}
			if strings.HasPrefix(l, "natokg query ") && strings.Contains(l, "--param") {
				lines = append(lines, l)
			}
		}
	}
	list, _, _ := natokg(t, dir, "query", "--list")
	for _, l := range strings.Split(list, "\n") {
		if ex, ok := strings.CutPrefix(strings.TrimSpace(l), "example: "); ok {
			lines = append(lines, ex)
		}
	}
	if len(lines) < 15 {
		t.Fatalf("found %d examples", len(lines))
	}
	for _, l := range lines {
		args := shellWords(strings.TrimPrefix(l, "natokg "))
		out, errs, code := natokg(t, dir, args...)
		if code != 0 || strings.TrimSpace(out) == "" {
			t.Errorf("%s: exit %d, %q %s", l, code, out, errs)
		}
	}
}

// shellWords splits a command line as a shell would, for the plain
// quoting the docs use.
func shellWords(s string) []string {
	var out []string
	var b strings.Builder
	in, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			b.WriteRune(r)
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == ' ':
			if in {
				out = append(out, b.String())
				b.Reset()
				in = false
			}
		default:
			b.WriteRune(r)
			in = true
		}
	}
	if in {
		out = append(out, b.String())
	}
	return out
}

// TestRemoveAsks checks that remove takes one release by IRI, exact title
// or file name, lists what a partial or manifold match names and removes
// nothing without --yes, prints what it removed, and speaks as remove.
func TestRemoveAsks(t *testing.T) {
	t.Parallel()
	dir := loaded(t)
	before, _, _ := natokg(t, dir, "export")
	const dayton = "Deputy Chair of the NATO Military Committee participates in NATO Parliamentary Assembly Spring Session in Dayton, Ohio, US"
	for _, c := range []struct {
		arg  string
		want []string
	}{
		// One word of one title: listed, not removed.
		{"Dayton", []string{`remove: "Dayton" matches 1 release only in part`, dayton, "nothing removed", "--yes"}},
		// Words of many titles.
		{"NATO", []string{`remove: "NATO" matches`, "releases only in part", "nothing removed"}},
		// The file all ten bundled releases were read from.
		{"nato-releases-2025-05.txt", []string{`"nato-releases-2025-05.txt" names 10 releases`, dayton, "[file nato-releases-2025-05.txt]", "nothing removed"}},
		{"Nobody Known", []string{`remove: no release matches "Nobody Known"`}},
	} {
		out, errs, code := natokg(t, dir, "remove", c.arg)
		if code == 0 || out != "" {
			t.Errorf("remove %q: exit %d, stdout %q; want exit 1 and nothing removed", c.arg, code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("remove %q: %q lacks %q", c.arg, errs, w)
			}
		}
		if strings.Contains(errs, "explain:") {
			t.Errorf("remove %q speaks as explain: %q", c.arg, errs)
		}
	}
	if after, _, _ := natokg(t, dir, "export"); after != before {
		t.Fatal("remove without --yes changed the store")
	}
	// The exact title removes that release, and says so.
	out, errs, code := natokg(t, dir, "remove", dayton)
	if code != 0 || !strings.HasPrefix(out, "removed 2025-05-22 "+dayton+" (<https://natokg.example/release/2025-05-22-") || !strings.Contains(out, " quads)") {
		t.Fatalf("remove by exact title: exit %d, %q %s", code, out, errs)
	}
	// With --yes, a partial match is removed: every release it names.
	out, errs, code = natokg(t, dir, "remove", "--yes", "Icel")
	if code != 0 || strings.Count(out, "removed ") != 2 {
		t.Errorf("remove --yes Icel: exit %d, %q %s; want the two releases of Iceland's Prime Minister removed", code, out, errs)
	}
	// By IRI.
	list, _, _ := natokg(t, dir, "explain")
	var iri string
	for _, l := range strings.Split(list, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "<https://natokg.example/release/") {
			iri = strings.Trim(l, "<>")
			break
		}
	}
	if out, errs, code := natokg(t, dir, "remove", iri); code != 0 || !strings.Contains(out, iri) {
		t.Errorf("remove %s: exit %d, %q %s", iri, code, out, errs)
	}
	if out, _, code := natokg(t, dir, "check"); code != 0 {
		t.Errorf("check after remove: %s", out)
	}
	if _, errs, _ := natokg(t, dir, "explain", "Nobody Known"); !strings.HasPrefix(errs, "natokg: explain: no release matches") {
		t.Errorf("explain's error: %q", errs)
	}
}
