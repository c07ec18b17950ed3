package loader

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader/extract"
)

// FuzzTitles checks release identity on any pair of titles of the same
// day: the same title always maps to the same IRI, two different titles
// never share one, and every quad of a release carries its IRI.
func FuzzTitles(f *testing.F) {
	for _, s := range [][2]string{
		{"NATO statement", "NATO Statement!"},
		{"NATO statement", "NATO statement"},
		{"Secretary General visits Kyiv", "Secretary General visits Kyiv 🇺🇦"},
		{"Élections", "Elections"},
		{"a", "A"},
		{"Déclaration", "Declaration"},
	} {
		f.Add(s[0], s[1])
	}
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		f.Fatal(err)
	}
	l := New(x)
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = titleLine(a), titleLine(b)
		if a == "" || b == "" {
			return
		}
		ids := &Identities{Stored: func(context.Context, quad.IRI) (string, string, bool, error) {
			return "", "", false, nil
		}}
		resolve := func(file, title string) Result {
			r := l.Process(&natokg.Release{File: file, Line: 1, Title: title, Source: "NATO",
				Body: "Brussels, 3 May 2025 – The Council met."})
			res, err := ids.Resolve(context.Background(), r, l.SourceHash(r.Release))
			if err != nil {
				t.Fatalf("%q: %v", title, err)
			}
			for _, q := range res.Quads {
				if q.Label != res.IRI {
					t.Fatalf("%q: quad %v is not labelled %v", title, q, res.IRI)
				}
			}
			return res
		}
		ra := resolve("a.txt", a)
		rb := resolve("b.txt", b)
		if (a == b) != (ra.IRI == rb.IRI) {
			t.Errorf("titles %q and %q: IRIs %v and %v", a, b, ra.IRI, rb.IRI)
		}
		if again := resolve("a.txt", a); again.IRI != ra.IRI {
			t.Errorf("%q read again: %v, want %v", a, again.IRI, ra.IRI)
		}
	})
}

// titleLine makes s a title the reader could give: valid UTF-8 on one
// line, trimmed, of a bounded length.
func titleLine(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == 0 {
			return ' '
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	for len(s) > 300 {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	return s
}
