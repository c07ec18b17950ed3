package extract

import (
	"sort"
	"strings"

	"github.com/natokg/natokg"
)

var suffixes = words("Jr Sr II III IV V")

var particles = words("van der den de du da di la le von al bin ben ter dos del della ten")

// PersonFinder finds the people a release names, from the patterns press
// releases use: a post, rank or honorific before a name ("NATO Secretary
// General Mark Rutte", "Lieutenant General Janusz Adamczak", "the Prime
// Minister of Iceland, Ms Kristrún Frostadóttir") or a post after it
// ("Jean-Charles Ellermann-Kingombe, NATO Assistant Secretary General for
// ..."). It records the posts so stated.
type PersonFinder struct{ G *Gazetteer }

// rolePhrase is a post as the text states it.
type rolePhrase struct {
	first, limit int // tokens, from the premodifier to the acronym
	roleFirst    int // the role mention
	title        string
	org          string
	orgIsPlace   bool
	acr          string // a post acronym after it: "(DGIMS)"
}

// Process adds the people to d.
func (p PersonFinder) Process(d *Doc) {
	d.people = map[string]*natokg.Person{}
	d.personAt = map[int]string{}
	d.covered = make([]int, len(d.Tokens))
	for i := range d.covered {
		d.covered[i] = -1
	}
	for n, m := range d.Mentions {
		for i := m.First; i < m.Limit; i++ {
			d.covered[i] = n
		}
	}
	for n := range d.Mentions {
		m := d.Mentions[n]
		switch m.Kind {
		case KRole, KPostAcr:
			if m.Kind == KPostAcr && (m.First == 0 || d.Tokens[m.First-1].Norm != "(") {
				continue
			}
			rp := p.rolePhrase(d, n)
			d.roles = append(d.roles, rp)
			// Post, then the person: "Secretary General Mark Rutte",
			// "the Prime Minister of Iceland, Ms Kristrún Frostadóttir".
			k := rp.limit
			if k < len(d.Tokens) && d.Tokens[k].Norm == "," {
				k++
			}
			titles := k
			k, rank := p.skipTitles(d, k)
			if end := p.nameRun(d, k); end > k {
				// The alias keeps a rank or honorific, not the post: "Mr Mark Rutte".
				p.addPerson(d, k, end, rank, &rp, titles)
				continue
			}
			// Person, then the post: "Jane Doe, Minister of Defence".
			if rp.first >= 2 && d.Tokens[rp.first-1].Norm == "," {
				if start := p.nameBefore(d, rp.first-1); start >= 0 {
					s, rank := p.titlesBefore(d, start)
					p.addPerson(d, start, rp.first-1, rank, &rp, s)
				}
			}
		case KRank, KHonorific:
			if m.First > 0 && (d.Tokens[m.First-1].Norm == "," && p.roleEndsAt(d, m.First-1) || d.covered[m.First-1] >= 0 && d.Mentions[d.covered[m.First-1]].Kind == KRole) {
				continue // handled with its post
			}
			k, rank := p.skipTitles(d, m.First)
			if end := p.nameRun(d, k); end > k {
				p.addPerson(d, k, end, rank, nil, m.First)
			}
		}
	}
	p.changesOfCommand(d)
}

// roleEndsAt reports whether a role phrase found so far ends at token k:
// a rank or honorific after it and a comma goes with it ("the Prime
// Minister of Iceland, Ms Kristrún Frostadóttir"), one after a date or a
// clause does not ("On 20 July 2011, General Hanna Johansson").
func (p PersonFinder) roleEndsAt(d *Doc, k int) bool {
	for _, rp := range d.roles {
		if rp.limit == k {
			return true
		}
	}
	return false
}

// commandVerbs open a change of command: "assumed command of", "took
// command of", "relinquished command of".
var commandVerbs = words("assume assumes assumed assuming take takes took taking relinquish relinquishes relinquished relinquishing")

