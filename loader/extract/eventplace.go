package extract

import (
	"slices"
	"strings"

	"github.com/natokg/natokg"
)

// isPlace reports whether mention m names where something can happen: a
// place, or an organisation whose seat is a venue.
func (s *eventState) isPlace(m *Mention) bool {
	return m.Kind == KPlace && s.Entities.Places[m.Key] != nil || m.Kind == KOrg && s.Entities.Seats[m.First]
}

// place gives the candidate the most specific place its sentence puts it
// in: after "in", "at", "to", "visited" (or, for an invasion, an attack,
// a mission, after its word); not a place that is a topic ("the
// situation in Iraq", "support to Ukraine"), that belongs to another
// named event or to an organisation; a place inside the event's name.
func (s *eventState) place(c *evCand, sent Sentence, trig int, quoted map[int]bool) {
	ev := c.ev
	happening := s.f.w.happening(ev.Kind)
	best, bestRank := "", 99
	if happening {
		best = s.happeningPlace(c, sent, trig, quoted)
	} else if cm := s.cityBefore(trig); cm != nil {
		best, bestRank = cm.Key, 0 // "the Chicago summit"
	} else if cm := s.hostBefore(trig); cm != nil {
		best, bestRank = cm.Key, placeRank(natokg.Country) // "at Finland's annual defence conference"
	}
	end := s.purposeAfterPlace(trig, s.clauseEnd(trig, sent))
	sc := placeScan{best: best, bestRank: bestRank, bestAt: -1, at: map[string]int{}, spread: map[string]bool{}, late: map[string]bool{}, eligible: map[string]bool{}}
	s.scanPlaces(&sc, c, sent, trig, end, quoted, happening)
	best = s.refinedPlace(&sc, c, trig, happening)
	if best == "" {
		best, bestRank = s.fallbackPlace(c, sent, trig, end, quoted, happening)
	} else {
		bestRank = sc.bestRank
	}
	if ev.Kind != "statement" {
		ev.Location = best
		c.soft = best != "" && bestRank < 99 && bestRank%2 == 1 // the dateline's place, not the sentence's own
	}
}

// happeningPlace returns the place of a happening (a war, a mission, an
// election) from its own phrase, its name's apposition, the place before
// its word or the country that hosts it; or "".
func (s *eventState) happeningPlace(c *evCand, sent Sentence, trig int, quoted map[int]bool) string {
	word := trig
	if n := s.ownName(c, sent); n != nil {
		word = n.Limit - 1 // "Copenhagen, 3 May – Danish ships serve in Operation Ocean Shield off the Horn of Africa"
	}
	if pm, _ := s.happeningPhrase(word, sent); pm != nil && !quoted[pm.First] && (!s.owned[pm.First] || word != trig) {
		return pm.Key // "the war against Ukraine": the place after its word
	}
	if pm := s.apposedPlace(word+1, sent); pm != nil && word != trig {
		return pm.Key // "Operation Ocean Shield, NATO's counter-piracy operation off the Horn of Africa"
	}
	if s.f.w.placedBefore(c.ev.Kind) {
		return s.placeBefore(trig) // "Ukraine's presidential election"
	}
	if s.f.w.placedByTown(c.ev.Kind) {
		if town := s.townBefore(trig); town != "" {
			return town // "the Kabul attack"
		}
	}
	return s.hostCountry(trig, sent) // "Iceland contributes by hosting a NATO Air Policing mission"
}

// placeScan is what scanPlaces reads of the places of an event's clause:
// the best place so far with its rank and token, every place in order
// (only) with its first token (at), the places of a widespread dateline
// (spread), those after a participle's clause (late), those that may be
// the event's (eligible, false for the dateline's), and the dateline's.
type placeScan struct {
	best             string
	bestRank, bestAt int
	participle       int
	only             []string
	at               map[string]int
	spread, late     map[string]bool
	eligible         map[string]bool
	datelined        string
}

// scanPlaces reads the places of the clause of candidate c's trigger at
// trig, up to end, into sc, keeping the best ranked (placeRankOf).
func (s *eventState) scanPlaces(sc *placeScan, c *evCand, sent Sentence, trig, end int, quoted map[int]bool, happening bool) {
	sc.participle = s.participleAfter(trig, end)
	code := s.exerciseCode(c, sent)
	for _, m := range s.ms.In(s.saidClause(trig, sent), end) {
		if !s.isPlace(m) || quoted[m.First] || s.owned[m.First] && !s.occasionPlace(m, trig, sent) || s.referencePoint(m) || !c.quoted && s.inQuote(sent, m.First) || s.describesTown(m) {
			continue // not a place of a speaker's words: "“... stability in the Western Balkans,” said X, who also met Y"
		}
		if code != nil && m.First >= code.First && m.Limit <= code.Limit {
			continue // "the exercise Ramstein Alloy": a code name, not Ramstein
		}
		sc.only = append(sc.only, m.Key)
		if _, ok := sc.at[m.Key]; !ok {
			sc.at[m.Key] = m.First
		}
		if s.widespreadDateline(c.ev, sent, m) {
			sc.spread[m.Key] = true
		}
		if m.First > sc.participle {
			sc.late[m.Key] = true
		}
		if happening {
			continue
		}
		r, ok := s.placeRankOf(c, m, sent, trig)
		if !ok {
			continue
		}
		sc.eligible[m.Key] = !s.dateline(sent, m)
		if s.dateline(sent, m) {
			sc.datelined = m.Key
		}
		if r < sc.bestRank {
			sc.best, sc.bestRank, sc.bestAt = m.Key, r, m.First
		}
	}
	if sc.best == "" && len(sc.only) == 1 && (c.ev.Kind == "exercise" || c.ev.Kind == "cyber campaign") && !s.origin(sc.only[0], sent) && !s.awayFrom(sc.at[sc.only[0]]) {
		sc.best = sc.only[0]
	}
}

// awayFrom reports whether the place at token i follows a preposition
// that puts what is said elsewhere (place-prepositions.tsv, away):
// "to deploy outside of Italy".
func (s *eventState) awayFrom(i int) bool {
	j := s.t.BackPastThe(i - 1)
	if s.t.Norm(j) == "of" {
		j-- // "outside of"
	}
	return j >= 0 && slices.ContainsFunc(s.f.w.placePreps.Entries(s.t.Norm(j)), func(e Entry) bool { return e.Value(0) == "away" })
}

// refinedPlace returns the place scanned, made more precise: the country
// that several of the sentence's places share, a place of the sentence
// that lies in it, the town of a body visited, the town of a visit that
// opens at a venue.
func (s *eventState) refinedPlace(sc *placeScan, c *evCand, trig int, happening bool) string {
	best := sc.best
	if outer := s.spreadOuter(sc.eligible, sc.at, best); outer != "" {
		best = outer // "travelled to the United States for briefings in Washington and Norfolk"
	}
	// A place of the sentence that lies in the one chosen, or a venue
	// named right after the venue chosen, is more precise ("Dayton (OH)",
	// Camp "Film City" NATO KFOR Headquarters), but not one of a
	// participle's clause after it ("visited Afghanistan, ending his trip
	// with a stop in Uruzgan").
	for _, k := range sc.only {
		if best != "" && k != best && (s.within(k, best) || s.venueInVenue(k, sc.at[k], best)) && !s.spreadWithin(sc.at, best) && !happening && !(sc.late[k] && sc.bestAt < sc.participle) && !sc.spread[k] {
			if k == sc.datelined && s.Entities.PlaceKind(best) == natokg.Country {
				c.country = best // "Stavanger, 25 February – ... ended a visit to Norway"
			}
			best = k
		}
	}
	if town := s.townOfVisitedBody(c.ev, trig, best); town != "" {
		best = town // "visited the Kandahar Provincial Reconstruction Team in southern Afghanistan"
	}
	if town := s.visitedThenVenue(c.ev, trig, best, sc.only); town != "" {
		c.stop, best = best, town // "opened his visit to Azerbaijan at the Alley of Martyrs in Baku": a visit to Baku, a stop at the Alley
	}
	return best
}

// fallbackPlace returns the place of candidate c where its clause gives
// none, with its rank: the headquarters a guest was welcomed to, the town
// of a named event, the event the sentence happens during or on the
// margins of, the release's country for a happening it holds, the country
// defended, the sea patrolled, the country that offered to host it.
func (s *eventState) fallbackPlace(c *evCand, sent Sentence, trig, end int, quoted map[int]bool, happening bool) (string, int) {
	best := ""
	if !happening {
		best = s.headquartersVisited(trig, end) // "welcomed the Prime Minister to NATO on Monday"
	}
	if best == "" && c.named {
		for _, m := range s.namedIn(c.sent) {
			best = s.cityIn(m)
		}
	}
	if best == "" && !c.named && !happening {
		best = s.enclosingPlace(c.sent, trig, end, quoted) // "a special meeting during the NATO Summit in Chicago"
	}
	if best == "" && !c.named && !happening {
		best = s.marginsPlace(c.sent) // "On the margins of the Munich Security Conference, he met X"
	}
	if best == "" && happening && s.releaseHeld(c.ev.Kind, trig) && !s.ofPerson(trig) {
		best = s.MainCountry // "the presidential election due in October", in a release about Ukraine
	}
	if best == "" && happening {
		best = s.defender(trig, sent) // "helping Ukraine defend itself against Russia's aggression"
	}
	if best == "" && happening && s.f.w.atSea(c.ev.Kind) {
		best = s.seaOf(sent, quoted) // "NATO ships have been patrolling the Mediterranean as part of Operation Active Endeavour"
	}
	if best == "" && !happening {
		if h := s.offeredHost(trig, sent); h != "" {
			return h, 0 // "welcomed Norway's offer to host an informal meeting of NATO foreign ministers next year"
		}
	}
	return best, 99
}

// exerciseCode returns the name of exercise c in sentence sent, whose
// words are a code and name no place of it ("Ramstein Alloy"); nil for
// another event, or an exercise the sentence does not name.
func (s *eventState) exerciseCode(c *evCand, sent Sentence) *Mention {
	if c.ev.Kind != "exercise" {
		return nil
	}
	return s.ownName(c, sent)
}

// seaOf returns the first sea that sentence sent names outside quotes,
// as its dateline ("BALTIC SEA – Today the ships joined ...") or after
// a preposition or a verb ("in the Mediterranean", "patrolling the
// Mediterranean", not "the Baltic Air-Policing mission"); "" where it
// names none.
func (s *eventState) seaOf(sent Sentence, quoted map[int]bool) string {
	for _, m := range s.ms.In(sent.First, sent.Limit) {
		if !s.isPlace(m) || quoted[m.First] || s.inQuote(sent, m.First) || s.Entities.PlaceKind(m.Key) != natokg.Sea {
			continue
		}
		if s.dateline(sent, m) || s.prepBefore(m.First, false, "locative", "motion", "object", "other") || s.verbBefore(m.First) {
			return m.Key
		}
	}
	return ""
}

// verbBefore reports whether a verb in -ing, -ed or -s, in lower case,
// comes right before token i, past "the": "patrolling the Mediterranean".
func (s *eventState) verbBefore(i int) bool {
	k := s.t.BackPastThe(i - 1)
	w := s.t.Norm(k)
	return k >= 0 && !s.t.Tok(k).IsCap() && len(w) > 3 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
}

// ofPerson reports whether "of" and a person, past a rank or a style,
// follow the happening's word at trig: "the election of General X" is
// an official's, held in no country the release is about.
func (s *eventState) ofPerson(trig int) bool {
	if s.t.Norm(trig+1) != "of" {
		return false
	}
	j := s.t.PastThe(trig + 2)
	for m := s.ms.StartingAt(j, KRank, KHonorific); m != nil; m = s.ms.StartingAt(j, KRank, KHonorific) {
		j = m.Limit
	}
	return s.People.At[j] != ""
}

// townOfVisitedBody returns the town that opens the name of the body a
// visit's verb at trig has for its object, where the place chosen (best)
// is none or encloses the town and the release names the town as a
// place: "visited the Kandahar Provincial Reconstruction Team in southern
// Afghanistan" is a visit to Kandahar. Where no place is chosen, the
// country inside the body's name that the release names as a place:
// "visited NATO Mission Iraq" is a visit to Iraq. Else "".
func (s *eventState) townOfVisitedBody(ev *natokg.Event, trig int, best string) string {
	if ev.Kind != "visit" || s.t.Tok(trig).IsCap() {
		return ""
	}
	body := s.ms.StartingAt(skipThe(s.t, s.ms, trig+1), KOrg)
	if body == nil && best == "" {
		return s.countryOfBodyVisited(trig) // "travelled on Thursday to the NATO-led Kosovo Force"
	}
	if body == nil {
		return ""
	}
	e, n := s.f.g.placeAt(s.t.Tokens, body.First, nil)
	if e == nil && best == "" {
		return s.f.g.placeInName(s.t.Tokens, body, func(key string) bool {
			return s.Entities.PlaceKind(key) == natokg.Country // "visited NATO Mission Iraq": a visit to Iraq
		})
	}
	if e == nil {
		return s.seatEndingBody(body, best) // "visited the Provincial Reconstruction Team Chaghcharan", datelined Kabul
	}
	if e == nil || body.First+n >= body.Limit || best == e.key {
		return ""
	}
	if best == "" && s.Entities.PlaceKind(e.key) == natokg.Country {
		return e.key // "will visit the Kosovo Force (KFOR)", in a release that names Kosovo: a visit to Kosovo
	}
	if s.Entities.PlaceKind(e.key) != natokg.City {
		return ""
	}
	if best != "" && !s.within(e.key, best) {
		return ""
	}
	return e.key
}

// seatEndingBody returns the town or province that ends the name of body
// mention m ("Provincial Reconstruction Team Chaghcharan", "Task Force
// Zabul"), where it lies in the country of best, the place read so far;
// or "".
func (s *eventState) seatEndingBody(m *Mention, best string) string {
	for k := m.Limit - 1; k > m.First; k-- {
		e, _ := s.f.g.placeAt(s.t.Tokens, k, func(key string, n int) bool { return k+n == m.Limit })
		if e == nil {
			continue
		}
		if p := s.f.g.Places[e.key]; p == nil || p.Kind == natokg.Country || p.Kind == natokg.Venue {
			return ""
		}
		if c := s.f.g.CountryOf(e.key); c != "" && (c == best || c == s.f.g.CountryOf(best)) {
			return e.key
		}
		return ""
	}
	return ""
}

// countryOfBodyVisited returns the town or country named inside the name
// of the body that "to" after the visit's verb at trig goes to, within
// its clause, where the release names that place as a place: "travelled
// on Thursday to the NATO-led Kosovo Force (KFOR)" is a visit to Kosovo.
// It returns "" where there is none.
func (s *eventState) countryOfBodyVisited(trig int) string {
	for k := trig + 1; k < trig+12 && s.t.SameSentence(trig, k); k++ {
		if n := s.t.Norm(k); n == "," || n == ";" {
			return ""
		}
		if s.t.Norm(k) != "to" {
			continue
		}
		body := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KOrg)
		if body == nil {
			return ""
		}
		return s.f.g.placeInName(s.t.Tokens, body, func(key string) bool {
			kind := s.Entities.PlaceKind(key)
			return kind == natokg.City || kind == natokg.Country
		})
	}
	return ""
}

// visitedThenVenue returns, for a visit whose word is followed by "to"
// and a country or a town (or a verb of visiting by the place itself),
// where best, the place chosen, is a venue within that place and not the
// visit's object: the town of the sentence's places within the visited
// place, else the visited place. The venue is then a stop of the visit,
// an event of its own. It returns "" otherwise.
func (s *eventState) visitedThenVenue(ev *natokg.Event, trig int, best string, only []string) string {
	if ev.Kind != "visit" || best == "" || s.Entities.PlaceKind(best) != natokg.Venue {
		return ""
	}
	k := trig + 1
	if s.t.Norm(k) == "to" {
		k++
	}
	obj := s.ms.StartingAt(k, KPlace)
	if obj == nil || obj.Key == best || !s.within(best, obj.Key) {
		return ""
	}
	if kind := s.Entities.PlaceKind(obj.Key); kind != natokg.Country && kind != natokg.City {
		return ""
	}
	town := obj.Key
	for _, p := range only {
		if p != best && s.Entities.PlaceKind(p) == natokg.City && s.within(p, obj.Key) && s.within(best, p) {
			town = p // "in Baku"
		}
	}
	return town
}

