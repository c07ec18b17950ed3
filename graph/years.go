package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
)

// The figures also keep each person's events by year, so that a page of
// a busy person's events or meetings, newest first, reads the latest
// years only and not every event. For each person P and each event E
// that P attended (according to any release), in the graph kg:figures:
//
//   - P kg:eventYear Y and Y kg:yearEvent E, where Y is P's year of E's
//     earliest start date (kg.YearIRI; the year "undated" for an event
//     with no start date);
//   - P kg:quoteYear Y and Y kg:yearQuote Q for each quotation Q of P's
//     (schema:creator), in the year of the release that gives it;
//   - P kg:postYear Y and Y kg:yearPost R for each release R that gives
//     P a post (org:holds), in R's year;
//   - P kg:meetingCount N: the pairs of another attendee and an event of
//     P's (the rows of people-met), counted with the other figures.
//
// A write works out again, for each event whose attendees or start dates
// it changes, the years the event belongs to after the write (from what
// the releases not being written state and what the written ones now
// state) and moves the event where they differ; a year left with no
// event goes. A quotation belongs to the release that gives it (its IRI
// is the release's), so its year, like that of a release giving a post,
// follows from that release's old and new quads alone. The quad kg:figures kg:keeps kg:YearFigures says a store
// keeps them; a store whose figures were built before them keeps none
// until `natokg upgrade` builds them.

var (
	yearsMarker     = quad.Quad{Subject: figuresIRI, Predicate: quad.IRI(kg.Keeps), Object: quad.IRI(kg.YearFigures), Label: figuresIRI}
	eventYearIRI    = quad.IRI(kg.EventYear)
	yearEventIRI    = quad.IRI(kg.YearEvent)
	quoteYearIRI    = quad.IRI(kg.QuoteYear)
	yearQuoteIRI    = quad.IRI(kg.YearQuote)
	postYearIRI     = quad.IRI(kg.PostYear)
	yearPostIRI     = quad.IRI(kg.YearPost)
	meetingCountIRI = quad.IRI(kg.MeetingCount)
	startDateIRI    = quad.IRI(schema.StartDate).Full()
	creatorIRI      = quad.IRI(schema.Creator).Full()
)

// yearFacet is one kind of member a person's years hold: events or
// quotations, with the link from the person to a year that holds one
// (owner) and from the year to each (member).
type yearFacet struct{ owner, member quad.IRI }

var (
	eventYears = yearFacet{eventYearIRI, yearEventIRI}
	quoteYears = yearFacet{quoteYearIRI, yearQuoteIRI}
	postYears  = yearFacet{postYearIRI, yearPostIRI}
)

// yearOf is the year of an event whose earliest start date is first (a
// lexical form, "" for none): its first four digits, or kg.Undated.
func yearOf(first string) string {
	if len(first) < 4 {
		return kg.Undated
	}
	for _, c := range first[:4] {
		if c < '0' || c > '9' {
			return kg.Undated
		}
	}
	return first[:4]
}

// earlier keeps in *first the earlier of it and the start date d (""
// is no date).
func earlier(first *string, d string) {
	if d != "" && (*first == "" || d < *first) {
		*first = d
	}
}

// yearNode is person's year year.
func yearNode(person quad.Value, year string) quad.IRI {
	p, _ := person.(quad.IRI)
	return kg.YearIRI(p, year)
}

// yearQuad is the figure that year holds event e; ownerQuad that person
// has the year.
func yearQuad(year quad.IRI, e quad.Value) quad.Quad { return eventYears.memberQuad(year, e) }

func ownerQuad(person quad.Value, year quad.IRI) quad.Quad { return eventYears.ownerQuad(person, year) }

// memberQuad is the figure that year holds x; ownerQuad that person has
// the year.
func (f yearFacet) memberQuad(year quad.IRI, x quad.Value) quad.Quad {
	return quad.Quad{Subject: year, Predicate: f.member, Object: x, Label: figuresIRI}
}

func (f yearFacet) ownerQuad(person quad.Value, year quad.IRI) quad.Quad {
	return quad.Quad{Subject: person, Predicate: f.owner, Object: year, Label: figuresIRI}
}

// expectedYears is the year figures of the attendance attended (event ->
// attendee) given each event's earliest start date, and of the
// quotations quoted and releases giving posts posted (each with its
// person and the year of its release), computed from nothing.
func expectedYears(attended map[link]bool, first map[quad.Value]string, quoted, posted map[yearMember]bool) []quad.Quad {
	size := map[quad.Value]int64{}
	for l := range attended {
		size[l.from]++
	}
	var out []quad.Quad
	owner, meetings := map[quad.IRI]quad.Value{}, map[quad.Value]int64{}
	for l := range attended {
		y := yearNode(l.to, yearOf(first[l.from]))
		out = append(out, yearQuad(y, l.from))
		owner[y] = l.to
		meetings[l.to] += size[l.from] - 1
	}
	for y, p := range owner {
		out = append(out, ownerQuad(p, y))
	}
	out = append(out, facetQuads(quoteYears, quoted)...)
	out = append(out, facetQuads(postYears, posted)...)
	for x, n := range meetings {
		if n > 0 {
			out = append(out, quad.Quad{Subject: x, Predicate: meetingCountIRI, Object: quad.Int(n), Label: figuresIRI})
		}
	}
	return out
}

