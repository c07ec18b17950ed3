package extract

import (
	"fmt"
	"strings"

	"github.com/natokg/natokg"
)

// Words that signal an event, and the kind of event each signals.
var eventVerbs = map[string]string{
	"met": "meeting", "meets": "meeting", "meet": "meeting", "receive": "meeting", "receives": "meeting", "received": "meeting",
	"welcomed": "meeting", "welcomes": "meeting", "welcome": "meeting", "hosted": "meeting", "hosts": "meeting", "host": "meeting",
	"convened": "meeting", "convenes": "meeting", "gathered": "meeting", "gather": "meeting", "held": "meeting",
	"visited": "visit", "visits": "visit", "visiting": "visit",
	"participated": "meeting", "participates": "meeting", "participate": "meeting", "attended": "meeting", "attends": "meeting", "attend": "meeting",
	"addressed": "meeting", "addresses": "meeting", "signed": "signing", "opened": "meeting", "chaired": "meeting", "chairs": "meeting", "led": "meeting",
}

var eventNouns = map[string]string{
	"meeting": "meeting", "meetings": "meeting", "summit": "summit", "conference": "conference", "session": "session",
	"dialogue": "meeting", "forum": "forum", "panel": "panel discussion", "dinner": "dinner", "lunch": "dinner", "breakfast": "dinner",
	"exercise": "exercise", "exercises": "exercise", "visit": "visit", "talks": "meeting", "ceremony": "ceremony",
	"invasion": "invasion", "attack": "attack", "attacks": "attack", "disruptions": "incident", "disruption": "incident",
	"gathering": "meeting", "ministerial": "meeting", "symposium": "conference", "seminar": "conference", "workshop": "workshop",
	"consultations": "meeting", "reception": "reception", "briefing": "briefing", "event": "event",
	"address": "speech", "speech": "speech", "lecture": "speech", "keynote": "speech",
	"ceremonies": "ceremony", "parade": "ceremony", "tour": "visit", "trip": "visit",
	"demonstration": "demonstration", "elections": "election", "election": "election", "referendum": "referendum",
	"annexation": "annexation",
}

// compass words may stand between a preposition and a place.
var compass = words("northern southern eastern western central north south east west northeastern northwestern southeastern southwestern")

// Kinds whose place must follow the trigger ("invasion of Ukraine").
var placeAfterOnly = map[string]bool{"invasion": true, "attack": true, "incident": true, "cyber campaign": true}

// Kinds generic enough to be the release's main event when said again
// ("The meeting focused on ...").
var generic = map[string]bool{"meeting": true, "event": true, "conference": true, "session": true, "visit": true}

// EventFinder finds the events a release reports or announces, sentence
// by sentence: a word that signals an event, with the sentence's dates,
// places, people and organisers; then merges the mentions of one event.
type EventFinder struct{ G *Gazetteer }

type evCand struct {
	ev       *natokg.Event
	base     string // the name as the text gives it, for named events
	sent     int
	named    bool
	timeOnly bool
	title    bool
}

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

// Process adds the events to d.
func (f EventFinder) Process(d *Doc) {
	var cands []*evCand
	for si, s := range d.Sentences {
		cands = append(cands, f.sentence(d, si, s)...)
	}
	d.events = f.merge(d, cands)
}

func (d *Doc) placeKind(key string) natokg.PlaceKind {
	if p := d.places[key]; p != nil {
		return p.Kind
	}
	return natokg.Region
}

