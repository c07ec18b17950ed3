package extract

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// PostPhrase is a post as the text states it: "the Icelandic Prime
// Minister", "State Secretary for Security Policy", "Chairman of the
// National Reconciliation Commission", "Commander, Allied Air Command".
type PostPhrase struct {
	// Span runs from the owner or the first modifier to the last
	// complement.
	Span
	// Core is the title's own tokens ("Prime Minister", "SACEUR").
	Core Span
	// Title is the role's title as the text writes it, with its domain
	// ("Minister of Defence", "Assistant Secretary General for
	// Innovation, Hybrid and Cyber") but without its organisation.
	Title string
	// CoreTitle is the title without its domain ("Assistant Secretary
	// General" of "Assistant Secretary General for Innovation").
	CoreTitle string
	// RoleKey is the gazetteer's title where the core is one it knows
	// ("Supreme Allied Commander Transformation" for "Supreme Allied
	// Commander for Transformation").
	RoleKey string
	// Org is the key of the organisation or country whose post it is.
	Org        string
	OrgIsPlace bool
	// Acronym is a post acronym that follows in brackets ("DGIMS").
	Acronym string
	// Former marks a post the text says was held before ("former",
	// "outgoing").
	Former bool
	// National marks a national office (a minister, a president).
	National bool
	// Implied marks an Org the phrase does not state: the publisher's,
	// the release's country.
	Implied bool
	// Unit marks a title that names the group its holder heads ("head
	// of the German delegation"): another title's organisation after
	// "and" is not its.
	Unit bool
	// Slashed marks a title joined to the one before by a slash, one
	// office of one body ("EU High Representative/Vice President").
	Slashed bool
	// Domains are the spans of the title's domains ("of Army Staff"),
	// whose words name no body of their own.
	Domains []Span
	// Also are the posts coordinated with this one for one holder: "the
	// Deputy Prime Minister and Minister of Foreign Affairs".
	Also []PostPhrase
}

// Posts returns the phrase's post and those coordinated with it.
func (p PostPhrase) Posts(t *Text) []natokg.Post {
	out := []natokg.Post{p.Post(t)}
	for _, q := range p.Also {
		out = append(out, q.Post(t))
	}
	return out
}

// Post returns the phrase as a post of the domain.
func (p PostPhrase) Post(t *Text) natokg.Post {
	return natokg.Post{Role: p.Title, Org: p.Org, OrgIsPlace: p.OrgIsPlace, Former: p.Former,
		Span: t.ByteSpan(p.Core.First, p.Limit)}
}

// PostFinder is the stage that reads post phrases by a grammar of
// titles: modifiers ("Deputy", "Acting", "State", "Defence"), a head from
// an open class ("Minister", "Speaker", "Commander", "Chair"), words
// after the head ("General", "Europe"), then complements ("for DOMAIN",
// "of DOMAIN", "of ORG", "to ORG", "at ORG", ", ORG", "(ACRONYM)"), and
// an owner before ("NATO", "Iceland's", "Icelandic").
type PostFinder struct{ rules }

// NewPostFinder returns the post stage.
func NewPostFinder(g *Gazetteer, lx *Lexicon) *PostFinder { return &PostFinder{newRules(g, lx)} }

// Find returns the post phrases of t, in order.
func (f *PostFinder) Find(t *Text, ms *Mentions, ctx PostContext) []PostPhrase {
	var out []PostPhrase
	changed := sync.OnceValue(func() string { return f.changedBody(t, ms) })
	for i := 0; i < len(t.Tokens); {
		p, ok := f.parse(t, ms, i, ctx)
		if !ok {
			i++
			continue
		}
		p = f.possessed(t, ms, p, ctx)
		f.coordinated(t, ms, &p, ctx)
		f.byOffice(t, ms, &p)
		f.counterpart(t, out, &p)
		if p.Org == "" {
			p.Org, p.OrgIsPlace = f.listOrg(t, out, p)
			p.Implied = p.Org != "" // a name's own "of Japan" may still say otherwise
		}
		if p.Org == "" {
			p = f.fullerTitle(out, p)
		}
		if p.Org == "" && !p.National {
			p.Org = f.ledBody(t, ms, p) // "the Joint Warfare Centre, led by the Director, X": the Centre's
		}
		if p.Org == "" && !p.National {
			p.Org = f.visitedBody(t, ms, p) // "visited the CCDCOE and met with the Director Col X": the Centre's
		}
		if p.Org == "" && !p.National {
			p.Org = f.bodyBeforeTitle(t, ms, p) // "the UK Permanent Joint Headquarters, Assistant Chief of Staff J6, Commodore X": the Headquarters'
		}
		if p.Org == "" && !p.National && t.Norm(p.Core.Limit-1) == "commander" {
			p.Org = changed() // "Change of Command at the Multinational Battle Group West ... the outgoing Commander"
			p.Implied = p.Org != ""
		}
		if p.Org == "" {
			ctx.earlier = out
			p.Org, p.OrgIsPlace = f.defaultOrg(t, ms, p, ctx)
			p.Implied = p.Org != ""
		}
		if p.Org == "" {
			p.Org, p.OrgIsPlace = f.successorOrg(t, out, p)
			p.Implied = p.Org != ""
		}
		if p.Org == "" {
			p.Org = f.paragraphCountry(t, out, p)
			p.OrgIsPlace, p.Implied = p.Org != "", p.Org != ""
		}
		if p.Org == "" {
			p.Org = f.headlineCountry(t, out, p)
			p.OrgIsPlace, p.Implied = p.Org != "", p.Org != ""
		}
		if p.Org == "" && !f.diplomatic(t, &p) {
			p.Org = f.releaseBody(t, ms, p, ctx) // not an envoy's: "previously served as the Permanent Representative to NATO" in a release about the College
			p.Implied = p.Org != ""
		}
		if o := f.g.Orgs[ctx.Publisher]; p.Org == "" && !p.National && o != nil && (o.Parent != "" || o.Kind == natokg.Military) && !f.diplomatic(t, &p) {
			p.Org, p.Implied = f.ancestorsPost(ctx.Publisher, p.Title), true // in NSPA's release, "General Manager Mr. X" is NSPA's; in a corps' own, "the Commander" the corps'
		}
		shareImplied(&p)
		f.spelledField(t, ms, &p)
		out = append(out, p)
		i = p.Limit
	}
	return out
}

// spelledField writes a title's field that is an acronym, after "for" or
// "on", as the words the text spells it out with elsewhere: "Special
// Representative for WPS" is the "Special Representative for Women,
// Peace and Security" where the release writes "Women, Peace and
// Security (WPS)". An acronym that names a body stays.
func (f *PostFinder) spelledField(t *Text, ms *Mentions, p *PostPhrase) {
	for k := p.Core.Limit; k < p.Limit; k++ {
		if n := t.Norm(k - 1); n != "for" && n != "on" || ms.At(k) != nil || !t.Tok(k).IsUpper() {
			continue
		}
		long := spelledOut(t, ms, t.Tok(k).Text)
		if long == "" {
			continue
		}
		acr := t.Tok(k).Text
		if i := strings.LastIndex(p.Title, " "+acr); i >= 0 && (i+1+len(acr) == len(p.Title) || p.Title[i+1+len(acr)] == ' ') {
			p.Title = p.Title[:i+1] + long + p.Title[i+1+len(acr):]
		}
	}
}

// spelledOut returns the long form the recognizer read before acr in
// brackets where it names no body ("Women, Peace, and Security (WPS)",
// a document's mention), or "".
func spelledOut(t *Text, ms *Mentions, acr string) string {
	for _, m := range ms.List {
		if m.Kind == KDoc && m.Len() > 3 && t.Norm(m.Limit-1) == ")" && t.Norm(m.Limit-3) == "(" && t.Tokens[m.Limit-2].Text == acr {
			return m.Key
		}
	}
	return ""
}

// changedBody returns the one body whose change of command the release
// names (command-changes.tsv): "the Multinational Battle Group-West
// (MNBG-W) Change of Command ceremony", "the change of command of X",
// "Change of Command at the X", "the Change of Command ceremony of X";
// "" where it names none or two.
func (r rules) changedBody(t *Text, ms *Mentions) string {
	found := ""
	for k := range t.Tokens {
		_, n := r.w.commandChanges.MatchAt(t.Tokens, k)
		if n == 0 {
			continue
		}
		m := ms.EndingAt(k, KOrg)
		if o := bracketedAcronymBefore(t, k); m == nil && o > 0 {
			m = ms.EndingAt(o, KOrg)
		}
		a := k + n
		if r.w.eventHeads.Has(upperFirst(t.Norm(a))) {
			a++ // "the Change of Command ceremony of Multinational Battle Group East"
		}
		if n := t.Norm(a); m == nil && (n == "of" || n == "at") {
			m = ms.StartingAt(skipThe(t, ms, a+1), KOrg)
		}
		if m == nil {
			continue
		}
		if found != "" && spaced(found) != spaced(m.Key) {
			return ""
		}
		if found == "" || len(m.Surface) > len(found) {
			found = m.Key
		}
	}
	return found
}

// releaseBody returns, for a post of no body that "the" or a status
// word opens ("The Commandant", "outgoing Commander") and that is no
// national office ("The Commandant, Lieutenant General X"), the
// body the release is about: the body with a seat (org-heads.tsv) that
// it names most often, twice or more and once before the post, other
// than the publisher; "" where two bodies are named as often.
func (f *PostFinder) releaseBody(t *Text, ms *Mentions, p PostPhrase, ctx PostContext) string {
	if p.National || t.Norm(p.First) != "the" && t.Norm(p.First-1) != "the" && !f.changingHolder(t, p) {
		return "" // but "from outgoing Commander X": the release's body too
	}
	count, before := map[string]int{}, map[string]bool{}
	for _, m := range ms.List {
		if m.Kind != KOrg || m.Key == ctx.Publisher || !f.seatedName(f.orgName(m)) {
			continue
		}
		count[m.Key]++
		before[m.Key] = before[m.Key] || m.Limit <= p.First
	}
	best, tie := "", false
	for k, n := range count {
		switch {
		case best == "" || n > count[best]:
			best, tie = k, false
		case n == count[best]:
			tie = true
		}
	}
	if best == "" || tie || count[best] < 2 || !before[best] {
		return ""
	}
	return best
}

// orgName returns the name a body's mention stands for: the gazetteer's
// where it knows the body, else the mention's key.
func (f *PostFinder) orgName(m Mention) string {
	if o := f.g.Orgs[m.Key]; o != nil {
		return o.Name
	}
	return m.Key
}

// shareImplied gives the titles joined to p by "and" without an article,
// which name no organisation, the organisation p was given from outside
// its phrase, where they are offices of the same sort: "the
// Vice-Chancellor and Minister of Foreign Affairs, X" after "the Federal
// President of Austria" are both Austria's; "First Deputy Prime Minister
// and Minister of Foreign Affairs, X" both the release's country's.
func shareImplied(p *PostPhrase) {
	if p.Org == "" || !p.Implied {
		return
	}
	for k := range p.Also {
		if q := &p.Also[k]; q.Org == "" && q.National == p.National {
			q.Org, q.OrgIsPlace, q.Implied = p.Org, p.OrgIsPlace, p.Implied
		}
	}
}

// possessed returns the post that post p owns, where a title follows
// p's possessive: "the NATO Secretary General's Special Representative
// for X" is the Special Representative's post, with the Secretary
// General's organisation where it names none of its own; else p.
func (f *PostFinder) possessed(t *Text, ms *Mentions, p PostPhrase, ctx PostContext) PostPhrase {
	if t.Norm(p.Limit) != "'s" {
		return p
	}
	q, ok := f.parse(t, ms, p.Limit+1, ctx)
	if !ok || q.Core.First != p.Limit+1 {
		return p
	}
	if q.Org == "" {
		q.Org, q.OrgIsPlace = p.Org, p.OrgIsPlace
	}
	if q.Org == "" {
		q.Org, q.OrgIsPlace = f.defaultOrg(t, ms, p, ctx)
	}
	q.First = p.First
	return q
}

// counterpart gives "his Moldovan counterpart" the title of the post
// named before it, with its own country.
func (f *PostFinder) counterpart(t *Text, prev []PostPhrase, p *PostPhrase) {
	if f.w.roleHeads.Value(t.Tokens[p.Core.First].Text, 0) != "counterpart" || len(prev) == 0 {
		return
	}
	p.Title = prev[len(prev)-1].Title
	p.National = prev[len(prev)-1].National
}

// byOffice gives a bare title the domain and country of the office its
// sentence names: "At the Ministry of National Defence, he met the
// Minister" is the Minister of National Defence.
func (f *PostFinder) byOffice(t *Text, ms *Mentions, p *PostPhrase) {
	office := f.w.roleHeads.Value(p.Title, 1)
	if office == "" || p.Core.Len() != 1 {
		return
	}
	sent := t.SentenceOf(p.Core.First)
	for _, m := range ms.In(sent.First, sent.Limit, KOrg) {
		head, domain, ok := strings.Cut(m.Surface, " of ")
		if ok && strings.HasSuffix(head, office) && !strings.HasPrefix(domain, "the ") {
			p.Title += " of " + domain
			return
		}
	}
}

// coordinated joins to p the titles "and" adds without an article, for
// one holder ("Deputy Prime Minister and Minister of Foreign Affairs of
// Moldova", "Commander and President of Air University"); the last one's
// organisation is the others' where they state none. "The President and
// the Prime Minister" are two holders.
func (f *PostFinder) coordinated(t *Text, ms *Mentions, p *PostPhrase, ctx PostContext) {
	for titleJoiner(t, p.Limit) {
		if q, ok := f.appositiveSecondTitle(t, ms, p, ctx); ok {
			p.Also = append(p.Also, q)
			p.Limit = q.Limit
			continue
		}
		if q, ok := f.indefiniteFormerTitle(t, ms, p, ctx); ok {
			p.Also = append(p.Also, q)
			p.Limit = q.Limit
			continue
		}
		q, ok := f.parse(t, ms, p.Limit+1, ctx)
		if j := f.pastStatus(t, p.Limit+1); !ok && j > p.Limit+1 {
			q, ok = f.parse(t, ms, j, ctx) // "Head of X and former Prime Minister, Y"
		}
		if m := ms.StartingAt(p.Limit+1, KOrg); !ok && m != nil {
			q, ok = f.parse(t, ms, m.Limit, ctx) // "... for Operations and NATO Special Envoy for the Sahel": a title with its owner
		}
		slash := t.Norm(p.Limit) == "/" // a slash joins one holder's titles, never two holders'
		if !ok || q.Core.First != f.pastStatus(t, p.Limit+1) && !(q.First == p.Limit+1 && q.Org != "") || !slash && !(p.National && q.National && t.Norm(p.First-1) != "the") && t.Tok(q.Limit).IsCapWord() && (ms.At(q.Limit) == nil || ms.StartingAt(q.Limit, KRank) != nil) {
			// "The Deputy Secretary General and Prime Minister Recean", "...
			// and Supreme Allied Commander General Jones": two holders; but
			// "the Prime Minister and Defence Minister H.E. Mr. X" and two
			// national offices without an article, "Deputy Prime Minister
			// and Foreign Minister X": one.
			return
		}
		q.Slashed = slash
		p.Also = append(p.Also, q)
		p.Limit = q.Limit
	}
	if len(p.Also) == 0 {
		return
	}
	// A title the gazetteer's posts give one body keeps it: "the Supreme
	// Allied Commander Europe and Commander of US European Command".
	known := false
	if p.Org == "" && !p.National {
		if o, place := f.defaultOrg(t, ms, *p, ctx); o != "" && !f.bodyBeyondPublisher(t, ms, *p, o, ctx) {
			p.Org, p.OrgIsPlace, p.Implied, known = o, place, true, true
		}
	}
	// The last title's organisation, else the first's owner ("Poland's
	// Deputy Prime Minister and Minister of National Defence").
	src := p.Also[len(p.Also)-1]
	if src.Org == "" || src.Implied {
		src = *p
	}
	if (p.Org == "" || p.Implied && !known) && !p.Unit {
		p.Org, p.OrgIsPlace, p.Implied = src.Org, src.OrgIsPlace, src.Implied
	}
	for k := range p.Also {
		q := &p.Also[k]
		q.Former = q.Former || p.Former // "a former commander of X and Supreme Allied Commander Transformation": both before
		known := ""
		if q.Org == "" && !q.National {
			known = f.knownBody(q.Title)
		}
		switch {
		case q.Org != "":
		case known != "":
			// "a former commander of US Central Command and Supreme Allied
			// Commander, Transformation": the gazetteer's body of the title,
			// where the text names it, not the other title's
			if named(ms, known) {
				q.Org, q.Implied = known, true
			}
		case q.National && !src.National && !src.OrgIsPlace && src.Org != "" && !q.Slashed:
			// "Chief of the Royal Court and Deputy Prime Minister": a
			// national office is its country's, not the court's
			q.Org, q.OrgIsPlace = f.defaultOrg(t, ms, *q, ctx)
			q.Implied = q.Org != ""
		default:
			q.Org, q.OrgIsPlace, q.Implied = src.Org, src.OrgIsPlace, src.Implied
		}
	}
}

// dayAt reports whether token k names a day or a month, which no title's
// field after "on" is: "became Supreme Allied Commander Europe on
// Friday", "on May 3".
func (f *PostFinder) dayAt(t *Text, k int) bool {
	return f.w.weekdays.Has(t.Norm(k)) || f.w.months.Has(t.Norm(k))
}

// titleJoiner reports whether token k joins two titles that may be one
// holder's: "and", or a slash between spaced words ("the EU High
// Representative / Vice President of the European Commission X" holds
// both posts) or between capitalised words ("Deputy Commander/Chief of
// Staff"); not a slash inside an acronym ("HR/VP").
func titleJoiner(t *Text, k int) bool {
	switch t.Norm(k) {
	case "and":
		return true
	case "/":
		before, after := t.Tok(k-1), t.Tok(k+1)
		return t.Tok(k).SpaceBefore && after.SpaceBefore ||
			before.IsCapWord() && !before.IsUpper() && after.IsCapWord() && !after.IsUpper() // "Deputy Commander/Chief of Staff", "Deputy Commander/ Chief of Staff"
	}
	return false
}

// appositiveSecondTitle returns the title after "and the" that a title
// in apposition after a person's name goes on with, where the second
// title ends the sentence: "Mr X, NATO's Deputy Assistant Secretary
// General for Political Affairs and the Secretary General's Special
// Representative for the Caucasus." holds both. Before a comma or a name
// the second title is another holder's ("and the Prime Minister, Mr Y").
func (f *PostFinder) appositiveSecondTitle(t *Text, ms *Mentions, p *PostPhrase, ctx PostContext) (PostPhrase, bool) {
	if t.Norm(p.Limit+1) != "the" || t.Norm(p.First-1) != "," || !f.styledNameEndsAt(t, ms, p.First-1) {
		return PostPhrase{}, false
	}
	q, ok := f.parse(t, ms, p.Limit+2, ctx)
	if !ok || q.First != p.Limit+2 {
		return PostPhrase{}, false
	}
	q = f.possessed(t, ms, q, ctx)
	if q.Limit < len(t.Tokens) && t.Norm(q.Limit) != "." || !t.SameSentence(p.First, q.Limit-1) {
		return PostPhrase{}, false
	}
	return q, true
}

// indefiniteFormerTitle returns the title after "and a former" that a
// title in apposition after a name goes on with: "Rose Gottemoeller,
// Senior Fellow at X and a former NATO Deputy Secretary General" held
// both. "A" and a status word open one more post of the same holder, as
// "and former" does without the article.
func (f *PostFinder) indefiniteFormerTitle(t *Text, ms *Mentions, p *PostPhrase, ctx PostContext) (PostPhrase, bool) {
	a := p.Limit + 1
	if f.w.determiners.Value(t.Norm(a), 0) != "article" || t.Norm(a) == "the" || t.Norm(p.First-1) != "," {
		return PostPhrase{}, false
	}
	j := f.pastStatus(t, a+1)
	if j == a+1 {
		return PostPhrase{}, false
	}
	q, ok := f.parse(t, ms, j, ctx)
	if m := ms.StartingAt(j, KOrg); !ok && m != nil {
		q, ok = f.parse(t, ms, m.Limit, ctx) // "and a former NATO Deputy Secretary General": a title with its owner
	}
	if !ok || q.First != j || !t.SameSentence(p.First, q.Limit-1) {
		return PostPhrase{}, false
	}
	return f.possessed(t, ms, q, ctx), true
}

// lowerTitleWordBeforeHead reports whether token k, the title's first
// (i), is a lower-case title word ("acting", "deputy") after a comma and
// before a lower-case head in apposition ("Mr X, acting head of the
// Mission of Y to NATO,").
func (f *PostFinder) lowerTitleWordBeforeHead(t *Text, ms *Mentions, k, i int) bool {
	if k != i || t.Tok(k).IsCap() || f.w.roleMods.Value(t.Norm(k), 0) != "title" || t.Norm(k-1) != "," {
		return false
	}
	h := t.Tok(k + 1)
	n := t.Norm(k + 2)
	return !h.IsCap() && f.w.roleHeads.Has(h.Text) && (n == "of" || n == "for" || f.atBody(t, ms, k+2))
}

// atBody reports whether "at" and a body's name start at token k: the
// body a lower-case title in apposition serves ("Mr X, senior fellow at
// the International Centre for Defence and Security").
func (f *PostFinder) atBody(t *Text, ms *Mentions, k int) bool {
	return t.Norm(k) == "at" && f.bodyAt(t, ms, k+1)
}

// unitOfTitle returns the end of "of the [DEMONYM] UNIT" at k, a
// lower-case group the post heads (unit-nouns.tsv: "head of the
// delegation", "head of the Polish delegation"), or k.
func (f *PostFinder) unitOfTitle(t *Text, ms *Mentions, k int) int {
	if t.Norm(k) != "of" || t.Norm(k+1) != "the" {
		return k
	}
	j := k + 2
	if ms.StartingAt(j, KDemonym) != nil {
		j = ms.StartingAt(j).Limit
	}
	if t.Tok(j).IsCap() || !f.w.unitNouns.Has(t.Norm(j)) {
		return k
	}
	return j + 1
}

// bodyByHead returns the one body named before token h whose name ends
// with h's word ("the Assembly" after "the NATO Parliamentary
// Assembly"), or "".
func (f *PostFinder) bodyByHead(t *Text, ms *Mentions, h int) string {
	found := ""
	for _, m := range ms.In(0, h, KOrg) {
		if !strings.HasSuffix(m.Key, " "+t.Tok(h).Text) || m.Key == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.Key
	}
	return found
}

