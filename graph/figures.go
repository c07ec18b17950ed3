package graph

import (
	"context"
	"fmt"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
)

// A store keeps figures about the people who attended events (according
// to any release: schema:attendee), in the graph kg:figures:
//
//   - P kg:eventCount N: the distinct events P attended;
//   - P kg:met Q, and Q kg:met P, when P and Q attended one together;
//   - P kg:degree N: the people P met.
//
// Each write updates them, in its own transaction, from the attendance
// it adds and takes away, so they stay exact through edits and removals,
// and the most-connected query reads them instead of every event. The
// quad kg:figures rdf:type kg:FigureGraph says a store keeps them: a
// store gets it with its first write, or from `natokg upgrade`.
//
// The figures also list the words of the name index: kg:figures kg:word
// "w" for each distinct object of the kg:searchWord quads the store
// holds, so one index look-up gives every word (the explorer's search
// reads it instead of every node). A write adds the words its new
// kg:searchWord quads hold that are not listed yet, and takes away a
// word no kg:searchWord quad holds once it is done. A store whose figures
// were built before the list keeps none (no kg:word quad while some
// kg:searchWord quad is held): writes leave it so, and `natokg upgrade`
// builds it.

var (
	figuresIRI    = quad.IRI(kg.Figures)
	eventCountIRI = quad.IRI(kg.EventCount)
	degreeIRI     = quad.IRI(kg.Degree)
	metIRI        = quad.IRI(kg.Met)
	wordIRI       = quad.IRI(kg.Word)
	searchWordIRI = quad.IRI(kg.SearchWord)
	figuresMarker = quad.Quad{Subject: figuresIRI, Predicate: quad.IRI(rdf.Type).Full(), Object: quad.IRI(kg.FigureGraph), Label: figuresIRI}
)

// figuresState is what a Store knows of its store's figures.
type figuresState int

const (
	figuresUnknown figuresState = iota
	figuresKept
	figuresNotKept
)

// link is an ordered pair of nodes: an event and its attendee, or two
// people (in the order of their N-Quads forms).
type link struct{ from, to quad.Value }

// peers is the link between two people, in order.
func peers(a, b quad.Value) link {
	if a.String() > b.String() {
		a, b = b, a
	}
	return link{a, b}
}

// attendance is who attended one event before a write and after it.
type attendance struct{ before, after map[quad.Value]bool }

func newAttendance() *attendance {
	return &attendance{before: map[quad.Value]bool{}, after: map[quad.Value]bool{}}
}

// figureChange is what a write changes in the figures.
type figureChange struct {
	// events and degree are the change of each person's figures.
	events, degree map[quad.Value]int
	// gained holds the people who attend an event together after the
	// write and did not before at that event; lost those who did before
	// and no longer do at that event (they may still at another).
	gained, lost map[link]bool
}

func newFigureChange() *figureChange {
	return &figureChange{events: map[quad.Value]int{}, degree: map[quad.Value]int{},
		gained: map[link]bool{}, lost: map[link]bool{}}
}

// add takes into account the change of one event's attendees.
func (c *figureChange) add(a *attendance) {
	for x := range a.after {
		if !a.before[x] {
			c.events[x]++
		}
		for y := range a.after {
			if x != y && !(a.before[x] && a.before[y]) {
				c.gained[peers(x, y)] = true
			}
		}
	}
	for x := range a.before {
		if !a.after[x] {
			c.events[x]--
		}
		for y := range a.before {
			if x != y && !(a.after[x] && a.after[y]) {
				c.lost[peers(x, y)] = true
			}
		}
	}
}

// keepsFigures reports whether the store keeps figures, and whether a
// write to it starts them (the store is empty); s.mu must be held.
func (s *Store) keepsFigures(ctx context.Context) (keep, start bool, err error) {
	switch s.figures {
	case figuresKept:
		return true, false, nil
	case figuresNotKept:
		return false, false, nil
	}
	held, err := s.holdsQuad(ctx, figuresMarker)
	if err != nil || held {
		if held {
			s.figures = figuresKept
		}
		return held, false, err
	}
	n, err := quadCount(ctx, s.qs)
	if err != nil || n == 0 {
		return n == 0, n == 0, err
	}
	s.figures = figuresNotKept
	return false, false, nil
}

