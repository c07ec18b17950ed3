package extract

import (
	"slices"
	"strings"

	"github.com/natokg/natokg"
)

// Entities is the output of the entity stage: the organisations and
// places a release names, the organisations whose seat is where
// something happens, and the release's publisher.
type Entities struct {
	Orgs   map[string]*natokg.Org
	Places map[string]*natokg.Place
	// Order is the keys in order of first mention, as "org:KEY" and "place:KEY".
	Order []string
	// Seats marks the first token of organisation mentions that also name
	// a venue ("at the NATO Joint Force Command in Naples").
	Seats map[int]bool
	// Publisher is the key of the organisation the Source line names.
	Publisher string
	// Became maps the key of a body merged into another as the same body
	// written another way ("the Centre" as the publisher, "PfP Trust
	// Fund" written in full) to the key it became.
	Became map[string]string
}

// PlaceKind returns the kind of the place of that key (a venue for an
// organisation's seat), or Region.
func (e *Entities) PlaceKind(key string) natokg.PlaceKind {
	if p := e.Places[key]; p != nil {
		return p.Kind
	}
	return natokg.Region
}

// EntityBuilder turns the mentions of organisations and places into
// entities, with their names, aliases, kinds, parents and the places
// they lie in.
type EntityBuilder struct{ rules }

// NewEntityBuilder returns the entity stage.
func NewEntityBuilder(g *Gazetteer, lx *Lexicon) *EntityBuilder {
	return &EntityBuilder{newRules(g, lx)}
}

// Publisher returns the key of the organisation a Source line names, or
// the line itself.
func (b *EntityBuilder) Publisher(source string) string {
	src := strings.TrimSpace(source)
	if src == "" {
		return ""
	}
	if p := natokg.PublisherOfURL(src); p != "" {
		src = p // "Source: https://www.nato.int/cps/en/natohq/news_123.htm" is NATO's
	}
	toks := tokenizeForm(src)
	if k := b.g.knownOrg(toks); k != "" {
		return k
	}
	return src
}

// Build returns the entities of t's mentions but of those skip excludes
// (a mention inside a person's name: "Douglas G. Perry" names no town).
// The posts tell a body a post belongs to from a body where something
// happens.
func (b *EntityBuilder) Build(t *Text, ms *Mentions, skip func(*Mention) bool, publisher string, posts []PostPhrase) *Entities {
	e := &Entities{Orgs: map[string]*natokg.Org{}, Places: map[string]*natokg.Place{}, Seats: map[int]bool{}, Publisher: publisher, Became: map[string]string{}}
	inPost, national := postTokens(posts)
	for i := range ms.List {
		m := &ms.List[i]
		if skip(m) {
			continue
		}
		switch m.Kind {
		case KOrg:
			b.org(t, e, m)
			b.ownerBody(t, e, m)
			b.ownedName(t, ms, e, m)
			b.possessedName(t, ms, e, m)
			if !b.postBody(t, ms, m, inPost, national) && b.seat(t, ms, m) {
				e.Seats[m.First] = true
				b.place(t, ms, e, m, natokg.Venue)
			}
		case KPlace:
			b.place(t, ms, e, m, m.PlaceKind)
		}
	}
	for i := range ms.List {
		if m := &ms.List[i]; m.Kind == KOrg && !skip(m) {
			b.placeInBodyName(t, ms, e, m)
		}
	}
	b.definite(t, ms, e)
	b.titledBodies(t, e, posts)
	b.acronymsWithin(t, ms, e, skip)
	b.qualified(e)
	seatWrittenAlias(t, e)
	return e
}

// ownerBody adds the body a body's name says it is part of, where the
// name ends in "of [the] Y" and Y is a body the gazetteer knows whole:
// "the Committee on Defence of the Riksdag" names the Riksdag too, as
// "the Standing Committee of the NATO Parliamentary Assembly" names the
// Assembly.
func (b *EntityBuilder) ownerBody(t *Text, e *Entities, m *Mention) {
	for k := m.First + 1; k+1 < m.Limit; k++ {
		if t.Norm(k) != "of" {
			continue
		}
		j := t.PastThe(k + 1)
		if j >= m.Limit || !t.Tok(j).IsCap() {
			continue
		}
		if key := b.g.knownOrg(t.Tokens[j:m.Limit]); key != "" && key != m.Key {
			b.org(t, e, &Mention{Kind: KOrg, Span: Span{First: j, Limit: m.Limit}, Key: key, Surface: t.Surface(j, m.Limit)})
			if o := e.Orgs[m.Key]; o != nil && b.w.orgHeads.Has(t.Tok(k-1).Text) {
				addAlias(&o.Aliases, t.Surface(t.PastThe(m.First), k))
			}
			return
		}
	}
}

// possessedName gives a body its owner's possessive names ("NATO's
// Public Diplomacy Division") the name with the owner before it as an
// alias ("NATO Public Diplomacy Division"), as the body is also written;
// only for an owner the text writes in capitals (an acronym).
func (b *EntityBuilder) possessedName(t *Text, ms *Mentions, e *Entities, m *Mention) {
	k := m.First - 1
	if n := t.Norm(k); n != "'s" {
		return
	}
	owner := ms.EndingAt(k, KOrg)
	o := e.Orgs[m.Key]
	if o != nil && (owner == nil || owner.Len() == 1) && t.Norm(k-2) == "the" && t.Tok(k-1).IsCapWord() && b.w.orgHeads.Has(t.Tok(k-1).Text) {
		addAlias(&o.Aliases, t.Surface(k-1, m.Limit)) // "the Parliament's Foreign Affairs Committee": the committee of a body its head names
		return
	}
	if owner == nil || o == nil || owner.Len() != 1 || !t.Tok(owner.First).IsUpper() || owner.Key == m.Key {
		return
	}
	addAlias(&o.Aliases, t.Surface(owner.First, owner.Limit)+" "+t.Surface(m.First, m.Limit))
}