// headquartersVisited returns the headquarters of the body a visitor
// comes "to" right after the trigger at trig or its visitor ("welcomed
// Prime Minister X to NATO", "his first visit to NATO"), or "": not a
// body a post is accredited to ("Ambassador to NATO"), nor what the
// clause says of the body ("partnerships matter to NATO").
func (s *eventState) headquartersVisited(trig, end int) string {
	for _, m := range s.ms.In(trig+1, end, KOrg) {
		k := s.t.BackPastThe(m.First - 1)
		if s.t.Norm(k) != "to" || s.People.At[m.First] != "" || s.t.Norm(m.Limit) == "'s" || s.t.JoiningHyphen(m.Limit) || !s.onlyPeopleBetween(trig+1, k) {
			continue // not "a visit to the NATO-led KFOR mission": NATO leads what is visited
		}
		if hq := s.f.g.Headquarters(m.Key); hq != "" {
			return hq
		}
	}
	return ""
}

// onlyPeopleBetween reports whether tokens [i, j) are those of people and
// their posts alone: the visitor a verb of welcome takes before "to".
func (s *eventState) onlyPeopleBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if s.People.At[k] == "" && s.ms.AtKind(k, KRank, KHonorific, KDemonym, KRole) == nil {
			return false
		}
	}
	return true
}

// placeRankOf returns the rank of place mention m as the place of
// candidate c's event, the lower the better, and whether m can be its
// place at all: a venue before a town before a country; a hosting town
// (hostingTown) after every place the sentence puts the event in; a
// dateline's place after all of them (odd: soft).
func (s *eventState) placeRankOf(c *evCand, m *Mention, sent Sentence, trig int) (int, bool) {
	placed := s.placesEvent(c, m, sent, trig)
	if !placed && !s.hostingTown(m) || s.placeOfOther(c, m, sent, trig) {
		return 0, false
	}
	r := 2 * placeRank(s.Entities.PlaceKind(m.Key))
	if !placed {
		r += 10 // "the meeting that Brussels will host", but "in Seville" first
	}
	if s.dateline(sent, m) {
		r += 11
	}
	return r, true
}

// placesEvent reports whether place mention m in sent is read as where
// candidate c's event happens: after a preposition of place, on a
// schedule line, as the predicate of "was held in", or as a stop toured.
func (s *eventState) placesEvent(c *evCand, m *Mention, sent Sentence, trig int) bool {
	if c.ev.Kind == "event" && s.t.Norm(s.t.BackPastThe(m.First-1)) == "to" {
		return false // an event only a dateline reports has no one who went: "Leadership passed from Turkey to Italy today"
	}
	return s.eventPlace(m, sent, c.title) ||
		c.timeOnly && (s.t.ScheduleVenue(m.First) || m.First == s.untimedVenue(sent)) ||
		s.predicatePlace(m, trig) || s.toured(m, trig, c.ev.Kind)
}

// placeOfOther reports whether place mention m belongs to something else
// than candidate c's event: a named event or body, a topic, what thanks
// are for, where things are stationed, a place a list or a person's
// description names, a title's country, or where a traveller goes next.
func (s *eventState) placeOfOther(c *evCand, m *Mention, sent Sentence, trig int) bool {
	return s.belongsToNamed(m, trig, c.base) ||
		s.belongsToOrg(m, trig) && !s.ownNameEnds(s.t.BackPastThe(m.First-1), c.base) ||
		s.topic(m) && !s.sentTo(trig, m) && !s.visitedAt(trig, m) || s.aboutTopic(m, trig) ||
		s.thankedFor(m) || s.stationedAt(m, trig) || s.locatesPlace(m) || s.enumerated(m) ||
		s.describesPerson(m, trig, sent) || s.personRelative(m, trig, sent) ||
		s.possessiveOf(m) || s.titleCountry(m) || s.onwardPlace(m) || s.takenPartFrom(m) || s.hyphenedPair(m) || s.fieldOfTitle(m) ||
		s.residentsOf(m) || s.afterOpeningAdjunct(m, trig, sent) || s.inLinkedAdjunct(m, trig, sent) || s.originOf(m) || s.subjectsOrigin(m, trig)
}

// subjectsOrigin reports whether place m is where the subject of the
// trigger's verb at trig comes from, or people it names: "from" after a
// noun in lower case, before the verb ("A delegation from NATO
// Headquarters in Brussels ... visited the Patriot sites in Turkey"), or
// after a plural anywhere ("welcomes parliamentarians from Afghanistan
// and Japan at NATO Headquarters").
func (s *eventState) subjectsOrigin(m *Mention, trig int) bool {
	j := s.t.BackPastThe(m.First - 1)
	for n := s.t.Norm(j); n == "in" || n == "," || n == "and"; n = s.t.Norm(j) {
		prev := s.ms.EndingAt(j, KPlace, KOrg)
		if prev == nil && n == "and" && s.t.Norm(j-1) == "," {
			prev = s.ms.EndingAt(j-1, KPlace, KOrg) // ", and"
		}
		if prev == nil {
			break
		}
		j = s.t.BackPastThe(prev.First - 1) // "officials from Germany, the Netherlands, Turkey and the United States"
	}
	noun := s.t.Tok(j - 1)
	if s.t.Norm(j) != "from" || !noun.IsWord() || noun.IsCap() || noun.IsIngForm() || strings.HasSuffix(noun.Norm, "ed") || s.f.w.auxiliaries.Has(noun.Norm) {
		return false
	}
	return j < trig && s.t.SameSentence(j, trig) || strings.HasSuffix(noun.Norm, "s") // "welcomes parliamentarians from Afghanistan, Japan and Pakistan at NATO Headquarters"
}

// originOf reports whether place mention m says where a person or a
// unit named right before "from" comes from, or follows "in" or a comma
// after such a place: "the 29th Infantry Brigade from Kapolei in
// Hawaii"; not "by video conference from NATO Headquarters", where the
// event is held.
func (s *eventState) originOf(m *Mention) bool {
	j := s.t.BackPastThe(m.First - 1)
	if n := s.t.Norm(j); n == "in" || n == "," {
		if prev := s.ms.EndingAt(j, KPlace); prev != nil {
			j = s.t.BackPastThe(prev.First - 1)
		}
	}
	return s.t.Norm(j) == "from" && s.t.Tok(j-1).IsCapWord()
}

// inLinkedAdjunct reports whether place mention m lies before the comma
// that ends an adjunct opening the sentence with an event noun linked to
// another event (event-links.tsv, another, not an occasion's), and the
// event's word at trig comes after that comma: "Prior to the visit to
// Dundee, the group conducted a port visit to Hull" places the port visit
// in Hull; but "During the visit to Skopje, he had a meeting with X"
// places the meeting in Skopje, and "After the meeting in Rome, they
// held a press conference", naming no place after the event's word,
// places the press conference in Rome.
func (s *eventState) inLinkedAdjunct(m *Mention, trig int, sent Sentence) bool {
	if m.Limit > trig {
		return false
	}
	if k := slices.IndexFunc(s.t.Tokens[m.Limit:trig], func(t Token) bool { return t.Norm == "," }); k < 0 {
		return false
	}
	for k := sent.First; k < m.First; k++ {
		if s.eventNoun(k) && s.linkBefore(k) == "another" && !s.occasionBefore(k) {
			return len(s.ms.In(trig, sent.Limit, KPlace)) > 0 // but "After the meeting in Rome, they held a press conference": there too
		}
	}
	return false
}

// afterOpeningAdjunct reports whether place mention m follows the event
// noun at trig that an adjunct of time opening the sentence heads:
// "During the exercise, a press centre will be based in Barcelona" tells
// where something else is, not the exercise; a place right after the
// noun's preposition is the event's ("During the visit to Riga").
func (s *eventState) afterOpeningAdjunct(m *Mention, trig int, sent Sentence) bool {
	k := trig - 1
	if n := s.t.Norm(k); n == "the" || n == "a" || n == "this" {
		k--
	}
	if trig < 0 || m.First <= trig || k != sent.First || s.t.Norm(k) != "during" || !s.eventNoun(trig) {
		return false
	}
	return s.t.PastThe(trig+2) != m.First || !s.f.w.placePreps.Has(s.t.Norm(trig+1)) // but "During the visit to Riga, ...": the visit's
}

// residentsOf reports whether place mention m, after "in", locates the
// group a noun of resident-nouns.tsv names before it: "the diplomatic
// community in Oslo" attended, wherever the event was.
func (s *eventState) residentsOf(m *Mention) bool {
	j := s.t.BackPastThe(m.First - 1)
	return s.t.Norm(j) == "in" && s.f.w.residentNouns.Has(s.t.Norm(j-1))
}

// fieldOfTitle reports whether place mention m lies in the field of a
// title, after "for" or "on" and a capitalised head of role-heads.tsv,
// past capitalised words, "the", "and" and commas: "NATO's Special
// Representative for the Caucasus and Central Asia pays his first visit
// to the South Caucasus" is no visit to Central Asia. (titleField reads
// the fields of the posts people hold; this one needs no holder.)
func (s *eventState) fieldOfTitle(m *Mention) bool {
	for k := m.First - 1; k > 0 && k >= m.First-10 && s.t.SameSentence(k, m.First); k-- {
		switch n := s.t.Norm(k); {
		case n == "for" || n == "on":
			head := s.t.Tok(k - 1)
			return head.IsCapWord() && s.f.w.roleHeads.Has(head.Text)
		case n == "the" || n == "and" || n == "," || s.t.Tok(k).IsCapWord():
		default:
			return false
		}
	}
	return false
}

// hyphenedPair reports whether place mention m is joined by a hyphen,
// with no space, to a capitalised word after or before it: one side of a
// pair that modifies a noun ("the Belgrade-Pristina dialogue", "the
// NATO-Ukraine Council"), no place an event is at.
func (s *eventState) hyphenedPair(m *Mention) bool {
	return s.t.JoiningHyphen(m.Limit) && s.t.Tok(m.Limit+1).IsCapWord() || s.t.JoiningHyphen(m.First-1) && s.t.Tok(m.First-2).IsCapWord()
}

// takenPartFrom reports whether place mention m is where someone took
// part from, not where the event was: after "from", past a determiner, a
// lower-case noun and "in" or "at": "presided over the transfer of
// authority from his office in Mons, while the flag changed hands in
// Brunssum", "joined from Kyiv".
func (s *eventState) takenPartFrom(m *Mention) bool {
	if prev := s.ms.EndingAt(m.First-1, KPlace); s.t.Norm(m.First-1) == "," && prev != nil {
		m = prev // "from his office in Mons, Belgium"
	}
	k := s.t.BackPastThe(m.First - 1)
	if n := s.t.Norm(k); n == "in" || n == "at" {
		k--
		if tok := s.t.Tok(k); tok.IsWord() && !tok.IsCap() && s.ms.At(k) == nil {
			k-- // "office"
		}
		if n := s.t.Norm(k); n == "the" || s.f.w.determiners.Value(n, 0) == "possessive" {
			k-- // "his"
		}
	}
	return s.t.Norm(k) == "from"
}

// spreadOuter returns the place an event's sentence puts it in before
// two places or more that lie in it, none in another, where the place
// chosen is one of those: a visit to a country "for briefings in
// Washington and Norfolk" is in the country, not in one of its towns;
// "" if there is none.
func (s *eventState) spreadOuter(eligible map[string]bool, at map[string]int, best string) string {
	for k, ok := range eligible {
		if ok && k != best && s.within(best, k) && at[k] < at[best] && s.spreadWithin(at, k) {
			return k
		}
	}
	return ""
}

// spreadWithin reports whether two places or more of a sentence's places
// (with where each first stands) lie in place outer after it, none in
// another, and none named right after another place.
func (s *eventState) spreadWithin(at map[string]int, outer string) bool {
	var in []string
	for k, pos := range at {
		if k == outer || pos < at[outer] || !s.within(k, outer) || s.placeNamedBefore(pos) != nil {
			continue // not a venue named right after another, which holds it: Camp "Film City" NATO KFOR Headquarters
		}
		for _, o := range in {
			if s.within(k, o) || s.within(o, k) {
				return false
			}
		}
		in = append(in, k)
	}
	return len(in) >= 2
}

// placeNamedBefore returns the place whose name ends right before token k,
// past a closing quotation mark, else nil.
func (s *eventState) placeNamedBefore(k int) *Mention {
	if n := s.t.Tok(k - 1).Text; n == "”" || n == "\"" {
		k--
	}
	return s.ms.EndingAt(k, KPlace)
}

// venueInVenue reports whether venue key, named at token first, is named
// right after venue outer, which holds it and which it makes more
// precise: Camp "Film City" NATO KFOR Headquarters.
func (s *eventState) venueInVenue(key string, first int, outer string) bool {
	p := s.placeNamedBefore(first)
	return p != nil && p.Key == outer && s.Entities.PlaceKind(outer) == natokg.Venue && s.Entities.PlaceKind(key) == natokg.Venue
}

// widespreadDateline reports whether place m is the dateline of a
// sentence that tells of an event held across a country
// (event-kinds.tsv's widespread): "Oslo, 14 March – ... started Exercise
// Cold Response in Norway" is across Norway, not in Oslo.
func (s *eventState) widespreadDateline(ev *natokg.Event, sent Sentence, m *Mention) bool {
	return s.f.w.widespread(ev.Kind) && s.dateline(sent, m)
}

// saidClause returns where the trigger's clause starts when it follows
// ", and" and a verb of speech of the same subject ("thanked him for the
// support the United States provided to Ukraine, and said he looked
// forward to a transformative summit": not in Ukraine), else the
// sentence's start.
func (s *eventState) saidClause(trig int, sent Sentence) int {
	for k := trig - 1; k > sent.First+1; k-- {
		if s.t.Norm(k-1) == "," && s.t.Norm(k) == "and" && s.f.w.speechVerbs.Has(s.t.Norm(k+1)) {
			return k + 1
		}
		if s.t.Norm(k) == "and" && s.t.Norm(k+1) == "that" {
			return k + 2 // "said that a visit to Georgia had found ..., and that he discussed these with X": a report of its own
		}
	}
	if at := s.adverbialEvent(trig, sent); at > 0 {
		return at
	}
	return sent.First
}

// adverbialEvent returns where the phrase "at a meeting" or "during the
// talks" opens that the event noun at trig heads, after a verb of speech
// earlier in its sentence ("stressed the Alliance's determination to stay
// the course in Afghanistan at a meeting with the Afghan Foreign
// Minister"): what was said before it is no place of the meeting; or 0.
func (s *eventState) adverbialEvent(trig int, sent Sentence) int {
	k := trig - 1
	if n := s.t.Norm(k); n == "a" || n == "an" || n == "the" {
		k--
	}
	if n := s.t.Norm(k); n != "at" && n != "during" || !s.eventNoun(trig) {
		return 0
	}
	if s.spokeBetween(sent.First-1, k) {
		return k
	}
	return 0
}

// enclosingPlace returns the place of the named event that an event at
// trig, with no place of its own, is part of: "met partners during the
// NATO Summit in Chicago", "held talks at the Vilnius Summit": the city
// after the name or inside it, or "". The named event stands before end,
// in the trigger's clause.
func (s *eventState) enclosingPlace(si, trig, end int, quoted map[int]bool) string {
	for _, n := range s.namedIn(si) {
		if n.First <= trig || n.First >= end || quoted[n.First] {
			continue
		}
		if l := s.linkBefore(n.First); l != "another" && l != "named" {
			continue
		}
		if w := s.t.Norm(s.backPastModifiers(n.First - 1)); w != "during" && w != "at" && w != "of" || s.aheadOf(n.First) {
			continue // not "ahead of the Summit in Madrid"
		}
		if s.documentDoneAt(trig, n.First) || s.deedAt(trig, n.First) {
			continue
		}
		return s.namedPlace(n)
	}
	return ""
}

// namedPlace returns the place of named event n: the place after "in"
// right after its name, else the town inside its name, else "".
func (s *eventState) namedPlace(n Mention) string {
	if s.t.Norm(n.Limit) == "in" {
		if pm := s.ms.StartingAt(s.t.PastThe(n.Limit+1), KPlace); pm != nil && s.isPlace(pm) {
			return pm.Key
		}
	}
	return s.cityIn(n)
}

// documentDoneAt reports whether the named event at first follows a
// participle that tells what was done to a document (reading "doc" of
// event-words.tsv) after the trigger at trig: "In the talks, they
// discussed the package agreed at the NATO Summit in Madrid" are not
// talks at the Summit, which is only where the package was agreed.
func (s *eventState) documentDoneAt(trig, first int) bool {
	k := s.backPastModifiers(first-1) - 1
	return k > trig && s.docKind(k) != ""
}