// facetQuads is the figures of facet f for the members ms.
func facetQuads(f yearFacet, ms map[yearMember]bool) []quad.Quad {
	var out []quad.Quad
	owner := map[quad.IRI]quad.Value{}
	for k := range ms {
		y := yearNode(k.person, k.year)
		out = append(out, f.memberQuad(y, k.member))
		owner[y] = k.person
	}
	for y, p := range owner {
		out = append(out, f.ownerQuad(p, y))
	}
	return out
}

// keepsYears reports whether a store that keeps figures keeps its
// people's events by year; s.mu must be held.
func (s *Store) keepsYears(ctx context.Context) (bool, error) {
	return cached(&s.years, func() (bool, error) {
		held, err := s.holdsQuad(ctx, yearsMarker)
		if err != nil {
			return false, fmt.Errorf("look up the years of events: %w", err)
		}
		return held, nil
	})
}

// startsOf returns the start dates quads state, by event.
func startsOf(quads []quad.Quad) map[quad.Value]map[string]bool {
	out := map[quad.Value]map[string]bool{}
	for _, q := range quads {
		if q.Predicate != startDateIRI {
			continue
		}
		if out[q.Subject] == nil {
			out[q.Subject] = map[string]bool{}
		}
		out[q.Subject][dateOf(q.Object)] = true
	}
	return out
}

// dateChanges returns the events whose start dates vs change, and the
// earliest start date each written version now gives every event it
// dates.
func dateChanges(vs []version) (touched map[quad.Value]bool, come map[quad.Value]string) {
	touched, come = map[quad.Value]bool{}, map[quad.Value]string{}
	for _, v := range vs {
		var old []quad.Quad
		for _, qs := range v.old.bundles {
			for _, q := range qs {
				old = append(old, normalizeQuad(q))
			}
		}
		before, after := startsOf(old), startsOf(v.quads)
		for e, ds := range after {
			for d := range ds {
				f := come[e]
				earlier(&f, d)
				come[e] = f
				if !before[e][d] {
					touched[e] = true
				}
			}
		}
		for e, ds := range before {
			for d := range ds {
				if !after[e][d] {
					touched[e] = true
				}
			}
		}
	}
	return touched, come
}

// yearChange is what a write changes in the years of people's events.
type yearChange struct {
	// owner is the person of each year gaining or losing an event.
	owner map[quad.IRI]quad.Value
	// gained holds the years that gain an event; lost the events each
	// year loses.
	gained map[quad.IRI]bool
	lost   map[quad.IRI]map[quad.Value]bool
}

// planYears adds to p the change vs make to the years of people's events
// and to their meeting counts, given the events whose attendees change,
// in a store that keeps them (or starts its figures with p); s.mu must
// be held.
func (s *Store) planYears(ctx context.Context, p *plan, vs []version, events map[quad.Value]*attendance) error {
	if p.startsFigures {
		p.add(yearsMarker)
	} else if keep, err := s.keepsYears(ctx); err != nil || !keep {
		return err
	}
	writing := map[quad.Value]bool{}
	for _, v := range vs {
		writing[v.release] = true
	}
	touched, come := dateChanges(vs)
	for e := range events {
		touched[e] = true
	}
	c := yearChange{owner: map[quad.IRI]quad.Value{}, gained: map[quad.IRI]bool{}, lost: map[quad.IRI]map[quad.Value]bool{}}
	for e := range touched {
		if err := s.planEventYears(ctx, p, &c, e, events[e], come[e], writing); err != nil {
			return fmt.Errorf("years of %s: %w", e, err)
		}
	}
	if err := s.planYearOwners(ctx, p, c, eventYears); err != nil {
		return err
	}
	if err := s.planYearOwners(ctx, p, releaseChanges(p, vs, quoteYears, quotesIn), quoteYears); err != nil {
		return err
	}
	if err := s.planYearOwners(ctx, p, releaseChanges(p, vs, postYears, postsIn), postYears); err != nil {
		return err
	}
	return s.planMeetings(ctx, p, events)
}

// yearMember is a member of a person's year: a quotation of theirs, or
// a release that gives them a post, in the year of its release.
type yearMember struct {
	member, person quad.Value
	year           string
}

