package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// attendanceRelease returns a release (as whole makes one) whose events had
// the people named attend: event -> people.
func attendanceRelease(r quad.IRI, events map[string][]string) []quad.Quad {
	var body []quad.Quad
	for e, people := range events {
		body = append(body, q(kg.IRI(kg.Event, e), rdf.Type, quad.IRI(schema.Event), r),
			q(kg.IRI(kg.Event, e), schema.Name, quad.String(e), r),
			q(kg.IRI(kg.Event, e), kg.SearchWord, quad.String(e), r))
		for _, p := range people {
			body = append(body, q(kg.IRI(kg.Event, e), schema.Attendee, kg.IRI(kg.Person, p), r))
		}
	}
	return whole(r, "Attendance", body...)
}

// figures returns the figures s keeps, as "person figure value" lines
// (kg:met as "a met b"), sorted.
func figures(t *testing.T, s *Store) []string {
	t.Helper()
	name := func(v quad.Value) string {
		iri, _ := v.(quad.IRI)
		_, after, _ := strings.Cut(string(iri), "/person/")
		return after
	}
	return figureLines(t, s, func(q quad.Quad) (string, bool) {
		if q.Subject == figuresIRI || monthFigure(q) {
			return "", false
		}
		_, pred, _ := strings.Cut(string(q.Predicate.(quad.IRI)), "#")
		obj := name(q.Object)
		if obj == "" {
			obj = fmt.Sprint(quad.NativeOf(q.Object))
		}
		return name(q.Subject) + " " + pred + " " + obj, true
	})
}

// words returns the words the figures list (kg:word), sorted.
func words(t *testing.T, s *Store) []string {
	t.Helper()
	return figureLines(t, s, func(q quad.Quad) (string, bool) {
		return fmt.Sprint(quad.NativeOf(q.Object)), q.Predicate == wordIRI
	})
}

// ranks returns the ranks the figures keep (kg:degreeHeld,
// kg:attendeeCount), as "figure value" lines, sorted.
func ranks(t *testing.T, s *Store) []string {
	t.Helper()
	return figureLines(t, s, func(q quad.Quad) (string, bool) {
		_, pred, _ := strings.Cut(string(q.Predicate.(quad.IRI)), "#")
		return fmt.Sprint(pred, " ", quad.NativeOf(q.Object)), q.Predicate == degreeHeldIRI || q.Predicate == attendeeCountIRI
	})
}

