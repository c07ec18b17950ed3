package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/natokg/natokg"
)

// placeThenFor returns the start of the words after a place the
// gazetteer knows for sure that opens the run [i, end) and "for" or "to"
// right after it, past a "the" (no body's name has a town then "for":
// "Addis Ababa for the African Union"); or 0.
func (c *candidates) placeThenFor(i, end int) int {
	m := c.findStarting(i, func(m *Mention) bool { return m.Kind == KPlace && !m.Weak })
	if m == nil || m.Limit+1 >= end {
		return 0
	}
	if n := c.t.Norm(m.Limit); n != "for" && n != "to" {
		return 0
	}
	return c.t.PastThe(m.Limit + 1)
}

// classify adds the candidates of the capitalised run [i, end): past the
// words that open it, read apart where it names no one body, else by its
// head word (classifyName).
func (c *candidates) classify(i, end int) {
	i = c.pastOpening(i, end)
	if c.classifiedApart(i, end) {
		return
	}
	end = c.pastHolderName(i, end)
	if c.groupOrField(i, end) {
		return
	}
	c.classifyName(i, end)
}

// pastOpening returns where the name of the run [i, end) starts, past
// the words that open it and name nothing: a determiner, a sentence's
// opening word, a count of sessions, a demonym before a numbered unit.
func (c *candidates) pastOpening(i, end int) int {
	toks, w := c.t.Tokens, c.r.w
	for start := i; i < end && (w.determiners.Has(toks[i].Norm) || c.openingWord(i) || i > start && toks[i].Norm == "of" || c.titleWordBeforeOwner(i, end)); {
		i++ // "Our Alliance", "The Committee", "At KFOR Headquarters, ...", "For the Alliance, ...", "Visit of the UK Permanent Joint Headquarters", "Acting Australian Fleet Commander"
	}
	if c.countedSession(i, end) {
		i++ // "the 166th Military Committee session": the Military Committee
	}
	if c.demonymOfNumberedUnit(i, end) {
		i++ // "the Italian 5th Alpine Regiment", "the German Supply Battalion 4": the unit is named by its number
	}
	return i
}

// classifiedApart reads the run [i, end) where it is no name of one body
// (forces in general, two bodies, a known force's mission, a milestone, a
// service and its equipment, a person and a body, a town and a body, a
// known body modified) and reports whether it did.
func (c *candidates) classifiedApart(i, end int) bool {
	if c.forcesInGeneral(i, end) {
		return true // "Allied Air Forces", "NATO Forces": no body
	}
	if c.joinedKnownBodies(i, end) {
		return true // "NATO-African Union plan closer collaboration": two bodies, each read already
	}
	if k := c.knownAfterAnd(i, end); k > i {
		c.classify(i, k) // "the Department of Journalism and KFOR officers": two names, the second known
		return true
	}
	if c.missionOfKnown(i, end) {
		return true // "the ISAF Mission", "the NATO-led KFOR Mission": the force itself
	}
	if k, ok := c.milestone(i, end); ok {
		if k < end {
			c.classify(k, end) // "Full Operational Capability of the NATO Response Force": the force
		}
		return true // "reached Initial Operational Capability": a stage, no body
	}
	if k := c.serviceThenEquipment(i, end); k > i {
		c.classify(i, k) // "Two Hellenic Air Force F-16 flew": the air force, then its aircraft
		return true
	}
	if k := c.knownThenService(i, end); k > i {
		c.classify(k, end) // "Commander, SNMCMG2 Italian Navy Captain X": the group, then the officer's navy
		return true
	}
	if j := c.nameOfBody(i, end); j > 0 {
		c.classify(j, end) // "Donna Hopkins of the U.S. State Department": a person, then her body
		return true
	}
	if j := c.placeThenFor(i, end); j > 0 {
		c.classify(j, end) // "a conference in Addis Ababa for the African Union's mission": a town, then a body
		return true
	}
	if c.modifiedKnown(i, end) {
		return true // "Safeguarding Alliance security", "a Multi-Domain Enabled Alliance": the Alliance, already read
	}
	return false
}

// pastHolderName returns the end of the run [i, end) before the name of
// a title's holder that ends it.
func (c *candidates) pastHolderName(i, end int) int {
	if end-i >= 4 && c.nameEnds(end) {
		end -= 2 // "State Secretary of the Ministry of Defence Tomas Berzin": the holder's name ends the run
	}
	if k := c.givenPairAt(i, end); k > i {
		end = k // "Assistant Secretary General for Public Diplomacy Jean Francois Bureau": two given names open the holder's name
	}
	return end
}

// groupOrField reads the run [i, end) where it opens with a group noun
// ("Heads of State and Government") or a title's field before the body
// after "of", and reports whether it did.
func (c *candidates) groupOrField(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	for k := i; k < end && toks[k].Norm != "of" && !c.groupsBody(i, k, end); k++ {
		if w.groupNouns.Has(toks[k].Text) && toks[k].IsCap() && !(k == i && w.eventHeads.Has(toks[end-1].Text)) {
			// "Heads of State and Government", "Foreign Ministers of the
			// Alliance"; "Soldiers of the 11th Armoured Cavalry Division"
			// names a body after "of". An event's name may open so:
			// "Chiefs of Transformation Conference".
			if c.pluralRole(k, end) {
				return true // "at the level of Chiefs of Defence Staff": the plural of a title, no Defence Staff
			}
			if j := c.afterOf(k, end); j < end && (c.t.Norm(j-1) == "the" || (w.orgHeads.Has(toks[end-2].Text) || w.orgHeads.Has(toks[end-1].Text)) && !c.hasWord(j, end, "and")) {
				c.classify(j, end) // "Soldiers of Multinational Task Force South"
			}
			return true
		}
	}
	if j := c.afterOf(i, end); j < end && (c.titleField(i) || c.fieldBeforeBody(i, j)) {
		// "Chief of Staff for Strategic Planning and Defence Resources of
		// the Jordanian Armed Forces": a title's field, then its body.
		c.classify(j, end)
		return true
	}
	return false
}

// classifyName adds a candidate for the run [i, end), a name, by its head
// word, or for its part before "of", "for", "in" or "on".
func (c *candidates) classifyName(i, end int) {
	toks, w := c.t.Tokens, c.r.w
	if end-i == 2 && ordinal(toks[i]) && w.orgHeads.Has(toks[i+1].Text) {
		c.addOrg(i, end) // "the 2nd Brigade", "the 6th Fleet": a unit by its number
		return
	}
	if end-i == 1 && c.unknownVenueWord(i) {
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "met the President at Kadriorg."
		return
	}
	if end-i == 1 && c.acronymOwnsTitle(i) {
		c.addOrg(i, end) // "HNDGS Chief General X": the body of the title after it
		return
	}
	if end-i < 2 || c.capWords(i, end) < 2 {
		c.exerciseName(i, end)
		return
	}
	if c.nameAfterTitle(i, end) {
		return // "the Assistant Secretary General for Public Diplomacy, Jean-François Bureau": a person, as "Jean-François Bureau, NATO's Assistant Secretary General" is
	}
	if k := c.r.g.knownOrg(toks[i : end-1]); k != "" && c.r.w.tenureNouns.Has(toks[end-1].Text) {
		c.add(Mention{Kind: KOrg, Span: Span{i, end - 1}, Key: k, Prio: 1}) // "Poland's EU Presidency", "the OSCE Chairmanship": the EU, the OSCE
		return
	}
	if c.exerciseName(i, end) {
		return // "a cyber defence exercise “Cyber Coalition 2013”", "Cyber Coalition 2014, NATO's biggest-ever cyber defence exercise": no coalition
	}
	switch {
	case c.eventFirst(i, end):
	case c.r.w.docHeads.Has(toks[i].Text) && (toks[i+1].Norm == "on" || toks[i+1].Norm == "for") && !c.knownBodyOpens(i, end):
		c.docWithBody(i, end) // "Treaty on Conventional Armed Forces in Europe"
	case c.docHeadBeforeOn(i, end) && !c.knownBodyOpens(i, end):
		c.docWithBody(i, end) // "Joint Declaration on NATO-EU Cooperation"
	case c.headBeforeOf(i, end):
	case c.townHeadquarters(i, end):
	case c.orgInPlace(i, end):
	case c.bodyOfBody(i, end):
	case c.orgWithComplement(i, end):
	case c.delegationTo(i, end):
	case c.venueTo(i, end):
	case c.venueFirst(i, end):
	case c.byHead(i, end):
	case c.r.w.orgHeads.Value(c.t.Tokens[i].Text, 1) == "yes" && end-i >= 3 && !c.hasWord(i, end, "of") && c.t.Norm(end-2) != "and" && c.t.Norm(end-2) != "&":
		c.addOrg(i, end) // "Headquarters Multinational Division South-East"
	case c.orgWithSuffix(i, end):
	case c.heldAt(i) || c.unknownVenueAt(i, end):
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "held at the Hilton Norfolk The Main"
	default:
		// "EU White Paper for ...": the part before "for" is the name;
		// "the Royal Moroccan Armed Forces to NATO operations": before "to".
		for k := end - 1; k > i+1; k-- {
			if n := toks[k].Norm; n == "for" || n == "of" || n == "in" || n == "on" || n == "to" {
				c.classify(i, k)
				return
			}
		}
		c.exerciseName(i, end)
	}
}

// acronymOwnsTitle reports whether token i is an acronym no list knows,
// three capitals or more, right before a title's head that a rank or a
// name follows, perhaps after a comma: "HNDGS Chief General Mikhail
// Kostarakos", "NAPMA General Manager, Brigadier General X" (the body is
// the title's, as "NSPA Director" is); or after "the" in apposition to a
// name, before a title's head that closes it: "Colonel Klaus Nolte, the
// DARS director".
func (c *candidates) acronymOwnsTitle(i int) bool {
	tok := c.t.Tok(i)
	if !tok.IsUpper() || len(tok.Text) < 3 || !isLetters(tok.Text) || c.findCovering(i, func(m *Mention) bool { return true }) != nil {
		return false
	}
	r := c.findStarting(i+1, func(m *Mention) bool { return m.Kind == KRole })
	if r != nil && (c.t.Tok(r.Limit).IsCapWord() || c.t.Norm(r.Limit) == "," && c.t.Tok(r.Limit+1).IsCapWord()) && c.t.SameSentence(i, r.Limit) {
		return true
	}
	return c.t.Norm(i-1) == "the" && c.titleHeadAfter(i+1) && c.t.Norm(i-2) == "," && c.t.Tok(i-3).IsCapWord()
}

// titleHeadAfter reports whether a title's head (role-heads.tsv), in
// either case, perhaps after a possessive's apostrophe, stands at token
// k and closes an apposition or opens a title's "of": "Colonel X, the
// DARS director,", "Colonel X, the DARS’ Chief of Operations".
func (c *candidates) titleHeadAfter(k int) bool {
	if c.t.Possessive(k) {
		k++
	}
	if !c.r.w.roleHeads.Has(c.t.Norm(k)) {
		return false
	}
	switch c.t.Norm(k + 1) {
	case ",", ".", "of", ";", ")":
		return true
	}
	return k+1 >= len(c.t.Tokens)
}

// missionOfKnown adds, for a run [i, end) that is a known force or
// mission's name then a head of missions' names (mission-heads.tsv),
// perhaps after words joined by a hyphen ("NATO-led"), that force or
// mission, and reports whether it did: "the ISAF Mission" is the
// International Security Assistance Force, not a body of its own.
func (c *candidates) missionOfKnown(i, end int) bool {
	toks := c.t.Tokens
	if end-i < 2 || !toks[end-1].IsCap() || !c.r.w.missionHeads.Has(toks[end-1].Norm) {
		return false
	}
	key := c.r.g.knownOrg(toks[i : end-1])
	if key == "" && end-i > 4 && toks[i+1].Norm == "-" {
		key = c.r.g.knownOrg(toks[i+3 : end-1]) // "NATO-led" is the force's description
	}
	if name := strings.Fields(key); key == "" || !c.r.w.missionHeads.Has(strings.ToLower(name[len(name)-1])) {
		return false
	}
	c.add(Mention{Kind: KOrg, Span: Span{i, end}, Key: key, Prio: 3})
	return true
}

// nameOfBody returns where the body starts in the run [i, end) when the
// run opens with a given name and one or two more capitalised words, none
// a body's head, before "of": a person's name and the body they are of
// ("Donna Hopkins of the U.S. State Department"); else 0.
func (c *candidates) nameOfBody(i, end int) int {
	toks, w := c.t.Tokens, c.r.w
	if i+2 >= end || !w.given.Has(toks[i].Text) || toks[i].IsUpper() || w.groupNouns.Has(toks[i].Text) || w.determiners.Has(c.t.Norm(i-1)) {
		return 0 // "NATO Heads of State" (Nato is a given name), "The Marine Band of the Royal Netherlands Navy"
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		if toks[k].Norm == "of" {
			if k == i+1 {
				return 0
			}
			if j := c.t.PastThe(k + 1); j < end {
				return j
			}
			return 0
		}
		if !toks[k].IsCapWord() || w.orgHeads.Has(toks[k].Text) || w.placeHeads.Has(toks[k].Text) || w.eventHeads.Has(toks[k].Text) {
			return 0
		}
	}
	return 0
}

// titleWordBeforeOwner reports whether token i, inside the run [i, end),
// is a title's word before a head (role-modifiers.tsv: "Acting",
// "Deputy") that a country's name or demonym follows: the word is the
// title's, not the body's that the country owns ("Acting Australian
// Fleet Commander": the Australian Fleet).
func (c *candidates) titleWordBeforeOwner(i, end int) bool {
	if i+2 >= end || !c.t.Tok(i).IsCap() {
		return false
	}
	if kind := c.r.w.roleMods.Value(c.t.Tok(i).Text, 0); kind != "title" && kind != "status" && kind != "former" {
		return false
	}
	return c.findStarting(i+1, func(m *Mention) bool { return m.Kind == KDemonym || m.Kind == KPlace && c.r.g.Country(m.Key) != nil }) != nil
}

// joinedKnownBodies reports whether the run [i, end) is two bodies the
// gazetteer knows joined by a hyphen: "NATO-African Union".
func (c *candidates) joinedKnownBodies(i, end int) bool {
	for h := i + 1; h < end-1; h++ {
		if c.t.Norm(h) != "-" || c.t.Tok(h).SpaceBefore || c.t.Tok(h+1).SpaceBefore {
			continue
		}
		known := func(m *Mention) bool { return m.Kind == KOrg && !m.Weak && m.Key != "" }
		a := c.findStarting(i, func(m *Mention) bool { return known(m) && m.Limit == h })
		b := c.findStarting(h+1, func(m *Mention) bool { return known(m) && m.Limit == end })
		return a != nil && b != nil
	}
	return false
}

// knownAfterAnd returns where "and" or "&" stands in the run [i, end)
// before a known body's name that ends the run, the part before it
// holding a word of its own: the run is two names ("the Department of
// Journalism and KFOR"); else -1.
func (c *candidates) knownAfterAnd(i, end int) int {
	for k := i + 1; k+1 < end; k++ {
		if n := c.t.Norm(k); n != "and" && n != "&" {
			continue
		}
		if c.r.g.knownOrg(c.t.Tokens[k+1:end]) != "" {
			if c.r.g.knownOrg(c.t.Tokens[i:end]) != "" {
				return -1 // one name the gazetteer knows whole, "and" and all
			}
			return k
		}
	}
	return -1
}

// modifiedKnown reports whether the run [i, end) is a known body's name
// after capitalised present participles that take it as their object
// ("Safeguarding Alliance security"): no body of its own. A participle
// in -ed may open a body's own name ("Enhanced NATO Response Force").
func (c *candidates) modifiedKnown(i, end int) bool {
	if i >= end || !strings.HasSuffix(c.t.Tokens[i].Norm, "ing") {
		return false // most runs: no participle opens them, no look-up
	}
	for k := i + 1; k < end; k++ {
		if c.r.g.knownOrg(c.t.Tokens[k:end]) == "" {
			continue
		}
		for j := i; j < k; j++ {
			n := c.t.Tokens[j].Norm
			if !strings.HasSuffix(n, "ing") {
				return false
			}
		}
		return c.r.g.knownOrg(c.t.Tokens[i:end]) == ""
	}
	return false
}

// forcesInGeneral reports whether the run [i, end) is words of
// force-qualifiers.tsv alone before a plural of force-nouns.tsv, with no
// name after it: forces in general, "Allied Air Forces", "Special
// Operations Forces", not a body ("Allied Air Forces Central Europe" goes
// on past the run's end, "U.S. Air Forces in Europe" holds a country,
// "the Commander of the Naval Forces" names one country's).
func (c *candidates) forcesInGeneral(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	last := toks[end-1]
	if end-i < 2 || !strings.HasSuffix(last.Norm, "s") || !w.forceNouns.Has(last.Norm) || c.t.Norm(end) == "in" || c.t.Norm(end) == "(" || c.t.Norm(i-1) == "the" {
		return false
	}
	for k := i; k < end-1; k++ {
		if !w.forceQualifiers.HasAsWritten(toks[k].Text) {
			return false
		}
	}
	return true
}

// pluralRole reports whether the group noun at k and the rest of the run
// up to end are a known title in the plural: "Chiefs of Defence Staff".
func (c *candidates) pluralRole(k, end int) bool {
	one, ok := strings.CutSuffix(c.t.Tokens[k].Text, "s")
	if !ok || end-k < 3 {
		return false
	}
	return c.r.g.knownRole(tokenizeForm(one+" "+c.t.Surface(k+1, end))) != ""
}

// groupsBody reports whether the run [i, end), where a group noun stands
// at k after a word of the name, ends in a body's head with no "the"
// nor "and" between: a body named after the group it gathers ("Joint
// Chiefs of Staff Committee"), not the group ("Foreign Ministers of the
// Alliance", "NATO Heads of State and Government").
func (c *candidates) groupsBody(i, k, end int) bool {
	return k > i && c.r.w.orgHeads.Has(c.t.Tokens[end-1].Text) && c.t.Tokens[end-1].IsCap() && !c.hasWord(i, end, "the") && !c.hasWord(i, end, "and")
}