func (f EventFinder) sentence(d *Doc, si int, s Sentence) []*evCand {
	isTitle := si == 0
	// Trigger.
	kind, trig := "", -1
	for i := s.First; i < s.Limit; i++ {
		t := d.Tokens[i]
		n := t.Norm
		if c := d.covered[i]; c >= 0 && (d.Mentions[c].Kind == KOrg || d.Mentions[c].Kind == KPlace || d.Mentions[c].Kind == KDoc) {
			continue // "Mediterranean Dialogue" is no dialogue
		}
		if n == "call" && i+2 < s.Limit && d.Tokens[i+1].Norm == "for" {
			kind, trig = "call for proposals", i
			if !strings.Contains(strings.ToLower(d.surface(i, min(i+5, s.Limit))), "proposal") {
				kind = ""
			}
			if kind != "" {
				break
			}
		}
		if (n == "cyber") && i+1 < s.Limit {
			switch d.Tokens[i+1].Norm {
			case "campaign", "campaigns", "activity", "activities", "attack", "attacks", "operation", "operations":
				kind, trig = "cyber campaign", i+1
			}
			if kind != "" {
				break
			}
		}
		if isTitle && i == s.First && (n == "statement" || n == "declaration") {
			kind, trig = "statement", i
			break
		}
		if n == "press" && i+1 < s.Limit && (d.Tokens[i+1].Norm == "conference" || d.Tokens[i+1].Norm == "point") {
			kind, trig = "press conference", i+1
			break
		}
		if k := eventVerbs[n]; k != "" && kind == "" {
			if n == "held" && !(i > 0 && (d.Tokens[i-1].Norm == "was" || d.Tokens[i-1].Norm == "were" || d.Tokens[i-1].Norm == "be")) {
				continue
			}
			if n == "led" && i+1 < s.Limit && d.Tokens[i+1].Norm == "efforts" || n == "led" && !t.SpaceBefore {
				continue
			}
			if n == "host" && i+1 < s.Limit && (d.Tokens[i+1].Norm == "nation" || d.Tokens[i+1].Norm == "country" || d.Tokens[i+1].Norm == "nations") {
				continue
			}
			kind, trig = k, i
			continue
		}
		if k := eventNouns[n]; k != "" {
			// A capitalised event word names an event of its own ("ahead
			// of the NATO Summit in Madrid"): it is read apart.
			if t.IsCap() && i > s.First && !isTitle && (kind == "" || i-trig > 4) {
				continue
			}
			// So does "their meeting in London" after another event word.
			if kind != "" && i-trig > 4 && d.tokenNorm(i+1) == "in" {
				continue
			}
			// A noun right after the verb says what the event is:
			// "attended a dinner", "participated in a panel".
			if kind == "" || kind == "meeting" && k != "meeting" && k != "event" && (i-trig <= 4 || !t.IsCap()) {
				kind, trig = k, i
			}
		}
	}
	// A line that starts with a time ("11:40 (CEST) Joint press conference").
	timeOnly := s.Limit-s.First > 3 && allDigits(d.Tokens[s.First].Text) && d.Tokens[s.First+1].Norm == ":"
	// A dateline opens the release's account of an event: "Brussels, 12
	// February 2015 – NATO Defence Ministers today agreed ...".
	if kind == "" && si <= 3 && f.opensWithDateline(d, s) {
		kind, trig = "event", s.First
	}
	if kind == "" {
		f.organisedBy(d, s)
		// People named in a sentence with no event and no date of its own
		// take part in the release's main event ("Finland's Minister for
		// Foreign Affairs, Mr Pekka Haavisto, handed over ...").
		if !isTitle && !d.hasDate(s) {
			for i := s.First; i < s.Limit; i++ {
				if k, ok := d.personAt[i]; ok && !d.pronoun[i] && d.personNamed(i) {
					addAlias(&d.lateAttendees, k)
				}
			}
		}
		var out []*evCand
		quoted := d.quotedTokens(s)
		var ms []Mention
		for _, m := range d.named {
			if m.Kind == KEvent && d.Tokens[m.First].Sent == si {
				ms = append(ms, m)
			}
		}
		all := append(ms, d.eventWords(s, -1)...)
		for _, m := range all {
			if o := f.namedEvent(d, m, s, quoted, len(all) == 1); o != nil {
				out = append(out, o)
			}
		}
		return out
	}
	ev := &natokg.Event{Kind: kind}
	ev.Spans = append(ev.Spans, natokg.Span{Start: s.Start, End: s.End})
	c := &evCand{ev: ev, sent: si, timeOnly: timeOnly, title: isTitle}
	// The event named by the trigger or just after it: "convened NATO's
	// first Southern Neighbourhood Security Dialogue". Other named events
	// of the sentence are events of their own.
	var others []Mention
	for _, m := range d.named {
		if m.Kind != KEvent || d.Tokens[m.First].Sent != si {
			continue
		}
		if !c.named && (trig >= m.First && trig < m.Limit || eventVerbs[d.Tokens[trig].Norm] != "" && m.First > trig && m.First <= trig+8) {
			c.named = true
			ev.Name = m.Surface
			c.base = m.Surface
			if k := eventHeads[strings.ToLower(d.Tokens[m.Limit-1].Text)]; k != "" && (generic[kind] || trig >= m.First && trig < m.Limit) {
				ev.Kind = k
			}
			continue
		}
		others = append(others, m)
	}
	others = append(others, d.eventWords(s, trig)...)
	// Dates, but those that follow another event's name ("NATO's
	// Washington Summit last summer").
	for _, m := range d.Mentions {
		if m.Kind != KDate || d.Tokens[m.First].Sent != si {
			continue
		}
		if claimedBy(others, m.First) {
			continue
		}
		if m.First > 0 && d.Tokens[m.First-1].Norm == "until" || m.First > 1 && d.Tokens[m.First-2].Norm == "open" && d.Tokens[m.First-1].Norm == "until" {
			ev.End = m.Date
			continue
		}
		if ev.Start.IsZero() || ev.Start.Day == 0 && m.Date.Day > 0 {
			ev.Start, ev.End = m.Date, m.End
		}
	}
	// Place: the most specific one the sentence puts the event in.
	best, bestRank := "", 99
	var only []string
	quoted := d.quotedTokens(s)
	for n, m := range d.Mentions {
		if !(m.Kind == KPlace || m.Kind == KOrg && m.PlaceKind == natokg.Venue) || d.Tokens[m.First].Sent != si || quoted[m.First] {
			continue
		}
		only = append(only, m.Key)
		if placeAfterOnly[ev.Kind] {
			if m.First >= trig && m.First <= trig+6 && f.prepBefore(d, m.First, "of", "on", "in", "against", "targeting", "to") {
				best = m.Key
				break
			}
			continue
		}
		if !f.prepBefore(d, m.First, "in", "at", "to", "visited", "visit", "visits", "(", ",") && !f.dateline(d, s, n) && !(isTitle && f.prepBefore(d, m.First, "to")) {
			continue
		}
		// A place that belongs to another event named in the sentence ("the NATO Summit in The Hague"),
		// or to an organisation ("NATO's Resolute Support Mission in Afghanistan").
		if f.belongsToNamed(d, m, trig) || f.belongsToOrg(d, m) {
			continue
		}
		if r := placeRank(d.placeKind(m.Key)); r < bestRank {
			best, bestRank = m.Key, r
		}
	}
	if best == "" && len(only) == 1 && (ev.Kind == "exercise" || ev.Kind == "cyber campaign") {
		best = only[0]
	}
	// A place of the sentence that lies in the one chosen is more precise:
	// "Dayton (OH)".
	for _, k := range only {
		if best != "" && k != best && d.within(k, best) && !placeAfterOnly[ev.Kind] {
			best = k
		}
	}
	// A place inside an event's name: "Washington Summit".
	if best == "" && c.named {
		for _, m := range d.named {
			if m.Kind == KEvent && d.Tokens[m.First].Sent == si {
				best = d.cityIn(m)
			}
		}
	}
	if ev.Kind != "statement" {
		ev.Location = best
	}
	// People: those the sentence refers to, outside quotations.
	if !placeAfterOnly[ev.Kind] && ev.Kind != "statement" {
		inQuote := false
		for i := s.First; i < s.Limit; i++ {
			if d.Tokens[i].Norm == "\"" {
				inQuote = !inQuote
				continue
			}
			if k, ok := d.personAt[i]; ok && !inQuote && !d.pronoun[i] {
				addAlias(&ev.Attendees, k)
			}
		}
	}
	// Organisers: "hosted by X", "organised by X", "by the North Atlantic Council", or the subject.
	for i := s.First; i+1 < s.Limit; i++ {
		if d.Tokens[i].Norm == "by" && (i == s.First || d.Tokens[i-1].Norm != "followed") {
			prev := d.tokenNorm(i - 1)
			if strings.HasSuffix(prev, "ed") || ev.Kind == "statement" || prev == "conference" {
				f.orgsFrom(d, i+1, s, &ev.Organisers)
			}
		}
	}
	if len(ev.Organisers) == 0 && trig > s.First && eventVerbs[d.Tokens[trig].Norm] != "" {
		// "NATO's Critical Undersea Infrastructure Network met": the subject.
		if k := trig - 1; d.covered[k] >= 0 && d.Mentions[d.covered[k]].Kind == KOrg && d.Mentions[d.covered[k]].First <= s.First+3 {
			addAlias(&ev.Organisers, d.Mentions[d.covered[k]].Key)
		}
	}
	if ev.Kind == "call for proposals" && len(ev.Organisers) == 0 {
		for i := s.First; i < trig; i++ {
			if d.covered[i] >= 0 && d.Mentions[d.covered[i]].Kind == KOrg {
				addAlias(&ev.Organisers, d.Mentions[d.covered[i]].Key)
			}
		}
	}
	out := []*evCand{c}
	if ev.Start.IsZero() && ev.End.IsZero() && ev.Location == "" && len(ev.Attendees) == 0 && !c.named && !timeOnly && !isTitle && ev.Kind != "statement" {
		out = nil
	}
	for _, m := range others {
		if o := f.namedEvent(d, m, s, quoted, false); o != nil {
			out = append(out, o)
		}
	}
	return out
}