// releaseYear is the year of a release, given its quads (normalised).
func releaseYear(release quad.Value, quads []quad.Quad) string {
	for _, q := range quads {
		if q.Subject == release && q.Predicate == datePublishedIRI {
			return yearOf(dateOf(q.Object))
		}
	}
	return kg.Undated
}

// quotesIn returns the quotations a release's quads (normalised) give,
// in their speakers' years.
func quotesIn(release quad.Value, quads []quad.Quad) map[yearMember]bool {
	year, out := releaseYear(release, quads), map[yearMember]bool{}
	for _, q := range quads {
		if q.Predicate == creatorIRI {
			out[yearMember{q.Subject, q.Object, year}] = true
		}
	}
	return out
}

// postsIn returns the release itself, in the year of each person its
// quads (normalised) give a post.
func postsIn(release quad.Value, quads []quad.Quad) map[yearMember]bool {
	year, out := releaseYear(release, quads), map[yearMember]bool{}
	for _, q := range quads {
		if q.Predicate == holdsIRI {
			out[yearMember{release, q.Subject, year}] = true
		}
	}
	return out
}

// releaseChanges adds to p the members (of facet f, found by in) that vs
// move into and out of people's years, each release's old quads against
// its new ones, and returns the change for planYearOwners.
func releaseChanges(p *plan, vs []version, f yearFacet, in func(quad.Value, []quad.Quad) map[yearMember]bool) yearChange {
	c := yearChange{owner: map[quad.IRI]quad.Value{}, gained: map[quad.IRI]bool{}, lost: map[quad.IRI]map[quad.Value]bool{}}
	for _, v := range vs {
		var old []quad.Quad
		for _, q := range v.old.own {
			old = append(old, normalizeQuad(q))
		}
		before, after := in(v.release, old), in(v.release, v.quads)
		for k := range before {
			if !after[k] {
				y := yearNode(k.person, k.year)
				p.del(f.memberQuad(y, k.member))
				c.owner[y] = k.person
				if c.lost[y] == nil {
					c.lost[y] = map[quad.Value]bool{}
				}
				c.lost[y][k.member] = true
			}
		}
		for k := range after {
			if !before[k] {
				y := yearNode(k.person, k.year)
				p.add(f.memberQuad(y, k.member))
				c.owner[y] = k.person
				c.gained[y] = true
			}
		}
	}
	return c
}