// countedSession reports whether a run [i, end) is an ordinal before a
// known body's name, before a noun for an event in lower case: the
// ordinal counts the body's sessions and is no part of its name ("the
// 182nd Military Committee session").
func (c *candidates) countedSession(i, end int) bool {
	toks := c.t.Tokens
	if end-i < 2 || end >= len(toks) || !ordinal(toks[i]) || toks[end].IsCap() || c.r.g.knownOrg(toks[i+1:end]) == "" {
		return false
	}
	for _, e := range c.r.w.eventWords.Entries(toks[end].Norm) {
		if e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// knownBodyOpens reports whether a known body's name opens a run [i,
// end) that a body's head ends: "Partnership for Peace Trust Fund" is a
// fund, no document.
func (c *candidates) knownBodyOpens(i, end int) bool {
	if !c.r.w.orgHeads.Has(c.t.Tokens[end-1].Text) {
		return false
	}
	return c.find(func(m *Mention) bool {
		return m.Kind == KOrg && m.First == i && m.Limit < end && !m.Weak && c.r.g.Orgs[m.Key] != nil
	}) != nil
}

// knownThenService returns where a country's armed service
// (national-bodies.tsv, after a demonym) starts in the run [i, end) that
// a known body's name opens: "SNMCMG2 Italian Navy" is the group and the
// Italian Navy, read apart. Else i.
func (c *candidates) knownThenService(i, end int) int {
	if !c.serviceEndsAt(i, end) {
		return i
	}
	m := c.find(func(m *Mention) bool {
		return m.Kind == KOrg && m.First == i && m.Limit < end-1 && !m.Weak && c.r.g.Orgs[m.Key] != nil
	})
	if m == nil || c.find(func(d *Mention) bool { return d.Kind == KDemonym && d.First == m.Limit }) == nil {
		return i
	}
	return m.Limit
}

// milestone reports whether the run [i, end) opens with a stage a body
// reaches (milestones.tsv: "Initial Operational Capability"), which names
// no body, and returns where the body after its "of" starts, or end.
func (c *candidates) milestone(i, end int) (int, bool) {
	_, n := c.r.w.milestones.MatchAt(c.t.Tokens, i)
	if n == 0 || i+n > end {
		return 0, false
	}
	if k := i + n; k < end && c.t.Norm(k) == "of" {
		return c.t.PastThe(k + 1), true
	}
	return end, true
}

// serviceEndsAt reports whether a country's armed service or another
// body every state has (national-bodies.tsv: "Navy", "Air Force") ends
// the tokens [i, end).
func (c *candidates) serviceEndsAt(i, end int) bool {
	for n := 1; n <= 3 && end-n >= i; n++ {
		if _, k := c.r.w.nationalBodies.MatchAt(c.t.Tokens, end-n); k == n {
			return true
		}
	}
	return false
}

// serviceThenEquipment returns where a country's armed service ends in
// the run [i, end) that a demonym opens and that no body's head ends:
// "Hellenic Air Force F-16", "Italian Air Force Eurofighter Typhoons"
// are the service's aircraft, "the Croatian Armed Forces Best Soldier
// Competition" its event; not "the Italian Armed Forces Training Area"
// nor "the Italian Air Force Base Gioia Del Colle", venues. Else i.
func (c *candidates) serviceThenEquipment(i, end int) int {
	w := c.r.w
	if w.orgHeads.Has(c.t.Tokens[end-1].Text) || c.find(func(d *Mention) bool { return d.Kind == KDemonym && d.First == i }) == nil {
		return i
	}
	for k := i + 2; k < end; k++ {
		if !c.serviceEndsAt(i+1, k) {
			continue
		}
		for j := k; j < end; j++ {
			if x := c.t.Tokens[j].Text; w.placeHeads.Has(x) || w.orgHeads.Has(x) {
				return i // a venue or a body named after the service
			}
		}
		return k
	}
	return i
}

// demonymOfNumberedUnit reports whether the run [i, end) opens with a
// one-word demonym before an ordinal: a unit named by its number, of
// that country ("the Dutch 13th Motorized Brigade"); not "the Afghan
// National Army 207th Corps".
func (c *candidates) demonymOfNumberedUnit(i, end int) bool {
	if end-i < 3 || c.find(func(m *Mention) bool { return m.Kind == KDemonym && m.First == i && m.Limit == i+1 }) == nil {
		return false
	}
	return ordinal(c.t.Tok(i + 1))
}

// openingWord reports whether token i is a preposition or a small
// joining word, no particle of a person's name ("De Hoop Scheffer"), that
// opens its sentence, or its clause after a dateline's dash or a colon,
// with a capital and so no name: "At KFOR Headquarters, ...", "For the
// Alliance, ...", "NAPLES, Italy – As U.S. Navy Admiral X said".
func (c *candidates) openingWord(i int) bool {
	n := c.t.Norm(i)
	return (c.r.w.placePreps.Has(n) || c.r.w.connectors.Has(n) && !c.r.w.particles.Has(n) || c.r.w.subordinators.Has(n)) && c.t.Tok(i).IsCap() && (c.t.SentenceOf(i).First == i || isDash(c.t.Norm(i-1)) || c.t.Norm(i-1) == ":")
}

// lowerInName reports whether the lower-case word at k may be a word of
// a long form that ends before the bracket at i: a name in a language
// that writes only its first word with a capital ("Institut des hautes
// études de défense nationale (IHEDN)"), whose words are all lower case
// from k on.
func (c *candidates) lowerInName(k, i int) bool {
	for j := k; j < i; j++ {
		if t := c.t.Tokens[j]; !t.IsWord() || t.IsCap() {
			return false
		}
	}
	return k > 0 && c.t.Tokens[k-1].IsWord()
}

// headBeforeDash reports whether a body's head ends the part of a long
// form [first, i) before a spaced dash, the rest naming its area:
// "Maritime Security Centre – Horn of Africa (MSCHOA)".
func (c *candidates) headBeforeDash(first, i int) bool {
	for k := first + 1; k < i; k++ {
		if c.t.Norm(k) == "-" && c.t.Tokens[k].SpaceBefore && c.r.w.orgHeads.Has(c.t.Tokens[k-1].Text) {
			return true
		}
	}
	return false
}

// nameEnds reports whether a person's name of a given name and one more
// word ends a capitalised run at end: "Ministry of Defence Tomas Berzin".
func (c *candidates) nameEnds(end int) bool {
	toks, w := c.t.Tokens, c.r.w
	first, last := toks[end-2], toks[end-1]
	heads := func(x string) bool {
		return w.orgHeads.Has(x) || w.placeHeads.Has(x) || w.eventHeads.Has(x) || w.docHeads.Has(x) || w.roleHeads.Has(x) || w.roleMods.Has(x)
	}
	return w.given.Has(first.Text) && last.IsCapWord() && !heads(first.Text) && !heads(last.Text) && !c.rankedNameAt(end-2) &&
		c.find(func(m *Mention) bool { return m.Kind == KOrg && m.First <= end-2 && m.Limit >= end-1 }) == nil // "the NATO PA" is no "Nato"'s name
}

// givenPairAt returns where two given names in a row (given-names.tsv),
// perhaps joined by a hyphen, neither a head of names nor a title's
// word, open a person's name inside
// the run [i, end) past its first word, or -1.
func (c *candidates) givenPairAt(i, end int) int {
	toks, w := c.t.Tokens, c.r.w
	plain := func(k int) bool {
		x := toks[k].Text
		return w.given.Has(x) && !toks[k].IsUpper() && !w.orgHeads.Has(x) && !w.placeHeads.Has(x) && !w.eventHeads.Has(x) && !w.roleHeads.Has(x) && !w.roleMods.Has(x)
	}
	for k := i + 1; k+2 < end; k++ {
		if plain(k) && plain(k+1) && toks[k+2].IsCapWord() && !c.rankedNameAt(k) {
			return k
		}
		if k+3 < end && plain(k) && c.t.Norm(k+1) == "-" && !toks[k+1].SpaceBefore && !toks[k+2].SpaceBefore && plain(k+2) && toks[k+3].IsCapWord() && !c.rankedNameAt(k) {
			return k // a given name of two joined by a hyphen: "Public Diplomacy Jean-François Bureau"
		}
	}
	return -1
}

// titleField reports whether a run at i is a title's field: it follows
// "for" after a role ("Chief of Staff for").
func (c *candidates) titleField(i int) bool {
	return c.t.Norm(i-1) == "for" && c.find(func(m *Mention) bool { return m.Kind == KRole && m.Limit == i-1 }) != nil
}

// fieldBeforeBody reports whether a run at i, after a role and "of",
// is the title's field up to "of the" and then its body (j is where the
// body starts): "Deputy Chief of Joint Operations of the Swedish Armed
// Forces". The field's words are no heads of bodies, places, events or
// documents ("Commander of the Aegean Army of the Turkish Land Forces"
// names two bodies).
func (c *candidates) fieldBeforeBody(i, j int) bool {
	toks, w := c.t.Tokens, c.r.w
	if c.t.Norm(i-1) != "of" || c.t.Norm(j-1) != "the" || c.find(func(m *Mention) bool { return m.Kind == KRole && m.Limit == i-1 }) == nil {
		return false
	}
	for k := i; k < j-2; k++ {
		if x := toks[k].Text; w.orgHeads.Has(x) || w.placeHeads.Has(x) || w.eventHeads.Has(x) || w.docHeads.Has(x) || w.groupNouns.Has(x) {
			return false
		}
	}
	return true
}

// afterOf returns where the name after the first "of [the]" of [k, end)
// starts, or end.
func (c *candidates) afterOf(k, end int) int {
	for ; k < end; k++ {
		if c.t.Norm(k) == "of" {
			if c.t.Norm(k+1) == "the" {
				return k + 2
			}
			return k + 1
		}
	}
	return end
}

// capWords counts the capitalised words of [i, end).
func (c *candidates) capWords(i, end int) int {
	n := 0
	for k := i; k < end; k++ {
		if c.t.Tokens[k].IsCap() {
			n++
		}
	}
	return n
}

// eventFirst reads a run that a word such as "Exercise" or "Operation"
// opens: "Exercise Noble Jump", "Operation Ocean Shield".
func (c *candidates) eventFirst(i, end int) bool {
	if !c.r.w.opensEvent(c.t.Tokens[i].Text) || !c.t.Tokens[i].IsCap() {
		return false
	}
	// The name ends before "in PLACE": "Exercise Noble Jump in Poland".
	for k := i + 2; k < end; k++ {
		if c.t.Norm(k) == "in" {
			end = k
			break
		}
	}
	c.add(Mention{Kind: KEvent, Span: Span{i, c.withNumber(end)}})
	return true
}

// exerciseName reads the name of an exercise or an operation that a
// lower-case "exercise" or "operation" introduces ("the exercise
// Steadfast Jazz", "during exercise Dynamic Mongoose", "warfare exercise,
// Dynamic Mongoose") or that an apposition follows ("Locked Shields
// 2024, the world's largest live-fire cyber defence exercise"), and
// reports whether it did: a known body's name is none.
func (c *candidates) exerciseName(i, end int) bool {
	before := c.headBefore(i)
	opens := before || (c.namedAfter(c.withNumber(end)) || c.headAfter(c.withNumber(end))) && !c.coveredBy(i, KPlace, KOrg, KDemonym)
	if !opens || c.r.g.knownOrg(c.t.Tokens[i:end]) != "" {
		return false
	}
	if k := c.wordIn(i+2, end, "in"); k >= 0 && before {
		c.classify(k+1, end) // "exercise Eager Leopard in Pabrade": the place is no word of the code
		end = k
	}
	if c.pluralHead(i - 1) {
		for k := i + 1; k < end; k++ {
			if c.t.Norm(k) == "and" {
				c.add(Mention{Kind: KEvent, Span: Span{i, k}}) // "exercises Minex and Flotex": two exercises
				i = k + 1
			}
		}
	}
	c.add(Mention{Kind: KEvent, Span: Span{i, c.withNumber(end)}})
	return true
}

// headAfter reports whether the lower-case head of an exercise's or
// another event's name (one that opens names: "exercise") follows at
// token k, after the name and its year: "the Cyber Coalition 2015
// exercise", "part of the Cyber Coalition exercise".
func (c *candidates) headAfter(k int) bool {
	return k < len(c.t.Tokens) && !c.t.Tok(k).IsCap() && c.r.w.opensEvent(c.t.Norm(k)) && c.t.SameSentence(k-1, k)
}

// headBefore reports whether a lower-case event head that opens a name
// stands before token i, perhaps past a comma or an opening quotation
// mark: "exercise, Dynamic Mongoose", "exercise “Cyber Coalition 2013”";
// or past a comma and a determiner's phrase of time ("its first command
// post exercise this year, Allied Action 05"); or, in either case, past
// a word of naming-words.tsv ("The Exercise, called Noble Jump").
func (c *candidates) headBefore(i int) bool {
	before := i - 1
	if c.r.w.namingWords.Has(c.t.Norm(before)) {
		before-- // "The Exercise, called Noble Jump,": the head, whatever its case, names the kind
		if c.t.Norm(before) == "," {
			before--
		}
		return c.firstHead(before) && c.t.SameSentence(before, i)
	}
	if n := c.t.Norm(before); n == "," || n == "\"" || c.t.ApartDash(before) {
		before-- // "anti-submarine warfare exercise, Dynamic Mongoose", "cyber defence exercise – Cyber Coalition"
		if c.t.Norm(before+1) == "," && c.timeAfterHead(before) {
			before -= 2
		}
	}
	return c.firstHead(before) && !c.t.Tok(before).IsCap() && c.t.SameSentence(before, i) // not a title's last word before the dateline's town
}

// timeAfterHead reports whether token k ends a determiner and a word in
// lower case after an event head: "exercise this year".
func (c *candidates) timeAfterHead(k int) bool {
	w := c.t.Tok(k)
	return w.IsWord() && !w.IsCap() && c.r.w.determiners.Value(c.t.Norm(k-1), 0) == "article" && c.firstHead(k-2)
}

// firstHead reports whether token i is an event head that opens a name
// ("exercise", "operation").
func (c *candidates) firstHead(i int) bool {
	n := c.t.Norm(i)
	return c.r.w.opensEvent(n) || c.pluralHead(i)
}

// pluralHead reports whether token i is the plural of an event head that
// opens a name ("exercises Minex and Flotex").
func (c *candidates) pluralHead(i int) bool {
	one, ok := strings.CutSuffix(c.t.Norm(i), "s")
	return ok && c.r.w.opensEvent(one)
}

// namedAfter reports whether an apposition at token k says that the name
// before it is an exercise's or an operation's: ", the world's largest
// cyber defence exercise".
func (c *candidates) namedAfter(k int) bool {
	if c.t.Norm(k) != "," {
		return false
	}
	for j := k + 1; j < len(c.t.Tokens) && j <= k+12 && c.t.SameSentence(k, j); j++ {
		tok := c.t.Tokens[j]
		if c.firstHead(j) && !tok.IsCap() {
			return j > k+1
		}
		if tok.Norm == "," || tok.IsCapWord() && !c.coveredBy(j, KOrg, KPlace, KDemonym) && j > k+1 || c.r.w.modals.Has(tok.Norm) || c.r.w.auxiliaries.Has(tok.Norm) {
			return false // "Commander Joint Command Lisbon, will conduct the exercise": a clause, no apposition
		}
	}
	return false
}

// repeat marks as an event every other stretch of the text that reads as
// tokens [first, limit) do; at lists where each token's text stands, and
// events where an event's candidate starts.
func (c *candidates) repeat(at map[string][]int, events map[int]bool, first, limit int) {
	n, surface := limit-first, c.t.Surface(first, limit)
	for _, i := range at[c.t.Tokens[first].Text] {
		if i != first && i+n <= len(c.t.Tokens) && !events[i] && c.t.Surface(i, i+n) == surface && c.t.SameSentence(i, i+n-1) && !c.insideEvent(i, i+n) {
			c.add(Mention{Kind: KEvent, Span: Span{i, i + n}})
			events[i] = true
		}
	}
}

// insideEvent reports whether tokens [i, j) stand inside a longer name
// of an event: "the NATO Regional Cooperation Course" told again inside
// "the Graduation Ceremony for the 28th NATO Regional Cooperation Course"
// is a word of the ceremony's name, not the course named again.
func (c *candidates) insideEvent(i, j int) bool {
	return c.find(func(m *Mention) bool {
		return m.Kind == KEvent && m.First <= i && m.Limit >= j && m.Len() > j-i
	}) != nil
}

// withNumber extends a name over the number that follows it ("Noble
// Midas 07", "Trident Juncture 2018").
func (c *candidates) withNumber(end int) int {
	if t := c.t.Tok(end); t.IsNumber() && c.t.SameSentence(end-1, end) && t.SpaceBefore && len(t.Text) <= 4 {
		return end + 1
	}
	return end
}

// repeatEvents marks every other place the text uses an exercise's or an
// operation's name as that event: "Noble Midas 07: NATO and Partner
// forces exercise" after "the maritime exercise Noble Midas 07".
func (c *candidates) repeatEvents() {
	toks := c.t.Tokens
	events := map[int]bool{}
	for _, m := range c.out {
		if m.Kind == KEvent {
			events[m.First] = true
		}
	}
	if len(events) == 0 {
		return
	}
	at := map[string][]int{} // a token's text -> where it stands
	for i, t := range toks {
		at[t.Text] = append(at[t.Text], i)
	}
	done := map[string]bool{}
	n := len(c.out)
	for k := 0; k < n; k++ {
		m := c.out[k]
		if m.Kind != KEvent || done[m.Surface] {
			continue
		}
		done[m.Surface] = true
		c.repeat(at, events, m.First, m.Limit)
		if m.Len() > 2 && toks[m.Limit-1].IsNumber() {
			c.repeat(at, events, m.First, m.Limit-1) // "Dynamic Manta 2020", then "Dynamic Manta"
		}
		// "Exercise Noble Jump", then "Noble Jump".
		if c.firstHead(m.First) && toks[m.First].IsCap() && m.Len() > 2 {
			c.repeat(at, events, m.First+1, m.Limit)
		}
	}
}

// docWithBody reads a document or an award named by its head first,
// and the body after its last "of the" that names one: "Medal of Honour
// of the Ministry of Defence".
func (c *candidates) docWithBody(i, end int) {
	for k := end - 2; k > i+1; k-- {
		if c.t.Norm(k) == "of" && c.t.Norm(k+1) == "the" {
			c.add(Mention{Kind: KDoc, Span: Span{i, k}})
			c.classify(k+2, end)
			return
		}
	}
	c.add(Mention{Kind: KDoc, Span: Span{i, end}})
}

// docHeadBeforeOn reports whether a run's first "on" or "for" follows a
// document's head: "Joint Declaration on NATO-EU Cooperation", "Joint
// Statement for Peace".
func (c *candidates) docHeadBeforeOn(i, end int) bool {
	for k := i + 1; k < end-1; k++ {
		if n := c.t.Norm(k); n == "on" || n == "for" {
			return c.r.w.docHeads.Has(c.t.Tokens[k-1].Text)
		}
		if c.t.Norm(k) == "of" {
			return false
		}
	}
	return false
}

// orgWithComplement reads an organisation whose head is followed by "of",
// "for" or "on" and more of its name: "Armed Forces of Montenegro",
// "Zagreb Centre for Media Literacy", "Committee on Democracy and Security".
func (c *candidates) orgWithComplement(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	head := toks[end-1].Text
	if w.eventHeads.Has(head) || w.docHeads.Has(head) && !c.fieldOfBody(i, end) {
		return false // "Institute for Security Policy": a policy that is the body's field
	}
	for k := i + 1; k+1 < end; k++ {
		if !w.orgHeads.Has(toks[k].Text) || !toks[k].IsCap() {
			continue
		}
		if n := toks[k+1].Norm; n == "of" || n == "for" || n == "on" {
			j := c.t.PastThe(k + 2)
			if n == "of" && j < end && c.r.g.knownOrg(toks[j:end]) != "" {
				c.addOrg(i, k+1) // "National Defence Committee of the Riigikogu": two bodies
				return true
			}
			if n == "on" && c.venueOn(k+2, end) {
				c.addOrg(i, k+1) // "the Senate Foreign Relations Committee on Capitol Hill": where it sits
				return true
			}
			if c.knownBodyThenField(i, k+1, end) {
				c.addOrg(i, k+1) // "High Representative of the European Union for Foreign Affairs": the title's field
				return true
			}
			c.addOrg(i, end)
			return true
		}
	}
	// "Ministry of Defence", "Office of the Prime Minister", "Institute
	// for Security Policy": a head first.
	if e, ok := w.orgHeads.Lookup(toks[i].Text); ok && e.Value(0) == "yes" && (c.hasWord(i, end, "of") || c.hasWord(i, end, "for") || c.hasWord(i, end, "on")) {
		c.addOrg(i, end)
		return true
	}
	return false
}

// headThenCompass reports whether the run [i, end) is a body's head then
// a compass word (compass.tsv), apart or joined by a hyphen: "Regional
// Command South", "Regional Command-South".
func (c *candidates) headThenCompass(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	h := end - 2
	if end-i >= 3 && toks[h].Norm == "-" && !toks[h].SpaceBefore && !toks[end-1].SpaceBefore {
		h-- // "Command-South"
	}
	return h > i-1 && end-i >= 2 && w.orgHeads.Has(toks[h].Text) && w.compass.Has(toks[end-1].Norm)
}

// compassPair reports whether the run [i, end) is a body's head then two
// compass words joined by a hyphen (compass.tsv): "Multinational Brigade
// South-East", like "Regional Command South".
func (c *candidates) compassPair(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	return end-i >= 4 && toks[end-2].Norm == "-" && w.orgHeads.Has(toks[end-4].Text) && w.compass.Has(toks[end-3].Norm) && w.compass.Has(toks[end-1].Norm)
}

// venueOn reports whether tokens [j, end), after a body's head and "on",
// are a venue or a city the gazetteer knows, and nothing more: "Committee
// on Capitol Hill" is where the body sits, not its field ("Committee on
// Democracy and Security"; a country or a region there is a field).
func (c *candidates) venueOn(j, end int) bool {
	e, n := c.r.g.placeAt(c.t.Tokens, j, nil)
	if e == nil || j+n != end {
		return false
	}
	p := c.r.g.Places[e.key]
	return p != nil && (p.Kind == natokg.Venue || p.Kind == natokg.City)
}

// knownBodyThenField reports whether the run [i, end) is a body the
// gazetteer knows whole, [i, k), then "for" and a field, where the whole
// run is no name it knows: the field belongs to a title before the body
// ("High Representative of the European Union for Foreign Affairs and
// Security Policy").
func (c *candidates) knownBodyThenField(i, k, end int) bool {
	toks := c.t.Tokens
	return c.t.Norm(k) == "for" && c.r.g.knownOrg(toks[i:k]) != "" && c.r.g.knownOrg(toks[i:end]) == ""
}

// bodyOfBody reads a run "X of [the] Y" whose last part Y is a body's
// name by its own head, capitalised words only: a body X with a name of
// its own that is part of Y is two bodies ("the Aegean Army of the
// Turkish Land Forces", "the Wheeler Institute for Business and
// Development of London Business School"); words with no body's head
// after a title are the title's field, and Y alone is a body ("Deputy
// Chief of Joint Operations of the Swedish Armed Forces"). A Y that ends
// in a place's name ("of the University of Belgrade") is left to the
// other readings, as is a name the gazetteer knows whole.
func (c *candidates) bodyOfBody(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	o := end - 1
	for o > i && toks[o].Norm != "of" {
		o--
	}
	j := c.t.PastThe(o + 1)
	if o <= i || end-j < 2 || c.quotedAt(end) > end || c.capWords(j, end) != end-j || !w.orgHeads.Has(toks[end-1].Text) || c.placeSpan(j, end) || c.r.g.knownOrg(toks[i:end]) != "" {
		return false
	}
	if c.hasOrgHead(i, o) && c.unnamedBody(o+1, j, end) {
		c.addOrg(i, end) // "the War College of the Armed Forces": one body
		return true
	}
	switch {
	case c.hasOrgHead(i, o) && c.capWords(i, o) >= 2:
		c.addOrg(i, o)
	case c.hasOrgHead(i, o) || !c.fieldOfTitle(i):
		return false
	}
	c.classify(j, end)
	return true
}

// unnamedBody reports whether the part [j, end) after "of the" at o, or
// after a bare "of" (j == o), names a body of no one in particular: two
// words with no country, no demonym and no name the gazetteer knows ("the
// Armed Forces", "the Military University of Land Forces"), so that the
// body before "of" is named with it.
func (c *candidates) unnamedBody(o, j, end int) bool {
	if !(j == o || j == o+1 && c.t.Norm(o) == "the") || end-j != 2 || c.r.g.knownOrg(c.t.Tokens[j:end]) != "" {
		return false
	}
	for k := j; k < end; k++ {
		if c.coveredBy(k, KPlace, KDemonym, KOrg) {
			return false
		}
	}
	return true
}

// placeSpan reports whether a place candidate spans exactly [i, end):
// "the Russian Federation".
func (c *candidates) placeSpan(i, end int) bool {
	return c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First == i && m.Limit == end }) != nil
}

