package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// People is the output of the person stage: the people a release names,
// with the posts it gives them, and where it refers to each.
type People struct {
	// List is the people in order of first mention.
	List []*natokg.Person
	// At maps a token to the key of the person it refers to: a name, a
	// title that stands for a person, a pronoun.
	At map[int]string
	// Named marks the tokens of a person's name.
	Named map[int]bool
	// Pronoun marks the tokens of At that are pronouns.
	Pronoun map[int]bool
	byKey   map[string]*natokg.Person
}

// Get returns the person of that key, or nil.
func (p *People) Get(key string) *natokg.Person { return p.byKey[key] }

// PersonFinder is the stage that finds people. A person needs evidence:
// a post, a rank or an honorific next to the name ("Prime Minister
// Dorin Recean", "Jane Doe, Minister of Defence", "Lieutenant General
// Janusz Adamczak", "Ms Maia Sandu"), a first word that is a given name
// ("Kristrún Frostadóttir"), or a later "Mr/Ms SURNAME".
type PersonFinder struct {
	rules
	plurals Pattern // a plural title of countries: "Foreign Ministers of Poland and Germany,"
}

// NewPersonFinder returns the person stage.
func NewPersonFinder(g *Gazetteer, lx *Lexicon) *PersonFinder {
	f := &PersonFinder{rules: newRules(g, lx)}
	f.plurals = f.pluralTitle()
	return f
}

// singular returns the role a plural title's head word is the plural of
// ("Ministers": "Minister"), or "".
func (f *PersonFinder) singular(t Token) string {
	if !t.IsCap() || len(t.Text) <= 3 || !strings.HasSuffix(t.Text, "s") {
		return ""
	}
	if one := strings.TrimSuffix(t.Text, "s"); f.w.roleHeads.Has(one) {
		return one
	}
	return ""
}

// pluralTitle is the pattern of a plural title followed by the countries
// it is held for: "the Foreign Ministers of Poland and Germany,".
func (f *PersonFinder) pluralTitle() Pattern {
	w := f.w
	plural := func(t Token) bool { return f.singular(t) != "" }
	mod := func(t Token) bool { return t.IsCap() && w.roleMods.Has(t.Text) }
	place := MentionIf(func(m *Mention) bool { return f.g.Country(m.Key) != nil }, KPlace)
	return Seq(Group("title", Seq(Rep(Tok(mod), 0, 3), Tok(plural))), Word("of"),
		Group("places", Seq(Opt(Word("the")), place, Rep(Seq(Alt(Word(","), Word("and")), Opt(Word("the")), place), 0, 8))),
		Alt(Word(","), Word("-"), Word(":")))
}

// Find returns the people of t, given its mentions, the named events and
// documents (whose words name no one: "Exercise Noble Midas") and the
// post phrases.
func (f *PersonFinder) Find(t *Text, ms *Mentions, named []Mention, posts []PostPhrase) *People {
	s := &personState{f: f, t: t, ms: ms, named: named, posts: posts, implied: map[heldPost]bool{}, stated: map[heldPost]bool{}, guessed: map[heldPost]bool{},
		out: &People{At: map[int]string{}, Named: map[int]bool{}, Pronoun: map[int]bool{}, byKey: map[string]*natokg.Person{}}}
	for k := range posts {
		s.withPost(&posts[k])
	}
	s.incomingHolders()
	s.chainedTitles()
	s.titled()
	s.respectively()
	s.pluralHolders()
	s.distributedFields()
	s.bare()
	s.pluralAfterNames()
	s.stylePosts()
	if len(s.out.List) > 0 {
		s.surnames()
		s.surnameAppositions()
		s.surnameHolders()
		s.postsAlone() // titles that stand for a person, before "he" is read
		s.pronouns()
		s.changesOfCommand()
		s.underCommand()
		s.asPost()
		s.officeVerbs()
		s.asSuccessor()
		s.heldThePost()
		s.headlineHolder()
		s.postsAlone() // and those the posts given since make sure
	}
	s.titleRuns()
	s.envoysCountry()
	s.listCountry()
	s.standingBodies()
	s.dropImplied()
	return s.out
}

// envoysCountry gives an envoy's post that names no country ("the
// Permanent Representative to NATO") the country of another post of the
// same person's ("the Spanish Ambassador to Italy"): an envoy represents
// the country that sends them.
func (s *personState) envoysCountry() {
	for _, per := range s.out.List {
		country := ""
		for _, p := range per.Posts {
			if p.OrgIsPlace && s.f.g.Country(p.Org) != nil {
				country = p.Org
			}
		}
		for i := range per.Posts {
			if p := &per.Posts[i]; p.Org == "" && country != "" && s.envoyTitle(p.Role) {
				p.Org, p.OrgIsPlace = country, true
			}
		}
	}
}

// standingBodies gives a standing representation that still names no
// country (roles.tsv: kind permanent) the body its title sits at after
// "to": "the Permanent Representative to NATO" is a Permanent
// Representative at NATO.
func (s *personState) standingBodies() {
	for _, per := range s.out.List {
		for i := range per.Posts {
			p := &per.Posts[i]
			title, body, ok := strings.Cut(p.Role, " to ")
			if r := s.f.g.Roles[title]; p.Org != "" || !ok || r == nil || r.Kind != "permanent" {
				continue
			}
			if key := s.bodyNamed(strings.TrimPrefix(body, "the ")); key != "" {
				p.Role, p.Org = title, key
			}
		}
	}
}

// bodyNamed returns the key of the body the text names as written in
// surface, or "".
func (s *personState) bodyNamed(surface string) string {
	for _, m := range s.ms.In(0, len(s.t.Tokens), KOrg) {
		if m.Surface == surface {
			return m.Key
		}
	}
	return ""
}

// envoyTitle reports whether role is an envoy's title to somewhere, its
// head before "to" a diplomatic one of role-heads.tsv ("Permanent
// Representative to NATO", "Ambassador to Italy").
func (s *personState) envoyTitle(role string) bool {
	title, _, ok := strings.Cut(role, " to ")
	return ok && s.f.w.roleHeads.Value(lastWordOf(title), 0) == "diplomatic"
}

// listCountry gives a post of no body the country of the post next to it
// in a list of titled people, where that post is a country's and no post
// of its sentence is another country's: in "held talks in Rabat with
// Deputy Minister for Defence Y, Director General of Studies and
// Documentation Z and ...", Z's post is Morocco's as Y's is. Only names,
// commas and "and" may stand between the two posts.
func (s *personState) listCountry() {
	type placed struct {
		span    natokg.Span
		country string
	}
	bySent := map[int][]placed{}
	for _, per := range s.out.List {
		for _, p := range per.Posts {
			if p.OrgIsPlace && p.Org != "" {
				si := s.t.SentenceAtByte(p.Span.Start)
				bySent[si] = append(bySent[si], placed{p.Span, p.Org})
			}
		}
	}
	for _, per := range s.out.List {
		for k, p := range per.Posts {
			if p.Org != "" {
				continue
			}
			others := bySent[s.t.SentenceAtByte(p.Span.Start)]
			for _, o := range others {
				if o.country != others[0].country {
					others = nil // two countries: whose the post is, the list does not say
					break
				}
			}
			for _, o := range others {
				if s.listedNextTo(o.span, p.Span) {
					per.Posts[k].Org, per.Posts[k].OrgIsPlace = o.country, true
					s.implied[heldPost{per, p.Role, o.country}] = true
					break
				}
			}
		}
	}
}

// listedNextTo reports whether the text between post spans a and b, in
// either order, holds only a name and the comma or "and" that list it.
func (s *personState) listedNextTo(a, b natokg.Span) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	if a.End > b.Start {
		return false
	}
	between := s.t.Src[a.End:b.Start]
	joined := false
	for _, w := range strings.FieldsFunc(between, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		switch {
		case w == "and":
			joined = true
		case unicode.IsUpper([]rune(w)[0]) || s.f.w.particles.Has(w): // "Mohamed Yassine Mansouri", "Jaap de Hoop Scheffer"
		default:
			return false
		}
	}
	return joined || strings.Contains(between, ",")
}

// titleRuns gives back to a person of the body the name that a title in
// capitals ran on past the person's family name ("General Vollmer
// Conducts Call With Norwegian Chief of Defence" over "General Jörg
// Vollmer"): the words after the family name are no name's.
func (s *personState) titleRuns() {
	if len(s.t.Sentences) == 0 {
		return
	}
	title := s.t.Sentences[0]
	for i := 0; i < len(s.out.List); i++ {
		p := s.out.List[i]
		q := s.bodyPersonOpening(p, title)
		if q == nil {
			continue
		}
		first := true
		for k := range s.t.Tokens {
			if s.out.At[k] != p.Key {
				continue
			}
			if first && k < title.Limit {
				s.out.At[k], first = q.Key, false
				q.Spans = append(q.Spans, s.t.ByteSpan(k, k+1))
				continue
			}
			delete(s.out.At, k)
			delete(s.out.Named, k)
		}
		delete(s.out.byKey, p.Key)
		s.out.List = slices.Delete(s.out.List, i, i+1)
		i--
	}
}

// bodyPersonOpening returns the person named in the body whose family
// name is the first word of the name of p, a person the title first
// names with more words than that; or nil.
func (s *personState) bodyPersonOpening(p *natokg.Person, title Sentence) *natokg.Person {
	if len(p.Spans) == 0 || p.Spans[0].End > title.End {
		return nil
	}
	w, _, ok := strings.Cut(p.Name, " ")
	if !ok || len(p.Posts) > 0 {
		return nil
	}
	for _, q := range s.out.List {
		if q != p && strings.HasSuffix(q.Name, " "+w) && strings.Count(q.Name, " ") >= 1 {
			return q
		}
	}
	return nil
}

// personState is the working state of one Find call.
type personState struct {
	f     *PersonFinder
	t     *Text
	ms    *Mentions
	named []Mention
	posts []PostPhrase
	out   *People
	// implied marks posts whose organisation the text does not state
	// somewhere, stated those whose organisation it does somewhere.
	implied, stated map[heldPost]bool
	// guessed marks the "Commander" posts a change of command gives
	// where the text leaves the title out.
	guessed map[heldPost]bool
}

// heldPost is a post as one person holds it.
type heldPost struct {
	per       *natokg.Person
	role, org string
}

// givePost gives per the posts of phrase p, noting those whose
// organisation is only implied.
func (s *personState) givePost(per *natokg.Person, p *PostPhrase) {
	for _, post := range p.Posts(s.t) {
		s.addPost(per, post)
	}
	if p.Implied {
		s.implied[heldPost{per, p.Title, p.Org}] = true
	} else {
		s.stated[heldPost{per, p.Title, p.Org}] = true
	}
}

// dropImplied drops a post whose organisation was only implied where the
// person holds the same post with a stated one.
func (s *personState) dropImplied() {
	for _, per := range s.out.List {
		var kept []natokg.Post
		for _, p := range per.Posts {
			if h := (heldPost{per, p.Role, p.Org}); s.implied[h] && !s.stated[h] && (s.statedElsewhere(per, p) || s.impliedBefore(per, p)) {
				continue
			}
			kept = append(kept, p)
		}
		per.Posts = kept
	}
}

// impliedBefore reports whether per holds post p's role with another
// implied organisation that the text gives earlier: "President Erdoğan"
// of the release's country stays its President when a later sentence
// names Russia near him.
func (s *personState) impliedBefore(per *natokg.Person, p natokg.Post) bool {
	for _, q := range per.Posts {
		if sameTitle(q.Role, p.Role) && q.Org != p.Org && q.Org != "" && s.implied[heldPost{per, q.Role, q.Org}] && q.Span.Start < p.Span.Start {
			return true
		}
	}
	return false
}

// statedElsewhere reports whether per holds post p's role, or a role it
// opens or ends ("Minister" of "Defence Minister"), in a body the text
// states.
func (s *personState) statedElsewhere(per *natokg.Person, p natokg.Post) bool {
	pr := foldTitle(p.Role)
	for _, q := range per.Posts {
		qr := foldTitle(q.Role)
		same := qr == pr || strings.HasPrefix(qr, pr+" ") || strings.HasSuffix(qr, " "+pr) // "Deputy Prime Minister for European Integration"; "Defence Minister X ... Minister X"; "Defense Minister"
		if h := (heldPost{per, q.Role, q.Org}); same && q.Org != p.Org && q.Org != "" && (s.stated[h] || !s.implied[h]) {
			return true
		}
	}
	return false
}

// sameTitle reports whether titles a and b are the same title, however
// spelt: "Defence Minister" and "Defense Minister".
func sameTitle(a, b string) bool { return a == b || foldTitle(a) == foldTitle(b) }

// foldTitle is title t with each word folded (fold): lower case, British
// spellings ("Defense" as "Defence").
func foldTitle(t string) string {
	words := strings.Fields(t)
	for i, w := range words {
		words[i] = fold(w)
	}
	return strings.Join(words, " ")
}

