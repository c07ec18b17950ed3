package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/natokg/natokg"
)

// changesOfCommand gives the post to both sides of a change of command:
// "General X took over from General Y as Commander of Joint Force
// Command Brunssum", "Vice Admiral X assumed command of MARCOM from Vice
// Admiral Y", "General Y handed over command of KFOR to General X",
// "General Z transferred authority over JFC Brunssum from General Y to
// General X". The outgoing commander's post is marked former. A change
// that names no post ("X relieved Y") is one of the post the release's
// last change was of.
func (s *personState) changesOfCommand() {
	t := s.t
	var last []natokg.Post
	prevSubject, prevVerb := "", -1
	for k := 1; k < len(t.Tokens); k++ {
		e, n := s.f.w.commandVerbs.MatchAt(t.Tokens, k)
		if n == 0 {
			continue
		}
		subject := s.subjectBefore(k)
		if subject == "" {
			subject = s.subjectAfterHaving(k)
		}
		if t.Norm(k-1) == "and" && prevVerb >= 0 && t.SameSentence(prevVerb, k) {
			subject = prevSubject // "took command of X from General Y and succeeded him as ...": the first verb's subject
		}
		prevSubject, prevVerb = subject, k
		obj := s.commandObject(k + n)
		if len(obj.posts) == 0 && t.Norm(k-1) == "," && (obj.object != "" || obj.from != "") {
			obj.posts = s.postStatedBefore(subject, k)
		}
		if len(obj.posts) == 0 && e.Value(0) == "in" && (obj.from != "" || obj.object != "") {
			obj.posts = s.postTakenUp(subject, k)
		}
		if len(obj.posts) == 0 {
			obj.posts = s.passedBefore(k)
		}
		if len(obj.posts) == 0 {
			obj.posts = s.newPostBefore(k)
		}
		if len(obj.posts) == 0 {
			obj.posts = last
		}
		if p, ok := s.onlyPost(subject); ok && len(obj.posts) == 0 && e.Value(0) == "out" && (t.Norm(k+n-1) == "command" || t.Norm(k+n) == "command" || s.handsOverTo(k+n, obj)) {
			obj.posts = []natokg.Post{p} // "He will hand over command to Admiral X": his post
		}
		if p, ok := s.onlyPost(subject); ok && len(obj.posts) == 0 && e.Value(0) == "in" && s.passive(k) && obj.by != "" {
			obj.posts = []natokg.Post{p} // "He will be succeeded by Mr X": his post
		}
		if p, ok := s.outgoingPost(subject, k); ok && len(obj.posts) == 0 && e.Value(0) == "out" && s.handsOverTo(k+n, obj) {
			obj.posts = []natokg.Post{p} // "General X, the outgoing Commander, will hand over to General Y"
		}
		if len(obj.posts) == 0 && s.commandNamed(k, n) {
			if key := s.f.changedBody(t, s.ms); key != "" {
				obj.posts, obj.guessed = []natokg.Post{{Role: "Commander", Org: key, Span: t.ByteSpan(k, k+n)}}, true // "the Change of Command ceremony of Multinational Battle Group East ... handed over the command to Colonel Y"
			} else if b := s.contextBody(k); b != nil {
				obj.posts, obj.guessed = []natokg.Post{{Role: "Commander", Org: b.Key, Span: t.ByteSpan(b.First, b.Limit)}}, true
			}
		}
		side := e.Value(0)
		if s.passive(k) && obj.by != "" && side != "by" {
			side = "out" // "X will be replaced by Y": the subject leaves
			if e.Value(0) == "out" {
				side = "in"
			}
			obj.object = obj.by
		}
		in, out := s.commandSides(side, subject, obj)
		if len(obj.posts) == 0 || in == "" && out == "" {
			continue
		}
		s.giveCommand(in, out, obj.posts)
		s.noteGuessed(in, out, obj)
		last = obj.posts
		k += n
	}
	s.commandBetween()
	s.commandPassed()
	s.dropGuessedCommands()
}

// commandNamed reports whether the command verb of n words at k names
// what passes: "command", "authority" (command-nouns.tsv), in it or right
// after it ("relinquished command", "handed over authority to").
func (s *personState) commandNamed(k, n int) bool {
	for i := k + 1; i < k+n; i++ {
		if s.f.w.commandNouns.Has(s.t.Norm(i)) {
			return true // "handed the authority over"
		}
	}
	return s.f.w.commandNouns.Has(s.t.Norm(k+n)) && s.t.Norm(k+n+1) != "of" || s.theCommand(k+n) && s.t.Norm(k+n+2) != "of"
}

// postStatedBefore returns the post that the sentence of the command
// verb at k, a participle after a comma whose object is a person, gives
// its subject after "as" before the verb, where the verb names none: "X took up his
// duties as General Manager of the Agency, succeeding Y" is a change of
// the General Manager's post.
func (s *personState) postStatedBefore(subject string, k int) []natokg.Post {
	if subject == "" {
		return nil
	}
	var posts []natokg.Post
	for i := s.t.SentenceOf(k).First; i < k; i++ {
		if p := s.postAt(i + 1); p != nil && s.statesPost(i) && p.Org != "" && p.Limit <= k {
			posts = []natokg.Post{p.Post(s.t)} // the last "as TITLE" or "became TITLE" before the verb
		}
	}
	return posts
}

// contextBody returns the body whose command changes at the command
// verb at k where the verb names none ("LTC X relinquished command to LTC
// Y"): the last body its sentence names before the first person ("the
// Transfer of Authority ceremony of the Polish Military Contingent of
// KFOR was held at Camp Novo Selo, where LTC X relinquished command to
// LTC Y"), or else the last the release's title names ("Transfer of
// Authority in Regional Command South"); nil where neither names one.
func (s *personState) contextBody(k int) *Mention {
	sent := s.t.SentenceOf(k)
	first := k
	for i := sent.First; i < k; i++ {
		if s.out.At[i] != "" {
			first = i
			break
		}
	}
	var body *Mention
	for _, m := range s.ms.In(sent.First, first, KOrg) {
		if m.Limit <= first && s.ms.StartingAt(m.Limit, KRank) == nil {
			body = m // not "U.S. Army Lieutenant General X": the holder's service
		}
	}
	if body != nil && s.t.Norm(body.First-1) == "of" {
		if unit := s.ms.EndingAt(body.First-1, KOrg); unit != nil {
			return unit // "the Polish Military Contingent of KFOR": the unit, not the force it is of
		}
	}
	if body != nil {
		return body
	}
	if title := s.t.Sentences[0]; sent.First > title.First {
		for _, m := range s.ms.In(title.First, title.Limit, KOrg) {
			body = m
		}
	}
	return body
}

// postTakenUp returns the post that the release, before the command
// verb at k, states with "as" of subject, whose title the release's
// title names, where the verb names none: "The Council approved the
// nomination of General X as Supreme Allied Commander Transformation.
// ... General X will be taking over from General Y", in a release titled
// "New Supreme Allied Commander Transformation", is a change of that post
// (and not of the post X "is currently serving as").
func (s *personState) postTakenUp(subject string, k int) []natokg.Post {
	if subject == "" {
		return nil
	}
	ts := s.t.Sentences[0]
	title := strings.ToLower(s.t.Src[s.t.Tokens[ts.First].Start:s.t.Tokens[ts.Limit-1].End])
	for i := 0; i < k; i++ {
		p := s.postAt(i + 1)
		if p == nil || !s.statesPost(i) || p.Org == "" || p.Limit > k || !strings.Contains(title, strings.ToLower(p.Title)) {
			continue
		}
		if s.out.At[i-1] == subject || s.subjectBefore(i) == subject {
			return []natokg.Post{p.Post(s.t)} // "the nomination of General X as ...", "General X assumed his position as ..."
		}
	}
	return nil
}

// dropGuessedCommands removes the "Commander" post a change of command
// gave a body's head without naming the title ("took over at the head of
// the NCI Agency") where the release gives the same person a titled post
// of that body, held or left alike ("General Manager of the NCI
// Agency"): that post is the one that changed hands.
func (s *personState) dropGuessedCommands() {
	for _, per := range s.out.List {
		kept := per.Posts[:0:0]
		for _, p := range per.Posts {
			if !s.guessed[heldPost{per, p.Role, p.Org}] || !titledAlike(per.Posts, p) {
				kept = append(kept, p)
			}
		}
		per.Posts = kept
	}
}

// titledAlike reports whether posts hold another title than p's of p's
// body, former as p is or not, and not p's title with a modifier before
// it ("Deputy Commander").
func titledAlike(posts []natokg.Post, p natokg.Post) bool {
	for _, q := range posts {
		if q.Org == p.Org && q.Role != p.Role && q.Former == p.Former && !strings.HasSuffix(q.Role, " "+p.Role) {
			return true // not "Deputy Commander": the post the new Commander leaves
		}
	}
	return false
}

// noteGuessed notes the posts of a change of command whose title the
// text leaves out ("at the head of ORG" read as its Commander), for
// dropGuessedCommands.
func (s *personState) noteGuessed(in, out string, obj commandObj) {
	if !obj.guessed {
		return
	}
	for _, key := range []string{in, out} {
		if per := s.out.Get(key); per != nil {
			for _, p := range obj.posts {
				s.guessed[heldPost{per, p.Role, p.Org}] = true
			}
		}
	}
}

// onlyPost returns the one post the person of key holds now, if there
// is one.
func (s *personState) onlyPost(key string) (natokg.Post, bool) {
	per := s.out.Get(key)
	if per == nil {
		return natokg.Post{}, false
	}
	var now []natokg.Post
	for _, p := range per.Posts {
		if !p.Former {
			now = append(now, p)
		}
	}
	if len(now) != 1 {
		return natokg.Post{}, false
	}
	return now[0], true
}

// passive reports whether the verb at k is a passive participle: "was
// replaced", "will be succeeded".
func (s *personState) passive(k int) bool {
	switch s.t.Norm(k - 1) {
	case "be", "been", "was", "were", "is", "are":
		return true
	}
	return false
}

