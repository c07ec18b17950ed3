package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cxsd "github.com/cayleygraph/quad/voc/xsd"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
)

// TestExportKeepsLiterals checks that the facts of entities, which the
// store keeps once in bundles and the export joins on disk with the
// releases that state them, come out as they were written: each typed
// literal in its own lexical form ("1.50", not 1.5), a language tag,
// text with everything N-Quads escapes; and once for each release that
// states them.
func TestExportKeepsLiterals(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		typed := func(v, ty string) quad.Value {
			return quad.TypedString{Value: quad.String(v), Type: quad.IRI(ty).Full()}
		}
		var want []string
		for _, name := range []string{"literals", "literals-again"} {
			r := kg.IRI(kg.Release, name)
			ev := kg.IRI(kg.Event, "literals/meeting")
			rel := whole(r, "Literals",
				q(ev, rdf.Type, quad.IRI(schema.Event), r),
				q(ev, schema.StartDate, typed("2025-06-24", xsd.Date), r),
				q(ev, schema.EndDate, typed("2025-06-25T10:00:00+02:00", string(cxsd.DateTime)), r),
				q(ev, schema.Name, typed("1.50", string(cxsd.Double)), r),
				q(ev, schema.Name, typed("007", string(cxsd.Integer)), r),
				q(ev, schema.Name, tricky, r),
				q(brussels, rdf.Type, quad.IRI(schema.City), r),
				q(brussels, schema.Name, quad.LangString{Value: "Bruxelles", Lang: "fr"}, r))
			if _, err := s.PutRelease(ctx, r, rel); err != nil {
				t.Fatal(err)
			}
			want = append(want, nquadSet(rel)...)
		}
		slices.Sort(want)
		if got := strings.Split(strings.TrimSpace(string(exportNQuads(t, s))), "\n"); !slices.Equal(got, want) {
			t.Errorf("export:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
}
