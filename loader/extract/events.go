package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// EventFinder is the stage that finds the events a release reports or
// announces, sentence by sentence: a word that reports an event in a
// reading where it does ("met", "held talks", "was held", "the
// summit"), with the sentence's dates, places, people and organisers;
// named events ("the NATO Summit in Vilnius"); then it merges the
// mentions of one event, and gives an event whose sentence names no
// place the place the release gives (its dateline, its title, its lead).
type EventFinder struct {
	rules
	// Patterns of the readings of event words.
	inCity, inCountry, toPlace, notLed, margins Pattern
}

// NewEventFinder returns the event stage.
func NewEventFinder(g *Gazetteer, lx *Lexicon) *EventFinder {
	f := &EventFinder{rules: newRules(g, lx)}
	city := func(m *Mention) bool { p := g.Places[m.Key]; return p != nil && p.Kind == natokg.City }
	// "will be in Bucharest"
	f.inCity = Seq(Word("in"), MentionIf(city, KPlace))
	// "will be in France", "will be in the United States", said of a person
	f.inCountry = Seq(Word("in"), Opt(Word("the")), MentionIf(func(m *Mention) bool { return g.Country(m.Key) != nil }, KPlace))
	// "went on to Riga", "went to the Vaziani Training Area", "will go to
	// the headquarters of Allied Joint Force Command Naples"
	seat := Seq(InClassIf(f.w.seatNouns, func(_ Entry, t Token) bool { return !t.IsCap() }), Word("of"), Opt(Word("the")))
	f.toPlace = Seq(Opt(Word("on")), Word("to"), Opt(Word("the")), Opt(seat))
	// "NATO-led", "led efforts": no event
	f.notLed = Alt(Tok(func(t Token) bool { return t.Norm == "led" && !t.SpaceBefore }), Seq(Word("led"), Word("efforts")))
	// "on the margins of", "on the sidelines of"
	f.margins = Seq(Word("on"), Word("the"), InClassIf(f.w.eventLinks, func(e Entry, _ Token) bool { return e.Value(0) == "margins" }), Word("of"))
	return f
}

// EventInput is what the event stage reads: the outputs of the earlier
// stages.
type EventInput struct {
	Text     *Text
	Mentions *Mentions
	Named    []Mention
	People   *People
	Entities *Entities
	Quotes   []*natokg.Quote
	// Key is the release's key, which events without a date and a place
	// are keyed by.
	Key string
	// Published is the release's date, the day of a statement the release
	// itself is ("Statement by the North Atlantic Council on ...").
	Published natokg.Date
	// MainCountry is the country the release names most often, or "".
	MainCountry string
}

type evCand struct {
	ev       *natokg.Event
	base     string // the name as the text gives it, for named events
	sent     int
	trig     int // the token of its word, where one word of its sentence reports it; else 0
	named    bool
	timeOnly bool
	title    bool
	split    bool   // a copy of an event at a further place of its sentence
	next     bool   // "also", "later": one more event, not the main one again
	endOnly  bool   // its sentence gives only the day it ended ("today concluded")
	quoted   bool   // its word is a speaker's: it may tell of an event the release reports, never of a new one (but of a war, an attack)
	soft     bool   // the place is the dateline's, which a later sentence may make precise
	apart    bool   // told as what came before or after its sentence's event: it has no day but its own
	dayOf    bool   // dated by "the second day of" it: the event told before with those days, if any
	told     bool   // a named event told of after a verb of speech ("X said the Summit will be ..."): never the release's main event
	town     string // the town of its country where the visit is told again: its place once the release's events are merged
	country  string // the country its sentence sends it to, where the dateline's town in it took its place
	definite bool   // its word is the bare kind after "the" or "this" ("The exercise will run ..."): an event told before, if any
	stop     string // the venue a visit to a town or country began or ended at, an event of its own there (visitedThenVenue)
	sceneDay bool   // a named event placed by its own phrase, dated by its sentence's one day: its sentence tells of being there for it
}

// Find returns the events of a release.
func (f *EventFinder) Find(in EventInput) []*natokg.Event {
	s := &eventState{f: f, EventInput: in, t: in.Text, ms: in.Mentions, spread: map[*natokg.Event]bool{}}
	var cands []*evCand
	s.labelVenue = s.labelledVenue()
	lead := s.t.Lead()
	for si, sent := range s.t.Sentences {
		if d, ok := s.dateLine(sent); ok {
			if si > lead || lead == len(s.t.Sentences) {
				s.scheduleDate = d // "Friday, 14 December 2018" heads the lines of a schedule; above the prose, it dates the page
			}
			continue
		}
		if s.t.RepeatsTitle(sent) {
			continue // the title again, above the text: its events are the title's
		}
		if si > 0 && s.contactLine(sent) {
			continue // "Point of contact for the joint press conference: Mrs X": no event of its own
		}
		if si > 0 && s.careerFact(sent) {
			continue // "He graduated military courses in Fort Benning": a step of a career, no event of the release nor its scene
		}
		cs := s.sentence(si, sent)
		if len(cs) == 0 && si > 0 {
			s.scene(si, sent)
		} else if v := s.openingVenue(si, cs); si > 0 && v != "" {
			s.venues = append(s.venues, &evCand{ev: &natokg.Event{Location: v}, sent: si})
		}
		cands = append(cands, cs...)
	}
	events := s.merge(cands)
	s.earlierLeads(events)
	return append(events, s.passingDays(events)...)
}

// passingDays returns an event for each whole day after "on" in the
// body's prose (no heading line) that no event of events starts on: a
// release dates a happening in passing by its day ("the cables were
// damaged on 25 December 2024", "the decision it took on 21 October"),
// and that day is an event's even
// where no word of event-words.tsv names it. The event has no place and
// no people: the sentence gives it only a day.
func (s *eventState) passingDays(events []*natokg.Event) []*natokg.Event {
	have := map[natokg.Date]bool{}
	for _, e := range events {
		have[e.Start] = true
	}
	var out []*natokg.Event
	for si, sent := range s.t.Sentences {
		if s.t.Heading(sent) {
			continue // a line of the page's, not the release's prose: "Issued on 15 Jan. 2020"
		}
		for _, m := range s.ms.In(sent.First, sent.Limit, KDate) {
			if si == 0 || have[m.Date] || !s.passingDay(m, sent) {
				continue
			}
			have[m.Date] = true
			ev := eventIn("occurrence", sent)
			ev.Start = m.Date
			ev.Name = s.passingName(m, sent)
			ev.Location = s.passingPlace(m, sent)
			ev.Key = fmt.Sprintf("%s %s %s", s.Key, ev.Kind, ev.Name)
			out = append(out, ev)
		}
	}
	return out
}

// passingName names the happening that date mention m dates in passing
// by the words of its clause before "on" (passingClause): "A
// pipeline under the Baltic Sea was cut on 2024-10-08", "The decision it
// took on 2012-03-02"; "Occurrence on DAY" when the clause has no word
// before "on".
func (s *eventState) passingName(m *Mention, sent Sentence) string {
	on, from := m.First-1, s.passingClause(m, sent)
	if from == on {
		return "Occurrence on " + m.Date.String()
	}
	words := s.t.Src[s.t.Tokens[from].Start:s.t.Tokens[on-1].End]
	r, size := utf8.DecodeRuneInString(words)
	return string(unicode.ToUpper(r)) + words[size:] + " on " + m.Date.String()
}

// passingClause returns the first token of the clause that date mention
// m dates in passing: at most eight words before "on", from the last
// comma, semicolon, colon, dash, bracket or word of clause-openers.tsv.
func (s *eventState) passingClause(m *Mention, sent Sentence) int {
	on, from := m.First-1, m.First-1
	for limit := on - 8; from > sent.First && from > limit; {
		if s.t.Norm(from-1) == ")" {
			if open := s.bracketOpens(from-1, sent); open > sent.First {
				limit -= from - open
				from = open // "The University (NDRU) opened its doors on 28 January": the brackets are the name's, and count for no word
				continue
			}
		}
		if s.clauseBreak(from - 1) {
			break
		}
		from--
	}
	for from < on && s.inCompound(from) {
		from++ // "-day visit to Korea": not half of "two-day"
	}
	if x := s.ms.At(from); x != nil && x.First < from && x.First >= sent.First {
		from = x.First // "Bosnia and Herzegovina requested assistance on 15 May": not half of a name
	}
	return from
}

// inCompound reports whether token k is a hyphen, or a word a hyphen
// joins to the word before it: a part of a compound such as "two-day".
func (s *eventState) inCompound(k int) bool {
	return s.t.Norm(k) == "-" || s.t.JoiningHyphen(k-1)
}

// bracketOpens returns the "(" that the ")" at k closes in sent, or -1.
func (s *eventState) bracketOpens(k int, sent Sentence) int {
	for j := k - 1; j >= sent.First && j > k-8; j-- {
		switch s.t.Norm(j) {
		case "(":
			return j
		case ")":
			return -1
		}
	}
	return -1
}

// clauseBreak reports whether token k ends or opens a clause: a comma, a
// semicolon, a colon, a dash with a space before it (not the hyphen of
// "two-day"), a bracket or a word of clause-openers.tsv.
func (s *eventState) clauseBreak(k int) bool {
	n := s.t.Norm(k)
	return n == "," || n == ";" || n == ":" || isDash(n) && s.t.Tok(k).SpaceBefore || n == "(" || s.f.w.clauseOpeners.Has(n)
}

// passingPlace returns the place that the own clause of a day dated in
// passing puts its happening in, after "in" or "at" before or after the
// day ("the agreement reached on 1 October at NATO Headquarters", "the
// meeting, which Norway hosts in Oslo on 31 May"), or "": the first such
// place of the clause, not a topic's ("the situation in Iraq").
func (s *eventState) passingPlace(m *Mention, sent Sentence) string {
	end := m.Limit
	if s.t.Norm(end) == "," {
		if pm := s.ms.StartingAt(skipThe(s.t, s.ms, end+2), KPlace); pm != nil && s.prepBefore(pm.First, false, "locative") {
			end = pm.Limit // "opened its doors on 28 January, in Yerevan, Armenia"
		}
	}
	for end < sent.Limit && !s.clauseBreak(end) {
		end++
	}
	for _, pm := range s.ms.In(s.passingClause(m, sent), end) {
		if (pm.Kind == KPlace || pm.Kind == KOrg) && s.isPlace(pm) && s.prepBefore(pm.First, false, "locative") && !s.topic(pm) && !s.inQuote(sent, pm.First) {
			return pm.Key
		}
	}
	return ""
}

// passingDay reports whether date mention m in sent is a whole day after
// "on" that dates something of its own: not a speaker's, a deadline's,
// the start of a state ("since") or the day something ends ("the
// mission ends on 31 December").
func (s *eventState) passingDay(m *Mention, sent Sentence) bool {
	return m.Date.Day > 0 && s.t.Norm(m.First-1) == "on" && !s.inQuote(sent, m.First) &&
		!s.deadlineDate(m) && !s.sinceDate(m) && s.phase(m) != "end"
}

// labelledVenue returns the venue a line of the release gives after a
// word of venue-labels.tsv and a colon ("Location: Half Moone Cruise and
// Celebration Center"): the venue of the programme's timed lines that
// name none of their own; or "".
func (s *eventState) labelledVenue() string {
	for _, sent := range s.t.Sentences {
		i := sent.First
		if !s.f.w.venueLabels.Has(s.t.Norm(i)) || s.t.Norm(i+1) != ":" {
			continue
		}
		if m := s.ms.StartingAt(skipThe(s.t, s.ms, i+2), KPlace, KOrg); m != nil && s.isPlace(m) && s.Entities.PlaceKind(m.Key) == natokg.Venue {
			return m.Key
		}
	}
	return ""
}

// scene notes the day and the place a sentence that reports no event
// sets the scene with, which an event of its paragraph told next may
// take: "He praised Bulgaria's contributions in Sofia on Friday (1 March
// 2019). He met Prime Minister Boyko Borissov".
func (s *eventState) scene(si int, sent Sentence) {
	ev := &natokg.Event{}
	for _, m := range s.ms.In(sent.First, sent.Limit, KDate) {
		if m.Date.Day > 0 && ev.Start.IsZero() && !s.deadlineDate(m) && !s.inQuote(sent, m.First) && !s.datelineDate(sent, m) {
			ev.Start, ev.End = m.Date, m.End
		}
	}
	if ev.Start.IsZero() {
		ev.Start = s.ordinalDay(sent)
	}
	for _, m := range s.ms.In(sent.First, sent.Limit, KPlace) {
		if n := s.t.Norm(s.t.BackPastThe(m.First - 1)); (n == "in" || n == "at") && s.t.Norm(m.Limit) != "'s" && s.isPlace(m) && !s.topic(m) && !s.inQuote(sent, m.First) {
			ev.Location = m.Key // "in Sofia on Friday"
		} else if s.f.w.hostVerbs.Has(s.t.Norm(m.Limit)) && s.Entities.PlaceKind(m.Key) == natokg.Venue {
			ev.Location = m.Key // "The College's Main Auditorium hosted a wide array of guests"
		}
	}
	if ev.Start.Day > 0 && (ev.End.IsZero() || ev.End == ev.Start) {
		s.scenes = append(s.scenes, &evCand{ev: ev, sent: si})
	}
	if ev.Location != "" && s.Entities.PlaceKind(ev.Location) == natokg.Venue && s.venuesIn(si) == 1 {
		s.venues = append(s.venues, &evCand{ev: ev, sent: si})
	}
}

// openingVenue returns the venue a sentence opens with ("At the Federal
// Chancellery, the two leaders discussed preparations for the Summit in
// The Hague") when every event the sentence tells of is a named one
// placed elsewhere, told in passing: the venue is then the scene of the
// event told before, as in a sentence that reports no event. Else "".
func (s *eventState) openingVenue(si int, cs []*evCand) string {
	sent := s.t.Sentences[si]
	if n := s.t.Norm(sent.First); n != "at" && n != "in" || s.venuesIn(si) != 1 {
		return ""
	}
	m := s.ms.StartingAt(skipThe(s.t, s.ms, sent.First+1), KPlace)
	if m == nil || s.Entities.PlaceKind(m.Key) != natokg.Venue {
		return ""
	}
	for _, c := range cs {
		if !c.named || c.ev.Location == "" || c.ev.Location == m.Key {
			return ""
		}
	}
	return m.Key
}

// ordinalDay returns the day that "the second day" (not "of" an event
// it names) stands for in a sentence: that day of the span of days the
// text gave last before it ("met in Seville on 8 and 9 February ... On
// the second day, ministers met ..." is 9 February); or no date.
func (s *eventState) ordinalDay(sent Sentence) natokg.Date {
	for i := sent.First; i+1 < sent.Limit; i++ {
		n := s.f.w.ordinalNumber(s.t.Norm(i))
		if n == 0 || s.t.Norm(i-1) != "the" || s.t.Norm(i+1) != "day" || s.t.Norm(i+2) == "of" {
			continue
		}
		var span *Mention
		for _, m := range s.ms.In(0, sent.First, KDate) {
			if m.Date.Day > 0 && m.End.Day > 0 && m.End != m.Date {
				span = m
			}
		}
		if span == nil {
			return natokg.Date{}
		}
		if day := span.Date.AddDays(n - 1); day.String() <= span.End.String() {
			return day
		}
	}
	return natokg.Date{}
}

// afterScene reports whether the sentence before sentence si, in its
// paragraph, sets the scene: it reports no event and gives a day ("On
// Friday, 2 April 2004, the flags went up in front of NATO Headquarters.
// Ministers watched, in a ceremony ..."), which an event of si with no
// day, place or people takes.
func (s *eventState) afterScene(si int) bool {
	if len(s.scenes) == 0 {
		return false
	}
	last := s.scenes[len(s.scenes)-1]
	return last.sent == si-1 && s.t.SameParagraph(s.t.Sentences[last.sent], s.t.Sentences[si])
}

// dateLine returns the date of a line that holds nothing but a date
// ("Wednesday, 6 November 2013"), perhaps with a remark in brackets
// ("Thursday 27 August (local time)").
func (s *eventState) dateLine(sent Sentence) (natokg.Date, bool) {
	var date natokg.Date
	for i := sent.First; i < sent.Limit; i++ {
		if m := s.ms.StartingAt(i, KDate); m != nil && date.IsZero() {
			date, i = m.Date, m.Limit-1
			continue
		}
		if s.t.Norm(i) == "(" && !date.IsZero() {
			for i < sent.Limit-1 && s.t.Norm(i) != ")" {
				i++ // "Thursday 27 August (local time)"
			}
			continue
		}
		if isDash(s.t.Norm(i)) && !date.IsZero() && s.ms.StartingAt(sent.First, KDate) != nil && s.venueOnly(i+1, sent.Limit) {
			break // "Wednesday, 4 December 2019 – The Grove": the day's venue
		}
		if tok := s.t.Tokens[i]; tok.IsWord() && s.t.Tok(i+1).Norm != "," && !tok.IsCap() || tok.Norm != "," && !tok.IsWord() {
			return natokg.Date{}, false
		}
	}
	return date, date.Day > 0
}

// isTimeLine reports whether a line of a schedule opens with a time
// ("09:30"), perhaps after its day ("5 May 2020, 10:00 (CET) Joint press
// statements ...").
func (s *eventState) isTimeLine(sent Sentence) bool {
	if m := s.ms.StartingAt(sent.First, KDate); m != nil && m.Date.Day > 0 {
		k := m.Limit
		if s.t.Norm(k) == "," {
			k++
		}
		sent.First = k
	}
	if s.f.w.dayParts.Has(s.t.Tok(sent.First).Text) && isDash(s.t.Norm(sent.First+1)) {
		return true // "Evening – Reception at Buckingham Palace"
	}
	return sent.Limit-sent.First > 3 && s.t.TimeLine(sent)
}

// underTimeLine reports whether sentence si is the entry of a
// schedule's time that the line above it gives alone, in the same
// paragraph: "13:15 local / 17:15 GMT / 19:15 Brussels", then "Short
// press point by the NATO Secretary General".
func (s *eventState) underTimeLine(si int, sent Sentence) bool {
	if si == 0 {
		return false
	}
	prev := s.t.Sentences[si-1]
	if !s.isTimeLine(prev) || !s.t.SameParagraph(prev, sent) {
		return false
	}
	kind, _ := s.trigger(si-1, prev)
	return kind == ""
}

// untimedVenue returns the first token of the venue that a schedule's
// line with no time names after its one dash, under a line that holds
// only a date ("Thursday, 26 February", then "Joint press point of the
// Secretary General and the President – Palazzo del Quirinale"): places
// and commas up to the line's end. It returns -1 for any other sentence.
func (s *eventState) untimedVenue(sent Sentence) int {
	if s.scheduleDate.IsZero() || s.t.Norm(sent.Limit-1) == "." || !s.t.Tok(sent.First).IsCap() {
		return -1
	}
	dash := -1
	for k := sent.First + 1; k < sent.Limit; k++ {
		if isDash(s.t.Norm(k)) && s.t.Tokens[k].SpaceBefore {
			if dash >= 0 {
				return -1
			}
			dash = k
		}
	}
	if dash < 0 || dash+1 >= sent.Limit {
		return -1
	}
	for i := dash + 1; i < sent.Limit; {
		if s.t.Norm(i) == "," {
			i++
			continue
		}
		m := s.ms.StartingAt(i, KPlace, KOrg)
		if m == nil {
			return -1
		}
		i = m.Limit
	}
	return dash + 1
}

// venueOnly reports whether tokens [i, limit) name a venue and nothing
// more: a few capitalised words and commas ("The Grove", "Lancaster
// House, London").
func (s *eventState) venueOnly(i, limit int) bool {
	if i >= limit || limit-i > 6 {
		return false
	}
	for k := i; k < limit; k++ {
		if tok := s.t.Tokens[k]; !tok.IsCap() && tok.Norm != "," && tok.Norm != "." {
			return false
		}
	}
	return true
}

// isDash reports whether a token is a dash.
func isDash(norm string) bool { return norm == "-" || norm == "–" || norm == "—" }

type eventState struct {
	spoken map[int]int // the first token of the clause of speech a sentence that starts at the key holds (spokenFrom)
	f      *EventFinder
	EventInput
	t              *Text
	ms             *Mentions
	scheduleDate   natokg.Date
	labelVenue     string       // the venue a "Location:" line gives the programme (labelledVenue)
	owned          map[int]bool // tokens of other happenings' phrases, while a sentence's trigger is read
	lateOrganisers []string
	lateAttendees  []string
	leads          []*natokg.Event        // events only a dateline's sentence reports, with no word of event
	scenes         []*evCand              // the days and places of sentences that report no event
	venues         []*evCand              // the days and venues of sentences that report no event but say where someone was ("In his address at the Convention Centre, he thanked ...")
	venueTowns     map[string]string      // a venue the text puts nowhere -> the town of the event it was found to be held at (venueAgain)
	sceneTown      string                 // the town the release's main event was placed at before sceneVenue put it at a venue of its scene
	spread         map[*natokg.Event]bool // visits to a country whose stops lie in several of its places: the country, not the dateline's town
}

