package extract

import (
	"bytes"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Token is a word, a number or a punctuation mark of a release's text.
type Token struct {
	// Text is the token as written.
	Text string
	// Norm is Text in lower case, with typographic quotes, apostrophes
	// and dashes made plain.
	Norm string
	// Fold is Text in the form word lists and gazetteers are matched in
	// (see fold).
	Fold string
	// Start and End are byte offsets into the text.
	Start, End int
	// Sent is the index of the token's sentence.
	Sent int
	// SpaceBefore says that white space stands before the token.
	SpaceBefore bool
}

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsWord reports whether the token is a word or a number.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return isWordRune(r)
}

// IsCapWord reports whether the token is a word that starts with an
// upper-case letter.
func (t Token) IsCapWord() bool { return t.IsCap() && t.IsWord() }

// IsParticiple reports whether the token is a word in lower case that
// ends in "-ing", a present participle or a gerund: "ending", "taking".
func (t Token) IsParticiple() bool { return !t.IsCap() && t.IsIngForm() }

// IsIngForm reports whether the token is a word in "-ing", whatever its
// case: "meeting", and "Visiting" opening a sentence.
func (t Token) IsIngForm() bool { return strings.HasSuffix(t.Norm, "ing") }

// IsUpper reports whether the token is all upper case and has at least
// two letters (an acronym such as "NATO" or "DGIMS").
func (t Token) IsUpper() bool {
	letters := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// IsNumber reports whether the token is made of digits.
func (t Token) IsNumber() bool {
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return t.Text != ""
}

// Sentence is a sentence, a title or a line of a list.
type Sentence struct {
	// Start and End are byte offsets into the text.
	Start, End int
	// First and Limit are the indices of its first token and of the token
	// after its last.
	First, Limit int
}

// Text is a release's text cut into tokens and sentences: the output of
// the first stage, which every later stage reads.
type Text struct {
	// Src is the text itself.
	Src       string
	Tokens    []Token
	Sentences []Sentence

	lead   int    // Lead's answer, worked out once the sentences are cut
	quotes []bool // QuoteStates' answer, worked out on the first call
}

// Surface returns the text of tokens [i, j), each run of white space in
// it one plain space: a name written "Mark\u00a0Rutte" or "Mark  Rutte"
// is "Mark Rutte".
func (t *Text) Surface(i, j int) string {
	if i >= j || i < 0 || j > len(t.Tokens) {
		return ""
	}
	s := t.Src[t.Tokens[i].Start:t.Tokens[j-1].End]
	if strings.IndexFunc(s, oddSpace) < 0 && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// WideGap reports whether more than one plain space, or a tab or a
// no-break space, stands before token i on its line: a dateline set off
// from its sentence by space alone ("SZCZECIN, Poland  On 5 December").
func (t *Text) WideGap(i int) bool {
	if i <= 0 || i >= len(t.Tokens) {
		return false
	}
	gap := t.Src[t.Tokens[i-1].End:t.Tokens[i].Start]
	return !strings.Contains(gap, "\n") && (strings.Contains(gap, "  ") || strings.IndexFunc(gap, oddSpace) >= 0)
}

// oddSpace reports whether r is white space other than a plain space.
func oddSpace(r rune) bool { return r != ' ' && unicode.IsSpace(r) }

// ByteSpan returns the bytes tokens [i, j) cover; j > i.
func (t *Text) ByteSpan(i, j int) natokg.Span {
	return natokg.Span{Start: t.Tokens[i].Start, End: t.Tokens[j-1].End}
}

// Norm returns the Norm of token i, or "" outside the text.
func (t *Text) Norm(i int) string {
	if i < 0 || i >= len(t.Tokens) {
		return ""
	}
	return t.Tokens[i].Norm
}

// PastThe returns the token after i where token i is "the", else i.
func (t *Text) PastThe(i int) int {
	if t.Norm(i) == "the" {
		return i + 1
	}
	return i
}

// BackPastThe returns the token before i where token i is "the", else i.
func (t *Text) BackPastThe(i int) int {
	if t.Norm(i) == "the" {
		return i - 1
	}
	return i
}

// LyAdverb reports whether token i is an adverb in -ly in lower case
// ("recently", "newly").
func (t *Text) LyAdverb(i int) bool {
	a := t.Tok(i)
	return a.IsWord() && !a.IsCap() && strings.HasSuffix(a.Norm, "ly")
}

// Possessive reports whether token i marks a possessive: "'s", or an
// apostrophe glued to a word in s before it ("the Corps’ Commander",
// "the Joint Headquarters'").
func (t *Text) Possessive(i int) bool {
	n := t.Norm(i)
	return n == "'s" || n == "'" && strings.HasSuffix(t.Norm(i-1), "s") && !t.Tok(i).SpaceBefore && t.Tok(i-1).IsWord()
}

// LyParticiple reports whether token i is a participle in -ed in lower
// case after an adverb in -ly: "recently established", "newly
// appointed".
func (t *Text) LyParticiple(i int) bool {
	p := t.Tok(i)
	return p.IsWord() && !p.IsCap() && strings.HasSuffix(p.Norm, "ed") && t.LyAdverb(i-1)
}

// BackPastLyParticiple returns the token before a participle in -ed
// that an adverb in -ly (perhaps joined to it by a hyphen) and "the"
// open, where that participle is token i ("visited the recently
// established Joint Force Command", "the recently-opened Centre"): the
// token before "the"; else i.
func (t *Text) BackPastLyParticiple(i int) int {
	if t.LyParticiple(i) && t.Norm(i-2) == "the" {
		return i - 3
	}
	if p := t.Tok(i); p.IsWord() && !p.IsCap() && strings.HasSuffix(p.Norm, "ed") && t.JoiningHyphen(i-1) && t.LyAdverb(i-2) && t.Norm(i-3) == "the" {
		return i - 4 // "toured the recently-opened Civil Servants Training Center"
	}
	return i
}

// Tok returns token i, or a zero Token outside the text.
func (t *Text) Tok(i int) Token {
	if i < 0 || i >= len(t.Tokens) {
		return Token{Sent: -1}
	}
	return t.Tokens[i]
}

// SentenceOf returns the sentence of token i.
func (t *Text) SentenceOf(i int) Sentence { return t.Sentences[t.Tokens[i].Sent] }

// SentenceAtByte returns the index of the sentence that holds byte
// offset b of the text, or -1.
func (t *Text) SentenceAtByte(b int) int {
	k := sort.Search(len(t.Sentences), func(k int) bool { return t.Sentences[k].End > b })
	if k < len(t.Sentences) && t.Sentences[k].Start <= b {
		return k
	}
	return -1
}

// SubjectAt reports whether token i stands where its sentence's subject
// does: first, perhaps after "the", or after an opening phrase and its
// comma ("Before coming to Europe, he", "In Helsinki, the Secretary
// General"), the phrase perhaps after a dateline and holding a day's
// date ("Riga, 7 May 2010 – On Friday, 7 May, Mr X met").
func (t *Text) SubjectAt(i int) bool {
	first := t.SentenceOf(i).First
	if t.Norm(i-1) == "the" && i-1 >= first {
		i--
	}
	if i == first {
		return true
	}
	if t.Norm(i-1) == "-" && i-first <= 10 {
		return true // after a dateline: "Pristina, 7 June 2022 – NATO Deputy Secretary General"
	}
	for k := first; k < i-1 && k <= first+10; k++ {
		if t.Norm(k) == "-" && t.Tokens[k].SpaceBefore {
			first = k + 1 // the opening phrase after a dateline
			break
		}
	}
	if t.Norm(i-1) != "," || i-first > 8 {
		return false
	}
	for k := first; k < i-1; k++ {
		if t.Norm(k) == "," && !t.Tok(k+1).IsNumber() {
			return false // the opening phrase has one comma, its own, and those of its date ("On Friday, 7 May,")
		}
	}
	return true
}

// ApartDash reports whether token k is a dash that sets a phrase apart:
// an en or em dash, or a hyphen between spaces ("Colonel X - NFIU
// commander", "The JALLC Commander – Brigadier General X –"), not one
// that joins a compound ("Vice-President").
func (t *Text) ApartDash(k int) bool {
	tok := t.Tok(k)
	return isDash(tok.Text) && (tok.Text != "-" || tok.SpaceBefore && t.Tok(k+1).SpaceBefore)
}

// SameParagraph reports whether sentence b, which follows sentence a,
// stands in a's paragraph: no blank line between them.
func (t *Text) SameParagraph(a, b Sentence) bool {
	return a.End <= b.Start && !strings.Contains(t.Src[a.End:b.Start], "\n\n")
}

// Heading reports whether sentence s is a line of its own that ends
// without a mark that ends a sentence, before any closing quotation mark
// or bracket: a heading or a line of the page around the release ("News
// release", "Last updated: 12 Jul. 2023 10:40", "Press Release (2012)
// 22 (Revised)"), not prose.
func (t *Text) Heading(s Sentence) bool {
	if s.Limit <= s.First || s.Start > 0 && t.Src[s.Start-1] != '\n' || s.End < len(t.Src) && t.Src[s.End] != '\n' {
		return false
	}
	k := s.Limit - 1
	if n := t.Norm(k); (n == "\"" || n == ")" || n == "'") && k > s.First {
		k-- // "... he said.”", "(... in 2019.)"
	}
	switch t.Norm(k) {
	case ".", "!", "?":
		return false
	}
	return true
}

// RepeatsTitle reports whether sentence s of the body is the title again,
// as a page copied with its header writes it above the text.
func (t *Text) RepeatsTitle(s Sentence) bool {
	if len(t.Sentences) == 0 || s.First == t.Sentences[0].First || s.Limit-s.First != t.Sentences[0].Limit-t.Sentences[0].First {
		return false
	}
	for k := 0; k < s.Limit-s.First; k++ {
		if t.Tokens[s.First+k].Fold != t.Tokens[t.Sentences[0].First+k].Fold {
			return false
		}
	}
	return true
}

// Lead returns the index of the body's first sentence of prose, after
// the title and any heading lines, or len(t.Sentences).
func (t *Text) Lead() int { return t.lead }

// Opening reports whether sentence si is among the first three sentences
// of prose, where a dateline stands.
func (t *Text) Opening(si int) bool { return si <= t.lead+2 }

// findLead works out Lead.
func (t *Text) findLead() int {
	for i := 1; i < len(t.Sentences); i++ {
		if !t.Heading(t.Sentences[i]) {
			return i
		}
	}
	return len(t.Sentences)
}

// SameSentence reports whether tokens i and j are in one sentence.
func (t *Text) SameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(t.Tokens) && j < len(t.Tokens) && t.Tokens[i].Sent == t.Tokens[j].Sent
}

// JoiningHyphen reports whether token j is a hyphen that joins the words
// on either side of it, with no space: "two-day", "Belgrade-Pristina".
func (t *Text) JoiningHyphen(j int) bool { return joiningHyphen(t.Tokens, j) }

// acronymInBrackets reports whether the bracket that opens at token k
// holds one word in capitals, the acronym of a name before it that "of"
// opens: the body an event is of ("Meeting of the North Atlantic Council
// (NAC)"), not where it is held ("Lecture at the Norwegian Institute of
// International Affairs (NUPI)").
func (t *Text) acronymInBrackets(k int) bool {
	if !t.Tok(k+1).IsUpper() || t.Norm(k+2) != ")" || !t.Tok(k-1).IsCapWord() {
		return false
	}
	j := k - 1
	for j > 0 && (t.Tok(j).IsCapWord() || (t.Norm(j) == "of" || t.Norm(j) == "and") && t.Tok(j-1).IsCapWord()) {
		j--
	}
	if t.Norm(j) == "the" {
		j--
	}
	return t.Norm(j) == "of"
}

// ScheduleVenue reports whether token i stands where a line of a
// schedule names its venue: after a second dash ("11:45 – Press
// conference – Cabinet of Ministers, Riga"), after the first where the
// event comes before it ("18:05 The Secretary General meets the press –
// Slatina Airport – Pristina"), or after a comma or a
// bracket that follows the event ("19:30 – Meeting with President Duda,
// Belweder Palace", "08:30 – Opening of the session (Le Méridien Lav)").
func (t *Text) ScheduleVenue(i int) bool {
	s := t.SentenceOf(i)
	if s.Limit-s.First < 4 || !t.TimeLine(s) {
		return false
	}
	var dashes []int
	for k := s.First + 2; k < s.Limit; k++ {
		if t.Norm(k) == "-" && t.Tokens[k].SpaceBefore {
			dashes = append(dashes, k)
		}
	}
	switch {
	case len(dashes) >= 2 && t.timeOnlyBefore(s.First, dashes[0]):
		return i > dashes[1] // "09:30 (CET) – Press conference – Cabinet of Ministers, Riga"
	case len(dashes) >= 2:
		return i > dashes[0] // "18:05 The Secretary General meets the press – Slatina Airport – Pristina"
	case len(dashes) == 1 && !t.timeOnlyBefore(s.First, dashes[0]):
		return i > dashes[0] // "14:05 (local) Joint press conference with the President – Camp Ādaži"
	case len(dashes) == 1:
		for k := dashes[0] + 1; k < i; k++ {
			if n := t.Norm(k); n == "," || n == "(" {
				return true
			}
		}
	case len(dashes) == 0:
		for k := s.First + 2; k < i; k++ {
			if t.Norm(k) == "(" && !t.timeOnlyBefore(s.First, k) && !t.acronymInBrackets(k) {
				return true // "18:30-19:00: Official Welcome Ceremony (Vrana Palace)"; not "Meeting of the North Atlantic Council (NAC)"
			}
		}
		return t.afterLastComma(s, i)
	}
	return false
}

// afterLastComma reports whether token i, perhaps after "the", opens what
// follows the last comma of a schedule's line that has no dash: the
// line's venue ("11:45 Joint press conference by the Secretary General
// and the Prime Minister, Athens").
func (t *Text) afterLastComma(s Sentence, i int) bool {
	last := -1
	for k := s.First + 2; k < s.Limit; k++ {
		if t.Norm(k) == "," {
			last = k
		}
	}
	return last > 0 && t.PastThe(last+1) == i
}

// hourRE is a time written with an "h": "14h15", "9h".
var hourRE = regexp.MustCompile(`^\d{1,2}h(\d\d)?$`)

// TimeLine reports whether sentence s is a line of a schedule: it opens
// with a time ("09:30", "9.30", "14h15", "1400 hrs"), perhaps after a
// mark that says it is approximate ("+/- 11:00", "~10:30").
func (t *Text) TimeLine(s Sentence) bool {
	i := t.pastApproxMark(s)
	if i+1 >= s.Limit {
		return false
	}
	tok, next := t.Tokens[i], t.Norm(i+1)
	switch {
	case tok.IsNumber() && (next == ":" || next == ".") && t.Tok(i+2).IsNumber() && len(tok.Text) <= 2:
		return true
	case hourRE.MatchString(tok.Norm):
		return true
	case tok.IsNumber() && len(tok.Text) == 4 && (next == "hrs" || next == "h"):
		return true
	}
	return false
}

// pastApproxMark returns the first token of sentence s past the marks,
// neither words nor brackets, that may stand before a schedule's time
// to say it is approximate: "+/- 11:00 Short statements".
func (t *Text) pastApproxMark(s Sentence) int {
	i := s.First
	for i < s.Limit && !t.Tokens[i].IsWord() && t.Norm(i) != "(" && t.Norm(i) != "[" {
		i++
	}
	return i
}

// timeOnlyBefore reports whether tokens [first, k) hold only a time, a
// range of times and a remark in brackets: "09:30 (CET)", "18:30–19:00".
func (t *Text) timeOnlyBefore(first, k int) bool {
	inBrackets := false
	for j := t.pastApproxMark(Sentence{First: first, Limit: k}); j < k; j++ {
		switch n := t.Norm(j); {
		case n == "(":
			inBrackets = true
		case n == ")":
			inBrackets = false
		case inBrackets, n == ":", n == "-", n == ".", t.Tokens[j].IsNumber(), t.Tokens[j].IsUpper(), hourRE.MatchString(n), n == "hrs" || n == "h":
		default:
			return false // a word of the event's: "14:05 Joint press conference – Camp Ādaži"
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenize cuts src into tokens and sentences. A line end ends a
// sentence (titles, paragraphs and lines of a list), unless the text is
// wrapped at a fixed width and the line was full (unwrap); so does a
// full stop before a capital, unless it follows one of the abbreviations
// or an initial. abbrev may be nil.
func Tokenize(src string, abbrev *WordClass) *Text {
	tz := tokenizer{t: &Text{Src: unwrap(src)}, abbrev: abbrev, space: true}
	tz.t.Tokens = make([]Token, 0, len(src)/tokenBytes+1) // grown once or not at all
	tz.run()
	tz.t.lead = tz.t.findLead()
	return tz.t
}

// tokenBytes is about the bytes of text a token takes in a release
// (five to six in NATO's English, a word and its space or a mark).
const tokenBytes = 5

// wrapWidth is the longest line a text wrapped at a fixed width may
// have: e-mail and saved plain text wrap at 72 to 80 characters, a
// release's paragraphs written a line each run longer.
const wrapWidth = 100

// unwrap returns src with the line ends that only wrap a paragraph
// written as spaces, so that every byte keeps its offset. The first line
// is the title. The rest is wrapped when none of its lines is longer
// than wrapWidth and at least two of its lines run on into the next
// without a mark that ends a sentence; a line end wraps a paragraph when
// the next line's first word would not have fitted on its line, the way
// the text's widest line is filled, and the next line opens no item of
// a list ("10:30", "-").
func unwrap(src string) string {
	if strings.Count(src, "\n") < 3 {
		return src // a title, a word list's form: nothing to unwrap
	}
	lines := strings.Split(src, "\n")
	width := 0
	for _, l := range lines[1:] {
		width = max(width, utf8.RuneCountInString(l))
	}
	if width > wrapWidth {
		return src
	}
	var soft []int
	runOn, off := 0, len(lines[0])+1
	for k := 1; k+1 < len(lines); k++ {
		l, next := strings.TrimSpace(lines[k]), strings.TrimSpace(lines[k+1])
		off += len(lines[k])
		word, _, _ := strings.Cut(next, " ")
		if l != "" && next != "" && !listItem(word) && utf8.RuneCountInString(l)+1+utf8.RuneCountInString(word) > width {
			soft = append(soft, off)
			if r, _ := utf8.DecodeLastRuneInString(l); !strings.ContainsRune(".!?:;\"”)", r) {
				runOn++
			}
		}
		off++ // the line end
	}
	if runOn < 2 {
		return src
	}
	b := []byte(src)
	for _, i := range soft {
		b[i] = ' '
	}
	return string(b)
}

// undotted writes the abbreviations of name written with full stops
// without them: "U.S. Air Force" is "US Air Force".
func undotted(name string) string {
	words := strings.Split(name, " ")
	for i, w := range words {
		if stem, ok := strings.CutSuffix(w, "."); ok && isDotted(stem) {
			words[i] = strings.ReplaceAll(stem, ".", "")
		}
	}
	return strings.Join(words, " ")
}

// listItem reports whether a line that opens with word opens an item of
// a list or a programme: a bullet, a dash or a time ("10:30").
func listItem(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return strings.ContainsRune("-–—•*·", r) || unicode.IsDigit(r) && strings.Contains(word, ":")
}

type tokenizer struct {
	t         *Text
	abbrev    *WordClass
	sent      int
	sentStart int
	first     int
	space     bool
}

func (z *tokenizer) run() {
	text := z.t.Src
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			z.endSentence(i)
			z.space = true
			i += n
			z.sentStart = i
		case unicode.IsSpace(r):
			z.space = true
			i += n
		case isWordRune(r):
			i = z.word(i)
		case tagMark(text, i, r, n, z.space):
			i += n // "#KFOR", "@NATO": the word, not its mark
		default:
			i = z.punct(i, r, n)
		}
	}
	z.endSentence(len(text))
}

func (z *tokenizer) add(start, end int, norm string) {
	z.addFolded(start, end, norm, fold(z.t.Src[start:end]))
}

// addFolded adds the token at start:end with its Norm and Fold.
func (z *tokenizer) addFolded(start, end int, norm, folded string) {
	z.t.Tokens = append(z.t.Tokens, Token{Text: z.t.Src[start:end], Norm: norm, Fold: folded, Start: start, End: end, Sent: z.sent, SpaceBefore: z.space})
	z.space = false
}

func (z *tokenizer) endSentence(end int) {
	if len(z.t.Tokens) > z.first {
		z.t.Sentences = append(z.t.Sentences, Sentence{Start: z.sentStart, End: end, First: z.first, Limit: len(z.t.Tokens)})
		z.sent++
	}
	z.first = len(z.t.Tokens)
	z.sentStart = end
}

// word reads the word that starts at i and returns where it ends.
func (z *tokenizer) word(i int) int {
	text := z.t.Src
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		// "O'Brien", "D’Alema", "N’Diaye": an apostrophe between a
		// letter and a capital followed by a small letter (not "NATO'S").
		if r == '\'' || r == '’' {
			r3, n3 := utf8.DecodeRuneInString(text[j+n:])
			r4, _ := utf8.DecodeRuneInString(text[j+n+n3:])
			if unicode.IsUpper(r3) && unicode.IsLower(r4) {
				j += n
				continue
			}
		}
		// "U.S.", "D.C.": a single letter, a full stop, a capital, a full stop.
		if r == '.' && j-i <= 2 && j+n+1 < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+n:])
			if unicode.IsUpper(r3) && text[j+n+1] == '.' {
				j += n
				continue
			}
		}
		break
	}
	lower := strings.ToLower(text[i:j])
	if isDotted(text[i:j]) && j < len(text) && text[j] == '.' {
		// "U.S.", "U.K.": the last full stop is the abbreviation's, and
		// it folds as "US" and "UK" do, so a name is one name however
		// its country is written ("U.S. Strategic Command").
		j++
		z.addFolded(i, j, lower+".", strings.ReplaceAll(lower, ".", ""))
		return j
	}
	z.addFolded(i, j, lower, fold(lower)) // a word folds as its lower case does
	return j
}

