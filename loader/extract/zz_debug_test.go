package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg"
)

// go test -run ZZ -v . with ZZ=path prints what the stages find.
func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	parts := strings.SplitN(string(b), "\n\n", 3)
	rs := []*natokg.Release{{Title: parts[0], Source: strings.TrimPrefix(parts[1], "Source: "), Body: strings.TrimSpace(parts[2])}}
	x, _ := Load(data.Gazetteer)
	for _, r := range rs {
		tx := Tokenize(r.Text(), x.abbrev)
		dates := x.dates.Find(tx)
		res := x.resolver.Resolve(tx, x.recognizer.Candidates(tx, dates.Mentions))
		if os.Getenv("ZZM") != "" {
			for _, m := range res.Mentions.List {
				fmt.Printf("M %s %q -> %q\n", m.Kind, m.Surface, m.Key)
			}
			for _, m := range res.Named {
				fmt.Printf("N %s %q\n", m.Kind, m.Surface)
			}
		}
		pub := x.entities.Publisher(r.Source)
		posts := x.posts.Find(tx, res.Mentions, PostContext{Publisher: pub, MainCountry: x.mainCountry(res.Mentions)})
		for _, p := range posts {
			fmt.Printf("P %q title=%q org=%q former=%v\n", tx.Surface(p.First, p.Limit), p.Title, p.Org, p.Former)
		}
		fa := x.Extract(r)
		for _, p := range fa.People {
			var ps []string
			for _, q := range p.Posts {
				ps = append(ps, q.Role+"@"+q.Org)
			}
			fmt.Printf("PER %s [%s] %v\n", p.Name, strings.Join(ps, "; "), p.Aliases)
		}
		for _, e := range fa.Events {
			fmt.Printf("EV %s | %s..%s | %s | %v\n", e.Kind, e.Start, e.End, e.Location, e.Attendees)
		}
		for _, o := range fa.Orgs {
			if !o.Implied {
				fmt.Printf("ORG %s %v\n", o.Name, o.Aliases)
			}
		}
		for _, p := range fa.Places {
			if !p.Implied {
				fmt.Printf("PL %s (%s) %v\n", p.Name, p.Kind, p.Aliases)
			}
		}
	}
}