// asSuccessor gives the person named before "as his successor" (or
// "her") the posts the one they succeed holds: the last person named
// before them who holds a post ("Admiral X, Chair of the Military
// Committee, ... The Chiefs of Defence elected Admiral Y as his
// successor").
func (s *personState) asSuccessor() {
	t := s.t
	for k := 3; k < len(t.Tokens); k++ {
		if t.Norm(k) != "successor" || t.Norm(k-2) != "as" || !s.f.w.pronouns.Has(t.Norm(k-1)) || s.f.w.pronouns.Value(t.Norm(k-1), 1) != "possessive" {
			continue
		}
		succ := s.out.Get(s.out.At[k-3])
		if succ == nil || !s.out.Named[k-3] {
			continue
		}
		for j := k - 4; j >= 0; j-- {
			pred := s.out.Get(s.out.At[j])
			if pred == nil || pred == succ || len(pred.Posts) == 0 {
				continue
			}
			for _, p := range pred.Posts {
				if !p.Former {
					s.addPost(succ, natokg.Post{Role: p.Role, Org: p.Org, OrgIsPlace: p.OrgIsPlace, Span: t.ByteSpan(k-2, k+1)})
				}
			}
			break
		}
	}
}

// heldThePost gives the person who "held the post" (or occupied it) the
// post the release named last before, as held before: "Jaap de Hoop
// Scheffer took office as Secretary General ... Lord Robertson, who held
// the post from 1999 to 2003". "The post of TITLE" is read where the
// title is.
func (s *personState) heldThePost() {
	t := s.t
	for k := 2; k+1 < len(t.Tokens); k++ {
		key := s.postsHolder(k)
		if key == "" {
			if t.Norm(k) != "post" || t.Norm(k-1) != "the" || t.Norm(k+1) == "of" || !s.f.w.holdVerbs.Has(t.Norm(k-2)) {
				continue
			}
			key = cmp.Or(s.relativeHolder(k-2), s.subjectBefore(k-2))
		}
		per := s.out.Get(key)
		if per == nil {
			continue
		}
		for i := len(s.posts) - 1; i >= 0; i-- {
			if p := s.posts[i]; p.First < k && p.Org != "" && !p.National {
				post := p.Post(t)
				post.Former, post.Span = true, t.ByteSpan(k-2, k+1)
				s.addPost(per, post)
				break
			}
		}
	}
}

// headlineHolder gives the post a release's title opens with, naming no
// one ("Chairman of NATO Military Committee Visits Tunisia"), to the
// person the lead opens with, past its dateline and a rank ("General
// Petr Pavel stressed ... during his visit to Tunis"), where no one else
// in the release holds that post.
func (s *personState) headlineHolder() {
	t := s.t
	if len(t.Sentences) < 2 || t.Lead() >= len(t.Sentences) {
		return
	}
	title := t.Sentences[0]
	var post *PostPhrase
	for i := range s.posts {
		if p := &s.posts[i]; p.First == t.PastThe(title.First) && p.Limit < title.Limit && p.Org != "" && !p.Implied && !p.National {
			post = p
		}
	}
	if post == nil || s.namesSomeone(title) || s.heldByAnyone(post.Post(t)) {
		return
	}
	if per := s.out.Get(s.leadSubject(t.Sentences[t.Lead()])); per != nil {
		s.addPost(per, post.Post(t))
	}
}

// namesSomeone reports whether sentence sent names a person.
func (s *personState) namesSomeone(sent Sentence) bool {
	for k := sent.First; k < sent.Limit; k++ {
		if s.out.At[k] != "" {
			return true
		}
	}
	return false
}

// heldByAnyone reports whether someone of the release holds post p's
// title in its body.
func (s *personState) heldByAnyone(p natokg.Post) bool {
	for _, per := range s.out.List {
		for _, q := range per.Posts {
			if q.Role == p.Role && q.Org == p.Org {
				return true
			}
		}
	}
	return false
}

// leadSubject returns the key of the person whose name opens sentence
// sent, past a dateline (places, dates, commas and a dash) and a rank or
// a style, where a verb in lower case follows the name; or "".
func (s *personState) leadSubject(sent Sentence) string {
	for k := sent.First; k < sent.Limit; {
		if key := s.out.At[k]; key != "" {
			end := k
			for end < sent.Limit && s.out.At[end] == key {
				end++
			}
			if next := s.t.Tok(end); next.IsWord() && !next.IsCap() {
				return key
			}
			return ""
		}
		if m := s.ms.StartingAt(k, KPlace, KDate, KRank, KHonorific); m != nil {
			k = m.Limit
			continue
		}
		if n := s.t.Norm(k); n != "," && !isDash(n) {
			return ""
		}
		k++
	}
	return ""
}

// postsHolder returns the key of the person named after "the post's
// holder" told at token k, with up to two words before "holder" and a
// form of "be" after it: "The post's inaugural holder was Mari Skåre";
// or "".
func (s *personState) postsHolder(k int) string {
	t := s.t
	if t.Norm(k) != "post" || t.Norm(k-1) != "the" || !t.Possessive(k+1) {
		return ""
	}
	j := k + 2
	for n := 0; n < 2 && t.Tok(j).IsWord() && !t.Tok(j).IsCap() && t.Norm(j) != "holder"; n++ {
		j++
	}
	if t.Norm(j) != "holder" || !s.f.w.auxiliaries.Has(t.Norm(j+1)) {
		return ""
	}
	return s.personAfter(j + 2)
}

// underCommand gives the person after "under the command of" the
// command of the body that is the subject of the sentence's main clause,
// told by its name or again by its head ("Under the command of Rear
// Admiral X, Spanish Navy, the Group includes the flagship ...", after
// "Standing NATO Maritime Group Two").
func (s *personState) underCommand() {
	t := s.t
	for i := 0; i+4 < len(t.Tokens); i++ {
		if t.Norm(i) != "under" || t.Norm(i+1) != "the" || t.Norm(i+2) != "command" || t.Norm(i+3) != "of" {
			continue
		}
		per := s.out.Get(s.personAfter(i + 4))
		if per == nil {
			continue
		}
		if body, end := s.clauseSubjectBody(i + 4); body != "" {
			p := natokg.Post{Role: "Commander", Org: body, Span: t.ByteSpan(i, end)}
			if pe := s.f.g.LeaderOf(body); pe != nil {
				p.Role, p.Org = pe.Role, pe.Org
			}
			s.addPost(per, p)
		}
	}
}

// clauseSubjectBody returns the body that, after a comma past token k
// in its sentence, is the subject of a verb in lower case: by its name,
// or by "the" and its name's head ("the Group"); and where that subject
// ends. It returns "" where there is none.
func (s *personState) clauseSubjectBody(k int) (string, int) {
	t := s.t
	for j := k; j+2 < len(t.Tokens) && t.SameSentence(k, j+2); j++ {
		if t.Norm(j) != "," {
			continue
		}
		body, end := "", 0
		if m := s.ms.StartingAt(t.PastThe(j+1), KOrg); m != nil {
			body, end = m.Key, m.Limit
		} else if head := t.Tok(j + 2); t.Norm(j+1) == "the" && head.IsCapWord() {
			body, end = lastBodyWith(t, s.ms, j, head.Text), j+3
		}
		if next := t.Tok(end); body != "" && next.IsWord() && !next.IsCap() && !s.f.w.placePrep(next.Norm) && !s.f.w.connectors.Has(next.Norm) && !s.f.w.determiners.Has(next.Norm) {
			return body, end
		}
	}
	return "", 0
}

// giveCommand gives the incoming and the outgoing commander the posts
// of a change of command, the outgoing one's marked former; the command
// of a body that is a post's headquarters is that post (LeaderOf).
func (s *personState) giveCommand(in, out string, posts []natokg.Post) {
	for _, side := range []struct {
		key    string
		former bool
	}{{in, false}, {out, true}} {
		if per := s.out.Get(side.key); per != nil {
			for _, p := range posts {
				p.Former = side.former
				if pe := s.f.g.LeaderOf(p.Org); pe != nil && p.Role == "Commander" {
					p.Role, p.Org = pe.Role, pe.Org // "took over Allied Command Transformation": SACT's post
				}
				s.addPost(per, p)
			}
		}
	}
}

// commandBetween gives both sides of "a change of command between
// General A and General B" (or another phrase of command-changes.tsv:
// "the Transfer of Authority Ceremony between") the command of the body
// its sentence names
// before: A outgoing, B incoming.
func (s *personState) commandBetween() {
	t := s.t
	for k := 1; k+4 < len(t.Tokens); k++ {
		_, n := s.f.w.commandChanges.MatchAt(t.Tokens, k)
		if n == 0 {
			continue
		}
		var body *Mention
		for _, m := range s.ms.In(t.SentenceOf(k).First, k, KOrg) {
			body = m
		}
		j := k + n
		for j < k+n+12 && t.Norm(j) != "between" && t.Norm(j) != "," && t.SameSentence(k, j) {
			j++ // "change of command ceremony between", "... ceremony took place at Camp Warehouse on 5 August between"
		}
		if body == nil || t.Norm(j) != "between" {
			continue
		}
		out := s.personAfter(j + 1)
		and := j + 1
		for and < j+12 && (s.out.At[and] == out || s.ms.At(and) != nil && s.ms.At(and).Is(KRank, KHonorific, KOrg, KDemonym)) {
			and++
		}
		if t.Norm(and) == "," {
			and = s.pastApposition(and) // "between General A, commanding RC-Capital since 2007, and General B"
		}
		in := ""
		if t.Norm(and) == "and" {
			in = s.personAfter(and + 1)
		}
		if out == "" || in == "" {
			continue
		}
		s.commandChanged(natokg.Post{Role: "Commander", Org: body.Key, Span: t.ByteSpan(body.First, body.Limit)}, in, out)
	}
}

// pastApposition returns the "and" of ", and" that closes the apposition
// the comma at k opens, within its sentence and a few words; else k.
func (s *personState) pastApposition(k int) int {
	for j := k + 1; j < k+16 && s.t.SameSentence(k, j); j++ {
		if s.t.Norm(j) == "," && s.t.Norm(j+1) == "and" {
			return j + 1
		}
		if s.out.At[j] != "" {
			return k // another person before the list's "and"
		}
	}
	return k
}

// commandChanged gives the incoming commander post, and the outgoing one
// the same post as held before.
func (s *personState) commandChanged(post natokg.Post, in, out string) {
	s.addPost(s.out.Get(in), post)
	post.Former = true
	s.addPost(s.out.Get(out), post)
}

