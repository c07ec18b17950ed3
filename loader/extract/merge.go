package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/natokg/natokg"
)

// merge joins the candidates that speak of one event, gives the main
// event its late organisers and attendees, gives events with no place the
// release's place, and names and keys each event.
func (s *eventState) merge(cands []*evCand) []*natokg.Event {
	var titleCand *evCand
	var body []*evCand
	for _, c := range titleLast(cands) {
		if c.title {
			titleCand = c
		} else {
			body = append(body, c)
		}
	}
	s.leadsDatedAgain(body)
	out := s.joinBody(body)
	main := s.mainOf(out)
	if titleCand != nil {
		if stop := s.titleStop(out, main, titleCand); stop != nil {
			s.join(stop.ev, titleCand.ev)
		} else if main != nil && titleCand.ev.Kind != "statement" && (s.compatible(main.ev, titleCand.ev) || s.sameAtSeat(main.ev, titleCand.ev) || s.venueOfDateline(main.ev, titleCand.ev)) {
			if s.Entities.PlaceKind(main.ev.Location) == natokg.Country && main.country == "" {
				main.country = main.ev.Location // "to travel to Oslo and Bodø", then "an official visit to Norway"
			}
			s.join(main.ev, titleCand.ev)
		} else if st := s.bodyStatement(out, titleCand); st != nil {
			s.join(st.ev, titleCand.ev)
		} else {
			if titleCand.ev.Kind == "statement" && titleCand.ev.Start.IsZero() {
				titleCand.ev.Start = s.Published // the release is the statement
			}
			out = append([]*evCand{titleCand}, out...)
			if main == nil {
				main = titleCand
			}
		}
	}
	if main != nil {
		s.mainEvent(main.ev, out)
		s.sceneVenue(main)
	}
	s.visitTowns(out)
	s.leadTowns(out)
	sittingSpeakers(out)
	home := s.releasePlace(out)
	s.dayOfNext(out)
	stops := s.dayStops(out, home)
	s.placesOfParagraphs(out, stops)
	s.daysOfParagraphs(out)
	s.dayOfRelease(out, home)
	out = s.joinRepeats(out)
	events := make([]*natokg.Event, 0, len(out))
	keys := map[string]bool{}
	for _, c := range out {
		if c.endOnly && c.ev.Start.IsZero() {
			c.ev.Start, c.ev.End = c.ev.End, natokg.Date{} // only its end is known: "today concluded the talks"
		}
		ev := s.finish(c.ev, home, stops)
		for n := 2; keys[ev.Key]; n++ {
			// two press conferences in Tirana on one day: two events
			ev.Key = fmt.Sprintf("%s %s %d", ev.Start, ev.Name, n)
		}
		keys[ev.Key] = true
		events = append(events, ev)
	}
	return events
}

// leadsDatedAgain gives an event dated only by the date line above the
// lead the days of the next sentence's event of its kind at its place,
// dated by its own words in the month before: "Dec 1, 2014 / Three
// ships made a port visit to Piraeus. The group was in Piraeus from 26
// November to 29 November" is one visit, of 26 to 29 November.
func (s *eventState) leadsDatedAgain(cands []*evCand) {
	for i, c := range cands {
		if !slices.Contains(s.leads, c.ev) || c.ev.Location == "" {
			continue
		}
		o := nextSentences(cands, i)
		if o != nil && o.sent == c.sent+1 && o.ev.Kind == c.ev.Kind && o.ev.Location == c.ev.Location && o.ev.Start.Day > 0 && s.shortlyBefore(o.ev.Start) {
			c.ev.Start, c.ev.End = o.ev.Start, o.ev.End
		}
	}
}

// nextSentences returns the first candidate after cands[i] that a later
// sentence than its own tells, nil where none does: the lead's other
// events ("during the Group's deployment to the Mediterranean") come
// between.
func nextSentences(cands []*evCand, i int) *evCand {
	for _, o := range cands[i+1:] {
		if o.sent != cands[i].sent {
			return o
		}
	}
	return nil
}

// sittingSpeakers gives a session of several days the people of a
// session held on one of its days at its place, a sitting of it: those
// who address "the plenary sitting on Tuesday 9 October" take part in
// the Annual Session of 5-9 October too.
func sittingSpeakers(out []*evCand) {
	for _, c := range out {
		if c.ev.Kind != "session" || c.ev.Start.Day == 0 || !c.ev.End.IsZero() {
			continue
		}
		for _, o := range out {
			if o != c && o.ev.Kind == "session" && o.ev.End.Day > 0 && o.ev.Start.Day > 0 && (c.ev.Location == "" || c.ev.Location == o.ev.Location) && during(c.ev.Start, o.ev) {
				for _, a := range c.ev.Attendees {
					addAlias(&o.ev.Attendees, a)
				}
			}
		}
	}
}

// titleStop returns the body's event at the town of the title's event,
// where the title names one stop of a visit the body spreads over
// several places of its country: "holds talks in Bucharest and visits
// the Romanian Navy in Constanța" over "paid a visit to Romania ... In
// Bucharest, he held talks ... On the second day he travelled to
// Constanța"; or nil. The visit stays in the country.
func (s *eventState) titleStop(out []*evCand, main, title *evCand) *evCand {
	l := title.ev.Location
	if main == nil || l == "" || s.Entities.PlaceKind(main.ev.Location) != natokg.Country || l == main.ev.Location || !s.within(l, main.ev.Location) || !s.spreadIn(main, main.ev.Location, out) {
		return nil
	}
	for _, c := range out {
		if c != main && c.ev.Location == l && s.compatible(c.ev, title.ev) {
			return c
		}
	}
	return nil
}

// visitTowns gives a visit to a country the one town of that country
// where the release's other events happen: "paid official visits to
// Montenegro and Romania ... In Podgorica, he was welcomed by ...; he
// was received in Bucharest" are visits to Podgorica and Bucharest. Where
// an event happens elsewhere in the country (another town, a base
// outside the town), the country stays, even where the visit's sentence
// is dated in one of its towns: "Stavanger, 25 February – ... ended a
// two-day visit to Norway. In Oslo on Wednesday, he held talks ...".
func (s *eventState) visitTowns(out []*evCand) {
	for _, c := range out {
		if c.ev.Kind != "visit" {
			continue
		}
		if c.country != "" && c.town == "" && s.within(c.ev.Location, c.country) && s.spreadIn(c, c.country, out) {
			c.ev.Location = c.country
		}
		if s.Entities.PlaceKind(c.ev.Location) != natokg.Country {
			continue
		}
		if s.spreadIn(c, c.ev.Location, out) {
			s.spread[c.ev] = true // "a visit to Norway ... In Oslo, ... then flew north to Bodø"
		} else if town := cmp.Or(c.town, s.oneTown(c, out)); town != "" {
			c.ev.Location = town
		}
	}
}

// leadTowns gives an event placed in the title's country, where its own
// sentence does not name that country, the one town of it that the lead
// names (leadTown), where the release names no other town of it.
func (s *eventState) leadTowns(out []*evCand) {
	for _, c := range out {
		l := c.ev.Location
		if s.Entities.PlaceKind(l) != natokg.Country || !s.namesPlace(0, l) || c.sent > 0 && s.namesPlace(c.sent, l) {
			continue
		}
		if town := s.leadTown(l); town != "" && !s.otherTownsIn(l, town) {
			c.ev.Location = town
		}
	}
}

// leadTown returns the one town of country that the release's lead
// sends its subject to or places it in, or "": the title's "NATO
// maritime group visits Russia" over a lead that "dispatched three units
// to Novorossiysk, Russia" is a visit to Novorossiysk.
func (s *eventState) leadTown(country string) string {
	lead := s.t.Lead()
	if lead >= len(s.t.Sentences) {
		return ""
	}
	sent, town := s.t.Sentences[lead], ""
	for _, m := range s.ms.In(sent.First, sent.Limit, KPlace) {
		if m.Key == town || s.Entities.PlaceKind(m.Key) != natokg.City || !s.within(m.Key, country) || !s.prepBefore(m.First, false, "locative", "motion") {
			continue
		}
		if town != "" {
			return "" // two towns: a journey across the country
		}
		town = m.Key
	}
	return town
}

// spreadIn reports whether the release's other events happen at two
// places or more of country, neither in the other: a visit's stops
// across the country.
func (s *eventState) spreadIn(c *evCand, country string, out []*evCand) bool {
	var in []string
	for _, o := range out {
		l := o.ev.Location
		if o == c || l == "" || l == country || !s.within(l, country) || slices.Contains(in, l) {
			continue
		}
		for _, k := range in {
			if s.within(l, k) || s.within(k, l) {
				l = ""
				break
			}
		}
		if l != "" {
			in = append(in, l)
		}
	}
	return len(in) >= 2
}

