package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
)

// The figures also keep each person's events, quotations and posts by
// month, so that a page of a busy person's events, meetings, quotations
// or posts, newest first, reads the latest months only and not every
// link. For each person P, in the graph kg:figures, nodes M of kind
// Month (kg.MonthIRI), each named by a key (monthOf: "2025-05", or
// "2025" for a date without its month):
//
//   - P kg:eventMonth M and M kg:monthEvent E for each event E that P
//     attended (according to any release), in the month of E's earliest
//     start date; an event with no start date is in the month of the
//     earliest release that says P attended it, keyed "undated-2025-05"
//     ("undated" when no such release has a date);
//   - P kg:quoteMonth M and M kg:monthQuote Q for each quotation Q of P's
//     (schema:creator), in the month of the release that gives it;
//   - P kg:postMonth M and M kg:monthPost R for each release R that gives
//     P a post (org:holds), in R's month;
//   - P kg:meetingCount N: the pairs of another attendee and an event of
//     P's (the rows of people-met), counted with the other figures.
//
// A write works out again, for each event whose attendance, start dates
// or attending releases it touches, the months the event belongs to after
// the write (from what the releases not being written state and what the
// written ones now state) and moves the event where they differ; a month
// left with no member goes. A quotation belongs to the release that
// gives it (its IRI is the release's), so its month, like that of a
// release giving a post, follows from that release's old and new quads
// alone. The quad kg:figures kg:keeps kg:MonthFigures says a store keeps
// them; a store whose figures were built before them keeps none until
// `natokg upgrade` builds them.

var (
	monthsMarker    = quad.Quad{Subject: figuresIRI, Predicate: quad.IRI(kg.Keeps), Object: quad.IRI(kg.MonthFigures), Label: figuresIRI}
	eventMonthIRI   = quad.IRI(kg.EventMonth)
	monthEventIRI   = quad.IRI(kg.MonthEvent)
	quoteMonthIRI   = quad.IRI(kg.QuoteMonth)
	monthQuoteIRI   = quad.IRI(kg.MonthQuote)
	postMonthIRI    = quad.IRI(kg.PostMonth)
	monthPostIRI    = quad.IRI(kg.MonthPost)
	meetingCountIRI = quad.IRI(kg.MeetingCount)
	startDateIRI    = quad.IRI(schema.StartDate).Full()
	creatorIRI      = quad.IRI(schema.Creator).Full()
)

// monthFacet is one kind of member a person's months hold (events,
// quotations, releases giving posts), with the link from the person to a
// month that holds one (owner) and from the month to each (member).
type monthFacet struct{ owner, member quad.IRI }

var (
	eventMonths = monthFacet{eventMonthIRI, monthEventIRI}
	quoteMonths = monthFacet{quoteMonthIRI, monthQuoteIRI}
	postMonths  = monthFacet{postMonthIRI, monthPostIRI}
)

// monthOf is the key of the month of date d (a lexical form): "2025-05",
// "2025" for a year alone, "" for anything else.
func monthOf(d string) string {
	digits := func(s string) bool {
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case len(d) >= 7 && digits(d[:4]) && d[4] == '-' && digits(d[5:7]):
		return d[:7]
	case len(d) >= 4 && digits(d[:4]) && (len(d) == 4 || d[4] == '-'):
		return d[:4]
	}
	return ""
}

// eventKey is the month key of an event whose earliest start date is
// first, or, when it has none, whose earliest release (saying the person
// attended it) is dated reported: "undated-" and that month, or
// kg.Undated.
func eventKey(first, reported string) string {
	if m := monthOf(first); m != "" {
		return m
	}
	if m := monthOf(reported); m != "" {
		return kg.Undated + "-" + m
	}
	return kg.Undated
}

// releaseKey is the month key of a release dated d ("" for none).
func releaseKey(d string) string {
	if m := monthOf(d); m != "" {
		return m
	}
	return kg.Undated
}

// earlier keeps in *first the earlier of it and the start date d (""
// is no date).
func earlier(first *string, d string) {
	if d != "" && (*first == "" || d < *first) {
		*first = d
	}
}

// monthNode is person's month of key key.
func monthNode(person quad.Value, key string) quad.IRI {
	p, _ := person.(quad.IRI)
	return kg.MonthIRI(p, key)
}

// monthQuad is the figure that month m holds event e.
func monthQuad(m quad.IRI, e quad.Value) quad.Quad { return eventMonths.memberQuad(m, e) }

// memberQuad is the figure that month m holds x; ownerQuad that person
// has the month.
func (f monthFacet) memberQuad(m quad.IRI, x quad.Value) quad.Quad {
	return quad.Quad{Subject: m, Predicate: f.member, Object: x, Label: figuresIRI}
}