// styledNameEndsAt reports whether a person's name styled by an
// honorific or a rank ends right before token c ("Mr James Appathurai",
// "General Petr Pavel"): capitalised words no mention covers.
func (f *PostFinder) styledNameEndsAt(t *Text, ms *Mentions, c int) bool {
	k := c - 1
	for k >= 0 && c-k <= 4 && t.Tok(k).IsCapWord() && ms.At(k) == nil {
		k--
	}
	return k < c-1 && k >= 0 && ms.EndingAt(k+1, KHonorific, KRank) != nil
}

// pastStatus returns the token after the lower-case status words at i
// ("former", "acting"), or i.
func (f *PostFinder) pastStatus(t *Text, i int) int {
	for f.w.status(t, i) {
		i++
	}
	return i
}

// diplomatic reports whether the head of post p's title is a diplomat's
// ("Representative", "Ambassador", "Envoy").
func (f *PostFinder) diplomatic(t *Text, p *PostPhrase) bool {
	return f.w.roleHeads.Value(t.Tok(p.Core.Limit-1).Text, 0) == "diplomatic"
}

// ownersTitle reads a complement "of the BODY TITLE" at k that names the
// holder of another post the post serves, and makes it part of the
// title, with the body as the post's: "Special Representative of the UN
// Secretary-General for Kosovo" is the United Nations' "Special
// Representative of the Secretary-General for Kosovo". It reports
// whether there was one.
func (f *PostFinder) ownersTitle(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	m := ms.StartingAt(skipThe(t, ms, k+1), KOrg)
	if m == nil || p.Org != "" {
		return false
	}
	q, ok := f.parse(t, ms, m.Limit, PostContext{})
	if !ok || q.Core.First != m.Limit {
		return false
	}
	p.Title += " of the " + q.Title
	p.Org, p.OrgIsPlace, p.Limit = m.Key, false, q.Limit
	return true
}

// acronymPost reads the post that a post's acronym at m names, with the
// title's modifier before it where there is one: "Deputy COM KFOR" is
// the Deputy Commander of the Kosovo Force, not its Commander (whose
// acronym it is: the modified post is no holder's alias); "the ASG for
// Public Diplomacy" takes its field.
func (f *PostFinder) acronymPost(t *Text, ms *Mentions, m *Mention, mod string) (PostPhrase, bool) {
	pe := f.g.Posts[m.Key]
	if pe == nil {
		return PostPhrase{}, false
	}
	org, isPlace := pe.Org, f.g.Country(pe.Org) != nil
	if mod != "" {
		title := mod + " " + pe.Role
		span := Span{m.First - 1, m.Limit}
		return PostPhrase{Span: span, Core: span, Title: title, CoreTitle: title, Org: org, OrgIsPlace: isPlace}, org != ""
	}
	p := PostPhrase{Span: m.Span, Core: m.Span, Title: pe.Role, Org: org, OrgIsPlace: isPlace, Acronym: m.Key}
	if e := f.domainEnd(t, ms, p.Limit+1); t.Norm(p.Limit) == "for" && e > p.Limit+1 {
		p.Title += " for " + t.Surface(p.Limit+1, e) // "the ASG for Public Diplomacy"
		p.CoreTitle, p.Limit, p.Acronym = pe.Role, e, ""
	}
	if org == "" {
		p.Acronym = ""     // a post of every country ("CHOD") names no one person
		f.owner(t, ms, &p) // "the Danish CHOD"
	}
	return p, true
}

// PostContext is what the post stage knows of the release: its
// publisher and the country it is mostly about.
type PostContext struct {
	Publisher   string
	MainCountry string
	// Dateline is the place the release is dated from, which says where
	// it was written, not whose officials it names.
	Dateline string
	// HostCountry is the dateline's country where the release names that
	// country too and the dateline is not the publisher's seat ("Skopje,
	// 18 July 2012 – ... his first visit to the former Yugoslav Republic
	// of Macedonia"), or "": the country of a national office nothing
	// else gives one.
	HostCountry string
	// earlier are the post phrases read before: a country inside one of
	// them is that post's, no other's.
	earlier []PostPhrase
}

// parse reads a post phrase whose core starts at token i.
func (f *PostFinder) parse(t *Text, ms *Mentions, i int, ctx PostContext) (PostPhrase, bool) {
	mod := ""
	if tok := t.Tok(i); tok.IsCap() && f.w.roleMods.Value(tok.Text, 0) == "title" && ms.StartingAt(i+1, KPostAcr) != nil && ms.At(i) == nil {
		mod, i = tok.Text, i+1 // "Deputy COM KFOR" is the Deputy Commander of KFOR
	}
	if m := ms.StartingAt(i, KPostAcr); m != nil {
		return f.acronymPost(t, ms, m, mod)
	}
	end, national := f.core(t, ms, i)
	if end <= i {
		return PostPhrase{}, false
	}
	title := upperFirst(strings.ReplaceAll(t.Surface(i, end), ",", "")) // "Supreme Allied Commander, Europe"; "commander"
	if !t.Tok(i).IsCap() {
		title = f.capitalTitle(title) // "foreign minister" is the Foreign Minister, as "Foreign Minister" is
	}
	p := PostPhrase{Span: Span{i, end}, Core: Span{i, end}, Title: title, CoreTitle: title, National: national}
	if m := ms.StartingAt(i, KRole); m != nil && m.Limit == end {
		p.RoleKey = m.Key
		if strings.HasSuffix(m.Surface, ".") || f.staffShorthand(t, m) {
			p.Title, p.CoreTitle = m.Key, m.Key // "Gov." is the Governor, "COM" the Commander
		}
		if end-i > 1 || acronymLike(t.Tok(i)) {
			f.titleOfBody(m.Key, &p) // "NATO PA President" is the President of the NATO Parliamentary Assembly; "Congressman" stays
		}
		if org := f.g.knownOrg(t.Tokens[i : i+1]); org != "" && p.Org == "" && !strings.HasPrefix(m.Key, t.Tokens[i].Text) {
			p.Title, p.CoreTitle, p.Org = m.Key, m.Key, org // "EU High Representative": the High Representative of the EU
		}
	}
	for k := i - 1; k > 0 && k >= i-2; k-- {
		w := t.Tok(k)
		if !w.IsWord() || w.IsCap() || !(k == i-1 && f.lowerTitleWord(w.Text) || k < i-1 && k == p.First-1 && f.w.roleMods.Value(w.Norm, 0) == "title") {
			break
		}
		p.First, p.Core.First = k, k
		p.Title, p.CoreTitle = upperFirst(w.Text)+" "+p.Title, upperFirst(w.Text)+" "+p.CoreTitle // "the acting Deputy Secretary General", "the first deputy Prime Minister"
	}
	f.owner(t, ms, &p)
	if j := p.First; p.Org == "" && t.Norm(j-1) == "'s" && f.w.stateNouns.Has(t.Tok(j-2).Text) && t.Norm(j-3) == "the" {
		p.Org, p.OrgIsPlace, p.Implied, p.First = ctx.MainCountry, ctx.MainCountry != "", true, j-3 // "the country's Minister of Foreign Affairs"
	}
	f.complements(t, ms, &p, ctx)
	f.possessiveBody(t, ms, &p)
	f.bodyWordOfTitle(t, ms, &p)
	f.definiteBody(t, ms, &p)
	f.headBeforeTitle(t, ms, &p)
	f.unitTitle(t, ms, &p)
	f.demonymInTitle(t, &p)
	return p, true
}

// unitTitle gives post p, a title of a capitalised head of bodies' names
// and a title's head with no body ("Division Commander", "Programme
// Manager"), the body named before with that head in its name; a
// military title keeps its head alone: "led by the Division Commander,
// Major General X" after "Multinational Division North East" is the
// division's Commander, "the incoming Programme Manager" after "the NAM
// Programme Office" its Programme Manager.
func (f *PostFinder) unitTitle(t *Text, ms *Mentions, p *PostPhrase) {
	noun, head, ok := strings.Cut(p.Title, " ")
	if p.Org != "" || !ok || strings.Contains(head, " ") || !f.w.orgHeads.Has(noun) || f.w.roleHeads.Has(noun) || !f.w.roleHeads.Has(head) {
		return
	}
	org := lastBodyWith(t, ms, p.Core.First, noun)
	if org == "" {
		return
	}
	p.Org = org
	if f.w.roleHeads.Value(head, 0) == "military" {
		p.Title, p.CoreTitle = head, head // but "the Programme Manager" of the NAM Programme Office keeps the programme in the title
	}
}

// bodyBeforeTitle returns the body named right before the comma that
// opens post p, a title that a comma and a capitalised name follow: "the
// UK Permanent Joint Headquarters, Assistant Chief of Staff J6, Commodore
// A J Adams" is the Headquarters' Assistant Chief of Staff. It returns ""
// otherwise.
func (f *PostFinder) bodyBeforeTitle(t *Text, ms *Mentions, p PostPhrase) string {
	if t.Norm(p.First-1) != "," || t.Norm(p.Limit) != "," || !t.Tok(p.Limit+1).IsCapWord() || !t.SameSentence(p.First-2, p.Limit+1) {
		return ""
	}
	if m := ms.EndingAt(p.First-1, KOrg); m != nil {
		return m.Key
	}
	return ""
}

// headBeforeTitle gives post p, a title with no body after "the" and a
// capitalised head of bodies' names that no mention covers ("The
// Division Commander, MGen X"), the body named before with that head:
// the Commander of the Multinational Division North East.
func (f *PostFinder) headBeforeTitle(t *Text, ms *Mentions, p *PostPhrase) {
	k := p.First - 1
	if p.Org != "" || k < 1 || !t.Tok(k).IsCapWord() || !f.w.orgHeads.Has(t.Tok(k).Text) || t.Norm(k-1) != "the" || ms.At(k) != nil {
		return
	}
	if org := lastBodyWith(t, ms, k, t.Tok(k).Text); org != "" {
		p.Org, p.First = org, k-1
	}
}

// demonymInTitle gives post p, a head whose "of the" names a body that
// opens with a country's demonym ("Chief of the Turkish General Staff",
// "Chief of the Italian Defence Staff"), the national office the
// gazetteer knows without the demonym ("Chief of the General Staff"),
// of the demonym's country. A body of more words after the demonym
// ("the Hellenic National Defence General Staff") is no known office
// and keeps its Chief.
func (f *PostFinder) demonymInTitle(t *Text, p *PostPhrase) {
	d := p.Core.Limit + 2
	if p.Org == "" || p.OrgIsPlace || strings.Contains(p.Title, " ") || t.Norm(d-2) != "of" || t.Norm(d-1) != "the" || p.Limit <= d+1 {
		return
	}
	country := f.g.demonymAt(t.Tokens, d)
	role := f.g.knownRole(tokenizeForm(p.Title + " of the " + t.Surface(d+1, p.Limit)))
	if country == "" || role == "" || f.g.Roles[role].Kind != "national" {
		return
	}
	p.Title, p.CoreTitle, p.RoleKey, p.Org, p.OrgIsPlace, p.National = role, role, role, country, true, true
}

// definiteBody gives post p, a title of a lower-case noun and a head
// that names no body ("the brigade commander", nounTitle), the body named
// before that the noun stands for: the Commander of the brigade. Where
// none is named the post stays without a body ("the course president").
// A title's "of the NOUN" is read by orgAfter (bareHeadBody).
func (f *PostFinder) definiteBody(t *Text, ms *Mentions, p *PostPhrase) {
	c := p.Core
	if p.Org != "" || c.Limit != c.First+2 || !f.bodyNoun(t, c.First) || !f.nounTitle(t, ms, c.First, c.First) {
		return
	}
	if org := lastBodyWith(t, ms, c.First, upperFirst(t.Tok(c.First).Text)); org != "" {
		p.Title, p.CoreTitle, p.Org = upperFirst(t.Tok(c.First+1).Text), upperFirst(t.Tok(c.First+1).Text), org // "the brigade commander": the brigade's Commander
	}
}

// nounTitle reports whether token k, the lower-case noun at i after
// "the" or the lower-case head right after it, is part of a title of a
// noun and a head in apposition to a name: "the brigade commander,
// Colonel X", "Major Y, the detachment commander.", "the course
// president, Colonel Z". The noun is no field, status or head of its own
// (role-modifiers.tsv, role-heads.tsv); a title word may be it.
func (f *PostFinder) nounTitle(t *Text, ms *Mentions, k, i int) bool {
	h := i + 1
	if k != i && k != h || t.Norm(i-1) != "the" || ms.At(i) != nil || ms.At(h) != nil {
		return false
	}
	noun, head := t.Tok(i), t.Tok(h)
	if kind := f.w.roleMods.Value(noun.Text, 0); kind != "" && kind != "title" || !noun.IsWord() || noun.IsCap() || !wholeWord(t, i) || f.w.roleHeads.Has(noun.Text) {
		return false
	}
	if head.IsCap() || !f.w.roleHeads.Has(head.Text) {
		return false
	}
	if n := t.Norm(h + 1); t.Norm(i-2) == "," && (n == "," || n == ".") {
		return true // "Major Y, the detachment commander."
	}
	return t.Norm(h+1) == "," && t.Tok(h+2).IsCapWord() && t.SameSentence(h, h+2)
}

// bodyNoun reports whether token k is a lower-case noun that heads
// bodies' names ("school", "headquarters", "university").
func (f *PostFinder) bodyNoun(t *Text, k int) bool {
	w := t.Tok(k)
	return w.IsWord() && !w.IsCap() && wholeWord(t, k) && f.w.orgHeads.Has(upperFirst(w.Text))
}

// wholeWord reports whether token k is a whole word, not part of a hyphened
// compound ("school-based").
func wholeWord(t *Text, k int) bool { return t.Norm(k+1) != "-" && t.Norm(k-1) != "-" }

// lastBodyWith returns the last body named before token h whose name of
// more than one word has head as a word ("the Council on Foreign
// Relations" for "the Council", "the University of Chicago Booth School
// of Business" for "the school"), or is written right after it
// ("Headquarters Allied Joint Force Command Brunssum" for "the
// headquarters"); or "".
func lastBodyWith(t *Text, ms *Mentions, h int, head string) string {
	for _, m := range slices.Backward(ms.In(0, h, KOrg, KPlace)) {
		if m.Kind == KPlace && !hasHead(m.Key, head) {
			continue // "Multinational Division North East Headquarters", a venue by a body's name, for "the Division"
		}
		if m.Limit-m.First > 1 && hasHead(m.Key, head) || t.Tok(m.First-1).Text == head {
			return m.Key
		}
	}
	return ""
}

// bodyWordOfTitle gives post p, whose title ends in "of" and a body's
// bare head ("Speaker of Parliament"), the one body the release names by
// that head ("the Parliament of Georgia"), the title keeping the words
// before "of": the Speaker of the Parliament of Georgia. A release that
// names no such body, or two, leaves the title whole.
func (f *PostFinder) bodyWordOfTitle(t *Text, ms *Mentions, p *PostPhrase) {
	head, w, ok := strings.Cut(p.Title, " of ")
	if p.Org != "" || !ok || strings.Contains(w, " ") || !f.w.orgHeads.Has(w) {
		return
	}
	if b := f.soleBody(t, ms, w); b != "" {
		p.Title, p.CoreTitle, p.Org = head, head, b
	}
}

// possessiveBody gives post p the body named after a possessive that
// ends its title: "Chair of Parliament's Defence Committee" is the
// Chair of the Defence Committee, not the Chair of Parliament.
func (f *PostFinder) possessiveBody(t *Text, ms *Mentions, p *PostPhrase) {
	m := ms.StartingAt(p.Limit+1, KOrg)
	head, _, ok := strings.Cut(p.Title, " of ")
	if p.Org != "" || t.Norm(p.Limit) != "'s" || m == nil || !ok {
		return
	}
	p.Title, p.CoreTitle, p.Org, p.Limit = head, head, m.Key, m.Limit
}

// titleOfBody splits a gazetteer title that names its body ("President
// of the NATO Parliamentary Assembly", written "NATO PA President") into
// the title and the body.
func (f *PostFinder) titleOfBody(key string, p *PostPhrase) {
	head, rest, ok := strings.Cut(key, " of ")
	if !ok {
		return
	}
	rest = strings.TrimPrefix(rest, "the ")
	if org := f.g.knownOrg(tokenizeForm(rest)); org != "" {
		p.Title, p.CoreTitle, p.Org = head, head, org
	} else if f.g.Country(rest) != nil {
		p.Title, p.CoreTitle, p.Org, p.OrgIsPlace = head, head, rest, true
	}
}

// styleAsHead reports whether the honorific at k heads a title: a style
// that is also a role's head with a complement after it ("the US
// Ambassador to NATO", "Dr X, Professor at the US National Defense
// University") or a demonym or a country's letters before it ("Italian
// Ambassador Marco Lenti", "US Ambassador X"), not "Ambassador Julianne
// Smith".
func (f *PostFinder) styleAsHead(t *Text, ms *Mentions, k int) bool {
	m := ms.StartingAt(k, KHonorific)
	if m == nil || m.Len() != 1 || !f.w.roleHeads.Has(t.Tok(k).Text) {
		return false
	}
	n := t.Norm(k + 1)
	return n == "to" || n == "of" || n == "for" || n == "," || n == "at" && f.bodyAt(t, ms, k+2) || ms.EndingAt(k, KDemonym) != nil || f.countryLetters(t, ms, k)
}

// countryLetters reports whether a country written short in capitals
// ends right before token k, as a demonym would stand: "US Ambassador
// Julianne Smith", "UK Ambassador X".
func (f *PostFinder) countryLetters(t *Text, ms *Mentions, k int) bool {
	m := ms.EndingAt(k, KPlace)
	return m != nil && m.Len() == 1 && acronymLike(t.Tok(m.First)) && f.g.Country(m.Key) != nil
}

// fieldBeforeHead returns the end of a document's name at k whose words
// are all fields of government ("Foreign Policy", "Security Policy")
// when a post's head follows it ("the Foreign Policy Advisor"), or k.
func (f *PostFinder) fieldBeforeHead(t *Text, ms *Mentions, k int) int {
	m := ms.StartingAt(k, KDoc)
	if m == nil || !f.w.roleHeads.Has(t.Tok(m.Limit).Text) && ms.StartingAt(m.Limit, KRole) == nil {
		return k
	}
	for j := m.First; j < m.Limit; j++ {
		if f.w.roleMods.Value(t.Tok(j).Text, 0) != "domain" {
			return k
		}
	}
	return m.Limit
}

// rankAsHead reports whether the rank word at k heads the title that
// modifiers before it open: "Supreme Allied Commander" (not the naval
// rank "Commander").
func (f *PostFinder) rankAsHead(t *Text, k int) bool {
	return f.w.roleHeads.Has(t.Tok(k).Text) && f.w.roleMods.Value(t.Tok(k-1).Text, 0) == "title" && t.Tok(k-1).IsCap()
}

// core returns the end of the title that starts at token i (i if there
// is none): modifiers, then a head or a gazetteer role, then words after
// the head. It also says whether the title is a national office.
//
// A title whose word heads it before "to the" and a national office's
// head is a national office too (aideOfNational).
func (f *PostFinder) core(t *Text, ms *Mentions, i int) (int, bool) {
	if ms.At(i) != nil && ms.StartingAt(i, KRole) == nil && !f.styleAsHead(t, ms, i) && f.fieldBeforeHead(t, ms, i) == i {
		if !t.Tok(i-1).IsCap() || !f.fieldOpens(t, ms, i) || !f.fieldHead(t, ms, i) {
			return i, false
		}
		return i + 1, false // "the RAF Detachment Commander, Wing Commander X": the body's Commander
	}
	end, national := i, false
	sawHead, fields := false, false
	for k := i; k < len(t.Tokens) && t.SameSentence(i, k); {
		tok := t.Tokens[k]
		if m := ms.StartingAt(k, KRole); m != nil {
			sawHead, end, k = true, m.Limit, m.Limit
			national = national || f.g.Roles[m.Key] != nil && (f.g.Roles[m.Key].Kind == "national" || f.g.Roles[m.Key].Kind == "royal")
			continue
		}
		if k == i && !tok.IsCap() {
			if n := f.g.roleInLowerCase(t.Tokens, k); n > 0 && f.lowerTitleOfPlace(t, ms, k, i) {
				sawHead, end, k = true, k+n, k+n // "commanding general of Regional Command East"
				continue
			}
		}
		if e := f.fieldBeforeHead(t, ms, k); e > k && !sawHead {
			k = e // "Foreign Policy Advisor": a policy's name before the head is the title's field
			continue
		}
		if m := ms.At(k); m != nil && m.Kind == KRank && m.Len() == 1 && sawHead && k == end && f.closesTitle(t, k+1) {
			end, k = k+1, k+1 // "Inspector General of the Armed Forces", "Attorney General,": a rank word that ends a title
			continue
		}
		if m := ms.At(k); m != nil && !f.styleAsHead(t, ms, k) && !(m.Kind == KRank && m.Len() == 1 && k > i && (f.w.roleHeads.Has(t.Tok(k+1).Text) || ms.StartingAt(k+1, KRole) != nil || f.rankAsHead(t, k) || fields && f.fieldHead(t, ms, k))) {
			break // a rank word inside a title goes on: "Deputy General Commander", "Supreme Allied Commander General X"
		}
		if tok.Norm == "-" && !tok.SpaceBefore && k > i && !t.Tok(k+1).SpaceBefore {
			k++ // "Vice-President", "Commander-in-Chief"
			continue
		}
		if sawHead && k == end && tok.Norm == "at" && t.Norm(k+1) == "large" {
			end, k = k+2, k+2 // "Ambassador at Large", written without hyphens
			continue
		}
		if f.fieldsJoined(t, k, i) && !sawHead {
			k++ // "Foreign Affairs and Defence Advisor": fields joined before the head
			continue
		}
		if !tok.IsCapWord() && !(sawHead && hyphenCompound(t, k)) && !f.lowerApposition(t, ms, k, i) && f.w.roleHeads.Value(tok.Text, 0) != "counterpart" {
			break
		}
		if e, ok := f.w.roleHeads.Lookup(tok.Text); ok {
			if !sawHead && f.w.roleMods.Value(tok.Text, 0) == "title" && t.Norm(k+1) == "to" && t.Norm(k+2) == "the" && f.w.roleHeads.Has(t.Tok(k+3).Text) {
				return k + 1, national || f.aideOfNational(t, k+3) // "Assistant to the President", "Assistant" a head of its own too ("Executive Assistant")
			}
			sawHead, end = true, k+1
			national = national || e.Value(0) == "national"
			k++
			continue
		}
		switch f.w.roleMods.Value(tok.Text, 0) {
		case "domain":
			if sawHead {
				end = k + 1 // "Deputy Chief of Staff Operations"
			}
			k++
			continue
		case "title":
			if !sawHead && t.Norm(k+1) == "to" && t.Norm(k+2) == "the" && f.w.roleHeads.Has(t.Tok(k+3).Text) {
				return k + 1, national || f.aideOfNational(t, k+3) // "Assistant to the President": the title word heads it
			}
			k++
			continue
		case "after":
			if sawHead {
				end = k + 1
				k++
				continue
			}
			if f.w.roleHeads.Has(t.Tok(k + 1).Text) {
				k++ // "Deputy General Commander", "General Manager"
				continue
			}
		case "":
			if sawHead && k == end && f.w.roleHeads.Has(t.Tok(k+1).Text) && (ms.At(k+1) == nil || ms.StartingAt(k+1, KRole) != nil) && !f.w.given.Has(tok.Text) {
				k++ // "Chief Operating Officer", "Deputy County Governor": a word between two heads
				continue
			}
			if sawHead && hyphenCompound(t, k) {
				end, k = k+3, k+3 // "Chairman-in-Office", "Ambassador-at-large"
				continue
			}
			if !sawHead && k == i && f.nounTitle(t, ms, k, i) {
				k++ // "the brigade commander, Colonel X": the noun before the head
				continue
			}
			if !sawHead && t.Norm(k-1) == "and" && f.fieldsJoined(t, k-1, i) {
				k++ // "Public Affairs and Strategic Communications Officer": a word before the second field's
				continue
			}
			if !sawHead && k < i+3 && f.fieldWord(t, ms, i, k) {
				fields = true
				k++ // "the outgoing Project Manager", "the Public Affairs Officer"
				continue
			}
		}
		break
	}
	if !sawHead {
		return i, false
	}
	return end, national
}