// withPost gives post p to the person named after it ("Secretary General
// Mark Rutte", "the Prime Minister of Iceland, Ms Kristrún Frostadóttir")
// or before it ("Jane Doe, Minister of Defence").
func (s *personState) withPost(p *PostPhrase) {
	if s.apposition(p) || s.contactFor(p) {
		return
	}
	k := s.pastOrgApposition(p)
	bracket := s.t.Norm(k) == "("
	if s.t.Norm(k) == "," || bracket || s.dashAt(k) || s.beforeTitledName(k) {
		k++ // "the Minister of Defence, Mr X", "the Minister of Defence (Mr X)", "The JALLC Commander – Brigadier General X –", "brigade commander: Colonel X"
	} else if n := s.t.Norm(k); (n == "is" || n == "was") && s.t.Tok(k+1).IsCap() {
		k++ // "The commander of the mission is Major General X"
	}
	k = s.pastService(k) // "Its Commander, US Army Brigadier General Walter T. Lord", "Chief NATO Liaison Office, Navy Captain Ed Lum"
	if s.nobleName(p, k) {
		return
	}
	if end := s.royalName(p, k); end > 0 {
		s.add(k, end, "", s.ofAfterName(p, end), k) // "Crown Prince Haakon", "King Harald V"
		return
	}
	if end := s.peerName(k); end > 0 && s.t.SameSentence(k, p.First) {
		if !s.nameFirstList(p, end) {
			s.add(k, end, "", s.ofAfterName(p, end), k) // "The NATO Secretary General, Lord Robertson,"
		}
		return
	}
	if q, at := s.fieldThenHolder(p, k); q != nil {
		p, k = q, at // "NCI Agency Director Demand Management, Dr Velizar Shalamanov"
	}
	titles := k
	k, rank := s.skipTitles(k)
	if end := s.nameRun(k); end > k && s.t.SameSentence(k, p.First) && (!bracket || s.t.Norm(end) == ")") && !s.subjectAfterClause(p, end) {
		if s.nameFirstList(p, end) {
			return
		}
		q := p
		if rank == "" || !servesIn(p) {
			q = s.ofAfterName(p, end)
		}
		s.add(k, end, rank, q, titles)
		return
	}
	j := p.First
	for s.f.w.status(s.t, j-1) {
		j-- // "Jan Olsen, the former Minister of Defence"
	}
	if s.t.Norm(j-1) == "the" || s.f.w.determiners.Value(s.t.Norm(j-1), 0) == "possessive" {
		j-- // "Ivo Berg, his Latvian counterpart."
	}
	if s.bracketedTitle(p, j) {
		s.addNameBefore(j-1, p) // "Zalmai Rassoul (Minister of Foreign Affairs, Afghanistan)"
		return
	}
	if j == p.First && s.rankedNameEndsAt(j) && p.Org != "" && !p.Implied && s.t.Norm(p.Limit) == "," {
		s.addNameBefore(j, p) // "Colonel Mark D. Baines Commander of the NATO School Oberammergau, visited": no comma between
		return
	}
	if s.t.Norm(j-1) != "," && !s.t.ApartDash(j-1) || !s.appositionEnds(s.pastOwnBody(p)) || s.acronymSubject(p) || s.titleAsSubject(p, j-1) {
		return
	}
	if key := s.out.At[j-2]; key != "" && s.out.Named[j-2] && s.t.Norm(j-1) == "," && s.closedApposition(p) {
		s.givePost(s.out.Get(key), p) // "German Ambassador Martin Erdmann, the Dean of the Council": a name another post gave
		return
	}
	s.addNameBefore(j-1, p)
}

// pastOwnBody returns the token after post phrase p and the body it
// names, where the phrase ends before that body: "Commander Allied
// Maritime Command Naples and Commander OAE", a title shared by two
// bodies, read as "Commander" and its bodies.
func (s *personState) pastOwnBody(p *PostPhrase) int {
	if m := s.ms.StartingAt(p.Limit, KOrg); m != nil && m.Key == p.Org {
		return m.Limit
	}
	return p.Limit
}

// rankedNameEndsAt reports whether a name that a rank or a style opens
// ends right before token end: "Colonel Mark D. Baines".
func (s *personState) rankedNameEndsAt(end int) bool {
	start := s.nameBefore(end)
	return start > 0 && s.ms.EndingAt(start, KRank, KHonorific) != nil
}

// closedApposition reports whether post p ends its apposition with a
// comma or a full stop and no capitalised word follows the comma: "X,
// the Dean of the Council, and ..."; not "X, the Secretary General said"
// nor "X, the Chairman of the Committee, Admiral Y," (Y's post).
func (s *personState) closedApposition(p *PostPhrase) bool {
	switch s.t.Norm(p.Limit) {
	case ".":
		return true
	case ",":
		return !s.t.Tok(p.Limit + 1).IsCap()
	}
	return false
}

// titleAsSubject reports whether post p, after a name and the comma at
// token comma, is the subject of the sentence's main clause, not the
// name's apposition: the comma closes an opening clause that a word
// linking events ("After", "Before") or a participle opens, and a verb
// follows the title ("After meeting with Mr X, the Chairman commended
// ...").
func (s *personState) titleAsSubject(p *PostPhrase, comma int) bool {
	if !s.openingClauseTo(comma) {
		return false
	}
	next := s.t.Tok(p.Limit)
	return next.IsWord() && !next.IsCap() && s.t.SameSentence(p.First, p.Limit) && !s.f.w.connectors.Has(next.Norm) && !s.f.w.placePrep(next.Norm)
}

// contactFor reports whether post p stands in the label of a line of
// contacts, before its colon: "Point of contact for the Chairman of the
// NATO Military Committee: Colonel X, Public Information Advisor" names
// whom X speaks for, not X's post.
func (s *personState) contactFor(p *PostPhrase) bool {
	sent := s.t.SentenceOf(p.First)
	if _, n := s.f.w.contactLabels.MatchAt(s.t.Tokens, sent.First); n == 0 {
		return false
	}
	for k := p.Limit; k < sent.Limit; k++ {
		if s.t.Norm(k) == ":" {
			return true
		}
		if s.t.Norm(k) == "," || s.out.At[k] != "" {
			return false
		}
	}
	return false
}

// bracketedTitle reports whether post p, opening at token j, stands
// alone in brackets after a name, perhaps with a comma and the country
// or the body whose post it is, as photo captions write it ("Zalmai
// Rassoul (Minister of Foreign Affairs, Afghanistan)"); p then takes
// that country or body.
func (s *personState) bracketedTitle(p *PostPhrase, j int) bool {
	if s.t.Norm(j-1) != "(" || !s.t.Tok(j-2).IsCapWord() {
		return false
	}
	if s.t.Norm(p.Limit) == ")" {
		return true
	}
	m := s.ms.StartingAt(p.Limit+1, KPlace, KOrg)
	if s.t.Norm(p.Limit) != "," || m == nil || s.t.Norm(m.Limit) != ")" || m.Kind == KPlace && s.f.g.Country(m.Key) == nil {
		return false
	}
	if p.Org == "" || p.Implied {
		p.Org, p.OrgIsPlace, p.Implied = m.Key, m.Kind == KPlace, false
	}
	p.Limit = m.Limit
	return true
}

// serviceBeforeRank returns the end of the holder's service named at k
// before a rank ("US Army", "German Army", "Royal Navy" + "Major
// General"), or k: a body, or a demonym and a body's capitalised head.
func (s *personState) serviceBeforeRank(k int) int {
	m := s.ms.StartingAt(k, KOrg, KDemonym)
	if m == nil {
		return k
	}
	end := m.Limit
	for m.Kind == KDemonym && end < m.Limit+2 && s.t.Tok(end).IsCapWord() && s.f.w.orgHeads.Has(s.t.Tok(end).Text) {
		end++ // "German Army", "Italian Air Force"
	}
	if s.ms.StartingAt(end, KRank) == nil {
		return k
	}
	return end
}

// acronymSubject reports whether post p is a post's acronym alone that
// an auxiliary follows: the subject of a clause of its own, not a title
// in apposition ("Welcomed by General X, DSACEUR was briefed").
func (s *personState) acronymSubject(p *PostPhrase) bool {
	return p.Acronym != "" && p.Limit-p.First == 1 && s.f.w.auxiliaries.Has(s.t.Norm(p.Limit))
}

// fieldWordIn reports whether one of the words [k, end) names a field
// of government or of a title (field-nouns.tsv, the domain words of
// role-modifiers.tsv): "Demand Management".
func (s *personState) fieldWordIn(k, end int) bool {
	for i := k; i < end; i++ {
		if w := s.t.Tok(i).Text; s.f.w.fieldNouns.Has(w) || s.f.w.roleMods.Value(w, 0) == "domain" {
			return true
		}
	}
	return false
}

// fieldThenHolder reads, right after post p (at k), two to four
// capitalised words, none a given name, that a comma and a titled name
// follow: the words are the title's field, written after it with no
// "for", one of them a field's word, and the titled name holds it
// ("Director Demand Management, Dr Velizar Shalamanov"). It returns the
// post with its field and where the holder's titles start, else nil.
func (s *personState) fieldThenHolder(p *PostPhrase, k int) (*PostPhrase, int) {
	if k != p.Limit || !s.t.Tok(k).IsCapWord() || s.ms.At(k) != nil || s.f.w.given.Has(s.t.Tok(k).Text) {
		return nil, k // "Director Anna Holm, Mr Tom Berg": a name
	}
	end := k
	for end < k+4 && s.t.Tok(end).IsCapWord() && s.ms.At(end) == nil {
		end++
	}
	if s.t.Norm(end) != "," || end-k < 2 || !s.t.SameSentence(k, end) {
		return nil, k // "Director Holm, Mr Tom Berg": a list of names
	}
	if !s.fieldWordIn(k, end) {
		return nil, k // "Deputy Prime Minister Abdulakim Ademi, Mr Ali Ahmeti": a name the lists lack
	}
	at, rank := s.skipTitles(end + 1)
	if at == end+1 && rank == "" || s.nameRun(at) <= at {
		return nil, k // "Director Holm, the head of ...": the words are a name
	}
	q := *p
	q.Title = p.Title + " " + s.t.Surface(k, end)
	return &q, end + 1
}

// subjectAfterClause reports whether the name that ends at token end,
// after post p and a comma, is the subject of the main clause that an
// opening clause holding p leads to, not p's holder: "Before receiving
// the Prime Minister, Mr X announced ...". The opening clause starts
// with a word that links events ("Before", "After") or a participle
// ("Speaking alongside ..."), and a verb follows the name.
func (s *personState) subjectAfterClause(p *PostPhrase, end int) bool {
	if !s.openingClauseTo(p.First) {
		return false // none, or it ended before the post
	}
	if j := s.t.BackPastThe(p.First - 1); s.t.Norm(j) == "as" || s.f.w.determiners.Value(s.t.Norm(j), 0) == "possessive" && s.t.Norm(j-1) == "as" {
		return false // "Addressing the Committee as its Chair, Admiral X spoke": the subject's post
	}
	if !s.commaBetween(p.Limit, end) {
		return false // "Increasing stability was on the agenda during the visit of Kazakh President X to ...": no clause ends
	}
	next := s.t.Tok(end)
	return next.IsWord() && !next.IsCap() && next.Norm != "and" && next.Norm != "of" && s.t.SameSentence(end-1, end)
}

// openingClauseTo reports whether the sentence of token i opens with a
// clause that a word linking events ("Before", "After") or a participle
// ("Speaking alongside ...") opens, and that no comma closes before i.
func (s *personState) openingClauseTo(i int) bool {
	sent := s.t.SentenceOf(i)
	first := s.t.Tok(sent.First)
	if s.f.w.linkOf(first.Norm) != "another" && !first.IsIngForm() {
		return false
	}
	return !s.commaBetween(sent.First, i)
}

// commaBetween reports whether a comma stands in tokens [i, j).
func (s *personState) commaBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if s.t.Norm(k) == "," {
			return true
		}
	}
	return false
}

// nameFirstList gives post p, which opens with "the" between commas, to
// the name before it where the name after it ends at end and has a post
// of its own after it, or a title in apposition (titleAhead): in "Colonel
// A, the Director of X, Colonel B, Deputy Commander of Y, ..." the titles
// follow the names. It reports whether it did.
func (s *personState) nameFirstList(p *PostPhrase, end int) bool {
	j := p.First
	if s.t.Norm(j) != "the" {
		j--
	}
	if s.t.Norm(j) != "the" || s.t.Norm(j-1) != "," || s.t.Norm(end) != "," {
		return false
	}
	named, surname := s.nameBefore(j-1) >= 0, s.titledSurnameBefore(j-1)
	if !named && !surname {
		return false
	}
	ahead := s.postAfter(end) // "... Colonel B, the PRT commander, and ...": titleAhead reads a title the posts do not
	if ahead && !named {
		return true // "Colonel Marwick, the Task Force Helmand commander, Colonel B, ...": the surname's alone, whom no name gives; not B's
	}
	return ahead && s.addNameBefore(j-1, p)
}

// titledSurnameBefore reports whether one capitalised word after a rank
// or a style ends just before token end: "Colonel Marwick".
func (s *personState) titledSurnameBefore(end int) bool {
	first, _ := s.titlesBefore(end - 1)
	return end > 1 && first < end-1 && s.t.Tok(end-1).IsCapWord() && s.t.SameSentence(end-2, end-1)
}

// titleAhead reports whether "the" at token k opens a few words that end
// in a title's head before a comma or a full stop: "the PRT commander,",
// "the army chief of staff.", a title in apposition whatever its body.
func (s *personState) titleAhead(k int) bool {
	if s.t.Norm(k) != "the" {
		return false
	}
	for j := k + 1; j < k+7 && s.t.SameSentence(k, j); j++ {
		switch n := s.t.Norm(j); {
		case n == "," || n == "." || n == ";":
			return false
		case s.f.w.roleHeads.Has(s.t.Tok(j).Text):
			e := j + 1
			if s.t.Norm(e) == "of" {
				e += 2 // "chief of staff"
			}
			n := s.t.Norm(e)
			return n == "," || n == "." || n == ";" || !s.t.SameSentence(j, e)
		}
	}
	return false
}