// ownedName gives a body named by its head right before "of [the]" and
// a body the gazetteer knows its full name, the cut name staying an
// alias: "the National Defence Committee of the Riigikogu" is one body of
// that name, and the Riigikogu another (the recognizer reads them apart,
// so that a post may belong to either).
func (b *EntityBuilder) ownedName(t *Text, ms *Mentions, e *Entities, m *Mention) {
	if t.Norm(m.Limit) != "of" || !b.w.orgHeads.Has(t.Tok(m.Limit-1).Text) || m.Len() < 2 {
		return
	}
	y := ms.StartingAt(t.PastThe(m.Limit+1), KOrg)
	o := e.Orgs[m.Key]
	if y == nil || t.Tok(y.Limit).IsCapWord() && t.SameSentence(y.First, y.Limit) || b.g.Orgs[y.Key] == nil || b.g.Orgs[m.Key] != nil || o == nil || o.Name != m.Key {
		return
	}
	o.Name = t.Surface(t.PastThe(m.First), y.Limit)
	addAlias(&o.Aliases, m.Key)
}

// titledBodies adds the body a post belongs to where the post's title,
// as the gazetteer writes it, spells the body's full name: "European
// Commission President Ursula von der Leyen" names the European
// Commission as "the President of the European Commission" does, though
// the title's words make no mention of a body of their own; so does one
// of its other names ("EU High Representative" names the EU).
func (b *EntityBuilder) titledBodies(t *Text, e *Entities, posts []PostPhrase) {
	for _, p := range posts {
		for _, q := range append([]PostPhrase{p}, p.Also...) {
			if q.Org == "" || q.OrgIsPlace || q.Implied || e.Orgs[q.Org] != nil {
				continue
			}
			for _, form := range b.orgForms(q.Org) {
				if k := spelledAt(t, q.Span, form); k >= 0 {
					n := len(tokenizeForm(form))
					b.org(t, e, &Mention{Kind: KOrg, Span: Span{First: k, Limit: k + n}, Key: q.Org, Surface: form})
					break
				}
			}
		}
	}
}

// orgForms returns the body's name, then the other names the gazetteer
// gives it ("European Union", "EU").
func (b *EntityBuilder) orgForms(key string) []string {
	forms := []string{key}
	if o := b.g.Orgs[key]; o != nil {
		forms = append(forms, o.Aliases...)
	}
	return forms
}

// spelledAt returns where within span sp the text spells name word for
// word, or -1.
func spelledAt(t *Text, sp Span, name string) int {
	words := tokenizeForm(name)
	for k := sp.First; k+len(words) <= sp.Limit; k++ {
		i := 0
		for i < len(words) && t.Tok(k+i).Text == words[i].Text {
			i++
		}
		if i == len(words) {
			return k
		}
	}
	return -1
}

// acronymsWithin adds the publisher where its acronym is a word of
// another name ("the NATO Military Committee", "Kosovo Force" after
// "NATO-led", "new NATO headquarters", "the Substantial NATO-Georgia
// Package"): its release names it too, not only as a parent. Another
// body's acronym in a name ("the UN General Assembly") names that body
// only as the name's owner. A publisher named on its own keeps the
// evidence of its own words.
func (b *EntityBuilder) acronymsWithin(t *Text, ms *Mentions, e *Entities, skip func(*Mention) bool) {
	if e.Orgs[e.Publisher] != nil {
		return // named on its own: its own words are its evidence
	}
	for k := range t.Tokens {
		m := ms.At(k)
		hyphened := t.Norm(k+1) == "-" && !t.Tok(k+1).SpaceBefore
		if !t.Tok(k).IsUpper() || m == nil && !hyphened || m != nil && (m.Kind == KOrg && m.Len() == 1 || skip(m)) {
			continue
		}
		es, ls := b.g.match(t.Tokens, k)
		for i, g := range es {
			if g.kind == KOrg && g.exact && ls[i] == 1 && g.key == e.Publisher && (m == nil || g.key != m.Key) {
				b.org(t, e, &Mention{Kind: KOrg, Span: Span{First: k, Limit: k + 1}, Key: g.key, Surface: t.Tok(k).Text})
				break
			}
		}
	}
}

// qualified merges an organisation named without its country into the
// one a demonym qualifies, where the release names both: "Czech MFA",
// then "the Ministry of Foreign Affairs". Where two countries' bodies
// could be meant ("Czech" and "Polish Ministry of Defence"), none is.
func (b *EntityBuilder) qualified(e *Entities) {
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		if o == nil {
			continue
		}
		var into *natokg.Org
		n := 0
		for _, other := range e.Orgs {
			if other.Key != k && strings.HasSuffix(other.Key, " "+k) && strings.Count(other.Key, " ") == strings.Count(k, " ")+1 {
				into = other
				n++
			}
		}
		if n == 1 {
			mergeOrg(e, o, into)
		}
	}
	b.shortened(e)
	b.spelledOut(e)
	b.publisherHead(e)
	b.countryInFull(e)
	possessiveNamed(e)
	headFirstNamed(e)
	seatNamedAlias(e)
	headquartersNamed(e)
	var order []string
	for _, key := range e.Order {
		kind, k, _ := strings.Cut(key, ":")
		if kind == "place" || e.Orgs[k] != nil {
			order = append(order, key)
		}
	}
	e.Order = order
}