// fieldsJoined reports whether "and" at k joins two fields of a title
// that starts at i, before its head: a field's word in capitals on each
// side ("Foreign and Defence Advisor", "Foreign Affairs and Defence
// Advisor"), or a capitalised word then a field's word after it ("Public
// Affairs and Strategic Communications Officer").
func (f *PostFinder) fieldsJoined(t *Text, k, i int) bool {
	prev, next, after := t.Tok(k-1), t.Tok(k+1), t.Tok(k+2)
	nextField := f.w.namesField(next.Text) || after.IsCapWord() && f.w.namesField(after.Text) // "Public Affairs and Strategic Communications Officer"
	return t.Norm(k) == "and" && k > i && prev.IsCapWord() && next.IsCapWord() && nextField && f.w.namesField(prev.Text)
}

// hyphenCompound reports whether the lower-case word at k stands between
// two hyphens that join a title's head to one more word, all written
// together: "Chairman-in-Office", "Ambassador-at-large".
func hyphenCompound(t *Text, k int) bool {
	tok, after := t.Tok(k), t.Tok(k+2)
	return t.Norm(k-1) == "-" && !tok.SpaceBefore && !tok.IsCap() && t.Norm(k+1) == "-" &&
		!t.Tok(k+1).SpaceBefore && !after.SpaceBefore && after.IsWord()
}

// fieldWord reports whether the capitalised word at k, in a title that
// starts at i after an article, a possessive or a status ("the outgoing
// Project Manager", "its Public Affairs Officer") or after a body or a
// demonym that "the" opens ("the RAF Detachment Commander", "the
// Romanian Base Commander", fieldOpens), says the field of the head that
// follows it within three words.
func (f *PostFinder) fieldWord(t *Text, ms *Mentions, i, k int) bool {
	if !f.fieldOpens(t, ms, i) || ms.At(k) != nil || f.w.given.Has(t.Tok(k).Text) {
		return false
	}
	for j := k + 1; j <= i+3; j++ {
		if ms.StartingAt(j, KRole) != nil || f.fieldHead(t, ms, j) {
			return true
		}
		if !t.Tok(j).IsCapWord() || ms.At(j) != nil {
			return false
		}
	}
	return false
}

// fieldHead reports whether token j is a head that ends a title of
// field words: a head no mention covers, or the head written as a naval
// rank ("Commander") that a comma or a rank follows ("the Romanian Base
// Commander, Colonel X").
func (f *PostFinder) fieldHead(t *Text, ms *Mentions, j int) bool {
	if !f.w.roleHeads.Has(t.Tok(j).Text) {
		return false
	}
	m := ms.At(j)
	if m == nil {
		return true
	}
	return m.Kind == KRank && m.Len() == 1 && (t.Norm(j+1) == "," || ms.StartingAt(j+1, KRank) != nil)
}

// fieldOpens reports whether what stands before token i opens a title
// whose field words come first: an article, a possessive or a status in
// lower case, or a body or a demonym that "the" opens.
func (f *PostFinder) fieldOpens(t *Text, ms *Mentions, i int) bool {
	prev := t.Norm(i - 1)
	if t.Tok(i - 1).IsCap() {
		m := ms.EndingAt(i)
		return m != nil && (m.Kind == KOrg || m.Kind == KDemonym) && t.Norm(m.First-1) == "the" && !t.Tok(m.First-1).IsCap()
	}
	return prev == "the" || f.w.determiners.Value(prev, 0) == "possessive" ||
		f.w.roleMods.Value(prev, 0) == "status" || f.w.roleMods.Value(prev, 0) == "former"
}

// aideOfNational reports whether the head at token k, after "to the",
// is a national office's, which makes the aide's post national too:
// "the Assistant to the President and National Security Advisor" is the
// country's.
func (f *PostFinder) aideOfNational(t *Text, k int) bool {
	return f.w.roleHeads.Value(t.Tok(k).Text, 0) == "national"
}

// closesTitle reports whether token k ends a title's core: its
// complement, a comma or a bracket follows, not a name.
func (f *PostFinder) closesTitle(t *Text, k int) bool {
	switch t.Norm(k) {
	case "of", "for", ",", "(":
		return true
	}
	return false
}

// titleWordBefore moves into the title a word of rank within a title
// ("Deputy", "Vice", or in lower case "acting") that stands before its
// owner: "the Deputy NATO Secretary General" is NATO's Deputy Secretary
// General, "the acting US Secretary of Defense" the US's acting one.
func (f *PostFinder) titleWordBefore(t *Text, p *PostPhrase) {
	tok := t.Tok(p.First - 1)
	if !(tok.IsCapWord() && f.w.roleMods.Value(tok.Text, 0) == "title" || f.lowerTitleWord(tok.Text)) || !t.SameSentence(p.First-1, p.Core.First) {
		return
	}
	p.Title = tok.Text + " " + p.Title
	p.CoreTitle = tok.Text + " " + p.CoreTitle
	if f.g.Roles[tok.Text+" "+p.RoleKey] != nil {
		p.RoleKey = tok.Text + " " + p.RoleKey
	}
	p.First--
}

// lowerTitleWord reports whether w, in lower case, is a word the title
// keeps before its head ("acting", "interim"): role-modifiers.tsv lists
// it so written.
func (f *PostFinder) lowerTitleWord(w string) bool {
	for _, e := range f.w.roleMods.Entries(w) {
		if e.Form == w && e.Value(0) == "title" {
			return true
		}
	}
	return false
}

// subjectBody returns the body that opens the sentence of token i, its
// subject, past a dateline and "The": "The AAB advises ..."; else "".
func subjectBody(t *Text, ms *Mentions, i int) string {
	first := t.SentenceOf(i).First
	for j := first; j < first+12 && j < i && ms.StartingAt(first, KPlace) != nil; j++ {
		if isDash(t.Norm(j)) {
			first = j + 1 // "Rome, 4 December 2025 – The Board ..."
			break
		}
	}
	if m := ms.StartingAt(t.PastThe(first), KOrg); m != nil && m.Limit < i && !modifierBody(t, m) {
		return m.Key
	}
	return ""
}

// bracketedAcronymBefore returns the "(" of a bracket of one to three
// capitalised words that ends right before token j ("(NCI Agency)"), or
// -1.
func bracketedAcronymBefore(t *Text, j int) int {
	if t.Norm(j-1) != ")" {
		return -1
	}
	for k := j - 2; k >= j-4 && k > 0; k-- {
		if t.Norm(k) == "(" {
			return k
		}
		if !t.Tok(k).IsCapWord() && !t.Tok(k).IsUpper() {
			return -1
		}
	}
	return -1
}

// owner reads what stands before the core: a status ("former"), the
// organisation or country whose post it is ("NATO", "Iceland's",
// "Icelandic", "the Secretary General's"), an article.
func (f *PostFinder) owner(t *Text, ms *Mentions, p *PostPhrase) {
	j := p.First
	for f.w.status(t, j-1) && (t.Norm(j-2) == "'s" || t.Norm(j-2) == "'") {
		j-- // "the Allied Air Command's new Chief of Staff"
	}
	if t.LyParticiple(j-1) && t.Norm(j-3) == "'s" {
		j -= 2 // "NATO's newly appointed Liaison Officer"
	}
	if t.Possessive(j - 1) {
		j-- // "Iceland's", "the Joint Headquarters'"
	}
	if t.Norm(j-1) == ")" && t.Norm(j-3) == "(" && t.Tok(j-2).IsUpper() && ms.EndingAt(j-3, KOrg) != nil {
		j -= 3 // "the African Union (AU) Chairperson"
	} else if o := bracketedAcronymBefore(t, j); o > 0 && t.Norm(o-1) == "'s" && ms.EndingAt(o-1, KOrg) != nil {
		j = o - 1 // "The NATO Communications and Information Agency's (NCI Agency) General Manager"
	}
	if m := ms.EndingAt(j); m != nil && t.SameSentence(m.First, p.Core.First) {
		switch {
		case m.Kind == KOrg:
			p.Org, p.First = m.Key, m.First
		case m.Kind == KDemonym:
			p.Org, p.OrgIsPlace, p.First = m.Key, true, m.First
		case m.Kind == KShip && t.Norm(j) == "'s":
			p.Org, p.First = shipNamed(ms, m), m.First // "De Ruyter's commanding officer": the ship's crew is a body
		case m.Kind == KPlace && f.g.Country(m.Key) != nil:
			p.Org, p.OrgIsPlace, p.First = m.Key, true, m.First
		case m.Kind == KPlace && (t.Norm(j) != "'s" && p.National && f.g.Places[m.Key] != nil && f.g.Places[m.Key].Kind == natokg.City || f.w.placeSeat(lastWordOf(p.CoreTitle))):
			p.Org, p.OrgIsPlace, p.First = m.Key, true, m.First // "the Herat Governor", "the Kyiv Mayor", "Uruzgan governor", "Helmand's Governor"
		case m.Kind == KPlace && t.Norm(j) != "'s" && f.townsForce(t, m, p):
			p.Org, p.OrgIsPlace, p.First = m.Key, true, m.First // "Kabul Police Chief": the chief of the town's police
		case m.Kind == KPlace && f.g.namesVenue(m) && f.w.roleHeads.Value(lastWordOf(p.CoreTitle), 2) == "base":
			p.Org, p.OrgIsPlace, p.First = m.Key, true, m.First // "Keflavik Air Base Commander": the base's
		}
		if p.Org != "" && p.First == m.First {
			f.titleWordBefore(t, p)
		}
	}
	if p.Org == "" && t.Norm(j) == "'s" && t.Norm(j-2) == "the" && f.w.orgHeads.Has(t.Tok(j-1).Text) && ms.At(j-1) == nil {
		if org := bodyOfHead(t, ms, j-1); org != "" {
			p.Org, p.First = org, j-2 // "the Centre's Commander": the body of that head named before
		}
	}
	if p.Org == "" && t.Norm(p.First-1) == "as" {
		p.Org = orgBeforeAs(t, ms, f.w, p.First-1) // "who had led the Assembly as acting President"
	}
	if p.Org == "" {
		p.Org = f.possessor(t, ms, p.First)
	}
	for k := p.First - 1; k >= 0 && k >= p.First-3; k-- {
		v := f.w.roleMods.Value(t.Norm(k), 0)
		if v == "former" && t.Tokens[k].IsCap() && k+1 == p.First {
			p.Former = true // "Former Prime Minister X attended"
			continue
		}
		if (v == "status" || v == "former") && !t.Tokens[k].IsCap() {
			p.Former = p.Former || v == "former"
			continue
		}
		if t.Norm(k) != "the" && t.Norm(k) != "a" {
			break
		}
	}
}

// shipNamed returns the whole name of the ship that mention m names,
// perhaps short ("De Ruyter" for "HNLMS De Ruyter" named before).
func shipNamed(ms *Mentions, m *Mention) string {
	for _, o := range ms.List {
		if o.Kind == KShip && o.First < m.First && strings.HasSuffix(o.Surface, " "+m.Surface) {
			return o.Surface
		}
	}
	return m.Surface
}

// possessor returns the organisation a possessive before the post that
// starts at first refers back to ("its Chief", "their Commander", "its
// new President"): the organisation named just before, in its sentence or
// the one before; not past a body its own sentence names without a name
// ("Addressing the Committee ... as its Chair"). After "as" and a verb
// of appointment it is that verb's subject, not a body of its object's
// apposition ("the Assembly ... elected X, head of the German delegation
// and Chairman of the Political Committee, as its new President"). ""
// where no possessive stands there.
func (f *PostFinder) possessor(t *Text, ms *Mentions, first int) string {
	j := first - 1
	for f.w.status(t, j) {
		j-- // "its new President"
	}
	if f.w.determiners.Value(t.Norm(j), 0) != "possessive" {
		return ""
	}
	from := j - 1
	if t.Norm(j-1) == "as" {
		if org := subjectBody(t, ms, first); org != "" {
			return org // "The AAB advises the Commandant on the NDC, and as its Chair, Admiral X": the AAB's
		}
		for k := j - 2; k > t.SentenceOf(j).First; k-- {
			if f.w.appointmentVerbs.Has(t.Norm(k)) {
				from = k - 1 // "elected X, ..., as its President": the electing body's
				break
			}
		}
	}
	for k := from; k >= 0 && k > first-40; k-- {
		if m := ms.AtKind(k, KOrg); m != nil && !modifierBody(t, m) && !f.w.scopePrep(t.Norm(t.BackPastThe(m.First-1))) {
			return m.Key // not "across the Alliance": the range of what is said
		}
		if t.SameSentence(k, first) && f.bodyNoun(t, k) && t.Norm(k-1) == "the" && ms.At(k) == nil {
			return lastBodyWith(t, ms, k, upperFirst(t.Tok(k).Text)) // "visited the headquarters, where its commander": the body named before
		}
		if t.SameSentence(k, first) && f.w.orgHeads.Has(t.Tok(k).Text) && t.Norm(k-1) == "the" && ms.At(k) == nil {
			return bodyOfHead(t, ms, k) // "who had led the Centre as its Director": the Centre named before; "the Committee": a body named by its head alone
		}
	}
	return ""
}

// modifierBody reports whether body mention m only owns a lower-case
// noun phrase after it ("NATO's tailored forward presence"): it is not the
// body a later "its" refers back to.
func modifierBody(t *Text, m *Mention) bool {
	next := t.Tok(m.Limit + 1)
	return t.Norm(m.Limit) == "'s" && next.IsWord() && !next.IsCap()
}

// nameBetween reports whether the tokens [i, j) are a short run of
// capitalised words, a holder's name.
func (f *PostFinder) nameBetween(t *Text, i, j int) bool {
	if j-i < 1 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if !t.Tok(k).IsCapWord() {
			return false
		}
	}
	return true
}

// orgBeforeAs returns the organisation named right before "as" at k,
// the object of a verb ("led the Assembly as acting President"), by its
// name or its head alone; or "".
func orgBeforeAs(t *Text, ms *Mentions, w words, k int) string {
	if m := ms.EndingAt(k, KOrg); m != nil {
		return m.Key
	}
	if h := k - 1; t.Norm(h-1) == "the" && t.Tok(h).IsCap() && w.orgHeads.Has(t.Tok(h).Text) && ms.At(h) == nil {
		return bodyOfHead(t, ms, h)
	}
	return ""
}

// bodyOfHead returns the organisation named before token h whose name
// ends in h's word, or whose head before "of" is h's word, the body "the
// Centre" or "the Academy" at h stands for; or "".
func bodyOfHead(t *Text, ms *Mentions, h int) string {
	for k := h - 1; k >= 0; k-- {
		m := ms.EndingAt(k, KOrg)
		if m == nil {
			continue
		}
		head, _, _ := strings.Cut(m.Surface, " of ") // "the Royal Military Academy of Belgium": the Academy
		if lastWordOf(m.Surface) == t.Tokens[h].Text || lastWordOf(head) == t.Tokens[h].Text {
			return m.Key
		}
	}
	return ""
}

// complements reads what follows the core: "for DOMAIN", "of DOMAIN",
// "to ORG", "of ORG", "at ORG", "in PLACE,", ", ORG," and "(ACRONYM)",
// one complement at a time, at most six.
func (f *PostFinder) complements(t *Text, ms *Mentions, p *PostPhrase, ctx PostContext) {
	for guard := 0; guard < 6 && f.complement(t, ms, p, ctx) == goOn; guard++ {
	}
}

// step is what reading one complement of a post leaves: no reading
// matched, another complement may follow, or the post's phrase ends.
type step int

const (
	noMatch step = iota
	goOn
	stop
)

// extendTitle extends p's title over tokens [p.Limit, e): a field, a
// status, a country the post is for; but not over the field's acronym
// in brackets that ends them.
func extendTitle(t *Text, p *PostPhrase, e int) step {
	w := e
	if t.Norm(e-1) == ")" && t.Norm(e-3) == "(" && e-3 > p.Limit {
		w = e - 3 // "for Women, Peace and Security (WPS)": the field's acronym is no part of the title
	}
	p.Title += " " + t.Surface(p.Limit, w)
	p.Limit = e
	return goOn
}

// complement reads the complement at p.Limit, each reading tried in
// turn.
func (f *PostFinder) complement(t *Text, ms *Mentions, p *PostPhrase, ctx PostContext) step {
	k := p.Limit
	if j := f.statusAfter(t, k); k == p.Core.Limit && j > k {
		// "Commander-designate of ISAF", "Secretary General designate"
		p.Title += " " + t.Norm(j-1)
		p.Limit = j
		return goOn
	}
	andEnd, served, serves := -1, PostPhrase{}, false
	switch n := t.Norm(k); {
	case n == "and":
		andEnd = f.domainAfterAnd(t, ms, k)
	case n == "to" && p.Org == "":
		served, serves = f.postFrom(t, ms, skipThe(t, ms, k+1))
		if q, ok := f.parse(t, ms, skipThe(t, ms, k+1), PostContext{}); !serves && ok && q.Org == "" && q.First == skipThe(t, ms, k+1) {
			return extendTitle(t, p, q.Core.Limit) // "Assistant to the President": the other post is part of the title
		}
	}
	if e := f.bareField(t, ms, p); e > k {
		return extendTitle(t, p, e) // "Deputy Chief of Staff Capability Development to Allied Command Transformation"
	}
	if st := f.unitComplement(t, ms, p); st != noMatch {
		return st
	}
	if st := f.fieldComplement(t, ms, p, ctx); st != noMatch {
		return st
	}
	if st := f.servedComplement(t, ms, p, andEnd, served, serves); st != noMatch {
		return st
	}
	if st := f.bodyComplement(t, ms, p); st != noMatch {
		return st
	}
	if m := ms.StartingAt(k, KOrg); p.Org == "" && m != nil && t.Norm(p.First-1) == "(" && t.Norm(m.Limit) == ")" {
		p.Org, p.Limit = m.Key, m.Limit // "X (Director of Procurement NSPA)": a body that closes a title in brackets is its body
	}
	return stop
}

// bareField returns the end of the capitalised words, at most three,
// right after p's core, that end in a field's word (field-nouns.tsv, or
// a domain word of role-modifiers.tsv) and that no mention covers:
// "Deputy Chief of Staff Capability Development to ACT", "Director
// Operations, Brigadier General X". It returns p.Limit otherwise.
func (f *PostFinder) bareField(t *Text, ms *Mentions, p *PostPhrase) int {
	k := p.Limit
	if k != p.Core.Limit {
		return k
	}
	e := k
	for e < k+3 && t.Tok(e).IsCapWord() && ms.At(e) == nil && t.SameSentence(k, e) {
		e++
	}
	if e == k || t.Tok(e).IsCapWord() || !f.w.namesField(t.Tok(e-1).Text) {
		return k
	}
	return e
}

// unitComplement reads a unit the title heads ("head of the delegation",
// "head of the Polish delegation") and the body it is sent to.
func (f *PostFinder) unitComplement(t *Text, ms *Mentions, p *PostPhrase) step {
	k := p.Limit
	e := f.unitOfTitle(t, ms, k)
	if e <= k || k != p.Core.Limit {
		return noMatch
	}
	extendTitle(t, p, e)
	p.Unit = true
	if o := ms.StartingAt(skipThe(t, ms, e+1), KOrg); t.Norm(e) == "to" && o != nil && p.Org == "" {
		p.Org, p.Limit = o.Key, o.Limit // "... delegation to the NATO PA": the post is in the body it is sent to
		return stop
	}
	if t.Norm(e) == "to" && t.Norm(e+1) == "the" && f.w.orgHeads.Has(t.Tok(e+2).Text) && t.Tok(e+2).IsCapWord() && !t.Tok(e+3).IsCapWord() {
		p.Limit = e + 3 // "... delegation to the Assembly": a body named by its head alone
		p.Org = f.bodyByHead(t, ms, e+2)
		return stop
	}
	return goOn
}

