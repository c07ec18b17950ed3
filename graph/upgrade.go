package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
)

// OldLayout reports whether the store was written by an earlier natokg,
// whose releases each kept their own copy of their entities' facts: the
// first typed entity it finds decides. Its answers are the same; `natokg
// upgrade` ([Store.Upgrade]) stores each fact once. Check reads every
// release and names each one in the old layout.
func (s *Store) OldLayout(ctx context.Context) (bool, error) {
	unlock, err := s.readLock()
	if err != nil {
		return false, fmt.Errorf("graph: read the store's layout: %w", err)
	}
	defer unlock()
	typ, err := s.qs.ValueOf(quad.IRI(rdf.Type))
	if err != nil || typ == nil {
		return false, err
	}
	it := shape.BuildIterator(ctx, s.qs, shape.Quads{{Dir: quad.Predicate, Values: shape.Fixed{typ}}}).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return false, fmt.Errorf("graph: read the store's layout: %w", err)
		}
		if iri, ok := q.Subject.(quad.IRI); ok {
			switch k, _ := kg.KindOf(iri); k {
			case kg.Person, kg.Org, kg.Place:
				return !isBundle(q.Label), nil
			}
		}
	}
	return false, it.Err()
}

// Upgrade rewrites each release that keeps its entities' facts in its own
// graph (natokg's earlier layout) so that they are stored once, in
// bundles, one release per transaction: what each release says is the
// same before and after, and an upgrade cut short is taken up where it
// stopped by running it again. done, if not nil, is called with each
// release rewritten. Upgrade returns how many it rewrote.
func (s *Store) Upgrade(ctx context.Context, done func(ReleaseInfo)) (int, error) {
	rs, err := s.Releases(ctx)
	if err != nil {
		return 0, fmt.Errorf("graph: upgrade: %w", err)
	}
	n := 0
	for _, r := range rs {
		quads, old, err := s.oldRelease(ctx, r.IRI)
		if err != nil {
			return n, fmt.Errorf("graph: upgrade %s: %w", r.IRI, err)
		}
		if !old {
			continue
		}
		if _, err := s.PutRelease(ctx, r.IRI, quads); err != nil {
			return n, fmt.Errorf("graph: upgrade: %w", err)
		}
		n++
		if done != nil {
			done(r)
		}
	}
	return n, nil
}

// oldRelease returns release's quads in their logical form and whether
// its own graph keeps entity facts.
func (s *Store) oldRelease(ctx context.Context, release quad.IRI) ([]quad.Quad, bool, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, false, err
	}
	defer unlock()
	r, err := s.readStored(ctx, release)
	if err != nil {
		return nil, false, err
	}
	for _, q := range r.own {
		if entityFact(normalizeQuad(q)) {
			return r.logical(release), true, nil
		}
	}
	return nil, false, nil
}