// fieldOfTitle reports whether a run at i follows "of" after a role:
// "Chief of Joint Operations".
func (c *candidates) fieldOfTitle(i int) bool {
	return c.t.Norm(i-1) == "of" && c.find(func(m *Mention) bool { return m.Kind == KRole && m.Limit == i-1 }) != nil
}

// delegationTo reads a body whose head goes on with "to" and the body or
// country it is accredited to, in the run that capRun joins: "the Polish
// Delegation to NATO", "the Danish Delegation to the NATO PA".
func (c *candidates) delegationTo(i, end int) bool {
	for k := i + 1; k+1 < end; k++ {
		if c.t.Norm(k) == "to" && c.r.w.orgHeads.Value(c.t.Tokens[k-1].Text, 2) == "yes" && !c.forceHead(k-1) {
			c.addOrg(c.countryBefore(i), end) // but "the contribution of the Royal Moroccan Armed Forces to NATO operations"
			return true
		}
	}
	return false
}

// countryBefore returns where a country's name that opens a body's name
// at i starts, with its possessive ("the U.S. Mission to NATO", "Norway's
// Delegation to the NATO Parliamentary Assembly"), or i.
func (c *candidates) countryBefore(i int) int {
	limit := i
	if n := c.t.Norm(i - 1); (n == "'s" || n == "’s") && !c.t.Tok(i-1).SpaceBefore {
		limit = i - 1
	}
	if m := c.find(func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.Limit == limit && !m.Weak && p != nil && p.Kind == natokg.Country
	}); m != nil {
		return m.First
	}
	return i
}

// fieldOfBody reports whether a run opens with a body's name whose head
// takes a field after "for", "on" or "of": "Institute for Security
// Policy", "Hellenic Foundation for European and Foreign Policy", "Riga
// Graduate School of Law".
func (c *candidates) fieldOfBody(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	for k := i; k+1 < end; k++ {
		if n := toks[k+1].Norm; (n == "for" || n == "on" || n == "of") && toks[k].IsCap() && w.orgHeads.Value(toks[k].Text, 0) == "yes" {
			return true
		}
	}
	return false
}

// headBeforeOf reads a run whose part before "of" is an event, a
// document or a place by its head: "Spring Session of the NATO
// Parliamentary Assembly", "Statement of the NATO-Ukraine Commission",
// "Public Square of NATO Headquarters". The body after "of" is matched on
// its own.
func (c *candidates) headBeforeOf(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	k := i + 1
	for k < end && toks[k].Norm != "of" {
		k++
	}
	if k >= end || w.orgHeads.Has(toks[k-1].Text) {
		return false
	}
	named := w.groupNouns.Has(toks[i].Text) && w.eventHeads.Has(toks[end-1].Text) // "Chiefs of Transformation Conference"
	if k-i == 1 && !named && !w.eventHeads.Has(toks[i].Text) && !w.docHeads.Has(toks[i].Text) && !c.placeHead(toks[i].Text, "head") && !w.roleHeads.Has(toks[i].Text) {
		// "Opening of the Military Committee": a word that heads nothing
		// is no part of the body's name.
		j := c.t.PastThe(k + 1)
		if j < end {
			c.classify(j, end)
		}
		return true
	}
	if j := c.t.PastThe(k + 1); k-i == 1 && c.venueHead(toks[i].Text) && c.coveredBy(j, KPlace, KOrg) && !c.countryAt(j) {
		c.classify(j, end) // "the Agora of NATO Headquarters": a part of a place the text names; but "the Palace of Serbia"
		return true
	}
	if k-i == 1 && c.venueHead(toks[i].Text) && c.placeStrong(toks[i].Text) && !w.orgHeads.Has(toks[i].Text) {
		for j := k + 1; j < end; j++ {
			if toks[j].Norm == "in" && c.coveredBy(j+1, KPlace) {
				end = j // "the Palace of Culture in Sofia": the city is no part of the name
			}
		}
		end = c.venueOnVenue(k+1, end)
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "Palace of Culture"
		return true
	}
	if k-i == 1 && w.eventHeads.Has(toks[i].Text) {
		// "Meeting of the NATO-Ukraine Commission": an event, and the body
		// that holds it; "in Tallinn" after the body is its place, no part
		// of its name.
		c.add(Mention{Kind: KEvent, Span: Span{i, c.endBeforeIn(k, end)}})
		if j := c.t.PastThe(k + 1); j < end {
			c.classify(j, end)
		}
		return true
	}
	if k-i == 1 && w.docHeads.Has(toks[i].Text) {
		c.docWithBody(i, end) // "Medal of Honour of the Ministry of Defence"
		return true
	}

	if k-i < 2 {
		return false
	}
	head := toks[k-1].Text
	switch {
	case w.eventHeads.Has(head):
		c.add(Mention{Kind: KEvent, Span: Span{i, c.endBeforeIn(k, end)}}) // an event's name may name its body
		if j := c.t.PastThe(k + 1); j < end && w.orgHeads.Has(toks[end-1].Text) && !w.eventHeads.Has(toks[end-1].Text) {
			c.classify(j, end) // "Inauguration Ceremony of the NATO-Georgia Joint Training Centre": the body, named whole
		}
	case w.docHeads.Has(head) || c.placeHead(head, "head"):
		c.classify(i, k)
	default:
		return false
	}
	return true
}

// orgInPlace reads a name that ends "in PLACE" after a head whose names
// go on so ("NATO Training Mission in Iraq"), or "in" and the words of a
// field ("the Nordic Centre for Gender in Military Operations"); after
// another head, the place is not part of the name ("the Centre of
// Excellence in Vilnius").
func (c *candidates) orgInPlace(i, end int) bool {
	toks := c.t.Tokens
	for k := end - 2; k > i; k-- {
		if toks[k].Norm != "in" {
			continue
		}
		if c.seatNamed(i, k, end) {
			return true
		}
		if end-k > 2 && c.fieldsOnly(k+1, end) && c.r.g.knownOrg(toks[i:k]) == "" {
			c.addOrg(i, end) // "the Nordic Centre for Gender in Military Operations": its field of two words or more, no place; not "Chairpersonship in Office"
			return true
		}
		if c.r.w.orgHeads.Value(toks[k-1].Text, 2) == "yes" && c.r.g.knownOrg(toks[i:k]) == "" && !c.seatlessInTown(k-1) {
			c.addOrg(i, end)
		} else {
			c.classify(i, k)
		}
		return true
	}
	return false
}

// townHeadquarters reads the run [i, end), a town's name and
// "Headquarters" (seat-nouns.tsv) or "HQ" alone, as that town, and
// reports whether it did: "the Solbiate Olona Headquarters", "the
// Novorossiysk Headquarters of the Black Sea Fleet" say where a body
// sits, not the name of a body of their own.
func (c *candidates) townHeadquarters(i, end int) bool {
	k := i + 1
	for k < end && c.t.Norm(k) != "of" {
		k++
	}
	last := c.t.Tokens[k-1]
	if k-i < 2 || !(last.Text == "HQ" || last.IsCap() && c.r.w.seatNouns.Has(last.Norm)) {
		return false
	}
	m := c.findStarting(i, func(m *Mention) bool { return m.Kind == KPlace && m.Limit == k-1 })
	if m == nil {
		return false
	}
	if pe := c.r.g.Places[m.Key]; pe == nil || pe.Kind != natokg.City {
		return false
	}
	c.add(Mention{Kind: KPlace, Span: Span{i, k}, Key: m.Key, Prio: m.Prio})
	if j := c.t.PastThe(k + 1); j < end {
		c.classify(j, end) // "of the Black Sea Fleet": the body that sits there
	}
	return true
}

// seatlessInTown reports whether the head at token h names bodies with
// no seat (orgHeads' third column: a force, a mission) and a town follows
// its "in": a force is named after its theatre ("US Air Forces in
// Europe"), not after a town it is in ("the Omani Air Force in Muscat").
func (c *candidates) seatlessInTown(h int) bool {
	if c.r.w.orgHeads.Value(c.t.Tokens[h].Text, 1) != "no" {
		return false
	}
	return c.find(func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.First == h+2 && p != nil && p.Kind == natokg.City
	}) != nil
}

// seatNamed reads "BODY in TOWN" as the body the gazetteer names "BODY
// TOWN", a body known by its seat: "the Allied Joint Force Command in
// Naples" is Joint Force Command Naples, the town after "in" a place of
// its own, as after any body. Not after a head whose names go on with
// "in PLACE" (orgHeads' fourth column): "the NATO Military Liaison Office
// in Belgrade" is named so in full (seatNamedAlias gives its short form).
// The span [i, k) is the body's words, k the "in".
func (c *candidates) seatNamed(i, k, end int) bool {
	toks := c.t.Tokens
	for i < k && c.r.w.determiners.Has(toks[i].Norm) {
		i++ // "The Allied Joint Force Command in Naples"
	}
	if k-i < 2 || end-k < 2 || !c.r.w.orgHeads.Has(toks[k-1].Text) || c.r.w.orgHeads.Value(toks[k-1].Text, 2) == "yes" || c.r.g.knownOrg(toks[i:end]) != "" {
		return false
	}
	key := c.r.g.knownOrgJoined(toks[i:k], toks[k+1:end])
	if key == "" {
		return false
	}
	c.add(Mention{Kind: KOrg, Span: Span{i, k}, Key: key, Prio: 1})
	return true
}

// addOrg adds an organisation, keyed by the gazetteer's name where the
// gazetteer knows it.
func (c *candidates) addOrg(i, end int) {
	end = c.beforePossessor(i, end)
	for end > i+1 && c.r.w.connectors.Has(c.t.Norm(end-1)) && !c.t.Tok(end-1).IsCap() {
		end-- // "the Government of the United States in Washington": no name ends with a small word
	}
	if end <= i {
		return
	}
	if c.r.w.orgHeads.Has(c.t.Tokens[end-1].Text) && c.r.g.knownOrg(c.t.Tokens[i:end]) == "" {
		end = c.withNumber(end) // "Combined Task Force 151"
	}
	m := Mention{Kind: KOrg, Span: Span{i, end}}
	if k := c.r.g.knownOrg(c.t.Tokens[i:end]); k != "" {
		m.Key, m.Prio = k, 1
	} else if c.modifiers(i, end) || c.className(i, end) {
		return // "International Organisations", "Non-Governmental Organization": a kind of body, not one
	}
	c.add(m)
}

// beforePossessor returns where a body's name [i, end) ends when its
// last words are a small word that joins a name's words and a country
// that possesses the noun after it: "the Joint Staff Department of China's
// Central Military Commission" names the Joint Staff Department, "of
// China's ..." being its complement; i where no word before the small
// word is a body's head.
func (c *candidates) beforePossessor(i, end int) int {
	if c.t.Norm(end) != "'s" || c.r.g.knownOrg(c.t.Tokens[i:end]) != "" {
		return end
	}
	for k := end - 1; k > i; k-- {
		if c.r.w.connectors.Has(c.t.Norm(k)) && !c.t.Tok(k).IsCap() {
			if !c.countryAt(c.t.PastThe(k + 1)) {
				return end // "the University of Zurich's Europe Institute": the town is the name's
			}
			for h := i; h < k; h++ {
				if c.r.w.orgHeads.Has(c.t.Tokens[h].Text) {
					return k // "the Ministry of Defence of Poland's ...": still a body
				}
			}
			return i
		}
	}
	return end
}

// modifiers reports whether a run "A and B" of words of the kind of
// adjectives qualifies the plural noun after it rather than naming a
// body: "Afghan and Coalition forces", "Presidential and Provincial
// Council elections".
func (c *candidates) modifiers(i, end int) bool {
	toks := c.t.Tokens
	if end >= len(toks) || !c.hasWord(i, end, "and") || toks[end].IsCap() || !toks[end].IsWord() || !strings.HasSuffix(toks[end].Norm, "s") {
		return false
	}
	return c.demonymAt(i) || adjectival(toks[i].Text) || strings.HasSuffix(toks[i].Text, "al")
}

// hasWord reports whether a token of [i, end) is the word norm.
func (c *candidates) hasWord(i, end int, norm string) bool {
	return c.wordIn(i, end, norm) >= 0
}

// wordIn returns the first token of [i, end) that is the word norm, or -1.
func (c *candidates) wordIn(i, end int, norm string) int {
	for k := i; k < end; k++ {
		if c.t.Tokens[k].Norm == norm {
			return k
		}
	}
	return -1
}

// venueFirst reads a venue that a word such as "Camp" or "Hotel" opens:
// "Camp Film City in Pristina" ends before "in".
func (c *candidates) venueFirst(i, end int) bool {
	toks := c.t.Tokens
	if !c.placeHead(toks[i].Text, "first") || c.seaOf(i) {
		return false // "the Gulf of Taranto": read by its head, below
	}
	if toks[i].IsUpper() && c.r.g.knownOrg(toks[i:i+1]) != "" && !c.placeExpected(i) {
		return false // "the RAF Typhoons": a body's acronym opens a station's name only where a place is expected ("at RAF Lakenheath")
	}
	k := i + 1
	for k < end && toks[k].Norm != "in" && toks[k].Norm != "," && toks[k].Norm != "of" {
		k++
	}
	for k == end {
		j := k
		for j < len(toks) && j < k+2 && c.r.w.particles.Has(toks[j].Norm) {
			j++ // "Palazzo del Quirinale", "Palacio de Viana", "Maison de la Paix"
		}
		if j == k || j >= len(toks) || !toks[j].IsCapWord() || !c.t.SameSentence(i, j) {
			break
		}
		k, end = j+1, j+1
	}
	if city := c.find(func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.Limit == k && m.First > i+1 && p != nil && p.Kind == natokg.City && !m.Weak
	}); city != nil {
		k = city.First // "Camp Film City Pristina": the camp, in Pristina
	}
	if k-i >= 2 {
		c.add(Mention{Kind: KPlace, Span: Span{i, k}, PlaceKind: c.placeKindOf(toks[i].Text, "first")})
	}
	return true
}

// seaOf reports whether the run at token i opens with a word that names
// a sea (place-heads.tsv: sea; strong, or opening a name), then "of":
// "Gulf of Aden", "Bay of Kotor", "Sea of Azov".
func (c *candidates) seaOf(i int) bool {
	w := c.t.Tok(i).Text
	if c.t.Norm(i+1) != "of" {
		return false
	}
	return c.placeHead(w, "first") && c.placeKindOf(w, "first") == natokg.Sea || c.placeStrong(w) && c.placeKindOf(w, "head") == natokg.Sea
}

// placeHead reports whether w is a place head at that position ("head"
// or "first").
func (c *candidates) placeHead(w, pos string) bool {
	for _, e := range c.r.w.placeHeads.Entries(w) {
		if e.Value(2) == pos {
			return true
		}
	}
	return false
}

// placeStrong reports whether w alone makes a phrase a place.
func (c *candidates) placeStrong(w string) bool {
	for _, e := range c.r.w.placeHeads.Entries(w) {
		if e.Value(1) == "strong" {
			return true
		}
	}
	return false
}

func (c *candidates) placeKindOf(w, pos string) natokg.PlaceKind {
	for _, e := range c.r.w.placeHeads.Entries(w) {
		if e.Value(2) == pos {
			return natokg.PlaceKind(e.Value(0))
		}
	}
	return natokg.Venue
}

// venueOnVenue ends a venue named "X of Y" before a lower-case "on",
// "in" or "at" that opens a second venue by its own head, and reads that
// venue: "the Tomb of the Unknown Soldier on Piłsudski Square" is two
// places, the tomb and the square it stands on. It returns the end of the
// first venue.
func (c *candidates) venueOnVenue(from, end int) int {
	toks := c.t.Tokens
	for j := from; j+1 < end; j++ {
		if n := toks[j].Norm; n != "on" && n != "in" && n != "at" {
			continue
		}
		if !toks[end-1].IsCap() || !c.venueHead(toks[end-1].Text) {
			return end
		}
		for k := j + 1; k < end; k++ {
			if !toks[k].IsCap() {
				return end // "Museum of the History of Polish Jews": no second run of names
			}
		}
		c.add(Mention{Kind: KPlace, Span: Span{j + 1, end}, PlaceKind: natokg.Venue})
		return j
	}
	return end
}

// venueTo reads a venue whose head goes on with "to the": "the Monument
// to the Unknown Soldier".
func (c *candidates) venueTo(i, end int) bool {
	for k := i + 1; k < end-1; k++ {
		if c.t.Norm(k) == "to" && c.venueHead(c.t.Tokens[k-1].Text) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue})
			return true
		}
	}
	return false
}

// venueHead reports whether w ends the name of a venue ("Base", "Palace").
func (c *candidates) venueHead(w string) bool {
	return c.placeHead(w, "head") && c.placeKindOf(w, "head") == natokg.Venue
}

// venueHeadBeforeName reports whether the run [i, end) is a venue named
// by a venue's head and then one capitalised word, its own name ("Marine
// Corps Base Quantico", "Naval Station Rota"). Not where that last word
// is the head of a document or an event: "the Deterrence and Defence
// Euro-Atlantic Area Concept" is a concept, whose "Area" is no venue.
func (c *candidates) venueHeadBeforeName(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	head := toks[end-1].Text
	if end-i < 3 || !c.venueHead(toks[end-2].Text) || w.orgHeads.Has(toks[end-2].Text) || w.orgHeads.Has(head) || c.placeHead(head, "head") || !toks[end-1].IsCapWord() {
		return false
	}
	return !w.docHeads.Has(head) && !w.eventHeads.Has(head) && c.r.g.knownOrg(toks[end-2:end]) == "" // not "the NATO Building Integrity initiative": a known programme
}

// className reports whether the run [i, end) names a kind of body in
// capitals (class-names.tsv): a generic head after modifiers alone,
// "International Organization", "Non-Governmental Organisations".
func (c *candidates) className(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	if end-i < 2 || w.classNames.Value(toks[end-1].Text, 0) != "head" {
		return false
	}
	for k := i; k < end-1; k++ {
		if toks[k].Norm != "-" && w.classNames.Value(toks[k].Text, 0) != "modifier" {
			return false
		}
	}
	return true
}

// headsOnly reports whether every word of the run [i, end) is a place's
// head or a word that makes one ("Air Base", "Naval Station"): a kind of
// place, no name.
func (c *candidates) headsOnly(i, end int) bool {
	for k := i; k < end; k++ {
		if !c.r.w.placeHeads.Has(c.t.Tok(k).Text) {
			return false
		}
	}
	return true
}

// byHead classifies a run by its last word: a place ("Egmont Palace",
// "Norwegian Sea"), an organisation ("National Reconciliation
// Commission"), an event ("Warsaw Security Forum") or a document
// ("Readiness Action Plan").
func (c *candidates) byHead(i, end int) bool {
	toks, w := c.t.Tokens, c.r.w
	head := toks[end-1].Text
	switch {
	case w.orgHeads.Has(head) && end-i >= 2 && c.placeHead(toks[end-2].Text, "before-body"):
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "Ādaži Culture Centre": a venue, not a body
	case c.placeHead(head, "head") && (!w.orgHeads.Has(head) || buildingHead(w, head)):
		kind := c.placeKindOf(head, "head")
		if kind == natokg.Sea && w.ordinal(toks[i].Norm) {
			return true // "Second Sea Lord": a title, no sea
		}
		if kind == natokg.Venue && !c.placeStrong(head) && !c.placeStrong(toks[end-2].Text) && !c.placeExpected(i) {
			return true // "industrial Base" is no place
		}
		if kind == natokg.Venue && c.headsOnly(i, end) && c.t.Norm(end) == "of" && c.r.g.Places[c.t.Surface(i, end)] == nil {
			return true // "the Air Base of the Lithuanian Armed Forces in Šiauliai": a base named by its kind, then whose it is
		}
		m := Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: kind}
		if kind == natokg.Region {
			m.Key = c.divisionNamed(i, end-1) // "Uruzgan Province" is the division Uruzgān
		}
		c.add(m)
	case c.seatEnds(i, end):
		c.addOrg(i, end) // "Maritime Component Command Naples", "Allied Naval Forces Southern Europe": a body named with its seat or area
	case c.headThenCompass(i, end):
		c.addOrg(i, end) // "Regional Command South", "Regional Command-South"
	case c.compassPair(i, end):
		c.addOrg(i, end) // "Multinational Brigade South-East"
	case c.venueHeadBeforeName(i, end):
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "Marine Corps Base Quantico", "Naval Station Rota"
	case c.seaOf(i):
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Sea}) // "Gulf of Aden"
	case c.placeHead(head, "head") && w.orgHeads.Has(head) && (c.r.g.knownOrg(toks[i:end-1]) != "" || end-i >= 3 && w.orgHeads.Has(toks[end-2].Text) && c.r.w.missionHeads.Has(toks[end-2].Norm)) && c.r.g.knownOrg(toks[i:end]) == "":
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "ISAF Headquarters", "NATO Training Mission Headquarters"
	case w.eventHeads.Has(head) && w.orgHeads.Has(head) && end-i >= 2 && toks[end-2].IsIngForm() && !toks[end-2].IsUpper() && c.r.g.knownOrg(toks[i:end]) == "":
		c.add(Mention{Kind: KEvent, Span: Span{i, end}}) // "NATO's Baltic Air Policing Mission": a task named by what is done, not a body
	case w.orgHeads.Has(head) && toks[end-1].IsCap():
		if _, n := c.r.w.lowerPlaceHeads.MatchAt(toks, end); n > 0 {
			return true // "the Ramstein Air Force base": a place, read below
		}
		c.addOrg(i, end)
	case w.eventHeads.Has(head) && toks[end-2].Norm != "of":
		c.add(Mention{Kind: KEvent, Span: Span{i, end}}) // but "Explosive Remnants of War": the head's complement
	case w.docHeads.Has(head):
		c.add(Mention{Kind: KDoc, Span: Span{i, end}})
	default:
		return false
	}
	return true
}

