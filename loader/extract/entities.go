package extract

import (
	"sort"
	"strings"

	"github.com/natokg/natokg"
)

// GazetteerMatcher adds a candidate mention for every gazetteer entry the
// text matches.
type GazetteerMatcher struct{ G *Gazetteer }

// Process adds the candidates.
func (m GazetteerMatcher) Process(d *Doc) {
	for i := range d.Tokens {
		if !d.Tokens[i].IsWord() {
			continue
		}
		// Words inside a hyphenated word ("Ellermann-Kingombe") do not
		// start a match, except a name before "-led" and the like.
		if i > 0 && d.Tokens[i-1].Norm == "-" && !d.Tokens[i-1].SpaceBefore && !d.Tokens[i].SpaceBefore {
			continue
		}
		entries, lens := m.G.match(d.Tokens, i)
		for k, e := range entries {
			j := i + lens[k]
			// The match must end at a word boundary: not inside "Ellermann-Kingombe".
			if j < len(d.Tokens) && d.Tokens[j].Norm == "-" && !d.Tokens[j].SpaceBefore && j+1 < len(d.Tokens) && !d.Tokens[j+1].SpaceBefore && d.Tokens[j+1].IsCap() {
				continue
			}
			d.Mentions = append(d.Mentions, Mention{Kind: e.kind, First: i, Limit: j, Key: e.key, Surface: d.surface(i, j), Prio: e.prio, Weak: e.weak})
		}
	}
}