// KeepsFigures reports whether the store keeps the figures the
// most-connected query reads (or is empty, and will keep them from its
// first write); a store written by an earlier natokg keeps none until
// `natokg upgrade` ([Store.Upgrade]) builds them.
func (s *Store) KeepsFigures(ctx context.Context) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keep, _, err := s.keepsFigures(ctx)
	if err != nil {
		return false, fmt.Errorf("graph: look up the store's figures: %w", err)
	}
	return keep, nil
}

// planFigures adds to p the change vs make to the figures, when the
// store keeps them; s.mu must be held.
func (s *Store) planFigures(ctx context.Context, p *plan, vs []version) error {
	keep, start, err := s.keepsFigures(ctx)
	if err != nil || !keep {
		return err
	}
	if start {
		p.add(figuresMarker)
		p.startsFigures = true
	}
	events, err := s.attendanceChanges(ctx, vs)
	if err != nil {
		return err
	}
	if err := s.planFigureChange(ctx, p, events); err != nil {
		return err
	}
	if err := s.planMonths(ctx, p, vs, events); err != nil {
		return err
	}
	if err := s.planMentions(ctx, p, vs); err != nil {
		return err
	}
	if err := s.planHoldings(ctx, p, vs); err != nil {
		return err
	}
	words, err := s.keepsWords(ctx)
	if err != nil || !words {
		return err
	}
	return s.planWords(ctx, p)
}

// wordQuad is the figure that the store's name index holds word w.
func wordQuad(w quad.Value) quad.Quad {
	return quad.Quad{Subject: figuresIRI, Predicate: wordIRI, Object: w, Label: figuresIRI}
}

// cached returns what *st knows of a part of the figures, or asks probe
// whether the store keeps it and keeps the answer in *st.
func cached(st *figuresState, probe func() (bool, error)) (bool, error) {
	switch *st {
	case figuresKept:
		return true, nil
	case figuresNotKept:
		return false, nil
	}
	kept, err := probe()
	if err != nil {
		return false, err
	}
	*st = figuresNotKept
	if kept {
		*st = figuresKept
	}
	return kept, nil
}

// keepsWords reports whether a store that keeps figures keeps the list
// of its index words: it lists one, or its index holds none (an empty
// store); s.mu must be held.
func (s *Store) keepsWords(ctx context.Context) (bool, error) {
	return cached(&s.words, func() (bool, error) { return s.figureOrNoSource(ctx, wordIRI, searchWordIRI) })
}

// figureOrNoSource reports whether the figures hold a kg:figures figure
// quad, or the store no quad of source it is worked out from (Cayley
// stops at the first); s.mu must be held.
func (s *Store) figureOrNoSource(ctx context.Context, figure, source quad.IRI) (bool, error) {
	listed, err := s.anyQuad(ctx, map[quad.Direction]quad.Value{quad.Subject: figuresIRI, quad.Predicate: figure})
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", figure, err)
	}
	if listed {
		return true, nil
	}
	used, err := s.anyQuad(ctx, map[quad.Direction]quad.Value{quad.Predicate: source})
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", source, err)
	}
	return !used, nil
}

