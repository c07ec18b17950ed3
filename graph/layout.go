package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/schema"
)

// The store keeps each entity fact once (docs/store-once.md). A release
// is written as its quads labelled with it (its logical form), and stored
// as:
//
//   - its own graph: what only it says (its headline, mentions, events,
//     attendance, citations, sentences, quotes, holdings of posts), and a
//     link R kg:states B to each bundle of entity facts it states;
//   - bundles: the facts it states about one entity (type, names, name
//     words, rank, containment, parent, a post's role and organisation, an
//     event's kind, dates and place),
//     labelled with the bundle's IRI, a digest of those facts, and
//     stored once however many releases state them.
//
// Everything natokg reads a release back through (ReleaseQuads, Export,
// Each) gives its logical form, so the layout is invisible outside this
// package except in the count of quads stored.

var (
	statesIRI    = quad.IRI(kg.States)
	citationIRI  = quad.IRI(schema.Citation).Full()
	holdsIRI     = quad.IRI(org.Holds).Full()
	heldIRI      = quad.IRI(kg.HeldBefore).Full()
	attendeeIRI  = quad.IRI(schema.Attendee).Full()
	organizerIRI = quad.IRI(schema.Organizer).Full()
)

// bundle is the facts one release states about one entity, labelled with
// the bundle's IRI.
type bundle struct {
	iri   quad.IRI
	quads []quad.Quad
}

// entityFact reports whether q (normalised) is a fact about a person,
// organisation, place, post, role or event that any release may restate:
// not its citations, which point into the release, nor who held a post,
// attended or organised an event according to the release that says so,
// or held it before (the queries read those links' releases).
func entityFact(q quad.Quad) bool {
	s, ok := q.Subject.(quad.IRI)
	if !ok {
		return false
	}
	switch k, _ := kg.KindOf(s); k {
	case kg.Person, kg.Org, kg.Place, kg.Post, kg.Role, kg.Event:
	default:
		return false
	}
	switch q.Predicate {
	case citationIRI, holdsIRI, heldIRI, attendeeIRI, organizerIRI:
		return false
	}
	return true
}

// bundleSubject is the entity whose facts the bundle b holds.
func bundleSubject(b quad.IRI) quad.IRI {
	path := strings.TrimPrefix(string(b), string(kg.IRI(kg.Bundle))+"/")
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		path = path[:i]
	}
	return quad.IRI(kg.NS + path)
}

// isBundle reports whether v is the IRI of a bundle.
func isBundle(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	if !ok {
		return false
	}
	k, _ := kg.KindOf(iri)
	return k == kg.Bundle
}

// stored splits the logical quads of release (normalised, each labelled
// with release) into the quads of its own graph, with its kg:states links,
// and its bundles, in the order of their entities' first facts.
func stored(release quad.IRI, quads []quad.Quad) (own []quad.Quad, bundles []bundle) {
	facts := map[quad.Value][]quad.Quad{}
	var subjects []quad.Value
	for _, q := range quads {
		if !entityFact(q) {
			own = append(own, q)
			continue
		}
		if facts[q.Subject] == nil {
			subjects = append(subjects, q.Subject)
		}
		facts[q.Subject] = append(facts[q.Subject], q)
	}
	for _, s := range subjects {
		b := newBundle(facts[s])
		bundles = append(bundles, b)
		own = append(own, quad.Quad{Subject: release, Predicate: statesIRI, Object: b.iri, Label: release})
	}
	return own, bundles
}

// newBundle makes the bundle of facts (about one subject, an IRI natokg
// minted): its IRI is the subject's path under the bundle kind, then the
// first 16 hexadecimal digits of the SHA-256 of the facts' N-Quads lines
// without label, sorted, so equal facts always make the same bundle and
// a bundle's subject is read from its IRI
// (https://natokg.example/bundle/org/nato/3f2a...).
func newBundle(facts []quad.Quad) bundle {
	lines := make([]string, len(facts))
	for i, q := range facts {
		q.Label = nil
		lines[i] = q.NQuad()
	}
	slices.Sort(lines)
	sum := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	// The subject's path is kept as it is, not slugged again, so that
	// bundleSubject gives back any subject exactly.
	path := strings.TrimPrefix(string(facts[0].Subject.(quad.IRI)), kg.NS)
	iri := quad.IRI(string(kg.IRI(kg.Bundle)) + "/" + path + "/" + hex.EncodeToString(sum[:8]))
	b := bundle{iri: iri, quads: make([]quad.Quad, len(facts))}
	for i, q := range facts {
		q.Label = iri
		b.quads[i] = q
	}
	return b
}

// logical is the logical form of a release from its own graph's quads
// and the quads of the bundles it states (by IRI): its own quads without
// the kg:states links, and each stated bundle's facts labelled with the
// release.
func logical(release quad.IRI, own []quad.Quad, bundles map[quad.IRI][]quad.Quad) []quad.Quad {
	out := make([]quad.Quad, 0, len(own))
	for _, q := range own {
		if q.Predicate != statesIRI {
			out = append(out, q)
			continue
		}
		for _, f := range bundles[q.Object.(quad.IRI)] {
			f.Label = release
			out = append(out, f)
		}
	}
	return out
}

// storedRelease is a release as the store holds it.
type storedRelease struct {
	// own is its own graph's quads, by their normalised N-Quads lines.
	own map[string]quad.Quad
	// bundles is the quads of each bundle it states.
	bundles map[quad.IRI][]quad.Quad
}