// namedEvent is an event named in passing: "the NATO Summit in The Hague",
// "NATO's Washington Summit last summer". It is kept when the text gives
// its place: after "in", or inside its name.
func (f EventFinder) namedEvent(d *Doc, m Mention, s Sentence, quoted map[int]bool, alone bool) *evCand {
	if quoted[m.First] {
		return nil
	}
	kind := eventHeads[strings.ToLower(d.Tokens[m.Limit-1].Text)]
	if kind == "" {
		return nil
	}
	ev := &natokg.Event{Kind: kind, Name: m.Surface}
	ev.Spans = append(ev.Spans, natokg.Span{Start: s.Start, End: s.End})
	k := m.Limit
	if k+1 < s.Limit && d.Tokens[k].Norm == "in" {
		j := k + 1
		if d.Tokens[j].Norm == "the" && d.covered[j] < 0 {
			j++
		}
		if c := d.covered[j]; c >= 0 && d.Mentions[c].Kind == KPlace {
			ev.Location = d.Mentions[c].Key
			ev.Name += " in " + d.Mentions[c].Surface
			k = d.Mentions[c].Limit
		}
	}
	if ev.Location == "" {
		ev.Location = d.cityIn(m)
	}
	if ev.Location == "" && alone {
		// The only event of its sentence takes the sentence's place and
		// date: "Exercise Noble Jump, held in western Poland from 9 to 20 June".
		ev.Location = f.sentencePlace(d, s, quoted)
		for _, dm := range d.Mentions {
			if dm.Kind == KDate && dm.First > m.First && dm.First < s.Limit && ev.Start.IsZero() {
				ev.Start, ev.End = dm.Date, dm.End
			}
		}
	}
	if ev.Location == "" {
		return nil
	}
	// A date right after it: "in The Hague in June", "last summer".
	if k < s.Limit {
		if c := d.covered[k]; c >= 0 && d.Mentions[c].Kind == KDate {
			ev.Start, ev.End = d.Mentions[c].Date, d.Mentions[c].End
		}
	}
	if d.publisher != "" && (kind == "summit") {
		ev.Organisers = append(ev.Organisers, d.publisher)
	}
	return &evCand{ev: ev, sent: d.Tokens[m.First].Sent, named: true, base: m.Surface}
}

