package graph

import (
	"context"
	"fmt"
	"maps"
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
// the store (Cayley's kv stores index no label: a release's quads are
// found by reading every quad), and upgradeWrite how many it rewrites in
// one transaction.
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
	n := 0
	seen := map[quad.Value]bool{}
	for {
		pass, err := s.oldReleases(ctx, seen)
		if err != nil {
			return n, fmt.Errorf("graph: upgrade: %w", err)
		}
		if pass == nil {
			if _, err := s.startFigures(ctx); err != nil {
				return n, fmt.Errorf("graph: upgrade: build the figures: %w", err)
			}
			return n, nil
		}
		for rs := range slices.Chunk(slices.Sorted(maps.Keys(pass)), upgradeWrite) {
			if err := s.rewrite(ctx, rs, pass); err != nil {
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
}

// oldReleases reads, in one pass over the store, the own graphs of up to
// upgradePass releases not in seen, adds them to seen, and returns those
// that keep entity facts; nil when every release has been seen.
func (s *Store) oldReleases(ctx context.Context, seen map[quad.Value]bool) (map[quad.IRI]map[string]quad.Quad, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	own := map[quad.Value]map[string]quad.Quad{}
	old, states := map[quad.Value]bool{}, map[quad.Value]bool{}
	err = s.eachRaw(ctx, func(raw quad.Quad) error {
		q := normalizeQuad(raw)
		l := q.Label
		if l == nil || isBundle(l) || l == figuresIRI || seen[l] && own[l] == nil {
			return nil
		}
		if own[l] == nil {
			if len(own) == upgradePass {
				return nil
			}
			own[l] = map[string]quad.Quad{}
			seen[l] = true
		}
		own[l][q.NQuad()] = raw
		old[l] = old[l] || entityFact(q)
		states[l] = states[l] || q.Predicate == statesIRI
		return nil
	})
	if err != nil || len(own) == 0 {
		return nil, err
	}
	out := map[quad.IRI]map[string]quad.Quad{}
	for l, qs := range own {
		if iri, ok := l.(quad.IRI); ok && old[l] && !states[l] {
			out[iri] = qs
		}
	}
	return out, nil
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
