package graph

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// testReleases makes n releases of about 20 quads each, naming people
// shared between releases.
func testReleases(n int) []Release {
	rs := make([]Release, n)
	for i := range rs {
		iri := kg.IRI(kg.Release, fmt.Sprintf("release %d", i))
		var qs []quad.Quad
		qs = append(qs, q(iri, rdf.Type, quad.IRI(schema.NewsArticle), iri))
		for j := range 6 {
			p := kg.IRI(kg.Person, fmt.Sprintf("person %d", (i*7+j*13)%50))
			qs = append(qs,
				q(p, rdf.Type, quad.IRI(schema.Person), iri),
				q(p, schema.Name, quad.String(fmt.Sprintf("Person %d", (i*7+j*13)%50)), iri),
				q(iri, schema.Mentions, p, iri))
		}
		rs[i] = Release{IRI: iri, Quads: qs}
	}
	return rs
}

func TestBatcher(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		rs := testReleases(200)
		b := s.NewBatcher(400)
		var writes, added, releases int
		var order []quad.IRI
		b.Written = func(w []Release, cs []Change) {
			writes++
			releases += len(w)
			for i, c := range cs {
				added += c.Added
				order = append(order, w[i].IRI)
			}
		}
		want := 0
		for _, r := range rs {
			if err := b.Add(ctx, r); err != nil {
				t.Fatal(err)
			}
			want += len(r.Quads)
		}
		if err := b.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if releases != len(rs) || added != want {
			t.Errorf("wrote %d releases, %d quads; want %d, %d", releases, added, len(rs), want)
		}
		if min := want / 400; writes < min {
			t.Errorf("%d writes of at most 400 quads for %d quads, want at least %d", writes, want, min)
		}
		for i, iri := range order {
			if iri != rs[i].IRI {
				t.Fatalf("write %d reported release %v, want %v: the releases in the order added", i, iri, rs[i].IRI)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		said := 0
		if err := s.Each(ctx, func(quad.Quad) error { said++; return nil }); err != nil {
			t.Fatal(err)
		}
		if said != want || st.Releases != int64(len(rs)) {
			t.Errorf("the store gives %d quads of %d releases, want %d of %d", said, st.Releases, want, len(rs))
		}
		// The releases restate their people: each fact is stored once.
		// (The figures aside: they keep each mention of a person by month.)
		if kept := st.Quads - int64(len(figureLines(t, s, func(quad.Quad) (string, bool) { return "", true }))); kept >= int64(want) {
			t.Errorf("the store holds %d quads besides its figures for releases of %d, want fewer", kept, want)
		}
	})
}

// TestBatcherFailedWrite checks that a write that fails (here, to a
// store closed under the Batcher) is reported by the next Add or Flush,
// and that nothing is written after it.
func TestBatcherFailedWrite(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		// Batches of six releases: the first Add only queues its release,
		// so no write can race with the Close below.
		b := s.NewBatcher(1000)
		written := 0
		b.Written = func(w []Release, _ []Change) { written += len(w) }
		rs := testReleases(40)
		if err := b.Add(ctx, rs[0]); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		var err error
		for _, r := range rs[1:] {
			if err = b.Add(ctx, r); err != nil {
				break
			}
		}
		if ferr := b.Flush(ctx); !errors.Is(ferr, ErrClosed) || err != nil && !errors.Is(err, ErrClosed) {
			t.Errorf("Add gave %v and Flush %v, want %v", err, ferr, ErrClosed)
		}
		if again := b.Flush(ctx); !errors.Is(again, ErrClosed) {
			t.Errorf("Flush again gave %v, want %v", again, ErrClosed)
		}
		if written != 0 {
			t.Errorf("%d releases reported written to a closed store", written)
		}
	})
}

// TestBatcherDirtyBudget checks that on Bolt a Batcher shrinks its
// batches to the pages its transactions may rewrite, and elsewhere keeps
// them.
func TestBatcherDirtyBudget(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		b := s.NewBatcher(1000)
		b.DirtyBytes = 64 << 10
		for _, r := range testReleases(100) {
			if err := b.Add(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		_, bolt := s.qs.(kvStore)
		switch {
		case bolt && b.Limit() >= 1000:
			t.Errorf("on Bolt with a 64 KB budget, the next batch may hold %d quads, want fewer than 1000", b.Limit())
		case !bolt && b.Limit() != 1000:
			t.Errorf("the next batch may hold %d quads, want 1000", b.Limit())
		}
	})
}