// countryInFull merges an organisation the gazetteer does not know,
// whose name opens with a country's short name, into the one the release
// names with the country's name in full: "US Army War College" into "the
// United States Army War College".
func (b *EntityBuilder) countryInFull(e *Entities) {
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		if o == nil || b.g.Orgs[k] != nil {
			continue
		}
		toks := tokenizeForm(k)
		c, n := b.g.placeAt(toks, 0, func(key string, n int) bool { return b.g.Country(key) != nil && n < len(toks) })
		if c == nil || strings.HasPrefix(k, c.key+" ") {
			continue
		}
		rest := k[toks[n].Start:]
		if into := e.Orgs[c.key+" "+rest]; into != nil {
			mergeOrg(e, o, into)
		}
	}
}

// shortened merges an organisation the gazetteer does not know into the
// one body of the release whose name goes on from it with a complement:
// "the Ministry of Foreign Affairs" after "the Ministry of Foreign Affairs
// of Morocco", "the Iraqi Defence University" after "the Iraqi Defence
// University for Military Studies", "the Assembly" after "the Assembly of
// the Republic of North Macedonia"; and one of two words or more into the
// one whose name ends with it: "the Centre of Excellence" after "the
// Strategic Communications Centre of Excellence"; and into the one whose
// name goes on with a town of the release, its seat: "the Joint Force
// Command" after "Joint Force Command Naples" (seatTown); and a name
// with hyphens into the one that writes them as spaces: "Multinational
// Battle Group-West" into "Multinational Battle Group West".
func (b *EntityBuilder) shortened(e *Entities) {
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		if o == nil || b.g.Orgs[k] != nil {
			continue
		}
		var into *natokg.Org
		n := 0
		for _, other := range e.Orgs {
			rest, ok := strings.CutPrefix(other.Key, k)
			completes := ok && (strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " for ") || strings.HasPrefix(rest, "-") || e.seatTown(rest))
			spaced := strings.Contains(k, "-") && !strings.Contains(other.Key, "-") && spaced(k) == other.Key // "Battle Group-West" is "Battle Group West"
			if other.Key != k && (completes || spaced || strings.Contains(k, " ") && strings.HasSuffix(other.Key, " "+k)) {
				into = other
				n++
			}
		}
		if n == 1 {
			mergeOrg(e, o, into)
		}
	}
}

// seatTown reports whether rest, what a body's name adds to a shorter
// one, is a space and a town the release names: " Naples" of "Joint
// Force Command Naples" after "Joint Force Command".
func (e *Entities) seatTown(rest string) bool {
	town, ok := strings.CutPrefix(rest, " ")
	if !ok || town == "" {
		return false
	}
	for _, p := range e.Places {
		if p.Kind == natokg.City && (p.Name == town || slices.Contains(p.Aliases, town)) {
			return true
		}
	}
	return false
}

// seatNamedAlias gives a body named with its town after "in" its name
// without the town as a form: "NATO Liaison Office in Vienna" is also
// the "NATO Liaison Office", as a body's seat is no part of its name.
func seatNamedAlias(e *Entities) {
	for _, o := range e.Orgs {
		for _, form := range append([]string{o.Name}, o.Aliases...) {
			i := strings.LastIndex(form, " in ")
			if i > 0 && strings.Contains(form[:i], " ") && e.seatTown(form[i+3:]) {
				addAlias(&o.Aliases, form[:i])
			}
		}
	}
}

// seatWrittenAlias gives a body named with its seat town at its end
// ("Joint Force Command Naples") the form the text writes with "in"
// before the town ("Allied Joint Force Command in Naples").
func seatWrittenAlias(t *Text, e *Entities) {
	for _, o := range e.Orgs {
		i := strings.LastIndex(o.Name, " ")
		if i < 0 || !e.seatTown(o.Name[i:]) {
			continue
		}
		town := o.Name[i+1:]
		for _, a := range o.Aliases {
			if form := a + " in " + town; strings.Contains(a, " ") && !strings.HasSuffix(a, " "+town) && strings.Contains(t.Src, form) {
				addAlias(&o.Aliases, form)
			}
		}
	}
}

// headquartersNamed merges a body named as the headquarters of another
// body of the release into that body: "the Headquarters of Allied Command
// Transformation", "Headquarters Allied Joint Force Command Brunssum" and
// "Allied Joint Force Command HQ" are the command itself.
func headquartersNamed(e *Entities) {
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		if o == nil {
			continue
		}
		body := k
		for _, p := range []string{"Headquarters of the ", "Headquarters of ", "Headquarters ", "HQ "} {
			body = strings.TrimPrefix(body, p)
		}
		if body == k {
			body = strings.TrimSuffix(k, " HQ")
		}
		if into := e.orgNamed(body); body != k && into != nil && into != o {
			mergeOrg(e, o, into)
		}
	}
}

// orgKeys returns the keys of the release's organisations, in the order
// the text names them; a merge on the way leaves a key with no
// organisation, which callers skip.
func (e *Entities) orgKeys() []string {
	var out []string
	for _, key := range e.Order {
		if kind, k, _ := strings.Cut(key, ":"); kind == "org" {
			out = append(out, k)
		}
	}
	return out
}