// deedAt reports whether the named event at first follows a participle
// that, after a noun which is not the trigger at trig, tells what was done
// to that noun there, past an agent after "by": in "briefed on the
// deliverables to be presented at the Vilnius Summit" and "address the
// decisions made by Allied leaders at the Washington Summit" the briefing
// and the address are not held at the Summit (participles.tsv, or a
// lower-case word in -ed).
func (s *eventState) deedAt(trig, first int) bool {
	k := s.backPastModifiers(first-1) - 1
	for b := k; b > trig && b >= k-9; b-- {
		if n := s.t.Norm(b); n == "by" {
			k = b - 1 // "made by Allied leaders at"
			break
		} else if n == "," || !s.t.Tok(b).IsWord() {
			break
		}
	}
	w := s.t.Norm(k)
	if k <= trig || s.t.Tok(k).IsCap() || !s.f.w.participles.Has(w) && !strings.HasSuffix(w, "ed") {
		return false
	}
	j := k - 1
	for n := 0; n < 2 && (s.t.Norm(j) == "be" || s.t.Norm(j) == "to"); n++ {
		j-- // "the deliverables to be presented at"
	}
	noun := s.t.Tok(j)
	return j > trig && j != s.object(trig) && noun.IsWord() && !noun.IsCap() && !s.f.w.auxiliaries.Has(noun.Norm) && !s.f.w.modals.Has(noun.Norm) && s.ms.At(j) == nil
}

// aheadOf reports whether the named event at first follows "of" after a
// link word of event-links.tsv that tells of another event before it
// ("ahead of Washington Summit", "on the eve of the Summit"): the event
// happens before that one, not within it, so not at its place.
func (s *eventState) aheadOf(first int) bool {
	j := s.backPastModifiers(first - 1)
	return s.t.Norm(j) == "of" && s.link(s.t.BackPastThe(j-1)) == "another"
}

// predicatePlace reports whether place mention m is what the event noun
// at trig is, after "was" or "is": "his first stop was Sarajevo".
func (s *eventState) predicatePlace(m *Mention, trig int) bool {
	n := s.t.Norm(m.First - 1)
	return (n == "was" || n == "is") && trig == m.First-2
}

// toured reports whether place mention m is what a visit's noun at trig
// names after "of": "a guided tour of the New Acropolis Museum".
func (s *eventState) toured(m *Mention, trig int, kind string) bool {
	j := s.t.BackPastThe(m.First - 1)
	return kind == "visit" && s.t.Norm(j) == "of" && j == trig+1
}

// personRelative reports whether place mention m lies in a relative
// clause on a person named after the trigger at trig, a clause with no
// event word: "welcomed Admiral Kaack, who earlier served in the German
// Navy staff in Bonn" (where he served, not where he was welcomed).
func (s *eventState) personRelative(m *Mention, trig int, sent Sentence) bool {
	for k := m.First - 1; k > trig+1 && k > sent.First && k >= m.First-12; k-- {
		if s.t.Norm(k) == "," {
			return s.t.Norm(k+1) == "who" && s.People.Named[k-1] && !s.eventWordIn(k+2, m.First)
		}
	}
	return false
}

// eventWordIn reports whether a word of event-words.tsv stands in [i,
// end): "who is visiting NATO Headquarters", "who was in Brussels" tell
// where the person is for the event, not only who the person is.
func (s *eventState) eventWordIn(i, end int) bool {
	for k := i; k < end; k++ {
		if len(s.f.w.eventWords.Entries(s.t.Norm(k))) > 0 {
			return true
		}
	}
	return false
}

// describesPerson reports whether mention m lies in an apposition that
// says who the person named before it is, and the trigger at trig comes
// after it: "Mr Karl Weber, Assistant Secretary General at NATO
// Headquarters in Brussels, visited the Centre" (where he works, not
// where he went).
func (s *eventState) describesPerson(m *Mention, trig int, sent Sentence) bool {
	if trig < m.Limit {
		return s.titleAtPlace(m, trig)
	}
	open := -1
	for k := m.First - 1; k > sent.First && k >= m.First-12; k-- {
		if s.t.Norm(k) == "," {
			open = k
			break
		}
	}
	if open < 0 || !s.People.Named[open-1] {
		return false
	}
	for k := m.Limit; k < trig; k++ {
		if s.t.Norm(k) == "," {
			return s.t.Norm(k+1) != "where" // "the Rector of the University, where she lectured"
		}
	}
	return false
}

// titleAtPlace reports whether place mention m, after the trigger at
// trig, ends a title in apposition after a named person: "Dr James
// Keagle, Professor at the US National Defense University" says where he
// teaches, not where the ceremony is.
func (s *eventState) titleAtPlace(m *Mention, trig int) bool {
	k := s.t.BackPastThe(m.First - 1)
	if s.t.Norm(k) == "in" && s.t.Norm(k-1) == "," && s.ms.EndingAt(k-1, KPlace) != nil {
		k-- // ", in the United Kingdom" after a place
	}
	if n := s.t.Norm(k); n == "in" || n == "," {
		if prev := s.titleBodyOrPlaceBefore(k); prev != nil {
			k = prev.First // "X, Commander of Maritime Command in Northwood, in the United Kingdom": where the body is
			if owner := s.ms.EndingAt(k-1, KOrg); owner != nil && s.t.Possessive(k-1) {
				k = owner.First // "Commander NATO's Maritime Command"
			}
			if s.t.Norm(k-1) == "of" {
				k--
			}
		}
	}
	if n := s.t.Norm(k); n != "at" && n != "of" && s.ms.StartingAt(k, KOrg) == nil {
		return false
	}
	role := s.ms.EndingAt(k, KRole, KHonorific)
	return role != nil && role.First > trig && s.t.Norm(role.First-1) == "," && s.People.Named[role.First-2]
}

// titleBodyOrPlaceBefore returns the body that ends right before the
// "in" at k, or the place before the comma at k (itself seated after a
// body, one place in another); nil if neither.
func (s *eventState) titleBodyOrPlaceBefore(k int) *Mention {
	if s.t.Norm(k) == "in" {
		return s.ms.EndingAt(k, KOrg)
	}
	prev := s.ms.EndingAt(k, KPlace)
	if prev == nil {
		return nil
	}
	j := s.t.BackPastThe(prev.First - 1)
	if s.t.Norm(j) != "in" {
		return nil
	}
	return s.ms.EndingAt(j, KOrg)
}

// titleCountry reports whether place mention m opens the title of a
// person the text names, right before its title's words ("to the United
// States Secretary of State, Mr X" says whose Secretary, not where), or
// is the country a post is accredited to ("Ambassador to Belgium").
func (s *eventState) titleCountry(m *Mention) bool {
	if j := s.t.BackPastThe(m.First - 1); s.t.Norm(j) == "to" && s.f.g.Country(m.Key) != nil && (s.People.At[m.First] != "" && !s.People.Named[m.First] && !s.People.Pronoun[m.First] || s.roleHeadAt(j-1)) {
		return true // "Japan's Ambassador to Belgium, Mr X, joined the visit", "Ambassadors to Italy": whom a post is accredited to
	}
	return s.People.At[m.First] != "" && s.People.At[m.First] == s.People.At[m.Limit] && s.ms.StartingAt(m.Limit, KRole) != nil
}

// roleHeadAt reports whether token k is the head of a title, one
// holder's or several's: "Ambassador", "Ambassadors".
func (s *eventState) roleHeadAt(k int) bool {
	tok := s.t.Tok(k)
	return tok.IsCapWord() && (s.f.w.roleHeads.Has(tok.Text) || s.f.w.roleHeads.Has(strings.TrimSuffix(tok.Text, "s")))
}

// visitedList reports whether place mention m lies in a list of places
// that opens right after a verb of visit: "visited Spain, Portugal and
// Luxembourg".
func (s *eventState) visitedList(m *Mention) bool {
	j := s.t.BackPastThe(m.First - 1)
	for k := 0; k < 4; k++ {
		if s.f.w.visitVerb(s.t.Norm(j)) || s.travelledTo(j) && !s.semicolonAfter(m.Limit) {
			return true
		}
		if n := s.t.Norm(j); n != "," && n != "and" {
			return false
		}
		prev := s.ms.EndingAt(j, KPlace)
		if prev == nil {
			return false
		}
		j = s.t.BackPastThe(prev.First - 1)
	}
	return false
}

// travelledTo reports whether the "to" at token j follows a verb of
// motion or a word of visiting: "travelled to", "port visits to", "a
// trip to" open a list of the places gone to.
func (s *eventState) travelledTo(j int) bool {
	if s.t.Norm(j) != "to" {
		return false
	}
	prev := s.t.Norm(j - 1)
	return s.f.w.visitWord(prev) || s.f.w.placePreps.Value(prev, 0) == "motion"
}

// semicolonAfter reports whether a semicolon follows token k in its
// sentence: a list whose items semicolons close ("visits to Ottawa,
// Ontario; Halifax, Nova Scotia; and Calgary, Alberta") names the towns of
// a tour, which stays the country's (semicolonItems).
func (s *eventState) semicolonAfter(k int) bool {
	for j := k; j < len(s.t.Tokens) && s.t.SameSentence(k, j); j++ {
		if s.t.Norm(j) == ";" {
			return true
		}
	}
	return false
}

// referencePoint reports whether place mention m only says where
// another place lies, after a compass word and "of": "in the waters east
// and south of Sicily", "in Sayama, north-west of Tokyo"; or after "to" and
// a word of nearness (place-prepositions.tsv: "close to the Headquarters").
func (s *eventState) referencePoint(m *Mention) bool {
	j := s.t.BackPastThe(m.First - 1)
	return s.t.Norm(j) == "of" && s.f.w.compass.Has(s.t.Norm(j-1)) ||
		s.t.Norm(j) == "to" && s.f.w.placePreps.Value(s.t.Norm(j-1), 0) == "other" // "on board the USS X close to the ACT Headquarters"
}

// possessiveOf reports whether place mention m only qualifies a common
// noun after it: "met at Latvia's request".
func (s *eventState) possessiveOf(m *Mention) bool {
	return s.t.Norm(m.Limit) == "'s" && s.t.Tok(m.Limit+1).IsWord() && !s.t.Tok(m.Limit+1).IsCap()
}

// participleAfter returns where a participle's clause after a comma
// opens after the trigger at trig, before end ("visited Afghanistan,
// ending his trip with a stop in Uruzgan"), or end.
func (s *eventState) participleAfter(trig, end int) int {
	for k := trig + 1; k+1 < end; k++ {
		if s.t.Norm(k) == "," && s.t.Tok(k+1).IsParticiple() {
			return k
		}
	}
	return end
}

// clauseEnd returns where the clause of the trigger at trig ends: before
// another clause with a subject of its own (", and he spoke ..."), a
// means ("by addressing students at ...") or what the event follows
// ("follows the floods in March"), whose places and dates are not the
// event's; the sentence's end if trig is not in it.
func (s *eventState) clauseEnd(trig int, sent Sentence) int {
	if trig < sent.First || trig >= sent.Limit {
		return sent.Limit
	}
	for k := trig + 1; k+1 < sent.Limit; k++ {
		n, next := s.t.Norm(k), s.t.Norm(k+1)
		switch {
		case n == ";" && !s.peopleListed(k):
			return k
		case n == "since" && s.ms.StartingAt(k+1, KDate) == nil && (!s.t.Tok(k+1).IsParticiple() || !s.commaAfter(k, sent)):
			return k // "his first visit to HQ MARCOM since he was appointed on 14 May 2013", "met Y since assuming the role of Chief in January": another time; not "since taking office, at the IISS"
		case n == "by" && s.t.Tok(k+1).IsParticiple():
			return k // "ended a visit to Norway by addressing students at the University"
		case n == "," && next == "and" && (s.f.w.pronouns.Has(s.t.Norm(k+2)) || s.t.Norm(k+2) == "then"):
			return k // "held talks in Washington, and he and the President spoke at the White House"
		case n == "," && next == "then" && s.anyVerbAt(k+2):
			return k // "visited the Brigade in Jenin, then flew to the Sirkin Base": a stop of its own
		case n == "," && next == "and" && s.namedSubject(k+2):
			return k // "Czechia joined the Alliance in 1999, and Prague hosted a Summit in 2002"
		case n == "and" && (next == "will" || next == "then") && k > trig+2:
			return k // "will chair a meeting in Kyiv and will deliver an address at the Parliament"
		case n == "and" && k > trig+2 && s.f.w.eventLinks.Value(next, 0) == "next" && s.anyVerbAt(k+2):
			return k // "met the Minister in Rome and earlier visited the carrier at Luni": another stop
		case n == "," && k > trig+2 && s.joinedVerb(k+1):
			return k // "met with the Defence Secretary, and delivered a keynote speech at Oxford University"
		case n == "," && next == "which" && s.hostsAfter(k+2):
			return k // "visited the Centre at Krtsanisi, which hosted the exercise in March": the date is the exercise's
		case n == "and" && next == "that" && s.thatBefore(trig, sent):
			return k // "recalled that the Council met in Batumi in October, and that leaders will gather in London": a second report
		case next == "that" && s.f.w.speechVerbs.Has(n):
			return k // "After the meeting, he said that NATO cooperates on security in the Baltic Sea region"
		case s.f.w.reportOpeners.Has(n) && s.spokeBetween(trig, k):
			return k // "In his speech he stressed the importance of the bond and how it made him feel safe in Norway"
		case s.f.w.eventLinks.Value(n, 0) == "follows" && next != "by" && !s.followsOnDate(k):
			return k // "The visit follows the floods in March": what it follows is another happening
		case n == "to" && k > trig+1 && (s.verbAt(k+1) || s.verbOfEventAt(k+1, sent)):
			return k // "will visit Peru to attend the opening ceremony of the base in Ilo": an event of its own
		case s.withEvent(k, trig):
			return k // "began a visit to Romania with talks at the Ministry": a stop of its own
		case (next == "after" || next == "before") && s.f.w.durations.Has(n):
			return k // "Leaders met weeks after cables were damaged on 25 December": another time
		case s.toldApart(k, sent) || s.gerundAt(k):
			return k // "The visit came shortly after President X and President Y met in Ankara": another event
		}
	}
	return sent.Limit
}

// spokeBetween reports whether a verb of speech stands in tokens
// (trig, k): a word of report-openers.tsv at k opens what was said.
func (s *eventState) spokeBetween(trig, k int) bool {
	for j := trig + 1; j < k; j++ {
		if s.f.w.speechVerbs.Has(s.t.Norm(j)) {
			return true
		}
	}
	return false
}

// commaAfter reports whether a comma follows token k in its sentence:
// the phrase k opens ends there and the clause goes on.
func (s *eventState) commaAfter(k int, sent Sentence) bool {
	for j := k + 1; j < sent.Limit; j++ {
		if s.t.Norm(j) == "," {
			return true
		}
	}
	return false
}

// purposeAfterPlace returns where a clause of purpose opens after a
// place that follows the trigger at trig, before end ("is visiting
// Lithuania and Latvia to demonstrate solidarity with Allies in the
// Baltic region"), or end: its places are what the event is for
// (purpose-verbs.tsv).
func (s *eventState) purposeAfterPlace(trig, end int) int {
	placed := false
	for k := trig + 1; k+1 < end; k++ {
		if m := s.ms.StartingAt(k); m != nil && s.isPlace(m) {
			placed = true
		}
		if placed && s.purposeOpens(k) {
			return k
		}
	}
	return end
}

// withEvent reports whether the "with" at k, past the trigger at trig,
// opens an event noun of its own: "began a two-day visit to Romania on
// Thursday with talks at the Ministry of National Defence", a stop whose
// place is not the visit's.
func (s *eventState) withEvent(k, trig int) bool {
	return s.t.Norm(k) == "with" && k > trig+1 && s.eventNoun(k+1) && !s.t.Tok(k+1).IsCap()
}

// followsOnDate reports whether the link word "follows" at k is the
// verb of the event before it, with that event's date after "from",
// "on" or "in": "A command post exercise follows from 26 November to 6
// December" (not "The visit follows the floods").
func (s *eventState) followsOnDate(k int) bool {
	switch s.t.Norm(k + 1) {
	case "from", "on", "in":
		return s.ms.StartingAt(k+2, KDate) != nil
	}
	return false
}

// subjectFollows reports whether a clause's subject starts at token i,
// a named person or a name in capitals that a verb follows: "after
// President X met", not "after the meeting".
func (s *eventState) subjectFollows(i int, sent Sentence) bool {
	if i >= sent.Limit || !s.t.Tok(i).IsCap() {
		return false
	}
	for k := i; k < sent.Limit && k < i+12; k++ {
		if s.t.Norm(k) == "," {
			return false
		}
		if s.verbAt(k) {
			return s.People.At[i] != "" || s.ms.StartingAt(i, KRole) != nil
		}
	}
	return false
}

// namedSubject reports whether a named place or body at token i is the
// subject of an event's verb right after it: "Prague hosted a Summit".
func (s *eventState) namedSubject(i int) bool {
	m := s.ms.StartingAt(i, KPlace, KOrg)
	if m == nil {
		return false
	}
	e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, m.Limit)
	return n > 0 && e.Value(1) != "noun" && e.Value(1) != "title-noun" && !s.t.Tok(m.Limit).IsCap()
}