// oneTown returns the town where every other event within visit c's
// country happens, or "". A venue that nothing places but a country's
// demonym in its name says nothing of the town: "the Finnish Institute"
// lies in Finland, "the Swedish Institute" in Sweden's town. Another
// venue that nothing places is taken to lie in
// the town where an event of its day happens ("will continue to
// Stockholm, where he is due to hold meetings ... and deliver a speech at
// the Swedish Institute of International Affairs").
func (s *eventState) oneTown(c *evCand, out []*evCand) string {
	var in []*evCand
	town := ""
	for _, o := range out {
		l := o.ev.Location
		if o == c || l == "" || l == c.ev.Location || !s.within(l, c.ev.Location) && s.placed(l) {
			continue // not a place known to lie in another country
		}
		if d := s.f.g.demonymAt(tokenizeForm(l), 0); d != "" && s.Entities.PlaceKind(l) != natokg.City && !s.placed(l) {
			continue // "the Finnish Institute of International Affairs" on a visit to Sweden: Finland's; "the Swedish Institute" one of its town's
		}
		if s.onlyInEventNames(l) {
			continue // "the Aspen – GMF Bucharest Forum" places the forum, not the visit to Romania
		}
		in = append(in, o)
		if s.Entities.PlaceKind(l) == natokg.City && town == "" {
			town = l
		}
	}
	for _, o := range in {
		if l := o.ev.Location; l != town && !s.within(l, town) && !s.sameDayIn(o, town, in) {
			return "" // "then travelled to Bodø", "visited Tapa Army Base"
		}
		if o.next && o.ev.Kind == "visit" && o.ev.Location == town {
			return "" // "travelled to Afghanistan ... also travelled to Herat": a stop of the visit, which stays in the country
		}
	}
	if town != "" && s.otherTownsIn(c.ev.Location, town) {
		return "" // "completed a three day visit to Afghanistan ... met President Karzai in Kabul ... travelled to Helmand, Kandahar and Herat"
	}
	return town
}

// onlyInEventNames reports whether the text names place key only inside
// the names of events ("the GMF Bucharest Forum"), nowhere on its own.
func (s *eventState) onlyInEventNames(key string) bool {
	named := false
	for _, m := range s.ms.List {
		if m.Kind != KPlace || m.Key != key {
			continue
		}
		if !s.inEventName(m.First) {
			return false
		}
		named = true
	}
	return named
}

// otherTownsIn reports whether the release names a town or a region of
// country, other than town and the places within it: a visit to the
// country went further than the town its events are placed in.
func (s *eventState) otherTownsIn(country, town string) bool {
	for _, m := range s.ms.List {
		if m.Kind != KPlace || m.Key == town || m.Key == country || !s.within(m.Key, country) || s.within(m.Key, town) {
			continue
		}
		if k := s.Entities.PlaceKind(m.Key); k == natokg.City || k == natokg.Region {
			return true
		}
	}
	return false
}

// sameDayIn reports whether event o, at a venue that nothing places,
// happens on the day of an event of evs in town.
func (s *eventState) sameDayIn(o *evCand, town string, evs []*evCand) bool {
	if s.placed(o.ev.Location) || s.Entities.PlaceKind(o.ev.Location) == natokg.City || o.ev.Start.Day == 0 {
		return false
	}
	for _, e := range evs {
		if e.ev.Location == town && e.ev.Start == o.ev.Start {
			return true
		}
	}
	return false
}

// placed reports whether place key is a country or the gazetteer or the
// text says where it lies.
func (s *eventState) placed(key string) bool {
	if p := s.Entities.Places[key]; p != nil && (p.Within != "" || p.Kind == natokg.Country) {
		return true
	}
	g := s.f.g.Places[key]
	return g != nil && g.Within != ""
}

// nearRelease reports whether day d lies within two days of the
// release's date.
func (s *eventState) nearRelease(d natokg.Date) bool {
	if s.Published.Day == 0 {
		return false
	}
	for n := -2; n <= 2; n++ {
		if s.Published.AddDays(n) == d {
			return true
		}
	}
	return false
}

// sameAtSeat reports whether the title's event is the body's main event
// of the same kind and day, told at the body that holds it where the
// body names the venue: "Change of command at Allied Land Command", then
// "... at a ceremony at the Izmir Air Station".
func (s *eventState) sameAtSeat(main, title *natokg.Event) bool {
	return main.Kind == title.Kind && main.Location != "" && s.Entities.Orgs[title.Location] != nil && agree(main.Start, title.Start)
}

// venueOfDateline reports whether the title's event, placed at the
// dateline's town or at a place that holds it, is the body's main event
// at a venue the text puts nowhere: "Secretary General speaks in Brussels
// lecture", then "Brussels, 1 March 2007 – ... a lecture at the Palais
// des Beaux-Arts". A release datelined where it happens tells of a venue
// in that town.
func (s *eventState) venueOfDateline(main, title *natokg.Event) bool {
	town := s.datelinePlace()
	if town == "" || title.Location == "" || s.Entities.PlaceKind(main.Location) != natokg.Venue || !s.mayLieIn(main.Location, town) {
		return false
	}
	if title.Location != town && !s.within(town, title.Location) && (s.Entities.PlaceKind(title.Location) != natokg.Country || s.placed(town)) {
		return false
	}
	return agree(main.Start, title.Start)
}

// bodyStatement returns the body's statement that the title's statement
// is ("Statement by NATO Foreign Ministers", then "Ministers agreed the
// following statement."), or nil.
func (s *eventState) bodyStatement(out []*evCand, title *evCand) *evCand {
	if title.ev.Kind != "statement" {
		return nil
	}
	for _, c := range out {
		if c.ev.Kind == "statement" && !c.named && s.compatible(c.ev, title.ev) {
			return c
		}
	}
	return nil
}

// dayOfNext gives the main event, where nothing dates it, the day of the
// event its paragraph tells next: "The Rector visited the Academy. She
// met the staff on 9 June 2017."
func (s *eventState) dayOfNext(out []*evCand) {
	if len(out) == 0 {
		return
	}
	main := out[0]
	if !main.ev.Start.IsZero() || !main.ev.End.IsZero() || main.sent == 0 || main.named || s.f.w.happening(main.ev.Kind) {
		return
	}
	var next *evCand
	for _, c := range out[1:] {
		if c.sent > main.sent && (next == nil || c.sent < next.sent) {
			next = c
		}
	}
	if next != nil && !next.named && !next.quoted && !s.f.w.happening(next.ev.Kind) && next.ev.Start.Day > 0 &&
		s.t.SameParagraph(s.t.Sentences[main.sent], s.t.Sentences[next.sent]) {
		main.ev.Start = next.ev.Start
	}
}

// placesOfParagraphs gives an event its sentence places nowhere the place
// of the event told just before it in its paragraph or its sentence
// before, where its day can be one of that event's or the next: "Mr Olsen
// was in Lviv for a two-day visit on 10-11 May. He held a press conference
// with the Prime Minister." Named events and happenings keep their own,
// and give none: the event before them is the one told before. Another
// meeting told next at a venue's ("He later met X") is in the venue's
// town, not in the same hall.
func (s *eventState) placesOfParagraphs(out []*evCand, stops map[natokg.Date]string) {
	byOrder := append([]*evCand(nil), out...)
	sort.SliceStable(byOrder, func(a, b int) bool { return byOrder[a].sent < byOrder[b].sent })
	for i := 1; i < len(byOrder); i++ {
		c, prev := byOrder[i], byOrder[i-1]
		for j := i - 2; j >= 0 && (s.f.w.happening(prev.ev.Kind) || prev.named || vague(prev.ev.Start)) && prev.sent != c.sent; j-- {
			prev = byOrder[j] // past "its role in NATO's mission in Afghanistan": a happening told in passing; past "where the Accords were signed in 1995", "the Chicago summit next May"
		}
		if c.ev.Location != "" || c.named || c.quoted || c.timeOnly || prev.sent == 0 || prev.sent == c.sent || prev.ev.Location == "" ||
			s.f.w.happening(c.ev.Kind) || s.f.w.happening(prev.ev.Kind) || prev.named || vague(prev.ev.Start) {
			continue
		}
		near := s.t.SameParagraph(s.t.Sentences[prev.sent], s.t.Sentences[c.sent]) || c.sent == prev.sent+1
		switch {
		case !near || s.ownDayApart(c, prev):
		case c.next && c.ev.Kind == prev.ev.Kind && s.townOf(prev.ev.Location) != prev.ev.Location && (c.ev.Start.IsZero() || during(c.ev.Start, prev.ev)):
			c.ev.Location = s.townOf(prev.ev.Location) // "He later met the Minister of Defence": another meeting, in the venue's town, not the same hall
		case c.ev.Start.IsZero() || during(c.ev.Start, prev.ev):
			c.ev.Location = prev.ev.Location
		case s.dayAfter(c.ev.Start, prev.ev):
			c.ev.Location = cmp.Or(s.hostsStop(c.ev, stops), s.nextDayTown(prev.ev.Location)) // the next day, in the same town, not the same hall, unless the tour is elsewhere that day
		}
	}
}