// anyQuad reports whether the store holds a quad with the values of
// filter; s.mu or the read lock must be held.
func (s *Store) anyQuad(ctx context.Context, filter map[quad.Direction]quad.Value) (bool, error) {
	found := false
	result := quad.Label
	err := s.lookup(ctx, filter, result, func(quad.Value) error {
		found = true
		return errStop
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

// planWords adds to p the change to the word list that p's own adds and
// deletions of kg:searchWord quads make: a word added and not listed is
// listed; a listed word whose quads p deletes goes when no other
// kg:searchWord quad (looked up by the word, an indexed look-up) holds
// it. s.mu must be held.
func (s *Store) planWords(ctx context.Context, p *plan) error {
	added, deleted := map[quad.Value][]string{}, map[string]bool{}
	var touched []quad.Value
	seen := map[quad.Value]bool{}
	see := func(d cgraph.Delta) (quad.Quad, bool) {
		q := normalizeQuad(d.Quad)
		if q.Predicate != searchWordIRI || q.Label == figuresIRI {
			return q, false
		}
		if !seen[q.Object] {
			seen[q.Object] = true
			touched = append(touched, q.Object)
		}
		return q, true
	}
	for _, d := range p.adds {
		if q, ok := see(d); ok {
			added[q.Object] = append(added[q.Object], q.NQuad())
		}
	}
	for _, d := range p.dels {
		if q, ok := see(d); ok {
			deleted[q.NQuad()] = true
		}
	}
	for _, w := range touched {
		after := false
		for _, k := range added[w] {
			after = after || !deleted[k]
		}
		if !after {
			err := s.quadsWith(ctx, quad.Object, w, func(raw quad.Quad) error {
				q := normalizeQuad(raw)
				if q.Predicate == searchWordIRI && q.Label != figuresIRI && !deleted[q.NQuad()] {
					after = true
					return errStop
				}
				return nil
			})
			if err != nil && err != errStop {
				return fmt.Errorf("look up the index word %s: %w", w, err)
			}
		}
		listed, err := s.holdsQuad(ctx, wordQuad(w))
		if err != nil {
			return fmt.Errorf("look up the index word %s: %w", w, err)
		}
		switch {
		case after && !listed:
			p.add(wordQuad(w))
		case !after && listed:
			p.del(wordQuad(w))
		}
	}
	return nil
}

// planFigureChange adds to p the change to the figures of the events
// whose attendees change; s.mu must be held.
func (s *Store) planFigureChange(ctx context.Context, p *plan, events map[quad.Value]*attendance) error {
	c := newFigureChange()
	for _, a := range events {
		c.add(a)
	}
	if err := s.planMet(ctx, p, c, events); err != nil {
		return err
	}
	counts := map[quad.IRI]map[quad.Value]countChange{}
	for _, f := range []struct {
		pred   quad.IRI
		change map[quad.Value]int
	}{{eventCountIRI, c.events}, {degreeIRI, c.degree}} {
		counts[f.pred] = map[quad.Value]countChange{}
		for x, d := range f.change {
			if d == 0 {
				continue
			}
			cc, err := s.planCount(ctx, p, x, f.pred, d)
			if err != nil {
				return err
			}
			counts[f.pred][x] = cc
		}
	}
	ranks, err := s.keepsRanks(ctx)
	if err != nil || !ranks {
		return err
	}
	return s.planRanks(ctx, p, counts[degreeIRI], counts[eventCountIRI])
}

// attendanceChanges returns the events whose attendees change when the
// store holds vs, with their attendees before and after; s.mu must be
// held. An attendee stays while any release states it.
func (s *Store) attendanceChanges(ctx context.Context, vs []version) (map[quad.Value]*attendance, error) {
	writing := map[quad.Value]bool{}
	stated, touched := map[link]bool{}, map[link]bool{}
	for _, v := range vs {
		writing[v.release] = true
		for _, q := range v.old.own {
			if n := normalizeQuad(q); n.Predicate == attendeeIRI {
				touched[link{n.Subject, n.Object}] = true
			}
		}
		for _, q := range v.quads {
			if q.Predicate == attendeeIRI {
				touched[link{q.Subject, q.Object}] = true
				stated[link{q.Subject, q.Object}] = true
			}
		}
	}
	after := map[link]bool{}
	events := map[quad.Value]*attendance{}
	for l := range touched {
		before, others, err := s.statedElsewhere(ctx, quad.Quad{Subject: l.from, Predicate: attendeeIRI, Object: l.to}, writing)
		if err != nil {
			return nil, fmt.Errorf("look up who attended %s: %w", l.from, err)
		}
		after[l] = stated[l] || others
		if before != after[l] && events[l.from] == nil {
			events[l.from] = newAttendance()
		}
	}
	for e, a := range events {
		err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: e, quad.Predicate: attendeeIRI}, quad.Object, func(x quad.Value) error {
			a.before[x] = true
			a.after[x] = true
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("look up who attended %s: %w", e, err)
		}
	}
	for l, now := range after {
		if a := events[l.from]; a != nil && !now {
			delete(a.after, l.to)
		} else if a != nil {
			a.after[l.to] = true
		}
	}
	return events, nil
}

// statedElsewhere reports whether the store holds q's triple under any
// label, and under a label not in writing; s.mu must be held.
func (s *Store) statedElsewhere(ctx context.Context, q quad.Quad, writing map[quad.Value]bool) (held, others bool, err error) {
	err = s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: q.Subject, quad.Predicate: q.Predicate, quad.Object: q.Object}, quad.Label, func(l quad.Value) error {
		held = true
		others = others || !writing[l]
		return nil
	})
	return held, others, err
}

