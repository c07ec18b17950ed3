package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
)

// The figures also keep, for each entity, the releases that name it by
// month, so that a page of the releases naming NATO or Brussels (every
// release of the archive, or a good part of it), newest first, reads the
// latest months only. For each entity X a release R names (R
// schema:mentions X) or is about (R schema:about X), in the graph
// kg:figures:
//
//   - X kg:mentionMonth M and M kg:monthMention R, M the month of R's
//     date (months.go: monthOf, releaseKey; a person's month nodes are
//     those of their events);
//   - X kg:mentionCount N: the releases that name X or are about it, the
//     rows of the mentions query.
//
// Only a release's own quads count (a quotation's schema:mentions is
// not the release's), so that each release's months and counts follow
// from its old and new quads alone, as its quotations' do. The quad
// kg:figures kg:keeps kg:MentionFigures says a store keeps them; a store
// whose figures were built before them keeps none until `natokg upgrade`
// builds them.

var (
	mentionsMarker  = quad.Quad{Subject: figuresIRI, Predicate: quad.IRI(kg.Keeps), Object: quad.IRI(kg.MentionFigures), Label: figuresIRI}
	mentionMonthIRI = quad.IRI(kg.MentionMonth)
	monthMentionIRI = quad.IRI(kg.MonthMention)
	mentionCountIRI = quad.IRI(kg.MentionCount)
	mentionsIRI     = quad.IRI(schema.Mentions).Full()
	aboutIRI        = quad.IRI(schema.About).Full()

	mentionMonths = monthFacet{mentionMonthIRI, monthMentionIRI}
)

// keepsMentions reports whether a store that keeps figures keeps the
// months of the releases naming each entity; s.mu must be held.
func (s *Store) keepsMentions(ctx context.Context) (bool, error) {
	return cached(&s.mentions, func() (bool, error) {
		held, err := s.holdsQuad(ctx, mentionsMarker)
		if err != nil {
			return false, fmt.Errorf("look up the months of the releases naming each entity: %w", err)
		}
		return held, nil
	})
}

// mentionsIn returns the release itself in the month of each entity its
// quads (normalised) name or are about.
func mentionsIn(release quad.Value, quads []quad.Quad) map[monthMember]bool {
	key, out := releaseKey(releaseDate(release, quads)), map[monthMember]bool{}
	for _, q := range quads {
		if named(release, q) {
			out[monthMember{release, q.Object, key}] = true
		}
	}
	return out
}

// named reports whether q is release's own statement that it names an
// entity or is about it.
func named(release quad.Value, q quad.Quad) bool {
	return q.Subject == release && (q.Predicate == mentionsIRI || q.Predicate == aboutIRI)
}

// planMentions adds to p the moves vs make of releases between the months
// of the entities they name, and the change of each entity's count;
// s.mu must be held.
func (s *Store) planMentions(ctx context.Context, p *plan, vs []version) error {
	if p.startsFigures {
		p.add(mentionsMarker)
	} else if keep, err := s.keepsMentions(ctx); err != nil || !keep {
		return err
	}
	sets := versionMembers(vs, mentionsIn)
	if err := s.planMonthOwners(ctx, p, releaseChanges(p, sets, mentionMonths), mentionMonths); err != nil {
		return err
	}
	d, err := s.mentionCountChanges(ctx, sets)
	if err != nil {
		return err
	}
	for x, n := range d {
		if n == 0 {
			continue
		}
		if _, err := s.planCount(ctx, p, x, mentionCountIRI, n); err != nil {
			return err
		}
	}
	return nil
}

// mentionCountChanges returns the change of each entity's count of the
// releases naming it that the versions whose members are sets make: a release counts where it enters a
// month of the entity's it was not in, and stops counting where it
// leaves one it was in, so that a count follows the months the figures
// hold even where a release's own quads were lost around natokg and
// are written again; s.mu must be held.
func (s *Store) mentionCountChanges(ctx context.Context, sets []memberSets) (map[quad.Value]int, error) {
	d, present := map[quad.Value]int{}, map[monthMember]bool{}
	held := func(k monthMember) (bool, error) {
		if in, ok := present[k]; ok {
			return in, nil
		}
		in, err := s.holdsQuad(ctx, mentionMonths.memberQuad(monthNode(k.person, k.key), k.member))
		present[k] = in
		return in, err
	}
	for _, m := range sets {
		before, after := m.before, m.after
		for _, c := range []struct {
			from, to map[monthMember]bool
			in       bool
			step     int
		}{{before, after, true, -1}, {after, before, false, 1}} {
			for k := range c.from {
				if c.to[k] {
					continue
				}
				in, err := held(k)
				if err != nil {
					return nil, fmt.Errorf("look up the months of %s: %w", k.person, err)
				}
				if in == c.in {
					d[k.person] += c.step
					present[k] = !c.in
				}
			}
		}
	}
	return d, nil
}

// normalizedQuads returns quads normalised (normalizeQuad), in no set
// order.
func normalizedQuads(quads map[string]quad.Quad) []quad.Quad {
	out := make([]quad.Quad, 0, len(quads))
	for _, q := range quads {
		out = append(out, normalizeQuad(q))
	}
	return out
}

// mentionsScan gathers, from quads read one by one, the releases that
// name each entity, for the mention figures.
type mentionsScan struct {
	// named is each (release, entity) a release's own quads state;
	// dates each release's date.
	named map[link]bool
	dates map[quad.Value]string
}

func newMentionsScan() *mentionsScan {
	return &mentionsScan{named: map[link]bool{}, dates: map[quad.Value]string{}}
}

// add takes the normalised quad q into account.
func (ms *mentionsScan) add(q quad.Quad) {
	switch {
	case q.Label != nil && named(q.Label, q):
		ms.named[link{q.Subject, q.Object}] = true
	case q.Predicate == datePublishedIRI && q.Subject == q.Label:
		ms.dates[q.Subject] = dateOf(q.Object)
	}
}

// quads is the mention figures of what ms read.
func (ms *mentionsScan) quads() []quad.Quad {
	members, count := map[monthMember]bool{}, map[quad.Value]int64{}
	for l := range ms.named {
		members[monthMember{l.from, l.to, releaseKey(ms.dates[l.from])}] = true
		count[l.to]++
	}
	out := facetQuads(mentionMonths, members)
	for x, n := range count {
		out = append(out, quad.Quad{Subject: x, Predicate: mentionCountIRI, Object: quad.Int(n), Label: figuresIRI})
	}
	return out
}