// ownDayApart reports whether event c, in the paragraph after undated
// event prev's, gives a day of its own: another occasion, which nothing
// places where prev is ("At the Ministry, in London, he will meet X. //
// On 10 April, he will have a meeting with Y").
func (s *eventState) ownDayApart(c, prev *evCand) bool {
	return c.ev.Start.Day > 0 && prev.ev.Start.IsZero() && !s.t.SameParagraph(s.t.Sentences[prev.sent], s.t.Sentences[c.sent])
}

// nextDayTown returns the town a venue of that key lies in, the place an
// event of the next day takes from it; none for a venue the text puts in
// no town ("visited Tapa Army Base" on Thursday places no conference on
// Friday); the key itself for a place that is no venue.
func (s *eventState) nextDayTown(key string) string {
	if t := s.townOf(key); t != key || s.Entities.PlaceKind(key) != natokg.Venue {
		return t
	}
	return ""
}

// townOf returns the town a venue of that key lies in, or the key.
func (s *eventState) townOf(key string) string {
	if p := s.Entities.Places[key]; p != nil && p.Kind == natokg.Venue && s.Entities.PlaceKind(p.Within) == natokg.City {
		return p.Within
	}
	return key
}

// dayAfter reports whether whole day d is the day after event ev ends:
// "On Friday, he met ... in Munich. On Saturday, he met ...".
func (s *eventState) dayAfter(d natokg.Date, ev *natokg.Event) bool {
	last := ev.End
	if last.IsZero() {
		last = ev.Start
	}
	return d.Day > 0 && last.Day > 0 && last.AddDays(1) == d
}

// daysOfParagraphs gives an event its sentence leaves undated the day of
// the event told just before it in the same paragraph, where that is one
// whole day: "On 16 February, he met Chancellor Merkel. He also met
// Vice-President Pence."; or the day, and the place, of a sentence before
// it that sets the scene ("He praised Bulgaria's contributions in Sofia on
// Friday (1 March 2019). He met ..."). Named events and happenings keep
// their own.
func (s *eventState) daysOfParagraphs(out []*evCand) {
	scene := map[*evCand]bool{}
	byOrder := append([]*evCand(nil), out...)
	for _, c := range s.scenes {
		scene[c] = true
		byOrder = append(byOrder, c)
	}
	sort.SliceStable(byOrder, func(a, b int) bool { return byOrder[a].sent < byOrder[b].sent })
	var last *evCand
	for _, c := range byOrder {
		if c.sent == 0 {
			continue
		}
		dated := c.ev.Start.Day > 0 && (c.ev.End.IsZero() || c.ev.End == c.ev.Start)
		switch {
		case dated:
			last = c
		case c.ev.Start.IsZero() && c.ev.End.IsZero() && !c.named && !s.f.w.happening(c.ev.Kind) && !c.quoted && !c.apart &&
			last != nil && last.sent < c.sent && (s.t.SameParagraph(s.t.Sentences[last.sent], s.t.Sentences[c.sent]) || s.opensWithDayPart(c.sent)):
			c.ev.Start = last.ev.Start
			if scene[last] && c.ev.Location == "" {
				c.ev.Location = last.ev.Location // the scene's place too: "... in Sofia on Friday. He met ..."
			}
		}
	}
}

// dayOfRelease gives the events the text dates nowhere the day of the
// release's place (home), where home is one whole day, every event the
// release dates falls on it and the undated event happens at home's
// place, within it or, on a visit of one day, at a venue the text puts
// nowhere: "during a visit to NATO HQ by President X, 19 July
// ... The President visited NATO HQ to meet the Secretary General ...
// said X at a press point after the meeting" are all of 19 July. Named
// events, happenings and events told as before or after their
// sentence's keep none.
func (s *eventState) dayOfRelease(out []*evCand, home *natokg.Event) {
	if home == nil || home.Start.Day == 0 || !home.End.IsZero() && home.End != home.Start {
		return
	}
	for _, c := range out {
		if !c.ev.Start.IsZero() && (c.ev.Start != home.Start || !c.ev.End.IsZero() && c.ev.End != c.ev.Start) {
			return // the release tells of another day
		}
	}
	for _, c := range out {
		if c.ev.Start.IsZero() && c.ev.End.IsZero() && !c.named && !c.quoted && !c.apart && !s.f.w.happening(c.ev.Kind) &&
			c.ev.Location != "" && (c.ev.Location == home.Location || s.within(c.ev.Location, home.Location) || home.Kind == "visit" && s.venueNowhere(c.ev.Location)) {
			c.ev.Start = home.Start
		}
	}
}

// venueNowhere reports whether key is a venue the text puts in no town
// or country: one of the release's own place, as far as the text tells
// ("deliver the keynote speech at the conference held at the Royal
// Castle", on a visit to Warsaw).
func (s *eventState) venueNowhere(key string) bool {
	p := s.Entities.Places[key]
	return p != nil && p.Kind == natokg.Venue && p.Within == ""
}