// orgNamed returns the organisation of the release that name or one of
// its forms names, or nil.
func (e *Entities) orgNamed(name string) *natokg.Org {
	if o := e.Orgs[name]; o != nil {
		return o
	}
	for _, o := range e.Orgs {
		if o.Name == name || slices.Contains(o.Aliases, name) {
			return o
		}
	}
	return nil
}

// possessiveNamed merges a body named with its owner's possessive into
// the one body of the release whose name gives the owner after "of":
// "Azerbaijan's Mission to NATO" is the "Mission of the Republic of
// Azerbaijan to NATO".
func possessiveNamed(e *Entities) {
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		if o == nil {
			continue
		}
		owner, rest, ok := strings.Cut(strings.ReplaceAll(k, "’s ", "'s "), "'s ")
		head, tail, _ := strings.Cut(rest, " ")
		if !ok || owner == "" || head == "" {
			continue
		}
		var into *natokg.Org
		n := 0
		for _, other := range e.Orgs {
			if body, ok := strings.CutPrefix(other.Key, head+" of "); ok && strings.HasSuffix(body, tail) && strings.Contains(body, owner) {
				into = other
				n++
			}
		}
		if n == 1 {
			mergeOrg(e, o, into)
		}
	}
}

// headFirstNamed merges a body named by its field before its head into
// the one body of the release that names the same field after the head
// and "on", "of" or "for": the "Civil Dimension of Security Committee" is
// the "Committee on the Civil Dimension of Security".
func headFirstNamed(e *Entities) {
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		i := strings.LastIndex(k, " ")
		if o == nil || i < 0 {
			continue
		}
		field, head := k[:i], k[i+1:]
		var into *natokg.Org
		n := 0
		for _, other := range e.Orgs {
			for _, prep := range []string{" on ", " of ", " for "} {
				if other.Key == head+prep+field || other.Key == head+prep+"the "+field {
					into = other
					n++
				}
			}
		}
		if n == 1 {
			mergeOrg(e, o, into)
		}
	}
}

// spelledOut merges a body of the release whose name writes a known body
// by its short form into the one that writes that body in full, "NATO"
// before either or not: "the PfP Trust Fund" is "the NATO Partnership for
// Peace Trust Fund", "the ACT Training Team" the "Allied Command
// Transformation Training Team". The fuller name stays the name.
func (b *EntityBuilder) spelledOut(e *Entities) {
	same := map[string][]*natokg.Org{}
	for _, k := range e.orgKeys() {
		if o := e.Orgs[k]; o != nil && b.g.Orgs[k] == nil && strings.Contains(k, " ") {
			c := b.inFull(k)
			same[c] = append(same[c], o)
		}
	}
	for _, os := range same {
		if len(os) != 2 || os[0].Key == os[1].Key {
			continue
		}
		short, full := os[0], os[1]
		if len(short.Key) > len(full.Key) {
			short, full = full, short
		}
		mergeOrg(e, short, full)
		e.Became[short.Key] = full.Key
	}
}

// inFull is a body's name with each known body's short form in it
// written in full, and no "NATO" before it.
func (b *EntityBuilder) inFull(name string) string {
	words := strings.Fields(strings.TrimPrefix(name, "NATO "))
	for i, w := range words {
		if k := b.g.ShortFormOf(w); k != "" {
			words[i] = k
		}
	}
	return strings.Join(words, " ")
}

// newOrg adds the organisation of key to e, with what the gazetteer
// knows of it.
func (b *EntityBuilder) newOrg(e *Entities, key string) *natokg.Org {
	o := &natokg.Org{Key: key, Name: key, Kind: natokg.OtherOrg}
	if g := b.g.Orgs[key]; g != nil {
		o.Kind, o.Parent = g.Kind, g.Parent
		for _, a := range g.Acronyms() {
			addAlias(&o.Aliases, a)
		}
	}
	e.Orgs[key] = o
	e.Order = append(e.Order, "org:"+key)
	return o
}

// publisherHead merges a body the text names by a bare head alone ("the
// Centre", "the Agency") into the publisher whose name has that head,
// where no other body of the release has it: a release of the NATO
// Cooperative Cyber Defence Centre of Excellence calls it "the Centre".
func (b *EntityBuilder) publisherHead(e *Entities) {
	pub := e.Publisher
	if pub == "" || b.g.Orgs[pub] == nil {
		return
	}
	for _, k := range e.orgKeys() {
		o := e.Orgs[k]
		if o == nil || k == pub || strings.Contains(k, " ") || !b.w.orgHeads.Has(k) || b.g.Orgs[k] != nil || !hasHead(pub, k) || e.otherWithHead(k, pub) {
			continue
		}
		into := e.Orgs[pub]
		if into == nil {
			into = b.newOrg(e, pub)
		}
		mergeOrg(e, o, into)
		e.Became[k] = pub
	}
}

// otherWithHead reports whether a body of e other than head's own and
// pub is headed by head: its last word, or its word before "of" ("the
// Strategic Communications Centre of Excellence"; not "the Centre
// Steering Committee").
func (e *Entities) otherWithHead(head, pub string) bool {
	for k := range e.Orgs {
		before, _, _ := strings.Cut(k, " of ")
		if k != head && k != pub && (lastWordOf(k) == head || lastWordOf(before) == head) {
			return true
		}
	}
	return false
}