// Head words that make a capitalised phrase an organisation, a venue, a
// place, an event or a document.
var (
	orgHeads    = words("Council Committee Commission Command Staff Agency Assembly Office Ministry Department Network Mission Centre Center Programme Program Union Organization Organisation Group Corps Partnership Fund Bank Board Parliament Government Secretariat Institute College School Academy University Foundation Service Services Directorate Authority Division Representation Delegation Coalition Alliance Navy Army Police Guard Court Company Corporation Consortium Association Federation League Cell Unit Branch Initiative Brigade Battalion Regiment Squadron Fleet Headquarters Cabinet Presidency Chancellery Forces Force Inc Ltd")
	ofHeads     = words("Ministry Department Office Government Council Commission Committee Secretariat Bank Court University Institute Centre Center Academy Agency League Federation Association Organization Organisation Union Directorate Cabinet Parliament Assembly Presidency")
	venueHeads  = words("Palace Castle Base Airport Hall Building House Hotel Museum Cathedral Square Stadium Barracks Station Airfield Port Harbour Harbor Camp Arena Forum Embassy Residence Chateau Château")
	strongVenue = words("Palace Castle Airport Barracks Cathedral Hotel Museum Stadium Embassy Chateau Château Air Naval Airfield Resort")
	// Words that open a venue's name: "Camp Film City", "Hotel Europa".
	venueFirst = words("Camp Hotel Fort")
	waterHeads = words("Sea Ocean Strait Gulf Bay Channel Sound Lake River")
	eventHeads = map[string]string{
		"summit": "summit", "conference": "conference", "meeting": "meeting", "meetings": "meeting", "session": "session",
		"dialogue": "meeting", "forum": "forum", "exercise": "exercise", "ceremony": "ceremony", "symposium": "conference",
		"seminar": "conference", "workshop": "workshop", "talks": "meeting", "panel": "panel discussion", "dinner": "dinner",
		"war": "war", "invasion": "invasion", "games": "event", "week": "event", "visit": "visit", "congress": "conference",
		"ministerial": "meeting", "consultations": "meeting", "round": "meeting", "reception": "reception",
	}
	docHeads    = words("Agreement Accords Accord Treaty Declaration Plan Strategy Paper Concept Charter Act Communique Communiqué Report Agenda Pledge Portal Website Priorities Framework Roadmap Policy Resolution Convention Protocol Article Statement Code Compact Guidelines")
	determiners = words("the our their this these its his her a an")
	peopleNouns = words("Heads Ministers Leaders Members Chiefs Representatives Ambassadors Delegates Parliamentarians Officials Allies Minister")
	connectors  = words("of for and the on in & de du des la le van der von")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// PatternFinder adds candidates the gazetteer does not know: capitalised
// phrases with the head of an organisation, venue, sea, event or
// document; acronym definitions ("Joint Analysis, Training and Education
// Centre (JATEC)"); threat actors ("APT31"); quoted initiatives; "the
// office of" a post.
type PatternFinder struct{ G *Gazetteer }

// Process adds the candidates.
func (p PatternFinder) Process(d *Doc) {
	// Tokens that a role, rank, honorific, post acronym or date covers do
	// not belong to an organisation's name.
	blocked := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		switch m.Kind {
		case KRole, KRank, KHonorific, KPostAcr, KDate:
			for i := m.First; i < m.Limit; i++ {
				blocked[i] = true
			}
		}
	}
	// The name after a rank or an honorific is a person's, not part of an
	// organisation's name ("General Guglielmo Luigi Miglietta of the
	// Italian Army").
	for _, m := range d.Mentions {
		if m.Kind != KRank && m.Kind != KHonorific {
			continue
		}
		for i := m.Limit; i < len(d.Tokens) && i < m.Limit+6; i++ {
			t := d.Tokens[i]
			if t.IsCap() && t.IsWord() || t.Norm == "." || particles[t.Norm] || t.Norm == "-" && !t.SpaceBefore {
				blocked[i] = true
				continue
			}
			break
		}
	}
	for _, s := range d.Sentences {
		p.capPhrases(d, s, blocked)
	}
	p.acronyms(d)
	for i, t := range d.Tokens {
		// Threat actors: APT31, APT 28.
		if strings.HasPrefix(t.Text, "APT") && len(t.Text) > 3 && allDigits(t.Text[3:]) {
			d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: i, Limit: i + 1, Key: t.Text, Surface: t.Text, Prio: 3})
		}
		// “Grain from Ukraine” initiative
		if t.Norm == "\"" && strings.ContainsAny(t.Text, "“\"") {
			j := i + 1
			for j < len(d.Tokens) && d.Tokens[j].Sent == t.Sent && d.Tokens[j].Norm != "\"" && j-i < 8 {
				j++
			}
			if j+1 < len(d.Tokens) && d.Tokens[j].Norm == "\"" && j > i+1 && d.Tokens[i+1].IsCap() {
				head := d.Tokens[j+1].Norm
				if head == "initiative" || head == "programme" || head == "program" || head == "campaign" || head == "project" || head == "fund" {
					d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: i + 1, Limit: j, Key: d.surface(i+1, j), Surface: d.surface(i+1, j), Prio: 3})
				}
			}
		}
		// the office of the Secretary General's Special Representative for X
		if t.Norm == "office" && i+2 < len(d.Tokens) && d.Tokens[i+1].Norm == "of" {
			j := i + 2
			if d.Tokens[j].Norm == "the" {
				j++
			}
			end := roleRunEnd(d, j)
			if end > j {
				first := i
				if i > 0 && d.Tokens[i-1].Norm == "the" && false {
					first = i - 1
				}
				name := d.surface(first, end)
				d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: first, Limit: end, Key: name, Surface: name, Prio: 9})
			}
		}
	}
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// roleRunEnd returns the end of a run of tokens from j that holds a role
// mention, possibly after an organisation and "'s", and a "for ..." part.
func roleRunEnd(d *Doc, j int) int {
	end := j
	sawRole := false
	for k := j; k < len(d.Tokens) && d.Tokens[k].Sent == d.Tokens[j].Sent; {
		if m := d.mentionAt(k, KRole); m != nil {
			sawRole = true
			k = m.Limit
			end = k
			continue
		}
		if m := d.mentionAt(k, KOrg); m != nil && !sawRole {
			k = m.Limit
			continue
		}
		if d.Tokens[k].Norm == "'s" && (!sawRole || d.mentionAt(k+1, KRole) != nil) {
			k++
			continue
		}
		if d.Tokens[k].Norm == "for" && sawRole {
			e := capRunEnd(d, k+1)
			if e > k+1 {
				end = e
			}
		}
		break
	}
	if !sawRole {
		return j
	}
	return end
}