// trigger returns the word of sentence s that reports an event, and the
// kind of event, or -1.
func (s *eventState) trigger(si int, sent Sentence) (string, int) {
	kind, trig := "", -1
	fallKind, fall := "", -1       // an event word after a link, if nothing else reports an event
	weakKind, weak := "", -1       // a war, a mission: its place follows its word, and another event word comes first
	passiveKind, passive := "", -1 // a participle between a comma and "by", if no main verb reports an event
	for i := sent.First; i < sent.Limit; i++ {
		tok := s.t.Tokens[i]
		if m := s.ms.At(i); m != nil && m.Is(KOrg, KPlace, KDoc) {
			continue // "Mediterranean Dialogue" is no dialogue
		}
		if k, head := s.phraseTrigger(sent, i); k != "" && !s.sinceClause(i, sent) {
			return k, head
		}
		e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
		if n == 0 {
			continue
		}
		k, reading := e.Value(0), e.Value(1)
		if reading == "none" {
			i += n - 1
			continue // "a six months tour of duty": no visit
		}
		if reading == "noun" && n == 1 && s.gerund(i) || reading == "noun" && s.contrasted(i+n) {
			continue // "meeting the Defence Investment Pledge": a verb, no event
		}
		if reading == "noun" && n > 1 && (kind == "" || i-trig <= 4) {
			return k, i + n - 1 // a noun of several words says what the event is: "press conference"; its head is its last word
		}
		if reading == "noun" && n > 1 {
			i += n - 1
			continue // "will hold talks with X at Y, followed by joint press statements": another event
		}
		if reading != "noun" && reading != "title-noun" {
			if rk := s.reportedKind(e, i+n-1, sent); kind == "" && !s.compoundPart(i) && rk != "" {
				k = rk // "opened the Centre" is an inauguration, "opened the conference" a meeting
				if s.reducedPassive(i) || s.inRelative(i) {
					if passiveKind == "" {
						passiveKind, passive = k, i // "the Committee, chaired by X, heard Y", "X, who is visiting Brussels, met Y": its event if no other verb reports one
					}
					continue
				}
				kind, trig = k, i
			}
			continue
		}
		if reading == "noun" && n == 1 && s.asRole(i) {
			continue // "NATO's unique role as a forum for transatlantic cooperation": what NATO is, no event
		}
		if reading == "noun" && n == 1 && s.genericPlurals(i) {
			continue // "led operations and exercises across the region": kinds of work, no event
		}
		if reading == "noun" && n == 1 && s.modifiesTopic(i) {
			continue // "a major point on the summit agenda": the summit told before, talked about
		}
		if reading == "noun" && s.apposedToNamed(i) {
			continue // "Operation Ocean Shield, NATO's counter-piracy operation off the Horn of Africa": the named event, told again
		}
		if l := s.linkBefore(i); l == "topic" || (l == "another" || l == "margins") && !s.f.w.happening(k) {
			if l != "topic" && (fallKind == "" || s.occasionBefore(i) && !s.occasionBefore(fall)) {
				fallKind, fall = k, i // "welcomed the decisions of the recent Summit during a meeting with X": the meeting
			}
			continue // "after the meeting", "on the eve of the forum", "discusses Summit preparations"
		}
		if s.t.Norm(i-1) == "to" && !tok.IsCap() && s.ms.StartingAt(skipThe(s.t, s.ms, i+1), KPlace, KOrg) == nil {
			continue // "to stop implementing": a verb; but "to visit Romania"
		}
		if reading == "title-noun" {
			if si == 0 && i == sent.First || s.entryOpens(sent, i) {
				if at, head := s.spokenAt(sent, i); at != "" && s.f.w.unattended(k) {
					return at, head // "Statement by the Secretary General at the press point with X": the press point
				}
				return k, i // "Statement by the Council"; "15:55 – Address by the Secretary General"
			}
			if s.f.w.unattended(k) || !s.afterArticle(i) {
				continue
			}
		}
		// A capitalised event word names an event of its own ("ahead of
		// the NATO Summit in Madrid"); so does "their meeting in London"
		// after another event word.
		opens := i == sent.First || s.t.Norm(i-1) == "-" && s.opensWithDateline(sent) // "Brussels, 3 May – Meeting with ..."
		if tok.IsCap() && !opens && si > 0 && !s.isTimeLine(sent) && (kind == "" || i-trig > 4) || kind != "" && i-trig > 4 && s.t.Norm(i+1) == "in" {
			continue
		}
		if s.f.w.happening(k) && kind == "" {
			if weakKind == "" && !s.compoundModifier(i) {
				weakKind, weak = k, i // "NATO's mission in Afghanistan topped the agenda during his visits"
			}
			continue
		}
		// A noun right after the verb says what the event is: "attended a
		// dinner", "participated in a panel".
		if kind == "" || kind == "meeting" && k != "meeting" && k != "event" && !s.f.w.happening(k) && (i-trig <= 4 || !tok.IsCap()) && !s.another(trig, i) && !s.verbJoined(trig, i) && !s.purposeBetween(trig, i) {
			kind, trig = k, i
		}
	}
	if kind == "" && passiveKind != "" {
		return passiveKind, passive
	}
	if kind == "" && fallKind != "" {
		return fallKind, fall
	}
	if kind == "" {
		return weakKind, weak
	}
	return kind, trig
}

// spokenAt returns the kind and the head of the event that the statement
// at i is made at, where its sentence names one after "at the" or
// "during the" ("Statement by the Secretary General at the press point
// with President X"), or "".
func (s *eventState) spokenAt(sent Sentence, i int) (string, int) {
	for k := i + 1; k+2 < sent.Limit; k++ {
		if n := s.t.Norm(k); (n == "at" || n == "during") && s.t.Norm(k+1) == "the" {
			if e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, k+2); n > 0 && e.Value(1) == "noun" && !s.f.w.unattended(e.Value(0)) {
				return e.Value(0), k + 1 + n
			}
		}
	}
	return "", 0
}

// verbJoined reports whether "and" and a verb in lower case stand
// between the trigger at trig and the event noun at i: "met with the
// Defence Secretary, and delivered a keynote speech": the noun is the
// second verb's event, not what the meeting was.
func (s *eventState) verbJoined(trig, i int) bool {
	for k := trig + 1; k+1 < i; k++ {
		if s.joinedVerb(k) {
			return true
		}
	}
	return false
}

// purposeBetween reports whether a clause of purpose (purpose-verbs.tsv)
// opens between the trigger at trig and the event noun at i: "met in
// Washington to discuss the upcoming summit" is a meeting about the
// summit, not the summit.
func (s *eventState) purposeBetween(trig, i int) bool {
	for k := trig + 1; k+1 < i; k++ {
		if s.purposeOpens(k) {
			return true
		}
	}
	return false
}

// purposeOpens reports whether a clause of purpose opens at token k:
// "to" and a verb of purpose-verbs.tsv in lower case ("to discuss").
func (s *eventState) purposeOpens(k int) bool {
	return s.t.Norm(k) == "to" && !s.t.Tok(k+1).IsCap() && s.f.w.purposeVerbs.Has(s.t.Norm(k+1))
}

// reducedPassive reports whether the verb at i is a participle between
// a comma and "by" that says something of the noun before it: "the
// Council, chaired by the Deputy Secretary General, visited ...": the
// sentence's event is its main verb's.
func (s *eventState) reducedPassive(i int) bool {
	return s.t.Norm(i-1) == "," && s.t.Norm(i+1) == "by" && strings.HasSuffix(s.t.Norm(i), "ed")
}

// joinedVerb reports whether token k is an "and" that a verb in lower
// case follows: an event word read as a verb, or a past form in -ed
// ("and delivered").
func (s *eventState) joinedVerb(k int) bool {
	next := s.t.Tok(k + 1)
	if s.t.Norm(k) != "and" || !next.IsWord() || next.IsCap() {
		return false
	}
	e, ok := s.f.w.eventWords.Lookup(next.Norm)
	return ok && e.Value(1) != "noun" && e.Value(1) != "title-noun" || strings.HasSuffix(next.Norm, "ed")
}

// entryOpens reports whether the title noun at i opens the entry of a
// schedule's line: right after its time, perhaps after a dash ("15:55 –
// Address by the Secretary General") or one capitalised word of the
// entry's own ("11:00 Short statements by the Secretary General").
func (s *eventState) entryOpens(sent Sentence, i int) bool {
	if !s.isTimeLine(sent) {
		return false
	}
	k := i
	if !s.t.Tok(i).IsCap() && s.t.Tok(i-1).IsCapWord() && !s.t.Tok(i-1).IsUpper() {
		k = i - 1 // "Short statements"
	}
	return isDash(s.t.Norm(k-1)) || k > sent.First && s.t.timeOnlyBefore(sent.First, k)
}

// afterArticle reports whether an article stands a word or two before
// token i, which makes the word there a noun that tells of an event:
// "gave a townhall address", "a Townhall address", not "will address the
// Council", "heard the President address the Council" nor, told again,
// "In his address".
func (s *eventState) afterArticle(i int) bool {
	article := func(k int) bool { return s.f.w.determiners.Value(s.t.Norm(k), 0) == "article" }
	return article(i-1) || article(i-2) && (!s.t.Tok(i-1).IsCap() || s.ms.At(i-1) == nil && s.t.Tok(i-1).IsWord())
}

// ownClause returns sentence sent, cut where its clause that ends at
// clause gives way to another event's told as before or after it: "The
// visit came shortly after President X and President Y met in Ankara".
func (s *eventState) ownClause(sent Sentence, clause int) Sentence {
	for _, k := range []int{clause, clause + 1} {
		if k < sent.Limit && s.toldApart(k, sent) {
			return Sentence{First: sent.First, Limit: clause, Start: sent.Start, End: sent.End}
		}
	}
	return sent
}

// praisedExercise reports whether ev, an exercise held across a country
// (event-kinds.tsv, widespread), is told of after a verb of thanks or
// praise (gratitude-verbs.tsv) in its sentence: who thanks a country for
// hosting it takes no part in it ("thanked Lithuania for hosting exercise
// Iron Wolf").
func (s *eventState) praisedExercise(ev *natokg.Event, sent Sentence, trig int) bool {
	if !s.f.w.widespread(ev.Kind) {
		return false
	}
	for k := sent.First; k < trig; k++ {
		if s.f.w.gratitudeVerbs.Has(s.t.Norm(k)) {
			return true
		}
	}
	return false
}

// eventTold reports whether a word of tokens [i, end) reports an event
// by itself or with its object (event-words.tsv), not a word that does
// so only beside a place or a date ("be" of "will be in Bucharest").
func (s *eventState) eventTold(i, end int) bool {
	for k := i; k < end; k++ {
		for _, e := range s.f.w.eventWords.Entries(s.t.Norm(k)) {
			switch e.Value(1) {
			case "verb+in", "verb+stay", "verb+place", "verb+date":
			default:
				return true
			}
		}
	}
	return false
}

// gerundAt reports whether "before" or "after" at token k opens a
// participle's clause that reports an event of the same subject: "met
// X, before taking part in a wreath-laying ceremony".
func (s *eventState) gerundAt(k int) bool {
	if n := s.t.Norm(k); n != "before" && n != "after" {
		return false
	}
	_, n := s.f.w.eventWords.MatchAt(s.t.Tokens, k+1)
	return n > 0 && s.t.Tok(k+1).IsParticiple()
}

// gerundClause returns the event of a participle's clause after the
// trigger at trig ("before taking part in a ceremony at the Riga
// Brethren Cemetery"), at the place its clause gives, on c's day, with
// c's people; or nil.
func (s *eventState) gerundClause(c *evCand, si int, sent Sentence, trig int) *evCand {
	if c.quoted {
		return nil
	}
	for k := trig + 1; k < sent.Limit; k++ {
		if !s.gerundAt(k) {
			continue
		}
		cl := Sentence{First: k + 1, Limit: sent.Limit, Start: sent.Start, End: sent.End}
		c2 := s.clauseEvent(cl, si)
		if c2 == nil {
			return nil
		}
		if c2.ev.Location = s.sentencePlace(cl, s.quotedTokens(sent)); c2.ev.Location == "" {
			return nil
		}
		for j := k + 2; j < cl.Limit; j++ {
			if e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, j); n > 0 && e.Value(1) == "noun" {
				c2.ev.Kind = e.Value(0) // "taking part in a wreath-laying ceremony": a ceremony
				break
			}
		}
		return s.sameOccasion(c2, c)
	}
	return nil
}

// withStop returns the event of the event noun after "with" that ends
// c's clause at end ("began a visit to Romania on Thursday with talks at
// the Ministry of National Defence"): a stop of its own, at the place
// its clause gives, on c's day, with c's people; or nil.
func (s *eventState) withStop(c *evCand, si int, sent Sentence, end int) *evCand {
	if c.quoted || end+1 >= sent.Limit || s.t.Norm(end) != "with" || !s.eventNoun(end+1) {
		return nil
	}
	e, _ := s.f.w.eventWords.Lookup(s.t.Norm(end + 1))
	cl := Sentence{First: end + 1, Limit: sent.Limit, Start: sent.Start, End: sent.End}
	ev := eventIn(e.Value(0), cl)
	if ev.Location = s.sentencePlace(cl, s.quotedTokens(sent)); ev.Location == "" {
		return nil
	}
	s.attendees(ev, cl)
	return s.sameOccasion(&evCand{ev: ev, sent: si}, c)
}

// toldApart reports whether "after" or "before" at token k opens a clause
// with a subject of its own: another event, at another time.
func (s *eventState) toldApart(k int, sent Sentence) bool {
	n := s.t.Norm(k)
	return (n == "after" || n == "before") && s.subjectFollows(k+1, sent)
}

// gerund reports whether the event noun at i, a word in "-ing", is a
// verb that takes an object that is no one and no event: "meeting the
// Defence Investment Pledge", "meeting their needs" (but "meeting the
// Prime Minister").
func (s *eventState) gerund(i int) bool {
	if !s.t.Tok(i).IsParticiple() {
		return false
	}
	if d := s.f.w.determiners.Value(s.t.Norm(i+1), 0); d != "article" && d != "possessive" {
		return false
	}
	sent := s.t.SentenceOf(i)
	return !s.objectIsPerson(i+1, sent) && !s.eventObject(i+1, sent, false) // not "meeting the press", "attending the Summit"
}

// compoundPart reports whether token i ends a hyphenated modifier, a
// participle that is no verb: "a Russian-speaking region".
func (s *eventState) compoundPart(i int) bool {
	return s.t.Norm(i-1) == "-" && !s.t.Tok(i).SpaceBefore && !s.t.Tok(i-1).SpaceBefore
}

// dateLineBefore returns the date of the line that stands before
// sentence si (sent), the lead, with nothing but a whole day on it (perhaps
// with a place and a dash): the dateline of a release that sets it on a
// line of its own ("4 April 2008", "02 Oct. 2015 -"); or nil, also where
// the lead tells of a time before it (past-times.tsv).
func (s *eventState) dateLineBefore(si int, sent Sentence) *Mention {
	if si < 2 || si > s.t.Lead()+1 {
		return nil
	}
	k := si - 1
	for k > 1 && k >= si-2 && s.t.Heading(s.t.Sentences[k]) && !s.dayIn(s.t.Sentences[k]) {
		k-- // past a line of reference under the date: "05 Mar. 2018", "Press Release (2018) 025", then the lead
	}
	prev := s.t.Sentences[k]
	ds := s.ms.In(prev.First, prev.Limit, KDate)
	if len(ds) != 1 || ds[0].Date.Day == 0 {
		return nil
	}
	for k := prev.First; k < prev.Limit; k++ {
		if tok := s.t.Tokens[k]; tok.IsWord() && s.ms.AtKind(k, KDate) == nil && s.ms.AtKind(k, KPlace) == nil {
			return nil
		}
	}
	for k := sent.First; k < sent.Limit; k++ {
		if _, n := s.f.w.pastTimes.MatchAt(s.t.Tokens, k); n > 0 {
			return nil // "arrived in Casablanca for a port visit last weekend"
		}
	}
	return ds[0]
}

// dayIn reports whether sentence sent gives a whole day's date.
func (s *eventState) dayIn(sent Sentence) bool {
	for _, m := range s.ms.In(sent.First, sent.Limit, KDate) {
		if m.Date.Day > 0 {
			return true
		}
	}
	return false
}

// onlyDateline reports whether sentence sent holds a dateline and no
// word after it: "02 Oct. 2015 -" on a line of its own, "Pristina, 02
// October 2014." as a sentence of its own.
func (s *eventState) onlyDateline(sent Sentence) bool {
	for k := sent.Limit - 1; k >= sent.First; k-- {
		switch tok := s.t.Tokens[k]; {
		case isDash(tok.Norm):
			return true
		case tok.IsWord() && s.ms.AtKind(k, KDate) == nil && s.ms.AtKind(k, KPlace) == nil:
			return false
		}
	}
	return s.t.Norm(sent.Limit-1) == "." || s.t.Heading(sent) // "Pristina, 02 October 2014. The Commander ...", "Brunssum, 15 May 2020" on a line: a line of its own
}

// eventIn returns a new event of the kind that sentence (or clause) sent
// reports.
func eventIn(kind string, sent Sentence) *natokg.Event {
	return &natokg.Event{Kind: kind, Spans: []natokg.Span{{Start: sent.Start, End: sent.End}}}
}

// firstDate returns the first date of tokens [first, limit), and its end.
func (s *eventState) firstDate(first, limit int) (start, end natokg.Date) {
	if ds := s.ms.In(first, limit, KDate); len(ds) > 0 {
		return ds[0].Date, ds[0].End
	}
	return natokg.Date{}, natokg.Date{}
}

// sinceClause reports whether token i lies in a clause that "since"
// opens, which tells when a state began: "for the first time since
// General Cole took over command of KFOR".
func (s *eventState) sinceClause(i int, sent Sentence) bool {
	for k := i - 1; k >= sent.First && k >= i-8; k-- {
		switch n := s.t.Norm(k); {
		case n == "since":
			return true
		case n == "," || n == ";" || n == "(" || n == "–":
			return false
		}
	}
	return false
}

// phraseTrigger reads a change of command at token i: a phrase of
// command-changes.tsv ("change of command", "transfer of authority"), or
// a verb of command-verbs.tsv with "command", "as" or "from"
// ahead. It returns the kind and the trigger's head, or "" and -1.
func (s *eventState) phraseTrigger(sent Sentence, i int) (kind string, head int) {
	if _, n := s.f.w.commandChanges.MatchAt(s.t.Tokens, i); n > 0 && !s.contrasted(i+n) {
		return "change of command", i
	}
	if e, k := s.f.w.commandVerbs.MatchAt(s.t.Tokens, i); k > 0 && e.Value(0) != "" && (s.commandAhead(i+k, sent) || k > 1 && s.passesCommand(i+k-1)) {
		return "change of command", i
	}
	return "", -1
}

// passesCommand reports whether the word at i, the last of a command
// verb's phrase, names what is handed over: "transferred responsibility
// of Regional Command West to General X", "transferred authority over".
func (s *eventState) passesCommand(i int) bool {
	switch s.t.Norm(i) {
	case "command", "authority", "responsibility":
		return true
	}
	return false
}

// commandAhead reports whether "command", "as" or "from" follows a
// command verb, or "the", a noun of command-nouns.tsv and "of": "took
// over from", "assumed command of", "took over the position of".
func (s *eventState) commandAhead(i int, sent Sentence) bool {
	for s.People.Named[i] || s.ms.StartingAt(i, KRank, KHonorific) != nil {
		i++ // "succeed General Scaparrotti as Supreme Allied Commander Europe"
	}
	for k := i - 1; k < sent.Limit && k < i+2; k++ {
		switch s.t.Norm(k) {
		case "command", "from", "as":
			return true
		}
	}
	return s.t.Norm(i) == "the" && s.f.w.commandNouns.Has(s.t.Norm(i+1)) && s.t.Norm(i+2) == "of" // "took over the position of SACT"
}

// reportedKind is the kind of event the verb w at i reports in the first
// of the readings the lexicon gives it that holds ("held" after "was",
// or "held talks"), or "" where none does.
func (s *eventState) reportedKind(e Entry, i int, sent Sentence) string {
	if s.conditional(i, sent) || s.talkAbout(i) {
		return ""
	}
	for _, e := range s.f.w.eventWords.Rows(e) {
		if s.readingHolds(e.Value(1), i, sent) {
			return e.Value(0)
		}
	}
	return ""
}

// talkAbout reports whether a word of event-links.tsv that gives what is
// talked about follows the participle at i that opens its sentence:
// "Speaking about the allies' support, she welcomed ..." tells of a
// topic, not of a speech (but "She spoke about disinformation" does).
func (s *eventState) talkAbout(i int) bool {
	return i == s.t.SentenceOf(i).First && s.t.Tok(i).IsIngForm() && s.link(i+1) == "topic"
}

// contrasted reports whether the event word that ends before token end is
// set against another thing after a comma and a word of event-links.tsv
// that contrasts: "a change of command, not a change of strategy" is a
// figure of speech, no event.
func (s *eventState) contrasted(end int) bool {
	return s.t.Norm(end) == "," && s.link(end+1) == "contrast"
}

// placedTopic reports whether the event m, named or told by its word, in
// a participle clause that opens its sentence and tells what is talked
// about, is placed right after its name: "Looking ahead to the NATO
// Summit in The Hague in June, ..." names the summit, and "Reflecting on
// the leaders' meeting in London last December, ..." tells of a meeting,
// each an event of its own with its place (its people are not the
// sentence's).
func (s *eventState) placedTopic(m Mention) bool {
	if !s.topicOpening(m.First) || s.t.Norm(m.Limit) != "in" {
		return false
	}
	pm := s.ms.StartingAt(skipThe(s.t, s.ms, m.Limit+1), KPlace)
	return pm != nil && s.isPlace(pm)
}

// topicOpening reports whether the event word at i stands in a participle
// clause that opens its sentence with a word of event-links.tsv that gives
// what is talked about, before the clause's comma: "Reflecting on last
// year's summit in Rome, she said ...", "Looking ahead to the next
// meeting in Oslo, he called it ...": the event is a topic.
func (s *eventState) topicOpening(i int) bool {
	if i < 0 || i >= len(s.t.Tokens) {
		return false
	}
	sent := s.t.SentenceOf(i)
	if s.link(sent.First) != "topic" || !s.t.Tok(sent.First).IsIngForm() {
		return false
	}
	for k := sent.First + 1; k < i; k++ {
		if s.t.Norm(k) == "," {
			return false
		}
	}
	return true
}