// incomingHolders gives the post of an outgoing holder to the incoming
// one named after "and": "between the outgoing KFOR Commander, Major
// General A, and the incoming Major General B", B holds it now.
func (s *personState) incomingHolders() {
	for k := range s.posts {
		p := &s.posts[k]
		if !p.Former {
			continue
		}
		e := s.holderEnd(p.Limit)
		if e < 0 {
			continue
		}
		j := e
		if s.t.Norm(j) == "," {
			j++
		}
		if s.t.Norm(j) != "and" {
			continue
		}
		j = skipThe(s.t, s.ms, j+1)
		if s.f.w.roleMods.Value(s.t.Norm(j), 0) != "status" || s.t.Tok(j).IsCap() {
			continue
		}
		start, rank := s.skipTitles(j + 1)
		if end := s.nameRun(start); end > start && s.t.SameSentence(j, end-1) {
			q := *p
			q.Former, q.Also = false, nil
			s.add(start, end, rank, &q, j+1)
		}
	}
}

// dashAt reports whether token k opens an apposition that dashes
// enclose, as commas do: "The JALLC Commander – Brigadier General X –
// presented".
func (s *personState) dashAt(k int) bool {
	if !s.t.ApartDash(k) {
		return false
	}
	for j := k + 2; j < k+9 && s.t.SameSentence(k, j); j++ {
		if s.t.ApartDash(j) {
			return true
		}
	}
	return false
}

// beforeTitledName reports whether token k, right after a title, is a
// colon or a dash that a rank or an honorific follows: the name they
// open holds the title ("1st Brigade commander: Colonel X", "the
// battlegroup commander - Lt Col Y").
func (s *personState) beforeTitledName(k int) bool {
	return (s.t.Norm(k) == ":" || s.t.ApartDash(k)) && s.ms.StartingAt(k+1, KRank, KHonorific) != nil && s.t.SameSentence(k, k+1)
}

// holderEnd returns the end of the name of the person that a post
// ending at token k was given to, right after it (perhaps past a comma
// and ranks), or -1.
func (s *personState) holderEnd(k int) int {
	if s.t.Norm(k) == "," {
		k++
	}
	for ; k < len(s.t.Tokens) && s.ms.StartingAt(k, KRank, KHonorific) != nil; k = s.ms.StartingAt(k).Limit {
	}
	key := s.out.At[k]
	if key == "" || !s.out.Named[k] {
		return -1
	}
	for k < len(s.t.Tokens) && s.out.At[k] == key && s.out.Named[k] {
		k++
	}
	return k
}

// chainedTitles gives a post that no one holds the holder of the post
// in apposition after it: "The chairman of the NRC, NATO Secretary
// General X", "the Prime Minister, Minister of State, Mr X".
func (s *personState) chainedTitles() {
	for k := len(s.posts) - 1; k >= 0; k-- {
		p := &s.posts[k]
		j := s.pastOrgApposition(p)
		if s.out.At[p.Core.First] != "" || s.t.Norm(j) != "," || s.given(p) {
			continue // held already, as by the name before it: "A, Chair of X, Mr B"
		}
		q := s.postAt(j + 1)
		if q == nil || q.First == p.First || s.out.At[q.Core.First] == "" {
			continue
		}
		key := s.out.At[q.Core.First]
		if p.Implied && !q.Implied && p.OrgIsPlace && q.OrgIsPlace {
			p.Org, p.Implied = q.Org, false // "the Prime Minister, Minister of Culture of Luxembourg, Mr X"
		}
		s.givePost(s.out.Get(key), p)
		for i := p.First; i < p.Limit; i++ {
			s.out.At[i] = key
		}
	}
}

// pastOrgApposition returns where post p ends, past an apposition that
// names its organisation again: "the Executive Director of Frontex, the
// European Border and Coast Guard Agency, Fabrice Leggeri".
func (s *personState) pastOrgApposition(p *PostPhrase) int {
	k := p.Limit
	if p.Org != "" && s.t.Norm(k) == "of" {
		k = s.pastParent(k) // "Commander of the Regional Command West of the NATO-led KFOR mission, Colonel X"
	}
	if n := s.t.Norm(k); p.Org != "" && !p.OrgIsPlace && (n == "at" || n == "in") {
		if m := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KOrg); m != nil && s.t.Norm(m.Limit) == "," {
			return m.Limit // "the Head of the Policy Department at the Ministry of Defence, Ms X": the body it is part of
		}
	}
	if (p.Org == "" || p.Implied) && s.t.Norm(k) == "of" {
		if j := s.pastDescription(k); j > k {
			return j // "the High Representative of the international community, Paddy Ashdown"
		}
	}
	if p.Org == "" || s.t.Norm(k) != "," {
		return k
	}
	m := s.ms.StartingAt(skipThe(s.t, s.ms, k+1), KOrg)
	if m == nil || m.Key != p.Org || s.t.Norm(m.Limit) != "," {
		return s.pastDescription(k)
	}
	return m.Limit
}

// pastDescription returns the comma that ends a short description in
// lower case after the comma or the "of" at k, a name after it: "the
// President of the Riigikogu, the Estonian parliament, Ene Ergma", "the
// High Representative of the international community, Paddy Ashdown";
// or k.
func (s *personState) pastDescription(k int) int {
	if s.t.Norm(k+1) != "the" {
		return k
	}
	for j := k + 2; j < k+7 && s.t.SameSentence(k, j); j++ {
		tok := s.t.Tok(j)
		switch {
		case tok.Norm == ",":
			if j > k+2 && s.t.Tok(j+1).IsCapWord() {
				return j
			}
			return k
		case s.ms.StartingAt(j, KDemonym) != nil || tok.IsWord() && !tok.IsCap():
		default:
			return k
		}
	}
	return k
}

// pastParent returns where a phrase "of [the] ... BODY ..." that names
// the body a post's body is part of ends before a comma, or k.
func (s *personState) pastParent(k int) int {
	body := false
	for j := k + 1; j < len(s.t.Tokens) && j <= k+8 && s.t.SameSentence(k, j); j++ {
		switch {
		case s.t.Norm(j) == ",":
			if body {
				return j
			}
			return k
		case s.ms.StartingAt(j, KOrg) != nil:
			body = true
			j = s.ms.StartingAt(j).Limit - 1
		case s.out.At[j] != "" || s.ms.StartingAt(j, KRank, KHonorific, KRole) != nil:
			return k
		}
	}
	return k
}

// addNameBefore gives post p to the person whose name, perhaps after
// ranks and honorifics, ends just before token end, and reports whether
// there is one.
func (s *personState) addNameBefore(end int, p *PostPhrase) bool {
	if s.t.Norm(end-1) == ")" && s.t.Norm(end-3) == "(" && s.ms.StartingAt(end-2, KPlace) != nil {
		end -= 3 // "Rasa Jukneviciene (Lithuania), former ...": past the country
	} else if s.t.Norm(end-1) == ")" && s.t.Norm(end-4) == "(" && nationServiceTag(s.t, end-3) {
		end -= 4 // "Colonel X (DEU A), the Chief of Staff": past the nation's and the service's letters
	}
	honours := end
	for end > 1 && s.f.w.postNominals.HasAsWritten(s.t.Tok(end-1).Text) {
		end-- // "Major General Tibor Benkő PhD, Chief of Defence"
	}
	if end < honours && s.t.Norm(end-1) == "," && s.nameBefore(end-1) >= 0 {
		end-- // "Lt. Gen. X, CBE DSO, commander of the ARRC": the honours between commas
	}
	end = s.pastLetters(end)
	start := s.nameBefore(end)
	if start < 0 || s.f.w.eventHeads.Has(s.t.Tokens[end-1].Text) {
		return false // "at the Vilnius Summit, the Secretary General said": an event's name
	}
	first, rank := s.titlesBefore(start)
	s.add(start, end, rank, p, first)
	return true
}

// pastLetters returns the end of a name that a run of letters after it
// ends at end, a service's and honours' letters in capitals, no
// place's, perhaps joined by commas ("Vice Admiral X RCN,
// CMM CD, Commander of the Royal Canadian Navy") or set off by them
// ("General X, GEAR, Chairman"); else end.
func (s *personState) pastLetters(end int) int {
	k := end
	for k > 1 && (letters(s.t.Tok(k-1)) && s.ms.AtKind(k-1, KPlace, KPerson) == nil || s.t.Norm(k-1) == "," && letters(s.t.Tok(k-2))) {
		k--
	}
	if k < end && k > 1 && s.t.Norm(k-1) == "," && s.nameBefore(k-1) >= 0 {
		k-- // "General X, GEAR, Chairman of the Military Committee": the letters set off by commas
	}
	if k == end || s.out.At[k-1] == "" && s.nameBefore(k) < 0 {
		return end
	}
	return k
}

// letters reports whether tok is two to four capital letters: a
// service's or an honour's after a name ("RCN", "CBE").
func letters(tok Token) bool {
	return tok.IsUpper() && len(tok.Text) >= 2 && len(tok.Text) <= 4 && tok.IsWord()
}

// respectively gives the posts of a plural title to the names that follow
// it, one country each: "the Foreign Ministers of Poland and Germany, Mr
// Adam Daniel Rotfeld and Mr Joschka Fischer".
func (s *personState) respectively() {
	if !slices.ContainsFunc(s.t.Tokens, func(t Token) bool { return s.f.singular(t) != "" }) {
		return // no plural title: the pattern cannot match anywhere
	}
	for _, m := range Scan(s.f.plurals, s.t, s.ms, 0, len(s.t.Tokens)) {
		title, _ := m.Group("title")
		places, _ := m.Group("places")
		countries := s.ms.In(places.First, places.Limit, KPlace)
		people := s.nameList(m.Limit, len(countries))
		if len(people) != len(countries) {
			continue
		}
		role := s.t.Surface(title.First, title.Limit)
		role = role[:len(role)-1]
		for k, per := range people {
			s.addPost(per, natokg.Post{Role: role, Org: countries[k].Key, OrgIsPlace: true,
				Span: s.t.ByteSpan(title.First, places.Limit)})
		}
	}
}

// pluralHolders gives the posts of a plural title to the names that
// follow it, each with its country: "Foreign Ministers Yoshimasa Hayashi
// of Japan and Nanaia Mahuta of New Zealand", "the Defence Ministers of
// Finland, Antti Kaikkonen, and Sweden, Peter Hultqvist".
func (s *personState) pluralHolders() {
	for i, tok := range s.t.Tokens {
		role := s.f.singular(tok)
		lower := false
		if role == "" {
			role, lower = s.f.singular(capitalToken(tok)), true // "the foreign ministers of the three countries – X of Türkiye, Y of Finland"
		}
		if role == "" {
			s.colonList(i)
			continue
		}
		first := i
		for first > 0 && s.t.Tok(first-1).IsCap() != lower && s.titleWord(s.t.Tok(first-1).Text) {
			first-- // "Defence Ministers", "Deputy Foreign Ministers", "foreign ministers"; not "the new foreign ministers"
		}
		title := role
		for k := i - 1; k >= first; k-- {
			title = upperFirst(s.t.Tok(k).Text) + " " + title
		}
		switch {
		case lower:
			s.colonList(i)
			s.nameThenCountry(title, s.pastGroupOf(i+1)) // only "NAME of COUNTRY" items name them
		case s.t.Norm(i+1) == "of":
			s.countryThenName(title, i+2)
		default:
			s.nameThenCountry(title, s.pastColon(i+1))
		}
	}
}

// pluralAfterNames gives each of the names listed before a comma the
// post of the plural title after it, with the body or the country of its
// "of": "X and Y, members of the Presidency of Bosnia and Herzegovina"
// are each a Member of the Presidency.
func (s *personState) pluralAfterNames() {
	for i, tok := range s.t.Tokens {
		if s.t.Norm(i+1) != "of" || s.t.Norm(s.t.BackPastThe(i-1)) != "," {
			continue // before the title is read: most words are no plural title
		}
		role := s.f.singular(capitalToken(tok))
		if role == "" {
			continue
		}
		body := s.ms.StartingAt(s.t.PastThe(i+2), KOrg, KPlace)
		if body == nil || body.Kind == KPlace && s.f.g.Country(body.Key) == nil {
			continue
		}
		holders := s.namesEndingAt(s.t.BackPastThe(i - 1))
		if len(holders) < 2 {
			continue
		}
		for _, per := range holders {
			s.addPost(per, natokg.Post{Role: role, Org: body.Key, OrgIsPlace: body.Kind == KPlace, Span: s.t.ByteSpan(i, body.Limit)})
		}
	}
}

// namesEndingAt returns the people named in a list of names joined by
// commas and "and" that ends right before token end, the last first:
// "X, Y and Z".
func (s *personState) namesEndingAt(end int) []*natokg.Person {
	var out []*natokg.Person
	for n := 0; n < 6 && end > 0; n++ {
		key := s.out.At[end-1]
		if key == "" || !s.out.Named[end-1] {
			break
		}
		k := end - 1
		for k > 0 && s.out.At[k-1] == key && s.out.Named[k-1] {
			k--
		}
		out = append(out, s.out.Get(key))
		if w := s.t.Norm(k - 1); w != "and" && w != "," || n > 0 && w == "and" {
			break
		}
		end = k - 1
	}
	return out
}

// titleWord reports whether w is a modifier of role-modifiers.tsv that
// stays in a title before its head (a title's or a field's word:
// "Deputy", "Foreign"), not one that says its holder's status ("new",
// "former").
func (s *personState) titleWord(w string) bool {
	v := s.f.w.roleMods.Value(w, 0)
	return v == "title" || v == "domain"
}

// capitalToken returns tok with its first letter in capitals, as a title
// in capitals is written.
func capitalToken(tok Token) Token {
	tok.Text = upperFirst(tok.Text)
	return tok
}

// pastGroupOf returns the token after a dash, colon or comma that ends,
// within a few words, the "of" complement of a plural title at k ("the
// foreign ministers of the three countries – X of Türkiye"), else k.
func (s *personState) pastGroupOf(k int) int {
	if s.t.Norm(k) != "of" {
		return k
	}
	for j := k + 1; j < k+7 && j < len(s.t.Tokens) && s.t.SameSentence(k, j); j++ {
		switch s.t.Norm(j) {
		case "-", ":", ",":
			return j + 1
		}
	}
	return k
}

