package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/natokg/natokg"
)

// Resolved is the output of the resolution stage: mentions that do not
// overlap, and the named events and documents, which are kept apart
// because they hold other mentions ("NATO Summit in Vilnius", "Warsaw
// Security Forum").
type Resolved struct {
	Mentions *Mentions
	// Named are the named events and documents.
	Named []Mention
}

// Resolver chooses among overlapping candidates: the longest wins, then
// the one that does not open with "the", then the one of higher
// priority; weak candidates need the context of a place.
type Resolver struct{ rules }

// NewResolver returns the resolution stage.
func NewResolver(g *Gazetteer, lx *Lexicon) *Resolver { return &Resolver{newRules(g, lx)} }

// Resolve returns the mentions of t chosen among cands.
func (r *Resolver) Resolve(t *Text, cands []Mention) Resolved {
	var named []Mention
	rest := make([]Mention, 0, len(cands))
	for _, m := range cands {
		switch {
		case (m.Kind == KOrg || m.Kind == KPlace) && inServiceTag(t, m):
			// "Commander Eirik Otterbu (NOR N)": a nation's and a service's letters, no body
		case m.Weak && m.Kind == KOrg && !r.named(m, cands):
			// "the Security Council" of a text that names no United Nations
		case m.Weak && m.Kind != KOrg && (!r.placeContext(t, m, cands) || m.Len() == 1 && r.headWord(t.Tokens[m.First].Text)):
			// a small town where no place is expected, or named like an event, a body or a venue ("at the Summit", "at the University")
		case m.Kind == KPlace && (m.Weak || r.codeNameOpened(t, m, cands)) && r.inCodeName(t, m, cands):
			// "Neptune Strike": a word of an exercise's code name, not the town of Neptune
		case m.Kind == KPlace && r.bracketedCode(t, m, cands):
			// "SOLBIATE OLONA (VA)": an Italian province's letters in brackets, not Virginia, which is written "Norfolk, VA"
		case m.Kind == KPlace && r.adjectiveUse(t, m):
			// "the Baltic airspace": the Baltic states', not the sea
		case m.Kind == KPlace && m.Len() == 1 && (r.w.months.Has(t.Norm(m.First)) || r.w.weekdays.Has(t.Norm(m.First))):
			// "in March and April": a month, not the town of April
		case m.Kind == KPlace && r.foreignCompassDivision(m, cands):
			// "the Northern Province" of an Afghan release: not Rwanda's
		case m.Kind == KRole && r.rankedGivenName(t, m, cands):
			// "Col. Amir Shah": a given name after a rank, not the title Amir
		case m.Kind == KPlace && r.givenName(t, m) && r.titledBefore(t, m, cands):
			// "Tánaiste Mary Burke": a titled given name before a surname, not the town of Mary
		case m.Kind == KPlace && r.g.Places[m.Key] == nil && r.g.Country(m.Key) == nil && r.groupWord(t.Tokens[m.Limit-1].Text):
			// "from the Alliance and Partners": people, no town the gazetteer lacks
		case m.Kind == KPlace && r.rankedSurname(t, m, cands):
			// "under General Jackson (COMKFOR)": an officer's surname, not the town of Jackson
		case m.Kind == KPlace && r.joinedRegions(t, m, cands):
			// "the Middle East and North Africa": two regions, each its own place
		case m.Kind == KPlace && r.namesDocument(t, m):
			// "the Minsk agreements": a document's name, no place of the release's
		case (m.Kind == KPlace || m.Kind == KOrg) && r.oneOfKind(t, m):
			// "the only NATO HQ in Italy": one of a kind, not NATO Headquarters
		case m.Kind == KOrg && r.commandOf(t, m):
			// "assumed Command of Allied Land Command": the body is the one after "of"
		case m.Kind == KOrg && r.described(t, m):
			// "NATO's highest Military Authority": a description, no name
		case m.Kind == KRank && t.Norm(m.First) == "staff" && t.Norm(m.First-1) == "of":
			// "the Chairman of the Joint Chiefs of Staff Lt. Gen. X": the body's word, then the rank
		case m.Kind == KEvent || m.Kind == KDoc && r.opensWithBody(m, cands):
			named = append(named, m) // "UN Security Council Resolution 1244" names the Council too
		default:
			if m.Kind == KRole && r.roleNotRank(t, m, cands) {
				m.Prio = prioRank + 1 // "the Commander of ISAF" is a post, not a rank
			}
			rest = append(rest, m)
		}
	}
	sort.SliceStable(rest, func(a, b int) bool {
		if la, lb := rest[a].Len(), rest[b].Len(); la != lb {
			return la > lb
		}
		if ta, tb := t.Norm(rest[a].First) == "the", t.Norm(rest[b].First) == "the"; ta != tb {
			return tb // "the Baltic Sea": "Baltic Sea" before the alias "the Baltic"
		}
		if oa, ob := orgThenRole(rest[a], rest[b]), orgThenRole(rest[b], rest[a]); oa || ob {
			return oa // "Kosovo Force Commander": the body, then its post's head
		}
		return rest[a].Prio > rest[b].Prio
	})
	taken := make([]bool, len(t.Tokens))
	out := make([]Mention, 0, len(rest))
	for _, m := range rest {
		if anyTaken(taken, m.Span) {
			continue
		}
		for i := m.First; i < m.Limit; i++ {
			taken[i] = true
		}
		out = append(out, m)
		if m.Kind == KDoc {
			named = append(named, m)
		}
	}
	sort.SliceStable(named, func(a, b int) bool { return named[a].First < named[b].First })
	r.statesAfterCities(t, out)
	oneCase(out)
	r.ownersBodyAgain(t, out)
	return Resolved{Mentions: NewMentions(out, len(t.Tokens)), Named: named}
}