// isDotted reports whether w is capitals joined by full stops, an
// abbreviation written with them: "U.S", "D.C" (before the last stop).
func isDotted(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k, r := range w {
		if k%2 == 0 && (r < 'A' || r > 'Z') || k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// tagMark reports whether r (n bytes at i) marks a social media tag or
// handle ("the #NATO-led #KFOR mission", "@NATO"): a '#' or '@' that
// opens a word. The mark is dropped, so the word reads as it would
// written plain; the space before it is kept.
func tagMark(text string, i int, r rune, n int, space bool) bool {
	return (r == '#' || r == '@') && (space || i == 0) && wordRuneAt(text, i+n)
}

// wordRuneAt reports whether the letter at byte i of text, read whole,
// is a word's: "’s" before a no-break space is a possessive.
func wordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// punct reads the punctuation mark r (n bytes) at i.
func (z *tokenizer) punct(i int, r rune, n int) int {
	text := z.t.Src
	// A possessive 's after a word is one token "'s".
	if (r == '\'' || r == '’' || r == '´') && !z.space && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') && !wordRuneAt(text, i+n+1) {
		z.add(i, i+n+1, "'s")
		return i + n + 1
	}
	z.add(i, i+n, normPunct(r))
	i += n
	if (r == '.' || r == '?' || r == '!') && z.sentenceEnds(i) {
		// A closing quotation mark or bracket stays with its sentence.
		for i < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[i:])
			if r2 != '”' && r2 != '"' && r2 != '’' && r2 != ')' {
				break
			}
			z.add(i, i+n2, normPunct(r2))
			i += n2
		}
		z.endSentence(i)
	}
	return i
}

