package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// Recognizer is the stage that proposes candidate mentions: every
// gazetteer entry the text matches, and the capitalised phrases whose
// head makes them an organisation, a place, an event or a document
// ("Zagreb Centre for Media Literacy", "Egmont Palace", "Warsaw Security
// Forum", "Readiness Action Plan"), acronyms defined in the text and
// organisations a demonym qualifies ("Czech MFA"). Candidates overlap;
// Resolve chooses among them.
type Recognizer struct{ rules }

// rules is what every stage's rules read: the gazetteer and the
// lexicon's word lists by role.
type rules struct {
	g *Gazetteer
	w words
}

func newRules(g *Gazetteer, lx *Lexicon) rules { return rules{g: g, w: newWords(lx)} }

// words holds the word lists the rules read, by role.
type words struct {
	orgHeads, placeHeads, eventHeads, docHeads, groupNouns, connectors                                                                                      *WordClass
	determiners, particles, placePreps, orgAbbrev, roleHeads, roleMods                                                                                      *WordClass
	eventWords, compass, topicNouns, relationWords, commandVerbs, organisers, given                                                                         *WordClass
	numbers, shipPrefixes                                                                                                                                   *WordClass
	pronouns, suffixes, stateNouns, eventLinks, auxiliaries, unitNouns                                                                                      *WordClass
	lowerPlaceHeads, lowerOrgHeads, orgNouns, hostVerbs, speechVerbs, nationalBodies                                                                        *WordClass
	appointmentVerbs, officeVerbs, habitual, settlements, phaseVerbs                                                                                        *WordClass
	personNouns, eventKinds, audienceNouns, postNominals, weekdays                                                                                          *WordClass
	placeOfNouns, vicinityNouns, reportOpeners, milestones                                                                                                  *WordClass
	months, spanWords                                                                                                                                       *WordClass
	pressNouns, happeningCompounds, defenceVerbs, impactVerbs, missionHeads, forceNouns, forceQualifiers, abbrevs, subordinators, partitives                *WordClass
	presenceNouns, gratitudeVerbs, announceVerbs, unitAbbrevs, contactLabels, pastTimes, holdVerbs, residentNouns, serviceVerbs                             *WordClass
	tenureNouns, deadlines, endWords, participles, venueLabels, guestVerbs, seatNouns, remoteWords, dayParts, superlatives                                  *WordClass
	classNames, namingWords, sceneAdjuncts, focusWords, officeTaking, inAdverbials, classQuantifiers, goalNouns, voiceTitles                                *WordClass
	durations, modals, conditionals, capitalNouns, timeAdverbs, careerVerbs                                                                                 *WordClass
	retiredMarks, relDays, venueParts, shipNouns, copulaAdverbs, memberBodies                                                                               *WordClass
	commandPassing, commandNouns, commandChanges, listOpeners, clauseOpeners, stationingWords, onwardVerbs, purposeVerbs, fieldNouns, headlineVerbs, future *WordClass
	modelSuffixes, countryNouns                                                                                                                             *WordClass
	copula                                                                                                                                                  Pattern
	compassByLetters                                                                                                                                        map[string]string // compass.tsv's letters: "S" is "South"
}

// venuePartBefore reports whether the "of" at token j ends a phrase that
// names, in lower case, a part of a venue (venue-parts.tsv) or a venue's
// head (lower-place-heads.tsv) after "in", "at" or "on", perhaps with a
// word before it: "on the front lawn of", "at the main entrance of", "at
// the military base of".
func (w words) venuePartBefore(t *Text, j int) bool {
	k := j - 1
	if t.Norm(j) != "of" || t.Tok(k).IsCap() || !w.venueParts.Has(t.Norm(k)) && w.lowerPlaceHeads.Value(t.Norm(k), 0) != "venue" {
		return false // "the front lawn of SHAPE", "the military base of Vaziani"
	}
	k--
	if tok := t.Tok(k); tok.IsWord() && !tok.IsCap() && tok.Norm != "the" {
		k-- // "the front lawn", "the main entrance"
	}
	if t.Norm(k) != "the" || !t.SameSentence(k, j) {
		return false
	}
	n := t.Norm(k - 1)
	return n == "on" || w.placePreps.Value(n, 0) == "locative"
}

// namesField reports whether word x names a title's field or a field of
// work: a word of field-nouns.tsv or a domain word of role-modifiers.tsv.
func (w words) namesField(x string) bool {
	return w.fieldNouns.Has(x) || w.roleMods.Value(x, 0) == "domain"
}

// placePrep reports whether w is a preposition after which a place is
// where something is (locative, motion, other), not the target of an
// event's word (object).
func (w words) placePrep(word string) bool {
	for _, e := range w.placePreps.Entries(word) {
		if e.Value(0) != "object" {
			return true
		}
	}
	return false
}

// scopePrep reports whether word names the range of what is said, not
// a body or place the text is about: "across the Alliance".
func (w words) scopePrep(word string) bool {
	for _, e := range w.placePreps.Entries(word) {
		if e.Value(0) == "scope" {
			return true
		}
	}
	return false
}

// pastDescriptor returns where a phrase that says what kind of town
// follows ends before a place at token i: "the Georgian capital Tbilisi",
// "the Moroccan capital, Rabat",
// "in the Romanian port city of Constanta"; it returns the token before
// that phrase, or i-1. demonym reports whether a demonym ends at a token.
func (w words) pastDescriptor(t *Text, i int, demonym func(end int) bool) int {
	j := i - 1
	if k := w.pastCountryNoun(t, j); k < j {
		return k
	}
	if t.Norm(j) == "," && w.settlements.Has(t.Norm(j-1)) && !t.Tok(j-1).IsCap() {
		j-- // "the Moroccan capital, Rabat"
	}
	if t.Norm(j) == "of" && w.settlements.Has(t.Norm(j-1)) {
		j--
	}
	if !w.settlements.Has(t.Norm(j)) || t.Tok(j).IsCap() {
		return i - 1
	}
	for j >= 0 && w.settlements.Has(t.Norm(j)) && !t.Tok(j).IsCap() {
		j--
	}
	for j >= 0 && demonym(j+1) {
		j--
	}
	return w.pastTownAdjective(t, j)
}

// pastCountryNoun returns the token before a noun of a kind of state
// (country-nouns.tsv) at j and the lower-case words that qualify it, at
// most three: "visited the allied member state Iceland" goes back to
// "the". It returns j where no such noun stands there.
func (w words) pastCountryNoun(t *Text, j int) int {
	if !w.countryNouns.Has(t.Norm(j)) || t.Tok(j).IsCap() {
		return j
	}
	k := j - 1
	for n := 0; n < 3 && t.Tok(k).IsWord() && !t.Tok(k).IsCap() && t.Norm(k) != "the" && !w.placePrep(t.Norm(k)); n++ {
		k-- // "allied member"
	}
	if t.Norm(k) != "the" {
		return j
	}
	return k
}

// pastTownAdjective returns the token before a lower-case word that
// stands between "the" and what kind of town follows, at j: "in the
// seaside resort of Noordwijk", "the historic city of Dubrovnik"; or j.
func (w words) pastTownAdjective(t *Text, j int) int {
	if tok := t.Tok(j); tok.IsWord() && !tok.IsCap() && t.Norm(j-1) == "the" && !w.settlements.Has(tok.Norm) && !w.placePrep(tok.Norm) {
		return j - 1
	}
	return j
}

// placeSeat reports whether word heads a post that governs a town or a
// province, whose name may stand before it ("Ghazni governor").
func (w words) placeSeat(word string) bool {
	v := w.roleHeads.Value(word, 2)
	return v == "place" || v == "town"
}

// townSeat reports whether word heads a post that governs a town
// ("Mayor"), not a province.
func (w words) townSeat(word string) bool { return w.roleHeads.Value(word, 2) == "town" }

// titleHead reports whether word x is the head of a title
// (role-heads.tsv) or its plural: "Minister", "Ministers".
func (w words) titleHead(x string) bool {
	one, plural := strings.CutSuffix(x, "s")
	return w.roleHeads.Has(x) || plural && len(one) > 2 && w.roleHeads.Has(one)
}

// smallWord reports whether lower-case word n is one of a sentence's
// small words: a preposition of place, a connector, a determiner, an
// auxiliary or a modal; not a noun a capitalised word before it may
// modify ("the Baltic airspace", "at Ambassadorial level").
func (w words) smallWord(n string) bool {
	return w.placePrep(n) || w.connectors.Has(n) || w.determiners.Has(n) || w.auxiliaries.Has(n) || w.modals.Has(n)
}

// ordinal reports whether w is an ordinal number, in words ("sixth") or
// in figures ("23rd").
func (w words) ordinal(word string) bool {
	return w.numbers.Value(word, 1) == "ordinal" || ordinal(Token{Text: word, Norm: word})
}

// ordinalNumber returns the number an ordinal in words stands for
// ("second"), or 0.
func (w words) ordinalNumber(word string) int {
	if e, ok := w.numbers.Lookup(word); ok && e.Value(1) == "ordinal" {
		n, _ := strconv.Atoi(e.Value(0))
		return n
	}
	return 0
}