// figureLines returns, sorted, line(q) for each quad q of the figures
// graph that line keeps.
func figureLines(t *testing.T, s *Store, line func(quad.Quad) (string, bool)) []string {
	t.Helper()
	var out []string
	err := s.eachStored(context.Background(), func(q quad.Quad) error {
		if l, ok := line(q); ok && q.Label == figuresIRI {
			out = append(out, l)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// The figures follow every write: a second release stating the same
// attendance changes nothing, an edit and a removal take away what no
// other release still states, and a batch counts an event two of its
// releases state once.
func TestFiguresFollowWrites(t *testing.T) {
	a, b, c := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b"), kg.IRI(kg.Release, "c")
	steps := []struct {
		name  string
		write func(t *testing.T, s *Store)
		want  []string
		words []string
		ranks []string
	}{
		{"first release", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob", "cem"}}))
		}, []string{
			"ann degree 2", "ann eventCount 1", "ann met bob", "ann met cem",
			"bob degree 2", "bob eventCount 1", "bob met ann", "bob met cem",
			"cem degree 2", "cem eventCount 1", "cem met ann", "cem met bob",
		}, []string{"summit"}, []string{"attendeeCount 3", "degreeHeld 2"}},
		{"same event restated, another event", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, attendanceRelease(b, map[string][]string{"summit": {"ann", "bob"}, "visit": {"ann", "dan"}}))
		}, []string{
			"ann degree 3", "ann eventCount 2", "ann met bob", "ann met cem", "ann met dan",
			"bob degree 2", "bob eventCount 1", "bob met ann", "bob met cem",
			"cem degree 2", "cem eventCount 1", "cem met ann", "cem met bob",
			"dan degree 1", "dan eventCount 1", "dan met ann",
		}, []string{"summit", "visit"}, []string{"attendeeCount 4", "degreeHeld 1", "degreeHeld 2", "degreeHeld 3"}},
		{"edit takes cem away", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}}))
		}, []string{
			"ann degree 2", "ann eventCount 2", "ann met bob", "ann met dan",
			"bob degree 1", "bob eventCount 1", "bob met ann",
			"dan degree 1", "dan eventCount 1", "dan met ann",
		}, []string{"summit", "visit"}, []string{"attendeeCount 3", "degreeHeld 1", "degreeHeld 2"}},
		{"removal keeps what the other release states", func(t *testing.T, s *Store) {
			if _, err := s.RemoveRelease(context.Background(), b); err != nil {
				t.Fatal(err)
			}
		}, []string{
			"ann degree 1", "ann eventCount 1", "ann met bob",
			"bob degree 1", "bob eventCount 1", "bob met ann",
		}, []string{"summit"}, []string{"attendeeCount 2", "degreeHeld 1"}},
		{"a batch stating one event twice", func(t *testing.T, s *Store) {
			_, err := s.PutReleases(context.Background(), []Release{
				{IRI: b, Quads: attendanceRelease(b, map[string][]string{"talks": {"bob", "eve"}})},
				{IRI: c, Quads: attendanceRelease(c, map[string][]string{"talks": {"bob", "eve"}, "summit": {"eve"}})},
			})
			if err != nil {
				t.Fatal(err)
			}
		}, []string{
			"ann degree 2", "ann eventCount 1", "ann met bob", "ann met eve",
			"bob degree 2", "bob eventCount 2", "bob met ann", "bob met eve",
			"eve degree 2", "eve eventCount 2", "eve met ann", "eve met bob",
		}, []string{"summit", "talks"}, []string{"attendeeCount 3", "degreeHeld 2"}},
		{"every release removed", func(t *testing.T, s *Store) {
			for _, r := range []quad.IRI{a, b, c} {
				if _, err := s.RemoveRelease(context.Background(), r); err != nil {
					t.Fatal(err)
				}
			}
		}, nil, nil, nil},
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		for _, st := range steps {
			st.write(t, s)
			if got := figures(t, s); !slices.Equal(got, st.want) {
				t.Errorf("after %s, the figures are\n%s\nwant\n%s", st.name, strings.Join(got, "\n"), strings.Join(st.want, "\n"))
			}
			if got := words(t, s); !slices.Equal(got, st.words) {
				t.Errorf("after %s, the words listed are %q, want %q", st.name, got, st.words)
			}
			if got := ranks(t, s); !slices.Equal(got, st.ranks) {
				t.Errorf("after %s, the ranks are %q, want %q", st.name, got, st.ranks)
			}
			mustCheck(t, s)
		}
	})
}

// Check finds figures that the releases do not give.
func TestCheckFigures(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}}))
		ann := kg.IRI(kg.Person, "ann")
		wrong := quad.Quad{Subject: ann, Predicate: eventCountIRI, Object: quad.Int(2), Label: figuresIRI}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, []quad.Quad{wrong}), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/person/ann> <https://natokg.example/vocab#eventCount> "2"`)
	})
}

// Check finds a word the figures do not list, and a word they list that
// no kg:searchWord quad holds.
func TestCheckFigureWords(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}, "visit": {"ann"}}))
		del := []quad.Quad{wordQuad(quad.String("summit"))}
		add := []quad.Quad{wordQuad(quad.String("gala"))}
		if err := s.QuadStore().ApplyDeltas(append(deltas(cgraph.Delete, del), deltas(cgraph.Add, add)...), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		wantProblem(t, s, `figure missing: <https://natokg.example/figures> <https://natokg.example/vocab#word> "summit"`)
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/figures> <https://natokg.example/vocab#word> "gala"`)
	})
}

// A store whose figures were built before the word list keeps no list:
// writes leave it so, check says so once, and Upgrade builds it.
func TestUpgradeBuildsWords(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
		writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}}))
		// As an earlier natokg left it: figures, no word list.
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, []quad.Quad{wordQuad(quad.String("summit"))}), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		s.words = figuresUnknown
		s.mu.Unlock()
		writeRelease(t, s, b, attendanceRelease(b, map[string][]string{"visit": {"ann", "cem"}}))
		if got := words(t, s); len(got) != 0 {
			t.Errorf("a write to a store without a word list listed %q", got)
		}
		wantProblem(t, s, "builds the list")
		if _, err := s.Upgrade(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if got, want := words(t, s), []string{"summit", "visit"}; !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the words listed are %q, want %q", got, want)
		}
		mustCheck(t, s)
	})
}