// verbOfEventAt reports whether a verb at token i reports an event with
// its object: "to hold a roundtable in Pakistan".
func (s *eventState) verbOfEventAt(i int, sent Sentence) bool {
	e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
	return n > 0 && e.Value(1) == "verb+event" && !s.t.Tok(i).IsCap() && s.objectIsEvent(i+n, sent)
}

// verbAt reports whether an event word that is a verb by itself stands
// at token i ("attend", "meet").
func (s *eventState) verbAt(i int) bool {
	e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
	return n > 0 && e.Value(1) == "verb" && !s.t.Tok(i).IsCap()
}

// anyVerbAt reports whether an event word read as a verb, by itself or
// with what must follow it, stands at token i ("met", "flew").
func (s *eventState) anyVerbAt(i int) bool {
	e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
	return n > 0 && strings.HasPrefix(e.Value(1), "verb") && !s.t.Tok(i).IsCap()
}

// origin reports whether place key stands in its sentence after "from"
// or "by", a few words before: "with forces from all 31 Allies and
// Sweden" is where they come from, not where the exercise is; so is a
// country before the forces it sends ("US Marines", forcesOf).
func (s *eventState) origin(key string, sent Sentence) bool {
	for _, m := range s.ms.In(sent.First, sent.Limit, KPlace) {
		if m.Key != key {
			continue
		}
		for k := m.First - 1; k >= sent.First && k >= m.First-6; k-- {
			if n := s.t.Norm(k); n == "from" || n == "by" {
				return true
			}
		}
		if s.forcesOf(m) {
			return true
		}
	}
	return false
}

// forcesOf reports whether place mention m names the country whose
// forces the noun right after it stands for (force-nouns.tsv): "including
// US Marines", "US troops took part": the forces come from that
// country, the exercise is not held there.
func (s *eventState) forcesOf(m *Mention) bool {
	return s.Entities.PlaceKind(m.Key) == natokg.Country && s.f.w.forceNouns.Has(s.t.Norm(m.Limit))
}

// eventPlace reports whether place mention m stands where an event's
// place does: after a place preposition, as a dateline, after "to" or a
// verb of motion in the title.
func (s *eventState) eventPlace(m *Mention, sent Sentence, title bool) bool {
	if s.prepBefore(m.First, true, "locative", "motion") || s.dateline(sent, m) || s.partOfPlace(m) || s.venuePart(m) {
		return true
	}
	if s.cityVenue(m) || s.f.w.boardedShip(s.t, m.First) || s.shipVenue(m) {
		return true // "at Lisbon's Teatro Camões", "on board the command ship Hetman Sahaidachnyi"
	}
	if s.hostTown(m) || s.hostBody(m) || s.datedPlace(m) {
		return true
	}
	if n := s.t.Norm(s.t.BackPastThe(m.First - 1)); m.Kind == KOrg && s.Entities.Seats[m.First] && (n == "of" || s.f.w.objectVerb(n)) {
		return true // the seat of the body an audience is of, or addressed: "a lecture to students of the College", "addressed the College"
	}
	return title && s.f.w.placePreps.Value(s.t.Norm(m.First-1), 0) == "motion"
}

// datedPlace reports whether place mention m stands alone in brackets
// after a date, "a meeting in December 2004 (Brussels)", or after a date
// and a comma at the end of its sentence, perhaps with its country: a
// schedule's line "Lessons learned conference: end January 2019, Sofia,
// Bulgaria".
func (s *eventState) datedPlace(m *Mention) bool {
	if m.Kind != KPlace {
		return false
	}
	if s.t.Norm(m.First-1) == "(" {
		return s.t.Norm(m.Limit) == ")" && s.ms.EndingAt(m.First-1, KDate) != nil
	}
	return s.t.Norm(m.First-1) == "," && s.ms.EndingAt(m.First-1, KDate) != nil && s.endsSentence(s.pastItsCountry(m.Limit))
}

// pastItsCountry returns the token after ", COUNTRY" at i, or i.
func (s *eventState) pastItsCountry(i int) int {
	if c := s.ms.StartingAt(i+1, KPlace); s.t.Norm(i) == "," && c != nil && s.Entities.PlaceKind(c.Key) == natokg.Country {
		return c.Limit
	}
	return i
}

// endsSentence reports whether token i ends its sentence: it is the
// sentence's last token's successor, or a full stop.
func (s *eventState) endsSentence(i int) bool {
	return i >= len(s.t.Tokens) || !s.t.SameSentence(i-1, i) || s.t.Norm(i) == "." && !s.t.SameSentence(i, i+1)
}

// shipVenue reports whether place mention m is a ship a prefix names
// after a noun of a kind of ship in a phrase that a place's preposition
// or a part of a venue opens (shipWhere): the event happens on the ship,
// "a ceremony on the flight deck of the Turkish frigate TCG Salihreis",
// "embarked on the command ship USS Mount Whitney".
func (s *eventState) shipVenue(m *Mention) bool {
	tok := s.t.Tok(m.First)
	e, ok := s.f.w.shipPrefixes.Lookup(tok.Text)
	return ok && e.Form == tok.Text && m.Kind == KPlace && s.f.w.shipWhere(s.t, m.First)
}

// hostTown reports whether place mention m is a town that hosts: "Prague
// hosted a NATO Summit in 2002".
func (s *eventState) hostTown(m *Mention) bool {
	return m.Kind == KPlace && s.f.w.hostVerbs.Has(s.t.Norm(m.Limit)) && s.Entities.PlaceKind(m.Key) != natokg.Country
}

// hostingTown reports whether place mention m is a town that hosts past
// auxiliaries (hostsAfter): "the meeting of NATO Leaders that Brussels
// will host next year", "which the German capital is hosting". The
// sentence may speak of two events, so such a town places an event only
// where no other place of the sentence does (place): "the meeting in
// Seville, and the meeting that Brussels will host".
func (s *eventState) hostingTown(m *Mention) bool {
	return m.Kind == KPlace && s.hostsAfter(m.Limit) && s.Entities.PlaceKind(m.Key) != natokg.Country
}

// hostCountry returns the country that hosts, in sentence sent before
// the trigger at trig, the happening the trigger reports ("Lithuania
// hosts a multinational battlegroup", "Iceland contributes by hosting a
// NATO Air Policing mission"), or "": the country the sentence is about,
// whose verb of hosting stands a few words before the trigger.
func (s *eventState) hostCountry(trig int, sent Sentence) string {
	var country *Mention
	for _, m := range s.ms.In(sent.First, trig, KPlace) {
		if s.f.g.Country(m.Key) != nil {
			country = m
			break
		}
	}
	if country == nil || country.First != sent.First {
		return ""
	}
	if s.hostVerbIn(max(trig-5, country.Limit), trig) < 0 {
		return ""
	}
	return country.Key
}

// offeredHost returns the country that a verb of hosting, the trigger at
// trig or a few words before it, makes the host of an event to come:
// the country is the possessive of an offer or the subject of a modal
// ("Norway's offer to host an informal meeting", "Norway will host the
// meeting"); or "".
func (s *eventState) offeredHost(trig int, sent Sentence) string {
	k := s.hostVerbIn(max(trig-6, sent.First), trig+1)
	if k < 0 {
		return ""
	}
	for j := k - 1; j >= sent.First && j >= k-4; j-- {
		m := s.ms.EndingAt(j+1, KPlace)
		if m != nil && s.f.g.Country(m.Key) != nil && (s.t.Norm(m.Limit) == "'s" || s.f.w.modals.Has(s.t.Norm(m.Limit))) {
			return m.Key
		}
	}
	return ""
}

// hostVerbIn returns the last verb of hosting (host-verbs.tsv) among
// tokens [from, to), or -1.
func (s *eventState) hostVerbIn(from, to int) int {
	for k := to - 1; k >= from; k-- {
		if s.f.w.hostVerbs.Has(s.t.Norm(k)) {
			return k
		}
	}
	return -1
}

// hostBody reports whether body mention m, one with a seat, is the
// subject of a verb of hosting, perhaps past its acronym and its town:
// "The NATO Defense College (NDC) in Rome hosted a two-day seminar", where
// no venue follows "at".
func (s *eventState) hostBody(m *Mention) bool {
	if m.Kind != KOrg || !s.Entities.Seats[m.First] {
		return false
	}
	k := m.Limit
	if s.t.Norm(k) == "(" && s.t.Norm(k+2) == ")" {
		k += 3
	}
	v := s.pastPlace(k)
	if !s.f.w.hostVerbs.Has(s.t.Norm(v)) {
		return false
	}
	for j := v + 1; j < s.t.SentenceOf(v).Limit; j++ {
		pm := s.ms.StartingAt(j+1, KPlace, KOrg) // "in The Hague"
		if pm == nil {
			pm = s.ms.StartingAt(s.t.PastThe(j+1), KPlace, KOrg)
		}
		if pm == nil || !s.isPlace(pm) {
			continue
		}
		if k := s.Entities.PlaceKind(pm.Key); s.t.Norm(j) == "at" || s.t.Norm(j) == "in" && (k == natokg.City || k == natokg.Venue) {
			return false // "the Division hosted a press tour at NATO Headquarters": the tour's own venue; "the Agency hosted its conference in The Hague": the town's
		}
	}
	return true
}

// cityVenue reports whether place mention m is a venue after its city's
// possessive, or a body's seat after its parent's, where the city or the
// parent stands after a place preposition: "at Lisbon's Teatro Camões",
// "at Imperial College's Institute for Security Science".
func (s *eventState) cityVenue(m *Mention) bool {
	if s.t.Norm(m.First-1) != "'s" || s.Entities.PlaceKind(m.Key) != natokg.Venue && !(m.Kind == KOrg && s.Entities.Seats[m.First]) {
		return false
	}
	owner := s.ms.EndingAt(m.First-1, KPlace, KOrg) // "at Imperial College's Institute for Security Science"
	return owner != nil && s.prepBefore(owner.First, true, "locative", "motion")
}

// enumerated reports whether place mention m stands in a list of three
// places or more: "units in Bulgaria, Estonia, Latvia, Lithuania, Poland
// and Romania" are no one event's place.
func (s *eventState) enumerated(m *Mention) bool {
	if s.visitedList(m) {
		return false // "visited Spain, Portugal and Luxembourg": each is visited
	}
	n := 1
	last := m.Key
	for k := m.Limit; n < 3; n++ { // places after it, not those it lies in ("Kjeller, Lillestrøm, Norway")
		k = s.pastItemRegion(k, last)
		if s.t.Norm(k) == ";" && s.t.Norm(k+1) == "and" {
			k++
		}
		if sep := s.t.Norm(k); sep != "," && sep != "and" && sep != ";" {
			break
		}
		next := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KPlace)
		if next == nil || s.within(last, next.Key) {
			break
		}
		k, last = next.Limit, next.Key
	}
	for j := m.First - 1; n < 3; n++ { // places before it
		j = s.t.BackPastThe(j)
		semi := s.t.Norm(j) == ";" || s.t.Norm(j) == "and" && s.t.Norm(j-1) == ";"
		if sep := s.t.Norm(j); sep != "," && sep != "and" && !semi {
			break
		}
		if s.t.Norm(j) == "and" && semi {
			j--
		}
		prev := s.ms.EndingAt(j, KPlace)
		if prev == nil {
			break
		}
		if semi {
			prev = s.itemTown(prev)
		}
		j = prev.First - 1
	}
	return n >= 3
}

// pastItemRegion returns where a list's item ends past the region that
// place last lies in, after a comma and before a semicolon: in
// "Ottawa, Ontario; Halifax, Nova Scotia; and Calgary", the item of
// Ottawa ends at the semicolon (semicolonItems). Otherwise it returns k.
func (s *eventState) pastItemRegion(k int, last string) int {
	if s.t.Norm(k) != "," {
		return k
	}
	r := s.ms.StartingAt(k+1, KPlace)
	if r == nil || !s.within(last, r.Key) || s.t.Norm(r.Limit) != ";" {
		return k
	}
	return r.Limit
}

// itemTown returns the town of a list item "town, region" whose region
// is mention r, read back from the semicolon that closes the item
// (semicolonItems); r itself where no town lying in it comes before it.
func (s *eventState) itemTown(r *Mention) *Mention {
	if s.t.Norm(r.First-1) != "," {
		return r
	}
	if town := s.ms.EndingAt(r.First-1, KPlace); town != nil && s.within(town.Key, r.Key) {
		return town
	}
	return r
}

// locatesPlace reports whether place mention m only says where the place
// before it lies: "at Flamingo Bay, on the Cape Verdean island of São
// Vicente".
func (s *eventState) locatesPlace(m *Mention) bool {
	k := m.First - 1
	for k > 0 && k >= m.First-6 && s.t.Norm(k) != "," {
		if tok := s.t.Tok(k); tok.IsCap() && s.ms.At(k) == nil || s.t.Norm(k) == "." {
			return false
		}
		k--
	}
	if s.t.Norm(k) != "," || k == m.First-1 {
		return false
	}
	if n := s.t.Norm(k + 1); n != "on" && n != "in" && n != "near" {
		return false
	}
	prev := s.ms.EndingAt(k, KPlace)
	return prev != nil && s.isPlace(prev)
}

// partOfPlace reports whether place mention m ends a phrase that names a
// part of it after a locative preposition: "in the Agora of NATO
// Headquarters".
func (s *eventState) partOfPlace(m *Mention) bool {
	j := m.First - 1
	if s.t.Norm(j) != "of" {
		return false
	}
	k := j - 1
	for k > 0 && s.t.Tok(k).IsCapWord() && s.ms.At(k) == nil && k > j-4 {
		k--
	}
	return k < j-1 && s.t.Norm(k) == "the" && s.prepBefore(k+1, false, "locative")
}

// venuePart reports whether venue mention m ends a phrase that names, in
// lower case, a part of it after "in", "at" or "on": "on the front lawn
// of Supreme Headquarters Allied Powers Europe", "at the main entrance
// of NATO Headquarters" are at the venue (venuePartBefore).
func (s *eventState) venuePart(m *Mention) bool {
	if !s.isPlace(m) || m.Kind == KPlace && s.Entities.PlaceKind(m.Key) != natokg.Venue {
		return false
	}
	return s.f.w.venuePartBefore(s.t, m.First-1)
}

// topic reports whether the place follows a noun that makes it what is
// talked about ("the situation in Iraq", "support to Ukraine") or comes
// before one ("the Middle East peace process").
func (s *eventState) topic(m *Mention) bool {
	if next := s.t.Tok(m.Limit); next.IsWord() && !next.IsCap() && s.f.w.topicNouns.Has(next.Norm) {
		return true // "the Middle East peace process"
	}
	if s.gatheringOn(m) {
		return true // "In the Afghanistan session that followed": a session on Afghanistan
	}
	if s.betweenParties(m) {
		return true // "the bilateral talks between Poland and the United States": the parties, not where
	}
	j := s.t.BackPastThe(m.First - 1)
	if n := s.t.Norm(j); n == "," || n == "and" {
		return s.topicListed(j)
	}
	if tok := s.t.Tok(j); tok.IsWord() && !tok.IsCap() && (s.f.w.compass.Has(tok.Norm) || s.t.Norm(j-1) == "the") {
		j = s.t.BackPastThe(j - 1) // "in western Afghanistan", "in the broader Middle East"
	}
	if n := s.t.Norm(j); n == "on" && j == s.t.SentenceOf(j).First && s.t.Norm(m.Limit) == "," {
		return true // "On Russia, the Secretary General said ..."
	}
	if s.rangeOfTopic(j) {
		return true // "its contributions to NATO operations from Afghanistan to Kosovo"
	}
	if n := s.t.Norm(j); n != "in" && n != "to" && n != "on" && n != "for" && n != "between" {
		return false // "the relations between Afghanistan and Pakistan" too
	}
	if n := s.t.Norm(j - 1); (n == "and" || n == ",") && s.topicListed(j-1) {
		return true // "the operations in Kosovo and in Afghanistan": the preposition said again
	}
	return s.f.w.topicNouns.Has(s.t.Norm(j-1)) || s.f.w.focusWords.Has(s.t.Norm(j-1)) || s.topicsBody(j) // "missions, including in Afghanistan", "operations, particularly in Afghanistan"
}

// rangeOfTopic reports whether the "from" or "to" at token j opens an
// end of a range of places ("from Afghanistan to Kosovo") that follows a
// topic noun (topic-nouns.tsv): the range is where the topic is.
func (s *eventState) rangeOfTopic(j int) bool {
	switch s.t.Norm(j) {
	case "from":
		return s.f.w.topicNouns.Has(s.t.Norm(j - 1))
	case "to":
		m := s.ms.EndingAt(j, KPlace)
		if m == nil {
			return false
		}
		k := s.t.BackPastThe(m.First - 1)
		return s.t.Norm(k) == "from" && s.f.w.topicNouns.Has(s.t.Norm(k-1))
	}
	return false
}

