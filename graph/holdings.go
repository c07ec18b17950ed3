package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
)

// The figures also keep each holding of a post: a person the releases
// say held it (org:holds, labelled with each release that says so). For
// each holding H of post X by person P, in the graph kg:figures:
//
//   - X kg:heldAs H, H kg:holder P;
//   - H kg:firstStated D, H kg:lastStated D: the dates of the earliest
//     and latest of them that are dated (none when none is), and
//     H kg:firstRelease R, H kg:lastRelease R: those releases.
//
// So "who held post X, and when" reads X's few holdings, not every
// release that names its holders. A write updates the holdings its
// releases state or stop stating, in its own transaction: the dates
// widened by the releases that come (a release stated again changes
// nothing), read again from the holding's releases only when a release
// that goes was the first or the last, and the holding taken away when
// no other release states it. Nothing is counted, so a write grounded in
// what the store holds stays exact even after a store lost a release
// around natokg and had it loaded again. The quad kg:figures kg:keeps
// kg:HoldingFigures says a store keeps them; a store whose figures were
// built before them keeps none until `natokg upgrade` builds them.

var (
	holdingsMarker   = quad.Quad{Subject: figuresIRI, Predicate: quad.IRI(kg.Keeps), Object: quad.IRI(kg.HoldingFigures), Label: figuresIRI}
	heldAsIRI        = quad.IRI(kg.HeldAs)
	holderIRI        = quad.IRI(kg.Holder)
	firstStatedIRI   = quad.IRI(kg.FirstStated)
	lastStatedIRI    = quad.IRI(kg.LastStated)
	firstReleaseIRI  = quad.IRI(kg.FirstRelease)
	lastReleaseIRI   = quad.IRI(kg.LastRelease)
	datePublishedIRI = quad.IRI(schema.DatePublished).Full()
)

// holdingKey is a person and a post they hold.
type holdingKey struct{ person, post quad.Value }

// statement is a release stating a holding, with the release's date
// ("" when it has none).
type statement struct {
	release quad.Value
	date    string
}

// holdingChange is what a write changes in who states one holding.
type holdingChange struct{ gone, come []statement }

// holdingFigures is what the figures keep of one holding: the releases
// that state it, and the earliest and the latest of them that are dated
// (of two of a date, the one whose IRI sorts first).
type holdingFigures struct {
	first, last statement
	held        bool
}

// add widens f by the statement st.
func (f *holdingFigures) add(st statement) {
	f.held = true
	if st.date == "" {
		return
	}
	if f.first.date == "" || st.before(f.first) {
		f.first = st
	}
	if f.last.date == "" || f.last.before(st) {
		f.last = st
	}
}

// before reports whether st is dated before o, or on its day with an
// IRI that sorts first.
func (st statement) before(o statement) bool {
	return st.date < o.date || st.date == o.date && st.release.String() < o.release.String()
}

// quads is the figures of the holding of k, f.
func (f holdingFigures) quads(k holdingKey) []quad.Quad {
	if !f.held {
		return nil
	}
	h := holdingIRI(k)
	fig := func(p quad.IRI, o quad.Value) quad.Quad {
		return quad.Quad{Subject: h, Predicate: p, Object: o, Label: figuresIRI}
	}
	out := []quad.Quad{
		{Subject: k.post, Predicate: heldAsIRI, Object: h, Label: figuresIRI},
		fig(holderIRI, k.person),
	}
	if f.first.date != "" {
		out = append(out, fig(firstStatedIRI, dateValue(f.first.date)), fig(lastStatedIRI, dateValue(f.last.date)),
			fig(firstReleaseIRI, f.first.release), fig(lastReleaseIRI, f.last.release))
	}
	return out
}

// holdingIRI is the node of the holding k.
func holdingIRI(k holdingKey) quad.IRI {
	person, _ := k.person.(quad.IRI)
	post, _ := k.post.(quad.IRI)
	return kg.HoldingIRI(person, post)
}

// dateValue is the xsd:date d.
func dateValue(d string) quad.Value {
	return quad.TypedString{Value: quad.String(d), Type: quad.IRI(xsd.Date).Full()}
}

