package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
)

// postRelease returns a release (as whole makes one) of date (none when
// "") that gives each person named the post named: person -> post.
func postRelease(r quad.IRI, date string, holds map[string]string) []quad.Quad {
	var body []quad.Quad
	if date != "" {
		body = append(body, q(r, schema.DatePublished, quad.TypedString{Value: quad.String(date), Type: quad.IRI(xsd.Date)}, r))
	}
	for person, post := range holds {
		p := kg.IRI(kg.Person, person)
		body = append(body, q(p, rdf.Type, quad.IRI(schema.Person), r), q(p, schema.Name, quad.String(person), r),
			q(p, org.Holds, kg.IRI(kg.Post, post), r))
	}
	return whole(r, "Posts", body...)
}

// holdings returns the holdings s keeps, as "person post first@release
// last@release" lines ("-" for no date), sorted.
func holdings(t *testing.T, s *Store) []string {
	t.Helper()
	type fig struct{ person, post, first, firstRel, last, lastRel string }
	byNode := map[quad.Value]*fig{}
	at := func(v quad.Value) *fig {
		if byNode[v] == nil {
			byNode[v] = &fig{}
		}
		return byNode[v]
	}
	tail := func(v quad.Value) string {
		iri, _ := v.(quad.IRI)
		return string(iri)[strings.LastIndexByte(string(iri), '/')+1:]
	}
	figureLines(t, s, func(q quad.Quad) (string, bool) {
		switch f := at(q.Subject); q.Predicate {
		case heldAsIRI:
			at(q.Object).post = tail(q.Subject)
		case holderIRI:
			f.person = tail(q.Object)
		case firstStatedIRI:
			f.first = dateOf(q.Object)
		case lastStatedIRI:
			f.last = dateOf(q.Object)
		case firstReleaseIRI:
			f.firstRel = tail(q.Object)
		case lastReleaseIRI:
			f.lastRel = tail(q.Object)
		}
		return "", false
	})
	end := func(date, rel string) string {
		if date == "" && rel == "" {
			return "-"
		}
		return date + "@" + rel
	}
	var out []string
	for _, f := range byNode {
		if f.person != "" {
			out = append(out, strings.Join([]string{f.person, f.post, end(f.first, f.firstRel), end(f.last, f.lastRel)}, " "))
		}
	}
	slices.Sort(out)
	return out
}

// The holdings follow every write: a release that restates a holding
// counts it and widens its dates, an edit that moves a release's date
// and a removal of the release that held its first or last date read
// the dates again, an undated release counts without dates, and a batch
// counts each release once.
func TestHoldingsFollowWrites(t *testing.T) {
	a, b, c, d := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b"), kg.IRI(kg.Release, "c"), kg.IRI(kg.Release, "d")
	steps := []struct {
		name  string
		write func(t *testing.T, s *Store)
		want  []string
	}{
		{"first release", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, postRelease(a, "2015-03-01", map[string]string{"ann": "sg", "bob": "dsg"}))
		}, []string{"ann sg 2015-03-01@a 2015-03-01@a", "bob dsg 2015-03-01@a 2015-03-01@a"}},
		{"a later release restates one", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, postRelease(b, "2016-07-01", map[string]string{"ann": "sg"}))
		}, []string{"ann sg 2015-03-01@a 2016-07-01@b", "bob dsg 2015-03-01@a 2015-03-01@a"}},
		{"an undated release", func(t *testing.T, s *Store) {
			writeRelease(t, s, c, postRelease(c, "", map[string]string{"ann": "sg", "cem": "sg"}))
		}, []string{"ann sg 2015-03-01@a 2016-07-01@b", "bob dsg 2015-03-01@a 2015-03-01@a", "cem sg - -"}},
		{"an edit moves the latest release earlier", func(t *testing.T, s *Store) {
			writeRelease(t, s, b, postRelease(b, "2014-01-01", map[string]string{"ann": "sg"}))
		}, []string{"ann sg 2014-01-01@b 2015-03-01@a", "bob dsg 2015-03-01@a 2015-03-01@a", "cem sg - -"}},
		{"removing the release of the first date", func(t *testing.T, s *Store) {
			if _, err := s.RemoveRelease(context.Background(), b); err != nil {
				t.Fatal(err)
			}
		}, []string{"ann sg 2015-03-01@a 2015-03-01@a", "bob dsg 2015-03-01@a 2015-03-01@a", "cem sg - -"}},
		{"a batch, two releases restating one holding", func(t *testing.T, s *Store) {
			_, err := s.PutReleases(context.Background(), []Release{
				{IRI: b, Quads: postRelease(b, "2019-09-09", map[string]string{"cem": "sg"})},
				{IRI: d, Quads: postRelease(d, "2018-08-08", map[string]string{"cem": "sg", "bob": "sg"})},
			})
			if err != nil {
				t.Fatal(err)
			}
		}, []string{"ann sg 2015-03-01@a 2015-03-01@a", "bob dsg 2015-03-01@a 2015-03-01@a", "bob sg 2018-08-08@d 2018-08-08@d", "cem sg 2018-08-08@d 2019-09-09@b"}},
		{"an edit takes a holding away", func(t *testing.T, s *Store) {
			writeRelease(t, s, a, postRelease(a, "2015-03-01", map[string]string{"bob": "dsg"}))
		}, []string{"ann sg - -", "bob dsg 2015-03-01@a 2015-03-01@a", "bob sg 2018-08-08@d 2018-08-08@d", "cem sg 2018-08-08@d 2019-09-09@b"}},
		{"every release removed", func(t *testing.T, s *Store) {
			for _, r := range []quad.IRI{a, b, c, d} {
				if _, err := s.RemoveRelease(context.Background(), r); err != nil {
					t.Fatal(err)
				}
			}
		}, nil},
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		for _, st := range steps {
			st.write(t, s)
			if got := holdings(t, s); !slices.Equal(got, st.want) {
				t.Errorf("after %s, the holdings are\n%s\nwant\n%s", st.name, strings.Join(got, "\n"), strings.Join(st.want, "\n"))
			}
			mustCheck(t, s)
		}
	})
}

