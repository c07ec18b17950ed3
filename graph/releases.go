package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
)

// ReleaseInfo is a stored release.
type ReleaseInfo struct {
	// IRI is the release's IRI, the label of its quads.
	IRI quad.IRI
	// Title is its schema:headline.
	Title string
	// Date is its schema:datePublished, or "".
	Date string
	// File is the name of the file it was read from (kg:sourceFile), ""
	// for a release stored before natokg recorded it.
	File string
}

// Releases lists the stored releases, by date then title.
func (s *Store) Releases(ctx context.Context) ([]ReleaseInfo, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, fmt.Errorf("graph: releases: %w", err)
	}
	defer unlock()
	byIRI := map[quad.IRI]*ReleaseInfo{}
	for _, p := range []string{schema.Headline, schema.DatePublished, kg.SourceFile} {
		err := s.quadsWith(ctx, quad.Predicate, quad.IRI(p), func(q quad.Quad) error {
			iri, ok := q.Subject.(quad.IRI)
			if !ok {
				return nil
			}
			r := byIRI[iri]
			if r == nil {
				r = &ReleaseInfo{IRI: iri}
				byIRI[iri] = r
			}
			v := quad.NativeOf(q.Object)
			str := fmt.Sprint(v)
			if ts, ok := q.Object.(quad.TypedString); ok {
				str = string(ts.Value)
			}
			switch p {
			case schema.Headline:
				r.Title = str
			case schema.DatePublished:
				r.Date = str
			default:
				r.File = str
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("graph: releases: %w", err)
		}
	}
	out := make([]ReleaseInfo, 0, len(byIRI))
	for _, r := range byIRI {
		if r.Title != "" {
			out = append(out, *r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].Title < out[j].Title
	})
	return out, nil
}

// ReleaseQuads returns all release says: its quads, each labelled with
// it, the facts of the bundles it states among them.
func (s *Store) ReleaseQuads(ctx context.Context, release quad.IRI) ([]quad.Quad, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, fmt.Errorf("graph: release %s: %w", release, err)
	}
	defer unlock()
	r, err := s.readStored(ctx, release.Full())
	if err != nil {
		return nil, fmt.Errorf("graph: release %s: %w", release, err)
	}
	out := r.logical(release.Full())
	for i, q := range out {
		out[i] = exportQuad(q)
	}
	slices.SortFunc(out, func(a, b quad.Quad) int { return strings.Compare(a.NQuad(), b.NQuad()) })
	return out, nil
}

// quadsWith calls fn with each quad whose value in direction dir is v.
func (s *Store) quadsWith(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("look up %s: %w", v, err)
	}
	if ref == nil {
		return nil
	}
	it := shape.BuildIterator(ctx, s.qs, shape.Quads{{Dir: dir, Values: shape.Fixed{ref}}}).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterate: %w", err)
	}
	return ctx.Err()
}

// HasSourceHash reports whether a stored release carries the digest h
// (kg:sourceHash): the same text, read by the same rules, so a load can
// skip it without reading it again.
func (s *Store) HasSourceHash(ctx context.Context, h string) (bool, error) {
	unlock, err := s.readLock()
	if err != nil {
		return false, fmt.Errorf("graph: look up release digest: %w", err)
	}
	defer unlock()
	found := false
	err = s.quadsWith(ctx, quad.Object, quad.String(h), func(q quad.Quad) error {
		if p, ok := q.Predicate.(quad.IRI); ok && string(p) == kg.SourceHash {
			found = true
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("graph: look up release digest: %w", err)
	}
	return found, nil
}

// StoredRelease is what the store says of a release node: enough to tell
// whether a release read now is the same release.
type StoredRelease struct {
	// Title is the release's exact title (schema:headline).
	Title string
	// File is the name of the file it was read from (kg:sourceFile), ""
	// for a release stored before natokg recorded it.
	File string
}

// Release returns what the store says of the release node iri, and false
// when the store holds no release there.
func (s *Store) Release(ctx context.Context, iri quad.IRI) (StoredRelease, bool, error) {
	unlock, err := s.readLock()
	if err != nil {
		return StoredRelease{}, false, fmt.Errorf("graph: release %s: %w", iri, err)
	}
	defer unlock()
	var r StoredRelease
	found := false
	headline, file := quad.IRI(schema.Headline), quad.IRI(kg.SourceFile)
	err = s.quadsWith(ctx, quad.Subject, iri.Full(), func(q quad.Quad) error {
		switch q.Predicate {
		case headline:
			found = true
			r.Title = quadString(q.Object)
		case file:
			r.File = quadString(q.Object)
		}
		return nil
	})
	if err != nil {
		return StoredRelease{}, false, fmt.Errorf("graph: release %s: %w", iri, err)
	}
	return r, found, nil
}

// quadString is the text of a string literal, or of any value.
func quadString(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return quad.StringOf(v)
}

// Quads returns the stored quads (normalised, labelled as stored: with a
// release, or a bundle of entity facts) whose values are those given, nil
// for any: one index look-up when subject or object is given, with the
// predicate or not (Cayley's kv stores index no label). A release
// states a bundle B by its own quad R kg:states B.
func (s *Store) Quads(ctx context.Context, subject, predicate, object quad.Value) ([]quad.Quad, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	filter := map[quad.Direction]refs.Ref{}
	for d, v := range map[quad.Direction]quad.Value{quad.Subject: subject, quad.Predicate: predicate, quad.Object: object} {
		if v == nil {
			continue
		}
		ref, err := s.qs.ValueOf(normalizeValue(v))
		if err != nil {
			return nil, fmt.Errorf("graph: look up %s: %w", v, err)
		}
		if ref == nil {
			return nil, nil
		}
		filter[d] = ref
	}
	if len(filter) == 0 {
		return nil, fmt.Errorf("graph: Quads needs a value to look up")
	}
	// The store's optimiser picks the index of a look-up (on Bolt, one
	// prefix scan) and gives it as the quads of the nodes asked for.
	var quads shape.Shape
	opt, _ := shape.Optimize(ctx, shape.QuadsAction{Result: quad.Subject, Filter: filter}, cgraph.Unwrap(s.qs))
	if nf, ok := opt.(shape.NodesFrom); ok {
		quads = nf.Quads
	} else {
		var qs shape.Quads
		for d, ref := range filter {
			qs = append(qs, shape.QuadFilter{Dir: d, Values: shape.Fixed{ref}})
		}
		quads = qs
	}
	it := shape.BuildIterator(ctx, s.qs, quads).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("graph: read quad: %w", err)
		}
		out = append(out, normalizeQuad(q))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("graph: iterate: %w", err)
	}
	return out, ctx.Err()
}

// IsBundle reports whether label is the IRI of a bundle of entity facts
// (which the releases that state it link with kg:states), not a release.
func IsBundle(label quad.Value) bool { return isBundle(normalizeValue(label)) }
