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
	"github.com/natokg/natokg/graph/voc/xsd"
)

// dated is an event of a test release: its start date ("" for none) and
// who attended it.
type dated struct {
	start  string
	people []string
}

// datedRelease returns a release (as whole makes one) whose events had
// the people named attend, each on its start date.
func datedRelease(r quad.IRI, events map[string]dated) []quad.Quad {
	return publishedRelease(r, "", events)
}

// publishedRelease is datedRelease of a release published on date
// published ("" for none).
func publishedRelease(r quad.IRI, published string, events map[string]dated) []quad.Quad {
	var body []quad.Quad
	if published != "" {
		body = append(body, q(r, schema.DatePublished, quad.TypedString{Value: quad.String(published), Type: quad.IRI(xsd.Date)}, r))
	}
	for e, ev := range events {
		iri := kg.IRI(kg.Event, e)
		body = append(body, q(iri, rdf.Type, quad.IRI(schema.Event), r), q(iri, schema.Name, quad.String(e), r))
		if ev.start != "" {
			body = append(body, q(iri, schema.StartDate, quad.TypedString{Value: quad.String(ev.start), Type: quad.IRI(xsd.Date)}, r))
		}
		for _, p := range ev.people {
			body = append(body, q(iri, schema.Attendee, kg.IRI(kg.Person, p), r))
		}
	}
	return whole(r, "Dated attendance", body...)
}

// months returns the month figures s keeps, as lines: "ann 2024-05
// (ann)" for a person's month of events ("ann 2024-05 (ann,
// quotations)" of quotations, "(ann, posts)" of releases giving posts),
// "ann/2024-05 summit" for an event, a quotation ("ann/2024-05 a/1") or
// a release ("ann/2024-05 release a") of it, "ann meetings 2" for a
// meeting count; "named org/nato month/org/nato/2024-05" for a month of
// the releases naming an entity, "named month/org/nato/2024-05 release
// a" for one of them, "named org/nato 2 times" for its count; sorted.
func months(t *testing.T, s *Store) []string {
	t.Helper()
	after := func(v quad.Value, kind kg.Kind) string {
		iri, _ := v.(quad.IRI)
		_, rest, _ := strings.Cut(string(iri), "/"+string(kind)+"/")
		return rest
	}
	return figureLines(t, s, func(q quad.Quad) (string, bool) {
		switch q.Predicate {
		case eventMonthIRI:
			person, month, _ := strings.Cut(after(q.Object, kg.Month), "/")
			return after(q.Subject, kg.Person) + " " + month + " (" + person + ")", true
		case monthEventIRI:
			return after(q.Subject, kg.Month) + " " + after(q.Object, kg.Event), true
		case quoteMonthIRI:
			person, month, _ := strings.Cut(after(q.Object, kg.Month), "/")
			return after(q.Subject, kg.Person) + " " + month + " (" + person + ", quotations)", true
		case monthQuoteIRI:
			return after(q.Subject, kg.Month) + " " + after(q.Object, kg.Quote), true
		case postMonthIRI:
			person, month, _ := strings.Cut(after(q.Object, kg.Month), "/")
			return after(q.Subject, kg.Person) + " " + month + " (" + person + ", posts)", true
		case monthPostIRI:
			return after(q.Subject, kg.Month) + " release " + after(q.Object, kg.Release), true
		case meetingCountIRI:
			return fmt.Sprint(after(q.Subject, kg.Person), " meetings ", quad.NativeOf(q.Object)), true
		case mentionMonthIRI:
			return "named " + local(q.Subject) + " " + local(q.Object), true
		case monthMentionIRI:
			return "named " + local(q.Subject) + " release " + after(q.Object, kg.Release), true
		case mentionCountIRI:
			return fmt.Sprint("named ", local(q.Subject), " ", quad.NativeOf(q.Object), " times"), true
		}
		return "", false
	})
}