// buildingHead reports whether head, a body's head by org-heads.tsv,
// makes a body only with its complement (its column "alone" is "no"): a name
// that it ends is a building, "the Government House", "Stenbock House",
// where "the House of Representatives" is a body.
func buildingHead(w words, head string) bool {
	return w.orgHeads.Value(head, 3) == "no"
}

// seatEnds reports whether a run [i, end) ends in a place, of one word or
// more, right after an organisation's head, with two words at least
// before the place: a body named with its seat or its area ("Maritime
// Component Command Naples", "Allied Naval Forces Southern Europe"). The
// place may be a word the release names as a place elsewhere
// ("Provincial Reconstruction Team Chaghcharan" in a release datelined
// "CHAGHCHARAN, Afghanistan").
func (c *candidates) seatEnds(i, end int) bool {
	place := c.find(func(m *Mention) bool { return m.Kind == KPlace && m.Limit == end && m.First >= i+2 && m.First < end })
	if place != nil {
		return c.r.w.orgHeads.Has(c.t.Tokens[place.First-1].Text) && !(place.Len() == 1 && c.r.w.eventHeads.Has(c.t.Tokens[place.First].Text)) // not "the European Union Summit": an event, not the town of Summit
	}
	last := c.t.Tokens[end-1]
	if end-i < 3 || !c.r.w.orgHeads.Has(c.t.Tokens[end-2].Text) || !last.IsCapWord() || c.kindWord(last.Text) {
		return false
	}
	return c.townElsewhere(end - 1)
}

// townElsewhere reports whether the word at token k stands elsewhere in
// the text where a town's name does: as a place the gazetteer knows, or
// at the start of the lead's dateline ("CHAGHCHARAN, Afghanistan –"). Not
// after a preposition: "met at Ambassadorial level".
func (c *candidates) townElsewhere(k int) bool {
	fold := c.t.Tokens[k].Fold
	if c.find(func(m *Mention) bool {
		return m.Kind == KPlace && m.Len() == 1 && m.First != k && c.t.Tokens[m.First].Fold == fold
	}) != nil {
		return true
	}
	lead := c.t.Lead()
	for j, tok := range c.t.Tokens {
		if j == k || tok.Fold != fold {
			continue
		}
		if lead < len(c.t.Sentences) && j == c.t.Sentences[lead].First && c.t.Norm(j+1) == "," {
			return true
		}
	}
	return false
}

// divisionNamed returns the key of the state or first-level division
// the gazetteer names by exactly [i, end), or "".
func (c *candidates) divisionNamed(i, end int) string {
	e, n := c.r.g.placeAt(c.t.Tokens, i, func(key string, n int) bool {
		p := c.r.g.Places[key]
		return n == end-i && p != nil && p.Kind == natokg.State
	})
	if n == 0 {
		return ""
	}
	return e.key
}

// orgWithSuffix reads a known organisation's name followed by one or two
// more capitalised words that are no title's and that end a phrase: a
// company's branch or subsidiary ("MBDA Deutschland", "Boeing
// International").
func (c *candidates) orgWithSuffix(i, end int) bool {
	toks := c.t.Tokens
	if end-i < 2 || end < len(toks) && toks[end].Norm != "," && toks[end].Norm != ")" && toks[end].Norm != "." {
		return false
	}
	for k := end - 1; k > i && k >= end-2; k-- {
		t := toks[k]
		if !t.IsCapWord() || c.kindWord(t.Text) {
			return false // not "a committed NATO Ally": a member, no body; nor "NATO Exercises"
		}
		if c.r.g.knownOrg(toks[i:k]) != "" && c.r.g.knownOrg(toks[i:end]) == "" {
			c.add(Mention{Kind: KOrg, Span: Span{i, end}, Prio: 2})
			return true
		}
	}
	return false
}

// kindWord reports whether word x says what a name is, a word of a
// title or the head of a body, a place, an event or a document, or names
// a member ("Ally"): no word of a body's branch or town.
func (c *candidates) kindWord(x string) bool {
	w := c.r.w
	return w.roleHeads.Has(x) || w.roleMods.Has(x) || w.orgHeads.Has(x) || c.placeHead(x, "head") || w.eventHeads.Has(x) || w.eventHeads.Has(strings.TrimSuffix(x, "s")) || w.docHeads.Has(x) || c.memberNoun(x)
}

// heldAt reports whether a name at token i follows "at the" after a verb
// read as passive ("was held over two days at the ..."): the name of a
// venue, whatever its words.
func (c *candidates) heldAt(i int) bool {
	if c.t.Norm(i-1) != "the" || c.t.Norm(i-2) != "at" {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-8 && c.t.SameSentence(k, i); k-- {
		for _, e := range c.r.w.eventWords.Entries(c.t.Norm(k)) {
			if e.Value(1) == "passive" {
				return true
			}
		}
	}
	return false
}

// unknownVenueAt reports whether a run [i, end) that no head names
// follows "at the" and ends its phrase (a stop, a comma, "in" or
// "where"): the name of a venue ("at the Oslo Kongressenter", "at the
// Concert Noble in Brussels", "at the Feira Internacional de Lisboa"),
// unless it is a known body's, opens with a given name or has a word in
// lower case other than a name's particle (the run is then read by its
// part before "of", "for", "in" or "on"); after "at" alone, a run of two
// words or more before "in" and a known place ("at Banski Dvori in
// Zagreb").
func (c *candidates) unknownVenueAt(i, end int) bool {
	if c.r.w.given.Has(c.t.Tok(i).Text) {
		return false
	}
	if c.t.Norm(i-1) == "at" && end-i >= 2 {
		if !c.placeAfterIn(end) {
			return false // "at Banski Dvori in Zagreb": without "the", only before the town it lies in
		}
	} else if c.t.Norm(i-1) != "the" || c.t.Norm(i-2) != "at" {
		return false
	}
	if next := c.t.Norm(end); next != "." && next != "," && next != "in" && next != "where" {
		return false
	}
	for k := i; k < end; k++ {
		if t := c.t.Tokens[k]; !t.IsCapWord() && !c.r.w.particles.Has(t.Norm) {
			return false
		}
	}
	return c.r.g.knownOrg(c.t.Tokens[i:end]) == ""
}

// unknownVenueWord reports whether the one capitalised word at i, which
// nothing else names, follows "at" and ends its phrase: the name of a
// venue ("met the President at Kadriorg."); not a given name, a word of
// the lexicon's names, a name an apposition describes ("at Plexal, an
// innovation centre") or a surname the text gives a person.
func (c *candidates) unknownVenueWord(i int) bool {
	tok := c.t.Tok(i)
	if c.t.Norm(i-1) != "at" || !tok.IsCapWord() || tok.IsUpper() || c.r.w.given.Has(tok.Text) || c.findCovering(i, func(*Mention) bool { return true }) != nil {
		return false
	}
	if c.r.w.orgHeads.Has(tok.Text) || c.r.w.placeHeads.Has(tok.Text) || c.r.w.eventHeads.Has(tok.Text) || c.r.w.roleHeads.Has(tok.Text) {
		return false
	}
	for k, o := range c.t.Tokens {
		if o.Text == tok.Text && k != i && (c.r.w.given.Has(c.t.Tok(k-1).Text) || c.findEnding(k, func(m *Mention) bool { return m.Is(KHonorific, KRank) }) != nil) {
			return false // a surname: "Mr Berg ... thanked the staff at Berg."
		}
	}
	switch c.t.Norm(i + 1) {
	case ",":
		return c.r.w.determiners.Value(c.t.Norm(i+2), 0) != "article" // but "at Plexal, an innovation centre": what the apposition says
	case ".", ";", "where", "on":
		return true
	case "in":
		return c.placeAfterIn(i + 1) // "laid a wreath at Anıtkabir in Ankara"
	}
	return false
}

// placeAfterIn reports whether "in" at token k is followed by a place the
// gazetteer knows, perhaps after "the": where a venue named before it
// lies.
func (c *candidates) placeAfterIn(k int) bool {
	if c.t.Norm(k) != "in" {
		return false
	}
	j := k + 1
	if c.t.Norm(j) == "the" {
		j++
	}
	return c.findStarting(j, func(m *Mention) bool { return m.Kind == KPlace && !m.Weak }) != nil
}

// placeExpected reports whether token i stands where a place is expected:
// after "in", "at", "visited", perhaps with "the" between.
func (c *candidates) placeExpected(i int) bool {
	if c.t.ScheduleVenue(i) {
		return true
	}
	j := c.t.BackPastThe(i - 1)
	return j >= 0 && c.t.SameSentence(j, i) && c.r.w.placePrep(c.t.Norm(j))
}

// definiteSeats reads a body with a seat named again by its head alone
// where a place is expected: "met at the Centre", after the
// "NATO-Istanbul Cooperation Initiative Regional Centre", is at that
// body's seat.
func (c *candidates) definiteSeats() {
	toks := c.t.Tokens
	for i := 1; i < len(toks); i++ {
		w := toks[i].Text
		if c.t.Norm(i-1) != "the" || !toks[i].IsCapWord() || c.t.Tok(i+1).IsCapWord() || c.r.w.orgHeads.Value(w, 1) != "yes" || c.coveredBy(i, KOrg, KPlace) || !c.placeExpected(i) {
			continue
		}
		if key := c.lastOrgEndingWith(w, i); key != "" {
			c.add(Mention{Kind: KOrg, Span: Span{i, i + 1}, Key: key, Prio: 1})
		}
	}
}

// bodiesOfPosts reads the body a post belongs to, after a role's head
// and "of the": "Speaker of the Folketing", "President of the Assembly",
// "Chair of the Group of Experts". A run that opens with a word of a
// field of government is the post's own ("Chief of the Defence Force").
// A single head word names the body of that head named before ("the
// Assembly" after "NATO Parliamentary Assembly").
func (c *candidates) bodiesOfPosts() {
	toks, w := c.t.Tokens, c.r.w
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Norm != "of" || toks[i+1].Norm != "the" || !c.roleEndsAt(i) {
			continue
		}
		j := i + 2
		if !toks[j].IsCapWord() || c.blocked[j] || w.roleMods.Value(toks[j].Text, 0) == "domain" || w.stateNouns.Has(toks[j].Text) || c.coveredBy(j, KOrg, KPlace, KDemonym) {
			continue
		}
		end := c.capRun(j, c.t.SentenceOf(j))
		if w.eventHeads.Has(toks[end-1].Text) && !w.orgHeads.Has(toks[end-1].Text) {
			continue // "the Chairman of the Symposium": an event's, no body
		}
		if c.modifiersOfTitle(j, end) {
			continue // "the Chairman of the Joint Chief of Staff": a title's modifier, no body
		}
		if end == j+1 && w.durations.Has(toks[j].Norm+"s") {
			continue // "the Military Member of the Year awards": a span of time names no body
		}
		if end == j+1 && w.orgHeads.Has(toks[j].Text) {
			key := c.lastOrgEndingWith(toks[j].Text, j)
			c.add(Mention{Kind: KOrg, Span: Span{j, end}, Key: key, Prio: 1}) // "the Senate"; "the Assembly" named before
			continue
		}
		if end < len(toks) && c.t.SameSentence(j, end) && w.lowerOrgHeads.Has(toks[end].Text) {
			c.add(Mention{Kind: KOrg, Span: Span{j, end + 1}, Key: c.t.Surface(j, end) + " " + upperFirst(toks[end].Text), Prio: 1}) // "Director of the Cooperative Security division"
			continue
		}
		c.add(Mention{Kind: KOrg, Span: Span{j, end}, Prio: 1})
	}
	c.namesAfterTitles()
}

// modifiersOfTitle reports whether the capitalised words [j, end) are
// all modifiers of a title (role-modifiers.tsv) and a title follows
// them: "Joint" in "the Joint Chief of Staff".
func (c *candidates) modifiersOfTitle(j, end int) bool {
	if c.findStarting(end, func(m *Mention) bool { return m.Kind == KRole }) == nil {
		return false
	}
	for k := j; k < end; k++ {
		if !c.r.w.roleMods.Has(c.t.Tokens[k].Text) {
			return false
		}
	}
	return true
}

// namesAfterTitles reads a name right after a title and "of" that is no
// field of the title: "Director of Carnegie Europe", "Governor of
// Limburg", not "Chief of Staff" nor "Head of State" (field-nouns.tsv and
// the domain words of role-modifiers.tsv). The name is the post's body or
// place; the posts stage tells which.
func (c *candidates) namesAfterTitles() {
	toks := c.t.Tokens
	for i := 1; i+1 < len(toks); i++ {
		j := i + 1
		if toks[i].Norm != "of" || !toks[j].IsCapWord() || c.blocked[j] || !c.roleEndsAt(i) || c.coveredBy(j, KOrg, KDemonym, KRole, KRank, KHonorific) {
			continue
		}
		if c.findStarting(j, func(m *Mention) bool { return m.Kind == KPlace && !m.Weak }) != nil {
			continue // "Mayor of Bydgoszcz": a place the posts stage reads
		}
		if weak := c.findStarting(j, func(m *Mention) bool { return m.Kind == KPlace && m.Weak }); weak != nil {
			strong := *weak
			strong.Weak, strong.Prio = false, 1
			c.add(strong) // "Governor of Limburg": a province the title makes a place
			continue
		}
		end := c.capRun(j, c.t.SentenceOf(j))
		if !c.properRun(j, end) || c.r.w.given.Has(toks[j].Text) {
			continue // "of Staff", "of Studies and Documentation"; not "Commander of John Smith's"
		}
		if c.r.w.placeSeat(toks[i-1].Text) && end-j <= 2 {
			c.add(Mention{Kind: KPlace, Span: Span{j, end}, PlaceKind: natokg.City, Prio: 1}) // "the Mayor of Leposavic": a town
			continue
		}
		c.add(Mention{Kind: KOrg, Span: Span{j, end}, Prio: 1})
	}
}

// properRun reports whether the capitalised words [j, end) open and end
// with words that name no field of a title: a proper name ("Carnegie
// Europe", "Limburg"), not "National Defence" with its holder's name
// after it, nor "Transatlantic Defense and Security".
func (c *candidates) properRun(j, end int) bool {
	w := c.r.w
	field := func(k int) bool {
		x := c.t.Tokens[k].Text
		return w.fieldNouns.Has(x) || w.roleMods.Value(x, 0) == "domain" || w.roleHeads.Has(x)
	}
	last := end - 1
	for last > j && !c.t.Tokens[last].IsCapWord() {
		last--
	}
	return !field(j) && !field(last)
}

// officesOfPosts reads a body named after a post: "Chancellery of the
// Prime Minister", "Office of the President".
func (c *candidates) officesOfPosts() {
	toks, w := c.t.Tokens, c.r.w
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i].IsCap() || w.orgHeads.Value(toks[i].Text, 0) != "yes" || toks[i+1].Norm != "of" || toks[i+2].Norm != "the" {
			continue
		}
		j := i + 3
		if o := c.find(func(m *Mention) bool { return m.Kind == KOrg && m.First == j }); o != nil {
			j = o.Limit // "Office of the NATO Liaison Officer"
		}
		if m := c.find(func(m *Mention) bool { return m.Kind == KRole && m.First == j }); m != nil {
			c.add(Mention{Kind: KOrg, Span: Span{i, c.withDomain(m.Limit)}, Prio: 1})
		}
	}
}

// pairedSeas adds the two seas that one plural head names after two
// names joined by "and": "the North and Baltic Seas" are the North Sea
// and the Baltic Sea, where the gazetteer knows both.
func (c *candidates) pairedSeas() {
	toks := c.t.Tokens
	for i := 0; i+3 < len(toks); i++ {
		head := toks[i+3].Text
		if !toks[i].IsCapWord() || toks[i+1].Norm != "and" || !toks[i+2].IsCapWord() || head != "Seas" && head != "Oceans" || !c.t.SameSentence(i, i+3) {
			continue
		}
		one := strings.TrimSuffix(head, "s")
		a, b := c.r.g.Places[toks[i].Text+" "+one], c.r.g.Places[toks[i+2].Text+" "+one]
		if a == nil || b == nil {
			continue
		}
		c.add(Mention{Kind: KPlace, Span: Span{i, i + 1}, Key: a.Name, Surface: a.Name, PlaceKind: a.Kind, Prio: 1})
		c.add(Mention{Kind: KPlace, Span: Span{i + 2, i + 4}, Key: b.Name, Surface: b.Name, PlaceKind: b.Kind, Prio: 1})
	}
}

// cityWords reads a town the gazetteer knows named with a word for a
// settlement after it, in capitals, as one name of the town: "Qalat
// City" is Qalāt; but a word that heads venues names a place in the
// town ("Kiel Harbour").
func (c *candidates) cityWords() {
	for _, m := range c.out {
		p := c.r.g.Places[m.Key]
		if m.Kind != KPlace || p == nil || p.Kind != natokg.City {
			continue
		}
		word, next := c.t.Tok(m.Limit), c.t.Tok(m.Limit+1)
		if !word.IsCapWord() || !c.r.w.settlements.Has(word.Norm) || !c.t.SameSentence(m.First, m.Limit) || next.IsCapWord() && c.t.SameSentence(m.Limit, m.Limit+1) {
			continue
		}
		if c.r.w.placeHeads.Value(word.Text, 0) == "venue" {
			continue // "Kiel Harbour", "Gdynia Port": a venue in the town, which capPhrases reads
		}
		c.add(Mention{Kind: KPlace, Span: Span{m.First, m.Limit + 1}, Key: m.Key, PlaceKind: natokg.City, Prio: m.Prio + 1})
	}
}

// capitals reads a country's capital named by its demonym or possessive
// and a capital noun: "the Afghan capital", "Latvia's capital".
func (c *candidates) capitals() {
	for _, m := range c.out {
		if m.Kind != KDemonym && m.Kind != KPlace {
			continue
		}
		k := m.Limit
		if m.Kind == KPlace && c.t.Norm(k) == "'s" {
			k++
		}
		if k == m.Limit && m.Kind == KPlace || !c.r.w.capitalNouns.Has(c.t.Norm(k)) || c.t.Tok(k).IsCap() {
			continue
		}
		if city := c.r.g.CapitalOf(m.Key); city != "" {
			c.add(Mention{Kind: KPlace, Span: Span{m.First, k + 1}, Key: city, Surface: city, PlaceKind: natokg.City, Prio: 1}) // no alias: "the Afghan capital" names no city
		}
	}
}

// withDomain returns the end of a post's name that ends at end, past a
// domain after "for" in capitals: "Liaison Officer for Central Asia".
func (c *candidates) withDomain(end int) int {
	if c.t.Norm(end) != "for" || !c.t.Tok(end+1).IsCapWord() || !c.t.SameSentence(end, end+1) {
		return end
	}
	k := end + 1
	for c.t.Tok(k).IsCapWord() && c.t.SameSentence(end, k) {
		k++
		if n := c.t.Norm(k); c.r.w.connectors.Has(n) && !c.r.w.placePreps.Has(n) && c.t.Tok(k+1).IsCapWord() {
			k++ // "for Peace and Security"
		}
	}
	return k
}

// division reads a country's division named [i, end) and a word for
// its kind in lower case after it (n tokens): "Ghazni province", "Andar
// district", "Kharkiv oblast". A division the gazetteer knows by that
// name keeps its key; another is keyed by its name alone, as where the
// text names it without the word ("Ghowr Gov."); the words are one of
// its names.
func (c *candidates) division(i, end, n int) {
	if c.r.w.given.Has(c.t.Tok(i).Text) && end-i > 1 || c.coveredBy(i, KOrg, KPerson) {
		return
	}
	for k := i; k < end; k++ {
		if !c.t.Tok(k).IsCapWord() {
			return // "Camp Taji in Baghdad province": the division is Baghdad's alone
		}
	}
	m := Mention{Kind: KPlace, Span: Span{i, end + n}, Key: c.t.Surface(i, end), PlaceKind: natokg.Region, Prio: prioRank}
	if p := c.find(func(p *Mention) bool { return p.Kind == KPlace && p.First == i && p.Limit == end }); p != nil {
		m.Key = p.Key
	}
	c.add(m)
}

// seatedDivisions reads a place named by one capitalised word that names
// nothing else before the head of a post that governs it (role-heads.tsv's
// seat): "Uruzgan governor", "Ghowr Gov.", "the Helmand Governor". A word
// of titles or bodies ("Provincial Governor", "Deputy Governor", "the
// Bank Governor") names no place.
func (c *candidates) seatedDivisions() {
	toks, w := c.t.Tokens, c.r.w
	for i := 0; i+1 < len(toks); i++ {
		tok := toks[i]
		if !tok.IsCapWord() || c.blocked[i] || !c.t.SameSentence(i, i+1) || !c.seatHeadAt(i+1) {
			continue
		}
		if i > 0 && toks[i-1].IsCapWord() && c.t.SameSentence(i-1, i) || c.namesAny(i, i+1) || w.given.Has(tok.Text) {
			continue
		}
		if c.kindWord(tok.Text) || w.determiners.Has(tok.Norm) {
			continue
		}
		c.add(Mention{Kind: KPlace, Span: Span{i, i + 1}, PlaceKind: natokg.Region, Prio: prioRank})
	}
}