// gatheringOn reports whether country mention m, after "the", names
// what the gathering noun after it is about: "the Afghanistan session",
// "the Ukraine conference". A town there is where it is held ("the
// Chicago summit"), as is the country of a happening ("the Kosovo
// operation").
func (s *eventState) gatheringOn(m *Mention) bool {
	next := s.t.Tok(m.Limit)
	if s.t.Norm(m.First-1) != "the" || s.f.g.Country(m.Key) == nil || !next.IsWord() || next.IsCap() {
		return false
	}
	for _, e := range s.f.w.eventWords.Entries(next.Norm) {
		if e.Value(1) == "noun" && s.f.w.generic(e.Value(0)) && e.Value(0) != "visit" {
			return true // but "the Afghanistan visit" went there
		}
	}
	return false
}

// topicsBody reports whether the preposition at token j follows a body
// that is itself what a topic noun is about: "Italy's contribution to
// ISAF in western Afghanistan", "support for the KFOR mission in Kosovo"
// speak of a place, not of where an event happens.
func (s *eventState) topicsBody(j int) bool {
	o := s.ms.EndingAt(j, KOrg)
	if o == nil {
		return false
	}
	k := s.t.BackPastThe(o.First - 1)
	if n := s.t.Norm(k); n != "to" && n != "for" && n != "of" {
		return false
	}
	return s.f.w.topicNouns.Has(s.t.Norm(k - 1))
}

// visitedThere reports whether the words between a verb of visiting at
// trig and the participle at k are the verb's object, with no comma:
// "visited the US Patriot batteries located in Gaziantep" is a visit to
// Gaziantep.
func (s *eventState) visitedThere(trig, k int) bool {
	if trig < 0 || k <= trig+1 || k > trig+8 || !s.f.w.visitVerb(s.t.Norm(trig)) {
		return false
	}
	for i := trig + 1; i < k; i++ {
		if n := s.t.Norm(i); n == "," || n == "and" || n == "or" || s.f.w.placePrep(n) {
			return false
		}
	}
	return true
}

// visitedAt reports whether place mention m locates what the visit verb
// at trig has for its object ("visited troops in Tapa", "visited the
// NATO battlegroup in Adazi"): one visits them where they are, so the
// place is the visit's, though the noun before it could name a topic.
func (s *eventState) visitedAt(trig int, m *Mention) bool {
	j := s.t.BackPastThe(m.First - 1)
	if n := s.t.Norm(j); n != "in" && n != "at" {
		return false
	}
	return s.visitedThere(trig, j-1) || j-1 == trig+1 && s.f.w.visitVerb(s.t.Norm(trig))
}

// stationedAt reports whether place mention m says where the things
// before it are kept or serve: after "in" or "at" (past "the" and a
// compass word) that follows a participle of stationing-words.tsv, itself
// right after a lower-case noun, a comma or a body's name ("Allied forces
// deployed in southern Europe", "the Agency, based in Capellen", "the
// Centre of Excellence based in Rome"). Such a place locates
// those things, not the event of the sentence. A participle that is the
// event's trigger, or one of motion after a form of "be" ("troops were
// deployed in Kosovo"), keeps its place.
func (s *eventState) stationedAt(m *Mention, trig int) bool {
	if s.t.Norm(m.First-1) == "," {
		if prev := s.ms.EndingAt(m.First-1, KPlace); prev != nil {
			return s.stationedAt(prev, trig) // "based in Rome, Italy"
		}
	}
	j := s.t.BackPastThe(m.First - 1)
	if s.f.w.compass.Has(s.t.Norm(j)) {
		j = s.t.BackPastThe(j - 1)
	}
	if n := s.t.Norm(j); n != "in" && n != "at" {
		return false
	}
	k := j - 1
	if k == trig || !s.f.w.stationingWords.Has(s.t.Norm(k)) || !s.t.SameSentence(k-1, k) || s.visitedThere(trig, k) {
		return false
	}
	prev := s.t.Tok(k - 1)
	if s.f.w.stationingWords.Value(s.t.Norm(k), 0) == "state" && s.f.w.auxiliaries.Has(prev.Norm) {
		return true // "a press centre will be based in Barcelona"
	}
	if s.ms.EndingAt(k, KOrg) != nil {
		return true // "the Security Force Assistance Centre of Excellence based in Rome"
	}
	return prev.Text == "," || prev.IsWord() && !prev.IsCap() && !s.f.w.auxiliaries.Has(prev.Norm) && !s.f.w.pronouns.Has(prev.Norm)
}

// betweenParties reports whether place m is one of the two that
// "between" joins with "and": the parties of what is between them, not
// where it happens ("talks between Poland and the United States").
func (s *eventState) betweenParties(m *Mention) bool {
	j := s.t.BackPastThe(m.First - 1)
	if s.t.Norm(j) == "and" {
		prev := s.ms.EndingAt(j, KPlace, KOrg, KDemonym)
		if prev == nil {
			return false
		}
		j = s.t.BackPastThe(prev.First - 1)
	} else if next := s.t.PastThe(m.Limit + 1); s.t.Norm(m.Limit) != "and" || s.ms.StartingAt(next, KPlace, KOrg, KDemonym) == nil {
		return false
	}
	return s.t.Norm(j) == "between"
}

// thankedFor reports whether place mention m stands in what thanks or
// praise are for: after a verb of gratitude-verbs.tsv and its "for", with
// no comma, "and" or event word between the "for" and the place ("met
// the Mayor to thank the city for hosting NATO's only headquarters in
// North America"). Such a place is not where the event happens; one after
// "for its support, and visited" still may be.
func (s *eventState) thankedFor(m *Mention) bool {
	forAt := -1
	for k := m.First - 1; k >= 0 && k >= m.First-15 && s.t.SameSentence(k, m.First); k-- {
		n := s.t.Norm(k)
		_, event := s.f.w.eventWords.Lookup(n)
		switch {
		case n == ";" || n == ":" || forAt < 0 && (n == "," || n == "and" || event):
			return false
		case n == "for" && forAt < 0:
			forAt = k
		case forAt >= 0 && s.f.w.gratitudeVerbs.Has(n):
			return true
		}
	}
	return false
}

// topicListed reports whether the comma or "and" at j goes on with a list
// of places whose first follows a topic noun: "the situation in Iraq and
// Libya", "the situations in the Middle East, the Balkans and Darfur"
// are all what is talked about.
func (s *eventState) topicListed(j int) bool {
	prev := s.ms.EndingAt(j, KPlace)
	if prev == nil && s.t.Norm(j-1) == ")" {
		for k := j - 2; k > j-8 && k > 0; k-- {
			if s.t.Norm(k) == "(" {
				prev = s.ms.EndingAt(k, KPlace) // "the Balkans (in particular Kosovo) and Darfur"
				break
			}
		}
	}
	return prev != nil && s.topic(prev)
}

// sentTo reports whether place mention m is where the verb of motion at
// trig sends its object: "deployed battlegroups to Estonia" (not "thanked
// Norway for its troops to Afghanistan").
func (s *eventState) sentTo(trig int, m *Mention) bool {
	if s.t.Norm(s.t.BackPastThe(m.First-1)) != "to" || m.First < trig || m.First > trig+6 {
		return false
	}
	for _, e := range s.f.w.eventWords.Entries(s.t.Norm(trig)) {
		if e.Value(1) == "verb+place" {
			return true
		}
	}
	return false
}

// aboutTopic reports whether place mention m lies in what an event is
// about, after "about" or a verb of discussing between the trigger and
// it: "She spoke about
// disinformation in the Caucasus", "Speaking about Russia, she
// highlighted battlegroups deployed in the Baltic States".
func (s *eventState) aboutTopic(m *Mention, trig int) bool {
	from := trig
	if from > m.First {
		from = s.t.SentenceOf(m.First).First
	}
	for k := from; k < m.First; k++ {
		if s.t.Norm(k) == "about" && !s.approximate(k) || s.spokeOf(k) || s.discussedLand(k, trig, m) || s.briefedOn(k, trig, m) {
			return true
		}
	}
	return false
}

// discussedLand reports whether a verb of talking about something
// (event-links.tsv, topic) at k, after the trigger at trig, has the
// country, region or sea of mention m in its object: "In his meetings,
// he discussed the new missions in Afghanistan and in Iraq" are not held
// there, nor are talks of "situational awareness in the North Atlantic".
// A town or a venue may still be where the talks are ("discussed the
// reforms in Bucharest").
func (s *eventState) discussedLand(k, trig int, m *Mention) bool {
	if k <= trig || s.t.Tok(k).IsCap() || s.f.w.eventLinks.Value(s.t.Norm(k), 0) != "topic" || !strings.HasPrefix(s.t.Norm(k), "discuss") {
		return false
	}
	kind := s.Entities.PlaceKind(m.Key)
	return kind == natokg.Country || kind == natokg.Region || kind == natokg.Sea
}

// briefedOn reports whether the "on" at k, right after a briefing's
// trigger at trig, opens what the briefing was on, and the country or
// region of mention m lies in it: "He was briefed on the serials planned
// in the Baltic Sea region" is no briefing held there.
func (s *eventState) briefedOn(k, trig int, m *Mention) bool {
	if k != trig+1 || s.t.Norm(k) != "on" || !s.f.w.eventOfKind(s.t.Norm(trig), "briefing") {
		return false
	}
	kind := s.Entities.PlaceKind(m.Key)
	return kind == natokg.Country || kind == natokg.Region
}

// spokeOf reports whether "of" at k follows a verb of speech that reports
// an event (event-words.tsv, kind speech, read as a verb), so that what
// follows is what was spoken of: "He spoke of the changes in Egypt".
func (s *eventState) spokeOf(k int) bool {
	if s.t.Norm(k) != "of" || k == 0 {
		return false
	}
	for _, e := range s.f.w.eventWords.Entries(s.t.Norm(k - 1)) {
		if e.Value(0) == "speech" && e.Value(1) == "verb" {
			return true
		}
	}
	return false
}

// approximate reports whether the "about" at k says how many, not what
// about: "addressed about 250 officers of the College".
func (s *eventState) approximate(k int) bool {
	return s.f.w.cardinal(s.t.Norm(k+1)) > 0
}

// prepBefore reports whether a place preposition of one of the kinds of
// place-prepositions.tsv stands before token i, past a compass word and
// "the" ("in western Poland"). With appositive true, a comma or a bracket
// after a place that itself stands so counts too ("in Karlskrona,
// Sweden"; not "Australia, Japan").
func (s *eventState) prepBefore(i int, appositive bool, kinds ...string) bool {
	if q := i - 1; s.t.quotedNameEnd(q, s.t.SentenceOf(i)) > 0 {
		i = q - 1 // Camp "Film City": past the name's word before the quotation mark
	}
	j := s.f.w.pastDescriptor(s.t, i, func(end int) bool { return s.ms.EndingAt(end, KDemonym) != nil })
	if s.f.w.compass.Has(s.t.Norm(j)) {
		j--
	}
	if s.f.w.timeAdverbs.Has(s.t.Norm(j)) && !s.t.Tok(j).IsCap() {
		j-- // "visited today camp \"Villaggio Italia\""
	}
	j = s.pastVicinity(j)
	j = s.pastJoinedPrep(s.t.BackPastThe(s.pastAdjective(j)))
	if s.t.Norm(j) == "of" && s.t.Norm(j-1) == "board" {
		j-- // "on board of the USS Dwight D. Eisenhower"
	}
	if j < 0 || !s.t.SameSentence(j, i) {
		return false
	}
	if n := s.t.Norm(j); appositive && (n == "," || n == "(") {
		prev := s.ms.EndingAt(j, KPlace)
		return prev != nil && (s.prepBefore(prev.First, true, kinds...) || prev.First == s.t.SentenceOf(prev.First).First && s.dateline(s.t.SentenceOf(prev.First), prev))
	}
	for _, e := range s.f.w.placePreps.Entries(s.t.Norm(j)) {
		for _, k := range kinds {
			if e.Value(0) == k {
				return true
			}
		}
	}
	return false
}

// pastVicinity steps back from "of" at j over a noun of vicinity
// (vicinity-nouns.tsv), perhaps after "the", to the token before them:
// "in the vicinity of Tbilisi", "in the area of Ohrid", "off the coast
// of Marmaris", "in vicinity of Burgas" are where the preposition says.
func (s *eventState) pastVicinity(j int) int {
	if s.t.Norm(j) != "of" || !s.f.w.vicinityNouns.Has(s.t.Norm(j-1)) || s.t.Tok(j-1).IsCap() {
		return j
	}
	if s.t.Norm(j-2) == "the" {
		return j - 3
	}
	return j - 2
}

// peopleListed reports whether the semicolon at k separates the items of
// a list of people, a person's name before it and a person or a title
// after it, perhaps past "and": "welcomed the Chairman of the Presidency
// X; the Chairman of the Council of Ministers Y; and Defence Minister Z
// to NATO Headquarters".
func (s *eventState) peopleListed(k int) bool {
	next := k + 1
	if s.t.Norm(next) == "and" {
		next++
	}
	if s.t.Norm(next) == "the" {
		next++
	}
	return s.People.At[k-1] != "" && (s.People.At[next] != "" || s.ms.StartingAt(next, KRole, KRank, KHonorific) != nil)
}

// pastJoinedPrep steps back from the preposition at j over another that
// "and" joins to it: "in and around the city of Tuzla" is where "in" says.
func (s *eventState) pastJoinedPrep(j int) int {
	if s.t.Norm(j-1) == "and" && s.f.w.placePreps.Has(s.t.Norm(j)) && s.f.w.placePreps.Has(s.t.Norm(j-2)) {
		return j - 2
	}
	return j
}

// pastAdjective skips a word in lower case at token j that stands between
// "the" and a place's name, perhaps after an adverb in -ly: "at the
// historic Huis ten Bosch Palace", "over the new NATO Training Mission
// Headquarters", "visited the recently established Joint Force Command
// Norfolk", "toured the recently-opened Civil Servants Training Center".
func (s *eventState) pastAdjective(j int) int {
	t := s.t.Tok(j)
	if !t.IsWord() || t.IsCap() || s.ms.At(j) != nil || s.f.w.placePreps.Has(t.Norm) {
		return j
	}
	if s.t.Norm(j-1) == "the" {
		return j - 1
	}
	if s.t.LyAdverb(j-1) && s.t.Norm(j-2) == "the" {
		return j - 2
	}
	if s.t.JoiningHyphen(j-1) && s.t.LyAdverb(j-2) && s.t.Norm(j-3) == "the" {
		return j - 3 // "the recently-opened Centre"
	}
	return j
}

// titleField reports whether place mention m is in the field of a post's
// title, after its "for" or "on": "the Special Representative for the
// Caucasus and Central Asia" travels to neither by his title.
func (s *eventState) titleField(m *Mention) bool {
	at := s.t.Tokens[m.First].Start
	for _, per := range s.People.List {
		for _, p := range per.Posts {
			if at < p.Span.Start || at >= p.Span.End {
				continue
			}
			for k := m.First - 1; k >= 0 && s.t.Tokens[k].Start >= p.Span.Start; k-- {
				if n := s.t.Norm(k); n == "for" || n == "on" {
					return true
				}
			}
		}
	}
	return false
}

// describesTown reports whether place mention m only describes a town
// named after it: "in the Adriatic port city of Durres", "the Baltic
// city of Riga" (a noun of place-of-nouns.tsv and "of" after m, a few
// words in lower case between).
func (s *eventState) describesTown(m *Mention) bool {
	k := m.Limit
	for k < m.Limit+3 && s.t.Tok(k).IsWord() && !s.t.Tok(k).IsCap() && s.t.Norm(k) != "of" && !s.f.w.placePrep(s.t.Norm(k)) && !s.f.w.determiners.Has(s.t.Norm(k)) {
		k++ // nouns, not "in the port of Odesa" after a ship: where it lies
	}
	return k > m.Limit && s.f.w.placeOfNouns.Has(s.t.Norm(k-1)) && s.t.Norm(k) == "of" && s.ms.StartingAt(k+1, KPlace) != nil && s.t.SameSentence(m.First, k+1)
}

// dateline reports whether mention m opens sentence sent as a dateline:
// "Brussels, NATO HQ, 23 May –", "From 22 to 26 May 2025, Dayton (OH), hosted".
func (s *eventState) dateline(sent Sentence, m *Mention) bool {
	i := sent.First
	if s.t.Norm(i) == "from" {
		i++
	}
	if d := s.ms.StartingAt(i, KDate); d != nil {
		return s.t.Norm(d.Limit) == "," && m.First == d.Limit+1 && s.writtenOut(d) // not "Last month, New Zealand joined"
	}
	for i < sent.Limit {
		if x := s.ms.StartingAt(i); x != nil {
			if x.Kind == KDate {
				return m.First < x.First
			}
			if x.Kind != KPlace && !(x.Kind == KOrg && s.Entities.Seats[x.First]) {
				return false
			}
			i = x.Limit
			continue
		}
		if n := s.t.Norm(i); n != "," && n != "(" && n != ")" && !isDash(n) && !footnoteMark(n) {
			return false // but "SKOPJE, Former Yugoslav Republic of Macedonia* -": a footnote's mark after the country
		}
		i++
	}
	return false
}