// pastColon returns the token after a colon that ends, within a few
// words, the complement a plural title opens at k ("Permanent
// Representatives to the North Atlantic Council: Amb. X (Italy), ..."),
// else k.
func (s *personState) pastColon(k int) int {
	for j := k; j < k+10 && j < len(s.t.Tokens) && s.t.SameSentence(k, j); j++ {
		switch n := s.t.Norm(j); {
		case n == ":":
			return j + 1
		case n == "," || s.out.At[j] != "":
			return k
		}
	}
	return k
}

// distributedFields gives the names after a plural title whose fields
// are joined by "and" one field each, in order: "the Ministers of Foreign
// Affairs and Defence, X and Y", "the Foreign and Defence Ministers, X
// and Y". The posts take the country of the sentence's national posts.
func (s *personState) distributedFields() {
	for i, tok := range s.t.Tokens {
		role := s.f.singular(tok)
		if role == "" {
			continue
		}
		titles, k := s.fieldsBefore(role, i), i+1
		if s.t.Norm(i+1) == "of" {
			titles, k = s.fieldsAfter(role, i+2)
		}
		if len(titles) < 2 {
			continue
		}
		if s.t.Norm(k) == "," {
			k++ // "the Foreign and Defence Ministers, X and Y"
		}
		people := s.nameList(k, len(titles))
		if len(people) != len(titles) {
			continue
		}
		org, implied := s.sentenceCountry(i)
		for n, per := range people {
			s.addPost(per, natokg.Post{Role: titles[n], Org: org, OrgIsPlace: org != "", Span: s.t.ByteSpan(i, i+1)})
			if implied {
				s.implied[heldPost{per, titles[n], org}] = true
			}
		}
	}
}

// fieldsBefore returns the titles of the plural title at i whose fields,
// domain modifiers (role-modifiers.tsv), go before it joined by commas
// and "and": "Foreign and Defence Ministers" gives "Foreign Minister" and
// "Defence Minister".
func (s *personState) fieldsBefore(role string, i int) []string {
	var fields []string
	k := i - 1
	for ; k >= 0 && s.f.w.roleMods.Value(s.t.Tok(k).Text, 0) == "domain" && s.t.Tok(k).IsCap(); k -= 2 {
		fields = append([]string{s.t.Tok(k).Text}, fields...)
		if n := s.t.Norm(k - 1); n != "and" && n != "," || len(fields) > 1 && n == "and" {
			break
		}
	}
	if len(fields) < 2 || s.t.Norm(i-2) != "and" {
		return nil
	}
	out := make([]string, len(fields))
	for n, f := range fields {
		out[n] = f + " " + role
	}
	return out
}

// fieldsAfter returns the titles of a plural title whose fields follow
// its "of" at k, runs of capitalised words joined by commas and a last
// "and" ("Ministers of Foreign Affairs and Defence"), and the token past
// them. A run that is a place or a body is no field.
func (s *personState) fieldsAfter(role string, k int) ([]string, int) {
	var out []string
	for last := false; len(out) < 6; {
		e := k
		for e < len(s.t.Tokens) && s.t.Tok(e).IsCapWord() && s.ms.At(e) == nil && s.t.SameSentence(k, e) {
			e++
		}
		if e == k {
			return nil, k
		}
		out = append(out, role+" of "+s.t.Surface(k, e))
		switch n := s.t.Norm(e); {
		case last:
			return out, e
		case n == "and":
			last, k = true, e+1
		case n == "," && s.t.Norm(e+1) == "and":
			last, k = true, e+2
		case n == ",":
			k = e + 1
		default:
			return nil, k
		}
	}
	return nil, k
}

// sentenceCountry returns the country of the national post nearest
// before token i in its sentence (else after it), and whether that post
// only implied it; else the country the sentence or its scene names.
func (s *personState) sentenceCountry(i int) (string, bool) {
	var best *PostPhrase
	for k := range s.posts {
		p := &s.posts[k]
		if !p.National || !p.OrgIsPlace || p.Org == "" || !s.t.SameSentence(i, p.First) {
			continue
		}
		if best == nil || p.First < i && (best.First > i || p.First > best.First) {
			best = p
		}
	}
	if best != nil {
		return best.Org, best.Implied
	}
	pf, p := &PostFinder{s.f.rules}, PostPhrase{Span: Span{First: i, Limit: i + 1}, National: true}
	if c := pf.countryBefore(s.t, s.ms, p, "", nil); c != "" {
		return c, true
	}
	if c := pf.sceneCountry(s.t, s.ms, p); c != "" {
		return c, true
	}
	return "", false
}

// colonList gives the holders a colon lists after a plural title in
// lower case at token i their post, each named with their country: "The
// foreign ministers of the seven new Allies then took the floor: Solomon
// Passy of Bulgaria, Kristiina Ojuland of Estonia ...".
func (s *personState) colonList(i int) {
	tok := s.t.Tok(i)
	one, ok := strings.CutSuffix(tok.Text, "s")
	if tok.IsCap() || !ok || !s.f.w.roleHeads.Has(upperFirst(one)) {
		return
	}
	title := upperFirst(one)
	if prev := s.t.Tok(i - 1); i > 0 && !prev.IsCap() && s.f.w.roleMods.Value(upperFirst(prev.Text), 0) == "domain" {
		title = upperFirst(prev.Text) + " " + title // "foreign ministers"
	}
	for k := i + 1; k < len(s.t.Tokens) && k < i+20 && s.t.SameSentence(i, k); k++ {
		if s.t.Norm(k) == ":" {
			s.nameThenCountry(title, k+1)
			return
		}
	}
}

// nameThenCountry reads "NAME of COUNTRY" or "NAME (COUNTRY)" from k,
// joined by commas and "and", and gives each name the post of title in
// its country.
func (s *personState) nameThenCountry(title string, k int) {
	for n := 0; n < 8; n++ {
		k0, rank := s.skipTitles(k)
		end := s.nameOrPersonEnd(k0)
		if w := s.t.Norm(end); end <= k0 || w != "of" && w != "(" {
			return
		}
		c := s.ms.StartingAt(s.t.PastThe(end+1), KPlace)
		if c == nil || s.f.g.Country(c.Key) == nil || s.t.Norm(end) == "(" && s.t.Norm(c.Limit) != ")" {
			return
		}
		s.holds(k0, end, rank, k, title, c)
		next := c.Limit
		if s.t.Norm(end) == "(" {
			next++ // "Amb. X (Italy), Amb. Y (Portugal)"
		}
		k = s.pastListSeparator(next)
	}
}

// countryThenName reads "COUNTRY, NAME" from k, joined by commas and
// "and", and gives each name the post of title in its country.
func (s *personState) countryThenName(title string, k int) {
	for n := 0; n < 8; n++ {
		c := s.ms.StartingAt(s.t.PastThe(k), KPlace)
		if c == nil || s.f.g.Country(c.Key) == nil || s.t.Norm(c.Limit) != "," {
			return
		}
		k0, rank := s.skipTitles(c.Limit + 1)
		end := s.nameOrPersonEnd(k0)
		if end <= k0 {
			return
		}
		s.holds(k0, end, rank, c.Limit+1, title, c)
		k = s.pastListSeparator(end)
	}
}

// pastListSeparator returns the token after the ", " and "and" that
// join the items of a list at k.
func (s *personState) pastListSeparator(k int) int {
	if s.t.Norm(k) == "," {
		k++
	}
	if s.t.Norm(k) == "and" {
		k++
	}
	return k
}

// nameOrPersonEnd returns where the name at k ends: a person's named
// there already, else a run of a name's words; k where there is none.
func (s *personState) nameOrPersonEnd(k int) int {
	if key := s.out.At[k]; key != "" && s.out.Named[k] {
		end := k
		for end < len(s.t.Tokens) && s.out.At[end] == key && s.out.Named[end] {
			end++
		}
		return end
	}
	return s.nameRun(k)
}

// holds records the person named by tokens [k0, end) as the holder of
// the post of title in country c.
func (s *personState) holds(k0, end int, rank string, aliasStart int, title string, c *Mention) {
	if s.out.At[k0] == "" {
		s.add(k0, end, rank, nil, aliasStart)
	}
	if per := s.out.Get(s.out.At[k0]); per != nil {
		s.addPost(per, natokg.Post{Role: title, Org: c.Key, OrgIsPlace: true, Span: s.t.ByteSpan(min(k0, c.First), max(end, c.Limit))})
	}
}

// nameList reads up to n names from token i, joined by commas and "and",
// each perhaps after honorifics: "Mr Waszczykowski, Mr Teodor Meleșcanu
// and Mr Mevlüt Çavuşoğlu". A surname alone names a person named in
// full elsewhere.
func (s *personState) nameList(i, n int) []*natokg.Person {
	var out []*natokg.Person
	for len(out) < n && i < len(s.t.Tokens) {
		k, rank := s.skipTitles(i)
		end := s.nameRun(k)
		switch {
		case s.out.Named[k]:
			out = append(out, s.out.Get(s.out.At[k]))
			for end = k; s.out.Named[end] && s.out.At[end] == s.out.At[k]; end++ {
			}
		case end > k:
			s.add(k, end, rank, nil, i)
			out = append(out, s.out.Get(s.out.At[k]))
		case s.t.Tok(k).IsCapWord():
			per := s.bySurname(s.t.Tokens[k].Text)
			if per == nil {
				return out
			}
			out = append(out, per)
			end = k + 1
		default:
			return out
		}
		i = end
		for s.t.Norm(i) == "," || s.t.Norm(i) == "and" {
			i++
		}
	}
	return out
}

// stylePosts gives the holder of an academic style (honorifics.tsv)
// the post it names at the body the name is "of", "at" or "from":
// "Professor Paata Kervalishvili of the Georgian Technical University" is
// a Professor of that university. So a diplomat's style gives the post of
// the country the name is "of" or "from": "Ambassador Sorin Ducaru from
// Romania" is Romania's Ambassador.
func (s *personState) stylePosts() {
	for _, m := range s.ms.In(0, len(s.t.Tokens), KHonorific) {
		key := s.out.At[m.Limit]
		diplomat := s.f.w.roleHeads.Value(m.Key, 0) == "diplomatic"
		if !s.f.g.Academic[m.Key] && !diplomat || key == "" || !s.out.Named[m.Limit] {
			continue
		}
		end := m.Limit
		for s.out.At[end] == key && s.out.Named[end] {
			end++
		}
		if n := s.t.Norm(end); n != "of" && n != "at" && n != "from" {
			continue
		}
		o := s.ms.StartingAt(s.t.PastThe(end+1), KOrg, KPlace)
		switch {
		case o == nil:
		case o.Kind == KOrg && !diplomat:
			s.addPost(s.out.Get(key), natokg.Post{Role: m.Key, Org: o.Key, Span: s.t.ByteSpan(m.First, o.Limit)})
		case o.Kind == KPlace && diplomat && s.t.Norm(end) != "at" && s.f.g.Country(o.Key) != nil:
			s.addPost(s.out.Get(key), natokg.Post{Role: m.Key, Org: o.Key, OrgIsPlace: true, Span: s.t.ByteSpan(m.First, o.Limit)})
		}
	}
}