// capRunEnd returns the end of a run of capitalised words from k, which
// may hold "the", "and", "of" and commas between them ("the Southern
// Neighbourhood", "Innovation, Hybrid and Cyber").
func capRunEnd(d *Doc, k int) int {
	sent := -1
	if k < len(d.Tokens) {
		sent = d.Tokens[k].Sent
	}
	end := k
	for i := k; i < len(d.Tokens) && d.Tokens[i].Sent == sent; i++ {
		t := d.Tokens[i]
		if t.IsCap() && t.IsWord() {
			end = i + 1
			continue
		}
		if (t.Norm == "the" && i == k) || t.Norm == "and" || t.Norm == "," || t.Norm == "of" || t.Norm == "-" {
			if t.Norm == "," && !(PatternFinder{}).commaInName(d, i, d.Sentences[sent]) {
				break // "for the Southern Neighbourhood, Javier Colomina,"
			}
			if i+1 < len(d.Tokens) && d.Tokens[i+1].IsCap() && d.Tokens[i+1].IsWord() && d.Tokens[i+1].Sent == sent {
				continue
			}
		}
		break
	}
	return end
}

// mentionAt returns a mention of kind k that starts at token i, or nil.
func (d *Doc) mentionAt(i int, k Kind) *Mention {
	for n := range d.Mentions {
		if m := &d.Mentions[n]; m.First == i && m.Kind == k {
			return m
		}
	}
	return nil
}

// capPhrases adds candidates for the capitalised phrases of sentence s.
func (p PatternFinder) capPhrases(d *Doc, s Sentence, blocked []bool) {
	i := s.First
	for i < s.Limit {
		t := d.Tokens[i]
		if blocked[i] || !t.IsCap() || !t.IsWord() {
			i++
			continue
		}
		// A run of capitalised words, with connectors between them.
		j := i + 1
		end := i + 1
		for j < s.Limit && !blocked[j] {
			u := d.Tokens[j]
			if u.IsWord() && (u.IsCap() || u.IsUpper()) {
				j++
				end = j
				continue
			}
			if u.Norm == "the" && !connectors[d.Tokens[j-1].Norm] {
				break // "Contact the NATO Press Office": "the" joins only after "of", "for"
			}
			if u.Norm == "the" && j+1 < s.Limit && (d.Tokens[j-1].Norm == "of" || d.Tokens[j-1].Norm == "for") && !blocked[j+1] && d.Tokens[j+1].IsCap() {
				j++
				continue
			}
			nextCap := j+1 < s.Limit && !blocked[j+1] && d.Tokens[j+1].IsCap() && d.Tokens[j+1].IsWord()
			if (u.Norm == "of" || u.Norm == "for") && j+2 < s.Limit && d.Tokens[j+1].Norm == "the" && !blocked[j+2] && d.Tokens[j+2].IsCap() {
				nextCap = true // "Government of the Czech Republic"
			}
			if (connectors[u.Norm] || u.Norm == "-" && !u.SpaceBefore || u.Norm == ",") && nextCap {
				if u.Norm == "and" && p.knownEndsAt(d, j) && p.knownStartsAt(d, j+1) {
					break // "Mediterranean Dialogue and Istanbul Cooperation Initiative": two names
				}
				if u.Norm == "," && !p.commaInName(d, j, s) {
					break
				}
				j++
				continue
			}
			break
		}
		p.classify(d, i, end)
		i = end
	}
}

// knownEndsAt reports whether a gazetteer organisation or place ends just before token j.
func (p PatternFinder) knownEndsAt(d *Doc, j int) bool {
	for _, m := range d.Mentions {
		if m.Limit == j && (m.Kind == KOrg || m.Kind == KPlace) && !m.Weak {
			return true
		}
	}
	return false
}

// knownStartsAt reports whether a gazetteer organisation or place starts at token j.
func (p PatternFinder) knownStartsAt(d *Doc, j int) bool {
	for _, m := range d.Mentions {
		if m.First == j && (m.Kind == KOrg || m.Kind == KPlace) && !m.Weak {
			return true
		}
	}
	return false
}

// commaInName reports whether the comma at j is inside a name such as
// "Joint Analysis, Training and Education Centre": an "and" follows
// before the run ends, with capitalised words only.
func (p PatternFinder) commaInName(d *Doc, j int, s Sentence) bool {
	for k := j + 1; k < s.Limit && k < j+6; k++ {
		u := d.Tokens[k]
		if u.Norm == "and" {
			return k+1 < s.Limit && d.Tokens[k+1].IsCap()
		}
		if !(u.IsWord() && u.IsCap()) {
			return false
		}
	}
	return false
}

