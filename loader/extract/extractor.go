package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/natokg/natokg"
)

// RulesVersion names the extraction rules written in Go. Change it with
// any change of a rule: together with the bytes of every gazetteer and
// lexicon file it makes the Fingerprint, which tells a load that stored
// releases must be read again.
const RulesVersion = "natokg-extract-825"

// Extractor draws facts from releases through its stages, each of which
// takes the typed output of the ones before: Tokenize, DateFinder,
// Recognizer, Resolver, EntityBuilder, PostFinder, PersonFinder,
// QuoteFinder, EventFinder.
type Extractor struct {
	// G is the gazetteer of general facts.
	G *Gazetteer
	// Lexicon is the word lists the rules are written over.
	Lexicon *Lexicon

	fingerprint string
	abbrev      *WordClass
	titleWords  []*WordClass // words of names, capitalised in a title written in capitals
	smallWords  []*WordClass // small words, written small in a title written in capitals
	dates       *DateFinder
	recognizer  *Recognizer
	resolver    *Resolver
	entities    *EntityBuilder
	posts       *PostFinder
	people      *PersonFinder
	events      *EventFinder
}

// Load reads the gazetteer (gazetteer/*.tsv) and the lexicon
// (lexicon/*.tsv) of fsys, as package data ships them, and returns the
// extractor over them.
func Load(fsys fs.FS) (*Extractor, error) {
	g, err := loadGazetteer(fsys)
	if err != nil {
		return nil, err
	}
	lx, err := LoadLexicon(fsys, "lexicon")
	if err != nil {
		return nil, err
	}
	fp, err := fingerprint(fsys, "gazetteer", "lexicon")
	if err != nil {
		return nil, err
	}
	return &Extractor{G: g, Lexicon: lx, fingerprint: fp, abbrev: lx.Class("abbreviations"), titleWords: titleWords(lx),
		smallWords: []*WordClass{lx.Class("connectors"), lx.Class("place-prepositions"), lx.Class("determiners")},
		dates:      NewDateFinder(lx), recognizer: NewRecognizer(g, lx), resolver: NewResolver(g, lx),
		entities: NewEntityBuilder(g, lx), posts: NewPostFinder(g, lx), people: NewPersonFinder(g, lx),
		events: NewEventFinder(g, lx)}, nil
}

// Fingerprint identifies the extractor's rules and data: RulesVersion and
// the bytes of every gazetteer and lexicon file. Equal fingerprints mean
// that the same release gives the same facts.
func (x *Extractor) Fingerprint() string { return x.fingerprint }

// fingerprint hashes RulesVersion and the names and bytes of the files
// under dirs of fsys, in a fixed order.
func fingerprint(fsys fs.FS, dirs ...string) (string, error) {
	h := sha256.New()
	h.Write([]byte(RulesVersion))
	for _, dir := range dirs {
		var files []string
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			return "", fmt.Errorf("extract: %w", err)
		}
		sort.Strings(files)
		for _, p := range files {
			b, err := fs.ReadFile(fsys, p)
			if err != nil {
				return "", fmt.Errorf("extract: %w", err)
			}
			fmt.Fprintf(h, "\x00%s\x00%d\x00", p, len(b))
			h.Write(b)
		}
	}
	return RulesVersion + "+" + hex.EncodeToString(h.Sum(nil))[:16], nil
}

// Extract returns the facts release r states.
func (x *Extractor) Extract(r *natokg.Release) *natokg.Facts {
	t := Tokenize(x.readableTitle(r.Title)+"\n\n"+r.Body, x.abbrev)
	dates := x.dates.FindIn(t, max(SourceYear(r.URL), SourceYear(r.Source)))
	res := x.resolver.Resolve(t, x.recognizer.Candidates(t, dates.Mentions))
	publisher := x.entities.Publisher(r.Source)
	dl := dateline(t, res.Mentions)
	main := x.mainCountry(t, res.Mentions, res.Named, dl)
	x.countryBodies(t, res.Mentions, main)
	host := x.hostCountry(res.Mentions, dl, publisher)
	posts := x.posts.Find(t, res.Mentions, PostContext{Publisher: publisher, MainCountry: main, Dateline: dl, HostCountry: host})
	people := x.people.Find(t, res.Mentions, res.Named, posts)
	ents := x.entities.Build(t, res.Mentions, notEntities(people.Named, posts, res.Named, res.Mentions), publisher, posts)
	quotes := QuoteFinder{SpeechVerbs: x.Lexicon.Class("speech-verbs")}.Find(t, people)
	events := x.events.Find(EventInput{Text: t, Mentions: res.Mentions, Named: res.Named, People: people,
		Entities: ents, Quotes: quotes, Key: r.Title, Published: dates.Published, MainCountry: main})
	f := &natokg.Facts{Release: r, Published: dates.Published, Publisher: publisher, Events: events, Quotes: quotes, Extractor: x.fingerprint}
	for _, s := range t.Sentences {
		f.Sentences = append(f.Sentences, natokg.Span{Start: s.Start, End: s.End})
	}
	f.People = people.List
	for _, p := range f.People {
		sort.Strings(p.Aliases)
	}
	followMerges(f, ents)
	for _, k := range ents.Order {
		kind, key, _ := strings.Cut(k, ":")
		if kind == "org" {
			f.Orgs = append(f.Orgs, ents.Orgs[key])
		} else {
			f.Places = append(f.Places, ents.Places[key])
		}
	}
	x.implied(f)
	return f
}