// The months of people's events follow every write: an event is in the
// month of its earliest start date that any release still states, moves
// when an edit or a removal changes that date, and a month left with no
// event goes; meeting counts follow attendance.
func TestMonthsFollowWrites(t *testing.T) {
	a, b, c, d := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b"), kg.IRI(kg.Release, "c"), kg.IRI(kg.Release, "d")
	steps := []monthStep{
		{"first release", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, datedRelease(a, map[string]dated{"summit": {"2024-05-01", []string{"ann", "bob"}}, "visit": {"", []string{"ann"}}}))
		}, []string{
			"ann 2024-05 (ann)", "ann undated (ann)", "ann meetings 1", "ann/2024-05 summit", "ann/undated visit",
			"bob 2024-05 (bob)", "bob meetings 1", "bob/2024-05 summit",
		}},
		{"another release dates the event earlier", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, datedRelease(b, map[string]dated{"summit": {"2023-12-30", []string{"ann", "bob", "cem"}}}))
		}, []string{
			"ann 2023-12 (ann)", "ann undated (ann)", "ann meetings 2", "ann/2023-12 summit", "ann/undated visit",
			"bob 2023-12 (bob)", "bob meetings 2", "bob/2023-12 summit",
			"cem 2023-12 (cem)", "cem meetings 2", "cem/2023-12 summit",
		}},
		{"an edit dates it later again", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, datedRelease(b, map[string]dated{"summit": {"2025-01-01", []string{"ann", "bob", "cem"}}}))
		}, []string{
			"ann 2024-05 (ann)", "ann undated (ann)", "ann meetings 2", "ann/2024-05 summit", "ann/undated visit",
			"bob 2024-05 (bob)", "bob meetings 2", "bob/2024-05 summit",
			"cem 2024-05 (cem)", "cem meetings 2", "cem/2024-05 summit",
		}},
		{"the release of the earliest date removed", func(t *testing.T, s *Store) {
			if _, err := s.RemoveRelease(context.Background(), a); err != nil {
				t.Fatal(err)
			}
		}, []string{
			"ann 2025-01 (ann)", "ann meetings 2", "ann/2025-01 summit",
			"bob 2025-01 (bob)", "bob meetings 2", "bob/2025-01 summit",
			"cem 2025-01 (cem)", "cem meetings 2", "cem/2025-01 summit",
		}},
		{"a batch dating one event twice", func(t *testing.T, s *Store) {
			_, err := s.PutReleases(context.Background(), []Release{
				{IRI: c, Quads: datedRelease(c, map[string]dated{"talks": {"2020-03-02", []string{"bob", "eve"}}})},
				{IRI: d, Quads: datedRelease(d, map[string]dated{"talks": {"2019-01-02", []string{"bob"}}})},
			})
			if err != nil {
				t.Fatal(err)
			}
		}, []string{
			"ann 2025-01 (ann)", "ann meetings 2", "ann/2025-01 summit",
			"bob 2019-01 (bob)", "bob 2025-01 (bob)", "bob meetings 3", "bob/2019-01 talks", "bob/2025-01 summit",
			"cem 2025-01 (cem)", "cem meetings 2", "cem/2025-01 summit",
			"eve 2019-01 (eve)", "eve meetings 1", "eve/2019-01 talks",
		}},
		removingAll(b, c, d),
	}
	runMonthSteps(t, steps)
}

// Check finds an event in a month it does not belong to, and a meeting
// count that is wrong.
func TestCheckMonths(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, datedRelease(a, map[string]dated{"summit": {"2024-05-01", []string{"ann", "bob"}}}))
		ann, summit := kg.IRI(kg.Person, "ann"), kg.IRI(kg.Event, "summit")
		wrong := []quad.Quad{monthQuad(kg.MonthIRI(ann, "2023-01"), summit), {Subject: ann, Predicate: meetingCountIRI, Object: quad.Int(5), Label: figuresIRI}}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, wrong), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/month/ann/2023-01> <https://natokg.example/vocab#monthEvent> <https://natokg.example/event/summit>`)
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/person/ann> <https://natokg.example/vocab#meetingCount> "5"`)
	})
}