// quotedTokens marks the tokens of sentence s inside quoted titles: a
// theme or a panel's title in Title Case, whose places are no event's
// place (“Renewed Focus on Peace & Prosperity in the Balkans”). Quoted
// speech is not marked: what a speaker says of an event counts.
func (d *Doc) quotedTokens(s Sentence) map[int]bool {
	q := map[int]bool{}
	open := -1
	for i := s.First; i < s.Limit; i++ {
		if d.Tokens[i].Norm != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if d.titleCase(open+1, i) {
			for k := open + 1; k < i; k++ {
				q[k] = true
			}
		}
		open = -1
	}
	return q
}

// inNamed reports whether token i is inside a named event or document.
func (d *Doc) inNamed(i int) bool {
	for _, m := range d.named {
		if i >= m.First && i < m.Limit {
			return true
		}
	}
	return false
}

// organisedBy gives the organisers of "The event was co-organised by X and Y"
// to the main event.
func (f EventFinder) organisedBy(d *Doc, s Sentence) {
	for i := s.First; i+1 < s.Limit; i++ {
		n := d.Tokens[i].Norm
		if (strings.HasSuffix(n, "organised") || strings.HasSuffix(n, "organized") || n == "hosted") && d.Tokens[i+1].Norm == "by" {
			d.lateOrganisers = nil
			f.orgsFrom(d, i+2, s, &d.lateOrganisers)
			return
		}
	}
}

