package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/natokg/natokg"
)

// Gazetteer is the general knowledge the extractor matches text against:
// countries with their demonyms, cities, regions, seas and venues,
// organisations with their acronyms, role titles, posts known by an
// acronym, military ranks and honorifics.
type Gazetteer struct {
	root   *trieNode
	Orgs   map[string]*OrgEntry
	Places map[string]*PlaceEntry
	Roles  map[string]*RoleEntry
	Posts  map[string]*PostEntry
	// Plain holds the honorifics that say nothing of office or rank ("Mr").
	Plain map[string]bool
	// Peer holds the styles that name their holder with the surname
	// alone ("Lord Robertson").
	Peer map[string]bool
	// Knight holds the styles that name their holder with the first name
	// alone ("Sir Stuart").
	Knight map[string]bool
	// Academic holds the styles that are also a post at the body their
	// holder's name is "of" or "at" ("Professor X of the Georgian
	// Technical University").
	Academic map[string]bool
	// Gender holds the honorifics used of women ("f": "Ms", "Dame") or of
	// men ("m": "Mr", "Sir").
	Gender map[string]string
	// Homonyms are the less populous cities that share a name with a
	// city of Places ("Salisbury" in England besides the one in
	// Maryland); a release that names one's country means that one.
	Homonyms  map[string][]*PlaceEntry
	countries map[string]*PlaceEntry
	byCode    map[string]*PlaceEntry // country code -> country
	divisions []*PlaceEntry          // first-level divisions of cities.tsv, added once every name is known
	capitals  map[string]string      // country -> its capital, the most populous where it has several
	listed    map[string][]string    // UN member -> the capitals countries.tsv gives it (addCapitals)
	states    []*PlaceEntry          // the states of places.tsv
	hq        map[string]string      // body -> the venue named as its headquarters ("NATO Headquarters")
	ledBy     map[string]*PostEntry  // body -> the post whose headquarters it is ("HQ SACT": SACT's)
	short     map[string]string      // a one-word short form one body alone has ("PfP") -> that body
}

// OrgEntry is an organisation the gazetteer knows.
type OrgEntry struct {
	Name    string
	Aliases []string
	Kind    natokg.OrgKind
	Parent  string
}

// Acronyms returns the aliases that are all upper case ("NATO", "MC"),
// the ones a release's facts carry even where the release does not use
// them.
func (e *OrgEntry) Acronyms() []string {
	var out []string
	for _, a := range e.Aliases {
		if strings.ToUpper(a) == a {
			out = append(out, a)
		}
	}
	return out
}

// PlaceEntry is a place the gazetteer knows.
type PlaceEntry struct {
	Name     string
	Aliases  []string
	Kind     natokg.PlaceKind
	Within   string
	Demonyms []string
	Pop      int
	Capital  bool
	Code     string
	// Division is the first-level division cities.tsv names a town in
	// ("Madeira" for Funchal), which may be a region of its own.
	Division string
}

// RoleEntry is a role title.
type RoleEntry struct {
	Title   string
	Aliases []string
	Kind    string
}

// PostEntry is a post known by an acronym ("DGIMS").
type PostEntry struct {
	Acronym, Role, Org string
	// Leads is the body whose commander holds the post, where that is
	// not Org ("Allied Command Operations" for SACEUR), or "".
	Leads string
}

type trieNode struct {
	next    map[string]*trieNode
	entries []*gazEntry
}

type gazEntry struct {
	kind  Kind
	key   string
	form  []string // the form's tokens as written
	exact bool     // case must match (acronyms)
	prio  int
	weak  bool
}

func tokenizeForm(s string) []Token { return Tokenize(s, nil).Tokens }

func (g *Gazetteer) add(kind Kind, key, form string, prio int, weak bool) {
	form = strings.TrimSpace(form)
	if form == "" {
		return
	}
	if kind == KRank && strings.Contains(form, " ") && !strings.Contains(form, "-") {
		g.add(kind, key, strings.ReplaceAll(form, " ", "-"), prio, weak) // "Vice-Adm." for "Vice Adm."
	}
	if kind == KPlace && strings.Contains(form, "-") && strings.Contains(form, " ") {
		g.add(kind, key, strings.ReplaceAll(form, " ", "-"), prio, weak) // "Mazar-e-Sharif" for "Mazar-e Sharif"
	}
	if rest, ok := strings.CutPrefix(form, "The "); ok && strings.Contains(rest, " ") && !(Token{Text: rest}).IsCap() {
		g.add(kind, key, rest, prio, weak) // "former Yugoslav Republic of Macedonia" for "The former Yugoslav Republic of Macedonia"
	}
	toks := tokenizeForm(form)
	if len(toks) == 0 {
		return
	}
	e := &gazEntry{kind: kind, key: key, prio: prio, weak: weak}
	e.exact = len(toks) == 1 && (toks[0].IsUpper() || acronymLike(toks[0])) // "NATO", "CoE": not the name "Coe"
	n := g.root
	for _, t := range toks {
		e.form = append(e.form, t.Text)
		f := t.Fold
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[f]
		if c == nil {
			c = &trieNode{}
			n.next[f] = c
		}
		n = c
	}
	for _, old := range n.entries {
		if old.kind == kind && old.key == key && old.exact == e.exact && slices.Equal(old.form, e.form) {
			return // but "NATO headquarters" in lower case is a form of its own
		}
	}
	n.entries = append(n.entries, e)
}

