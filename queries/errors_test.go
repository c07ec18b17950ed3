package queries_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/natokg/natokg/queries"
)

// TestMistakesAreSaid checks that a parameter at fault never gives an
// empty answer as if all were well: a name that matches no one (with the
// graph's closest names), a date that is not one, a span the wrong way
// round, a number that is not one, a missing or unknown parameter; and
// that no message shows JavaScript.
func TestMistakesAreSaid(t *testing.T) {
	s := bundledStore(t)
	cases := []struct {
		query   string
		params  map[string]string
		status  int
		param   string
		message string
		suggest []string
	}{
		{"people-met", map[string]string{"person": "Ruttte"}, 404, "person", `no person matches "Ruttte"; did you mean Mark Rutte?`, []string{"Mark Rutte"}},
		{"person-events", map[string]string{"person": "mark ruttte"}, 404, "person", `no person matches "mark ruttte"; did you mean Mark Rutte?`, []string{"Mark Rutte"}},
		{"timeline", map[string]string{"person": "Frostadotir"}, 404, "person", `did you mean Kristrún Frostadóttir?`, []string{"Kristrún Frostadóttir"}},
		{"person-posts", map[string]string{"person": "Nobody Known"}, 404, "person", `no person matches "Nobody Known"`, []string{}},
		{"place-activity", map[string]string{"place": "Brusels"}, 404, "place", `no place matches "Brusels"; did you mean Brussels`, nil},
		{"post-holders", map[string]string{"role": "Secretary Generl"}, 404, "role", `no role matches "Secretary Generl"; did you mean Secretary General`, nil},
		{"post-holders", map[string]string{"role": "Prime Minister", "org": "Icelnd"}, 404, "org", `no organisation or place matches "Icelnd"; did you mean`, nil},
		{"mentions", map[string]string{"entity": "Daytn"}, 404, "entity", `matches "Daytn"; did you mean Dayton`, nil},
		{"path", map[string]string{"from": "Rutte", "to": "Rohlng"}, 404, "to", `matches "Rohlng"; did you mean Andrew M. Rohling`, nil},
		{"path", map[string]string{"from": "Rutte", "to": "Rohling", "depth": "3"}, 404, "depth", `path: no path of at most 3 links between "Rutte" and "Rohling" (a larger depth may find one: --param depth=5)`, nil},
		{"path", map[string]string{"from": "egmont palace", "to": "Dayton", "depth": "2"}, 404, "depth", `no path of at most 2 links between "egmont palace" and "Dayton"`, nil},
		{"place-activity", map[string]string{"place": "Brussels", "from": "28-05-2025"}, 400, "from", `from="28-05-2025" is not a date`, nil},
		{"timeline", map[string]string{"person": "Rutte", "to": "2025-13"}, 400, "to", `to="2025-13" is not a date`, nil},
		{"post-holders", map[string]string{"role": "Secretary General", "on": "2025-02-30"}, 400, "on", `is not a date`, nil},
		{"events-between", map[string]string{"from": "2025-05-31", "to": "2025-05-01"}, 400, "from", `from=2025-05-31 is after to=2025-05-01`, nil},
		{"tenure", map[string]string{"person": "Rutte", "role": "King"}, 404, "role", `tenure: no release gives "Rutte" a post titled "King"`, nil},
		{"path", map[string]string{"from": "Rutte", "to": "Rohling", "depth": "x"}, 400, "depth", `depth="x" is not a whole number`, nil},
		{"most-connected", map[string]string{"limit": "5"}, 400, "limit", `most-connected: limit is no parameter of a query: page an answer with --limit and --offset (over HTTP, ?limit= and ?offset=)`, nil},
		{"path", map[string]string{"from": "Rutte", "to": "Rohling", "depth": "9"}, 400, "depth", `depth=9 is out of range`, nil},
		{"person-orgs", map[string]string{"person": "Rutte", "mentioned": "maybe"}, 400, "mentioned", `is not yes or no`, nil},
		{"mentions", map[string]string{"entity": "Dayton", "kind": "thing"}, 400, "kind", `kind="thing" is not a kind of entity`, nil},
		{"people-met", map[string]string{}, 400, "person", "people-met needs --param person=... (the person's name", nil},
		{"people-met", map[string]string{"persn": "Rutte"}, 400, "persn", `people-met has no parameter "persn" (its parameters: person)`, nil},
	}
	for _, c := range cases {
		q, err := queries.Get(c.query)
		if err != nil {
			t.Fatal(err)
		}
		res, err := queries.Run(context.Background(), runner(s), q, c.params, queries.Page{})
		var qe *queries.Error
		if !errors.As(err, &qe) {
			t.Errorf("%s %v: %v, %v; want an error for the user", c.query, c.params, res, err)
			continue
		}
		if qe.Status != c.status || qe.Param != c.param || !strings.Contains(qe.Error(), c.message) {
			t.Errorf("%s %v: %d %q %q; want %d %q %q", c.query, c.params, qe.Status, qe.Param, qe.Error(), c.status, c.param, c.message)
		}
		if c.suggest != nil && !reflect.DeepEqual(qe.Suggestions, c.suggest) {
			t.Errorf("%s %v: suggests %q, want %q", c.query, c.params, qe.Suggestions, c.suggest)
		}
		for _, m := range []string{qe.Message(false), qe.Message(true)} {
			if strings.Contains(m, "<eval>") || strings.Contains(m, "Error:") || strings.Contains(m, "natokg-query-error") {
				t.Errorf("%s %v: message shows JavaScript: %q", c.query, c.params, m)
			}
		}
	}
	// A name fragment that matches someone is no mistake.
	q, _ := queries.Get("people-met")
	if _, err := queries.Run(context.Background(), runner(s), q, map[string]string{"person": "Rutte"}, queries.Page{}); err != nil {
		t.Errorf("people-met person=Rutte: %v", err)
	}
	// Over HTTP the missing parameter is named as in a URL.
	_, err := queries.Run(context.Background(), runner(s), q, nil, queries.Page{})
	var qe *queries.Error
	if !errors.As(err, &qe) || !strings.Contains(qe.Message(true), "people-met needs ?person=") {
		t.Errorf("missing parameter over HTTP: %v", err)
	}
}