// headWord reports whether w heads the names of events, bodies or
// venues (event-heads.tsv, org-heads.tsv, place-heads.tsv), or names a
// field of government (field-nouns.tsv): a town or a province named so
// ("Summit", "University", Togo's "Maritime") is read only where its
// name is written with more.
func (r *Resolver) headWord(w string) bool {
	return r.w.eventHeads.Has(w) || r.w.orgHeads.Has(w) || r.w.placeHeads.Has(w) || r.w.fieldNouns.Has(w)
}

// bracketedCode reports whether place candidate m is two capitals in
// brackets that stand for a division of a country, not a country: a
// state's postal code is written after a comma ("Norfolk, VA"), while
// other countries' province codes are written in brackets after a town
// ("Solbiate Olona (VA)" is in Varese); but a town of the state's
// country before them keeps them ("Dayton (OH)").
func (r *Resolver) bracketedCode(t *Text, m Mention, cands []Mention) bool {
	tok := t.Tok(m.First)
	if m.Len() != 1 || len(tok.Text) != 2 || !tok.IsUpper() || t.Norm(m.First-1) != "(" || t.Norm(m.Limit) != ")" || r.g.Country(m.Key) != nil {
		return false
	}
	country := r.g.CountryOf(m.Key)
	return !slices.ContainsFunc(cands, func(c Mention) bool {
		return c.Kind == KPlace && c.Limit == m.First-1 && country != "" && r.g.CountryOf(c.Key) == country // "Dayton (OH)": a town of that state's country
	})
}

// givenName reports whether place mention m, one word that is no
// country nor a capital, is a given name (given-names.tsv) before a capitalised word,
// with no preposition of place before it: "Mary Burke", not "in Mary,
// Turkmenistan".
func (r *Resolver) givenName(t *Text, m Mention) bool {
	if m.Len() != 1 || r.g.Country(m.Key) != nil || !r.w.given.Has(t.Tokens[m.First].Text) {
		return false
	}
	if pe := r.g.Places[m.Key]; pe != nil && pe.Capital {
		return false // "Washington D.C."
	}
	next := t.Tok(m.Limit)
	return next.IsCapWord() && t.SameSentence(m.First, m.Limit) && !r.w.placePrep(t.Norm(m.First-1)) && !r.w.placeHeads.Has(next.Text) && !r.w.orgHeads.Has(next.Text)
}