// changesOfCommand gives the post of commander of an organisation to the
// people a change of command names: "General Hanna Johansson assumed
// command of Allied Land Command (LANDCOM) from Major General Lars
// Ionescu" makes both commanders of Allied Land Command (one incoming,
// one outgoing; the release states both).
func (p PersonFinder) changesOfCommand(d *Doc) {
	for k := 1; k+2 < len(d.Tokens); k++ {
		if !commandVerbs[d.Tokens[k].Norm] || d.Tokens[k+1].Norm != "command" || d.Tokens[k+2].Norm != "of" {
			continue
		}
		o := k + 3
		if o >= len(d.Tokens) || d.covered[o] < 0 || d.Mentions[d.covered[o]].Kind != KOrg {
			continue
		}
		org := d.Mentions[d.covered[o]]
		span := d.span(k, org.Limit)
		give := func(t int) {
			if key, ok := d.personAt[t]; ok && d.people[key] != nil {
				addPost(d.people[key], natokg.Post{Role: "Commander", Org: org.Key, Span: span})
			}
		}
		// The person before the verb ("Johansson assumed", "Johansson has
		// assumed").
		b := k - 1
		if b > 0 && (d.Tokens[b].Norm == "has" || d.Tokens[b].Norm == "had" || d.Tokens[b].Norm == "will") {
			b--
		}
		give(b)
		// The person after "from", past an acronym: "(LANDCOM) from Major
		// General Lars Ionescu".
		a := org.Limit
		if a < len(d.Tokens) && d.Tokens[a].Norm == "(" {
			for a < len(d.Tokens) && d.Tokens[a].Norm != ")" {
				a++
			}
			a++
		}
		if a < len(d.Tokens) && d.Tokens[a].Norm == "from" {
			a, _ = p.skipTitles(d, a+1)
			if a < len(d.Tokens) {
				give(a)
			}
		}
	}
}

// skipTitles skips ranks and honorifics from k and returns the rank, if any.
func (p PersonFinder) skipTitles(d *Doc, k int) (int, string) {
	rank := ""
	for k < len(d.Tokens) && d.covered[k] >= 0 {
		m := d.Mentions[d.covered[k]]
		if m.Kind != KRank && m.Kind != KHonorific || m.First != k {
			break
		}
		if m.Kind == KRank || rank == "" && m.Key != "Mr" && m.Key != "Ms" && m.Key != "Mrs" && m.Key != "Miss" && m.Key != "Dr" {
			rank = m.Key
		}
		k = m.Limit
	}
	return k, rank
}

func (p PersonFinder) titlesBefore(d *Doc, start int) (int, string) {
	rank := ""
	for start > 0 && d.covered[start-1] >= 0 {
		m := d.Mentions[d.covered[start-1]]
		if m.Kind != KRank && m.Kind != KHonorific {
			break
		}
		if m.Kind == KRank || rank == "" && m.Key != "Mr" && m.Key != "Ms" && m.Key != "Mrs" {
			rank = m.Key
		}
		start = m.First
	}
	return start, rank
}

