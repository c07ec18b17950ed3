package loader_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader"
)

// The work of a citation does not grow with the release's title: the
// title is slugged once per release, not once per fact that cites a
// sentence (a 100 KB title once took minutes to load).
func TestQuadsCitationCostFlatInTitle(t *testing.T) {
	title := strings.Repeat("Brussels Paris ", 100_000/15)
	facts := func(people int) *natokg.Facts {
		body := "Allies met."
		r := &natokg.Release{File: "r.txt", Line: 1, Title: title, Source: "NATO", Body: body, BodyLine: 5}
		f := &natokg.Facts{Release: r, Sentences: []natokg.Span{{Start: 0, End: len(title)}, {Start: len(title) + 2, End: len(r.Text())}}}
		for i := 0; i < people; i++ {
			f.People = append(f.People, &natokg.Person{Key: fmt.Sprint("Person ", i), Name: fmt.Sprint("Person ", i),
				Spans: []natokg.Span{{Start: 0, End: 8}, {Start: len(title) + 2, End: len(title) + 8}}})
		}
		return f
	}
	alloc := func(f *natokg.Facts) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		loader.Quads(f)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	alloc(facts(1)) // first use: lazy set-up in the slugger
	one, many := alloc(facts(1)), alloc(facts(201))
	// 200 more people, each citing both sentences: their own quads only.
	if per := (many - one) / 200; per > uint64(len(title))/10 {
		t.Errorf("each citing fact allocates %d bytes more with a %d-byte title: the title is handled again per citation", per, len(title))
	}
}