// rankedGivenName reports whether one-word role candidate m is a given
// name that a rank ends right before and a capitalised word follows:
// "Col. Amir Shah".
func (r *Resolver) rankedGivenName(t *Text, m Mention, cands []Mention) bool {
	if m.Len() != 1 || !r.w.given.Has(t.Tokens[m.First].Text) || !t.Tok(m.Limit).IsCapWord() || !t.SameSentence(m.First, m.Limit) {
		return false
	}
	for _, c := range cands {
		if c.Limit == m.First && c.Kind == KRank && t.SameSentence(c.First, m.First) {
			return true
		}
	}
	return false
}

// adjectiveUse reports whether place candidate m is a place's adjective
// ("Baltic", "Adriatic", after "the" or not) that modifies a noun in lower
// case after it: "the Baltic airspace", not "in the Baltic".
func (r *Resolver) adjectiveUse(t *Text, m Mention) bool {
	last, p := t.Tokens[m.Limit-1], r.g.Places[m.Key]
	if !adjectival(last.Text) || p == nil || p.Kind != natokg.Sea && p.Kind != natokg.Region || m.First+2 < m.Limit || m.Limit-m.First == 2 && t.Norm(m.First) != "the" {
		return false // a sea's or a region's adjective, not a town's ("Uruzgan governor")
	}
	n := t.Tok(m.Limit)
	if !n.IsWord() || n.IsCap() || !t.SameSentence(m.First, m.Limit) {
		return false
	}
	return !r.w.smallWord(n.Norm) && !r.w.lowerPlaceHeads.Has(n.Norm) && !r.w.eventWords.Has(n.Norm)
}

// foreignCompassDivision reports whether place candidate m is a
// first-level division named by a compass word ("Northern Province",
// "Eastern Region"), a name many countries' divisions have, of a country
// the text does not name.
func (r *Resolver) foreignCompassDivision(m Mention, cands []Mention) bool {
	p := r.g.Places[m.Key]
	if p == nil || p.Kind != natokg.State {
		return false
	}
	compass := false
	for _, w := range strings.Fields(m.Key) {
		compass = compass || r.w.compass.Has(strings.ToLower(w))
	}
	if !compass {
		return false
	}
	country := r.g.CountryOf(m.Key)
	for _, c := range cands {
		if c.Is(KPlace, KDemonym) && (c.Key == country || r.g.CountryOf(c.Key) == country && c.Key != m.Key) {
			return false
		}
	}
	return true
}

// titledBefore reports whether a title, a rank or an honorific ends
// right before mention m in its sentence: "Tánaiste Mary", "Ms Florence".
func (r *Resolver) titledBefore(t *Text, m Mention, cands []Mention) bool {
	for _, c := range cands {
		if c.Limit == m.First && c.Is(KRole, KRank, KHonorific) && t.SameSentence(c.First, m.First) {
			return true
		}
	}
	return false
}

// groupWord reports whether w is a noun for a group of people
// (group-nouns.tsv) or the plural of a title's head: "Partners",
// "Ministers".
func (r *Resolver) groupWord(w string) bool {
	return r.w.groupNouns.Has(w) || r.w.titleHead(w)
}

// rankedSurname reports whether place candidate m, one word that names
// no country, stands right after a military rank in its sentence: an
// officer named by his surname ("General Jackson"); not the town of a
// dateline after a title that ends in a rank ("A new KFOR Commander",
// then "Pristina, 19 November 2019 –").
func (r *Resolver) rankedSurname(t *Text, m Mention, cands []Mention) bool {
	if m.Len() != 1 || r.g.Country(m.Key) != nil {
		return false
	}
	for _, c := range cands {
		if c.Limit == m.First && c.Kind == KRank && t.SameSentence(c.First, m.First) {
			return true
		}
	}
	return false
}