// nameRun returns the end of a person's name starting at token k, or k.
func (p PersonFinder) nameRun(d *Doc, k int) int {
	caps := 0
	end := k
	for i := k; i < len(d.Tokens) && i-k < 7; i++ {
		t := d.Tokens[i]
		if i > k && t.Sent != d.Tokens[k].Sent {
			break
		}
		if d.covered[i] >= 0 {
			m := d.Mentions[d.covered[i]]
			// A one-word place inside a name ("Jordan", "Austin S. Miller")
			// gives way.
			next := i+1 < len(d.Tokens) && d.Tokens[i+1].IsCap() && d.Tokens[i+1].IsWord()
			if !(m.Kind == KPlace && m.Limit-m.First == 1 && (caps > 0 || next)) {
				break
			}
		}
		if caps >= 2 && suffixes[t.Text] {
			end = i + 1 // "James G. Foggo III"
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Norm == "." {
				i++
			}
			continue
		}
		switch {
		case t.IsWord() && len([]rune(t.Text)) == 1 && t.IsCap() && caps > 0 && i+1 < len(d.Tokens) && d.Tokens[i+1].Norm == ".":
			i++ // an initial: "Andrew M. Rohling"
		case t.IsWord() && t.IsCap() && !t.IsUpper() && t.Norm != "the":
			if monthNum(t.Text) > 0 && len(t.Text) > 3 {
				return p.done(end, caps, k)
			}
			caps++
			end = i + 1
		case t.IsWord() && t.IsUpper() && len([]rune(t.Text)) <= 2 && caps > 0:
			// "Andrew M. Rohling" written "Andrew M Rohling"? only with a full stop.
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Norm == "." {
				i++
				continue
			}
			return p.done(end, caps, k)
		case particles[t.Norm] && caps > 0 && i+1 < len(d.Tokens) && (d.Tokens[i+1].IsCap() || particles[d.Tokens[i+1].Norm]):
		case t.Norm == "-" && !t.SpaceBefore && caps > 0 && i+1 < len(d.Tokens) && !d.Tokens[i+1].SpaceBefore && d.Tokens[i+1].IsCap():
		default:
			return p.done(end, caps, k)
		}
	}
	return p.done(end, caps, k)
}

func (p PersonFinder) done(end, caps, k int) int {
	if caps < 2 {
		return k
	}
	return end
}

// nameBefore returns the start of a name that ends just before token end,
// or -1.
func (p PersonFinder) nameBefore(d *Doc, end int) int {
	for start := end - 1; start >= 0 && start > end-7; start-- {
		if d.Tokens[start].Sent != d.Tokens[end-1].Sent {
			break
		}
		if p.nameRun(d, start) == end {
			// The longest name that ends there.
			best := start
			for s := start - 1; s >= 0 && s > end-7; s-- {
				if p.nameRun(d, s) == end {
					best = s
				}
			}
			return best
		}
	}
	return -1
}