// A store whose figures were built before the months keeps none: writes
// leave it so, check says so once, and Upgrade builds them.
func TestUpgradeBuildsMonths(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
		writeRelease(t, s, a, datedRelease(a, map[string]dated{"summit": {"2024-05-01", []string{"ann", "bob"}}}))
		// As an earlier natokg left it: figures, no months.
		var old []quad.Quad
		err := s.eachStored(ctx, func(q quad.Quad) error {
			if q.Label == figuresIRI && (monthFigure(q) || q == exportQuad(monthsMarker)) {
				old = append(old, q)
			}
			return nil
		})
		if err != nil || len(old) != 7 {
			t.Fatalf("month figures %v, %v", old, err)
		}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, old), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		s.months = figuresUnknown
		s.mu.Unlock()
		writeRelease(t, s, b, datedRelease(b, map[string]dated{"visit": {"2025-02-03", []string{"ann"}}}))
		if got := months(t, s); len(got) != 0 {
			t.Errorf("a write to a store without months made some: %q", got)
		}
		wantProblem(t, s, "keep no months")
		if _, err := s.Upgrade(ctx, nil); err != nil {
			t.Fatal(err)
		}
		want := []string{"ann 2024-05 (ann)", "ann 2025-02 (ann)", "ann meetings 1", "ann/2024-05 summit", "ann/2025-02 visit",
			"bob 2024-05 (bob)", "bob meetings 1", "bob/2024-05 summit"}
		if got := months(t, s); !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the months are %q, want %q", got, want)
		}
		mustCheck(t, s)
	})
}

// quoteRelease returns a release (as whole makes one) of date date
// ("" for none) whose quotations, numbered from 1, are said by the
// people named.
func quoteRelease(r quad.IRI, date string, speakers ...string) []quad.Quad {
	var body []quad.Quad
	if date != "" {
		body = append(body, q(r, schema.DatePublished, quad.TypedString{Value: quad.String(date), Type: quad.IRI(xsd.Date)}, r))
	}
	for i, p := range speakers {
		body = append(body, q(kg.IRI(kg.Quote, string(r[len(r)-1:]), fmt.Sprint(i+1)), schema.Creator, kg.IRI(kg.Person, p), r))
	}
	return whole(r, "Quotations", body...)
}

// The months of people's quotations follow the releases that give them:
// an edit of a release's date moves its quotations, a quotation taken
// away leaves its month, and a month left with none goes.
func TestQuoteMonthsFollowWrites(t *testing.T) {
	a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
	steps := []monthStep{
		{"a release quotes ann twice and bob once", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, quoteRelease(a, "2024-01-02", "ann", "ann", "bob"))
		}, []string{"ann 2024-01 (ann, quotations)", "ann/2024-01 a/1", "ann/2024-01 a/2", "bob 2024-01 (bob, quotations)", "bob/2024-01 a/3"}},
		{"another release, undated, quotes ann", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, quoteRelease(b, "", "ann"))
		}, []string{"ann 2024-01 (ann, quotations)", "ann undated (ann, quotations)", "ann/2024-01 a/1", "ann/2024-01 a/2", "ann/undated b/1", "bob 2024-01 (bob, quotations)", "bob/2024-01 a/3"}},
		{"an edit moves the first release a year back and drops bob", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, quoteRelease(a, "2023-12-31", "ann", "ann"))
		}, []string{"ann 2023-12 (ann, quotations)", "ann undated (ann, quotations)", "ann/2023-12 a/1", "ann/2023-12 a/2", "ann/undated b/1"}},
		{"the undated release removed", func(t *testing.T, s *Store) {
			if _, err := s.RemoveRelease(context.Background(), b); err != nil {
				t.Fatal(err)
			}
		}, []string{"ann 2023-12 (ann, quotations)", "ann/2023-12 a/1", "ann/2023-12 a/2"}},
		removingAll(a),
	}
	runMonthSteps(t, steps)
}

// The months of the releases that give people posts follow those
// releases: an edit of a release's date moves it, a post taken away
// leaves its month, and a month left with none goes.
func TestPostMonthsFollowWrites(t *testing.T) {
	a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
	steps := []monthStep{
		{"a release gives ann and bob posts", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, postRelease(a, "2015-03-01", map[string]string{"ann": "sg", "bob": "dsg"}))
		}, []string{"ann 2015-03 (ann, posts)", "ann/2015-03 release a", "bob 2015-03 (bob, posts)", "bob/2015-03 release a"}},
		{"an undated release gives ann one", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, postRelease(b, "", map[string]string{"ann": "sg"}))
		}, []string{"ann 2015-03 (ann, posts)", "ann undated (ann, posts)", "ann/2015-03 release a", "ann/undated release b", "bob 2015-03 (bob, posts)", "bob/2015-03 release a"}},
		{"an edit moves the first release and drops bob", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, postRelease(a, "2016-01-01", map[string]string{"ann": "sg"}))
		}, []string{"ann 2016-01 (ann, posts)", "ann undated (ann, posts)", "ann/2016-01 release a", "ann/undated release b"}},
		removingAll(a, b),
	}
	runMonthSteps(t, steps)
}