// conditional reports whether the verb at i stands in a clause of what
// may happen on a condition, after "if" or "unless" in its clause: "the
// mission can only go ahead if the agreements are signed in time".
func (s *eventState) conditional(i int, sent Sentence) bool {
	for k := i - 1; k >= sent.First; k-- {
		switch n := s.t.Norm(k); {
		case n == "," || n == ";":
			return false
		case s.f.w.conditionals.Has(n):
			return true
		}
	}
	return false
}

// visitorSubject reports whether a named person stands before the verb
// at i in its sentence, or a body opens it and the sentence gives a day:
// "The Deputy Secretary General, Mr X, will be in France", "The Council
// was in Afghanistan from 4 to 6 September 2006" (not "Allied troops were
// in Afghanistan").
func (s *eventState) visitorSubject(i int, sent Sentence) bool {
	for k := sent.First; k < i; k++ {
		if s.People.Named[k] {
			return true
		}
	}
	if s.ms.StartingAt(s.t.PastThe(sent.First), KOrg) == nil {
		return false
	}
	for _, m := range s.ms.In(i, sent.Limit, KDate) {
		if m.Date.Day > 0 {
			return true
		}
	}
	return false
}

// withPerson reports whether a named person follows "with" within a few
// words after the verb at i, before its clause ends: "discussed the
// reforms with President X".
func (s *eventState) withPerson(i int, sent Sentence) bool {
	for k := i + 1; k < sent.Limit && k < i+24; k++ {
		switch s.t.Norm(k) {
		case ",":
			if !s.topicListComma(k, i) {
				return false
			}
		case ";", "that":
			return false
		case "with":
			for j := k + 1; j < sent.Limit && j < k+8; j++ {
				if s.People.Named[j] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// topicListComma reports whether the comma at k parts the topics a verb
// at i takes as its object, which may go on to "with" and a person:
// "discussed Afghanistan, the future challenges and other issues with
// President X". A comma within the verb's first ten words that no pronoun
// or named person, title or style follows does.
func (s *eventState) topicListComma(k, i int) bool {
	return k < i+10 && !s.f.w.pronouns.Has(s.t.Norm(k+1)) && !s.People.Named[k+1] && s.ms.StartingAt(k+1, KRole, KRank, KHonorific, KPerson) == nil
}

// readingHolds reports whether a verb at i is read as the lexicon says it
// must be to report an event.
func (s *eventState) readingHolds(reading string, i int, sent Sentence) bool {
	if reading != "noun" && reading != "title-noun" && strings.HasSuffix(s.t.Norm(i), "ed") && s.f.w.determiners.Value(s.t.Norm(i-1), 0) == "article" {
		return false // "a signed letter": a participle that qualifies a noun
	}
	switch reading {
	case "passive":
		return s.f.w.auxiliaries.Has(s.t.Norm(i - 1))
	case "verb+person":
		// "welcomed the Prime Minister", "addressed the conference"; "was
		// welcomed at the General Staff"
		if s.appeal(i, sent) {
			return false // "called on NATO to keep up its support"
		}
		j := i + 1
		if d := s.ms.StartingAt(j, KDate); d != nil {
			j = d.Limit // "received yesterday Mr X"
		}
		j = s.pastAdjunct(j, sent)
		return s.objectIsPerson(j, sent) || s.objectIsEvent(j, sent) || s.passivePerson(i, sent) // not "is host to"
	case "verb+event":
		return s.objectIsEvent(i+1, sent)
	case "verb+body":
		return s.objectIsBody(i+1, sent)
	case "verb+part":
		return s.t.Norm(i+1) != "in" || s.objectIsEvent(i+2, sent) || s.bodyObject(i+2)
	case "doc":
		return false // read after a document's name, by docEvents
	case "verb+in":
		k := i + 1
		for k < i+3 && s.f.w.copulaAdverbs.Has(s.t.Norm(k)) {
			k++ // "were both in Sarajevo", "was also in Riga"
		}
		return s.matches(s.f.inCity, k) || s.matches(s.f.inCountry, k) && s.visitorSubject(i, sent)
	case "verb+stay":
		return s.stayAt(i, sent)
	case "verb+place":
		for k := i + 1; k < sent.Limit && k <= i+5 && s.t.Norm(k) != ","; k++ {
			// "went to Riga"; "deployed battlegroups to Estonia"
			m, ok := MatchAt(s.f.toPlace, s.t, s.ms, k)
			if p := s.ms.StartingAt(m.Limit); ok && p != nil && s.isPlace(p) {
				return true
			}
		}
		return s.wentAboard(i, sent)
	case "verb+with":
		return s.withPerson(i, sent)
	case "verb+date":
		return s.dayAfterVerb(i, sent)
	}
	return !s.matches(s.f.notLed, i) && !s.ownThingObject(i) && !s.goalObject(i)
}

// goalObject reports whether the verb at i takes for its object, past
// "all", a determiner and up to two words before it, a noun of
// goal-nouns.tsv: "to meet all the challenges it faces", "met the new
// requirements"; something fulfilled, no one met.
func (s *eventState) goalObject(i int) bool {
	k := i + 1
	if s.t.Norm(k) == "all" {
		k++
	}
	if s.f.w.determiners.Has(s.t.Norm(k)) {
		k++
	}
	for limit := k + 3; k < limit && s.t.SameSentence(i, k); k++ {
		tok := s.t.Tok(k)
		if !tok.IsWord() && !tok.IsNumber() && tok.Norm != "%" {
			return false
		}
		if s.f.w.goalNouns.Has(tok.Norm) {
			return true
		}
	}
	return false
}

// pastAdjunct returns the token after an adjunct that commas enclose
// at token j, right after a verb, of seventeen tokens at most ("hosted, for
// the first time at KFOR HQ, the Mayor of X"); or j.
func (s *eventState) pastAdjunct(j int, sent Sentence) int {
	if s.t.Norm(j) != "," {
		return j
	}
	for k := j + 1; k < sent.Limit && k <= j+18; k++ {
		if s.t.Norm(k) == "," {
			return k + 1
		}
	}
	return j
}

// bodyObject reports whether a body, not its possessive, is named at
// token j, past "the": "took part in the North Atlantic Council" (its
// meeting), not "taking part in the Accelerator's programmes".
func (s *eventState) bodyObject(j int) bool {
	m := s.ms.StartingAt(s.t.PastThe(j), KOrg)
	return m != nil && s.t.Norm(m.Limit) != "'s"
}

// objectIsBody reports whether the object from token j on, past "the"
// and the words that qualify it, ends with the head of a body
// (org-heads.tsv) before "of", "at", "in", a comma or the sentence's
// end: "opened the first regional office of DIANA", "inaugurated the
// new Centre".
func (s *eventState) objectIsBody(j int, sent Sentence) bool {
	for k := j; k < sent.Limit && k < j+6; k++ {
		tok := s.t.Tok(k)
		if !tok.IsWord() || s.f.w.placePreps.Has(tok.Norm) || tok.Norm == "of" || tok.Norm == "for" {
			return false
		}
		if s.f.w.orgHeads.Has(upperFirst(tok.Norm)) {
			next := s.t.Norm(k + 1)
			return k+1 >= sent.Limit || next == "of" || next == "for" || next == "," || next == "." || s.f.w.placePreps.Has(next)
		}
	}
	return false
}

// ownThingObject reports whether the verb at i takes for its object a
// thing its subject or a country owns, a possessive and a noun that names
// no one: "to meet its pledges", "met their targets", "to meet Iceland's
// peacetime preparedness needs"; not "met his counterpart".
func (s *eventState) ownThingObject(i int) bool {
	first := i + 2
	if m := s.ms.StartingAt(i+1, KPlace, KOrg); m != nil && s.t.Possessive(m.Limit) {
		first = m.Limit + 1 // "to meet Iceland's peacetime preparedness needs"
	} else if s.f.w.determiners.Value(s.t.Norm(i+1), 0) != "possessive" {
		return false
	}
	for k := first; k < first+3 && s.t.SameSentence(i, k); k++ {
		tok := s.t.Tok(k)
		if !tok.IsWord() || tok.IsCap() || s.People.At[k] != "" {
			return false
		}
		w := strings.TrimSuffix(tok.Norm, "s")
		if s.f.w.roleHeads.Has(tok.Text) || s.f.w.roleHeads.Has(w) || s.f.w.personNouns.Has(tok.Norm) || s.f.w.groupNouns.Has(tok.Text) || s.f.w.audienceNouns.Has(tok.Norm) {
			return false // "his counterpart", "their Allies", "its members"
		}
		if !s.f.w.roleMods.Has(tok.Text) {
			return true // the noun: "pledges", "targets"
		}
	}
	return false
}

// passivePerson reports whether the verb at i, one that takes a person
// as its object, is passive and its sentence names a person who is
// welcomed or addressed, or who does so: "He was welcomed at the General
// Staff", "the Council was addressed by Minister X"; but no unnamed
// guests alone ("Guests were welcomed upon arrival", "the committees
// will be addressed by guest speakers") make a meeting or a speech.
func (s *eventState) passivePerson(i int, sent Sentence) bool {
	if !s.f.w.auxiliaries.Has(s.t.Norm(i-1)) || !strings.HasSuffix(s.t.Norm(i), "ed") || s.t.Norm(i-2) == "to" {
		return false // not "issues that need to be addressed"
	}
	if s.namesPerson(sent) {
		return true
	}
	m := s.ms.At(i - 2) // "General X was received": a name the text gives once only
	return s.t.Tok(i-2).IsCap() && (m == nil || m.Is(KPerson, KRank, KRole))
}

// appeal reports whether the verb at i asks its object to act: "to" and
// a word in lower case follow it within a few words, before a comma
// ("called on NATO to keep up its support", not "called on the County
// Governor, Ms X", "welcomed the Minister to NATO Headquarters",
// "welcomed General X to his new post").
func (s *eventState) appeal(i int, sent Sentence) bool {
	for k := i + 1; k < sent.Limit && k <= i+5 && s.t.Norm(k) != ","; k++ {
		if s.t.Norm(k) == "to" && s.t.Tok(k+1).IsWord() && !s.t.Tok(k+1).IsCap() && !s.f.w.determiners.Has(s.t.Norm(k+1)) && s.ms.At(k+1) == nil {
			return true
		}
	}
	return false
}

// wentAboard reports whether the verb of motion at i is followed, right
// after "on board" or "aboard", by a ship's name: "went on board the
// Ukrainian command ship Hetman Sahaidachnyi" is a visit to the ship.
func (s *eventState) wentAboard(i int, sent Sentence) bool {
	if s.t.Norm(i+1) != "aboard" && !(s.t.Norm(i+1) == "on" && s.t.Norm(i+2) == "board") {
		return false
	}
	for k := i + 2; k < sent.Limit && k <= i+8; k++ {
		if s.f.w.boardedShip(s.t, k) {
			return true
		}
	}
	return false
}

// dayAfterVerb reports whether a day's date follows the verb at i within
// a few words, before a comma, with no person or event between: "Finland
// joined the Alliance on 4 April 2023", not "joined the meeting on 4
// April" or "joined President X on 4 April".
func (s *eventState) dayAfterVerb(i int, sent Sentence) bool {
	for k := i + 1; k < sent.Limit && k <= i+5 && s.t.Norm(k) != ","; k++ {
		if m := s.ms.StartingAt(k, KDate); m != nil {
			return m.Date.Day > 0
		}
		if s.People.At[k] != "" || s.ms.StartingAt(k, KRole, KRank, KHonorific) != nil || s.eventObject(k, Sentence{First: k, Limit: k + 1}, false) {
			return false
		}
	}
	return false
}

// stayAt reports whether a place follows "in" or "at" within a few words
// after a verb at i: "spent Friday in the Netherlands", "spent two days
// at Allied Command Operations".
func (s *eventState) stayAt(i int, sent Sentence) bool {
	for k := i + 1; k < sent.Limit && k <= i+5; k++ {
		if n := s.t.Norm(k); n != "in" && n != "at" {
			continue
		}
		m := s.ms.StartingAt(skipThe(s.t, s.ms, k+1))
		return m != nil && s.isPlace(m)
	}
	return false
}

// matches reports whether pattern p matches at token i.
func (s *eventState) matches(p Pattern, i int) bool {
	_, ok := MatchAt(p, s.t, s.ms, i)
	return ok
}

// objectIsPerson reports whether a person, a post or a group of people
// follows at i ("welcomed the Prime Minister", "hosted Allied Defence
// Ministers", "welcomed Mr X").
func (s *eventState) objectIsPerson(i int, sent Sentence) bool {
	for k := i; k < sent.Limit && k < i+4; k++ {
		if s.People.At[k] != "" || s.ms.StartingAt(k, KRole, KRank, KHonorific, KPostAcr) != nil || s.f.w.groupNouns.Has(s.t.Tokens[k].Text) {
			return !s.possessedThing(k, sent)
		}
		if o := s.ms.StartingAt(k, KOrg); o != nil {
			// "hosts the EU Military Staff": a body's delegation; not
			// "welcomed the European Union's measures", nor "host NATO
			// detachments", the body's forces
			if tok := s.t.Tok(o.Limit); tok.IsWord() && !tok.IsCap() && s.f.w.forceNouns.Has(tok.Norm) {
				return false
			}
			return s.t.Norm(o.Limit) != "'s" || s.eventObject(o.Limit+1, sent, false)
		}
		if s.pressObject(k) || s.countedPeople(k, sent) || !s.t.Tok(k).IsCap() && s.f.w.unitNouns.Has(s.t.Norm(k)) {
			return true // "hosted a delegation from Poland's Parliament"; not "received command of the group"
		}
		country := s.ms.StartingAt(k, KPlace) != nil && s.f.g.Country(s.ms.StartingAt(k, KPlace).Key) != nil
		if n := s.t.Norm(k); n != "the" && n != "a" && n != "an" && !(n == "with" && k == i) && !s.f.w.roleMods.Has(n) && s.ms.StartingAt(k, KDemonym) == nil && !country {
			return false // not "the", a modifier, a demonym or a country before a title: "welcomes US Secretary of State"
		}
		if m := s.ms.StartingAt(k); m != nil {
			k = m.Limit - 1
		}
	}
	return false
}

// countedPeople reports whether a number at token k counts people a few
// words on, a lower-case title's head in the plural or a noun for people:
// "hosted 29 NATO-accredited Centre of Excellence directors".
func (s *eventState) countedPeople(k int, sent Sentence) bool {
	if tok := s.t.Tok(k); !tok.IsNumber() && s.f.w.numbers.Value(tok.Norm, 1) != "cardinal" {
		return false
	}
	for j := k + 1; j < sent.Limit && j <= k+7; j++ {
		tok := s.t.Tok(j)
		if tok.Norm == "-" && !tok.SpaceBefore {
			continue // "NATO-accredited"
		}
		if !tok.IsWord() || s.f.w.smallWord(tok.Norm) && tok.Norm != "of" {
			return false // but "29 Centre of Excellence directors"
		}
		one, plural := strings.CutSuffix(tok.Text, "s")
		if !tok.IsCap() && (plural && s.f.w.roleHeads.Has(one) || s.f.w.audienceNouns.Has(tok.Norm)) {
			return true
		}
	}
	return false
}

// possessedThing reports whether the person or post at k owns the object
// with "'s" and what is owned is not an event: "welcomed the Prime
// Minister's leadership" praises the leadership, while "welcomed the
// Minister's visit" still reports the visit.
func (s *eventState) possessedThing(k int, sent Sentence) bool {
	end := k + 1
	if m := s.ms.StartingAt(k); m != nil {
		end = m.Limit
	}
	for end < sent.Limit && s.People.At[end] != "" && s.People.At[end] == s.People.At[k] {
		end++
	}
	for end < sent.Limit && s.ms.StartingAt(end, KPerson) != nil {
		end = s.ms.StartingAt(end, KPerson).Limit // "the Prime Minister Jonas Støre's"
	}
	return s.t.Norm(end) == "'s" && !s.eventObject(end+1, sent, false)
}

// pressObject reports whether the press is the object at k: a lower-case
// noun of press-nouns.tsv that ends its phrase ("Addressing the media at
// NATO Headquarters", "briefed journalists."), not one before another
// noun ("welcomed press reports").
func (s *eventState) pressObject(k int) bool {
	tok := s.t.Tok(k)
	if tok.IsCap() || !s.f.w.pressNouns.Has(tok.Norm) {
		return false
	}
	next := s.t.Tok(k + 1)
	return !next.IsWord() || next.IsCap() || s.f.w.placePreps.Has(next.Norm) || s.f.w.connectors.Has(next.Norm)
}

// objectIsEvent reports whether an event word follows at i ("held talks",
// "hosted a conference"), or a named event or document ("signed the
// Treaty").
func (s *eventState) objectIsEvent(i int, sent Sentence) bool { return s.eventObject(i, sent, true) }

// eventObject reports whether an event word or a named event, or with
// docs a named document, follows within a few words at i, before a word
// that links to another event and not in the complement of another noun
// (partitives.tsv).
func (s *eventState) eventObject(i int, sent Sentence, docs bool) bool {
	if k := s.t.PastThe(i); isOpenQuote(s.t.Norm(k)) && s.t.Tok(k+1).IsCapWord() {
		return true // "opened “NATO Talk around the Brandenburger Tor”": a named event
	}
	for k := i; k < sent.Limit && k < i+5; k++ {
		if s.link(k) == "another" {
			return false // "was opened only during the visit": the visit is another event
		}
		if s.t.Norm(k) == "of" && k > i && !s.f.w.partitives.Has(s.t.Norm(k-1)) {
			return false // "holds overall command of the operation"; but "held a series of meetings"
		}
		if e, ok := s.f.w.eventWords.Lookup(s.t.Norm(k)); ok && e.Value(1) == "noun" {
			return true
		}
		for _, n := range s.Named {
			if k >= n.First && k < n.Limit && (docs && n.First == k || n.Kind == KEvent) {
				return true
			}
		}
	}
	return false
}

// sentence returns the event candidates of sentence si.
func (s *eventState) sentence(si int, sent Sentence) []*evCand {
	kind, trig := s.trigger(si, sent)
	lead := false
	if _, n := s.f.w.commandChanges.MatchAt(s.t.Tokens, trig); kind == "change of command" && n == 0 && !s.namesPerson(sent) {
		kind, trig = "", -1 // "NATO took command of all operations for Libya": no one's command changed
	}
	timeOnly := s.isTimeLine(sent) || s.untimedVenue(sent) > 0 || s.underTimeLine(si, sent)
	if kind == "" && s.t.Opening(si) && s.opensWithDateline(sent) && !s.onlyDateline(sent) {
		kind, trig, lead = "event", sent.First, true
	}
	if kind == "" {
		return append(append(s.noTrigger(si, sent), s.happenings(si, sent, -1)...), s.daysOf(nil, si, sent)...)
	}
	ev := eventIn(kind, sent)
	if lead && len(s.ms.In(sent.First, sent.Limit, KDate)) == 1 {
		s.leads = append(s.leads, ev) // the dateline's date is the sentence's only one
	}
	c := &evCand{ev: ev, sent: si, trig: trig, timeOnly: timeOnly, title: si == 0, next: s.next(sent, trig), quoted: s.inQuote(sent, trig) && !s.f.w.happening(kind)}
	others := s.nameEvent(c, si, trig)
	c.definite = s.definiteWord(c, trig)
	quoted := s.quotedTokens(sent)
	owned := s.happeningTokens(sent, trig)
	s.owned = owned
	clause := s.clauseEnd(trig, sent)
	c.endOnly = s.dates(ev, si, others, s.datesOff(c, sent, clause, quoted), s.clauseStart(trig, sent)) && ev.Start.IsZero()
	c.endOnly = s.lasting(c, sent)
	s.undatedStart(c, si, sent, timeOnly)
	s.place(c, sent, trig, quoted)
	if timeOnly && s.labelVenue != "" && s.Entities.PlaceKind(ev.Location) != natokg.Venue {
		ev.Location = s.labelVenue // "Location: Half Moone Cruise and Celebration Center" under the programme
	}
	s.owned = nil
	if !s.praisedExercise(ev, sent, trig) {
		own := s.ownClause(sent, clause)
		own.First = s.peopleClauseStart(trig, sent) // "X and Y discussed ..., and Allies will meet in London": not X's nor Y's
		s.attendees(ev, own)
	}
	if s.f.w.unattended(ev.Kind) && s.f.w.determiners.Value(s.t.Norm(trig-1), 0) != "possessive" {
		s.lateFrom(si, sent) // "X briefed the general on the mission in the Indian Ocean", not "congratulated X on his election"
	}
	s.organisers(ev, sent, trig)
	var out []*evCand
	if !s.noHappening(c, si, sent, trig, timeOnly) {
		out = []*evCand{c}
	}
	out = append(out, s.moreEvents(c, si, sent, trig, clause, owned, quoted, others, out != nil)...)
	return append(out, s.happenings(si, sent, trig)...)
}

// undatedStart gives candidate c's event the date its own happening, an
// ordinal day, a dateline on its own line or a programme's day gives,
// where its sentence gave none.
func (s *eventState) undatedStart(c *evCand, si int, sent Sentence, timeOnly bool) {
	ev, trig, kind := c.ev, c.trig, c.ev.Kind
	s.ownHappeningDate(ev, trig, sent)
	if ev.Start.IsZero() {
		ev.Start = s.ordinalDay(sent) // "On the second day, ministers met ..."
	}
	if d := s.dateLineBefore(si, sent); ev.Start.IsZero() && d != nil && !s.f.w.happening(kind) {
		ev.Start, ev.End = d.Date, d.End // "4 April 2008" on a line of its own, then "The Council met in Bucharest."
		s.leads = append(s.leads, ev)
	}
	if timeOnly && ev.Start.IsZero() {
		ev.Start = s.scheduleDate
	}
}

// noHappening reports whether candidate c, read from sentence si, tells
// of no happening of its own: nothing dated, placed or attended; a habit;
// a bare plural of happenings; a comparison.
func (s *eventState) noHappening(c *evCand, si int, sent Sentence, trig int, timeOnly bool) bool {
	ev := c.ev
	if ev.Start.IsZero() && ev.Location == "" && len(ev.Attendees) == 0 && !c.named && !timeOnly && si > 0 && ev.Kind != "statement" && !s.afterScene(si) {
		return true
	}
	if !c.named && s.f.w.generic(ev.Kind) && s.habitual(sent) {
		return true // "Twice a year, the Committee meets at NATO Headquarters"
	}
	if !c.named && s.f.w.happening(ev.Kind) && ev.Start.IsZero() && s.barePlural(trig) {
		return true // "citing terrorist attacks in Europe and North America": no one happening
	}
	if !c.named && s.comparedSince(trig, sent) {
		return true // "Canada's largest troop deployment in Europe since the Cold War": a comparison, no happening
	}
	return false
}

// careerFact reports whether sentence sent tells a step of a person's
// career: a pronoun opens it as its subject, a verb of a career
// (career-verbs.tsv) follows with no more than an auxiliary or an adverb
// between, and it names no date: "He was deployed in Kosovo (one tour)",
// "He graduated military courses in Fort Benning". What it names
// happened before the release, not in it.
func (s *eventState) careerFact(sent Sentence) bool {
	if s.f.w.pronouns.Value(s.t.Norm(sent.First), 1) != "subject" {
		return false
	}
	for k := sent.First + 1; k < sent.Limit && k <= sent.First+3; k++ {
		if s.f.w.careerVerbs.Has(s.t.Norm(k)) {
			return len(s.ms.In(sent.First, sent.Limit, KDate)) == 0
		}
		if !s.t.Tok(k).IsWord() || s.t.Tok(k).IsCap() {
			return false
		}
	}
	return false
}

// moreEvents returns the events that sentence si tells of beside
// candidate c's: a stop, more places, the clauses after its own
// ("where", "and then", a participle, "with", "followed by", its days,
// "closed with", an earlier happening, a linked event, a second verb), and
// the events it names.
func (s *eventState) moreEvents(c *evCand, si int, sent Sentence, trig, clause int, owned, quoted map[int]bool, others []Mention, kept bool) []*evCand {
	ev := c.ev
	var out []*evCand
	where := s.whereCut(sent, trig, clause)
	if c.stop != "" {
		stop := *c.ev
		stop.Location, stop.Attendees = c.stop, append([]string(nil), c.ev.Attendees...)
		out = append(out, &evCand{ev: &stop, sent: si, trig: trig, split: true})
	}
	out = append(out, s.alsoAt(c, Sentence{First: sent.First, Limit: where, Start: sent.Start, End: sent.End}, owned)...)
	if s.f.w.happening(ev.Kind) && (kept || len(out) > 0) {
		out = append(out, s.listedPlaces(c, trig, sent)...) // "the mission in Afghanistan, Iraq and Kosovo"
	}
	out = append(out, s.whereClauses(c, si, sent, trig)...)
	if c2 := s.nextClause(c, si, sent, clause); c2 != nil {
		out = append(out, c2)
	}
	if c2 := s.gerundClause(c, si, sent, trig); c2 != nil {
		out = append(out, c2)
	}
	if c2 := s.withStop(c, si, sent, clause); c2 != nil {
		out = append(out, c2)
	}
	out = append(out, s.followedBy(c, si, sent, trig)...)
	out = append(out, s.daysOf(c, si, sent)...)
	if c2 := s.closedWith(c, si, sent); c2 != nil {
		out = append(out, c2)
	}
	if c2 := s.earlier(si, sent, clause); c2 != nil {
		out = append(out, c2)
	}
	if c2 := s.linkedEvent(si, sent, trig); c2 != nil {
		out = append(out, c2)
	} else if c2 := s.visitOccasion(c, si, sent, trig); c2 != nil {
		out = append(out, c2)
	}
	if c2 := s.andVerb(c, si, sent, trig, clause); c2 != nil {
		out = append(out, c2)
	}
	for _, m := range others {
		if pm, _ := s.passingPhrase(m.First, trig, sent); pm != nil {
			continue // passingEvents tells of it
		}
		if o := s.namedEvent(m, sent, quoted, false); o != nil {
			if s.heldAtNamed(trig, m) {
				shareNamed(c, o)
			}
			out = append(out, o)
		}
	}
	return out
}

// definiteWord reports whether unnamed candidate c's trigger word is
// its kind's bare noun after a definite determiner ("The exercise is part
// of ...", "this exercise"): a reference to an event told before.
func (s *eventState) definiteWord(c *evCand, trig int) bool {
	if c.named || trig < 1 {
		return false
	}
	words := strings.Fields(c.ev.Kind)
	for _, first := range []int{trig, trig - len(words) + 1} { // the kind's words open or end at the trigger: "the panel discussion"
		same := true
		for k, w := range words {
			same = same && s.t.Norm(first+k) == w
		}
		if d := s.t.Norm(first - 1); same && (d == "the" || d == "this" || s.thisBefore(first)) {
			return true
		}
	}
	return false
}

// thisBefore reports whether "this" stands a few words before token i,
// with only words no mention or event word claims between: "This
// bi-annual KFOR-led exercise" is the exercise told before.
func (s *eventState) thisBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7 && s.t.SameSentence(k, i); k-- {
		switch n := s.t.Norm(k); {
		case n == "this":
			return k < i-1
		case n == "-" || n == "led":
		case !s.t.Tok(k).IsWord() || s.f.w.eventWords.Has(n):
			return false
		}
	}
	return false
}

// heldAtNamed reports whether the trigger's event happens at event m,
// "at" it right after the trigger or its object: "spoke at the Warsaw
// Security Forum", "gave a speech at a public diplomacy conference in
// Amman".
func (s *eventState) heldAtNamed(trig int, m Mention) bool {
	k := trig + 1
	if o := s.object(trig); o >= 0 {
		k = o + 1 // "gave a speech at the Forum"
	}
	for start := k; k < start+2 && s.t.Norm(k) != "at" && s.t.Tok(k).IsWord() && !s.t.Tok(k).IsCap() && s.ms.At(k) == nil; {
		k++ // "a keynote speech at", "a keynote address at"
	}
	if s.t.Norm(k) != "at" {
		return false
	}
	j := k + 1
	for j < m.First && j < k+5 && !s.t.Tok(j).IsCap() && s.ms.At(j) == nil {
		j++ // "at a public diplomacy conference"
	}
	return j == m.First
}

// shareNamed gives an event c that happens at named event o that event's
// place, where its sentence gives it only the dateline's, and its date;
// c's attendees attend o too.
func shareNamed(c, o *evCand) {
	if (c.ev.Location == "" || c.soft) && o.ev.Location != "" {
		c.ev.Location, c.soft = o.ev.Location, false
	}
	if c.ev.Start.IsZero() {
		c.ev.Start, c.ev.End = o.ev.Start, o.ev.End
	}
	for _, a := range c.ev.Attendees {
		addAlias(&o.ev.Attendees, a)
	}
}

// lasting gives c the days its sentence says it lasts ("a three-day
// visit") from the one date it has: its first day, or its last where the
// sentence says it ended ("concluded a two-day visit today"). It returns
// whether c still has only its last day.
func (s *eventState) lasting(c *evCand, sent Sentence) bool {
	n, ended := s.lengthInDays(sent)
	ev := c.ev
	switch {
	case n < 2:
	case c.endOnly && ev.End.Day > 0:
		ev.Start = ev.End.AddDays(1 - n)
		return false
	case ended && ev.Start.Day > 0 && ev.End.IsZero():
		ev.Start, ev.End = ev.Start.AddDays(1-n), ev.Start // "concluded a three-day visit today"
	case ev.Start.Day > 0 && ev.End.IsZero():
		ev.End = ev.Start.AddDays(n - 1)
	}
	return c.endOnly
}

// lengthInDays returns the days an "N-day" phrase of sentence sent gives
// ("a three-day visit", "2-day", "two days of talks"), or 0, and whether a verb right before
// it says the event ended ("concluded a two-day visit").
func (s *eventState) lengthInDays(sent Sentence) (n int, ended bool) {
	for i := sent.First; i+2 < sent.Limit; i++ {
		if !(s.t.Norm(i+1) == "-" && s.t.Norm(i+2) == "day") && !(s.t.Norm(i+1) == "days" && s.t.Norm(i+2) == "of") && !(s.t.Norm(i+1) == "day" && s.t.Norm(i-1) == "a") {
			continue // "a two-day visit", "two days of talks", "a two day visit"
		}
		if n = s.f.w.cardinal(s.t.Norm(i)); n > 1 && n < 32 {
			for k := i - 1; k >= i-3 && k >= sent.First; k-- {
				ended = ended || s.f.w.phaseVerbs.Value(s.t.Norm(k), 0) == "end"
			}
			for k := i + 3; k < sent.Limit && ended; k++ {
				ended = s.f.w.phaseVerbs.Value(s.t.Norm(k), 0) != "start" // "closed the four-day session, which had opened on 25 May": its date is its first day
			}
			return n, ended
		}
	}
	return 0, false
}

// namesPerson reports whether sentence sent refers to a person.
func (s *eventState) namesPerson(sent Sentence) bool {
	for i := sent.First; i < sent.Limit; i++ {
		if s.People.At[i] != "" {
			return true
		}
	}
	return false
}

// habitual reports whether sentence sent says what happens as a rule: a
// meeting it reports is none in particular.
func (s *eventState) habitual(sent Sentence) bool {
	for i := sent.First; i < sent.Limit; i++ {
		if _, n := s.f.w.habitual.MatchAt(s.t.Tokens, i); n > 0 {
			return true
		}
	}
	return false
}

// whereClauses returns the events of relative clauses on a place that
// report one of their own: "travelling on from Seoul, where he holds
// talks with the leadership on 29 and 30 January".
func (s *eventState) whereClauses(main *evCand, si int, sent Sentence, trig int) []*evCand {
	var out []*evCand
	for i := sent.First + 2; i < sent.Limit; i++ {
		pm := s.whereOpens(i)
		if pm == nil || trig > i {
			continue
		}
		end := s.whereEnd(i, sent)
		parts := s.conjuncts(i+1, end)
		for n, part := range parts {
			c := s.clauseEvent(Sentence{First: part[0], Limit: part[1], Start: sent.Start, End: sent.End}, si)
			if c == nil {
				continue
			}
			if n > 0 {
				for _, key := range s.subjectBefore(parts[0][0], parts[0][1]) {
					addAlias(&c.ev.Attendees, key) // "where he held talks with A and was received by B": he, both times
				}
			}
			c.ev.Location = pm.Key
			if v := s.clauseVenue(part[0], part[1]); v != "" {
				c.ev.Location = v // "where he met X at the Stenbock House": there
				if main.ev.Location == v {
					main.ev.Location = pm.Key // the journey's place is the one "where" speaks of
				}
			}
			if c.ev.Start.IsZero() {
				for _, dm := range s.ms.In(sent.First, i, KDate) {
					if dm.Date.Day > 0 && (dm.End.IsZero() || dm.End == dm.Date) && !s.datelineDate(sent, dm) {
						c.ev.Start = dm.Date // "On 5 May, he will visit AIRCOM in Ramstein, where he will meet": that day
					}
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// whereCut returns where the trigger's clause (ending at clause) ends for
// its attendees and further places: at the ", where" after the trigger
// whose relative clause reports an event of its own (whereClauses), since
// the people and venues of that clause are its event's ("visited Italy,
// where he held talks with the Prime Minister at Palazzo Chigi": not a
// visitor, not a stop of the visit); else clause.
func (s *eventState) whereCut(sent Sentence, trig, clause int) int {
	for i := max(trig, sent.First) + 2; i < clause; i++ {
		if s.whereOpens(i) == nil {
			continue
		}
		if s.clauseEvent(Sentence{First: i + 1, Limit: s.whereEnd(i, sent), Start: sent.Start, End: sent.End}, 0) != nil {
			return i - 1
		}
	}
	return clause
}

// whereOpens returns the place that the ", where" at token i speaks of
// (whereAntecedent), or the place right before a "where" with no comma
// ("the Decani monastery where he met the Abbot"), or nil where token i
// opens no such clause.
func (s *eventState) whereOpens(i int) *Mention {
	if s.t.Norm(i) != "where" {
		return nil
	}
	if s.t.Norm(i-1) != "," {
		if pm := s.ms.EndingAt(i, KPlace); pm != nil && s.isPlace(pm) {
			return pm
		}
		return nil
	}
	return s.whereAntecedent(i)
}

// whereEnd returns the end of the relative clause that the "where" at
// token i opens: the next semicolon or "where", or the sentence's end.
func (s *eventState) whereEnd(i int, sent Sentence) int {
	end := i + 1
	for end < sent.Limit && s.t.Norm(end) != ";" && s.t.Norm(end) != "where" {
		end++
	}
	return end
}

// conjuncts splits the clause [first, limit) at an "and" that opens a
// second predicate of its subject, with an event of its own ("he held
// talks with A at X and was received by B at Y"): not "and" before a
// person or a capitalised word ("met A and B"), nor one before words
// that report no event ("talks and a dinner").
func (s *eventState) conjuncts(first, limit int) [][2]int {
	for k := first + 2; k+1 < limit; k++ {
		if s.t.Norm(k) != "and" || s.People.At[k+1] != "" || s.t.Tok(k+1).IsCap() {
			continue
		}
		if s.clauseEvent(Sentence{First: k + 1, Limit: limit}, 0) != nil && s.clauseEvent(Sentence{First: first, Limit: k}, 0) != nil {
			return [][2]int{{first, k}, {k + 1, limit}}
		}
	}
	return [][2]int{{first, limit}}
}

// subjectBefore returns the people the clause [first, limit) names before
// its first word of an event: its subject ("he", resolved).
func (s *eventState) subjectBefore(first, limit int) []string {
	var out []string
	for k := first; k < limit; k++ {
		if e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, k); n > 0 && e.Value(1) != "noun" && e.Value(1) != "title-noun" {
			break
		}
		if key := s.People.At[k]; key != "" {
			out = append(out, key)
		}
	}
	return out
}

// clauseVenue returns the venue a where clause's event happens at, after
// "at" in the clause [first, limit): "where he met the Prime Minister at
// the Stenbock House"; or "".
func (s *eventState) clauseVenue(first, limit int) string {
	for k := first; k+1 < limit; k++ {
		if s.t.Norm(k) != "at" {
			continue
		}
		m := s.ms.StartingAt(s.t.PastThe(k+1), KPlace, KOrg)
		if m != nil && m.Limit <= limit && s.isPlace(m) && (m.Kind == KOrg || s.Entities.PlaceKind(m.Key) == natokg.Venue) {
			return m.Key
		}
	}
	return ""
}

// whereAntecedent returns the place a ", where" at token i speaks of: the
// place just before it ("Carlisle, Pennsylvania, where"), past the day
// of the journey ("travelled to Estonia on Thursday, where", "visited
// Italy on Tuesday (5 November 2024), where"); the venue
// a town only locates ("Værnes Air Station near Trondheim, where", "the
// 32nd Tactical Air Base in Łask, where"); nil where no place stands
// there.
func (s *eventState) whereAntecedent(i int) *Mention {
	j := i - 1 // the comma: mentions that end there end at j
	if s.t.Norm(j-1) == ")" && s.ms.EndingAt(j-1, KDate) != nil {
		j-- // "visited Italy on Tuesday (5 November 2024), where"
	}
	if dm := s.ms.EndingAt(j, KDate); dm != nil {
		j = dm.First
		if s.t.Norm(j-1) == "on" {
			j-- // "to Estonia on Thursday, where"
		}
	}
	pm := s.ms.EndingAt(j, KPlace)
	if pm == nil || !s.isPlace(pm) {
		return nil
	}
	if prev := s.ms.EndingAt(pm.First-1, KPlace); prev != nil && s.t.Norm(pm.First-1) == "," {
		pm = prev // "Carlisle, Pennsylvania, where"
	}
	if near := s.placeNear(pm); near != nil {
		return near // "Værnes Air Station near Trondheim, where": the station
	}
	if s.t.Norm(pm.First-1) == "in" {
		if venue := s.ms.EndingAt(pm.First-1, KPlace, KOrg); venue != nil && s.isPlace(venue) && (venue.Kind == KOrg || s.Entities.PlaceKind(venue.Key) == natokg.Venue) {
			return venue // "the 32nd Tactical Air Base in Łask, where": the base
		}
	}
	return pm
}

// placeNear returns the place that place mention m only locates, as the
// place before "near" (perhaps after a comma): "Værnes Air Station near
// Trondheim", "Ādaži Culture Centre, near Riga"; nil if m follows no such
// place.
func (s *eventState) placeNear(m *Mention) *Mention {
	k := m.First - 1
	if n := s.t.Norm(k); n == "at" || n == "in" {
		return s.venueBefore(k) // "the Joint Training and Evaluation Centre at Krtsanisi, where"
	}
	if s.t.Norm(k) != "near" {
		return nil
	}
	if s.t.Norm(k-1) == "," {
		k--
	}
	if prev := s.ms.EndingAt(k, KPlace, KOrg); prev != nil && s.isPlace(prev) {
		return prev
	}
	return nil
}

// venueBefore returns the venue that ends right before token k ("at" or
// "in" before a town), past the venue's acronym in brackets: a body with
// a seat or a place of kind venue, which the town after it only locates
// ("the Joint Training and Evaluation Centre (JTEC) at Krtsanisi");
// nil if there is none.
func (s *eventState) venueBefore(k int) *Mention {
	if s.t.Norm(k-1) == ")" && s.t.Norm(k-3) == "(" {
		k -= 3
	}
	prev := s.ms.EndingAt(k, KPlace, KOrg)
	if prev == nil || !s.isPlace(prev) || prev.Kind == KPlace && s.Entities.PlaceKind(prev.Key) != natokg.Venue {
		return nil
	}
	return prev
}

// andVerb returns the event a second verb of the trigger's subject
// reports after "and": "She met President X and held a joint press
// conference with Prime Minister Y"; "met the Secretary General and
// addressed the North Atlantic Council". It happens on the first
// event's day, at its own place or the first event's, with the subject.
func (s *eventState) andVerb(c *evCand, si int, sent Sentence, trig, end int) *evCand {
	if c.quoted || c.title || trig < sent.First {
		return nil
	}
	if e, ok := s.f.w.eventWords.Lookup(s.t.Norm(trig)); !ok || e.Value(1) == "noun" || e.Value(1) == "title-noun" {
		return nil // a verb's event only: "the meeting ... and" is a list
	}
	for k := trig + 1; k+1 < end; k++ {
		if s.t.Norm(k) != "and" || s.People.At[k+1] != "" || s.t.Tok(k+1).IsCap() {
			continue // "met A and B": one event; "and he spoke": the next clause's
		}
		j := k + 1
		if s.f.w.eventLinks.Value(s.t.Norm(j), 0) == "next" {
			j++ // "and then held", "and also addressed"
		}
		c2 := s.clauseEvent(Sentence{First: j, Limit: end, Start: sent.Start, End: sent.End}, si)
		if c2 == nil || c2.ev.Kind == c.ev.Kind || s.f.w.eventWords.Value(s.t.Norm(j), 1) == "noun" {
			return nil
		}
		c2.ev.Start, c2.ev.End = c.ev.Start, c.ev.End
		if c2.ev.Location = s.sentencePlace(Sentence{First: j, Limit: end, Start: sent.Start, End: sent.End}, nil); c2.ev.Location == "" {
			c2.ev.Location = c.ev.Location
		} else if own := s.sentencePlace(Sentence{First: sent.First, Limit: s.whereCut(sent, trig, k), Start: sent.Start, End: sent.End}, nil); own != "" {
			c.ev.Location = own // "visited Prizren and met the Mayor at the City Hall": the visit is to Prizren
		}
		for i := sent.First; i < trig; i++ {
			if key := s.People.At[i]; key != "" {
				addAlias(&c2.ev.Attendees, key) // the subject
			}
		}
		c2.split = true
		return c2
	}
	return nil
}

// earlier returns the earlier event that a link of kind "follows" names
// where the trigger's clause ends at end, with its own place and date:
// "The visit follows the signing of the Accession Protocol in Brussels in
// February".
func (s *eventState) earlier(si int, sent Sentence, end int) *evCand {
	if end >= sent.Limit || s.f.w.eventLinks.Value(s.t.Norm(end), 0) != "follows" {
		return nil
	}
	for j := end + 1; j < sent.Limit && j <= end+4; j++ {
		e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, j)
		if n == 0 || e.Value(1) != "noun" {
			continue
		}
		rest := Sentence{First: j + n, Limit: sent.Limit, Start: sent.Start, End: sent.End}
		ev := eventIn(e.Value(0), sent)
		ev.Location = s.sentencePlace(rest, nil)
		ev.Start, ev.End = s.firstDate(rest.First, rest.Limit)
		if ev.Location == "" && ev.Start.IsZero() {
			return nil
		}
		return &evCand{ev: ev, sent: si, split: true}
	}
	return nil
}

// phraseEnd returns the end of the phrase of an event noun that ends at
// k: the next comma or semicolon, or the end of a relative clause on it
// after ", which" ("ahead of the informal meeting of foreign ministers,
// which Norway hosts in Oslo on 31 May and 1 June").
func (s *eventState) phraseEnd(k int, sent Sentence) int {
	end := k
	for end < sent.Limit && s.t.Norm(end) != "," && s.t.Norm(end) != ";" {
		end++
	}
	if end+1 < sent.Limit && s.t.Norm(end) == "," && s.t.Norm(end+1) == "which" {
		return s.phraseEnd(end+2, sent)
	}
	return end
}

// linkedEvent returns the event that an event noun after a link of kind
// "another" names, where its phrase, up to the next comma, gives it a
// place and a day of its own: "briefed the media ahead of the meeting of
// NATO Defence Ministers to be held in Brussels on 12 and 13 February";
// not the occasion of the event the trigger at trig reports ("signed the
// agreement during a ceremony in Brussels on 3 June").
func (s *eventState) linkedEvent(si int, sent Sentence, trig int) *evCand {
	for k := sent.First; k < sent.Limit; k++ {
		if s.f.w.linkOf(s.t.Norm(k)) != "another" {
			continue
		}
		for j := k + 1; j < sent.Limit && j <= k+4; j++ {
			e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, j)
			if n == 0 || e.Value(1) != "noun" || s.f.w.happening(e.Value(0)) || s.ms.At(j) != nil || s.occasionOf(trig, j) {
				continue
			}
			end := s.phraseEnd(j+n, sent)
			rest := Sentence{First: j + n, Limit: end, Start: sent.Start, End: sent.End}
			ev := eventIn(e.Value(0), sent)
			ev.Location = s.sentencePlace(rest, nil)
			ev.Start, ev.End = s.firstDate(rest.First, rest.Limit)
			if ev.Location == "" || ev.Start.Day == 0 || s.dateInName(rest) {
				return nil
			}
			return &evCand{ev: ev, sent: si, split: true}
		}
		return nil
	}
	return nil
}

// visitOccasion returns the visit that an occasion's link opens before
// the trigger at trig, to a place of its own other than the event's,
// with the event's days and people: "During a two-day visit to Georgia,
// the Secretary General met the President in Tbilisi" tells of a visit
// to Georgia and a meeting in Tbilisi. Else nil.
func (s *eventState) visitOccasion(c *evCand, si int, sent Sentence, trig int) *evCand {
	for k := sent.First; k < trig; k++ {
		if !s.f.w.occasion(s.t.Norm(k)) || !s.t.Tok(k).IsCap() {
			continue // the link opens the sentence, past its dateline: "During ..."
		}
		for j := k + 1; j < trig && j <= k+5; j++ {
			if !s.f.w.visitWord(s.t.Norm(j)) || s.t.Norm(j+1) != "to" {
				continue
			}
			pm := s.ms.StartingAt(skipThe(s.t, s.ms, j+2), KPlace)
			if pm == nil || pm.Key == c.ev.Location || s.t.Norm(pm.Limit) != "," {
				return nil
			}
			ev := eventIn("visit", sent)
			ev.Location, ev.Start, ev.End = pm.Key, c.ev.Start, c.ev.End
			ev.Attendees = append(ev.Attendees, c.ev.Attendees...)
			return &evCand{ev: ev, sent: si, split: true}
		}
		return nil
	}
	return nil
}

// dateInName reports whether the first date of clause cl runs into a
// capitalised word, a name's date and not the event's: "the National
// September 11 Memorial".
func (s *eventState) dateInName(cl Sentence) bool {
	ds := s.ms.In(cl.First, cl.Limit, KDate)
	return len(ds) > 0 && s.t.Tok(ds[0].Limit).IsCapWord()
}

// followedBy returns the events "followed by" names after the trigger,
// on the candidate's day, each at the place that follows its word or at
// the candidate's: "talks at the Prime Minister's Office, followed by
// joint press statements and a working dinner"; "a reception at
// Buckingham Palace, followed by a reception at 10 Downing Street".
func (s *eventState) followedBy(c *evCand, si int, sent Sentence, trig int) []*evCand {
	if c.quoted || c.title {
		return nil
	}
	var out []*evCand
	for k := trig + 1; k+1 < sent.Limit; k++ {
		if s.t.Norm(k) != "followed" || s.t.Norm(k+1) != "by" {
			continue
		}
		for j := k + 2; j < sent.Limit && j < k+12; j++ {
			e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, j)
			if n == 0 || e.Value(1) != "noun" || s.f.w.happening(e.Value(0)) {
				continue
			}
			ev := eventIn(e.Value(0), sent)
			ev.Start, ev.End, ev.Location = c.ev.Start, c.ev.End, c.ev.Location
			if m := s.ms.StartingAt(s.t.PastThe(j+n+1), KPlace); m != nil && s.placeAfterWord(j+n) {
				ev.Location = m.Key // "followed by a reception at 10 Downing Street"
			}
			ev.Attendees = append(ev.Attendees, c.ev.Attendees...)
			out = append(out, &evCand{ev: ev, sent: si, split: true})
			j += n - 1
		}
		break
	}
	return out
}

// placeAfterWord reports whether token k is a place preposition ("at",
// "in") that puts what the word before it names in a place.
func (s *eventState) placeAfterWord(k int) bool {
	return s.f.w.placePreps.Value(s.t.Norm(k), 0) == "locative"
}

// namesEvent reports whether a named event starts in clause cl.
func (s *eventState) namesEvent(cl Sentence) bool {
	for _, m := range s.Named {
		if m.Kind == KEvent && m.First >= cl.First && m.First < cl.Limit {
			return true
		}
	}
	return false
}

// nextClause returns the event that the clause after the trigger's (which
// ends at end) reports, with its own place, where the sentence goes on
// with a subject or a verb of its own ("..., and he spoke to journalists at the White House", "...
// and will deliver an address at the Parliament", "by addressing students
// at the University"), or nil. It takes the trigger's day and people
// where it names none.
func (s *eventState) nextClause(c *evCand, si int, sent Sentence, end int) *evCand {
	if end >= sent.Limit || c.quoted {
		return nil
	}
	n := s.t.Norm(end)
	if next := s.t.Norm(end + 1); s.f.w.durations.Has(n) && (next == "after" || next == "before") {
		end, n = end+1, next // "came shortly after X met in Ankara"
	}
	if n != "," && n != "and" && n != "by" && n != "to" && n != "after" && n != "before" || s.gerundAt(end) {
		return nil // not what an event follows, what a speaker said; a participle's clause is read by gerundClause
	}
	cl := Sentence{First: end + 1, Limit: sent.Limit, Start: sent.Start, End: sent.End}
	for k := cl.First; k < cl.Limit; k++ {
		if s.gerundAt(k) {
			cl.Limit = k // "met X to discuss Y, before taking part in a ceremony": the purpose clause ends there
		}
	}
	if s.t.Norm(end) == "to" && s.namesEvent(cl) {
		return nil // "visited Dayton to participate in the Spring Session": the named event is that event
	}
	c2 := s.clauseEvent(cl, si)
	if c2 == nil {
		return nil
	}
	c2.ev.Location = s.sentencePlace(cl, s.quotedTokens(sent))
	if c2.ev.Location == "" && s.t.Norm(end) == "to" {
		c2.ev.Location = c.ev.Location // "will travel to Geneva to meet X on Friday": there
	}
	if c2.ev.Location == "" {
		return nil
	}
	if n == "after" || n == "before" || n == "and" && s.t.Norm(end+1) == "that" {
		c2.split, c2.apart = true, true
		return c2 // another time, other people; "and that ...": another report
	}
	return s.sameOccasion(c2, c)
}

// sameOccasion makes c2, the event of a clause of c's sentence, an event
// of its own on c's day where its clause gives none, with c's people.
func (s *eventState) sameOccasion(c2, c *evCand) *evCand {
	if c2.ev.Start.IsZero() {
		c2.ev.Start, c2.ev.End = c.ev.Start, c.ev.End
	}
	for _, a := range c.ev.Attendees {
		addAlias(&c2.ev.Attendees, a)
	}
	c2.split = true
	return c2
}

// clauseEvent returns the event a clause's verb reports, with the
// clause's dates and people (its pronouns too), or nil.
func (s *eventState) clauseEvent(cl Sentence, si int) *evCand {
	for i := cl.First; i < cl.Limit; i++ {
		e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
		if n == 0 || e.Value(1) == "noun" || e.Value(1) == "title-noun" {
			continue
		}
		kind := s.reportedKind(e, i+n-1, cl)
		if kind == "" {
			continue
		}
		ev := eventIn(kind, cl)
		for k := cl.First; k < i; k++ {
			if o, ok := s.f.w.eventWords.Lookup(s.t.Norm(k)); ok && o.Value(1) == "noun" {
				ev.Kind = o.Value(0) // "where NATO's next Summit will be held"
			}
		}
		if k := s.object(i); k >= 0 {
			if o, ok := s.f.w.eventWords.Lookup(s.t.Norm(k)); ok && o.Value(0) != "event" {
				ev.Kind = o.Value(0) // "holds talks"
			}
			if o, n := s.f.w.eventWords.MatchAt(s.t.Tokens, k-1); n == 2 && o.Value(1) == "noun" {
				ev.Kind = o.Value(0) // "held a joint press conference"
			}
		}
		ev.Start, ev.End = s.firstDate(cl.First, cl.Limit)
		for k := cl.First; k < cl.Limit; k++ {
			if key := s.People.At[k]; key != "" {
				addAlias(&ev.Attendees, key)
			}
		}
		return &evCand{ev: ev, sent: si}
	}
	return nil
}

// inQuote reports whether token i of sentence sent stands inside
// quotation marks. A quotation may open in an earlier sentence of the
// paragraph that leaves it open ("“KFOR is a success story. It will stay,"
// said X at a press conference": the second sentence opens inside the
// quote); a sentence that opens one and leaves it open only carries it
// into the next (quoteStates).
func (s *eventState) inQuote(sent Sentence, i int) bool {
	quoted := s.t.QuoteStates()
	i = min(i, sent.Limit)
	if i >= len(quoted) {
		return false
	}
	return quoted[i]
}

// alsoAt returns a copy of the candidate for each further place the
// sentence (the clause of its trigger) adds to its own with "and" or a
// comma, not a topic's: "was received at
// Cotroceni Palace ... and at Victoria Palace", "took place in Rome in
// 2004, in Sofia in 2005 and in Vilnius in 2007".
//
// A place inside owned, the phrase of an event named in passing, is that
// event's, not one more of c's.
func (s *eventState) alsoAt(c *evCand, sent Sentence, owned map[int]bool) []*evCand {
	if c.ev.Location == "" || s.f.w.happening(c.ev.Kind) || s.f.w.widespread(c.ev.Kind) {
		return nil // one exercise "in Spain and France"
	}
	var out []*evCand
	prev, prevKind := "", natokg.PlaceKind("")
	var last *Mention
	for _, m := range s.ms.In(sent.First, sent.Limit, KPlace, KOrg) {
		if s.locatesPlaceBefore(last, m) {
			last = m
			continue // "visits to Świnoujście, Poland, and Klaipeda, Lithuania", "in Carlisle, Pennsylvania and the ...": the place of the one before, no item of the list
		}
		last = m
		if prev != "" && s.locatesListed(prev, m) {
			continue // "the College in Rome and the Headquarters in Naples": Rome locates the College, which the list goes on from
		}
		if s.stopWithin(c, m, owned) {
			out = append(out, s.copyAt(c, m)) // "travelled to the South Caucasus, visiting Azerbaijan, Georgia and Armenia": a visit to each
			prev, prevKind = m.Key, s.listKind(m)
			continue
		}
		if !s.isPlace(m) || m.Key == c.ev.Location || s.within(c.ev.Location, m.Key) || s.topic(m) || owned[m.First] || s.titleField(m) || s.fieldOfTitle(m) || s.subjectsOrigin(m, c.trig) || s.titleAtPlace(m, c.trig) {
			prev, prevKind = m.Key, s.listKind(m)
			continue // not "the Special Representative for the Caucasus and Central Asia": a title's field; not "X, Commander of Maritime Command in Northwood, in the United Kingdom": where X's body is
		}
		j := s.pastSeatOf(s.t.BackPastThe(m.First - 1))
		listed := (s.t.Norm(j) == "and" || s.t.Norm(j) == "," && s.visitedList(m)) && prev != "" && (prev == c.ev.Location || s.listedAt(prev, out) || s.within(c.ev.Location, prev)) &&
			s.listKind(m) == prevKind && s.listedPlaceEndingAt(pastSerialComma(s.t, j)) // "to visit Latvia and Poland"
		prev, prevKind = m.Key, s.listKind(m)
		if n := s.t.Norm(j); !listed && !s.datedPair(m, j) && !s.ordinalElliptic(j, sent) && (n != "at" && n != "in" && n != "to" || (s.t.Norm(j-1) != "and" && s.t.Norm(j-1) != "," || !s.closesPlace(j-1) && !s.repeatsPreposition(j, sent)) && !s.ellipticOf(j)) {
			continue // "in Rome in 2004, in Sofia in 2005", "to Helsinki on Monday, and to Stockholm on Tuesday"
		}
		if s.t.Norm(j-1) == "," && s.t.Norm(j) != "and" && s.ms.EndingAt(j-1, KPlace, KOrg) != nil && !s.repeatsPreposition(j, sent) {
			continue // "at KFOR Headquarters, in Camp Film City": where the place before it lies
		}
		out = append(out, s.copyAt(c, m))
	}
	if country := s.townsOfOneCountry(c, out); country != "" && !(c.next && s.namedBefore(country, sent.First)) {
		c.ev.Location = country // "during a visit to Bern and Geneva": a visit to Switzerland
		return nil
	}
	return out
}

// locatesPlaceBefore reports whether place m follows place mention
// last and a comma and holds it: "Klaipeda, Lithuania", "Naples, Italy".
func (s *eventState) locatesPlaceBefore(last, m *Mention) bool {
	return last != nil && last.Limit == m.First-1 && s.t.Norm(last.Limit) == "," && s.within(last.Key, m.Key)
}

// pastSerialComma returns j-1 where token j is "and" after a comma
// ("Poland, and Lithuania"), else j.
func pastSerialComma(t *Text, j int) int {
	if t.Norm(j) == "and" && t.Norm(j-1) == "," {
		return j - 1
	}
	return j
}

// pastSeatOf returns the word before "the headquarters of" where j is
// its "of" ("and to the headquarters of Allied Joint Force Command
// Naples": the list goes on at "to"), else j.
func (s *eventState) pastSeatOf(j int) int {
	if s.t.Norm(j) == "of" && s.f.w.seatNouns.Has(s.t.Norm(j-1)) && !s.t.Tok(j-1).IsCap() {
		return s.t.BackPastThe(j - 2)
	}
	return j
}

// namedBefore reports whether the text names place key before token
// limit: "travelled to Afghanistan ... also travelled to Kandahar and
// Herat" are stops of a journey across a country already told, each a
// visit of its own.
func (s *eventState) namedBefore(key string, limit int) bool {
	for _, m := range s.ms.In(0, limit, KPlace) {
		if m.Key == key {
			return true
		}
	}
	return false
}

// copyAt returns a copy of candidate c at place mention m, on its own
// day where one follows the place ("and to Stockholm on Tuesday, 18
// March").
func (s *eventState) copyAt(c *evCand, m *Mention) *evCand {
	ev := *c.ev
	ev.Location = m.Key
	ev.Attendees = append([]string(nil), c.ev.Attendees...)
	if dm := s.dateAfter(s.pastCountry(m.Limit)); dm != nil {
		ev.Start, ev.End = dm.Date, dm.End
	}
	return &evCand{ev: &ev, sent: c.sent, split: true, definite: c.definite, quoted: c.quoted}
}

// stopWithin reports whether place mention m is a country that a verb
// of visiting of its own lists in the sentence of visit c to a region:
// each such country is a visit of its own ("travelled to the South
// Caucasus, visiting Azerbaijan, Georgia and Armenia").
func (s *eventState) stopWithin(c *evCand, m *Mention, owned map[int]bool) bool {
	if c.ev.Kind != "visit" || m.Kind != KPlace || owned[m.First] || s.f.g.Country(m.Key) == nil || s.Entities.PlaceKind(c.ev.Location) != natokg.Region {
		return false
	}
	return s.visitedList(m)
}

// townsOfOneCountry returns the country whose towns visit c and its
// copies out are placed in, two towns or more, all of one country and
// on the same days, or "": a journey across a country is in the country.
func (s *eventState) townsOfOneCountry(c *evCand, out []*evCand) string {
	if c.ev.Kind != "visit" || len(out) == 0 || s.Entities.PlaceKind(c.ev.Location) != natokg.City {
		return ""
	}
	country := s.f.g.CountryOf(c.ev.Location)
	for _, o := range out {
		if s.Entities.PlaceKind(o.ev.Location) != natokg.City || s.f.g.CountryOf(o.ev.Location) != country || o.ev.Start != c.ev.Start {
			return ""
		}
	}
	return country
}

// locatesListed reports whether town m, after "in", only says where
// prev, the venue listed before it, lies: "the NATO Defence College in
// Rome and the Joint Force Command Headquarters in Naples". It makes no
// event of its own, and a list of venues goes on past it.
func (s *eventState) locatesListed(prev string, m *Mention) bool {
	return s.t.Norm(m.First-1) == "in" && s.Entities.PlaceKind(prev) == natokg.Venue && s.within(prev, m.Key)
}

// listKind returns the kind of place mention m names in a list of
// places: a body with a seat is a venue ("visited the Souda Bay naval
// base and the NATO Maritime Interdiction Operational Training Centre").
func (s *eventState) listKind(m *Mention) natokg.PlaceKind {
	if m.Kind == KOrg && s.Entities.Seats[m.First] {
		return natokg.Venue
	}
	return s.Entities.PlaceKind(m.Key)
}

// listedPlaceEndingAt reports whether a place, or a body with a seat,
// ends right before the "and" or comma at j.
func (s *eventState) listedPlaceEndingAt(j int) bool {
	if s.ms.EndingAt(j, KPlace) != nil {
		return true
	}
	o := s.ms.EndingAt(j, KOrg)
	return o != nil && s.Entities.Seats[o.First]
}

// datedPair reports whether place m, after a comma or "and" at j that
// closes a date, has a date of its own after it: each place of a list of
// places and their dates tells of one more event ("earlier editions in
// Prague in 2002, Istanbul in 2004 and Riga in 2006").
func (s *eventState) datedPair(m *Mention, j int) bool {
	k := j
	if s.t.Norm(j) == "and" && s.t.Norm(j-1) == "," {
		k--
	}
	n := s.t.Norm(j)
	return (n == "," || n == "and") && s.ms.EndingAt(k, KDate) != nil && s.dateAfter(m.Limit) != nil
}

// ordinalElliptic reports whether the preposition at j follows "and the"
// and an ordinal, and repeats one before it: "two exercises, the first at
// Devic Monastery and the second at Camp Nothing Hill" are two events.
func (s *eventState) ordinalElliptic(j int, sent Sentence) bool {
	and := s.t.Norm(j - 3)
	return s.f.w.ordinal(s.t.Norm(j-1)) && s.t.Norm(j-2) == "the" && (and == "and" || and == ",") && s.repeatsPreposition(j, sent)
}

// closesPlace reports whether the "and" or comma at k follows a place or
// a date ("in Rome in 2004, in Sofia", "Yesterday, in Bucharest").
func (s *eventState) closesPlace(k int) bool {
	if s.t.Norm(k) == "and" && s.t.Norm(k-1) == "," {
		k--
	}
	return s.ms.EndingAt(k, KPlace, KDate) != nil
}

// repeatsPreposition reports whether the preposition at j, after "and"
// or a comma, repeats one before it in the sentence that a place follows
// ("in Rome in 2004, in Sofia", "at Cotroceni Palace, the seat of the
// Presidency, and at Victoria Palace"); not a first one ("headquarters,
// known as NATO Force Integration Units, in Bulgaria, ...").
func (s *eventState) repeatsPreposition(j int, sent Sentence) bool {
	for k := sent.First; k < j-1; k++ {
		if s.t.Norm(k) == s.t.Norm(j) && s.ms.StartingAt(s.t.PastThe(k+1), KPlace, KOrg) != nil {
			return true
		}
	}
	return false
}

// ellipticOf reports whether the preposition at j closes a phrase "and
// of NAME" that repeats, without its noun, the event named before it:
// "the first meeting of Foreign Ministers in Brussels in 2004 and of
// Defence Ministers in Taormina in 2006".
func (s *eventState) ellipticOf(j int) bool {
	for k := j - 1; k > j-6 && s.t.SameSentence(k, j); k-- {
		switch n := s.t.Norm(k); {
		case n == "of":
			return s.t.Norm(k-1) == "and"
		case !s.t.Tok(k).IsCapWord():
			return false
		}
	}
	return false
}

// listedAt reports whether one of the candidates is at place key.
func (s *eventState) listedAt(key string, cands []*evCand) bool {
	for _, c := range cands {
		if c.ev.Location == key {
			return true
		}
	}
	return false
}

// happenings returns the events a sentence names beside its own whose
// place follows their word: "Russia's war against Ukraine", "the attack
// in Suruç", "NATO's mission in Afghanistan".
func (s *eventState) happenings(si int, sent Sentence, trig int) []*evCand {
	var out []*evCand
	for i := sent.First; i < sent.Limit; i++ {
		kind := s.happeningAt(i, trig)
		if kind == "" || s.t.Norm(i-1) == "and" && s.happeningAt(i-2, trig) != "" {
			continue // "the mission and operation in Kosovo": one happening
		}
		ev := eventIn(kind, sent)
		c := &evCand{ev: ev, sent: si}
		s.place(c, sent, i, nil)
		dm := s.happeningDate(i, sent)
		if ev.Location == "" || s.barePlural(i) {
			if dm == nil {
				continue // "citing terrorist attacks in Europe and North America": no one happening
			}
		}
		if dm != nil {
			ev.Start, ev.End = dm.Date, dm.End // "disruptions in the Baltic Sea in December 2025"
		}
		out = append(out, c)
		out = append(out, s.listedPlaces(c, i, sent)...)
	}
	out = append(out, s.namedMissions(si, sent)...)
	out = append(out, s.passingEvents(si, sent, trig)...)
	out = append(out, s.docNounEvents(si, sent)...)
	return append(out, s.docEvents(si, sent)...)
}

// pastAcronym returns where the text goes on after an acronym in brackets
// at k ("(ISAF)"), or k where none is.
func (s *eventState) pastAcronym(k int) int {
	if s.t.Norm(k) == "(" && s.t.Tok(k+1).IsUpper() && s.t.Norm(k+2) == ")" {
		return k + 3
	}
	return k
}

// namedMissions returns a mission for each named mission or force (its
// head in mission-heads.tsv) that "in PLACE" follows, past its acronym in
// brackets: "the NATO-led International Security Assistance Force (ISAF)
// in Afghanistan", "the Resolute Support Mission in Afghanistan".
func (s *eventState) namedMissions(si int, sent Sentence) []*evCand {
	var out []*evCand
	for _, m := range s.ms.In(sent.First, sent.Limit, KOrg) {
		if !s.f.w.missionHeads.Has(s.t.Norm(m.Limit - 1)) {
			continue
		}
		k := s.pastAcronym(m.Limit)
		if s.t.Norm(k) != "in" {
			continue
		}
		if pm := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KPlace); pm != nil && s.isPlace(pm) {
			ev := eventIn("mission", sent)
			ev.Location = pm.Key
			out = append(out, &evCand{ev: ev, sent: si})
		}
	}
	return out
}

// docNounEvents returns what the sentence says was done, and where, to a
// document told by a lower-case head of doc-heads.tsv after "the", past
// the participle's date: "The agreements reached in Minsk", "the
// agreement reached earlier in the day in Minsk"; past an adjective, a
// topic after "of" and the agent after "by", with a date after the place
// ("the new package of support agreed by Allied Foreign Ministers in
// Bucharest in November 2022", docParticiple).
func (s *eventState) docNounEvents(si int, sent Sentence) []*evCand {
	var out []*evCand
	for i := sent.First + 1; i+3 < sent.Limit; i++ {
		if tok := s.t.Tok(i); tok.IsCap() || !s.afterThe(i) || !s.f.w.docHeads.Has(tok.Norm) || s.ms.At(i) != nil {
			continue
		}
		kind, k := s.docParticiple(i)
		dm := s.ms.StartingAt(k, KDate)
		if dm != nil {
			k = dm.Limit
		}
		if kind == "" || s.t.Norm(k) != "in" {
			continue
		}
		if pm := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KPlace); pm != nil && s.isPlace(pm) {
			ev := eventIn(kind, sent)
			ev.Location = pm.Key
			if n := s.t.Norm(pm.Limit); dm == nil && (n == "in" || n == "on") {
				dm = s.ms.StartingAt(pm.Limit+1, KDate) // "in Bucharest in November 2022"
			}
			if dm != nil {
				ev.Start, ev.End = dm.Date, dm.End
			}
			out = append(out, &evCand{ev: ev, sent: si})
		}
	}
	return out
}

// afterThe reports whether the word at i follows "the", perhaps past one
// lower-case adjective: "the agreement", "the new package".
func (s *eventState) afterThe(i int) bool {
	if s.t.Norm(i-1) == "the" {
		return true
	}
	adj := s.t.Tok(i - 1)
	return s.t.Norm(i-2) == "the" && adj.IsWord() && !adj.IsCap() && s.ms.At(i-1) == nil
}

// docParticiple returns the kind of what was done to the document whose
// head is at i and the token after the participle and its agent, past a
// lower-case topic after "of" ("the package of support agreed") and an
// agent after "by" that runs to "in" ("agreed by Allied Foreign Ministers
// in Bucharest"); kind is "" where none follows.
func (s *eventState) docParticiple(i int) (string, int) {
	k := i + 1
	if s.t.Norm(k) == "of" && s.t.Tok(k+1).IsWord() && !s.t.Tok(k+1).IsCap() && s.ms.At(k+1) == nil {
		k += 2 // "the package of support agreed"
	}
	kind := s.docKind(k)
	k++
	if kind == "" || s.t.Norm(k) != "by" {
		return kind, k
	}
	for j := k + 1; j < k+8 && s.t.Tok(j).IsWord(); j++ {
		if s.t.Norm(j) == "in" {
			return kind, j // "agreed by Allied Foreign Ministers in Bucharest"
		}
	}
	return kind, k
}

// docKind returns the kind of event the participle at k reports of a
// document (reading "doc" of event-words.tsv: "agreed", "signed"), or "".
func (s *eventState) docKind(k int) string {
	for _, e := range s.f.w.eventWords.Entries(s.t.Norm(k)) {
		if e.Value(1) == "doc" {
			return e.Value(0)
		}
	}
	return ""
}

// releaseHeld reports whether the happening of the kind at i, which its
// sentence places nowhere, is held in the country the release is about:
// an election or a referendum (event-kinds.tsv's "place"), but not a
// person's ("his election as President").
func (s *eventState) releaseHeld(kind string, i int) bool {
	return s.f.w.heldInCountry(kind) && s.Entities.Places[s.MainCountry] != nil && s.f.w.determiners.Value(s.t.Norm(i-1), 0) != "possessive" && s.t.Norm(i+1) != "as"
}

// listedPlaces returns a copy of happening c, whose word is at i, for
// each further place of the list its place opens: "the mission in
// Afghanistan, Iraq and Kosovo" is three.
func (s *eventState) listedPlaces(c *evCand, i int, sent Sentence) []*evCand {
	pm, end := s.happeningPhrase(i, sent)
	if pm == nil || pm.Key != c.ev.Location {
		return nil
	}
	var out []*evCand
	for k := end; k < sent.Limit; {
		for s.t.Norm(k) == "," || s.t.Norm(k) == "and" {
			k++
		}
		m := s.ms.StartingAt(k, KPlace)
		if k == end || m == nil || !s.isPlace(m) || s.Entities.PlaceKind(m.Key) != s.Entities.PlaceKind(pm.Key) || s.clauseSubject(m) {
			return out
		}
		ev := *c.ev
		ev.Location = m.Key
		out = append(out, &evCand{ev: &ev, sent: c.sent, split: true, definite: c.definite, quoted: c.quoted})
		k = m.Limit
	}
	return out
}

// clauseSubject reports whether place m, after a comma, is the subject of
// the clause an auxiliary or a modal right after it opens: "since Russia's
// war against Ukraine, Hungary has provided shelter" lists no second
// place of the war.
func (s *eventState) clauseSubject(m *Mention) bool {
	n := s.t.Norm(m.Limit)
	return s.t.Norm(m.First-1) == "," && (s.f.w.auxiliaries.Has(n) || s.f.w.modals.Has(n))
}

// happeningAt returns the kind of the happening a noun at token i names
// ("war", "attacks"), or "" where none does or i is the trigger.
func (s *eventState) happeningAt(i, trig int) string {
	e, ok := s.f.w.eventWords.Lookup(s.t.Norm(i))
	if i == trig || !ok || e.Value(1) != "noun" || !s.f.w.happening(e.Value(0)) || s.ms.At(i) != nil || s.compoundModifier(i) || s.inEventName(i) || s.visitedBody(i) {
		return "" // nor "a visit to the NATO-led KFOR mission": the body visited
	}
	return e.Value(0)
}

// inEventName reports whether token i is a word of a named event's name:
// the "Strike" of "Exercise Neptune Strike" is no attack.
func (s *eventState) inEventName(i int) bool {
	for _, m := range s.Named {
		if m.Kind == KEvent && m.First <= i && i < m.Limit {
			return true
		}
	}
	return false
}

// asRole reports whether the event noun at i follows "as a" or "as an":
// it says what something serves as.
func (s *eventState) asRole(i int) bool {
	n := s.t.Norm(i - 1)
	return (n == "a" || n == "an") && s.t.Norm(i-2) == "as" && !s.t.Tok(i).IsCap()
}

// barePlural reports whether the event noun at i is a plural that no
// article, possessive, number or name opens, past the words in lower
// case and "and" before it ("citing terrorist attacks in Europe"):
// happenings of a kind, not one that took place. "Russian missile and
// drone attacks" are a people's.
func (s *eventState) barePlural(i int) bool {
	if !s.pluralNoun(i) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		prev := s.t.Tok(k)
		switch {
		case prev.IsCap() || prev.Norm == "'s" || s.f.w.determiners.Value(prev.Norm, 0) != "" || s.f.w.cardinal(prev.Norm) > 0 || s.ms.At(k) != nil:
			return false
		case !prev.IsWord() || s.f.w.placePreps.Has(prev.Norm):
			return true
		}
	}
	return true
}

// pluralNoun reports whether token k is a lower-case word that reads as
// a plural noun ("attacks", "meetings") and no mention's.
func (s *eventState) pluralNoun(k int) bool {
	tok := s.t.Tok(k)
	return tok.IsWord() && !tok.IsCap() && len(tok.Norm) > 3 && strings.HasSuffix(tok.Norm, "s") && s.ms.At(k) == nil
}

// genericPlurals reports whether the event noun at i is a bare plural in
// a list of bare plurals, with no article, possessive or number before
// the list: "led operations and exercises", "meetings and conferences".
func (s *eventState) genericPlurals(i int) bool {
	bare := s.pluralNoun
	first := i
	switch n := s.t.Norm(i - 1); {
	case (n == "and" || n == "or") && bare(i-2):
		first = i - 2
	case (s.t.Norm(i+1) == "and" || s.t.Norm(i+1) == "or") && bare(i+2):
	default:
		return false
	}
	before := s.t.Norm(first - 1)
	// not "concluded two days of discussions and exchanges": counted, they are the event's
	return bare(i) && before != "of" && s.f.w.determiners.Value(before, 0) == "" && s.f.w.cardinal(before) == 0 && !s.t.Tok(first-1).IsCap()
}

// modifiesTopic reports whether the lower-case event noun at i modifies
// a lower-case topic noun after it (topic-nouns.tsv): "the summit
// agenda", "meeting preparations" are what is talked about, of an event
// told before or after, and report none of their own.
func (s *eventState) modifiesTopic(i int) bool {
	next := s.t.Tok(i + 1)
	return !s.t.Tok(i).IsCap() && next.IsWord() && !next.IsCap() && s.f.w.topicNouns.Has(next.Norm) && s.ms.At(i+1) == nil
}

// compoundModifier reports whether the happening's word at i modifies the
// noun of happening-compounds.tsv after it, and so names no happening:
// "crisis management in the Balkans", "war crimes".
func (s *eventState) compoundModifier(i int) bool {
	return s.f.w.happeningCompounds.Has(s.t.Norm(i + 1))
}

// coordinatedPreps reports whether "and" at k joins two prepositions of
// one place: "the crisis in and around Ukraine".
func (s *eventState) coordinatedPreps(k int) bool {
	return s.t.Norm(k) == "and" && s.f.w.placePreps.Has(s.t.Norm(k-1)) && s.f.w.placePreps.Has(s.t.Norm(k+1))
}

// happeningPhrase returns the place of a happening's word at i, and where
// its phrase ends: "disruptions to undersea infrastructure in the Baltic
// Sea"; or nil and i.
func (s *eventState) happeningPhrase(i int, sent Sentence) (*Mention, int) {
	for k, words := i+1, 0; words < 6 && k < sent.Limit; k, words = k+1, words+1 {
		if s.t.Norm(k) == "and" && s.f.w.placePreps.Has(s.t.Norm(k+1)) && !s.coordinatedPreps(k) {
			break // "the Resolute Support mission and of U.S. Forces – Afghanistan": another noun's phrase
		}
		if s.phraseClosed(k) || s.People.At[k] != "" || s.ms.StartingAt(k, KRank, KHonorific) != nil {
			break // "the election of General X, Chief of Defence of Estonia": a person's, not where it happened
		}
		if d := s.ms.StartingAt(k, KDate); d != nil {
			k = d.Limit - 1 // "the attacks of 11 September 2001 on the United States": a date is one word
			continue
		}
		if m := s.ms.StartingAt(k, KPlace); m != nil && s.isPlace(m) && (s.prepBefore(k, false, "object", "locative") || k == i+1 && s.verbAt(i) || s.sentTo(i, m) || s.struckAt(i, k)) {
			return m, m.Limit // "the invasion of Ukraine"; "Russia invaded Ukraine": the verb's object; "deployed battlegroups to Estonia"; "an earthquake struck Pakistan"
		}
	}
	return nil, i
}

// struckAt reports whether a verb of impact (impact-verbs.tsv), perhaps
// after "that" or "which" and an auxiliary (modals.tsv), stands between the happening's word at i and the place
// at k, past "the": "a devastating earthquake struck Pakistan", "the
// floods that hit Georgia".
func (s *eventState) struckAt(i, k int) bool {
	v := i + 1
	if n := s.t.Norm(v); n == "that" || n == "which" {
		v++
	}
	if s.f.w.modals.Has(s.t.Norm(v)) {
		v++ // "an attack that had struck Kabul"
	}
	return s.f.w.impactVerbs.Has(s.t.Norm(v)) && !s.t.Tok(v).IsCap() && s.t.PastThe(v+1) == k
}

// inRelative reports whether the verb at i opens a relative clause on a
// person after a comma, past an auxiliary: "Foreign Minister X, who is
// visiting Brussels, met Y", where the main clause's verb reports the
// sentence's event.
func (s *eventState) inRelative(i int) bool {
	k := i - 1
	if s.f.w.auxiliaries.Has(s.t.Norm(k)) {
		k--
	}
	return s.t.Norm(k) == "who" && s.t.Norm(k-1) == ","
}

// apposedToNamed reports whether the lower-case event noun at i heads an
// apposition to a named event before it: after the name's comma, past
// an owner's possessive and lower-case modifiers ("Operation Ocean
// Shield, NATO's counter-piracy operation").
func (s *eventState) apposedToNamed(i int) bool {
	if s.t.Tok(i).IsCap() {
		return false
	}
	k := i - 1
	for n := 0; n < 8 && k > 0; n++ {
		tok := s.t.Tok(k)
		if tok.Norm == "," {
			break
		}
		if o := s.ms.EndingAt(k, KOrg, KPlace); tok.Norm == "'s" && o != nil {
			k = o.First - 1
			continue
		}
		if (!tok.IsWord() || tok.IsCap()) && !(tok.Norm == "-" && !tok.SpaceBefore) {
			return false // but "counter-piracy"
		}
		k--
	}
	if s.t.Norm(k) != "," {
		return false
	}
	if o := s.ms.StartingAt(k+1, KOrg, KPlace); s.f.w.determiners.Value(s.t.Norm(k+1), 0) == "" && (o == nil || s.t.Norm(o.Limit) != "'s") {
		return false // an apposition opens with "the", "its" or an owner: not "Some 1,800 soldiers are taking part in an exercise"
	}
	for _, n := range s.Named {
		if n.Kind == KEvent && n.Limit == k {
			return true
		}
	}
	return false
}

// phraseClosed reports whether a comma or a semicolon at k ends a
// happening's phrase before any place: what follows is another clause's
// ("a conference on recent terrorist attacks, to be held in Ljubljana":
// the place is the conference's, not the attacks').
func (s *eventState) phraseClosed(k int) bool {
	n := s.t.Norm(k)
	return n == "," || n == ";"
}

// phraseDate returns the date right after a phrase that ends at k ("in
// December 2025", "on 4 March"), or nil.
func (s *eventState) phraseDate(k int) *Mention {
	if s.t.Norm(k) == "in" {
		if dm := s.ms.StartingAt(k+1, KDate); dm != nil {
			return dm
		}
	}
	return s.dateAfter(k)
}

// happeningDate returns the date that follows a happening's phrase, its
// place included ("the attack in Suruç on 20 July", "the elections on 18
// September"), or nil.
func (s *eventState) happeningDate(i int, sent Sentence) *Mention {
	if dm := s.ms.StartingAt(i+2, KDate); dm != nil && s.t.Norm(i+1) == "of" {
		return dm // "the attacks of 11 September 2001"
	}
	end := i + 1
	if _, e := s.happeningPhrase(i, sent); e > i {
		end = e
	}
	if end >= sent.Limit {
		return nil
	}
	return s.phraseDate(end)
}

// ownHappeningDate gives a happening that is its sentence's event (an
// attack, a war) the date that follows its own phrase, over the date the
// sentence opens with, which is the day it is told of: "On Monday, 16
// November 2015, the Council condemned the terrorist attacks carried out
// in Paris on Friday, 13 November" dates the attacks 13 November.
func (s *eventState) ownHappeningDate(ev *natokg.Event, trig int, sent Sentence) {
	if trig < 0 {
		return
	}
	if !s.f.w.happening(ev.Kind) {
		if dm := s.nounDate(trig); dm != nil && s.toldDateBefore(trig, sent) {
			ev.Start, ev.End = dm.Date, dm.End // "said on 15 June that Allies prepare for the summit in July": the summit's is July
		}
		return
	}
	if dm := s.happeningDate(trig, sent); dm != nil && !dm.Date.IsZero() {
		ev.Start, ev.End = dm.Date, dm.End
	}
}

// nounDate returns the date right after the event noun at trig ("the
// summit in July", "the meeting on 4 June"), or nil: the noun's own,
// whatever day its sentence opens with (a date told before the noun).
func (s *eventState) nounDate(trig int) *Mention {
	if s.f.w.eventWords.Value(s.t.Norm(trig), 1) != "noun" {
		return nil
	}
	if n := s.t.Norm(trig + 1); n != "in" && n != "on" {
		return nil // not "the largest exercise since 2006"
	}
	dm := s.ms.StartingAt(trig+1, KDate)
	if dm == nil {
		dm = s.ms.StartingAt(trig+2, KDate)
	}
	if dm == nil || dm.Date.IsZero() {
		return nil
	}
	return dm
}

// comparedSince reports whether the event noun at trig follows a
// superlative (superlatives.tsv) a few words before it, itself after a
// form of "be", and goes on to "since" a few words after it: the noun is
// measured against the past ("this is Canada's largest deployment in
// Europe since the Cold War"), it reports no event.
func (s *eventState) comparedSince(trig int, sent Sentence) bool {
	if s.f.w.eventWords.Value(s.t.Norm(trig), 1) != "noun" {
		return false
	}
	sup := -1
	for k := max(trig-3, sent.First); k < trig; k++ {
		if s.f.w.superlatives.Has(s.t.Norm(k)) {
			sup = k
		}
	}
	if sup < 0 || !s.copulaBefore(sup, sent) {
		return false // not "The Alliance's largest exercise since 2006, “Steadfast Jazz”, kicked off"
	}
	for k := trig + 1; k < sent.Limit && k <= trig+6; k++ {
		if s.t.Norm(k) == "since" {
			return true
		}
	}
	return false
}

// copulaBefore reports whether a form of "be" (auxiliaries.tsv) stands
// a few words before token k in its sentence: what follows is said of
// the subject ("this is Canada's largest deployment").
func (s *eventState) copulaBefore(k int, sent Sentence) bool {
	for j := max(k-4, sent.First); j < k; j++ {
		if s.f.w.auxiliaries.Has(s.t.Norm(j)) {
			return true
		}
	}
	return false
}

// toldDateBefore reports whether sentence sent tells a date before token
// trig, not its dateline's.
func (s *eventState) toldDateBefore(trig int, sent Sentence) bool {
	for _, m := range s.ms.In(sent.First, trig, KDate) {
		if !s.datelineDate(sent, m) {
			return true
		}
	}
	return false
}

// placeBefore returns the country a demonym or a possessive before a
// happening's word names, past its adjectives: "the Afghan parliamentary
// elections", "Ukraine's presidential election"; or "".
func (s *eventState) placeBefore(i int) string {
	k := i - 1
	for n := 0; n < 2 && k > 0 && !s.t.Tok(k).IsCap() && s.ms.At(k) == nil && s.t.Norm(k) != "the" && s.t.Norm(k) != "'s"; n++ {
		k-- // "parliamentary", "presidential and local"
	}
	if s.t.Norm(k) != "'s" {
		k++
	}
	m := s.ms.EndingAt(k, KDemonym, KPlace)
	if m == nil || s.f.g.Country(m.Key) == nil || s.Entities.Places[m.Key] == nil {
		return ""
	}
	return m.Key
}

// townBefore returns the town that ends right before token i, with no
// possessive, or "": "the Kabul attack".
func (s *eventState) townBefore(i int) string {
	m := s.ms.EndingAt(i, KPlace)
	if m == nil || s.Entities.Places[m.Key] == nil {
		return ""
	}
	if pe := s.f.g.Places[m.Key]; pe == nil || pe.Kind != natokg.City {
		return ""
	}
	return m.Key
}

// happeningTokens marks the tokens of the phrases of the happenings a
// sentence names beside its trigger (a war, an attack and its place and
// date), whose place and date are not the trigger's: "Following
// disruptions in the Baltic Sea in December 2025, NATO launched ...".
// An event named in passing with its own date and place
// (passingPhrase) owns its phrase the same way.
func (s *eventState) happeningTokens(sent Sentence, trig int) map[int]bool {
	var owned map[int]bool
	for i := sent.First; i < sent.Limit; i++ {
		end := i
		if pm, dm := s.passingPhrase(i, trig, sent); pm != nil {
			end = max(pm.Limit, dm.Limit) // "the Defence Ministers meeting in February 2006 in Taormina"
		} else if s.happeningAt(i, trig) != "" {
			_, end = s.happeningPhrase(i, sent)
			if dm := s.happeningDate(i, sent); dm != nil {
				end = dm.Limit
			}
		}
		for k := i; k < end; k++ {
			if owned == nil {
				owned = map[int]bool{}
			}
			owned[k] = true
		}
	}
	return owned
}

// docEvents returns what the sentence says was done to a document, and
// where: "the Trilateral Memorandum agreed in Madrid in 2022".
func (s *eventState) docEvents(si int, sent Sentence) []*evCand {
	var out []*evCand
	for _, m := range s.Named {
		if m.Kind != KDoc || m.First < sent.First || m.Limit >= sent.Limit {
			continue
		}
		kind := ""
		for _, e := range s.f.w.eventWords.Entries(s.t.Norm(m.Limit)) {
			if e.Value(1) == "doc" {
				kind = e.Value(0)
			}
		}
		if kind == "" || s.t.Norm(m.Limit+1) != "in" {
			continue
		}
		pm := s.ms.StartingAt(skipThe(s.t, s.ms, m.Limit+2), KPlace)
		if pm == nil {
			continue
		}
		ev := eventIn(kind, sent)
		ev.Name, ev.Location = strings.ToUpper(kind[:1])+kind[1:]+" of "+m.Surface, pm.Key
		if dm := s.ms.StartingAt(pm.Limit+1, KDate); dm != nil && s.t.Norm(pm.Limit) == "in" {
			ev.Start, ev.End = dm.Date, dm.End
		}
		out = append(out, &evCand{ev: ev, sent: si, named: true, base: ev.Name})
	}
	return out
}

// lateFrom gives the people a sentence names to the release's main
// event, where the sentence gives no date: people of a sentence that
// reports no event of its own, or only one nobody attends (unattended).
func (s *eventState) lateFrom(si int, sent Sentence) {
	if si == 0 || s.hasDate(sent) || s.contactLine(sent) || s.contactNamed(si) {
		return
	}
	for i := sent.First; i < sent.Limit; i++ {
		if k := s.People.At[i]; k != "" && s.People.Named[i] && !s.conditional(i, sent) && !s.ofThing(i) && !s.announcer(i, sent) && !s.reported(i, sent) {
			addAlias(&s.lateAttendees, k)
		}
	}
}

// contactLine reports whether sentence sent opens with a label of the
// press's contacts and a colon, perhaps after whom the contact speaks for
// ("Point of contact: Colonel X, ...", "Point of contact for the joint
// press conference: Mrs X"), or with a request to contact ("For further
// information, please contact the Press Service, Ms X"): whom it names
// takes no part in the events, and it reports none.
func (s *eventState) contactLine(sent Sentence) bool {
	_, n := s.f.w.contactLabels.MatchAt(s.t.Tokens, sent.First)
	if n == 0 {
		return false
	}
	k := sent.First + n
	if s.t.Norm(k) == ":" {
		return true
	}
	for j := k + 1; s.t.Norm(k) == "for" && j < sent.Limit && j < k+16 && s.People.At[j] == ""; j++ {
		if s.t.Norm(j) == ":" {
			return true // "Point of contact for the joint press conference: Mrs X"
		}
	}
	if s.t.Norm(k) == "," {
		k++
	}
	if s.t.Norm(k) == "please" {
		k++
	}
	return s.t.Norm(k) == "contact"
}

// contactNamed reports whether sentence si names a contact for the press
// on a line of its own: right after a line that a label of the contacts
// opens and a colon ends ("Points of contact for the Chairman of the
// Military Committee:"), or right before a line that a label and a colon
// open ("Tel: +32 476 ..."). Whom it names takes no part in the events.
func (s *eventState) contactNamed(si int) bool {
	labelled := func(sent Sentence, atEnd bool) bool {
		_, n := s.f.w.contactLabels.MatchAt(s.t.Tokens, sent.First)
		if n == 0 {
			return false
		}
		if atEnd {
			return s.t.Norm(sent.Limit-1) == ":"
		}
		return s.t.Norm(sent.First+n) == ":"
	}
	ss := s.t.Sentences
	return si > 0 && labelled(ss[si-1], true) || si+1 < len(ss) && labelled(ss[si+1], false)
}

// reported reports whether token i stands in a clause that a verb of
// speech and "that" open before it in its sentence, a clause that tells
// of no event: who is spoken of there takes no part in the release's
// event ("further saying that journalist X must be released").
func (s *eventState) reported(i int, sent Sentence) bool {
	return i >= s.spokenFrom(sent)
}

// spokenFrom returns the first token of sentence sent's clause after a
// verb of speech and "that" where that clause tells of no event, or the
// sentence's end; read once a sentence.
func (s *eventState) spokenFrom(sent Sentence) int {
	if from, ok := s.spoken[sent.First]; ok {
		return from
	}
	from := sent.Limit
	for k := sent.First; k+1 < sent.Limit; k++ {
		if s.t.Norm(k+1) == "that" && s.f.w.speechVerbs.Has(s.t.Norm(k)) {
			if !s.eventTold(k+2, sent.Limit) { // but "added that X would brief his colleagues on the talks": an event of X's
				from = k + 2
			}
			break
		}
	}
	if s.spoken == nil {
		s.spoken = map[int]int{}
	}
	s.spoken[sent.First] = from
	return from
}

// noTrigger reads a sentence that reports no event of its own: named
// events in it, organisers of the main event ("co-organised by"), and
// people who take part in the main event.
func (s *eventState) noTrigger(si int, sent Sentence) []*evCand {
	s.lateFrom(si, sent)
	var out []*evCand
	quoted := s.quotedTokens(sent)
	named := s.namedIn(si)
	all := append(named, s.eventWords(sent, -1)...)
	for _, m := range all {
		if m.Kind == KEvent && (s.topicAfter(m) || s.linkBefore(m.First) == "topic") && !s.placedTopic(m) {
			continue // "discusses Summit preparations": what is talked about
		}
		if o := s.namedEvent(m, sent, quoted, s.sole(all, m)); o != nil {
			o.told = s.saidOf(m, sent)
			if m.Kind == KEvent && s.sole(all, m) {
				s.passiveAgents(o.ev, m, sent)
				if o.sceneDay && !o.told && !s.f.w.happening(o.ev.Kind) {
					s.attendees(o.ev, sent) // "X joined world leaders in Munich on Friday (15 February 2019) for the Munich Security Conference"
				}
			}
			out = append(out, o)
		}
	}
	// "The next Conference will be hosted by the EUMS": the organisers
	// of the event the sentence names, else of the release's main event.
	var orgs []string
	s.organisedBy(sent, &orgs)
	switch {
	case len(out) == 1:
		for _, o := range orgs {
			addAlias(&out[0].ev.Organisers, o)
		}
	case len(all) == 0 && orgs != nil:
		s.lateOrganisers = orgs
	}
	return out
}

// passiveAgents gives named event m, the subject of a passive verb, the
// people after its "by": "the Plenary Session will be opened by the
// President of the Assembly, X, and the Secretary General, Y" (the
// speakers of a sitting take part in it). Only a form of "be" and a
// participle may stand between the name and "by".
func (s *eventState) passiveAgents(ev *natokg.Event, m Mention, sent Sentence) {
	k := m.Limit
	for n := 0; n < 3 && k < sent.Limit && s.f.w.modals.Has(s.t.Norm(k)); n++ {
		k++ // "will"
	}
	if !s.f.w.auxiliaries.Has(s.t.Norm(k)) {
		return
	}
	k++
	if n := s.t.Norm(k); s.t.Tok(k).IsCap() || !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "en") || s.t.Norm(k+1) != "by" {
		return
	}
	s.attendees(ev, Sentence{First: k + 2, Limit: sent.Limit, Start: sent.Start, End: sent.End})
}

