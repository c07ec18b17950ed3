package graph

import (
	"context"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
)

// namingRelease returns a release (as whole makes one) of date date (""
// for none) that names the entities named (kind/key: "person/ann") and
// is about those of about, and whose one quotation names bob.
func namingRelease(r quad.IRI, date string, named, about []string) []quad.Quad {
	var body []quad.Quad
	if date != "" {
		body = append(body, q(r, schema.DatePublished, quad.TypedString{Value: quad.String(date), Type: quad.IRI(xsd.Date)}, r))
	}
	for _, x := range named {
		body = append(body, q(r, schema.Mentions, quad.IRI(kg.NS+x), r))
	}
	for _, x := range about {
		body = append(body, q(r, schema.About, quad.IRI(kg.NS+x), r))
	}
	quote := kg.IRI(kg.Quote, string(r[len(r)-1:]), "1")
	body = append(body, q(quote, schema.Mentions, kg.IRI(kg.Person, "bob"), r))
	return whole(r, "Naming", body...)
}

// The months of the releases naming each entity follow every write: a
// release that names an entity and is about it counts once, an edit of
// its date moves it, an entity it no longer names loses it, a month left
// with none goes, and a quotation's mentions are not the release's.
func TestMentionsFollowWrites(t *testing.T) {
	a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
	steps := []monthStep{
		{"a release names ann and NATO, about the summit", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, namingRelease(a, "2024-05-02", []string{"person/ann", "org/nato"}, []string{"event/summit"}))
		}, []string{
			"named person/ann month/ann/2024-05", "named month/ann/2024-05 release a", "named person/ann 1 times",
			"named org/nato month/org/nato/2024-05", "named month/org/nato/2024-05 release a", "named org/nato 1 times",
			"named event/summit month/event/summit/2024-05", "named month/event/summit/2024-05 release a", "named event/summit 1 times",
		}},
		{"an undated release names ann and is about her", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, namingRelease(b, "", []string{"person/ann"}, []string{"person/ann"}))
		}, []string{
			"named person/ann month/ann/2024-05", "named month/ann/2024-05 release a",
			"named person/ann month/ann/undated", "named month/ann/undated release b", "named person/ann 2 times",
			"named org/nato month/org/nato/2024-05", "named month/org/nato/2024-05 release a", "named org/nato 1 times",
			"named event/summit month/event/summit/2024-05", "named month/event/summit/2024-05 release a", "named event/summit 1 times",
		}},
		{"an edit moves the first release to 2023 and drops NATO", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, namingRelease(a, "2023-12-31", []string{"person/ann"}, []string{"event/summit"}))
		}, []string{
			"named person/ann month/ann/2023-12", "named month/ann/2023-12 release a",
			"named person/ann month/ann/undated", "named month/ann/undated release b", "named person/ann 2 times",
			"named event/summit month/event/summit/2023-12", "named month/event/summit/2023-12 release a", "named event/summit 1 times",
		}},
		{"the undated release removed", func(t *testing.T, s *Store) {
			if _, err := s.RemoveRelease(context.Background(), b); err != nil {
				t.Fatal(err)
			}
		}, []string{
			"named person/ann month/ann/2023-12", "named month/ann/2023-12 release a", "named person/ann 1 times",
			"named event/summit month/event/summit/2023-12", "named month/event/summit/2023-12 release a", "named event/summit 1 times",
		}},
		{"a batch writes both again, b twice", func(t *testing.T, s *Store) {
			_, err := s.PutReleases(context.Background(), []Release{
				{IRI: b, Quads: namingRelease(b, "2025-01-01", []string{"org/nato"}, nil)},
				{IRI: b, Quads: namingRelease(b, "2025-02-01", []string{"org/nato", "person/ann"}, nil)},
			})
			if err != nil {
				t.Fatal(err)
			}
		}, []string{
			"named person/ann month/ann/2023-12", "named month/ann/2023-12 release a",
			"named person/ann month/ann/2025-02", "named month/ann/2025-02 release b", "named person/ann 2 times",
			"named org/nato month/org/nato/2025-02", "named month/org/nato/2025-02 release b", "named org/nato 1 times",
			"named event/summit month/event/summit/2023-12", "named month/event/summit/2023-12 release a", "named event/summit 1 times",
		}},
		removingAll(a, b),
	}
	runMonthSteps(t, steps)
}

// Check finds a release in a month of an entity it does not name, and a
// count that is wrong.
func TestCheckMentions(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, namingRelease(a, "2024-05-02", []string{"org/nato"}, nil))
		nato := kg.IRI(kg.Org, "nato")
		wrong := []quad.Quad{
			mentionMonths.memberQuad(kg.MonthIRI(nato, "2023-01"), a),
			{Subject: kg.IRI(kg.Person, "bob"), Predicate: mentionCountIRI, Object: quad.Int(1), Label: figuresIRI},
		}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, wrong), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/month/org/nato/2023-01> <https://natokg.example/vocab#monthMention> <https://natokg.example/release/a>`)
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/person/bob> <https://natokg.example/vocab#mentionCount> "1"`)
	})
}

// A store whose figures were built before the mention figures keeps
// none: writes leave it so, check says so once, and Upgrade builds them,
// in transactions of a few quads here, deleting first what a build cut
// short left (figures without the quad that says they are kept).
func TestUpgradeBuildsMentions(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
		writeRelease(t, s, a, namingRelease(a, "2024-05-02", []string{"org/nato"}, nil))
		// As an earlier natokg left it: figures and months, no mentions.
		var old []quad.Quad
		err := s.eachStored(ctx, func(q quad.Quad) error {
			p := q.Predicate
			if q.Label == figuresIRI && (p == mentionMonthIRI || p == monthMentionIRI || p == mentionCountIRI || q == exportQuad(mentionsMarker)) {
				old = append(old, q)
			}
			return nil
		})
		if err != nil || len(old) != 4 {
			t.Fatalf("mention figures %v, %v", old, err)
		}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, old), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		s.mentions = figuresUnknown
		s.mu.Unlock()
		writeRelease(t, s, b, namingRelease(b, "2025-02-03", []string{"org/nato"}, nil))
		if got := months(t, s); len(got) != 0 {
			t.Errorf("a write to a store without mention figures made some: %q", got)
		}
		wantProblem(t, s, "keep no months of the releases naming each entity")
		nato := kg.IRI(kg.Org, "nato")
		left := []quad.Quad{
			mentionMonths.memberQuad(kg.MonthIRI(nato, "2020-01"), b),
			mentionMonths.ownerQuad(nato, kg.MonthIRI(nato, "2020-01")),
			{Subject: nato, Predicate: mentionCountIRI, Object: quad.Int(7), Label: figuresIRI},
		}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, left), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		defer func(n int) { figureChunk = n }(figureChunk)
		figureChunk = 2
		if _, err := s.Upgrade(ctx, nil); err != nil {
			t.Fatal(err)
		}
		want := []string{
			"named month/org/nato/2024-05 release a", "named month/org/nato/2025-02 release b",
			"named org/nato 2 times", "named org/nato month/org/nato/2024-05", "named org/nato month/org/nato/2025-02",
		}
		if got := months(t, s); !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the mention figures are %q, want %q", got, want)
		}
		mustCheck(t, s)
	})
}