// sentenceEnds reports whether the full stop just read (before i) ends a
// sentence.
func (z *tokenizer) sentenceEnds(i int) bool {
	toks, text := z.t.Tokens, z.t.Src
	if k := len(toks) - 2; k >= 0 && toks[k].End == toks[k+1].Start && toks[k].IsWord() {
		if z.abbrev.Value(toks[k].Norm, 0) == "before-number" {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i:], " \t")); unicode.IsDigit(r) {
				return false // "03 May. 2022": a month written short the way a page's date line does
			}
		} else if z.abbrev.Has(toks[k].Norm) || strings.Contains(toks[k].Text, ".") {
			return false // "Mr.", "H.E.", "U.S."
		}
		if utf8.RuneCountInString(toks[k].Text) == 1 && toks[k].IsCap() {
			return false // an initial: "Andrew M. Rohling"
		}
	}
	j := i
	for j < len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		if r2 != '”' && r2 != '"' && r2 != '’' {
			break
		}
		j += n2 // "... independent media.” Mr Stoltenberg welcomed": past the closing quotation mark
	}
	closed := j
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '\n' || !unicode.IsSpace(r) {
			break
		}
		j += n // a space, a tab, a no-break space
	}
	if j == len(text) || text[j] == '\n' {
		return true
	}
	if j == closed {
		return false // "2.5", "hq.nato.int"
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || r == '“' || r == '"' || r == '‘' || unicode.IsDigit(r) || r == '('
}