// saidOf reports whether named event m stands in the clause a verb of
// speech (speech-verbs.tsv) opens before it in its sentence: "The
// Secretary General said the Oslo Summit in May will be a milestone"
// tells of the summit, and its speaker does not attend it there.
func (s *eventState) saidOf(m Mention, sent Sentence) bool {
	for k := m.First - 1; k >= sent.First && k >= m.First-4; k-- {
		if s.f.w.speechVerbs.Has(s.t.Norm(k)) {
			return true
		}
	}
	return false
}

// sole reports whether m is the one event of all that its sentence tells
// of in its own right, the others told after a link as another's time
// ("would mark International Holocaust Remembrance Day in memory of
// those who died during World War Two").
func (s *eventState) sole(all []Mention, m Mention) bool {
	if len(all) == 1 {
		return true
	}
	if s.afterLink(m) {
		return false
	}
	for _, o := range all {
		if o.First != m.First && !s.afterLink(o) {
			return false
		}
	}
	return true
}

// afterLink reports whether event m, or the name its word ends, follows a
// link to another event: "during the Summit", "during World War Two"; or
// a named one after a link of named events ("the Workshop for Exercise
// Trident Juncture": the workshop is the sentence's event).
func (s *eventState) afterLink(m Mention) bool {
	l := s.linkBefore(m.First)
	return l == "another" || l == "named" && s.t.Tok(m.First).IsCap() || s.t.Tok(m.First-1).IsCap() && s.linkBefore(m.First-1) == "another"
}