// orgsFrom collects the organisations of a list from token i: "X and Y".
func (f EventFinder) orgsFrom(d *Doc, i int, s Sentence, out *[]string) {
	for i < s.Limit {
		n := d.Tokens[i].Norm
		if n == "the" || n == "and" || n == "," {
			i++
			continue
		}
		if d.covered[i] >= 0 && d.Mentions[d.covered[i]].Kind == KOrg {
			m := d.Mentions[d.covered[i]]
			addAlias(out, m.Key)
			i = m.Limit
			continue
		}
		break
	}
}

func (f EventFinder) prepBefore(d *Doc, i int, preps ...string) bool {
	j := i - 1
	if j >= 0 && compass[d.Tokens[j].Norm] {
		j-- // "in western Poland"
	}
	if j >= 0 && d.Tokens[j].Norm == "the" {
		j--
	}
	if j < 0 || d.Tokens[j].Sent != d.Tokens[i].Sent {
		return false
	}
	for _, p := range preps {
		if d.Tokens[j].Norm == p {
			if p == "," || p == "(" {
				// "in Karlskrona, Sweden": only after another place that
				// is itself where something happens (not "Australia, Japan").
				if j == 0 || d.covered[j-1] < 0 || d.Mentions[d.covered[j-1]].Kind != KPlace {
					return false
				}
				prev := d.Mentions[d.covered[j-1]]
				s := d.Sentences[d.Tokens[prev.First].Sent]
				return f.prepBefore(d, prev.First, "in", "at", "to", "visited", "visit", "visits", ",", "(") || prev.First == s.First
			}
			return true
		}
	}
	return false
}