// planMet adds to p the kg:met links c gains and loses, and counts in
// c.degree the change of each person's degree; s.mu must be held.
func (s *Store) planMet(ctx context.Context, p *plan, c *figureChange, events map[quad.Value]*attendance) error {
	for l := range c.gained {
		held, err := s.holdsQuad(ctx, metQuad(l.from, l.to))
		if err != nil {
			return fmt.Errorf("look up %s met %s: %w", l.from, l.to, err)
		}
		if !held {
			p.add(metQuad(l.from, l.to))
			p.add(metQuad(l.to, l.from))
			c.degree[l.from]++
			c.degree[l.to]++
		}
	}
	for l := range c.lost {
		if c.gained[l] {
			continue
		}
		still, err := s.attendedTogether(ctx, l, events)
		if err != nil {
			return fmt.Errorf("look up %s met %s: %w", l.from, l.to, err)
		}
		if !still {
			p.del(metQuad(l.from, l.to))
			p.del(metQuad(l.to, l.from))
			c.degree[l.from]--
			c.degree[l.to]--
		}
	}
	return nil
}

// metQuad is the figure that a met b.
func metQuad(a, b quad.Value) quad.Quad {
	return quad.Quad{Subject: a, Predicate: metIRI, Object: b, Label: figuresIRI}
}

// attendedTogether reports whether the two people of l attend an event
// together once the attendance of events has changed; s.mu must be held.
func (s *Store) attendedTogether(ctx context.Context, l link, events map[quad.Value]*attendance) (bool, error) {
	attended := func(x quad.Value) (map[quad.Value]bool, error) {
		out := map[quad.Value]bool{}
		for e, a := range events {
			if a.after[x] {
				out[e] = true
			}
		}
		err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Predicate: attendeeIRI, quad.Object: x}, quad.Subject, func(e quad.Value) error {
			if events[e] == nil {
				out[e] = true
			}
			return nil
		})
		return out, err
	}
	a, err := attended(l.from)
	if err != nil {
		return false, err
	}
	b, err := attended(l.to)
	if err != nil {
		return false, err
	}
	for e := range a {
		if b[e] {
			return true, nil
		}
	}
	return false, nil
}

// countChange is a person's figure before a write and after it (0: the
// person has none).
type countChange struct{ before, after int64 }

// planCount adds to p the change by d of the figure pred of person x,
// and returns the figure before and after; s.mu must be held. A figure
// that would fall below zero (a store written around natokg) is kept at
// zero: `natokg check` finds it.
func (s *Store) planCount(ctx context.Context, p *plan, x quad.Value, pred quad.IRI, d int) (countChange, error) {
	var c countChange
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: x, quad.Predicate: pred}, quad.Object, func(v quad.Value) error {
		old, _ := quad.NativeOf(v).(int64)
		c.before += old
		p.del(quad.Quad{Subject: x, Predicate: pred, Object: v, Label: figuresIRI})
		return nil
	})
	if err != nil {
		return c, fmt.Errorf("look up %s of %s: %w", pred, x, err)
	}
	if c.after = max(c.before+int64(d), 0); c.after > 0 {
		p.add(quad.Quad{Subject: x, Predicate: pred, Object: quad.Int(c.after), Label: figuresIRI})
	}
	return c, nil
}