func normPunct(r rune) string {
	switch r {
	case '’', '‘', '´', '`':
		return "'"
	case '“', '”', '„':
		return "\""
	case '–', '—', '‑', '‐', '‒', '―', '−':
		return "-" // en, em, non-breaking, figure and minus dashes, the hyphen and the bar
	}
	return string(r)
}

// spellings maps American spellings of words in the names of bodies to
// the British ones NATO writes, so that either matches a name the word
// lists or the gazetteer spell the other way ("NATO Defense College",
// "Marshall Centre").
var spellings = map[string]string{
	"defense": "defence", "center": "centre", "centers": "centres",
	"program": "programme", "programs": "programmes", "harbor": "harbour",
}

var foldReplacer = strings.NewReplacer("’", "'", "‘", "'", "´", "'", "–", "-", "—", "-", "‒", "-", "―", "-", "−", "-")

// fold is the form words are matched in: lower case, no diacritics,
// plain apostrophes and dashes, and British "-isation" spelt as "-ization"
// ("Organisation for Security and Co-operation in Europe").
func fold(s string) string {
	if plainLower(s) {
		return foldPlain(s)
	}
	s = strings.ToLower(s)
	if strings.Contains(s, "isation") {
		s = strings.ReplaceAll(s, "isation", "ization") // "Organisation" is matched as "Organization" is
	}
	if v, ok := spellings[s]; ok {
		s = v // "Defense" is matched as "Defence" is
	}
	for i, r := range s {
		if r >= utf8.RuneSelf {
			return foldReplacer.Replace(unaccentFrom(s, i))
		}
	}
	return s
}