func (f monthFacet) ownerQuad(person quad.Value, m quad.IRI) quad.Quad {
	return quad.Quad{Subject: person, Predicate: f.owner, Object: m, Label: figuresIRI}
}

// expectedMonths is the month figures of the members of each facet
// (events, quotations, releases giving posts) and the meeting counts of
// the attendance attended (event -> attendee), computed from nothing.
func expectedMonths(attended map[link]bool, events, quoted, posted map[monthMember]bool) []quad.Quad {
	size := map[quad.Value]int64{}
	for l := range attended {
		size[l.from]++
	}
	meetings := map[quad.Value]int64{}
	for l := range attended {
		meetings[l.to] += size[l.from] - 1
	}
	out := facetQuads(eventMonths, events)
	out = append(out, facetQuads(quoteMonths, quoted)...)
	out = append(out, facetQuads(postMonths, posted)...)
	for x, n := range meetings {
		if n > 0 {
			out = append(out, quad.Quad{Subject: x, Predicate: meetingCountIRI, Object: quad.Int(n), Label: figuresIRI})
		}
	}
	return out
}

// facetQuads is the figures of facet f for the members ms.
func facetQuads(f monthFacet, ms map[monthMember]bool) []quad.Quad {
	var out []quad.Quad
	owner := map[quad.IRI]quad.Value{}
	for k := range ms {
		m := monthNode(k.person, k.key)
		out = append(out, f.memberQuad(m, k.member))
		owner[m] = k.person
	}
	for m, p := range owner {
		out = append(out, f.ownerQuad(p, m))
	}
	return out
}