// fieldComplement reads a country's post ("the President of the
// Republic"), a field after "for", "on" or "of" ("for Security Policy",
// "on Women, Peace and Security", "of Defence") and the bodies a field's
// "for" or "of" may name instead.
func (f *PostFinder) fieldComplement(t *Text, ms *Mentions, p *PostPhrase, ctx PostContext) step {
	k := p.Limit
	switch n := t.Norm(k); {
	case n == "of":
		if t.Norm(k+1) == "the" && f.w.stateNouns.Has(t.Tok(k+2).Text) && ms.At(k+2) == nil && p.Org == "" {
			// "the President of the Republic": the country's post.
			p.Org, p.OrgIsPlace, p.Implied = ctx.MainCountry, ctx.MainCountry != "", true
			if f.w.stateNouns.Value(t.Tok(k+2).Text, 0) == "kept" {
				p.Title += " " + t.Surface(k, k+3) // "the President of the Government": another office than the President's
			}
			p.Limit = k + 3
			if c := ms.StartingAt(k+4, KPlace); t.Norm(k+3) == "of" && c != nil && f.g.Country(c.Key) != nil {
				p.Org, p.Implied, p.Limit = c.Key, false, c.Limit // "the President of the Republic of Mauritania"
			} else if c := ms.StartingAt(k+3, KPlace); c != nil && f.g.Country(c.Key) != nil {
				p.Org, p.Implied, p.Limit = c.Key, false, c.Limit // "the Minister of Defence of the Republic North Macedonia": the "of" left out
			}
			return stop
		}
		if p.Org == "" && f.companyAfter(t, ms, p, k) {
			return stop // "Chief Executive Officer of ARX Robotics"
		}
		if !f.orgAhead(t, ms, k+1) {
			return f.domainComplement(t, ms, p) // "of Defence"
		}
	case n == "for":
		if st := f.forComplement(t, ms, p); st != noMatch {
			return st
		}
		return f.domainComplement(t, ms, p) // "for Security Policy"
	case n == "on" && t.Tok(k+1).IsCapWord() && !f.dayAt(t, k+1):
		if e := f.placesField(t, ms, k+1); e > 0 && !p.National {
			return extendTitle(t, p, e) // "Special Representative on Central Asia and the Caucasus": the places are places
		}
		return f.domainComplement(t, ms, p) // "on Women, Peace and Security"
	}
	return noMatch
}

// forComplement reads what a post is "for" where that is no field: the
// country of a national post ("National Security Advisor for the United
// Kingdom"), a country ("UN Special Representative for Afghanistan"), places ("for
// the Caucasus and Central Asia"), the body whose post it is ("Chief of
// Staff for the French Air Force") or a known body the post deals with
// ("Montenegro's National Coordinator for NATO").
func (f *PostFinder) forComplement(t *Text, ms *Mentions, p *PostPhrase) step {
	k := p.Limit
	if m := ms.StartingAt(skipThe(t, ms, k+1), KPlace); p.National && p.Org == "" && m != nil && f.g.Country(m.Key) != nil && f.phraseEnds(t, m.Limit) {
		p.Org, p.OrgIsPlace, p.Limit = m.Key, true, m.Limit // "the National Security Advisor for the United Kingdom, Sir X": a national post's country
		return stop
	}
	if !p.National {
		if m := ms.StartingAt(k+1, KPlace); m != nil && f.g.Country(m.Key) != nil {
			return extendTitle(t, p, m.Limit) // "the High Representative for Bosnia and Herzegovina": a field that is a country
		}
		if e := f.placesField(t, ms, k+1); e > 0 {
			return extendTitle(t, p, e) // "Special Representative for the Caucasus and Central Asia": the places are places
		}
	}
	if p.Org == "" && (f.nationalBodyAt(t, ms, k+1) || f.lowerTitleForBody(t, ms, p, k)) {
		f.orgAfter(t, ms, p, k) // "Chief of Staff for the French Air Force": the Air Force's
		return stop
	}
	if e := f.bodyEndAt(t, ms, k+1, true); p.Org != "" && e > 0 {
		return extendTitle(t, p, e) // "Montenegro's National Coordinator for NATO": the body the post deals with
	}
	if e := f.bodyEndAt(t, ms, k+1, false); p.Org == "" && !p.National && e > 0 && (f.phraseEnds(t, e) || f.possessedBodyAt(t, ms, e)) {
		f.orgAfter(t, ms, p, k) // "the Vice Chief of Staff for Supreme Headquarters Allied Powers Europe": a known body's; "for NATO's Public Diplomacy Division": its division's
		return stop
	}
	return noMatch
}

// domainComplement reads a field after "for", "on" or "of" ("for Security
// Policy", "on Women, Peace and Security", "of Defence"); an "of" that
// opens no field names the post's body.
func (f *PostFinder) domainComplement(t *Text, ms *Mentions, p *PostPhrase) step {
	k := p.Limit
	e := f.domainEnd(t, ms, k+1)
	if n := t.Norm(k); e <= k+1 && (n == "of" || n == "for") && !t.Tok(p.Core.First).IsCap() {
		if le := f.lowerFieldEnd(t, k+1); le > k+1 {
			// "Admiral X, SHAPE chief of staff": the Chief of Staff;
			// "ACT's deputy chief of staff for transformation"
			p.Title = f.capitalTitle(p.Title + " " + n + " " + t.Surface(k+1, le))
			p.Limit = le
			return goOn
		}
	}
	if le := f.lowerFieldOfTitle(t, p, k); e <= k+1 && t.Norm(k) == "for" && le > 0 {
		p.Title += " for " + t.Surface(k+1, le) // "NATO Assistant Secretary General for defence matters (1984-87)"
		p.Limit = le
		return goOn
	}
	if e <= k+1 {
		if t.Norm(k) == "of" {
			f.orgAfter(t, ms, p, k)
			f.postAcronym(t, p)
			f.bareSecondBody(t, ms, p)
		}
		return stop
	}
	p.Domains = append(p.Domains, Span{k, e})
	return extendTitle(t, p, e)
}

// servedComplement reads a second field after "and" ("Minister of
// Foreign Affairs and European Integration"), the post another serves
// ("National Security Advisor to the US President"), and what a post is
// "to": a body it stands at, a body or a country it is accredited to.
func (f *PostFinder) servedComplement(t *Text, ms *Mentions, p *PostPhrase, andEnd int, served PostPhrase, serves bool) step {
	k := p.Limit
	switch n := t.Norm(k); {
	case andEnd > 0:
		// "Minister of Foreign Affairs and European Integration, Mr Nicu Popescu"
		p.Domains = append(p.Domains, Span{k, andEnd})
		return extendTitle(t, p, andEnd)
	case serves:
		// "National Security Advisor to the US President": the post
		// serves the other's organisation.
		p.Org, p.OrgIsPlace = served.Org, served.OrgIsPlace
		p.Limit = served.Limit
		f.servedInTitle(t, ms, p, served, k)
		return stop
	case n == "to" && t.Norm(k+1) == "the" && t.Tok(k+2).IsWord() && !t.Tok(k+2).IsCap() && ms.At(k+2) == nil && (t.Norm(k+3) == "," || t.Norm(k+3) == "."):
		p.Limit = k + 3 // "Liaison Officer to the region, X": where the post serves, named by a common noun
		return stop
	case n == "to":
		if e := f.standingTo(t, ms, p, k); e > k {
			p.Limit = e // "the Netherlands' Permanent Representative to NATO"
			return goOn
		}
		if m := ms.StartingAt(k+1, KOrg); m != nil && (f.servesBody(p) || p.Org == "" && f.militaryRole(p) && !f.diplomatic(t, p)) {
			p.Org, p.OrgIsPlace, p.Limit = m.Key, false, m.Limit // "Political Advisor to US Central Command": the body's adviser; "Deputy Chief of Staff Capability Development to Allied Command Transformation": the body's staff
			return stop
		}
		if m := ms.StartingAt(k+1, KOrg, KPlace); m != nil {
			return extendTitle(t, p, m.Limit) // "Ambassador to NATO"
		}
		if e := f.countryAfterThe(t, ms, k+1); e > 0 {
			return extendTitle(t, p, e) // "Romania's Ambassador to the United States"
		}
	}
	return noMatch
}

// militaryRole reports whether the gazetteer knows p's title as a
// military post's (roles.tsv, military): "Deputy Chief of Staff".
func (f *PostFinder) militaryRole(p *PostPhrase) bool {
	r := f.g.Roles[p.RoleKey]
	return r != nil && r.Kind == "military"
}

// servesBody reports whether a post with no organisation yet is one that
// serves the body it is "to", as an adviser or an assistant does: its
// head is a civil post's (role-heads.tsv), not a diplomat's accredited to
// the body ("Ambassador to NATO") nor a national office.
func (f *PostFinder) servesBody(p *PostPhrase) bool {
	words := strings.Fields(p.CoreTitle)
	return p.Org == "" && len(words) > 0 && f.w.roleHeads.Value(words[len(words)-1], 0) == "civil"
}

// bodyComplement reads the body or place a post is of, at or in, one
// named right after the title or after its comma, an acronym in
// brackets, and a field that goes on in capitals.
func (f *PostFinder) bodyComplement(t *Text, ms *Mentions, p *PostPhrase) step {
	k := p.Limit
	switch n := t.Norm(k); {
	case n == "of" && f.ownersTitle(t, ms, p, k):
		return stop // "Special Representative of the UN Secretary-General for Kosovo"
	case n == "at" && p.OrgIsPlace && !p.Implied && f.diplomatic(t, p):
		return stop // "Hungarian National Military Representative at SHAPE": Hungary's, at the body
	case n == "of" || n == "at" || n == "in" && f.bodyAfterIn(t, ms, p, k) || n == "within" && ms.StartingAt(skipThe(t, ms, k+1), KOrg) != nil:
		// "of NATO", "at the Ministry", "State Secretary in the Ministry of Defence", "NATO's Deputy Assistant Secretary General within the Operations Division"
		f.orgAfter(t, ms, p, k)
		f.postAcronym(t, p)
		f.secondBody(t, ms, p)
		f.bareSecondBody(t, ms, p)
		f.accreditedTo(t, ms, p)
		f.fieldAfterBody(t, ms, p)
		return stop
	case n == "with" && p.Org == "" && f.asTitle(t, p) && ms.StartingAt(skipThe(t, ms, k+1), KOrg) != nil:
		f.orgAfter(t, ms, p, k) // "ten years as a Gender Adviser with the United Nations"
		return stop
	case n == "in" && p.National && p.Org == "" && f.countryAt(ms, k+1) && !t.Tok(p.Core.First).IsCap():
		m := ms.StartingAt(k + 1)
		p.Org, p.OrgIsPlace, p.Limit = m.Key, true, m.Limit // "Hans Gruber, minister of defence in Austria,": Austria's
		return stop
	case n == "in" && f.placedPostAcronym(t, ms, p, k):
		return stop // "the new Supreme Allied Commander in Europe (SACEUR)"
	case n == "in" && ms.StartingAt(k+1, KPlace) != nil && (t.Norm(ms.StartingAt(k+1).Limit) == "," || t.Norm(ms.StartingAt(k+1).Limit) == "." && f.diplomatic(t, p)):
		extendTitle(t, p, ms.StartingAt(k+1).Limit) // "Senior Civilian Representative in Afghanistan,", "the EU's Special Representative in Kosovo."
		return stop
	case k == p.Core.Limit && p.Org == "" && ms.StartingAt(k, KOrg) != nil && f.bodyEnds(t, ms, f.skipAcronym(t, ms, ms.StartingAt(k).Limit)):
		// "Commander Joint Force Command Naples, Admiral X", "Admiral X,
		// Commander JWC.", "Director General International Military
		// Staff (DG IMS)", "Commander Maritime Component Command Naples
		// Vice Admiral X"
		m := ms.StartingAt(k)
		p.Org, p.Limit = m.Key, f.skipAcronym(t, ms, m.Limit)
		f.bareSecondBody(t, ms, p)
		return stop
	case k == p.Core.Limit && p.OrgIsPlace && !p.Implied && f.nationalStaffAfter(t, ms, k):
		extendTitle(t, p, ms.StartingAt(k, KOrg).Limit) // "the Swiss Chief Armed Forces Joint Staff Major-General X": a national office of Switzerland
		return stop
	case k == p.Core.Limit && p.Org == "" && f.possessedBodyAfter(t, ms, p, k):
		return stop // "Vice Admiral X, Commander NATO's Maritime Command in Northwood"
	case n == "," && p.Org == "" && ms.StartingAt(k+1, KOrg) != nil && f.bodyAfterComma(t, ms, p, k+1):
		m := ms.StartingAt(k + 1)
		p.Org, p.Limit = m.Key, f.skipAcronym(t, ms, m.Limit)
		return stop
	case n == "-" && t.Tok(k).SpaceBefore && k == p.Core.Limit && p.Org == "" && t.Norm(p.First-1) == "," && ms.StartingAt(k+1, KOrg) != nil && t.Norm(f.skipAcronym(t, ms, ms.StartingAt(k+1).Limit)) == ",":
		m := ms.StartingAt(k + 1) // "X, Deputy Chief of Staff – Strategic Development and Preparation Directorate,"; not a schedule's "Meeting with the Minister – Ministry of Defence"
		p.Org, p.Limit = m.Key, f.skipAcronym(t, ms, m.Limit)
		return stop
	case n == "(":
		f.postAcronym(t, p)
		if k < p.Limit && (t.Norm(p.Limit) == "for" || t.Norm(p.Limit) == "on") {
			return goOn // "the Assistant Secretary General (ASG) for Operations"
		}
		if p.Org == "" && t.Tok(k+1).IsUpper() && t.Norm(k+2) == ")" && t.Norm(k+3) == "of" && ms.StartingAt(skipThe(t, ms, k+4), KOrg) != nil {
			p.Limit = k + 3
			return goOn // "the General Manager (GM) of the NATO Airborne Early Warning and Control Programme Management Agency": the title's letters, then its body
		}
		return stop
	case k == p.Core.Limit && t.Tok(k).IsCapWord() && ms.At(k) == nil && !f.nameStarts(t, ms, k) && f.fieldGoesOn(t, ms, p.Title, k+1):
		return extendTitle(t, p, k+1) // "Minister for Defence Procurement James Cartlidge", "Minister for Defence Procurement, Ms X": the field goes on
	}
	return noMatch
}

// nationalStaffAfter reports whether a body the gazetteer does not know,
// which only the text's words name, follows the head of a title at k
// that a country already owns, and ends the title's phrase: the body's
// words are the title's ("Swiss Chief Armed Forces Joint Staff"), as
// "Chief of the Italian Defence Staff" is Italy's Chief of the Defence
// Staff.
func (f *PostFinder) nationalStaffAfter(t *Text, ms *Mentions, k int) bool {
	m := ms.StartingAt(k, KOrg)
	return m != nil && f.g.Orgs[m.Key] == nil && m.Key == t.Surface(m.First, m.Limit) && f.bodyEnds(t, ms, m.Limit)
}

// possessedBodyAfter gives post p the body that a body's possessive at
// token k opens, right after the title, where the title's phrase ends
// after it or it lies in a place ("Commander NATO's Maritime Command in
// Northwood"), and reports whether it did.
func (f *PostFinder) possessedBodyAfter(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	owner := ms.StartingAt(k, KOrg)
	if owner == nil || !t.Possessive(owner.Limit) {
		return false
	}
	m := ms.StartingAt(owner.Limit+1, KOrg)
	if m == nil {
		return false
	}
	end := f.skipAcronym(t, ms, m.Limit)
	if !f.bodyEnds(t, ms, end) && (t.Norm(end) != "in" || ms.StartingAt(end+1, KPlace) == nil) {
		return false
	}
	p.Org, p.Limit = m.Key, end
	return true
}

// asTitle reports whether post p's phrase follows "as", perhaps with an
// article: "served as a Gender Adviser", "worked as Director".
func (f *PostFinder) asTitle(t *Text, p *PostPhrase) bool {
	j := p.First - 1
	if n := t.Norm(j); n == "a" || n == "an" {
		j--
	}
	return t.Norm(j) == "as"
}

// bodyAfterComma reports whether the body at token k, after a title and
// its comma, is the title's: "Commander, Allied Air Command, General X",
// "Commander, NATO Allied Maritime Command (MARCOM) Vice Admiral X", a
// bare head's "Commander, SNMG2 Rear Admiral X"; not "Supreme Allied
// Commander Europe, U.S. Air Force General X", the holder's service
// after a title whole without it.
func (f *PostFinder) bodyAfterComma(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	m := ms.StartingAt(k)
	end := f.skipAcronym(t, ms, m.Limit)
	return ms.StartingAt(end, KRank) == nil || end > m.Limit || p.Core.Len() == 1 && !f.nationalService(t, ms, k)
}

// nationalService reports whether the body at token k is named after its
// country: "German Air Force", "U.S. Army", the service of a holder
// whose rank follows ("outgoing Commander, German Air Force Lieutenant
// General X"), not a body he commands.
func (f *PostFinder) nationalService(t *Text, ms *Mentions, k int) bool {
	m := ms.StartingAt(k, KOrg)
	country, _ := f.g.placeAt(t.Tokens, k, func(key string, n int) bool { return k+n < m.Limit && f.g.Country(key) != nil })
	return country != nil || f.nationalBodyAt(t, ms, k)
}

// staffShorthand reports whether role mention m is a military title's
// staff shorthand ("COM", "DCOM" of roles.tsv), which stands for the
// title spelt out; a corporate "CEO" is the title its holder goes by.
func (f *PostFinder) staffShorthand(t *Text, m *Mention) bool {
	r := f.g.Roles[m.Key]
	return m.Len() == 1 && acronymLike(t.Tok(m.First)) && m.Surface != m.Key && r != nil && r.Kind == "military"
}

// fieldGoesOn reports whether the word before token k goes on the field
// of a title: before a name after "for" ("Minister for Defence
// Procurement James Cartlidge"), before a comma or a bracket after "for"
// or "of" ("Minister of Defence Procurement, Ms X"), a field's word
// before the holder's rank after "of" ("Deputy Chief of Staff Support
// Air Commodore X").
func (f *PostFinder) fieldGoesOn(t *Text, ms *Mentions, title string, k int) bool {
	closes := t.Norm(k) == "," || t.Norm(k) == "("
	ranked := ms.StartingAt(k, KRank) != nil && f.w.namesField(t.Tok(k-1).Text)
	return strings.Contains(title, " for ") && (t.Tok(k).IsCapWord() || closes) || strings.Contains(title, " of ") && (closes || ranked)
}

// bodyEnds reports whether the body after a title ends its phrase before
// token k: a comma, a bracket, a sentence's end, a colon before the
// holder's rank, a rank that opens the holder's name, a preposition of a
// phrase that is no name's.
func (f *PostFinder) bodyEnds(t *Text, ms *Mentions, k int) bool {
	if k >= len(t.Tokens) || !t.SameSentence(k-1, k) {
		return true
	}
	switch t.Norm(k) {
	case ",", ".", ")", ";":
		return true // "(Commander KFOR)"
	case ":":
		return ms.StartingAt(k+1, KRank, KHonorific) != nil // "CoS ACT: VAdm X": a label before its holder
	case "in", "on", "during", "at":
		return !t.Tok(k + 1).IsCap() // "Commander JFC Brunssum in his first visit"
	case "and":
		if m := ms.StartingAt(k+1, KOrg); m != nil && (f.bodyBeforeVerb(t, ms, m) || f.phraseEnds(t, f.skipAcronym(t, ms, m.Limit))) {
			return true // "commander Resolute Support Mission and United States Forces - Afghanistan visited", "Commander JFC Naples and US Naval Forces Europe.": a second body (bareSecondBody)
		}
		return f.startsTitle(t, ms, skipThe(t, ms, k+1)) // "Commander STRIKFORNATO and Commander US Sixth Fleet", "Commander JWC and the Exercise Director": a second title
	}
	if tok := t.Tok(k); tok.IsWord() && !tok.IsCap() && t.Norm(k-1) != "the" && f.verbLike(tok) {
		return true // "General X, Commander JFC Brunssum chaired the conference"
	}
	return ms.StartingAt(k, KRank) != nil
}

// verbLike reports whether lower-case word tok reads as a finite verb in
// the past or the present ("chaired", "opened", "visits", "said"): a
// verb of speech or an event, or a word ending in "-ed".
func (f *PostFinder) verbLike(tok Token) bool {
	return strings.HasSuffix(tok.Norm, "ed") || f.w.speechVerbs.Has(tok.Norm) || f.w.eventWords.Has(tok.Norm) && !f.w.connectors.Has(tok.Norm)
}

// domainAfterAnd returns the end of a second field of a title after "and"
// at token k ("of Foreign Affairs and European Integration"), before a
// mark, a preposition or the holder's name or honorific ("and Cooperation
// M. Taieb Fassi Fihri"), or -1.
func (f *PostFinder) domainAfterAnd(t *Text, ms *Mentions, k int) int {
	if t.Norm(k-1) == "," || !t.Tok(k+1).IsCapWord() {
		return -1
	}
	e := f.domainEnd(t, ms, k+1)
	if e <= k+1 || !f.complementAt(t, e) && !(e < len(t.Tokens) && (f.nameStarts(t, ms, e) || ms.StartingAt(e, KHonorific) != nil)) || f.startsTitle(t, ms, k+1) || f.holdsHead(t, k+1, e) {
		return -1
	}
	return e
}

// servedInTitle keeps in the title of p the post it serves after "to" at
// k where that post's body comes after its head: "Public Information
// Advisor to the Chairman of the Military Committee" is the Committee's
// "Public Information Advisor to the Chairman"; an owner before the head
// leaves it out ("National Security Advisor to the US President").
func (f *PostFinder) servedInTitle(t *Text, ms *Mentions, p *PostPhrase, served PostPhrase, k int) {
	if served.Core.First == served.First && served.Core.First == skipThe(t, ms, k+1) {
		p.Title += " " + t.Surface(k, served.Core.Limit)
	}
}

// postFrom returns the post phrase with a stated organisation whose owner
// or core starts at token i ("US President").
func (f *PostFinder) postFrom(t *Text, ms *Mentions, i int) (PostPhrase, bool) {
	for k := i; k < i+4 && k < len(t.Tokens); k++ {
		if q, ok := f.parse(t, ms, k, PostContext{}); ok && q.First == i && q.Org != "" {
			return q, true
		}
	}
	return PostPhrase{}, false
}

// skipThe skips "the" at i where it opens no name.
func skipThe(t *Text, ms *Mentions, i int) int {
	if t.Norm(i) == "the" && ms.At(i) == nil {
		return i + 1
	}
	return i
}

// holdsHead reports whether a role's head stands in tokens [i, j).
func (f *PostFinder) holdsHead(t *Text, i, j int) bool {
	for k := i; k < j; k++ {
		if f.w.roleHeads.Has(t.Tokens[k].Text) {
			return true
		}
	}
	return false
}

// placesField returns the end of a title's field that starts at token i
// and is made of places only, each perhaps after "the", joined by "and"
// or commas ("for the Caucasus and Central Asia"), or 0; a field that
// goes on with other words ("for Europe and Foreign Affairs") is none.
func (f *PostFinder) placesField(t *Text, ms *Mentions, i int) int {
	j := i
	for {
		m := ms.StartingAt(skipThe(t, ms, j), KPlace)
		if m == nil {
			return 0
		}
		j = m.Limit
		if n := t.Norm(j); n != "and" && n != "," || ms.StartingAt(skipThe(t, ms, j+1), KPlace) == nil {
			break
		}
		j++
	}
	if n := t.Norm(j); n == "and" || t.Tok(j).IsCapWord() {
		return 0
	}
	return j
}