// bySurname returns the one person whose name ends with surname, or nil.
func (s *personState) bySurname(surname string) *natokg.Person {
	var found *natokg.Person
	for _, p := range s.out.List {
		if strings.HasSuffix(p.Name, " "+surname) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// apposition gives a post with no article, between commas after a name,
// to that name: in "Major General A, Deputy Commander of X, Brigadier
// General B, Commander of Y", B is not X's Deputy Commander.
func (s *personState) apposition(p *PostPhrase) bool {
	if s.bracketedService(p) {
		return true
	}
	if s.t.Norm(p.Limit) == ":" && s.beforeTitledName(p.Limit) {
		return false // "General X, CoS ACT: VAdm Y": a label of the name after it
	}
	open, now := s.appositionOpen(p)
	closed := s.t.Norm(p.Limit) == ")" || s.acronymCloses(p.Limit) // "(Supreme Allied Commander Europe or SACEUR)"
	if open == "(" && !closed || open != "," && open != "(" || s.t.Norm(p.First) == "the" || !s.appositionEnds(p.Limit) && !closed {
		return false // "Jane Doe, Minister of Defence," and "Jane Doe (Minister of Defence)"
	}
	if open == "," && s.acronymSubject(p) {
		return false // "Welcomed by General X, DSACEUR was briefed": the acronym opens the next clause
	}
	if key := s.out.At[p.First-2-now]; key != "" && s.out.Named[p.First-2-now] && !s.nameAfterPost(p) {
		// a name another post gave: "Former Secretary General Javier
		// Solana, now President of X,", "Federal Councillor Didier
		// Burkhalter, Head of the Federal Department of Foreign Affairs,"
		s.givePost(s.out.Get(key), p)
		return true
	}
	if s.rankedHolderAfter(p, now) {
		return false // "Ambassador George Glass, Chief of the Portuguese Navy, Admiral X": the officer's post
	}
	if s.addNameBefore(p.First-1-now, p) {
		return true
	}
	// "General Egon Ramms of the German Army, Commander of ...": past the
	// body or the country the name's "of" gives.
	if m := s.ms.EndingAt(p.First-1-now, KOrg, KPlace); m != nil && now == 0 {
		if j := s.t.BackPastThe(m.First - 1); s.t.Norm(j) == "of" {
			return s.addNameBefore(j, p)
		}
	}
	// "Lieutenant General Uwe Kranz, German Army, Commander ...": past the
	// service named in apposition.
	if m := s.ms.EndingAt(p.First-1-now, KOrg); m != nil && now == 0 && s.t.Norm(p.First-1) == "," && s.t.Norm(m.First-1) == "," {
		return s.addNameBefore(m.First-1, p)
	}
	if j := s.serviceInBrackets(p.First - 1); j > 0 && now == 0 {
		return s.addNameBefore(j, p)
	}
	return false
}

// rankedHolderAfter reports whether post p, between commas after a name
// that no rank opens, is followed by a rank and a name: in a list, the
// post is that officer's, told before his name ("with Ambassador George
// Glass, Chief of the Portuguese Navy, Admiral X, and ..."; "the
// Minister, Y, Chief of the Liaison Office, Navy Captain Z").
func (s *personState) rankedHolderAfter(p *PostPhrase, now int) bool {
	if now > 0 || s.t.Norm(p.Limit) != "," {
		return false
	}
	j := s.pastService(p.Limit + 1)
	k, _ := s.skipTitles(j)
	end := s.nameRun(k)
	if s.ms.StartingAt(j, KRank) == nil || end <= k || s.postAfter(end) {
		return false // but "A, Minister of X, General B, Head of Y": each name's title follows it
	}
	start := s.nameBefore(s.pastLetters(p.First - 1))
	if start < 0 {
		return false
	}
	first, _ := s.titlesBefore(start)
	return len(s.ms.In(first, start, KRank)) == 0
}

// postAfter reports whether a post in apposition follows the name that
// ends at end: a comma, then a post phrase or a title in lower case.
func (s *personState) postAfter(end int) bool {
	if s.t.Norm(end) != "," {
		return false
	}
	ahead := s.titleAhead(end + 1)
	k := end + 1
	if s.t.Norm(k) == "the" {
		k++
	}
	for s.f.w.status(s.t, k) {
		k++ // "Lord Robertson of Port Ellen, former NATO Secretary General"
	}
	for _, q := range s.posts {
		ahead = ahead || q.First == end+1 || q.First == k
	}
	return ahead
}

// appositionOpen returns the word that opens post p, a comma where it is
// in apposition past words of time or status ("now", "until now",
// "former", "a former", "the first") or past a title in lower case and
// "and" ("the current spokesperson and"), and how many such words there
// are.
func (s *personState) appositionOpen(p *PostPhrase) (string, int) {
	if c := s.lowerTitleAndBefore(p.First); c >= 0 {
		return ",", p.First - 1 - c // "Colonel X, the current COE spokesperson and Director of the Centre,"
	}
	open := s.t.Norm(p.First - 1)
	now := 0
	if (open == "now" || open == "currently") && s.t.Norm(p.First-2) == "," {
		open, now = ",", 1 // "Javier Solana, now President of the EsadeGeo Center,"
	} else if n := s.t.Norm(p.First - 2); open == "the" && (n == "now" || n == "currently") && s.t.Norm(p.First-3) == "," {
		open, now = ",", 2 // "General John Allen, currently the commander of the NATO-led ISAF mission,"
	} else if s.untilNow(p.First - 1) {
		open, now = ",", 2 // "General X, until now Commanding General of US Army Europe,"
	}
	if v := s.f.w.roleMods.Value(open, 0); (v == "former" || v == "status" || open == "a" || open == "an") && !s.t.Tok(p.First-1).IsCap() && s.t.Norm(p.First-2) == "," {
		open, now = ",", 1 // "Stefanie Babst, former NATO Assistant Secretary General", "X, a Member of the European Parliament"
	} else if s.articleStatus(p.First-1) && s.t.Norm(p.First-3) == "," {
		open, now = ",", 2 // "Lord Robertson of Port Ellen, a former Secretary General of NATO", "General X, the first Supreme Allied Commander Europe,"
	}
	return open, now
}

// lowerTitleAndBefore returns the comma before "the", a few words, a
// title's head in lower case and "and" right before token i, which
// open an apposition that goes on with the title at i ("X, the current
// COE spokesperson and Director of the Centre"); or -1.
func (s *personState) lowerTitleAndBefore(i int) int {
	h := i - 2
	if s.t.Norm(i-1) != "and" || s.t.Tok(h).IsCap() || !s.t.Tok(h).IsWord() || !s.f.w.roleHeads.Has(upperFirst(s.t.Norm(h))) {
		return -1
	}
	for k := h - 1; k >= h-4 && k > 0; k-- {
		if s.t.Norm(k) == "the" {
			if s.t.Norm(k-1) == "," {
				return k - 1
			}
			return -1
		}
		if !s.t.Tok(k).IsWord() {
			return -1
		}
	}
	return -1
}

// surnameAppositions gives a post in apposition after a surname that
// names a person named in full before ("General Mercier, a former Chief
// of Staff of the French Air Force,") to that person, where no one holds
// it yet: surnames are read after the names in full.
func (s *personState) surnameAppositions() {
	for k := range s.posts {
		p := &s.posts[k]
		open, now := s.appositionOpen(p)
		if open == "the" && s.t.Norm(p.First-2) == "," && s.predicateAfter(p) {
			open, now = ",", 1 // "General Del Vecchio, the Commander of NRDC-IT, brings ..."
		}
		j := p.First - 2 - now
		if open != "," || s.t.Norm(p.First) == "the" || !s.appositionEnds(p.Limit) || s.out.At[j] == "" || !s.out.Named[j] || s.given(p) || s.nameAfterPost(p) {
			continue
		}
		s.givePost(s.out.Get(s.out.At[j]), p)
	}
}

// surnameHolders gives a post followed by a comma, a rank or a style
// and a surname that names a person named in full before ("The NDC
// Commandant, Lieutenant General Rittimann, welcomed ...") to that person,
// where no one holds it yet.
func (s *personState) surnameHolders() {
	for k := range s.posts {
		p := &s.posts[k]
		c := s.pastOrgApposition(p)
		if s.t.Norm(c) != "," || s.given(p) {
			continue
		}
		j, rank := s.skipTitles(c + 1)
		if rank == "" || s.out.At[j] == "" || !s.t.SameSentence(j, p.First) || s.t.Norm(j+1) != "," && s.t.Norm(j+1) != "." {
			continue
		}
		s.givePost(s.out.Get(s.out.At[j]), p)
	}
}

// predicateAfter reports whether the clause goes on with its verb after
// post p and its closing comma: "General Del Vecchio, the Commander of
// NRDC-IT, brings the staff ...", where the post describes the name
// before it and introduces none after it.
func (s *personState) predicateAfter(p *PostPhrase) bool {
	k := p.Limit
	if s.t.Norm(k) == "(" {
		for k < p.Limit+6 && s.t.Norm(k) != ")" {
			k++ // past its acronym: "(NRDC-IT)"
		}
		k++
	}
	next := s.t.Tok(k + 1)
	return s.t.Norm(k) == "," && next.IsWord() && !next.IsCap() && !s.f.w.connectors.Has(next.Norm) && !s.f.w.determiners.Has(next.Norm)
}

// given reports whether anyone holds post p.
func (s *personState) given(p *PostPhrase) bool {
	span := p.Post(s.t).Span
	for _, per := range s.out.List {
		for _, q := range per.Posts {
			if q.Span == span {
				return true
			}
		}
	}
	return false
}

// untilNow reports whether "until now" after a comma ends at token k: the
// post in apposition after it is one its holder leaves.
func (s *personState) untilNow(k int) bool {
	return s.t.Norm(k) == "now" && s.t.Norm(k-1) == "until" && s.t.Norm(k-2) == ","
}

// articleStatus reports whether the lower-case word at k says when a post
// is held after an article ("a former", "the outgoing") or counts its
// holders after "the" ("the first"): such a post between commas after a
// name is still that name's.
func (s *personState) articleStatus(k int) bool {
	if s.t.Tok(k).IsCap() {
		return false
	}
	n, art := s.t.Norm(k), s.t.Norm(k-1)
	v := s.f.w.roleMods.Value(n, 0)
	return (v == "former" || v == "status") && (art == "a" || art == "the") || s.f.w.ordinal(n) && art == "the"
}

// acronymCloses reports whether the post that ends at token k closes its
// bracket with its acronym after "or" or a comma: "(Supreme Allied
// Commander Europe or SACEUR)", "(Supreme Allied Commander Europe,
// SACEUR)".
func (s *personState) acronymCloses(k int) bool {
	n := s.t.Norm(k)
	return (n == "or" || n == ",") && s.t.Tok(k+1).IsUpper() && s.t.Norm(k+2) == ")"
}

// bracketedService gives post p to the name before the service in
// brackets that p follows with no comma: "General Harald Kujat (German
// Air Force) Chairman of NATO's Military Committee will visit".
func (s *personState) bracketedService(p *PostPhrase) bool {
	if s.t.Norm(p.First-1) != ")" || s.t.Norm(p.First) == "the" || !s.appositionEnds(p.Limit) {
		return false
	}
	m := s.ms.EndingAt(p.First-1, KOrg)
	if m == nil || s.t.Norm(m.First-1) != "(" {
		return false
	}
	return s.addNameBefore(m.First-1, p)
}

// serviceInBrackets returns the bracket that opens the service a name
// gives before the comma at k, its post's apposition ("General Denis
// Mercier (French Air Force), Supreme Allied Commander Transformation,"),
// or 0.
func (s *personState) serviceInBrackets(k int) int {
	if s.t.Norm(k) != "," || s.t.Norm(k-1) != ")" {
		return 0
	}
	if m := s.ms.EndingAt(k-1, KOrg); m != nil && s.t.Norm(m.First-1) == "(" {
		return m.First - 1
	}
	return 0
}

// nameAfterPost reports whether a name, perhaps after a comma and
// titles, follows post p: "General A, NATO's Supreme Allied Commander
// Europe, General B" gives the post to B.
func (s *personState) nameAfterPost(p *PostPhrase) bool {
	k := p.Limit
	if s.t.Norm(k) == "," {
		k++
	}
	k, _ = s.skipTitles(s.pastService(k))
	return s.nameRun(k) > k
}

// pastService returns where the rank after the holder's service named at
// k starts ("US Army Major General X", "Navy Captain Z"), or k.
func (s *personState) pastService(k int) int {
	if end := s.serviceBeforeRank(k); end > k {
		return end
	}
	if s.f.w.roleMods.Value(s.t.Tok(k).Text, 0) == "domain" && s.ms.At(k) == nil && s.ms.StartingAt(k+1, KRank) != nil {
		return k + 1 // "Chief NATO Liaison Office, Navy Captain Ed Lum": a service before the rank
	}
	return k
}

// ofAfterName gives a post with no stated organisation the one after the
// name, or after a second titled name joined by "and": "President
// Alexander Stubb of Finland", "King X and Queen Y of the Netherlands".
func (s *personState) ofAfterName(p *PostPhrase, end int) *PostPhrase {
	if p.Org != "" && !p.Implied {
		return p
	}
	if s.t.Norm(end) == "and" {
		end = s.pairedName(end + 1) // "King Willem-Alexander and Queen Máxima of the Netherlands"
	}
	if s.t.Norm(end) != "of" {
		return p
	}
	j := skipThe(s.t, s.ms, end+1)
	m := s.ms.StartingAt(j, KPlace, KOrg)
	if m == nil {
		return p
	}
	if nationalityAfterName(p, m) {
		return p
	}
	q := *p
	q.Org, q.OrgIsPlace, q.Implied = m.Key, m.Kind == KPlace, false
	return &q
}

// servesIn reports whether the body after a ranked holder's name ("of
// the US Air Force") is the service the holder comes from, not the
// post's: the post is no national office and its body is already
// implied ("the Supreme Allied Commander Europe, General Tod D. Wolters
// of the US Air Force" holds a NATO post).
func servesIn(p *PostPhrase) bool {
	return p.Implied && !p.National
}

// nationalityAfterName reports whether the country m after a holder's
// name tells the holder's nationality, not the post's owner: the post is
// no national office and its body is already implied (the publisher's,
// the gazetteer's): "the Deputy Supreme Allied Commander Europe, General
// Sir James Everard of the United Kingdom" holds a NATO post.
func nationalityAfterName(p *PostPhrase, m *Mention) bool {
	return p.Implied && !p.OrgIsPlace && !p.National && m.Kind == KPlace
}

// pairedName returns the end of a second titled name that starts at k
// ("Queen Máxima"), or k.
func (s *personState) pairedName(k int) int {
	m := s.ms.StartingAt(k, KRole, KRank, KHonorific)
	if m == nil {
		return k
	}
	if end := s.nameRun(m.Limit); end > m.Limit {
		return end
	}
	for i := range s.posts {
		if q := &s.posts[i]; q.First == k {
			if end := s.royalName(q, q.Core.Limit); end > 0 {
				return end // "Queen Máxima"
			}
		}
	}
	return k
}

// appositionEnds reports whether a post in apposition after a name ends
// at token k: a comma, a full stop, "and", a bracket or a verb follow.
func (s *personState) appositionEnds(k int) bool {
	if k >= len(s.t.Tokens) || !s.t.SameSentence(k-1, k) {
		return true
	}
	switch s.t.Norm(k) {
	case ",", ".", ";", ")", "and", ":", "-", "\"":
		return true
	}
	return !s.t.Tokens[k].IsCap()
}

// titled adds the people named after a rank or an honorific that no post
// precedes ("General Tod D. Wolters", "Mr Nicu Popescu"), and after a
// peer's style, by the surname alone ("Lord Robertson").
func (s *personState) titled() {
	for _, m := range s.ms.List {
		if !m.Is(KRank, KHonorific) || s.out.At[m.First] != "" {
			continue
		}
		if end := s.peerName(m.First); end > 0 {
			s.add(m.First, end, "", nil, m.First) // "Lord Robertson"
			continue
		}
		k, rank := s.skipTitles(m.First)
		if end := s.nameRun(k); end > k && s.out.At[k] == "" && !s.namedAfter(m.First, end) {
			s.add(k, end, rank, nil, m.First)
		}
	}
}

// namedAfter reports whether the titled name that tokens [first, end)
// hold names a place, an event or a body after a person: "at the General
// Vecihi Akın Garrison", "completed the Admiral Pitka Recon Challenge".
func (s *personState) namedAfter(first, end int) bool {
	last := s.t.Tok(end - 1).Text
	return s.t.Norm(first-1) == "the" && (s.f.w.placeHeads.Has(last) || s.f.w.eventHeads.Has(last) || s.f.w.orgHeads.Has(last))
}

// royalName returns the end of a monarch's or a royal's name that opens
// at token k after a royal title: a first name alone, perhaps with a
// number ("Crown Prince Haakon", "King Harald V."), where no longer name
// stands there, or a longer name with a number ("King Juan Carlos I");
// or 0.
func (s *personState) royalName(p *PostPhrase, k int) int {
	r := s.f.g.Roles[p.RoleKey]
	if r == nil || r.Kind != "royal" && r.Kind != "noble" || k != p.Core.Limit || !s.t.SameSentence(k, p.First) || s.out.At[k] != "" {
		return 0
	}
	if end := s.nameRun(k); end > k {
		if romanNumeral(s.t.Tok(end).Text) && s.t.SameSentence(k, end) {
			return end + 1 // "King Juan Carlos I"
		}
		return 0
	}
	tok := s.t.Tok(k)
	if !tok.IsCapWord() || tok.IsUpper() || s.notNameStart(tok) {
		return 0
	}
	if m := s.ms.At(k); m != nil && !(m.Kind == KPlace && m.Len() == 1) {
		return 0 // a place of one word may be the name: "Crown Princess Mary"
	}
	end := k + 1
	if s.t.Norm(end) == "-" && !s.t.Tok(end).SpaceBefore && !s.t.Tok(end+1).SpaceBefore && s.t.Tok(end+1).IsCapWord() {
		end += 2 // "King Willem-Alexander"
	}
	if romanNumeral(s.t.Tok(end).Text) {
		end++ // "King Harald V"
	}
	if s.t.Tok(end).IsCapWord() && s.t.SameSentence(k, end) {
		return 0
	}
	return end
}

// nobleName names the holder of a royal style that is no office
// (roles.tsv kind noble: Prince, Princess) after it at k, and gives no
// post: one named by a first name alone keeps the style in the name
// ("Prince Harry"), unless "of" and the land of the holder's house follow
// ("Prince Willem-Alexander of the Netherlands" is Willem-Alexander); one
// with a longer name is named without it ("H.R.H. Prince Faisal Bin Al
// Hussein" is Faisal Bin Al Hussein). It reports whether p was such a
// style.
func (s *personState) nobleName(p *PostPhrase, k int) bool {
	if r := s.f.g.Roles[p.RoleKey]; r == nil || r.Kind != "noble" || len(p.Also) > 0 {
		return false
	}
	if end := s.royalName(p, k); end > 0 {
		first := p.Core.First
		if s.t.Norm(end) == "of" {
			first = k // "Prince Willem-Alexander of the Netherlands": his house's land names him
		}
		s.add(first, end, "", nil, p.First)
		return true
	}
	if k != p.Core.Limit || !s.t.SameSentence(k, p.First) {
		return true
	}
	n, rank := s.skipTitles(k)
	if end := s.nameRun(n); end > n {
		s.add(n, end, rank, nil, p.Core.First)
	}
	return true
}

// peerName returns the end of a peer's name that opens at token k with
// the style ("Lord Robertson"), or 0.
func (s *personState) peerName(k int) int {
	m := s.ms.StartingAt(k, KHonorific)
	if m == nil || !s.f.g.Peer[m.Key] || s.out.At[m.Limit] != "" || s.nameRun(m.Limit) > m.Limit {
		return 0
	}
	tok := s.t.Tok(m.Limit)
	if !tok.IsCapWord() || tok.IsUpper() || s.notNameStart(tok) || s.ms.At(m.Limit) != nil || s.t.Tok(m.Limit+1).IsCapWord() {
		return 0
	}
	end := m.Limit + 1
	if s.t.Norm(end) == "of" && s.ms.StartingAt(end+1, KOrg) == nil {
		k := end + 1
		for k < end+4 && s.t.Tok(k).IsCapWord() && s.t.SameSentence(end, k) {
			k++
		}
		if k > end+1 && (s.t.Norm(k) == "," || s.t.Norm(k) == "." || s.t.Norm(k) == ";") {
			end = k // a peer's territorial name: "Lord Robertson of Port Ellen"
		}
	}
	return end
}

// skipTitles skips ranks and honorifics from k and returns the rank, if any.
func (s *personState) skipTitles(k int) (int, string) {
	rank := ""
	if c := s.ms.StartingAt(k, KDemonym, KPlace); c != nil && (c.Kind == KDemonym || s.f.g.Country(c.Key) != nil) && s.ms.StartingAt(c.Limit, KRank) != nil {
		k = c.Limit // "NATO School Commandant, US Colonel Mark Baines": the holder's country before the rank
	}
	for {
		m := s.ms.StartingAt(k, KRank, KHonorific)
		if m == nil {
			if rank != "" && s.t.Norm(k) == "(" && s.t.Norm(k+2) == ")" && !s.t.Tok(k+1).IsCap() {
				k += 3 // "Lieutenant General (ret) Atanas Zapryanov"
				continue
			}
			if e := s.serviceTag(k); rank != "" && e > k {
				k = e // "Admiral (DEU N) Manfred Nielson"
				continue
			}
			return k, rank
		}
		if m.Kind == KRank || rank == "" && !s.f.g.Plain[m.Key] {
			rank = m.Key
		}
		k = m.Limit
	}
}

// titlesBefore walks back over ranks and honorifics before start.
func (s *personState) titlesBefore(start int) (int, string) {
	rank := ""
	for {
		m := s.ms.EndingAt(start, KRank, KHonorific)
		if m == nil {
			return start, rank
		}
		if m.Kind == KRank || rank == "" && !s.f.g.Plain[m.Key] {
			rank = m.Key
		}
		start = m.First
	}
}

// shortGiven reports whether tok is a given name cut short to two or
// three letters, a capital and lower case ("Kr", "Th", "Chr"), as a full
// stop follows it in a name.
func shortGiven(tok Token) bool {
	r := []rune(tok.Text)
	if len(r) < 2 || len(r) > 3 || !tok.IsCapWord() {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// nameRun returns the end of a person's name that starts at token k, or
// k: two or more capitalised words in at most twelve tokens, with
// initials ("Andrew M. Rohling"), particles ("Jaap de Hoop Scheffer"),
// hyphenated parts ("Ban Ki-moon", "Jaber Al-Mubarak Al-Hamad Al-Sabah")
// and suffixes ("III").
func (s *personState) nameRun(k int) int {
	t, w := s.t, s.f.w
	caps, end := 0, k
	for i := k; i < len(t.Tokens) && i-k < 12 && t.SameSentence(i, k); i++ {
		tok := t.Tokens[i]
		if s.out.At[i] != "" && s.out.Named[i] {
			break
		}
		if m := s.ms.At(i); m != nil {
			// A one-word place inside a name ("Jordan", "Austin S. Miller")
			// gives way, and so does a style that ends one ("Walter T. Lord").
			place := m.Kind == KPlace && m.Len() == 1 && (caps > 0 || t.Tok(i+1).IsCapWord() || w.particles.Has(t.Norm(i+1)) && t.Tok(i+2).IsCapWord()) &&
				(!(s.f.g.Country(m.Key) != nil && !t.Tok(i+1).IsCapWord() && !w.given.Has(tok.Text)) || // not "our Ally Norway"
					caps == 1 && w.given.Has(t.Tokens[k].Text) && s.ms.EndingAt(k, KRank, KHonorific) != nil) // but "Maj. Gen. Adrian Spain"
			style := m.Kind == KHonorific && m.Len() == 1 && caps > 0 && !t.Tok(i+1).IsCapWord()
			given := m.Kind == KOrg && m.Len() == 1 && caps == 0 && !tok.IsUpper() && w.given.Has(tok.Text) && t.Tok(i+1).IsCapWord() && s.ms.EndingAt(k, KHonorific) != nil // "Ms Nato Kvaratskhelia", not NATO
			if !place && !style && !given {
				break
			}
		}
		switch {
		case caps >= 1 && w.postNominals.HasAsWritten(tok.Text):
			return s.done(end, caps, k) // "Tibor Benkő PhD": letters after the name end it
		case caps >= 2 && w.suffixes.Has(tok.Text) && tok.IsCap():
			end = s.pastStop(i + 1) // "John W. Nicholson Jr."
		case caps >= 2 && tok.Norm == "," && w.suffixes.Has(t.Tok(i+1).Text) && (!romanNumeral(t.Tok(i+1).Text) || len(t.Tok(i+1).Text) >= 2 && t.Norm(i+2) == ","):
			return s.done(s.pastStop(i+2), caps, k) // "John W. Nicholson, Jr., the Commander", "William B. Caldwell, IV, the new commander"
		case tok.IsCapWord() && len([]rune(tok.Text)) == 1 && caps > 0 && t.Norm(i+1) == "." && !w.pronouns.Has(t.Norm(i+2)) && !w.determiners.Has(t.Norm(i+2)):
			i++ // an initial, not a number that ends a sentence: "King Harald V. He"
		case initials(tok.Text) && caps > 0 && t.Norm(i+1) == "." && t.Tok(i+2).IsCap():
			i++ // initials run together: "Paul J.K. Orme", "Max A.L.T. Nielsen"
		case shortGiven(tok) && caps == 1 && w.given.Has(t.Tokens[k].Text) && t.Norm(i+1) == "." && !t.Tok(i+1).SpaceBefore && t.SameSentence(i, i+2) && t.Tok(i+2).IsCapWord() && !w.pronouns.Has(t.Norm(i+2)) && !w.determiners.Has(t.Norm(i+2)):
			i++ // a given name cut short after a given name: "Georg Kr. Lárusson"
		case initials(strings.TrimSuffix(tok.Text, ".")) && strings.HasSuffix(tok.Text, ".") && caps == 0 && i == k && s.ms.EndingAt(k, KRank, KHonorific) != nil && t.Tok(i+1).IsCapWord() && t.SameSentence(i, i+1):
			caps++ // initials with their stops, one token, after a rank: "Lt. Gen. J.T. Thomson"
			end = i + 1
		case tok.IsCapWord() && len([]rune(tok.Text)) == 1 && caps == 0 && i == k && t.Norm(i+1) == "." && s.ms.EndingAt(k, KRank, KHonorific) != nil && (t.Tok(i+2).IsCapWord() || w.particles.Has(t.Norm(i+2)) && t.SameSentence(i, i+2)):
			caps++ // initials for first names after a rank: "Admiral H. G. Ulrich", "Commodore A. van de Sande"
			end = i + 2
			i++
		case tok.IsCapWord() && len([]rune(tok.Text)) == 1 && caps > 0 && t.Norm(i+1) == "'" && !t.Tok(i+1).SpaceBefore && !t.Tok(i+2).SpaceBefore && t.Tok(i+2).IsWord():
			i += 2 // "Georges D'hollander"
			caps++
			end = i + 1
		case tok.IsCapWord() && w.months.Has(tok.Norm) && t.Tok(i+1).IsNumber():
			return s.done(end, caps, k) // "Team Chaghcharan July 1": a day, not a name's word
		case caps > 0 && t.Norm(i+1) == ":" && w.contactLabels.Has(tok.Norm):
			return s.done(end, caps, k) // "Ms Alina Coca Tel: + 32 2 707 1465": a contact's label
		case caps > 0 && tok.IsCapWord() && w.placePrep(tok.Norm) && s.ms.StartingAt(t.PastThe(i+1), KPlace) != nil:
			return s.done(end, caps, k) // a title in capitals: "Prime Minister Orban In Budapest"
		case tok.IsCapWord() && !tok.IsUpper():
			if caps == 0 && (s.notNameStart(tok) && !s.initialAfterRank(k, i) || tok.Sent == 0 && w.headlineVerbs.Has(tok.Norm)) && !s.styledConnectorName(k, i) {
				return k // "Defence Minister", "On Iraq": not a name; "Three-Star General Answers Student Questions": a title's verb
			}
			if caps >= 1 && (s.titleVerb(tok) || s.f.singular(tok) != "") || caps >= 2 && w.weekdays.Has(tok.Norm) {
				return s.done(end, caps, k) // a title's verb: "Theresa May Visits NATO", "General Vance Visits Troops"; a title in the plural: "the two Strategic Commanders"; a day: "Mark Rutte Tuesday welcomed"
			}
			caps++
			end = i + 1
		case caps == 1 && romanNumeral(tok.Text) && i == end:
			caps++ // a monarch's number: "King Abdullah II"
			end = i + 1
		case tok.IsUpper() && caps > 0 && len([]rune(tok.Text)) >= 3 && tok.IsWord() && !nationServiceTag(t, i) && (strings.ContainsAny(tok.Text, "AEIOUYÁÉÍÓÚÄÖÜ") || strings.Contains(tok.Text, ".")):
			caps++ // a surname in capitals: "Major General Salvatore FARINA"; not the letters of a regiment, "X Limbu RGR"
			end = i + 1
		case i == k && s.upperNameAfterTitle(k):
			caps++ // a whole name in capitals after a title: "President of Kosovo ATIFETE JAHJAGA"
			end = i + 1
		case w.particles.Has(tok.Norm) && caps > 0 && t.Norm(i+1) == "-" && !t.Tok(i+1).SpaceBefore && !t.Tok(i+2).SpaceBefore && t.Tok(i+2).IsCapWord():
			i += 2 // "Najah al-Shammari"
			caps++
			end = i + 1
		case w.particles.Has(tok.Norm) && (caps > 0 || i == k && s.ms.EndingAt(k, KHonorific, KRank) != nil) && (t.Tok(i+1).IsCapWord() || w.particles.Has(t.Norm(i+1))):
			// "Jaap de Hoop Scheffer", "Mr de Hoop Scheffer"
		case (tok.Norm == "'" || tok.Text == "’") && !tok.SpaceBefore && caps > 0 && !strings.HasSuffix(t.Norm(i-1), "s") && (w.particles.Has(t.Norm(i+1)) || t.Tok(i+1).IsCapWord()):
			// "Mohammed Shia' al-Sudani": a name's word ends in an
			// apostrophe; but not a plural's: "Officers' Conference"
		case (tok.Norm == "'" || tok.Text == "’") && !tok.SpaceBefore && caps > 0 && i == end && s.apostropheInWord(i):
			i++ // "Moshe Ya’alon": an apostrophe inside the surname
			end = i + 1
		case tok.Norm == "-" && !tok.SpaceBefore && caps > 0 && !t.Tok(i+1).SpaceBefore && t.Tok(i+1).IsWord():
			i++ // "Ellermann-Kingombe", "Ki-moon"
			end = i + 1
		case caps == 1 && s.nickname(i):
			i += 2 // `Andrew "Woody" Lewis`: a nickname in quotes between the given name and the surname
		default:
			return s.done(end, caps, k)
		}
	}
	return s.done(end, caps, k)
}

// upperNameAfterTitle reports whether token k and the next, words of
// three letters or more in capitals that name nothing else, follow a
// title, a rank or a style: a name written in capitals.
func (s *personState) upperNameAfterTitle(k int) bool {
	t := s.t
	for _, i := range []int{k, k + 1} {
		if tok := t.Tok(i); !tok.IsWord() || !tok.IsUpper() || len([]rune(tok.Text)) < 3 || s.ms.At(i) != nil || !t.SameSentence(k, i) {
			return false
		}
	}
	return s.ms.EndingAt(k, KRole, KRank, KHonorific) != nil || s.postEndingAt(k) != nil
}

// nationServiceTag reports whether token i opens the tag of a nation
// and a service that NATO's commands write after an officer's name:
// three capitals, then one or two ("General Sir John McColl GBR A",
// "Captain Eva Holm NOR N", "DEU AF").
func nationServiceTag(t *Text, i int) bool {
	tok, next := t.Tok(i), t.Tok(i+1)
	return len(tok.Text) == 3 && t.SameSentence(i, i+1) && next.IsCapWord() && strings.ToUpper(next.Text) == next.Text && len(next.Text) <= 2
}

// pastStop returns i+1 when token i is the full stop that closes an
// abbreviated word before it ("Jr."), and i otherwise.
func (s *personState) pastStop(i int) int {
	if s.t.Norm(i) == "." && !s.t.Tok(i).SpaceBefore && s.t.SameSentence(i-1, i+1) {
		return i + 1
	}
	return i
}

// apostropheInWord reports whether the apostrophe at token i stands
// inside a word: lower-case letters follow it with no space, more than
// the "s", "t" or "ll" of a possessive or a contraction ("Ya’alon").
func (s *personState) apostropheInWord(i int) bool {
	next := s.t.Tok(i + 1)
	return next.IsWord() && !next.IsCap() && !next.SpaceBefore && len(next.Text) > 2 && s.t.SameSentence(i, i+1)
}

// nickname reports whether a nickname in double quotes, one capitalised
// word, starts at token i and a capitalised word follows it in its
// sentence: `Vice Admiral Andrew "Woody" Lewis`.
func (s *personState) nickname(i int) bool {
	t := s.t
	return t.Norm(i) == `"` && t.Tok(i+1).IsCapWord() && !t.Tok(i+1).SpaceBefore && t.Norm(i+2) == `"` && !t.Tok(i+2).SpaceBefore &&
		t.Tok(i+3).IsCapWord() && t.SameSentence(i, i+3)
}

// styledConnectorName reports whether the capitalised small word at i,
// right after a style ("Mr Des Browne", "Ms La Toya Smith"), opens the
// name: a word that joins the words of a name elsewhere ("des", "la") is
// a given name when a style stands before it and a capitalised word
// after it, and it is no word of a title. After a rank or a title, where
// a surname alone is usual ("Minister Le Drian"), two more words must
// follow: "Governor Del Bar Arman".
func (s *personState) styledConnectorName(k, i int) bool {
	tok, w := s.t.Tok(i), s.f.w
	if i != k || !w.connectors.Has(tok.Norm) || w.roleMods.Has(tok.Text) || w.roleHeads.Has(tok.Text) || !s.t.Tok(i+1).IsCapWord() || !s.t.SameSentence(i, i+1) {
		return false
	}
	if s.ms.EndingAt(k, KHonorific) != nil {
		return true
	}
	third := s.t.Tok(i + 2)
	return s.ms.EndingAt(k, KRank, KRole) != nil && third.IsCapWord() && !w.connectors.Has(third.Norm) && s.t.SameSentence(i, i+2)
}

// serviceTag returns the end of a bracketed tag of capitals at k that
// says a rank's nation and service ("(DEU N)", "(NLD AF)"), or k.
func (s *personState) serviceTag(k int) int {
	if s.t.Norm(k) != "(" {
		return k
	}
	for e := k + 1; e < k+4; e++ {
		if s.t.Norm(e) == ")" && e > k+1 {
			return e + 1
		}
		if tok := s.t.Tok(e); !tok.IsUpper() && !(tok.IsCap() && len(tok.Text) == 1) {
			return k
		}
	}
	return k
}

// titleVerb reports whether a capitalised word is a verb that reports an
// event, as a title writes it: "Visits", "Meets", "Welcomes".
func (s *personState) titleVerb(tok Token) bool {
	for _, e := range s.f.w.eventWords.Entries(tok.Norm) {
		if strings.HasPrefix(e.Value(1), "verb") && strings.HasSuffix(tok.Norm, "s") {
			return true
		}
	}
	return false
}

// romanNumeral reports whether w is a Roman number from I to XXXIX.
func romanNumeral(w string) bool {
	return w != "" && strings.TrimLeft(strings.TrimLeft(w, "X"), "IV") == "" && !strings.Contains(w, "IIII") && len(w) <= 6
}

// notNameStart reports whether a capitalised word never opens a name: a
// word of a title ("Defence", "Secretary") or a small word capitalised at
// the start of a sentence ("On", "The", "While": clause-openers.tsv).
func (s *personState) notNameStart(tok Token) bool {
	w := s.f.w
	return w.roleMods.Has(tok.Text) || w.roleHeads.Has(tok.Text) || w.connectors.Has(tok.Norm) || w.placePrep(tok.Norm) || w.determiners.Has(tok.Norm) || w.clauseOpeners.Has(tok.Norm)
}

func (s *personState) done(end, caps, k int) int {
	if caps < 2 || s.bodyWords(k, end) {
		return k
	}
	return end
}

// bodyWords reports whether the capitalised words [k, end) hold a
// body's head, or end with an event's, and open with no given name:
// "Training Mission" in "the Commander of the NATO Training Mission",
// "Expeditionary Strike Group Two" after the naval rank "Commander",
// "Officers Promotion Course" after "General", are no one's name.
func (s *personState) bodyWords(k, end int) bool {
	if end <= k || s.f.w.given.Has(s.t.Tok(k).Text) {
		return false
	}
	for i := k; i < end; i++ {
		if tok := s.t.Tokens[i]; tok.IsCap() && s.f.w.orgHeads.Has(tok.Text) {
			return true
		}
	}
	last := s.t.Tokens[end-1]
	return last.IsCap() && s.f.w.eventHeads.Value(last.Text, 1) == "head" // "General Officers Promotion Course": a course after a rank
}

// nameBefore returns the start of the longest name that ends just before
// token end, or -1.
func (s *personState) nameBefore(end int) int {
	best := -1
	for start := end - 1; start >= 0 && start > end-8 && s.t.SameSentence(start, end-1); start-- {
		if s.nameRun(start) == end {
			best = start
		}
	}
	return best
}

// romanised returns a name folded so that the ways of writing one name
// in Latin letters meet: case and diacritics aside, "y" as "i" ("Dmitry"
// and "Dmitri", "Zalmay" and "Zalmai").
func romanised(name string) string {
	return strings.ReplaceAll(fold(strings.ToLower(spaced(name))), "y", "i")
}

// add records the person named by tokens [i, end), with a rank, a post
// and the first token of the form to keep as an alias ("Mr Mark Rutte").
func (s *personState) add(i, end int, rank string, p *PostPhrase, aliasStart int) {
	name := s.t.Surface(i, end)
	per := s.person(name)
	if rank != "" && per.Rank == "" {
		per.Rank = rank
	}
	if aliasStart < i {
		if a := s.t.Surface(aliasStart, end); a != per.Name {
			addAlias(&per.Aliases, a)
		}
	}
	if name != per.Name {
		addAlias(&per.Aliases, name)
	}
	per.Spans = append(per.Spans, s.t.ByteSpan(i, end))
	for k := i; k < end; k++ {
		s.out.At[k] = per.Key
		s.out.Named[k] = true
	}
	if p == nil {
		return
	}
	s.givePost(per, p)
	if p.Acronym != "" {
		addAlias(&per.Aliases, p.Acronym)
	}
	for k := p.First; k < p.Limit; k++ {
		if s.out.At[k] == "" {
			s.out.At[k] = per.Key
		}
	}
}

// person returns the person of that name, merging it with one already
// found whose name ends or starts the same ("Rutte", "Mark Rutte").
func (s *personState) person(name string) *natokg.Person {
	for _, q := range s.out.List {
		if q.Key == name {
			return q
		}
		if strings.EqualFold(spaced(q.Key), spaced(name)) {
			if capsWords(q.Key) > capsWords(name) {
				s.rename(q, name) // "Jean-Claude JUNCKER" in a title is "Jean-Claude Juncker"
			}
			return q
		}
		if romanised(q.Key) == romanised(name) {
			addAlias(&q.Aliases, name) // "Dmitri Sokolov" and "Dmitry Sokolov": one name romanised two ways
			return q
		}
	}
	for _, q := range s.out.List {
		if a, b := spaced(q.Key), spaced(name); !strings.HasSuffix(a, " "+b) && !strings.HasSuffix(b, " "+a) && !sameEnds(q.Key, name) && !s.particleSurname(q.Key, name) && !s.particleSurname(name, q.Key) && !splitSurname(q.Key, name) {
			continue // "Rutte", "Ilham Aliyev" are of "Mark Rutte", "Ilham Heydar oglu Aliyev"
		}
		if s.fathers(q.Key, name) || s.fathers(name, q.Key) {
			continue // "Hamad bin Khalifa Al-Thani" is the father of "Tamim bin Hamad bin Khalifa Al-Thani"
		}
		if len(name) > len(q.Key) {
			s.rename(q, name)
		}
		return q
	}
	per := &natokg.Person{Key: name, Name: name}
	s.out.List = append(s.out.List, per)
	s.out.byKey[name] = per
	return per
}

// splitSurname reports whether short, two words, is the last word of
// full written apart: "Gen. Mc Neill" is "Dan K. McNeill".
func splitSurname(full, short string) bool {
	first, second, ok := strings.Cut(short, " ")
	if !ok || strings.Contains(second, " ") {
		return false
	}
	words := strings.Fields(full)
	return len(words) > 1 && strings.EqualFold(words[len(words)-1], first+second)
}

// spaced returns name with its hyphens as spaces: "Minuto Rizzo" is a
// form of "Alessandro Minuto-Rizzo", "Battle Group West" of "Battle
// Group-West".
func spaced(name string) string { return strings.ReplaceAll(name, "-", " ") }

// particleSurname reports whether short is the family name of full
// opened by its particle with a capital, as a family name is written
// with no given name before it: "Mr De Hoop Scheffer" is "Jaap de Hoop
// Scheffer", "Van Rompuy" is "Herman van Rompuy".
func (s *personState) particleSurname(full, short string) bool {
	w, rest, ok := strings.Cut(short, " ")
	low := strings.ToLower(w)
	if !ok || w == low || !s.f.w.particles.Has(low) {
		return false
	}
	return strings.HasSuffix(full, " "+low+" "+rest)
}

// rename makes name the key and name of person q, the old one an alias.
func (s *personState) rename(q *natokg.Person, name string) {
	old := q.Key
	addAlias(&q.Aliases, q.Name)
	q.Key, q.Name = name, name
	delete(s.out.byKey, old)
	s.out.byKey[name] = q
	for k, v := range s.out.At {
		if v == old {
			s.out.At[k] = name
		}
	}
}

// capsWords counts the words of s written in capitals ("JUNCKER").
func capsWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			n++
		}
	}
	return n
}

func addAlias(list *[]string, a string) {
	for _, x := range *list {
		if x == a {
			return
		}
	}
	*list = append(*list, a)
}

func (s *personState) addPost(per *natokg.Person, post natokg.Post) {
	for _, x := range per.Posts {
		if x.Role != post.Role && wordsWithin(post.Role, x.Role) && (post.Org == "" || post.Org == x.Org) && !s.otherRank(x.Role, post.Role) {
			return // "Minister" after "Minister of Defence": the same post said short
		}
	}
	for i, x := range per.Posts {
		if x.Role != post.Role {
			continue
		}
		if x.Org == "" && post.Org != "" {
			per.Posts[i].Org, per.Posts[i].OrgIsPlace = post.Org, post.OrgIsPlace
		}
		if post.Org == "" || x.Org == post.Org {
			per.Posts[i].Former = x.Former && post.Former
			return
		}
	}
	per.Posts = append(per.Posts, post)
}

// otherRank reports whether title long is title short after one word
// that makes it another post, a word role-modifiers.tsv keeps in a
// title: "Acting President" is not the "President", "Deputy Commander"
// not the "Commander".
func (s *personState) otherRank(long, short string) bool {
	w, rest, _ := strings.Cut(long, " ")
	return rest == short && s.f.w.roleMods.Value(w, 0) == "title"
}

// wordsWithin reports whether every word of a is a word of b.
func wordsWithin(a, b string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(b) {
		have[w] = true
	}
	for _, w := range strings.Fields(a) {
		if !have[w] {
			return false
		}
	}
	return true
}

// givenTownName reports whether token i, a one-word town's name that is
// also a given name, opens a person's name: a capitalised word that
// names nothing and heads no body or place follows it, and then what
// the person serves in brackets, as a caption lists people ("Douglas
// Heintz (NSPA)"), or a verb of speech; or a noun of person stands
// before it ("his companion Sofia Sapega"); not "Victoria Station",
// "Farah Provincial reconstruction team".
func (s *personState) givenTownName(i int) bool {
	m, next := s.ms.At(i), s.t.Tok(i+1)
	if m == nil || m.Kind != KPlace || m.Len() != 1 || s.f.g.Places[m.Key] == nil || s.f.g.Places[m.Key].Kind != natokg.City || !s.f.w.given.Has(s.t.Tok(i).Text) {
		return false
	}
	ok := next.IsCapWord() && !next.IsUpper() && s.ms.At(i+1) == nil && s.t.SameSentence(i, i+1) && !s.f.w.orgHeads.Has(next.Text) && !s.f.w.placeHeads.Has(next.Text)
	return ok && (s.t.Norm(i+2) == "(" && !s.bracketedAcronym(i, i+2) || s.introduced(i) || s.speaks(i, i+2))
}

// bracketedAcronym reports whether capitals in brackets at token end
// are the acronym of the name that starts at token i: one of them opens
// with the name's first letter ("Mine Action (MA)", "Light Weapons and
// Mine Action (SALW/MA)"), not the body a person serves ("Chris Metcalfe
// (NSPA)").
func (s *personState) bracketedAcronym(i, end int) bool {
	if s.t.Norm(end) != "(" || !s.t.Tok(end+1).IsUpper() {
		return false
	}
	initial, _ := utf8.DecodeRuneInString(s.t.Tok(i).Text)
	for k := end + 1; k < end+6 && s.t.Norm(k) != ")" && s.t.SameSentence(i, k); k++ {
		if r, _ := utf8.DecodeRuneInString(s.t.Tok(k).Text); s.t.Tok(k).IsUpper() && r == initial {
			return true
		}
	}
	return false
}

// bare adds the names that stand without a title but with other
// evidence: a given name first ("Kristrún Frostadóttir said"), the
// surname again after "Mr" or "Ms" ("Mr Frostadóttir"), a verb of speech,
// a noun of person before it, or "who" after it.
func (s *personState) bare() {
	t := s.t
	for i := 0; i < len(t.Tokens); i++ {
		if s.out.At[i] != "" || !t.Tokens[i].IsCapWord() || s.ms.At(i) != nil && !s.givenTownName(i) || t.Tok(i-1).IsCapWord() && s.ms.At(i-1) == nil && t.SameSentence(i-1, i) && s.f.singular(t.Tok(i-1)) == "" {
			continue
		}
		end := s.nameRun(i)
		if end <= i || inside(s.named, i) {
			continue
		}
		if s.bracketedAcronym(i, end) || s.headInside(i, end) || s.placeOf(i) || isOpenQuote(t.Norm(i-1)) && isCloseQuote(t.Norm(end)) || t.Norm(end) == "near" && s.ms.StartingAt(skipThe(t, s.ms, end+1), KPlace) != nil || s.shipsKind(i, end) {
			continue // "Mine Action (MA)", "Marine Corps Base Quantico", "the town of Musa Qala", "the “Charity Pizza” event", "Monte Romano near Rome", "HRS Dubrovnik (Mine Hunter)": no person's name
		}
		given := s.f.w.given.Has(t.Tokens[i].Text) && !s.afterLocative(i) && !s.codeNameListed(i) && !s.bodyGoesOn(end) && !s.namesEvent(end) // not "in Musa Qala", "at Kala Dara": a place's name
		if given || s.surnameTitledLater(i, end) || s.speaks(i, end) || s.introduced(i) || s.relativeWho(i, end) {
			s.add(i, end, "", nil, i)
			i = end - 1
		}
	}
}

// namesEvent reports whether the name that ends at token end names an
// event: a year follows it ("Dacian Lancer 2016"), or a form of "be"
// and, a few lower-case words on, an event's noun ("Dacian Lynx is the
// last exercise").
func (s *personState) namesEvent(end int) bool {
	if tok := s.t.Tok(end); tok.IsNumber() && bareYear.MatchString(tok.Text) && s.t.SameSentence(end-1, end) {
		return true
	}
	m, ok := MatchAt(s.f.w.copula, s.t, s.ms, end)
	if !ok {
		return false
	}
	for k := m.Limit; k < m.Limit+5 && s.t.SameSentence(end, k); k++ {
		if tok := s.t.Tok(k); !tok.IsWord() || tok.IsCap() {
			return false
		}
		if e, n := s.f.w.eventWords.MatchAt(s.t.Tokens, k); n > 0 && e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// shipsKind reports whether the name [i, end) stands alone in brackets
// right after a ship's name: the ship's kind, "HRS Dubrovnik (Mine
// Hunter)".
func (s *personState) shipsKind(i, end int) bool {
	return s.t.Norm(i-1) == "(" && s.t.Norm(end) == ")" && s.ms.EndingAt(i-1, KShip) != nil
}

// initialAfterRank reports whether token i, the first of a name at k,
// is an initial without its stop right after a rank or a style, before
// more of the name: "Commodore A J Adams" (not the article "A").
func (s *personState) initialAfterRank(k, i int) bool {
	return i == k && len([]rune(s.t.Tok(i).Text)) == 1 && s.ms.EndingAt(k, KRank, KHonorific) != nil && s.t.Tok(i+1).IsCapWord()
}

// bodyGoesOn reports whether "and" and capitalised words that end in a
// body's head, perhaps in the plural, follow the name that ends at end:
// the name is the first half of a body's ("Urban Search and Rescue
// Teams"); not where a known body or a title opens them.
func (s *personState) bodyGoesOn(end int) bool {
	if s.t.Norm(end) != "and" || s.ms.StartingAt(end+1, KOrg, KRole, KRank, KHonorific) != nil {
		return false // "Robert Kupiecki and NCI Agency General Manager Koen Gijsbers": a body of its own, then a title
	}
	for k := end + 1; k < end+5 && s.t.SameSentence(end, k) && s.t.Tok(k).IsCapWord(); k++ {
		w := s.t.Tok(k).Text
		if s.f.w.orgHeads.Has(w) || s.f.w.orgHeads.Has(strings.TrimSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// codeNameListed reports whether the name at i is an item of a list
// that a noun of code-named events opens, after a dash, a colon, a phrase
// of list-openers.tsv or nothing, its items perhaps placed: "the
// exercises – Noble Mariner, Noble Award and Kindred Sword", "Exercise
// Noble Mariner", "exercises, among them Cold Response in Norway, Joint
// Warrior off the coast of the United Kingdom and Noble Mariner".
func (s *personState) codeNameListed(i int) bool {
	j := s.pastListItems(i - 1)
	if n := s.t.Norm(j); n == "-" || n == ":" {
		j--
	} else if k := s.listOpenerEndingAt(j); k >= 0 {
		j = k - 1
		if s.t.Norm(j) == "," {
			j--
		}
	}
	return j >= 0 && s.t.SameSentence(j, i) && s.f.w.codeNamed(s.t.Norm(j))
}

// pastListItems steps back from token j over the items of a list of
// names: capitalised words, commas, "and", and the places an item is
// given ("in Norway", "off the coast of the United Kingdom").
func (s *personState) pastListItems(j int) int {
	for j >= 0 && s.t.SameSentence(j, j+1) {
		if s.t.Tok(j).IsCapWord() && s.ms.EndingAt(j+1, KPlace) == nil || s.t.Norm(j) == "," || s.t.Norm(j) == "and" {
			j--
			continue
		}
		prep := s.placedItemAt(j)
		if prep < 0 {
			return j
		}
		j = prep - 1
	}
	return j
}

// placedItemAt returns the preposition of place that opens a place
// phrase ending at token j ("in Norway", "off the coast of the United
// Kingdom"), or -1.
func (s *personState) placedItemAt(j int) int {
	m := s.ms.EndingAt(j+1, KPlace)
	if m == nil {
		return -1
	}
	k := s.t.BackPastThe(m.First - 1)
	if tok := s.t.Tok(k - 1); s.t.Norm(k) == "of" && tok.IsWord() && !tok.IsCap() {
		k = s.t.BackPastThe(k - 2) // "the coast of"
	}
	if !s.f.w.placePreps.Has(s.t.Norm(k)) {
		return -1
	}
	return k
}

// listOpenerEndingAt returns the first token of the phrase of
// list-openers.tsv ("such as", "among them") that ends at token j, or -1.
func (s *personState) listOpenerEndingAt(j int) int {
	for k := max(0, j-2); k <= j; k++ {
		if _, n := s.f.w.listOpeners.MatchAt(s.t.Tokens, k); n > 0 && k+n-1 == j {
			return k
		}
	}
	return -1
}

// afterLocative reports whether the name at i follows a preposition of
// place ("in", "at", "near"): a name there names a place, whatever given
// name it opens with.
func (s *personState) afterLocative(i int) bool {
	return s.f.w.placePreps.Value(s.t.Norm(i-1), 0) == "locative" && s.t.SameSentence(i-1, i)
}

// placeOf reports whether the name at i follows "of" after a noun of
// place-of-nouns.tsv, which says it is a place's: "the district centre
// of Musa Qala", "the town of Ali Khel".
func (s *personState) placeOf(i int) bool {
	return s.t.Norm(i-1) == "of" && s.f.w.placeOfNouns.Has(s.t.Norm(i-2)) && !s.t.Tok(i-2).IsCap() && s.t.SameSentence(i-2, i)
}

// introduced reports whether the name at i is introduced as a
// person's by a noun of person-nouns.tsv before it: "the mentalist Gilan
// Gork".
func (s *personState) introduced(i int) bool {
	return s.f.w.personNouns.Has(s.t.Norm(i-1)) && s.t.SameSentence(i-1, i)
}

// relativeWho reports whether the name [i, end), of two words or more,
// perhaps with its country after "of", is followed by ", who": "Hallgrímur
// Sigurðsson of Iceland, who runs Kabul International Airport".
func (s *personState) relativeWho(i, end int) bool {
	k := end
	if m := s.ms.StartingAt(k+1, KPlace); m != nil && s.t.Norm(k) == "of" {
		k = m.Limit
	}
	return end-i >= 2 && s.t.Norm(k) == "," && s.t.Norm(k+1) == "who" && s.t.SameSentence(i, k+1)
}

// speaks reports whether the name [i, end) stands right before or after
// a verb of speech: "Lars Løkke Rasmussen said", "said Kaja Kallas".
func (s *personState) speaks(i, end int) bool {
	v := s.f.w.speechVerbs
	return v.Has(s.t.Norm(end)) && s.t.SameSentence(i, end) || v.Has(s.t.Norm(i-1)) && s.t.SameSentence(i-1, i)
}

// headInside reports whether a word of [i, end) heads a body, a place or
// an event, which an untitled name does not hold.
func (s *personState) headInside(i, end int) bool {
	w := s.f.w
	for k := i; k < end; k++ {
		x := s.t.Tokens[k].Text
		if w.orgHeads.Has(x) || w.placeHeads.Has(x) || w.eventHeads.Has(x) || w.docHeads.Has(x) {
			return true
		}
	}
	return false
}

// surnameTitledLater reports whether a tail of the name [i, end) stands
// after an honorific or a rank somewhere in the text ("Mr de Hoop
// Scheffer" for "Jaap de Hoop Scheffer").
func (s *personState) surnameTitledLater(i, end int) bool {
	t := s.t
	for k := i + 1; k < end; k++ {
		if !t.Tokens[k].IsCapWord() && !s.f.w.particles.Has(t.Tokens[k].Norm) {
			continue
		}
		n := end - k
		for j := 1; j+n <= len(t.Tokens); j++ {
			if s.ms.EndingAt(j, KHonorific, KRank) == nil {
				continue
			}
			same := true
			for x := 0; x < n && same; x++ {
				same = t.Tokens[j+x].Fold == t.Tokens[k+x].Fold
			}
			if same {
				return true
			}
		}
		return false // only the longest tail: the surname with its particles
	}
	return false
}

// keys returns the people's keys, longest first.
func (s *personState) keys() []string {
	var keys []string
	for _, p := range s.out.List {
		keys = append(keys, p.Key)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// sameEnds reports whether a name of two words is another's without its
// middle: "Ilham Aliyev" and "Ilham Heydar oglu Aliyev", "George Bush"
// and "George W. Bush".
// fathers reports whether name short is the part of name long after a
// filial particle ("bin", "ibn"): the father's name, not long said short.
func (s *personState) fathers(long, short string) bool {
	head, ok := strings.CutSuffix(long, " "+short)
	if !ok {
		return false
	}
	words := strings.Fields(head)
	return len(words) > 0 && s.f.w.particles.Value(words[len(words)-1], 0) == "filial"
}

func sameEnds(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 || len(fa) == len(fb) || min(len(fa), len(fb)) != 2 {
		return false // not "George W. Bush" and "George H. W. Bush"
	}
	return fa[0] == fb[0] && fa[len(fa)-1] == fb[len(fb)-1]
}

// initials reports whether w is two or more capital letters joined by
// full stops, as a tokenizer leaves them before the last stop: "J.K".
func initials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}
