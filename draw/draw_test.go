package draw

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// An entity's name is the spelling most releases give it, ties going to
// the earliest release: a later, longer or odd spelling cannot take over.
func TestNodeName(t *testing.T) {
	const p = "https://natokg.example/person/mark-rutte"
	rel := func(d string) quad.IRI { return quad.IRI("https://natokg.example/release/" + d + "-statement") }
	type use struct{ name, release string }
	tests := []struct {
		name string
		uses []use
		want string
	}{
		{"one spelling", []use{{"Mark Rutte", "2025-05-01"}}, "Mark Rutte"},
		{"most releases", []use{{"Mark Rutte", "2025-05-01"}, {"Mark Rutte", "2025-05-02"}, {"Марк Рутте", "2025-05-03"}}, "Mark Rutte"},
		{"most releases, read last", []use{{"Марк Рутте", "2025-05-03"}, {"Mark Rutte", "2025-05-02"}, {"Mark Rutte", "2025-05-01"}}, "Mark Rutte"},
		{"tie: the earliest", []use{{"Mark Rutte", "2025-05-01"}, {"Mark Rutte the Great", "2025-05-02"}}, "Mark Rutte"},
		{"tie: the earliest, read last", []use{{"Mark Rutte the Great", "2025-05-02"}, {"Mark Rutte", "2025-05-01"}}, "Mark Rutte"},
		{"one release, the longest", []use{{"Rutte", "2025-05-01"}, {"Mark Rutte", "2025-05-01"}}, "Mark Rutte"},
	}
	for _, tt := range tests {
		b := NewBuilder()
		b.Add(quad.Quad{Subject: quad.IRI(p), Predicate: quad.IRI(rdf.Type), Object: quad.IRI(schema.Person), Label: rel("2025-05-01")})
		for _, u := range tt.uses {
			b.Add(quad.Quad{Subject: quad.IRI(p), Predicate: quad.IRI(schema.Name), Object: quad.String(u.name), Label: rel(u.release)})
		}
		b.Add(quad.Quad{Subject: quad.IRI("https://natokg.example/event/e"), Predicate: quad.IRI(rdf.Type), Object: quad.IRI(schema.Event)})
		b.Add(quad.Quad{Subject: quad.IRI("https://natokg.example/event/e"), Predicate: quad.IRI(schema.Attendee), Object: quad.IRI(p)})
		n := b.Net()
		if x := n.Nodes[p]; x == nil || x.Name != tt.want {
			t.Errorf("%s: node %+v, want named %q", tt.name, x, tt.want)
		}
	}
}