// rolePhrase reads the post around role mention n: an organisation,
// country, demonym or "X's" before it; "for ..." and "of [the] ORG" after
// it; a post acronym in brackets.
func (p PersonFinder) rolePhrase(d *Doc, n int) rolePhrase {
	m := d.Mentions[n]
	// The title as the text writes it ("Minister for Foreign Affairs").
	rp := rolePhrase{first: m.First, limit: m.Limit, roleFirst: m.First, title: strings.Join(strings.Fields(m.Surface), " ")}
	if m.Kind == KPostAcr {
		if pe := p.G.Posts[m.Key]; pe != nil {
			rp.title = pe.Role
			rp.org, rp.orgIsPlace = p.orgKey(pe.Org)
			rp.acr = m.Key
		}
		return rp
	}
	// Before: "NATO", "Icelandic", "NATO's", "Iceland's".
	i := m.First
	if i > 0 && d.Tokens[i-1].Norm == "'s" {
		i--
	}
	if i > 0 && d.covered[i-1] >= 0 {
		pm := d.Mentions[d.covered[i-1]]
		switch pm.Kind {
		case KOrg:
			rp.org = pm.Key
			rp.first = pm.First
		case KDemonym:
			rp.org, rp.orgIsPlace = pm.Key, true
			rp.first = pm.First
		case KPlace:
			if pe := p.G.Places[pm.Key]; pe != nil && pe.Kind == natokg.Country {
				rp.org, rp.orgIsPlace = pm.Key, true
				rp.first = pm.First
			}
		case KRole:
			// "the Secretary General's Special Representative": the
			// organisation of the first post.
			if i < m.First {
				inner := p.rolePhrase(d, d.covered[i-1])
				rp.org, rp.orgIsPlace, rp.first = inner.org, inner.orgIsPlace, inner.first
			}
		}
	}
	// "its Chief", "their Commander": the organisation named just before.
	if i > 0 && (d.Tokens[i-1].Norm == "its" || d.Tokens[i-1].Norm == "their") && rp.org == "" {
		for k := i - 2; k >= 0 && k > i-40; k-- {
			if c := d.covered[k]; c >= 0 && d.Mentions[c].Kind == KOrg {
				rp.org = d.Mentions[c].Key
				break
			}
		}
	}
	// After: "for the Southern Neighbourhood", "for Innovation, Hybrid and Cyber".
	k := m.Limit
	if k < len(d.Tokens) && d.Tokens[k].Norm == "for" {
		if e := capRunEnd(d, k+1); e > k+1 && !(d.covered[k+1] >= 0 && d.Mentions[d.covered[k+1]].Kind == KOrg) {
			rp.title = rp.title + " " + d.surface(k, e)
			k = e
		}
	}
	// "Minister of National Defence", "Ambassador to NATO": the title goes
	// on with what is no organisation or country of its own, or with the
	// body an ambassador is sent to.
	for k+1 < len(d.Tokens) && (d.Tokens[k].Norm == "of" || d.Tokens[k].Norm == "to") {
		j := k + 1
		if c := d.covered[j]; c >= 0 && d.Mentions[c].First == j {
			om := d.Mentions[c]
			if d.Tokens[k].Norm == "to" && (om.Kind == KOrg || om.Kind == KPlace) {
				rp.title += " " + d.surface(k, om.Limit)
				k = om.Limit
				continue
			}
			break
		}
		if d.Tokens[k].Norm == "of" && d.Tokens[j].Norm != "the" {
			if e := capRunEnd(d, j); e > j && !d.anyMentionIn(j, e) {
				rp.title += " " + d.surface(k, e)
				k = e
				continue
			}
		}
		break
	}
	// "and European Integration, Mr Nicu Popescu": the title goes on.
	if k < len(d.Tokens) && d.Tokens[k].Norm == "and" {
		if e := capRunEnd(d, k+1); e > k+1 && e < len(d.Tokens) && d.Tokens[e].Norm == "," && d.covered[k+1] < 0 {
			rp.title += " " + d.surface(k, e)
			k = e
		}
	}
	// "Senior Civilian Representative in Afghanistan, Ambassador ...".
	if k+2 < len(d.Tokens) && d.Tokens[k].Norm == "in" && d.covered[k+1] >= 0 && d.Mentions[d.covered[k+1]].Kind == KPlace {
		pm := d.Mentions[d.covered[k+1]]
		if pm.First == k+1 && pm.Limit < len(d.Tokens) && d.Tokens[pm.Limit].Norm == "," {
			rp.title += " " + d.surface(k, pm.Limit)
			k = pm.Limit
		}
	}
	// "of the NATO Military Committee", "of Iceland", "at the Norwegian
	// Ministry of Foreign Affairs", "of NATO's Resolute Support Mission".
	if k+1 < len(d.Tokens) && (d.Tokens[k].Norm == "of" || d.Tokens[k].Norm == "at") {
		j := k + 1
		if d.Tokens[j].Norm == "the" {
			j++
		}
		if j < len(d.Tokens) && d.covered[j] >= 0 && d.Mentions[d.covered[j]].First == j {
			om := d.Mentions[d.covered[j]]
			// "NATO's Resolute Support Mission": the second organisation.
			if om.Kind == KOrg && om.Limit+1 < len(d.Tokens) && d.Tokens[om.Limit].Norm == "'s" {
				if c := d.covered[om.Limit+1]; c >= 0 && d.Mentions[c].Kind == KOrg && d.Mentions[c].First == om.Limit+1 {
					om = d.Mentions[c]
				}
			}
			switch om.Kind {
			case KOrg:
				rp.org, rp.orgIsPlace = om.Key, false
				k = om.Limit
			case KPlace:
				if pe := p.G.Places[om.Key]; pe != nil && pe.Kind == natokg.Country {
					rp.org, rp.orgIsPlace = om.Key, true
					k = om.Limit
				}
			}
			// "(ISAF)", "(NTM-A)", "in Afghanistan" after the organisation.
			if k+2 < len(d.Tokens) && d.Tokens[k].Norm == "(" && d.Tokens[k+1].IsUpper() {
				if _, post := p.G.Posts[d.Tokens[k+1].Text]; !post {
					for e := k + 2; e < len(d.Tokens) && e < k+6; e++ {
						if d.Tokens[e].Norm == ")" {
							k = e + 1
							break
						}
						if d.Tokens[e].SpaceBefore {
							break
						}
					}
				}
			}
			if k+1 < len(d.Tokens) && d.Tokens[k].Norm == "in" && d.covered[k+1] >= 0 && d.Mentions[d.covered[k+1]].Kind == KPlace {
				k = d.Mentions[d.covered[k+1]].Limit
			}
		}
	}
	// "(DGIMS)"
	if k+2 < len(d.Tokens) && d.Tokens[k].Norm == "(" && d.Tokens[k+2].Norm == ")" {
		if _, ok := p.G.Posts[d.Tokens[k+1].Text]; ok {
			rp.acr = d.Tokens[k+1].Text
			k += 3
		}
	}
	rp.limit = k
	// "the United Nations Under-Secretary-General for X, Mr A, and the
	// Under-Secretary-General for Y, Ms B": the second post is in the
	// same organisation.
	if rp.org == "" && rp.first >= 2 && d.Tokens[rp.first-1].Norm == "the" && d.Tokens[rp.first-2].Norm == "and" {
		for r := len(d.roles) - 1; r >= 0; r-- {
			if prev := d.roles[r]; prev.limit <= rp.first && rp.first-prev.limit < 14 && prev.org != "" {
				rp.org, rp.orgIsPlace = prev.org, prev.orgIsPlace
				break
			}
		}
	}
	if rp.org == "" {
		rp.org, rp.orgIsPlace = p.defaultOrg(d, m.Key)
	}
	// A national post with no country ("Prime Minister Dorin Recean" on a
	// visit to Moldova) is one of the country the release is about.
	if rp.org == "" {
		if re := p.G.Roles[m.Key]; re != nil && re.Kind == "national" {
			if c := d.mainCountry(p.G); c != "" {
				rp.org, rp.orgIsPlace = c, true
			}
		}
	}
	return rp
}