// Check finds a holding figure that the releases do not give.
func TestCheckHoldings(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := kg.IRI(kg.Release, "a")
		writeRelease(t, s, a, postRelease(a, "2015-03-01", map[string]string{"ann": "sg"}))
		h := kg.HoldingIRI(kg.IRI(kg.Person, "ann"), kg.IRI(kg.Post, "sg"))
		wrong := []quad.Quad{
			{Subject: h, Predicate: lastStatedIRI, Object: dateValue("2015-03-01"), Label: figuresIRI},
			{Subject: h, Predicate: lastStatedIRI, Object: dateValue("2016-03-01"), Label: figuresIRI},
		}
		err := s.QuadStore().ApplyDeltas(append(deltas(cgraph.Delete, wrong[:1]), deltas(cgraph.Add, wrong[1:])...), cgraph.IgnoreOpts{})
		if err != nil {
			t.Fatal(err)
		}
		wantProblem(t, s, `figure the releases do not give: <https://natokg.example/holding/ann/sg> <https://natokg.example/vocab#lastStated> "2016-03-01"`)
	})
}

// A store whose figures were built before the holdings keeps none:
// writes leave it so, check says so once, and Upgrade builds them.
func TestUpgradeBuildsHoldings(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		a, b := kg.IRI(kg.Release, "a"), kg.IRI(kg.Release, "b")
		writeRelease(t, s, a, postRelease(a, "2015-03-01", map[string]string{"ann": "sg"}))
		// As an earlier natokg left it: figures, no holdings.
		var old []quad.Quad
		err := s.eachStored(ctx, func(q quad.Quad) error {
			if q.Label == figuresIRI && q != exportQuad(figuresMarker) && q.Predicate != wordIRI {
				old = append(old, q)
			}
			return nil
		})
		if err != nil || len(old) < 4 {
			t.Fatalf("holdings figures %v, %v", old, err)
		}
		if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, old), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		s.holdings = figuresUnknown
		s.mu.Unlock()
		writeRelease(t, s, b, postRelease(b, "2016-01-01", map[string]string{"ann": "sg"}))
		if got := holdings(t, s); len(got) != 0 {
			t.Errorf("a write to a store without holdings made some: %q", got)
		}
		wantProblem(t, s, "keep no holdings")
		if _, err := s.Upgrade(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if got, want := holdings(t, s), []string{"ann sg 2015-03-01@a 2016-01-01@b"}; !slices.Equal(got, want) {
			t.Errorf("after Upgrade, the holdings are %q, want %q", got, want)
		}
		mustCheck(t, s)
	})
}
