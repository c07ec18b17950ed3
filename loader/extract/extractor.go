package extract

import (
	"sort"
	"strings"

	"github.com/natokg/natokg"
)

// Extractor draws facts from releases with a pipeline of stages.
type Extractor struct {
	G      *Gazetteer
	Stages []Stage
}

// New returns the standard extractor over gazetteer g.
func New(g *Gazetteer) *Extractor {
	return &Extractor{G: g, Stages: []Stage{
		Tokenizer{},
		DateFinder{},
		GazetteerMatcher{G: g},
		PatternFinder{G: g},
		Resolver{G: g},
		EntityBuilder{G: g},
		PersonFinder{G: g},
		Coreference{G: g},
		QuoteFinder{},
		EventFinder{G: g},
	}}
}

// Extract returns the facts release r states.
func (x *Extractor) Extract(r *natokg.Release) *natokg.Facts {
	d := &Doc{Release: r, Text: r.Text(), g: x.G, pronoun: map[int]bool{}}
	d.releaseKey = r.Title
	for _, s := range x.Stages {
		s.Process(d)
	}
	f := &natokg.Facts{Release: r, Published: d.Published, Publisher: d.publisher}
	for _, s := range d.Sentences {
		f.Sentences = append(f.Sentences, natokg.Span{Start: s.Start, End: s.End})
	}
	for _, k := range d.order {
		kind, key, _ := strings.Cut(k, ":")
		switch kind {
		case "person":
			if p := d.people[key]; p != nil {
				sort.Strings(p.Aliases)
				f.People = append(f.People, p)
			}
		case "org":
			if o := d.orgs[key]; o != nil {
				f.Orgs = append(f.Orgs, o)
			}
		case "place":
			if p := d.places[key]; p != nil {
				f.Places = append(f.Places, p)
			}
		}
	}
	f.Events = d.events
	f.Quotes = d.quotes
	x.implied(f)
	return f
}

// implied adds the places that hold the places a release names, and the
// organisations its organisations are part of, as the gazetteer knows
// them: "Karlskrona" lies in "Sweden", "Dayton" in "Ohio" in the "United
// States"; the "NATO International Military Staff" is part of NATO.
func (x *Extractor) implied(f *natokg.Facts) {
	places := map[string]*natokg.Place{}
	for _, p := range f.Places {
		places[p.Key] = p
	}
	for i := 0; i < len(f.Places); i++ {
		p := f.Places[i]
		if p.Within == "" {
			if g := x.G.Places[p.Key]; g != nil && g.Within != p.Key {
				p.Within = g.Within
			}
		}
		if p.Within == "" || places[p.Within] != nil {
			continue
		}
		g := x.G.Places[p.Within]
		if g == nil {
			continue
		}
		q := &natokg.Place{Key: g.Name, Name: g.Name, Kind: g.Kind, Implied: true}
		places[q.Key] = q
		f.Places = append(f.Places, q)
	}
	orgs := map[string]*natokg.Org{}
	for _, o := range f.Orgs {
		orgs[o.Key] = o
	}
	for i := 0; i < len(f.Orgs); i++ {
		o := f.Orgs[i]
		if o.Parent == "" || orgs[o.Parent] != nil {
			continue
		}
		g := x.G.Orgs[o.Parent]
		if g == nil {
			continue
		}
		q := &natokg.Org{Key: g.Name, Name: g.Name, Kind: g.Kind, Parent: g.Parent, Implied: true}
		for _, a := range g.Aliases {
			if strings.ToUpper(a) == a {
				addAlias(&q.Aliases, a)
			}
		}
		orgs[q.Key] = q
		f.Orgs = append(f.Orgs, q)
	}
}

// EntityBuilder turns the resolved mentions of organisations and places
// into entities, with their names, aliases, kinds, parents and the places
// they lie in; it also finds the release's publisher.
type EntityBuilder struct{ G *Gazetteer }

var abbrevOrgs = map[string]string{"MFA": "Ministry of Foreign Affairs", "MoD": "Ministry of Defence", "MOD": "Ministry of Defence"}