// lookup calls fn with the value in direction result of each quad whose
// values in the other directions are those of filter (a look-up
// Cayley's stores index when filter holds a subject or an object and
// the predicate); s.mu or the read lock must be held.
func (s *Store) lookup(ctx context.Context, filter map[quad.Direction]quad.Value, result quad.Direction, fn func(quad.Value) error) error {
	refFilter := make(map[quad.Direction]refs.Ref, len(filter))
	for d, v := range filter {
		ref, err := s.qs.ValueOf(v)
		if err != nil || ref == nil {
			return err
		}
		refFilter[d] = ref
	}
	it := shape.BuildIterator(ctx, s.qs, shape.QuadsAction{Result: result, Filter: refFilter}).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		v, err := s.qs.NameOf(it.Result())
		if err != nil {
			return err
		}
		if err := fn(normalizeValue(v)); err != nil {
			return err
		}
	}
	return it.Err()
}

// startFigures builds the figures of a store that keeps none (written by
// an earlier natokg), or the word list of one that keeps figures without
// it, in one transaction, and reports whether it did.
func (s *Store) startFigures(ctx context.Context) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return false, err
	}
	keep, start, err := s.keepsFigures(ctx)
	if err != nil {
		return false, err
	}
	buildFigures := !keep || start
	build := figureParts{words: buildFigures, holdings: buildFigures, months: buildFigures, mentions: buildFigures}
	if !buildFigures {
		if build, err = s.figuresToBuild(ctx); err != nil || build == (figureParts{}) {
			return false, err
		}
	}
	buildWords, buildRanks, buildHoldings := build.words, build.ranks, build.holdings
	events := map[quad.Value]*attendance{}
	words := map[quad.Value]bool{}
	holdings := newHoldingsScan()
	months := newMonthsScan()
	mentions := newMentionsScan()
	p := newPlan()
	var kept []quad.Quad
	err = s.eachRaw(ctx, func(raw quad.Quad) error {
		q := normalizeQuad(raw)
		if q.Label == figuresIRI {
			if buildRanks {
				kept = append(kept, q)
			}
			if build.stale(q, buildFigures) {
				p.del(q)
			}
			return nil
		}
		if buildHoldings {
			holdings.add(q)
		}
		if build.months {
			months.add(q)
		}
		if build.mentions {
			mentions.add(q)
		}
		if q.Predicate == searchWordIRI {
			words[q.Object] = true
		}
		if q.Predicate != attendeeIRI || !buildFigures {
			return nil
		}
		if events[q.Subject] == nil {
			events[q.Subject] = newAttendance()
		}
		events[q.Subject].after[q.Object] = true
		return nil
	})
	if err != nil {
		return false, err
	}
	if buildFigures {
		p.add(figuresMarker)
		if err := s.planFigureChange(ctx, p, events); err != nil {
			return false, err
		}
	}
	if buildWords {
		for w := range words {
			p.add(wordQuad(w))
		}
	}
	for _, q := range rankQuads(kept) {
		p.add(q)
	}
	if buildHoldings {
		p.add(holdingsMarker)
		for _, q := range holdings.quads() {
			p.add(q)
		}
	}
	if build.months {
		p.add(monthsMarker)
		for _, q := range months.quads() {
			p.add(q)
		}
	}
	if build.mentions {
		p.add(mentionsMarker)
		for _, q := range mentions.quads() {
			p.add(q)
		}
	}
	if err := s.writeFigures(ctx, p); err != nil {
		return false, err
	}
	s.figures, s.words, s.ranks, s.holdings, s.months, s.mentions = figuresKept, figuresKept, figuresKept, figuresKept, figuresKept, figuresKept
	return true, nil
}

// figureChunk is the most figures startFigures writes in one
// transaction: the figures of a 100,000-release store are millions of
// quads, which one transaction would hold in memory at once. Tests lower
// it.
var figureChunk = 100_000