// mergeOrg makes o a form of into.
func mergeOrg(e *Entities, o, into *natokg.Org) {
	into.Spans = append(into.Spans, o.Spans...)
	addAlias(&into.Aliases, o.Name)
	for _, a := range o.Aliases {
		addAlias(&into.Aliases, a)
	}
	delete(e.Orgs, o.Key)
}

func (b *EntityBuilder) org(t *Text, e *Entities, m *Mention) {
	o := e.Orgs[m.Key]
	if o == nil {
		o = b.newOrg(e, m.Key)
		if b.g.Orgs[m.Key] == nil && m.OrgKind != "" {
			o.Kind = m.OrgKind
		}
	}
	if m.Surface != o.Name {
		addAlias(&o.Aliases, m.Surface)
	}
	if u := undotted(m.Surface); u != m.Surface && u != o.Name {
		addAlias(&o.Aliases, u) // "U.S. Air Force" is also written "US Air Force"
	}
	o.Spans = append(o.Spans, t.ByteSpan(m.First, m.Limit))
}

// placeInBodyName adds the place a body's name ends with after "in",
// which the text names there: "the UN Mission in Kosovo" names Kosovo,
// "the NATO Training Mission in Iraq" Iraq. A body the gazetteer knows
// whose "in" names a continent or a sea that bounds its field ("the
// Organization for Security and Co-operation in Europe") names no place.
func (b *EntityBuilder) placeInBodyName(t *Text, ms *Mentions, e *Entities, m *Mention) {
	for k := m.First + 1; k < m.Limit-1; k++ {
		if t.Norm(k) != "in" {
			continue
		}
		j := k + 1
		if t.Norm(j) == "the" {
			j++
		}
		pe, n := b.bestPlaceAt(t, j, m.Limit)
		if pe == nil || b.g.Orgs[m.Key] != nil && b.g.Places[pe.key] != nil && b.g.Places[pe.key].Kind != natokg.Country {
			return
		}
		key, surface := pe.key, t.Surface(j, j+n)
		if p := e.placeNamed(surface); p != nil {
			key = p.Key // "a Liaison Office in Chisinau, the Moldovan capital", "Chisinau" told on its own too
		}
		b.place(t, ms, e, &Mention{Kind: KPlace, Span: Span{First: j, Limit: j + n}, Key: key, Surface: surface}, "")
		return
	}
}

// placeNamed returns the place of e named or also called name, or nil.
func (e *Entities) placeNamed(name string) *natokg.Place {
	for _, p := range e.Places {
		if p.Name == name || slices.Contains(p.Aliases, name) {
			return p
		}
	}
	return nil
}

// bestPlaceAt returns the place the gazetteer matches from token j to
// limit, the entry of highest priority where several spell it
// ("Chișinău" of places.tsv before "Chisinau" of cities.tsv), and its
// length; or nil, 0.
func (b *EntityBuilder) bestPlaceAt(t *Text, j, limit int) (*gazEntry, int) {
	es, ls := b.g.match(t.Tokens, j)
	var best *gazEntry
	for k, e := range es {
		if e.kind == KPlace && j+ls[k] == limit && (best == nil || e.prio > best.prio) {
			best = e
		}
	}
	if best == nil {
		return nil, 0
	}
	return best, limit - j
}

func (b *EntityBuilder) place(t *Text, ms *Mentions, e *Entities, m *Mention, kind natokg.PlaceKind) {
	p := e.Places[m.Key]
	if p == nil {
		p = &natokg.Place{Key: m.Key, Name: m.Key, Kind: natokg.Region}
		switch {
		case m.Kind == KOrg:
			p.Kind = natokg.Venue
		case b.g.Places[m.Key] != nil:
			p.Kind = b.g.Places[m.Key].Kind
		case kind != "":
			p.Kind = kind
		}
		e.Places[m.Key] = p
		e.Order = append(e.Order, "place:"+m.Key)
	}
	if m.Surface != p.Name {
		addAlias(&p.Aliases, m.Surface)
	}
	p.Spans = append(p.Spans, t.ByteSpan(m.First, m.Limit))
	if p.Within == "" {
		p.Within = b.within(t, ms, m, p.Kind)
	}
}

// within returns the place that the text says holds the place of mention
// m: "Karlskrona, Sweden", "Naples (Italy)", "Egmont Palace in Brussels",
// "NATO Headquarters, in Brussels".
func (b *EntityBuilder) within(t *Text, ms *Mentions, m *Mention, kind natokg.PlaceKind) string {
	k := m.Limit
	for k < len(t.Tokens) && k < m.Limit+3 {
		switch t.Norm(k) {
		case ",", "(", "in", "the":
			k++
			continue
		}
		break
	}
	next := ms.StartingAt(k, KPlace)
	if k == m.Limit || next == nil || !t.SameSentence(m.First, k) {
		return ""
	}
	outer := natokg.PlaceKind(natokg.Region)
	if g := b.g.Places[next.Key]; g != nil {
		outer = g.Kind
	}
	if placeRank(outer) > placeRank(kind) {
		return next.Key
	}
	return ""
}

// placeRank orders kinds of place from the most specific.
func placeRank(k natokg.PlaceKind) int {
	switch k {
	case natokg.Venue:
		return 0
	case natokg.City:
		return 1
	case natokg.State:
		return 2
	case natokg.Region, natokg.Sea:
		return 3
	case natokg.Country:
		return 4
	}
	return 5
}