// mainCountry is the country a release names most often (the first of
// equals), or "".
func (d *Doc) mainCountry(g *Gazetteer) string {
	count := map[string]int{}
	best := ""
	for _, m := range d.Mentions {
		if m.Kind != KPlace && m.Kind != KDemonym {
			continue
		}
		if pe := g.Places[m.Key]; pe == nil || pe.Kind != natokg.Country {
			continue
		}
		count[m.Key]++
		if best == "" || count[m.Key] > count[best] {
			best = m.Key
		}
	}
	return best
}

// orgKey turns a gazetteer organisation or country name into a key.
func (p PersonFinder) orgKey(name string) (string, bool) {
	if p.G.Country(name) != nil {
		return name, true
	}
	return name, false
}

// defaultOrg is the organisation of a post the text names without one:
// the publisher's, where the publisher has a post of that title
// ("Secretary General" in a NATO release).
func (p PersonFinder) defaultOrg(d *Doc, title string) (string, bool) {
	if d.publisher == "" {
		return "", false
	}
	for _, pe := range p.G.Posts {
		if pe.Role == title && p.partOf(pe.Org, d.publisher) {
			return d.publisher, false
		}
	}
	return "", false
}

// partOf reports whether organisation a is b or one of its parts.
func (p PersonFinder) partOf(a, b string) bool {
	for i := 0; i < 8 && a != ""; i++ {
		if a == b {
			return true
		}
		o := p.G.Orgs[a]
		if o == nil {
			return false
		}
		a = o.Parent
	}
	return false
}