// followMerges gives each post and each event organiser that names a
// body the entity stage merged into another ("the Centre" into the
// publisher, "PfP Trust Fund" into "NATO Partnership for Peace Trust
// Fund") the body it became, so that no fact points at a body the
// release no longer has.
func followMerges(f *natokg.Facts, ents *Entities) {
	for _, p := range f.People {
		for i, q := range p.Posts {
			if to, ok := ents.Became[q.Org]; ok && !q.OrgIsPlace {
				p.Posts[i].Org = to
			}
		}
	}
	for _, ev := range f.Events {
		for i, k := range ev.Organisers {
			if to, ok := ents.Became[k]; ok {
				ev.Organisers[i] = to
			}
		}
	}
}

// notEntities returns the test of mentions that name no entity of their
// own: those inside people's names ("Douglas G. Perry") or the domains of
// posts' titles ("Chief of Army Staff"), and places inside an event's
// name past its first word ("Dynamic Manta 2020"; the "Warsaw Security
// Forum" is in Warsaw, and the "Spring Session of the NATO Parliamentary
// Assembly" names the Assembly; so does the "NATO Lisbon Summit", whose
// town follows its organiser's name, hostTownAfterBody).
func notEntities(named map[int]bool, posts []PostPhrase, events []Mention, ms *Mentions) func(*Mention) bool {
	inside := map[int]bool{}
	for i := range named {
		inside[i] = true
	}
	for _, p := range posts {
		for _, q := range append([]PostPhrase{p}, p.Also...) {
			for _, d := range q.Domains {
				for i := d.First; i < d.Limit; i++ {
					inside[i] = true
				}
			}
		}
	}
	return func(m *Mention) bool {
		if inside[m.First] {
			return true
		}
		for _, e := range events {
			if m.Kind == KPlace && m.First > e.First && m.First < e.Limit && !hostTownAfterBody(ms, e, m) || m.Kind == KPlace && e.Kind == KDoc && m.First >= e.First && m.First < e.Limit {
				return true // a place in a document's name is no place it names: "Minsk agreements"
			}
		}
		return false
	}
}

// hostTownAfterBody reports whether place mention m, inside the name of
// event e, comes right after a body's name that opens the event's name:
// the "NATO Lisbon Summit" is named after its host town as the "Lisbon
// Summit" is, and its release names Lisbon. Not a place after other
// words ("Dynamic Manta 2020").
func hostTownAfterBody(ms *Mentions, e Mention, m *Mention) bool {
	if e.Kind != KEvent || m.Limit >= e.Limit {
		return false
	}
	b := ms.StartingAt(e.First, KOrg)
	return b != nil && b.Limit == m.First
}

// dateline is the place a release's first sentence of prose opens with
// ("Brussels, 4 March 2014 –"), or "".
func dateline(t *Text, ms *Mentions) string {
	lead := t.Lead()
	if lead >= len(t.Sentences) {
		return ""
	}
	if m := ms.StartingAt(t.Sentences[lead].First, KPlace); m != nil && t.Norm(m.Limit) == "," {
		return m.Key
	}
	return ""
}

