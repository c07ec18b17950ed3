package loader_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/loader"
)

// The work of a citation does not grow with the release's title: the
// title is slugged once per release, not once per fact that cites a
// sentence (a 100 KB title once took minutes to load).
func TestQuadsCitationCostFlatInTitle(t *testing.T) {
	// perFact is what each of 200 more facts citing both sentences of a
	// release allocates, with a title of n bytes.
	perFact := func(n int) uint64 {
		title := strings.Repeat("Brussels Paris ", n/15)
		facts := func(people int) *natokg.Facts {
			r := &natokg.Release{File: "r.txt", Line: 1, Title: title, Source: "NATO", Body: "Allies met.", BodyLine: 5}
			f := &natokg.Facts{Release: r, Sentences: []natokg.Span{{Start: 0, End: len(title)}, {Start: len(title) + 2, End: len(r.Text())}}}
			for i := 0; i < people; i++ {
				f.People = append(f.People, &natokg.Person{Key: fmt.Sprint("Person ", i), Name: fmt.Sprint("Person ", i),
					Spans: []natokg.Span{{Start: 0, End: 8}, {Start: len(title) + 2, End: len(title) + 8}}})
			}
			return f
		}
		// The least of ten runs: TotalAlloc counts every goroutine's
		// allocations (one an earlier test left running), which only add;
		// three runs were once all caught by them on a busy machine.
		alloc := func(f *natokg.Facts) uint64 {
			least := uint64(0)
			for i := range 10 {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				loader.Quads(f)
				runtime.ReadMemStats(&after)
				if n := after.TotalAlloc - before.TotalAlloc; i == 0 || n < least {
					least = n
				}
			}
			return least
		}
		alloc(facts(1)) // first use: lazy set-up in the slugger
		one, many := alloc(facts(1)), alloc(facts(201))
		if many < one {
			return 0
		}
		return (many - one) / 200
	}
	short, long := perFact(10_000), perFact(100_000)
	t.Logf("bytes allocated per citing fact: %d with a 10 KB title, %d with a 100 KB one", short, long)
	if long > 2*short+4096 {
		t.Errorf("each citing fact allocates %d bytes with a 100 KB title, %d with a 10 KB one: the title is handled again per citation", long, short)
	}
}

// A post the release states as held before is written so, beside the
// org:holds it also states, labelled with the release; a current post
// is not.
func TestQuadsHeldBefore(t *testing.T) {
	r := &natokg.Release{File: "r.txt", Line: 1, Title: "Change of command", Source: "NATO", Body: "Admiral A took over from Admiral B.", BodyLine: 5}
	f := &natokg.Facts{Release: r, People: []*natokg.Person{
		{Key: "Ann Rask", Name: "Ann Rask", Posts: []natokg.Post{{Role: "Commander", Org: "Allied Maritime Command"}}},
		{Key: "Ivo Berg", Name: "Ivo Berg", Posts: []natokg.Post{{Role: "Commander", Org: "Allied Maritime Command", Former: true}}},
	}}
	rel, quads := loader.Quads(f)
	held := map[string]bool{}
	for _, q := range quads {
		if q.Predicate.String() == "<"+kg.HeldBefore+">" {
			if q.Label != rel {
				t.Errorf("%v: labelled %v, want the release %v", q, q.Label, rel)
			}
			held[q.Subject.String()] = true
		}
	}
	if !held["<"+kg.NS+"person/ivo-berg>"] || held["<"+kg.NS+"person/ann-rask>"] || len(held) != 1 {
		t.Errorf("held before: %v, want Ivo Berg's post alone", held)
	}
}