// plainLower reports whether s is ASCII with no upper-case letter, as
// most words matched against the word lists are (Token.Norm).
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// foldPlain is fold of a plainLower s, without the look-ups a word too
// short or too long for them needs.
func foldPlain(s string) string {
	if len(s) >= len("isation") && strings.Contains(s, "isation") {
		s = strings.ReplaceAll(s, "isation", "ization")
	}
	if len(s) >= spellingLens[0] && len(s) <= spellingLens[1] {
		if v, ok := spellings[s]; ok {
			return v
		}
	}
	return s
}

// foldASCII writes fold(s) into buf and returns it, when s is ASCII and
// fits buf; ok is false otherwise. It allocates nothing, so that a look-up
// in a word list (WordClass.Lookup) of a capitalised word costs no
// garbage.
func foldASCII(buf []byte, s string) (folded []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for rest := b; len(rest) >= len("isation"); {
		j := bytes.Index(rest, isation)
		if j < 0 {
			break
		}
		copy(rest[j:], "ization")
		rest = rest[j+len("isation"):]
	}
	if len(b) >= spellingLens[0] && len(b) <= spellingLens[1] {
		if v, ok := spellings[string(b)]; ok {
			return append(b[:0], v...), true
		}
	}
	return b, true
}

var isation = []byte("isation")