// namedIn returns the named events of sentence si.
func (s *eventState) namedIn(si int) []Mention {
	var out []Mention
	for _, m := range s.Named {
		if m.Kind == KEvent && s.t.Tokens[m.First].Sent == si {
			out = append(out, m)
		}
	}
	return out
}

// nameEvent names the candidate after the named event its trigger
// introduces ("convened NATO's first Southern Neighbourhood Security
// Dialogue"), or, for an event only its dateline reports, the sentence's
// first named event; it returns the other named events of the sentence.
func (s *eventState) nameEvent(c *evCand, si, trig int) []Mention {
	var others []Mention
	isWord := s.wordAt(trig)
	for _, m := range s.namedIn(si) {
		// An event only its dateline reports takes the sentence's named
		// event ("Norfolk, 11 December 2019 – ... its 2019 Chiefs of
		// Transformation Conference"); an operation or a mission after the
		// verb names no meeting ("met the partners in Operation Unified
		// Protector").
		topic := s.topicAfter(m) || s.linkBefore(m.First) == "topic" || s.topicBefore(m)
		dateline := c.ev.Kind == "event" && trig == s.t.Sentences[si].First && !topic && s.linkBefore(m.First) != "another"
		after := isWord && m.First > trig && m.First <= trig+8 && !s.another(trig, m.First) && !s.f.w.happening(s.headKind(m)) && !topic && !s.datedApart(m, si) && !s.afterMargins(m.First)
		after = after || isWord && s.gatheredFor(c, trig, m) && !topic || s.kindWordBefore(trig, m)
		if !c.named && (trig >= m.First && trig < m.Limit || after || dateline) {
			c.named, c.ev.Name, c.base = true, m.Surface, m.Surface
			if k := s.headKind(m); k != "" && (s.f.w.generic(c.ev.Kind) || trig >= m.First && trig < m.Limit) {
				c.ev.Kind = k
			}
			continue
		}
		others = append(others, m)
	}
	if c.named {
		kept := others[:0]
		for _, o := range others {
			if !strings.Contains(c.base, o.Surface) {
				kept = append(kept, o) // "Security Dialogue" inside "Southern Neighbourhood Security Dialogue" is the same event
			}
		}
		others = kept
	}
	return append(others, s.eventWords(s.t.Sentences[si], trig)...)
}

