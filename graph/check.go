package graph

import (
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// Problem is something wrong in a store.
type Problem struct {
	// Node is the release or entity at fault.
	Node quad.Value
	// What says what is wrong.
	What string
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s", p.Node, p.What) }

// Check verifies the store: every quad's label is a release the store
// holds or a bundle; every release is whole (it holds, with the facts of
// the bundles it states, as many quads as it says); every bundle is
// stated by a release, holds facts about one entity, and is named by the
// digest of its facts; the figures kept of who attended events with whom
// (figures.go) are those the releases give; every person, organisation,
// place and event has a type and a name; no release keeps its entity
// facts itself (natokg's earlier layout, which `natokg upgrade`
// rewrites); and, on a store that keeps a
// ledger of its releases (Bolt, PostgreSQL, memory), the ledger and the
// releases stored agree: a release the ledger records and the store lacks
// is lost.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	unlock, err := s.readLock()
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	defer unlock()
	sc, err := s.scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	problems := sc.problems
	counts := sc.logicalCounts()
	for l, n := range sc.perLabel {
		switch {
		case isBundle(l):
		case !sc.releases[l]:
			problems = append(problems, Problem{l, fmt.Sprintf("%d quads labelled with something that is not a stored release", n)})
		case sc.declared[l] == 0:
			problems = append(problems, Problem{l, "release does not say how many quads it holds"})
		case int64(counts[l]) != sc.declared[l]:
			problems = append(problems, Problem{l, fmt.Sprintf("release is not whole: it holds %d quads of %d", counts[l], sc.declared[l])})
		}
	}
	problems = append(problems, sc.figureProblems()...)
	for e := range sc.entities {
		if !sc.typed[e] {
			problems = append(problems, Problem{e, "entity has no type"})
		}
		if !sc.named[e] {
			problems = append(problems, Problem{e, "entity has no name"})
		}
	}
	lp, err := s.checkLedger(ctx, counts, sc.releases)
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	problems = append(problems, lp...)
	sort.Slice(problems, func(i, j int) bool { return problems[i].String() < problems[j].String() })
	return problems, nil
}

// storeScan is what one read of every stored quad tells Check.
type storeScan struct {
	perLabel     map[quad.Value]int
	releases     map[quad.Value]bool
	declared     map[quad.Value]int64
	typed, named map[quad.Value]bool
	entities     map[quad.Value]bool
	statedFacts  map[quad.Value]int  // release -> the facts of the bundles it states, less its kg:states links
	oldLayout    map[quad.Value]bool // releases that keep entity facts
	attended     map[link]bool       // event -> attendee, by any release
	figures      []quad.Quad         // the figures graph
	words        map[quad.Value]bool // the objects of kg:searchWord quads
	holdings     *holdingsScan       // who holds which post, by which releases
	months       *monthsScan         // who attended which event, and its first start date
	mentions     *mentionsScan       // which releases name which entities
	problems     []Problem
}

// scan reads every stored quad once; the read lock must be held. The
// bundles' facts and the releases that state them are joined on disk
// (joinBundles), as Export joins them, and each bundle is checked as the
// join reaches it (bundleCheck): at 100,000 releases they are millions of
// quads.
func (s *Store) scan(ctx context.Context) (*storeScan, error) {
	sc := &storeScan{
		perLabel: map[quad.Value]int{}, releases: map[quad.Value]bool{}, declared: map[quad.Value]int64{},
		typed: map[quad.Value]bool{}, named: map[quad.Value]bool{}, entities: map[quad.Value]bool{},
		statedFacts: map[quad.Value]int{}, oldLayout: map[quad.Value]bool{}, attended: map[link]bool{},
		words: map[quad.Value]bool{}, holdings: newHoldingsScan(), months: newMonthsScan(),
		mentions: newMentionsScan(),
	}
	c := bundleCheck{sc}
	err := s.joinBundles(ctx, func(q quad.Quad) error {
		sc.add(q)
		return nil
	}, &bundleGroups{stated: c.stated, ended: c.ended})
	if err != nil {
		return nil, err
	}
	sc.problems = append(sc.problems, sc.oldLayoutProblem()...)
	return sc, nil
}

// add takes one stored quad (as eachStored gives it: normalised) into
// account.
func (sc *storeScan) add(q quad.Quad) {
	if q.Label == figuresIRI {
		sc.figures = append(sc.figures, q)
		return
	}
	if q.Label == nil {
		sc.problems = append(sc.problems, Problem{q.Subject, "quad with no release label: " + q.NQuad()})
	} else {
		sc.perLabel[q.Label]++
	}
	if p, _ := q.Predicate.(quad.IRI); string(p) == kg.SearchWord {
		sc.words[q.Object] = true
	}
	sc.holdings.add(q)
	sc.months.add(q)
	sc.mentions.add(q)
	switch p, _ := q.Predicate.(quad.IRI); string(p) {
	case rdf.Type:
		sc.typed[q.Subject] = true
		if o, _ := q.Object.(quad.IRI); string(o) == schema.NewsArticle && q.Subject == q.Label {
			sc.releases[q.Subject] = true
		}
	case schema.Name:
		sc.named[q.Subject] = true
	case kg.QuadCount:
		if n, ok := quad.NativeOf(q.Object).(int64); ok && q.Subject == q.Label {
			sc.declared[q.Subject] = n
		}
	case kg.States:
		return
	case schema.Attendee:
		sc.attended[link{q.Subject, q.Object}] = true
	}
	if !isBundle(q.Label) && entityFact(q) && q.Label != nil {
		sc.oldLayout[q.Label] = true
	}
	if iri, ok := q.Subject.(quad.IRI); ok {
		switch k, _ := kg.KindOf(iri); k {
		case kg.Person, kg.Org, kg.Place, kg.Event:
			sc.entities[q.Subject] = true
		}
	}
}

// logicalCounts is the number of quads each label holds in its logical
// form: a release's own quads but its kg:states links, and the facts of
// the bundles it states.
func (sc *storeScan) logicalCounts() map[quad.Value]int {
	out := make(map[quad.Value]int, len(sc.perLabel))
	for l, n := range sc.perLabel {
		out[l] = n + sc.statedFacts[l]
	}
	return out
}

// bundleCheck checks each bundle as the join of bundles and the
// releases that state them reaches it (bundleGroups): each is stated by
// a release, holds facts about one entity, and is named by their digest;
// each stated bundle is stored. It counts the facts each release states
// (storeScan.statedFacts).
type bundleCheck struct{ sc *storeScan }

// stated takes a release's statement of the bundle whose facts are facts.
func (c bundleCheck) stated(facts []quad.Quad, statement quad.Quad) error {
	c.sc.statedFacts[statement.Label] += len(facts) - 1
	if len(facts) == 0 {
		c.sc.problems = append(c.sc.problems, Problem{statement.Label, fmt.Sprintf("release states bundle %s, which the store lacks", statement.Object)})
	}
	return nil
}

// ended checks a bundle whose records are all read.
func (c bundleCheck) ended(facts []quad.Quad, stated bool) {
	if len(facts) == 0 {
		return
	}
	b := facts[0].Label
	if !stated {
		c.sc.problems = append(c.sc.problems, Problem{b, "bundle no release states"})
	}
	if slices.ContainsFunc(facts, func(q quad.Quad) bool { return q.Subject != facts[0].Subject }) {
		c.sc.problems = append(c.sc.problems, Problem{b, "bundle holds facts about more than one entity"})
		return
	}
	if got := newBundle(facts).iri; got != b {
		c.sc.problems = append(c.sc.problems, Problem{b, fmt.Sprintf("bundle's facts have the digest of %s, not of its name", got)})
	}
}

// oldLayoutProblem is one problem for a store where releases keep entity
// facts in their own graphs, naming the first such release.
func (sc *storeScan) oldLayoutProblem() []Problem {
	n := len(sc.oldLayout)
	if n == 0 {
		return nil
	}
	first := slices.MinFunc(slices.Collect(maps.Keys(sc.oldLayout)), func(a, b quad.Value) int {
		return strings.Compare(a.String(), b.String())
	})
	return []Problem{{first, fmt.Sprintf("this release and %d more keep their entities' facts in their own graphs (natokg's earlier layout): `natokg upgrade` stores each fact once", n-1)}}
}

// checkLedger compares the ledger of stored releases with what the store
// holds (perLabel: the quads of each label; releases: the labels that are
// releases): a release the ledger records that the store lacks is lost,
// and a stored release the ledger does not record was written around
// natokg. A store that keeps no ledger (CockroachDB, or a store written
// before natokg kept one) has nothing to compare.
func (s *Store) checkLedger(ctx context.Context, perLabel map[quad.Value]int, releases map[quad.Value]bool) ([]Problem, error) {
	ledger, kept, err := s.readLedger(ctx)
	if err != nil || !kept {
		return nil, err
	}
	var problems []Problem
	for r, n := range ledger {
		switch held := perLabel[r]; {
		case held == 0:
			problems = append(problems, Problem{r, fmt.Sprintf("release lost: the ledger records it with %d quads, and the store holds none of them (load it again to restore it)", n)})
		case held != n:
			problems = append(problems, Problem{r, fmt.Sprintf("the ledger records %d quads of this release, the store holds %d", n, held)})
		}
	}
	for l := range perLabel {
		if iri, ok := l.(quad.IRI); ok && releases[l] && ledger[iri] == 0 {
			problems = append(problems, Problem{l, "release is stored but not recorded in the ledger"})
		}
	}
	return problems, nil
}

// readLedger returns the store's ledger of releases and their counts of
// quads, and whether the store keeps one.
func (s *Store) readLedger(ctx context.Context) (map[quad.IRI]int, bool, error) {
	switch qs := s.qs.(type) {
	case kvStore:
		return qs.ledger()
	case sqlStore:
		return qs.ledger(ctx)
	}
	out := make(map[quad.IRI]int, len(s.memLedger))
	for r, n := range s.memLedger {
		out[r] = n
	}
	return out, true, nil
}

// releaseCounts returns the number of quads each stored release holds,
// in its logical form.
func (s *Store) releaseCounts(ctx context.Context) (map[quad.IRI]int, error) {
	sc, err := s.scan(ctx)
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI]int{}
	for l, n := range sc.logicalCounts() {
		if iri, ok := l.(quad.IRI); ok && sc.releases[l] {
			out[iri] = n
		}
	}
	return out, nil
}

