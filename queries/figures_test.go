package queries_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/queries"
)

// storeWithoutFigures returns a store of the bundled releases written
// around natokg, as an earlier natokg wrote it: no figures.
func storeWithoutFigures(t *testing.T) *graph.Store {
	t.Helper()
	return bundledStoreWith(t, "memory", func(s *graph.Store, r loader.Result) error {
		// Written around natokg, as an earlier natokg wrote it.
		ds := make([]cgraph.Delta, len(r.Quads))
		for i, q := range r.Quads {
			ds[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
		}
		return s.QuadStore().ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true})
	})
}

// TestMostConnectedWithoutFigures checks that a store written by an
// earlier natokg, which keeps no figures of who met whom, gives the same
// most-connected answer, read event by event, as a store that keeps them.
func TestMostConnectedWithoutFigures(t *testing.T) {
	ctx := context.Background()
	old := storeWithoutFigures(t)
	if keeps, err := old.KeepsFigures(ctx); err != nil || keeps {
		t.Fatalf("KeepsFigures of a store written around natokg: %v, %v; want false", keeps, err)
	}
	want := run(t, bundledStore(t), "most-connected", nil)
	got := run(t, old, "most-connected", nil)
	if len(want) < 5 {
		t.Errorf("most-connected lists %d people", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("most-connected without figures\n%v\nwith them\n%v", got, want)
	}
}

// TestMostConnectedPages checks that each page of most-connected read
// from the ranks the figures keep (the highest degrees first) is the
// page of the whole answer read event by event, with the same total,
// pages that reach past the people who met anyone included.
func TestMostConnectedPages(t *testing.T) {
	ctx := context.Background()
	kept := bundledStore(t)
	old := storeWithoutFigures(t)
	q, err := queries.Get("most-connected")
	if err != nil {
		t.Fatal(err)
	}
	whole, err := queries.Run(ctx, runner(old), q, nil, queries.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if whole.Total < 6 {
		t.Fatalf("most-connected lists %d people", whole.Total)
	}
	for _, page := range []queries.Page{{Limit: 1}, {Limit: 3}, {Limit: 2, Offset: 3}, {Limit: 5, Offset: whole.Total - 2}, {Limit: 1, Offset: whole.Total}} {
		got, err := queries.Run(ctx, runner(kept), q, nil, page)
		if err != nil {
			t.Fatal(err)
		}
		end := min(page.Offset+page.Limit, whole.Total)
		want := whole.Rows[min(page.Offset, end):end]
		if !reflect.DeepEqual(got.Rows, want) && !(len(got.Rows) == 0 && len(want) == 0) {
			t.Errorf("page %+v from the ranks\n%v\nread event by event\n%v", page, got.Rows, want)
		}
		if got.Total != whole.Total || got.More != (end < whole.Total) {
			t.Errorf("page %+v: total %d, more %v; want %d, %v", page, got.Total, got.More, whole.Total, end < whole.Total)
		}
	}
}

// TestPostHoldersWithoutFigures checks that the holdings of posts the
// figures keep give the answer worked out from every org:holds quad and
// its release, as a store written by an earlier natokg is read.
func TestPostHoldersWithoutFigures(t *testing.T) {
	answersAlikeWithoutFigures(t, "post-holders", []map[string]string{
		{"role": "Secretary General"},
		{"role": "Prime Minister"},
		{"role": "Secretary General", "on": "2025-06-30"},
		{"role": "Prime Minister", "org": "Iceland", "on": "2025-05-28"},
	})
}

// TestTenureWithoutFigures checks that the tenures read from the holdings
// the figures keep, their releases counted, give the answer worked out
// from every release that gives the person a post, as a store written by
// an earlier natokg is read.
func TestTenureWithoutFigures(t *testing.T) {
	answersAlikeWithoutFigures(t, "tenure", []map[string]string{
		{"person": "Rutte"},
		{"person": "Rutte", "role": "Secretary General"},
		{"person": "Frostadottir"},
		{"person": "Rohling"},
	})
}

// answersAlikeWithoutFigures checks that query name, with each of
// paramSets, answers the same on a store of the bundled releases that
// keeps the holdings of posts as on one written without figures, and
// that it answers something.
func answersAlikeWithoutFigures(t *testing.T, name string, paramSets []map[string]string) {
	t.Helper()
	old := storeWithoutFigures(t)
	kept := bundledStore(t)
	for _, params := range paramSets {
		want := run(t, old, name, params)
		got := run(t, kept, name, params)
		if len(want) == 0 {
			t.Errorf("%s %v: no answer", name, params)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %v from the holdings kept\n%v\nworked out from every release\n%v", name, params, got, want)
		}
	}
}

// TestQueriesOnBoltWithoutMonthFigures checks the library on a Bolt store
// whose figures keep holdings and mentions but not months (as a store of
// an earlier natokg does): each query reads the releases instead and
// gives the answer of a store that keeps them.
func TestQueriesOnBoltWithoutMonthFigures(t *testing.T) {
	kept := bundledStoreAt(t, "memory")
	old := bundledStoreAt(t, "bolt:"+filepath.Join(t.TempDir(), "kg"))
	var ds []cgraph.Delta
	for _, k := range []string{kg.MonthFigures} {
		q := quad.Quad{Subject: quad.IRI(kg.Figures), Predicate: quad.IRI(kg.Keeps), Object: quad.IRI(k), Label: quad.IRI(kg.Figures)}
		ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	if err := old.QuadStore().ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
		t.Fatalf("remove the marks of the month figures: %v", err)
	}
	for _, c := range []struct {
		name   string
		params map[string]string
	}{
		{"person-events", map[string]string{"person": "Rutte"}},
		{"mentions", map[string]string{"entity": "Dayton"}},
		{"post-holders", map[string]string{"role": "Secretary General"}},
		{"path", map[string]string{"from": "Mark Rutte", "to": "Kristrún Frostadóttir"}},
	} {
		want := run(t, kept, c.name, c.params)
		got, err := tryRun(old, c.name, c.params)
		if err != nil {
			t.Errorf("%s %v without the month figures: %v", c.name, c.params, err)
			continue
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s %v without the month figures\n%v\nwith them\n%v", c.name, c.params, got, want)
		}
	}
}