// readStored reads release's own graph and the bundles it states; s.mu
// or the read lock must be held.
func (s *Store) readStored(ctx context.Context, release quad.IRI) (storedRelease, error) {
	r := storedRelease{own: map[string]quad.Quad{}, bundles: map[quad.IRI][]quad.Quad{}}
	err := s.quadsWith(ctx, quad.Label, release, func(q quad.Quad) error {
		n := normalizeQuad(q)
		r.own[n.NQuad()] = q
		if n.Predicate == statesIRI {
			if b, ok := n.Object.(quad.IRI); ok {
				r.bundles[b] = nil
			}
		}
		return nil
	})
	if err != nil {
		return r, err
	}
	for b := range r.bundles {
		var qs []quad.Quad
		// Cayley's kv stores index no label: the bundle's facts are found
		// among its subject's.
		err := s.quadsWith(ctx, quad.Subject, bundleSubject(b), func(q quad.Quad) error {
			if normalizeValue(q.Label) == b {
				qs = append(qs, q)
			}
			return nil
		})
		if err != nil {
			return r, err
		}
		r.bundles[b] = qs
	}
	return r, nil
}

// logical is the release's logical form (see the function logical).
func (r storedRelease) logical(release quad.IRI) []quad.Quad {
	own := make([]quad.Quad, 0, len(r.own))
	for _, q := range r.own {
		own = append(own, normalizeQuad(q))
	}
	bundles := make(map[quad.IRI][]quad.Quad, len(r.bundles))
	for b, qs := range r.bundles {
		for _, q := range qs {
			bundles[b] = append(bundles[b], normalizeQuad(q))
		}
	}
	return logical(release, own, bundles)
}

// plan is the quads one transaction adds and deletes.
type plan struct {
	adds, dels []cgraph.Delta
	// written is the bundles the plan adds, so a batch writes each once.
	written map[quad.IRI]bool
	// startsFigures is whether the plan gives an empty store its
	// figures (figures.go).
	startsFigures bool
}

// add adds q to the quads p adds.
func (p *plan) add(q quad.Quad) { p.adds = append(p.adds, cgraph.Delta{Quad: q, Action: cgraph.Add}) }

// del adds q to the quads p deletes.
func (p *plan) del(q quad.Quad) {
	p.dels = append(p.dels, cgraph.Delta{Quad: q, Action: cgraph.Delete})
}

func newPlan() *plan { return &plan{written: map[quad.IRI]bool{}} }

// plan adds to p what makes the store hold own and bundles for release
// where it holds old: own quads old lacks, bundles not stored yet; old
// own quads that own lacks, and the bundles old stated that neither
// release nor any other states now. s.mu must be held.
func (s *Store) plan(ctx context.Context, p *plan, release quad.IRI, old storedRelease, own []quad.Quad, bundles []bundle) error {
	keep := map[string]bool{}
	for _, q := range own {
		if len(old.own) == 0 {
			p.add(q) // a release the store does not hold: no key to look up
			continue
		}
		k := q.NQuad()
		if _, ok := old.own[k]; ok {
			keep[k] = true
			continue
		}
		p.add(q)
	}
	for k, q := range old.own {
		if !keep[k] {
			p.del(q)
		}
	}
	stated := map[quad.IRI]bool{}
	for _, b := range bundles {
		stated[b.iri] = true
		if _, ok := old.bundles[b.iri]; ok || p.written[b.iri] {
			continue
		}
		held, err := s.holdsQuad(ctx, b.quads[0])
		if err != nil {
			return fmt.Errorf("look up bundle %s: %w", b.iri, err)
		}
		if !held {
			p.written[b.iri] = true
			for _, q := range b.quads {
				p.add(q)
			}
		}
	}
	for b, qs := range old.bundles {
		if stated[b] {
			continue
		}
		other, err := s.statedBy(ctx, b, release)
		if err != nil {
			return fmt.Errorf("look up bundle %s: %w", b, err)
		}
		if !other {
			for _, q := range qs {
				p.del(q)
			}
		}
	}
	return nil
}

// holdsQuad reports whether the store holds q, looked up as the labels
// of the quads with q's subject, predicate and object (the look-up
// Cayley's kv stores index); s.mu or the read lock must be held.
func (s *Store) holdsQuad(ctx context.Context, q quad.Quad) (bool, error) {
	found, label := false, normalizeValue(q.Label)
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: q.Subject, quad.Predicate: q.Predicate, quad.Object: q.Object}, quad.Label, func(l quad.Value) error {
		if l == label {
			found = true
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

// statedBy reports whether a release other than release states bundle b;
// s.mu must be held.
func (s *Store) statedBy(ctx context.Context, b, release quad.IRI) (bool, error) {
	return s.bundleStatedExcept(ctx, b, func(r quad.Value) bool { return r == release })
}

// bundleStatedExcept reports whether a release that except does not name
// states bundle b (it stops at the first); s.mu must be held.
func (s *Store) bundleStatedExcept(ctx context.Context, b quad.Value, except func(quad.Value) bool) (bool, error) {
	found := false
	err := s.quadsWith(ctx, quad.Object, b, func(q quad.Quad) error {
		if normalizeValue(q.Predicate) == statesIRI && !except(normalizeValue(q.Label)) {
			found = true
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return false, err
	}
	return found, nil
}