// definite links "the Programme", "the Committee", "the Assembly" to the
// organisation named before it whose name ends in that word.
func (b *EntityBuilder) definite(t *Text, ms *Mentions, e *Entities) {
	last := map[string]string{} // head word -> key of the organisation named last
	for i := 1; i < len(t.Tokens); i++ {
		if m := ms.EndingAt(i, KOrg); m != nil {
			if o := e.Orgs[m.Key]; o != nil {
				toks := tokenizeForm(o.Name)
				last[toks[len(toks)-1].Text] = o.Key
			}
		}
		tok := t.Tokens[i]
		if t.Norm(i-1) != "the" || !tok.IsCap() || !b.w.orgHeads.Has(tok.Text) || ms.At(i) != nil || t.Tok(i+1).IsCap() {
			continue
		}
		if k, ok := last[tok.Text]; ok {
			o := e.Orgs[k]
			o.Spans = append(o.Spans, natokg.Span{Start: t.Tokens[i-1].Start, End: tok.End})
		}
	}
}

// postTokens marks the tokens of the posts' phrases, their organisations
// included ("Deputy Chief of Staff Operations at Allied Air Command"),
// and apart those of posts held in a country ("his Ukrainian
// counterpart", "the Chief of Defence of Ukraine"), after which "at" a
// body says where something happens.
func postTokens(posts []PostPhrase) (in, national map[int]bool) {
	in, national = map[int]bool{}, map[int]bool{}
	for _, p := range posts {
		for _, q := range append([]PostPhrase{p}, p.Also...) {
			for i := q.First; i < q.Limit; i++ {
				in[i] = true
				national[i] = q.OrgIsPlace
			}
		}
	}
	return in, national
}

// postBody reports whether body mention m is the body a post belongs to
// rather than a place where something happens: it lies in a post's phrase
// ("Public Information Advisor at the Polish Ministry of Defence", "the
// Chair of the NATO Military Committee"), or follows a post or another
// body across "in" or "at" and an owner's possessive ("Head of the Middle East Section in NATO's Political Affairs
// Division").
func (b *EntityBuilder) postBody(t *Text, ms *Mentions, m *Mention, inPost, national map[int]bool) bool {
	if inPost[m.First] && (t.Norm(m.Limit) != "," || t.Norm(m.Limit+1) != "where") {
		return true // not "the Rector of the University of Tartu, where she spoke"
	}
	j := t.BackPastThe(m.First - 1)
	if t.Norm(j) == "'s" {
		first := j - 1
		if o := ms.EndingAt(j, KOrg, KPlace); o != nil {
			first = o.First
		}
		j = t.BackPastThe(first - 1)
	}
	if b.w.placePreps.Value(t.Norm(j), 0) != "locative" {
		return false
	}
	if national[j-1] {
		return false // "met the Chief of Defence of Ukraine at SHAPE", "his Ukrainian counterpart at SHAPE": a country's post, then where they met
	}
	return inPost[j-1] || ms.AtKind(j-1, KRole, KPostAcr, KOrg) != nil
}

// seated reports whether the body named key has a seat: a head such as
// "College" or "Headquarters" (org-heads.tsv).
func (b *EntityBuilder) seated(key string) bool {
	for _, tok := range tokenizeForm(key) {
		if b.w.orgHeads.Value(tok.Text, 1) == "yes" {
			return true
		}
	}
	return false
}

// hosts reports whether body mention m is the subject of a verb of
// hosting: "The NATO Defense College (NDC) in Rome hosted a seminar".
func (b *EntityBuilder) hosts(t *Text, ms *Mentions, m *Mention) bool {
	k := m.Limit
	if t.Norm(k) == "(" && t.Norm(k+2) == ")" {
		k += 3 // "(NDC)"
	}
	if t.Norm(k) == "in" {
		if p := ms.StartingAt(k+1, KPlace); p != nil {
			k = p.Limit
		}
	}
	return b.w.hostVerbs.Has(t.Norm(k))
}