// commandPassed gives both sides of "command of ORG passed from
// General A to General B" (command-passing.tsv holds the verbs; "the
// command over ORG was handed over from A to B" too) the command of that
// body: A outgoing, B incoming.
func (s *personState) commandPassed() {
	t := s.t
	for k := 0; k+4 < len(t.Tokens); k++ {
		body, j := s.passedCommand(k)
		if body == nil {
			continue
		}
		from := j
		for from < j+5 && t.Norm(from) != "from" && t.SameSentence(j, from) {
			from++ // "passed today from"
		}
		out := s.personAfter(from + 1)
		to := from + 1
		for to < from+14 && t.Norm(to) != "to" && t.SameSentence(from, to) {
			to++
		}
		in := s.personAfter(to + 1)
		if t.Norm(from) != "from" || out == "" || in == "" || in == out {
			continue
		}
		s.commandChanged(natokg.Post{Role: "Commander", Org: body.Key, Span: t.ByteSpan(k, body.Limit)}, in, out)
	}
}

// passedCommand reads "command of ORG passed" at token k: a noun of
// command (command-nouns.tsv: "command of ORG", "the command over ORG",
// "Leadership of ORG") and a verb of passing (command-passing.tsv). It
// returns the body and the verb's first token, or nil where k opens no
// such phrase.
func (s *personState) passedCommand(k int) (*Mention, int) {
	t := s.t
	if !s.f.w.commandNouns.Has(t.Norm(k)) || t.Norm(k+1) != "of" && t.Norm(k+1) != "over" {
		return nil, 0
	}
	body := s.bodyAfterOf(k + 1) // "command of NATO's Joint Warfare Centre", "Leadership of the NATO-led ISAF"
	if body == nil {
		return nil, 0
	}
	j := body.Limit
	if t.Norm(j) == "(" && t.Norm(j+2) == ")" {
		j += 3 // "(JWC)"
	}
	if _, n := s.f.w.commandPassing.MatchAt(t.Tokens, j); n == 0 {
		return nil, 0
	}
	return body, j
}

// passedBefore returns the commander's post of the body whose command,
// its sentence says before the command verb at k, passed: "Command of
// SNMG1 passed from Spain to Norway on Saturday, when Commodore X
// relieved Rear Admiral Y". Nil where it says none.
func (s *personState) passedBefore(k int) []natokg.Post {
	for i := s.t.SentenceOf(k).First; i < k; i++ {
		if body, _ := s.passedCommand(i); body != nil {
			return []natokg.Post{{Role: "Commander", Org: body.Key, Span: s.t.ByteSpan(i, body.Limit)}}
		}
	}
	return nil
}

// newPostBefore returns the post that the release names, before the
// command verb at k, with a word of status ("new", "incoming") and no
// holder of its own: "Today marks the welcoming ceremony of a new Supreme Allied
// Commander Transformation. General X has taken the handover from
// General Y". Nil where it names none.
func (s *personState) newPostBefore(k int) []natokg.Post {
	var last *PostPhrase
	for i := range s.posts {
		p := &s.posts[i]
		if p.Limit > k || s.out.At[p.Core.First] != "" || p.Org == "" {
			continue
		}
		if s.f.w.roleMods.Value(s.t.Norm(p.First-1), 0) == "status" && s.f.w.determiners.Value(s.t.Norm(p.First-2), 0) != "possessive" { // "a new", "the incoming"; not "its new", whose body is the owner's
			last = p
		}
	}
	if last == nil {
		return nil
	}
	return last.Posts(s.t)
}

// commandSides returns the incoming and outgoing commanders of a change
// of command whose verb's side is side ("in", "out", "by"), given the
// verb's subject and what follows the verb.
func (s *personState) commandSides(side, subject string, obj commandObj) (in, out string) {
	other := obj.object
	for _, k := range []string{obj.from, obj.to} {
		if other == "" {
			other = k
		}
	}
	switch {
	case side == "by" && obj.from == "" && obj.to != "" && subject != "":
		return obj.to, subject // "General X transferred responsibility of Regional Command West to General Y": he hands it over
	case side == "by" || side == "out" && obj.from != "" && obj.to != "":
		return obj.to, obj.from // "General X handed command of MNBG East from Colonel Y to Colonel Z": he presides
	case subject == "" && side == "in" && obj.stated && obj.object != "":
		return "", obj.object // "The former Prime Minister was appointed to succeed Mr X as Secretary General": whoever succeeds him, X held the post
	case subject == "":
		return "", ""
	case side == "out":
		return other, subject
	}
	return subject, other
}

// commandObj is what follows a command verb: the post, and the people
// it names as its object, after "from" and after "to".
type commandObj struct {
	posts            []natokg.Post
	object, from, to string
	by               string // the agent of a passive: "was succeeded by General X"
	guessed          bool   // the post is the body's "Commander", its title unsaid ("at the head of ORG")
	ofBody           bool   // the post is the body's "Commander", read from "command of ORG"
	stated           bool   // the post is the title after "as": "succeeded X as Chairman"
}

// commandObject reads what follows a command verb at k, up to the next
// command verb: "of ORG from|to PERSON", "over ORG", "at the head of
// ORG", "from|to PERSON as POST", "as POST", "at the head of ORG and as
// POST" (two posts).
func (s *personState) commandObject(k int) commandObj {
	t := s.t
	var o commandObj
	o.object = s.personAfter(k) // "succeeded General Henault as Chairman"
	if p := s.postAt(k); p != nil && t.Norm(k) == "the" && s.f.w.commandNouns.Has(t.Norm(p.Limit)) {
		o.posts = append(o.posts, p.Post(t)) // "took over the DGIMS position from General Y"
	}
	bodyEnd := -1
	for i := k; i < len(t.Tokens) && i < k+30 && t.SameSentence(i, k); i++ {
		if _, n := s.f.w.commandVerbs.MatchAt(t.Tokens, i); n > 0 && i > k || t.Norm(i) == ";" {
			break // "took command of X from General Y and succeeded him as ...": the next verb's
		}
		switch n := t.Norm(i); n {
		case "of", "over", "for":
			if m := s.commandedBody(i, k); m != nil && len(o.posts) == 0 {
				o.posts = append(o.posts, natokg.Post{Role: "Commander", Org: m.Key, Span: t.ByteSpan(k, m.Limit)})
				o.ofBody, bodyEnd = true, m.Limit
			} else if m := s.bodyAfterOf(i); m != nil && o.ofBody && len(o.posts) == 1 && t.Norm(i-1) == "and" {
				o.posts = append(o.posts, natokg.Post{Role: "Commander", Org: m.Key, Span: t.ByteSpan(i+1, m.Limit)}) // "took over command of the mission and of U.S. Forces – Afghanistan"
			} else if p := s.handedPost(i, k); p != nil && len(o.posts) == 0 {
				o.posts = append(o.posts, p.Post(t))
			}
		case "and":
			if m := s.ms.StartingAt(t.PastThe(i+1), KOrg); m != nil && i == bodyEnd && len(o.posts) == 1 && s.commandedEnds(m.Limit) {
				o.posts = append(o.posts, natokg.Post{Role: "Commander", Org: m.Key, Span: t.ByteSpan(i+1, m.Limit)}) // "assumed command of Allied Command Operations and United States European Command"
			}
		case "by":
			if o.by == "" {
				o.by = s.personAfter(i + 1)
			}
		case "head":
			if m := s.ms.StartingAt(t.PastThe(i+2), KOrg); m != nil && len(o.posts) == 0 && t.Norm(i-2) == "at" && t.Norm(i+1) == "of" && i <= k+6 {
				o.posts = append(o.posts, natokg.Post{Role: "Commander", Org: m.Key, Span: t.ByteSpan(k, m.Limit)}) // "succeeded Admiral X at the head of US European Command"
				o.guessed = true
			}
		case "from", "to":
			key := s.personAfter(i + 1)
			if n == "from" && o.from == "" {
				o.from = key
			} else if n == "to" && o.to == "" {
				o.to = key
			}
		case "as":
			if p := s.postAt(i + 1); p != nil && (len(o.posts) == 0 || t.Norm(i-1) == "and") {
				o.posts = append(o.posts, p.Post(t)) // "at the head of X and as Director of Y"
				o.stated = true
			}
		case "becomes", "become", "becoming":
			if p := s.becomesPost(i); p != nil && (len(o.posts) == 0 || o.ofBody) {
				o.posts, o.ofBody = []natokg.Post{p.Post(t)}, false // "assumed command of ACO ..., becoming NATO's new SACEUR": the title names the command
			}
		}
	}
	if m := s.bodyAfterOf(k - 1); m != nil && len(o.posts) == 0 && t.Norm(k-1) == "over" && t.Norm(k-2) != "command" && (o.from != "" || o.to != "") {
		o.posts = append(o.posts, natokg.Post{Role: "Commander", Org: m.Key, Span: t.ByteSpan(k, m.Limit)}) // "took over SNMG2 from Rear Admiral X"
		o.ofBody = true
	}
	return o
}

// commandedEnds reports whether the body a command verb's object
// names ends before token k: a mark, a preposition or "and" follows it,
// not a verb ("of KFOR and NATO thanked him").
func (s *personState) commandedEnds(k int) bool {
	switch n := s.t.Norm(k); n {
	case ",", ".", ";", "(", ")", "from", "to", "on", "during", "and", "":
		return true
	default:
		return s.f.w.placePrep(n)
	}
}

// statesPost reports whether token i, before a title, says its subject
// holds it: "as" ("as Commander of X, he took over from Y"), or a verb
// of becoming ("X became Supreme Allied Commander Transformation,
// taking over from General Y").
func (s *personState) statesPost(i int) bool {
	switch s.t.Norm(i) {
	case "as", "became", "becomes":
		return true
	}
	return false
}

// outgoingPost returns the one post that the sentence of the command
// verb at k states of subject before the verb, held or left ("General X,
// the outgoing Supreme Allied Commander Transformation, will hand over
// to General Y"); or false.
func (s *personState) outgoingPost(subject string, k int) (natokg.Post, bool) {
	per := s.out.Get(subject)
	if per == nil {
		return natokg.Post{}, false
	}
	sent := s.t.SentenceOf(k)
	lo, hi := s.t.Tokens[sent.First].Start, s.t.Tokens[k].Start
	var here []natokg.Post
	for _, p := range per.Posts {
		if p.Span.Start >= lo && p.Span.End <= hi {
			p.Former = false
			here = append(here, p)
		}
	}
	if len(here) != 1 {
		return natokg.Post{}, false
	}
	return here[0], true
}

// theCommand reports whether "the" and a noun of command
// (command-nouns.tsv) stand at k: "handed over the command to Colonel Y"
// hands over nothing but the command.
func (s *personState) theCommand(k int) bool {
	return s.t.Norm(k) == "the" && s.f.w.commandNouns.Has(s.t.Norm(k+1))
}

