package queries_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/internal/corpus"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/queries"
)

// pathLinks are the links path follows, with what each costs and the
// words its rows give it one way and the other.
var pathLinks = []struct {
	pred      string
	cost      int
	out, back string
}{
	{schema.Attendee, 0, "has attendee", "attended"},
	{schema.Organizer, 1, "organised by", "organised"},
	{schema.Location, 2, "held at", "venue of"},
	{org.Holds, 3, "holds", "held by"},
	{org.PostIn, 4, "post in", "has post"},
	{schema.ContainedInPlace, 5, "within", "contains"},
	{schema.ParentOrganization, 6, "part of", "has part"},
	{schema.About, releaseLink, "about", "reported in"},
	{schema.Mentions, releaseLink, "mentions", "mentioned in"},
}

// releaseLink is the cost of a link through a release.
const releaseLink = 100

// pathGraph is the store's graph as path reads it: each node's links,
// both ways, with their cost.
type pathGraph struct {
	links map[string][]pathLink
}

type pathLink struct {
	to   string
	cost int
}

// readPathGraph reads every quad of s, as Gizmo sees them.
func readPathGraph(t *testing.T, s *graph.Store) pathGraph {
	t.Helper()
	ctx := context.Background()
	cost := map[string]int{}
	for _, l := range pathLinks {
		cost[l.pred] = l.cost
	}
	releases := map[string]bool{}
	var qs []quad.Quad
	qst := s.QuadStore()
	it := qst.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qst.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		if iri(q.Predicate) == rdf.Type && iri(q.Object) == schema.NewsArticle {
			releases[iri(q.Subject)] = true
		}
		qs = append(qs, q)
	}
	g := pathGraph{links: map[string][]pathLink{}}
	for _, q := range qs {
		c, ok := cost[iri(q.Predicate)]
		if !ok {
			continue
		}
		s, o := iri(q.Subject), iri(q.Object)
		g.links[s] = append(g.links[s], pathLink{o, c})
		// Only releases are followed into an entity by mentions.
		if iri(q.Predicate) != schema.Mentions || releases[s] {
			g.links[o] = append(g.links[o], pathLink{s, c})
		}
	}
	return g
}

func iri(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return v.String()
}

// hub reports whether a path meets at node n but does not go on from it.
func hub(n string) bool {
	k, ok := kg.KindOf(quad.IRI(n))
	return ok && (k == kg.Org || k == kg.Place || k == kg.Post || k == kg.Role)
}

type reach struct{ d, c int }

// from returns each node's fewest links from source, within depth, and
// the least cost at that length, not going on from hubs, through
// releases only if withReleases.
func (g pathGraph) from(source string, depth int, withReleases bool) map[string]reach {
	seen := map[string]reach{source: {}}
	front := []string{source}
	for d := 1; d <= depth && len(front) > 0; d++ {
		level := map[string]reach{}
		for _, n := range front {
			for _, l := range g.links[n] {
				if _, ok := seen[l.to]; ok || l.cost >= releaseLink && !withReleases {
					continue
				}
				c := seen[n].c + l.cost
				if r, ok := level[l.to]; !ok || c < r.c {
					level[l.to] = reach{d, c}
				}
			}
		}
		front = front[:0]
		for n, r := range level {
			seen[n] = r
			if !hub(n) {
				front = append(front, n)
			}
		}
	}
	return seen
}

// best returns the length and cost of the path between a and b within
// depth that path should find, or false: the shortest, then cheapest,
// through what happened; where there is none, through releases too.
func (g pathGraph) best(a, b string, depth int) (reach, bool) {
	if r, ok := g.shortest(a, b, depth, false); ok {
		return r, true
	}
	return g.shortest(a, b, depth, true)
}

// shortest returns the length and cost of the shortest, then cheapest,
// path between a and b within depth, through releases only if
// withReleases, or false.
func (g pathGraph) shortest(a, b string, depth int, withReleases bool) (reach, bool) {
	ra, rb := g.from(a, depth, withReleases), g.from(b, depth, withReleases)
	var out reach
	found := false
	for n, x := range ra {
		y, ok := rb[n]
		if !ok || x.d+y.d > depth {
			continue
		}
		r := reach{x.d + y.d, x.c + y.c}
		if !found || r.d < out.d || r.d == out.d && r.c < out.c {
			out, found = r, true
		}
	}
	return out, found
}

// linked reports whether the graph links a and b at that cost.
func (g pathGraph) linked(a, b string, cost int) bool {
	for _, l := range g.links[a] {
		if l.to == b && l.cost == cost {
			return true
		}
	}
	return false
}