// TestScriptErrorsCleaned checks that an error a query did not foresee
// comes without the JavaScript engine's positions.
func TestScriptErrorsCleaned(t *testing.T) {
	q := queries.Query{Name: "broken", Text: "undefinedFunction();"}
	run := func(ctx context.Context, text string) ([]any, error) {
		return nil, errors.New("graph: gizmo query: Error: ReferenceError: undefinedFunction is not defined at <eval>:399:28(265)\n\tmore")
	}
	_, err := queries.Run(context.Background(), run, q, nil, queries.Page{})
	if err == nil || strings.Contains(err.Error(), "<eval>") || strings.Contains(err.Error(), "more") {
		t.Errorf("error shows JavaScript: %q", err)
	}
}

func TestSuggest(t *testing.T) {
	names := [][]string{{"Mark Rutte", "Rutte"}, {"Kristrún Frostadóttir"}, {"Andrew M. Rohling", "LTG Rohling"}, {"Secretary General"}, {"Deputy Secretary General"}}
	for _, c := range []struct {
		typed string
		want  []string
	}{
		{"Ruttte", []string{"Mark Rutte"}},
		{"mark rute", []string{"Mark Rutte"}},
		{"frostadotir", []string{"Kristrún Frostadóttir"}},
		{"Secretary Generl", []string{"Secretary General", "Deputy Secretary General"}},
		{"Nobody Known", nil},
		{"", nil},
	} {
		if got := queries.Suggest(c.typed, names, 3); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Suggest(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
}

// TestNoRepeatedRows runs every library query for every person of the
// bundled graph (and places, roles, entities, spans) and checks that no
// answer holds a row twice: a raw Gizmo traversal meets a node once per
// release that states the link, and the library queries must not pass
// that on.
func TestNoRepeatedRows(t *testing.T) {
	s := bundledStore(t)
	var cases []struct {
		query  string
		params map[string]string
	}
	add := func(q string, kv ...string) {
		p := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			p[kv[i]] = kv[i+1]
		}
		cases = append(cases, struct {
			query  string
			params map[string]string
		}{q, p})
	}
	people := run(t, s, "most-connected", nil)
	if len(people) < 5 {
		t.Fatalf("most-connected lists %d people", len(people))
	}
	roles := map[string]bool{}
	for _, p := range people {
		name := p["person"].(string)
		for _, q := range []string{"people-met", "person-events", "person-posts", "timeline", "quotes"} {
			add(q, "person", name)
		}
		add("person-orgs", "person", name, "mentioned", "yes")
		add("mentions", "entity", name)
		for _, r := range run(t, s, "person-posts", map[string]string{"person": name}) {
			roles[r["role"].(string)] = true
		}
	}
	for r := range roles {
		add("post-holders", "role", r)
	}
	for _, p := range []string{"Brussels", "Dayton", "Ohio", "Belgium", "United States"} {
		add("place-activity", "place", p)
		add("mentions", "entity", p)
	}
	add("events-between", "from", "1990", "to", "2030")
	add("timeline", "person", "Rutte", "from", "2025", "to", "2025")
	add("path", "from", "Rutte", "to", "Frostadottir")
	for _, c := range cases {
		res := run(t, s, c.query, c.params)
		seen := map[string]bool{}
		for _, r := range res {
			b, _ := json.Marshal(r)
			if seen[string(b)] {
				t.Errorf("%s %v repeats %s", c.query, c.params, b)
			}
			seen[string(b)] = true
		}
	}
}