// figureProblems compares the figures the store keeps with those the
// attendance its releases state gives; a store with releases and no
// figures is one problem.
func (sc *storeScan) figureProblems() []Problem {
	kept := quadSet{}
	for _, q := range sc.figures {
		kept.add(q)
	}
	if !kept.has(figuresMarker) {
		if len(sc.releases) == 0 {
			return nil
		}
		return []Problem{{figuresIRI, "the store keeps no figures of who attended events with whom (written by an earlier natokg): `natokg upgrade` builds them"}}
	}
	want := quadSet{}
	want.add(figuresMarker)
	expected := expectedFigures(sc.attended)
	for _, q := range expected {
		want.add(q)
	}
	listed, counted, attended := false, false, false
	for _, q := range sc.figures {
		listed = listed || q.Predicate == wordIRI
		counted = counted || q.Predicate == attendeeCountIRI
		attended = attended || q.Predicate == eventCountIRI
	}
	var problems []Problem
	if !counted && attended {
		// Figures built before the ranks: one problem, not a degree each.
		problems = append(problems, Problem{figuresIRI, "the figures keep no ranks of people by degree (built by an earlier natokg): `natokg upgrade` builds them"})
	} else {
		for _, q := range rankQuads(expected) {
			want.add(q)
		}
	}
	if !listed && len(sc.words) > 0 {
		// Figures built before the word list: one problem, not a word each.
		problems = append(problems, Problem{figuresIRI, "the figures list no words of the name index (built by an earlier natokg): `natokg upgrade` builds the list"})
	} else {
		for w := range sc.words {
			want.add(wordQuad(w))
		}
	}
	for _, part := range []struct {
		marker  quad.Quad
		missing string
		quads   func() []quad.Quad
	}{
		{holdingsMarker, "the figures keep no holdings of posts (built by an earlier natokg): `natokg upgrade` builds them", sc.holdings.quads},
		{monthsMarker, "the figures keep no months of people's events, quotations and posts (built by an earlier natokg): `natokg upgrade` builds them", sc.months.quads},
		{mentionsMarker, "the figures keep no months of the releases naming each entity (built by an earlier natokg): `natokg upgrade` builds them", sc.mentions.quads},
	} {
		if !kept.has(part.marker) {
			problems = append(problems, Problem{figuresIRI, part.missing})
			continue
		}
		want.add(part.marker)
		for _, q := range part.quads() {
			want.add(q)
		}
	}
	return append(problems, differences(kept, want)...)
}

