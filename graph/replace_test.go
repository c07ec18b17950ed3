package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
)

// A changed release replaces exactly what it said; a removed release
// takes away what only it said. Facts another release states stay.
func TestReplaceAndRemove(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		r1, r2 := kg.IRI(kg.Release, "one"), kg.IRI(kg.Release, "two")
		rutte := kg.IRI(kg.Person, "Mark Rutte")
		geoana := kg.IRI(kg.Person, "Mircea Geoană")
		shared := func(l quad.IRI) quad.Quad { return q(rutte, schema.Name, quad.String("Mark Rutte"), l) }
		v1 := []quad.Quad{shared(r1), q(r1, schema.Mentions, rutte, r1), q(r1, schema.Headline, quad.String("One"), r1),
			q(geoana, schema.Name, quad.String("Mircea Geoană"), r1), q(r1, schema.Mentions, geoana, r1)}
		if _, err := s.PutRelease(ctx, r1, v1); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutRelease(ctx, r2, []quad.Quad{shared(r2), q(r2, schema.Mentions, rutte, r2)}); err != nil {
			t.Fatal(err)
		}
		// The new version of r1 no longer names Rutte nor Geoană, and names a new title.
		v2 := []quad.Quad{q(r1, schema.Headline, quad.String("One, edited"), r1)}
		c, err := s.PutRelease(ctx, r1, v2)
		if err != nil {
			t.Fatal(err)
		}
		if c.Added != 1 || c.Removed != 5 {
			t.Errorf("replace: %+v, want 1 added and 5 removed", c)
		}
		got, err := s.ReleaseQuads(ctx, r1)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Object != quad.String("One, edited") {
			t.Errorf("r1 now holds %v, want only its new headline", got)
		}
		// Rutte's name is still stated by r2; Geoană has no quad left.
		exp := string(exportNQuads(t, s))
		if !strings.Contains(exp, "\"Mark Rutte\" <"+string(r2)+">") {
			t.Errorf("the fact r2 states was lost:\n%s", exp)
		}
		if strings.Contains(exp, "mircea") {
			t.Errorf("Geoană, named by no release now, still has quads:\n%s", exp)
		}
		// Removing r2 leaves only r1's quads, and Rutte has none.
		n, err := s.RemoveRelease(ctx, r2)
		if err != nil || n != 2 {
			t.Fatalf("RemoveRelease = %d, %v; want 2 quads removed", n, err)
		}
		exp = string(exportNQuads(t, s))
		if strings.Contains(exp, "mark-rutte") || strings.Count(strings.TrimSpace(exp), "\n") != 0 {
			t.Errorf("after removing r2 the store holds:\n%s", exp)
		}
		if n, err := s.RemoveRelease(ctx, r2); err != nil || n != 0 {
			t.Errorf("removing r2 again = %d, %v; want 0, nil", n, err)
		}
	})
}