// spellingLens are the shortest and the longest word spellings maps.
var spellingLens = func() [2]int {
	out := [2]int{math.MaxInt, 0}
	for w := range spellings {
		out[0], out[1] = min(out[0], len(w)), max(out[1], len(w))
	}
	return out
}()

// unaccentFrom takes the diacritics off s, whose first i bytes are ASCII,
// a letter at a time: what the letter becomes is worked out once per
// process (unaccentRune), since the same few hundred letters recur in
// every name.
func unaccentFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		b.WriteString(unaccentRune(r))
	}
	return b.String()
}

// unaccented maps a letter to itself without its diacritics ("é" to "e",
// a combining accent to nothing).
var unaccented sync.Map

func unaccentRune(r rune) string {
	if v, ok := unaccented.Load(r); ok {
		return v.(string)
	}
	t := unaccent.Get().(transform.Transformer)
	out, _, err := transform.String(t, string(r))
	unaccent.Put(t)
	if err != nil {
		out = string(r)
	}
	unaccented.Store(r, out)
	return out
}

// unaccent holds transformers that take diacritics off; a transformer
// keeps state, so each goroutine takes its own.
var unaccent = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// QuoteStates returns, for each token and the end of the text, whether a
// quotation is open before it, in one pass: a sentence starts inside a
// quotation where the sentence before it, in its paragraph, leaves one
// open when read from its own start, or starts inside one it does not
// close. The answer is worked out once and shared: callers only read it.
func (t *Text) QuoteStates() []bool {
	if t.quotes == nil {
		t.quotes = t.quoteStates()
	}
	return t.quotes
}