// seat reports whether organisation mention m names the place where
// something happens: "at the X in PLACE", "at the X, PLACE", or a body
// with a seat ("Headquarters", "Centre") that one is at or visits. Not
// "State Secretary at the Ministry" (a post) nor "at NATO's Summit".
func (b *EntityBuilder) seat(t *Text, ms *Mentions, m *Mention) bool {
	j := t.BackPastThe(t.BackPastLyParticiple(m.First - 1))
	seated := b.seated(m.Key) || b.seatedByApposition(t, m)
	// A schedule's line names its venue after a dash: "11:45 – Press
	// conference – Cabinet of Ministers, Riga".
	if t.ScheduleVenue(m.First) || seated && b.hosts(t, ms, m) {
		return true
	}
	if seated && (t.Norm(m.Limit) == "," && t.Norm(m.Limit+1) == "where" || t.Norm(m.Limit) == "where") {
		return true // "the University of Tartu, where she delivered a lecture", "the Defence University where SACEUR observed a class"
	}
	if seated && (b.w.objectVerb(t.Norm(j)) && !b.w.hostVerbs.Has(t.Norm(j)) || b.w.visitVerb(t.Norm(j))) {
		return true // "addressed the Royal Danish Defence College", "visited SHAPE"; but who "hosted US European Command staff" came as guests
	}
	if seated && b.headquartersOf(t, j) {
		return true // "at the headquarters of Allied Command Transformation"
	}
	if seated && b.visitedConjunct(t, ms, j) {
		return true // "visited the Souda Bay naval base and the NATO Maritime Interdiction Operational Training Centre"
	}
	if seated && t.Norm(j) == "of" && t.Norm(j-2) == "the" && t.Tok(j-1).IsCapWord() && b.w.placePreps.Value(t.Norm(j-3), 0) == "locative" {
		return true // "a lecture in the Aula of the National Defence University": a hall of the body's seat
	}
	if seated && b.w.venuePartBefore(t, j) {
		return true // "in a ceremony on the front lawn of SHAPE": a part of the body's seat
	}
	if seated && t.Norm(j) == "of" && b.audienceOf(t, j) {
		return true // "a lecture to officers and students of the College"
	}
	if seated && t.Norm(j) == "'s" && b.locatedOwner(t, ms, j) {
		return true // "at Imperial College's Institute for Security Science": the part of the body one is at
	}
	// Not after a post or a body ("State Secretary at the Ministry" is a
	// post), nor a body that opens an event's name ("at the NATO Summit").
	if j < 0 || t.Norm(m.Limit) == "'s" || ms.AtKind(j-1, KRole, KPostAcr, KOrg) != nil || b.w.eventHeads.Has(t.Tok(m.Limit).Text) || !seated && b.opensEventPhrase(t, m) || b.opensEventName(t, m) {
		return false
	}
	switch b.w.placePreps.Value(t.Norm(j), 0) {
	case "locative":
		if !seated && b.memberBody(m.Key) {
			return false // "at the OSCE Ministerial Council in Vienna": a meeting of the Council, in Vienna
		}
		// "at the X Centre"; "Speaking at the Egyptian Council", "a lecture
		// at the Association": a body where an event word places something.
		if seated || t.Norm(j) == "at" && b.w.eventWords.Has(t.Norm(j-1)) {
			return true
		}
		if t.Norm(j) == "at" && b.guestAt(t, ms, j) {
			return true // "hosted the Prime Minister, Mr X, at NSPA"
		}
		k := m.Limit
		if t.Norm(j) == "at" && b.endsSentence(t, k) {
			return true // "met the High Representative on Tuesday at the European External Action Service (EEAS)."
		}
		return t.Norm(j) == "at" && (t.Norm(k) == "in" || t.Norm(k) == ",") && ms.StartingAt(k+1, KPlace) != nil // not "meet in the NATO-Russia Council in Brussels"
	case "motion":
		return seated && !(t.Norm(j) == "to" && (b.w.topicNouns.Has(t.Norm(j-1)) || b.w.relationWords.Has(t.Norm(j-1)))) // not "Poland's commitment to the NATO Command Structure", "important to U.S. European Command"
	}
	return false
}

// opensEventName reports whether body mention m, perhaps with its
// acronym in brackets, opens the name of an event that an event's head
// ends a few capitalised words on: "participated in the International
// Institute for Strategic Studies (IISS) Shangri-La Dialogue in
// Singapore" names the body's forum, not its seat.
func (b *EntityBuilder) opensEventName(t *Text, m *Mention) bool {
	k := m.Limit
	if t.Norm(k) == "(" && t.Norm(k+2) == ")" {
		k += 3
	}
	for n := 0; n < 6 && t.SameSentence(m.First, k); n, k = n+1, k+1 {
		tok := t.Tok(k)
		if tok.Norm == "-" && !tok.SpaceBefore {
			continue // "Shangri-La"
		}
		if !tok.IsCapWord() {
			return false
		}
		if b.w.eventHeads.Value(tok.Text, 1) == "head" && k > m.Limit {
			return true
		}
	}
	return false
}

// opensEventPhrase reports whether body mention m opens a phrase of
// capitalised words that a lower-case event noun ends: "at the OSCE
// Security Days conference" names a conference, not the OSCE's seat.
func (b *EntityBuilder) opensEventPhrase(t *Text, m *Mention) bool {
	k := m.Limit
	for t.SameSentence(m.First, k) && t.Tok(k).IsCapWord() {
		k++
	}
	return k > m.Limit && t.SameSentence(m.First, k) && !t.Tok(k).IsCap() && b.w.eventWords.Has(t.Norm(k))
}

// memberBody reports whether the body named key is one of members who
// meet (member-bodies.tsv: its last word is "Council", "Committee"),
// not a building one goes to. A research body the gazetteer knows ("the
// Atlantic Council") has a seat of its own.
func (b *EntityBuilder) memberBody(key string) bool {
	toks := tokenizeForm(key)
	if g := b.g.Orgs[key]; g != nil && g.Kind == natokg.OtherOrg {
		return false
	}
	return len(toks) > 0 && b.w.memberBodies.Has(toks[len(toks)-1].Text)
}