// kindWordBefore reports whether the event word at trig is the kind of
// named event m, in lower case right before its name: "taking part in
// exercise Noble Jump, which runs until 20 May" is Noble Jump itself, its
// clause's date its own, not another event's.
func (s *eventState) kindWordBefore(trig int, m Mention) bool {
	if trig != m.First-1 || s.t.Tok(trig).IsCap() {
		return false
	}
	e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, trig)
	return n == 1 && e.Value(0) == s.headKind(m)
}

// gatheredFor reports whether a meeting verb at trig says its people
// gathered for named event m, "for" right before m's name past its
// owner and modifiers: "Allies met in Poland for NATO's annual Cyber
// Defence Conference" is that conference, not a meeting before it.
func (s *eventState) gatheredFor(c *evCand, trig int, m Mention) bool {
	if !s.f.w.generic(c.ev.Kind) || m.First <= trig || m.First > trig+12 || s.f.w.happening(s.headKind(m)) {
		return false
	}
	k := m.First - 1
	for n := 0; n < 4 && k > trig && s.t.Norm(k) != "for"; n++ {
		if tok := s.t.Tok(k); tok.IsCap() && s.ms.StartingAt(k, KOrg) == nil && s.ms.EndingAt(k+1, KOrg) == nil || !tok.IsWord() && tok.Norm != "'s" {
			return false
		}
		k--
	}
	return s.t.Norm(k) == "for" && !s.another(trig, k)
}