// classify adds a candidate for the run [i, end) by its head word, and for
// its sub-runs that end before "of", "for" or "in".
func (p PatternFinder) classify(d *Doc, i, end int) {
	for i < end && determiners[d.Tokens[i].Norm] {
		i++ // "Our Alliance", "The Committee"
	}
	if i < end && peopleNouns[d.Tokens[i].Text] {
		return // "Heads of State and Government", "Ministers of Defence"
	}
	if i < end && peopleNouns[d.Tokens[min(i+1, end-1)].Text] && d.Tokens[i].IsUpper() {
		return // "NATO Heads of State and Government"
	}
	if end-i < 2 {
		return
	}
	words := 0
	for k := i; k < end; k++ {
		if d.Tokens[k].IsCap() {
			words++
		}
	}
	if words < 2 {
		return
	}
	head := d.Tokens[end-1].Text
	name := d.surface(i, end)
	first := d.Tokens[i].Text
	if d.Tokens[i].IsUpper() || d.isDemonymAt(i) {
		if i+1 < end {
			first = d.Tokens[i+1].Text
		}
	}
	add := func(k Kind, pk natokg.PlaceKind) {
		d.Mentions = append(d.Mentions, Mention{Kind: k, First: i, Limit: end, Key: name, Surface: name, PlaceKind: pk})
	}
	// "Armed Forces of Montenegro", "Zagreb Centre for Media Literacy",
	// "Committee on Democracy and Security": an organisation's head, then
	// "of", "for" or "on" and more of its name.
	for k := i + 1; k+1 < end; k++ {
		if orgHeads[d.Tokens[k].Text] && (d.Tokens[k+1].Norm == "of" || d.Tokens[k+1].Norm == "for" || d.Tokens[k+1].Norm == "on") && eventHeads[strings.ToLower(head)] == "" && !docHeads[head] {
			if kk := p.G.knownOrg(d.Tokens[i:end]); kk != "" {
				d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: i, Limit: end, Key: kk, Surface: name, Prio: 1})
			} else {
				add(KOrg, "")
			}
			return
		}
	}
	// "Exercise Noble Jump": a named exercise.
	if first == "Exercise" || d.Tokens[i].Text == "Exercise" {
		add(KEvent, "")
		return
	}
	// A venue's word inside a name with no "in" or "of": "Grand Hotel River Park".
	hasVenueWord := false
	for k := i; k < end; k++ {
		switch d.Tokens[k].Norm {
		case "in", "of", ",", "for", "and":
			hasVenueWord = false
			k = end
			continue
		}
		hasVenueWord = hasVenueWord || strongVenue[d.Tokens[k].Text] && d.Tokens[k].Text != "Air" && d.Tokens[k].Text != "Naval"
	}
	if venueFirst[d.Tokens[i].Text] {
		// "Camp Film City in Pristina": the venue ends before "in".
		for k := i + 1; k < end; k++ {
			if n := d.Tokens[k].Norm; n == "in" || n == "," || n == "of" {
				if k-i >= 2 {
					d.Mentions = append(d.Mentions, Mention{Kind: KPlace, First: i, Limit: k, Key: d.surface(i, k), Surface: d.surface(i, k), PlaceKind: natokg.Venue})
				}
				return
			}
		}
	}
	switch {
	case venueFirst[d.Tokens[i].Text] || hasVenueWord && !orgHeads[head]:
		add(KPlace, natokg.Venue)
	case venueHeads[head] && !(head == "Forum" && d.Tokens[end-2].Norm == "public"):
		// A venue stands where a place is expected, or says what it is
		// ("Palace", "Air Base"): "industrial Base" is no place.
		if strongVenue[head] || strongVenue[d.Tokens[end-2].Text] || placePreps[d.tokenNorm(i-1)] || placePreps[d.tokenNorm(i-2)] && d.tokenNorm(i-1) == "the" {
			add(KPlace, natokg.Venue)
		}
	case waterHeads[head] || waterHeads[first] && d.tokenNorm(i+1) == "of":
		add(KPlace, natokg.Sea)
	case orgHeads[head] || ofHeads[first] && d.hasOf(i, end):
		if head == "Force" && d.tokenNorm(end) == "base" {
			return
		}
		if k := p.G.knownOrg(d.Tokens[i:end]); k != "" {
			d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: i, Limit: end, Key: k, Surface: name, Prio: 1})
			return
		}
		add(KOrg, "")
	case eventHeads[strings.ToLower(head)] != "":
		add(KEvent, "")
	case docHeads[head]:
		add(KDoc, "")
	default:
		// Sub-runs: "EU White Paper for ..." is a document named "EU White Paper".
		for k := end - 1; k > i+1; k-- {
			n := d.Tokens[k].Norm
			if n == "for" || n == "of" || n == "in" || n == "on" {
				p.classify(d, i, k)
				return
			}
		}
	}
}