// handsOverTo reports whether "to" and the incoming commander follow
// right after a verb of leaving that names nothing handed over, at k,
// and no title of the newcomer's says what changed hands: "General X,
// the outgoing Commander, will hand over to General Y" (not "handed over
// the award to General Y", nor "handed over to the incoming Managing
// Director, Professor Y", which is the Managing Director's post).
func (s *personState) handsOverTo(k int, obj commandObj) bool {
	if s.theCommand(k) {
		k += 2 // "handed over the command to Colonel Y"
	}
	return s.t.Norm(k) == "to" && obj.to != "" && s.postAt(k+1) == nil
}

// handedPost returns the post that the "of" at i, right after a change's
// phrase ending before k, names as what changes hands: "the handover of
// the post of Supreme Allied Commander Transformation from General A to
// General B", or after "the" and a noun of command-nouns.tsv: "handed over
// the post of KFOR Commander to X"; or nil.
func (s *personState) handedPost(i, k int) *PostPhrase {
	if s.t.Norm(i) != "of" {
		return nil
	}
	if i != k && (i != k+2 || s.t.Norm(k) != "the" || !s.f.w.commandNouns.Has(s.t.Norm(k+1))) {
		return nil // but "handed over the post of KFOR Commander to X"
	}
	return s.postAt(i + 1)
}

// becomesPost returns the post that a relative clause after the command
// verb's object says the incoming commander takes, at the verb of
// becoming at i: "hand over command to General X, also of the French Air
// Force, who becomes the new Supreme Allied Commander Transformation",
// "who will become ...", or a participle after a comma ("assumed command
// of X from General Y, becoming NATO's new SACEUR"); or nil.
func (s *personState) becomesPost(i int) *PostPhrase {
	if s.t.Norm(i) == "becoming" {
		if s.t.Norm(i-1) != "," {
			return nil
		}
		return s.postAt(i + 1) // "took over from General Y, becoming the new Commander"
	}
	if s.t.Norm(i-1) != "who" && (s.t.Norm(i-2) != "who" || !s.f.w.modals.Has(s.t.Norm(i-1))) {
		return nil
	}
	return s.postAt(i + 1)
}

// commandedBody returns the body named right after the "of" or "over" at
// i that follows the command verb's phrase ending before k: "assumed
// command of the NATO-led Kosovo Force", "of NATO's Allied Air Command";
// not one named later ("after two years at the head of Allied Command
// Operations").
func (s *personState) commandedBody(i, k int) *Mention {
	t := s.t
	if t.Norm(k) == "the" && i == k+2 {
		k++ // "handed over the command of SNMCMG1 to Commander X"
	}
	if i > k+1 || i == k+1 && t.Norm(k) != "command" && t.Norm(k) != "responsibility" && t.Norm(k) != "authority" {
		return nil
	}
	if m := s.bodyAfterOf(i); m != nil {
		return m
	}
	return s.bodyByHeadNoun(i)
}

// bodyByHeadNoun returns the body that "the" and a lower-case noun after
// the "of" at i stand for: the last one named before with that noun as
// its head's word ("Members of Standing NATO Mine Countermeasures Group
// Two ... turned command of the group over to ..."); or nil.
func (s *personState) bodyByHeadNoun(i int) *Mention {
	t := s.t
	noun := t.Tok(i + 2)
	if t.Norm(i+1) != "the" || !noun.IsWord() || noun.IsCap() || !s.f.w.orgHeads.Has(upperFirst(noun.Text)) || t.Tok(i+3).IsCapWord() || t.Norm(i+3) == "of" {
		return nil
	}
	for _, m := range slices.Backward(s.ms.In(0, i, KOrg)) {
		if hasHead(m.Key, upperFirst(noun.Text)) {
			return &Mention{Kind: KOrg, Key: m.Key, Span: Span{i + 1, i + 3}}
		}
	}
	return nil
}

// bodyAfterOf returns the body named right after the "of" or "over" at i,
// past premodifiers and a possessive ("of NATO's Allied Air Command"), or
// nil; nil too where the possessive owns a body it does not name ("of
// NATO's tech and cyber organisation").
func (s *personState) bodyAfterOf(i int) *Mention {
	t := s.t
	j := s.skipPremodifiers(i + 1)
	m := s.ms.StartingAt(j, KOrg)
	if whole := s.ms.StartingAt(t.PastThe(i+1), KOrg); whole != nil && whole.Limit > j {
		m = whole // "the NATO-led Kosovo Force" named as a whole
	}
	if m != nil && t.Norm(m.Limit) == "'s" {
		if owned := s.ms.StartingAt(m.Limit+1, KOrg); owned != nil {
			return owned // "assumed command of NATO's Allied Air Command"
		}
		if modifierBody(t, m) {
			return nil // "took the helm of NATO's tech and cyber organisation": a body the text does not name
		}
	}
	if m == nil {
		return s.bodyNamedBefore(i)
	}
	return m
}

// bodyNamedBefore returns the last mention before token i of the body
// whose name holds the lower-case noun that "of the" opens at i: "turned
// command of the group over to Captain X", after "Standing NATO Mine
// Countermeasures Group 2"; or nil.
func (s *personState) bodyNamedBefore(i int) *Mention {
	t := s.t
	noun := t.Tok(i + 2)
	if t.Norm(i+1) != "the" || !noun.IsWord() || noun.IsCap() || t.Tok(i+3).IsCapWord() && t.SameSentence(i+2, i+3) {
		return nil
	}
	key := lastBodyWith(t, s.ms, i, upperFirst(noun.Text))
	if key == "" {
		return nil
	}
	for _, m := range slices.Backward(s.ms.In(0, i, KOrg)) {
		if m.Key == key {
			return m
		}
	}
	return nil
}

// subjectBefore returns the person named just before token k ("Johansson
// assumed", "Johansson has assumed", "General X, formerly ..., assumed"),
// or "".
func (s *personState) subjectBefore(k int) string {
	for b := k - 1; b >= 0 && b >= k-25 && s.t.SameSentence(b, k); b-- {
		if key := s.out.At[b]; key != "" && (s.out.Named[b] || s.out.Pronoun[b]) {
			return key // "General X assumed", "He previously served as"
		}
		if n := s.t.Norm(b); n == ";" || n == "that" && b < k-1 {
			break // "He noted that Serbia promotes peace as OSCE Chairman": Serbia's
		}
	}
	return ""
}

// subjectAfterHaving returns the subject of the clause that a perfect
// participle at k opens ("Having taken command of the Centre on 10 July,
// Rear Admiral X has spent ..."), or a present one that opens the
// sentence or follows "after" or "upon" ("After assuming command of the
// Centre, Rear Admiral X paid ..."): the first person named after its
// comma; or "".
func (s *personState) subjectAfterHaving(k int) string {
	n := s.t.Norm(k - 1)
	opens := s.t.Tok(k).IsIngForm() && (n == "after" || n == "upon" || k == s.t.SentenceOf(k).First)
	if n != "having" && !opens {
		return "" // "Having taken command of X, General Y", "After assuming command of X, Admiral Y"
	}
	sent := s.t.SentenceOf(k)
	comma := -1
	for j := k; j < sent.Limit; j++ {
		if comma < 0 && s.t.Norm(j) == "," {
			comma = j
		}
		if key := s.out.At[j]; comma >= 0 && key != "" && s.out.Named[j] {
			return key
		}
	}
	return ""
}

// skipPremodifiers skips "the" and a hyphenated modifier ("NATO-led")
// before a name at i.
func (s *personState) skipPremodifiers(i int) int {
	if s.t.Norm(i) == "the" {
		i++
	}
	if s.t.Norm(i+1) == "-" && !s.t.Tok(i+1).SpaceBefore && !s.t.Tok(i+2).IsCap() && s.t.Tok(i+2).IsWord() {
		i += 3
	}
	return i
}

// personAfter returns the person named at token i, past ranks, "the"
// and a service before a rank ("U.S. Army Lieutenant General X").
func (s *personState) personAfter(i int) string {
	i = s.t.PastThe(i)
	if s.f.w.determiners.Value(s.t.Norm(i), 0) == "possessive" && s.t.Tok(i+1).IsWord() && !s.t.Tok(i+1).IsCap() {
		i += 2 // "to his successor, General X"
		if s.t.Norm(i) == "," {
			i++
		}
	} else if j := s.describedBefore(i); j > i {
		i = j // "to another French Air Force officer, General X"
	}
	if m := s.ms.StartingAt(i, KOrg, KDemonym, KPlace); m != nil && (m.Kind != KPlace || s.f.g.Country(m.Key) != nil) && s.ms.StartingAt(m.Limit, KRank) != nil {
		i = m.Limit // "from US General James Mattis"
	}
	i = s.pastTitles(i)
	if p := s.postAt(i); p != nil {
		i = p.Limit
		if s.t.Norm(i) == "," {
			i++
		}
		if m := s.ms.StartingAt(i, KOrg, KDemonym); m != nil && s.ms.StartingAt(m.Limit, KRank) != nil {
			i = m.Limit // "to Deputy Commander, Italian Army Lieutenant General X"
		}
		i = s.pastTitles(i)
	}
	if s.out.Named[i] || s.out.Pronoun[i] {
		return s.out.At[i] // "succeeded him as Director"
	}
	return ""
}

// describedBefore returns the token after the comma that ends an
// indefinite description of the person named next, which opens at i
// with an article other than "the" and ends in a lower-case noun: "to
// another French Air Force officer, General X", "to a fellow officer, General X"; or i.
func (s *personState) describedBefore(i int) int {
	if s.f.w.determiners.Value(s.t.Norm(i), 0) != "article" || s.t.Norm(i) == "the" {
		return i
	}
	for k := i + 1; k < i+8 && s.t.SameSentence(i, k); k++ {
		if s.out.Named[k] || s.ms.StartingAt(k, KRank) != nil {
			return i
		}
		if s.t.Norm(k) == "," {
			if w := s.t.Tok(k - 1); k > i+1 && w.IsWord() && !w.IsCap() {
				return k + 1
			}
			return i
		}
	}
	return i
}

// pastTitles returns the token after the ranks and honorifics at i.
func (s *personState) pastTitles(i int) int {
	for m := s.ms.StartingAt(i, KRank, KHonorific); m != nil; m = s.ms.StartingAt(i, KRank, KHonorific) {
		i = m.Limit
	}
	return i
}