// TestPathShortestCheapest checks path between many pairs of people of
// generated releases, within several depths, against a search of the
// whole graph: its answer is as short as any path through what happened
// within the depth, and as cheap as any as short, or, where there is
// none, the shortest and cheapest through releases too; each step is a
// link of the graph; where the search finds none, path says so. The
// pairs must include paths of two and four links through events, and
// one where releases give a shorter path than events.
func TestPathShortestCheapest(t *testing.T) {
	s := generatedStore(t, corpus.Options{Seed: 3, Releases: 150})
	g := readPathGraph(t, s)
	cost := map[string]int{}
	for _, l := range pathLinks {
		cost[l.out], cost[l.back] = l.cost, l.cost
	}
	people := run(t, s, "most-connected", nil)
	if len(people) < 20 {
		t.Fatalf("most-connected: %d people, want 20 at least", len(people))
	}
	seen := map[string]int{}
	for _, pr := range pathPairs(g, people) {
		a, b, depth := pr.a, pr.b, pr.depth
		t.Run(fmt.Sprintf("%s-%s-%d", a, b, depth), func(t *testing.T) {
			from, to := string(loader.PersonIRI(a)), string(loader.PersonIRI(b))
			want, ok := g.best(from, to, depth)
			if any, _ := g.shortest(from, to, depth, true); ok && any.d < want.d {
				seen["releases shorter"]++
			}
			if ok {
				seen[fmt.Sprintf("%d links costing %d", want.d, want.c)]++
			} else {
				seen["none"]++
			}
			rows, err := tryRun(s, "path", map[string]string{"from": a, "to": b, "depth": fmt.Sprint(depth)})
			if !ok {
				if err == nil {
					t.Fatalf("path %v, want no path within %d links", rows, depth)
				}
				return
			}
			if err != nil {
				t.Fatalf("path: %v, want %d links costing %d", err, want.d, want.c)
			}
			got := reach{len(rows) - 1, 0}
			for _, r := range rows[1:] {
				c := cost[r["via"].(string)]
				got.c += c
				from, to := r["source"].(map[string]any)["@id"].(string), r["target"].(map[string]any)["@id"].(string)
				if !g.linked(from, to, c) {
					t.Errorf("step %v: %s and %s are not linked by %q", r["step"], from, to, r["via"])
				}
			}
			if got != want {
				t.Errorf("path of %d links costing %d, want %d links costing %d: %v", got.d, got.c, want.d, want.c, rows)
			}
		})
	}
	t.Logf("paths: %v", seen)
	for _, k := range []string{"2 links costing 0", "4 links costing 0", "releases shorter"} {
		if seen[k] == 0 {
			t.Errorf("no pair has %s: the pairs do not test path (%v)", k, seen)
		}
	}
}

// pathPair is a pair of people and the depth path is asked within.
type pathPair struct {
	a, b  string
	depth int
}

// pathPairs returns 48 pairs of people spread over the most connected,
// and, where those hold none, a pair for each kind of path the test must
// cover, found by searching g: two or four links through events alone,
// and one where releases give a shorter path than events.
func pathPairs(g pathGraph, people []map[string]any) []pathPair {
	var out []pathPair
	name := func(i int) string { return people[i%len(people)]["person"].(string) }
	for i := 0; i < 48; i++ {
		if a, b := name(i*7), name(i*13+5); a != b {
			out = append(out, pathPair{a, b, []int{4, 2, 6, 3}[i%4]})
		}
	}
	kinds := map[string]bool{}
	for _, p := range out {
		kinds[g.kind(p)] = true
	}
	for i := 0; i < len(people); i++ {
		for j := i + 1; j < len(people); j++ {
			for _, depth := range []int{2, 4} {
				p := pathPair{name(i), name(j), depth}
				if k := g.kind(p); k != "" && !kinds[k] {
					kinds[k] = true
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// kind names the kind of path a pair must cover that g gives it ("2
// links costing 0", "4 links costing 0", "releases shorter"), or "".
func (g pathGraph) kind(p pathPair) string {
	from, to := string(loader.PersonIRI(p.a)), string(loader.PersonIRI(p.b))
	want, ok := g.best(from, to, p.depth)
	if !ok {
		return ""
	}
	if any, _ := g.shortest(from, to, p.depth, true); any.d < want.d {
		return "releases shorter"
	}
	if want.c == 0 && (want.d == 2 || want.d == 4) {
		return fmt.Sprintf("%d links costing 0", want.d)
	}
	return ""
}

// tryRun runs a library query and returns its rows, or its error.
func tryRun(s *graph.Store, name string, params map[string]string) ([]map[string]any, error) {
	q, err := queries.Get(name)
	if err != nil {
		return nil, err
	}
	res, err := queries.Run(context.Background(), runner(s), q, params, queries.Page{})
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	for _, r := range res.Rows {
		m, ok := r.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: result %v is not an object", name, r)
		}
		out = append(out, m)
	}
	return out, nil
}