// dateline reports whether mention n opens sentence s as a dateline:
// "Brussels, NATO HQ, 23 May –".
func (f EventFinder) dateline(d *Doc, s Sentence, n int) bool {
	i := s.First
	// "From 22 to 26 May 2025, Dayton (OH), hosted ...": a date first.
	if c := d.covered[i]; c >= 0 && d.Mentions[c].Kind == KDate || d.Tokens[i].Norm == "from" && i+1 < s.Limit && d.covered[i+1] >= 0 && d.Mentions[d.covered[i+1]].Kind == KDate {
		if d.Tokens[i].Norm == "from" {
			i++
		}
		i = d.Mentions[d.covered[i]].Limit
		if i < s.Limit && d.Tokens[i].Norm == "," && d.Mentions[n].First == i+1 {
			return true
		}
		return false
	}
	for i < s.Limit {
		if d.covered[i] >= 0 {
			m := d.Mentions[d.covered[i]]
			if m.Kind == KDate {
				return n < d.covered[i] || d.Mentions[n].First < m.First
			}
			if m.Kind != KPlace {
				return false
			}
			i = m.Limit
			continue
		}
		if d.Tokens[i].Norm == "," || d.Tokens[i].Norm == "(" || d.Tokens[i].Norm == ")" {
			i++
			continue
		}
		return false
	}
	return false
}

// belongsToNamed reports whether place mention m follows an event name or
// another event word that is not the trigger: "the NATO Summit in The Hague".
func (f EventFinder) belongsToNamed(d *Doc, m Mention, trig int) bool {
	j := m.First - 1
	if j >= 0 && d.Tokens[j].Norm == "the" {
		j--
	}
	if j < 1 || d.Tokens[j].Norm != "in" {
		return false
	}
	prev := j - 1
	if prev == trig {
		return false
	}
	if eventNouns[d.Tokens[prev].Norm] != "" {
		return true
	}
	for _, n := range d.named {
		if n.Limit == prev+1 && n.Kind == KEvent {
			return true
		}
	}
	return false
}

// merge joins the candidates that speak of one event, and names each.
func (f EventFinder) merge(d *Doc, cands []*evCand) []*natokg.Event {
	var out []*evCand
	var main *evCand
	var titleCand *evCand
	for _, c := range cands {
		if c.title {
			titleCand = c
			continue
		}
		if c.timeOnly && main != nil {
			if c.ev.Start.IsZero() {
				c.ev.Start = main.ev.Start
			}
			if c.ev.Location == "" {
				c.ev.Location = main.ev.Location
			}
		}
		if main == nil {
			main = c
			out = append(out, c)
			continue
		}
		if t := f.sameAs(d, out, c); t != nil {
			f.join(d, t.ev, c.ev)
			continue
		}
		out = append(out, c)
	}
	if titleCand != nil {
		switch {
		case main != nil && titleCand.ev.Kind != "statement" && f.compatible(d, main.ev, titleCand.ev):
			f.join(d, main.ev, titleCand.ev)
		default:
			out = append([]*evCand{titleCand}, out...)
			if main == nil {
				main = titleCand
			}
		}
	}
	if main != nil {
		for _, o := range d.lateOrganisers {
			addAlias(&main.ev.Organisers, o)
		}
		// People quoted in the release speak at its main event.
		if main.ev.Kind != "statement" && !placeAfterOnly[main.ev.Kind] {
			for _, q := range d.quotes {
				addAlias(&main.ev.Attendees, q.Speaker)
			}
			if generic[main.ev.Kind] || main.ev.Kind == "summit" || main.ev.Kind == "ceremony" {
				for _, k := range d.lateAttendees {
					addAlias(&main.ev.Attendees, k)
				}
			}
		}
	}
	events := make([]*natokg.Event, 0, len(out))
	for _, c := range out {
		ev := c.ev
		if ev.Name == "" {
			ev.Name = d.eventName(ev)
		}
		if len(ev.Organisers) == 0 && (ev.Kind == "summit") && d.publisher != "" {
			ev.Organisers = append(ev.Organisers, d.publisher)
		}
		switch {
		case ev.Start.Day > 0 && ev.Location != "":
			ev.Key = fmt.Sprintf("%s %s %s", ev.Start, ev.Kind, ev.Location)
		default:
			ev.Key = fmt.Sprintf("%s %s %s", d.releaseKey, ev.Kind, ev.Name)
		}
		events = append(events, ev)
	}
	return events
}