// postEndingAt returns the post phrase that ends just before token i,
// past the ranks and honorifics that may follow it, or nil.
func (s *personState) postEndingAt(i int) *PostPhrase {
	i, _ = s.titlesBefore(i)
	for k := range s.posts {
		if p := &s.posts[k]; p.Limit == i {
			return p
		}
	}
	return nil
}

// postAt returns the post phrase that starts at token i (after "the"), or nil.
func (s *personState) postAt(i int) *PostPhrase {
	if s.t.Norm(i) == "the" {
		i++
	}
	for v := s.f.w.roleMods.Value(s.t.Norm(i), 0); (v == "status" || v == "former" || s.f.w.ordinal(s.t.Norm(i))) && !s.t.Tok(i).IsCap(); v = s.f.w.roleMods.Value(s.t.Norm(i), 0) {
		i++ // "as the new Commander", "as the 25th Commander", "its Chair, former Secretary of State X"
	}
	for k := range s.posts {
		if p := &s.posts[k]; p.First == i || p.Core.First == i {
			return p
		}
	}
	return nil
}

// asPost gives "X as POST", "X, formerly POST," the post: "appointed
// Jane Doe as Special Representative".
func (s *personState) asPost() {
	for k := range s.posts {
		p := &s.posts[k]
		j := p.First
		for v := s.f.w.roleMods.Value(s.t.Norm(j-1), 0); (v == "status" || v == "former" || s.f.w.ordinal(s.t.Norm(j-1))) && !s.t.Tok(j-1).IsCap(); v = s.f.w.roleMods.Value(s.t.Norm(j-1), 0) {
			j-- // "as the new Assistant Secretary General", "became the sixth commander"
		}
		if n := s.t.Norm(j - 1); n == "the" || s.f.w.determiners.Value(n, 0) == "possessive" {
			j-- // "as its President"
		}
		if s.t.Norm(j-1) == "both" && s.t.Norm(j-2) == "as" {
			j-- // "serves as both Supreme Allied Commander Europe and ..."
		}
		if a := s.indefiniteTitle(j); a < j && s.heWas(a) != "" {
			j = a // "Mr Luik is a former Minister of Foreign Affairs"
		}
		if w := s.whoIs(j); w >= 0 {
			// "General Scaparrotti, who is also Commander of US European Command"
			if key := s.subjectBefore(w); key != "" && s.out.At[p.Core.First] == "" {
				s.givePost(s.out.Get(key), p)
			}
			continue
		}
		if key := s.heWas(j); key != "" && (s.out.At[p.Core.First] == "" || s.out.At[p.Core.First] == key) {
			s.givePost(s.out.Get(key), p) // "from Ramstein, where he was Commander of ..."
			continue
		}
		if key := s.copulaSubject(j, p); key != "" {
			s.givePost(s.out.Get(key), p) // "General X of the German Army is the new commander of the Centre"
			continue
		}
		if s.toBeBefore(j) {
			s.subjectsPost(j-2, j, p) // "elected Admiral X to be the next Chairman"
			continue
		}
		if k := s.takenOffice(j); k >= 0 {
			s.subjectsPost(k, j, p) // "Admiral X is due to take up the post of Vice Chairman"
			continue
		}
		appointed := s.f.w.appointmentVerbs.Has(s.t.Norm(j - 1))
		switch s.t.Norm(j - 1) {
		case "as", "formerly", "previously":
		default:
			if !appointed {
				continue // "was elected President of the Assembly"
			}
		}
		if s.t.Norm(j-1) == "as" && (s.commandSentence(j) || s.asWellAs(j-1)) {
			continue // the change of command gives it to both sides; "as well as the French Ambassador": another person
		}
		if key := s.subjectBefore(j - 1); key != "" && (s.out.At[p.Core.First] == "" || s.newHolder(j, p) || s.titleByAcronym(p)) {
			for _, post := range p.Posts(s.t) { // "served as Commander and President of Air University"
				post.Former = post.Former || s.t.Norm(j-1) == "formerly" || s.t.Norm(j-1) == "previously"
				s.addPost(s.out.Get(key), post)
			}
		}
	}
}

// asWellAs reports whether the "as" at token a ends "as well as", which
// joins another item to a list, as "and" does.
func (s *personState) asWellAs(a int) bool {
	return s.t.Norm(a-1) == "well" && s.t.Norm(a-2) == "as"
}

// toBeBefore reports whether "to be" stands right before token j, where
// a post starts past its article and status words: "elected Admiral X to
// be the next Chairman", "appointed Ms Y to be Deputy Secretary General".
func (s *personState) toBeBefore(j int) bool {
	return s.t.Norm(j-1) == "be" && s.t.Norm(j-2) == "to" && s.t.SameSentence(j-2, j)
}

// takenOffice returns the first token of a phrase of office-taking.tsv
// that stands before "the post of" (a noun of command-nouns.tsv) right
// before token j: "is due to take up the post of Vice Chairman", "was
// appointed to the position of Chief of Staff", "will assume the
// positions of both SACEUR and Commander, U.S. European Command"; or -1.
func (s *personState) takenOffice(j int) int {
	if s.t.Norm(j-1) == "both" {
		j-- // "will assume the positions of both SACEUR and Commander, U.S. European Command"
	}
	if s.t.Norm(j-1) != "of" || !s.f.w.commandNouns.Has(s.t.Norm(j-2)) || s.t.Norm(j-3) != "the" {
		return -1
	}
	for k := j - 4; k >= 0 && k >= j-6; k-- {
		if _, n := s.f.w.officeTaking.MatchAt(s.t.Tokens, k); n > 0 && k+n == j-3 {
			return k
		}
	}
	return -1
}

// subjectsPost gives post p, which starts past its article and status
// words at j, to the person named before token k in its sentence, as
// "as" would: after "to be" ("elected X to be the next Chair") or after
// the taking of a post (takenOffice).
func (s *personState) subjectsPost(k, j int, p *PostPhrase) {
	key := s.subjectBefore(k)
	if key == "" || s.out.At[p.Core.First] != "" && !s.newHolder(j, p) {
		return
	}
	for _, post := range p.Posts(s.t) {
		s.addPost(s.out.Get(key), post)
	}
}

// titleByAcronym reports whether post p is written as its acronym
// alone, which names the post, not the one holder the release also
// calls by it: after "NATO's 19th Supreme Allied Commander Europe
// (SACEUR) General X", "General Y's three years as SACEUR" are Y's.
func (s *personState) titleByAcronym(p *PostPhrase) bool {
	return p.Core.Limit == p.Core.First+1 && p.Limit == p.Core.Limit && acronymLike(s.t.Tok(p.Core.First))
}

// newHolder reports whether the words between token j and the core of
// post p say a new holder takes it, an ordinal or a status ("takes up
// his post as the first Deputy Secretary General", "as the new
// Commander"), so that "as" gives the post to its subject though the
// title also names the holder before.
func (s *personState) newHolder(j int, p *PostPhrase) bool {
	for k := j; k < p.Core.First; k++ {
		if n := s.t.Norm(k); s.f.w.roleMods.Value(n, 0) == "status" || s.f.w.ordinal(n) {
			return true
		}
	}
	return false
}

// copulaSubject returns the person named as the subject of "is" or
// "was" (perhaps with "also" after it) right before "the" and post p,
// which starts at j past its article and status words, within a few
// words: "General X of the German Army is the new commander of NATO's
// Joint Warfare Centre"; or the holder of a title that is the subject:
// "SACEUR is also Commander U.S. European Command"; or "".
func (s *personState) copulaSubject(j int, p *PostPhrase) string {
	if s.out.At[p.Core.First] != "" || s.t.Norm(j) != "the" && (j != p.First || !s.t.Tok(p.Core.First).IsCap()) {
		return "" // "is the new commander", "was US Ambassador to Russia"
	}
	v := j - 1
	for s.f.w.copulaAdverbs.Has(s.t.Norm(v)) && v > j-3 {
		v-- // "SACEUR is also Commander of ..."
	}
	if n := s.t.Norm(v); n != "is" && n != "was" {
		return ""
	}
	lo := v - 8
	for b := v - 1; b >= 0 && b >= lo && s.t.SameSentence(b, j); b-- {
		if key := s.out.At[b]; key != "" && (s.out.Named[b] || s.titleOpensClause(b)) {
			return key
		}
		if w := s.relativeOpen(b); w > 0 {
			b, lo = w, w-6 // "General X, who was ending his tour, was the last Commander of ISAF"
			continue
		}
		if n := s.t.Norm(b); n == "," || n == "that" || n == "and" {
			break
		}
	}
	return ""
}

// titleOpensClause reports whether token b is the last of a title that
// stands for a person and opens its clause, as its subject: "In
// addition to his NATO duties, SACEUR is also ...".
func (s *personState) titleOpensClause(b int) bool {
	m := s.ms.AtKind(b, KPostAcr, KRole)
	if m == nil || m.Limit != b+1 || s.out.Pronoun[b] {
		return false
	}
	first := s.t.BackPastThe(m.First - 1)
	return first < s.t.SentenceOf(b).First || s.t.Norm(first) == ","
}

// relativeOpen returns where the relative clause that the comma at b
// closes opens (its "who"), or 0: ", who was ending his third tour,".
func (s *personState) relativeOpen(b int) int {
	if s.t.Norm(b) != "," {
		return 0
	}
	for w := b - 1; w > 1 && w >= b-10 && s.t.SameSentence(w, b); w-- {
		switch s.t.Norm(w) {
		case "who":
			if s.t.Norm(w-1) == "," {
				return w - 1
			}
			return 0
		case ",":
			return 0
		}
	}
	return 0
}