// differences reports each figure want holds and kept lacks ("missing"),
// and each kept holds and want lacks ("the releases do not give"), each
// kind in the order of their N-Quads lines.
func differences(kept, want quadSet) []Problem {
	var problems []Problem
	for _, d := range []struct {
		in, notIn quadSet
		what      string
	}{{want, kept, "figure missing: "}, {kept, want, "figure the releases do not give: "}} {
		var lines []string
		for k, q := range d.in {
			if _, ok := d.notIn[k]; !ok {
				lines = append(lines, exportQuad(q).NQuad())
			}
		}
		slices.Sort(lines)
		for _, l := range lines {
			problems = append(problems, Problem{figuresIRI, d.what + l})
		}
	}
	return problems
}

// quadSet is a set of quads, each keyed by a digest of its N-Quads line
// as exportQuad writes it (a 100,000-release store keeps millions of
// figures: their lines would take gigabytes).
type quadSet map[[16]byte]quad.Quad

func quadKey(q quad.Quad) [16]byte {
	sum := sha256.Sum256([]byte(exportQuad(q).NQuad()))
	return [16]byte(sum[:16])
}

func (s quadSet) add(q quad.Quad) { s[quadKey(q)] = q }

func (s quadSet) has(q quad.Quad) bool {
	_, ok := s[quadKey(q)]
	return ok
}