// addPerson records the person named by tokens [i, end).
func (p PersonFinder) addPerson(d *Doc, i, end int, rank string, rp *rolePhrase, aliasStart int) {
	name := d.surface(i, end)
	key := name
	// The same person named again in full, perhaps with a shorter form.
	for _, k := range d.personKeys() {
		q := d.people[k]
		if strings.HasSuffix(k, " "+name) || strings.HasSuffix(name, " "+k) {
			if len(name) > len(k) {
				delete(d.people, k)
				q.Aliases = append(q.Aliases, q.Name)
				q.Key, q.Name = key, name
				d.people[key] = q
				// The person keeps its place in the order of first mention.
				for n, o := range d.order {
					if o == "person:"+k {
						d.order[n] = "person:" + key
					}
				}
				for t, pk := range d.personAt {
					if pk == k {
						d.personAt[t] = key
					}
				}
			} else {
				key = k
			}
			break
		}
	}
	per := d.people[key]
	if per == nil {
		per = &natokg.Person{Key: key, Name: key}
		d.people[key] = per
		d.order = append(d.order, "person:"+key)
	}
	if rank != "" && per.Rank == "" {
		per.Rank = rank
	}
	if aliasStart < i {
		if a := d.surface(aliasStart, end); a != per.Name {
			addAlias(&per.Aliases, a)
		}
	}
	if name != per.Name {
		addAlias(&per.Aliases, name)
	}
	per.Spans = append(per.Spans, d.span(i, end))
	for t := i; t < end; t++ {
		d.personAt[t] = key
		d.covered[t] = -2
	}
	if rp != nil {
		addPost(per, natokg.Post{Role: rp.title, Org: rp.org, OrgIsPlace: rp.orgIsPlace, Span: d.span(rp.roleFirst, rp.limit)})
		if rp.acr != "" {
			addAlias(&per.Aliases, rp.acr)
		}
		for t := rp.first; t < rp.limit; t++ {
			if _, ok := d.personAt[t]; !ok {
				d.personAt[t] = key
			}
		}
	}
}

func addAlias(list *[]string, a string) {
	for _, x := range *list {
		if x == a {
			return
		}
	}
	*list = append(*list, a)
}

func addPost(per *natokg.Person, post natokg.Post) {
	for i, x := range per.Posts {
		if x.Role == post.Role {
			if x.Org == "" && post.Org != "" {
				per.Posts[i].Org, per.Posts[i].OrgIsPlace = post.Org, post.OrgIsPlace
			}
			if post.Org == "" || x.Org == post.Org {
				return
			}
		}
	}
	per.Posts = append(per.Posts, post)
}

// Coreference links the other ways a release refers to a person named
// in full: "Mr Rutte", "Rutte", "LTG Rohling", "the Secretary General",
// "DGIMS", "he".
type Coreference struct{ G *Gazetteer }