// An event with no start date is in the month of the earliest dated
// release that says each person attended it, which moves as releases
// come, go and change their dates, until a release gives it a start
// date.
func TestUndatedEventMonths(t *testing.T) {
	a, b, c, d := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b"), kg.IRI(kg.Release, "c"), kg.IRI(kg.Release, "d")
	gala := func(people ...string) map[string]dated { return map[string]dated{"gala": {"", people}} }
	steps := []monthStep{
		{"a release of March 2024", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, publishedRelease(a, "2024-03-10", gala("ann")))
		}, []string{"ann undated-2024-03 (ann)", "ann/undated-2024-03 gala"}},
		{"an earlier release says so too", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, publishedRelease(b, "2023-07-01", gala("ann")))
		}, []string{"ann undated-2023-07 (ann)", "ann/undated-2023-07 gala"}},
		{"an undated release gives it another attendee", func(t *testing.T, s *Store) {
			writeRelease(t, s, c, publishedRelease(c, "", gala("bob")))
		}, []string{"ann meetings 1", "ann undated-2023-07 (ann)", "ann/undated-2023-07 gala", "bob meetings 1", "bob undated (bob)", "bob/undated gala"}},
		{"the earlier release removed", func(t *testing.T, s *Store) {
			if _, err := s.RemoveRelease(context.Background(), b); err != nil {
				t.Fatal(err)
			}
		}, []string{"ann meetings 1", "ann undated-2024-03 (ann)", "ann/undated-2024-03 gala", "bob meetings 1", "bob undated (bob)", "bob/undated gala"}},
		{"an edit dates the first release earlier", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, publishedRelease(a, "2022-01-05", gala("ann")))
		}, []string{"ann meetings 1", "ann undated-2022-01 (ann)", "ann/undated-2022-01 gala", "bob meetings 1", "bob undated (bob)", "bob/undated gala"}},
		{"a release gives it a start date", func(t *testing.T, s *Store) {
			writeRelease(t, s, d, publishedRelease(d, "2021-06-02", map[string]dated{"gala": {"2021-06-01", []string{"ann"}}}))
		}, []string{"ann 2021-06 (ann)", "ann meetings 1", "ann/2021-06 gala", "bob 2021-06 (bob)", "bob meetings 1", "bob/2021-06 gala"}},
		removingAll(a, c, d),
	}
	runMonthSteps(t, steps)
}

// monthStep is a write to a store and the month figures it leaves
// (months' lines, in any order).
type monthStep struct {
	name  string
	write func(t *testing.T, s *Store)
	want  []string
}

// removingAll is the step that removes the releases rs, after which no
// month figure is left.
func removingAll(rs ...quad.IRI) monthStep {
	return monthStep{"every release removed", func(t *testing.T, s *Store) {
		for _, r := range rs {
			if _, err := s.RemoveRelease(context.Background(), r); err != nil {
				t.Fatal(err)
			}
		}
	}, nil}
}

// runMonthSteps makes the writes of steps in turn on each backend and
// checks after each the month figures it leaves and that Check passes.
func runMonthSteps(t *testing.T, steps []monthStep) {
	t.Helper()
	forEachBackend(t, func(t *testing.T, s *Store) {
		for _, st := range steps {
			st.write(t, s)
			slices.Sort(st.want)
			if got := months(t, s); !slices.Equal(got, st.want) {
				t.Errorf("after %s, the months are\n%s\nwant\n%s", st.name, strings.Join(got, "\n"), strings.Join(st.want, "\n"))
			}
			mustCheck(t, s)
		}
	})
}

// local is an IRI of natokg's without its namespace ("person/ann").
func local(v quad.Value) string {
	iri, _ := v.(quad.IRI)
	return strings.TrimPrefix(string(iri), kg.NS)
}
