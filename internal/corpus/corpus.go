// Package corpus generates NATO-style news releases for benchmarks:
// visits, media advisories, ministerial meetings, exercises, changes of
// command, statements of the North Atlantic Council, conferences, summits,
// joint press points and visits of the Chair of the Military Committee,
// dated from 1995 to 2025.
//
// The output is deterministic for a seed: Release(seed, i) is always the
// same text, and Write writes releases 0..n-1 back to back in the format
// natokg reads (a title line, a blank line, "Source: NATO", a blank line,
// body paragraphs separated by blank lines; a blank line between
// releases). Every title is unique: it ends with the release's number.
//
// Countries, cities, organisations, role titles and ranks come from the
// project's gazetteers (package data); people's names from built-in lists
// of first and last names. Each post (NATO's Secretary General, a
// country's Prime Minister, a command's commander) has one holder per term
// for a seed, so the same people recur across releases as they would in
// NATO's own.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// Options says what Write generates.
type Options struct {
	// Seed picks the corpus: equal seeds give equal output.
	Seed int64
	// Releases is how many releases to write.
	Releases int
}

// Write writes opts.Releases releases to w, back to back, each separated
// from the next by a blank line.
func Write(w io.Writer, opts Options) error {
	return WriteRange(w, opts.Seed, 0, opts.Releases)
}

// WriteRange writes releases start..end-1 of the corpus of seed to w, as
// Write does: files written by consecutive ranges hold, together, the
// releases Write would write.
func WriteRange(w io.Writer, seed int64, start, end int) error {
	if _, err := loadWorld(); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	for i := start; i < end; i++ {
		if i > start {
			if err := bw.WriteByte('\n'); err != nil {
				return fmt.Errorf("corpus: %w", err)
			}
		}
		if _, err := bw.WriteString(Release(seed, i)); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	return nil
}

// Release returns release i of the corpus of seed: its title line, a blank
// line, "Source: NATO", a blank line and its paragraphs, ending with a
// line end. It panics if the gazetteers cannot be read (they are embedded
// in the binary; Write returns that error instead).
func Release(seed int64, i int) string {
	w, err := loadWorld()
	if err != nil {
		panic(err)
	}
	g := &gen{w: w, seed: seed, r: rand.New(rand.NewPCG(uint64(seed), uint64(i)))}
	g.date = g.randomDate()
	t := templates[g.r.IntN(len(templates))]
	title, paras := t.fn(g)
	if t.name != "media-advisory" { // its advisory and coverage come last
		paras = insert(paras, len(paras)-1, g.background(g.about, 2+g.r.IntN(2))...)
	} else {
		paras = insert(paras, 2, g.background(g.about, 2+g.r.IntN(2))...)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (No. %d)\n\nSource: NATO\n\n", title, i+1)
	for j, p := range paras {
		if j > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	b.WriteString("\n")
	return b.String()
}

// Templates lists the kinds of release the generator writes.
func Templates() []string {
	out := make([]string, len(templates))
	for i, t := range templates {
		out[i] = t.name
	}
	return out
}

// TemplateOf returns the kind of release i of seed.
func TemplateOf(seed int64, i int) string {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	r.IntN(dateSpan()) // the date is drawn first
	return templates[r.IntN(len(templates))].name
}

// dateOf is the date drawn for release i of seed (a template may move it
// by a few days).
func dateOf(seed int64, i int) time.Time {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), uint64(i)))}
	return g.randomDate()
}

// gen writes one release.
type gen struct {
	w     *world
	about *country // the country the release is about, if any
	seed  int64
	r     *rand.Rand
	date  time.Time
}

var (
	firstDay = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
)

func dateSpan() int { return int(lastDay.Sub(firstDay).Hours()/24) + 1 }