// hostCountry is the country of the dateline's town where the release
// names that country as well, by name or demonym, and the town is not
// the publisher's seat (where visitors of every country come): the
// country a release datelined "Skopje" that speaks of "the former
// Yugoslav Republic of Macedonia" reports from. "" otherwise.
func (x *Extractor) hostCountry(ms *Mentions, dateline, publisher string) string {
	pe := x.G.Places[dateline]
	if pe == nil || pe.Kind != natokg.City {
		return ""
	}
	if x.G.SeatTown(publisher) == dateline {
		return ""
	}
	country := x.G.CountryOf(dateline)
	for _, m := range ms.List {
		if m.Is(KPlace, KDemonym) && m.Key == country {
			return country
		}
	}
	return ""
}

// countryBodies keys each body every state has (national-bodies.tsv)
// that the release names bare ("the Ministry of Defence", "the
// Parliament") as its main country's ("Ministry of Defence of Morocco"),
// where it names no such body of its own country: a node for each
// country's ministry, not one for them all. The bare name stays one of
// its names.
func (x *Extractor) countryBodies(t *Text, ms *Mentions, main string) {
	if main == "" {
		return
	}
	national := x.recognizer.w.nationalBodies
	for i := range ms.List {
		m := &ms.List[i]
		if m.Kind != KOrg || x.G.Orgs[m.Key] != nil || m.Key != t.Surface(m.First, m.Limit) {
			continue
		}
		if _, n := national.MatchAt(t.Tokens, m.First); n == m.Len() && !qualifiedNamed(ms, m.Key) {
			m.Key = m.Key + " of " + main
		}
	}
}

// qualifiedNamed reports whether the release names a body whose name
// ends with bare and says whose it is ("the Icelandic Coast Guard"): the
// bare name is that body's (EntityBuilder.qualified), whatever the main
// country.
func qualifiedNamed(ms *Mentions, bare string) bool {
	for _, o := range ms.List {
		if o.Kind == KOrg && o.Key != bare && (strings.HasSuffix(o.Key, " "+bare) || strings.HasPrefix(o.Key, bare+" of ")) {
			return true
		}
	}
	return false
}

// mainCountry is the one country the title names (countryOfTitle: "holds
// talks in the former Yugoslav Republic of Macedonia", "Australian
// Minister for Defence holds talks in Brussels", "returns to Belgrade"),
// else the country a release names most often, itself or by a city of
// it other than the dateline's ("visits Vilnius") and outside the names
// of events (named: "the Istanbul Summit"), or "" where another country
// is named more than half as often (a conference of many countries'
// leaders). The title's country is what the release is about, however
// often its body names the places of a topic ("its troops in
// Afghanistan"); a quotation's places are what its speaker talks of.
func (x *Extractor) mainCountry(t *Text, ms *Mentions, named []Mention, dateline string) string {
	title := 0
	if len(t.Sentences) > 0 {
		title = t.Sentences[0].Limit
	}
	count := map[string]int{}
	inTitle, visited := map[string]bool{}, map[string]bool{}
	best := ""
	quoted := t.QuoteStates()
	for _, m := range ms.List {
		if quoted[m.First] {
			continue // what a speaker talks of, not what the release is about
		}
		if key := x.countryOfTitle(t, ms, &m, named); key != "" && m.First < title {
			inTitle[key] = true
		}
		if key := x.visitedInTitle(t, &m); key != "" && m.First < title {
			visited[key] = true
		}
		key := x.countryNamed(&m, named, dateline)
		if key == "" {
			continue
		}
		count[key]++
		if best == "" || count[key] > count[best] {
			best = key
		}
	}
	for _, set := range []map[string]bool{visited, inTitle} {
		if len(set) == 1 {
			for k := range set {
				return k
			}
		}
	}
	for k, n := range count {
		if k != best && 2*n > count[best] {
			return "" // no country stands out: a conference of many
		}
	}
	return best
}

// countryOfTitle returns the country that mention m of the title says the
// release is about: a country or its demonym, or a town the title goes
// to ("returns to Belgrade", "visits Vilnius"); not a country talked
// about ("talks on Kosovo"), a town where a meeting is held ("meets in
// Istanbul"), or an officer's nationality ("Italian General X takes
// command"). Else "".
func (x *Extractor) countryOfTitle(t *Text, ms *Mentions, m *Mention, named []Mention) string {
	if !m.Is(KPlace, KDemonym) || inside(named, m.First) || ms.StartingAt(m.Limit, KRank) != nil {
		return ""
	}
	prev := t.Norm(t.BackPastThe(m.First - 1))
	if prev == "on" || prev == "about" {
		return ""
	}
	if x.G.Country(m.Key) != nil {
		return m.Key
	}
	if pe := x.G.Places[m.Key]; pe != nil && pe.Kind == natokg.City && x.posts.w.placePreps.Value(prev, 0) == "motion" {
		return x.G.CountryOf(m.Key)
	}
	return ""
}