// dateOf is the lexical form of a date value, "" for anything else.
func dateOf(v quad.Value) string {
	switch v := v.(type) {
	case quad.TypedString:
		return string(v.Value)
	case quad.String:
		return string(v)
	}
	return ""
}

// statedHoldings returns the holdings a release's quads (normalised)
// state, each with the release's date.
func statedHoldings(release quad.Value, quads []quad.Quad) map[holdingKey]string {
	date := ""
	for _, q := range quads {
		if q.Subject == release && q.Predicate == datePublishedIRI {
			date = dateOf(q.Object)
		}
	}
	out := map[holdingKey]string{}
	for _, q := range quads {
		if q.Predicate == holdsIRI {
			out[holdingKey{q.Subject, q.Object}] = date
		}
	}
	return out
}

// holdingChanges returns, for each holding whose statements a write of vs
// changes, the statements it takes away and those it adds (an edit that
// keeps a holding and its release's date changes nothing).
func holdingChanges(vs []version) map[holdingKey]*holdingChange {
	out := map[holdingKey]*holdingChange{}
	change := func(k holdingKey) *holdingChange {
		if out[k] == nil {
			out[k] = &holdingChange{}
		}
		return out[k]
	}
	for _, v := range vs {
		var old []quad.Quad
		for _, q := range v.old.own {
			old = append(old, normalizeQuad(q))
		}
		before, after := statedHoldings(v.release, old), statedHoldings(v.release, v.quads)
		for k, d := range before {
			if nd, ok := after[k]; !ok || nd != d {
				change(k).gone = append(change(k).gone, statement{v.release, d})
			}
		}
		for k, d := range after {
			if od, ok := before[k]; !ok || od != d {
				change(k).come = append(change(k).come, statement{v.release, d})
			}
		}
	}
	return out
}

// keepsHoldings reports whether a store that keeps figures keeps its
// holdings; s.mu must be held.
func (s *Store) keepsHoldings(ctx context.Context) (bool, error) {
	return cached(&s.holdings, func() (bool, error) {
		held, err := s.holdsQuad(ctx, holdingsMarker)
		if err != nil {
			return false, fmt.Errorf("look up the holdings: %w", err)
		}
		return held, nil
	})
}

// planHoldings adds to p the change vs make to the holdings, in a store
// that keeps them (or starts its figures with p); s.mu must be held.
func (s *Store) planHoldings(ctx context.Context, p *plan, vs []version) error {
	if p.startsFigures {
		p.add(holdingsMarker)
	} else if keep, err := s.keepsHoldings(ctx); err != nil || !keep {
		return err
	}
	writing := map[quad.Value]bool{}
	for _, v := range vs {
		writing[v.release] = true
	}
	for k, c := range holdingChanges(vs) {
		if err := s.planHolding(ctx, p, k, c, writing); err != nil {
			return fmt.Errorf("holding of %s by %s: %w", k.post, k.person, err)
		}
	}
	return nil
}

// planHolding adds to p the change c makes to the figures of the holding
// k; s.mu must be held.
func (s *Store) planHolding(ctx context.Context, p *plan, k holdingKey, c *holdingChange, writing map[quad.Value]bool) error {
	old, err := s.readHolding(ctx, holdingIRI(k))
	if err != nil {
		return err
	}
	now, others := old, true
	if len(c.gone) > 0 && len(c.come) == 0 {
		if others, err = s.statedByOthers(ctx, k, writing); err != nil {
			return err
		}
	}
	switch {
	case !others:
		now = holdingFigures{}
	case len(c.gone) > 0 && c.movesEnds(old):
		if now, err = s.recountHolding(ctx, k, c.come, writing); err != nil {
			return err
		}
	default:
		for _, st := range c.come {
			now.add(st)
		}
	}
	before, after := old.quads(k), now.quads(k)
	for _, q := range before {
		if !slices.Contains(after, q) {
			p.del(q)
		}
	}
	for _, q := range after {
		if !slices.Contains(before, q) {
			p.add(q)
		}
	}
	return nil
}

