package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// Stats counts the quads of a store and its distinct nodes of each kind,
// by their rdf:type.
type Stats struct {
	// Quads is the number of quads.
	Quads int64
	// Releases counts the schema:NewsArticle nodes.
	Releases int64
	// People counts the schema:Person nodes.
	People int64
	// Organisations counts the schema:Organization and
	// schema:GovernmentOrganization nodes.
	Organisations int64
	// Places counts the nodes of schema:Place and its subtypes natokg
	// uses: City, Country, Continent, AdministrativeArea, BodyOfWater,
	// CivicStructure and LandmarksOrHistoricalBuildings.
	Places int64
	// Events counts the schema:Event nodes.
	Events int64
}

// Stats counts the store. A node with several types of one kind (an
// Organization that is also a GovernmentOrganization), or typed by several
// releases, counts once.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	unlock, err := s.readLock()
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	defer unlock()
	var st Stats
	if st.Quads, err = quadCount(ctx, s.qs); err != nil {
		return Stats{}, fmt.Errorf("graph: stats: count quads: %w", err)
	}
	kinds := []struct {
		name  string
		n     *int64
		types []string
	}{
		{"releases", &st.Releases, []string{schema.NewsArticle}},
		{"people", &st.People, []string{schema.Person}},
		{"organisations", &st.Organisations, []string{schema.Organization, schema.GovernmentOrganization}},
		{"places", &st.Places, []string{
			schema.Place, schema.City, schema.Country, schema.Continent, schema.AdministrativeArea,
			schema.BodyOfWater, schema.CivicStructure, schema.LandmarksOrHistoricalBuildings,
		}},
		{"events", &st.Events, []string{schema.Event}},
	}
	for _, k := range kinds {
		if *k.n, err = countTyped(ctx, s.qs, k.types); err != nil {
			return Stats{}, fmt.Errorf("graph: stats: count %s: %w", k.name, err)
		}
	}
	return st, nil
}

// quadCount returns the exact number of quads in qs, asking for an exact
// count only when the cheap one is an estimate (the kv backends count
// every node when asked for exact stats).
func quadCount(ctx context.Context, qs cgraph.QuadStore) (int64, error) {
	st, err := qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		// The kv backends' Stats fails on a store never written to
		// (graph/kv/quadstore.go:235 reads the "size" key unguarded).
		return 0, nil
	}
	if err == nil && !st.Quads.Exact {
		st, err = qs.Stats(ctx, true)
	}
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}

// countTyped counts the distinct nodes that have one of types as rdf:type.
// Each type is read as one QuadsAction (object and predicate fixed), which
// Cayley's kv backends answer from their object-predicate-subject index;
// the path forms (Has, In) make them intersect with every quad of the
// predicate, which is a scan of the whole store.
func countTyped(ctx context.Context, qs cgraph.QuadStore, types []string) (int64, error) {
	typ, err := qs.ValueOf(quad.IRI(rdf.Type))
	if err != nil || typ == nil {
		return 0, err
	}
	seen := map[any]struct{}{}
	for _, t := range types {
		ref, err := qs.ValueOf(quad.IRI(t))
		if err != nil {
			return 0, err
		}
		if ref == nil {
			continue
		}
		s := shape.QuadsAction{Result: quad.Subject, Filter: map[quad.Direction]refs.Ref{
			quad.Object: ref, quad.Predicate: typ,
		}}
		it := shape.BuildIterator(ctx, qs, s).Iterate()
		for it.Next(ctx) {
			seen[refs.ToKey(it.Result())] = struct{}{}
		}
		err = it.Err()
		it.Close()
		if err != nil {
			return 0, err
		}
	}
	// Next stops silently when ctx is done.
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return int64(len(seen)), nil
}