// footnoteMark reports whether token text n is a mark that calls a
// footnote: an asterisk, a dagger or a superscript figure.
func footnoteMark(n string) bool {
	return n == "*" || n == "†" || n == "¹" || n == "²" || n == "³"
}

// writtenOut reports whether date mention d gives its day or year in
// figures ("3 June 2012", "Monday 3 June"), as a dateline does, not
// relative to the release ("last month").
func (s *eventState) writtenOut(d *Mention) bool {
	for k := d.First; k < d.Limit; k++ {
		if s.t.Tok(k).IsNumber() {
			return true
		}
	}
	return false
}

// opensWithDateline reports whether sentence sent starts "PLACE, DATE –"
// or "DATE –".
func (s *eventState) opensWithDateline(sent Sentence) bool {
	places := 0
	for i := sent.First; i < sent.Limit; {
		if m := s.ms.StartingAt(i); m != nil {
			switch m.Kind {
			case KPlace:
				places++
				i = m.Limit
				continue
			case KDate:
				// "Brussels, 3 May 2024 – ..."; "Pristina, 02 October 2014. The Commander ...": a dateline of its own
				end := s.pastClosing(m.Limit) // "KABUL, Afghanistan (Feb. 3, 2010) –"
				return (places > 0 || m.First == sent.First) && s.t.Norm(end) == "-" || places > 0 && s.t.Norm(end) == "." && end == sent.Limit-1 ||
					places > 0 && end == sent.Limit && s.t.Heading(sent) // "Brunssum, the Netherlands, Friday 15 May 2020", a line of its own
			}
			return false
		}
		if n := s.t.Norm(i); n != "," && n != "(" && n != ")" {
			return false
		}
		i++
	}
	return false
}

// pastClosing returns i+1 where token i closes a bracket ("(Feb. 3,
// 2010) –"), and i otherwise.
func (s *eventState) pastClosing(i int) int {
	if s.t.Norm(i) == ")" {
		return i + 1
	}
	return i
}

// opensWithPlaceLine reports whether sentence sent opens with a
// dateline that names a place, with a date or none: "PLACE, DATE –",
// "MONS, Belgium –", "Kabul (ISAF) –", words in brackets aside, or a
// town in capitals set off by space alone ("SZCZECIN, Poland  On").
func (s *eventState) opensWithPlaceLine(sent Sentence) bool {
	if s.ms.StartingAt(sent.First, KPlace) == nil {
		return false
	}
	if s.opensWithDateline(sent) {
		return true
	}
	inBrackets := false
	for i := sent.First; i < sent.Limit; i++ {
		switch n := s.t.Norm(i); {
		case isDash(n):
			return i > sent.First && !inBrackets
		case n == "." && i == sent.Limit-1:
			return i > sent.First && !inBrackets // a line of its own: "FERIZAJ/UROSEVAC, Kosovo."
		case n == "(" || n == ")":
			inBrackets = n == "(" // "Brussels (Belgium) –", "KABUL, Afghanistan (ISAF) –"
		case inBrackets && s.t.Tok(i).IsCapWord():
		case s.t.WideGap(i) && i > sent.First && s.t.Tok(sent.First).IsUpper() && s.ms.AtKind(i-1, KPlace) != nil:
			return !inBrackets // "SZCZECIN, Poland  On 5 December": set off by space alone after a town in capitals
		case n != "," && !footnoteMark(n) && s.ms.AtKind(i, KPlace) == nil:
			return false // but "SKOPJE, Former Yugoslav Republic of Macedonia* -": a footnote's mark after the country
		}
	}
	return false
}

// belongsToNamed reports whether place mention m is inside the name of an
// event that is not the trigger's nor the candidate's own (named own):
// "to discuss the decisions taken at the Vilnius Summit"; or follows an
// event name or an event word that is not the trigger: "the NATO Summit
// in The Hague".
// A place after "on the margins of ... in" is the trigger's own.
func (s *eventState) belongsToNamed(m *Mention, trig int, own string) bool {
	for _, n := range s.Named {
		if n.Kind == KEvent && m.First >= n.First && m.Limit <= n.Limit && !(trig >= n.First && trig < n.Limit) && n.Surface != own {
			return true // "the decisions taken at the Vilnius Summit"
		}
	}
	if s.inClauseOfOther(m.First, trig) {
		return true // "met before the summit that leaders will hold in Strasbourg"
	}
	j := s.t.BackPastThe(m.First - 1)
	if j < 1 || s.t.Norm(j) != "in" || j-1 == trig || j-1 == s.object(trig) || s.margins(j, trig) || s.ownNameEnds(j, own) || s.atOccasion(trig, j-1) {
		return false
	}
	return s.eventBefore(j, own)
}

// eventBefore reports whether an event's noun (event-words.tsv) or a
// named event other than own ends right before token j: "the NATO Summit
// in The Hague"; not the candidate's own: "Addressing the Spring Session
// in Tallinn".
func (s *eventState) eventBefore(j int, own string) bool {
	if e, ok := s.f.w.eventWords.Lookup(s.t.Norm(j - 1)); ok && e.Value(1) == "noun" {
		return true
	}
	for _, n := range s.Named {
		if n.Limit == j && n.Kind == KEvent && n.Surface != own {
			return true
		}
	}
	return false
}

// ownNameEnds reports whether the candidate's own named event, own, ends
// right before token j: "welcomed the President to the NATO Summit in
// Madrid" is the Summit, in Madrid; "took part in the Spring Session of
// the NATO Parliamentary Assembly in Dayton" is in Dayton, not only the
// Assembly's town.
func (s *eventState) ownNameEnds(j int, own string) bool {
	for _, n := range s.Named {
		if n.Kind == KEvent && n.Limit == j && own != "" && n.Surface == own {
			return true
		}
	}
	return false
}

// inClauseOfOther reports whether token i stands in a relative clause on
// an event word or a named event that is not the trigger's: "the summit
// that Allied leaders will hold in Strasbourg".
func (s *eventState) inClauseOfOther(i, trig int) bool {
	for w := i - 1; w > 0 && w >= i-10 && s.t.SameSentence(w, i); w-- {
		n := s.t.Norm(w)
		if n == "," && s.t.Norm(w+1) != "which" {
			return false
		}
		if n != "that" && n != "which" {
			continue
		}
		k := w - 1
		if n == "which" {
			k-- // ", which"
		}
		if k == trig || k == s.object(trig) {
			return false
		}
		e, ok := s.f.w.eventWords.Lookup(s.t.Norm(k))
		if ok && e.Value(1) == "noun" {
			return true
		}
		for _, nm := range s.Named {
			if nm.Kind == KEvent && nm.Limit == k+1 && !(trig >= nm.First && trig < nm.Limit) {
				return true
			}
		}
		return false
	}
	return false
}

// margins reports whether "on the margins (sidelines) of" stands between
// the trigger and token j.
func (s *eventState) margins(j, trig int) bool {
	for k := max(trig, 0); k < j; k++ {
		if s.matches(s.f.margins, k) {
			return true
		}
	}
	return false
}

// belongsToOrg reports whether place mention m follows "ORG in" or "ORG
// off (the coast of)": the organisation's seat or area, not an event's
// place ("the Contact Group on Piracy off the coast of Somalia"); but a
// town after a body whose command is taken is where it is taken, and a
// body right after the trigger at trig and "at" stands for its
// gathering, held where the text says ("a keynote address at the OSCE
// Ministerial Council in Vienna").
func (s *eventState) belongsToOrg(m *Mention, trig int) bool {
	j := s.pastVicinity(s.t.BackPastThe(m.First - 1))
	if j < 1 || s.t.Norm(j) != "in" && s.t.Norm(j) != "off" {
		return false
	}
	if s.t.Norm(j-1) == ")" && s.t.Norm(j-3) == "(" {
		j -= 3 // "the NATO-led Kosovo Force (KFOR) in Kosovo"
	}
	o := s.ms.EndingAt(j, KOrg)
	if o == nil {
		return false
	}
	if s.marginsBody(o) {
		return false // "on the margins of the United Nations General Assembly in New York"
	}
	if k := s.beforeOwner(o); s.t.Norm(k) == "by" || s.t.Norm(k) == "with" && !s.areaNamed(o) || s.t.Norm(k) == "at" && s.triggerEndsAt(trig, k) {
		return false // "a conference organised by the OSCE in Vienna", "deposited ... with the Government of the United States in Washington", "an address at the OSCE Ministerial Council in Vienna": the event's place
	}
	if k := s.t.BackPastThe(o.First - 1); s.t.Norm(k) == "of" && s.t.Norm(k-1) == "command" && s.Entities.PlaceKind(m.Key) == natokg.City {
		return false // "takes command of ISAF in Kabul": where the command changes hands
	}
	if k := s.t.BackPastThe(o.First - 1); s.t.Norm(k) == "of" && s.eventNoun(k-1) {
		return false // "a meeting of the NATO-Russia Council in Brussels": the meeting's place
	}
	return !s.Entities.Seats[o.First] && !s.sitsIn(o)
}

// beforeOwner returns the token before body o, past "the" and past the
// name and possessive of a body that owns it: "by NATO's Allied Command
// Transformation" gives "by".
func (s *eventState) beforeOwner(o *Mention) int {
	k := s.t.BackPastThe(o.First - 1)
	if s.t.Possessive(k) {
		if owner := s.ms.EndingAt(k, KOrg); owner != nil {
			k = s.t.BackPastThe(owner.First - 1)
		}
	}
	return k
}

// triggerEndsAt reports whether the trigger at trig, a word or an
// event's phrase, and the event words that go on with it ("keynote
// address"), end right before token k.
func (s *eventState) triggerEndsAt(trig, k int) bool {
	if trig < 0 {
		return false
	}
	_, n := s.f.w.eventWords.MatchAt(s.t.Tokens, trig)
	j := trig + max(n, 1)
	for j < k && !s.t.Tok(j).IsCap() && s.f.w.eventWords.Has(s.t.Norm(j)) {
		j++
	}
	return j == k
}

// marginsBody reports whether body mention o follows "on the margins
// (sidelines) of": the body stands for its gathering ("met X on the
// margins of the United Nations General Assembly in New York"), so the
// place after it is where the gathering and the meeting are held.
func (s *eventState) marginsBody(o *Mention) bool {
	return s.afterMargins(o.First)
}

// afterMargins reports whether "on the margins (sidelines) of" stands
// right before token first, past "the".
func (s *eventState) afterMargins(first int) bool {
	j := s.t.BackPastThe(first - 1)
	return s.t.Norm(j) == "of" && j >= 3 && s.matches(s.f.margins, j-3)
}

// marginsPlace returns the place of the named event that sentence si
// says its event is held on the margins of, before or after the trigger:
// the place after the name, or the town inside it ("On the margins of
// the Munich Security Conference, the Secretary General met X"); or "".
func (s *eventState) marginsPlace(si int) string {
	for _, n := range s.namedIn(si) {
		if s.afterMargins(n.First) {
			return s.namedPlace(n)
		}
	}
	sent := s.t.Sentences[si]
	for k := sent.First; k < sent.Limit; k++ {
		if m, ok := MatchAt(s.f.margins, s.t, s.ms, k); ok {
			phrase := Sentence{First: m.Limit, Limit: s.phraseEnd(m.Limit, sent), Start: sent.Start, End: sent.End}
			return s.sentencePlace(phrase, nil) // "On the margins of the G20 summit in Osaka, he met X"
		}
	}
	return ""
}

// ownName returns the named event of sentence sent that names
// candidate c, or nil.
func (s *eventState) ownName(c *evCand, sent Sentence) *Mention {
	if !c.named {
		return nil
	}
	for i, n := range s.Named {
		if n.Kind == KEvent && n.Surface == c.base && n.First >= sent.First && n.Limit <= sent.Limit {
			return &s.Named[i]
		}
	}
	return nil
}

// apposedPlace returns the place an apposition after a name at k gives
// the event it names: ", NATO's counter-piracy operation off the Horn of
// Africa": a lower-case event noun, then a preposition of place and the
// place, before the next comma; or nil.
func (s *eventState) apposedPlace(k int, sent Sentence) *Mention {
	if s.t.Norm(k) != "," {
		return nil
	}
	for j := k + 1; j+1 < sent.Limit && j < k+10 && s.t.Norm(j) != ","; j++ {
		if !s.eventNoun(j) || s.t.Tok(j).IsCap() || s.f.w.placePreps.Value(s.t.Norm(j+1), 0) != "locative" {
			continue
		}
		if pm := s.ms.StartingAt(skipThe(s.t, s.ms, j+2), KPlace); pm != nil && s.isPlace(pm) {
			return pm
		}
	}
	return nil
}

// sitsIn reports whether body o, whose name cannot go on with "in PLACE"
// (org-heads.tsv), follows "in" itself: the event is held in the body,
// at the place after it ("will meet Russia's representative in the
// NATO-Russia Council in Brussels").
func (s *eventState) sitsIn(o *Mention) bool {
	return s.t.Norm(s.t.BackPastThe(o.First-1)) == "in" && !s.areaNamed(o)
}

// areaNamed reports whether body mention o ends in a head whose name
// goes on with the area it works in ("served with the International
// Security Assistance Force (ISAF) in Afghanistan"): org-heads.tsv's
// fourth column.
func (s *eventState) areaNamed(o *Mention) bool {
	return s.f.w.orgHeads.Value(s.t.Tok(o.Limit-1).Text, 2) == "yes"
}

// cityIn returns the city or venue inside an event's name ("Washington
// Summit", "Warsaw Security Forum"), or "": a region there is the topic
// ("Southern Neighbourhood Security Dialogue"), and an exercise's name is
// a code name ("Ramstein Alloy").
func (s *eventState) cityIn(m Mention) string {
	if s.headKind(m) == "exercise" {
		return "" // an exercise's name is a code: "Ramstein Alloy" is flown over the Baltic states
	}
	for _, pm := range s.ms.In(m.First, m.Limit, KPlace) {
		// The place opens the name, perhaps after a body: "Warsaw Security
		// Forum", "NATO Riga Summit"; not "Dynamic Manta 2020".
		if pm.Limit > m.Limit || pm.First > m.First && s.ms.EndingAt(pm.First, KOrg) == nil {
			continue
		}
		if k := s.Entities.PlaceKind(pm.Key); k == natokg.City || k == natokg.Venue || (k == natokg.State || k == natokg.Region || k == natokg.Country) && s.headKind(m) == "summit" {
			return pm.Key // a summit is named after its host: "the Wales Summit"
		}
	}
	return ""
}

