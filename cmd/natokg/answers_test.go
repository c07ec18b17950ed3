package main

import (
	"strings"
	"testing"
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
	dir := loaded(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "people-met", "--param", "person=Ruttte"}, `natokg: no person matches "Ruttte"; did you mean Mark Rutte?`},
		{[]string{"query", "people-met", "--param", "person=Nobody Known"}, `natokg: no person matches "Nobody Known"`},
		{[]string{"query", "place-activity", "--param", "place=Brussels", "--param", "from=28-05-2025"}, `from="28-05-2025" is not a date`},
		{[]string{"query", "place-activity", "--param", "place=Brussels", "--param", "from=2025-05-31", "--param", "to=2025-05-01"}, `from=2025-05-31 is after to=2025-05-01`},
		{[]string{"query", "most-connected", "--param", "limit=x"}, `limit="x" is not a whole number`},
		{[]string{"query", "people-met"}, "people-met needs --param person=..."},
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
	// One result is "1 result".
	if out, errs, code := natokg(t, dir, "query", "--format", "table", "most-connected", "--param", "limit=1"); code != 0 || !strings.Contains(out, "(1 result)") {
		t.Errorf("one result: exit %d %q %s", code, out, errs)
	}
}