// randomDate is a working day from 1995 to 2025.
func (g *gen) randomDate() time.Time {
	d := firstDay.AddDate(0, 0, g.r.IntN(dateSpan()))
	switch d.Weekday() {
	case time.Saturday:
		d = d.AddDate(0, 0, -1)
	case time.Sunday:
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// midweek moves the release's date to a Tuesday, Wednesday or Thursday, for
// events of two days.
func (g *gen) midweek() time.Time {
	d := g.date
	for d.Weekday() < time.Tuesday || d.Weekday() > time.Thursday {
		d = d.AddDate(0, 0, 1)
	}
	g.date = d
	return d
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// country returns a country: mostly an Ally or partner.
func (g *gen) country() *country {
	if g.r.IntN(100) < 85 {
		return g.first(g.w.favoured[g.r.IntN(len(g.w.favoured))])
	}
	return g.first(g.w.others[g.r.IntN(len(g.w.others))])
}

// first records c as the country the release is about, if it names none
// yet, and returns it.
func (g *gen) first(c *country) *country {
	if g.about == nil {
		g.about = c
	}
	return c
}

// ally returns a NATO member; partner a partner.
func (g *gen) ally() *country    { return g.first(g.w.allies[g.r.IntN(len(g.w.allies))]) }
func (g *gen) partner() *country { return g.first(g.w.partners[g.r.IntN(len(g.w.partners))]) }

// city returns the capital of c most of the time, or another large city.
func (g *gen) city(c *country) string {
	cs := c.cities()
	if len(cs) == 1 || g.r.IntN(100) < 70 {
		return cs[0]
	}
	return cs[1+g.r.IntN(len(cs)-1)]
}

// The posts of NATO, by key, with their term in years.
func (g *gen) sg() person  { return g.w.holder(g.seed, "nato/sg", g.date.Year(), 5, nil) }
func (g *gen) dsg() person { return g.w.holder(g.seed, "nato/dsg", g.date.Year(), 4, nil) }
func (g *gen) cmc() person { return g.w.holder(g.seed, "nato/cmc", g.date.Year(), 3, g.w.ranks.top) }
func (g *gen) saceur() person {
	return g.w.holder(g.seed, "nato/saceur", g.date.Year(), 3, []string{"General"})
}
func (g *gen) asg(area string) person {
	return g.w.holder(g.seed, "nato/asg/"+area, g.date.Year(), 4, nil)
}

// national returns who holds role in country c.
func (g *gen) national(c *country, role string) person {
	var ranks []string
	if role == "Chief of Defence" {
		ranks = g.w.ranks.top
	}
	p := g.w.holder(g.seed, "nat/"+role+"/"+c.Code, g.date.Year(), 4, ranks)
	if role == "Permanent Representative" {
		p.Rank = "Ambassador"
	}
	return p
}

// commander returns the commander of org in year.
func (g *gen) commander(org string, year int) person {
	ranks := g.w.ranks.army
	switch {
	case strings.Contains(org, "Maritime"):
		ranks = g.w.ranks.navy
	case strings.Contains(org, "Air"):
		ranks = g.w.ranks.air
	}
	return g.w.holder(g.seed, "cmd/"+org, year, 2, ranks)
}

// day is "5 February 2019"; dayMonth "5 February".
func day(t time.Time) string      { return t.Format("2 January 2006") }
func dayMonth(t time.Time) string { return t.Format("2 January") }
func weekday(t time.Time) string  { return t.Weekday().String() }

// twoDays is "14 and 15 January 2020", or "30 November and 1 December 2021".
func twoDays(a, b time.Time) string {
	if a.Month() == b.Month() {
		return fmt.Sprintf("%d and %s", a.Day(), day(b))
	}
	return dayMonth(a) + " and " + day(b)
}

// dayRange is "26-27 May 2025", or "30 November-1 December 2021".
func dayRange(a, b time.Time) string {
	if a.Month() == b.Month() {
		return fmt.Sprintf("%d-%s", a.Day(), day(b))
	}
	return dayMonth(a) + "-" + day(b)
}

// fromTo is "From 8 to 11 October 2021".
func fromTo(a, b time.Time) string {
	if a.Month() == b.Month() {
		return fmt.Sprintf("from %d to %s", a.Day(), day(b))
	}
	return "from " + dayMonth(a) + " to " + day(b)
}

// tz is the time zone of Brussels on t.
func tz(t time.Time) string {
	if t.Month() >= time.April && t.Month() <= time.October {
		return "CEST"
	}
	return "CET"
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprintf("%d%s", n, suf)
}

// list joins items as "a, b and c".
func list(items ...string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// topics returns n different topics.
func (g *gen) topics(n int) []string {
	idx := g.r.Perm(len(topics))[:n]
	sort.Ints(idx)
	out := make([]string, n)
	for i, j := range idx {
		out[i] = topics[j]
	}
	return out
}

// quote returns a quotation with country c's name filled in, without its
// final punctuation: said(...) and sentence(...) add it.
func (g *gen) quote(c *country) string {
	q := g.pick(quotes)
	name := "our Allies"
	if c != nil {
		name = c.Name
	}
	return strings.ReplaceAll(q, "{C}", name)
}

// saidBy is "“QUOTE,” said WHO."
func saidBy(q, who string) string { return "“" + q + ",” said " + who + "." }

// usedRoles are the role titles the templates write; readWorld checks that
// roles.tsv has each.
var usedRoles = []string{
	"Secretary General", "Deputy Secretary General", "Assistant Secretary General", "Chair",
	"Supreme Allied Commander Europe", "Commander", "Director", "Prime Minister", "President",
	"Minister of Defence", "Minister of Foreign Affairs", "Chief of Defence", "Permanent Representative",
}