// keepsMonths reports whether a store that keeps figures keeps its
// people's months; s.mu must be held.
func (s *Store) keepsMonths(ctx context.Context) (bool, error) {
	return cached(&s.months, func() (bool, error) {
		held, err := s.holdsQuad(ctx, monthsMarker)
		if err != nil {
			return false, fmt.Errorf("look up the months of people's events: %w", err)
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

// touchedEvents returns the events whose months vs may change: those
// whose start dates or attendance (by any release written, whatever its
// date) they state or stop stating; and the earliest start date each
// written version now gives every event it dates.
func touchedEvents(vs []version) (touched map[quad.Value]bool, come map[quad.Value]string) {
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
		for _, q := range v.old.own {
			if n := normalizeQuad(q); n.Predicate == attendeeIRI {
				touched[n.Subject] = true
			}
		}
		for _, q := range v.quads {
			if q.Predicate == attendeeIRI {
				touched[q.Subject] = true
			}
		}
	}
	return touched, come
}

// monthChange is what a write changes in the members of people's
// months of one facet.
type monthChange struct {
	// owner is the person of each month gaining or losing a member.
	owner map[quad.IRI]quad.Value
	// gained holds the months that gain a member; lost the members each
	// month loses.
	gained map[quad.IRI]bool
	lost   map[quad.IRI]map[quad.Value]bool
}

// planMonths adds to p the change vs make to people's months and to
// their meeting counts, given the events whose attendees change, in a
// store that keeps them (or starts its figures with p); s.mu must be
// held.
func (s *Store) planMonths(ctx context.Context, p *plan, vs []version, events map[quad.Value]*attendance) error {
	if p.startsFigures {
		p.add(monthsMarker)
	} else if keep, err := s.keepsMonths(ctx); err != nil || !keep {
		return err
	}
	writing := map[quad.Value]bool{}
	for _, v := range vs {
		writing[v.release] = true
	}
	touched, come := touchedEvents(vs)
	reported := writtenReports(vs)
	for e := range events {
		touched[e] = true
	}
	c := monthChange{owner: map[quad.IRI]quad.Value{}, gained: map[quad.IRI]bool{}, lost: map[quad.IRI]map[quad.Value]bool{}}
	for e := range touched {
		if err := s.planEventMonths(ctx, p, &c, e, events[e], come[e], reported, writing); err != nil {
			return fmt.Errorf("months of %s: %w", e, err)
		}
	}
	if err := s.planMonthOwners(ctx, p, c, eventMonths); err != nil {
		return err
	}
	if err := s.planMonthOwners(ctx, p, releaseChanges(p, versionMembers(vs, quotesIn), quoteMonths), quoteMonths); err != nil {
		return err
	}
	if err := s.planMonthOwners(ctx, p, releaseChanges(p, versionMembers(vs, postsIn), postMonths), postMonths); err != nil {
		return err
	}
	return s.planMeetings(ctx, p, events)
}

// monthMember is a member of a person's month of key key: an event they
// attended, a quotation of theirs or a release that gives them a post.
type monthMember struct {
	member, person quad.Value
	key            string
}

// releaseDate is the date of a release ("" for none), given its quads
// (normalised).
func releaseDate(release quad.Value, quads []quad.Quad) string {
	for _, q := range quads {
		if q.Subject == release && q.Predicate == datePublishedIRI {
			return dateOf(q.Object)
		}
	}
	return ""
}

// quotesIn returns the quotations a release's quads (normalised) give,
// in their speakers' months.
func quotesIn(release quad.Value, quads []quad.Quad) map[monthMember]bool {
	key, out := releaseKey(releaseDate(release, quads)), map[monthMember]bool{}
	for _, q := range quads {
		if q.Predicate == creatorIRI {
			out[monthMember{q.Subject, q.Object, key}] = true
		}
	}
	return out
}

// postsIn returns the release itself, in the month of each person its
// quads (normalised) give a post.
func postsIn(release quad.Value, quads []quad.Quad) map[monthMember]bool {
	key, out := releaseKey(releaseDate(release, quads)), map[monthMember]bool{}
	for _, q := range quads {
		if q.Predicate == holdsIRI {
			out[monthMember{release, q.Subject, key}] = true
		}
	}
	return out
}

// memberSets are the members of a facet's months that a release's old
// quads (before) and new quads (after) give.
type memberSets struct{ before, after map[monthMember]bool }

// versionMembers returns the members in finds in each version of vs, old
// and new.
func versionMembers(vs []version, in func(quad.Value, []quad.Quad) map[monthMember]bool) []memberSets {
	out := make([]memberSets, len(vs))
	for i, v := range vs {
		out[i] = memberSets{in(v.release, normalizedQuads(v.old.own)), in(v.release, v.quads)}
	}
	return out
}

// releaseChanges adds to p the members of facet f that releases move into
// and out of people's months, each release's old members against its new
// ones (versionMembers), and returns the change for planMonthOwners.
func releaseChanges(p *plan, sets []memberSets, f monthFacet) monthChange {
	c := monthChange{owner: map[quad.IRI]quad.Value{}, gained: map[quad.IRI]bool{}, lost: map[quad.IRI]map[quad.Value]bool{}}
	for _, m := range sets {
		before, after := m.before, m.after
		for k := range before {
			if !after[k] {
				y := monthNode(k.person, k.key)
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
				y := monthNode(k.person, k.key)
				p.add(f.memberQuad(y, k.member))
				c.owner[y] = k.person
				c.gained[y] = true
			}
		}
	}
	return c
}

// writtenReports returns, for each attendance the written versions of
// vs state, the date of the earliest of them that is dated ("" when
// none is).
func writtenReports(vs []version) map[link]string {
	out := map[link]string{}
	for _, v := range vs {
		d := releaseDate(v.release, v.quads)
		for _, q := range v.quads {
			if q.Predicate == attendeeIRI {
				l := link{q.Subject, q.Object}
				f := out[l]
				earlier(&f, d)
				out[l] = f
			}
		}
	}
	return out
}

// planEventMonths adds to p and c the moves of event e between its
// attendees' months: a is its attendance when it changes (nil: its
// attendees stay), come the earliest start date the written versions
// give it, reported the earliest dates of the written releases that
// state each attendance; s.mu must be held.
func (s *Store) planEventMonths(ctx context.Context, p *plan, c *monthChange, e quad.Value, a *attendance, come string, reported map[link]string, writing map[quad.Value]bool) error {
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
		r := ""
		if monthOf(first) == "" {
			if r, err = s.firstReportAfter(ctx, link{e, x}, reported[link{e, x}], writing); err != nil {
				return err
			}
		}
		want[monthNode(x, eventKey(first, r))] = x
	}
	held := map[quad.IRI]bool{}
	err = s.lookup(ctx, map[quad.Direction]quad.Value{quad.Predicate: monthEventIRI, quad.Object: e}, quad.Subject, func(v quad.Value) error {
		m, _ := v.(quad.IRI)
		held[m] = true
		if _, ok := want[m]; !ok {
			p.del(monthQuad(m, e))
			if c.lost[m] == nil {
				c.lost[m] = map[quad.Value]bool{}
			}
			c.lost[m][e] = true
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("look up its months: %w", err)
	}
	for m, x := range want {
		c.owner[m] = x
		if !held[m] {
			p.add(monthQuad(m, e))
			c.gained[m] = true
		}
	}
	return nil
}

// firstReportAfter returns the date of the earliest dated release that
// states the attendance l once the releases in writing are written: of
// come (the written versions' earliest) and of the releases not in
// writing that the store holds saying so; s.mu must be held.
func (s *Store) firstReportAfter(ctx context.Context, l link, come string, writing map[quad.Value]bool) (string, error) {
	var releases []quad.Value
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: l.from, quad.Predicate: attendeeIRI, quad.Object: l.to}, quad.Label, func(r quad.Value) error {
		if !writing[r] {
			releases = append(releases, r)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("look up the releases saying %s attended it: %w", l.to, err)
	}
	first := come
	for _, r := range releases {
		err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: r, quad.Predicate: datePublishedIRI}, quad.Object, func(d quad.Value) error {
			earlier(&first, dateOf(d))
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("look up the date of %s: %w", r, err)
		}
	}
	return first, nil
}

// firstStartAfter returns the earliest start date event e has once the
// releases in writing are written: of the dates come (the written
// versions') and of those the store holds in bundles a release not
// being written states; s.mu must be held.
func (s *Store) firstStartAfter(ctx context.Context, e quad.Value, come string, writing map[quad.Value]bool) (string, error) {
	first := come
	var dates []quad.Value
	seen := map[quad.Value]bool{}
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: e, quad.Predicate: startDateIRI}, quad.Object, func(d quad.Value) error {
		if !seen[d] {
			seen[d] = true
			dates = append(dates, d)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("look up its start dates: %w", err)
	}
	for _, date := range dates {
		d := dateOf(date)
		if d == "" || first != "" && d >= first {
			continue
		}
		var labels []quad.Value
		err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: e, quad.Predicate: startDateIRI, quad.Object: date}, quad.Label, func(label quad.Value) error {
			labels = append(labels, label)
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("look up who states %s: %w", d, err)
		}
		for _, label := range labels {
			kept, err := s.statedOutside(ctx, label, writing)
			if err != nil {
				return "", fmt.Errorf("look up who states %s: %w", d, err)
			}
			if kept {
				first = d
				break
			}
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
	return s.bundleStatedExcept(ctx, label, func(r quad.Value) bool { return writing[r] })
}

// planMonthOwners adds to p the links (of facet f) from people to the
// months c gives their first member, and takes away those of the months c
// leaves with none; s.mu must be held.
func (s *Store) planMonthOwners(ctx context.Context, p *plan, c monthChange, f monthFacet) error {
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

// monthsScan gathers, from quads read one by one, what the month figures
// are computed from.
type monthsScan struct {
	// attended is each attendance and the releases that state it; first
	// each event's earliest start date; creators each quotation's
	// speakers and the releases that say so; holders each release and
	// the people it gives a post; dates each release's date.
	attended map[link][]quad.Value
	first    map[quad.Value]string
	creators map[link][]quad.Value
	holders  map[link]bool
	dates    map[quad.Value]string
}

func newMonthsScan() *monthsScan {
	return &monthsScan{attended: map[link][]quad.Value{}, first: map[quad.Value]string{},
		creators: map[link][]quad.Value{}, holders: map[link]bool{}, dates: map[quad.Value]string{}}
}

// add takes the normalised quad q into account.
func (ms *monthsScan) add(q quad.Quad) {
	switch q.Predicate {
	case attendeeIRI:
		l := link{q.Subject, q.Object}
		ms.attended[l] = append(ms.attended[l], q.Label)
	case startDateIRI:
		f := ms.first[q.Subject]
		earlier(&f, dateOf(q.Object))
		ms.first[q.Subject] = f
	case creatorIRI:
		l := link{q.Subject, q.Object}
		ms.creators[l] = append(ms.creators[l], q.Label)
	case holdsIRI:
		if q.Label != nil {
			ms.holders[link{q.Label, q.Subject}] = true
		}
	case datePublishedIRI:
		if q.Subject == q.Label {
			ms.dates[q.Subject] = dateOf(q.Object)
		}
	}
}

// quads is the month figures of what ms read.
func (ms *monthsScan) quads() []quad.Quad {
	attended := map[link]bool{}
	events, quoted, posted := map[monthMember]bool{}, map[monthMember]bool{}, map[monthMember]bool{}
	for l, releases := range ms.attended {
		attended[l] = true
		reported := ""
		for _, r := range releases {
			earlier(&reported, ms.dates[r])
		}
		events[monthMember{l.from, l.to, eventKey(ms.first[l.from], reported)}] = true
	}
	for l, releases := range ms.creators {
		for _, r := range releases {
			quoted[monthMember{l.from, l.to, releaseKey(ms.dates[r])}] = true
		}
	}
	for l := range ms.holders {
		posted[monthMember{l.from, l.to, releaseKey(ms.dates[l.from])}] = true
	}
	return expectedMonths(attended, events, quoted, posted)
}