// nationalBodyAt reports whether a body named after its country's
// adjective starts at token i, past "the": "the French Air Force", "the
// Polish General Staff".
func (f *PostFinder) nationalBodyAt(t *Text, ms *Mentions, i int) bool {
	j := skipThe(t, ms, i)
	m := ms.StartingAt(j, KOrg)
	if m == nil || m.Limit-m.First < 2 {
		return false
	}
	entries, lens := f.g.match(t.Tokens, j)
	for n, e := range entries {
		if e.kind == KDemonym && lens[n] == 1 {
			return true
		}
	}
	return false
}

// possessedBodyAt reports whether a possessive at token e opens a body
// of the one before it: "NATO's Public Diplomacy Division".
func (f *PostFinder) possessedBodyAt(t *Text, ms *Mentions, e int) bool {
	return t.Norm(e) == "'s" && ms.StartingAt(pastLowerWord(t, e+1), KOrg) != nil
}

// pastLowerWord returns the token after a lower-case word at k that a
// capitalised one follows ("NATO's new Emerging Security Challenges
// Division"), else k.
func pastLowerWord(t *Text, k int) int {
	if tok := t.Tok(k); tok.IsWord() && !tok.IsCap() && t.Tok(k+1).IsCapWord() {
		return k + 1
	}
	return k
}

// bodyEndAt returns the end of the body's name that starts at token i,
// past "the", or 0; where known is set, only of a body the gazetteer
// knows, else also of one its head names ("Regional Command East").
func (f *PostFinder) bodyEndAt(t *Text, ms *Mentions, i int, known bool) int {
	if m := ms.StartingAt(skipThe(t, ms, i), KOrg); m != nil && (!known || f.g.Orgs[m.Key] != nil) {
		return m.Limit
	}
	return 0
}

// complementAt reports whether token i ends a domain before a comma,
// another complement ("of the Republic of Moldova") or the sentence's
// end ("the country's Minister of Foreign Affairs and European
// Integration.").
func (f *PostFinder) complementAt(t *Text, i int) bool {
	if i >= len(t.Tokens) || !t.SameSentence(i-1, i) {
		return true
	}
	switch t.Norm(i) {
	case ",", "of", "at", "(", ".":
		return true
	}
	return false
}

// companyAfter reads the company a corporate title names after "of" at
// token k, a name the gazetteer need not know: "Chief Executive Officer
// of ARX Robotics,", "the Chief Executive of Space Forge.". A
// company's officer has no field after "of"; a body or a country the
// text knows is left to the other complements.
func (f *PostFinder) companyAfter(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	if r := f.g.Roles[cmp.Or(p.RoleKey, p.CoreTitle, p.Title)]; r == nil || r.Kind != "corporate" {
		return false
	}
	i := skipThe(t, ms, k+1)
	e := i
	for e < len(t.Tokens) && t.SameSentence(i, e) && t.Tok(e).IsCap() && t.Tok(e).IsWord() {
		if m := ms.At(e); m != nil && m.Kind != KPerson {
			return false
		}
		e++
	}
	if e == i || !f.bodyEnds(t, ms, e) {
		return false
	}
	p.Org, p.OrgIsPlace, p.Limit = t.Surface(i, e), false, e
	return true
}

// startsTitle reports whether a post's title starts at token i.
func (f *PostFinder) startsTitle(t *Text, ms *Mentions, i int) bool {
	end, _ := f.core(t, ms, i)
	return end > i
}

// commaBody reports whether a body's name stands between the comma at
// token k and another comma or the sentence's end: "General X, commander,
// U.S. Africa Command, attended".
func (f *PostFinder) commaBody(t *Text, ms *Mentions, k int) bool {
	if t.Norm(k) != "," {
		return false
	}
	m := ms.StartingAt(skipThe(t, ms, k+1), KOrg)
	return m != nil && (t.Norm(m.Limit) == "," || t.Norm(m.Limit) == "." || !t.SameSentence(m.First, m.Limit))
}

// lowerApposition reports whether token k, in lower case, heads a title:
// in apposition after a comma ("Sviatlana Tsikhanouskaya, leader of the
// democratic opposition", "General X, commander Allied Joint Force
// Command Brunssum"), or of a body after "the", "the new" or an ordinal
// ("became the sixth commander of the Rapid Reaction Corps"), or after
// "served as" ("served with distinction as commander of Allied Land
// Command").
func (f *PostFinder) lowerApposition(t *Text, ms *Mentions, k, i int) bool {
	if f.lowerOwned(t, ms, i) || f.nounTitle(t, ms, k, i) || f.lowerTitleOfPlace(t, ms, k, i) {
		return true
	}
	if f.lowerTitleWordBeforeHead(t, ms, k, i) || f.lowerTitleAfterArticle(t, ms, k, i) || f.bodysLowerTitle(t, ms, k, i) || f.possessedLowerTitle(t, ms, k, i) {
		return true
	}
	prev := t.Norm(k - 1)
	if k == i+1 && f.lowerTitleWordBeforeHead(t, ms, i, i) {
		i, prev = k, "," // "Mr X, acting head of Y": the head after the title word
	}
	if k != i || !f.w.roleHeads.Has(t.Tokens[k].Text) {
		return false
	}
	n := t.Norm(k + 1)
	if f.bareTitleTaken(t, k) {
		return true // "Lt. Col. Adam Lackey became the new commander."
	}
	switch {
	case prev == ",":
		return n == "of" || n == "for" || ms.StartingAt(k+1, KOrg) != nil || f.atBody(t, ms, k+1) || f.commaBody(t, ms, k+1)
	case prev == "a" && t.Norm(k-2) == ",":
		return n == "of" && f.bodyAt(t, ms, k+2) // "Karl Lamers, a member of the German Bundestag,"
	case f.w.roleMods.Value(prev, 0) == "former" && t.Norm(k-2) == "a" && (t.Norm(k-3) == "," || t.Norm(k-3) == "is" || t.Norm(k-3) == "was"):
		return n == "of" && f.bodyAt(t, ms, k+2) // "General X, a former commander of United States European Command", "X is a former commander of the 6th Fleet"
	case f.w.ordinal(prev) || prev == "new":
		return t.Norm(k-2) == "the" && n == "of" && ms.StartingAt(skipThe(t, ms, k+2), KOrg) != nil
	case prev == "the":
		return n == "of" && (f.bodyAt(t, ms, k+2) || f.unitOfTitle(t, ms, k+1) > k+1) // "The chairman of the NRC, ...", "the commander of the U.S. Combined Forces Command"
	case prev == "as":
		return n == "of" && f.bodyAt(t, ms, k+2) && f.servedBefore(t, k-1) // "served as commander of Allied Land Command"
	case prev == "and":
		return f.secondLowerTitle(t, ms, k)
	}
	return false
}

// bareTitleTaken reports whether the lower-case head at token k ends its
// clause right after a verb of appointment (appointment-verbs.tsv), "the"
// and perhaps an ordinal or "new": "Lt. Col. X became the new
// commander." The subject holds the title; no body is named.
func (f *PostFinder) bareTitleTaken(t *Text, k int) bool {
	j := k - 1
	for f.w.ordinal(t.Norm(j)) || f.w.roleMods.Value(t.Norm(j), 0) == "status" {
		j--
	}
	if t.Norm(j) != "the" || !f.w.appointmentVerbs.Has(t.Norm(j-1)) {
		return false
	}
	switch t.Norm(k + 1) {
	case ".", ",", ";":
		return true
	}
	return !t.SameSentence(k, k+1)
}

// servedBefore reports whether a verb of service-verbs.tsv stands a few
// words before the "as" at token a, in its sentence: "he served with
// distinction as".
func (f *PostFinder) servedBefore(t *Text, a int) bool {
	for j := a - 1; j >= a-4 && j >= 0 && t.SameSentence(j, a); j-- {
		if f.w.serviceVerbs.Has(t.Norm(j)) {
			return true
		}
	}
	return false
}

// lowerTitleOfPlace reports whether token k is a word of a title in
// lower case that starts at token i (lowerTitleEnd), whose complement
// after "of" is a country or a body, in apposition to a name: after it
// ("Hugh Bayley, the prime minister of Luxembourg", "Major General X,
// commanding general of Regional Command East") or before it ("the
// prime minister of Luxembourg, Jean Asselborn").
func (f *PostFinder) lowerTitleOfPlace(t *Text, ms *Mentions, k, i int) bool {
	if t.Tok(i).IsCap() {
		return false
	}
	h := f.lowerTitleEnd(t, i)
	if h < 0 || k > h || t.Norm(h+1) != "of" {
		return false
	}
	m := ms.StartingAt(skipThe(t, ms, h+2), KPlace, KOrg)
	if m == nil || m.Kind == KPlace && f.g.Country(m.Key) == nil && !f.w.placeSeat(t.Tok(h).Text) {
		return false // a town only for a post that governs one: "the mayor of Riga"
	}
	j := i - 1
	if t.Norm(j) == "the" {
		j--
	}
	after := t.Norm(j) == "," && t.Tok(j-1).IsCapWord() && ms.At(j-1) == nil
	before := t.Norm(i-1) == "the" && t.Norm(m.Limit) == "," && t.Tok(m.Limit+1).IsCapWord() && t.SameSentence(i, m.Limit+1)
	return after || before
}

// lowerTitleEnd returns the last token of a title in lower case that
// starts at token i: a title of the gazetteer's posts written small
// ("commanding general"), or a head of role-heads.tsv after words of
// role-heads.tsv or role-modifiers.tsv ("prime minister"); or -1.
func (f *PostFinder) lowerTitleEnd(t *Text, i int) int {
	if n := f.g.roleInLowerCase(t.Tokens, i); n > 0 {
		return i + n - 1
	}
	h := -1
	for j := i; j < i+4 && t.SameSentence(i, j); j++ {
		tok := t.Tok(j)
		if tok.IsCap() || !tok.IsWord() || !f.w.roleHeads.Has(tok.Text) && !f.w.roleMods.Has(tok.Text) {
			break
		}
		if f.w.roleHeads.Has(tok.Text) {
			h = j
		}
	}
	return h
}

// lowerTitleAfterArticle reports whether the lower-case head at token k
// (or the lower-case title word at k = i before one) stands in apposition
// after a comma and an article, perhaps with a status word (or a status
// word alone), and a body follows it after "of", "for", "at" or "with":
// "Ms X, the new prosecutor for the Court,", "Dr Y, a senior fellow at
// the Institute", "Colonel Z, outgoing commander of the Battle Group".
func (f *PostFinder) lowerTitleAfterArticle(t *Text, ms *Mentions, k, i int) bool {
	if k == i && !t.Tok(k).IsCap() && f.lowerTitleWord(t.Norm(k)) {
		k++ // "senior" before "fellow"
	}
	if t.Tok(k).IsCap() || !f.w.roleHeads.Has(t.Tok(k).Text) || k != i && !(k == i+1 && f.lowerTitleWord(t.Norm(i))) {
		return false
	}
	j := i - 1
	for kind := f.w.roleMods.Value(t.Norm(j), 0); !t.Tok(j).IsCap() && (kind == "status" || kind == "former"); kind = f.w.roleMods.Value(t.Norm(j), 0) {
		j-- // "the new", "the former"
	}
	a := t.Norm(j)
	if a == "," && j < i-1 {
		a, j = "the", j+1 // "Colonel X, outgoing commander of Y": a status word with no article
	}
	if a != "the" && a != "a" && a != "an" || t.Norm(j-1) != "," || a != "the" && k == i && t.Norm(k+1) == "of" {
		return false // "Admiral X, an officer of the Navy,": one of its members
	}
	switch t.Norm(k + 1) {
	case "of", "for", "at", "with":
		return f.bodyAt(t, ms, k+2)
	}
	return false
}

// bodysLowerTitle reports whether the lower-case head at token k, the
// title's first, stands between a body's name and a person's: "former
// ICC prosecutor Carla Rossi", "UNICEF representative Karl Otto".
func (f *PostFinder) bodysLowerTitle(t *Text, ms *Mentions, k, i int) bool {
	if k != i || t.Tok(k).IsCap() || !f.w.roleHeads.Has(t.Tok(k).Text) || ms.EndingAt(k, KOrg) == nil {
		return false
	}
	n := t.Tok(k + 1)
	return n.IsCapWord() && t.SameSentence(k, k+1) && (ms.At(k+1) == nil || ms.StartingAt(k+1, KRank, KHonorific) != nil)
}

// possessedLowerTitle reports whether the lower-case head at k, which
// starts the title, follows a body's possessive, perhaps past words of
// status ("KFOR's commander, General X", "becoming KFOR's new
// commander."), and ends its phrase: a comma, a stop or the holder's
// name follows.
func (f *PostFinder) possessedLowerTitle(t *Text, ms *Mentions, k, i int) bool {
	if k != i || t.Tok(k).IsCap() || !f.w.roleHeads.Has(t.Tok(k).Text) {
		return false
	}
	j := k - 1
	for j > 0 && !t.Tok(j).IsCap() && (f.w.status(t, j) || f.w.ordinal(t.Norm(j))) {
		j--
	}
	if t.Norm(j) != "'s" || ms.EndingAt(j, KOrg) == nil || !t.SameSentence(j, k+1) {
		return false
	}
	n := t.Norm(k + 1)
	return n == "," || n == "." || t.Tok(k+1).IsCapWord() || f.historyAdjunct(t, k+1)
}

// historyAdjunct reports whether token k opens a phrase of time that
// ends a title, not a complement of it: "since 1999", "in its history"
// ("becoming KFOR's latest commander in its 19-year history").
func (f *PostFinder) historyAdjunct(t *Text, k int) bool {
	switch t.Norm(k) {
	case "since":
		return true
	case "in":
		return f.w.determiners.Value(t.Norm(k+1), 0) == "possessive"
	}
	return false
}

// lowerTitleForBody reports whether the title p, written in lower case
// ("prosecutor"), has "for" and a body's name at token k: the body is
// the post's, not its field ("the new prosecutor for the International
// Criminal Tribunal", "the spokesperson for the Council").
func (f *PostFinder) lowerTitleForBody(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	return k == p.Limit && !t.Tok(p.Limit-1).IsCap() && f.bodyAt(t, ms, k+1)
}

// secondLowerTitle reports whether the lower-case head at k, after "and",
// is a second title of a body after a capitalised one: "Assistant Chief
// of Naval Staff and head of the Fleet Air Arm".
func (f *PostFinder) secondLowerTitle(t *Text, ms *Mentions, k int) bool {
	return t.Tok(k-2).IsCapWord() && t.Norm(k+1) == "of" && f.bodyAt(t, ms, k+2)
}

// bodyAt reports whether a body's name starts at token i, past "the" and
// a country's name or demonym before it.
func (f *PostFinder) bodyAt(t *Text, ms *Mentions, i int) bool {
	i = skipThe(t, ms, i)
	if m := ms.StartingAt(i, KPlace, KDemonym); m != nil && f.g.Country(m.Key) != nil {
		i = m.Limit
	}
	return ms.StartingAt(i, KOrg) != nil
}

// lowerOwned reports whether a title in lower case starts at token i
// after a demonym, a country's or a body's possessive or the town or
// province a post governs ("Kandahar governor"), and ends in a
// head before a name ("the Ukrainian foreign minister, Arseniy
// Yatsenyuk", "the Russian foreign minister Sergey Lavrov", "MARCOM's
// commander, Vice Admiral Mike Utley") or, in apposition after a name, in
// a head and its complement ("Karin Olsen, Norway's ambassador to
// NATO,"); or follows a body whose post it names (bodysHeadApposed).
func (f *PostFinder) lowerOwned(t *Text, ms *Mentions, i int) bool {
	from := -1 // where the owner starts
	if d := ms.EndingAt(i, KDemonym); d != nil {
		from = d.First
	}
	if m := ms.EndingAt(i-1, KPlace, KOrg, KShip); m != nil && t.Norm(i-1) == "'s" && (m.Kind != KPlace || f.g.Country(m.Key) != nil) {
		from = m.First // "Croatia's", "MARCOM's", "De Ruyter's"
	}
	if m := ms.EndingAt(i, KPlace); m != nil && f.g.Country(m.Key) == nil {
		if h := f.lowerTitleEnd(t, i); h >= 0 && f.w.placeSeat(t.Tok(h).Text) {
			from = m.First // "Kandahar governor Asadullah Khalid", "Helmand provincial governor Mawlawi X"
		}
	}
	owner := from >= 0
	owner = owner || f.w.determiners.Value(t.Norm(i-1), 0) == "possessive"                                 // "its managing director"
	owner = owner || t.Norm(i-1) == "and" && len(ms.In(max(i-10, t.SentenceOf(i).First), i, KDemonym)) > 0 // "German Foreign Minister X and defence minister Y": the demonym's too
	owner = owner || f.givenNameAfter(t, ms, i)                                                            // "welcomed deputy mayor Marcel Meurkens"
	if f.bodysHeadApposed(t, ms, i) {
		return true
	}
	if !owner {
		return false
	}
	for k := i; k < i+4; k++ {
		tok := t.Tok(k)
		if !tok.IsWord() || !f.w.roleHeads.Has(tok.Text) && !f.w.roleMods.Has(tok.Text) {
			return false // "the Swedish Prime minister", "the Russian foreign minister"
		}
		if f.w.roleHeads.Has(tok.Text) && (t.Norm(k+1) == "," && t.Tok(k+2).IsCapWord() || t.Tok(k+1).IsCapWord() && (ms.At(k+1) == nil || ms.StartingAt(k+1, KRank, KHonorific) != nil)) {
			return true
		}
		if n := t.Norm(k + 1); f.w.roleHeads.Has(tok.Text) && (n == "to" || n == "of" || n == "for") && from >= 0 && f.apposedAt(t, ms, from) {
			if f.bodyAt(t, ms, k+2) || f.lowerField(t, k+2) || f.w.namesField(t.Tok(k+2).Text) {
				return true // "Karin Olsen, Norway's ambassador to NATO,", "X, ACT's deputy chief of staff for transformation,", "Ms X, the French minister of Defence"
			}
		}
		if n := t.Norm(k + 1); f.w.roleHeads.Has(tok.Text) && (n == "," || n == ".") && from >= 0 && f.apposedAt(t, ms, from) && f.afterName(t, ms, from) {
			return true // "Tom Rask, the Estonian prime minister."
		}
		if f.w.roleHeads.Has(tok.Text) && t.Norm(k+1) == "in" && from >= 0 && f.apposedAt(t, ms, from) && f.countryAt(ms, k+2) {
			return true // "Ambassador X, NATO's senior civilian representative in Afghanistan,"
		}
	}
	return false
}

// countryAt reports whether a country's name starts at token i.
func (f *PostFinder) countryAt(ms *Mentions, i int) bool {
	m := ms.StartingAt(i, KPlace)
	return m != nil && f.g.Country(m.Key) != nil
}

// lowerField reports whether token k is a field in lower case that a
// title's "of" or "for" names (field-nouns.tsv, or a domain word of
// role-modifiers.tsv): "staff", "defence".
func (f *PostFinder) lowerField(t *Text, k int) bool {
	tok := t.Tok(k)
	return tok.IsWord() && !tok.IsCap() && f.w.namesField(tok.Text)
}

// lowerFieldOfTitle returns where the field in lower case (lowerField)
// that the "for" at k opens after a capitalised title p ends, where it
// ends the phrase (a comma, a bracket, the sentence's end): "Assistant
// Secretary General for defence matters (1984-87)"; else 0. Not after a
// verb of thanks, whose "for" says what for ("thanked the Minister for
// defence support.").
func (f *PostFinder) lowerFieldOfTitle(t *Text, p *PostPhrase, k int) int {
	if t.Norm(k) != "for" || !t.Tok(p.Core.First).IsCap() {
		return 0
	}
	le := f.lowerFieldEnd(t, k+1)
	if le == k+1 {
		return 0
	}
	if n := t.Norm(le); n != "," && n != "(" && n != ")" && n != ";" && !(n == "." && le == t.SentenceOf(k).Limit-1) {
		return 0
	}
	for j := t.SentenceOf(k).First; j < p.First; j++ {
		if f.w.gratitudeVerbs.Has(t.Norm(j)) {
			return 0
		}
	}
	return le
}

// lowerFieldEnd returns the end of the fields in lower case that start
// at token i (lowerField), joined by "and": "staff", "policy and
// planning"; or i.
func (f *PostFinder) lowerFieldEnd(t *Text, i int) int {
	end := i
	for k := i; f.lowerField(t, k) && t.SameSentence(i, k); k++ {
		end = k + 1
		if t.Norm(k+1) == "and" && f.lowerField(t, k+2) {
			k++
		}
	}
	return end
}

// bodysHeadApposed reports whether a title in lower case that starts at
// token i, its head perhaps after title words ("regional chief"), follows
// a body, or a place other than a country, whose post it names,
// the whole title in apposition: after a name and a comma, perhaps with
// "the", and ending where the item of a list ends ("General Tom Hale, the
// KFOR commander."; "Gen. Y, the ANA commander and Maj. Gen. Z"; "W, ISAF
// commander;"; "V, Ghazni governor,"); after "and" and a title, as one
// holder's second title ("Supreme Allied Commander Europe and EUCOM
// commander"); or after "the" before a comma and a name ("the ISAF
// spokesman, Brigadier General X").
func (f *PostFinder) bodysHeadApposed(t *Text, ms *Mentions, i int) bool {
	m := ms.EndingAt(i, KOrg, KPlace)
	if o := bracketedAcronymBefore(t, i); o > 0 && ms.EndingAt(o, KOrg) != nil {
		m = ms.EndingAt(o, KOrg) // "X, Kosovo Force (KFOR) commander,"
	}
	h := f.lowerTitleEnd(t, i) // "Herat provincial governor", "Afghan National Police regional chief"
	if m == nil || h < 0 || m.Kind == KPlace && f.g.Country(m.Key) != nil {
		return false
	}
	k := h + 1
	if t.Norm(k) == "of" && !t.Tok(k+1).IsCap() && f.w.fieldNouns.Has(t.Norm(k+1)) {
		k += 2 // "Admiral X, SHAPE chief of staff."
	}
	if f.determinedBody(t, m) && t.Norm(k) == "," && t.Tok(k+1).IsCapWord() && t.SameSentence(k, k+1) && !f.apposedAt(t, ms, m.First) {
		return true // before the name
	}
	if (t.Norm(k) == ":" || t.ApartDash(k)) && t.Tok(k+1).IsCapWord() && t.SameSentence(k, k+1) && !f.apposedAt(t, ms, m.First) {
		return true // "met 1st Infantry Brigade commander: Colonel X", "the NFIU commander - Colonel Y"
	}
	if t.Norm(m.First-1) == "the" && t.Tok(k).IsWord() && !t.Tok(k).IsCap() && t.Norm(k) != "of" && !f.apposedAt(t, ms, m.First) {
		return true // "The JFCBS commander also visited": its holder, named before
	}
	if !f.apposedAt(t, ms, m.First) && !(t.Norm(m.First-1) == "and" && ms.EndingAt(m.First-1, KRole) != nil) {
		return false
	}
	switch t.Norm(k) {
	case ",", ".", ";", ")":
		return true
	case "and", "or":
		return t.Tok(k + 1).IsCapWord()
	}
	return !t.SameSentence(i, k)
}