func (d *Doc) tokenNorm(i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.Tokens[i].Norm
}

func (d *Doc) hasOf(i, end int) bool {
	for k := i; k < end; k++ {
		if d.Tokens[k].Norm == "of" {
			return true
		}
	}
	return false
}

func (d *Doc) isDemonymAt(i int) bool {
	for _, m := range d.Mentions {
		if m.Kind == KDemonym && m.First == i {
			return true
		}
	}
	return false
}

// acronyms finds "Long Name (ACR)" and adds the long name as an
// organisation when its initials spell the acronym.
func (p PatternFinder) acronyms(d *Doc) {
	for i := 2; i+2 < len(d.Tokens); i++ {
		if d.Tokens[i].Norm != "(" || d.Tokens[i+2].Norm != ")" {
			continue
		}
		acr := d.Tokens[i+1].Text
		if !d.Tokens[i+1].IsUpper() {
			continue
		}
		if _, ok := p.G.Posts[acr]; ok {
			continue
		}
		// Walk back over the long form.
		letters := []rune(strings.ReplaceAll(acr, "/", ""))
		k := i - 1
		li := len(letters) - 1
		for k >= 0 && d.Tokens[k].Sent == d.Tokens[i].Sent && li >= 0 {
			t := d.Tokens[k]
			if connectors[t.Norm] || t.Norm == "," || t.Norm == "-" {
				k--
				continue
			}
			if !t.IsWord() || !t.IsCap() {
				break
			}
			r := []rune(t.Text)
			if r[0] != letters[li] {
				// NATO before a name need not be in its acronym.
				if t.IsUpper() && li == len(letters)-1 {
					break
				}
				break
			}
			li--
			k--
		}
		if li >= 0 {
			continue
		}
		first := k + 1
		for first < i && !d.Tokens[first].IsCap() {
			first++
		}
		// Include a leading organisation name ("NATO Security Assistance ...").
		if first > 0 && d.Tokens[first-1].IsUpper() && d.Tokens[first-1].Sent == d.Tokens[i].Sent {
			if m := d.mentionAt(first-1, KOrg); m != nil && m.Limit == first {
				first--
			}
		}
		name := d.surface(first, i)
		headTok := d.Tokens[i-1].Text
		isOrg := orgHeads[headTok] || ofHeads[d.Tokens[first].Text] || p.G.Orgs[name] != nil || p.G.knownOrg(d.Tokens[first:i]) != "" || p.G.knownOrg(d.Tokens[i+1:i+2]) != ""
		if !isOrg {
			// Not an organisation ("Small Arms and Light Weapons (SALW)"):
			// the acronym names something else; block it from matching.
			d.Mentions = append(d.Mentions, Mention{Kind: KDoc, First: first, Limit: i + 3, Key: name, Surface: d.surface(first, i+3), Prio: 1})
			continue
		}
		key := name
		if k := p.G.knownOrg(d.Tokens[first:i]); k != "" {
			key = k
		} else if k := p.G.knownOrg(d.Tokens[i+1 : i+2]); k != "" {
			key = k
		}
		d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: first, Limit: i, Key: key, Surface: name, Prio: 2})
		d.acronyms = append(d.acronyms, acronymDef{acr: acr, long: key})
	}
}

type acronymDef struct{ acr, long string }