// visitedInTitle returns the country of the town or country that place
// mention m of the title names right before a word of visiting in lower
// case: the visit's, which the release is about, whatever topic the
// title names beside it ("calls for staying the course in Afghanistan
// during Copenhagen visit"). Else "".
func (x *Extractor) visitedInTitle(t *Text, m *Mention) string {
	if m.Kind != KPlace || m.Limit >= len(t.Tokens) || t.Tok(m.Limit).IsCap() || !x.posts.w.visitWord(t.Norm(m.Limit)) {
		return ""
	}
	if x.G.Country(m.Key) != nil {
		return m.Key
	}
	if pe := x.G.Places[m.Key]; pe != nil && pe.Kind == natokg.City {
		return x.G.CountryOf(m.Key)
	}
	return ""
}

// countryNamed returns the country place mention m names, itself or by
// a city of it other than the dateline's, outside the names of events;
// else "".
func (x *Extractor) countryNamed(m *Mention, named []Mention, dateline string) string {
	if !m.Is(KPlace, KDemonym) || inside(named, m.First) {
		return "" // not the town of an event's name: "the Istanbul Summit"
	}
	if x.G.Country(m.Key) != nil {
		return m.Key
	}
	if pe := x.G.Places[m.Key]; pe == nil || pe.Kind != natokg.City || m.Key == dateline {
		return ""
	}
	return x.G.CountryOf(m.Key)
}

// homonym returns the gazetteer's city of that name that lies in a
// country the release names ("Salisbury" in a release about the United
// Kingdom is England's), else the most populous one; never a town in
// place of a capital or of a city ten times its size ("Paris" in a
// release dated from Norfolk, Virginia, is still France's).
func (x *Extractor) homonym(key string, named map[string]bool) *PlaceEntry {
	g := x.G.Places[key]
	if g == nil || named[x.G.CountryOf(g.Name)] {
		return g
	}
	for _, h := range x.G.Homonyms[key] {
		if named[x.G.CountryOf(h.Within)] && !g.Capital && 10*h.Pop >= g.Pop {
			return h
		}
	}
	return g
}

// implied adds the places that hold the places a release names, the
// places its events are held at without naming them, and the
// organisations its organisations are part of, as the gazetteer knows
// them: "Karlskrona" lies in "Sweden", "Dayton" in "Ohio" in the "United
// States"; the "International Military Staff" is part of NATO.
func (x *Extractor) implied(f *natokg.Facts) {
	places := map[string]bool{}
	for _, p := range f.Places {
		places[p.Key] = true
	}
	for _, ev := range f.Events {
		if g := x.G.Places[ev.Location]; ev.Location != "" && !places[ev.Location] && g != nil {
			places[g.Name] = true // "welcomed X to NATO": at NATO Headquarters, which the release does not name
			f.Places = append(f.Places, &natokg.Place{Key: g.Name, Name: g.Name, Kind: g.Kind, Within: g.Within, Implied: true})
		}
	}
	for i := 0; i < len(f.Places); i++ {
		p := f.Places[i]
		if g := x.homonym(p.Key, places); p.Within == "" && g != nil && g.Within != p.Key {
			p.Within = g.Within
		}
		g := x.G.Places[p.Within]
		if p.Within == "" || places[p.Within] || g == nil {
			continue
		}
		places[g.Name] = true
		f.Places = append(f.Places, &natokg.Place{Key: g.Name, Name: g.Name, Kind: g.Kind, Implied: true})
	}
	orgs := map[string]bool{}
	for _, o := range f.Orgs {
		orgs[o.Key] = true
	}
	for i := 0; i < len(f.Orgs); i++ {
		o := f.Orgs[i]
		g := x.G.Orgs[o.Parent]
		if o.Parent == "" || orgs[o.Parent] || g == nil {
			continue
		}
		q := &natokg.Org{Key: g.Name, Name: g.Name, Kind: g.Kind, Parent: g.Parent, Implied: true}
		for _, a := range g.Acronyms() {
			addAlias(&q.Aliases, a)
		}
		orgs[q.Key] = true
		f.Orgs = append(f.Orgs, q)
	}
}