func (d *Doc) placeName(key string) string {
	if p := d.places[key]; p != nil {
		return p.Name
	}
	return key
}

// sameAs returns the earlier candidate that c speaks of again, or nil.
func (f EventFinder) sameAs(d *Doc, out []*evCand, c *evCand) *evCand {
	for _, o := range out {
		if c.named && o.named && strings.EqualFold(o.base, c.base) {
			return o
		}
	}
	for _, o := range out {
		// "the NATO Summit in The Hague", then "the Summit in The Hague".
		if !generic[c.ev.Kind] && o.ev.Kind == c.ev.Kind && c.ev.Location != "" && o.ev.Location == c.ev.Location && f.compatible(d, o.ev, c.ev) {
			return o
		}
	}
	for _, o := range out {
		if o.ev.Kind == c.ev.Kind && !c.ev.Start.IsZero() && o.ev.Start == c.ev.Start {
			return o
		}
	}
	main := out[0]
	if c.ev.Start.IsZero() && !c.named && (generic[c.ev.Kind] || c.ev.Kind == main.ev.Kind) && f.compatible(d, main.ev, c.ev) && !placeAfterOnly[c.ev.Kind] {
		return main
	}
	if c.ev.Start.IsZero() && c.ev.Kind == main.ev.Kind && placeAfterOnly[c.ev.Kind] {
		return main
	}
	return nil
}

// compatible reports whether two mentions may be of one event: dates and
// places that do not disagree.
func (f EventFinder) compatible(d *Doc, a, b *natokg.Event) bool {
	if !a.Start.IsZero() && !b.Start.IsZero() && a.Start != b.Start {
		return false
	}
	if a.Location == "" || b.Location == "" || a.Location == b.Location {
		return true
	}
	return d.within(a.Location, b.Location) || d.within(b.Location, a.Location)
}

// within reports whether place a lies in place b.
func (d *Doc) within(a, b string) bool {
	for i := 0; i < 5 && a != ""; i++ {
		p := d.places[a]
		if p == nil {
			if g := d.g.Places[a]; g != nil {
				a = g.Within
			} else {
				return false
			}
		} else {
			a = p.Within
			if a == "" {
				if g := d.g.Places[p.Key]; g != nil {
					a = g.Within
				}
			}
		}
		if a == b {
			return true
		}
	}
	return false
}