// seatHeadAt reports whether the head of a post that governs a place
// starts at token k, written out or short ("Gov.").
func (c *candidates) seatHeadAt(k int) bool {
	if tok := c.t.Tok(k); tok.IsWord() && c.r.w.placeSeat(tok.Text) {
		return true
	}
	return c.findStarting(k, func(m *Mention) bool { return m.Kind == KRole && c.r.w.placeSeat(m.Key) }) != nil
}

// abbreviatedUnits reads a unit named by the short form of its kind
// (unit-abbreviations.tsv) and the name or compass word that completes
// it: "RC North" and "RC-North" are Regional Command North, "TF Bayonet"
// Task Force Bayonet, "Wardak PRT" the Wardak Provincial Reconstruction
// Team. The name is one capitalised word that is no kind of name itself,
// before no other name's word ("RC North Commander" is the command's).
func (c *candidates) abbreviatedUnits() {
	toks := c.t.Tokens
	for i, tok := range toks {
		e, ok := c.r.w.unitAbbrevs.Lookup(tok.Text)
		if !ok || e.Form != tok.Text {
			continue
		}
		after := i + 1
		if c.t.Norm(after) == "-" && !toks[after].SpaceBefore && after+1 < len(toks) && !toks[after+1].SpaceBefore {
			after++ // "RC-North"
		}
		if n, next := c.t.Tok(after), c.t.Tok(after+1); (c.unitName(n) || c.compassLetters(n.Text) != n.Text) && c.t.SameSentence(i, after) && (!next.IsCapWord() || c.kindWord(next.Text)) {
			c.addUnit(i, after+1, e.Value(0)+" "+c.compassLetters(n.Text))
			continue
		}
		if p := c.t.Tok(i - 1); e.Value(1) == "both" && i > 0 && c.unitName(p) && c.t.SameSentence(i-1, i) && !c.t.Tok(i-2).IsCapWord() {
			c.addUnit(i-1, i+1, p.Text+" "+e.Value(0))
		}
	}
	c.namedUnits()
}

// compassLetters returns the compass word that the capitals w stand for
// after a unit's short form (compass.tsv's letters: "RC-S" is Regional
// Command South), capitalised; else w.
func (c *candidates) compassLetters(w string) string {
	return cmp.Or(c.r.w.compassByLetters[w], w)
}

// namedUnits reads a kind of unit written in full that a name completes
// before it (before = unit-abbreviations.tsv's place): "Regional Command
// Capital", "Task Force Bayonet", as "RC Capital" and "TF Bayonet" are.
func (c *candidates) namedUnits() {
	toks := c.t.Tokens
	for _, form := range c.r.w.unitAbbrevs.Forms() {
		e, _ := c.r.w.unitAbbrevs.Lookup(form)
		if e.Value(1) != "before" {
			continue
		}
		full := strings.Fields(e.Value(0))
		for i := 0; i+len(full) < len(toks); i++ {
			after := i + len(full)
			if !c.wordsAt(i, full) || !c.t.SameSentence(i, after) {
				continue
			}
			if n, next := toks[after], c.t.Tok(after+1); c.unitName(n) && (!next.IsCapWord() || c.kindWord(next.Text)) && !c.coveredBy(after, KOrg, KPlace) {
				c.addUnit(i, after+1, e.Value(0)+" "+n.Text)
			}
		}
	}
}

// wordsAt reports whether the tokens from i are the words of words.
func (c *candidates) wordsAt(i int, words []string) bool {
	for k, w := range words {
		if c.t.Tok(i+k).Text != w {
			return false
		}
	}
	return true
}

// unitName reports whether tok may complete a unit's short form: a
// capitalised word, no acronym, that no word list makes a kind of name.
func (c *candidates) unitName(tok Token) bool {
	return tok.IsCapWord() && !tok.IsUpper() && !c.kindWord(tok.Text) && !c.r.w.months.Has(tok.Norm) && !c.r.w.weekdays.Has(tok.Norm)
}

// addUnit adds the unit [i, end) named key, keyed as the gazetteer names
// it where it does, else as the text names it in full ("Regional
// Command-South").
func (c *candidates) addUnit(i, end int, key string) {
	if k := c.r.g.knownOrg(tokenizeForm(key)); k != "" {
		key = k
	} else if m := c.find(func(m *Mention) bool { return m.Kind == KOrg && spaced(cmp.Or(m.Key, m.Surface)) == key }); m != nil {
		key = cmp.Or(m.Key, m.Surface)
	}
	c.add(Mention{Kind: KOrg, Span: Span{i, end}, Key: key, Surface: c.t.Surface(i, end), Prio: prioRank})
}

// lowerVenues reads a place whose kind follows its name in lower case:
// "the Drawsko Pomorskie training area", "the Baltic Sea region".
func (c *candidates) lowerVenues() {
	toks := c.t.Tokens
	lower := c.r.w.lowerPlaceHeads
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].IsCapWord() || c.blocked[i] || i > 0 && toks[i-1].IsCapWord() {
			continue
		}
		end := c.capRun(i, c.t.SentenceOf(i))
		for i < end-1 && c.openingWord(i) {
			i++ // "In Pech district, ..."
		}
		first := i
		if isOpenQuote(c.t.Norm(i-1)) && isCloseQuote(c.t.Norm(end)) {
			first, end = i-1, end+1 // "the “Papagos” military camp"
		}
		if end >= len(toks) || !c.t.SameSentence(i, end) || toks[end].IsCap() {
			continue
		}
		e, n := lower.MatchAt(toks, end)
		if n == 0 && end-1 > i {
			if e, n = lower.MatchAt(toks, end-1); n > 1 {
				end-- // "the Novo Selo Training area": a phrase's first word in capitals
			} else {
				n = 0
			}
		}
		if n == 0 || c.r.w.determiners.Has(toks[i].Norm) && !c.nameOpensWithThe(i) {
			continue
		}
		// "the Baltic states": a region is named by one word that names
		// nothing else ("Partner countries", "NATO countries" are not).
		if e.Value(0) == "region" && (end-i > 1 || c.coveredBy(i, KOrg) || !adjectival(toks[i].Text)) {
			continue
		}
		if e.Value(0) == "venue" && end-i == 1 && c.coveredBy(i, KDemonym) {
			continue // "an Estonian base" names no venue
		}
		if e.Value(0) == "division" {
			c.division(i, end, n)
			continue
		}
		c.add(Mention{Kind: KPlace, Span: Span{first, end + n}, PlaceKind: natokg.PlaceKind(e.Value(0)), Prio: prioRank})
	}
}

// lowerBodies reads a body whose head follows its name in lower case
// (lower-org-heads.tsv): "the IMS Cooperative Security division" is the
// Cooperative Security Division. The name is a run of capitalised words
// that names nothing else, after "the" or a body, whose part it is; its
// key is the run and the head capitalised.
func (c *candidates) lowerBodies() {
	toks := c.t.Tokens
	for i := 1; i+1 < len(toks); i++ {
		first := i
		if body := c.findEnding(i, func(m *Mention) bool { return m.Is(KOrg) }); body != nil {
			first = body.First // "the IMS Cooperative Security division": a part of the IMS
		}
		if !toks[i].IsCapWord() || c.blocked[i] || toks[i-1].Norm != "the" && first == i {
			continue
		}
		end := c.capRun(i, c.t.SentenceOf(i))
		if end >= len(toks) || !c.t.SameSentence(i, end) || !c.r.w.lowerOrgHeads.Has(toks[end].Text) {
			continue
		}
		if c.namesAny(i, end) {
			continue // "the NATO division" names a body already
		}
		c.add(Mention{Kind: KOrg, Span: Span{first, end + 1}, Key: c.t.Surface(i, end) + " " + upperFirst(toks[end].Text), Prio: prioRank})
	}
}

// namesAny reports whether a candidate starts at or covers a token from
// first up to limit.
func (c *candidates) namesAny(first, limit int) bool {
	all := func(*Mention) bool { return true }
	for k := first; k < limit; k++ {
		if c.findStarting(k, all) != nil || c.findCovering(k, all) != nil {
			return true
		}
	}
	return false
}

// nameOpensWithThe reports whether a capitalised "The" at token i, inside
// a sentence, opens a name: "at The Grove hotel".
func (c *candidates) nameOpensWithThe(i int) bool {
	return c.t.Tokens[i].Text == "The" && c.t.SentenceOf(i).First != i && c.t.Tok(i+1).IsCapWord()
}

// isOpenQuote and isCloseQuote report whether a token opens or closes a
// quotation.
func isOpenQuote(n string) bool  { return n == "“" || n == "\"" || n == "‘" }
func isCloseQuote(n string) bool { return n == "”" || n == "\"" || n == "’" }

// orgHeadquarters reads the seat of a known body named with a lower-case
// "headquarters" where a place is expected: "at Alliance headquarters",
// "at the Alliance's headquarters", "at the headquarters of the OSCE", as
// the venue the gazetteer gives the body ("NATO Headquarters"), else as
// "BODY Headquarters".
func (c *candidates) orgHeadquarters() {
	toks := c.t.Tokens
	for i, tok := range toks {
		bracket := bracketedAcronymBefore(c.t, i) // "Allied Land Command (LANDCOM) Headquarters"
		if tok.IsCap() && bracket < 0 || !c.r.w.seatNouns.Has(tok.Norm) {
			continue
		}
		j := i - 1
		if c.t.Norm(j) == "'s" {
			j--
		}
		if bracket > 0 {
			j = bracket - 1
		}
		if m := c.find(func(m *Mention) bool {
			return m.Kind == KOrg && m.Limit == j+1 && m.Key != "" && c.r.g.Orgs[m.Key] != nil
		}); m != nil && c.placeExpected(m.First) {
			written := ""
			if bracket > 0 {
				written = c.t.Surface(bracket+1, i-1) // "(STRIKFORNATO) headquarters"
			} else if m.Len() == 1 && c.t.Tok(m.First).IsUpper() {
				written = c.t.Tok(m.First).Text // "at STRIKFORNATO headquarters"
			}
			c.add(Mention{Kind: KPlace, Span: Span{m.First, i + 1}, Key: c.seatOf(m.Key, written), PlaceKind: natokg.Venue, Prio: prioOrg + 1})
			continue
		}
		if m := c.unknownBodySeat(i); m != nil {
			c.add(Mention{Kind: KPlace, Span: Span{m.First, i + 1}, Key: m.Key + " Headquarters", PlaceKind: natokg.Venue, Prio: prioOrg + 1})
			continue
		}
		if c.t.Norm(i+1) != "of" || !c.placeExpected(i) {
			continue // "raise the readiness of the headquarters of X": the body
		}
		k := c.t.PastThe(i + 2)
		if m := c.find(func(m *Mention) bool { return m.Kind == KOrg && m.First == k && c.r.g.Orgs[m.Key] != nil }); m != nil && !c.ownSeat(m.Key) && c.t.Norm(m.Limit) != "'s" { // not "the headquarters of NATO's Supreme Allied Commander Transformation"
			c.add(Mention{Kind: KPlace, Span: Span{i, m.Limit}, Key: c.seatOf(m.Key, ""), PlaceKind: natokg.Venue, Prio: prioOrg + 1})
		}
	}
}

// unknownBodySeat returns the body, one the gazetteer does not know,
// whose lower-case seat noun stands at token i after "the" where a place
// is expected: "received at the Defence General Staff headquarters"; or
// nil.
func (c *candidates) unknownBodySeat(i int) *Mention {
	m := c.find(func(m *Mention) bool {
		return m.Kind == KOrg && m.Limit == i && m.Key != "" && c.r.g.Orgs[m.Key] == nil
	})
	if m == nil || c.t.Norm(m.First-1) != "the" || !c.placeExpected(m.First) {
		return nil
	}
	return m
}

// ownSeat reports whether known body key is itself the venue of "the
// headquarters of" it: a body named by a head of a body with a seat
// (org-heads.tsv: "Allied Command Transformation", "Joint Command
// Lisbon"), for which the gazetteer has no "FORM Headquarters" place.
func (c *candidates) ownSeat(key string) bool {
	o := c.r.g.Orgs[key]
	for _, f := range append([]string{o.Name}, o.Aliases...) {
		if c.r.g.Places[f+" Headquarters"] != nil {
			return false
		}
	}
	for _, tok := range tokenizeForm(o.Name) {
		if c.r.w.orgHeads.Value(tok.Text, 1) == "yes" {
			return true
		}
	}
	return false
}

// seatOf returns the venue that is the headquarters of known body key:
// the gazetteer's place "FORM Headquarters" for one of the body's forms,
// else "WRITTEN Headquarters" where written is the body's abbreviation
// as the text writes it ("(STRIKFORNATO) headquarters"), else "FORM
// Headquarters" of its shortest form.
func (c *candidates) seatOf(key, written string) string {
	o := c.r.g.Orgs[key]
	forms := append([]string{o.Name}, o.Aliases...)
	for _, f := range forms {
		if p := c.r.g.Places[f+" Headquarters"]; p != nil {
			return p.Name
		}
	}
	if slices.ContainsFunc(forms, func(f string) bool { return strings.EqualFold(f, written) }) {
		return written + " Headquarters"
	}
	short := o.Name
	for _, f := range o.Aliases {
		if len(f) < len(short) && !strings.Contains(f, ".") {
			short = f
		}
	}
	return short + " Headquarters"
}

// adjectival reports whether a capitalised word has the ending of an
// adjective of place: "Baltic", "Nordic", "Scandinavian", "Western".
func adjectival(w string) bool {
	for _, end := range []string{"ic", "an", "ern", "ian"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// adjectiveBySuffix reports whether word w ends as English adjectives do
// and towns' names seldom: "Ambassadorial", "Ministerial", "Preliminary".
func adjectiveBySuffix(w string) bool {
	for _, end := range []string{"ial", "ary", "ive", "ous"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+3 {
			return true
		}
	}
	return false
}

// abstractBySuffix reports whether lower-case word w ends as English
// abstract nouns do ("addition", "agreement", "readiness", "response"
// aside): no town's name the gazetteer lacks.
func abstractBySuffix(w string) bool {
	for _, end := range []string{"tion", "sion", "ment", "ness", "ance", "ence", "ity", "ship", "ism", "onse"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// nounAfter reports whether token k is a word in lower case that is no
// small word of a sentence (smallWord) nor an event's: a noun the
// capitalised word before it modifies ("Ambassadorial level").
func (c *candidates) nounAfter(k int) bool {
	tok, w := c.t.Tok(k), c.r.w
	if !tok.IsWord() || tok.IsCap() || !c.t.SameSentence(k-1, k) {
		return false
	}
	n := tok.Norm
	return !w.smallWord(n) && !w.eventWords.Has(n) && !w.settlements.Has(n) && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "s")
}

// outOf reports whether the "of" at token k closes "out of", which goes
// from a place as a preposition does: "will fly out of Ämari, Estonia".
func (c *candidates) outOf(k int) bool {
	return c.t.Norm(k) == "of" && c.t.Norm(k-1) == "out"
}

// unknownTowns reads a town the gazetteer lacks where the text places it
// in a country: "in Seville, Spain", "near Korzeniewo, Poland", a
// dateline's "Åre, Sweden, 25 May 2005 –"; or gives a date next to it: "a
// meeting in Taormina in February 2006", "in February 2006 in Taormina".
//
// The town may be the release's last word but its full stop: "... and
// the Defence Ministers meeting in February 2006 in Taormina."
func (c *candidates) unknownTowns() {
	toks := c.t.Tokens
	for i := 1; i+1 < len(toks); i++ {
		prep := (c.r.w.placePrep(toks[i-1].Norm) || c.outOf(i-1)) && c.t.SameSentence(i-1, i) // not a title's last word: "... during Copenhagen visit", then "On 31 August"
		if !toks[i].IsCapWord() || c.blocked[i] || !prep && c.t.SentenceOf(i).First != i && !c.settlementOf(i) && !c.venueOf(i) && !c.townAfterVenue(i, c.townEnd(i)) || c.coveredBy(i, KPlace, KOrg) && !c.longerTown(i) {
			continue
		}
		end := c.townEnd(i)
		if end >= len(toks) || end == i+1 && adjectiveBySuffix(toks[i].Norm) && c.nounAfter(end) {
			continue // "at Ambassadorial level": an adjective before its noun, no town
		}
		if prep && end == i+1 && toks[i].IsUpper() {
			continue // "held via VTC on Friday": an unknown acronym after a preposition names no town
		}
		if c.titleWordIn(i, end) || c.fieldsOnly(i, end) {
			continue // "in Defence Ministers Sessions", "to Accession Talks", "Gender in Military Operations": a title's, an event's or a field's words name no town
		}
		if c.venueOf(i) && !c.r.w.given.Has(toks[i].Text) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "the military base of Vaziani"
			continue
		}
		if c.settlementOf(i) || c.t.SentenceOf(i).First == i && c.bracketedDateline(end) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City}) // "the town of Hoyo de Manzanares", "Tel Aviv (Israel) – 19 November 2009"
			c.repeatTown(i, end)
			continue
		}
		if prep && (c.dateAfter(end) || c.dateBefore(i-1)) && !c.r.w.given.Has(toks[i].Text) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City}) // "a meeting in Taormina in February 2006"
			c.repeatTown(i, end)
			continue
		}
		if c.venueTown(i, end) || c.townAfterVenue(i, end) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City}) // "the Military Training Area in Pabrade"
			c.repeatTown(i, end)
			continue
		}
		if c.meetingTown(i, end) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City}) // "at a first meeting in Taormina."
			c.repeatTown(i, end)
			continue
		}
		if prep && c.settlementAfter(end+1) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City}) // "in Karwice, a village near"
			c.repeatTown(i, end)
			continue
		}
		if prep && toks[end].Norm == "," && !c.r.w.given.Has(toks[i].Text) {
			switch c.venueAfter(end + 1) {
			case "venue":
				c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue}) // "at Kastellet, a fortress in Copenhagen"
				continue
			case "body":
				c.add(Mention{Kind: KOrg, Span: Span{i, end}}) // "at Plexal, an innovation centre in east London": a body, at its seat (seatedByApposition)
				continue
			}
		}
		if prep && c.countryAt(end) && !c.r.w.given.Has(toks[i].Text) && toks[i].Sent != 0 && !c.r.w.compass.Has(toks[end-1].Norm) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City}) // "in Zeebrugge Belgium": a town, then its country
			c.repeatTown(i, end)
			continue
		}
		if toks[end].Norm != "," {
			continue
		}
		near := c.t.Norm(end+1) == "near" && c.coveredBy(end+2, KPlace) || prep && c.vicinityAfter(end+1) // "in Kahramankazan, near Ankara", "in Rustamiyah, on the outskirts of the capital"
		inPlace := c.countryAt(end+1) || c.stateAt(end+1) || near || !prep && c.cityDatelineAfter(end+1)  // "in Kananaskis, Alberta, Canada"; a dateline's "Nisida, Naples –"
		if outer := c.townEnd(end + 1); !inPlace && outer > end+1 && c.t.Norm(outer) == "," && c.countryAt(outer+1) && !c.coveredBy(end+1, KOrg) {
			inPlace = true // "in Kjeller, Lillestrøm, Norway": a town in a town in a country
			if !c.coveredBy(end+1, KPlace) {
				c.add(Mention{Kind: KPlace, Span: Span{end + 1, outer}, PlaceKind: natokg.City})
			}
		}
		if prep && !inPlace && !c.sceneTown(i, end) {
			continue
		}
		if !prep && !(inPlace && c.datelineAfter(end+1)) && !(c.dateEnd(end+1) > end+1 && c.t.Norm(c.dateEnd(end+1)) == "-") {
			continue // a sentence opens with the town only in a dateline: "Åre, Sweden, 25 May 2005 –", "Kananaskis, 17 June 2025 –"
		}
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City})
		c.repeatTown(i, end)
	}
	c.dashDatelineTown()
	c.townsVisited()
	c.townsAfterAnd()
	c.townsListed()
	c.townsOfSites()
	c.divisionsOf()
}

// dashDatelineTown reads the one to three capitalised words that open
// the lead before a spaced dash, with no date, as the dateline's town
// the gazetteer lacks: "Belo Polje - The Change of Command ceremony took
// place today". Not words another candidate starts but a shorter place
// ("Belo"), or a head of a body, a place or a title.
func (c *candidates) dashDatelineTown() {
	t := c.t
	if t.Lead() >= len(t.Sentences) {
		return
	}
	i := t.Sentences[t.Lead()].First
	end := i
	for end < i+3 && t.Tok(end).IsCapWord() && !t.Tok(end).IsUpper() && !c.headWord(t.Tok(end).Text) {
		end++
	}
	dash := t.Tok(end)
	if end == i || !isDash(dash.Norm) || !dash.SpaceBefore || !t.Tok(end+1).SpaceBefore || !t.Tok(end+1).IsCap() {
		return
	}
	if c.findStarting(i, func(m *Mention) bool { return m.Limit >= end || m.Kind != KPlace }) != nil {
		return
	}
	c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City})
}

