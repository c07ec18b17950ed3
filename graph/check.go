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
// holds, every release is whole (it holds as many quads as it says),
// every person, organisation, place and event has a type and a name, and,
// on a store that keeps a ledger of its releases (Bolt, PostgreSQL,
// memory), the
// ledger and the releases stored agree: a release the ledger records and
// the store lacks is lost.
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
	lp, err := s.checkLedger(ctx, perLabel, releases)
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	problems = append(problems, lp...)
	sort.Slice(problems, func(i, j int) bool { return problems[i].String() < problems[j].String() })
	return problems, nil
}

// checkLedger compares the ledger of stored releases with what the store
// holds (perLabel: the quads of each label; releases: the labels that are
// releases): a release the ledger records that the store lacks is lost,
// and a stored release the ledger does not record was written around
// natokg. A store that keeps no ledger (CockroachDB, or a store written
// before natokg kept one) has nothing to compare.
func (s *Store) checkLedger(ctx context.Context, perLabel map[quad.Value]int, releases map[quad.Value]bool) ([]Problem, error) {
	ledger, kept, err := s.readLedger(ctx)
	if err != nil || !kept {
		return nil, err
	}
	var problems []Problem
	for r, n := range ledger {
		switch held := perLabel[r]; {
		case held == 0:
			problems = append(problems, Problem{r, fmt.Sprintf("release lost: the ledger records it with %d quads, and the store holds none of them (load it again to restore it)", n)})
		case held != n:
			problems = append(problems, Problem{r, fmt.Sprintf("the ledger records %d quads of this release, the store holds %d", n, held)})
		}
	}
	for l := range perLabel {
		if iri, ok := l.(quad.IRI); ok && releases[l] && ledger[iri] == 0 {
			problems = append(problems, Problem{l, "release is stored but not recorded in the ledger"})
		}
	}
	return problems, nil
}

// readLedger returns the store's ledger of releases and their counts of
// quads, and whether the store keeps one.
func (s *Store) readLedger(ctx context.Context) (map[quad.IRI]int, bool, error) {
	switch qs := s.qs.(type) {
	case kvStore:
		return qs.ledger()
	case sqlStore:
		return qs.ledger(ctx)
	}
	out := make(map[quad.IRI]int, len(s.memLedger))
	for r, n := range s.memLedger {
		out[r] = n
	}
	return out, true, nil
}

// releaseCounts returns the number of quads each stored release holds.
func (s *Store) releaseCounts(ctx context.Context) (map[quad.IRI]int, error) {
	perLabel := map[quad.IRI]int{}
	releases := map[quad.IRI]bool{}
	_, err := s.eachQuad(ctx, func(q quad.Quad) error {
		l, ok := q.Label.(quad.IRI)
		if !ok {
			return nil
		}
		perLabel[l]++
		if p, _ := q.Predicate.(quad.IRI); string(p) == rdf.Type && q.Subject == q.Label {
			if o, _ := q.Object.(quad.IRI); string(o) == schema.NewsArticle {
				releases[l] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI]int{}
	for r := range releases {
		out[r] = perLabel[r]
	}
	return out, nil
}