// join merges event b into a.
func (f EventFinder) join(d *Doc, a, b *natokg.Event) {
	if a.Start.IsZero() && !b.Start.IsZero() {
		a.Start, a.End = b.Start, b.End
	}
	if a.End.IsZero() && !b.End.IsZero() && (b.Start.IsZero() || b.Start == a.Start) {
		a.End = b.End
	}
	if b.Location != "" && (a.Location == "" || d.within(b.Location, a.Location)) {
		a.Location = b.Location
	}
	if a.Name == "" {
		a.Name = b.Name
	}
	if generic[a.Kind] && !generic[b.Kind] && b.Kind != "" && b.Kind != "press conference" {
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

// cityIn returns the city or venue named inside an event's name
// ("Washington Summit"), or "": a region there is the topic
// ("Southern Neighbourhood Security Dialogue").
func (d *Doc) cityIn(m Mention) string {
	for _, pm := range d.Mentions {
		if pm.Kind == KPlace && pm.First >= m.First && pm.Limit <= m.Limit {
			if k := d.placeKind(pm.Key); k == natokg.City || k == natokg.Venue {
				return pm.Key
			}
		}
	}
	return ""
}

// claimedBy reports whether token i follows one of the named events,
// perhaps after "in PLACE".
func claimedBy(named []Mention, i int) bool {
	for _, m := range named {
		if i == m.Limit {
			return true
		}
	}
	return false
}

// eventName makes a readable name for an event the text does not name:
// "Meeting of Mark Rutte and Kristrún Frostadóttir at NATO Headquarters, 2025-05-28".
func (d *Doc) eventName(ev *natokg.Event) string {
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
		if d.placeKind(ev.Location) == natokg.Venue {
			b.WriteString(" at ")
		} else {
			b.WriteString(" in ")
		}
		b.WriteString(d.placeName(ev.Location))
	}
	if !ev.Start.IsZero() {
		b.WriteString(", ")
		b.WriteString(ev.Start.String())
		if !ev.End.IsZero() && ev.End != ev.Start {
			b.WriteString(" to " + ev.End.String())
		}
	}
	return b.String()
}

// belongsToOrg reports whether place mention m follows "ORG in": the
// organisation's seat or area, not an event's place.
func (f EventFinder) belongsToOrg(d *Doc, m Mention) bool {
	j := m.First - 1
	if j >= 0 && d.Tokens[j].Norm == "the" {
		j--
	}
	if j < 1 || d.Tokens[j].Norm != "in" {
		return false
	}
	c := d.covered[j-1]
	return c >= 0 && d.Mentions[c].Kind == KOrg && d.Mentions[c].PlaceKind != natokg.Venue
}

// hasDate reports whether sentence s gives a date.
func (d *Doc) hasDate(s Sentence) bool {
	for _, m := range d.Mentions {
		if m.Kind == KDate && m.First >= s.First && m.First < s.Limit {
			return true
		}
	}
	return false
}

// personNamed reports whether token i is part of a person's name (not a
// post or title that refers to the person).
func (d *Doc) personNamed(i int) bool {
	return d.covered[i] == -2 || d.covered[i] < 0 && d.Tokens[i].IsCap()
}

// eventWords returns the event words of sentence s, other than the
// trigger, that name an event of their own: "the Summit in The Hague",
// "their meeting in London in December 2019".
func (d *Doc) eventWords(s Sentence, trig int) []Mention {
	var out []Mention
	for i := s.First; i < s.Limit; i++ {
		t := d.Tokens[i]
		if i == trig || d.covered[i] >= 0 || d.inNamed(i) || eventHeads[t.Norm] == "" {
			continue
		}
		if t.IsCap() && i > s.First || !t.IsCap() && d.tokenNorm(i+1) == "in" {
			out = append(out, Mention{Kind: KEvent, First: i, Limit: i + 1, Surface: t.Text})
		}
	}
	return out
}

// opensWithDateline reports whether sentence s starts "PLACE, DATE –".
func (f EventFinder) opensWithDateline(d *Doc, s Sentence) bool {
	i := s.First
	places := 0
	for i < s.Limit {
		if c := d.covered[i]; c >= 0 && d.Mentions[c].First == i {
			m := d.Mentions[c]
			switch m.Kind {
			case KPlace:
				places++
				i = m.Limit
				continue
			case KDate:
				return places > 0 && m.Limit < s.Limit && d.Tokens[m.Limit].Norm == "-"
			}
			return false
		}
		if d.Tokens[i].Norm != "," && d.Tokens[i].Norm != "(" && d.Tokens[i].Norm != ")" {
			return false
		}
		i++
	}
	return false
}

// sentencePlace is the most specific place sentence s puts something in.
func (f EventFinder) sentencePlace(d *Doc, s Sentence, quoted map[int]bool) string {
	best, bestRank := "", 99
	for n, m := range d.Mentions {
		if m.First < s.First || m.First >= s.Limit || quoted[m.First] {
			continue
		}
		if !(m.Kind == KPlace || m.Kind == KOrg && m.PlaceKind == natokg.Venue) {
			continue
		}
		if !f.prepBefore(d, m.First, "in", "at", "to", "(", ",") && !f.dateline(d, s, n) {
			continue
		}
		if r := placeRank(d.placeKind(m.Key)); r < bestRank {
			best, bestRank = m.Key, r
		}
	}
	return best
}