// officeVerbs gives the post a verb of office says a person holds in the
// body named before it: "US Army Europe and Africa, which he commanded",
// "the Senior Politico-Military Group, a body chaired by Ambassador
// Erdmann"; or after it: "General X, commanding the French Land Forces".
func (s *personState) officeVerbs() {
	verbs := s.f.w.officeVerbs
	for i, tok := range s.t.Tokens {
		e, ok := verbs.Lookup(tok.Norm)
		if !ok {
			continue
		}
		var key string
		org, subject, under := s.bodyBefore(i), s.subjectRightBefore(i), s.underOffice(i)
		switch {
		case under >= 0: // "Standing NATO Maritime Group 2, under the command of Commodore X"
			key, org = s.personAfter(i+2), cmp.Or(s.bodyBefore(under), s.bodyEndingAt(under)) // "Standing NATO Mine Counter Measures Group One (SNMCMG1) under the command of"
		case s.t.Norm(i+1) == "by": // "chaired by Ambassador Erdmann"
			if s.titledByOtherBody(i+2, org) {
				continue // "a delegation of the Assembly, led by the Chairman of its Political Committee, Mr X"
			}
			key = s.personAfter(i + 2)
			if org == "" {
				org = cmp.Or(s.bodyRightBefore(i), s.passiveSubject(i), s.frontedSubject(i)) // "the Military Committee (MC) chaired by X"; "EUFOR will be led by Major General X"; "Led by Rear Admiral X since July, SNMG2 is ..."
			}
		case subject != "": // "which he commanded", "he has commanded"
			key = subject
			if m := s.ms.StartingAt(s.t.PastThe(i+1), KOrg); org == "" && m != nil && s.namesBody(i) {
				org = m.Key                               // "Colonel X commands the 86th Infantry Brigade", "He heads the Centre"
				s.moreBodiesListed(key, e.Value(0), m, i) // "he has commanded the 1st Marine Expeditionary Brigade, Task Force 58 and ..."
			}
		case s.relativeHolder(i) != "":
			// "General X, who until then commanded the 1st Armoured Division"
			if m := s.ms.StartingAt(s.t.PastThe(i+1), KOrg); m != nil && s.t.Norm(m.Limit) != "as" && !s.postWithin(s.relativeHolder(i), m.Key) {
				key, org = s.relativeHolder(i), m.Key
			}
		case s.t.Norm(i-1) == "," && s.out.Named[i-2] && tok.IsIngForm():
			// "General X, commanding the French Land Forces,"
			if m := s.ms.StartingAt(s.t.PastThe(i+1), KOrg); m != nil {
				key, org = s.out.At[i-2], m.Key
			}
		case s.f.w.copulaAdverbs.Has(s.t.Norm(i-1)) && (s.out.Named[i-2] || s.out.Pronoun[i-2]) || s.timeLinkBefore(i) && tok.IsIngForm():
			// "He also commanded the 194th Brigade", "after commanding US Southern Command"
			if m := s.ms.StartingAt(s.t.PastThe(i+1), KOrg); m != nil {
				key, org = s.subjectBefore(i), m.Key
				if s.f.w.copulaAdverbs.Has(s.t.Norm(i - 1)) {
					key = s.out.At[i-2]
				}
			}
		}
		if key == "" || org == "" || s.holdsAt(key, org) {
			continue // "The Military Committee is led by Sir Stuart Peach, Chairman of the NATO Military Committee": his title says how
		}
		role := e.Value(0)
		if h := s.officeHolder(org); h != "" {
			role = h // "a Directorate of Life Cycle Management, led by Mr X": its Director
		}
		s.addPost(s.out.Get(key), natokg.Post{Role: role, Org: org,
			Span: natokg.Span{Start: s.t.Tokens[i].Start, End: tok.End}})
	}
}

// subjectRightBefore returns the person named, or referred to by a
// pronoun, right before the verb at i or before "has", "had" or "have"
// right before it ("he commanded", "he has commanded"); or "".
func (s *personState) subjectRightBefore(i int) string {
	j := i - 1
	if n := s.t.Norm(j); n == "has" || n == "had" || n == "have" {
		j--
	}
	if j >= 0 && s.out.At[j] != "" && (s.out.Named[j] || s.out.Pronoun[j]) {
		return s.out.At[j]
	}
	return ""
}

// moreBodiesListed gives person key the post role of each body that a
// comma or "and" adds to body m, the first object of the verb of office
// at i: "has commanded the 1st Marine Expeditionary Brigade, Task Force
// 58 and the 1st Marine Division" holds three commands.
func (s *personState) moreBodiesListed(key, role string, m *Mention, i int) {
	for n := 0; n < 5; n++ {
		k := m.Limit
		if s.t.Norm(k) == "," && s.t.Norm(k+1) == "and" {
			k++
		}
		if sep := s.t.Norm(k); sep != "," && sep != "and" {
			return
		}
		next := s.ms.StartingAt(s.t.PastThe(k+1), KOrg)
		if next == nil || !s.commandedEnds(next.Limit) {
			return
		}
		s.addPost(s.out.Get(key), natokg.Post{Role: role, Org: next.Key, Span: natokg.Span{Start: s.t.Tokens[i].Start, End: s.t.Tokens[next.Limit-1].End}})
		m = next
	}
}

// namesBody reports whether the verb of office-verbs.tsv at i names the
// body of its holder's post wherever it stands (its body column): right
// after its holder ("Colonel X commands the 86th Brigade") or after the
// body and before "by" ("the Military Committee (MC) chaired by Y"); not
// "led" (a delegation, an effort) nor a participle ("General X
// representing NATO").
func (s *personState) namesBody(i int) bool {
	return s.f.w.officeVerbs.Value(s.t.Norm(i), 1) == "yes"
}

// timeLinkBefore reports whether "after", "before", "while" or "since"
// stands right before token i: a gerund there tells of its sentence's
// subject ("took over after commanding US Southern Command").
func (s *personState) timeLinkBefore(i int) bool {
	switch s.t.Norm(i - 1) {
	case "after", "before", "while", "since":
		return true
	}
	return false
}

// underOffice returns the token of "under" where the word of office at i
// is the noun of "under the command of", "under the chairmanship of" or,
// without the article, "under command of": the person after it holds the
// office in the body before. It returns -1 otherwise.
func (s *personState) underOffice(i int) int {
	u := i - 1
	if s.t.Norm(u) == "the" {
		u--
	}
	if s.t.Norm(u) != "under" || s.t.Norm(i+1) != "of" {
		return -1
	}
	return u
}

// holdsAt reports whether the person of that key holds a post of body org
// already.
func (s *personState) holdsAt(key, org string) bool {
	per := s.out.Get(key)
	if per == nil {
		return false
	}
	for _, x := range per.Posts {
		if x.Org == org {
			return true
		}
	}
	return false
}

// relativeHolder returns the person named before ", who" that opens the
// relative clause of the verb of office at i, past an auxiliary and the
// words between a copula and a title ("who also commands", "who had led",
// "who until then commanded", "who has chaired"), or "".
func (s *personState) relativeHolder(i int) string {
	k := i - 1
	for n := 0; n < 4 && k > 0 && s.t.Norm(k) != "who"; n++ {
		if w := s.t.Norm(k); w != "has" && w != "had" && w != "until" && w != "then" && !s.f.w.copulaAdverbs.Has(w) {
			return ""
		}
		k--
	}
	if s.t.Norm(k) != "who" || s.t.Norm(k-1) != "," || !s.out.Named[k-2] {
		return ""
	}
	return s.out.At[k-2]
}

// postWithin reports whether person key already holds a post of body org
// or of a body org is part of: "Sir Stuart, who has chaired the Military
// Committee" restates his post as its Chairman; "Admiral X, who has led
// Allied Command Operations" his NATO post as Supreme Allied Commander.
func (s *personState) postWithin(key, org string) bool {
	per := s.out.Get(key)
	if per == nil {
		return false
	}
	pf := PostFinder{s.f.rules}
	for _, x := range per.Posts {
		if x.Org != "" && pf.partOf(org, x.Org) {
			return true
		}
	}
	return false
}

// titledByOtherBody reports whether the agent after "led by" at i is
// introduced by a post of another body than org, the body named before
// the verb: "a delegation of the NATO Parliamentary Assembly, led by the
// Chairman of the Assembly's Political Committee, Mr X" (X leads the
// delegation as the Committee's Chairman, not the Assembly).
func (s *personState) titledByOtherBody(i int, org string) bool {
	p := s.postAt(s.t.PastThe(i))
	return p != nil && p.Org != "" && org != "" && p.Org != org
}

// officeHolder returns the title of the head of body org where its name's
// head is an office that a title heads (the office column of
// role-heads.tsv: a Directorate's head is its Director, a Ministry's its
// Minister), or "".
func (s *personState) officeHolder(org string) string {
	head, _, _ := strings.Cut(org, " of ")
	last := lastWordOf(head)
	for _, form := range s.f.w.roleHeads.Forms() {
		if s.f.w.roleHeads.Value(form, 1) == last && last != "" {
			return form
		}
	}
	return ""
}

// passiveSubject returns the body that is the subject of the passive
// participle at i: "EUFOR will be led by", "The Centre is headed by".
func (s *personState) passiveSubject(i int) string {
	k := i - 1
	aux := false
	for k > 0 && (s.f.w.auxiliaries.Has(s.t.Norm(k)) || s.f.w.modals.Has(s.t.Norm(k)) || s.f.w.copulaAdverbs.Has(s.t.Norm(k))) {
		aux = aux || !s.f.w.copulaAdverbs.Has(s.t.Norm(k)) // "SNMCMG1 is currently led by"
		k--
	}
	if !aux {
		return "" // no auxiliary: "a body chaired by" is read by bodyBefore
	}
	if m := s.ms.EndingAt(k+1, KOrg); m != nil && s.t.Norm(s.t.BackPastThe(m.First-1)) != "of" {
		return m.Key // not "the delegation of the Bahrain Defence Force was headed by X": the delegation's head
	}
	return ""
}

// frontedSubject returns the body that a participle opening its
// sentence at i says something of: the subject after the participle's
// clause and its comma ("Led by Rear Admiral X since July, SNMG2 is
// composed of ..."), or "".
func (s *personState) frontedSubject(i int) string {
	if s.t.SentenceOf(i).First != i {
		return ""
	}
	for k := i + 1; k < len(s.t.Tokens) && s.t.SameSentence(i, k); k++ {
		if s.t.Norm(k) != "," {
			continue
		}
		if m := s.ms.StartingAt(s.t.PastThe(k+1), KOrg); m != nil && s.t.Norm(m.Limit) != "'s" && s.t.Tok(m.Limit).Text != "’s" {
			return m.Key
		}
	}
	return ""
}

// bodyBefore returns the body named just before a relative clause or an
// apposition that holds token i: "X, which ...", "X, a body ...".
func (s *personState) bodyBefore(i int) string {
	for k := i - 1; k > 0 && k >= i-6 && s.t.SameSentence(k, i); k-- {
		if s.t.Norm(k) != "," {
			continue
		}
		if m := s.ms.EndingAt(k, KOrg); m != nil {
			if s.eventOf(m.First) {
				return "" // "a session of the Council, chaired by X": X chaired the session
			}
			return m.Key
		}
		if p := s.ms.EndingAt(k); p == nil && s.t.Norm(k-1) == ")" {
			// "X (ACR), which": past the acronym
			for j := k - 2; j > 0 && j > k-6; j-- {
				if s.t.Norm(j) == "(" {
					if m := s.ms.EndingAt(j, KOrg); m != nil {
						return m.Key
					}
					break
				}
			}
		}
		return ""
	}
	return ""
}