// quoteStates works out QuoteStates' answer.
func (t *Text) quoteStates() []bool {
	in := make([]bool, len(t.Tokens)+1)
	prevState, prevAlone := false, false // after the sentence before: the state, and the state read from its own start
	for si, sent := range t.Sentences {
		state, alone := false, false
		if si > 0 && prevAlone && t.SameParagraph(t.Sentences[si-1], sent) {
			state = prevState
		}
		for k := sent.First; k < sent.Limit; k++ {
			in[k] = state
			if c := t.quotedNameEnd(k, sent); !state && c > 0 {
				for ; k < c; k++ {
					in[k+1] = state // Camp "Film City": a name's part, no quotation
				}
				continue
			}
			state, _ = t.QuoteStep(state, k)
			alone, _ = t.QuoteStep(alone, k)
		}
		in[sent.Limit] = state
		prevState, prevAlone = state, alone
	}
	return in
}

// quotedNameEnd returns the closing mark of a part of a name that an
// opening quotation mark at k encloses, else -1: one to three
// capitalised words right after a capitalised word of the name, in
// sentence sent (Camp "Film City"; the Academy “Alexandru cel Bun” has a
// lower-case word and is read as a quotation).
func (t *Text) quotedNameEnd(k int, sent Sentence) int {
	if n := t.Tok(k).Text; n != "“" && n != "\"" || k-1 <= sent.First || !t.Tok(k-1).IsCapWord() {
		return -1
	}
	for c := k + 1; c < sent.Limit && c <= k+4; c++ {
		if n := t.Tok(c).Text; n == "”" || n == "\"" {
			if c == k+1 {
				return -1
			}
			return c
		}
		if !t.Tok(c).IsCapWord() {
			return -1
		}
	}
	return -1
}

// QuoteStep returns whether a quotation is open after token k, given
// whether one was open before it, and whether k is a quotation mark:
// "“" opens one, "”" closes it, a straight mark does either.
func (t *Text) QuoteStep(in bool, k int) (bool, bool) {
	switch t.Tok(k).Text {
	case "“":
		return true, true
	case "”":
		return false, true
	}
	if t.Norm(k) == "\"" {
		return !in, true
	}
	return in, false
}
