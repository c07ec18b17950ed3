package queries_test

import (
	"context"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/loader"
)

// TestMostConnectedWithoutFigures checks that a store written by an
// earlier natokg, which keeps no figures of who met whom, gives the same
// most-connected answer, read event by event, as a store that keeps them.
func TestMostConnectedWithoutFigures(t *testing.T) {
	ctx := context.Background()
	old := bundledStoreWith(t, "memory", func(s *graph.Store, r loader.Result) error {
		// Written around natokg, as an earlier natokg wrote it.
		ds := make([]cgraph.Delta, len(r.Quads))
		for i, q := range r.Quads {
			ds[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
		}
		return s.QuadStore().ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true})
	})
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