// datedApart reports whether named event m has a relative clause that
// dates it ("took part in the Annual Session, which Madrid hosted from 18
// to 21 November"): it is an event of its own, longer than the verb's.
func (s *eventState) datedApart(m Mention, si int) bool {
	_, d := s.relativeClause(m.Limit, s.t.Sentences[si])
	return d != nil
}

// wordAt reports whether an event word, of one word or several, starts
// at token i: "met", "take part" ("will take part in the Spring Session
// of the Assembly" names the session it takes part in).
func (s *eventState) wordAt(i int) bool {
	_, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
	return i >= 0 && n > 0
}

// topicAfter reports whether a topic noun follows named event m: "the
// Vilnius Summit outcomes" are what is talked about, not where it
// happens.
func (s *eventState) topicAfter(m Mention) bool {
	next := s.t.Tok(m.Limit)
	return next.IsWord() && !next.IsCap() && s.f.w.topicNouns.Has(next.Norm)
}

// topicBefore reports whether a topic noun stands before named event m
// and its preposition: "the decisions at the 2004 Istanbul Summit", "the
// outcomes of the Riga Summit".
func (s *eventState) topicBefore(m Mention) bool {
	j := s.backPastModifiers(m.First - 1)
	if s.f.w.future.Has(s.t.Norm(j)) {
		j = s.backPastModifiers(j - 1) // "the preparations for the next NATO Summit"
	}
	switch s.t.Norm(j) {
	case "at", "of", "in", "from", "for":
		k := s.backPastModifiers(j - 1)
		// but "the Vilnius Summit outcomes at the Aspen Security Forum":
		// the outcomes are the other event's
		return s.f.w.topicNouns.Has(s.t.Norm(k)) && !inside(s.Named, k-1)
	}
	return false
}

// another reports whether a word between the trigger and a named event
// makes the named event another one: "to visit Latvia during Exercise
// Steadfast Jazz", "met ahead of the Summit".
func (s *eventState) another(trig, first int) bool {
	for k := trig + 1; k < first; k++ {
		if l := s.link(k); l == "another" || l == "named" {
			return true
		}
	}
	return false
}

// linkBefore is the link of the word before an event word at i, past
// determiners, hyphenated modifiers and "of", or "": "during his two-day
// visit" links the visit as another event.
func (s *eventState) linkBefore(i int) string {
	if s.topicOpening(i) || s.coordinatedTopic(i) {
		return "topic" // "Looking ahead to the next summit in Oslo, ..."
	}
	j, prepared := s.linkWordBefore(i)
	if prepared {
		return "topic" // "speeds up preparations for Bucharest summit"
	}
	return s.link(j)
}

// occasionBefore reports whether the link before the event word at i
// (linkBefore) is an occasion's: "during a meeting".
func (s *eventState) occasionBefore(i int) bool {
	j, prepared := s.linkWordBefore(i)
	return !prepared && s.f.w.occasion(s.t.Norm(j))
}

// linkWordBefore is the token whose link linkBefore reads for the event
// word at i, and whether the word is what is prepared for.
func (s *eventState) linkWordBefore(i int) (int, bool) {
	j := s.backPastModifiers(i - 1)
	if s.t.Norm(j) == "of" {
		j = s.t.BackPastThe(j - 1)
	}
	if s.t.Norm(j) == "to" && s.link(j-1) == "another" {
		j-- // "Prior to the visit to Dundee, the group conducted a port visit to Hull"
	}
	if m := s.ms.EndingAt(j+1, KPlace, KOrg); m != nil && m.First > j-2 {
		j = s.t.BackPastThe(m.First - 1) // "discusses Riga Summit preparations", "discuss NATO Summit in Warsaw"
		if s.t.Norm(j) == "of" {
			j = s.t.BackPastThe(j - 1) // "on the margins of the G20 summit"
		}
	}
	if s.preparedFor(j) {
		return j, true // "speeds up preparations for Bucharest summit": a topic
	}
	return j, false
}

// preparedFor reports whether the "for" at j, in the title, follows a
// lower-case topic noun (topic-nouns.tsv): in a title "Alliance speeds
// up preparations for Bucharest summit" the summit is what is talked
// about, not the event the release reports (in the body, "in preparation
// for the Summit in X" still tells of the Summit).
func (s *eventState) preparedFor(j int) bool {
	prev := s.t.Tok(j - 1)
	return j < s.t.Sentences[0].Limit && s.t.Norm(j) == "for" && prev.IsWord() && !prev.IsCap() && s.f.w.topicNouns.Has(prev.Norm)
}

// coordinatedTopic reports whether the event word at i ends a list of
// what is talked about that a topic word of event-links.tsv opens a few
// lower-case words before it: "met to discuss military posture and
// exercises" talks of exercises, it holds none. The list must be joined
// by "and", "or" or a comma, and hold no preposition of place.
func (s *eventState) coordinatedTopic(i int) bool {
	sent := s.t.SentenceOf(i)
	joined := false
	for k, words := i-1, 0; k >= sent.First && words < 7; k, words = k-1, words+1 {
		tok := s.t.Tok(k)
		switch n := s.t.Norm(k); {
		case n == "and" || n == "or" || n == ",":
			joined = true
		case s.link(k) == "topic":
			return joined && k < i-2
		case !tok.IsWord() || tok.IsCap() || s.f.w.placePreps.Has(n):
			return false
		}
	}
	return false
}

// backPastModifiers returns the token before the determiners and
// hyphenated modifiers that end at token j ("his two-day", "the"), or j.
func (s *eventState) backPastModifiers(j int) int {
	for k := 0; k < 4 && j > 0; k++ {
		switch {
		case s.f.w.determiners.Has(s.t.Norm(j)):
			j--
		case s.t.Norm(j-1) == "-" && !s.t.Tok(j).SpaceBefore && !s.t.Tok(j-1).SpaceBefore:
			j -= 3 // "two-day"
		case s.t.Tok(j).IsNumber() || s.ms.EndingAt(j+1, KDate) != nil:
			j-- // "at the 2004 Istanbul Summit"
		default:
			return j
		}
	}
	return j
}

// link is the link of event-links.tsv that token i makes, or "".
func (s *eventState) link(i int) string {
	return s.f.w.linkOf(s.t.Norm(i))
}

// next reports whether a word before the trigger makes its event one more
// of the release's ("He also met", "Later, he held talks").
func (s *eventState) next(sent Sentence, trig int) bool {
	for k := sent.First; k < trig; k++ {
		if s.link(k) == "next" {
			return true
		}
	}
	return false
}

// headKind is the kind of event a named event's head says ("Summit"), its
// last before "of" or "for", else its last word; else its first word's
// ("Exercise").
func (s *eventState) headKind(m Mention) string {
	var heads []int
	for k := m.First + 1; k < m.Limit-1; k++ {
		if n := s.t.Norm(k); n == "of" || n == "for" {
			heads = append(heads, k-1) // "Inauguration Ceremony of the Joint Training Centre", "Graduation Ceremony for the Regional Course"
			break
		}
	}
	heads = append(heads, m.Limit-1)
	for _, h := range heads {
		for _, e := range s.f.w.eventHeads.Entries(s.t.Tokens[h].Text) {
			if e.Value(1) == "head" {
				return e.Value(0)
			}
		}
	}
	if e, ok := s.f.w.eventHeads.Lookup(s.t.Tokens[m.First].Text); ok {
		return e.Value(0)
	}
	return "exercise"
}

// datesOff returns the test of the dates of a sentence that are not its
// trigger's event's: those inside a quotation the trigger is not in ("the
// 20th of June will change nothing"), those from end on, the end of the
// trigger's clause ("The visit follows the floods in March"), and
// deadlines.
func (s *eventState) datesOff(c *evCand, sent Sentence, end int, quoted map[int]bool) func(*Mention) bool {
	return func(m *Mention) bool {
		return !c.quoted && (quoted[m.First] || s.inQuote(sent, m.First)) || m.First >= end || s.deadlineDate(m) || s.sinceDate(m) || s.scheduledOther(m, c.trig)
	}
}

// scheduledOther reports whether date mention m is what a participle of
// planning gives an event noun other than the trigger at trig, right
// before it: "met in Washington to discuss the summit scheduled for 20-21
// May" is no meeting in May.
func (s *eventState) scheduledOther(m *Mention, trig int) bool {
	k := m.First - 3
	if k < 0 || k == trig || !s.eventNoun(k) {
		return false
	}
	dm, _ := s.scheduledFor(k + 1)
	return dm == m
}

// sinceDate reports whether date mention m is when a state began, after
// "since" a few words before it in its clause ("has stood there since
// 1960", "has led it since it was created in May 2006"), or a post's
// tenure after "as TITLE" ("for his service as Chief of Defence from
// 2009 to 2011").
func (s *eventState) sinceDate(m *Mention) bool {
	for k := m.First; k >= 0 && k >= m.First-8 && s.t.SameSentence(k, m.First); k-- {
		switch n := s.t.Norm(k); {
		case n == "since" && k >= m.First-6:
			return true
		case n == "as" && s.ms.StartingAt(k+1, KRole) != nil && (!m.End.IsZero() || s.t.Norm(m.First-1) == "from" || s.t.Norm(m.First) == "from"):
			return true // "for his service as Chief of Defence of Denmark from 2009 to 2011": a tenure
		case n == "," || n == ";" || n == "(" || n == ")":
			return false
		}
	}
	return false
}

// bracketOpen returns where the brackets that close at token k open, if
// they hold a word or two ("(CET)"), or -1.
func (s *eventState) bracketOpen(k int) int {
	if s.t.Norm(k) != ")" {
		return -1
	}
	for o := k - 1; o >= k-3 && o >= 0; o-- {
		if s.t.Norm(o) == "(" {
			return o
		}
	}
	return -1
}