// movesEnds reports whether a release c takes away is the first or the
// last of old.
func (c *holdingChange) movesEnds(old holdingFigures) bool {
	for _, st := range c.gone {
		if st.date != "" && (st.release == old.first.release || st.release == old.last.release) {
			return true
		}
	}
	return false
}

// readHolding returns the figures the store keeps of the holding h;
// s.mu must be held.
func (s *Store) readHolding(ctx context.Context, h quad.IRI) (holdingFigures, error) {
	var f holdingFigures
	err := s.quadsWith(ctx, quad.Subject, h, func(raw quad.Quad) error {
		q := normalizeQuad(raw)
		switch q.Predicate {
		case holderIRI:
			f.held = true
		case firstStatedIRI:
			f.first.date = dateOf(q.Object)
		case lastStatedIRI:
			f.last.date = dateOf(q.Object)
		case firstReleaseIRI:
			f.first.release = q.Object
		case lastReleaseIRI:
			f.last.release = q.Object
		}
		return nil
	})
	if err != nil {
		return f, fmt.Errorf("read %s: %w", h, err)
	}
	return f, nil
}

// statedByOthers reports whether a release not in writing states the
// holding k (it stops at the first); s.mu must be held.
func (s *Store) statedByOthers(ctx context.Context, k holdingKey, writing map[quad.Value]bool) (bool, error) {
	_, others, err := s.statedElsewhere(ctx, quad.Quad{Subject: k.person, Predicate: holdsIRI, Object: k.post}, writing)
	if err != nil {
		return false, fmt.Errorf("look up the releases that state it: %w", err)
	}
	return others, nil
}

// recountHolding returns the figures of the holding k read from the
// releases that state it, but those being written, and the statements
// come; s.mu must be held.
func (s *Store) recountHolding(ctx context.Context, k holdingKey, come []statement, writing map[quad.Value]bool) (holdingFigures, error) {
	var f holdingFigures
	var releases []quad.Value
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: k.person, quad.Predicate: holdsIRI, quad.Object: k.post}, quad.Label, func(r quad.Value) error {
		if !writing[r] {
			releases = append(releases, r)
		}
		return nil
	})
	if err != nil {
		return f, fmt.Errorf("look up the releases that state it: %w", err)
	}
	for _, r := range releases {
		date := ""
		err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: r, quad.Predicate: datePublishedIRI}, quad.Object, func(d quad.Value) error {
			date = dateOf(d)
			return nil
		})
		if err != nil {
			return f, fmt.Errorf("look up the date of %s: %w", r, err)
		}
		f.add(statement{r, date})
	}
	for _, st := range come {
		f.add(st)
	}
	return f, nil
}

// expectedHoldings is the holdings figures of the statements stated
// (holding -> releases) given the releases' dates, computed from
// nothing.
func expectedHoldings(stated map[holdingKey]map[quad.Value]bool, dates map[quad.Value]string) []quad.Quad {
	var out []quad.Quad
	for k, releases := range stated {
		var f holdingFigures
		for r := range releases {
			f.add(statement{r, dates[r]})
		}
		out = append(out, f.quads(k)...)
	}
	return out
}

// holdingsScan gathers, from quads read one by one, what the holdings
// figures are computed from.
type holdingsScan struct {
	stated map[holdingKey]map[quad.Value]bool
	dates  map[quad.Value]string
}

func newHoldingsScan() *holdingsScan {
	return &holdingsScan{stated: map[holdingKey]map[quad.Value]bool{}, dates: map[quad.Value]string{}}
}

// add takes the normalised quad q into account.
func (hs *holdingsScan) add(q quad.Quad) {
	switch {
	case q.Predicate == holdsIRI && q.Label != nil:
		k := holdingKey{q.Subject, q.Object}
		if hs.stated[k] == nil {
			hs.stated[k] = map[quad.Value]bool{}
		}
		hs.stated[k][q.Label] = true
	case q.Predicate == datePublishedIRI && q.Subject == q.Label:
		hs.dates[q.Subject] = dateOf(q.Object)
	}
}

// quads is the holdings figures of what hs read.
func (hs *holdingsScan) quads() []quad.Quad { return expectedHoldings(hs.stated, hs.dates) }