// headWord reports whether w is the head of a body's, a place's, an
// event's or a title's name.
func (c *candidates) headWord(w string) bool {
	return c.r.w.orgHeads.Has(w) || c.r.w.placeHeads.Has(w) || c.r.w.eventHeads.Has(w) || c.r.w.roleHeads.Has(w)
}

// sceneTown reports whether the words [i, end), after the "In" that opens
// their sentence and before a comma, set the scene of a clause whose
// subject is a person: a pronoun, an honorific, a rank or a title ("In
// Besmaya, Mr. Stoltenberg will visit NATO's training facilities", "In
// Besmaya, he met the trainers").
func (c *candidates) sceneTown(i, end int) bool {
	t := c.t
	if t.Norm(i-1) != "in" || t.SentenceOf(i).First != i-1 || t.Norm(end) != "," {
		return false
	}
	for k := i; k < end; k++ {
		if abstractBySuffix(t.Norm(k)) || c.r.w.inAdverbials.Has(t.Norm(k)) {
			return false // "In Addition, the Secretary General ...", "In Particular, ..."
		}
	}
	k := end + 1
	if t.Norm(k) == "the" {
		k++
	}
	if e, ok := c.r.w.pronouns.Lookup(t.Norm(k)); ok && e.Value(1) == "subject" && k == end+1 {
		return true
	}
	return c.findStarting(k, func(m *Mention) bool { return m.Is(KHonorific, KRank, KRole) }) != nil
}

// vicinityAfter reports whether a phrase that places a town near another
// opens at token k: a preposition of place-prepositions.tsv, "the", a
// noun of vicinity-nouns.tsv and "of" ("on the outskirts of the
// capital", "in the vicinity of Tbilisi").
func (c *candidates) vicinityAfter(k int) bool {
	t := c.t
	return c.r.w.placePreps.Has(t.Norm(k)) && t.Norm(k+1) == "the" && c.r.w.vicinityNouns.Has(t.Norm(k+2)) && !t.Tok(k+2).IsCap() && t.Norm(k+3) == "of"
}

// longerTown reports whether the capitalised words from i, which a known
// town's words open, name a longer town of the state or the country named
// after them, one the town known lies in nowhere: "in Cambridge Bay,
// Nunavut" is not Cambridge, Ontario, and a bay.
func (c *candidates) longerTown(i int) bool {
	end := c.townEnd(i)
	if end <= i+1 || end >= len(c.t.Tokens) || c.t.Norm(end) != "," || c.coveredBy(i, KOrg) {
		return false
	}
	outer := c.countryStarting(end + 1)
	if outer == nil {
		outer = c.stateStarting(end + 1)
	}
	if outer == nil {
		return false
	}
	return c.find(func(m *Mention) bool {
		return m.Kind == KPlace && m.First >= i && m.First < end && (!m.Weak || m.First == i && m.Limit >= end || c.r.g.InDivision(m.Key, outer.Key) || c.r.g.CountryOf(m.Key) == outer.Key)
	}) == nil
}

// venueTown reports whether the capitalised words [i, end) after "in"
// name the town a venue lies in: the head of a venue (place-heads.tsv)
// ends the words before "in", and no given name opens them ("the
// Military Training Area in Pabrade", "Camp Adazi in Kadaga").
func (c *candidates) venueTown(i, end int) bool {
	toks := c.t.Tokens
	if i < 2 || toks[i-1].Norm != "in" || c.r.w.given.Has(toks[i].Text) || !toks[i-2].IsCap() {
		return false
	}
	return c.placeKindOf(toks[i-2].Text, "head") == natokg.Venue && c.placeHead(toks[i-2].Text, "head")
}

// townAfterVenue reports whether the capitalised words [i, end), which
// no given name opens, stand between commas right after a venue's name
// that ends in a venue's head (place-heads.tsv): the town the venue is
// in ("at the Joint Warfare Centre Training Facility, Ulsnes, between 4
// and 15 April").
func (c *candidates) townAfterVenue(i, end int) bool {
	toks := c.t.Tokens
	if i < 3 || toks[i-1].Norm != "," || c.r.w.given.Has(toks[i].Text) || !toks[i-2].IsCapWord() || end >= len(toks) {
		return false
	}
	if n := toks[end].Norm; n != "," && n != "." {
		return false
	}
	return c.venueHead(toks[i-2].Text) && c.coveredBy(c.runStart(i-2), KPlace, KOrg)
}

// runStart returns where the run of capitalised words that ends at
// token j starts.
func (c *candidates) runStart(j int) int {
	for j > 0 && c.t.Tok(j-1).IsCapWord() && c.t.SameSentence(j-1, j) {
		j--
	}
	return j
}

// divisionsOf reads the divisions of a country the gazetteer knows after
// a region's head and "of": "the province of Uruzgan", "the Southern
// Province of Uruzgan" name Uruzgān, as "Uruzgan Province" does; "the
// provinces of Helmand and Uruzgan" name two.
func (c *candidates) divisionsOf() {
	toks := c.t.Tokens
	for i := 2; i < len(toks); i++ {
		head := upperFirst(toks[i-2].Norm)
		if toks[i-1].Norm != "of" || !toks[i].IsCapWord() || !c.regionHead(head) && !c.regionHead(strings.TrimSuffix(head, "s")) {
			continue
		}
		for k := i; k < len(toks) && toks[k].IsCapWord(); { // "the provinces of Helmand and Uruzgan"
			end := c.townEnd(k)
			key := c.divisionNamed(k, end)
			if key == "" {
				break
			}
			c.add(Mention{Kind: KPlace, Span: Span{k, end}, Key: key, PlaceKind: natokg.Region, Prio: prioRank})
			k = end
			if n := c.t.Norm(k); n == "," || n == "and" {
				k++
			}
			if c.t.Norm(k) == "and" {
				k++
			}
		}
	}
}

// regionHead reports whether w ends the name of a region ("Province").
func (c *candidates) regionHead(w string) bool {
	return c.placeHead(w, "head") && c.placeKindOf(w, "head") == natokg.Region
}

// townEnd returns where a town's name that starts at token i ends: up to
// three capitalised words, with the particles between them ("Hoyo de
// Manzanares") and the hyphens that join them ("Ar-Rustamiyah"), up to a
// country's name ("Zeebrugge Belgium").
func (c *candidates) townEnd(i int) int {
	toks := c.t.Tokens
	end, words := i+1, 1
	for end < len(toks) && words < 3 && c.t.SameSentence(i, end) {
		if toks[end].IsCapWord() && c.countryAt(end) && !c.r.w.compass.Has(toks[end-1].Norm) {
			break // "the naval base in Zeebrugge Belgium": the town, then its country; but "in Southern Afghanistan"
		}
		if toks[end].IsCapWord() {
			end, words = end+1, words+1
		} else if toks[end].Norm == "/" && !toks[end].SpaceBefore && end+1 < len(toks) && toks[end+1].IsCapWord() && c.t.SameSentence(i, end+1) {
			end += 2 // a town's two names: "Zveçan/Zvečan", "Leposaviq/ Leposavić"
		} else if c.r.w.particles.Has(toks[end].Norm) && end+1 < len(toks) && toks[end+1].IsCapWord() && c.t.SameSentence(i, end+1) {
			end += 2
			words++
		} else if hyphenedParticle(toks, end) {
			end += 4 // "Kual-e-Naw", "Mazar-i-Sharif"
		} else if c.t.JoiningHyphen(end) && end+1 < len(toks) && toks[end+1].IsCapWord() && c.t.SameSentence(i, end+1) {
			end += 2 // "Ar-Rustamiyah", "Bielsko-Biała"
		} else {
			break
		}
	}
	return end
}

// hyphenedParticle reports whether a short word in lower case, between
// two hyphens that no space parts from the words around them, joins the
// word before token k to a capitalised word: "Kual-e-Naw".
func hyphenedParticle(toks []Token, k int) bool {
	if k+3 >= len(toks) || toks[k].Norm != "-" || toks[k+2].Norm != "-" {
		return false
	}
	for j := k; j <= k+3; j++ {
		if toks[j].SpaceBefore {
			return false
		}
	}
	p := toks[k+1]
	return p.IsWord() && !p.IsCap() && len(p.Text) <= 3 && toks[k+3].IsCapWord()
}

// titleWordIn reports whether a word of [i, end) is the head of a
// title (role-heads.tsv), or its plural, or of a named event
// (event-heads.tsv: "Accession Talks", "Defence Ministerial Session").
func (c *candidates) titleWordIn(i, end int) bool {
	for k := i; k < end; k++ {
		x := c.t.Tokens[k].Text
		if c.r.w.titleHead(x) || c.r.w.eventHeads.Has(x) {
			return true
		}
	}
	return false
}

// fieldsOnly reports whether every word of [i, end) names a field of
// work (field-nouns.tsv, or a domain word of role-modifiers.tsv):
// "Military Operations", "Defence Matters" name no town.
func (c *candidates) fieldsOnly(i, end int) bool {
	for k := i; k < end; k++ {
		if !c.r.w.namesField(c.t.Tokens[k].Text) {
			return false
		}
	}
	return end > i
}

// settlementOf reports whether the name at token i follows "the town of",
// "the village of": what kind of place it is, said before it.
func (c *candidates) settlementOf(i int) bool {
	if n := c.t.Norm(i - 1); (n == "," || n == "and") && c.t.SameSentence(i-1, i) {
		return c.settlementListed(i - 1) // "the municipalities of Zubin Potok, Skenderaj/Srbica and Rahovec"
	}
	return i >= 2 && c.t.Norm(i-1) == "of" && c.r.w.settlements.Has(c.t.Norm(i-2)) && !c.t.Tok(i-2).IsCap()
}

// settlementListed reports whether the comma or "and" at k closes an
// item of a list of towns that "the towns of" opens: the name before it
// (its words, slashes between them) is a settlement's.
func (c *candidates) settlementListed(k int) bool {
	j := k - 1
	if c.t.Norm(j) == "," {
		j-- // ", and"
	}
	for j > 0 && c.t.SameSentence(j, k) && (c.t.Tok(j).IsCapWord() || c.t.Norm(j) == "/") && (c.t.Tok(j-1).IsCapWord() || c.t.Norm(j-1) == "/") {
		j--
	}
	return j < k && c.t.Tok(j).IsCapWord() && c.settlementOf(j)
}

// venueOf reports whether a name at token i follows "of" and a lower-case
// head that lower-place-heads.tsv makes a venue: "the military base of
// Vaziani", "the camp of Marmal".
func (c *candidates) venueOf(i int) bool {
	return i >= 2 && c.t.Norm(i-1) == "of" && !c.t.Tok(i-2).IsCap() && c.r.w.lowerPlaceHeads.Value(c.t.Norm(i-2), 0) == "venue" && c.t.Norm(i-3) != "of"
}

// bracketedDateline reports whether a dateline's town that ends at token
// end is followed by its country in brackets and a date, or by its date
// in brackets: "Tel Aviv (Israel) – 19 November 2009:", "TRAPANI (Oct.
// 3, 2015) –".
func (c *candidates) bracketedDateline(end int) bool {
	if c.t.Norm(end) == "(" {
		if k := c.dateEnd(end + 1); k > end+1 && c.t.Norm(k) == ")" && isDash(c.t.Norm(k+1)) {
			return true // "TRAPANI (Oct. 3, 2015) –"
		}
	}
	if c.t.Norm(end) != "(" || !c.countryAt(end+1) {
		return false
	}
	m := c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First == end+1 })
	k := m.Limit
	if c.t.Norm(k) != ")" {
		return false
	}
	k++
	if n := c.t.Norm(k); isDash(n) || n == "," {
		k++
	}
	return c.dateEnd(k) > k
}

// townsVisited reads a town the gazetteer lacks after a verb of visiting:
// "Visiting Tarin Kowt on Friday, the Secretary General met", "He later
// travelled to Mitrovica, where", "went to Kyria where he met".
func (c *candidates) townsVisited() {
	toks := c.t.Tokens
	for i := 1; i+1 < len(toks); i++ {
		motion := c.r.w.placePreps.Value(toks[i-1].Norm, 0) == "motion" && (toks[i-1].Norm != "to" || i > 1 && c.r.w.placePreps.Value(toks[i-2].Norm, 0) == "motion") ||
			toks[i-1].Norm == "in" && i > 1 && c.r.w.placePreps.Value(toks[i-2].Norm, 0) == "motion" // "After landing in Mitrovica"
		if !toks[i].IsCapWord() || c.blocked[i] || !motion || c.coveredBy(i, KPlace, KOrg, KDemonym, KRank, KHonorific, KRole) {
			continue
		}
		end := i + 1
		if end < len(toks) && toks[end].IsCapWord() && c.t.SameSentence(i, end) && !c.coveredBy(end, KPlace, KOrg) {
			end++
		}
		if n := c.t.Norm(end); n != "on" && n != "," && n != "." && n != "and" && n != "in" && n != "where" || c.r.w.given.Has(toks[i].Text) {
			continue
		}
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City})
		c.repeatTown(i, end)
	}
}

// townsOfSites reads a town the gazetteer lacks after a site's noun in
// lower case (a venue's head of place-heads.tsv, the last word of
// lower-place-heads.tsv) and "in": "the missile defence facility in
// Deveselu", "the training area in Adazi".
func (c *candidates) townsOfSites() {
	toks := c.t.Tokens
	for i := 2; i+1 < len(toks); i++ {
		if toks[i-1].Norm != "in" || !c.siteNoun(i-2) || !toks[i].IsCapWord() || c.blocked[i] || c.r.w.given.Has(toks[i].Text) ||
			c.coveredBy(i, KPlace, KOrg, KDemonym, KRank, KHonorific, KRole, KPerson) {
			continue
		}
		end := c.townEnd(i)
		if n := c.t.Norm(end); n != "," && n != "." && n != "on" && n != "and" || end-i > 2 {
			continue
		}
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.City})
		c.repeatTown(i, end)
	}
}

// siteNoun reports whether token k is a site's noun in lower case: a
// venue's head ("facility", "base") or the last word of a lower-case
// place phrase ("training area").
func (c *candidates) siteNoun(k int) bool {
	tok := c.t.Tokens[k]
	if tok.IsCap() || !tok.IsWord() {
		return false
	}
	for _, e := range c.r.w.placeHeads.Entries(tok.Text) {
		if e.Value(0) == "venue" && e.Value(2) == "head" {
			return true
		}
	}
	for _, f := range c.r.w.lowerPlaceHeads.Forms() {
		if lastField(f) != tok.Norm {
			continue
		}
		if e, _ := c.r.w.lowerPlaceHeads.Phrase(f); e.Value(0) == "venue" {
			return true
		}
	}
	return false
}

// townsAfterAnd reads a town the gazetteer lacks joined to a town where a
// place is expected: "in Strasbourg and Kehl", "toured Peja and Prizren".
func (c *candidates) townsAfterAnd() {
	toks := c.t.Tokens
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].Norm != "and" || !toks[i+1].IsCapWord() || c.blocked[i+1] || c.coveredBy(i+1, KPlace, KOrg, KDemonym, KRank, KHonorific, KRole) || toks[min(i+2, len(toks)-1)].IsCapWord() {
			continue
		}
		city := c.find(func(m *Mention) bool {
			return m.Kind == KPlace && m.Limit == i && (c.r.g.Places[m.Key] != nil && c.r.g.Places[m.Key].Kind == natokg.City || c.r.g.Places[m.Key] == nil && m.PlaceKind == natokg.City)
		})
		if city == nil || !c.r.w.placePrep(c.t.Norm(c.t.BackPastThe(city.First-1))) {
			continue
		}
		c.add(Mention{Kind: KPlace, Span: Span{i + 1, i + 2}, PlaceKind: natokg.City})
		c.repeatTown(i+1, i+2)
	}
}

// townsListed reads the towns the gazetteer lacks inside a list of
// places it knows: after a preposition of place or a dash, items joined
// by commas and "and", at least two of them towns, states or regions it
// knows ("bases in Chag Charan, Kandahar, Tirin Kot and Camp Bastion";
// "six provinces – Day Kundi, Helmand, Nimroz and Zabul"). An unknown
// item is up to three capitalised words that no other reading takes,
// that no given name opens, with no title's or body's head and no
// event's head last.
func (c *candidates) townsListed() {
	toks := c.t.Tokens
	for i := 1; i < len(toks); i++ {
		if n := toks[i-1].Norm; !c.r.w.placePrep(n) && !isDash(n) && n != ":" || !c.t.SameSentence(i-1, i) {
			continue
		}
		known, unknown, kind, k := 0, []Span(nil), natokg.City, i
		for k < len(toks) && c.t.SameSentence(i, k) {
			if m := c.listedPlace(k); m != nil && c.itemEnds(m.Limit) {
				known++
				kind, k = c.r.g.Places[m.Key].Kind, m.Limit
			} else if end := c.unknownItem(k); end > k {
				unknown, k = append(unknown, Span{k, end}), end
			} else {
				break
			}
			if c.t.Norm(k) == "," {
				k++
			}
			if c.t.Norm(k) != "and" && c.t.Norm(k-1) != "," {
				break
			}
			if c.t.Norm(k) == "and" {
				k++
			}
		}
		if known < 2 || len(unknown) == 0 {
			continue
		}
		for _, sp := range unknown {
			c.add(Mention{Kind: KPlace, Span: sp, PlaceKind: kind})
			c.repeatTown(sp.First, sp.Limit)
		}
		i = k
	}
}

// listedPlace returns the town, state or region the gazetteer knows
// that starts at token k, or nil.
func (c *candidates) listedPlace(k int) *Mention {
	return c.find(func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.First == k && p != nil && (p.Kind == natokg.City || p.Kind == natokg.Region || p.Kind == natokg.State)
	})
}

// itemEnds reports whether an item of a list ends before token k: a
// comma, "and" or a full stop.
func (c *candidates) itemEnds(k int) bool {
	n := c.t.Norm(k)
	return n == "," || n == "and" || n == "."
}

// unknownItem returns where the unknown name of a list item that starts
// at token k ends (see townsListed), or k.
func (c *candidates) unknownItem(k int) int {
	toks, w := c.t.Tokens, c.r.w
	if k >= len(toks) || !toks[k].IsCapWord() || toks[k].IsUpper() || c.blocked[k] || w.given.Has(toks[k].Text) || c.find(func(m *Mention) bool { return m.First <= k && k < m.Limit && m.Kind != KEvent && !m.Weak }) != nil {
		return k // a weak candidate is only a town where the text says so: here it does
	}
	end := c.townEnd(k)
	if !c.itemEnds(end) || w.eventHeads.Has(toks[end-1].Text) {
		return k // "Independence Day": an event
	}
	for j := k; j < end; j++ {
		if x := toks[j].Text; w.titleHead(x) || w.orgHeads.Has(x) || c.placeHead(x, "head") || c.find(func(m *Mention) bool { return m.First == j && m.Kind != KEvent && !m.Weak }) != nil {
			return k
		}
	}
	return end
}

// repeatTown marks every other use of the town at tokens [first, limit)
// as that town: "held in Åre, Sweden", then "the ski resort of Åre".
func (c *candidates) repeatTown(first, limit int) {
	toks, n := c.t.Tokens, limit-first
	for i := 0; i+n <= len(toks); i++ {
		if i == first || toks[max(i-1, 0)].IsCapWord() && i > 0 || i+n < len(toks) && toks[i+n].IsCapWord() || c.coveredBy(i, KPlace, KOrg) {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = toks[i+k].Text == toks[first+k].Text
		}
		if same {
			c.add(Mention{Kind: KPlace, Span: Span{i, i + n}, PlaceKind: natokg.City})
		}
	}
}

// datelineAfter reports whether the country at token i is followed by a
// comma and a date, by a date in brackets, or by the dash that closes a
// dateline without a date: "Åre, Sweden, 25 May 2005 –", "SALAMIS,
// Greece (Sept. 3, 2016) –", "KORZENIEWO, Poland –".
func (c *candidates) datelineAfter(i int) bool {
	m := c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First == i })
	if m == nil {
		return false
	}
	n := c.t.Norm(m.Limit)
	return (n == "," || n == "(") && c.dateEnd(m.Limit+1) > m.Limit+1 || isDash(n)
}

// cityDatelineAfter reports whether a town the gazetteer knows starts at
// token i and a dash ends it: a dateline that names a place, then its
// town ("Nisida, Naples –").
func (c *candidates) cityDatelineAfter(i int) bool {
	m := c.find(func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.First == i && p != nil && p.Kind == natokg.City
	})
	return m != nil && isDash(c.t.Norm(m.Limit))
}

// settlementAfter reports whether an apposition at token i says that the
// name before it is a town: "a village", "a small port".
func (c *candidates) settlementAfter(i int) bool {
	if n := c.t.Norm(i); n != "a" && n != "an" && n != "the" {
		return false
	}
	for k := i + 1; k <= i+3 && k < len(c.t.Tokens); k++ {
		if c.r.w.settlements.Has(c.t.Norm(k)) {
			return true
		}
		if c.t.Tok(k).IsCap() || !c.t.Tok(k).IsWord() {
			return false
		}
	}
	return false
}

// venueAfter reports what an apposition at token i says the name before
// it is: an article, up to two lower-case words and, in lower case, a
// venue's head ("a fortress": "venue") or the head of a body one goes to
// ("an innovation centre", "a research institute": "body"); else "".
func (c *candidates) venueAfter(i int) string {
	if n := c.t.Norm(i); n != "a" && n != "an" && n != "the" {
		return ""
	}
	for k := i + 1; k <= i+3 && k < len(c.t.Tokens); k++ {
		tok := c.t.Tok(k)
		if tok.IsCap() || !tok.IsWord() {
			return ""
		}
		switch head := upperFirst(tok.Norm); {
		case c.r.w.orgHeads.Value(head, 1) == "yes":
			return "body"
		case c.venueHead(head):
			return "venue"
		}
	}
	return ""
}