// guestAt reports whether the "at" at j follows a titled name whom a
// verb of guest-verbs.tsv a few words before receives: "hosted the Prime
// Minister, Mr X, at NSPA", "received President X at the Ministry": the
// body after "at" is where the guest is received, not where the guest
// works (but "met Ms Y at the EEAS to discuss" may say who she is).
func (b *EntityBuilder) guestAt(t *Text, ms *Mentions, j int) bool {
	first := j - 1
	for first > j-7 && (t.Tok(first).IsCapWord() || t.Norm(first) == "-") && ms.At(first) == nil {
		first-- // the name, up to its title: "Mr Jean-Claude Juncker"
	}
	if first == j-1 || ms.AtKind(first, KHonorific, KRole, KRank) == nil {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-8 && t.SameSentence(k, j); k-- {
		if b.w.guestVerbs.Has(t.Norm(k)) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a body's name that ends before token k
// ends its sentence, perhaps past its acronym in brackets: a body after
// "at" at a sentence's end is where the sentence's event happens ("met
// the High Representative on Tuesday at the European External Action
// Service (EEAS).").
func (b *EntityBuilder) endsSentence(t *Text, k int) bool {
	if t.Norm(k) == "(" && t.Norm(k+2) == ")" {
		k += 3
	}
	return t.Norm(k) == "." && t.SameSentence(k-1, k)
}

// seatedByApposition reports whether body mention m is followed by an
// apposition whose noun is a head of a body with a seat (org-heads.tsv):
// "Plexal, an innovation centre in east London".
func (b *EntityBuilder) seatedByApposition(t *Text, m *Mention) bool {
	if t.Norm(m.Limit) != "," || !b.w.determiners.Has(t.Norm(m.Limit+1)) {
		return false
	}
	h := b.appositiveHead(t, m.Limit+2)
	return h != "" && b.w.orgHeads.Value(upperFirst(h), 1) == "yes"
}

// headquartersOf reports whether the "of" at j follows a lower-case
// noun of a body's seat (seat-nouns.tsv) where a place is expected: "at
// the headquarters of Joint Command Lisbon", "visited the headquarters
// of", so that the body after it is the venue.
func (b *EntityBuilder) headquartersOf(t *Text, j int) bool {
	if t.Norm(j) != "of" || !b.w.seatNouns.Has(t.Norm(j-1)) || t.Tok(j-1).IsCap() {
		return false
	}
	k := t.BackPastThe(j - 2)
	return k >= 0 && (b.w.placePreps.Has(t.Norm(k)) || b.w.visitVerb(t.Norm(k)))
}

// visitedConjunct reports whether the "and" or comma at j closes a list
// of places (or bodies with a seat) that opens right after a verb of
// visit: the body after it is visited too ("visited the Souda Bay naval
// base and the NATO Maritime Interdiction Operational Training Centre").
func (b *EntityBuilder) visitedConjunct(t *Text, ms *Mentions, j int) bool {
	for k := 0; k < 4; k++ {
		if n := t.Norm(j); n != "and" && n != "," {
			return false
		}
		prev := ms.EndingAt(j, KPlace)
		if prev == nil {
			if o := ms.EndingAt(j, KOrg); o != nil && b.seated(o.Key) {
				prev = o
			}
		}
		if prev == nil {
			return false
		}
		j = b.pastLocatingTown(t, ms, t.BackPastThe(prev.First-1))
		if b.w.visitVerb(t.Norm(j)) || b.infinitiveVisit(t, j) {
			return true
		}
	}
	return false
}

// modalAdverb reports whether token k is a one-word adverb of
// copula-adverbs.tsv ("also", "now") after a modal or "to": "will also
// visit".
func (b *EntityBuilder) modalAdverb(t *Text, k int) bool {
	n := t.Norm(k - 1)
	return b.w.copulaAdverbs.Has(t.Norm(k)) && (n == "to" || b.w.modals.Has(n))
}

// pastLocatingTown steps back from "in" at j over the conjunct that the
// town after it locates, and returns what stands before that conjunct:
// "visit the NATO Defence College in Rome and the ...": the list of what
// is visited opens after "visit"; j itself otherwise.
func (b *EntityBuilder) pastLocatingTown(t *Text, ms *Mentions, j int) int {
	if t.Norm(j) != "in" {
		return j
	}
	if o := ms.EndingAt(j, KPlace); o != nil {
		return t.BackPastThe(o.First - 1)
	}
	if o := ms.EndingAt(j, KOrg); o != nil && b.seated(o.Key) {
		return t.BackPastThe(o.First - 1)
	}
	return j
}

// infinitiveVisit reports whether token j is the noun of a visit used as
// a verb after "to" or a modal, perhaps past an adverb of
// copula-adverbs.tsv (modalAdverb): "they are to visit the base", "will
// also visit the Centre".
func (b *EntityBuilder) infinitiveVisit(t *Text, j int) bool {
	before := j - 1
	if b.modalAdverb(t, before) {
		before--
	}
	if n := t.Norm(before); n != "to" && !b.w.modals.Has(n) {
		return false
	}
	for _, e := range b.w.eventWords.Entries(t.Norm(j)) {
		if e.Value(0) == "visit" && e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// locatedOwner reports whether the possessive at j follows a body after a
// locative preposition: a named one ("at Imperial College's") or one
// named by its head alone ("at the Centre's Ulsnes Training Facility").
func (b *EntityBuilder) locatedOwner(t *Text, ms *Mentions, j int) bool {
	first := j - 1
	if o := ms.EndingAt(j, KOrg); o != nil {
		first = o.First
	} else if !t.Tok(j-1).IsCapWord() || t.Norm(j-2) != "the" {
		return false
	}
	return b.w.placePreps.Value(t.Norm(t.BackPastThe(first-1)), 0) == "locative"
}

// audienceOf reports whether the "of" at j follows the people an event is
// held for, after "to", "for", "with" or a verb: "a lecture to officers
// and students of", "addressed the cadets of".
func (b *EntityBuilder) audienceOf(t *Text, j int) bool {
	seen := false
	for k := j - 1; k >= 0 && k >= j-9; k-- {
		switch n := t.Norm(k); {
		case n == "to" || n == "for" || n == "with" || b.w.objectVerb(n):
			return seen
		case b.w.audienceNouns.Has(n):
			seen = true
		case t.Tok(k).IsCap() || n == "." || n == ";":
			return false
		}
	}
	return false
}