// joinedRegions reports whether place candidate m is a region the
// gazetteer names by joining two regions it also knows with "and", where
// the text has a candidate for each part: "the Middle East and North
// Africa" names the Middle East and North Africa, as the annotations
// have it; "Central and Eastern Europe" joins no two places, and
// countries ("Serbia and Montenegro") are kept whole.
func (r *Resolver) joinedRegions(t *Text, m Mention, cands []Mention) bool {
	if p := r.g.Places[m.Key]; p == nil || p.Kind != natokg.Region {
		return false
	}
	for k := m.First + 1; k < m.Limit-1; k++ {
		if t.Norm(k) == "and" {
			return r.regionAt(Span{m.First, k}, cands) && r.regionAt(Span{k + 1, m.Limit}, cands)
		}
	}
	return false
}

// regionAt reports whether a place candidate covering exactly s is a
// region of the gazetteer.
func (r *Resolver) regionAt(s Span, cands []Mention) bool {
	for _, c := range cands {
		if p := r.g.Places[c.Key]; c.Kind == KPlace && c.Span == s && p != nil && p.Kind == natokg.Region {
			return true
		}
	}
	return false
}

// namesDocument reports whether place candidate m opens the name of a
// document written with a lower-case head: "the Minsk agreements", "the
// Dayton accords".
func (r *Resolver) namesDocument(t *Text, m Mention) bool {
	next := t.Tok(m.Limit)
	return next.IsWord() && !next.IsCap() && t.SameSentence(m.First, m.Limit) && r.w.docHeads.Has(upperFirst(next.Norm))
}

// commandOf reports whether organisation candidate m opens with the noun
// of a phrase that reports a change of command and goes on with "of":
// "assumed Command of Allied Land Command".
func (r *Resolver) commandOf(t *Text, m Mention) bool {
	if m.First == 0 || t.Norm(m.First+1) != "of" {
		return false
	}
	_, n := r.w.commandVerbs.MatchAt(t.Tokens, m.First-1)
	return n == 2
}

// described reports whether organisation candidate m, a body the
// gazetteer does not know, follows a possessive and a superlative
// (superlatives.tsv) and so describes a body named before: "the Military
// Committee, NATO's highest Military Authority,".
func (r *Resolver) described(t *Text, m Mention) bool {
	if m.First < 2 || t.Norm(m.First-2) != "'s" || t.Tok(m.First-1).IsCap() || !r.w.superlatives.Has(t.Norm(m.First-1)) {
		return false
	}
	return r.g.Orgs[m.Key] == nil
}

// orgThenRole reports whether organisation candidate a starts before
// role candidate b and overlaps it: "Kosovo Force" and "Force Commander".
func orgThenRole(a, b Mention) bool {
	return a.Kind == KOrg && b.Kind == KRole && a.First < b.First && b.First < a.Limit
}

// opensWithBody reports whether document mention m opens with a known
// body's name: "UN Security Council Resolution 1244", "NATO Strategic
// Concept".
func (r *Resolver) opensWithBody(m Mention, cands []Mention) bool {
	for _, c := range cands {
		if c.Kind == KOrg && c.First == m.First && c.Limit < m.Limit && !c.Weak && r.g.Orgs[c.Key] != nil {
			return true
		}
	}
	return false
}

// inCodeName reports whether weak place m lies inside a named event
// whose name holds no event head: an exercise's or an operation's code
// name ("Neptune Strike", "Exercise Neptune Strike"), where a word that is
// also a small town's name is no place ("the Bled Strategic Forum" has
// a head, and its town).
func (r *Resolver) inCodeName(t *Text, m Mention, cands []Mention) bool {
	for _, c := range cands {
		if c.Kind == KEvent && c.First <= m.First && m.Limit <= c.Limit && !r.hasEventHead(t, c) {
			return true
		}
	}
	return false
}

