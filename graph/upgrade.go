package graph

import (
	"context"
	"fmt"
	"slices"

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

// upgradePass is how many releases an upgrade reads in one pass over
// the store, after a first pass that finds them (Cayley's kv stores
// index no label: a release's quads are found by reading every quad),
// and upgradeWrite how many it rewrites in one transaction.
const (
	upgradePass  = 500
	upgradeWrite = 64
)

// Upgrade rewrites each release that keeps its entities' facts in its own
// graph (natokg's earlier layout) so that they are stored once, in
// bundles, a few releases per transaction: what each release says is the
// same before and after, and an upgrade cut short is taken up where it
// stopped by running it again. done, if not nil, is called with the IRI
// of each release rewritten. Then, on a store that keeps no figures (see
// figures.go), it builds them in one transaction. Upgrade returns how
// many releases it rewrote.
func (s *Store) Upgrade(ctx context.Context, done func(quad.IRI)) (int, error) {
	old, err := s.oldReleases(ctx)
	if err != nil {
		return 0, fmt.Errorf("graph: upgrade: %w", err)
	}
	n := 0
	for pass := range slices.Chunk(old, upgradePass) {
		own, err := s.ownGraphs(ctx, pass)
		if err != nil {
			return n, fmt.Errorf("graph: upgrade: %w", err)
		}
		for rs := range slices.Chunk(pass, upgradeWrite) {
			if err := s.rewrite(ctx, rs, own); err != nil {
				return n, fmt.Errorf("graph: upgrade: %w", err)
			}
			n += len(rs)
			if done != nil {
				for _, r := range rs {
					done(r)
				}
			}
		}
	}
	if _, err := s.startFigures(ctx); err != nil {
		return n, fmt.Errorf("graph: upgrade: build the figures: %w", err)
	}
	return n, nil
}

// oldReleases returns, from one pass over the store, the releases that
// keep entity facts in their own graphs and state no bundle, sorted.
func (s *Store) oldReleases(ctx context.Context) ([]quad.IRI, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	old, states := map[quad.IRI]bool{}, map[quad.IRI]bool{}
	err = s.eachRaw(ctx, func(raw quad.Quad) error {
		q := normalizeQuad(raw)
		l, ok := q.Label.(quad.IRI)
		if !ok || isBundle(l) || l == figuresIRI {
			return nil
		}
		if entityFact(q) {
			old[l] = true
		}
		if q.Predicate == statesIRI {
			states[l] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for l := range old {
		if !states[l] {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out, nil
}

// ownGraphs reads, in one pass over the store, the own graphs of the
// releases rs: stored quads by their normalised N-Quads lines.
func (s *Store) ownGraphs(ctx context.Context, rs []quad.IRI) (map[quad.IRI]map[string]quad.Quad, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	own := make(map[quad.IRI]map[string]quad.Quad, len(rs))
	for _, r := range rs {
		own[r] = map[string]quad.Quad{}
	}
	err = s.eachRaw(ctx, func(raw quad.Quad) error {
		q := normalizeQuad(raw)
		if l, ok := q.Label.(quad.IRI); ok && own[l] != nil {
			own[l][q.NQuad()] = raw
		}
		return nil
	})
	return own, err
}

// rewrite writes the releases rs again in the current layout, in one
// transaction; own holds each one's own graph (stored quads by their
// normalised N-Quads lines), which states no bundle.
func (s *Store) rewrite(ctx context.Context, rs []quad.IRI, own map[quad.IRI]map[string]quad.Quad) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return err
	}
	vs := make([]version, len(rs))
	for k, r := range rs {
		old := storedRelease{own: own[r]}
		vs[k] = version{release: r, old: old, quads: old.logical(r)}
	}
	return s.writeVersions(ctx, vs)
}