// determinedBody reports whether body mention m follows "the", a
// possessive ("NATO's Allied Land Command (LANDCOM) commander, General
// X") or opens its sentence.
func (f *PostFinder) determinedBody(t *Text, m *Mention) bool {
	n := t.Norm(m.First - 1)
	return n == "the" || n == "'s" || m.First == t.SentenceOf(m.First).First
}

// apposedAt reports whether the name that starts at token k opens an
// apposition after a comma, perhaps after "the", or after a body's name
// that does ("Colonel X, PRT Chaghcharan commander").
func (f *PostFinder) apposedAt(t *Text, ms *Mentions, k int) bool {
	if b := ms.EndingAt(k, KOrg); b != nil {
		k = b.First
	}
	if t.Norm(k-1) == "the" {
		k--
	}
	return t.Norm(k-1) == "," || t.ApartDash(k-1)
}

// afterName reports whether the owner of a title that starts at token k,
// in apposition, follows a name and its comma: "Tom Rask, the Estonian
// prime minister", not "In Tallinn, the Estonian prime minister".
func (f *PostFinder) afterName(t *Text, ms *Mentions, k int) bool {
	if t.Norm(k-1) == "the" {
		k--
	}
	j := k - 2
	return t.Tok(j).IsCapWord() && (ms.At(j) == nil || ms.At(j).Kind == KPerson)
}

// givenNameAfter reports whether a title in lower case that starts at
// token i, a few role words ending in a role's head, is followed right
// away by a name that opens with a given name (given-names.tsv) and goes
// on with another capitalised word: "deputy mayor Marcel Meurkens".
func (f *PostFinder) givenNameAfter(t *Text, ms *Mentions, i int) bool {
	for k := i; k < i+4 && t.SameSentence(i, k); k++ {
		tok := t.Tok(k)
		if !tok.IsWord() || tok.IsCap() || !f.w.roleHeads.Has(tok.Text) && !f.w.roleMods.Has(tok.Text) {
			return false
		}
		next := t.Tok(k + 1)
		if f.w.roleHeads.Has(tok.Text) && next.IsCapWord() && f.w.given.Has(next.Text) && t.Tok(k+2).IsCapWord() && ms.At(k+1) == nil {
			return true
		}
	}
	return false
}