// planEventYears adds to p and c the moves of event e between its
// attendees' years: a is its attendance when it changes (nil: its
// attendees stay), come the earliest start date the written versions
// give it; s.mu must be held.
func (s *Store) planEventYears(ctx context.Context, p *plan, c *yearChange, e quad.Value, a *attendance, come string, writing map[quad.Value]bool) error {
	attendees := map[quad.Value]bool{}
	if a != nil {
		attendees = a.after
	} else if err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: e, quad.Predicate: attendeeIRI}, quad.Object, func(x quad.Value) error {
		attendees[x] = true
		return nil
	}); err != nil {
		return fmt.Errorf("look up its attendees: %w", err)
	}
	first, err := s.firstStartAfter(ctx, e, come, writing)
	if err != nil {
		return err
	}
	want := map[quad.IRI]quad.Value{}
	for x := range attendees {
		want[yearNode(x, yearOf(first))] = x
	}
	held := map[quad.IRI]bool{}
	err = s.lookup(ctx, map[quad.Direction]quad.Value{quad.Predicate: yearEventIRI, quad.Object: e}, quad.Subject, func(y quad.Value) error {
		iri, _ := y.(quad.IRI)
		held[iri] = true
		if _, ok := want[iri]; !ok {
			p.del(yearQuad(iri, e))
			if c.lost[iri] == nil {
				c.lost[iri] = map[quad.Value]bool{}
			}
			c.lost[iri][e] = true
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("look up its years: %w", err)
	}
	for y, x := range want {
		c.owner[y] = x
		if !held[y] {
			p.add(yearQuad(y, e))
			c.gained[y] = true
		}
	}
	return nil
}

// firstStartAfter returns the earliest start date event e has once the
// releases in writing are written: of the dates come (the written
// versions') and of those the store holds in bundles a release not
// being written states; s.mu must be held.
func (s *Store) firstStartAfter(ctx context.Context, e quad.Value, come string, writing map[quad.Value]bool) (string, error) {
	first := come
	var dated []quad.Quad
	err := s.quadsWith(ctx, quad.Subject, e, func(raw quad.Quad) error {
		if q := normalizeQuad(raw); q.Predicate == startDateIRI {
			dated = append(dated, q)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("look up its start dates: %w", err)
	}
	for _, q := range dated {
		d := dateOf(q.Object)
		if d == "" || first != "" && d >= first {
			continue
		}
		kept, err := s.statedOutside(ctx, q.Label, writing)
		if err != nil {
			return "", fmt.Errorf("look up its start dates: %w", err)
		}
		if kept {
			first = d
		}
	}
	return first, nil
}

// statedOutside reports whether a quad labelled label stays once the
// releases in writing are written: label is a bundle a release not in
// writing states, or a release not in writing; s.mu must be held.
func (s *Store) statedOutside(ctx context.Context, label quad.Value, writing map[quad.Value]bool) (bool, error) {
	if !isBundle(label) {
		return label != nil && !writing[label], nil
	}
	found := false
	err := s.quadsWith(ctx, quad.Object, label, func(q quad.Quad) error {
		if normalizeValue(q.Predicate) == statesIRI && !writing[normalizeValue(q.Label)] {
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

// planYearOwners adds to p the links (of facet f) from people to the
// years c gives their first member, and takes away those of the years c
// leaves with none; s.mu must be held.
func (s *Store) planYearOwners(ctx context.Context, p *plan, c yearChange, f yearFacet) error {
	for y := range c.gained {
		held, err := s.holdsQuad(ctx, f.ownerQuad(c.owner[y], y))
		if err != nil {
			return fmt.Errorf("look up %s: %w", y, err)
		}
		if !held {
			p.add(f.ownerQuad(c.owner[y], y))
		}
	}
	for y, gone := range c.lost {
		if c.gained[y] {
			continue
		}
		left := false
		err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: y, quad.Predicate: f.member}, quad.Object, func(x quad.Value) error {
			if !gone[x] {
				left = true
				return errStop
			}
			return nil
		})
		if err != nil && err != errStop {
			return fmt.Errorf("look up %s: %w", y, err)
		}
		if left {
			continue
		}
		err = s.lookup(ctx, map[quad.Direction]quad.Value{quad.Predicate: f.owner, quad.Object: y}, quad.Subject, func(x quad.Value) error {
			p.del(f.ownerQuad(x, y))
			return nil
		})
		if err != nil {
			return fmt.Errorf("look up %s: %w", y, err)
		}
	}
	return nil
}

// planMeetings adds to p the change of each person's meeting count that
// the change of events' attendance makes; s.mu must be held.
func (s *Store) planMeetings(ctx context.Context, p *plan, events map[quad.Value]*attendance) error {
	d := map[quad.Value]int{}
	for _, a := range events {
		for x := range a.after {
			d[x] += len(a.after) - 1
		}
		for x := range a.before {
			d[x] -= len(a.before) - 1
		}
	}
	for x, n := range d {
		if n == 0 {
			continue
		}
		if _, err := s.planCount(ctx, p, x, meetingCountIRI, n); err != nil {
			return err
		}
	}
	return nil
}

// yearsScan gathers, from quads read one by one, what the year figures
// are computed from.
type yearsScan struct {
	attended map[link]bool
	first    map[quad.Value]string
	// creators is each quotation's speakers and the releases that say
	// so; holders each person given a post and the releases that do;
	// dates each release's date.
	creators map[link]map[quad.Value]bool
	holders  map[link]bool
	dates    map[quad.Value]string
}

func newYearsScan() *yearsScan {
	return &yearsScan{attended: map[link]bool{}, first: map[quad.Value]string{},
		creators: map[link]map[quad.Value]bool{}, holders: map[link]bool{}, dates: map[quad.Value]string{}}
}

// add takes the normalised quad q into account.
func (ys *yearsScan) add(q quad.Quad) {
	switch q.Predicate {
	case attendeeIRI:
		ys.attended[link{q.Subject, q.Object}] = true
	case startDateIRI:
		f := ys.first[q.Subject]
		earlier(&f, dateOf(q.Object))
		ys.first[q.Subject] = f
	case creatorIRI:
		l := link{q.Subject, q.Object}
		if ys.creators[l] == nil {
			ys.creators[l] = map[quad.Value]bool{}
		}
		ys.creators[l][q.Label] = true
	case holdsIRI:
		if q.Label != nil {
			ys.holders[link{q.Label, q.Subject}] = true
		}
	case datePublishedIRI:
		if q.Subject == q.Label {
			ys.dates[q.Subject] = dateOf(q.Object)
		}
	}
}

// quads is the year figures of what ys read.
func (ys *yearsScan) quads() []quad.Quad {
	year := func(r quad.Value) string {
		if d, ok := ys.dates[r]; ok {
			return yearOf(d)
		}
		return kg.Undated
	}
	quoted, posted := map[yearMember]bool{}, map[yearMember]bool{}
	for l, releases := range ys.creators {
		for r := range releases {
			quoted[yearMember{l.from, l.to, year(r)}] = true
		}
	}
	for l := range ys.holders {
		posted[yearMember{l.from, l.to, year(l.from)}] = true
	}
	return expectedYears(ys.attended, ys.first, quoted, posted)
}