// cardinal returns the number a cardinal in words or digits stands for
// ("three", "3"), or 0.
func (w words) cardinal(word string) int {
	if e, ok := w.numbers.Lookup(word); ok && e.Value(1) == "cardinal" {
		n, _ := strconv.Atoi(e.Value(0))
		return n
	}
	n, err := strconv.Atoi(word)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// kindIs reports whether a kind of event is of a class of
// event-kinds.tsv.
func (w words) kindIs(kind, class string) bool {
	e, ok := w.eventKinds.Phrase(kind)
	return ok && e.Value(0) == class
}

// generic reports whether a kind of event is generic enough to be the
// release's main event said again ("The meeting focused on ...").
func (w words) generic(kind string) bool { return w.kindIs(kind, "generic") }

// linkOf is the link of event-links.tsv that a word makes, an occasion
// being one kind of "another"; or "".
func (w words) linkOf(word string) string {
	if l := w.eventLinks.Value(word, 0); l != "occasion" {
		return l
	}
	return "another"
}

// occasion reports whether a word links the event after it as the one
// during which the sentence's deed happens ("welcomed the decisions
// during a meeting with X"): the sentence's event where no verb reports
// one, before one another link gives.
func (w words) occasion(word string) bool { return w.eventLinks.Value(word, 0) == "occasion" }

// widespread reports whether an event of the kind is held across the
// country the text names, not in its dateline's town: an exercise.
func (w words) widespread(kind string) bool { return w.kindIs(kind, "widespread") }

// ceremonial reports whether an event of the kind is held as a
// ceremony: "the ceremony" told after it is the event again.
func (w words) ceremonial(kind string) bool { return w.kindIs(kind, "ceremonial") }

// happening reports whether an event of the kind is a war, an attack, a
// mission: its place must follow its word ("invasion of Ukraine").
func (w words) happening(kind string) bool { return w.kindIs(kind, "happening") }

// objectVerb reports whether word w reports an event only with a person
// or a body as its object ("addressed", "welcomed").
func (w words) objectVerb(word string) bool {
	for _, e := range w.eventWords.Entries(word) {
		if e.Value(1) == "verb+person" {
			return true
		}
	}
	return false
}

// status reports whether token k is a lower-case word that says when a
// post is held ("former", "incoming", "new").
func (w words) status(t *Text, k int) bool {
	v := w.roleMods.Value(t.Norm(k), 0)
	return (v == "status" || v == "former") && !t.Tok(k).IsCap()
}

// codeNamed reports whether word is a noun of an event of a kind whose
// instances bear code names ("exercises", "operation"): capitalised
// words listed after it name events, not people ("the exercises – Noble
// Mariner, Noble Award and Kindred Sword").
func (w words) codeNamed(word string) bool {
	for _, e := range w.eventWords.Entries(word) {
		if e.Value(1) == "noun" && (e.Value(0) == "exercise" || e.Value(0) == "operation") {
			return true
		}
	}
	return false
}

// eventNoun reports whether the word n, in lower case, is a noun that
// names an event (event-words.tsv's noun reading): "ceremony", "talks".
func (w words) eventNoun(n string) bool {
	for _, e := range w.eventWords.Entries(n) {
		if e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// visitWord reports whether a word is a verb or a noun of visiting.
func (w words) visitWord(word string) bool { return w.visitReading(word, "verb", "noun") }

// visitVerb reports whether word is a verb that reports a visit by
// itself: "visited", "toured".
func (w words) visitVerb(word string) bool { return w.visitReading(word, "verb") }

// visitReading reports whether event-words.tsv gives word a visit in one
// of the readings.
func (w words) visitReading(word string, readings ...string) bool {
	for _, e := range w.eventWords.Entries(word) {
		if e.Value(0) == "visit" && slices.Contains(readings, e.Value(1)) {
			return true
		}
	}
	return false
}

// eventOfKind reports whether event-words.tsv gives word an event of
// kind in one of its readings ("briefed": a briefing).
func (w words) eventOfKind(word, kind string) bool {
	for _, e := range w.eventWords.Entries(word) {
		if e.Value(0) == kind {
			return true
		}
	}
	return false
}

// placedBefore reports whether a demonym or a possessive before the word
// of a happening of the kind names its place ("the Afghan elections"),
// not its agent ("Russia's war").
func (w words) placedBefore(kind string) bool {
	e, ok := w.eventKinds.Phrase(kind)
	return ok && (e.Value(1) == "place" || e.Value(1) == "before")
}

// placedByTown reports whether a town right before the word of a
// happening of the kind names where it happens (event-kinds.tsv's
// "town"): "the Kabul attack".
func (w words) placedByTown(kind string) bool {
	e, ok := w.eventKinds.Phrase(kind)
	return ok && e.Value(1) == "town"
}

// heldInCountry reports whether a happening of the kind that no place
// names is held in the release's country (event-kinds.tsv's "place", not
// "before"): "the presidential election due in October", in a release
// about Ukraine; but "the crisis" is not the crisis of the country that
// asked for consultations.
func (w words) heldInCountry(kind string) bool {
	e, ok := w.eventKinds.Phrase(kind)
	return ok && e.Value(1) == "place"
}

// atSea reports whether a sea named in the sentence of a happening of
// the kind places it (event-kinds.tsv's "sea"): operations, missions,
// deployments.
func (w words) atSea(kind string) bool {
	e, ok := w.eventKinds.Phrase(kind)
	return ok && e.Value(2) == "sea"
}

// opensEvent reports whether word w is an event's head that opens its
// name (event-heads.tsv, position first): "Exercise", "Operation".
func (w words) opensEvent(word string) bool {
	for _, e := range w.eventHeads.Entries(word) {
		if e.Value(1) == "first" {
			return true
		}
	}
	return false
}

// unattended reports whether an event of the kind has no attendees and
// no place of its own sentence: a statement, or a happening.
func (w words) unattended(kind string) bool {
	return w.happening(kind) || w.kindIs(kind, "unattended")
}

func newWords(lx *Lexicon) words {
	return words{
		orgHeads: lx.Class("org-heads"), placeHeads: lx.Class("place-heads"), eventHeads: lx.Class("event-heads"),
		docHeads: lx.Class("doc-heads"), groupNouns: lx.Class("group-nouns"), connectors: lx.Class("connectors"),
		determiners: lx.Class("determiners"), particles: lx.Class("name-particles"), placePreps: lx.Class("place-prepositions"),
		orgAbbrev: lx.Class("org-abbreviations"), roleHeads: lx.Class("role-heads"), roleMods: lx.Class("role-modifiers"),
		eventWords: lx.Class("event-words"), compass: lx.Class("compass"), topicNouns: lx.Class("topic-nouns"), relationWords: lx.Class("relation-words"),
		commandVerbs: lx.Class("command-verbs"), commandPassing: lx.Class("command-passing"), commandNouns: lx.Class("command-nouns"), listOpeners: lx.Class("list-openers"), namingWords: lx.Class("naming-words"), commandChanges: lx.Class("command-changes"), organisers: lx.Class("organiser-phrases"), given: lx.Class("given-names"),
		numbers: lx.Class("numbers"), shipPrefixes: lx.Class("ship-prefixes"),
		pronouns: lx.Class("pronouns"), suffixes: lx.Class("name-suffixes"), postNominals: lx.Class("post-nominals"), weekdays: lx.Class("weekdays"), tenureNouns: lx.Class("tenure-nouns"), deadlines: lx.Class("deadline-words"), endWords: lx.Class("end-words"), participles: lx.Class("participles"), venueLabels: lx.Class("venue-labels"), guestVerbs: lx.Class("guest-verbs"), seatNouns: lx.Class("seat-nouns"), remoteWords: lx.Class("remote-words"), superlatives: lx.Class("superlatives"), classNames: lx.Class("class-names"), happeningCompounds: lx.Class("happening-compounds"), missionHeads: lx.Class("mission-heads"), defenceVerbs: lx.Class("defence-verbs"), impactVerbs: lx.Class("impact-verbs"), dayParts: lx.Class("day-parts"), durations: lx.Class("duration-words"), modals: lx.Class("modals"), conditionals: lx.Class("conditionals"), capitalNouns: lx.Class("capital-nouns"), stateNouns: lx.Class("state-nouns"), unitNouns: lx.Class("unit-nouns"), relDays: lx.Class("relative-days"), venueParts: lx.Class("venue-parts"), shipNouns: lx.Class("ship-nouns"), months: lx.Class("months"), spanWords: lx.Class("span-words"), forceNouns: lx.Class("force-nouns"), forceQualifiers: lx.Class("force-qualifiers"), abbrevs: lx.Class("abbreviations"), subordinators: lx.Class("subordinators"), partitives: lx.Class("partitives"),
		eventLinks: lx.Class("event-links"), auxiliaries: lx.Class("auxiliaries"), habitual: lx.Class("habitual"), settlements: lx.Class("settlement-nouns"), phaseVerbs: lx.Class("phase-verbs"), personNouns: lx.Class("person-nouns"), eventKinds: lx.Class("event-kinds"), audienceNouns: lx.Class("audience-nouns"), pressNouns: lx.Class("press-nouns"), presenceNouns: lx.Class("presence-nouns"), gratitudeVerbs: lx.Class("gratitude-verbs"), onwardVerbs: lx.Class("onward-verbs"), purposeVerbs: lx.Class("purpose-verbs"), fieldNouns: lx.Class("field-nouns"), headlineVerbs: lx.Class("headline-verbs"), clauseOpeners: lx.Class("clause-openers"), stationingWords: lx.Class("stationing-words"), announceVerbs: lx.Class("announce-verbs"), future: lx.Class("future-words"), timeAdverbs: lx.Class("time-adverbs"), careerVerbs: lx.Class("career-verbs"), modelSuffixes: lx.Class("model-suffixes"), countryNouns: lx.Class("country-nouns"),
		lowerPlaceHeads: lx.Class("lower-place-heads"), lowerOrgHeads: lx.Class("lower-org-heads"), unitAbbrevs: lx.Class("unit-abbreviations"), contactLabels: lx.Class("contact-labels"), pastTimes: lx.Class("past-times"), holdVerbs: lx.Class("hold-verbs"), residentNouns: lx.Class("resident-nouns"), serviceVerbs: lx.Class("service-verbs"), nationalBodies: lx.Class("national-bodies"), orgNouns: lx.Class("org-nouns"), hostVerbs: lx.Class("host-verbs"),
		speechVerbs: lx.Class("speech-verbs"), appointmentVerbs: lx.Class("appointment-verbs"), officeVerbs: lx.Class("office-verbs"),
		copula: copulaWith(lx.Class("copula-adverbs")), retiredMarks: lx.Class("retired-marks"), copulaAdverbs: lx.Class("copula-adverbs"), memberBodies: lx.Class("member-bodies"), placeOfNouns: lx.Class("place-of-nouns"), vicinityNouns: lx.Class("vicinity-nouns"), reportOpeners: lx.Class("report-openers"), milestones: lx.Class("milestones"), sceneAdjuncts: lx.Class("scene-adjuncts"), focusWords: lx.Class("focus-words"), officeTaking: lx.Class("office-taking"), inAdverbials: lx.Class("in-adverbials"), classQuantifiers: lx.Class("class-quantifiers"), goalNouns: lx.Class("goal-nouns"), voiceTitles: lx.Class("voice-titles"),
		compassByLetters: byValue(lx.Class("compass"), 0),
	}
}

// byValue maps column i of each entry of c that has one to the entry's
// form, capitalised: compass.tsv's "S" to "South".
func byValue(c *WordClass, i int) map[string]string {
	out := map[string]string{}
	for _, form := range c.Forms() {
		if e, _ := c.Lookup(form); e.Value(i) != "" {
			out[e.Value(i)] = upperFirst(e.Form)
		}
	}
	return out
}

// NewRecognizer returns the stage over a gazetteer and a lexicon.
func NewRecognizer(g *Gazetteer, lx *Lexicon) *Recognizer {
	return &Recognizer{newRules(g, lx)}
}

// Candidates returns the candidate mentions of t, the dates among them.
func (r *Recognizer) Candidates(t *Text, dates []Mention) []Mention {
	c := &candidates{r: r, t: t, byFirst: map[int][]int{}, byLimit: map[int][]int{}}
	for _, d := range dates {
		c.push(d)
	}
	c.gazetteer()
	c.retiredRanks()
	c.acronymInsideName()
	c.attributiveCountries()
	c.ships()
	c.boardedShips()
	c.namedShips()
	c.nationalUnits()
	c.blocked = c.titleTokens()
	for _, s := range t.Sentences {
		c.capPhrases(s)
	}
	c.bracketedCompass()
	c.bodiesOfPosts()
	c.officesOfPosts()
	c.capitals()
	c.pairedSeas()
	c.cityWords()
	c.lowerVenues()
	c.abbreviatedUnits()
	c.seatedDivisions()
	c.lowerBodies()
	c.orgHeadquarters()
	c.possessiveVenues()
	c.bodyHeadquarters()
	c.unknownTowns()
	c.slashedTowns()
	c.quotedVenues()
	c.bracketVenues()
	c.dashVenues()
	c.scheduleTowns()
	c.introducedBodies()
	c.appositiveBodies()
	c.listedBodies()
	c.organisingBodies()
	c.repeatEvents()
	c.acronyms()
	c.tailAcronyms()
	c.docsAroundAcronyms()
	c.demonymBodies()
	c.possessedNationalBodies()
	c.definiteSeats()
	c.actors()
	c.quotedParts()
	return c.out
}

// nationalBodiesJoined reports whether the "and" at token j joins two
// names of bodies, the first one every state has (national-bodies.tsv)
// ending the run [i, j), the second one such too, or capitalised words
// that end in a body's head, the whole of what follows: "the Armed Forces
// and Ministry of Defence", "the Ministry of Interior and Federal Police
// Command".
func (c *candidates) nationalBodiesJoined(i, j int) bool {
	nb := c.r.w.nationalBodies
	_, n := nb.MatchAt(c.t.Tokens, j+1)
	if n == 0 || c.t.Tok(j+1+n).IsCapWord() {
		if !c.headedAfter(j + 1) {
			return false
		}
	}
	for k := max(i, j-4); k < j; k++ {
		if _, m := nb.MatchAt(c.t.Tokens, k); m > 0 && k+m == j {
			return true
		}
	}
	return false
}

// headedAfter reports whether the capitalised words from i, two or
// more with no "and" between, end in a body's head: "the Ministry of
// Interior and Federal Police Command".
func (c *candidates) headedAfter(i int) bool {
	k := c.capWordsEnd(i)
	return k-i >= 2 && c.r.w.orgHeads.Has(c.t.Tokens[k-1].Text)
}

// bracketedCompass adds, for a body read from capitalised words whose
// head ends it, the longer body with the compass word in brackets after
// it: "Regional Command (South)", as ISAF wrote "Regional Command South".
func (c *candidates) bracketedCompass() {
	toks := c.t.Tokens
	for _, m := range slices.Clone(c.out) {
		k := m.Limit
		if m.Kind != KOrg || m.Weak || k+2 >= len(toks) || toks[k].Norm != "(" || toks[k+2].Norm != ")" || !c.t.SameSentence(k, k+2) {
			continue
		}
		if !toks[k+1].IsCapWord() || !c.r.w.compass.Has(toks[k+1].Norm) || !c.r.w.orgHeads.Has(toks[k-1].Text) || m.Key != c.t.Surface(m.First, m.Limit) {
			continue
		}
		name := c.t.Surface(m.First, k+3)
		c.add(Mention{Kind: KOrg, Span: Span{m.First, k + 3}, Key: name, Prio: m.Prio, OrgKind: m.OrgKind})
	}
}

// slashedTowns makes one place of a town's two names joined by a slash
// where one of them is a place already ("Gjilan/Gnjilane",
// "Skenderaj/Srbica", "Leposaviq/ Leposavić"), keyed as that one: the
// form as written is the place's alias.
func (c *candidates) slashedTowns() {
	toks := c.t.Tokens
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].Norm != "/" || toks[j].SpaceBefore || !toks[j-1].IsCapWord() || !toks[j+1].IsCapWord() || !c.t.SameSentence(j-1, j+1) {
			continue
		}
		town := c.bestPlace(j-1, j)
		if town == nil {
			if town = c.bestPlace(j+1, j+2); town == nil {
				continue
			}
		}
		if (toks[j-1].IsUpper() || toks[j+1].IsUpper()) && (town.Weak || len([]rune(c.t.Surface(town.First, town.Limit))) < 4) {
			continue // "FERIZAJ/UROSEVAC" in a dateline, but not "(SALW/MA)": letters
		}
		m := *town
		m.Span, m.Surface, m.Prio = Span{j - 1, j + 2}, "", town.Prio+1
		c.add(m)
	}
}

// quotedVenues reads a venue that a word such as "Camp" opens before a
// name in quotation marks: Camp "Villaggio Italia", keyed without the
// marks.
func (c *candidates) quotedVenues() {
	toks := c.t.Tokens
	for i := 0; i+2 < len(toks); i++ {
		if c.lowerQuotedVenue(i) {
			continue
		}
		if !toks[i].IsCapWord() || !c.placeHead(toks[i].Text, "first") {
			continue
		}
		end := c.t.quotedNameEnd(i+1, c.t.SentenceOf(i))
		if end < 0 || c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First <= i+2 && m.Limit >= end }) != nil {
			continue // a name the gazetteer knows: Camp "Film City"
		}
		key := toks[i].Text + " " + c.t.Surface(i+2, end)
		c.add(Mention{Kind: KPlace, Span: Span{i, end + 1}, Key: key, Surface: key, PlaceKind: natokg.Venue, Prio: 1})
	}
}