// roleInLowerCase returns the number of tokens from i that spell a post's
// title of the gazetteer of two words or more, every word in lower case
// ("commanding general"), or 0.
func (g *Gazetteer) roleInLowerCase(toks []Token, i int) int {
	n, best := g.root, 0
	for j := i; j < len(toks) && n != nil && toks[j].Sent == toks[i].Sent && !toks[j].IsCap(); j++ {
		if n = n.next[toks[j].Fold]; n == nil {
			break
		}
		for _, e := range n.entries {
			if e.kind == KRole && !e.exact && j > i {
				best = j + 1 - i
			}
		}
	}
	return best
}

// isAcronym reports whether w, written all in capitals, is an acronym
// some entry of the gazetteer is written as ("NATO", "KFOR", "US").
func (g *Gazetteer) isAcronym(w string) bool { return g.firstWordIs(w, true) }

// opensName reports whether w, as written, is the first word of a name
// of the gazetteer that is not an acronym ("Estonia", "Secretary").
func (g *Gazetteer) opensName(w string) bool {
	if g.firstWordIs(w, false) {
		return true
	}
	n := g.root.next[fold(w)]
	return n != nil && len(n.next) > 0 // the first word of a longer name
}

// namesIn returns, by index, the form as written of each word of words
// (split at spaces, with what punctuation sticks to them) that is a word
// of a name of the gazetteer of two words or more, the longest from its
// first word, matched whatever the case: "NEW ZEALAND" is "New
// Zealand". Acronyms, whose case is their own, are left out.
func (g *Gazetteer) namesIn(words []string) map[int]string {
	out := map[int]string{}
	for i := 0; i < len(words); i++ {
		var best *gazEntry
		n := g.root
		for k := i; k < len(words) && n != nil; k++ {
			n = n.next[fold(strings.TrimRight(words[k], ",.:;!?"))]
			if n == nil {
				break
			}
			for _, e := range n.entries {
				if !e.exact && len(e.form) == k-i+1 && k > i {
					best = e
				}
			}
			if k > i && strings.TrimRight(words[k], ",.:;!?") != words[k] {
				break // a name does not run past a comma
			}
		}
		if best == nil {
			continue
		}
		for k, f := range best.form {
			out[i+k] = f
		}
		i += len(best.form) - 1
	}
	return out
}