// stateAt reports whether a state's or a region's candidate starts at
// token i.
func (c *candidates) stateAt(i int) bool { return c.stateStarting(i) != nil }

// stateStarting returns the candidate of a state or a region the
// gazetteer knows that starts at token i, or nil.
func (c *candidates) stateStarting(i int) *Mention {
	return c.find(func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.First == i && p != nil && (p.Kind == natokg.State || p.Kind == natokg.Region)
	})
}

// dateEnd returns where the date that starts at token i ends, or i.
func (c *candidates) dateEnd(i int) int {
	if d := c.find(func(d *Mention) bool { return d.Kind == KDate && d.First == i }); d != nil {
		return d.Limit
	}
	return i
}

// dateAfter reports whether a date follows token i, perhaps after "in"
// or "on": "in Taormina in February 2006".
func (c *candidates) dateAfter(i int) bool {
	if n := c.t.Norm(i); n == "in" || n == "on" {
		if c.dateEnd(i+1) > i+1 {
			return true
		}
	}
	return c.dateEnd(i) > i
}

// dateBefore reports whether a date ends at token i: "in February 2006
// in Taormina".
func (c *candidates) dateBefore(i int) bool {
	return c.find(func(d *Mention) bool { return d.Kind == KDate && d.Limit == i && !c.periodOf(d) }) != nil
}

// periodOf reports whether date d is a bare year that a noun before it
// owns through "of" ("its first meeting of 2021 in Chiefs of Defence
// format"): it dates the noun, not a town after it.
func (c *candidates) periodOf(d *Mention) bool {
	if c.t.Norm(d.First) == "of" {
		return d.Limit-d.First == 2
	}
	return d.Limit-d.First == 1 && c.t.Norm(d.First-1) == "of"
}

// nameAfterTitle reports whether the run [i, end), a given name and a
// few more words, stands in apposition to a title, after it or before it:
// its holder's name, whatever its last word ("the Assistant Secretary
// General for Public Diplomacy, Jean-François Bureau", "Jean-François
// Bureau, NATO's Assistant Secretary General").
func (c *candidates) nameAfterTitle(i, end int) bool {
	toks := c.t.Tokens
	after := i >= 2 && toks[i-1].Norm == ","
	before := end < len(toks) && toks[end].Norm == ","
	if end-i > 5 || !after && !before || !c.r.w.given.Has(toks[i].Text) || c.r.g.knownOrg(toks[i:end]) != "" {
		return false
	}
	if c.r.g.demonymAt(toks, i) != "" || c.coveredBy(i, KPlace) {
		return false // "Lieutenant General X, German Army, Commander of ...": a body
	}
	if toks[i].IsUpper() {
		return false // "NATO Transformation Seminar, organised by the Supreme Allied Commander": "Nato" is a given name, "NATO" no one's
	}
	for k := i; k < end; k++ {
		if n := toks[k].Norm; n == "of" || n == "for" || n == "and" || n == "the" || c.r.w.eventHeads.Has(toks[k].Text) || c.r.w.placeHeads.Has(toks[k].Text) {
			return false // nor "Willard Hotel", a venue's name
		}
	}
	return c.find(func(m *Mention) bool {
		return m.Kind == KRole && c.t.SameSentence(m.First, i) &&
			(after && m.Limit < i && m.Limit > i-10 || before && m.First > end && m.First <= end+4)
	}) != nil
}

// endBeforeIn returns where an event's name that goes on with "of" at k
// ends: before "in PLACE" ("the Spring Session of the NATO Parliamentary
// Assembly in Tallinn": Tallinn is its place), else at end.
func (c *candidates) endBeforeIn(k, end int) int {
	for j := k + 1; j < end; j++ {
		if c.t.Norm(j) == "in" && c.coveredBy(j+1, KPlace) {
			return j
		}
	}
	return end
}

// scheduleTowns reads the place a line of a schedule names after its
// venue and a comma, where the name ends the line or comes before a
// comma and a known place: the venue's town or site ("11:00 – Lecture –
// Naval Academy, Vilsund"; "16:00 – Wreath-laying at the War Memorial,
// Castle Hill, Tartu"). No other candidate may start there but a small
// town's, which the line makes a place ("Town Hall, Kuldīga").
func (c *candidates) scheduleTowns() {
	toks := c.t.Tokens
	for i := 2; i < len(toks); i++ {
		if toks[i-1].Norm != "," || !toks[i].IsCapWord() || !c.t.ScheduleVenue(i) {
			continue
		}
		if c.findEnding(i-1, func(m *Mention) bool { return m.Is(KPlace, KOrg) }) == nil {
			continue
		}
		town := Mention{Kind: KPlace, Span: Span{i, c.townEnd(i)}, PlaceKind: natokg.City}
		if w := c.findStarting(i, func(m *Mention) bool { return m.Kind == KPlace && m.Weak }); w != nil {
			town, town.Weak = *w, false
		} else if c.r.w.given.Has(toks[i].Text) || c.coveredBy(i, KPlace, KOrg, KPerson, KRank, KHonorific, KRole, KDemonym, KEvent) {
			continue
		}
		switch end := town.Limit; {
		case !c.t.SameSentence(i, end) || end >= len(toks):
			c.add(town)
		case toks[end].Norm == "," && c.coveredBy(end+1, KPlace) && c.t.SameSentence(i, end+1):
			if town.Key == "" {
				town.PlaceKind = natokg.Venue
			}
			c.add(town)
		}
	}
}

// countryAt reports whether a country's candidate starts at token i.
func (c *candidates) countryAt(i int) bool { return c.countryStarting(i) != nil }

// countryStarting returns the candidate of a country that starts at
// token i, or nil.
func (c *candidates) countryStarting(i int) *Mention {
	return c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First == i && c.r.g.Country(m.Key) != nil })
}

// bracketVenues reads the venue a line of a schedule names in brackets:
// "08:30 – Opening of the session (Le Méridien Lav)".
func (c *candidates) bracketVenues() {
	toks := c.t.Tokens
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Norm != "(" || !toks[i].IsCapWord() || !c.t.ScheduleVenue(i) {
			continue
		}
		end := i
		for end < len(toks) && toks[end].Norm != ")" && end-i < 6 && (toks[end].IsCapWord() || toks[end].IsUpper()) {
			end++
		}
		if c.t.Norm(end) == ")" && end > i && !c.coveredBy(i, KPlace, KOrg) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue})
		}
	}
}

// dashVenues reads the venue a line of a schedule names right after its
// venue's dash, before a comma and a known place: "10:15 – Joint press
// conference – Rosenbad, Stockholm". The name, capitalised words that
// no other candidate starts and that open with no given name, is the
// venue, whatever its words.
func (c *candidates) dashVenues() {
	toks := c.t.Tokens
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].Norm != "-" || !toks[i].IsCapWord() || !c.t.ScheduleVenue(i) || c.t.ScheduleVenue(i-1) {
			continue
		}
		if c.r.w.given.Has(toks[i].Text) || c.coveredBy(i, KPlace, KOrg, KPerson, KRank, KHonorific, KRole, KDemonym) {
			continue
		}
		end := i
		for end < len(toks) && end-i < 6 && c.t.SameSentence(i, end) && (toks[end].IsCapWord() || end > i && c.r.w.particles.Has(toks[end].Norm)) {
			end++
		}
		if c.t.Norm(end) == "," && c.coveredBy(end+1, KPlace) && c.t.SameSentence(i, end+1) {
			c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue})
		}
	}
}

// organisingBodies reads the name after "organised by", "hosted by"
// (`organiser-phrases.tsv`) as a body's, where it is no person's: "The
// forum was organised by Blue Harbor Partners", not "hosted by Allies on
// the Strategic Concept" (group-nouns.tsv).
func (c *candidates) organisingBodies() {
	toks := c.t.Tokens
	for i := range toks {
		_, n := c.r.w.organisers.MatchAt(toks, i)
		if n == 0 {
			continue
		}
		j := c.t.PastThe(i + n)
		if j >= len(toks) || !toks[j].IsCapWord() || c.blocked[j] || c.r.w.given.Has(toks[j].Text) || c.coveredBy(j, KOrg, KRank, KHonorific, KRole, KDemonym) {
			continue
		}
		if c.r.w.groupNouns.Has(toks[j].Text) {
			continue // "seminars hosted by Allies on NATO's next Strategic Concept": people, no body's name
		}
		if end := c.capRun(j, c.t.SentenceOf(j)); end-j >= 2 && !c.countryIn(j) {
			c.add(Mention{Kind: KOrg, Span: Span{j, end}, Prio: prioOrg + 1})
		}
	}
}

// countryIn reports whether a country and "in" open the words at j:
// "hosted by Germany in Berlin" names a host and where, no body.
func (c *candidates) countryIn(j int) bool {
	m := c.countryStarting(j)
	return m != nil && c.t.Norm(m.Limit) == "in"
}

// introducedBodies reads a body whose kind a lower-case noun says before
// its name: "the defence company Rheinmetall", "the think tank GLOBSEC".
func (c *candidates) introducedBodies() {
	toks, nouns := c.t.Tokens, c.r.w.orgNouns
	for i := 0; i+1 < len(toks); i++ {
		_, n := nouns.MatchAt(toks, i)
		j := i + n
		if n == 0 || toks[i].IsCap() || j >= len(toks) || !c.t.SameSentence(i, j) || !toks[j].IsCapWord() && !toks[j].IsUpper() || c.blocked[j] || c.coveredBy(j, KOrg, KPlace) {
			continue
		}
		end := c.capRun(j, c.t.SentenceOf(j))
		c.add(Mention{Kind: KOrg, Span: Span{j, end}, Prio: 1})
	}
}

// appositiveBodies reads a name the gazetteer lacks as a body where an
// apposition after it says what kind of body it is, its last lower-case
// word a noun of org-nouns.tsv or a head of org-heads.tsv: "Plexal, an
// innovation centre in east London", "The Engine, an accelerator founded
// by MIT", "the École de Guerre, the staff college of".
func (c *candidates) appositiveBodies() {
	toks := c.t.Tokens
	for k := 2; k+2 < len(toks); k++ {
		if toks[k].Norm != "," || !c.r.w.determiners.Has(toks[k+1].Norm) || c.r.appositiveHead(c.t, k+2) == "" {
			continue
		}
		j := k
		for j > 0 && toks[j-1].IsCapWord() && c.t.SameSentence(j-1, k) {
			j--
		}
		if j == k || j > 1 && toks[j-2].IsCapWord() || c.t.SentenceOf(j).First == j || c.r.w.given.Has(toks[j].Text) || c.coveredBy(j, KOrg, KPlace, KRank, KHonorific, KRole, KDemonym) || c.coveredBy(k-1, KOrg, KPlace) {
			continue
		}
		c.add(Mention{Kind: KOrg, Span: Span{j, k}, Prio: 1})
	}
}

// appositiveHead returns the noun for a body that ends the words from i,
// lower case or joined by a hyphen, before "of", a preposition, a comma,
// a full stop or a participle: "an innovation centre in", "a Boston-based
// network of", "an accelerator founded by"; its last lower-case word must
// be a noun of org-nouns.tsv or a head of org-heads.tsv; else "".
func (r *rules) appositiveHead(t *Text, i int) string {
	last := ""
	for n := i; n < i+4 && n < len(t.Tokens); n++ {
		tok := t.Tokens[n]
		if !tok.IsWord() || tok.IsCap() && !strings.Contains(tok.Text, "-") || r.w.placePrep(tok.Norm) || tok.Norm == "of" || strings.HasSuffix(tok.Norm, "ed") {
			break
		}
		last = tok.Norm
	}
	if last != "" && (r.w.orgNouns.Has(last) || r.w.orgHeads.Value(upperFirst(last), 1) == "yes") {
		return last
	}
	return ""
}

// listedBodies reads the names listed after a plural noun for bodies and
// "are": "The four venture funds are Alpine Space Ventures, Join Capital
// and OTB Ventures"; where semicolons part the items, each is its first
// name and what describes it ("The companies are ARX Robotics, a German
// firm; Fractile, a designer of chips; and Space Forge").
func (c *candidates) listedBodies() {
	toks := c.t.Tokens
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Norm != "are" || !c.pluralOrgNoun(i-1) {
			continue
		}
		s := c.t.SentenceOf(i)
		semi := false
		for k := i; k < s.Limit; k++ {
			semi = semi || toks[k].Norm == ";"
		}
		for j := i + 1; j < s.Limit && nameWord(toks[j]); {
			end := j
			for end < s.Limit && nameWord(toks[end]) {
				end++
			}
			if c.find(func(m *Mention) bool { return m.Is(KOrg, KPlace) && m.First <= j && m.Limit >= end }) == nil {
				c.add(Mention{Kind: KOrg, Span: Span{j, end}, Prio: 1})
			}
			j = c.nextItem(end, s, semi)
		}
	}
}

// pluralOrgNoun reports whether token k is the plural of a noun for a
// body (`org-nouns.tsv`): "companies", "funds".
func (c *candidates) pluralOrgNoun(k int) bool {
	n := c.t.Norm(k)
	if c.t.Tokens[k].IsCap() || !strings.HasSuffix(n, "s") {
		return false
	}
	if strings.HasSuffix(n, "ies") && c.r.w.orgNouns.Has(strings.TrimSuffix(n, "ies")+"y") {
		return true
	}
	return c.r.w.orgNouns.Has(strings.TrimSuffix(n, "s"))
}

// nextItem returns where the next item of a list starts after an item
// that ends at end, or the sentence's end: past "," and "and", or, in a
// list parted by semicolons, past the next ";" and "and".
func (c *candidates) nextItem(end int, s Sentence, semi bool) int {
	k := end
	if semi {
		for k < s.Limit && c.t.Norm(k) != ";" {
			k++
		}
	}
	if k < s.Limit && (c.t.Norm(k) == ";" || c.t.Norm(k) == ",") {
		k++
	}
	if k < s.Limit && c.t.Norm(k) == "and" {
		k++
	}
	if k == end {
		return s.Limit
	}
	return k
}

// nameWord reports whether t may be a word of a name: capitalised, or
// with a capital inside ("iCOMAT").
func nameWord(t Token) bool {
	if t.IsCapWord() || t.IsUpper() {
		return true
	}
	return t.IsWord() && strings.ToLower(t.Text) != t.Text
}

// possessiveVenues reads a venue named after a post's holder: "the Prime
// Minister's Office", "the President's Residence".
func (c *candidates) possessiveVenues() {
	toks := c.t.Tokens
	for _, m := range c.out {
		if m.Kind != KRole || m.Limit+1 >= len(toks) || toks[m.Limit].Norm != "'s" || !toks[m.Limit+1].IsCapWord() {
			continue
		}
		head := toks[m.Limit+1].Text
		switch {
		case c.r.w.orgHeads.Value(head, 1) == "yes":
			c.add(Mention{Kind: KOrg, Span: Span{m.First, m.Limit + 2}, Prio: 1}) // "the President's Cabinet"
		case c.placeStrong(head) && !c.r.w.eventHeads.Has(head): // not "the Commander's Conference"
			c.add(Mention{Kind: KPlace, Span: Span{m.First, m.Limit + 2}, PlaceKind: natokg.Venue, Prio: 1})
		}
	}
}

// bodyHeadquarters reads a known body's possessive before "headquarters"
// as the venue the gazetteer names for that body's headquarters, perhaps
// past a word of status (role-modifiers.tsv: "new"): "the Alliance's
// Headquarters", "NATO's new headquarters" are NATO Headquarters.
func (c *candidates) bodyHeadquarters() {
	toks := c.t.Tokens
	for _, m := range c.out {
		if m.Kind != KOrg || m.Limit+2 >= len(toks) || toks[m.Limit].Norm != "'s" && toks[m.Limit].Text != "’s" {
			continue
		}
		h := m.Limit + 1
		if c.r.w.roleMods.Value(toks[h].Text, 0) == "status" && !toks[h].IsCap() {
			h++ // "NATO's new Headquarters": the building its headquarters are now in
		}
		if toks[h].Norm != "headquarters" {
			continue
		}
		o := c.r.g.Orgs[m.Key]
		if o == nil {
			continue
		}
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			if p := c.r.g.Places[name+" Headquarters"]; p != nil && p.Kind == natokg.Venue {
				c.add(Mention{Kind: KPlace, Span: Span{m.First, h + 1}, Key: name + " Headquarters", PlaceKind: natokg.Venue, Prio: prioRank})
				break
			}
		}
	}
}

// roleEndsAt reports whether a role's head or a gazetteer role ends just
// before token i.
func (c *candidates) roleEndsAt(i int) bool {
	if t := c.t.Tokens[i-1]; t.IsCap() && c.r.w.roleHeads.Has(t.Text) {
		return true
	}
	return c.find(func(m *Mention) bool { return m.Kind == KRole && m.Limit == i }) != nil
}

// coveredBy reports whether a candidate of one of the kinds starts at token j.
func (c *candidates) coveredBy(j int, kinds ...Kind) bool {
	return c.findStarting(j, func(m *Mention) bool { return m.Is(kinds...) }) != nil
}

// lastOrgEndingWith returns the key of the last organisation before token
// j whose name ends with the word head, or "": of two that end at the
// same word, the longer ("the North Atlantic Council", not the "Atlantic
// Council" inside it).
func (c *candidates) lastOrgEndingWith(head string, j int) string {
	key, first, limit := "", -1, -1
	for _, m := range c.out {
		if m.Kind != KOrg || m.Limit > j || m.Len() < 2 || c.t.Tokens[m.Limit-1].Text != head {
			continue
		}
		if m.Limit > limit || m.Limit == limit && m.First < first {
			key, first, limit = m.Key, m.First, m.Limit
		}
	}
	return key
}

// knownAcronymName reads capitalised words that end with a body's head
// right before "(ACR)" at token i, where ACR is a body the gazetteer knows
// and the words do not spell it, as one more name of that body: "the EU's
// Rule of Law Mission (EULEX)" is EULEX, not a "Law Mission".
func (c *candidates) knownAcronymName(i int, acr string) {
	key := c.r.g.knownOrg(c.t.Tokens[i+1 : i+2])
	if key == "" || !c.r.w.orgHeads.Has(c.t.Tok(i-1).Text) || !c.t.Tok(i-1).IsCapWord() {
		return
	}
	first := i - 1
	for first > 0 && c.t.SameSentence(first-1, i) {
		if prev := c.t.Tok(first - 1); prev.IsCapWord() && !c.blocked[first-1] {
			first--
		} else if n := prev.Norm; (n == "of" || n == "for" || n == "and") && c.t.Tok(first-2).IsCapWord() && !c.blocked[first-2] {
			first -= 2
		} else {
			break
		}
	}
	if i-first < 2 || c.r.g.knownOrg(c.t.Tokens[first:i]) != "" {
		return
	}
	c.add(Mention{Kind: KOrg, Span: Span{first, i}, Key: key, Prio: 2})
}

// acronyms finds "Long Name (ACR)" where the initials of the long name
// spell the acronym; the acronym then names the same thing wherever the
// release uses it.
func (c *candidates) acronyms() {
	toks := c.t.Tokens
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Norm != "(" || toks[i+2].Norm != ")" || !toks[i+1].IsUpper() {
			continue
		}
		acr := toks[i+1].Text
		if _, ok := c.r.g.Posts[acr]; ok {
			continue
		}
		first := c.longForm(i, acr)
		if first < 0 {
			if !c.headAfterAcronymWords(i, acr) {
				c.knownAcronymName(i, acr)
			}
			continue
		}
		if c.find(func(m *Mention) bool { return m.Kind == KRole && m.First == first && m.Limit == i }) != nil {
			continue // "the ACT Chief of Staff (COS)": a post's short form, no body's
		}
		name := c.t.Surface(first, i)
		key := c.r.g.knownOrg(toks[first:i])
		if k := c.r.g.knownOrg(toks[i+1 : i+2]); key == "" && firstWord(k) == toks[first].Text {
			key = k // "North Atlantic Treaty Org. (NATO)"; but "Centre of Excellence (COE)" is no Council of Europe
		}
		isOrg := c.r.w.orgHeads.Has(toks[i-1].Text) || c.r.w.orgHeads.Has(toks[first].Text) || key != "" || c.headBeforeDash(first, i) || c.headWithComplement(first, i)
		if key == "" {
			key = name
		}
		if !isOrg && c.venueHead(toks[i-1].Text) && c.placeStrong(toks[i-1].Text) {
			c.add(Mention{Kind: KPlace, Span: Span{first, i + 3}, Key: name, PlaceKind: natokg.Venue, Prio: 1})
			continue // "Hamid Karzai International Airport (HKIA)": a venue and its short form
		}
		if !isOrg {
			// "Small Arms and Light Weapons (SALW)" names no organisation:
			// the acronym is kept from matching anything else.
			c.add(Mention{Kind: KDoc, Span: Span{first, i + 3}, Key: name, Prio: 1})
			continue
		}
		c.add(Mention{Kind: KOrg, Span: Span{first, i}, Key: key, Prio: 2})
		c.defs = append(c.defs, acronymDef{acr: acr, long: key})
	}
	c.reversedAcronyms()
	c.knownShortForms()
	c.codedShortForms()
	for _, d := range c.defs {
		for i, t := range toks {
			if t.Text == d.acr {
				c.add(Mention{Kind: KOrg, Span: Span{i, i + 1}, Key: d.long, Prio: 5})
			}
		}
	}
}