// lowerQuotedVenue reads, and reports, a venue named in quotation marks
// after a venue's first word in lower case: camp "Villaggio Italia" is
// the venue Villaggio Italia.
func (c *candidates) lowerQuotedVenue(i int) bool {
	w := c.t.Tokens[i]
	if c.t.Norm(i+1) != "\"" || !w.IsWord() || w.IsCap() || !c.placeHead(upperFirst(w.Text), "first") {
		return false
	}
	end := c.quotedAt(i + 1)
	if end <= i+1 {
		return false
	}
	key := c.t.Surface(i+2, end-1)
	c.add(Mention{Kind: KPlace, Span: Span{i, end}, Key: key, Surface: key, PlaceKind: natokg.Venue, Prio: 1})
	return true
}

// bestPlace returns the place candidate of highest priority that spans
// tokens [first, limit) exactly, or nil.
func (c *candidates) bestPlace(first, limit int) *Mention {
	var best *Mention
	for _, i := range c.byFirst[first] {
		if m := &c.out[i]; m.Kind == KPlace && m.Limit == limit && (best == nil || m.Prio > best.Prio || m.Prio == best.Prio && best.Weak && !m.Weak) {
			best = m
		}
	}
	return best
}

// candidates is the working state of one Candidates call.
type candidates struct {
	r       *Recognizer
	t       *Text
	out     []Mention
	blocked []bool
	defs    []acronymDef
	// byFirst and byLimit index out by first token and by limit, in the
	// order of out; longest is the most tokens a candidate spans. They
	// keep the look-ups of long lists of names linear.
	byFirst, byLimit map[int][]int
	longest          int
}

type acronymDef struct{ acr, long string }

func (c *candidates) add(m Mention) {
	if m.Surface == "" {
		m.Surface = c.t.Surface(m.First, m.Limit)
	}
	if m.Key == "" && m.Kind == KPlace && m.PlaceKind == natokg.City {
		m.Key = capitalised(m.Surface) // a dateline's "SALAMIS, Greece" is Salamis
	}
	if m.Key == "" {
		m.Key = m.Surface
	}
	c.push(m)
}

// capitalised writes a name written all in capitals, each of its words of
// three letters or more, with only each word's first letter capital:
// "SALAMIS" is "Salamis", "TEL AVIV" "Tel Aviv"; any other name is left
// as it is ("KFOR" is an acronym, "Camp Bondsteel" is written so).
func capitalised(name string) string {
	words := strings.Fields(name)
	for _, w := range words {
		if strings.ToUpper(w) != w || utf8.RuneCountInString(w) < 3 || strings.ToLower(w) == w {
			return name
		}
	}
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[n:])
	}
	return strings.Join(words, " ")
}

// push appends m to out and indexes it.
func (c *candidates) push(m Mention) {
	c.byFirst[m.First] = append(c.byFirst[m.First], len(c.out))
	c.byLimit[m.Limit] = append(c.byLimit[m.Limit], len(c.out))
	c.longest = max(c.longest, m.Limit-m.First)
	c.out = append(c.out, m)
}

// findEnding is find among the candidates whose limit is j.
func (c *candidates) findEnding(j int, ok func(*Mention) bool) *Mention {
	for _, i := range c.byLimit[j] {
		if ok(&c.out[i]) {
			return &c.out[i]
		}
	}
	return nil
}

// findStarting is find among the candidates whose first token is j.
func (c *candidates) findStarting(j int, ok func(*Mention) bool) *Mention {
	for _, i := range c.byFirst[j] {
		if ok(&c.out[i]) {
			return &c.out[i]
		}
	}
	return nil
}

// findCovering is find among the candidates that start before token j
// and end after it.
func (c *candidates) findCovering(j int, ok func(*Mention) bool) *Mention {
	best := -1
	for f := j - 1; f >= 0 && f >= j-c.longest; f-- {
		for _, i := range c.byFirst[f] {
			if c.out[i].Limit > j && ok(&c.out[i]) {
				if best < 0 || i < best {
					best = i
				}
				break
			}
		}
	}
	if best < 0 {
		return nil
	}
	return &c.out[best]
}

// find returns the first candidate ok accepts, or nil.
func (c *candidates) find(ok func(*Mention) bool) *Mention {
	for i := range c.out {
		if ok(&c.out[i]) {
			return &c.out[i]
		}
	}
	return nil
}

// gazetteer adds a candidate for every gazetteer entry the text matches
// at a word boundary (not inside "Ellermann-Kingombe").
func (c *candidates) gazetteer() {
	toks := c.t.Tokens
	for i := range toks {
		if !toks[i].IsWord() || i > 0 && toks[i-1].Norm == "-" && !toks[i-1].SpaceBefore && !toks[i].SpaceBefore {
			continue
		}
		entries, lens := c.r.g.match(toks, i)
		for k, e := range entries {
			j := i + lens[k]
			if j+1 < len(toks) && toks[j].Norm == "-" && !toks[j].SpaceBefore && !toks[j+1].SpaceBefore && (toks[j+1].IsCap() || modelLetters(toks, i, j) || c.r.w.modelSuffixes.Has(toks[j+1].Norm)) {
				continue // "MD-530": a model's letters and number, not the Mediterranean Dialogue; "a Helsinki-class missile boat": no Helsinki
			}
			if e.kind == KRole && c.titleInRankedName(i, j) || c.prepositionOpens(i, j) || e.kind == KRank && c.staffOfName(i, j) || e.kind == KHonorific && c.middleInitial(i) || e.kind == KPlace && (c.contactLabel(i, j) || c.seaNamedOn(j)) || e.kind == KOrg && j-i > 1 && c.countedBodies(i, j+1) {
				continue // not "the 9 NATO Rapid Deployable Corps HQs": bodies counted
			}
			c.add(Mention{Kind: e.kind, Span: Span{i, j}, Key: e.key, Prio: e.prio, Weak: e.weak})
		}
		c.pastCompass(i)
	}
	c.placePairs()
	c.possessedAliases()
}

// seaNamedOn reports whether the known place that ends at token j ends
// in a word that opens a sea's name (place-heads.tsv: sea, first) and
// "of" and a capitalised word follow it: "the Gulf of Taranto" is a sea
// of its own, not the Gulf region.
func (c *candidates) seaNamedOn(j int) bool {
	return c.seaOf(j-1) && c.t.Tok(j+1).IsCapWord()
}

// modelLetters reports whether the word [i, j), two capital letters
// or one, is a model's letters that the hyphen at j joins to its number:
// "MD-530", "C-130".
func modelLetters(toks []Token, i, j int) bool {
	return j == i+1 && toks[i].IsUpper() && len(toks[i].Text) <= 2 && toks[j+1].IsNumber()
}

// oneOfKind reports whether mention m, a known name of two words or more
// ending in a body's or a venue's head, follows a word that makes it one
// of a kind (class-quantifiers.tsv) and modifies no noun after it: "a
// NATO HQ", "other NATO Headquarters in Europe", "the only NATO HQ in
// Italy" name no one headquarters.
func (r rules) oneOfKind(t *Text, m Mention) bool {
	head, next := t.Tok(m.Limit-1).Text, t.Tok(m.Limit)
	if m.Len() < 2 || !r.w.classQuantifiers.Has(t.Norm(m.First-1)) || !r.g.hasForm(m.Surface) || !r.w.orgHeads.Has(head) && !r.w.venueHead(head) {
		return false
	}
	return !next.IsWord() || next.IsCap() || r.w.smallWord(next.Norm)
}

// venueHead reports whether w is the head of a venue's name
// (place-heads.tsv: "Headquarters", "Palace").
func (w words) venueHead(word string) bool {
	for _, e := range w.placeHeads.Entries(word) {
		if e.Value(0) == "venue" && e.Value(2) == "head" {
			return true
		}
	}
	return false
}

// attributiveAcronym reports whether the words [i, end) are one acronym
// that a noun in lower case follows, which it qualifies: "NATO's AWACS
// radar aircraft" are aircraft, not the AWACS force.
func (c *candidates) attributiveAcronym(i, end int) bool {
	next := c.t.Tok(end)
	return end == i+1 && c.t.Tok(i).IsUpper() && next.IsWord() && !next.IsCap() && c.t.SameSentence(i, end) &&
		!c.r.w.placePrep(next.Norm) && !c.r.w.connectors.Has(next.Norm) && !c.r.w.auxiliaries.Has(next.Norm)
}

// contactLabel reports whether the words [i, j), which name a place, are
// a label of a contact line (contact-labels.tsv) before a telephone
// number: "Mobile +93 (0) 799 51 1156" is no town in Alabama.
func (c *candidates) contactLabel(i, j int) bool {
	if !c.r.w.contactLabels.Has(strings.ToLower(c.t.Surface(i, j))) {
		return false
	}
	next := c.t.Tok(j)
	if next.Norm == ":" {
		next = c.t.Tok(j + 1)
	}
	return next.Norm == "+" || next.IsNumber()
}

// middleInitial reports whether the one letter at i, which an honorific
// may be written as ("M." for Monsieur), is a middle initial: after a
// given name or another initial, "General Curtis M. Scaparrotti", not
// "Minister for Foreign Affairs M. Taieb Fassi Fihri".
func (c *candidates) middleInitial(i int) bool {
	if i == 0 || len([]rune(c.t.Tok(i).Text)) != 1 || !c.t.SameSentence(i-1, i) {
		return false
	}
	prev := c.t.Tok(i - 1)
	if prev.Norm == "." && i >= 2 && len([]rune(c.t.Tok(i-2).Text)) == 1 {
		return true // "John F. M. Smith"
	}
	return prev.IsCapWord() && c.r.w.given.Has(prev.Text)
}

// staffOfName reports whether the rank [i, j) opens with "Staff" that
// closes the capitalised name before it: "Chief Armed Forces Joint Staff
// Major-General X" is a Major General, not a "Staff Major General" as
// some armies write their officers' ranks ("the Jordanian Staff
// Lieutenant General X": a demonym or a country is no name's word).
func (c *candidates) staffOfName(i, j int) bool {
	if j <= i+1 || c.t.Tok(i).Text != "Staff" || i == 0 || !c.t.Tok(i-1).IsCapWord() || !c.t.SameSentence(i-1, i) || c.r.w.determiners.Has(c.t.Norm(i-1)) {
		return false
	}
	return c.findEnding(i, func(m *Mention) bool { return m.Kind == KDemonym || m.Kind == KPlace && c.r.g.Country(m.Key) != nil }) == nil // "the Jordanian Staff Lieutenant General X"
}