// joinRepeats joins to an event told before an event its sentences leave
// undated, of the same kind at the same place, whose people all attend the
// one before: "LTG Rohling intervened in a panel discussion ... DCMC
// participated in a panel ... In the panel discussion, DCMC pointed out"
// is one panel.
func (s *eventState) joinRepeats(out []*evCand) []*evCand {
	kept := out[:0:0]
	for _, c := range out {
		if o := s.repeated(kept, c); o != nil {
			s.join(o.ev, c.ev)
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// repeated returns the event of kept that undated event c tells again,
// or nil.
func (s *eventState) repeated(kept []*evCand, c *evCand) *evCand {
	if !c.ev.Start.IsZero() || c.named || len(c.ev.Attendees) == 0 || s.f.w.happening(c.ev.Kind) {
		return nil
	}
	for _, o := range kept {
		if o.ev.Kind == c.ev.Kind && o.ev.Location == c.ev.Location && o.sent < c.sent && attendsAll(o.ev, c.ev.Attendees) {
			return o
		}
	}
	return nil
}

// attendsAll reports whether every one of people attends ev.
func attendsAll(ev *natokg.Event, people []string) bool {
	for _, p := range people {
		if !slices.Contains(ev.Attendees, p) {
			return false
		}
	}
	return true
}

// yearOnlyDate reports whether d gives a year and no month.
func yearOnlyDate(d natokg.Date) bool {
	return d.Year > 0 && d.Month == 0
}

// opensWithDayPart reports whether sentence si opens with a part of the
// day after "in the" ("In the afternoon, he will travel to ..."): a time
// of the day told before, even in a paragraph of its own.
func (s *eventState) opensWithDayPart(si int) bool {
	i := s.t.Sentences[si].First
	return s.t.Norm(i) == "in" && s.t.Norm(i+1) == "the" && s.f.w.dayParts.Has(s.t.Tok(i+2).Text) && s.t.Norm(i+3) == ","
}

// titleLast puts the title's other named events ("to prepare Vilnius
// Summit") after the body's, so that the body's first event is the main one.
func titleLast(cands []*evCand) []*evCand {
	var first, rest []*evCand
	for _, c := range cands {
		if c.sent == 0 && !c.title {
			rest = append(rest, c)
		} else {
			first = append(first, c)
		}
	}
	return append(first, rest...)
}

// joinBody merges the body's candidates; the first is the main event.
func (s *eventState) joinBody(cands []*evCand) []*evCand {
	var out []*evCand
	for _, c := range cands {
		if len(out) == 0 {
			if !c.quoted {
				out = append(out, c)
			}
			continue
		}
		main := out[0]
		if c.timeOnly {
			if c.ev.Start.IsZero() {
				c.ev.Start = main.ev.Start
			}
			if c.ev.Location == "" && !tourDay(main.ev, c.ev.Start) {
				c.ev.Location = main.ev.Location
			}
		}
		if c.timeOnly && !main.timeOnly && c.ev.Kind == main.ev.Kind && s.compatible(main.ev, c.ev) {
			s.join(main.ev, c.ev) // "14:30 Change of command ceremony" under the change of command it announces
			continue
		}
		if o := s.scheduledIn(out, c); o != nil {
			s.join(o.ev, c.ev) // "press conference at NATO Headquarters", then "14:00 – Press conference – Luns Room, NATO Headquarters"
			o.ev.Location = c.ev.Location
			continue
		}
		if o := s.sameDays(out, c); o != nil {
			s.join(o.ev, c.ev) // "On 1 September, the second day of the visit": the visit told before
			continue
		}
		if o := s.toldTwice(out, c); o != nil && c.split && o.ev.Start == c.ev.Start && o.ev.End == c.ev.End {
			s.join(o.ev, c.ev) // one place and day of a sentence read twice: one event
			continue
		}
		if c.split && s.joinWidespread(out, c) {
			continue
		}
		if c.timeOnly || c.split && !c.quoted {
			out = append(out, c) // each line of a schedule, each place of a sentence, is an event of its own
			continue
		}
		if s.onMargins(c) {
			out = append(out, c) // "met Y on the sidelines of the NATO Foreign Ministerial": the ministerial is another event
			continue
		}
		if o := s.sameAs(out, c); o != nil && !otherParties(o.ev, c.ev) {
			if o.soft && c.ev.Location != "" {
				o.ev.Location, o.soft = c.ev.Location, false // "took place at SHAPE" after "Mons, 4 July –"
			}
			s.join(o.ev, c.ev)
			continue
		}
		if c.quoted || s.joinWidespread(out, c) {
			continue // "this is only about a change of command": no event of its own
		}
		out = append(out, c)
	}
	return out
}

// onMargins reports whether named event c is one its sentence holds
// another on the margins of: not the event told, but where it happens.
func (s *eventState) onMargins(c *evCand) bool {
	n := s.ownName(c, s.t.Sentences[c.sent])
	return n != nil && s.afterMargins(n.First)
}

// joinWidespread joins c to the exercise it speaks of again
// (widespreadAgain), at that exercise's place: "Exercise Noble Partner
// opened at Vaziani ... The exercise will run at Camp Norio" is one
// exercise, at Vaziani. It reports whether c was joined.
func (s *eventState) joinWidespread(out []*evCand, c *evCand) bool {
	o := s.widespreadAgain(out, c)
	if o == nil {
		return false
	}
	if o.ev.Location != "" {
		c.ev.Location = ""
	}
	s.join(o.ev, c.ev)
	return true
}

// scheduledIn returns the event of the body's text, not a schedule's
// line, that c, a schedule's line, announces at a venue within its
// place, or one the line names after the venue: one of c's kind on c's day ("will give his press conference at
// NATO Headquarters on 15 November", then "14:00 – Press conference –
// Luns Room, NATO Headquarters"); or nil.
func (s *eventState) scheduledIn(out []*evCand, c *evCand) *evCand {
	l := c.ev.Location
	if !c.timeOnly || l == "" {
		return nil
	}
	for _, o := range out {
		if !o.timeOnly && o.ev.Kind == c.ev.Kind && o.ev.Start.Day > 0 && (c.ev.Start.IsZero() || o.ev.Start == c.ev.Start) && o.ev.Location != "" && o.ev.Location != l && (s.within(l, o.ev.Location) || s.namesPlace(c.sent, o.ev.Location)) {
			return o
		}
	}
	return nil
}

// namesPlace reports whether sentence si names the place key: a
// schedule's line "Luns Room, NATO Headquarters" names the headquarters
// its venue lies in.
func (s *eventState) namesPlace(si int, key string) bool {
	sent := s.t.Sentences[si]
	for i := sent.First; i < sent.Limit; i++ {
		if m := s.ms.At(i); m != nil && m.Kind == KPlace && m.Key == key {
			return true
		}
	}
	return false
}

// sameDays returns the event of out that c, an event dated by "the
// second day of" it, is: one of its kind with its very days, at its place
// or one within it; or nil.
func (s *eventState) sameDays(out []*evCand, c *evCand) *evCand {
	if !c.dayOf {
		return nil
	}
	for _, o := range out {
		l := c.ev.Location
		if o.ev.Kind == c.ev.Kind && o.ev.Start == c.ev.Start && o.ev.End == c.ev.End && (l == "" || l == o.ev.Location || s.within(l, o.ev.Location)) {
			return o
		}
	}
	return nil
}

// mainOf returns the release's main event among its body's events:
// the first that is not a named event told of after a verb of speech
// ("X said the Oslo Summit will be ..."), or nil.
func (s *eventState) mainOf(out []*evCand) *evCand {
	for _, c := range out {
		if !c.told {
			return c
		}
	}
	return nil
}

// mainEvent gives the release's main event its organisers from "organised
// by" sentences, the people quoted, and the people of sentences that
// report no event of their own; not a spokesperson, who comments on it.
func (s *eventState) mainEvent(ev *natokg.Event, out []*evCand) {
	for _, o := range s.lateOrganisers {
		addAlias(&ev.Organisers, o)
	}
	if s.f.w.unattended(ev.Kind) {
		return
	}
	for _, q := range s.Quotes {
		if !attendsOther(out, ev, q.Speaker) && !s.voiceOnly(q.Speaker) {
			addAlias(&ev.Attendees, q.Speaker)
		}
	}
	if ev.Kind != "call for proposals" {
		for _, k := range s.lateAttendees {
			if !attendsOther(out, ev, k) && !s.voiceOnly(k) {
				addAlias(&ev.Attendees, k)
			}
		}
	}
}

// voiceOnly reports whether person k holds only posts that speak for a
// body (voice-titles.tsv: "NATO Spokesperson"): quoted, k comments on the
// main event rather than attends it.
func (s *eventState) voiceOnly(k string) bool {
	per := s.People.Get(k)
	if per == nil || len(per.Posts) == 0 {
		return false
	}
	for _, p := range per.Posts {
		if !s.f.w.voiceTitles.Has(lastWordOf(p.Role)) {
			return false
		}
	}
	return true
}

// attendsOther reports whether person k attends an event of out other
// than ev: a person a sentence of no event names again ("Mr X assured
// President Y that ...") after a meeting of their own is not on the main
// event too.
func attendsOther(out []*evCand, ev *natokg.Event, k string) bool {
	for _, c := range out {
		if c.ev != ev && slices.Contains(c.ev.Attendees, k) {
			return true
		}
	}
	return false
}

// releasePlace is the event whose place the release gives for what it
// reports: its main event, else its first event with a place.
func (s *eventState) releasePlace(out []*evCand) *natokg.Event {
	titled := s.titlePlace() != ""
	for _, c := range out {
		if c.ev.Location != "" && !s.f.w.unattended(c.ev.Kind) && !((c.named || titled) && len(c.ev.Attendees) == 0) {
			return c.ev // not a named event told of in passing: "his preparations for the Istanbul Summit"; nor, where the title puts the release somewhere, one no one attends ("the agenda of the Chicago summit next May")
		}
	}
	return nil
}

// datelinePlace is the first place of the release's dateline ("Brussels,
// 4 March 2014 –"), in its first sentences of prose, or "".
func (s *eventState) datelinePlace() string {
	for si, sent := range s.t.Sentences {
		if !s.t.Opening(si) {
			break
		}
		if s.opensWithPlaceLine(sent) {
			if m := s.ms.StartingAt(sent.First, KPlace); m != nil {
				return m.Key
			}
		}
	}
	return ""
}

// titlePlace is the town or venue a release's title puts its subject
// in, after "in" or "at", where the title reports no event of its own
// ("Secretary General in Bucharest: NATO is committed to Romania's
// security"), or "".
func (s *eventState) titlePlace() string {
	if len(s.t.Sentences) == 0 {
		return ""
	}
	title := s.t.Sentences[0]
	for _, m := range s.ms.In(title.First, title.Limit, KPlace) {
		k := s.t.BackPastThe(m.First - 1)
		if n := s.t.Norm(k); (n == "in" || n == "at") && k >= title.First && s.isPlace(m) && !s.eventBefore(k, "") {
			if kind := s.Entities.PlaceKind(m.Key); kind == natokg.City || kind == natokg.Venue {
				return m.Key
			}
		}
	}
	return ""
}

// dayStops maps each day of a visit of several days (home) to the town
// of the one place the release's events of that day are placed at, where
// they are all at one place or within it: on a tour "On 17 March, he will be in
// Baku ... On 18 March, he will travel to Tbilisi", a schedule line
// dated 18 March is in Tbilisi, not at the tour's first stop. A day with
// events at two places neither within the other maps to nothing.
func (s *eventState) dayStops(out []*evCand, home *natokg.Event) map[natokg.Date]string {
	if home == nil || home.Start.Day == 0 || home.End.Day == 0 || home.End == home.Start {
		return nil
	}
	at := map[natokg.Date][]string{}
	for _, c := range out {
		e := c.ev
		if e == home || e.Location == "" || e.Start.Day == 0 || !e.End.IsZero() && e.End != e.Start || c.named && len(e.Attendees) == 0 || !during(e.Start, home) {
			continue
		}
		at[e.Start] = append(at[e.Start], e.Location)
	}
	stops := map[natokg.Date]string{}
	for d, places := range at {
		if p := s.nextDayTown(s.outermost(places)); p != "" {
			stops[d] = p // the day's town, not the hall of one of its events
		}
	}
	return stops
}

// hostsStop returns the stop of one-day event ev's day (dayStops), or
// the country whose offices its attendees hold where that stop lies in
// another country and the tour stops in theirs on another day: "On
// Monday, 18 March, he will have discussions with the Minister of Foreign
// Affairs of Azerbaijan" is in Azerbaijan, though he ends the day in
// Tbilisi.
func (s *eventState) hostsStop(ev *natokg.Event, stops map[natokg.Date]string) string {
	stop := stops[ev.Start]
	c := s.attendeesCountry(ev)
	if stop == "" || c == "" || s.within(stop, c) {
		return stop
	}
	for _, p := range stops {
		if s.within(p, c) {
			return c
		}
	}
	return stop
}

// attendeesCountry returns the one country whose offices the attendees
// of ev hold now, or "".
func (s *eventState) attendeesCountry(ev *natokg.Event) string {
	country := ""
	for _, a := range ev.Attendees {
		per := s.People.Get(a)
		if per == nil {
			continue
		}
		for _, p := range per.Posts {
			if !p.OrgIsPlace || p.Former || p.Org == "" {
				continue
			}
			if country != "" && country != p.Org {
				return ""
			}
			country = p.Org
		}
	}
	return country
}

// tourDay reports whether d is one whole day of ev, an event of several
// days: a schedule line dated so is placed by the stop of its day
// (dayStops), not by the tour's first place.
func tourDay(ev *natokg.Event, d natokg.Date) bool {
	return d.Day > 0 && ev.Start.Day > 0 && ev.End.Day > 0 && ev.End != ev.Start && during(d, ev)
}

// outermost returns the place of places that all the others are, or lie
// within; "" where there is none.
func (s *eventState) outermost(places []string) string {
	for _, p := range places {
		all := true
		for _, q := range places {
			if q != p && !s.within(q, p) {
				all = false
				break
			}
		}
		if all {
			return p
		}
	}
	return ""
}

// homePlace returns the place the release's place (home) gives an event
// its text places nowhere: home's own, but the town a visit was placed at
// where only a sentence of its scene put it at a venue ("Mr Rutte was in
// Berlin for talks with the Chancellor. At the Federal Chancellery the
// two leaders discussed ... Mr Rutte also met the Foreign Minister": the
// talks are at the Chancellery, the visit's other meetings only in
// Berlin). The speeches of a gathering at a venue stay there.
func (s *eventState) homePlace(home *natokg.Event) string {
	if home.Kind == "visit" && s.sceneTown != "" && s.Entities.PlaceKind(s.sceneTown) == natokg.City {
		return s.sceneTown
	}
	return home.Location
}

// finish gives an event with no place the place of the stop of its day
// (dayStops) or the release's place (unless its date says it happens
// another time; in a release that has no date, an event it dates nowhere
// is where the release is datelined), a name and a key.
func (s *eventState) finish(ev *natokg.Event, home *natokg.Event, stops map[natokg.Date]string) *natokg.Event {
	switch {
	case ev.Location != "" && home != nil && home != ev && s.Entities.PlaceKind(ev.Location) == natokg.Country &&
		s.within(home.Location, ev.Location) && during(ev.Start, home) && !s.f.w.happening(ev.Kind) && !vague(ev.Start) && (ev.Kind != "visit" || home.Kind == "visit"):
		ev.Location = home.Location // "met the President in Afghanistan" during a visit to Kabul; not the visit around a speech there
	case ev.Location != "" && s.Entities.PlaceKind(ev.Location) == natokg.Country && !s.f.w.happening(ev.Kind) && !s.f.w.widespread(ev.Kind) && !s.spread[ev] && s.within(s.datelinePlace(), ev.Location):
		ev.Location = s.datelinePlace() // "Cairo, 13 October – ... to travel to Egypt"
	case ev.Location != "":
	case ev.Kind == "statement":
		ev.Location = s.datelinePlace() // a statement is made where it is dated
	case home != nil && during(ev.Start, home) && !s.f.w.happening(ev.Kind) && ev.Kind != "call for proposals" && ev.Kind != "exercise":
		ev.Location = s.homePlace(home)
		if ev.End.IsZero() || ev.End == ev.Start {
			ev.Location = cmp.Or(s.hostsStop(ev, stops), ev.Location) // an event of one day: at that day's stop
		}
	case home != nil && s.dayAfter(ev.Start, home) && !s.f.w.happening(ev.Kind) && ev.Kind != "call for proposals" && ev.Kind != "exercise":
		ev.Location = cmp.Or(s.hostsStop(ev, stops), s.nextDayTown(s.homePlace(home))) // "On Saturday (16 February), he met Chancellor X": still in the town of Friday's conference
	case ev.Start.Day > 0 && s.nearRelease(ev.Start) && !s.f.w.happening(ev.Kind) && ev.Kind != "call for proposals" && ev.Kind != "exercise":
		ev.Location = cmp.Or(s.datelinePlace(), s.titlePlace()) // "The Summit will conclude on Friday, 4 April, with a meeting of the NATO-Russia Council": where the release is dated
	case home == nil && !s.f.w.happening(ev.Kind) && ev.Kind != "call for proposals" && ev.Kind != "exercise":
		ev.Location = s.titlePlace() // "Secretary General in Bucharest: NATO is committed to Romania's security"
		if ev.Start.IsZero() && s.Published.IsZero() {
			ev.Location = cmp.Or(ev.Location, s.datelinePlace()) // a release dated nowhere, as a page of a theatre's news: "URUZGAN, Afghanistan – ... had a meeting with"
		}
	}
	if ev.Name == "" {
		ev.Name = s.eventName(ev)
	}
	if len(ev.Organisers) == 0 && ev.Kind == "summit" && s.Entities.Publisher != "" {
		ev.Organisers = append(ev.Organisers, s.Entities.Publisher)
	}
	if ev.Start.Day > 0 && ev.Location != "" {
		ev.Key = fmt.Sprintf("%s %s %s", ev.Start, ev.Kind, ev.Location)
	} else {
		ev.Key = fmt.Sprintf("%s %s %s", s.Key, ev.Kind, ev.Name)
	}
	return ev
}

// vague reports whether d gives only a month or a year ("later in
// 2018"): another time than a day the release reports, maybe.
// widespreadAgain returns the one named event of out that c, an unnamed
// event of a widespread kind told by its bare noun after "the" ("The
// exercise will run at Vaziani and at Camp Norio", "The exercise is part
// of ..."), speaks of again: an exercise held at several sites is one
// event, at the place it was first told at. Nil where out holds no such
// event or more than one.
func (s *eventState) widespreadAgain(out []*evCand, c *evCand) *evCand {
	if !c.definite || c.next || !s.f.w.widespread(c.ev.Kind) {
		return nil
	}
	var found *evCand
	for _, o := range out {
		if o.ev.Kind != c.ev.Kind {
			continue
		}
		if found != nil || !o.named || !agree(o.ev.Start, c.ev.Start) {
			return nil
		}
		found = o
	}
	return found
}

func vague(d natokg.Date) bool { return !d.IsZero() && d.Day == 0 }

// sameAs returns the earlier candidate that c speaks of again, or nil.
func (s *eventState) sameAs(out []*evCand, c *evCand) *evCand {
	for _, o := range out {
		if c.named && o.named && (strings.EqualFold(o.base, c.base) && !s.placedApart(o.ev, c.ev) || shortName(o.base, c.base) && s.compatible(o.ev, c.ev) || s.sameCodeName(o, c)) {
			return o
		}
	}
	if o := s.retoldChange(out, c); o != nil {
		s.placeVenue(c.ev.Location, o.ev.Location)
		return o
	}
	if o := s.definiteAgain(out, c); o != nil {
		return o // "took part in a panel discussion with X and Y. The panel discussion was moderated by Z"
	}
	if c.next && (s.newPeople(out[0].ev, c.ev) || c.ev.Kind != out[0].ev.Kind && !(s.f.w.generic(c.ev.Kind) && s.f.w.generic(out[0].ev.Kind))) {
		return nil // "He also met the Foreign Minister", "He then took part in a conference"
	}
	if c.next && c.ev.Kind == "visit" && out[0].ev.Kind != "visit" && c.ev.Location != out[0].ev.Location {
		return nil // "In the afternoon, he called at the NATO Information Office": a stop of its own after the talks
	}
	for _, o := range out {
		// "the NATO Summit in The Hague", then "the Summit in The Hague".
		if !s.f.w.generic(c.ev.Kind) && o.ev.Kind == c.ev.Kind && c.ev.Location != "" && o.ev.Location == c.ev.Location && s.compatible(o.ev, c.ev) {
			return o
		}
	}
	for _, o := range out {
		if o.ev.Kind == c.ev.Kind && !c.ev.Start.IsZero() && o.ev.Start == c.ev.Start && s.compatible(o.ev, c.ev) && !(o.sent < c.sent && s.opensOnSameDay(c.sent)) {
			return o
		}
		if o.ev.Kind == c.ev.Kind && o.ev.Start.IsZero() && !o.ev.End.IsZero() && !c.ev.Start.IsZero() && !before(o.ev.End, c.ev.Start) && (o.ev.Location == "" || c.ev.Location == "" || s.within(c.ev.Location, o.ev.Location) || o.ev.Location == c.ev.Location) {
			return o // "today concluded the session", then "the session opened on 25 May"
		}
		if s.sameTelling(o, c) {
			return o // one sentence telling of one event twice: "travelled to Batumi, where he addressed the Batumi Conference"
		}
		if o.ev.Kind == "event" && o.soft && o.sent+1 == c.sent && (c.ev.Start.IsZero() || o.ev.Start == c.ev.Start) && !c.named && !c.next && s.compatible(o.ev, c.ev) {
			return o // "Kabul, 4 August 2005 – Leadership of ISAF passed to Italy today. At a ceremony ..., General X took over command": the lead's happening, told
		}
		if s.oneGathering(o, c) {
			return o
		}
	}
	if o := s.venueAgain(out, c); o != nil {
		s.placeVenue(c.ev.Location, o.ev.Location)
		o.ev.Location = c.ev.Location // "The meeting was held at the PGE Narodowy stadium": the town's meeting, at its venue
		return o
	}
	main := out[0]
	if s.visitTownAgain(main, c) {
		main.town, c.ev.Location = c.ev.Location, "" // placed once merged: meetings in the town stay events of their own
		return main
	}
	if s.stop(main, c) {
		return nil
	}
	if c.ev.Kind == main.ev.Kind && !c.named && c.ev.Location != "" && s.within(c.ev.Location, main.ev.Location) && during(c.ev.Start, main.ev) {
		return main // "held an informal meeting in Oslo ... chaired the talks at Oslo City Hall"
	}
	if c.ev.Start.Day == 0 && !c.named && (main.soft && s.sameHappening(main.ev, c.ev) || (s.f.w.generic(c.ev.Kind) || c.ev.Kind == main.ev.Kind) && s.compatible(main.ev, c.ev)) && !s.f.w.happening(c.ev.Kind) && !s.journeyAround(main, c) && !s.otherMeeting(main, c) && !s.newDuringVisit(main, c) {
		return main
	}
	if c.ev.Start.IsZero() && c.ev.Kind == main.ev.Kind && s.f.w.happening(c.ev.Kind) {
		return main
	}
	if c.ev.Kind == "ceremony" && !s.f.w.ceremonial(main.ev.Kind) && c.ev.Start.Day == 0 && !c.named {
		if o := s.lastCeremonial(out, c); o != nil {
			main = o // "six months of service came to an end ... a Transfer of Authority ... The ceremony was attended by"
		}
	}
	if c.ev.Kind == "ceremony" && s.f.w.ceremonial(main.ev.Kind) && c.ev.Start.Day == 0 && !c.named && s.compatible(main.ev, c.ev) {
		if l := c.ev.Location; l != "" && l != main.ev.Location && s.Entities.PlaceKind(l) == natokg.Venue && main.ev.Location != "" && s.mayLieIn(l, main.ev.Location) {
			s.placeVenue(l, main.ev.Location)
			main.ev.Location = l // "opened its office in Halifax ... cut the ribbon at a ceremony at the Halifax Convention Centre"
		}
		return main // "The ceremony was attended by ...": a change of command is a ceremony
	}
	if s.changeAtCeremony(main, c) {
		main.ev.Kind = c.ev.Kind // the ceremony is the change of command
		return main
	}
	return nil
}

// lastCeremonial returns the last event of out before candidate c that
// is held as a ceremony (event-kinds.tsv, ceremonial), or nil.
func (s *eventState) lastCeremonial(out []*evCand, c *evCand) *evCand {
	for _, o := range slices.Backward(out) {
		if o.sent <= c.sent && s.f.w.ceremonial(o.ev.Kind) {
			return o
		}
	}
	return nil
}

// newDuringVisit reports whether c, an event of another kind than visit
// main, is one its noun introduces with "a" or "an": a new happening
// during the visit, not the visit told again ("also attended an
// international conference on missile defence").
func (s *eventState) newDuringVisit(main, c *evCand) bool {
	if main.ev.Kind != "visit" || c.ev.Kind == "visit" || c.trig < 1 || !s.eventNoun(c.trig) {
		return false
	}
	k := c.trig - 1
	for n := 0; n < 3 && k > 0 && s.t.Tok(k).IsWord() && !s.t.Tok(k).IsCap() && s.t.Norm(k) != "a" && s.t.Norm(k) != "an"; n++ {
		k-- // "an international conference"
	}
	return s.t.Norm(k) == "a" || s.t.Norm(k) == "an"
}

// otherMeeting reports whether c, a meeting, is one of its own beside
// main, an event of another kind that is no meeting: it brings people
// main has not ("In a keynote speech at the conference, he ... On the
// margins of the conference, he met President X": a meeting with X, not
// the speech told again).
func (s *eventState) otherMeeting(main, c *evCand) bool {
	return c.ev.Kind == "meeting" && main.ev.Kind != c.ev.Kind && !s.f.w.generic(main.ev.Kind) && s.newPeople(main.ev, c.ev)
}

// journeyAround reports whether visit c is the journey during which main,
// an event of another kind, happens: c is placed in the town or country
// around main's place ("gave a speech at the Churchill Memorial Society
// in Luxembourg ... was visiting Luxembourg to meet government officials":
// a visit to Luxembourg, not the speech told again).
func (s *eventState) journeyAround(main, c *evCand) bool {
	l := c.ev.Location
	return c.ev.Kind == "visit" && main.ev.Kind != "visit" && l != "" && l != main.ev.Location && s.within(main.ev.Location, l) && s.visitWord(c)
}

// visitWord reports whether candidate c is reported by a word of
// visiting itself ("visited", "was visiting", "a visit"), not by a verb
// of going that needs a place ("came to Kabul from Izmir").
func (s *eventState) visitWord(c *evCand) bool {
	return c.trig != 0 && s.f.w.visitWord(s.t.Norm(c.trig))
}

// changeAtCeremony reports whether unnamed change of command c, told
// after main, a ceremony, on no other day and at no other place, is the
// change that ceremony marks: "General X became SACEUR during a ceremony
// at SHAPE ... The Secretary General presided over the change of
// command."
func (s *eventState) changeAtCeremony(main, c *evCand) bool {
	if c.ev.Kind != "change of command" || main.ev.Kind != "ceremony" || c.named || c.next {
		return false
	}
	return (c.ev.Location == "" || c.ev.Location == main.ev.Location) && (c.ev.Start.IsZero() || c.ev.Start == main.ev.Start) && s.compatible(main.ev, c.ev)
}

// toldTwice returns the event of out that c's sentence tells of already
// (sameTelling), or nil.
func (s *eventState) toldTwice(out []*evCand, c *evCand) *evCand {
	for _, o := range out {
		if s.sameTelling(o, c) {
			return o
		}
	}
	return nil
}

// sameTelling reports whether o and c come from one sentence and are of
// one kind, at one place, on days that agree.
func (s *eventState) sameTelling(o, c *evCand) bool {
	return o.sent == c.sent && o.ev.Kind == c.ev.Kind && o.ev.Location == c.ev.Location && s.compatible(o.ev, c.ev)
}

// opensOnSameDay reports whether sentence si opens with a phrase that
// names the day of what was told before it (relative-days.tsv, 0 days:
// "The same day", "Later that day"): it tells of another happening of
// that day, not of the one before ("On Thursday, he was received by the
// President. The same day, he travelled to Tapa Army Base, where he met
// soldiers").
func (s *eventState) opensOnSameDay(si int) bool {
	i := s.t.Sentences[si].First
	if s.t.Norm(i) == "later" {
		i++
	}
	for n := 3; n >= 2; n-- {
		words := make([]string, n)
		for k := range words {
			words[k] = s.t.Norm(i + k)
		}
		if e, ok := s.f.w.relDays.Phrase(strings.Join(words, " ")); ok && e.Value(0) == "0" {
			return true
		}
	}
	return false
}

// shortName reports whether name b is the one-word short form of named
// event a, its head noun ("the Cyber Defence Pledge Conference", then
// "Held at the Command, the Conference brought together ...").
func shortName(a, b string) bool {
	b = strings.TrimPrefix(strings.TrimPrefix(b, "the "), "The ")
	return !strings.Contains(b, " ") && len(a) > len(b) && strings.HasSuffix(strings.ToLower(a), " "+strings.ToLower(b))
}

// sameCodeName reports whether named events o and c, of one kind and
// with first days that agree, bear one name but for an event head that
// opens one of them: "Neptune Strike 2022", then "Exercise Neptune
// Strike"; but a phase on a day of its own ("crossed the river on 4
// March, in a phase of Exercise Dragon 24", then "Dragon 24 runs from
// 25 February") is another event.
func (s *eventState) sameCodeName(o, c *evCand) bool {
	if o.ev.Kind != c.ev.Kind || !agree(o.ev.Start, c.ev.Start) {
		return false
	}
	a, b := s.pastFirstHead(o.base), s.pastFirstHead(c.base)
	return a != o.base != (b != c.base) && strings.EqualFold(a, b)
}

// pastFirstHead returns name without an event head that opens it
// (event-heads.tsv, "first": "Exercise", "Operation").
func (s *eventState) pastFirstHead(name string) string {
	if first, rest, ok := strings.Cut(name, " "); ok && s.f.w.opensEvent(first) {
		return rest
	}
	return name
}

// oneGathering reports whether c, told in o's sentence with o's day and
// place, names the gathering o's verb reports: "will meet in Chiefs of
// Defence Session on 15 May at NATO Headquarters" is one session; c, a
// named one, may have no place of its own.
func (s *eventState) oneGathering(o, c *evCand) bool {
	if o.sent != c.sent || o.ev.Kind == c.ev.Kind || c.ev.Start.Day == 0 || c.ev.Location != "" && c.ev.Location != o.ev.Location {
		return false
	}
	w := s.f.w
	return w.generic(o.ev.Kind) && w.generic(c.ev.Kind) && o.ev.Start == c.ev.Start && o.ev.End == c.ev.End && !s.newPeople(o.ev, c.ev)
}

// visitTownAgain reports whether c, a visit told again with no date of its
// own, no new people and no "then", names the town of the country main
// visits: "ended a two-day visit to Ukraine ... He was in Kyiv together
// with the Ambassadors" is one visit, in Kyiv. A venue or a base is a stop
// of its own.
func (s *eventState) visitTownAgain(main, c *evCand) bool {
	if main.ev.Kind != "visit" || c.ev.Kind != "visit" || c.next || c.named || c.dayOf || main.soft || !c.ev.Start.IsZero() {
		return false
	}
	if s.Entities.PlaceKind(main.ev.Location) != natokg.Country || s.Entities.PlaceKind(c.ev.Location) != natokg.City {
		return false
	}
	return s.within(c.ev.Location, main.ev.Location) && !s.newPeople(main.ev, c.ev)
}

// stop reports whether c happens at a place within the place of main, a
// visit: a stop on the visit or a meeting during it, an event of its own
// ("visited Estonia ... then visited Tapa Army Base").
func (s *eventState) stop(main, c *evCand) bool {
	l := c.ev.Location
	return main.ev.Kind == "visit" && !main.soft && l != "" && l != main.ev.Location && s.within(l, main.ev.Location) && during(c.ev.Start, main.ev)
}

// newPeople reports whether b has an attendee a has not.
func (s *eventState) newPeople(a, b *natokg.Event) bool {
	for _, x := range b.Attendees {
		if !slices.Contains(a.Attendees, x) {
			return true
		}
	}
	return false
}

// otherParties reports whether events a and b, each of two people or
// more, each have someone the other has not: two talks on one day ("In
// talks with Prime Minister X, he welcomed ... Meeting with President Y,
// he reaffirmed ..."), not one told twice.
func otherParties(a, b *natokg.Event) bool {
	return len(a.Attendees) >= 2 && len(b.Attendees) >= 2 && slices.ContainsFunc(a.Attendees, func(x string) bool { return !slices.Contains(b.Attendees, x) }) &&
		slices.ContainsFunc(b.Attendees, func(x string) bool { return !slices.Contains(a.Attendees, x) })
}

// sameHappening reports whether b may tell more of main, whose place is
// only the dateline's: the same kind of event, or its ceremony at a venue
// ("General X took over ... The ceremony was held at the Half Moone
// Center").
func (s *eventState) sameHappening(main, b *natokg.Event) bool {
	if b.Kind == main.Kind && !s.f.w.generic(b.Kind) {
		return true
	}
	return b.Kind == "ceremony" && b.Location != "" && s.Entities.PlaceKind(b.Location) == natokg.Venue
}

// definiteAgain returns the event of c's kind told last before c, where
// c's word is that kind after "the" or "this" and c is unnamed, with no
// place of its own or the same: "He took part in a panel discussion with
// X. The panel discussion was moderated by Y"; "at the NATO Ministerial
// meeting in Bucharest, ... Moldova was represented at the meeting by
// Minister Z". Nil where none fits.
func (s *eventState) definiteAgain(out []*evCand, c *evCand) *evCand {
	if !c.definite || c.named || c.split || c.timeOnly || c.ev.Kind == "visit" {
		return nil // "He ended the visit at City Hall": a stop of the visit, which keeps its town
	}
	var last *evCand
	for _, o := range out {
		if o.ev.Kind == c.ev.Kind && o.sent < c.sent && (last == nil || o.sent > last.sent) {
			last = o
		}
	}
	if last == nil || !s.compatible(last.ev, c.ev) || c.ev.Start.Day > 0 && c.ev.Start != last.ev.Start {
		return nil // "The session, which runs from 22 to 26 May": days of its own, which a join would lose
	}
	return last
}

// compatible reports whether two mentions may be of one event: dates and
// places that do not disagree.
func (s *eventState) compatible(a, b *natokg.Event) bool {
	if !during(b.Start, a) && !during(a.Start, b) {
		return false
	}
	if a.Location == "" || b.Location == "" || a.Location == b.Location {
		return true
	}
	return s.within(a.Location, b.Location) || s.within(b.Location, a.Location)
}

// agree reports whether two dates, either of which may be partial or
// missing, can be the same day: "2025" agrees with "2025-05-22".
func agree(a, b natokg.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	return a.Year == b.Year && (a.Month == 0 || b.Month == 0 || a.Month == b.Month && (a.Day == 0 || b.Day == 0 || a.Day == b.Day))
}

// during reports whether date d can fall within event ev's days.
func during(d natokg.Date, ev *natokg.Event) bool {
	if d.Day == 0 || ev.End.Day == 0 || ev.Start.Day == 0 {
		return agree(d, ev.Start)
	}
	return !before(d, ev.Start) && !before(ev.End, d)
}

// namedForTown reports whether venue a, the seat of a body the gazetteer
// knows, is named after town b, where it lies: "Joint Force Command
// Brunssum" in Brunssum.
func (s *eventState) namedForTown(a, b string) bool {
	if !strings.HasSuffix(a, " "+b) || s.Entities.PlaceKind(a) != natokg.Venue || s.f.g.Orgs[a] == nil {
		return false
	}
	if g := s.f.g.Places[b]; g != nil {
		return g.Kind == natokg.City
	}
	return s.Entities.PlaceKind(b) == natokg.City
}

// venueEndsInTown reports whether venue a, one word or more before the
// name of town b, is named after that town and so lies in it: "Canadian
// Forces Base Petawawa" in Petawawa, "Naval Support Activity Naples" in
// Naples. A title's "visit to Petawawa" is then the body's visit to the
// base.
func (s *eventState) venueEndsInTown(a, b string) bool {
	if !strings.HasSuffix(a, " "+b) || s.Entities.PlaceKind(a) != natokg.Venue {
		return false
	}
	if g := s.f.g.Places[b]; g != nil {
		return g.Kind == natokg.City
	}
	return s.Entities.PlaceKind(b) == natokg.City
}

// within reports whether place a lies in place b, as the text or the
// gazetteer says.
func (s *eventState) within(a, b string) bool {
	if strings.HasPrefix(a, b+" ") && s.Entities.PlaceKind(a) == natokg.Venue {
		return true // "Oslo City Hall" in Oslo
	}
	if a != "" && s.f.g.Headquarters(b) == a {
		return true // "the front lawn of SHAPE Headquarters", at SHAPE
	}
	if s.namedForTown(a, b) || s.venueEndsInTown(a, b) {
		return true
	}
	if s.f.g.InDivision(s.townOf(a), b) {
		return true // "at the Madeira Tecnopolo in Funchal", in Madeira
	}
	for i := 0; i < 5 && a != ""; i++ {
		next := s.venueTowns[a]
		if p := s.Entities.Places[a]; p != nil && next == "" {
			next = p.Within
		}
		if next == "" {
			if g := s.f.g.Places[a]; g != nil {
				next = g.Within
			}
		}
		if next == b {
			return true
		}
		a = next
	}
	return false
}

// join merges event b into a.
func (s *eventState) join(a, b *natokg.Event) {
	if a.Start.Day == 0 && b.Start.Day > 0 || a.Start.IsZero() {
		end := a.End
		a.Start, a.End = b.Start, b.End
		if a.End.IsZero() && !end.IsZero() && !before(end, a.Start) {
			a.End = end // "today concluded ...", then "opened on 25 May"
		}
	}
	if a.End.IsZero() && !b.End.IsZero() && (b.Start.IsZero() || b.Start == a.Start) {
		a.End = b.End
	}
	if b.Location != "" && (a.Location == "" || s.within(b.Location, a.Location)) {
		a.Location = b.Location
	}
	if a.Name == "" {
		a.Name = b.Name
	}
	if s.f.w.generic(a.Kind) && !s.f.w.generic(b.Kind) && b.Kind != "" && b.Kind != "press conference" && !s.f.w.happening(b.Kind) {
		a.Kind = b.Kind
	}
	for _, x := range b.Attendees {
		addAlias(&a.Attendees, x)
	}
	for _, x := range b.Organisers {
		addAlias(&a.Organisers, x)
	}
	a.Spans = append(a.Spans, b.Spans...)
}

// eventName makes a readable name for an event the text does not name:
// "Meeting of Mark Rutte and Kristrún Frostadóttir at NATO Headquarters, 2025-05-28".
func (s *eventState) eventName(ev *natokg.Event) string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(ev.Kind[:1]) + ev.Kind[1:])
	if n := len(ev.Attendees); n > 0 && n <= 3 {
		b.WriteString(" of ")
		for i, a := range ev.Attendees {
			switch {
			case i == 0:
			case i == n-1:
				b.WriteString(" and ")
			default:
				b.WriteString(", ")
			}
			b.WriteString(a)
		}
	}
	if ev.Location != "" {
		if g := s.f.g.Places[ev.Location]; s.Entities.PlaceKind(ev.Location) == natokg.Venue || s.Entities.Places[ev.Location] == nil && g != nil && g.Kind == natokg.Venue {
			b.WriteString(" at ") // a venue, named or not ("welcomed X to NATO")
		} else {
			b.WriteString(" in ")
		}
		name := ev.Location
		if p := s.Entities.Places[ev.Location]; p != nil {
			name = p.Name
		}
		b.WriteString(name)
	}
	if !ev.Start.IsZero() {
		b.WriteString(", " + ev.Start.String())
		if !ev.End.IsZero() && ev.End != ev.Start {
			b.WriteString(" to " + ev.End.String())
		}
	}
	return b.String()
}

// venueAgain returns the earlier event that c tells again at the venue
// where it happens: "The leaders met in Warsaw ... The meeting was held at
// the PGE Narodowy stadium", "The talks took place at the Presidential
// Palace". c is of the kind of that event, or both are generic; it names
// no one new, no other day and no "also"; its venue is one the text puts
// in no other town, and the earlier event is placed at a town or a
// country only. A visit to a venue is a stop of its own, never this.
func (s *eventState) venueAgain(out []*evCand, c *evCand) *evCand {
	l := c.ev.Location
	if c.next || c.named || c.split || c.timeOnly || c.ev.Kind == "visit" || l == "" || s.Entities.PlaceKind(l) != natokg.Venue || s.venuesIn(c.sent) > 1 {
		return nil // "The sessions took place at the Radisson Blu Hotel and the Swissôtel": the town's
	}
	if s.placedBySentence(out, c) {
		return nil // "called at the NATO Information Office, where he met the staff": the call's meeting, not an earlier one's venue
	}
	w := s.f.w
	for i := len(out) - 1; i >= 0; i-- {
		o := out[i]
		k := s.Entities.PlaceKind(o.ev.Location)
		if o.named || o.ev.Kind == "visit" || k != natokg.City && k != natokg.Country || s.newPeople(o.ev, c.ev) {
			continue
		}
		if (o.ev.Kind == c.ev.Kind || w.generic(o.ev.Kind) && w.generic(c.ev.Kind)) && s.sameDay(o.ev, c.ev) && s.mayLieIn(l, o.ev.Location) {
			return o
		}
	}
	return nil
}

// retoldChange returns the change of command of out that c, a change of
// command told again later in the release, is: one with c's day, or any
// where c gives no day of its own, at a place that may be c's ("X
// assumed command of KFOR ... at Film City", then "Admiral Z thanked Y,
// who handed over command after a year"; "Rome, 13 July – X took over as
// Commandant", then "Admiral Z presided over the change of command at the
// College", guests and all). A release tells of one change of command
// where it gives no second day or place.
func (s *eventState) retoldChange(out []*evCand, c *evCand) *evCand {
	const kind = "change of command"
	if c.ev.Kind != kind || c.named || c.split || c.timeOnly {
		return nil
	}
	for _, o := range out {
		if o.ev.Kind != kind || o.sent >= c.sent || !s.sameDay(o.ev, c.ev) {
			continue
		}
		if s.compatible(o.ev, c.ev) || o.soft && s.mayLieIn(c.ev.Location, o.ev.Location) || s.mayLieIn(o.ev.Location, c.ev.Location) {
			return o
		}
	}
	return nil
}

// placedBySentence reports whether an event out holds is told by c's
// own sentence at c's place: c is a part of it, as a meeting in the
// clause of a visit to a venue is.
func (s *eventState) placedBySentence(out []*evCand, c *evCand) bool {
	for _, o := range out {
		if o.sent == c.sent && o.ev.Location == c.ev.Location {
			return true
		}
	}
	return false
}

// sameDay reports whether b has no day of its own or a's.
func (s *eventState) sameDay(a, b *natokg.Event) bool {
	return b.Start.IsZero() || b.Start == a.Start && b.End == a.End
}

// mayLieIn reports whether venue v lies in town or country t, or the text
// and the gazetteer put it nowhere; a national body's seat the text puts
// nowhere lies in its country (nationalSeat).
func (s *eventState) mayLieIn(v, t string) bool {
	if c := s.nationalSeat(v); c != "" && !s.placed(v) {
		return c == t || s.within(t, c) // "mentor staff in the Iraqi Joint Headquarters" is in Iraq, not Stavanger
	}
	return s.within(v, t) || !s.placed(v)
}

// nationalSeat returns the country whose demonym opens venue v, the seat
// of a national body ("Iraqi Joint Headquarters", "Latvian HQ"), or "".
// Not an embassy's or a delegation's: those lie abroad.
func (s *eventState) nationalSeat(v string) string {
	toks := tokenizeForm(v)
	if len(toks) < 2 {
		return ""
	}
	if last := toks[len(toks)-1]; last.Text != "HQ" && !s.f.w.seatNouns.Has(last.Norm) {
		return ""
	}
	return s.f.g.demonymAt(toks, 0)
}

// placeVenue notes that venue v, which the text puts nowhere, lies in
// town t, where the event held at it was placed before.
func (s *eventState) placeVenue(v, t string) {
	if s.placed(v) {
		return
	}
	if s.venueTowns == nil {
		s.venueTowns = map[string]string{}
	}
	s.venueTowns[v] = t
}

// sceneVenue places the release's main event, placed at a town or a
// country or nowhere, at the one venue that sentences reporting no event
// of their own put someone at, on its day: "spoke to the Annual Session
// in Halifax ... In his address at the Halifax Convention Centre, he
// thanked ...", "The talks took place at the Presidential Palace". A
// venue the text puts in another town, or two venues, place nothing.
func (s *eventState) sceneVenue(main *evCand) {
	k := s.Entities.PlaceKind(main.ev.Location)
	if s.f.w.happening(main.ev.Kind) || main.ev.Location != "" && k != natokg.City && k != natokg.Country {
		return
	}
	venue := ""
	for _, v := range s.venues {
		if v.sent <= main.sent {
			continue
		}
		if !s.sameDay(main.ev, v.ev) || venue != "" && venue != v.ev.Location {
			return
		}
		venue = v.ev.Location
	}
	if venue != "" && (main.ev.Location == "" || s.mayLieIn(venue, main.ev.Location)) {
		if main.ev.Location != "" {
			s.placeVenue(venue, main.ev.Location)
		}
		s.sceneTown, main.ev.Location = main.ev.Location, venue
	}
}

// venuesIn counts the venues sentence si names, a venue followed by
// "and" as two ("at the Radisson Blu Hotel and the Swissôtel").
func (s *eventState) venuesIn(si int) int {
	sent, seen := s.t.Sentences[si], map[string]bool{}
	for _, m := range s.ms.In(sent.First, sent.Limit, KPlace) {
		if s.Entities.PlaceKind(m.Key) == natokg.Venue {
			seen[m.Key] = true
			if m.Limit < sent.Limit && s.t.Norm(m.Limit) == "and" {
				seen[m.Key+" and"] = true
			}
		}
	}
	return len(seen)
}

// placedApart reports whether two events told by one name happen at
// different places on different dates, each given: "the Mediterranean
// Dialogue" of Allied leaders meeting in Bucharest in April 2008 and of
// Defence Ministers meeting in Taormina in February 2006 are two
// meetings.
func (s *eventState) placedApart(a, b *natokg.Event) bool {
	if a.Location == "" || b.Location == "" || a.Start.IsZero() || b.Start.IsZero() || agree(a.Start, b.Start) {
		return false
	}
	return a.Location != b.Location && !s.within(a.Location, b.Location) && !s.within(b.Location, a.Location)
}