// acronymLike reports whether a token reads as an acronym: "DGIMS",
// "SMAp" (two capitals or more, first a capital).
func acronymLike(tok Token) bool {
	upper := 0
	for _, r := range tok.Text {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return tok.IsCap() && upper >= 2 && len([]rune(tok.Text)) <= 8
}

// placedPostAcronym reads a title, then "in" and a place at k, then a
// post's acronym in brackets whose title is the title and the place's
// name ("the Supreme Allied Commander in Europe (SACEUR)"): the post the
// acronym names. It reports whether it did.
func (f *PostFinder) placedPostAcronym(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	m := ms.StartingAt(k+1, KPlace)
	if m == nil || t.Norm(m.Limit) != "(" || t.Norm(m.Limit+2) != ")" {
		return false
	}
	pe, ok := f.g.Posts[t.Tok(m.Limit+1).Text]
	if !ok || pe.Role != p.Title+" "+m.Surface {
		return false
	}
	p.Title, p.Org, p.OrgIsPlace = pe.Role, pe.Org, f.g.Country(pe.Org) != nil
	p.Acronym, p.Limit = t.Tok(m.Limit+1).Text, m.Limit+3
	return true
}

// postAcronym reads a post's acronym in brackets after the phrase:
// "(DGIMS)", kept where the gazetteer knows it, and "(SGSR WPS)".
func (f *PostFinder) postAcronym(t *Text, p *PostPhrase) {
	k := p.Limit
	if t.Norm(k) != "(" {
		return
	}
	a := k + 1
	for a < k+4 && !t.Tok(a).IsCap() && t.Tok(a).IsWord() {
		a++ // "(known as SACEUR)", "(or SACEUR)"
	}
	if pe, ok := f.g.Posts[t.Tok(a).Text]; ok && t.Norm(a+1) == ")" {
		k = a - 1
		p.Limit = k + 3
		if !strings.HasPrefix(pe.Role, p.Title) {
			return // "Deputy Supreme Allied Commander Europe (SACEUR)": another post's
		}
		p.Acronym = t.Tokens[k+1].Text
		if p.Org == "" && pe.Org != "" {
			// "the Supreme Allied Commander (SACEUR)": the post the acronym names
			p.Title, p.Org, p.OrgIsPlace = pe.Role, pe.Org, f.g.Country(pe.Org) != nil
		}
		return
	}
	for j := k + 1; j < k+4 && acronymLike(t.Tok(j)) && t.SameSentence(k, j); j++ {
		if t.Norm(j+1) == ")" {
			p.Limit = j + 2
			return
		}
	}
}

// orgAhead reports whether an organisation or a country starts at token
// i, perhaps after "the".
//
// A body the gazetteer does not know is the post's domain where no
// article stands before it or a field of government opens it ("Chief of
// Army Staff", "Chief of the Defence Force").
func (f *PostFinder) orgAhead(t *Text, ms *Mentions, i int) bool {
	j := skipThe(t, ms, i)
	article := j > i
	i = j
	m := ms.StartingAt(i, KOrg, KPlace, KDemonym)
	if m == nil {
		return false
	}
	if m.Kind == KOrg && f.g.Orgs[m.Key] == nil && (!article || f.w.roleMods.Value(t.Tokens[i].Text, 0) == "domain") {
		return false
	}
	return !f.areaField(t, m)
}

// areaField reports whether place mention m, a continent or a region
// that "and" joins to another capitalised word, is a title's field: "the
// Minister of Europe and Foreign Affairs".
func (f *PostFinder) areaField(t *Text, m *Mention) bool {
	pe := f.g.Places[m.Key]
	return m.Kind == KPlace && pe != nil && (pe.Kind == natokg.Continent || pe.Kind == natokg.Region) && t.Norm(m.Limit) == "and" && t.Tok(m.Limit+1).IsCapWord()
}

// domainEnd returns the end of the domain of a post that starts at token
// i ("Security Policy", "Foreign Affairs and European Integration", "the
// Southern Neighbourhood"), or i: capitalised words joined by "and",
// "of", commas and "the", stopping before a person's name.
func (f *PostFinder) domainEnd(t *Text, ms *Mentions, i int) int {
	end := i
	for k := i; k < len(t.Tokens) && t.SameSentence(i, k); k++ {
		tok := t.Tokens[k]
		m := ms.At(k)
		if m != nil && !f.inDomain(m, k > i || t.Norm(i-1) != "of" && t.Norm(i-1) != "for") {
			break
		}
		if m != nil && k == i && m.Kind == KPlace && t.Norm(i-1) == "of" && !f.areaField(t, m) {
			break // "Governor of Limburg", "Mayor of Bydgoszcz": the place whose post it is; but "Minister of Europe and Foreign Affairs"
		}
		if m != nil && m.First == k && m.Limit > k+1 {
			end, k = m.Limit, m.Limit-1 // the whole of a mention the domain takes: "of Army Staff"
			continue
		}
		if tok.IsCapWord() {
			if k > i && f.nameStarts(t, ms, k) {
				break
			}
			end = k + 1
			continue
		}
		if tok.Norm == "to" && k > i && f.fieldWordAt(t, k-1) && f.fieldWordAt(t, k+1) && ms.At(k+1) == nil {
			continue // "Support to Operations": fields on both sides
		}
		if next := t.Tok(k + 1); tok.Norm == "-" && !tok.SpaceBefore && end == k && next.IsWord() && !next.SpaceBefore {
			end, k = k+2, k+1 // "for Coordination and Follow-up": a word in capitals joined to one in lower case
			continue
		}
		if (tok.Norm == "the" && k == i || tok.Norm == "and" || tok.Norm == "of" || tok.Norm == "," || tok.Norm == "-" && !tok.SpaceBefore) &&
			t.Tok(k+1).IsCapWord() && (ms.At(k+1) == nil || f.inDomain(ms.At(k+1), true)) {
			if tok.Norm == "," && !f.listGoesOn(t, k) || tok.Norm == "and" && f.startsTitle(t, ms, k+1) {
				break // "for Religious Affairs and Minister of Culture": a second title
			}
			continue
		}
		break
	}
	return f.nameAtDomainEnd(t, ms, i, end)
}

// fieldWordAt reports whether token k is a field's word in capitals
// (field-nouns.tsv, or a domain word of role-modifiers.tsv).
func (f *PostFinder) fieldWordAt(t *Text, k int) bool {
	tok := t.Tok(k)
	return tok.IsCapWord() && f.w.namesField(tok.Text)
}

// nameAtDomainEnd returns where a domain that ends at end really ends
// when its last two words are the holder's name in a list of titles and
// names: "State Secretary for Foreign Affairs Andrejs Pildegovičs, State
// Secretary for Defence Jānis Garisons". The two words must be no words
// of titles, bodies or places, and a title must follow the comma.
func (f *PostFinder) nameAtDomainEnd(t *Text, ms *Mentions, i, end int) int {
	if end-i < 3 || t.Norm(end) != "," && t.Norm(end) != "and" || !f.startsTitle(t, ms, end+1) {
		return end
	}
	if !f.plainWord(t, ms, end-2) || !f.plainWord(t, ms, end-1) {
		return end
	}
	return end - 2
}

// inDomain reports whether mention m may stand inside a post's domain:
// a role, a place that is not a country ("for the Southern
// Neighbourhood"), a named policy ("for the Common Foreign and Security
// Policy"), and past the first word a demonym ("of Foreign and European
// Affairs").
func (f *PostFinder) inDomain(m *Mention, inside bool) bool {
	switch m.Kind {
	case KRole, KDoc:
		return true
	case KOrg:
		// A body read by its head only, opened by a field of government:
		// "Chief of Army Staff", not "Director of Zagreb Centre for Media
		// Literacy" nor a body with a seat, "President of Air University".
		return !inside && f.g.Orgs[m.Key] == nil && f.w.roleMods.Value(firstWord(m.Surface), 0) == "domain" && !f.seatedName(m.Surface)
	case KPlace:
		return f.g.Country(m.Key) == nil
	case KDemonym:
		return inside
	}
	return false
}

// seatedName reports whether the last head of a body in name
// (org-heads.tsv) is that of a body with a seat one visits: "Combined
// Air Operations Centre Uedem" by its Centre.
func (f *PostFinder) seatedName(name string) bool {
	words := strings.Fields(name)
	for k := len(words) - 1; k >= 0; k-- {
		if e, ok := f.w.orgHeads.Lookup(words[k]); ok {
			return e.Value(1) == "yes"
		}
	}
	return false
}

// capitalTitle writes a title found in lower case as titles are
// written: each role word capitalised, the small words between them not
// ("deputy mayor" is "Deputy Mayor", "minister of defence" is "Minister
// of Defence").
func (f *PostFinder) capitalTitle(title string) string {
	words := strings.Fields(title)
	for k, w := range words {
		if k == 0 || !f.w.connectors.Has(strings.ToLower(w)) && !f.w.determiners.Has(strings.ToLower(w)) {
			words[k] = upperFirst(w)
		}
	}
	return strings.Join(words, " ")
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// lastWordOf returns the last word of s.
func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// listGoesOn reports whether the comma at k is inside a domain such as
// "Innovation, Hybrid and Cyber": an "and" follows within a few
// capitalised words.
func (f *PostFinder) listGoesOn(t *Text, k int) bool {
	for j := k + 1; j < len(t.Tokens) && j < k+5; j++ {
		if t.Norm(j) == "and" {
			return true
		}
		if !t.Tokens[j].IsCapWord() {
			return false
		}
	}
	return false
}

// nameStarts reports whether a person's name starts at token k: a given
// name followed by another capitalised word, not a word of a title.
func (f *PostFinder) nameStarts(t *Text, ms *Mentions, k int) bool {
	tok := t.Tokens[k]
	if f.w.roleMods.Has(tok.Text) || f.w.roleHeads.Has(tok.Text) {
		return false
	}
	if f.w.roleMods.Value(t.Tok(k-1).Text, 0) == "domain" {
		n := 0
		for n < 5 && f.plainWord(t, ms, k+n) && !f.w.namesField(t.Tok(k+n).Text) {
			n++
		}
		if (n == 2 || n > 2 && n <= 4 && f.w.fieldNouns.Has(t.Tok(k-1).Text)) && !t.Tok(k+n).IsCapWord() && !joinedAt(t, k+n) {
			return true // "of Foreign Affairs Arnoldas Pranckevičius", "for Foreign Affairs Thordis Kolbrun Reykfjord Gylfadottir": two words no title, body or field has, after a field's word; three or four after a field's noun
		}
	}
	if joinedAt(t, k+1) && t.Tok(k+2).IsCapWord() {
		k += 2 // a given name of two joined by a hyphen: "Jean-François Bureau"
	}
	next := ms.At(k + 1)
	return f.w.given.Has(tok.Text) && t.Tok(k+1).IsCapWord() && (next == nil || next.Kind == KPlace && next.Len() == 1) // "Lloyd Austin"
}

// joinedAt reports whether token k is a hyphen that joins the words on
// its two sides ("Jean-François").
func joinedAt(t *Text, k int) bool {
	return t.Norm(k) == "-" && !t.Tok(k).SpaceBefore && !t.Tok(k+1).SpaceBefore
}

// plainWord reports whether token k is a capitalised word that no word
// list or mention gives a part in titles, bodies or places.
func (f *PostFinder) plainWord(t *Text, ms *Mentions, k int) bool {
	w := t.Tok(k).Text
	return t.Tok(k).IsCapWord() && ms.At(k) == nil && !f.w.roleMods.Has(w) && !f.w.roleHeads.Has(w) && !f.w.orgHeads.Has(w) && !f.w.placeHeads.Has(w)
}

// orgAfter reads the organisation or country after "of" or "at" at k:
// "of the NATO Military Committee", "of Iceland", "at the Norwegian
// Ministry of Foreign Affairs", "of NATO's Resolute Support Mission".
func (f *PostFinder) orgAfter(t *Text, ms *Mentions, p *PostPhrase, k int) {
	j := skipThe(t, ms, k+1)
	if tok := t.Tok(j); tok.IsWord() && !tok.IsCap() && ms.StartingAt(j+1, KOrg) != nil {
		j++ // "member of the tripartite Presidency of Bosnia and Herzegovina"
	}
	if key := f.bareHeadBody(t, ms, j); key != "" {
		p.Org, p.OrgIsPlace, p.Limit = key, false, j+1 // "the President of the Council": the Council on Foreign Relations named before
		return
	}
	m := ms.StartingAt(j, KOrg, KPlace, KDemonym, KShip)
	if m == nil {
		return
	}
	if t.Norm(m.Limit) == "-" && !t.Tok(m.Limit).SpaceBefore && t.Tok(m.Limit+1).IsWord() && !t.Tok(m.Limit+1).IsCap() {
		if m2 := ms.StartingAt(m.Limit+2, KOrg); m2 != nil {
			m = m2 // "Commander of the NATO-led International Security Assistance Force"
		}
	}
	if t.Norm(m.Limit) == "'s" {
		if m2 := ms.StartingAt(pastLowerWord(t, m.Limit+1), KOrg); m2 != nil {
			if whole := m.Key + " " + t.Surface(m2.First, m2.Limit); f.g.Orgs[whole] != nil {
				p.Org, p.OrgIsPlace, p.Limit = whole, false, m2.Limit // "of the European Union's Military Committee"
				return
			}
			m = m2 // "President of Pakistan's National Defence University"
		}
	}
	if m2 := ms.StartingAt(m.Limit, KOrg); m.Kind == KOrg && m2 != nil && f.g.partOf(m2.Key, m.Key) {
		m = m2 // "Permanent Chairman of the Alliance Conference of National Armaments Directors": the parent's name as a modifier
	}
	switch m.Kind {
	case KShip:
		p.Org, p.OrgIsPlace = shipNamed(ms, m), false // "the Commanding Officer of HMS Duncan": a ship's crew is a body
	case KOrg:
		p.Org, p.OrgIsPlace = m.Key, false
		if whole := f.bodyOfKnownBody(t, ms, m); whole != nil {
			p.Org, m = t.Surface(m.First, whole.Limit), whole
		}
	case KPlace, KDemonym:
		p.Org, p.OrgIsPlace = m.Key, true // "of Iceland", "Mayor of Bydgoszcz"
		if owner := f.venueOwner(m.Key); owner != "" && t.Norm(k) == "at" {
			p.Org, p.OrgIsPlace = owner, false // "at NATO Headquarters": a post of NATO's
		}
	default:
		return
	}
	p.Limit = f.skipAcronym(t, ms, m.Limit)
	if n := f.bodysForces(t, p.Limit); m.Kind == KOrg && n > 0 {
		p.Limit += n // "the Commander of ISAF forces General David Petraeus": the body's forces are the body
		if f.w.missionHeads.Has(t.Norm(p.Limit - 1)) {
			return // "the commander of the NATO-led ISAF mission in Afghanistan": the place is the mission's, no seat of the post
		}
	}
	town := ms.StartingAt(p.Limit+1, KPlace)
	if n := t.Norm(p.Limit); town == nil || n != "at" && n != "in" {
		return
	}
	seated := ""
	if m.Kind == KOrg {
		seated = f.seatedBody(t, m, town)
	}
	if seated != "" {
		p.Org, p.Limit = seated, town.Limit // "Commander of NATO's Combined Air Operations Centre at Torrejón": CAOC Torrejón; "Deputy Commander of Joint Forces Command in Naples": JFC Naples
	} else if t.Norm(p.Limit) == "in" {
		p.Limit = town.Limit // "BODY in TOWN" the recognizer keys already as the body of that seat (seatNamed)
	}
}

// bodysForces returns how many tokens from k, after a body named in a
// title's complement, are a noun of troops in lower case (force-nouns.tsv)
// or a mission's head (mission-heads.tsv), perhaps after one word in lower case,
// that the holder's rank or the phrase's end follows: the body's forces
// or mission, which are the body ("the Commander of ISAF forces General
// X", "the commander of the NRF relief mission, Vice Admiral X"); else 0.
func (f *PostFinder) bodysForces(t *Text, k int) int {
	n := 1
	if tok := t.Tok(k); tok.IsWord() && !tok.IsCap() && f.w.missionHeads.Has(t.Norm(k+1)) && !t.Tok(k+1).IsCap() {
		n = 2 // "the NRF relief mission"
	} else if tok.IsCap() || !f.w.forceNouns.Has(tok.Norm) && !f.w.missionHeads.Has(tok.Norm) {
		return 0
	}
	if !t.SameSentence(k-1, k+n-1) {
		return 0
	}
	if next := t.Norm(k + n); next == "," || next == "." || next == "(" || next == "in" || t.Tok(k+n).IsCapWord() {
		return n // "the commander of the NATO-led ISAF mission in Afghanistan"
	}
	return 0
}

// bareHeadBody returns the body a post's "of the HEAD" names by its head
// word alone, capitalised or not, where no name goes on after it: the
// body named last before it whose name has that word ("the Council on
// Foreign Relations ... the President of the Council", "the University
// of Chicago Booth School of Business ... the Dean of the school");
// else "". A known body of that bare name is itself.
func (f *PostFinder) bareHeadBody(t *Text, ms *Mentions, j int) string {
	head := upperFirst(t.Norm(j))
	if t.Norm(j-1) != "the" || !t.Tok(j).IsWord() || !f.w.orgHeads.Has(head) || t.Tok(j+1).IsCapWord() {
		return ""
	}
	if n := t.Norm(j + 1); n == "of" || n == "for" || n == "on" || n == "'s" {
		return ""
	}
	if m := ms.At(j); m != nil && (m.First != j || m.Limit != j+1 || f.g.Orgs[m.Key] != nil) {
		return ""
	}
	return lastBodyWith(t, ms, j-1, head)
}

// hasHead reports whether one of the words of name is head, a word that
// heads a body: "Council on Foreign Relations" has "Council", "University
// of Chicago Booth School of Business" has "University" and "School".
func hasHead(name, head string) bool {
	for _, tok := range tokenizeForm(name) {
		if tok.Text == head {
			return true
		}
	}
	return false
}

// venueOwner returns the known body whose name opens the name of the
// building key ("NATO Headquarters" is NATO's), or "".
func (f *PostFinder) venueOwner(key string) string {
	toks := tokenizeForm(key)
	for n := len(toks) - 1; n > 0; n-- {
		if org := f.g.knownOrg(toks[:n]); org != "" {
			return org
		}
	}
	return ""
}

// bodyOfKnownBody returns the known body whose part the unknown body m
// is named as, right after it: the post is of the part, named with the
// whole ("Chairman of the National Defence Committee of the Riigikogu",
// "Vice-Chair of the Gender Equality Commission of the Council of
// Europe"). A body joined on by a hyphen ("of the NATO-led Kosovo Force")
// names no such whole.
func (f *PostFinder) bodyOfKnownBody(t *Text, ms *Mentions, m *Mention) *Mention {
	if f.g.Orgs[m.Key] != nil || t.Norm(m.Limit) != "of" {
		return nil
	}
	m2 := ms.StartingAt(skipThe(t, ms, m.Limit+1), KOrg)
	if m2 == nil || f.g.Orgs[m2.Key] == nil || t.Norm(m2.Limit) == "-" {
		return nil
	}
	return m2
}

// fieldAfterBody reads a title's field written after its country or
// body: "the State Minister of Poland for Digital Affairs".
func (f *PostFinder) fieldAfterBody(t *Text, ms *Mentions, p *PostPhrase) {
	if p.Org == "" || t.Norm(p.Limit) != "for" || ms.At(p.Limit+1) != nil {
		return
	}
	if e := f.domainEnd(t, ms, p.Limit+1); e > p.Limit+1 {
		p.Domains = append(p.Domains, Span{p.Limit, e})
		p.Title += " " + t.Surface(p.Limit, e)
		p.Limit = e
	}
}

// accreditedTo reads the country or the body a post of another country is
// held at: "the Deputy Ambassador of Germany to Estonia", "the Permanent
// Representative of Norway on the North Atlantic Council".
func (f *PostFinder) accreditedTo(t *Text, ms *Mentions, p *PostPhrase) {
	if n := t.Norm(p.Limit); !p.OrgIsPlace || n != "to" && n != "on" {
		return
	}
	m := ms.StartingAt(skipThe(t, ms, p.Limit+1), KPlace, KOrg)
	if m == nil || m.Kind != KOrg && (f.g.Country(m.Key) == nil || t.Norm(p.Limit) != "to") {
		return
	}
	if !f.standingAt(p, m) {
		p.Title += " " + t.Norm(p.Limit) + " " + m.Surface // "the Ambassador of Germany to NATO", "the Military Representative of Norway on the Military Committee"
	}
	p.Limit = m.Limit
}

// standingTo returns where the body ends that a country's standing
// representation is held at, named after "to" at token k, which the
// title leaves out, as it does after "of COUNTRY", once a country owns
// the post: "the Netherlands' Permanent Representative to NATO" is the
// Netherlands' Permanent Representative; or k.
func (f *PostFinder) standingTo(t *Text, ms *Mentions, p *PostPhrase, k int) int {
	if m := ms.StartingAt(skipThe(t, ms, k+1), KOrg, KPlace); m != nil && p.OrgIsPlace && f.standingAt(p, m) {
		return m.Limit
	}
	return k
}

// bodyAfterIn reports whether "in" at token k names the body a post is
// held in, where no body or only a country's adjective comes before:
// "State Secretary in the Ministry of Defence", "the German State
// Secretary in the Federal Ministry of Defence".
func (f *PostFinder) bodyAfterIn(t *Text, ms *Mentions, p *PostPhrase, k int) bool {
	return (p.Org == "" || p.OrgIsPlace) && ms.StartingAt(skipThe(t, ms, k+1), KOrg) != nil
}

// standingAt reports whether post p is a country's standing
// representation at an organisation (kind permanent in roles.tsv), whose
// title does not name the body it sits on: "the Permanent Representative
// of Italy to the North Atlantic Council" is Italy's Permanent
// Representative.
func (f *PostFinder) standingAt(p *PostPhrase, m *Mention) bool {
	r := f.g.Roles[cmp.Or(p.RoleKey, p.CoreTitle, p.Title)]
	return m.Kind == KOrg && r != nil && r.Kind == "permanent"
}

// secondBody reads a second body of the same title after the first:
// "Commander of Naval Striking and Support Forces NATO and of the US 6th
// Fleet".
func (f *PostFinder) secondBody(t *Text, ms *Mentions, p *PostPhrase) {
	if p.Org == "" || t.Norm(p.Limit) != "and" || t.Norm(p.Limit+1) != "of" {
		return
	}
	q := PostPhrase{Span: p.Span, Core: p.Core, Title: p.Title, CoreTitle: p.CoreTitle, Former: p.Former}
	f.orgAfter(t, ms, &q, p.Limit+1)
	if q.Org == "" {
		return
	}
	p.Limit = q.Limit
	p.Also = append(p.Also, q)
}

// bareSecondBody reads a second body joined to the first by "and" alone,
// where it closes the post's phrase: "Commander of US Naval Forces Europe
// and US Naval Forces Africa." ("and NATO Secretary General X" goes on,
// so it is no body of this post).
func (f *PostFinder) bareSecondBody(t *Text, ms *Mentions, p *PostPhrase) {
	if p.Org == "" || p.OrgIsPlace || t.Norm(p.Limit) != "and" {
		return
	}
	m := ms.StartingAt(p.Limit+1, KOrg)
	if m == nil || m.Kind != KOrg || !f.phraseEnds(t, m.Limit) && !f.bodyBeforeVerb(t, ms, m) {
		return // but "General X, commander Resolute Support Mission and United States Forces - Afghanistan visited": before the verb
	}
	q := PostPhrase{Span: p.Span, Core: p.Core, Title: p.Title, CoreTitle: p.CoreTitle, Former: p.Former, Org: m.Key}
	q.Limit = m.Limit
	p.Limit = m.Limit
	p.Also = append(p.Also, q)
}

// bodyBeforeVerb reports whether body mention m, after "and", is
// followed by a verb (past its acronym): a second body of the title
// before it ("commander Resolute Support Mission and United States Forces
// - Afghanistan visited"), not the service of a holder whose rank follows
// ("... and Royal Danish Navy Commodore X").
func (f *PostFinder) bodyBeforeVerb(t *Text, ms *Mentions, m *Mention) bool {
	k := f.skipAcronym(t, ms, m.Limit)
	tok := t.Tok(k)
	return k < len(t.Tokens) && t.SameSentence(k-1, k) && tok.IsWord() && !tok.IsCap() && f.verbLike(tok)
}

// phraseEnds reports whether token k closes a phrase: a comma, a stop,
// a semicolon, a bracket or the text's end.
func (f *PostFinder) phraseEnds(t *Text, k int) bool {
	if k >= len(t.Tokens) {
		return true
	}
	n := t.Norm(k)
	return n == "," || n == "." || n == ";" || n == "(" || n == ")"
}

// skipAcronym skips an organisation's acronym in brackets after k
// ("(ISAF)", "(NTM-A)") or its seat ("the Allied Land Command (Izmir)");
// a post's acronym is kept for the post.
func (f *PostFinder) skipAcronym(t *Text, ms *Mentions, k int) int {
	if m := ms.StartingAt(k+1, KPlace); t.Norm(k) == "(" && m != nil && t.Norm(m.Limit) == ")" {
		return m.Limit + 1
	}
	if t.Norm(k) != "(" || !t.Tok(k+1).IsUpper() {
		return k
	}
	if _, post := f.g.Posts[t.Tokens[k+1].Text]; post {
		return k
	}
	for e := k + 2; e < len(t.Tokens) && e < k+6; e++ {
		if t.Norm(e) == ")" {
			return e + 1
		}
		if !t.Tokens[e].IsCapWord() && !t.Tokens[e].IsUpper() && t.Norm(e) != "-" {
			break
		}
	}
	return k
}

// listOrg gives a post of a list its predecessor's organisation: "the
// United Nations Under-Secretary-General for X, Mr A, and the
// Under-Secretary-General for Y, Ms B"; a body's officials ("the General
// Manager of the Agency, Mr A, and the Chief of Staff, General B").
func (f *PostFinder) listOrg(t *Text, prev []PostPhrase, p PostPhrase) (string, bool) {
	if len(prev) == 0 {
		return "", false
	}
	q := prev[len(prev)-1]
	if q.Org == "" || q.Implied || p.First-q.Limit > 25 || !t.SameSentence(q.First, p.First) {
		return "", false
	}
	if p.National && q.National && q.OrgIsPlace && listedAfter(t, q.Limit, p.First) {
		return q.Org, true // "the President of Poland, Mr A, and the Prime Minister, Mr B"; not "X, former US Secretary of State, will meet Foreign Minister Y"
	}
	if q.OrgIsPlace && t.Norm(p.First-1) == "and" && f.nameBetween(t, q.Limit, p.First-1) {
		return q.Org, true // "Afghan President Ashraf Ghani and Chief Executive Abdullah Abdullah"
	}
	j := p.First
	for f.w.status(t, j-1) {
		j-- // "and the incoming Senior Civilian Representative"
	}
	same := t.Surface(q.Core.First, q.Core.Limit) == t.Surface(p.Core.First, p.Core.Limit)
	if t.Norm(j-1) != "the" || t.Norm(j-2) != "and" || p.First-q.Limit > 14 && !same {
		return "", false
	}
	if same || !p.National && !q.National && !q.OrgIsPlace && !f.parentsPost(p, q.Org) {
		// "the Under-Secretary-General for X, Mr A, and the Under-Secretary-General for Y";
		// "the General Manager of the Agency, Mr A, and the Chief of Staff, General B"
		return q.Org, q.OrgIsPlace
	}
	return "", false
}

// parentsPost reports whether post p, listed after a post of body, is a
// post of a body above it, the one body the gazetteer's posts give p's
// title: "the Chairman of the NATO Military Committee, General A, and
// the Assistant Secretary General for Operations, Ambassador B": B's
// post is NATO's, not the Committee's.
func (f *PostFinder) parentsPost(p PostPhrase, body string) bool {
	home := ""
	for _, pe := range f.g.Posts {
		if pe.Org != "" && pe.Org != home && (pe.Role == p.Title || pe.Role == p.CoreTitle || pe.Role == p.RoleKey) {
			if home != "" {
				return false
			}
			home = pe.Org
		}
	}
	for o := f.g.Orgs[body]; home != "" && o != nil && o.Parent != ""; o = f.g.Orgs[o.Parent] {
		if o.Parent == home {
			return true
		}
	}
	return false
}

// fullerTitle gives post p, which is no national office and names no
// organisation, the title and the stated organisation of the last post
// before it whose title opens with p's and goes on with its field: after
// "took office as NATO's Special Representative for Women, Peace and
// Security", "who served as Special Representative" is that post, NATO's,
// not one of another body the release names. (The same title alone says
// nothing: after "OSCE Secretary General X", "the Secretary General" of a
// NATO release is NATO's.)
func (f *PostFinder) fullerTitle(prev []PostPhrase, p PostPhrase) PostPhrase {
	for k := len(prev) - 1; k >= 0 && !p.National; k-- {
		q := prev[k]
		if q.Org == "" || q.Implied || q.National {
			continue
		}
		if rest, ok := strings.CutPrefix(q.Title, p.Title); ok && (strings.HasPrefix(rest, " for ") || strings.HasPrefix(rest, " on ")) {
			p.Title, p.Org, p.OrgIsPlace, p.Implied = q.Title, q.Org, q.OrgIsPlace, true
			return p
		}
	}
	return p
}

// successorOrg returns the stated organisation of an earlier post of
// p's title in p's sentence, for a post that is no national office, not
// an outgoing holder's, and names none: "who has served as DIANA's
// interim Managing Director, handed over to the incoming Managing
// Director, Professor X" is DIANA's. An interim or acting holder's title
// is the same title. An outgoing holder's post of the title, the
// nearest before, gives its organisation, whatever gave it: the post
// the incoming holder takes up.
func (f *PostFinder) successorOrg(t *Text, prev []PostPhrase, p PostPhrase) (string, bool) {
	for k := len(prev) - 1; k >= 0 && !p.National && !p.Former && t.SameSentence(prev[k].First, p.First); k-- {
		q := prev[k]
		if q.Former && q.Title == p.Title {
			return q.Org, q.OrgIsPlace // "the Commander of Allied Air Command ... received the flag from outgoing Commander X, to hand it over to the incoming Commander Y": X's post is Y's, not the presiding Commander's
		}
		title := q.Title
		if w, rest, ok := strings.Cut(title, " "); ok && f.lowerTitleWord(strings.ToLower(w)) {
			title = rest // "Interim Managing Director"
		}
		if q.Org != "" && !q.Implied && title == p.Title {
			return q.Org, q.OrgIsPlace
		}
	}
	return "", false
}

// paragraphCountry returns the country stated for the last national
// office p's paragraph names before p, for a national office nothing
// else gives a country: "General X was received in Bucharest by the
// Romanian Minister of National Defence, Mr A. ... Later, the Chief of
// the General Staff, General B, ..." is Romania's.
func (f *PostFinder) paragraphCountry(t *Text, prev []PostPhrase, p PostPhrase) string {
	here := t.SentenceOf(p.First)
	for k := len(prev) - 1; k >= 0 && p.National; k-- {
		q := prev[k]
		if there := t.SentenceOf(q.First); there != here && !t.SameParagraph(there, here) {
			break
		}
		if q.National && q.OrgIsPlace && !q.Implied && q.Org != "" {
			return q.Org
		}
	}
	return ""
}

// listedAfter reports whether tokens [a, b) only go on a list: names
// and titles in capitals, commas, brackets, "and" and "the", with no
// word of a clause of its own between two items.
func listedAfter(t *Text, a, b int) bool {
	for k := a; k < b; k++ {
		tok := t.Tok(k)
		if tok.IsCap() || !tok.IsWord() && tok.Norm != "\"" {
			continue
		}
		if n := tok.Norm; n != "and" && n != "the" && n != "of" {
			return false
		}
	}
	return true
}

// ownCountry reports whether mention m stands inside one of the post
// phrases earlier whose own words give its organisation or country.
func ownCountry(earlier []PostPhrase, m *Mention) bool {
	for _, q := range earlier {
		if q.Org != "" && !q.Implied && q.First <= m.First && m.Limit <= q.Limit {
			return true
		}
	}
	return false
}

// headlineCountry is the one country the release's title gives a
// national office of the same title as post p, which names none: after
// "NATO Secretary General meets Norwegian Prime Minister in Oslo", the
// body's "Prime Minister Jonas Gahr Støre" is Norway's; or "" where the
// title gives that office no country, or two.
func (f *PostFinder) headlineCountry(t *Text, prev []PostPhrase, p PostPhrase) string {
	if !p.National || len(t.Tokens) == 0 {
		return ""
	}
	head, found := t.SentenceOf(0), ""
	for _, q := range prev {
		if t.SentenceOf(q.First) != head {
			break
		}
		if !q.National || !q.OrgIsPlace || q.Implied || q.Org == "" || q.RoleKey != p.RoleKey {
			continue
		}
		if found != "" && found != q.Org {
			return ""
		}
		found = q.Org
	}
	return found
}

// publisherCountry returns the country that the publisher's name names
// or whose demonym it opens with ("Lithuania Ministry of Defence",
// "Finnish Defence Forces"), or "".
func (f *PostFinder) publisherCountry(publisher string) string {
	toks := tokenizeForm(publisher)
	for i := range toks {
		if c := f.g.demonymAt(toks, i); c != "" {
			return c
		}
		if e, _ := f.g.placeAt(toks, i, func(key string, _ int) bool { return f.g.Country(key) != nil }); e != nil {
			return e.key
		}
	}
	return ""
}

// ancestorsPost returns the body above body org, or org itself, that the
// gazetteer's posts give a post of that title, nearest first; org where
// none has one: in a release of the Joint Warfare Centre, "Secretary
// General X" is NATO's Secretary General, "the Director" the Centre's.
func (f *PostFinder) ancestorsPost(org, title string) string {
	for a, n := org, 0; a != "" && n < 6; n++ {
		for _, pe := range f.g.Posts {
			if pe.Role == title && pe.Org == a {
				return a
			}
		}
		o := f.g.Orgs[a]
		if o == nil {
			break
		}
		a = o.Parent
	}
	return org
}

// seatedBody returns the body the gazetteer knows by the name of body
// mention m and the name of the town after it ("the Combined Air
// Operations Centre at Torrejón", "Joint Forces Command in Naples"), or
// "".
func (f *PostFinder) seatedBody(t *Text, m *Mention, town *Mention) string {
	if f.g.Orgs[m.Key+" "+town.Key] != nil {
		return m.Key + " " + town.Key
	}
	return f.g.knownOrgJoined(t.Tokens[m.First:m.Limit], t.Tokens[town.First:town.Limit])
}

// knownBody returns the one body the gazetteer's posts give the title
// of a post that leads a body of its own, so that one person at a time
// holds it ("Supreme Allied Commander Transformation": NATO's, leading
// Allied Command Transformation); or "" where they give it none or
// several, or the title is held in many bodies ("Chief of Staff").
func (f *PostFinder) knownBody(title string) string {
	body := ""
	for _, pe := range f.g.Posts {
		if pe.Role != title || pe.Org == "" || pe.Leads == "" {
			continue
		}
		if body != "" && body != pe.Org {
			return ""
		}
		body = pe.Org
	}
	return body
}

// defaultOrg is the organisation of a post the text names without one:
// the publisher's, where the publisher has a post of that title
// ("Secretary General" in a NATO release); for a national office, the
// last country its sentence names before it, a country's possessive
// right after it, the country the release is about, else the country of
// the place the sentence before says someone went to, else the one
// country its sentence names, else the dateline's country that the
// release names too (ctx.HostCountry).
func (f *PostFinder) defaultOrg(t *Text, ms *Mentions, p PostPhrase, ctx PostContext) (string, bool) {
	if town := f.townVisitedBefore(t, ms, p); town != "" {
		return town, true // "visited Gjilan Municipality and met the Mayor, Mr X": Gjilan's
	}
	if town := f.seatAfter(t, ms, p); town != "" {
		return town, true // "with Provincial Governor X in the streets of Ghazni": Ghazni's
	}
	if town := f.datelineSeat(p, ctx.Dateline); town != "" {
		return town, true // "GJILAN, Kosovo – ... the Mayor of the municipality, Mr X": Gjilan's
	}
	if p.National {
		if c := f.countryBefore(t, ms, p, ctx.Dateline, ctx.earlier); c != "" {
			return c, true
		}
		if c := f.countryAfter(t, ms, p); c != "" {
			return c, true
		}
		if c := f.townAfterCountry(t, ms, p); c != "" {
			return c, true // "is meeting Chancellor X in Berlin", in a release that names Germany
		}
		if c := f.sceneCountry(t, ms, p); c != "" {
			return c, true // "In Stockholm on Tuesday, he will meet ... He will also meet Foreign Minister X"
		}
		// Not a visit to the publisher's seat, where visitors come from every country.
		if c := f.countryTravelledTo(t, ms, p, f.g.SeatTown(ctx.Publisher)); c != "" {
			return c, true // "... visited Wellington, New Zealand. He also met Defence Minister X"
		}
		if ctx.MainCountry != "" {
			return ctx.MainCountry, true
		}
		if c := f.countryVisited(t, ms, p, ctx.Dateline); c != "" {
			return c, true
		}
		if c := f.soleCountry(t, ms, p); c != "" {
			return c, true // "met President X to discuss NATO's support for Ukraine", in a release of many countries
		}
		if ctx.HostCountry != "" {
			return ctx.HostCountry, true
		}
		c := f.publisherCountry(ctx.Publisher) // "Vice Minister of Defence X" in a release of the "Lithuania Ministry of Defence"
		return c, c != ""
	}
	orgs, held := map[string]bool{}, f.heldTitle(p.Title)
	for _, pe := range f.g.Posts {
		if pe.Role != p.Title && pe.Role != p.CoreTitle && pe.Role != p.RoleKey && pe.Role != held || pe.Org == "" {
			continue
		}
		if ctx.Publisher != "" && pe.Org == ctx.Publisher {
			return ctx.Publisher, false // "the Secretary General": NATO's
		}
		orgs[pe.Org] = true
	}
	if len(orgs) == 0 {
		orgs = f.postsOpenedBy(p.Title) // "Supreme Allied Commander General X": SACEUR or SACT, NATO's either way
	}
	if len(orgs) == 1 {
		for o := range orgs {
			if f.g.Country(o) != nil || named(ms, o) {
				return o, f.g.Country(o) != nil // "Supreme Allied Commander Europe": NATO's
			}
		}
	}
	body := f.soleOffice(t, ms, p)
	if f.changingHolder(t, p) && statedBefore(t, ctx.earlier, p, body) {
		return "", false // "the Commander of Allied Air Command, General X, received the flag from outgoing Commander Y": Y's post is not X's
	}
	return body, false
}

// ledBody returns the body named right before a verb of office
// (office-verbs.tsv) and "by the" that open post p: "the senior officers
// of the Joint Warfare Centre, led by the Director, X" names the Centre's
// Director; or "".
func (f *PostFinder) ledBody(t *Text, ms *Mentions, p PostPhrase) string {
	k := p.First - 1
	if t.Norm(k) != "the" || t.Norm(k-1) != "by" || !f.w.officeVerbs.Has(t.Norm(k-2)) {
		return ""
	}
	k -= 2
	if t.Norm(k-1) == "," {
		k--
	}
	if m := ms.EndingAt(k, KOrg); m != nil && t.SameSentence(m.First, p.First) {
		return m.Key
	}
	return ""
}

// postsOpenedBy returns the bodies of the posts (posts.tsv) whose titles
// open with title, a title of three words or more that leaves out the
// last words of theirs: "Supreme Allied Commander" opens "Supreme Allied
// Commander Europe" and "Supreme Allied Commander Transformation", both
// NATO's.
func (f *PostFinder) postsOpenedBy(title string) map[string]bool {
	orgs := map[string]bool{}
	if strings.Count(title, " ") < 2 {
		return orgs
	}
	for _, pe := range f.g.Posts {
		if strings.HasPrefix(pe.Role, title+" ") && pe.Org != "" {
			orgs[pe.Org] = true
		}
	}
	return orgs
}

// changingHolder reports whether a status word in lower case stands
// before post p's title ("outgoing", "incoming", "new"): its holder
// leaves or takes up the post.
func (f *PostFinder) changingHolder(t *Text, p PostPhrase) bool {
	for k := p.Core.First - 1; k >= p.Core.First-3 && k >= 0; k-- {
		if f.w.status(t, k) {
			return true
		}
		if t.Norm(k) != "the" {
			return false
		}
	}
	return false
}

// statedBefore reports whether an earlier post of earlier, in p's
// sentence, states p's title in body: another holder's post.
func statedBefore(t *Text, earlier []PostPhrase, p PostPhrase, body string) bool {
	for _, q := range earlier {
		if q.Org == body && !q.Implied && q.Title == p.Title && t.SameSentence(q.First, p.First) {
			return true
		}
	}
	return false
}

// named reports whether the text names the body of that key: the one
// body the gazetteer gives a title as common as "Chief of Staff"
// (SHAPE's) is the post's only where the release speaks of it.
func named(ms *Mentions, key string) bool {
	for _, m := range ms.List {
		if m.Kind == KOrg && m.Key == key {
			return true
		}
	}
	return false
}

// countryAfterThe returns where a country named after "the" at token i
// ends ("the United States", "the Czech Republic"), or 0.
func (f *PostFinder) countryAfterThe(t *Text, ms *Mentions, i int) int {
	if t.Norm(i) != "the" {
		return 0
	}
	if m := ms.StartingAt(i+1, KPlace); m != nil && f.g.Country(m.Key) != nil {
		return m.Limit
	}
	return 0
}

// heldTitle returns the title an acting or interim holder stands in for
// ("Acting Deputy Secretary General" is the Deputy Secretary General's
// post, held for a time), or "" where title names no such holder.
func (f *PostFinder) heldTitle(title string) string {
	if w, rest, ok := strings.Cut(title, " "); ok && f.lowerTitleWord(strings.ToLower(w)) {
		return rest
	}
	return ""
}

// soleOffice returns the one body the release names by the office that
// the head of title p heads (role-heads.tsv): "Rector Marek Števček" or
// "the Vice-Rector for External Relations" in a release that names
// Comenius University and no other university is its Rector; or "".
func (f *PostFinder) soleOffice(t *Text, ms *Mentions, p PostPhrase) string {
	office := ""
	for k := p.Core.First; k < p.Core.Limit && office == ""; k++ {
		office = f.w.roleHeads.Value(t.Tokens[k].Text, 1)
	}
	return f.soleBody(t, ms, office)
}

// soleBody returns the one body the release names with head word office
// ("Comenius University" for "University", "the Parliament of Georgia"
// for "Parliament", "Joint Force Command Norfolk" for "Command"), or ""
// where it names none or two.
func (f *PostFinder) soleBody(t *Text, ms *Mentions, office string) string {
	if office == "" {
		return ""
	}
	found := ""
	for _, m := range ms.In(0, len(t.Tokens), KOrg) {
		head, _, _ := strings.Cut(m.Surface, " of ")
		words := strings.Fields(head)
		if n := len(words); n == 0 || words[n-1] != office && (n < 3 || words[n-2] != office || !f.placeWord(words[n-1])) {
			continue // but "Joint Force Command Norfolk", "Regional Command South": the office, then its place
		}
		if found != "" && found != m.Key {
			return "" // two such bodies: whose is unclear
		}
		found = m.Key
	}
	return found
}

// placeWord reports whether word w names a place the gazetteer knows or
// a point of the compass: the place a body's name ends with after its
// head ("Joint Force Command Norfolk", "Regional Command South").
func (f *PostFinder) placeWord(w string) bool {
	return f.g.Places[w] != nil || f.w.compass.Has(w)
}

// bodyBeyondPublisher reports whether the first of coordinated titles p
// took the publisher o only because the publisher holds such a title,
// where the last title states a body outside the publisher: in a release
// of Allied Air Command, "Commander and President of Air University" are
// both Air University's; "the Secretary General and Chairman of the North
// Atlantic Council" keeps NATO, of which the Council is part.
func (f *PostFinder) bodyBeyondPublisher(t *Text, ms *Mentions, p PostPhrase, o string, ctx PostContext) bool {
	last := p.Also[len(p.Also)-1]
	if o != ctx.Publisher || last.Org == "" || last.Implied || last.OrgIsPlace || f.partOf(last.Org, o) {
		return false
	}
	sole, _ := f.defaultOrg(t, ms, p, PostContext{})
	return sole == ""
}

// partOf reports whether organisation a is b or one of its parts.
func (f *PostFinder) partOf(a, b string) bool {
	for i := 0; i < 8 && a != ""; i++ {
		if a == b {
			return true
		}
		o := f.g.Orgs[a]
		if o == nil {
			return false
		}
		a = o.Parent
	}
	return false
}

// countryBefore is the last country the sentence of post p names before
// it ("the reform agenda of Ukraine's government and of President X"),
// or whose city it names as a place of the sentence ("In Madrid, he met
// Prime Minister X", "visited Washington to meet President X", "went to
// the Lithuanian capital, where he met President X"), other than the
// dateline's, unless the sentence visits it ("While in London, he met
// Prime Minister X" in a release dated in London: visitedTown); or "".
func (f *PostFinder) countryBefore(t *Text, ms *Mentions, p PostPhrase, dateline string, earlier []PostPhrase) string {
	c := ""
	quoted := t.QuoteStates()
	for _, m := range ms.In(t.SentenceOf(p.First).First, p.First, KPlace, KDemonym, KOrg) {
		if f.qualifiesRanked(ms, m) || ownCountry(earlier, m) {
			continue // "U.S. Navy Admiral X discussed ... with the Minister of Defence", "X, former US Secretary of State, ... with Foreign Minister Y": the admiral's, the secretary's country, not the minister's
		}
		if quoted[m.First] && !quoted[p.First] {
			continue // "“... in light of the Russia-Ukraine crisis,” he said after talks with Chancellor Angela Merkel": the speaker's words, not where the Chancellor is from
		}
		if m.Kind == KOrg {
			if k := f.countryInName(t, m); k != "" {
				c = k // "the Verkhovna Rada of Ukraine", "the NATO-Ukraine Council"
			}
		} else if f.g.Country(m.Key) != nil && t.Norm(t.BackPastThe(m.First-1)) != "from" && !f.talkedOf(t, ms, m) {
			c = m.Key // not "came from Afghanistan, where he had travelled with the Chief of the Defence Force"
		} else if pe := f.g.Places[m.Key]; pe != nil && pe.Kind == natokg.City && (m.Key != dateline || f.visitedTown(t, t.BackPastThe(m.First-1))) && m.Kind == KPlace && f.goesTo(t, t.BackPastThe(m.First-1)) && !f.eventsTown(t, t.BackPastThe(m.First-1)) {
			if k := f.g.CountryOf(m.Key); k != "" {
				c = k
			}
		}
	}
	return c
}

// seatAfter returns the town or province named after "in" or "of" in
// the rest of the sentence of post p, where p's head governs a place
// (role-heads.tsv, seat place) and no country comes first: the place the
// governor or the mayor governs; or "".
func (f *PostFinder) seatAfter(t *Text, ms *Mentions, p PostPhrase) string {
	if !f.w.placeSeat(lastWordOf(p.CoreTitle)) {
		return ""
	}
	for _, m := range ms.In(p.Limit, t.SentenceOf(p.First).Limit, KPlace) {
		if f.g.Country(m.Key) != nil {
			return ""
		}
		pe := f.g.Places[m.Key]
		if n := t.Norm(t.BackPastThe(m.First - 1)); pe != nil && (pe.Kind == natokg.City || pe.Kind == natokg.State || pe.Kind == natokg.Region) && (n == "in" || n == "of") {
			return m.Key
		}
	}
	return ""
}

// datelineSeat returns the dateline's town where post p is a town's
// office (role-heads.tsv: seat town, "Mayor") and the dateline is a
// town: a mayor the text gives no town is the mayor of the town the
// release is written from; or "". A province's governor is no town's.
func (f *PostFinder) datelineSeat(p PostPhrase, dateline string) string {
	if !f.w.townSeat(lastWordOf(p.CoreTitle)) {
		return ""
	}
	if pe := f.g.Places[dateline]; pe != nil && pe.Kind == natokg.City {
		return dateline
	}
	return ""
}

// visitedBody returns the body that the sentence of post p, a title
// of no body, says someone visited before it ("visited the CCDCOE and
// met with the Director Col X"): the visited body's head holds the
// title; or "".
func (f *PostFinder) visitedBody(t *Text, ms *Mentions, p PostPhrase) string {
	if f.knownPost(p.Title) {
		return "" // "visited SHAPE, where he met the Deputy Supreme Allied Commander Europe": a post the gazetteer knows whole
	}
	body := ""
	for k := t.SentenceOf(p.First).First; k < p.First; k++ {
		if !f.w.visitReading(t.Norm(k), "verb") {
			continue // a verb of visiting: "visited", "toured"
		}
		if m := ms.StartingAt(skipThe(t, ms, k+1), KOrg); m != nil && m.Limit <= p.First {
			body = m.Key
		}
	}
	return body
}

// knownPost reports whether posts.tsv gives a title of three words or
// more, small words aside, one organisation ("Deputy Supreme Allied
// Commander Europe": NATO's); a shorter title ("Chief of Staff",
// "Secretary General") is held in many bodies, whatever the list holds.
func (f *PostFinder) knownPost(title string) bool {
	words := 0
	for _, w := range strings.Fields(title) {
		if !f.w.smallWord(strings.ToLower(w)) {
			words++
		}
	}
	if words < 3 {
		return false
	}
	org := ""
	for _, pe := range f.g.Posts {
		if pe.Role != title || pe.Org == "" {
			continue
		}
		if org != "" && org != pe.Org {
			return false
		}
		org = pe.Org
	}
	return org != ""
}

// townVisitedBefore returns the town that the sentence of post p, a
// town's office (role-heads.tsv: "Mayor"), goes to before it: "visited
// Gjilan Municipality and met the Mayor"; or "".
func (f *PostFinder) townVisitedBefore(t *Text, ms *Mentions, p PostPhrase) string {
	if !f.w.placeSeat(lastWordOf(p.CoreTitle)) {
		return ""
	}
	town := ""
	for _, m := range ms.In(t.SentenceOf(p.First).First, p.First, KPlace) {
		if pe := f.g.Places[m.Key]; pe != nil && pe.Kind == natokg.City && f.goesTo(t, t.BackPastThe(m.First-1)) {
			town = m.Key
		}
	}
	return town
}

// qualifiesRanked reports whether mention m names the country or the
// service of a ranked person named right after it: "U.S. Navy Admiral
// X", "German General Y".
func (f *PostFinder) qualifiesRanked(ms *Mentions, m *Mention) bool {
	k := m.Limit
	if o := ms.StartingAt(k, KOrg); o != nil && m.Kind != KOrg {
		k = o.Limit // "U.S." of "U.S. Navy Admiral"
	}
	return ms.StartingAt(k, KRank) != nil
}

// eventsTown reports whether token j, "in" before a town, follows the
// head of a named event: "the NATO Summit in Chicago" is where another
// event is held, not the country of the officials the sentence meets.
func (f *PostFinder) eventsTown(t *Text, j int) bool {
	return t.Norm(j) == "in" && t.Tok(j-1).IsCap() && f.w.eventHeads.Has(t.Tok(j-1).Text)
}

// talkedOf reports whether place m stands in a list of what is talked
// about, after a topic word of event-links.tsv ("discusses Belarus,
// Russia, with Chancellor Merkel"), or of the countries of a group of
// people (group-nouns.tsv: "the ambassadors of Albania, ... and
// Slovakia"): such a list names no later post's country.
func (f *PostFinder) talkedOf(t *Text, ms *Mentions, m *Mention) bool {
	k := m.First - 1
	for n := 0; n < 40 && k >= 0; n++ {
		switch w := t.Norm(k); {
		case w == "," || w == "and" || w == "the":
			k--
		case ms.EndingAt(k+1, KPlace) != nil:
			k = ms.EndingAt(k+1, KPlace).First - 1
		default:
			if w == "of" && f.w.groupNouns.Has(upperFirst(t.Norm(k-1))) && !t.Tok(k-1).IsCap() {
				return true // "with the ambassadors of Albania, ... and Slovakia, met the Deputy Prime Minister": the ambassadors' countries
			}
			return !t.Tok(k).IsCap() && f.w.eventLinks.Value(w, 0) == "topic"
		}
	}
	return false
}

// visitedTown reports whether token j, right before a town, says that
// someone went to it or stays in it: a verb of visiting ("visited
// London"), a visit's noun before "to" ("During his visit to London,
// he met the Minister of State for the Armed Forces"), or "while in"
// ("While in London, he met Prime Minister X"), or a visit's noun the
// town is said to be ("His final stop was Skopje, where ... He also met
// Prime Minister X"). Such a town counts for a national title's country
// even where it is the dateline's.
func (f *PostFinder) visitedTown(t *Text, j int) bool {
	n := t.Norm(j)
	named := n == "to" || f.w.auxiliaries.Has(n) // "visit to Skopje", "stop was Skopje"
	switch {
	case n == "in":
		return t.Norm(j-1) == "while"
	case named:
		n = t.Norm(j - 1)
	}
	for _, e := range f.w.eventWords.Entries(n) {
		if e.Value(0) == "visit" && (e.Value(1) == "verb" || e.Value(1) == "noun" && named) {
			return true
		}
	}
	return false
}

// countryInName returns the country a body's name names ("Verkhovna
// Rada of Ukraine", "NATO-Ukraine Council"), or "".
func (f *PostFinder) countryInName(t *Text, m *Mention) string {
	return f.g.placeInName(t.Tokens, m, func(key string) bool { return f.g.Country(key) != nil })
}

// goesTo reports whether token k puts the place after it as where
// something happens: "in", "to", "visited".
func (f *PostFinder) goesTo(t *Text, k int) bool {
	if n := t.Norm(k); n == "in" || n == "to" {
		return true
	}
	for _, e := range f.w.eventWords.Entries(t.Norm(k)) {
		if e.Value(0) == "visit" && strings.HasPrefix(e.Value(1), "verb") {
			return true
		}
	}
	return false
}

// sentenceBefore returns the sentence before post p's, where it is in
// the same paragraph.
func sentenceBefore(t *Text, p PostPhrase) (Sentence, bool) {
	cur := t.SentenceOf(p.First)
	if cur.First == 0 {
		return Sentence{}, false
	}
	prev := t.SentenceOf(cur.First - 1)
	return prev, t.SameParagraph(prev, cur)
}

// countryVisited is the country of the place the sentence before post
// p's, in its paragraph, says someone went to or is in ("travelled to
// Lisbon, Portugal. Meeting with Prime Minister X, he ..."), or "".
func (f *PostFinder) countryVisited(t *Text, ms *Mentions, p PostPhrase, dateline string) string {
	return f.countryOfPlaceBefore(t, ms, p, 1, func(m *Mention, j int) bool {
		// not "its role in the training mission in Iraq": a topic's place; not "the NATO Summit in Warsaw": another event's
		return m.Key != dateline && f.goesTo(t, j) && !f.w.topicNouns.Has(t.Norm(j-1)) && !f.w.eventHeads.Has(t.Tok(j-1).Text) && f.w.eventWords.Value(t.Norm(j-1), 1) != "noun"
	})
}

// countryOfPlaceBefore is the country of the first place that keep
// accepts (given the token before the place, past "the") in the nearest
// of the reach sentences before post p's, in its paragraph, that has
// one; or "".
func (f *PostFinder) countryOfPlaceBefore(t *Text, ms *Mentions, p PostPhrase, reach int, keep func(m *Mention, j int) bool) string {
	for ; reach > 0; reach-- {
		prev, ok := sentenceBefore(t, p)
		if !ok {
			return ""
		}
		for _, m := range ms.In(prev.First, prev.Limit, KPlace) {
			if !keep(m, t.BackPastThe(m.First-1)) {
				continue
			}
			if c := f.g.CountryOf(m.Key); c != "" {
				return c
			}
		}
		p = PostPhrase{Span: Span{First: prev.First, Limit: prev.First + 1}}
	}
	return ""
}

// countryTravelledTo is the country of the place the nearest of the
// three sentences before post p's, in its paragraph, says someone visits
// or travels to, by a verb or noun of visiting ("On Tuesday, he visited Wellington, New
// Zealand. He also met Defence Minister X"), or "". It outranks the
// country the release names most often: a release about a tour of two
// countries gives each sentence's titles the country just reached.
func (f *PostFinder) countryTravelledTo(t *Text, ms *Mentions, p PostPhrase, seat string) string {
	return f.countryOfPlaceBefore(t, ms, p, 3, func(m *Mention, j int) bool {
		// not "at NATO Headquarters in Brussels", not "his visit to NATO Headquarters"
		pe := f.g.Places[m.Key]
		return m.Key != seat && pe != nil && (pe.Kind == natokg.City || f.g.Country(m.Key) != nil) && t.Norm(j) != "in" && f.visitedTown(t, j)
	})
}

// sceneCountry is the country of the town the sentence of post p, or
// the nearest sentence before it in its paragraph that sets a scene, no
// other country named between, opens with, perhaps after its day: "In
// Stockholm later on Tuesday, he will be received by the King. He also
// will meet the Prime Minister. He will also meet Foreign Minister X",
// "On Tuesday in Sofia, he met Prime Minister X"; or "".
func (f *PostFinder) sceneCountry(t *Text, ms *Mentions, p PostPhrase) string {
	cur, between := t.SentenceOf(p.First), map[string]bool{}
	for s := cur; ; {
		if c, set := f.sceneOf(t, ms, s); set {
			if len(between) > 1 || len(between) == 1 && !between[c] {
				return "" // "In Bergen, she met ... She then travelled to Stockholm, Sweden. There she met"
			}
			return c
		}
		if s.First == 0 {
			return ""
		}
		f.countriesIn(t, ms, s, between)
		prev := t.SentenceOf(s.First - 1)
		if !t.SameParagraph(prev, cur) {
			return ""
		}
		s = prev
	}
}

// countriesIn adds to seen the countries of the towns and countries
// sentence s names.
func (f *PostFinder) countriesIn(t *Text, ms *Mentions, s Sentence, seen map[string]bool) {
	for k := s.First; k < s.Limit; k++ {
		if m := ms.StartingAt(k, KPlace); m != nil {
			if f.townOrCountry(m.Key) {
				seen[f.g.CountryOf(m.Key)] = true
			}
		}
	}
}

// sceneOf returns the country of the town sentence s sets its scene in
// or the country ("In Stockholm later on Tuesday,", "In Sweden on
// Monday,", "When in the Netherlands"), and whether it sets one.
func (f *PostFinder) sceneOf(t *Text, ms *Mentions, s Sentence) (string, bool) {
	if c := f.whileInCountry(t, ms, s); c != "" {
		return c, true
	}
	i := pastOpeningDay(t, ms, s.First)
	if t.Norm(i) != "in" {
		return "", false
	}
	m := ms.StartingAt(i+1, KPlace)
	if m == nil || !f.sceneAdjunctEnds(t, ms, m.Limit) {
		return "", false
	}
	if f.townOrCountry(m.Key) {
		return f.g.CountryOf(m.Key), true
	}
	return "", false
}

// townOrCountry reports whether the gazetteer knows place key as a town
// or a country.
func (f *PostFinder) townOrCountry(key string) bool {
	pe := f.g.Places[key]
	return pe != nil && (pe.Kind == natokg.City || f.g.Country(key) != nil)
}

// sceneAdjunctEnds reports whether a sentence's opening "In PLACE" goes
// on at token k to its clause, past words of time (scene-adjuncts.tsv:
// "later", "that day") and a date: a comma, a date or "on" follows.
func (f *PostFinder) sceneAdjunctEnds(t *Text, ms *Mentions, k int) bool {
	for j := k; j < k+6; j++ {
		if d := ms.StartingAt(j, KDate); d != nil {
			return true
		}
		switch n := t.Norm(j); {
		case n == "," || n == "on":
			return true
		case !f.w.sceneAdjuncts.Has(n):
			return false
		}
	}
	return false
}

// pastOpeningDay returns the token after the day a sentence opens with
// at token i ("On Tuesday in Sofia, he met ...", "On 5 May in Riga"),
// or i where it opens with none.
func pastOpeningDay(t *Text, ms *Mentions, i int) int {
	j := i
	if t.Norm(j) == "on" {
		j++
	}
	for _, k := range []int{i, j} {
		if d := ms.StartingAt(k, KDate); d != nil {
			return d.Limit
		}
	}
	return i
}

// whileInCountry is the country a sentence that opens with "When in" or
// "While in" and a country or a town sets its scene in: "When in the
// Netherlands on 8 September, he met ... He also had an audience with
// Queen X"; or "".
func (f *PostFinder) whileInCountry(t *Text, ms *Mentions, s Sentence) string {
	if n := t.Norm(s.First); n != "when" && n != "while" || t.Norm(s.First+1) != "in" {
		return ""
	}
	m := ms.StartingAt(s.First+2, KPlace)
	if m == nil {
		m = ms.StartingAt(t.PastThe(s.First+2), KPlace)
	}
	if m == nil {
		return ""
	}
	return f.g.CountryOf(m.Key)
}

// townAfterCountry returns the country of the town that "in" names
// within a few words after a national post and its holder, where the
// release names that country too: the post is the town's country's,
// where they meet. Else "".
func (f *PostFinder) townAfterCountry(t *Text, ms *Mentions, p PostPhrase) string {
	sent := t.SentenceOf(p.First)
	for k := p.Limit; k < sent.Limit && k < p.Limit+6 && t.Norm(k) != ","; k++ {
		m := ms.StartingAt(k+1, KPlace)
		if t.Norm(k) != "in" || m == nil || f.g.Places[m.Key] == nil || f.g.Places[m.Key].Kind != natokg.City {
			continue
		}
		c := f.g.CountryOf(m.Key)
		for _, o := range ms.List {
			if o.Is(KPlace, KDemonym) && o.Key == c {
				return c
			}
		}
		return ""
	}
	return ""
}

// countryAfter is the country the sentence of post p names next after
// it as an owner, "Croatia's" or "Croatian", within a few words: "met
// Prime Minister Andrej Plenković to discuss Croatia's contributions";
// or "".
func (f *PostFinder) countryAfter(t *Text, ms *Mentions, p PostPhrase) string {
	for _, m := range ms.In(p.Limit, t.SentenceOf(p.First).Limit, KPlace, KDemonym) {
		if m.First > p.Limit+12 {
			break
		}
		if f.g.Country(m.Key) == nil {
			continue
		}
		if f.ownsTitleAfter(t, m) {
			continue // "President X visited Islamabad and Pakistan's Prime Minister visited Kabul": the other title's
		}
		if m.Kind == KDemonym || t.Norm(m.Limit) == "'s" {
			return m.Key
		}
	}
	return ""
}

// townsForce reports whether the town m stands right before post p's
// title, which opens with a body's head ("Police Chief"): the post is
// the town's, as in "Kabul Police Chief".
func (f *PostFinder) townsForce(t *Text, m *Mention, p *PostPhrase) bool {
	pe := f.g.Places[m.Key]
	return pe != nil && pe.Kind == natokg.City && m.Limit == p.First && f.w.orgHeads.Has(t.Tok(p.First).Text)
}

// ownsTitleAfter reports whether the country m, by its possessive or
// its demonym, owns a title that follows it: "Pakistan's Prime
// Minister", "the Polish Defence Minister".
func (f *PostFinder) ownsTitleAfter(t *Text, m *Mention) bool {
	k := m.Limit
	if t.Norm(k) == "'s" {
		k++
	}
	for f.w.roleMods.Has(t.Tok(k).Text) && k < m.Limit+3 {
		k++
	}
	return f.w.roleHeads.Has(t.Tok(k).Text)
}

// soleCountry returns the one country post p's sentence names, itself
// or by its demonym, or "" where it names none or several.
func (f *PostFinder) soleCountry(t *Text, ms *Mentions, p PostPhrase) string {
	sent, found := t.SentenceOf(p.First), ""
	for _, m := range ms.In(sent.First, sent.Limit, KPlace, KDemonym) {
		if f.g.Country(m.Key) == nil || m.Key == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = m.Key
	}
	return found
}

// statusAfter returns the end of a status word right after a title at k,
// perhaps after a hyphen ("-designate", " elect"), or k.
func (f *PostFinder) statusAfter(t *Text, k int) int {
	j := k
	if t.Norm(j) == "-" && !t.Tok(j).SpaceBefore {
		j++
	}
	if f.w.roleMods.Value(t.Norm(j), 0) != "status" || t.Tok(j).IsCap() && j == k {
		return k // but "Prime Minister-Designate": a hyphen joins it in either case
	}
	return j + 1
}