// possessedAliases reads a body the gazetteer knows by its owner's name
// before it, written with the owner's possessive: "NATO's Maritime
// Command" is "NATO Maritime Command", Allied Maritime Command. The
// mention covers the words after the possessive; the owner keeps its own.
func (c *candidates) possessedAliases() {
	toks := c.t.Tokens
	for j := 1; j+1 < len(toks); j++ {
		if !c.t.Possessive(j) || toks[j].SpaceBefore {
			continue
		}
		owner := c.findEnding(j, func(m *Mention) bool { return m.Kind == KOrg && !m.Weak })
		if owner == nil {
			continue
		}
		end := j + 1
		for end < len(toks) && end < j+6 && toks[end].IsCapWord() {
			end++
		}
		for ; end > j+1; end-- {
			if key := c.r.g.knownOrgJoined(toks[owner.First:j], toks[j+1:end]); key != "" && key != owner.Key && !c.attributiveAcronym(j+1, end) {
				c.add(Mention{Kind: KOrg, Span: Span{j + 1, end}, Key: key, Prio: prioOrg})
				break
			}
		}
	}
}

// prepositionOpens reports whether the gazetteer's name [i, j) opens a
// sentence with a preposition of place that the rest of the name, a
// name of its own, follows: "At Taji, he visited ..." is at Taji, not
// in the town the gazetteer also spells "At Tājī".
func (c *candidates) prepositionOpens(i, j int) bool {
	if j-i < 2 || c.t.SentenceOf(i).First != i || !c.r.w.placePreps.Has(c.t.Norm(i)) {
		return false
	}
	entries, lens := c.r.g.match(c.t.Tokens, i+1)
	for k := range entries {
		if i+1+lens[k] == j {
			return true
		}
	}
	return false
}

// titleInRankedName reports whether the one-word title [i, j) is a word
// of a name that a rank or an honorific opens: after a given name that
// follows the rank, a word or two on, and before another capitalised
// word ("General Abdul Amir Rashid Yarallah": Amir is a name here, not
// the royal title).
func (c *candidates) titleInRankedName(i, j int) bool {
	toks, w := c.t.Tokens, c.r.w
	if j != i+1 || i < 2 || j >= len(toks) || !toks[i-1].IsCapWord() || !w.given.Has(toks[i-1].Text) {
		return false
	}
	if next := toks[j]; !next.IsCapWord() || w.roleHeads.Has(next.Text) || w.orgHeads.Has(next.Text) || c.placeHead(next.Text, "head") {
		return false
	}
	for k := i - 1; k >= i-3 && k > 0 && toks[k].IsCapWord(); k-- {
		if c.findEnding(k, func(m *Mention) bool { return m.Is(KRank, KHonorific) }) != nil {
			return true
		}
	}
	return false
}

// retiredRanks extends a rank by the bracket after it that says its
// holder has retired (retired-marks.tsv): "Major General (ret.) Koen
// Gijsbers" is a Major General named Koen Gijsbers.
func (c *candidates) retiredRanks() {
	for _, m := range c.out {
		if m.Kind != KRank || c.t.Norm(m.Limit) != "(" || !c.r.w.retiredMarks.Has(c.t.Norm(m.Limit+1)) {
			continue
		}
		end := m.Limit + 2
		if c.t.Norm(end) == "." {
			end++
		}
		if c.t.Norm(end) == ")" {
			m.Span = Span{m.First, end + 1}
			c.add(m)
		}
	}
}

// acronymInsideName matches a known body's name that its bracketed
// acronym splits after its first words: "Joint Force Command (JFC)
// Naples" is Joint Force Command Naples, not the kind of command and a
// town.
func (c *candidates) acronymInsideName() {
	t := c.t
	for a := 1; a+3 < len(t.Tokens); a++ {
		if t.Norm(a) != "(" || t.Norm(a+2) != ")" || !t.Tok(a+1).IsCapWord() || !t.Tok(a+3).IsCapWord() || !t.SameSentence(a, a+3) {
			continue
		}
		var best *Mention
		for i := a - 1; i >= 0 && i >= a-7 && (t.Tok(i).IsCapWord() || c.r.w.connectors.Has(t.Norm(i))) && t.SameSentence(i, a); i-- {
			if !t.Tok(i).IsCapWord() {
				continue // "NATO Communications and Information (NCI) Agency"
			}
			if m, ok := c.splitName(i, a); ok {
				best = &m // the longest: "Allied Joint Force Command (JFC) Brunssum", not "Joint Force Command (JFC) Brunssum"
			}
		}
		if best != nil {
			c.add(*best)
		} else if m, ok := c.namedAfterKnown(a); ok {
			c.add(m)
		}
	}
}

// nationalUnits adds the unit a country has of a known body that is a
// class of national units, where the body's acronym is followed by the
// country's name: "NFIU Romania" is the NATO Force Integration Unit
// Romania, one of the NATO Force Integration Units. A class of units is a
// body of orgs.tsv whose name in the plural has its singular among its
// aliases.
func (c *candidates) nationalUnits() {
	for i, n := 0, len(c.out); i < n; i++ {
		m := c.out[i]
		if m.Kind != KOrg || m.Len() != 1 || !c.t.Tok(m.First).IsUpper() || !c.t.SameSentence(m.First, m.Limit) {
			continue
		}
		e := c.r.g.Orgs[m.Key]
		if e == nil || !strings.HasSuffix(e.Name, "s") || !slices.Contains(e.Aliases, strings.TrimSuffix(e.Name, "s")) {
			continue
		}
		if country := c.countryStarting(m.Limit); country != nil {
			key := strings.TrimSuffix(e.Name, "s") + " " + country.Key
			c.add(Mention{Kind: KOrg, Span: Span{m.First, country.Limit}, Key: key, Prio: 1})
		}
	}
}

// namedAfterKnown returns a body named after a known one, whose bracketed
// acronym at a splits the name, where the words after the bracket end in
// a head of bodies' names: "the Partnership for Peace (PfP) Trust Fund"
// is the Partnership for Peace Trust Fund, not the partnership and a fund.
func (c *candidates) namedAfterKnown(a int) (Mention, bool) {
	before, acr := c.findEnding(a, knownBody), c.findStarting(a+1, knownBody)
	if before == nil || acr == nil || acr.Limit != a+2 || before.Key != acr.Key {
		return Mention{}, false
	}
	end := a + 3
	for end < len(c.t.Tokens) && end < a+6 && c.t.Tok(end).IsCapWord() && c.t.SameSentence(a, end) {
		end++
	}
	if end == a+3 || end > a+5 || !c.r.w.orgHeads.Has(c.t.Tok(end-1).Text) || c.r.w.venueHead(c.t.Tok(end-1).Text) || c.knownStartsAt(a+3) {
		return Mention{}, false // not "the Allied Reaction Force (ARF) Headquarters", the force's own; nor "the NATO Response Force (NRF) Land Component Command", a body with a name of its own
	}
	key := c.t.Surface(before.First, a) + " " + c.t.Surface(a+3, end)
	return Mention{Kind: KOrg, Span: Span{before.First, end}, Key: key}, true
}

// splitName returns the known body whose name is the words [i, a) and
// one or more words after the bracket at a.
func (c *candidates) splitName(i, a int) (Mention, bool) {
	toks := append(slices.Clone(c.t.Tokens[i:a]), c.t.Tokens[a+3:]...)
	entries, lens := c.r.g.match(toks, 0)
	for k, e := range entries {
		if e.kind == KOrg && lens[k] > a-i {
			end := i + 3 + lens[k]
			surface := c.t.Surface(i, a) + " " + c.t.Surface(a+3, end) // as the name is written whole
			return Mention{Kind: KOrg, Span: Span{i, end}, Key: e.key, Surface: surface, Prio: e.prio, Weak: e.weak}, true
		}
	}
	return Mention{}, false
}

// attributiveCountries reads a country's abbreviated name that modifies
// the word after it as a demonym, not a place the release names: "U.S.
// naval forces", "U.S. plans", "(US EUCOM)", as "American" would be;
// "in the US", "the US and Canada", "US-led" and "US President" stay
// places (attributive).
func (c *candidates) attributiveCountries() {
	for k := range c.out {
		m := &c.out[k]
		if m.Kind == KPlace && m.Len() == 1 && c.r.g.Country(m.Key) != nil && c.attributive(m.First) {
			m.Kind = KDemonym
		}
	}
}

// attributive reports whether the country's abbreviation at token i
// ("US", "U.S.", "UK") modifies what follows it: a lower-case word of
// content, perhaps hyphened ("naval", "four-star"), not a verb in "-ed",
// or a body's name ("US EUCOM").
func (c *candidates) attributive(i int) bool {
	t, w := c.t, c.r.w
	abbr := t.Tok(i)
	if !abbr.IsUpper() && !strings.Contains(abbr.Text, ".") || !t.SameSentence(i, i+1) {
		return false
	}
	next := t.Tok(i + 1)
	r, _ := utf8.DecodeRuneInString(next.Text)
	switch {
	case next.IsCapWord() || next.IsUpper():
		return c.findStarting(i+1, func(m *Mention) bool { return m.Kind == KOrg }) != nil
	case !unicode.IsLower(r) || w.smallWord(next.Norm) || w.speechVerbs.Has(next.Norm) || slices.Contains(relDays, next.Norm):
		return false // "the US and Canada", "in the US today", "US-led", "the US 2nd Fleet"
	}
	return !strings.HasSuffix(next.Norm, "ed") // "the US announced"
}

// placePairs matches two places joined by a hyphen, each a name of its
// own: "the Belgrade-Pristina dialogue", "the Strasbourg-Kehl Summit";
// or a body and a place or another body, before a word that ends the
// name: "NATO-EU relations", "the NATO-Russia partnership".
func (c *candidates) placePairs() {
	toks := c.t.Tokens
	for i := 0; i+2 < len(toks); i++ {
		if toks[i+1].Norm != "-" || toks[i+1].SpaceBefore || toks[i+2].SpaceBefore || i > 0 && toks[i-1].Norm == "-" && !toks[i].SpaceBefore {
			continue
		}
		a, b := c.placeOf(i, i+1), c.placeOf(i+2, -1)
		if a == nil || b == nil {
			a, b = c.namedOf(i, i+1), c.namedOf(i+2, -1)
			if a == nil || b == nil || a.Kind == KPlace && b.Kind == KPlace || c.t.Tok(b.Limit).IsCap() {
				continue // a body's name goes on: "the NATO-Ukraine Commission"
			}
		}
		if b.Limit < len(toks) && toks[b.Limit].Norm == "-" && !toks[b.Limit].SpaceBefore {
			continue
		}
		a.Weak, b.Weak = false, false
		c.add(*a)
		c.add(*b)
	}
}

// placeOf returns the gazetteer's place that starts at token i and ends
// before token limit (anywhere where limit < 0), or nil.
func (c *candidates) placeOf(i, limit int) *Mention {
	e, n := c.r.g.placeAt(c.t.Tokens, i, func(_ string, n int) bool { return limit < 0 || i+n == limit })
	if e == nil {
		return nil
	}
	return &Mention{Kind: KPlace, Span: Span{i, i + n}, Key: e.key, Prio: e.prio}
}

// namedOf returns the gazetteer's place or body that starts at token i
// and ends before token limit (anywhere where limit < 0), or nil.
func (c *candidates) namedOf(i, limit int) *Mention {
	if m := c.placeOf(i, limit); m != nil {
		return m
	}
	es, ls := c.r.g.match(c.t.Tokens, i)
	for k, e := range es {
		if e.kind == KOrg && (limit < 0 || i+ls[k] == limit) {
			return &Mention{Kind: KOrg, Span: Span{i, i + ls[k]}, Key: e.key, Prio: e.prio}
		}
	}
	return nil
}

// pastCompass matches a name the gazetteer writes with "the" across a
// compass word after it: "the central Mediterranean" is the Mediterranean
// Sea ("the Mediterranean").
func (c *candidates) pastCompass(i int) {
	toks := c.t.Tokens
	if toks[i].Norm != "the" || i+2 >= len(toks) || toks[i+1].IsCap() || !c.r.w.compass.Has(toks[i+1].Norm) {
		return
	}
	tmp := append([]Token{toks[i]}, toks[i+2:min(i+10, len(toks))]...)
	entries, lens := c.r.g.match(tmp, 0)
	for k, e := range entries {
		if e.kind == KPlace && lens[k] > 1 {
			c.add(Mention{Kind: e.kind, Span: Span{i + 2, i + 1 + lens[k]}, Key: e.key, Prio: e.prio, Weak: e.weak})
		}
	}
}