// A store whose figures were built before the ranks keeps none: writes
// leave it so, check says so once, and Upgrade builds them.
func TestUpgradeBuildsRanks(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
		writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}}))
		// As an earlier natokg left it: figures, no ranks.
		old := []quad.Quad{attendeeCountQuad(2), degreeHeldQuad(1)}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, old), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		s.ranks = figuresUnknown
		s.mu.Unlock()
		writeRelease(t, s, b, attendanceRelease(b, map[string][]string{"visit": {"ann", "cem", "dan"}}))
		if got := ranks(t, s); len(got) != 0 {
			t.Errorf("a write to a store without ranks made some: %q", got)
		}
		wantProblem(t, s, "keep no ranks")
		if _, err := s.Upgrade(ctx, nil); err != nil {
			t.Fatal(err)
		}
		want := []string{"attendeeCount 4", "degreeHeld 1", "degreeHeld 2", "degreeHeld 3"}
		if got := ranks(t, s); !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the ranks are %q, want %q", got, want)
		}
		mustCheck(t, s)
	})
}

// Check finds a degree listed that nobody holds.
func TestCheckRanks(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}}))
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, []quad.Quad{degreeHeldQuad(7)}), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/figures> <https://natokg.example/vocab#degreeHeld> "7"`)
	})
}

// A store written without figures (by an earlier natokg) keeps none, and
// no write starts them half-way; Upgrade builds them.
func TestUpgradeBuildsFigures(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
		// Written around natokg, as an earlier natokg wrote it.
		old := attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}})
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, old), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		if keeps, err := s.KeepsFigures(ctx); err != nil || keeps {
			t.Errorf("KeepsFigures of a store written without them: %v, %v; want false", keeps, err)
		}
		writeRelease(t, s, b, attendanceRelease(b, map[string][]string{"visit": {"ann", "cem"}}))
		if got := figures(t, s); len(got) != 0 {
			t.Errorf("a write to a store without figures made some: %v", got)
		}
		wantProblem(t, s, "natokg upgrade")
		if _, err := s.Upgrade(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if keeps, err := s.KeepsFigures(ctx); err != nil || !keeps {
			t.Errorf("KeepsFigures after Upgrade: %v, %v; want true", keeps, err)
		}
		want := []string{
			"ann degree 2", "ann eventCount 2", "ann met bob", "ann met cem",
			"bob degree 1", "bob eventCount 1", "bob met ann",
			"cem degree 1", "cem eventCount 1", "cem met ann",
		}
		if got := figures(t, s); !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the figures are\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if got, want := words(t, s), []string{"summit", "visit"}; !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the words listed are %q, want %q", got, want)
		}
		if _, err := s.RemoveRelease(ctx, b); err != nil {
			t.Fatal(err)
		}
		if got, want := words(t, s), []string{"summit"}; !slices.Equal(got, want) {
			t.Errorf("after removing b, the words listed are %q, want %q", got, want)
		}
		mustCheck(t, s)
	})
}

// Quads looks quads up by subject, predicate and object, labelled as
// stored: a release's own quads with it, entity facts with their bundle.
func TestQuadsLookUp(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, attendanceRelease(a, map[string][]string{"summit": {"ann", "bob"}}))
		summit := kg.IRI(kg.Event, "summit")
		got, err := s.Quads(ctx, summit, quad.IRI(schema.Attendee), nil)
		if err != nil || len(got) != 2 {
			t.Fatalf("Quads(summit, attendee): %v, %v; want 2 quads", got, err)
		}
		for _, q := range got {
			if q.Label != a || IsBundle(q.Label) {
				t.Errorf("attendance %v: want it labelled with the release", q)
			}
		}
		names, err := s.Quads(ctx, summit, quad.IRI(schema.Name), nil)
		if err != nil || len(names) != 1 || !IsBundle(names[0].Label) {
			t.Errorf("Quads(summit, name): %v, %v; want one quad in a bundle", names, err)
		}
		back, err := s.Quads(ctx, nil, quad.IRI(schema.Attendee), kg.IRI(kg.Person, "ann"))
		if err != nil || len(back) != 1 || back[0].Subject != summit {
			t.Errorf("Quads(?, attendee, ann): %v, %v", back, err)
		}
		if none, err := s.Quads(ctx, kg.IRI(kg.Event, "nothing"), nil, nil); err != nil || len(none) != 0 {
			t.Errorf("Quads of a node the store lacks: %v, %v", none, err)
		}
	})
}

// monthFigure reports whether q is one of the month figures (months.go,
// mentions.go), which TestMonthsFollowWrites and TestMentionsFollowWrites
// check.
func monthFigure(q quad.Quad) bool {
	return q.Predicate == eventMonthIRI || q.Predicate == monthEventIRI || q.Predicate == quoteMonthIRI || q.Predicate == monthQuoteIRI || q.Predicate == postMonthIRI || q.Predicate == monthPostIRI || q.Predicate == meetingCountIRI ||
		q.Predicate == mentionMonthIRI || q.Predicate == monthMentionIRI || q.Predicate == mentionCountIRI
}
