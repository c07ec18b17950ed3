package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// Problem is something wrong in a store.
type Problem struct {
	// Node is the release or entity at fault.
	Node quad.Value
	// What says what is wrong.
	What string
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s", p.Node, p.What) }

// Check verifies the store: every quad's label is a release the store
// holds, every release is whole (it holds as many quads as it says), and
// every person, organisation, place and event has a type and a name.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	defer unlock()
	perLabel := map[quad.Value]int{}
	releases := map[quad.Value]bool{}
	declared := map[quad.Value]int64{}
	typed, named := map[quad.Value]bool{}, map[quad.Value]bool{}
	entities := map[quad.Value]bool{}
	var problems []Problem
	_, err = s.eachQuad(ctx, func(q quad.Quad) error {
		if q.Label == nil {
			problems = append(problems, Problem{q.Subject, "quad with no release label: " + q.NQuad()})
		} else {
			perLabel[q.Label]++
		}
		p, _ := q.Predicate.(quad.IRI)
		switch string(p) {
		case rdf.Type:
			typed[q.Subject] = true
			if o, _ := q.Object.(quad.IRI); string(o) == schema.NewsArticle && q.Subject == q.Label {
				releases[q.Subject] = true
			}
		case schema.Name:
			named[q.Subject] = true
		case kg.QuadCount:
			if n, ok := quad.NativeOf(q.Object).(int64); ok && q.Subject == q.Label {
				declared[q.Subject] = n
			}
		}
		if iri, ok := q.Subject.(quad.IRI); ok {
			switch k, _ := kg.KindOf(iri); k {
			case kg.Person, kg.Org, kg.Place, kg.Event:
				entities[q.Subject] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	for l, n := range perLabel {
		switch {
		case !releases[l]:
			problems = append(problems, Problem{l, fmt.Sprintf("%d quads labelled with something that is not a stored release", n)})
		case declared[l] == 0:
			problems = append(problems, Problem{l, "release does not say how many quads it holds"})
		case int64(n) != declared[l]:
			problems = append(problems, Problem{l, fmt.Sprintf("release is not whole: it holds %d quads of %d", n, declared[l])})
		}
	}
	for e := range entities {
		if !typed[e] {
			problems = append(problems, Problem{e, "entity has no type"})
		}
		if !named[e] {
			problems = append(problems, Problem{e, "entity has no name"})
		}
	}
	sort.Slice(problems, func(i, j int) bool { return problems[i].String() < problems[j].String() })
	return problems, nil
}