// titleTokens marks the tokens of roles, ranks, honorifics, post
// acronyms, dates and changes of command (command-changes.tsv), and the
// name after a rank or an honorific: they
// belong to no organisation's name ("General Guglielmo Luigi Miglietta
// of the Italian Army").
func (c *candidates) titleTokens() []bool {
	blocked := make([]bool, len(c.t.Tokens))
	for i, t := range c.t.Tokens {
		// A role's head ends any name before it: "Head of the National
		// Security Bureau" is a post and a body.
		blocked[i] = t.IsCap() && c.r.w.roleHeads.Has(t.Text)
		if i >= 4 && blocked[i-4] && hyphenCompound(c.t, i-2) {
			blocked[i] = true // "Chairman-in-Office of the OSCE": the title's last word opens no body's name
		}
	}
	c.codeNames(blocked)
	for i := range c.t.Tokens {
		if _, n := c.r.w.commandChanges.MatchAt(c.t.Tokens, i); n > 0 {
			for k := i; k < i+n; k++ {
				blocked[k] = true // "Transfer of Authority for the Polish Contingent": no body named "Authority for ..."
			}
		}
	}
	for _, m := range c.out {
		if m.Kind == KShip && c.r.w.shipPrefixes.Has(c.t.Tok(m.First).Text) {
			for i := m.First; i < m.Limit; i++ {
				blocked[i] = true // "HNLMS Urk and Royal Norwegian Navy": the ship's words open no body's name
			}
		}
		if !m.Is(KRole, KRank, KHonorific, KPostAcr, KDate) {
			continue
		}
		if m.Kind == KRank && c.t.Tok(m.Limit).IsCap() && c.r.w.orgHeads.Has(c.t.Tok(m.Limit).Text) {
			continue // "the Romanian General Staff", "the General Assembly": a body's name
		}
		if m.Kind == KRank && c.rankInBodyName(m.First, m.Limit) {
			continue // "the Ministry of General Affairs": the field of a body's name
		}
		if m.Kind == KRank && c.namedAfterRanked(m.First, m.Limit) {
			continue // "the General Jonas Žemaitis Military Academy": a body named after a person
		}
		for i := m.First; i < m.Limit; i++ {
			blocked[i] = true
		}
		if m.Is(KRank, KHonorific) && !c.bodyAfterRank(m.Limit) {
			for i := m.Limit; i < len(c.t.Tokens) && i < m.Limit+6; i++ {
				t := c.t.Tokens[i]
				if !(t.IsCapWord() || t.Norm == "." || c.r.w.particles.Has(t.Norm) || t.Norm == "-" && !t.SpaceBefore) {
					break
				}
				blocked[i] = true
			}
		}
	}
	return blocked
}

// codeNames frees the capitalised words after a head that opens a code
// name ("exercise", "Operation"): role words there are words of the name
// ("exercise Noble Partner 2018"), not titles; but not where a role word
// comes first ("the Operation Commander").
func (c *candidates) codeNames(blocked []bool) {
	for i := 1; i < len(c.t.Tokens); i++ {
		if !c.firstHead(i-1) || !c.t.Tok(i).IsCapWord() || c.r.w.roleHeads.Has(c.t.Tok(i).Text) {
			continue // but "the Operation Commander": a title
		}
		for k := i; k < len(c.t.Tokens) && c.t.Tokens[k].IsCapWord(); k++ {
			blocked[k] = false
		}
	}
}

// shipAgain adds the ship's name [i, end), its prefix left out, where the
// text repeats it: "USS Gunston Hall left Norfolk ... Gunston Hall will
// embark troops" (not a hall).
func (c *candidates) shipAgain(i, end int) {
	toks := c.t.Tokens
	n := end - i
	for k := 0; k+n <= len(toks); k++ {
		if k == i || k > 0 && c.r.w.shipPrefixes.Has(toks[k-1].Text) {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = toks[k+j].Text == toks[i+j].Text
		}
		if same && (k+n == len(toks) || !toks[k+n].IsCapWord()) {
			c.add(Mention{Kind: KShip, Span: Span{k, k + n}, Prio: 9})
		}
	}
}

// ships adds the name a ship prefix opens ("HNLMS Rotterdam", "USS
// Mount Whitney", "HMCS Ville de Quebec"), which takes its words from
// any town or person.
func (c *candidates) ships() {
	toks := c.t.Tokens
	for i, t := range toks {
		if e, ok := c.r.w.shipPrefixes.Lookup(t.Text); !ok || e.Form != t.Text {
			continue // as written: "ITS Carabiniere", not "its"
		}
		end := i + 1
		for end < len(toks) && end < i+6 && c.t.SameSentence(i, end) {
			if initial := len([]rune(toks[end].Text)) == 1 && c.t.Norm(end+1) == "."; toks[end].IsCapWord() && initial && end > i+1 && c.t.Tok(end+2).IsCapWord() {
				end += 2 // "USS Harry S. Truman"
				continue
			}
			if !toks[end].IsCapWord() && end > i+1 && c.r.w.particles.Has(toks[end].Norm) && c.t.Tok(end+1).IsCapWord() && c.t.SameSentence(i, end+1) {
				end += 2 // "HMCS Ville de Quebec"
				continue
			}
			if !toks[end].IsCapWord() {
				break
			}
			end++
		}
		if end > i+1 {
			c.add(Mention{Kind: KShip, Span: Span{i, end}, Prio: 9})
			c.shipAgain(i+1, end)
			j := c.t.BackPastThe(i - 1)
			if c.t.Norm(j) == "of" && c.t.Norm(j-1) == "board" {
				j-- // "on board of the USS Dwight D. Eisenhower"
			}
			if c.t.Norm(j) == "aboard" || c.t.Norm(j) == "onboard" || c.t.Norm(j) == "board" && c.t.Norm(j-1) == "on" || c.r.w.shipWhere(c.t, i) || c.shipVisited(j) {
				c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue, Prio: 10}) // "signed on board the EML Admiral Pitka": where it happened
			}
		}
	}
}