// codeNameOpened reports whether place m opens a named event that a
// word opening code names (event-heads.tsv, first) stands right before,
// in either case: "exercise Ramstein Dust-II 2017", "Exercise Ramstein
// Alloy", where even a known town's name is a word of the code.
func (r *Resolver) codeNameOpened(t *Text, m Mention, cands []Mention) bool {
	k := m.First - 1 // the opening word: before the event's name ("exercise") or its first word ("Exercise")
	n := t.Norm(k)
	if n == "" || !r.w.opensEvent(n) {
		return false
	}
	return slices.ContainsFunc(cands, func(c Mention) bool {
		return c.Kind == KEvent && (c.First == m.First || c.First == k) && m.Limit < c.Limit
	})
}

// hasEventHead reports whether a word of mention m is an event head
// (event-heads.tsv) that ends the name or comes before "of": "Summit",
// "Forum", "Conference".
func (r *Resolver) hasEventHead(t *Text, m Mention) bool {
	for k := m.First; k < m.Limit; k++ {
		if e, ok := r.w.eventHeads.Lookup(t.Tokens[k].Text); ok && e.Value(1) == "head" && (k == m.Limit-1 || t.Norm(k+1) == "of") {
			return true
		}
	}
	return false
}

func anyTaken(taken []bool, s Span) bool {
	for i := s.First; i < s.Limit; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

// named reports whether the text names the body a weak short form
// stands for, or its parent, in a form of its own: "the UN Security
// Council", "the United Nations".
func (r *Resolver) named(m Mention, cands []Mention) bool {
	parent := ""
	if o := r.g.Orgs[m.Key]; o != nil {
		parent = o.Parent
	}
	for _, c := range cands {
		if c.Kind == KOrg && !c.Weak && (c.Key == m.Key || parent != "" && c.Key == parent) {
			return true
		}
	}
	return false
}

// roleNotRank reports whether a word that is both a rank and a role
// ("Commander") is the role: after "the", "its" or a possessive or a title's
// modifier in lower case ("outgoing"), before "of" or "for", or next to
// a body's name ("Commander Joint Force Command Naples",
// "the KFOR Commander").
func (r *Resolver) roleNotRank(t *Text, m Mention, cands []Mention) bool {
	prev, next := t.Norm(m.First-1), t.Norm(m.Limit)
	if prev == "the" || prev == "as" || t.Possessive(m.First-1) || r.w.determiners.Value(prev, 0) == "possessive" || next == "of" || next == "for" {
		return true
	}
	if p := t.Tok(m.First - 1); p.IsWord() && !p.IsCap() && r.w.roleMods.Has(p.Text) {
		return true // "from outgoing Commander, Lieutenant General X": a title's modifier in lower case
	}
	if p := t.Tok(m.First - 1); p.IsCapWord() && r.w.orgHeads.Has(p.Text) && t.Norm(m.First-2) == "the" {
		return true // "The Division Commander, MGen X": the commander of a body its head names
	}
	after, before := m.Limit, m.First
	if next == "," {
		after++ // "Vice Admiral X, Commander, Naval Striking and Support Forces NATO"
	}
	if prev == ")" && t.Norm(before-3) == "(" && t.Tok(before-2).IsUpper() {
		before -= 3 // "NFIU (POL) Commander, Colonel X": a code in brackets after the body
	}
	for _, c := range cands {
		if c.Kind == KOrg && c.Limit == m.First && r.serviceBeforeName(t, c, m, cands) {
			return false // "Royal Netherlands Navy Commander X": the rank in that navy
		}
		if c.Kind == KOrg && (c.First == after || c.Limit == before) {
			return true // "Commander Joint Force Command Naples, Admiral X", "the KFOR Commander, Major General X"
		}
		if c.Kind == KPlace && c.Limit == before && r.g.namesVenue(&c) && r.w.roleHeads.Value(t.Tokens[m.Limit-1].Text, 2) == "base" {
			return true // "Jon Gudnason, Keflavik Air Base Commander.", "the Camp Bondsteel Commander, Colonel X": the base's
		}
	}
	return false
}

// serviceBeforeName reports whether body c before the word of role m is
// a country's armed service (national-bodies.tsv: "Navy", "Air Force")
// and a name follows the word at once, no rank nor comma between: the
// word is a rank of that service ("German Navy Commander X").
func (r *Resolver) serviceBeforeName(t *Text, c, m Mention, cands []Mention) bool {
	words := strings.Fields(c.Key)
	n := len(words)
	if n == 0 || !r.w.nationalBodies.Has(words[n-1]) && (n < 2 || !r.nationalBody(words[n-2]+" "+words[n-1])) {
		return false
	}
	next := t.Tok(m.Limit)
	if !next.IsCapWord() || !t.SameSentence(m.First, m.Limit) {
		return false
	}
	for _, o := range cands {
		if o.First == m.Limit && o.Kind != KPerson {
			return false // "German Navy Commander Rear Admiral X": a post, then the rank
		}
	}
	return slices.ContainsFunc(cands, func(o Mention) bool { return o.Kind == KRank && o.Span == m.Span })
}

// longerName reports whether a weak place candidate opens a longer name
// that is not a place: "the Unity Rally", "St. Michael's Church", or a
// season before a year: "in Spring 2030".
func (r *Resolver) longerName(t *Text, m Mention, cands []Mention) bool {
	k := m.Limit
	if !t.SameSentence(m.First, k) || t.SameSentence(0, m.First) {
		return false // the title's words are all capitalised in some styles
	}
	if n := t.Norm(k); len(n) == 4 && n >= "1900" && n <= "2099" {
		return true
	}
	if t.Norm(k) == "'s" && t.SameSentence(m.First, k+1) && t.Tok(k+1).IsCapWord() {
		k++
	}
	if !t.Tok(k).IsCapWord() {
		return false
	}
	for _, c := range cands {
		if c.First == k && (c.Kind == KPlace || c.Kind == KDate || c.Kind == KDemonym) {
			return false // "Kehl Germany", "Ustka Monday"
		}
	}
	return true
}

// placeContext reports whether a weak place candidate stands where a
// place is expected: after "in", "at", "visited"; before ", Country";
// a state's code after a city; at the start of a dateline; before the
// head of a post that governs it; after "city of", "port of", "the
// area of".
func (r *Resolver) placeContext(t *Text, m Mention, cands []Mention) bool {
	if r.seatBefore(t, m, cands) {
		return true
	}
	if n := t.Norm(m.First - 2); t.Norm(m.First-1) == "of" && (r.w.placeOfNouns.Has(n) || r.w.vicinityNouns.Has(n)) && !t.Tok(m.First-2).IsCap() {
		return true // "the Adriatic port city of Durres", "in the area of Ohrid"
	}
	if prev := r.listedAfter(t, m, cands); prev != nil && r.placeContext(t, *prev, cands) {
		return true // "the municipalities of Zubin Potok, Zveçan/Zvečan and Skenderaj": each item where the first is
	}
	if r.longerName(t, m, cands) {
		return false
	}
	prev := r.w.pastDescriptor(t, m.First, func(end int) bool {
		for _, c := range cands {
			if c.Kind == KDemonym && c.Limit == end {
				return true
			}
		}
		return false
	})
	if t.Norm(prev) == "the" {
		prev--
	}
	if prev >= 0 && t.SameSentence(prev, m.First) && r.w.placePrep(t.Norm(prev)) {
		return true
	}
	isKind := func(at int, kinds ...natokg.PlaceKind) bool {
		for _, c := range cands {
			if c.Kind == KPlace && c.First == at {
				if pe := r.g.Places[c.Key]; pe != nil {
					for _, k := range kinds {
						if pe.Kind == k {
							return true
						}
					}
				}
			}
		}
		return false
	}
	// "in Strasbourg and Kehl": a town joined to a city where a place is expected.
	if t.Norm(prev) == "and" {
		for _, c := range cands {
			if c.Kind == KPlace && c.Limit == prev && !c.Weak && r.w.placePrep(t.Norm(t.BackPastThe(c.First-1))) && (isKind(c.First, natokg.City) || r.g.Places[c.Key] == nil && c.PlaceKind == natokg.City) {
				return true
			}
		}
	}
	// City, Country / City (Country) / City, State
	if n := t.Norm(m.Limit); (n == "," || n == "(") && isKind(m.Limit+1, natokg.Country, natokg.State) {
		return true
	}
	// A state's code after a city: "Dayton (OH)", "Dayton, OH".
	if n := t.Norm(m.First - 1); n == "," || n == "(" {
		if pe := r.g.Places[m.Key]; pe != nil && pe.Kind == natokg.State {
			return true
		}
	}
	// A dateline: "Brussels, 23 May –", "TRAPANI (Oct. 3, 2015) –" at the
	// start of a sentence.
	s := t.SentenceOf(m.First)
	if n := t.Norm(m.Limit); m.First == s.First && (n == "," || n == "(") {
		for _, c := range cands {
			if c.Kind == KDate && c.First > m.Limit && c.First <= m.Limit+6 {
				return true
			}
		}
	}
	return false
}

// listedAfter returns the place candidate that place candidate m follows
// in a list of names, after a comma, "and" or a slash ("Zveçan/Zvečan"),
// or nil.
func (r *Resolver) listedAfter(t *Text, m Mention, cands []Mention) *Mention {
	k := m.First - 1
	if n := t.Norm(k); n != "," && n != "and" && n != "/" || !t.SameSentence(k, m.First) || t.Norm(m.Limit) == "-" && !t.Tok(m.Limit).SpaceBefore {
		return nil // not "Qala" of "Qala-e-Naw"
	}
	if t.Norm(k) == "and" && t.Norm(k-1) == "," {
		k-- // ", and"
	}
	for i := range cands {
		if c := &cands[i]; c.Kind == KPlace && c.Limit == k && c.First < m.First {
			return c
		}
	}
	return nil
}

// seatBefore reports whether weak place candidate m stands before the
// head of a post that governs a place, written out or short, perhaps
// after title words in lower case or a possessive: "Ghazni governor",
// "Helmand Governor", "Kandahar Gov.", "Ghazni provincial governor",
// "Zabul's Governor".
func (r *Resolver) seatBefore(t *Text, m Mention, cands []Mention) bool {
	if !t.SameSentence(m.First, m.Limit) {
		return false
	}
	k := m.Limit
	if t.Norm(k) == "'s" {
		k++ // "Helmand's Governor"
	}
	for k < m.Limit+3 && !t.Tok(k).IsCap() && r.w.roleMods.Value(t.Tok(k).Text, 0) == "title" {
		k++ // "Ghazni provincial governor"
	}
	if head := t.Tok(k); head.IsWord() && r.w.placeSeat(head.Text) {
		return true
	}
	for _, c := range cands {
		if c.Kind == KRole && c.First == k && r.w.placeSeat(c.Key) {
			return true
		}
	}
	return false
}

// statesAfterCities reads a country's name written after a city and a
// comma as the city's own state where the city lies in a state of that
// name in another country ("Atlanta, Georgia" is the US state, not the
// country); out is in text order of taking, so each city is found by
// its span.
func (r *Resolver) statesAfterCities(t *Text, out []Mention) {
	cityAt := map[int]string{} // the token after a city's last: its key
	for _, m := range out {
		if m.Kind == KPlace {
			cityAt[m.Limit] = m.Key
		}
	}
	for i, m := range out {
		if m.Kind != KPlace || m.First < 1 || t.Norm(m.First-1) != "," || r.g.Country(m.Key) == nil {
			continue
		}
		city := r.g.Places[cityAt[m.First-1]]
		if city == nil || city.Kind != natokg.City || city.Division != m.Key {
			continue
		}
		if st := r.g.StateNamed(m.Key, r.g.CountryOf(city.Name)); st != nil {
			out[i].Key = st.Name
		}
	}
}

// inServiceTag reports whether mention m lies in the bracketed tag of a
// nation and a service after a name: "Commander Eirik Otterbu (NOR N)".
func inServiceTag(t *Text, m Mention) bool {
	k := m.First
	if t.Norm(k-1) != "(" {
		k-- // the service's letter alone
	}
	if t.Norm(k-1) != "(" || t.Norm(k+2) != ")" || m.Limit > k+2 || !t.Tok(k-2).IsCapWord() {
		return false
	}
	return nationServiceTag(t, k)
}

// ownersBodyAgain gives a body named only by a known body and a head
// ("the NATO Group", no body of the gazetteer) the key of the last body
// named before it whose name holds that head and that body's name:
// "Standing NATO Mine Countermeasures Group 2 ... the NATO Group will
// also conduct port visits" tells of the same group.
func (r *Resolver) ownersBodyAgain(t *Text, out []Mention) {
	if !slices.ContainsFunc(out, func(m Mention) bool { return m.Kind == KOrg && m.Len() == 2 && r.g.Orgs[m.Key] == nil }) {
		return
	}
	orgs := make([]int, 0, len(out))
	for i, m := range out {
		if m.Kind == KOrg {
			orgs = append(orgs, i)
		}
	}
	sort.Slice(orgs, func(a, b int) bool { return out[orgs[a]].First < out[orgs[b]].First })
	for n, i := range orgs {
		m := out[i]
		head := t.Tok(m.First + 1).Text
		if m.Len() != 2 || r.g.Orgs[m.Key] != nil || !r.w.orgHeads.Has(head) || r.g.knownOrg(t.Tokens[m.First:m.First+1]) == "" {
			continue
		}
		for _, j := range slices.Backward(orgs[:n]) {
			if o := out[j]; o.Key != m.Key && o.Len() > 2 && hasHead(o.Key, head) && strings.Contains(o.Key, t.Tok(m.First).Text) {
				out[i].Key = o.Key
				break
			}
		}
	}
}

// oneCase gives the places and the bodies whose keys differ only in
// letter case one key: the one written as prose writes a name, with the
// most capitals and not all in capitals ("LIELVARDE AIRFIELD, Latvia –",
// a dateline's, is "Latvia's Lielvarde Airfield"; "Volkel air base" is
// the "Volkel Air Base" the title names): one place, not two.
func oneCase(out []Mention) {
	named := func(m Mention) bool { return m.Kind == KPlace || m.Kind == KOrg }
	for i, m := range out {
		if !named(m) {
			continue
		}
		best := m.Key
		for _, o := range out {
			if named(o) && len(o.Key) == len(best) && o.Key != best && strings.EqualFold(o.Key, best) && betterCase(o.Key, best) {
				best = o.Key
			}
		}
		out[i].Key = best
	}
}

// betterCase reports whether key a is a name better written than key b,
// which differs from it only in case: not all in capitals, then with more
// capitals ("Air Base" over "air base"), then first in byte order, so
// that every spelling of a name picks the same one.
func betterCase(a, b string) bool {
	shoutA, shoutB := !strings.ContainsFunc(a, unicode.IsLower), !strings.ContainsFunc(b, unicode.IsLower)
	if shoutA != shoutB {
		return shoutB
	}
	if ua, ub := countUpper(a), countUpper(b); ua != ub {
		return ua > ub
	}
	return a < b
}

// countUpper counts the capital letters of s.
func countUpper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// nationalBody reports whether form, of two words or more, is a body
// every state has (national-bodies.tsv): "Air Force".
func (r *Resolver) nationalBody(form string) bool {
	_, ok := r.w.nationalBodies.Phrase(form)
	return ok
}