// Resolver chooses among overlapping candidates: the longest wins, then
// the one of higher priority; weak candidates need context. It also
// resolves the keys of organisations and places to their gazetteer
// entries, and marks acronyms defined in the text.
type Resolver struct{ G *Gazetteer }

var placePreps = words("in at to from near visited visit visits visiting toward towards across outside inside around via")

// Process resolves d.Mentions.
func (r Resolver) Process(d *Doc) {
	// Acronyms defined in the text name their long form elsewhere too.
	for _, a := range d.acronyms {
		for i, t := range d.Tokens {
			if t.Text == a.acr {
				d.Mentions = append(d.Mentions, Mention{Kind: KOrg, First: i, Limit: i + 1, Key: a.long, Surface: a.acr, Prio: 5})
			}
		}
	}
	// Drop weak candidates without context.
	kept := d.Mentions[:0]
	for _, m := range d.Mentions {
		if m.Weak && !r.placeContext(d, m) {
			continue
		}
		kept = append(kept, m)
	}
	d.Mentions = kept
	// A word that is both a rank and a role ("Commander") is the role
	// after "the", "its" or "'s", or before "of": "the Commander of ISAF".
	for n, m := range d.Mentions {
		if m.Kind != KRole {
			continue
		}
		prev, next := d.tokenNorm(m.First-1), d.tokenNorm(m.Limit)
		if prev == "the" || prev == "its" || prev == "their" || prev == "'s" || next == "of" || next == "for" {
			d.Mentions[n].Prio = prioRank + 1
		}
	}
	// Named events and documents do not compete: they are kept aside.
	var named, rest []Mention
	for _, m := range d.Mentions {
		if m.Kind == KEvent {
			named = append(named, m)
		} else {
			rest = append(rest, m)
		}
	}
	sort.SliceStable(rest, func(a, b int) bool {
		la, lb := rest[a].Limit-rest[a].First, rest[b].Limit-rest[b].First
		if la != lb {
			return la > lb
		}
		return rest[a].Prio > rest[b].Prio
	})
	taken := make([]bool, len(d.Tokens))
	var out []Mention
	for _, m := range rest {
		free := true
		for i := m.First; i < m.Limit; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := m.First; i < m.Limit; i++ {
			taken[i] = true
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].First < out[b].First })
	d.Mentions = out
	d.named = named
	for _, m := range out {
		if m.Kind == KDoc {
			d.named = append(d.named, m)
		}
	}
}

// placeContext reports whether a weak place candidate stands where a
// place is expected: after "in", "at", "visited"; before ", Country";
// at the start of a dateline.
func (r Resolver) placeContext(d *Doc, m Mention) bool {
	if m.First > 0 && placePreps[d.Tokens[m.First-1].Norm] && d.Tokens[m.First-1].Sent == d.Tokens[m.First].Sent {
		return true
	}
	if m.First > 1 && d.Tokens[m.First-1].Norm == "the" && placePreps[d.Tokens[m.First-2].Norm] {
		return true
	}
	// City, Country / City (Country) / City, State
	if m.Limit+1 < len(d.Tokens) && (d.Tokens[m.Limit].Norm == "," || d.Tokens[m.Limit].Norm == "(") {
		for _, c := range d.Mentions {
			if c.Kind == KPlace && c.First == m.Limit+1 {
				if pe := r.G.Places[c.Key]; pe != nil && (pe.Kind == natokg.Country || pe.Kind == natokg.State) {
					return true
				}
			}
		}
	}
	// A state's code after a city: "Dayton (OH)", "Dayton, OH".
	if m.First > 1 && (d.Tokens[m.First-1].Norm == "," || d.Tokens[m.First-1].Norm == "(") {
		if pe := r.G.Places[m.Key]; pe != nil && pe.Kind == natokg.State {
			return true
		}
	}
	// A dateline: "Brussels, 23 May –" at the start of a sentence.
	s := d.Sentences[d.Tokens[m.First].Sent]
	if m.First == s.First && m.Limit < s.Limit && d.Tokens[m.Limit].Norm == "," {
		for _, c := range d.Mentions {
			if c.Kind == KDate && c.First > m.Limit && c.First <= m.Limit+6 {
				return true
			}
		}
	}
	return false
}