// Process fills d.orgs and d.places.
func (b EntityBuilder) Process(d *Doc) {
	d.orgs = map[string]*natokg.Org{}
	d.places = map[string]*natokg.Place{}
	// The publisher: the organisation the Source line names.
	if src := strings.TrimSpace(d.Release.Source); src != "" {
		toks := tokenizeForm(src)
		if es, ls := b.G.match(toks, 0); len(es) > 0 && ls[0] == len(toks) && es[0].kind == KOrg {
			d.publisher = es[0].key
		} else {
			d.publisher = src
		}
	}
	// Demonym + government / MFA: "Icelandic government", "Czech MFA".
	var extra []Mention
	for _, m := range d.Mentions {
		if m.Kind != KDemonym || m.Limit >= len(d.Tokens) {
			continue
		}
		next := d.Tokens[m.Limit]
		switch {
		case next.Norm == "government" || next.Norm == "authorities":
			extra = append(extra, Mention{Kind: KOrg, First: m.First, Limit: m.Limit + 1, Key: "Government of " + m.Key, Surface: d.surface(m.First, m.Limit+1)})
		case abbrevOrgs[next.Text] != "":
			extra = append(extra, Mention{Kind: KOrg, First: m.First, Limit: m.Limit + 1, Key: abbrevOrgs[next.Text], Surface: d.surface(m.First, m.Limit+1)})
		}
	}
	if len(extra) > 0 {
		var kept []Mention
		for _, m := range d.Mentions {
			drop := false
			for _, e := range extra {
				if m.First >= e.First && m.First < e.Limit {
					drop = true
				}
			}
			if !drop {
				kept = append(kept, m)
			}
		}
		d.Mentions = append(kept, extra...)
		sort.SliceStable(d.Mentions, func(a, c int) bool { return d.Mentions[a].First < d.Mentions[c].First })
	}
	defer b.definite(d)
	for n, m := range d.Mentions {
		switch m.Kind {
		case KOrg:
			b.org(d, m)
			// "at the NATO Joint Force Command in Naples", "visited the
			// Kabul Military Training Centre": the body's seat is a venue too.
			if b.seat(d, m) {
				d.Mentions[n].PlaceKind = natokg.Venue
				m.PlaceKind = natokg.Venue
				b.place(d, n, m)
			}
		case KPlace:
			b.place(d, n, m)
		}
	}
}

func (b EntityBuilder) org(d *Doc, m Mention) {
	o := d.orgs[m.Key]
	if o == nil {
		o = &natokg.Org{Key: m.Key, Name: m.Key, Kind: natokg.OtherOrg}
		if g := b.G.Orgs[m.Key]; g != nil {
			o.Kind, o.Parent = g.Kind, g.Parent
			for _, a := range g.Aliases {
				if strings.ToUpper(a) == a {
					addAlias(&o.Aliases, a)
				}
			}
		}
		if strings.HasPrefix(m.Key, "Government of ") || strings.Contains(m.Key, "Ministry") {
			o.Kind = natokg.Gov
		}
		d.orgs[m.Key] = o
		d.order = append(d.order, "org:"+m.Key)
	}
	if m.Surface != o.Name {
		addAlias(&o.Aliases, m.Surface)
	}
	o.Spans = append(o.Spans, d.span(m.First, m.Limit))
}

func (b EntityBuilder) place(d *Doc, n int, m Mention) {
	p := d.places[m.Key]
	if p == nil {
		p = &natokg.Place{Key: m.Key, Name: m.Key, Kind: natokg.Region}
		if m.Kind == KOrg {
			p.Kind = natokg.Venue
			if o := b.G.Orgs[m.Key]; o != nil {
				p.Name = o.Name
			}
		} else if g := b.G.Places[m.Key]; g != nil {
			p.Kind = g.Kind
		} else if m.PlaceKind != "" {
			p.Kind = m.PlaceKind
		}
		d.places[m.Key] = p
		d.order = append(d.order, "place:"+m.Key)
	}
	if m.Surface != p.Name {
		addAlias(&p.Aliases, m.Surface)
	}
	p.Spans = append(p.Spans, d.span(m.First, m.Limit))
	// "Karlskrona, Sweden", "Naples (Italy)", "Egmont Palace in Brussels",
	// "NATO Headquarters, in Brussels": the next place contains this one.
	if p.Within != "" {
		return
	}
	k := m.Limit
	for k < len(d.Tokens) && k < m.Limit+3 && (d.Tokens[k].Norm == "," || d.Tokens[k].Norm == "(" || d.Tokens[k].Norm == "in" || d.Tokens[k].Norm == "the") {
		k++
	}
	if k == m.Limit || k >= len(d.Tokens) || n+1 >= len(d.Mentions) {
		return
	}
	next := d.Mentions[n+1]
	if next.Kind != KPlace || next.First != k {
		return
	}
	outer := natokg.PlaceKind(natokg.Region)
	if g := b.G.Places[next.Key]; g != nil {
		outer = g.Kind
	}
	if placeRank(outer) > placeRank(p.Kind) {
		p.Within = next.Key
	}
}