// shipVisited reports whether token j, before a ship's name and its
// "the", is the "to" of a visit's noun ("a visit to the USS Carney"): the
// ship is where the visit is. A ship a verb visits somewhere ("visited
// HNLMS Rotterdam in the Gulf of Aden") leaves the place to that phrase.
func (c *candidates) shipVisited(j int) bool {
	if c.t.Norm(j) != "to" || c.t.Norm(j+1) != "the" {
		return false
	}
	for _, e := range c.r.w.eventWords.Entries(c.t.Norm(j - 1)) {
		if e.Value(0) == "visit" && e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// shipWhere reports whether the ship a prefix at token i opens is where
// something happens: after a lower-case noun of a kind of ship
// (ship-nouns.tsv) in a phrase that "the" opens after a place's
// preposition or a part of a venue: "embarked on the command ship USS
// Mount Whitney", "will visit the aircraft carrier USS George H.W. Bush",
// "on the flight deck of the Turkish frigate TCG Salihreis"; not the
// subject of "when the US Navy dock landing ship USS Gunston Hall left".
func (w words) shipWhere(t *Text, i int) bool {
	if t.Tok(i-1).IsCap() || !w.shipNouns.Has(t.Norm(i-1)) {
		return false
	}
	for k := i - 2; k >= 0 && k > i-8 && t.SameSentence(k, i); k-- {
		if t.Norm(k) != "the" {
			continue
		}
		n := t.Norm(k - 1)
		return n == "on" || w.placePrep(n) || w.venuePartBefore(t, k-1)
	}
	return false
}

// boardedShips adds, as a venue, the name after a lower-case noun of a
// kind of ship (ship-nouns.tsv) where "on board the" or "aboard the"
// opens the phrase: "went on board the Ukrainian command ship Hetman
// Sahaidachnyi", "on board the Norwegian Coast Guard vessel Svalbard".
// A name right after "on board the" is a ship's, where it names nothing
// else (boardedName); but not a venue, as no noun says what it is.
func (c *candidates) boardedShips() {
	toks := c.t.Tokens
	for i := 1; i < len(toks); i++ {
		if c.boardedName(i) {
			c.add(Mention{Kind: KShip, Span: Span{i, i + 1}, Prio: 9}) // "on board the Mosel": a ship, not Mosul
			continue
		}
		if !c.r.w.boardedShip(c.t, i) {
			continue
		}
		end := i
		for end < len(toks) && end < i+4 && toks[end].IsCapWord() && c.t.SameSentence(i, end) {
			end++
		}
		c.add(Mention{Kind: KPlace, Span: Span{i, end}, PlaceKind: natokg.Venue, Prio: 10})
	}
}

// boardedName reports whether the one capitalised word at i, right after
// "on board the" or "aboard the", is a ship's name: where it names no
// body and no place but a small town or another language's spelling of
// one ("a reception was held on board the Mosel", not Mosul).
func (c *candidates) boardedName(i int) bool {
	t := c.t
	if !t.Tok(i).IsCapWord() || t.Tok(i+1).IsCapWord() || t.Norm(i-1) != "the" || !(t.Norm(i-2) == "aboard" || t.Norm(i-2) == "board" && t.Norm(i-3) == "on") {
		return false
	}
	return c.findStarting(i, func(m *Mention) bool { return m.Kind != KPlace || !m.Weak }) == nil
}

// namedShips adds the name after a noun of a kind of ship
// (ship-nouns.tsv), in either case, that "the" opens a word or two
// before, perhaps after a comma: "the Battleship Wisconsin", "the Spanish
// frigate Cantabria", "the Spanish frigate, Juan de Borbón".
// It names a ship, not a state or a person.
func (c *candidates) namedShips() {
	toks := c.t.Tokens
	for i := 2; i < len(toks); i++ {
		n := i - 1
		if c.t.Norm(n) == "," {
			n-- // "the Spanish frigate, Juan de Borbón,"
		}
		if !toks[i].IsCapWord() || !c.r.w.shipNouns.Has(toks[n].Norm) || c.t.Norm(n-1) != "the" && c.t.Norm(n-2) != "the" {
			continue
		}
		end := i
		for end < len(toks) && end < i+5 && c.t.SameSentence(i, end) && (toks[end].IsCapWord() || end > i && c.r.w.particles.Has(toks[end].Norm) && toks[end+1].IsCapWord()) {
			end++ // "Juan de Borbón"
		}
		if !c.r.w.orgHeads.Has(toks[end-1].Text) {
			c.add(Mention{Kind: KShip, Span: Span{i, end}, Prio: 9})
		}
	}
}

// boardedShip reports whether a ship's name opens at token i: after a
// lower-case noun of a kind of ship (ship-nouns.tsv), in a phrase that
// "on board the" or "aboard the" opens a few words before.
func (w words) boardedShip(t *Text, i int) bool {
	if !t.Tok(i).IsCapWord() || t.Tok(i-1).IsCap() || !w.shipNouns.Has(t.Norm(i-1)) {
		return false
	}
	for k := i - 2; k >= 0 && k > i-8 && t.SameSentence(k, i); k-- {
		if t.Norm(k) == "the" {
			return t.Norm(k-1) == "aboard" || t.Norm(k-1) == "board" && t.Norm(k-2) == "on"
		}
	}
	return false
}

// bodyAfterRank reports whether the capitalised words after a rank at i
// name a body, not a person: "Commander Maritime Component Command
// Naples" (a title and its body) against "General Jean Bureau".
func (c *candidates) bodyAfterRank(i int) bool {
	if c.r.w.given.Has(c.t.Tok(i).Text) {
		return false
	}
	for k := i; k < len(c.t.Tokens) && k < i+6 && c.t.Tokens[k].IsCapWord(); k++ {
		if c.r.w.orgHeads.Has(c.t.Tokens[k].Text) && k > i {
			return true
		}
	}
	return false
}

// namedAfterRanked reports whether the rank word [i, end) opens the name
// of a body or a venue named after a ranked person: after "the", a
// possessive or a preposition of place ("at NATO's General Vecihi Akın
// Garrison"), or after a body's head and "of", a rank and a person's name that run on
// into a body's head ("the General Jonas Žemaitis Military Academy") or
// a venue's strong head ("the General Maister Barracks") or end a body's
// name ("the Armed Forces Academy of General Milan Rastislav Štefánik").
func (c *candidates) namedAfterRanked(i, end int) bool {
	toks := c.t.Tokens
	if !c.t.Tok(end).IsCapWord() {
		return false
	}
	if c.t.Norm(i-1) == "of" && c.t.Tok(i-2).IsCap() && c.r.w.orgHeads.Value(c.t.Tok(i-2).Text, 0) == "yes" {
		return c.r.w.given.Has(c.t.Tok(end).Text) // a body's field that is a person: "Academy of General Milan Rastislav Štefánik"
	}
	if prev := c.t.Tok(i - 1); prev.Norm != "the" && prev.Norm != "'s" && prev.Text != "’s" && !c.r.w.placePrep(prev.Norm) {
		return false
	}
	k := end
	for k < len(toks) && k < end+6 && toks[k].IsCapWord() && !c.r.w.orgHeads.Has(toks[k].Text) && !c.strongVenueHead(toks[k].Text) {
		k++
	}
	if k >= len(toks) || !toks[k].IsCapWord() {
		return false
	}
	if c.r.w.orgHeads.Has(toks[k].Text) {
		return k > end+1
	}
	return k > end && c.strongVenueHead(toks[k].Text) // "the General Maister Barracks": a venue named after a person
}

// strongVenueHead reports whether w alone makes the name it ends a venue
// ("Barracks", "Garrison", "Palace"; place-heads.tsv).
func (c *candidates) strongVenueHead(w string) bool {
	return c.venueHead(w) && c.placeStrong(w)
}

// rankedNameAt reports whether the capitalised word at j goes on a name
// after a rank that opens a body's field, a word or two before it:
// "Rastislav" in "Academy of General Milan Rastislav Štefánik".
func (c *candidates) rankedNameAt(j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if c.coveredBy(k, KRank) && c.namedAfterRanked(k, k+1) {
			return true
		}
	}
	return false
}

// rankInBodyName reports whether the rank word [i, end) is a word of a
// body's name: after "the", a one-word rank that heads no post before
// capitalised words that end in a body's head ("the General National
// Congress"); or in the field of a body's name, after the body's head and
// "of" and before a capitalised word that is no given name ("the
// Ministry of General Affairs"); not "the Chief of General Staff" (a
// title, whose head is a post's) nor "a visit of General John Smith".
func (c *candidates) rankInBodyName(i, end int) bool {
	head, next := c.t.Tok(i-2), c.t.Tok(end)
	if c.t.Norm(i-1) == "the" && end == i+1 && !c.r.w.roleHeads.Has(c.t.Tok(i).Text) && c.bodyAfterRank(end) {
		return true // "the General National Congress"; not "the Commander Maritime Component Command Naples"
	}
	return c.t.Norm(i-1) == "of" && head.IsCap() && c.r.w.orgHeads.Value(head.Text, 0) == "yes" &&
		next.IsCapWord() && !c.r.w.given.Has(next.Text) && !c.r.w.roleHeads.Has(next.Text) && !c.r.w.orgHeads.Has(next.Text)
}

// capPhrases adds a candidate for each run of capitalised words of
// sentence s (joined by connectors: "Ministry of Foreign Affairs and
// European Integration") that its head classifies.
func (c *candidates) capPhrases(s Sentence) {
	for i := s.First; i < s.Limit; {
		if c.blocked[i] || !c.t.Tokens[i].IsCapWord() && !c.numberedName(i) || c.countWord(i) || c.headlineVerb(i) || c.monthAfterTime(i) {
			i++
			continue
		}
		end := c.capRun(i, s)
		if (!ordinal(c.t.Tok(i-1)) || !c.countedKind(i)) && !c.countedBodies(i, end) {
			c.classify(i, end) // not "its 25th Centre of Excellence": a kind, counted
		}
		i = end
	}
}

// monthAfterTime reports whether token i is a month's name after a
// lower-case preposition ("at the end of June", "in May"), which opens
// no name: "the end of June and Full Capability in December".
func (c *candidates) monthAfterTime(i int) bool {
	prev := c.t.Tok(i - 1)
	return c.r.w.months.Has(c.t.Norm(i)) && prev.IsWord() && !prev.IsCap() && (c.r.w.placePrep(prev.Norm) || prev.Norm == "of")
}

// ownerAfter reports whether the capitalised words from token k end in
// "'s": a body that owns what follows it.
func (c *candidates) ownerAfter(k int) bool {
	j := c.capWordsEnd(k)
	return j > k && (c.t.Norm(j) == "'s" || c.t.Tok(j).Text == "’s")
}

// capWordsEnd returns the end of the run of at most six capitalised
// words that opens at token k (k where none does).
func (c *candidates) capWordsEnd(k int) int {
	j := k
	for j < len(c.t.Tokens) && j < k+6 && c.t.Tok(j).IsCapWord() {
		j++
	}
	return j
}

// headedItemAfter reports whether the capitalised words from token k run
// to "and" or a comma right after a body's head: the next item of a
// list of bodies ("NATO Cooperative Cyber Defence Centre of Excellence,
// Baltic Defence College and ...").
func (c *candidates) headedItemAfter(k int) bool {
	j := c.capWordsEnd(k)
	n := c.t.Norm(j)
	return j > k && (n == "and" || n == ",") && c.r.w.orgHeads.Has(c.t.Tok(j-1).Text)
}

// accreditedHead reports whether the run from i to the "to" at j is a
// body whose head, accredited to another body, goes on with "of" and
// the sending country: "Mission of the Republic of Azerbaijan to NATO",
// "Delegation of the European Union to Ukraine"; or, for any body whose
// name goes on with "of", a country's name after "of" and another's
// after "to": "Embassy of Azerbaijan to the United States".
func (c *candidates) accreditedHead(i, j int) bool {
	toks := c.t.Tokens
	for k := i; k+1 < j; k++ {
		if toks[k+1].Norm != "of" || !toks[k].IsCapWord() {
			continue
		}
		if c.r.w.orgHeads.Value(toks[k].Text, 2) == "yes" || c.r.w.orgHeads.Value(toks[k].Text, 0) == "yes" && c.countryAt(c.t.PastThe(k+2)) && c.countryAt(c.t.PastThe(j+1)) {
			return true
		}
	}
	return false
}

// maxCapRun bounds a run of capitalised words that capRun reads: no name
// is longer, and a text all in capitals would otherwise be read again
// from each of its words.
const maxCapRun = 32

// capRun returns the end of the run of capitalised words from i, at most
// maxCapRun tokens long.
func (c *candidates) capRun(i int, s Sentence) int {
	toks := c.t.Tokens
	if s.Limit > i+maxCapRun {
		s.Limit = i + maxCapRun
	}
	capAt := func(j int) bool {
		if j+2 < s.Limit && toks[j+1].Norm == "-" && !toks[j+1].SpaceBefore && !toks[j+2].SpaceBefore && !toks[j+2].IsCap() && !toks[j+2].IsNumber() && !hyphenedParticle(toks, j+1) {
			return false // "NATO-led", "UN-mandated": a modifier, not a name's word; but "F-35" names a model, "Rostov-on-Don" a town
		}
		return j < s.Limit && !c.blocked[j] && !c.weekdayAfterOn(j) && !c.dayAfterMonth(j) && !c.headlineVerb(j) && (toks[j].IsCapWord() || toks[j].IsUpper() || ordinal(toks[j]) && j+1 < s.Limit && toks[j+1].IsCapWord() && !c.countedKind(j+1))
	}
	end := i + 1
	for j := i + 1; j < s.Limit && !c.blocked[j]; {
		u := toks[j]
		if capAt(j) && c.nameAfterBody(i, j, s) {
			return end // "the Secretary of the Security Council Igor Ivanov"
		}
		if len(u.Text) > 1 && romanNumeral(u.Text) && c.findEnding(j, func(m *Mention) bool { return m.Kind == KOrg && !m.Weak }) != nil {
			return end // "the core of ISAF VIII": a rotation of the force, no body of its own
		}
		if capAt(j) && c.sameBodyAgain(j) {
			return end // "the NATO Maintenance and Supply Agency NAMSA": the body, then its acronym
		}
		if capAt(j) {
			j++
			end = j
			continue
		}
		if j+3 < s.Limit && hyphenedParticle(toks, j) && capAt(j+3) {
			j += 3 // "Rostov-on-Don", "Mazar-i-Sharif"
			continue
		}
		if u.Norm == "." && len([]rune(toks[j-1].Text)) == 1 && capAt(j+1) {
			j++ // an initial: "Andrew W. Mellon Auditorium"
			continue
		}
		if u.Norm == "." && !u.SpaceBefore && toks[j-1].IsCap() && c.r.w.abbrevs.Value(toks[j-1].Norm, 0) == "in-name" && capAt(j+1) {
			j++ // a word cut short inside a name: "RAF St. Mawgan"
			continue
		}
		prev := toks[j-1].Norm
		switch {
		case c.r.w.particles.Has(u.Norm) && !u.IsCap() && capAt(j+1) && c.venueAhead(j+1, s):
			j++ // "Huis ten Bosch Palace"
			continue
		case c.r.w.particles.Has(u.Norm) && !u.IsCap() && j+2 < s.Limit && c.r.w.particles.Has(toks[j+1].Norm) && !toks[j+1].IsCap() && capAt(j+2):
			j += 2 // "Maison de la Paix"
			continue
		case u.Norm == "the" && (prev == "of" || prev == "for" || c.onTheInName(j-1)) && capAt(j+1):
			j++ // "Government of the Czech Republic"
			continue
		case u.Norm == "to" && c.venueHead(toks[j-1].Text) && c.placeStrong(toks[j-1].Text) && c.t.Norm(j+1) == "the" && capAt(j+2):
			j += 2 // "Monument to the Unknown Soldier"
			continue
		case u.Norm == "-" && !u.SpaceBefore && j+2 < s.Limit && !toks[j+1].SpaceBefore && toks[j+1].IsNumber() && strings.ToUpper(toks[j-1].Text) == toks[j-1].Text && toks[j-1].IsCapWord() && capAt(j+2):
			j += 2 // "F-35 Lightning II Joint Programme": a model's letters and number
			continue
		case u.Norm == "the":
		case (u.Norm == "'s" || u.Text == "’s") && !u.SpaceBefore && capAt(j+1) && c.headEndsRun(j+1, s) && !c.knownEndsAt(j) && !c.r.w.orgHeads.Has(toks[j-1].Text) && !toks[j-1].IsUpper():
			j++ // "the Afghan Women's Resource Centre"; not "NATO's Joint Warfare Centre"
			continue
		case u.Norm == "to" && (c.r.w.orgHeads.Value(toks[j-1].Text, 2) == "yes" && !c.forceHead(j-1) || c.accreditedHead(i, j)) && (capAt(j+1) || c.t.Norm(j+1) == "the" && capAt(j+2)):
			j++ // "Danish Delegation to the NATO PA", "Mission of Ukraine to NATO"
			if toks[j].Norm == "the" {
				j++
			}
			continue
		case u.Norm == "for" && c.t.Norm(j+1) == "the" && ordinal(c.t.Tok(j+2)) && c.knownEndsAt(j):
			return end // "the Headquarters of the African Union Commission for the 8th NATO-AU Staff Talks": what the body hosts, counted
		case (c.r.w.connectors.Has(u.Norm) || (u.Norm == "-" || u.Norm == "/" && c.townsJoined(j)) && !u.SpaceBefore && !c.t.Tok(j+1).SpaceBefore || u.Norm == ",") && (capAt(j+1) || (u.Norm == "of" || u.Norm == "for" || c.onTheInName(j)) && c.t.Norm(j+1) == "the" && capAt(j+2)):
			if u.Norm == "," && c.knownEndsAt(j) && (c.knownStartsAt(j+1) || c.headedItemAfter(j+1)) {
				return end // "Allied Command Transformation, NATO Defense College and NATO School": a list of bodies
			}
			if u.Norm == "and" && c.orgHeadEndsAt(j) && (c.countryAt(j+1) || c.knownStartsAt(j+1) && c.ownerAfter(j+1)) {
				return end // "between the Academy and North Macedonia": a body and a country; "the Baltic Defence College and NATO's Battle Group": two bodies
			}
			if u.Norm == "for" && c.attributiveAcronym(j+1, j+2) {
				return end // "the request by the Government of Iceland for NATO air policing": what is asked for, no part of the body's name
			}
			if m := c.findEnding(j, knownBody); u.Norm == "on" && m != nil && m.First == i {
				return end // "advising the North Atlantic Council on Consultation, Command and Control policy": what it advises on, no part of the known body's name
			}
			if u.Norm == "of" && c.knownEndsAt(j) && c.serviceOfRanked(j+1, s) {
				return end // "the President of the French Republic of Air Force General X": X's service, not the Republic's
			}
			if (u.Norm == "of" || u.Norm == "for") && c.t.Norm(j+1) == "the" && c.eventNounAfterRun(j+2) {
				return end // "bid farewell to Allied Force Command Heidelberg for the NATO Headquarters deactivation ceremony": the words after "the" name the ceremony
			}
			if u.Norm == "of" && c.knownEndsAt(j) && c.r.w.groupNouns.Has(toks[j+1].Text) {
				return end // "a visit to NATO Headquarters of Members of the Parliament": the visitors, not the building's name
			}
			if u.Norm == "and" && c.knownEndsAt(j) && c.knownStartsAt(j+1) && !c.fieldsOfBody(j, s) && !c.headAfterKnown(j, s) {
				return end // "Mediterranean Dialogue and Istanbul Cooperation Initiative"; but "the Mediterranean Dialogue and Istanbul Cooperation Initiative Countries Section"
			}
			if c.twoVenues(i, j) {
				return end // "in Camp Pomazatin and Camp Vrelo", "Rukla Military Base and Tapa Army Base": two venues
			}
			if c.placeList(j) && !c.domainList(i, j) && !c.townsOfEvent(j) && !c.placesInName(j, s) {
				return end // "in Basra, Kirkuk, Mosul and Camp Taji": a list of places
			}
			if key := c.sharedModifier(i, j); key != "" {
				c.add(Mention{Kind: KOrg, Span: Span{j + 1, j + 2}, Key: key, Prio: prioOrg})
				return end // "the European Parliament and Commission": two bodies, the second named with the first's words
			}
			if u.Norm == "and" && c.nationalBodiesJoined(i, j) {
				return end // "the Armed Forces and Ministry of Defence": two bodies every state has
			}
			if u.Norm == "and" && (c.r.w.orgHeads.Has(toks[j-1].Text) && c.twoBodies(i, j, s) || c.knownSpans(i, j)) && c.headEndsRun(j+1, s) && !c.headAfterKnown(j, s) {
				return end // "the Afghan National Army and Afghan National Police", "the Political Committee and Economics and Security Committee", "the State Duma and Federation Council": two bodies
			}
			if u.Norm == "," && !c.commaInName(j, s) {
				return end
			}
			if (u.Norm == "," || u.Norm == "and") && c.titleEndsAt(i) && j-i <= 4 {
				return end // "Defence Minister Miroslav Kostelka, Senate Chairman X and House of Representatives Chairman Y": a titled name ends
			}
			j++
			continue
		}
		break
	}
	return end
}

// sharedModifier returns the key of the body that the words of the run
// [i, j) but its last name with the word after the "and" at j, where the
// run and that name are both bodies the gazetteer knows: "the European
// Parliament and Commission" names the European Commission too; or "".
func (c *candidates) sharedModifier(i, j int) string {
	toks := c.t.Tokens
	if c.t.Norm(j) != "and" || j-i < 2 || j+1 >= len(toks) || !toks[j+1].IsCapWord() || c.t.Tok(j+2).IsCapWord() || c.r.g.knownOrg(toks[i:j]) == "" {
		return ""
	}
	return c.r.g.knownOrgJoined(toks[i:j-1], toks[j+1:j+2])
}

// eventNounAfterRun reports whether the capitalised words from token k
// are followed, within two words in lower case, by a noun that names an
// event: they qualify the event, no body's name goes on over them.
func (c *candidates) eventNounAfterRun(k int) bool {
	j := c.capWordsEnd(k)
	for n := j; j > k && n < j+2 && n < len(c.t.Tokens) && c.t.SameSentence(k, n); n++ {
		tok := c.t.Tok(n)
		if !tok.IsWord() || tok.IsCap() {
			return false
		}
		if c.r.w.eventNoun(tok.Norm) {
			return true
		}
	}
	return false
}

// townsJoined reports whether the slash (or "and") at j joins two towns the
// gazetteer knows, one name's two seats: "the Strasbourg/Kehl Summit".
func (c *candidates) townsJoined(j int) bool {
	town := func(k int) bool {
		return c.find(func(m *Mention) bool { return m.Kind == KPlace && m.Len() == 1 && m.First == k }) != nil
	}
	return town(j-1) && town(j+1)
}

// townsOfEvent reports whether the "and" at j joins two towns that name
// one event together, its head right after the second: "the Strasbourg
// and Kehl Summit".
func (c *candidates) townsOfEvent(j int) bool {
	return c.t.Norm(j) == "and" && c.townsJoined(j) && c.t.Tok(j+2).IsCap() && c.r.w.eventHeads.Has(c.t.Tok(j+2).Text)
}

// orgHeadEndsAt reports whether the word before token j is a body's
// head (org-heads.tsv), capitalised.
func (c *candidates) orgHeadEndsAt(j int) bool {
	t := c.t.Tok(j - 1)
	return t.IsCap() && c.r.w.orgHeads.Has(t.Text)
}

// serviceOfRanked reports whether the capitalised words from k run, in
// at most three words, into a rank that opens a person's name: "Air
// Force" in "the nomination by the President of the French Republic of
// Air Force General Jean-Paul Paloméros" names the nominee's service.
func (c *candidates) serviceOfRanked(k int, s Sentence) bool {
	for m := k; m < s.Limit && m < k+4; m++ {
		if c.coveredBy(m, KRank) {
			return m > k && c.t.Tok(m+1).IsCapWord()
		}
		if !c.t.Tok(m).IsCapWord() {
			return false
		}
	}
	return false
}

// titleEndsAt reports whether a title (a role) ends right before token
// i, so that the capitalised words from i open its holder's name.
func (c *candidates) titleEndsAt(i int) bool {
	for _, k := range c.byLimit[i] {
		if c.out[k].Kind == KRole {
			return true
		}
	}
	return false
}

// headlineVerb reports whether token j of a release's title is a verb
// that a title in capitals writes in capitals (headline-verbs.tsv): the
// name before it ends there ("JFC Brunssum Hosts Polish Parliamentary
// National Defence Committee").
func (c *candidates) headlineVerb(j int) bool {
	if c.t.Tokens[j].Sent != 0 || !c.t.Tokens[j].IsCap() {
		return false
	}
	if n := c.t.Norm(j); j > 0 && (n == "over" || n == "up" || n == "off" || n == "out") {
		return c.headlineVerb(j - 1) // "Hands Over"
	}
	return c.r.w.headlineVerbs.Has(c.t.Norm(j))
}

// dayAfterMonth reports whether token j is a month with a day's number
// after it, which dates what the run before it names: "at Camp Dogan May
// 17", "at NATO's North American Headquarters on November 2nd".
func (c *candidates) dayAfterMonth(j int) bool {
	return c.r.w.months.Has(c.t.Norm(j)) && j+1 < len(c.t.Tokens) && (c.t.Tokens[j+1].IsNumber() || ordinal(c.t.Tokens[j+1]))
}

// weekdayAfterOn reports whether token j is a weekday after "on", which
// dates what the run before it names and is no word of its name: "met
// members of the NATO Parliamentary Assembly on Monday (15 February)".
func (c *candidates) weekdayAfterOn(j int) bool {
	return j > 0 && c.t.Norm(j-1) == "on" && c.r.w.weekdays.Has(c.t.Norm(j))
}

// venueAhead reports whether the capitalised words from j end in a
// venue's head or a body's: "Bosch Palace" in "Huis ten Bosch Palace",
// "Bun Military Academy" in "the Alexandru cel Bun Military Academy".
func (c *candidates) venueAhead(j int, s Sentence) bool {
	k := j
	for k < s.Limit && c.t.Tokens[k].IsCapWord() {
		k++
	}
	return k > j && (c.venueHead(c.t.Tokens[k-1].Text) || c.r.w.orgHeads.Has(c.t.Tokens[k-1].Text))
}

// nameAfterBody reports whether the capitalised words from j to the end
// of a run that starts at i are a person's name after a body's whole
// name: "the Chairman of the Council of Ministers Denis Zvizdic", "Deputy
// Speaker of the Duma Lyubov Sliska". The body ends in an organisation's
// head or a known name; the name is two or three words that are no
// head, the first a given name or the run a title's complement.
func (c *candidates) nameAfterBody(i, j int, s Sentence) bool {
	toks, w := c.t.Tokens, c.r.w
	if j <= i || !toks[j-1].IsCapWord() || !c.knownEndsAt(j) && !c.hasOrgHead(i, j) {
		return false
	}
	if c.rankedNameAt(j) {
		return false // "Academy of General Milan Rastislav Štefánik": the name is the body's
	}
	k := j
	for k < s.Limit && k < j+4 && toks[k].IsCapWord() && !c.dayAfterMonth(k) { // "... Team Chaghcharan July 1": a date ends the words
		t := toks[k].Text
		if w.orgHeads.Has(t) || w.roleHeads.Has(t) || c.placeHead(t, "head") || w.eventHeads.Has(t) || w.docHeads.Has(t) || c.knownStartsAt(k) {
			return false
		}
		k++
	}
	if n := k - j; n < 2 || n > 3 || k < s.Limit && (toks[k].IsCap() || c.r.w.connectors.Has(toks[k].Norm) && c.t.Tok(k+1).IsCapWord() && !w.given.Has(toks[j].Text)) {
		return false // but "Speaker of the US House of Representatives Nancy Pelosi and NATO Secretary General X": a given name opens a name
	}
	return w.given.Has(toks[j].Text) || c.complementOfTitle(i)
}

// hasOrgHead reports whether a capitalised word of [i, j) is an
// organisation's head.
func (c *candidates) hasOrgHead(i, j int) bool {
	for k := i; k < j; k++ {
		if c.t.Tokens[k].IsCap() && c.r.w.orgHeads.Has(c.t.Tokens[k].Text) {
			return true
		}
	}
	return false
}

// complementOfTitle reports whether the run at i follows a title and
// "of [the]" or "to [the]": "Secretary of the Security Council",
// "Ambassador to NATO".
func (c *candidates) complementOfTitle(i int) bool {
	k := i - 1
	if c.t.Norm(k) == "the" {
		k--
	}
	return (c.t.Norm(k) == "of" || c.t.Norm(k) == "to") && c.r.w.roleHeads.Has(c.t.Tok(k-1).Text)
}

// countWord reports whether the word at i is a number in words that
// opens a sentence before a name: "Four US Air Force F-16s arrived"
// counts the jets, and no name opens with it.
func (c *candidates) countWord(i int) bool {
	prev := c.t.Norm(i - 1)
	opens := i == c.t.SentenceOf(i).First || isDash(prev)
	return opens && !c.t.Tok(i).IsNumber() && c.r.w.cardinal(c.t.Norm(i)) > 0 && c.t.Tok(i+1).IsCapWord()
}

// countedBodies reports whether the run [i, end) is a plural body's head
// after a number of two or more, perhaps and a word in lower case: "the
// two Strategic Commands", "the 14 individual NATO Agencies" count
// bodies and name none.
func (c *candidates) countedBodies(i, end int) bool {
	last, before := c.t.Tok(end-1).Text, c.t.Tok(i-1)
	counted := c.r.w.cardinal(before.Norm) >= 2 || before.IsWord() && !before.IsCap() && c.r.w.cardinal(c.t.Norm(i-2)) >= 2 // "the 14 individual NATO Agencies"
	return counted && (strings.HasSuffix(last, "s") && c.r.w.orgHeads.Has(strings.TrimSuffix(last, "s")) || strings.HasSuffix(last, "ies") && c.r.w.orgHeads.Has(strings.TrimSuffix(last, "ies")+"y"))
}

// numberedName reports whether a name opens with a number at i: an
// ordinal ("11th Armoured Cavalry Division") or a number before a body's
// head ("1540 Committee").
func (c *candidates) numberedName(i int) bool {
	t, next := c.t.Tokens[i], c.t.Tok(i+1)
	return next.IsCapWord() && (ordinal(t) && !c.countedKind(i+1) || t.IsNumber() && c.r.w.orgHeads.Has(next.Text))
}

// countedKind reports whether the capitalised words from i name a kind
// of body that an ordinal counts rather than one body: the ending that
// known bodies' names share ("its 25th Centre of Excellence"), where
// "11th Armoured Cavalry Division" is a name.
func (c *candidates) countedKind(i int) bool {
	var words []string
	for j := i; c.t.SameSentence(i, j) && (c.t.Tok(j).IsCapWord() || c.r.w.connectors.Has(c.t.Norm(j)) && c.t.Tok(j+1).IsCapWord()); j++ {
		words = append(words, c.t.Tok(j).Text)
	}
	return len(words) > 0 && c.r.g.sharedEnding(strings.Join(words, " "))
}

// ordinal reports whether a token is an ordinal number ("6th", "11th").
func ordinal(t Token) bool {
	n := strings.TrimRight(t.Norm, "stndrh")
	return n != t.Norm && n != "" && (Token{Text: n}).IsNumber()
}

// fieldsOfBody reports whether the "and" at j joins two known names that
// name a body's field, the run going on past the second to a body's head:
// "the Middle East and North Africa Section", "the MD and ICI Countries
// Section"; but "the Mediterranean Dialogue and Istanbul Cooperation
// Initiative" are two.
func (c *candidates) fieldsOfBody(j int, s Sentence) bool {
	second := c.find(func(m *Mention) bool { return m.First == j+1 && m.Is(KOrg, KPlace) && !m.Weak })
	k := j + 1
	for k < s.Limit && c.t.Tokens[k].IsCapWord() {
		k++
	}
	return second != nil && second.Limit < k && c.r.w.orgHeads.Has(c.t.Tokens[k-1].Text)
}

// placeList reports whether the "and" or comma at j ends a place of a
// list of places, not a part of one place's name ("Bosnia and
// Herzegovina").
func (c *candidates) placeList(j int) bool {
	if n := c.t.Norm(j); n != "and" && n != "," {
		return false
	}
	if c.findCovering(j, func(m *Mention) bool { return m.Kind == KPlace }) != nil {
		return false
	}
	return c.findEnding(j, func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && !m.Weak && p != nil && p.Kind != natokg.Venue
	}) != nil
}