// deadlineDate reports whether date mention m is a deadline's: a word of
// deadline-words.tsv before it, past a time, its time zone in brackets, a weekday and "on" ("no
// later than Tuesday 28 February", "register by 12:00 on 2 March"); not
// "until", which gives an event's last day ("runs until 6 March").
func (s *eventState) deadlineDate(m *Mention) bool {
	if s.deadlineWordIn(m) {
		return true
	}
	for k := m.First - 1; k >= 0 && k >= m.First-9 && s.t.SameSentence(k, m.First); k-- {
		if n := s.t.Norm(k); n == "on" || n == ":" || n == "," || s.t.Tok(k).IsNumber() || s.f.w.weekdays.Has(n) {
			continue
		}
		if o := s.bracketOpen(k); o >= 0 {
			k = o // "by 17:00 (CET) on Monday": past the time zone
			continue
		}
		for j := max(k-3, 0); j <= k; j++ {
			if _, n := s.f.w.deadlines.MatchAt(s.t.Tokens, j); n > 0 && j+n == k+1 && s.t.Norm(j) != "until" {
				return true
			}
		}
		return false
	}
	return false
}

// deadlineWordIn reports whether date mention m opens with a deadline
// word of deadline-words.tsv, but "until": "reach the target by 2030" is
// a deadline, not when an event happens.
func (s *eventState) deadlineWordIn(m *Mention) bool {
	_, n := s.f.w.deadlines.MatchAt(s.t.Tokens, m.First)
	return n > 0 && n < m.Limit-m.First && s.t.Norm(m.First) != "until"
}

// dates gives ev the dates of sentence si, but those that follow another
// event's name ("NATO's Washington Summit last summer") and those off
// says are not its; where the clause from start holds a date, only its own.
func (s *eventState) dates(ev *natokg.Event, si int, others []Mention, off func(*Mention) bool, start int) (ended bool) {
	sent := s.t.Sentences[si]
	var dates []*Mention
	for _, m := range s.ms.In(sent.First, sent.Limit, KDate) {
		if !s.claimedBy(others, m.First) && !s.owned[m.First] && !off(m) {
			dates = append(dates, m)
		}
	}
	if own := slices.DeleteFunc(slices.Clone(dates), func(m *Mention) bool { return m.First < start }); len(own) > 0 {
		dates = own // "Czechia joined on 12 March 1999, and Prague hosted a Summit in 2002": the clause's own date
	}
	for _, m := range dates {
		if len(dates) > 1 && s.datelineDate(sent, m) {
			continue // the release's date: "Washington, 21 March 2006 – ... (20-21 March 2006)"
		}
		if s.t.Norm(m.First-1) == "until" {
			ev.End = m.Date // "runs until 6 March"
			continue
		}
		if s.phase(m) == "end" && ev.Start.IsZero() {
			ev.End, ended = m.Date, true // "today concluded the Spring Session"
			continue
		}
		if ev.Start.IsZero() || ev.Start.Day == 0 && m.Date.Day > 0 {
			ev.Start, ev.End = m.Date, m.End
		}
	}
	return ended
}

// clauseStart returns where the clause of the trigger at trig starts:
// after the last "; " or ", and" before it that a new subject follows
// ("..., and Prague hosted"), else at the sentence's start.
func (s *eventState) clauseStart(trig int, sent Sentence) int {
	for k := trig - 1; k > sent.First; k-- {
		if s.t.Norm(k) == ";" {
			return k + 1
		}
		if s.t.Norm(k) == "," && s.t.Norm(k+1) == "and" && (s.t.Tok(k+2).IsCap() || s.f.w.pronouns.Has(s.t.Norm(k+2))) {
			return k + 2
		}
	}
	return sent.First
}

// peopleClauseStart returns where the clause of the trigger at trig
// starts for its people: after ", and" and a subject that is no person
// nor title ("..., and Allies will discuss it at the meeting in London"),
// not inside a list of people ("the Minister, X, and General Y, took
// part").
func (s *eventState) peopleClauseStart(trig int, sent Sentence) int {
	k := s.clauseStart(trig, sent)
	j := k
	if s.t.Norm(j) == "and" {
		j++ // "General A, Chief of Defense; and General B, ..., each signed"
	}
	j = s.t.PastThe(j) // "...; and the Chairman of the Military Committee, Admiral X, also took part"
	if k == sent.First || s.People.At[j] != "" || s.ms.StartingAt(j, KRole, KRank, KHonorific, KDemonym) != nil {
		return sent.First
	}
	return k
}

// phase is the phase of its event a verb next to date mention m says the
// date is: "start" ("opened on 25 May"), "end" ("today concluded"), or "".
func (s *eventState) phase(m *Mention) string {
	for k := m.First - 4; k < m.Limit+2; k++ {
		if k >= 0 && k < len(s.t.Tokens) && s.t.SameSentence(k, m.First) && (k < m.First || k >= m.Limit) {
			if e, ok := s.f.w.phaseVerbs.Lookup(s.t.Norm(k)); ok {
				return e.Value(0)
			}
		}
	}
	return s.phasePhrase(m)
}

// phasePhrase is the phase a phrase of several words of phase-verbs.tsv
// that ends a few words before date mention m says: "came to a close in
// Tallinn today" ("end"); or "".
func (s *eventState) phasePhrase(m *Mention) string {
	for k := m.First - 8; k < m.First; k++ {
		if k < 0 || !s.t.SameSentence(k, m.First) {
			continue
		}
		if e, n := s.f.w.phaseVerbs.MatchAt(s.t.Tokens, k); n > 1 && k+n <= m.First && k+n >= m.First-4 {
			return e.Value(0)
		}
	}
	return ""
}

// datelineDate reports whether date mention m is a dateline's: "PLACE,
// DATE –" at the start of the sentence.
func (s *eventState) datelineDate(sent Sentence, m *Mention) bool {
	return s.t.Norm(s.pastClosing(m.Limit)) == "-" && s.opensWithDateline(sent) && m.First < sent.First+8
}

// claimedBy reports whether token i follows one of the named events.
func (s *eventState) claimedBy(named []Mention, i int) bool {
	for _, m := range named {
		if i == m.Limit {
			return true
		}
		if dm := s.dateBefore(m); dm != nil && dm.First == i {
			return true // "the 14 June NATO Summit"
		}
		if dm, _ := s.scheduledFor(s.pastHeld(m.Limit)); dm != nil && dm.First == i {
			return true // "the NATO Summit planned for May 2012"
		}
		if k := s.pastPlace(m.Limit); k > m.Limit || s.cityIn(m) != "" {
			if dm := s.dateAfter(k); dm != nil && dm.First == i {
				return true // "the NATO Summit in Lisbon on 19 and 20 November"
			}
		}
		if pm, dm := s.relativeClause(m.Limit, s.t.SentenceOf(m.First)); pm != nil && dm != nil && dm.First == i {
			return true // "Locked Shields 2024, ..., which the Centre will organise in Tallinn in April 2024"
		}
	}
	return false
}

// dateBefore returns a date right before a named event's name
// ("previewed the 14 June NATO Summit", "the 2008 Summit in Bucharest"),
// or nil.
func (s *eventState) dateBefore(m Mention) *Mention {
	if dm := s.ms.EndingAt(m.First, KDate); dm != nil {
		return dm // "the 14 June NATO Summit", "the May 2012 Summit"
	}
	y := s.t.Tok(m.First - 1)
	if n, err := strconv.Atoi(y.Text); err == nil && n >= 1945 && n <= 2099 && s.ms.At(m.First-1) == nil {
		return &Mention{Kind: KDate, Span: Span{m.First - 1, m.First}, Date: natokg.Date{Year: n}} // "the 2004 Istanbul Summit"
	}
	return nil
}

// pastPlace skips "in PLACE" at token k: "the NATO Summit in Lisbon".
func (s *eventState) pastPlace(k int) int {
	if s.t.Norm(k) == "in" {
		if pm := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KPlace); pm != nil {
			return pm.Limit
		}
	}
	return k
}

// pastCountry skips ", PLACE," at token k, the place that says where the
// one before it lies: "in Taormina, Italy, in February 2006".
func (s *eventState) pastCountry(k int) int {
	if s.t.Norm(k) == "," {
		if pm := s.ms.StartingAt(k+1, KPlace); pm != nil && s.t.Norm(pm.Limit) == "," {
			return pm.Limit + 1
		}
	}
	return k
}

// dateAfter returns the date mention at token k, perhaps after "on" ("in
// Lisbon on 19 and 20 November") or "from" ("the Final Planning
// Conference from 30 June to 2 July 2015"), or nil.
func (s *eventState) dateAfter(k int) *Mention {
	if k < 1 || !s.t.SameSentence(k-1, k) {
		return nil // a title's last word: the date line below it is the release's
	}
	if m := s.ms.StartingAt(k, KDate); m != nil {
		return m // "on Thursday", "last summer"
	}
	if n := s.t.Norm(k); n == "today" || n == "yesterday" || n == "tomorrow" {
		k++ // "the Forum today (22 November 2020)"
	}
	if n := s.t.Norm(k); n == "on" || n == "in" || n == "of" || n == "from" || n == "(" {
		k++ // "in Istanbul in June 2004", "the Riga Summit of 28-29 November", "the Summit in Wales (4-5 September)"
	}
	if m := s.ms.StartingAt(k, KDate); m != nil && s.t.SameSentence(k-1, m.First) {
		return m
	}
	return nil
}

// closedWith returns the event that the sentence's event c ended with,
// an event of its own on c's last day at c's place: "The staff talks came
// to a close on 22 June with a visit to SHAPE", "the session closed with
// a ceremony"; or nil.
func (s *eventState) closedWith(c *evCand, si int, sent Sentence) *evCand {
	for k := sent.First + 1; k+1 < sent.Limit; k++ {
		if s.t.Norm(k) != "with" || !s.endsBefore(k, sent) {
			continue
		}
		j := skipThe(s.t, s.ms, k+1)
		if n := s.t.Norm(j); n == "a" || n == "an" {
			j++
		}
		e, ok := s.f.w.eventWords.Lookup(s.t.Norm(j))
		if !ok || e.Value(1) != "noun" || s.f.w.happening(e.Value(0)) {
			return nil
		}
		ev := eventIn(e.Value(0), sent)
		ev.Start, ev.Location = cmp.Or(c.ev.End, c.ev.Start), c.ev.Location
		if own := s.sentencePlace(Sentence{First: j, Limit: sent.Limit, Start: sent.Start, End: sent.End}, nil); own != "" {
			ev.Location = own // "concluded with a wreath laying ceremony at Arlington Cemetery"
		}
		return &evCand{ev: ev, sent: si, split: true}
	}
	return nil
}

// endsBefore reports whether a verb or a phrase of phase-verbs.tsv that
// says an event ended stands a few words before token k.
func (s *eventState) endsBefore(k int, sent Sentence) bool {
	for i := max(k-7, sent.First); i < k; i++ {
		if e, n := s.f.w.phaseVerbs.MatchAt(s.t.Tokens, i); n > 0 && i+n <= k && e.Value(0) == "end" {
			return true
		}
	}
	return false
}

// daysOf returns the events a date's apposition dates: "On 5 February,
// the second day of their informal meeting", "1 April 2009, the day
// Albania and Croatia joined". c is the sentence's event, or nil.
func (s *eventState) daysOf(c *evCand, si int, sent Sentence) []*evCand {
	var out []*evCand
	if c2 := s.dayOfEvent(c, si, sent); c2 != nil {
		out = append(out, c2)
	}
	if c2 := s.dayOfClause(si, sent); c2 != nil {
		out = append(out, c2)
	}
	return out
}

// dayOfEvent returns the event that a date's apposition, or "on the Nth
// day of" after the sentence's own date, says had begun N-1 days before
// that date: "On 5 February, the second day of their informal meeting in
// Istanbul" (the meeting began on 4 February), "today ..., on the second
// day of the NATO Istanbul Summit"; or nil. It is an event of its own:
// the sentence's event is held during it.
func (s *eventState) dayOfEvent(c *evCand, si int, sent Sentence) *evCand {
	for i := sent.First + 1; i+4 < sent.Limit; i++ {
		n := s.f.w.ordinalNumber(s.t.Norm(i + 1))
		if s.t.Norm(i) != "the" || n < 2 || s.t.Norm(i+2) != "day" || s.t.Norm(i+3) != "of" {
			continue
		}
		day := s.appositionDay(i, c)
		kind, place, name := s.eventAfterOf(i+4, si, sent)
		if day.Day == 0 || kind == "" {
			continue
		}
		ev := eventIn(kind, sent)
		ev.Start, ev.End, ev.Location, ev.Name = day.AddDays(1-n), day, place, name
		return &evCand{ev: ev, sent: si, split: true, apart: true, dayOf: true}
	}
	return nil
}

// dayOfClause returns the event of a clause that a date's apposition
// says happened that day, or the day before or after it: "since 1 April
// 2009, the day Albania and Croatia joined the Alliance", "8 July 2005,
// the day after the bombings in London"; or nil.
func (s *eventState) dayOfClause(si int, sent Sentence) *evCand {
	for i := sent.First + 1; i+2 < sent.Limit; i++ {
		day := s.appositionDay(i, nil)
		if s.t.Norm(i) != "the" || s.t.Norm(i+1) != "day" || day.Day == 0 {
			continue
		}
		j, off := i+2, 0
		switch s.t.Norm(j) {
		case "after":
			j, off = j+1, -1
		case "before":
			j, off = j+1, 1
		}
		if kind := s.clauseKind(j, sent); kind != "" {
			ev := eventIn(kind, sent)
			ev.Start = day.AddDays(off)
			return &evCand{ev: ev, sent: si, split: true, apart: true}
		}
	}
	return nil
}

// clauseKind returns the kind of the first event word of the few words
// from token j to the next comma: a verb ("Croatia joined") or a
// happening's noun ("the bombings"); or "".
func (s *eventState) clauseKind(j int, sent Sentence) string {
	for k := j; k < j+6 && k < sent.Limit && s.t.Norm(k) != ","; k++ {
		e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, k)
		if n == 0 || s.ms.At(k) != nil {
			continue
		}
		if r := e.Value(1); strings.HasPrefix(r, "verb") || r == "noun" && s.f.w.happening(e.Value(0)) {
			return e.Value(0)
		}
	}
	return ""
}

// appositionDay returns the day a phrase at token i speaks of: the date
// it stands in apposition to ("On 5 February, the second day of", "on
// Friday (6 September 2013), the second day of"), or, after "on", the
// day of the sentence's event c; or no date.
func (s *eventState) appositionDay(i int, c *evCand) natokg.Date {
	k := i - 1
	if s.t.Norm(k) == "on" && c != nil && c.ev.Start.Day > 0 && c.ev.End.IsZero() {
		return c.ev.Start
	}
	if s.t.Norm(k) != "," {
		return natokg.Date{}
	}
	if s.t.Norm(k-1) == ")" {
		k--
	}
	if dm := s.ms.EndingAt(k, KDate); dm != nil && dm.End.IsZero() {
		return dm.Date
	}
	return natokg.Date{}
}

// eventAfterOf returns the kind, the place and the name of the event a
// phrase names at token j, past its article, possessive and adjectives:
// a named event ("NATO's Istanbul Summit") or an event noun and the place
// after "in" ("their informal meeting in Istanbul"); or "".
func (s *eventState) eventAfterOf(j, si int, sent Sentence) (kind, place, name string) {
	for k := j; k < j+5 && k < sent.Limit && s.t.Norm(k) != ","; k++ {
		for _, m := range s.namedIn(si) {
			if m.First == k {
				return s.headKind(m), s.cityIn(m), m.Surface
			}
		}
		if e, ok := s.f.w.eventWords.Lookup(s.t.Norm(k)); ok && e.Value(1) == "noun" && s.ms.At(k) == nil {
			if pm := s.ms.StartingAt(skipThe(s.t, s.ms, k+2), KPlace); pm != nil && s.t.Norm(k+1) == "in" {
				place = pm.Key
			}
			return e.Value(0), place, ""
		}
	}
	return "", "", ""
}

// passingPhrase returns the place and the date that follow, each after
// its own preposition, an event's noun at i that is not the sentence's
// trigger: "the Defence Ministers meeting in February 2006 in Taormina",
// "the conference in Riga in May 2019". An event named in passing this
// way is one of its own, at its own place on its own date; it needs both,
// and returns nils where either is missing.
func (s *eventState) passingPhrase(i, trig int, sent Sentence) (place, date *Mention) {
	e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
	if i == trig || n == 0 || e.Value(1) != "noun" || s.f.w.happening(e.Value(0)) || s.ms.At(i) != nil || s.inEventName(i) || !s.definitePhrase(i) || i == s.object(trig) || s.occasionOf(trig, i) {
		return nil, nil
	}
	k := s.pastHeld(s.pastOfComplement(i+n, sent))
	date, k = s.scheduledFor(k) // "the summit scheduled for 20-21 May in Chicago"
	for step := 0; step < 2 && k < sent.Limit && (place == nil || date == nil); step++ {
		switch p := s.t.Norm(k); {
		case date == nil && (p == "in" || p == "on") && s.ms.StartingAt(k+1, KDate) != nil:
			date = s.ms.StartingAt(k+1, KDate)
			k = date.Limit
		case place == nil && (p == "in" || p == "at"):
			pm := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KPlace)
			if pm == nil || !s.isPlace(pm) {
				return nil, nil
			}
			place, k = pm, s.pastCountry(pm.Limit)
		default:
			return nil, nil
		}
	}
	if place == nil || date == nil {
		return nil, nil
	}
	return place, date
}

// passingEvents returns the events a sentence names in passing beside its
// trigger, each with the place and the date its phrase gives
// (passingPhrase): "following the Foreign Ministers meeting in December
// 2004 in Brussels and the Defence Ministers meeting in February 2006 in
// Taormina" tells of two meetings.
func (s *eventState) passingEvents(si int, sent Sentence, trig int) []*evCand {
	var out []*evCand
	for i := sent.First; i < sent.Limit; i++ {
		pm, dm := s.passingPhrase(i, trig, sent)
		if pm == nil {
			continue
		}
		e, _ := s.f.w.eventWords.MatchAt(s.t.Tokens, i)
		ev := eventIn(e.Value(0), sent)
		ev.Location, ev.Start, ev.End = pm.Key, dm.Date, dm.End
		out = append(out, &evCand{ev: ev, sent: si, split: true})
	}
	return out
}

// definitePhrase reports whether the noun at i ends a phrase that "the"
// opens, past a few words and a plural's possessive ("the Defence
// Ministers meeting", "the NATO leaders' meeting"): an event the
// text names as known, not one it reports ("held an informal meeting").
func (s *eventState) definitePhrase(i int) bool {
	for k := i - 1; k >= i-5 && k >= 0 && s.t.SameSentence(k, i); k-- {
		switch n := s.t.Norm(k); {
		case n == "the":
			return true
		case (n == "'" || n == "’") && strings.HasSuffix(s.t.Norm(k-1), "s"):
			// "the NATO leaders' meeting": a plural's possessive
		case !s.t.Tok(k).IsWord() || s.f.w.determiners.Has(n):
			return false
		}
	}
	return false
}

// pastOfComplement returns the token after the "of" complement of an
// event noun ending at k, where capitalised words (and "and", "of",
// "the", and the lower-case words of a group of people: "foreign
// ministers") run from it to "in", "on" or "at", or to "held" after a
// comma: "the meeting of NATO Heads of State and Government in Brussels
// on 25 May" goes on at "in", "the meeting of Allied foreign ministers,
// held at NATO Headquarters" at "held". It returns k where no such
// complement stands there.
func (s *eventState) pastOfComplement(k int, sent Sentence) int {
	if s.t.Norm(k) != "of" || !s.t.Tok(k+1).IsCap() {
		return k
	}
	for j := k + 1; j < sent.Limit && j <= k+10; j++ {
		switch n := s.t.Norm(j); {
		case n == "in" || n == "on" || n == "at":
			return j
		case n == "," && s.t.Norm(j+1) == "held":
			return j + 1
		case s.t.Tok(j).IsCap() || n == "and" || n == "of" || n == "the" || n == "'s" || s.groupWord(n):
		default:
			return k
		}
	}
	return k
}

// groupWord reports whether the lower-case word n names a group of people
// (group-nouns.tsv: "ministers", "leaders") or their field
// (role-modifiers.tsv's domain words: "foreign", "defence").
func (s *eventState) groupWord(n string) bool {
	return s.f.w.groupNouns.Has(n) || s.f.w.roleMods.Value(n, 0) == "domain"
}

// earlierLeads takes the dateline's day from an event that only the
// dateline's sentence reports, by no word of its own ("Baku, 17 October
// 2008 – A project has reached its first milestone"), where another
// event of the release is dated within the month before: the lead
// tells, in the present perfect, of what the body dates earlier ("A
// ceremony marking the milestone was held on Thursday, 16 October").
func (s *eventState) earlierLeads(events []*natokg.Event) {
	for _, l := range s.leads {
		if l.Kind != "event" || l.Start != s.Published || !slices.Contains(events, l) {
			continue
		}
		for _, e := range events {
			if e != l && s.shortlyBefore(e.Start) {
				l.Start, l.End = natokg.Date{}, natokg.Date{}
				break
			}
		}
	}
}

// shortlyBefore reports whether d, a day or a month, is before the
// release's date and within a month of it.
func (s *eventState) shortlyBefore(d natokg.Date) bool {
	if d.IsZero() || d.Month == 0 || !before(d, s.Published) {
		return false
	}
	if d.Day == 0 {
		d.Day = 28
	}
	return !before(d, s.Published.AddDays(-31))
}