// definite links "the Programme", "the Committee", "the Assembly" to the
// organisation named before it whose name ends in that word.
func (b EntityBuilder) definite(d *Doc) {
	last := map[string]string{} // head word -> key of the organisation named last
	m := 0
	for i := 1; i < len(d.Tokens); i++ {
		for m < len(d.Mentions) && d.Mentions[m].Limit <= i {
			if mm := d.Mentions[m]; mm.Kind == KOrg {
				if o := d.orgs[mm.Key]; o != nil {
					toks := tokenizeForm(o.Name)
					last[toks[len(toks)-1].Text] = o.Key
				}
			}
			m++
		}
		t := d.Tokens[i]
		if d.Tokens[i-1].Norm != "the" || !t.IsCap() || !orgHeads[t.Text] || d.covered != nil && d.covered[i] >= 0 {
			continue
		}
		if i+1 < len(d.Tokens) && d.Tokens[i+1].IsCap() {
			continue // "the Programme Office": another name
		}
		if k, ok := last[t.Text]; ok && !d.inMention(i) {
			o := d.orgs[k]
			o.Spans = append(o.Spans, d.span(i-1, i+1))
		}
	}
}

// inMention reports whether token i is inside a mention.
func (d *Doc) inMention(i int) bool {
	for _, m := range d.Mentions {
		if i >= m.First && i < m.Limit {
			return true
		}
	}
	return false
}

// Heads of organisations that have a seat one visits.
var seatHeads = words("Headquarters HQ Centre Center College School Academy Institute Command Base University Parliament Ministry")

// seat reports whether organisation mention m names the place where
// something happens: "at the X in PLACE", "at the X, PLACE", or a body
// with a seat ("Headquarters", "Centre") that one is at or visits. Not
// "State Secretary at the Ministry" (a post) nor "at NATO's Summit".
func (b EntityBuilder) seat(d *Doc, m Mention) bool {
	j := m.First - 1
	if j >= 0 && d.Tokens[j].Norm == "the" {
		j--
	}
	if j < 0 || d.tokenNorm(m.Limit) == "'s" {
		return false
	}
	prep := d.Tokens[j].Norm
	if j > 0 && d.covered != nil && d.covered[j-1] >= 0 {
		return false
	}
	if j > 0 && d.mentionEndsAt(j, KRole) {
		return false // a post: "State Secretary at the Ministry"
	}
	seated := false
	for _, t := range tokenizeForm(d.orgName(m)) {
		seated = seated || seatHeads[t.Text]
	}
	switch prep {
	case "at":
		if seated {
			return true
		}
		k := m.Limit
		if k < len(d.Tokens) && (d.Tokens[k].Norm == "in" || d.Tokens[k].Norm == ",") {
			for _, c := range d.Mentions {
				if c.Kind == KPlace && c.First == k+1 {
					return true
				}
			}
		}
	case "visit", "visited", "visits", "visiting", "to", "toured", "tour":
		return seated
	}
	return false
}

func (d *Doc) orgName(m Mention) string {
	if o := d.orgs[m.Key]; o != nil {
		return o.Name
	}
	return m.Key
}

// mentionEndsAt reports whether a mention of kind k ends just before token j.
func (d *Doc) mentionEndsAt(j int, k Kind) bool {
	for _, m := range d.Mentions {
		if m.Limit == j && m.Kind == k {
			return true
		}
	}
	return false
}