// namedEvent is an event named in passing: "the NATO Summit in The
// Hague", "NATO's Washington Summit last summer". It is kept when the
// text gives its place: after "in" (after any preposition of place for
// an operation: "Operation Ocean Shield off the Horn of Africa"), in an
// apposition that says what it is, or inside its name.
func (s *eventState) namedEvent(m Mention, sent Sentence, quoted map[int]bool, alone bool) *evCand {
	if quoted[m.First] {
		return nil
	}
	kind := s.headKind(m)
	if s.f.w.happening(kind) && s.visitedBody(m.First) {
		return nil // "a visit to the NATO-led KFOR mission": the body visited
	}
	ev := eventIn(kind, sent)
	ev.Name = m.Surface
	if !s.t.Tok(m.First).IsCap() {
		ev.Name = "" // "their last meeting in January": no name; the event is named as unnamed ones are
	}
	sched, k := s.scheduledFor(s.pastHeld(m.Limit))
	if p := s.t.Norm(k); p == "in" || s.f.w.happening(kind) && s.f.w.placePreps.Value(p, 0) == "locative" {
		j := skipThe(s.t, s.ms, k+1)
		if pm := s.ms.StartingAt(j, KPlace); pm != nil {
			ev.Location = pm.Key
			if ev.Name != "" {
				ev.Name += " " + p + " " + pm.Surface
			}
			k = s.pastEnclosingPlace(pm.Limit)
		}
	}
	if sched == nil {
		sched, k = s.scheduledFor(k) // "the NATO Leaders' Meeting in London scheduled for 3-4 December"
	}
	if pm := s.apposedPlace(k, sent); ev.Location == "" && pm != nil && s.f.w.happening(kind) {
		ev.Location = pm.Key // "Operation Ocean Shield, NATO's counter-piracy operation off the Horn of Africa"
	}
	clausePlace, clauseDate := s.relativeClause(k, sent)
	if ev.Location == "" && !s.online(sent) {
		ev.Location = s.cityIn(m) // but "the Riga Security Forum, held online"
	}
	if ev.Location == "" && clausePlace != nil {
		ev.Location = clausePlace.Key
	}
	if pm := s.hostedAt(m); ev.Location == "" && pm != nil {
		ev.Location = pm.Key
	}
	named := ev.Location != "" // its place is its name's or its own phrase's
	if ev.Location == "" && alone {
		// The only event of its sentence takes the sentence's place and
		// date: "Exercise Noble Jump, held in western Poland from 9 to 20
		// June", "The next Conference ... is scheduled for 21 November".
		ev.Location = s.sentencePlace(sent, quoted)
		for _, dm := range s.ms.In(sent.First, sent.Limit, KDate) {
			if ev.Start.IsZero() && !s.datelineDate(sent, dm) {
				s.setDates(ev, dm)
			}
		}
	}
	before := s.dateBefore(m)
	if before != nil && ev.Start.IsZero() {
		ev.Start, ev.End = before.Date, before.End // "the 14 June NATO Summit"
	}
	if sched != nil && ev.Start.IsZero() {
		ev.Start, ev.End = sched.Date, sched.End // "the next NATO Summit planned for May 2012 in Chicago"
	}
	if ev.Location == "" && !(alone && ev.Start.Day > 0) && before == nil && sched == nil && !(clauseDate != nil && clauseDate.Date.Day > 0) && s.dateAfter(k) == nil {
		return nil // but "the Alliance's Summit, which the Latvian capital will host on 28 November", "the Riga Summit of 28-29 November"
	}
	if dm := s.dateAfter(k); dm != nil {
		if day := s.dateAfter(dm.Limit); yearOnlyDate(dm.Date) && day != nil && day.Date.Day > 0 && day.Date.Year == dm.Date.Year {
			dm = day // "the Chiefs of Defence Session of 2023 on Wednesday 18 January 2023": the year names the session
		}
		ev.Start, ev.End = dm.Date, dm.End // "in The Hague in June", "last summer", "in Lisbon on 19 November"
	} else if clauseDate != nil {
		s.setDates(ev, clauseDate) // "the NATO Summit in Madrid, which runs from 28 to 30 June"
	}
	sceneDay := false
	if alone && named && ev.Start.IsZero() {
		sceneDay = s.sceneDay(ev, sent) // "joined world leaders in Munich on Friday (15 February 2019) for the Munich Security Conference"
	}
	if o := s.bodyOfEventName(m); o != "" {
		ev.Organisers = append(ev.Organisers, o) // "the G20 summit in Osaka", "the EU Summit"
	} else if kind == "summit" && s.Entities.Publisher != "" {
		ev.Organisers = append(ev.Organisers, s.Entities.Publisher)
	}
	return &evCand{ev: ev, sent: s.t.Tokens[m.First].Sent, named: true, base: m.Surface, sceneDay: sceneDay}
}

// bodyOfEventName returns the body whose name opens the event's name m
// ("G20 Summit") or stands right before its word after an article ("the
// G20 summit"), other than NATO's own bodies (the publisher's); or "".
func (s *eventState) bodyOfEventName(m Mention) string {
	o := s.ms.StartingAt(m.First, KOrg)
	if o == nil || o.Limit >= m.Limit {
		o = s.ms.EndingAt(m.First, KOrg)
		if o == nil || !s.f.w.determiners.Has(s.t.Norm(o.First-1)) {
			return ""
		}
	}
	if o.Key == s.Entities.Publisher || s.f.g.Orgs[o.Key] != nil && s.f.g.Orgs[o.Key].Parent == s.Entities.Publisher {
		return "" // "the NATO summit": the publisher's, as a summit with no body named is
	}
	return o.Key
}

// sceneDay gives a named event whose own phrase gives it a place but no
// day, alone in its sentence, the one whole day the sentence gives, and
// reports whether it did: the sentence tells of being there for it. A
// day that a verb of ending dates, in a sentence that says how many days
// the event lasted, is its last (lengthInDays).
func (s *eventState) sceneDay(ev *natokg.Event, sent Sentence) bool {
	var day *Mention
	for _, dm := range s.ms.In(sent.First, sent.Limit, KDate) {
		if s.datelineDate(sent, dm) || dm.Date.Day == 0 {
			continue
		}
		if day != nil {
			return false
		}
		day = dm
	}
	if day == nil {
		return false
	}
	if n, _ := s.lengthInDays(sent); n > 1 && s.phase(day) == "end" {
		ev.Start, ev.End = day.Date.AddDays(1-n), day.Date // "The NATO Summit in Brussels wrapped up on Thursday (12 July 2018), following two days of decisions": its last day
		return true
	}
	s.setDates(ev, day)
	return true
}

// visitedBody reports whether the phrase at token first is what a word
// of visiting goes "to", past "the" and the words that qualify it ("a
// visit to the NATO-led KFOR mission").
func (s *eventState) visitedBody(first int) bool {
	for k := first - 1; k >= 1 && k >= first-7; k-- {
		if s.t.Norm(k) == "to" {
			return s.f.w.visitWord(s.t.Norm(k - 1))
		}
		if n := s.t.Norm(k); n != "the" && n != "-" && !s.t.Tok(k).IsWord() {
			return false
		}
	}
	return false
}

// pastEnclosingPlace returns the token after the enclosing place that
// follows a place between commas at k ("the NATO Summit in Vilnius,
// Lithuania, on 11 and 12 July": the date after the country is the
// summit's), else k.
func (s *eventState) pastEnclosingPlace(k int) int {
	if s.t.Norm(k) != "," {
		return k
	}
	if pm := s.ms.StartingAt(k+1, KPlace); pm != nil && s.t.Norm(pm.Limit) == "," && s.dateAfter(pm.Limit+1) != nil {
		return pm.Limit + 1
	}
	return k
}

// relativeClause returns the place and the date of a relative clause on
// a named event, perhaps after an apposition: ", which runs from 28 to 30
// June", ", the world's largest cyber defence exercise, which the Centre
// will organise in Tallinn in April 2024". Either may be nil.
func (s *eventState) relativeClause(k int, sent Sentence) (place, date *Mention) {
	for j := k; j < sent.Limit && j < k+14; j++ {
		if !(s.t.Norm(j) == "which" && s.t.Norm(j-1) == ",") && !(s.t.Norm(j) == "that" && j == k) {
			continue // ", which runs from", "the summit that leaders will hold in"; past a place's commas: ", which met in Lisbon, Portugal, on 19 October"
		}
		var host *Mention
		for d := j + 1; d < sent.Limit && d < j+12 && (s.t.Norm(d) != "," || s.ms.EndingAt(d, KPlace) != nil); d++ {
			if m := s.ms.StartingAt(d, KDate); m != nil && date == nil {
				date = m
			}
			if m := s.ms.StartingAt(d, KPlace); m != nil && s.isPlace(m) && d == j+1 && s.hostsAfter(m.Limit) {
				host = m // "which Norway is to host"
			} else if m != nil && place == nil && s.isPlace(m) && s.prepBefore(d, false, "locative") {
				place = m // "which runs until 6 March in Riga"
			}
		}
		return hostOrWhere(host, place), date
	}
	return nil, nil
}

// hostOrWhere returns the place of a relative clause: the one after "in"
// or "at" where there is one, else the host that is its subject ("that
// the Netherlands will host in The Hague": The Hague).
func hostOrWhere(host, where *Mention) *Mention {
	if where != nil {
		return where
	}
	return host
}

// hostsAfter reports whether a verb of hosting follows at token k, past
// auxiliaries and "to": "Norway is to host", "Riga will host".
func (s *eventState) hostsAfter(k int) bool {
	for n := 0; n < 3 && (s.f.w.auxiliaries.Has(s.t.Norm(k)) || s.f.w.modals.Has(s.t.Norm(k)) || s.t.Norm(k) == "to"); n++ {
		k++
	}
	return s.f.w.hostVerbs.Has(s.t.Norm(k))
}

// clauseHasPlace reports whether a relative clause at k puts something
// in a place: "that Allied leaders will hold in Strasbourg".
func (s *eventState) clauseHasPlace(k int, sent Sentence) bool {
	pm, _ := s.relativeClause(k, sent)
	return pm != nil
}

// online reports whether sentence sent says its event was held at no
// place: "online", "by videoconference" (remote-words.tsv).
func (s *eventState) online(sent Sentence) bool {
	for i := sent.First; i < sent.Limit; i++ {
		if s.f.w.remoteWords.Has(s.t.Norm(i)) {
			return true
		}
	}
	return false
}

// sentencePlace is the most specific place sentence sent puts something in.
func (s *eventState) sentencePlace(sent Sentence, quoted map[int]bool) string {
	best, bestRank := "", 99
	for _, m := range s.ms.In(sent.First, sent.Limit) {
		if quoted[m.First] || !s.isPlace(m) {
			continue
		}
		if !s.prepBefore(m.First, true, "locative", "motion") && !s.dateline(sent, m) && !s.t.ScheduleVenue(m.First) && !s.cityVenue(m) && !s.hostTown(m) || s.topic(m) {
			continue
		}
		if r := placeRank(s.Entities.PlaceKind(m.Key)); r < bestRank {
			best, bestRank = m.Key, r
		}
	}
	return best
}

// quotedTokens marks the tokens of sentence sent inside quoted titles: a
// theme or a panel's title in Title Case, whose places are no event's
// place (“Renewed Focus on Peace & Prosperity in the Balkans”); not a
// part of a name (Camp "Film City", Text.quotedNameEnd). Quoted speech
// is not marked: what a speaker says of an event counts.
func (s *eventState) quotedTokens(sent Sentence) map[int]bool {
	q := map[int]bool{}
	open := -1
	for i := sent.First; i < sent.Limit; i++ {
		if s.t.Norm(i) != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if titleCase(s.t, open+1, i) && s.t.quotedNameEnd(open, sent) != i {
			for k := open + 1; k < i; k++ {
				q[k] = true
			}
		}
		open = -1
	}
	return q
}

// eventWords returns the event words of sentence sent, other than the
// trigger and its object ("held an informal meeting in Oslo"), that name
// an event of their own: "the Summit in The Hague",
// "their meeting in London in December 2019", "the Chicago summit".
func (s *eventState) eventWords(sent Sentence, trig int) []Mention {
	var out []Mention
	for i := sent.First; i < sent.Limit; i++ {
		tok := s.t.Tokens[i]
		if i == trig || i == s.object(trig) || s.ms.At(i) != nil || inside(s.Named, i) || !s.f.w.eventHeads.Has(tok.Text) || s.occasionOf(trig, i) {
			continue
		}
		if next := s.t.Tok(i + 1); tok.IsCap() && next.IsCapWord() && !s.f.w.eventHeads.Has(next.Text) && !s.f.w.opensEvent(tok.Text) {
			continue // "35 Course Members": the head of no name, a word of another; but "Operation Ocean Shield"
		}
		if s.t.Norm(i+1) == "of" && s.ms.StartingAt(i+2, KDate) != nil {
			continue // "NATO Update: Week of 25-31 October 2000": a span of time, dated, no event
		}
		if tok.IsCap() && i > sent.First || !tok.IsCap() && s.eventNoun(i) && (s.t.Norm(s.pastHeld(i+1)) == "in" || s.t.Norm(i+1) == "that" && s.clauseHasPlace(i+1, sent)) {
			out = append(out, Mention{Kind: KEvent, Span: Span{i, i + 1}, Surface: tok.Text})
		} else if cm := s.cityBefore(i); cm != nil && s.eventNoun(i) {
			out = append(out, Mention{Kind: KEvent, Span: Span{cm.First, i + 1}, Surface: s.t.Surface(cm.First, i+1)}) // "the Chicago summit"
		}
	}
	return out
}