// bodyRightBefore returns the body whose name, or its acronym in
// brackets, ends right before the verb at token i, where the verb names
// its body wherever it stands (namesBody) and no event's noun opens the
// phrase the body's name ends: "NSPA hosted the Military Committee (MC)
// chaired by X"; not "a delegation from the JALLC led by Colonel X".
// Else "".
func (s *personState) bodyRightBefore(i int) string {
	if !s.namesBody(i) {
		return ""
	}
	return s.bodyEndingAt(i)
}

// bodyEndingAt returns the body whose name, or whose name and its
// acronym in brackets, ends right before token i, where that name is
// no event's complement; or "".
func (s *personState) bodyEndingAt(i int) string {
	if o := bracketedAcronymBefore(s.t, i); o > 0 {
		i = o
	}
	if m := s.ms.EndingAt(i, KOrg); m != nil && !s.eventOf(m.First) {
		return m.Key
	}
	return ""
}

// eventOf reports whether the phrase that starts at token i is the
// complement of an event's noun: "the autumn meetings of the Military
// Committee", "a session of the North Atlantic Council".
func (s *personState) eventOf(i int) bool {
	j := s.t.BackPastThe(i - 1)
	if s.t.Norm(j) != "of" {
		return false
	}
	for _, e := range s.f.w.eventWords.Entries(s.t.Norm(j - 1)) {
		if e.Value(1) == "noun" {
			return true
		}
	}
	return false
}

// whoIsPattern reads a relative clause that gives the person before it a
// post: "who is also", "who was", "who has been", "who will be".
var whoIsPattern = Seq(Word("who"), Opt(Alt(Seq(Word("until"), Word("now", "recently")), Word("previously", "formerly", "also"))),
	Alt(Word("is", "was"), Seq(Word("has", "had"), Word("been")), Seq(Word("will"), Word("be"))), Opt(Word("also", "now", "currently")))

// copulaWith returns the pattern of the verb that gives a subject a
// post: "was", "is also", "had previously been", "became", "was most
// recently" (the adverbs between verb and title: copula-adverbs.tsv).
func copulaWith(adverbs *WordClass) Pattern {
	return Seq(Alt(Word("is", "was", "became", "becomes"), Seq(Word("has", "had"), Opt(InClassIf(adverbs, nil)), Word("been"))), Opt(InClassIf(adverbs, nil)))
}

// heWas returns the person a pronoun speaks of that is the subject of a
// clause giving a post that starts at token j: "from Ramstein, where he
// was Commander of ...", "Before coming to Europe, he was Commander of
// ...". It returns "" if there is none.
func (s *personState) heWas(j int) string {
	for w := j - 6; w < j-1; w++ { // "he has until now been"
		if w < 0 || s.out.At[w] == "" || !s.out.Pronoun[w] && !(s.out.Named[w] && s.t.Norm(w+1) != "'s") {
			continue // a pronoun, or the last word of a name: "Ms Braže is currently Latvia's Ambassador"
		}
		start := w
		for start > 0 && s.out.At[start-1] == s.out.At[w] && !s.out.Pronoun[w] {
			start-- // the name's first word, or its title's
		}
		if m := s.ms.EndingAt(start, KRank, KHonorific); m != nil {
			start = m.First // "Mr Kevin Scheid was"
		}
		if prev := s.t.Norm(start - 1); prev != "where" && prev != "when" && prev != "," && prev != ":" && prev != ";" && s.t.SentenceOf(start).First != start && !s.afterOpeningSpan(start) {
			continue
		}
		if m, ok := MatchAt(s.f.w.copula, s.t, s.ms, w+1); ok && m.Limit == j {
			return s.out.At[w]
		}
	}
	return ""
}

// afterOpeningSpan reports whether token k follows a span of time that
// opens its clause, made of years, days, months and span-words.tsv
// ("From 2009 to 2012 he was", "He knows the Alliance well: in 2015 he
// became"), with a number or a month in it.
func (s *personState) afterOpeningSpan(k int) bool {
	t, dated := s.t, false
	i := k - 1
	for ; i >= t.SentenceOf(k).First; i-- {
		n := t.Norm(i)
		if n == ":" || n == ";" {
			break
		}
		switch {
		case t.Tok(i).IsNumber() || s.f.w.months.Has(t.Tok(i).Text):
			dated = true
		case !s.f.w.spanWords.Has(n):
			return false
		}
	}
	return dated && s.f.w.spanWords.Has(t.Norm(i+1))
}

// indefiniteTitle returns where a post that starts at token j opens with
// an indefinite article ("is a former Minister of Foreign Affairs",
// "was an adviser"): the article's token, or j.
func (s *personState) indefiniteTitle(j int) int {
	if n := s.t.Norm(j - 1); n != "the" && s.f.w.determiners.Value(n, 0) == "article" && !s.t.Tok(j-1).IsCap() {
		return j - 1
	}
	return j
}

// whoIs returns where a relative clause "who is ..." that ends just before
// token j starts, or -1.
func (s *personState) whoIs(j int) int {
	for w := j - 2; w >= 0 && w >= j-5; w-- {
		if m, ok := MatchAt(whoIsPattern, s.t, s.ms, w); ok && m.Limit == j {
			return w
		}
	}
	return -1
}

// commandSentence reports whether the sentence of token j reports a
// change of command before j.
func (s *personState) commandSentence(j int) bool {
	sent := s.t.SentenceOf(j)
	for k := sent.First; k < j; k++ {
		if _, n := s.f.w.commandVerbs.MatchAt(s.t.Tokens, k); n > 0 {
			return true
		}
	}
	return false
}

type nameForm struct {
	toks []string
	key  string
}

// forms returns every tail of every name that starts with a capital or a
// particle: "Rutte", "van der Laan", "Ellermann-Kingombe".
func (s *personState) forms() []nameForm {
	var forms []nameForm
	for _, key := range s.keys() {
		toks := tokenizeForm(s.out.Get(key).Name)
		if n := len(toks); n > 2 && s.f.w.suffixes.Has(toks[n-1].Text) {
			toks = toks[:n-1] // "Dunford" of "Joseph F. Dunford Jr"
		}
		for i := 1; i < len(toks); i++ {
			if !(toks[i].IsCap() || s.f.w.particles.Has(toks[i].Norm)) || toks[i].Norm == "." || toks[i-1].Norm == "-" {
				continue
			}
			if s.f.w.particles.Has(toks[i-1].Norm) && s.f.w.particles.Value(toks[i-1].Norm, 0) != "patronymic" && toks[i].IsCap() {
				continue // "Laan" alone only via "van der Laan"; but "Aliyev" of "Ilham Heydar oglu Aliyev"
			}
			var f []string
			for _, t := range toks[i:] {
				f = append(f, t.Fold)
			}
			forms = append(forms, nameForm{f, key})
		}
	}
	return forms
}

// knightAt returns the person a knight's style and a first name at token
// i name ("Sir Stuart" for Air Chief Marshal Sir Stuart Peach), or "".
func (s *personState) knightAt(i int) string {
	m := s.ms.EndingAt(i, KHonorific)
	tok := s.t.Tok(i)
	if m == nil || !s.f.g.Knight[m.Key] || !tok.IsCapWord() || s.t.Tok(i+1).IsCapWord() {
		return ""
	}
	found := ""
	for _, key := range s.keys() {
		if first, _, _ := strings.Cut(s.out.Get(key).Name, " "); first == tok.Text {
			if found != "" {
				return "" // two people of that first name
			}
			found = key
		}
	}
	return found
}

// surnames links later mentions of a surname, with the titles before it.
func (s *personState) surnames() {
	t := s.t
	forms := s.forms()
	for i := 0; i < len(t.Tokens); i++ {
		if s.out.At[i] != "" {
			continue
		}
		if key := s.knightAt(i); key != "" {
			per := s.out.Get(key)
			addAlias(&per.Aliases, t.Surface(i-1, i+1)) // "Sir Stuart"
			s.out.At[i-1], s.out.At[i], s.out.Named[i] = key, key, true
			continue
		}
		for _, f := range forms {
			end, ok := s.formAt(i, f)
			if !ok {
				continue
			}
			per := s.out.Get(f.key)
			start := i
			for m := s.ms.EndingAt(start, KRank, KHonorific, KRole); m != nil; m = s.ms.EndingAt(start, KRank, KHonorific, KRole) {
				start = m.First
			}
			// "Prime Minister Abe", "President Halonen": the post is the person's.
			if p := s.postEndingAt(i); p != nil {
				s.givePost(per, p)
				for k := p.First; k < p.Limit; k++ {
					if s.out.At[k] == "" {
						s.out.At[k] = f.key
					}
				}
			}
			addAlias(&per.Aliases, t.Surface(start, end))
			if start < i {
				addAlias(&per.Aliases, t.Surface(i, end))
			}
			per.Spans = append(per.Spans, t.ByteSpan(start, end))
			for k := start; k < end; k++ {
				s.out.At[k] = f.key
			}
			for k := i; k < end; k++ {
				s.out.Named[k] = true
			}
			i = end - 1
			break
		}
	}
}

// formAt reports whether name form f stands at token i, as a whole name.
func (s *personState) formAt(i int, f nameForm) (int, bool) {
	t := s.t
	if i+len(f.toks) > len(t.Tokens) || !(t.Tokens[i].IsCap() || s.f.w.particles.Has(t.Tokens[i].Norm) && len(f.toks) > 1) {
		return 0, false
	}
	for k, w := range f.toks {
		if t.Tokens[i+k].Fold != w {
			return 0, false
		}
	}
	end := i + len(f.toks)
	if t.Tok(end).IsCapWord() && s.ms.At(end) == nil || s.inBodyName(i, end) {
		return 0, false // part of another name
	}
	return end, true
}

// inBodyName reports whether tokens [i, end) lie inside the longer name
// of a body or a place: "Comenius University" after "John Amos Comenius",
// where the surname names the university, not the man.
func (s *personState) inBodyName(i, end int) bool {
	m := s.ms.AtKind(i, KOrg, KPlace)
	return m != nil && (m.First < i || m.Limit > end)
}