// Process fills d.personAt and the people's aliases.
func (c Coreference) Process(d *Doc) {
	if len(d.people) == 0 {
		return
	}
	type form struct {
		toks []string
		key  string
	}
	var forms []form
	for _, key := range d.personKeys() {
		per := d.people[key]
		toks := tokenizeForm(per.Name)
		// Every tail of the name that starts with a capital or a particle:
		// "Rutte", "van der Laan", "Ellermann-Kingombe".
		for s := 1; s < len(toks); s++ {
			if !(toks[s].IsCap() || particles[toks[s].Norm]) || toks[s].Norm == "." || toks[s-1].Norm == "-" {
				continue
			}
			if particles[toks[s-1].Norm] && toks[s].IsCap() {
				continue // "Laan" alone only via "van der Laan"
			}
			var f []string
			for _, t := range toks[s:] {
				f = append(f, fold(t.Text))
			}
			forms = append(forms, form{f, per.Key})
		}
	}
	for i := 0; i < len(d.Tokens); i++ {
		if _, ok := d.personAt[i]; ok {
			continue
		}
		for _, f := range forms {
			if i+len(f.toks) > len(d.Tokens) {
				continue
			}
			ok := d.Tokens[i].IsCap() || particles[d.Tokens[i].Norm] && len(f.toks) > 1
			for k := 0; ok && k < len(f.toks); k++ {
				ok = fold(d.Tokens[i+k].Text) == f.toks[k]
			}
			if !ok {
				continue
			}
			end := i + len(f.toks)
			if end < len(d.Tokens) && d.Tokens[end].IsCap() && d.Tokens[end].IsWord() && d.covered[end] < 0 {
				continue // part of another name
			}
			per := d.people[f.key]
			start := i
			// "Mr Rutte", "Lieutenant General Adamczak", "Prime Minister Frostadóttir".
			for start > 0 && d.covered[start-1] >= 0 {
				m := d.Mentions[d.covered[start-1]]
				if m.Kind != KRank && m.Kind != KHonorific && m.Kind != KRole {
					break
				}
				start = m.First
			}
			if start > 0 && d.Tokens[start-1].IsUpper() && d.covered[start-1] < 0 {
				// "LTG Rohling" where the rank is not in the gazetteer.
			}
			addAlias(&per.Aliases, d.surface(start, end))
			if start < i {
				addAlias(&per.Aliases, d.surface(i, end))
			}
			per.Spans = append(per.Spans, d.span(start, end))
			for t := start; t < end; t++ {
				d.personAt[t] = f.key
			}
			i = end - 1
			break
		}
	}
	// Posts alone: "the Secretary General", "DGIMS", "DCMC".
	for _, m := range d.Mentions {
		if m.Kind != KRole && m.Kind != KPostAcr {
			continue
		}
		if _, ok := d.personAt[m.First]; ok {
			continue
		}
		title, org := m.Key, ""
		if m.Kind == KPostAcr {
			pe := c.G.Posts[m.Key]
			if pe == nil {
				continue
			}
			title, org = pe.Role, pe.Org
		} else {
			rp := PersonFinder(c).rolePhrase(d, d.mentionIndex(m))
			title, org = rp.title, rp.org
		}
		var found []string
		for _, key := range d.personKeys() {
			per := d.people[key]
			for _, post := range per.Posts {
				if post.Role == title && (org == "" || post.Org == org) {
					found = append(found, per.Key)
					break
				}
			}
		}
		if len(found) == 1 {
			for t := m.First; t < m.Limit; t++ {
				d.personAt[t] = found[0]
			}
			if m.Kind == KPostAcr {
				addAlias(&d.people[found[0]].Aliases, m.Surface)
			}
		}
	}
	// Pronouns: the person referred to last.
	last := ""
	for i, t := range d.Tokens {
		if k, ok := d.personAt[i]; ok {
			last = k
			continue
		}
		switch t.Norm {
		case "he", "she", "his", "her", "him":
			if last != "" {
				d.personAt[i] = last
				d.pronoun[i] = true
			}
		}
	}
}

func (d *Doc) mentionIndex(m Mention) int {
	for n := range d.Mentions {
		if d.Mentions[n].First == m.First && d.Mentions[n].Kind == m.Kind {
			return n
		}
	}
	return -1
}

// personKeys returns the keys of d.people, longest first, so that the
// fullest names are tried first and results never depend on map order.
func (d *Doc) personKeys() []string {
	keys := make([]string, 0, len(d.people))
	for k := range d.people {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// anyMentionIn reports whether an organisation, place or role mention
// starts in tokens [i, j).
func (d *Doc) anyMentionIn(i, j int) bool {
	for k := i; k < j; k++ {
		if c := d.covered[k]; c >= 0 {
			switch d.Mentions[c].Kind {
			case KOrg, KPlace, KRole, KRank, KHonorific, KPostAcr:
				return true
			}
		}
	}
	return false
}
