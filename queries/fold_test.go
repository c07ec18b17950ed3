package queries_test

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/queries"
)

// TestFoldMatchesLoader checks that the prelude folds what users type
// exactly as the loader folds the names it indexes: a name the index holds
// under other words than the query looks for is never found.
func TestFoldMatchesLoader(t *testing.T) {
	names := []string{
		"Mark Rutte", "mark  RUTTE", "Þórdís Kolbrún Reykfjörð Gylfadóttir", "Jonas Gahr Støre",
		"Radosław Sikorski", "Đurović", "Straße", "Æsa Œuvre", "Ilıcak", "SACEUR/SHAPE",
		"Jens Stoltenberg's", "North Atlantic Treaty Organization (NATO)", "the Hague", "of and the",
		"Çavuşoğlu", "Lech Wałęsa", "Mette Frederiksen", "", "  -- ", "JFC Brunssum", "Zagreb 2025",
	}
	in, err := json.Marshal(names)
	if err != nil {
		t.Fatal(err)
	}
	q := queries.Query{Name: "fold-test", Text: "var names = " + string(in) + ";\n" +
		"names.forEach(function (n) { g.Emit({name: n, fold: fold(n), words: searchWords(n)}); });"}
	script, err := q.Script(nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Query(context.Background(), "gizmo", script, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(names) {
		t.Fatalf("got %d results for %d names", len(res), len(names))
	}
	for i, r := range res {
		m := r.(map[string]any)
		if got, want := m["fold"], loader.Fold(names[i]); got != want {
			t.Errorf("fold(%q): prelude %q, loader %q", names[i], got, want)
		}
		got := strs(m["words"])
		want := loader.SearchWords(names[i])
		if len(got) != 0 || len(want) != 0 {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("searchWords(%q): prelude %q, loader %q", names[i], got, want)
			}
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mark Rutte", "mark rutte"},
		{"Þórdís Kolbrún Reykfjörð Gylfadóttir", "thordis kolbrun reykfjord gylfadottir"},
		{"Jonas Gahr Støre", "jonas gahr store"},
		{"Radosław Sikorski", "radoslaw sikorski"},
		{"  SACEUR/SHAPE -- ", "saceur shape"},
		{"Jens Stoltenberg's", "jens stoltenberg s"},
		{"", ""},
	} {
		if got := loader.Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got, want := loader.SearchWords("Secretary General of the North Atlantic Treaty Organization"),
		[]string{"secretary", "general", "north", "atlantic", "treaty", "organization"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SearchWords: got %q, want %q", got, want)
	}
}

// TestLibraryWithoutIndex checks that a store written before natokg
// indexed names (no kg:searchWord quads) still answers the queries that
// look names up, the same as an indexed one.
func TestLibraryWithoutIndex(t *testing.T) {
	indexWords := 0
	old := bundledStoreWith(t, "memory", func(s *graph.Store, r loader.Result) error {
		var kept []quad.Quad
		for _, q := range r.Quads {
			if q.Predicate == quad.IRI(kg.SearchWord) {
				indexWords++
				continue
			}
			kept = append(kept, q)
		}
		_, err := s.WriteRelease(context.Background(), r.IRI, kept)
		return err
	})
	if indexWords == 0 {
		t.Fatal("the loader wrote no kg:searchWord quads")
	}
	indexed := bundledStore(t)
	for _, c := range []struct {
		query  string
		params map[string]string
	}{
		{"people-met", map[string]string{"person": "Rutte"}},
		{"mentions", map[string]string{"entity": "frostadottir"}},
		{"place-activity", map[string]string{"place": "Brussels"}},
		{"person-posts", map[string]string{"person": "Mark Rutte"}},
		{"post-holders", map[string]string{"role": "secretary general"}},
	} {
		want := run(t, indexed, c.query, c.params)
		got := run(t, old, c.query, c.params)
		if len(want) == 0 {
			t.Errorf("%s %v: no answer on the indexed store", c.query, c.params)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %v: without the index\n%v\nwith it\n%v", c.query, c.params, got, want)
		}
	}
}