// postsAlone links a post that names no one to the one person of the
// release who holds it: "the Secretary General", "DGIMS"; not one after
// "formerly", which its subject held before ("Admiral X, formerly
// Italy's Chief of Defence": asPost gives it).
func (s *personState) postsAlone() {
	for k := range s.posts {
		p := &s.posts[k]
		if s.out.At[p.Core.First] != "" || s.t.Norm(p.First-1) == "formerly" || s.t.Norm(p.First-1) == "previously" {
			continue
		}
		found := s.holdersOf(p, false)
		if len(found) == 0 && p.Implied {
			found = s.holdersOf(p, true) // "the General Manager concluded", whose body a phrase near it implied: the one General Manager named
		}
		if len(found) == 0 {
			if per := s.untitledSubject(p); per != nil {
				s.givePost(per, p) // "Anders Fogh Rasmussen highlighted ... The Secretary General added"
				found = append(found, per)
			}
		}
		if len(found) != 1 {
			continue
		}
		for i := p.Core.First; i < p.Core.Limit; i++ {
			s.out.At[i] = found[0].Key
		}
		if p.Acronym != "" && p.Core.Len() == 1 {
			addAlias(&found[0].Aliases, p.Acronym)
		}
	}
}

// holdersOf returns the people who hold the post that phrase p names
// alone: its title in its body, or in any body where anyBody is set.
func (s *personState) holdersOf(p *PostPhrase, anyBody bool) []*natokg.Person {
	var found []*natokg.Person
	for _, per := range s.out.List {
		for _, post := range per.Posts {
			if alikeTitles(post.Role, p.Title) && (p.Org == "" || post.Org == p.Org || anyBody) || s.withField(post, p) || s.headOfTitle(post, p) {
				found = append(found, per)
				break
			}
		}
	}
	return found
}

// headOfTitle reports whether post phrase p, a bare head after "the"
// with no body ("the Minister"), is the head of post's title, before its
// field or after its modifiers: "The Australian Foreign Minister, X, came
// to NATO. The Minister held talks": X.
func (s *personState) headOfTitle(post natokg.Post, p *PostPhrase) bool {
	if p.Org != "" && !p.Implied || strings.Contains(p.Title, " ") || s.t.Norm(p.First-1) != "the" && s.t.Norm(p.First) != "the" {
		return false
	}
	return strings.HasSuffix(post.Role, " "+p.Title) || strings.HasPrefix(post.Role, p.Title+" of ") || strings.HasPrefix(post.Role, p.Title+" for ")
}

// alikeTitles reports whether two titles are one, whether their field
// follows "of" or "for": "the Minister of Europe and Foreign Affairs" is
// the Minister for Europe and Foreign Affairs.
func alikeTitles(a, b string) bool {
	return a == b || strings.ReplaceAll(a, " for ", " of ") == strings.ReplaceAll(b, " for ", " of ")
}

// withField reports whether post is bare title p's with a field after
// it, in p's organisation: "the Assistant Secretary General" is NATO's
// Assistant Secretary General for Emerging Security Challenges.
func (s *personState) withField(post natokg.Post, p *PostPhrase) bool {
	rest, ok := strings.CutPrefix(post.Role, p.Title+" ")
	return ok && p.Org != "" && post.Org == p.Org && (strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "of "))
}

// untitledSubject returns the one person the release names before post p
// without any post, where p is the publisher's post its sentence opens
// with and no one else holds it: "Anders Fogh Rasmussen highlighted the
// reforms. The Secretary General added that ..."; else nil.
func (s *personState) untitledSubject(p *PostPhrase) *natokg.Person {
	if !p.Implied || p.National || !s.t.SubjectAt(p.First) {
		return nil
	}
	var found *natokg.Person
	for _, per := range s.out.List {
		if len(per.Posts) > 0 || len(per.Spans) == 0 || per.Spans[0].Start > s.t.Tokens[p.First].Start {
			continue
		}
		if found != nil {
			return nil
		}
		found = per
	}
	return found
}

// cataphor returns the person named as the subject right after the
// opening phrase that holds token i, or "": in "In his first speech as
// Commander, General Hodges thanked ...", "his" is Hodges'.
func (s *personState) cataphor(i int) string {
	sent := s.t.SentenceOf(i)
	for j := i + 1; j < sent.Limit && j <= sent.First+8; j++ {
		if s.t.Norm(j) != "," {
			continue
		}
		k, _ := s.skipTitles(s.t.PastThe(j + 1))
		if key := s.out.At[k]; key != "" && s.out.Named[k] && s.t.SubjectAt(j+1) {
			return key
		}
		return ""
	}
	return ""
}

// pronouns links each pronoun to the person referred to last, but one in
// a subject's place with no subject before it in its sentence to the last
// sentence's subject; "he" never to a woman, "she" never to a man (as
// their styles and the pronouns used of them say).
func (s *personState) pronouns() {
	female := s.genders()
	var recent, named []string
	subject, prevSubject, object, sent := "", "", "", -1
	for i, tok := range s.t.Tokens {
		if tok.Sent != sent {
			switch {
			case subject != "":
				prevSubject = subject
			case sent >= 0 && len(named) == 1 && s.bodySubject(s.t.Sentences[sent]):
				prevSubject = named[0] // "The centre hosted General X. He came to ...": the one person it names
			}
			// a sentence with no person as subject ("They discussed Libya") keeps the one before
			sent, subject, object, named = tok.Sent, "", "", nil
		}
		if k := s.out.At[i]; k != "" {
			recent = append(recent, k)
			if s.out.Named[i] && !slices.Contains(named, k) {
				named = append(named, k)
			}
			first, _ := s.titlesBefore(i)
			if m := s.ms.EndingAt(first, KOrg); m != nil && !s.out.Named[i] {
				first = m.First // "The JFCBS commander": a title that stands for its holder, its body before its head
			}
			if subject == "" && s.t.SubjectAt(first) {
				subject = k // "During the visit, General X awarded him"
			}
			continue
		}
		g := s.f.w.pronouns.Value(tok.Norm, 0)
		if len(recent) == 0 || g == "" {
			continue
		}
		grammatical := s.f.w.pronouns.Value(tok.Norm, 1)
		fits := func(k string) bool {
			v, known := female[k]
			return (!known || v == (g == "f")) && !(grammatical == "object" && k == subject) // "General X awarded him": not General X
		}
		k := ""
		switch {
		case s.t.SubjectAt(i) && prevSubject != "" && subject == "" && fits(prevSubject):
			k = prevSubject // "He took up the post, succeeding General Jones. ... he was Commander"
		case grammatical == "subject" && prevSubject != "" && subject == "" && fits(prevSubject):
			k = prevSubject // "At the Ministry, in London, he will meet ..."; "Visiting London for meetings with X and Y, he said"; "At the base he observed"
		case grammatical == "subject" && subject != "" && s.t.Norm(i-1) == "that" && fits(subject):
			k = subject // "X notified the Secretary General that he will step down": the teller, not the told
		case grammatical == "possessive" && object != "" && fits(object):
			k = object // "General X awarded him the medal for his service": his own
		case grammatical == "possessive" && subject == "" && s.cataphor(i) != "" && fits(s.cataphor(i)):
			k = s.cataphor(i) // "In his first speech as Commander, General Hodges thanked"
		}
		for j := len(recent) - 1; j >= 0 && k == ""; j-- {
			if fits(recent[j]) {
				k = recent[j]
			}
		}
		if k == "" {
			continue
		}
		s.out.At[i], s.out.Pronoun[i] = k, true
		if grammatical == "object" {
			object = k
		}
		if _, known := female[k]; !known {
			female[k] = g == "f" // "to thank her": a woman, whom a later "he" does not mean
		}
		recent = append(recent, k)
		if subject == "" && s.t.SubjectAt(i) {
			subject = k
		}
	}
}

// bodySubject reports whether sentence sent opens with a body or a thing
// as its subject, past an opening phrase: "The centre hosted ...", "On 9
// May, the Centre hosted ...", not a pronoun ("They discussed Libya").
func (s *personState) bodySubject(sent Sentence) bool {
	for k := sent.First; k < sent.Limit && k < sent.First+12; k++ {
		switch {
		case !s.t.SubjectAt(k) || s.f.w.placePrep(s.t.Norm(k)) || s.f.w.eventLinks.Has(s.t.Norm(k)):
			continue // "On 9 May, the centre hosted ..."
		case s.out.At[k] != "" || s.f.w.pronouns.Has(s.t.Norm(k)):
			return false
		case s.t.Norm(k) == "the" || s.ms.StartingAt(k, KOrg) != nil:
			return true
		}
	}
	return false
}

// afterOpeningPhrase reports whether the pronoun at i follows the comma
// that closes its sentence's opening phrase, one that opens with a
// preposition or a participle ("At the Ministry of Defence, in London,
// he", "Visiting London for talks with X, Y and Z, he"): the pronoun is
// its clause's subject, whoever the phrase names.
func (r *rules) afterOpeningPhrase(t *Text, i int) bool {
	first := t.SentenceOf(i).First
	if t.Norm(i-1) != "," || i-first > 40 || !t.Tok(first).IsCap() {
		return false
	}
	n := t.Norm(first)
	return r.w.placePreps.Has(n) || t.Tok(first).IsIngForm() && len(n) > 5
}

// genders returns what the release says of its people's gender: true for
// a woman (a style used of women: "Ms", "Dame"), false for a man ("Mr",
// "Sir"); else what the given name their name opens with says, where the
// lists of given names hold it for one sex only (given-names.tsv's third
// column: "Julia" f, "Mark" m; not "Andrea", "Jean"). People none of that
// says anything of are not in the map.
func (s *personState) genders() map[string]bool {
	out := map[string]bool{}
	for _, m := range s.ms.List {
		if m.Kind != KHonorific {
			continue
		}
		key := s.out.At[m.Limit]
		if key == "" || !s.out.Named[m.Limit] {
			continue
		}
		if g := s.f.g.Gender[m.Key]; g != "" {
			out[key] = g == "f"
		}
	}
	for _, p := range s.out.List {
		if _, known := out[p.Key]; known {
			continue
		}
		first, _, _ := strings.Cut(p.Name, " ")
		switch s.f.w.given.Value(first, 1) {
		case "f":
			out[p.Key] = true
		case "m":
			out[p.Key] = false
		}
	}
	return out
}