// firstWordIs reports whether an entry of one word is w as written,
// an acronym's (exact) or another's.
func (g *Gazetteer) firstWordIs(w string, exact bool) bool {
	n := g.root.next[fold(w)]
	if n == nil {
		return false
	}
	for _, e := range n.entries {
		if e.exact == exact && e.form[0] == w {
			return true
		}
	}
	return false
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// fieldError is an error in one column of a gazetteer row.
type fieldError struct {
	col int
	err error
}

func (e fieldError) Error() string { return e.err.Error() }

var validPlaceKind = map[natokg.PlaceKind]bool{natokg.City: true, natokg.Country: true, natokg.Region: true,
	natokg.State: true, natokg.Continent: true, natokg.Sea: true, natokg.Venue: true}

var validOrgKind = map[natokg.OrgKind]bool{natokg.Intergov: true, natokg.Gov: true, natokg.Military: true,
	natokg.Programme: true, natokg.Agency: true, natokg.OtherOrg: true}

// Priorities of gazetteer entries, for candidates of equal length.
const (
	prioCity    = 1
	prioState   = 2
	prioPlace   = 3
	prioOrg     = 4
	prioCountry = 5
	prioRole    = 6
	prioRank    = 7
)

// gazetteerFiles are the gazetteer's files, in the order they are read
// (cities after the countries and states they lie in), with their columns
// and the method that reads a row.
var gazetteerFiles = []struct {
	file string
	cols int
	row  func(*Gazetteer, []string) error
}{
	{"gazetteer/countries.tsv", 7, (*Gazetteer).countryRow},
	{"gazetteer/places.tsv", 4, (*Gazetteer).placeRow},
	{"gazetteer/cities.tsv", 7, (*Gazetteer).cityRow},
	{"gazetteer/orgs.tsv", 4, (*Gazetteer).orgRow},
	{"gazetteer/roles.tsv", 3, (*Gazetteer).roleRow},
	{"gazetteer/posts.tsv", 4, (*Gazetteer).postRow},
	{"gazetteer/ranks.tsv", 3, (*Gazetteer).rankRow},
	{"gazetteer/honorifics.tsv", 4, (*Gazetteer).honorificRow},
}

// loadGazetteer reads the gazetteer files under gazetteer/ of fsys (see
// package data).
func loadGazetteer(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{root: &trieNode{}, Orgs: map[string]*OrgEntry{}, Places: map[string]*PlaceEntry{},
		Roles: map[string]*RoleEntry{}, Posts: map[string]*PostEntry{}, Plain: map[string]bool{}, Peer: map[string]bool{}, Knight: map[string]bool{}, Academic: map[string]bool{}, Gender: map[string]string{},
		countries: map[string]*PlaceEntry{}, byCode: map[string]*PlaceEntry{}, Homonyms: map[string][]*PlaceEntry{}, capitals: map[string]string{}}
	for _, s := range gazetteerFiles {
		err := readTable(fsys, s.file, 1, s.cols, func(r row) error {
			f := make([]string, s.cols)
			copy(f, r.fields)
			if err := s.row(g, f); err != nil {
				var fe fieldError
				if errors.As(err, &fe) {
					return r.errorf(fe.col, "%w", fe.err)
				}
				return r.errorf(0, "%w", err)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	g.shortenedNames()
	g.addDivisions()
	g.addCapitals()
	g.addHeadquarters()
	g.addLeaders()
	g.addShortForms()
	return g, nil
}

// addShortForms maps each short form of one word that one body alone has,
// one that reads as an acronym ("PfP", "ACT"; not a form that others
// share: "~CoE"), to that body.
func (g *Gazetteer) addShortForms() {
	g.short = map[string]string{}
	taken := map[string]bool{}
	for key, o := range g.Orgs {
		for _, a := range o.Aliases {
			if strings.ContainsAny(a, " ~") || !acronymLike(Token{Text: a}) {
				continue
			}
			if k, ok := g.short[a]; ok && k != key {
				taken[a] = true
			}
			g.short[a] = key
		}
	}
	for a := range taken {
		delete(g.short, a)
	}
}

// ShortFormOf returns the body whose one-word short form w is, or "".
func (g *Gazetteer) ShortFormOf(w string) string { return g.short[w] }

// addLeaders maps each body that posts.tsv says a post leads, or that is
// named as a post's headquarters ("HQ SACT", "Headquarters Supreme
// Allied Commander Transformation": Allied Command Transformation), to
// that post: whoever commands the body holds it.
func (g *Gazetteer) addLeaders() {
	g.ledBy = map[string]*PostEntry{}
	for _, pe := range g.Posts {
		if pe.Leads != "" {
			g.ledBy[pe.Leads] = pe
		}
	}
	for key, o := range g.Orgs {
		for _, a := range o.Aliases {
			rest, ok := strings.CutPrefix(a, "HQ ")
			if !ok {
				rest, ok = strings.CutPrefix(a, "Headquarters ")
			}
			if pe := g.Posts[rest]; ok && pe != nil && pe.Org != "" {
				g.ledBy[key] = pe
			}
		}
	}
}

// LeaderOf returns the post whose headquarters body org is, the post of
// whoever commands it ("Allied Command Transformation": SACT), or nil.
func (g *Gazetteer) LeaderOf(org string) *PostEntry { return g.ledBy[org] }

// addHeadquarters maps each body to the venue of places.tsv named as its
// headquarters: "NATO Headquarters" is NATO's, "SHAPE Headquarters"
// SHAPE's.
func (g *Gazetteer) addHeadquarters() {
	g.hq = map[string]string{}
	for key, p := range g.Places {
		toks := tokenizeForm(key)
		if p.Kind != natokg.Venue || len(toks) < 2 || toks[len(toks)-1].Text != "Headquarters" {
			continue
		}
		if org := g.knownOrg(toks[:len(toks)-1]); org != "" {
			g.hq[org] = key
		}
	}
}

// Headquarters returns the venue named as the headquarters of body org,
// or "".
func (g *Gazetteer) Headquarters(org string) string { return g.hq[org] }

// SeatTown returns the town of org's headquarters ("Brussels" for
// NATO's), or "" where the gazetteer names none.
func (g *Gazetteer) SeatTown(org string) string {
	if pe := g.Places[g.Headquarters(org)]; pe != nil {
		return pe.Within
	}
	return ""
}

// addDivisions adds the first-level divisions that cities.tsv names
// ("Helmand", "Trøndelag") as weak places, which count only where the
// text makes them places ("in Helmand"); a division whose name is
// already a form of another entry (the city of "Kābul", "Oslo"), or
// that several countries have ("Central", "Punjab"), is left out.
func (g *Gazetteer) addDivisions() {
	countries := map[string]map[string]bool{}
	for _, p := range g.divisions {
		if countries[p.Name] == nil {
			countries[p.Name] = map[string]bool{}
		}
		countries[p.Name][p.Within] = true
	}
	for _, p := range g.divisions {
		if len(countries[p.Name]) > 1 || g.Places[p.Name] != nil || g.hasForm(p.Name) {
			continue
		}
		g.Places[p.Name] = p
		g.add(KPlace, p.Name, p.Name, prioState, true)
	}
	g.divisions = nil
}

// addCapitals adds the capitals of UN members that countries.tsv gives
// and cities.tsv lists under no form ("Port Vila", which cities.tsv
// writes "Port-Vila"), as cities of their countries.
func (g *Gazetteer) addCapitals() {
	for country, caps := range g.listed {
		for _, c := range caps {
			if g.Places[c] != nil || g.hasForm(c) {
				continue
			}
			g.Places[c] = &PlaceEntry{Name: c, Kind: natokg.City, Within: country, Capital: true}
			g.add(KPlace, c, c, prioCity, false)
			if g.capitals[country] == "" {
				g.capitals[country] = c
			}
		}
	}
	g.listed = nil
}

// InDivision reports whether town a lies in the first-level division that
// place b, a region or a state of a's country, is named after: Funchal in
// Madeira.
func (g *Gazetteer) InDivision(a, b string) bool {
	p, q := g.Places[a], g.Places[b]
	return p != nil && q != nil && p.Kind == natokg.City && q.Kind != natokg.City && q.Kind != natokg.Country && p.Division == b && g.CountryOf(a) == g.CountryOf(b)
}

// CapitalOf returns the capital of country, or "".
func (g *Gazetteer) CapitalOf(country string) string {
	if c := g.capitals[country]; g.Places[c] != nil {
		return c
	}
	return ""
}

// hasForm reports whether form is a form of an entry of the gazetteer.
func (g *Gazetteer) hasForm(form string) bool {
	n := g.root
	for _, t := range tokenizeForm(form) {
		if n = n.next[t.Fold]; n == nil {
			return false
		}
	}
	return len(n.entries) > 0
}

// shortenedNames adds the forms of bodies' names that open with another
// body's full name written as its acronym: "EU Rule of Law Mission in
// Kosovo" for the European Union Rule of Law Mission in Kosovo.
func (g *Gazetteer) shortenedNames() {
	names := make([]string, 0, len(g.Orgs))
	for name := range g.Orgs {
		names = append(names, name)
	}
	sort.Strings(names) // a fixed order of the forms added
	for _, name := range names {
		for _, parent := range names {
			if parent == name || !strings.HasPrefix(name, parent+" ") {
				continue
			}
			for _, a := range g.Orgs[parent].Aliases {
				if isAcronym(a) {
					g.add(KOrg, name, a+strings.TrimPrefix(name, parent), prioOrg, false)
				}
			}
		}
	}
}

// isAcronym reports whether form is written in capitals alone: "EU", "UN".
func isAcronym(form string) bool {
	return form != "" && strings.ToUpper(form) == form && !strings.ContainsAny(form, " .")
}

// countryRow reads one row of gazetteer/countries.tsv: a country with its names and demonyms.
func (g *Gazetteer) countryRow(f []string) error {
	p := &PlaceEntry{Code: f[0], Name: f[1], Kind: natokg.Country, Aliases: splitList(f[3]), Demonyms: splitList(f[4])}
	if f[2] != "" && f[2] != f[1] {
		p.Aliases = append([]string{f[2]}, p.Aliases...)
	}
	g.Places[p.Name] = p
	g.countries[p.Name] = p
	g.byCode[p.Code] = p
	if f[6] == "true" {
		if g.listed == nil {
			g.listed = map[string][]string{}
		}
		g.listed[p.Name] = splitList(f[5])
	}
	g.add(KPlace, p.Name, p.Name, prioCountry, false)
	for _, a := range p.Aliases {
		if len(a) == 2 && a == strings.ToUpper(a) && a != "US" && a != "UK" {
			continue // two-letter codes other than US and UK are too ambiguous
		}
		g.add(KPlace, p.Name, a, prioCountry, false)
	}
	for _, dem := range p.Demonyms {
		// "New Zealand" is the country before the adjective.
		g.add(KDemonym, p.Name, dem, prioCountry-1, false)
	}
	return nil
}

// placeRow reads one row of gazetteer/places.tsv: a region, sea, state or venue.
func (g *Gazetteer) placeRow(f []string) error {
	p := &PlaceEntry{Name: f[0], Aliases: splitList(f[1]), Kind: natokg.PlaceKind(f[2]), Within: f[3]}
	if !validPlaceKind[p.Kind] {
		return fieldError{2, fmt.Errorf("unknown kind of place %q", f[2])}
	}
	if old := g.Places[p.Name]; old != nil && old.Kind == natokg.Country {
		return nil
	}
	g.Places[p.Name] = p
	prio := prioPlace
	if p.Kind == natokg.State {
		prio = prioState
		g.states = append(g.states, p)
	}
	g.add(KPlace, p.Name, p.Name, prio, false)
	for _, a := range p.Aliases {
		// A state's postal code ("OH") counts only beside a city.
		weak := p.Kind == natokg.State && len(a) == 2
		g.add(KPlace, p.Name, a, prio, weak)
	}
	return nil
}

// cityRow reads one row of gazetteer/cities.tsv: a city, with its other
// spellings (GeoNames' "Misrata" for "Mişrātah"); small towns count only
// where the text makes them places.
func (g *Gazetteer) cityRow(f []string) error {
	pop, _ := strconv.Atoi(f[4])
	capital := f[5] == "primary"
	cc := g.byCode[f[2]]
	within := ""
	if cc != nil {
		within = cc.Name
	}
	// A city lies in its state where the gazetteer lists the
	// state ("Dayton" in "Ohio"), else in its country.
	if st := g.Places[f[3]]; st != nil && st.Kind == natokg.State && cc != nil && st.Within == cc.Name {
		within = st.Name
	}
	p := &PlaceEntry{Name: f[0], Kind: natokg.City, Within: within, Pop: pop, Capital: capital, Division: f[3]}
	if capital && cc != nil && g.capitals[cc.Name] == "" {
		g.capitals[cc.Name] = f[0]
	}
	if cc != nil && division(f[3]) && (len(g.divisions) == 0 || g.divisions[len(g.divisions)-1].Name != f[3]) {
		g.divisions = append(g.divisions, &PlaceEntry{Name: f[3], Kind: natokg.State, Within: cc.Name})
	}
	for _, v := range saintForms(f[0]) {
		if q := g.Places[v]; q != nil && q.Kind == natokg.City && within != "" {
			g.Homonyms[v] = append(g.Homonyms[v], p) // "St. Petersburg" in Florida, besides Russia's "Saint Petersburg"
			return nil
		}
	}
	for _, name := range []string{f[0], f[1]} {
		if q, ok := g.Places[name]; ok && name != "" {
			if q.Kind == natokg.City && cc != nil && g.CountryOf(q.Name) == cc.Name && q.Pop == 0 {
				q.Pop, q.Capital = pop, capital // a city places.tsv lists, as large as the table says
				return nil
			}
			if q.Kind == natokg.City && within != "" {
				g.Homonyms[name] = append(g.Homonyms[name], p) // "Trípoli" in Greece, besides Libya's "Tripoli"
			}
			return nil // a country, a region or a city listed already
		}
	}
	g.Places[p.Name] = p
	// Small towns, and towns whose names are also words, count only
	// where the text makes them places.
	weak := pop < 200000 && !capital
	g.add(KPlace, p.Name, p.Name, prioCity, weak)
	if f[1] != "" && f[1] != f[0] {
		g.add(KPlace, p.Name, f[1], prioCity, weak)
	}
	for _, v := range saintForms(p.Name) {
		g.add(KPlace, p.Name, v, prioCity, weak) // "St. Petersburg", "St Petersburg" for "Saint Petersburg"
	}
	for _, a := range splitList(f[6]) {
		if !g.hasForm(a) { // a form of a country, a place or a larger city stays theirs
			g.add(KPlace, p.Name, a, prioCity, true) // "Misrata" for "Mişrātah"; weak, as other languages' names are also ships' and rivers' ("Mosel" for Mosul)
		}
	}
	return nil
}

// saintForms returns the other ways a town's name that opens with a
// saint's is written: "St. Petersburg" and "St Petersburg" for "Saint
// Petersburg", and back.
func saintForms(name string) []string {
	for _, pre := range []string{"Saint ", "St. ", "St "} {
		rest, ok := strings.CutPrefix(name, pre)
		if !ok || rest == "" {
			continue
		}
		var out []string
		for _, other := range []string{"Saint ", "St. ", "St "} {
			if other != pre {
				out = append(out, other+rest)
			}
		}
		return out
	}
	return nil
}

// division reports whether a first-level division's name, as cities.tsv
// gives it, can name a place by itself: not one of several parts ("Bristol,
// City of"), not a word of a letter or two.
func division(name string) bool {
	return len(name) > 3 && !strings.ContainsAny(name, ",()")
}

// orgRow reads one row of gazetteer/orgs.tsv: an organisation with its aliases.
func (g *Gazetteer) orgRow(f []string) error {
	o := &OrgEntry{Name: f[0], Aliases: splitList(f[1]), Kind: natokg.OrgKind(f[2]), Parent: f[3]}
	if !validOrgKind[o.Kind] {
		return fieldError{2, fmt.Errorf("unknown kind of organisation %q", f[2])}
	}
	g.Orgs[o.Name] = o
	g.add(KOrg, o.Name, o.Name, prioOrg, false)
	for i, a := range o.Aliases {
		// "~Security Council": a short form many bodies share, the
		// entry's only where the text names the entry or its parent.
		weak := strings.HasPrefix(a, "~")
		a = strings.TrimPrefix(a, "~")
		o.Aliases[i] = a
		g.add(KOrg, o.Name, a, prioOrg, weak)
	}
	return nil
}

// roleRow reads one row of gazetteer/roles.tsv: a role title.
func (g *Gazetteer) roleRow(f []string) error {
	r := &RoleEntry{Title: f[0], Aliases: splitList(f[1]), Kind: f[2]}
	switch r.Kind {
	case "civil", "military", "diplomatic", "permanent", "national", "royal", "noble", "corporate":
	default:
		return fieldError{2, fmt.Errorf("unknown kind of role %q", f[2])}
	}
	g.Roles[r.Title] = r
	// "President of the European Council" is the post President of
	// the European Council: the text's "of" names the organisation.
	for _, form := range append([]string{r.Title}, r.Aliases...) {
		if g.namesOrgAfterOf(form) {
			continue
		}
		g.add(KRole, r.Title, form, prioRole, false)
	}
	return nil
}

// postRow reads one row of gazetteer/posts.tsv: a post known by an acronym.
func (g *Gazetteer) postRow(f []string) error {
	p := &PostEntry{Acronym: f[0], Role: f[1], Org: f[2], Leads: f[3]}
	g.Posts[p.Acronym] = p
	g.add(KPostAcr, p.Acronym, p.Acronym, prioRole, false)
	return nil
}

// rankRow reads one row of gazetteer/ranks.tsv: a military rank, and
// the plural of a rank of several words before a list of names
// ("Lieutenant Generals X and Y"; not "Commanders", also a post's).
func (g *Gazetteer) rankRow(f []string) error {
	g.add(KRank, f[0], f[0], prioRank, false)
	if strings.Contains(f[0], " ") && !strings.ContainsAny(f[0], "()") && !strings.Contains(f[0], " of ") {
		g.add(KRank, f[0], f[0]+"s", prioRank, false)
	}
	for _, a := range splitList(f[1]) {
		g.add(KRank, f[0], a, prioRank, false)
	}
	return nil
}

// honorificRow reads one row of gazetteer/honorifics.tsv: an honorific.
func (g *Gazetteer) honorificRow(f []string) error {
	switch f[2] {
	case "plain":
		g.Plain[f[0]] = true
	case "peer":
		g.Peer[f[0]] = true
	case "knight":
		g.Knight[f[0]] = true
	case "academic":
		g.Academic[f[0]] = true
	case "style":
	default:
		return fieldError{2, fmt.Errorf("unknown kind of honorific %q (plain, style, peer, knight, academic)", f[2])}
	}
	switch f[3] {
	case "f", "m":
		g.Gender[f[0]] = f[3]
	case "":
	default:
		return fieldError{3, fmt.Errorf("unknown gender %q (f, m or none)", f[3])}
	}
	g.add(KHonorific, f[0], f[0], prioRank, false)
	for _, a := range splitList(f[1]) {
		g.add(KHonorific, f[0], a, prioRank, false)
	}
	return nil
}

// partOf reports whether the gazetteer's body a is part of body b, at
// any depth (the Conference of National Armaments Directors of NATO).
func (g *Gazetteer) partOf(a, b string) bool {
	for i, o := 0, g.Orgs[a]; o != nil && i < 8; i, o = i+1, g.Orgs[o.Parent] {
		if o.Parent == b {
			return true
		}
	}
	return false
}

// Country returns the country of that name, or nil.
func (g *Gazetteer) Country(name string) *PlaceEntry { return g.countries[name] }

// namesVenue reports whether place mention m names a venue (a
// building, a base, a camp): by the gazetteer's kind of the place, else
// by the kind the pattern that found it gave.
func (g *Gazetteer) namesVenue(m *Mention) bool {
	if pl := g.Places[m.Key]; pl != nil {
		return pl.Kind == natokg.Venue
	}
	return m.PlaceKind == natokg.Venue
}

// CountryOf returns the country the place named key is or lies in, as
// the gazetteer says, or "".
func (g *Gazetteer) CountryOf(key string) string {
	for i := 0; i < 5 && key != ""; i++ {
		if g.Country(key) != nil {
			return key
		}
		pe := g.Places[key]
		if pe == nil {
			return ""
		}
		key = pe.Within
	}
	return ""
}

// match returns the gazetteer entries that match the tokens from i on,
// longest first, with the number of tokens each takes.
func (g *Gazetteer) match(toks []Token, i int) (entries []*gazEntry, lens []int) {
	n := g.root
	var words []Token // the tokens matched, a hyphen for a space or a space for a hyphen
	for j := i; j < len(toks) && n != nil; j++ {
		if toks[j].Sent != toks[i].Sent {
			break
		}
		if j > i && joiningHyphen(toks, j) && n.next[toks[j].Fold] == nil {
			continue // "Partnership-for-Peace nations"
		}
		if j > i && insertedDash(toks, j, n) {
			continue // "Joint Force Command – Naples"
		}
		if j > i && n.next[toks[j].Fold] == nil && n.next["-"] != nil && toks[j].IsWord() {
			n = n.next["-"] // "Euro Atlantic Partnership Council"
			words = append(words, Token{Text: "-", Norm: "-", Fold: "-"})
		}
		tok := toks[j]
		if f := joinedFold(toks, j); f != "" && n.next[f] != nil {
			tok = Token{Text: tok.Text + strings.ToLower(toks[j+2].Text), Fold: f}
			j += 2 // "Counter-Measures" for "Countermeasures"
		}
		n = n.next[tok.Fold]
		if n == nil {
			break
		}
		words = append(words, tok)
		for _, e := range n.entries {
			if e.fits(words) {
				entries = append(entries, e)
				lens = append(lens, j+1-i)
			}
		}
	}
	// Longest first.
	for a, b := 0, len(entries)-1; a < b; a, b = a+1, b-1 {
		entries[a], entries[b] = entries[b], entries[a]
		lens[a], lens[b] = lens[b], lens[a]
	}
	return entries, lens
}

// insertedDash reports whether token j, inside a name whose words so far
// reach trie node n, is a dash with spaces around it that the text puts
// between two words of the name as the gazetteer lists it: "Joint Force
// Command – Naples" for "Joint Force Command Naples".
func insertedDash(toks []Token, j int, n *trieNode) bool {
	if j+1 >= len(toks) || n.next[toks[j].Fold] != nil || n.next[toks[j+1].Fold] == nil {
		return false
	}
	return toks[j].Norm == "-" && toks[j].SpaceBefore && toks[j+1].SpaceBefore
}

// joinedFold returns the folded word that the words at j and j+2 make
// written together, where a hyphen joins them ("Counter-Measures":
// "countermeasures"), or "".
func joinedFold(toks []Token, j int) string {
	if j+2 >= len(toks) || !joiningHyphen(toks, j+1) {
		return ""
	}
	return toks[j].Fold + toks[j+2].Fold
}

// joiningHyphen reports whether token j is a hyphen with a word right
// before and right after it.
func joiningHyphen(toks []Token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j].Norm == "-" && !toks[j].SpaceBefore && !toks[j+1].SpaceBefore && toks[j+1].IsWord() && toks[j-1].IsWord()
}

// fits reports whether the text's tokens have the case the entry needs:
// acronyms as written, capitalised words capitalised.
func (e *gazEntry) fits(toks []Token) bool {
	if len(toks) != len(e.form) {
		return false
	}
	for k, t := range toks {
		f := e.form[k]
		if e.exact {
			if t.Text != f && !(t.IsUpper() && strings.EqualFold(t.Text, f)) { // "COE" for "CoE"
				return false
			}
			continue
		}
		ft := Token{Text: f}
		if ft.IsUpper() && len(f) <= 5 && !t.IsUpper() {
			return false
		}
		if ft.IsCap() && !t.IsCap() {
			// "the" at the start of a form may be lower case in the text.
			if !(k == 0 && fold(f) == "the") {
				return false
			}
		}
	}
	return true
}

// sharedEnding reports whether the names of two known organisations or
// more end with the words, two or more ("Centre of Excellence"): a kind
// of body. Not a head alone ("Fleet": the "US 2nd Fleet" is one), nor
// where a known name numbers its body ("US 6th Fleet").
func (g *Gazetteer) sharedEnding(words string) bool {
	if !strings.Contains(words, " ") {
		return false
	}
	n := 0
	for name := range g.Orgs {
		before, ok := strings.CutSuffix(name, " "+words)
		if !ok {
			continue
		}
		if f := strings.Fields(before); ordinal(Token{Text: f[len(f)-1], Norm: strings.ToLower(f[len(f)-1])}) {
			return false
		}
		n++
	}
	return n >= 2
}

// knownOrg returns the key of the organisation whose name or alias is
// exactly toks, or "". A leading "NATO" or "EU" that the gazetteer's
// form leaves out is allowed: "NATO SPS Programme" is the "SPS Programme".
func (g *Gazetteer) knownOrg(toks []Token) string {
	for skip := 0; skip <= 1 && skip < len(toks); skip++ {
		es, ls := g.match(toks, skip)
		for k, e := range es {
			if e.kind == KOrg && !e.weak && ls[k] == len(toks)-skip {
				if skip == 1 && !toks[0].IsUpper() {
					continue
				}
				return e.key
			}
		}
	}
	return ""
}

// knownOrgJoined returns the key of the organisation whose name is the
// tokens of a and then those of b, as if written one after the other
// ("NATO" and "Maritime Command", "Joint Forces Command" and "Naples"),
// or "".
func (g *Gazetteer) knownOrgJoined(a, b []Token) string {
	return g.knownOrg(append(append(make([]Token, 0, len(a)+len(b)), a...), b...))
}

// knownRole returns the key of the role title whose form is exactly
// toks, or "".
func (g *Gazetteer) knownRole(toks []Token) string {
	es, ls := g.match(toks, 0)
	for k, e := range es {
		if e.kind == KRole && ls[k] == len(toks) {
			return e.key
		}
	}
	return ""
}

// demonymAt returns the country whose demonym is the one word at token
// i ("Turkish"), or "".
func (g *Gazetteer) demonymAt(toks []Token, i int) string {
	es, ls := g.match(toks, i)
	for k, e := range es {
		if e.kind == KDemonym && ls[k] == 1 {
			return e.key
		}
	}
	return ""
}

// placeInName returns the first place of the gazetteer that keep
// accepts and that stands whole inside mention m's tokens ("Kosovo" in
// "Kosovo Force", "Ukraine" in "Verkhovna Rada of Ukraine"), or "".
func (g *Gazetteer) placeInName(toks []Token, m *Mention, keep func(key string) bool) string {
	for k := m.First; k < m.Limit; k++ {
		if e, _ := g.placeAt(toks, k, func(key string, n int) bool { return k+n <= m.Limit && keep(key) }); e != nil {
			return e.key
		}
	}
	return ""
}

// placeAt returns the entry of the place the gazetteer matches at token i
// whose match of n tokens fits (any where fits is nil), and n; or nil, 0.
func (g *Gazetteer) placeAt(toks []Token, i int, fits func(key string, n int) bool) (*gazEntry, int) {
	es, ls := g.match(toks, i)
	for k, e := range es {
		if e.kind == KPlace && (fits == nil || fits(e.key, ls[k])) {
			return e, ls[k]
		}
	}
	return nil, 0
}

// namesOrgAfterOf reports whether form is "TITLE of [the] X" where X is an
// organisation or a country the gazetteer knows.
func (g *Gazetteer) namesOrgAfterOf(form string) bool {
	_, rest, ok := strings.Cut(form, " of ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "the ")
	if g.Orgs[rest] != nil || g.countries[rest] != nil {
		return true
	}
	toks := tokenizeForm(rest)
	return g.knownOrg(toks) != ""
}

// StateNamed returns the state of the given country whose plain name is
// name, written "name (qualifier)" where a country or city has the same
// name ("Georgia (US state)"), or nil.
func (g *Gazetteer) StateNamed(name, country string) *PlaceEntry {
	for _, p := range g.states {
		if p.Within == country && (p.Name == name || strings.HasPrefix(p.Name, name+" (")) {
			return p
		}
	}
	return nil
}