// headAfterAcronymWords reads a body whose bracketed acronym at i spells
// the words before its head, the head left out: "the Defence Institution
// Building School (DIB)", later "the DIB School". The body is named
// whole, and the acronym before that head names it too. It reports
// whether it did.
func (c *candidates) headAfterAcronymWords(i int, acr string) bool {
	toks := c.t.Tokens
	head := toks[i-1]
	if !head.IsCapWord() || !c.r.w.orgHeads.Has(head.Text) {
		return false
	}
	first := c.longForm(i-1, acr)
	if first < 0 || first == i-1 {
		return false
	}
	key := cmp.Or(c.r.g.knownOrg(toks[first:i]), c.t.Surface(first, i))
	c.add(Mention{Kind: KOrg, Span: Span{first, i}, Key: key, Prio: 2})
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Text == acr && toks[k+1].Text == head.Text && toks[k+1].SpaceBefore {
			c.add(Mention{Kind: KOrg, Span: Span{k, k + 2}, Key: key, Prio: 5})
		}
	}
	return true
}

// headWithComplement reports whether a body's head that may go on with
// "of", "for" or "on" does so inside tokens [first, limit): "Standing
// Committee on Military Matters (SCMM)".
func (c *candidates) headWithComplement(first, limit int) bool {
	for k := first + 1; k+1 < limit; k++ {
		if n := c.t.Norm(k + 1); c.r.w.orgHeads.Value(c.t.Tokens[k].Text, 0) == "yes" && (n == "of" || n == "for" || n == "on") {
			return true
		}
	}
	return false
}

// knownShortForms reads a body's name followed by a short form in
// brackets that the gazetteer knows as some body's, of several tokens, as
// that body: "the Counter-IED Centre of Excellence (C-IED COE)".
func (c *candidates) knownShortForms() {
	toks := c.t.Tokens
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].Norm != "(" {
			continue
		}
		close := i + 2
		for close < len(toks) && close < i+6 && toks[close].Norm != ")" {
			close++
		}
		if close >= len(toks) || toks[close].Norm != ")" || close == i+2 {
			continue
		}
		key := c.r.g.knownOrg(toks[i+1 : close])
		long := c.find(func(m *Mention) bool { return m.Kind == KOrg && m.Limit == i && m.Key != key })
		if key == "" || long == nil {
			continue
		}
		c.add(Mention{Kind: KOrg, Span: Span{long.First, i}, Key: key, Prio: 2})
	}
}

// codedShortForms reads a body's name followed by a short form of two or
// three words in capitals in brackets as that body, there and wherever
// the release writes the short form again: "NATO Force Integration Unit
// Hungary (NFIU HUN)". The gazetteer knows no such form (knownShortForms
// reads those).
func (c *candidates) codedShortForms() {
	toks := c.t.Tokens
	for i := 1; i+3 < len(toks); i++ {
		close := i + 3
		for close < len(toks) && close < i+5 && toks[close].Norm != ")" {
			close++
		}
		if toks[i].Norm != "(" || close >= len(toks) || toks[close].Norm != ")" || !allUpper(toks[i+1:close]) {
			continue
		}
		long := c.find(func(m *Mention) bool { return m.Kind == KOrg && m.Limit == i && m.Len() > 1 })
		if long == nil || c.r.g.knownOrg(toks[i+1:close]) != "" {
			continue
		}
		form := toks[i+1 : close]
		for j := range toks {
			if j+len(form) <= len(toks) && sameWords(toks[j:j+len(form)], form) {
				c.add(Mention{Kind: KOrg, Span: Span{j, j + len(form)}, Key: long.Key, Prio: 5})
			}
		}
	}
}

// allUpper reports whether every token of toks is a word in capitals.
func allUpper(toks []Token) bool {
	for _, t := range toks {
		if !t.IsWord() || !t.IsUpper() {
			return false
		}
	}
	return true
}

// sameWords reports whether the tokens a and b spell the same words.
func sameWords(a, b []Token) bool {
	return slices.EqualFunc(a, b, func(x, y Token) bool { return x.Text == y.Text })
}

// tailAcronyms reads an acronym the text does not define as the body it
// names whose words', or last words', initials spell it: after "the
// Counter-IED Centre of Excellence", "the COE" (or "CoE") is that centre,
// not the Council of Europe; after "the NATO-Ukraine Commission", "NUC"
// is the Commission, not the Council of 2023 that the gazetteer knows by
// it. Where two bodies could be meant, none is.
func (c *candidates) tailAcronyms() {
	toks := c.t.Tokens
	for i, tok := range toks {
		if !acronymLike(tok) || len(tok.Text) < 3 || c.defined(tok.Text) || c.codeJoined(i) {
			continue
		}
		acr := strings.ToUpper(tok.Text)
		best := map[Span]Mention{} // one reading of each phrase: the one of highest priority
		for _, m := range c.out {
			if m.Kind != KOrg || m.Len() < 2 || m.Limit > i {
				continue
			}
			if in := c.initials(m.First, m.Limit); !strings.HasSuffix(in, acr) {
				continue
			}
			if b, ok := best[m.Span]; !ok || m.Prio > b.Prio {
				best[m.Span] = m
			}
		}
		if key, ok := oneKey(best); ok {
			c.add(Mention{Kind: KOrg, Span: Span{i, i + 1}, Key: key, Prio: 5})
		}
	}
}

// codeJoined reports whether token i is joined by a hyphen without
// spaces to a code of two or three capitals after it: a part of a
// compound name ("NRDC-IT"), not an acronym of its own; but "IMS" of
// "IMS-EUMS" is one.
func (c *candidates) codeJoined(i int) bool {
	t := c.t
	code := t.Tok(i + 2)
	return t.Norm(i+1) == "-" && !t.Tok(i+1).SpaceBefore && !code.SpaceBefore && code.IsUpper() && len(code.Text) <= 3
}

// oneKey returns the key all of ms share, and whether there is one.
func oneKey(ms map[Span]Mention) (string, bool) {
	key := ""
	for _, m := range ms {
		if key != "" && m.Key != key {
			return "", false
		}
		key = m.Key
	}
	return key, key != ""
}

// defined reports whether the text defines acronym acr in brackets.
func (c *candidates) defined(acr string) bool {
	for _, d := range c.defs {
		if d.acr == acr {
			return true
		}
	}
	return false
}

// initials returns the first letters, in upper case, of the words of
// tokens [i, j): "Centre of Excellence" gives "COE".
func (c *candidates) initials(i, j int) string {
	var b strings.Builder
	for _, tok := range c.t.Tokens[i:j] {
		if tok.IsWord() {
			r := []rune(tok.Text)
			b.WriteString(strings.ToUpper(string(r[0])))
		}
	}
	return b.String()
}

// reversedAcronyms finds "ACR (Long Name)" where the initials of the long
// name in brackets spell the acronym before it: "the NSO (NATO School
// Oberammergau)".
func (c *candidates) reversedAcronyms() {
	toks := c.t.Tokens
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i].IsUpper() || toks[i+1].Norm != "(" {
			continue
		}
		close := i + 2
		for close < len(toks) && close < i+12 && toks[close].Norm != ")" {
			close++
		}
		if close >= len(toks) || toks[close].Norm != ")" || c.longForm(close, toks[i].Text) != i+2 {
			continue
		}
		key := c.r.g.knownOrg(toks[i+2 : close])
		if key == "" && !c.r.w.orgHeads.Has(toks[close-1].Text) && !c.r.w.orgHeads.Has(toks[i+2].Text) && !c.headWithComplement(i+2, close) {
			// "EOD (Explosive Ordnance Disposal)" names no body: the
			// letters are kept from matching anything else, as in acronyms.
			c.add(Mention{Kind: KDoc, Span: Span{i, close + 1}, Key: c.t.Surface(i+2, close), Prio: 1})
			continue
		}
		if key == "" {
			key = c.t.Surface(i+2, close)
		}
		c.add(Mention{Kind: KOrg, Span: Span{i + 2, close}, Key: key, Prio: 2})
		c.defs = append(c.defs, acronymDef{acr: toks[i].Text, long: key})
	}
}

// longForm walks back from the bracket at i over the capitalised words
// whose initials spell acr, and returns where the long form starts, or -1.
// Up to four words inside the long form may give no letter ("NATO
// Airborne Early Warning and Control Programme Management Agency
// (NAPMA)"), but the first and the last must.
func (c *candidates) longForm(i int, acr string) int {
	letters := []rune(strings.ReplaceAll(acr, "/", ""))
	if first := c.longFormOf(i, letters); first >= 0 {
		return first
	}
	if counted := countedLetters(letters); counted != nil {
		return c.longFormOf(i, counted) // "NATO Consultation, Command and Control Agency (NC3A)"
	}
	return -1
}

// countedLetters spells out an acronym's counted letters, a letter and
// the number of words it opens ("C3" is "CCC": Consultation, Command and
// Control), or returns nil where the acronym counts none.
func countedLetters(letters []rune) []rune {
	var out []rune
	counted := false
	for k, r := range letters {
		if k > 0 && r >= '2' && r <= '4' && unicode.IsLetter(letters[k-1]) {
			for n := r - '1'; n > 0; n-- {
				out = append(out, letters[k-1])
			}
			counted = true
			continue
		}
		out = append(out, r)
	}
	if !counted {
		return nil
	}
	return out
}

// longFormOf is longForm for the acronym's letters.
func (c *candidates) longFormOf(i int, letters []rune) int {
	toks := c.t.Tokens
	k, li, skipped := i-1, len(letters)-1, 0
	for k >= 0 && c.t.SameSentence(k, i) && li >= 0 {
		t := toks[k]
		if c.r.w.connectors.Has(t.Norm) || t.Norm == "," || t.Norm == "-" {
			if r := []rune(strings.ToUpper(t.Norm))[0]; r == letters[li] && li > 0 && li < len(letters)-1 && []rune(toks[k-1].Text)[0] != r {
				li-- // "Centre of Excellence (COE)": a small word's letter
			}
			k--
			continue
		}
		if !t.IsCapWord() && !c.lowerInName(k, i) {
			break
		}
		if n := alnumInitials(t.Text, letters[:li+1]); n > 0 {
			li -= n // "NATO C3 Agency (NC3A)": a word of capitals and digits gives them all
			k--
			continue
		}
		if []rune(strings.ToUpper(fold(t.Text)))[0] != unicode.ToUpper(letters[li]) {
			if li == len(letters)-1 || skipped == 4 {
				break
			}
			skipped++
			k--
			continue
		}
		li--
		k--
	}
	if li >= 0 {
		return -1
	}
	first := k + 1
	for first < i && !toks[first].IsCap() {
		first++
	}
	if first == i {
		return -1
	}
	// A leading organisation: "NATO Security Assistance ...".
	if first > 0 && toks[first-1].IsUpper() && c.t.SameSentence(first-1, i) {
		if c.find(func(m *Mention) bool { return m.Kind == KOrg && m.First == first-1 && m.Limit == first }) != nil {
			first--
		}
	}
	return first
}

// alnumInitials returns how many of the letters read so far (the end of
// an acronym, read backwards) a word of capitals and digits spells whole
// ("C3" in "NC3A"), or 0 where the word has no digit or does not end them.
func alnumInitials(word string, letters []rune) int {
	if !strings.ContainsAny(word, "0123456789") || strings.ToUpper(word) != word || len(word) > len(letters) {
		return 0
	}
	if string(letters[len(letters)-len(word):]) != word {
		return 0
	}
	return len(word)
}

// demonymBodies adds the bodies a demonym qualifies: "the Icelandic
// government" is the Government of Iceland, "Czech MFA" the Czech
// Ministry of Foreign Affairs.
func (c *candidates) demonymBodies() {
	n := len(c.out)
	for k := 0; k < n; k++ {
		m := c.out[k]
		if m.Kind != KDemonym || m.Limit >= len(c.t.Tokens) {
			continue
		}
		word := c.t.Tokens[m.Limit].Text
		e, ok := c.r.w.orgAbbrev.Lookup(word)
		if !ok || e.Form != word && (e.Form != strings.ToLower(e.Form) || !strings.EqualFold(e.Form, word) || c.t.Tok(m.Limit+1).IsCapWord()) {
			continue // "the Afghan Government" is the Afghan government; "the Afghan Government Media Centre" another body
		}
		key := e.Value(0) + " of " + m.Key // "Government of Iceland"
		if e.Value(1) == "demonym" {
			key = c.t.Tokens[m.First].Text + " " + e.Value(0) // "Czech Ministry of Foreign Affairs"
		}
		c.add(Mention{Kind: KOrg, Span: Span{m.First, m.Limit + 1}, Key: key, Prio: 8, OrgKind: natokg.Gov})
	}
	c.governmentsOf()
}

// possessedNationalBodies adds the body every state has that a country's
// possessive names (national-bodies.tsv) as that country's, keyed by the
// country's adjective as "the Omani Air Force" is: "Oman's Air Force",
// "Poland's Ministry of Defence".
func (c *candidates) possessedNationalBodies() {
	toks := c.t.Tokens
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].Norm != "'s" {
			continue
		}
		p := c.find(func(m *Mention) bool { return m.Kind == KPlace && m.Limit == j && c.r.g.Country(m.Key) != nil })
		if p == nil {
			continue
		}
		e, n := c.r.w.nationalBodies.MatchAt(toks, j+1)
		dems := c.r.g.Country(p.Key).Demonyms
		if n == 0 || len(dems) == 0 || !toks[j+1].IsCapWord() || j+1+n < len(toks) && toks[j+1+n].IsCapWord() {
			continue // not "Moldova's armed forces", a common noun; nor "Poland's Ministry of Defence Procurement Agency"
		}
		// Its surface is the possessive's too: "Oman's Air Force" is a name of it.
		c.add(Mention{Kind: KOrg, Span: Span{j + 1, j + 1 + n}, Key: dems[0] + " " + e.Form, Surface: c.t.Surface(p.First, j+1+n), Prio: 8, OrgKind: natokg.Gov})
	}
}

// governmentsOf adds "the government of Afghanistan": a body of
// org-abbreviations.tsv keyed "of", then "of" and a country; not "head of
// government of Japan", "heads of state and government of Australia".
func (c *candidates) governmentsOf() {
	toks := c.t.Tokens
	for i := 0; i+2 < len(toks); i++ {
		e, ok := c.r.w.orgAbbrev.Lookup(toks[i].Text)
		if !ok || e.Value(1) != "of" || toks[i+1].Norm != "of" || i > 0 && (toks[i-1].Norm == "of" || toks[i-1].Norm == "and") {
			continue
		}
		at := i + 2
		if toks[at].Norm == "the" {
			at++ // "the Government of the Republic of Iraq"
		}
		p := c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First == at && c.r.g.Country(m.Key) != nil })
		if p == nil || c.findStarting(i, func(m *Mention) bool { return m.Kind == KOrg && !(m.Limit == p.Limit && m.Key == m.Surface) }) != nil {
			continue // but a run of capitals that is just the phrase, of no known body, gives way
		}
		c.add(Mention{Kind: KOrg, Span: Span{i, p.Limit}, Key: e.Value(0) + " of " + p.Key, Prio: 8, OrgKind: natokg.Gov})
	}
}

// actors adds threat actors named by a code ("APT31") and initiatives
// named in quotation marks (the “Grain from Ukraine” initiative).
func (c *candidates) actors() {
	toks := c.t.Tokens
	for i, t := range toks {
		if strings.HasPrefix(t.Text, "APT") && len(t.Text) > 3 && (Token{Text: t.Text[3:]}).IsNumber() {
			c.add(Mention{Kind: KOrg, Span: Span{i, i + 1}, Prio: 3})
		}
		if t.Norm != "\"" || !strings.ContainsAny(t.Text, "“\"") {
			continue
		}
		j := i + 1
		for j < len(toks) && c.t.SameSentence(i, j) && toks[j].Norm != "\"" && j-i < 8 {
			j++
		}
		if j+1 < len(toks) && toks[j].Norm == "\"" && j > i+1 && toks[i+1].IsCap() {
			if c.r.w.orgHeads.Has(toks[j+1].Text) && !toks[j+1].IsCap() {
				c.add(Mention{Kind: KOrg, Span: Span{i + 1, j}, Prio: 3}) // the “Grain from Ukraine” initiative
			}
		}
	}
}

// quotedParts extends the name of a body or a place over a quoted name
// next to it: the Military Academy of the Armed Forces “Alexandru cel
// Bun”, the “Carol I” National Defence University.
func (c *candidates) quotedParts() {
	n := len(c.out)
	for k := 0; k < n; k++ {
		m := c.out[k]
		if !m.Is(KOrg, KPlace) || m.Key != m.Surface {
			continue // a gazetteer's name is whole
		}
		first, limit := m.First, m.Limit
		if end := c.quotedAt(limit); end > limit && !c.namesOwn(limit+1) {
			limit = end
		} else if start := c.quotedBefore(first); start < first && !c.namesOwn(start+1) && !c.placeHead(upperFirst(c.t.Tok(start-1).Text), "first") {
			first = start
		}
		if first < m.First && ordinal(c.t.Tok(first-1)) {
			first-- // the 132nd “Ariete” Armored Brigade
		}
		if first != m.First || limit != m.Limit {
			c.add(Mention{Kind: m.Kind, Span: Span{first, limit}, PlaceKind: m.PlaceKind, OrgKind: m.OrgKind, Prio: m.Prio})
		}
	}
}

// namesOwn reports whether a known name of the gazetteer starts at
// token i: a quoted name that names a place or a body of its own
// ("Camp “Film City” NATO KFOR Headquarters": Film City is the camp).
func (c *candidates) namesOwn(i int) bool {
	return c.findStarting(i, func(m *Mention) bool { return m.Is(KOrg, KPlace) && m.Key != m.Surface && !m.Weak }) != nil
}

// quotedAt returns the end of a short quoted name in Title Case that
// opens at token i (“Alexandru cel Bun”), or i.
func (c *candidates) quotedAt(i int) int {
	if c.t.Norm(i) != "\"" || !strings.ContainsAny(c.t.Tokens[i].Text, "“\"") {
		return i
	}
	for j := i + 1; j < len(c.t.Tokens) && j <= i+5 && c.t.SameSentence(i, j); j++ {
		if c.t.Norm(j) == "\"" {
			if j > i+1 && c.t.Tok(i+1).IsCap() && titleCase(c.t, i+1, j) {
				return j + 1
			}
			return i
		}
	}
	return i
}

// quotedBefore returns the start of a short quoted name in Title Case
// that ends just before token i (“Carol I”), or i.
func (c *candidates) quotedBefore(i int) int {
	if c.t.Norm(i-1) != "\"" {
		return i
	}
	for j := i - 2; j >= 0 && j >= i-6 && c.t.SameSentence(j, i-1); j-- {
		if c.t.Norm(j) == "\"" {
			if c.quotedAt(j) == i {
				return j
			}
			return i
		}
	}
	return i
}

// meetingTown reports whether the run [i, end), one capitalised word or
// two, is a town the gazetteer lacks that "in" puts an event's noun in,
// where the clause ends with it: "at a first meeting in Taormina.", "the
// summit in Kananaskis, where". A given name or a word of a known body
// opens no town.
func (c *candidates) meetingTown(i, end int) bool {
	if end-i > 2 || c.t.Norm(i-1) != "in" || c.r.w.given.Has(c.t.Tok(i).Text) || c.r.g.knownOrg(c.t.Tokens[i:end]) != "" {
		return false
	}
	if n := c.t.Norm(end); n != "." && n != "," && n != ";" {
		return false
	}
	for _, e := range c.r.w.eventWords.Entries(c.t.Norm(i - 2)) {
		if e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// memberNoun reports whether w names a member of a body or a group of
// people (group-nouns.tsv, singular or plural): "Ally", "Allies".
func (c *candidates) memberNoun(w string) bool {
	return c.r.w.groupNouns.Has(w) || c.r.w.groupNouns.Has(w+"s") || strings.HasSuffix(w, "y") && c.r.w.groupNouns.Has(strings.TrimSuffix(w, "y")+"ies")
}

// docsAroundAcronyms reads a document named with its acronym in brackets
// before its head (doc-heads.tsv): "the Intermediate-Range Nuclear Forces
// (INF) Treaty" is the Intermediate-Range Nuclear Forces Treaty, not a
// body named "Intermediate-Range Nuclear Forces".
func (c *candidates) docsAroundAcronyms() {
	toks := c.t.Tokens
	for j := 1; j+3 < len(toks); j++ {
		if toks[j].Norm != "(" || !toks[j+1].IsUpper() || toks[j+2].Norm != ")" || !toks[j+3].IsCapWord() || !c.r.w.docHeads.Has(toks[j+3].Text) || !c.t.SameSentence(j, j+3) {
			continue
		}
		i := j
		for i > 0 && c.t.SameSentence(i-1, j) && (toks[i-1].IsCapWord() || toks[i-1].Norm == "-" && !toks[i-1].SpaceBefore || c.r.w.connectors.Has(toks[i-1].Norm) && !toks[i-1].IsCap() && i-2 >= 0 && toks[i-2].IsCapWord()) {
			i--
		}
		if i == j {
			continue
		}
		key := c.t.Surface(i, j) + " " + toks[j+3].Text
		c.add(Mention{Kind: KDoc, Span: Span{i, j + 4}, Key: key})
	}
}

// isLetters reports whether w is letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
