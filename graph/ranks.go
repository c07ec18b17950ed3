package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
)

// The figures also rank people by the people they met, so that the
// most-connected query reads the highest degrees and then the people who
// hold them, not every person:
//
//   - kg:figures kg:degreeHeld N, for each N some person's kg:degree is;
//   - kg:figures kg:attendeeCount N, the people with a kg:eventCount.
//
// Each write that changes a degree or an event count updates them in its
// own transaction: a degree is listed while one person holds it. A store
// whose figures were built before the ranks keeps none (no
// kg:attendeeCount while some kg:eventCount is held): writes leave it so,
// the query reads every person's figures instead, and `natokg upgrade`
// builds them.

var (
	degreeHeldIRI    = quad.IRI(kg.DegreeHeld)
	attendeeCountIRI = quad.IRI(kg.AttendeeCount)
)

// degreeHeldQuad is the figure that some person's degree is n.
func degreeHeldQuad(n int64) quad.Quad {
	return quad.Quad{Subject: figuresIRI, Predicate: degreeHeldIRI, Object: quad.Int(n), Label: figuresIRI}
}

// attendeeCountQuad is the figure that n people attended an event.
func attendeeCountQuad(n int64) quad.Quad {
	return quad.Quad{Subject: figuresIRI, Predicate: attendeeCountIRI, Object: quad.Int(n), Label: figuresIRI}
}

// keepsRanks reports whether a store that keeps figures keeps their
// ranks: it counts attendees, or no one attended anything; s.mu must be
// held.
func (s *Store) keepsRanks(ctx context.Context) (bool, error) {
	return cached(&s.ranks, func() (bool, error) { return s.figureOrNoSource(ctx, attendeeCountIRI, eventCountIRI) })
}

// planRanks adds to p the change to the ranks that the changes of
// people's degrees and event counts make; s.mu must be held.
func (s *Store) planRanks(ctx context.Context, p *plan, degree, events map[quad.Value]countChange) error {
	if err := s.planAttendeeCount(ctx, p, events); err != nil {
		return err
	}
	gained, lost := map[int64]bool{}, map[int64]bool{}
	for _, c := range degree {
		if c.after > 0 {
			gained[c.after] = true
		}
		if c.before > 0 {
			lost[c.before] = true
		}
	}
	for n := range gained {
		if err := s.planDegreeHeld(ctx, p, n, true); err != nil {
			return err
		}
	}
	for n := range lost {
		if gained[n] {
			continue
		}
		still, err := s.degreeStillHeld(ctx, n, degree)
		if err != nil {
			return err
		}
		if err := s.planDegreeHeld(ctx, p, n, still); err != nil {
			return err
		}
	}
	return nil
}

// planDegreeHeld adds to p what makes the figures list degree n when
// held is true, and not list it otherwise; s.mu must be held.
func (s *Store) planDegreeHeld(ctx context.Context, p *plan, n int64, held bool) error {
	listed, err := s.holdsQuad(ctx, degreeHeldQuad(n))
	if err != nil {
		return fmt.Errorf("look up the degree %d: %w", n, err)
	}
	switch {
	case held && !listed:
		p.add(degreeHeldQuad(n))
	case !held && listed:
		p.del(degreeHeldQuad(n))
	}
	return nil
}

// degreeStillHeld reports whether someone whose degree the write does
// not change has degree n (an indexed look-up by the value); s.mu must
// be held.
func (s *Store) degreeStillHeld(ctx context.Context, n int64, changed map[quad.Value]countChange) (bool, error) {
	still := false
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Predicate: degreeIRI, quad.Object: quad.Int(n)}, quad.Subject, func(x quad.Value) error {
		if _, ok := changed[x]; !ok {
			still = true
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	if err != nil {
		return false, fmt.Errorf("look up who has degree %d: %w", n, err)
	}
	return still, nil
}

// planAttendeeCount adds to p the change to the count of attendees that
// the changes of event counts make; s.mu must be held.
func (s *Store) planAttendeeCount(ctx context.Context, p *plan, events map[quad.Value]countChange) error {
	var d int64
	for _, c := range events {
		switch {
		case c.before == 0 && c.after > 0:
			d++
		case c.before > 0 && c.after == 0:
			d--
		}
	}
	if d == 0 {
		return nil
	}
	var n int64
	err := s.lookup(ctx, map[quad.Direction]quad.Value{quad.Subject: figuresIRI, quad.Predicate: attendeeCountIRI}, quad.Object, func(v quad.Value) error {
		old, _ := quad.NativeOf(v).(int64)
		n += old
		p.del(attendeeCountQuad(old))
		return nil
	})
	if err != nil {
		return fmt.Errorf("look up the count of attendees: %w", err)
	}
	if n = max(n+d, 0); n > 0 {
		p.add(attendeeCountQuad(n))
	}
	return nil
}

// rankQuads is the ranks of the figures figures: the degrees held and
// the count of attendees.
func rankQuads(figures []quad.Quad) []quad.Quad {
	var out []quad.Quad
	held := map[int64]bool{}
	var attendees int64
	for _, q := range figures {
		n, _ := quad.NativeOf(q.Object).(int64)
		switch {
		case q.Predicate == degreeIRI && n > 0 && !held[n]:
			held[n] = true
			out = append(out, degreeHeldQuad(n))
		case q.Predicate == eventCountIRI && n > 0:
			attendees++
		}
	}
	if attendees > 0 {
		out = append(out, attendeeCountQuad(attendees))
	}
	return out
}
