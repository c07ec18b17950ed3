package graph

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// WriteRelease writes the quads of one release in one Cayley transaction
// and reports how many of them were not in the store yet.
//
// Every quad's label must be release; subjects must be IRIs or blank
// nodes, predicates IRIs, and every IRI valid in N-Quads. If any quad
// breaks these rules, WriteRelease returns an error and writes nothing.
// IRIs written with a registered prefix (schema:Person) are stored in full.
//
// Writing quads that are already stored changes nothing, so writing a
// release again is harmless. A failure never leaves part of a release in
// the store; the package documentation details the guarantees per backend.
func (s *Store) WriteRelease(ctx context.Context, release quad.IRI, quads []quad.Quad) (added int, err error) {
	release = release.Full()
	if err := checkIRI(release); err != nil {
		return 0, fmt.Errorf("graph: write release %s: %w", release, err)
	}
	tx := cgraph.NewTransactionN(len(quads))
	for i, q := range quads {
		q = normalizeQuad(q)
		if q.Label != release {
			return 0, fmt.Errorf("graph: write release %s: quad %d (%s) is labelled %v, not with the release", release, i, q.NQuad(), q.Label)
		}
		if err := checkQuad(q); err != nil {
			return 0, fmt.Errorf("graph: write release %s: quad %d (%s): %w", release, i, q.NQuad(), err)
		}
		tx.AddQuad(q) // a Transaction drops repeated quads itself
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return 0, fmt.Errorf("graph: write release %s: %w", release, ErrClosed)
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("graph: write release %s: %w", release, err)
	}
	// Only the quads not stored yet are handed to Cayley: its kv and SQL
	// backends bump the reference counts of a duplicate quad's nodes
	// before finding it is a duplicate. Duplicates are still ignored, for
	// another process writing the same quads meanwhile (SQL backends).
	// ApplyDeltas takes no context: the lookups are the last moment the
	// write can be abandoned.
	fresh, err := s.newDeltas(ctx, tx.Deltas)
	if err != nil {
		return 0, fmt.Errorf("graph: write release %s: look up quads: %w", release, err)
	}
	if len(fresh) == 0 {
		return 0, nil
	}
	if err := s.qs.ApplyDeltas(fresh, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return 0, fmt.Errorf("graph: write release %s: apply %d quads: %w", release, len(fresh), err)
	}
	return len(fresh), nil
}

// newDeltas returns the deltas whose quads are not in the store. It looks
// each quad up by the refs of its four values; a value the store does not
// know makes the quad new without a lookup.
func (s *Store) newDeltas(ctx context.Context, deltas []cgraph.Delta) ([]cgraph.Delta, error) {
	known := make(map[quad.Value]cgraph.Ref) // nil: value not in the store
	refOf := func(v quad.Value) (cgraph.Ref, error) {
		if r, ok := known[v]; ok {
			return r, nil
		}
		r, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", v, err)
		}
		known[v] = r
		return r, nil
	}
	var fresh []cgraph.Delta
	for _, d := range deltas {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ok, err := s.hasQuad(ctx, d.Quad, refOf)
		if err != nil {
			return nil, err
		}
		if !ok {
			fresh = append(fresh, d)
		}
	}
	return fresh, nil
}

// hasQuad reports whether the store holds q, resolving its values with
// refOf.
func (s *Store) hasQuad(ctx context.Context, q quad.Quad, refOf func(quad.Value) (cgraph.Ref, error)) (bool, error) {
	filter := make(shape.Quads, 0, len(quad.Directions))
	for _, dir := range quad.Directions {
		v := q.Get(dir)
		if v == nil {
			continue
		}
		r, err := refOf(v)
		if err != nil {
			return false, err
		}
		if r == nil {
			return false, nil
		}
		filter = append(filter, shape.QuadFilter{Dir: dir, Values: shape.Fixed{r}})
	}
	it := shape.BuildIterator(ctx, s.qs, filter).Iterate()
	defer it.Close()
	if it.Next(ctx) {
		return true, nil
	}
	if err := it.Err(); err != nil {
		return false, fmt.Errorf("look up quad %s: %w", q.NQuad(), err)
	}
	return false, ctx.Err()
}

// normalizeQuad expands prefixed IRIs (registered with quad/voc) to full
// ones, in values and in the datatypes of typed literals.
func normalizeQuad(q quad.Quad) quad.Quad {
	for _, dir := range quad.Directions {
		q.Set(dir, normalizeValue(q.Get(dir)))
	}
	return q
}

// normalizeValue is normalizeQuad for one value.
func normalizeValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return v.Full()
	case quad.TypedString:
		v.Type = v.Type.Full()
		return v
	}
	return v
}

// checkQuad reports why q cannot be written out as valid N-Quads, if it
// cannot: subject an IRI or blank node, predicate an IRI, object any
// term, label an IRI, and every IRI, blank node and language tag well-formed.
func checkQuad(q quad.Quad) error {
	switch v := q.Subject.(type) {
	case quad.IRI, quad.BNode:
		if err := checkValue(v); err != nil {
			return fmt.Errorf("subject: %w", err)
		}
	default:
		return fmt.Errorf("subject %v is not an IRI or a blank node", q.Subject)
	}
	if p, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Errorf("predicate %v is not an IRI", q.Predicate)
	} else if err := checkIRI(p); err != nil {
		return fmt.Errorf("predicate: %w", err)
	}
	if err := checkValue(q.Object); err != nil {
		return fmt.Errorf("object: %w", err)
	}
	if l, ok := q.Label.(quad.IRI); !ok {
		return fmt.Errorf("label %v is not an IRI", q.Label)
	} else if err := checkIRI(l); err != nil {
		return fmt.Errorf("label: %w", err)
	}
	return nil
}

// checkValue checks one term of a quad.
func checkValue(v quad.Value) error {
	switch v := v.(type) {
	case nil:
		return fmt.Errorf("missing value")
	case quad.IRI:
		return checkIRI(v)
	case quad.BNode:
		if v == "" || strings.ContainsFunc(string(v), func(r rune) bool {
			return r <= ' ' || strings.ContainsRune(`<>"{}|^`+"`"+`\.:`, r)
		}) {
			return fmt.Errorf("invalid blank node label %q", string(v))
		}
	case quad.String, quad.Int, quad.Float, quad.Bool, quad.Time:
	case quad.TypedString:
		if err := checkIRI(v.Type); err != nil {
			return fmt.Errorf("datatype of %s: %w", v, err)
		}
	case quad.LangString:
		if !validLangTag(v.Lang) {
			return fmt.Errorf("invalid language tag %q", v.Lang)
		}
	default:
		return fmt.Errorf("unsupported value %v of type %T", v, v)
	}
	return nil
}

// checkIRI reports whether iri is a valid, absolute N-Quads IRIREF:
// a scheme followed by ':' and none of the characters N-Quads forbids.
func checkIRI(iri quad.IRI) error {
	s := string(iri)
	if i := strings.IndexFunc(s, func(r rune) bool {
		return r <= ' ' || strings.ContainsRune(`<>"{}|^`+"`"+`\`, r)
	}); i >= 0 {
		return fmt.Errorf("IRI %q has a character N-Quads forbids at byte %d", s, i)
	}
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || !validScheme(scheme) {
		return fmt.Errorf("IRI %q is not absolute", s)
	}
	return nil
}

// validScheme reports whether s is a URI scheme (RFC 3986, section 3.1).
func validScheme(s string) bool {
	for i, r := range s {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case i > 0 && ('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// validLangTag reports whether s matches N-Quads' LANGTAG without its '@':
// [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLangTag(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			alpha := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
			if !alpha && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}
