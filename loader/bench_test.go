package loader_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

// placeList returns about n bytes of place names in a comma list.
func placeList(n int) string {
	ps := []string{"Brussels", "Paris", "Berlin", "Warsaw", "Madrid", "Rome", "Oslo", "Vilnius", "Riga", "Tallinn"}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(ps[i%len(ps)])
	}
	return b.String()
}

// BenchmarkLoadTitleLength extracts releases and makes their quads
// (Loader.Process, the reader's title bound aside) with titles of place
// names from 100 B to 100 KB: one op is 100 KB of titles, so a flat
// ns/op (and MB/s) means the work per release grows with its title's
// length, no faster.
func BenchmarkLoadTitleLength(b *testing.B) {
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		b.Fatal(err)
	}
	l := loader.New(x)
	const perOp = 100_000
	body := "On 3 May 2025, the NATO Secretary General, Mr Mark Rutte, met the Prime Minister of Iceland, Ms Kristrún Frostadóttir, in Brussels."
	for _, size := range []int{100, 1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("title=%dB", size), func(b *testing.B) {
			var rels []*natokg.Release
			var bytes int64
			for i := 0; i < perOp/size; i++ {
				r := &natokg.Release{File: "t.txt", Line: 1, Title: fmt.Sprint(i, " ", placeList(size)), Source: "NATO", Body: body, BodyLine: 5}
				rels = append(rels, r)
				bytes += int64(len(r.Title))
			}
			b.SetBytes(bytes)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, r := range rels {
					l.Process(r)
				}
			}
		})
	}
}