// twoVenues reports whether the "and" at j joins the names of two
// venues in the run from i, each opened by a venue's first word or ended
// by a venue's head (place-heads.tsv) and each of two words or more:
// "Camp Pomazatin and Camp Vrelo", "Rukla Military Base and Tapa Army
// Base"; not one name with "and" inside ("Bosnia and Herzegovina").
func (c *candidates) twoVenues(i, j int) bool {
	if c.t.Norm(j) != "and" || j-i < 2 {
		return false
	}
	k := c.capWordsEnd(j + 1)
	return c.venueNamed(i, j) && (k-j > 2 && c.venueNamed(j+1, k) || c.townSpans(j+1, k))
}

// townSpans reports whether a town the gazetteer knows spans [i, end):
// "Fort Benning and Quantico".
func (c *candidates) townSpans(i, end int) bool {
	return c.findStarting(i, func(m *Mention) bool {
		p := c.r.g.Places[m.Key]
		return m.Kind == KPlace && m.Limit == end && !m.Weak && p != nil && p.Kind == natokg.City
	}) != nil
}

// venueListed reports whether the comma at j ends a place's name the
// gazetteer knows and the capitalised words after it name a venue:
// "at Camp Film City, Camp Pomozatin and Camp Vrelo".
func (c *candidates) venueListed(j int) bool {
	if c.findEnding(j, func(m *Mention) bool { return m.Kind == KPlace && !m.Weak }) == nil {
		return false
	}
	k := c.capWordsEnd(j + 1)
	return k-j > 2 && c.venueNamed(j+1, k)
}