// writeFigures writes the figures p builds: first its deletions (what a
// build cut short left), then its additions, figureChunk quads per
// transaction, and last the quads that say which figures the store
// keeps, so that a build cut short leaves a part without the quad that
// says it is kept, which the next build deletes and builds again;
// s.mu must be held.
func (s *Store) writeFigures(ctx context.Context, p *plan) error {
	var markers, adds []cgraph.Delta
	for _, d := range p.adds {
		if d.Quad.Subject == figuresIRI && d.Quad.Predicate != wordIRI {
			markers = append(markers, d)
		} else {
			adds = append(adds, d)
		}
	}
	for _, c := range []struct {
		ds  []cgraph.Delta
		add bool
	}{{p.dels, false}, {adds, true}} {
		for chunk := range slices.Chunk(c.ds, figureChunk) {
			var err error
			if c.add {
				err = s.writeLocked(ctx, chunk, nil, nil)
			} else {
				err = s.writeLocked(ctx, nil, chunk, nil)
			}
			if err != nil {
				return err
			}
		}
	}
	return s.writeLocked(ctx, markers, nil, nil)
}

// stale reports whether the figure q belongs to a part b is about to
// build (every part, with all): what a build cut short left.
func (b figureParts) stale(q quad.Quad, all bool) bool {
	switch q.Predicate {
	case eventMonthIRI, monthEventIRI, quoteMonthIRI, monthQuoteIRI, postMonthIRI, monthPostIRI, meetingCountIRI:
		return all || b.months
	case mentionMonthIRI, monthMentionIRI, mentionCountIRI:
		return all || b.mentions
	case heldAsIRI, holderIRI, firstStatedIRI, lastStatedIRI, firstReleaseIRI, lastReleaseIRI:
		return all || b.holdings
	case wordIRI:
		return all || b.words
	}
	return all
}

// figureParts says which parts of the figures are meant: the word list,
// the ranks, the holdings, people's months, the releases naming each
// entity by month.
type figureParts struct{ words, ranks, holdings, months, mentions bool }

// figuresToBuild reports which parts of its figures a store that keeps
// figures lacks (built by an earlier natokg); s.mu must be held.
func (s *Store) figuresToBuild(ctx context.Context) (figureParts, error) {
	var kept figureParts
	for _, f := range []struct {
		keeps func(context.Context) (bool, error)
		part  *bool
	}{{s.keepsWords, &kept.words}, {s.keepsRanks, &kept.ranks}, {s.keepsHoldings, &kept.holdings}, {s.keepsMonths, &kept.months}, {s.keepsMentions, &kept.mentions}} {
		k, err := f.keeps(ctx)
		if err != nil {
			return figureParts{}, err
		}
		*f.part = k
	}
	return figureParts{words: !kept.words, ranks: !kept.ranks, holdings: !kept.holdings, months: !kept.months, mentions: !kept.mentions}, nil
}

// expectedFigures is the figures quads of the attendance attended (event
// -> attendee), computed from nothing.
func expectedFigures(attended map[link]bool) []quad.Quad {
	events := map[quad.Value]map[quad.Value]bool{}
	for l := range attended {
		if events[l.from] == nil {
			events[l.from] = map[quad.Value]bool{}
		}
		events[l.from][l.to] = true
	}
	count, met := map[quad.Value]int64{}, map[link]bool{}
	for _, people := range events {
		for x := range people {
			count[x]++
			for y := range people {
				if x != y {
					met[link{x, y}] = true
				}
			}
		}
	}
	var out []quad.Quad
	degree := map[quad.Value]int64{}
	for l := range met {
		out = append(out, metQuad(l.from, l.to))
		degree[l.from]++
	}
	for x, n := range count {
		out = append(out, quad.Quad{Subject: x, Predicate: eventCountIRI, Object: quad.Int(n), Label: figuresIRI})
	}
	for x, n := range degree {
		out = append(out, quad.Quad{Subject: x, Predicate: degreeIRI, Object: quad.Int(n), Label: figuresIRI})
	}
	return out
}
