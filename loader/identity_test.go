package loader

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader/extract"
)

// TestIdentities loads releases whose IRIs meet, in one load and against
// a store, and checks which get an IRI of their own and which are refused.
func TestIdentities(t *testing.T) {
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	l := New(x)
	release := func(file, title, body string) Result {
		return l.Process(&natokg.Release{File: file, Line: 1, Title: title, Source: "NATO",
			Body: "Brussels, 3 May 2025 – " + body})
	}
	stored := map[quad.IRI][2]string{}
	ids := &Identities{Stored: func(_ context.Context, iri quad.IRI) (string, string, bool, error) {
		s, ok := stored[iri]
		return s[0], s[1], ok, nil
	}}
	resolve := func(r Result) (Result, error) {
		return ids.Resolve(context.Background(), r, l.SourceHash(r.Release))
	}
	a := release("in/a.txt", "NATO statement", "The Council met.")
	ra, err := resolve(a)
	if err != nil || ra.IRI != a.IRI {
		t.Fatalf("first release: %v, %v; want its own IRI %v", ra.IRI, err, a.IRI)
	}
	// Another title with the same slug: an IRI of its own.
	c := release("in/c.txt", "NATO Statement!", "Allies met.")
	rc, err := resolve(c)
	if err != nil || rc.IRI == a.IRI || !strings.HasPrefix(string(rc.IRI), string(a.IRI)+"-") {
		t.Errorf("title differing in case and punctuation: %v, %v; want %v-DIGEST", rc.IRI, err, a.IRI)
	}
	for _, q := range rc.Quads {
		if q.Label != rc.IRI {
			t.Fatalf("quad %v is not labelled with the release's new IRI %v", q, rc.IRI)
		}
	}
	again, _ := resolve(c)
	if again.IRI != rc.IRI {
		t.Errorf("the same release read again: %v, want %v", again.IRI, rc.IRI)
	}
	// The same date and title, another text: refused, naming both.
	_, err = resolve(release("in/b.txt", "NATO statement", "The Secretary General spoke."))
	var ce *CollisionError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "in/b.txt:1") || !strings.Contains(err.Error(), "in/a.txt:1") {
		t.Errorf("same date and title in one load: %v, want a CollisionError naming in/b.txt:1 and in/a.txt:1", err)
	}

	// Against the store: a.txt is stored; its edit is the same release,
	// another file's release of the same date and title is refused.
	ids.seen = nil
	stored[a.IRI] = [2]string{"NATO statement", "a.txt"}
	edit := release("elsewhere/a.txt", "NATO statement", "The Council met again.")
	if r, err := resolve(edit); err != nil || r.IRI != a.IRI {
		t.Errorf("edited release: %v, %v; want %v", r.IRI, err, a.IRI)
	}
	ids.seen = nil
	_, err = resolve(release("b.txt", "NATO statement", "Another text."))
	if !errors.As(err, &ce) || !ce.Stored || !strings.Contains(err.Error(), "read from a.txt") {
		t.Errorf("another file's release of the stored date and title: %v, want a CollisionError naming a.txt", err)
	}
}