// venueNamed reports whether the words [i, end) open with a venue's
// first word ("Camp") or end in a venue's head ("Base").
func (c *candidates) venueNamed(i, end int) bool {
	return c.placeHead(c.t.Tokens[i].Text, "first") || c.venueHead(c.t.Tokens[end-1].Text)
}

// domainList reports whether the "and" at j joins the fields of the body
// whose head opens the run at i, the word after it not a place's:
// "Ministry for Europe and Foreign Affairs".
func (c *candidates) domainList(i, j int) bool {
	if n := c.t.Norm(i + 1); !c.r.w.orgHeads.Has(c.t.Tokens[i].Text) || n != "for" && n != "of" || c.t.Norm(j) != "and" {
		return false
	}
	return c.find(func(m *Mention) bool { return m.Kind == KPlace && m.First == j+1 }) == nil
}

// twoBodies reports whether the names on both sides of the "and" at j in
// a run from i are two bodies' names: the second opens as the first does,
// with a demonym or with a known body's name ("the Kosovo Security Forces
// and NATO Liaison Team"), or ends in the same head ("the Political
// Committee and the Economics and Security Committee"); not "the
// Individual Partnership and Cooperation Programme".
func (c *candidates) twoBodies(i, j int, s Sentence) bool {
	toks := c.t.Tokens
	k := c.runEnd(j+1, s)
	return toks[j+1].Text == toks[i].Text || c.demonymAt(j+1) || toks[k-1].Text == toks[j-1].Text || c.knownStartsAt(j+1) ||
		ordinal(toks[i]) // "the 1st Marine Division and Task Force 58": a unit named by its number is whole
}

// demonymAt reports whether a demonym starts at token i.
func (c *candidates) demonymAt(i int) bool {
	return c.findStarting(i, func(m *Mention) bool { return m.Kind == KDemonym }) != nil
}

// knownSpans reports whether a gazetteer organisation spans [i, j).
func (c *candidates) knownSpans(i, j int) bool {
	return c.findStarting(i, func(m *Mention) bool { return m.Limit == j && m.Kind == KOrg && !m.Weak }) != nil
}

// headEndsRun reports whether the capitalised words from i end in a
// body's head: "Afghan National Police".
func (c *candidates) headEndsRun(i int, s Sentence) bool {
	k := c.runEnd(i, s)
	return k > i+1 && c.r.w.orgHeads.Has(c.t.Tokens[k-1].Text)
}

// runEnd returns the end of the capitalised words from i, joined by
// "and": "Economics and Security Committee".
func (c *candidates) runEnd(i int, s Sentence) int {
	toks := c.t.Tokens
	k := i
	for k < s.Limit && (toks[k].IsCapWord() || toks[k].Norm == "and" && k > i && k+1 < s.Limit && toks[k+1].IsCapWord()) {
		k++
	}
	return k
}

// onTheInName reports whether "on the" at j goes on a body's name whose
// head takes "on" ("Committee on the Civil Dimension of Security"), not
// where a known place follows ("the Council on the Western Balkans").
func (c *candidates) onTheInName(j int) bool {
	if c.t.Norm(j) != "on" || c.r.w.orgHeads.Value(c.t.Tok(j-1).Text, 0) != "yes" {
		return false
	}
	if c.ownerAfter(j + 2) {
		return false // "Statement from Resolute Support Mission on the Afghan Government's Cease-fire": what it is about
	}
	return c.findStarting(j+2, func(m *Mention) bool { return m.Is(KPlace) && !m.Weak }) == nil
}

// knownEndsAt reports whether a gazetteer organisation or place ends just
// before token j.
func (c *candidates) knownEndsAt(j int) bool {
	return c.findEnding(j, func(m *Mention) bool { return m.Is(KOrg, KPlace) && !m.Weak }) != nil
}

// sameBodyAgain reports whether a known body ends right before token j
// and a name of the same body starts at j: its acronym after its name.
func (c *candidates) sameBodyAgain(j int) bool {
	before, after := c.findEnding(j, knownBody), c.findStarting(j, knownBody)
	return before != nil && after != nil && before.Key == after.Key
}

// knownBody reports whether candidate m names a body read already, not
// only where a body is possible (weak).
func knownBody(m *Mention) bool { return m.Kind == KOrg && !m.Weak }

// knownStartsAt reports whether a gazetteer organisation or place starts
// at token j.
func (c *candidates) knownStartsAt(j int) bool {
	return c.findStarting(j, func(m *Mention) bool { return m.Is(KOrg, KPlace) && !m.Weak }) != nil
}

// forceHead reports whether token k is the head of a force ("Force",
// "Forces", force-nouns.tsv): a force is sent "to" a place, it is no
// delegation "to" a body ("the expansion of ISAF to the South").
func (c *candidates) forceHead(k int) bool {
	n := c.t.Norm(k)
	return c.r.w.forceNouns.Has(n) || c.r.w.forceNouns.Has(n+"s")
}

// headAfterKnown reports whether the known body after the "and" at token
// j is followed by capitalised words that a body's head ends, and the
// name before the "and" ends in no head: the bodies joined there are the
// fields of one body's name ("the Mediterranean Dialogue and Istanbul
// Cooperation Initiative Countries Section"), not two bodies ("the Kosovo
// Security Forces and NATO Liaison Team").
func (c *candidates) headAfterKnown(j int, s Sentence) bool {
	if c.r.w.orgHeads.Has(c.t.Tok(j - 1).Text) {
		return false
	}
	m := c.findStarting(j+1, func(m *Mention) bool { return m.Is(KOrg) && !m.Weak })
	return m != nil && c.headEndsAfter(m, s)
}

// headEndsAfter reports whether up to three capitalised words after
// mention m end with a body's head: "Istanbul Cooperation Initiative"
// and "Countries Section", "Middle East" and "Special Group".
func (c *candidates) headEndsAfter(m *Mention, s Sentence) bool {
	k := m.Limit
	for k < s.Limit && k < m.Limit+3 && c.t.Tok(k).IsCapWord() {
		k++
	}
	return k > m.Limit && c.r.w.orgHeads.Has(c.t.Tok(k-1).Text)
}

// placesInName reports whether the "and" at token j joins two places
// that a body's head then ends, as the fields of one body's name: "the
// Mediterranean and Middle East Special Group", "the Europe and Central
// Asia Division"; not a place and a body ("Headquarters Ramstein and
// NATO Rapid Deployment Corps Spain").
func (c *candidates) placesInName(j int, s Sentence) bool {
	if c.t.Norm(j) != "and" || c.findStarting(j+1, func(m *Mention) bool { return m.Is(KOrg) }) != nil {
		return false
	}
	m := c.findStarting(j+1, func(m *Mention) bool { return m.Is(KPlace) && !m.Weak })
	return m != nil && c.headEndsAfter(m, s)
}

// namesAfterComma reports whether the comma at j opens a list of two
// people's names joined by "and", each two or three capitalised words
// that open with a given name and hold no head of a body, a title or a
// place: "the Committees of the Senate, Marco Neri and Paolo Bianchi".
func (c *candidates) namesAfterComma(j int, s Sentence) bool {
	k := c.personNameEnd(j+1, s)
	return k > 0 && c.t.Norm(k) == "and" && c.personNameEnd(k+1, s) > 0
}

// personNameEnd returns where a name of two or three capitalised words
// that opens with a given name at i ends, or 0.
func (c *candidates) personNameEnd(i int, s Sentence) int {
	w := c.r.w
	if i >= s.Limit || !w.given.Has(c.t.Tokens[i].Text) {
		return 0
	}
	k := i
	for k < s.Limit && k < i+3 && c.t.Tokens[k].IsCapWord() {
		t := c.t.Tokens[k].Text
		if w.orgHeads.Has(t) || w.roleHeads.Has(t) || c.placeHead(t, "head") || w.eventHeads.Has(t) || c.knownStartsAt(k) {
			return 0
		}
		k++
	}
	if k-i < 2 || k < s.Limit && c.t.Tokens[k].IsCapWord() {
		return 0
	}
	return k
}

// commaInName reports whether the comma at j is inside a name such as
// "Joint Analysis, Training and Education Centre": an "and" follows
// before the run ends, with capitalised words only.
func (c *candidates) commaInName(j int, s Sentence) bool {
	if c.r.w.orgHeads.Has(c.t.Tok(j - 1).Text) {
		return false // "the Section, NATO Political Affairs and Security Policy Division": two names
	}
	if c.placeList(j) {
		return false // "in Basra, Kirkuk, Mosul and Camp Taji": a list of places
	}
	if c.namesAfterComma(j, s) {
		return false // "the Chamber of Deputies, Gustavo Selva and Luigi Ramponi": its members
	}
	if c.venueListed(j) {
		return false // "at Camp Film City, Camp Pomozatin and Camp Vrelo": a list of venues
	}
	for k := j + 1; k < s.Limit && k < j+6; k++ {
		u := c.t.Tokens[k]
		if u.Norm == "and" {
			return k+1 < s.Limit && c.t.Tokens[k+1].IsCap()
		}
		if !u.IsCapWord() {
			return false
		}
	}
	return false
}