// occasionOf reports whether the event noun at i, a ceremony's, is the
// occasion of the event the verb at trig before it reports: "took over
// SNMG2 from Rear Admiral X in June, at a ceremony in Souda Bay" is one
// change of command, held in Souda Bay.
func (s *eventState) occasionOf(trig, i int) bool {
	if !s.atOccasion(trig, i) {
		return false
	}
	for _, e := range s.f.w.eventWords.Entries(s.t.Norm(i)) {
		if e.Value(0) == "ceremony" && e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// occasionPlace reports whether place mention m is where the event
// noun at the trigger's occasion (atOccasion) is held, right after it or
// after its "of" complement: "spoke at the meeting of NATO Defence
// Ministers in Berlin" is a speech in Berlin.
func (s *eventState) occasionPlace(m *Mention, trig int, sent Sentence) bool {
	j := s.t.BackPastThe(m.First - 1)
	if trig < 0 || s.t.Norm(j) != "in" {
		return false
	}
	for i := trig + 1; i < j; i++ {
		if s.eventNoun(i) && s.atOccasion(trig, i) && (i+1 == j || s.pastOfComplement(i+1, sent) == j) {
			return true
		}
	}
	return false
}

// atOccasion reports whether the lower-case word at i, after "at a",
// "at the", "during a" or "during the", follows the verb at trig in its
// sentence: the trigger's event happens at what i names, and where that
// is held ("spoke at the summit in Berlin", "met the President during
// the meeting in Vilnius").
func (s *eventState) atOccasion(trig, i int) bool {
	if trig < 0 || i <= trig || !s.t.SameSentence(trig, i) || s.t.Tok(i).IsCap() {
		return false
	}
	if n := s.t.Norm(i - 1); n != "a" && n != "the" {
		return false
	}
	n := s.t.Norm(i - 2)
	return n == "at" || n == "during"
}

// eventNoun reports whether the word at token i is a noun that names an
// event in lower case (event-words.tsv): "their meeting in London", but
// not a head that names one only in a name ("a busy day in Kabul", "to
// stay the course in Afghanistan").
func (s *eventState) eventNoun(i int) bool { return s.f.w.eventNoun(s.t.Norm(i)) }

// object returns the event noun a verb at trig takes as its object
// ("hosted a trilateral meeting"), or -1.
func (s *eventState) object(trig int) int {
	if trig < 0 {
		return -1
	}
	if e, ok := s.f.w.eventWords.Lookup(s.t.Norm(trig)); !ok || e.Value(1) == "noun" {
		return -1
	}
	for k := trig + 1; k <= trig+4 && k < len(s.t.Tokens) && s.t.SameSentence(trig, k); k++ {
		if l := s.link(k); l == "another" || l == "named" {
			return -1 // "met before the summit"
		}
		if e, ok := s.f.w.eventWords.Lookup(s.t.Norm(k)); ok && e.Value(1) == "noun" {
			return k
		}
	}
	return -1
}

// inside reports whether token i is inside one of the mentions.
func inside(ms []Mention, i int) bool {
	for _, m := range ms {
		if i >= m.First && i < m.Limit {
			return true
		}
	}
	return false
}

// attendees gives ev the people the sentence refers to, outside
// quotations and outside a clause of what may happen on a condition ("If
// President X were allowed to win").
func (s *eventState) attendees(ev *natokg.Event, sent Sentence) {
	if s.f.w.unattended(ev.Kind) {
		return
	}
	for i := sent.First; i < sent.Limit; i++ {
		if _, mark := s.t.QuoteStep(false, i); mark {
			continue
		}
		inQuote := s.inQuote(sent, i)
		if k := s.People.At[i]; k != "" && !inQuote && (!s.People.Pronoun[i] || s.subjectPronoun(sent, i)) && !s.ofThing(i) && !s.ownerOfThing(i) && !s.conditional(i, sent) && !s.announcer(i, sent) && !s.reported(i, sent) && !s.source(i, sent) {
			addAlias(&ev.Attendees, k)
		}
	}
}

// ownerOfThing reports whether the name of the person at token i ends
// in a possessive before a noun that names no event: "Secretary General
// X's initiative" owns the initiative and attends nothing; "X's visit"
// is X's.
func (s *eventState) ownerOfThing(i int) bool {
	key, e := s.People.At[i], i
	for e < len(s.t.Tokens) && s.People.At[e] == key {
		e++
	}
	if !s.isPossessive(e) {
		return false
	}
	next := s.t.Tok(e + 1)
	return next.IsWord() && !next.IsCap() && !s.eventNoun(e+1) && !s.f.w.visitWord(next.Norm)
}

// source reports whether the person named at token i is whom the
// sentence quotes for what it says, after "according to" in its
// phrase: "According to Mr Zalkaliani, the meeting is the last event
// ahead of the Leaders' Meeting" (he is no attendee of it).
func (s *eventState) source(i int, sent Sentence) bool {
	for k := i - 1; k > sent.First && k >= i-8; k-- {
		switch s.t.Norm(k) {
		case ",", ";":
			return false
		case "to":
			return s.t.Norm(k-1) == "according"
		}
	}
	return false
}

// ofThing reports whether the person named at token i, or the title
// before the name, follows "of" and a thing's noun, a person remembered
// or speaking through others, not present: "laid a wreath at the
// mausoleum of Mustafa Kemal Atatürk", "at the request of the President
// of Ukraine, X" (but "a meeting of", "members of").
func (s *eventState) ofThing(i int) bool {
	key := s.People.At[i]
	i = s.pastStyle(s.runStart(i)) // the name's first word, or its rank's: "on behalf of General X"
	if s.t.Norm(i-1) == "," {
		for j := i - 2; j > 0 && j > i-10 && s.t.SameSentence(j, i); j-- {
			if s.People.At[j] == key && !s.People.Pronoun[j] {
				i = s.runStart(j) // "at the request of the President of Ukraine, X": where X's title stands
				break
			}
		}
	}
	i = s.titleStart(key, i) // "the death of the chairman of the Council Dr X": where X's title stands
	if m := s.ms.EndingAt(i, KOrg, KDemonym); m != nil {
		i = m.First // the title's owner: "on behalf of LANDCOM Commander Lt. Gen. X"
	}
	if s.t.Norm(i-1) == "the" {
		i-- // "of the President"
	}
	if i < 2 || s.t.Norm(i-1) != "of" {
		return false
	}
	tok := s.t.Tok(i - 2)
	if !tok.IsWord() || tok.IsCap() || s.f.w.groupNouns.Has(tok.Text) || s.f.w.audienceNouns.Has(tok.Norm) || s.presenceOf(i-2) {
		return false
	}
	e, isEvent := s.f.w.eventWords.Lookup(tok.Norm)
	if isEvent && s.f.w.happening(e.Value(0)) {
		return true // "shocked by the shooting of Prime Minister X": whom it befell
	}
	return !isEvent && !s.f.w.determiners.Has(tok.Norm)
}

// pastStyle returns the first token of the ranks and styles that end
// right before token i ("Lt. Gen.", "Dr"), or i.
func (s *eventState) pastStyle(i int) int {
	for m := s.ms.EndingAt(i, KRank, KHonorific); m != nil; m = s.ms.EndingAt(i, KRank, KHonorific) {
		i = m.First
	}
	return i
}

// titleStart returns the first token of a post of person key that the
// release states right before token i, the name or its rank or style ("the
// chairman of the National Peace Council Dr X"), or i.
func (s *eventState) titleStart(key string, i int) int {
	at := s.t.Tokens[i].Start
	for _, per := range s.People.List {
		if per.Key != key {
			continue
		}
		for _, p := range per.Posts {
			if p.Span.End <= at && at-p.Span.End <= 6 && strings.TrimSpace(s.t.Src[p.Span.End:at]) == "" {
				for k := i - 1; k >= 0 && s.t.Tokens[k].Start >= p.Span.Start; k-- {
					i = k
				}
				return i
			}
		}
	}
	return i
}

// announcer reports whether the person at token i only makes known an
// event that the sentence names by a noun after a word of
// determiners.tsv ("the", "his"), with a verb of announce-verbs.tsv: "The visit was announced
// by the spokesperson of the Government, Mr X", "The spokesperson, X,
// announced the visit". A spokesperson who announces a visit is not on it.
func (s *eventState) announcer(i int, sent Sentence) bool {
	for v := sent.First; v < sent.Limit; v++ {
		if !s.f.w.announceVerbs.Has(s.t.Norm(v)) {
			continue
		}
		if i > v && s.t.Norm(v+1) == "by" {
			k := v - 1
			for k > sent.First && (s.f.w.auxiliaries.Has(s.t.Norm(k)) || s.f.w.modals.Has(s.t.Norm(k))) {
				k-- // "had been announced by"
			}
			if k < v-1 && s.eventNoun(k) && s.f.w.determiners.Has(s.t.Norm(k-1)) {
				return true
			}
		}
		if i < v && s.f.w.determiners.Has(s.t.Norm(v+1)) && s.eventNoun(v+2) {
			return true
		}
	}
	return false
}

// presenceOf reports whether the word at k is a noun of taking part
// (presence-nouns.tsv) before "of": "marked by the presence of the
// Prime Minister" names a person who is there, unlike "the mausoleum of".
func (s *eventState) presenceOf(k int) bool {
	return s.f.w.presenceNouns.Has(s.t.Norm(k)) && s.t.Norm(k+1) == "of"
}

// runStart returns the first token of the run of tokens that refer to
// the person at token i.
func (s *eventState) runStart(i int) int {
	for i > 0 && s.People.At[i-1] == s.People.At[i] {
		i--
	}
	return i
}

// subjectPronoun reports whether the pronoun at i is the subject its
// sentence opens with, perhaps after an opening phrase: "He also held
// talks with", "Later, he visited". Such a pronoun's person takes part.
func (s *eventState) subjectPronoun(sent Sentence, i int) bool {
	if s.f.afterOpeningPhrase(s.t, i) && s.f.w.pronouns.Value(s.t.Norm(i), 1) == "subject" {
		return true // "Visiting London for talks with X and Y, he said"
	}
	for k := sent.First; k < i; k++ {
		if s.People.At[k] != "" && s.People.At[k] != s.People.At[i] {
			return false // another person comes first; not "Earlier in his stay he had held talks"
		}
	}
	if n := s.t.Norm(i); n == "he" || n == "she" {
		return true // a subject wherever it stands: "Later in the day he visited"
	}
	return s.t.SubjectAt(i) && s.t.Norm(i-1) != "the"
}

// organisers gives ev the organisations after "hosted by", "organised
// by", "by the North Atlantic Council" (a statement), or its subject
// ("NATO's Critical Undersea Infrastructure Network met").
func (s *eventState) organisers(ev *natokg.Event, sent Sentence, trig int) {
	for i := sent.First; i+1 < sent.Limit; i++ {
		if s.t.Norm(i) != "by" || i > sent.First && s.t.Norm(i-1) == "followed" {
			continue
		}
		if prev := s.t.Norm(i - 1); strings.HasSuffix(prev, "ed") || ev.Kind == "statement" || prev == "conference" {
			s.orgsFrom(i+1, sent, &ev.Organisers)
		}
	}
	if len(ev.Organisers) > 0 || trig <= sent.First {
		return
	}
	if _, verb := s.f.w.eventWords.Lookup(s.t.Norm(trig)); verb {
		if o := s.ms.EndingAt(trig, KOrg); o != nil && o.First <= sent.First+3 {
			addAlias(&ev.Organisers, o.Key)
		}
	}
	if o := s.ms.EndingAt(trig, KOrg); o != nil && !s.t.Tok(trig).IsCap() && s.eventNoun(trig) && s.f.w.determiners.Has(s.t.Norm(o.First-1)) {
		addAlias(&ev.Organisers, o.Key) // "the G20 summit", "an OSCE meeting": the body's own
	}
	if ev.Kind == "call for proposals" {
		for _, o := range s.ms.In(sent.First, trig, KOrg) {
			addAlias(&ev.Organisers, o.Key)
		}
	}
}

// organisedBy collects the organisers of "The event was co-organised by
// X and Y" into out.
func (s *eventState) organisedBy(sent Sentence, out *[]string) {
	for i := sent.First; i < sent.Limit; i++ {
		if _, n := s.f.w.organisers.MatchAt(s.t.Tokens, i); n > 0 {
			s.orgsFrom(i+n, sent, out)
			return
		}
	}
}

// orgsFrom collects the organisations of a list from token i: "X and Y".
func (s *eventState) orgsFrom(i int, sent Sentence, out *[]string) {
	for i < sent.Limit {
		if n := s.t.Norm(i); n == "the" || n == "and" || n == "," {
			i++
			continue
		}
		m := s.ms.StartingAt(i, KOrg)
		if m == nil {
			return
		}
		addAlias(out, m.Key)
		i = m.Limit
	}
}

// hasDate reports whether sentence sent gives a date, another time than
// the release's: not the release's own year alone ("the road ahead for
// 2010" in a release of 2010).
func (s *eventState) hasDate(sent Sentence) bool {
	for _, m := range s.ms.In(sent.First, sent.Limit, KDate) {
		if m.Date.Month > 0 || m.Date.Year != s.Published.Year {
			return true
		}
	}
	for k := sent.First; k < sent.Limit; k++ {
		if decade(s.t.Tokens[k].Text) {
			return true // "in the mid-1960s": a time of its own
		}
	}
	return false
}

// decade reports whether word w names a decade in figures: "1960s".
func decade(w string) bool {
	if len(w) != 5 || w[4] != 's' {
		return false
	}
	for _, r := range w[:4] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// cityBefore returns the city named right before the event's noun at
// trig, after "the" or a possessive, or in a title after any word in
// lower case, that names where it takes place ("prepare for the Chicago
// summit", "his Copenhagen visit", a title's "during Copenhagen visit";
// not "a Brussels forum", which describes), or nil where there is none
// or the noun is capitalised (a named event says its own place).
func (s *eventState) cityBefore(trig int) *Mention {
	if trig < 2 || s.t.Tok(trig).IsCap() {
		return nil
	}
	m := s.ms.EndingAt(trig, KPlace)
	if m == nil || m.First < 1 || s.Entities.PlaceKind(m.Key) != natokg.City {
		return nil
	}
	k := m.First - 1
	if s.f.w.future.Has(s.t.Norm(k)) && k > 0 {
		k-- // "the upcoming Vilnius summit"
	}
	prev := s.t.Tok(k)
	if prev.Norm == "the" || s.f.w.determiners.Value(prev.Norm, 0) == "possessive" || k < s.t.Sentences[0].Limit && prev.IsWord() && !prev.IsCap() && !s.prepBefore(m.First, false, "locative") {
		return m // "the Chicago summit", "his Copenhagen visit"; a title's "during Copenhagen visit", not its "officials from NATO in Brussels visit Patriot sites"
	}
	return nil
}

// hostBefore returns the country whose possessive opens the phrase of
// the event noun at trig after "at" or "in": the event's host, where it
// is held ("spoke at Finland's inaugural Security Defence Day conference");
// or nil. Not after another word: "welcomed Japan's support to the
// conference".
func (s *eventState) hostBefore(trig int) *Mention {
	if s.t.Tok(trig).IsCap() {
		return nil
	}
	k := trig - 1
	for n := 0; n < 12 && k > 0 && !s.isPossessive(k); n++ {
		if t := s.t.Tok(k); !t.IsWord() && t.Norm != "(" && t.Norm != ")" && t.Norm != "-" || s.f.w.smallWord(t.Norm) {
			return nil
		}
		k--
	}
	m := s.ms.EndingAt(k, KPlace)
	if !s.isPossessive(k) || m == nil || s.Entities.PlaceKind(m.Key) != natokg.Country || s.f.w.placePreps.Value(s.t.Norm(m.First-1), 0) != "locative" {
		return nil
	}
	return m
}

// isPossessive reports whether token k is the "'s" of a possessive.
func (s *eventState) isPossessive(k int) bool {
	return s.t.Norm(k) == "'s" || s.t.Tok(k).Text == "’s"
}

// defender returns the country that a verb of defence-verbs.tsv before
// the happening's phrase at trig has for its subject, the happening's
// target ("help Ukraine defend itself against Russian missile attacks",
// "support for Ukraine as it resists Russia's invasion"); or "".
func (s *eventState) defender(trig int, sent Sentence) string {
	k := s.phraseStart(trig, sent)
	if s.t.Norm(k) == "against" {
		k--
		if s.t.Norm(k) == "itself" {
			k--
		}
	}
	if k < sent.First || !s.f.w.defenceVerbs.Has(s.t.Norm(k)) {
		return ""
	}
	pronoun := false
	for j := k - 1; j >= sent.First; j-- {
		if m := s.ms.EndingAt(j+1, KPlace); m != nil && s.isPlace(m) && s.f.g.Country(m.Key) != nil {
			return m.Key
		}
		n := s.t.Norm(j)
		pronoun = pronoun || n == "it"
		if !pronoun && n != "to" {
			return "" // "help Ukraine defend", "help Ukraine to defend"; past "it", the country it stands for
		}
	}
	return ""
}

// phraseStart returns the token before the words that open a happening's
// phrase at trig: its agent's possessive or demonym and lower-case
// modifiers ("Russia's illegal and unprovoked aggression", "Russian
// missile and drone attacks").
func (s *eventState) phraseStart(trig int, sent Sentence) int {
	k := trig - 1
	for k > sent.First {
		if m := s.ms.EndingAt(k+1, KPlace, KDemonym); m != nil {
			k = m.First - 1
			continue
		}
		if t := s.t.Tok(k); t.Norm == "'s" || t.IsWord() && !t.IsCap() && !s.f.w.placePreps.Has(t.Norm) && !s.f.w.defenceVerbs.Has(t.Norm) {
			k--
			continue
		}
		break
	}
	return k
}

// setDates gives ev the days of date mention dm; a date after "until"
// is only its last day ("Noble Jump, which runs until 20 May").
func (s *eventState) setDates(ev *natokg.Event, dm *Mention) {
	if s.endWordBefore(dm) {
		ev.End = dm.Date
		return
	}
	ev.Start, ev.End = dm.Date, dm.End
}

// endWordBefore reports whether a word of end-words.tsv comes right
// before date mention dm: "runs until 20 May", "lasts till Friday".
func (s *eventState) endWordBefore(dm *Mention) bool {
	return dm.First > 0 && s.f.w.endWords.Has(s.t.Norm(dm.First-1))
}

// onwardPlace reports whether place mention m is where someone goes on
// to after the sentence's event: after "before", a gerund of
// onward-verbs.tsv, perhaps "on", and "to" or "for" ("spoke at a
// seminar, before travelling on to Cairo", "before leaving for Kabul").
func (s *eventState) onwardPlace(m *Mention) bool {
	k := m.First - 1
	if s.t.Norm(k) == "the" {
		k--
	}
	if n := s.t.Norm(k); n != "to" && n != "for" {
		return false
	}
	k--
	if s.t.Norm(k) == "on" {
		k--
	}
	return k > 0 && s.f.w.onwardVerbs.Has(s.t.Norm(k)) && s.t.Norm(k-1) == "before"
}

// thatBefore reports whether a "that" opens the trigger's clause between
// the sentence's start and trig: the trigger's event is one reported
// after a verb of saying, and a later ", and that" reports another
// ("He recalled that the Council met in Batumi in October, and that
// leaders will next gather in London on 3 and 4 December").
func (s *eventState) thatBefore(trig int, sent Sentence) bool {
	for k := trig - 1; k >= sent.First; k-- {
		if s.t.Norm(k) == "that" {
			return true
		}
	}
	return false
}

// hostedAt returns the place that a relative clause hosting named event
// m follows: "the Joint Training and Evaluation Centre, which hosted the
// NATO-Georgia Exercise in March", "Riga, which will host the
// Conference"; or nil.
func (s *eventState) hostedAt(m Mention) *Mention {
	k := m.First - 1
	if s.t.Norm(k) == "the" {
		k--
	}
	for n := 0; n < 3 && k > 1 && s.t.Norm(k) != "which"; n++ {
		k-- // past "will host", "has hosted", "is to host"
	}
	if s.t.Norm(k) != "which" || s.t.Norm(k-1) != "," || !s.hostsAfter(k+1) {
		return nil
	}
	end := k - 1
	if s.ms.EndingAt(end, KPlace, KOrg) == nil && s.t.Tok(end-1).IsCap() && (s.t.Norm(end-2) == "at" || s.t.Norm(end-2) == "in") {
		end -= 2 // "the Centre at Krtsanisi, which hosted": a town the gazetteer lacks
	}
	if pm := s.ms.EndingAt(end, KPlace, KOrg); pm != nil && s.isPlace(pm) {
		if n := s.t.Norm(pm.First - 1); n == "at" || n == "in" {
			if v := s.venueBefore(pm.First - 1); v != nil {
				return v // "the Centre at Krtsanisi, which hosted": the Centre
			}
		}
		return pm
	}
	return nil
}

// scheduledFor reads the date a participle of planning gives a named
// event right after its name, "planned for May 2012", "scheduled for 21
// November" (future-words.tsv, in -ed): it returns that date and the
// token after it, else nil and k.
func (s *eventState) scheduledFor(k int) (*Mention, int) {
	if w := s.t.Norm(k); !s.f.w.future.Has(w) || !strings.HasSuffix(w, "ed") || s.t.Norm(k+1) != "for" {
		return nil, k
	}
	if dm := s.ms.StartingAt(k+2, KDate); dm != nil {
		return dm, dm.Limit
	}
	return nil, k
}

// pastHeld returns the token after a "held" at k that "in" or "at"
// follows, else k: "the NATO leaders' meeting held in London in December
// 2019" is placed as "the meeting in London" is.
func (s *eventState) pastHeld(k int) int {
	if s.t.Norm(k) == "held" && (s.t.Norm(k+1) == "in" || s.t.Norm(k+1) == "at") {
		return k + 1
	}
	return k
}
