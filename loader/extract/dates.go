package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// datePatterns are the regular expressions of the date expressions
// releases use, with the month and weekday names of the lexicon.
type datePatterns []datePattern

// datePattern is one date expression: its regular expression, its kind
// (what parse reads of its groups) and its gate, the words one of which
// every match holds ("May", "tomorrow"): a line without any is not
// searched (none: every line is).
type datePattern struct {
	re   *regexp.Regexp
	kind string
	gate []string
	// sameGate is the index of the first pattern with the same gate, so
	// that a line is searched for each gate's words once.
	sameGate int
}

// numbered are the kinds of pattern whose dates hold a day's or a
// year's figures: a line without a figure is not searched for them.
var numbered = map[string]bool{"dmrange": true, "dmdmrange": true, "dm": true, "dmyy": true, "md": true, "my": true}

// bothCases returns each word as written and with its first letter
// changed in case ("Today", "today"), as the patterns accept both.
func bothCases(words ...string) []string {
	var out []string
	for _, w := range words {
		if w == "" {
			continue
		}
		up, low := strings.ToUpper(w[:1])+w[1:], strings.ToLower(w[:1])+w[1:]
		out = append(out, up)
		if low != up {
			out = append(out, low)
		}
	}
	return out
}

// oneSpaced returns s with each run of white space one plain space: a
// phrase's words as its word list writes them.
func oneSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }

// lastWords returns the last word of each phrase, a gate that lets a
// line through whatever space stands between the phrase's words.
func lastWords(phrases []string) []string {
	var out []string
	for _, p := range phrases {
		w := p[strings.LastIndex(p, " ")+1:]
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// phraseAlts returns the phrases of a word list (relative-days.tsv,
// span-days.tsv) as a pattern's alternatives (caseAlts).
func phraseAlts(lx *Lexicon, class string) string {
	return caseAlts(lx.Class(class).Forms())
}

// caseAlts returns phrases as a pattern's alternatives, longest first,
// each also with its first letter in the other case and any white space
// between its words: "[Tt]he\s+following\s+day".
func caseAlts(forms []string) string {
	forms = slices.Clone(forms)
	sort.Slice(forms, func(a, b int) bool {
		return len(forms[a]) > len(forms[b]) || len(forms[a]) == len(forms[b]) && forms[a] < forms[b]
	})
	var alts []string
	for _, f := range forms {
		q := strings.ReplaceAll(regexp.QuoteMeta(f), " ", `\s+`) // "the previous\u00a0day"
		alts = append(alts, "["+strings.ToUpper(q[:1])+q[:1]+"]"+q[1:])
	}
	return strings.Join(alts, "|")
}

// newDatePatterns builds the patterns from the lexicon's months and weekdays.
func newDatePatterns(lx *Lexicon) datePatterns {
	var months, days []string
	forms := lx.Class("months").Forms()
	// Longest first, so that "Sept" wins over "Sep" and "March" over "Mar".
	sort.Slice(forms, func(a, b int) bool {
		return len(forms[a]) > len(forms[b]) || len(forms[a]) == len(forms[b]) && forms[a] < forms[b]
	})
	var anyCase []string // "9 february 2007": after a day's number, a month in either case
	for _, f := range forms {
		months = append(months, regexp.QuoteMeta(f)+`\b\.?`)
		anyCase = append(anyCase, "["+strings.ToUpper(f[:1])+strings.ToLower(f[:1])+"]"+regexp.QuoteMeta(f[1:])+`\b\.?`)
	}
	for _, f := range lx.Class("weekdays").Forms() {
		days = append(days, regexp.QuoteMeta(f))
	}
	sort.Strings(days)
	monthRE := `(` + strings.Join(months, "|") + `)`
	var short []string // "Apr", "Sept": the forms a date with a year of two figures writes
	for _, f := range forms {
		if len(f) <= 4 && f[:1] == strings.ToUpper(f[:1]) {
			short = append(short, regexp.QuoteMeta(f)+`\.?`)
		}
	}
	shortMonthRE := `(` + strings.Join(short, "|") + `)`
	dayMonthRE := `(` + strings.Join(anyCase, "|") + `)`
	day := `(?:` + strings.Join(days, "|") + `)`
	weekdayRE := `(?:` + day + `(?:\s+and\s+` + day + `)?,?\s+(?:\(\s*)?)?`
	const yearRE = `(?:,?\s*\[?((?:19|20)\d\d)\]?\b)?`
	const ordRE = `(?:\s?(?:st|nd|rd|th)\b)?` // "22nd", "8 th"
	dayName := `(` + strings.Join(days, "|") + `)`
	monthGate, dayGate := lx.Class("months").Forms(), lx.Class("weekdays").Forms()
	dayMonthGate := bothCases(monthGate...)
	relDayRE, relDayGate := caseAlts(relDays), bothCases(relDays...)
	ps := datePatterns{
		// 26-27 May 2025, 22 to 26 May 2025, 11 through 25 May, Monday and Tuesday (26-27 May 2025)
		{regexp.MustCompile(`\b` + weekdayRE + `(\d{1,2})` + ordRE + `\s*(?:-|–|—|‒|―|to|and|until|through)\s*(?:` + day + `,?\s+)?(\d{1,2})` + ordRE + `\s+(?:of\s+)?` + dayMonthRE + yearRE), "dmrange", dayMonthGate, 0},
		// 30 June - 2 July 2025, Tuesday 24 March to Thursday 26 March 2015, 05 Aug. 2009 - 07 Aug. 2009
		{regexp.MustCompile(`\b` + weekdayRE + `(\d{1,2})` + ordRE + `\s+` + monthRE + `(?:,?\s*((?:19|20)\d\d))?\s*(?:-|–|—|‒|―|to|until|and|through)\s*(?:` + day + `,?\s+)?(\d{1,2})` + ordRE + `\s+` + monthRE + yearRE), "dmdmrange", monthGate, 0},
		// 19 Apr 05, 18 Nov 22: a command's date line, the year in two
		// figures, before a stop, a comma, a bracket or the line's end
		{regexp.MustCompile(`(?m)\b(\d{1,2})\s+` + shortMonthRE + `\s+(\d\d)(?:[.,)]|[ \t]*$)`), "dmyy", monthGate, 0},
		// 28 May 2025, Wednesday 28 May [2025], 22nd May
		{regexp.MustCompile(`\b` + weekdayRE + `(\d{1,2})` + ordRE + `\s+(?:of\s+)?` + dayMonthRE + yearRE), "dm", dayMonthGate, 0},
		// May 28, 2025; June 11 to 18, 2021; May 23-26, 2022; March 7 and 8; June 30 to July 2, 2025; Jan.17, 2018
		{regexp.MustCompile(`\b` + weekdayRE + monthRE + `(?:\s+|\.\s*)(\d{1,2})` + ordRE + `(?:\s*(?:-|–|—|‒|―|to|and|until|through)\s*(?:` + monthRE + `\s+)?(\d{1,2})` + ordRE + `)?\b(?:,?\s*((?:19|20)\d\d))?`), "md", monthGate, 0},
		// from December 2005 to March 2007
		{regexp.MustCompile(`\b(?:(?:[Ff]rom|[Bb]etween)\s+)?` + monthRE + `\s+((?:19|20)\d\d)\s*(?:-|–|—|‒|―|to|until|and|through)\s*` + monthRE + `\s+((?:19|20)\d\d)\b`), "mymy", monthGate, 0},
		// May 2025
		{regexp.MustCompile(`\b(?:(?:early|mid|late)[- ])?` + monthRE + `\s+((?:19|20)\d\d)\b`), "my", monthGate, 0},
		// September last year
		{regexp.MustCompile(`\b(?:(?:early|mid|late)[- ])?` + monthRE + `\s+(last|this|next)\s+year\b`), "myrel", monthGate, 0},
		// in April, In April
		{regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|of|[Tt]his|[Nn]ext|[Ll]ast)\s+(?:(?:early|mid|late)[- ])?` + monthRE + `\b`), "m", monthGate, 0},
		// in 1995
		{regexp.MustCompile(`\b(?:in|since|during|until|by|from|of|for)\s+((?:19|20)\d\d)\b`), "y", []string{"19", "20"}, 0},
		// last summer, next year
		{regexp.MustCompile(`\b(last|next|this)\s+(year|summer|spring|autumn|winter|fall)\b`), "rel", []string{"last", "next", "this"}, 0},
		// last month, next month's: resolved against the release's date
		{regexp.MustCompile(`\b((?:[Ll]ast|[Nn]ext|[Tt]his)\s+month)\b`), "day", []string{"month"}, 0},
		// today and tomorrow: two days in a row, resolved against the release's date
		{regexp.MustCompile(`\b(` + relDayRE + `)\s+and\s+(` + relDayRE + `)\b`), "dayrange", relDayGate, 0},
		// yesterday, today, tomorrow: resolved against the release's date
		{regexp.MustCompile(`\b(` + relDayRE + `|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight)\b`), "day", append(bothCases("this ", "tonight"), relDayGate...), 0},
		// later that day, the following day (relative-days.tsv): resolved against the date before
		{regexp.MustCompile(`\b(?:[Ll]ater\s+)?(` + phraseAlts(lx, "relative-days") + `)\b`), "then", bothCases(lastWords(lx.Class("relative-days").Forms())...), 0},
		// the first day, the final day (span-days.tsv): a day of the span of days given before
		{regexp.MustCompile(`\b(` + phraseAlts(lx, "span-days") + `)\b`), "spanday", bothCases(lastWords(lx.Class("span-days").Forms())...), 0},
		// 2010-03-21; 03.21.2010 and 21.03.2010 where the order is plain (a
		// number over 12); 03.05.2010 says no one day
		{regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`), "iso", []string{"19", "20"}, 0},
		{regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})([./])((?:19|20)\d\d)\b`), "num", []string{"19", "20"}, 0},
		// on Monday: the nearest Monday to the release's date
		{regexp.MustCompile(`\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+` + dayName + `\b`), "weekday", dayGate, 0},
		// "met the Governor Sunday.": a weekday with no "on", after a
		// word in lower case, before a stop or a preposition (bareWeekday)
		{regexp.MustCompile(`\b` + dayName + `\b`), "bareday", dayGate, 0},
	}
	for i := range ps {
		ps[i].sameGate = slices.IndexFunc(ps[:i+1], func(q datePattern) bool { return slices.Equal(q.gate, ps[i].gate) })
	}
	return ps
}

// relDays are the words that name a day by the release's date.
var relDays = []string{"yesterday", "today", "tomorrow"}

// titleCased returns text with the month and weekday names written in
// capitals ("MONDAY 15 NOVEMBER") written as the patterns know them
// ("Monday 15 November"), byte for byte in place; not those in lower
// case: "may" is a verb.
func (f *DateFinder) titleCased(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
			j++
		}
		if j-i >= 3 && (j == len(text) || !isASCIILetter(text[j])) && (i == 0 || !isASCIILetter(text[i-1])) {
			if w := text[i:j]; f.months.Has(w) || f.weekdays.Has(w) {
				if b == nil {
					b = []byte(text)
				}
				for k := i + 1; k < j; k++ {
					b[k] += 'a' - 'A'
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	if b == nil {
		return text
	}
	return string(b)
}

func isASCIILetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

type dateMatch struct {
	rel        string // "yesterday", "Monday": relative to the release's date
	spanDay    string // "the second day": a day of the span of days given before
	relEnd     string // "tomorrow" of "today and tomorrow": the range's last day
	start, end int    // bytes
	date, last natokg.Date
	explicit   bool // the text gives the year
	dir        int  // "last December" (-1), "next May" (1): the year is the nearest one before or after the release's date
}

// Dates is the output of the date stage: the date mentions of a text,
// the year the release speaks of and the date it is about.
type Dates struct {
	// Mentions are KDate mentions, in order.
	Mentions []Mention
	// Year is the year the release speaks of, for dates that leave it out.
	Year int
	// Published is the first whole date that is not a deadline.
	Published natokg.Date
}

// DateFinder finds date expressions and resolves them to ISO dates.
type DateFinder struct {
	patterns datePatterns
	months   *WordClass
	weekdays *WordClass
	bareDay  *WordClass // bare-day-words.tsv: the words around a weekday with no "on"
	// deadlines are the deadline words, lower case, each after a space.
	deadlines []string
	// yearAnaphors are the phrases after a month that give it the year
	// named last, lower case, each after a space.
	yearAnaphors []string
	// future are the words that put a month without its year ahead.
	future *WordClass
	// relDays are the phrases that name a day by the date before them.
	relDays *WordClass
	// spanDays are the phrases that name a day of the span before them.
	spanDays *WordClass
	// docHeads are the words that end a document's name ("Study",
	// "Concept"): a year before one dates the document, not the release.
	docHeads *WordClass
	// anniversary matches an anniversary counted in figures or in words
	// ("its 20th anniversary", "marks fifth anniversary"); founded, a
	// founding participle and its year ("established in 2004").
	anniversary, founded *regexp.Regexp
	// numbers are the numbers in words ("fifth").
	numbers *WordClass
}

// NewDateFinder returns the date stage over the lexicon's months,
// weekdays and deadline words.
func NewDateFinder(lx *Lexicon) *DateFinder {
	f := &DateFinder{patterns: newDatePatterns(lx), months: lx.Class("months"), weekdays: lx.Class("weekdays"), bareDay: lx.Class("bare-day-words"), future: lx.Class("future-words"), relDays: lx.Class("relative-days"), spanDays: lx.Class("span-days"), docHeads: lx.Class("doc-heads")}
	for _, w := range lx.Class("deadline-words").Forms() {
		f.deadlines = append(f.deadlines, " "+strings.ToLower(w))
	}
	for _, w := range lx.Class("year-anaphors").Forms() {
		f.yearAnaphors = append(f.yearAnaphors, " "+strings.ToLower(w))
	}
	f.numbers = lx.Class("numbers")
	var ords []string
	for _, w := range f.numbers.Forms() {
		if f.numbers.Value(w, 1) == "ordinal" {
			ords = append(ords, regexp.QuoteMeta(w))
		}
	}
	f.anniversary = regexp.MustCompile(`(?i)\b([0-9]{1,3}(?:st|nd|rd|th)|` + strings.Join(ords, "|") + `)\s+anniversary\b`)
	var founding []string
	for _, w := range lx.Class("founding-verbs").Forms() {
		founding = append(founding, regexp.QuoteMeta(w))
	}
	f.founded = regexp.MustCompile(`(?i)\b(?:` + strings.Join(founding, "|") + `)\s+(?:in\s+)?((?:19|20)[0-9]{2})\b`)
	return f
}

// monthDated reports whether a date found names its month and its year.
func monthDated(found []dateMatch) bool { return monthDatedFrom(found, 0) }

// monthDatedFrom reports whether a date of found names its month and a
// year of year or later: a release's address's year gives way only to a
// month the text dates in that year or after it, not to one of the past.
func monthDatedFrom(found []dateMatch, year int) bool {
	for _, d := range found {
		if d.explicit && d.date.Month > 0 && d.date.Year >= year {
			return true
		}
	}
	return false
}

// anniversaryYear returns the year of an anniversary the text
// celebrates, counted from the year it says the body was founded ("On
// 22 and 23 May, the Centre celebrated its 20th anniversary. ...
// Officially established in 2004": 2024); or 0.
func (f *DateFinder) anniversaryYear(text string) int {
	if !strings.Contains(text, "nniversar") && !strings.Contains(text, "NNIVERSAR") {
		return 0 // the case-blind pattern has no literal to skip ahead by; most texts name none
	}
	a, y := f.anniversary.FindStringSubmatch(text), f.founded.FindStringSubmatch(text)
	if a == nil || y == nil {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimRight(strings.ToLower(a[1]), "stndrh"))
	if err != nil {
		n, _ = strconv.Atoi(f.numbers.Value(strings.ToLower(a[1]), 0))
	}
	base, _ := strconv.Atoi(y[1])
	if n == 0 {
		return 0
	}
	return base + n
}

// Find returns the dates of t.
func (f *DateFinder) Find(t *Text) Dates { return f.FindIn(t, 0) }

// FindIn returns the dates of t, a release whose text names no year of
// its own being of the year given (its address's, sourceYear), where
// that is not 0.
func (f *DateFinder) FindIn(t *Text, year int) Dates {
	found := f.matches(t.Src)
	var out Dates
	y := f.releaseYear(t.Src, found)
	if y == 0 || year != 0 && !monthDatedFrom(found, year) {
		y = year // the address's year, over a year the text names bare ("training for 2011") or a past month's ("launched on 1 January 2015")
	}
	out.Year = f.weekdayYear(t.Src, found, y)
	anchor := f.anchor(t.Src, found, out.Year)
	var last natokg.Date    // the last whole date, which "that day" speaks of, but a deadline's or an end's
	var span [2]natokg.Date // the last span of whole days, which "the second day" speaks of
	lastYear := 0           // the year the text named last, which "of that year" speaks of
	for _, m := range found {
		if after, ok := f.thenDays(m.rel); ok && m.rel != "" {
			if last.Day == 0 {
				continue
			}
			m.date, m.rel = last.AddDays(after), ""
		}
		if m.spanDay != "" {
			// "On the first day ... The following day": the day anchors the
			// relative days after it; it is no mention of its own, so that
			// what it opens stays part of the span's event.
			if d, ok := f.spanDayDate(m.spanDay, span); ok {
				last = d
			}
			continue
		}
		if m.date.Year == 0 && m.date.Month > 0 && m.rel == "" && lastYear > 0 && f.yearAnaphor(t.Src[m.end:]) {
			m.date.Year = lastYear // "since 2005. In October of that year"
		}
		stated := m.date.Year > 0 && m.rel == ""
		m, ok := f.resolve(t.Src, m, anchor, out.Year)
		if !ok {
			continue
		}
		if stated {
			lastYear = m.date.Year
		}
		if m.date.Day > 0 && m.last.IsZero() && !f.deadline(t.Src[:m.start]) {
			last = m.date // not "runs until Sunday, 8 February": no day the text tells of
		}
		if m.date.Day > 0 && m.last.Day > 0 && !f.deadline(t.Src[:m.start]) {
			span = [2]natokg.Date{m.date, m.last}
		}
		first, limit := tokensIn(t, m.start, m.end)
		if first >= limit {
			continue
		}
		out.Mentions = append(out.Mentions, Mention{Kind: KDate, Span: Span{first, limit}, Surface: t.Surface(first, limit), Date: m.date, End: m.last, Prio: 10})
		if out.Published.IsZero() && m.date.Day > 0 && !f.deadline(t.Src[:m.start]) {
			out.Published = m.date
		}
	}
	return out
}

// yearAnaphor reports whether after, the text right after a month, opens
// with a phrase that gives it the year named last (year-anaphors.tsv).
func (f *DateFinder) yearAnaphor(after string) bool {
	for _, p := range f.yearAnaphors {
		if len(after) >= len(p) && strings.EqualFold(after[:len(p)], p) {
			return true
		}
	}
	return false
}

// hardSpaces writes the no-break spaces web pages put between a day and
// its month ("3&nbsp;May 2018") as as many plain spaces as they have
// bytes, so that the patterns' \s matches them and every offset stays.
var hardSpaces = strings.NewReplacer("\u00a0", "  ", "\u202f", "   ", "\u2009", "   ")

// matches returns every date expression of text, none overlapping, in
// order. Each pattern searches the lines that hold one of its gate words:
// a date is written on one line, and most lines name no month.
func (f *DateFinder) matches(text string) []dateMatch {
	text = f.titleCased(hardSpaces.Replace(text))
	var found []dateMatch
	windows := make([][][2]int, len(f.patterns)) // of the line, by the first pattern of each gate
	searched := make([]bool, len(f.patterns))
	for _, ln := range lineSpans(text) {
		line := text[ln[0]:ln[1]]
		digits := strings.ContainsAny(line, "0123456789")
		clear(searched)
		for _, p := range f.patterns {
			if numbered[p.kind] && !digits {
				continue
			}
			if !searched[p.sameGate] {
				windows[p.sameGate], searched[p.sameGate] = p.windows(line), true
			}
			for _, w := range windows[p.sameGate] {
				for _, m := range p.re.FindAllStringSubmatchIndex(line[w[0]:w[1]], -1) {
					found = f.add(found, text, p.kind, m, ln[0]+w[0])
				}
			}
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].start < found[b].start })
	return found
}

// add appends the date of match m, whose offsets count from byte at of
// text, to found, unless it overlaps a date found before.
func (f *DateFinder) add(found []dateMatch, text, kind string, m []int, at int) []dateMatch {
	for i := range m {
		if m[i] >= 0 {
			m[i] += at
		}
	}
	for _, x := range found {
		if m[0] < x.end && m[1] > x.start {
			return found
		}
	}
	if dm, ok := f.parse(text, kind, m); ok {
		found = append(found, dm)
	}
	return found
}

// dateReach is how far, in bytes, a date expression reaches from the
// gate word it holds on either side ("Wednesday and Thursday, (26-27" before
// "May", " 2025" after it), and more.
const dateReach = 96

// windows returns the stretches of line a match of the pattern may lie
// in: dateReach bytes around each of its gate words, widened to whole
// words and merged where they meet. A pattern with no gate searches the
// whole line. Searching these alone finds what searching the line finds,
// as every match holds a gate word, at a small part of the cost on long
// paragraphs.
func (p datePattern) windows(line string) [][2]int {
	if len(p.gate) == 0 {
		return [][2]int{{0, len(line)}}
	}
	var hits [][2]int
	for _, g := range p.gate {
		for from := 0; ; {
			j := strings.Index(line[from:], g)
			if j < 0 {
				break
			}
			hits = append(hits, [2]int{from + j, from + j + len(g)})
			from += j + len(g)
		}
	}
	slices.SortFunc(hits, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, h := range hits {
		s, e := max(0, h[0]-dateReach), min(len(line), h[1]+dateReach)
		for s > 0 && !isSpace(line[s-1]) {
			s--
		}
		for e < len(line) && !isSpace(line[e]) {
			e++
		}
		if n := len(out); n > 0 && s <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], e)
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// isSpace reports whether byte c is ASCII white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// lineSpans returns the byte spans [start, end) of text's lines, without
// their line breaks.
func lineSpans(text string) [][2]int {
	var out [][2]int
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			out = append(out, [2]int{start, len(text)})
			break
		}
		out = append(out, [2]int{start, start + end})
		start += end + 1
	}
	return out
}

// validDay reports whether d is a day of the calendar.
func validDay(d natokg.Date) bool {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= time.Date(d.Year, time.Month(d.Month)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// parse reads the groups of one match of a pattern of the given kind.
func (f *DateFinder) parse(text, kind string, m []int) (dateMatch, bool) {
	g := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return text[m[2*k]:m[2*k+1]]
	}
	atoi := func(k int) int { n, _ := strconv.Atoi(g(k)); return n }
	month := func(k int) int { n, _ := strconv.Atoi(f.months.Value(strings.TrimSuffix(g(k), "."), 0)); return n }
	dm := dateMatch{start: m[0], end: m[1]}
	if gr, ok := dayGroups[kind]; ok {
		y, first := atoi(gr[4]), 0
		if gr[5] > 0 {
			first = atoi(gr[5]) // "30 Dec. 2009 - 2 Jan. 2010"
		}
		if first == 0 {
			first = y
		}
		dm.date = natokg.Date{Year: first, Month: month(gr[1]), Day: atoi(gr[0])}
		if gr[2] > 0 && g(gr[2]) != "" {
			last := month(gr[3])
			if last == 0 {
				last = month(gr[1]) // "June 11 to 18": the same month
			}
			dm.last = natokg.Date{Year: y, Month: last, Day: atoi(gr[2])}
		}
		dm.explicit = y > 0
	}
	switch kind {
	case "dmyy":
		dm.date.Year = twoFigureYear(dm.date.Year) // "19 Apr 05" is 2005
		dm.end = m[2*3+1]                          // the year's figures, not the stop after them
		return dm, validDay(dm.date)
	case "iso":
		dm.date = natokg.Date{Year: atoi(1), Month: atoi(2), Day: atoi(3)}
		dm.explicit = true
		return dm, validDay(dm.date)
	case "num":
		a, b := atoi(1), atoi(3)
		if g(2) != g(4) || a > 12 == (b > 12) {
			return dm, false // "03.05.2010": day first or month first, the text does not say
		}
		if a > 12 {
			a, b = b, a // 21.03.2010
		}
		dm.date = natokg.Date{Year: atoi(5), Month: a, Day: b}
		dm.explicit = true
		return dm, validDay(dm.date)
	case "my":
		dm.date = natokg.Date{Year: atoi(2), Month: month(1)}
		dm.explicit = true
	case "mymy":
		dm.date = natokg.Date{Year: atoi(2), Month: month(1)}
		dm.last = natokg.Date{Year: atoi(4), Month: month(3)}
		dm.explicit = true
		return dm, before(dm.date, dm.last)
	case "myrel":
		dm.date = natokg.Date{Month: month(1), Year: yearOffset(g(2))}
		dm.last.Year = 99 // marks a relative year
	case "m":
		dm.date = natokg.Date{Month: month(1)}
		if strings.HasPrefix(text[m[0]:], "of ") {
			return dm, false // "of May" belongs to a day before it
		}
		switch {
		case strings.HasPrefix(strings.ToLower(text[m[0]:]), "last "):
			dm.dir = -1
		case strings.HasPrefix(strings.ToLower(text[m[0]:]), "next "):
			dm.dir = 1
		}
	case "y":
		dm.date = natokg.Date{Year: atoi(1)}
		dm.explicit = true
	case "then":
		dm.rel = strings.ToLower(oneSpaced(g(1))) // resolved against the whole date before it
	case "spanday":
		dm.spanDay = strings.ToLower(oneSpaced(g(1))) // resolved against the span of days before it
	case "bareday":
		if !f.bareWeekday(text[:m[0]], text[m[1]:]) {
			return dm, false
		}
		dm.rel = g(1)
	case "day", "weekday":
		before, after := strings.ToLower(text[max(0, m[0]-3):m[0]]), text[m[1]:]
		if kind == "day" && !strings.HasSuffix(g(1), "month") && (before == "of " || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")) {
			return dm, false // "the leaders of tomorrow", "Tomorrow's War": no day
		}
		dm.rel = oneSpaced(g(1)) // resolved once the release's date is known
	case "dayrange":
		dm.rel, dm.relEnd = oneSpaced(g(1)), oneSpaced(g(2)) // resolved once the release's date is known
	case "rel":
		if rest := text[m[1]:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			return dm, false // "this year's Spring Session" qualifies a name
		}
		dm.date.Year = yearOffset(g(1))
		dm.last.Year = 99 // marks a relative year
	}
	// "31 February", "30-2 May", "0 April"
	_, days := dayGroups[kind]
	ok := validDate(dm.date) && validDate(dm.last) && !(dm.last.Day > 0 && before(dm.last, dm.date)) &&
		!(days && (dm.date.Day == 0 || dm.last.Month > 0 && dm.last.Day == 0))
	return dm, ok
}

// bareWeekday reports whether a weekday written with no "on", between
// the text before and after it, dates what the sentence reports: a word
// in lower case before it that bare-day-words.tsv does not bar, and a
// stop, a comma or a word it allows after it ("the inauguration of
// Kartha bridge Sunday.", "arrived Tuesday in Kabul"); not "Easter
// Sunday", "Sunday Times", "every Sunday".
func (f *DateFinder) bareWeekday(before, after string) bool {
	words := strings.Fields(before)
	if len(words) == 0 {
		return false
	}
	prev := []rune(words[len(words)-1])
	if !unicode.IsLower(prev[0]) || !unicode.IsLetter(prev[len(prev)-1]) || f.bareDay.Value(string(prev), 0) == "before" {
		return false
	}
	if after == "" || strings.ContainsRune(".,;", rune(after[0])) {
		return true
	}
	next := strings.Fields(after)
	return after[0] == ' ' && len(next) > 0 && f.bareDay.Value(strings.Trim(next[0], ".,;"), 0) == "after"
}

// dayGroups are, for each kind of pattern that gives days, the groups of
// its day, month, range's last day and last month (0 where it has no
// range), year, and the first day's own year (0 where the pattern gives
// none: the year); where a range's month is left out, it is the first
// day's: "26-27 May 2025" (dmrange), "June 30 to July 2, 2025" (md).
var dayGroups = map[string][6]int{
	"dmrange":   {1, 3, 2, 3, 4, 0},
	"dmdmrange": {1, 2, 4, 5, 6, 3},
	"dm":        {1, 2, 0, 0, 3, 0},
	"dmyy":      {1, 2, 0, 0, 3, 0},
	"md":        {2, 1, 4, 3, 5, 0},
}

// twoFigureYear returns the year a date written with two figures for its
// year means: 00 to 49 this century, 50 to 99 the last.
func twoFigureYear(yy int) int {
	if yy < 50 {
		return 2000 + yy
	}
	return 1900 + yy
}

// yearOffset is the year (or month) "last", "this" or "next" says, from
// the release's: -1, 0, 1.
func yearOffset(word string) int {
	switch word {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}

// thenDays returns the days after the date before it that a phrase of
// relative-days.tsv says ("the following day": 1), and whether it is one.
func (f *DateFinder) thenDays(phrase string) (int, bool) {
	e, ok := f.relDays.Phrase(phrase)
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(e.Value(0))
	return n, err == nil
}

// spanDayDate resolves a phrase of span-days.tsv against the span of
// whole days given before it: "the second day" after "on 18 and 19
// October" is 19 October, "the final day" the span's last day. It is
// false where no span was given or the day falls outside it.
func (f *DateFinder) spanDayDate(phrase string, span [2]natokg.Date) (natokg.Date, bool) {
	e, ok := f.spanDays.Phrase(phrase)
	n, err := strconv.Atoi(e.Value(0))
	if !ok || err != nil || span[0].Day == 0 || span[1].Day == 0 {
		return natokg.Date{}, false
	}
	if n < 0 {
		return span[1], true
	}
	d := span[0].AddDays(n - 1)
	return d, !before(span[1], d)
}

// releaseYear is the first year given with a month, but not after
// "since" nor in a quotation (the latest such year where the lead dates
// its news without a year and the first comes after it: what follows a
// lead is mostly history, told in order); else, in a release that gives none, the
// latest year it names, as a date ("in 2013") or before a name ("the
// 2015 NATO-Industry Forum"), but not a document's ("the 1995 Study on
// Enlargement") nor an era's ("post-2014"): what a release tells of
// other years lies mostly before its own. A year named as a horizon ("by
// 2030", "for 2020 and beyond") counts only where no other year is.
func (f *DateFinder) releaseYear(text string, found []dateMatch) int {
	lead := leadEnd(text)
	for _, d := range found {
		if monthYear(text, d) {
			if d.start >= lead && yearlessBefore(found, lead) {
				return latestMonthYear(text, found) // "on 22 and 23 October ... launched in December 2005 ... In June 2007": the lead's day is of the latest year
			}
			return d.date.Year
		}
	}
	if y := f.anniversaryYear(text); y > 0 && !monthDated(found) {
		return y // "celebrated its 20th anniversary ... established in 2004": 2024
	}
	latest, ahead := 0, 0 // ahead: the latest year named as a horizon, which counts only where no other year is named
	keep := func(n int, horizon bool) {
		switch {
		case horizon:
			ahead = max(ahead, n)
		default:
			latest = max(latest, n)
		}
	}
	for _, d := range found {
		if d.explicit {
			keep(d.date.Year, f.horizonYear(text[:d.start]+" "+text[d.start:d.end]))
		}
	}
	for _, loc := range bareYear.FindAllStringIndex(text, -1) {
		if n, _ := strconv.Atoi(text[loc[0]:loc[1]]); !f.documentYear(text[loc[1]:]) && !f.documentNumber(text[:loc[0]]) && !eraYear(text[:loc[0]]) && !modelNumber(text[loc[1]:]) {
			keep(n, f.horizonYear(text[:loc[0]]) || beyondYear(text[loc[1]:]))
		}
	}
	if latest == 0 {
		return ahead // "Afghanistan priorities for 2010", in a release that names no other year
	}
	return latest
}

// leadEnd returns where the first paragraph of text after its title
// ends: the lead, which tells the release's news.
func leadEnd(text string) int {
	_, body, ok := strings.Cut(text, "\n")
	if !ok {
		return len(text)
	}
	off := len(text) - len(body)
	for _, para := range strings.Split(body, "\n") {
		if len(strings.TrimSpace(para)) >= 40 {
			return off + len(para)
		}
		off += len(para) + 1
	}
	return len(text)
}

// yearlessBefore reports whether a date without its year stands before
// offset lead.
func yearlessBefore(found []dateMatch, lead int) bool {
	for _, d := range found {
		if d.start < lead && !d.explicit && d.date.Month > 0 && d.rel == "" {
			return true
		}
	}
	return false
}

// latestMonthYear is the latest year given with a month (monthYear).
func latestMonthYear(text string, found []dateMatch) int {
	best := 0
	for _, d := range found {
		if monthYear(text, d) {
			best = max(best, d.date.Year)
		}
	}
	return best
}

// monthYear reports whether date d of text gives a year with a month that
// can be the release's: not after "since" ("filled since March 2013", a
// state's start), nor in a quotation (a speaker's "on September 12,
// 2001").
func monthYear(text string, d dateMatch) bool {
	return d.explicit && d.date.Month > 0 && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:d.start])), "since") && !quoted(text[:d.start])
}

// weekdayYear returns the year a release gives, year, moved to the
// nearest year within six where the first day it dates with a weekday
// and no year falls on that weekday: "on Tuesday (11 October)" in a
// release that names 2012 only as the year of a summit to come is of
// 2011, when 11 October was a Tuesday. A release that gives a whole date
// keeps its year.
func (f *DateFinder) weekdayYear(text string, found []dateMatch, year int) int {
	if year == 0 {
		return year
	}
	for _, d := range found {
		if d.explicit && d.date.Day > 0 {
			return year
		}
	}
	for _, d := range found {
		if d.explicit || d.rel != "" || d.date.Day == 0 || d.date.Month == 0 {
			continue
		}
		wd, ok := f.statedWeekday(text[d.start:d.end])
		if !ok {
			continue
		}
		on := func(y int) bool {
			return time.Date(y, time.Month(d.date.Month), d.date.Day, 12, 0, 0, 0, time.UTC).Weekday() == wd
		}
		for off := 0; off <= 6; off++ {
			if on(year - off) {
				return year - off
			}
			if on(year + off) {
				return year + off
			}
		}
		return year
	}
	return year
}

// statedWeekday returns the weekday a date's text names ("Tuesday (11
// October)"), if any.
func (f *DateFinder) statedWeekday(text string) (time.Weekday, bool) {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if n, err := strconv.Atoi(f.weekdays.Value(w, 0)); err == nil && f.weekdays.Has(w) {
			return time.Weekday(n), true
		}
	}
	return 0, false
}

// quoted reports whether the end of before, the text of a release up to
// a date, stands inside a quotation of its paragraph.
func quoted(before string) bool {
	if i := strings.LastIndex(before, "\n\n"); i >= 0 {
		before = before[i:]
	}
	return strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, "\"")%2 == 1
}

// wordPunct is the punctuation that sticks to a word split at spaces.
const wordPunct = ",.;:()’'\""

// documentYear reports whether the text after a year opens a document's
// name: up to three capitalised words, one of them a document's head
// (doc-heads.tsv: "1995 Study", "2010 Strategic Concept").
func (f *DateFinder) documentYear(after string) bool {
	for i, w := range strings.Fields(after) {
		w = strings.Trim(w, wordPunct)
		if i >= 3 || w == "" || !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
		if f.docHeads.Has(w) {
			return true
		}
	}
	return false
}

// documentNumber reports whether the text before a number, before, ends
// in a document's head (doc-heads.tsv): the number is the document's,
// not a year ("UN Security Council Resolution 1970").
func (f *DateFinder) documentNumber(before string) bool {
	words := strings.Fields(before)
	return len(words) > 0 && f.docHeads.Has(strings.Trim(words[len(words)-1], wordPunct))
}

// horizonYear reports whether the text before a year, before, makes the
// year a deadline's (deadline-words.tsv: "by 2030") or one of what is
// planned "for" ("opportunities for 2020 and beyond"): a time ahead of
// the release. before may end with the year's own words.
func (f *DateFinder) horizonYear(before string) bool {
	before = strings.TrimRightFunc(before, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) }) // "for 2020": a date's own words
	return f.deadline(before) || strings.HasSuffix(strings.ToLower(before), " for")
}

// beyondYear reports whether the text after a year, after, makes it a
// horizon: "implications for the Alliance to 2030 and beyond".
func beyondYear(after string) bool {
	return strings.HasPrefix(strings.TrimLeft(after, " "), "and beyond")
}

// eraYear reports whether the text before a year, before, joins the
// year to a word by a hyphen: "the post-2014 security environment", "pre-1990
// borders" name a time around the year, not one the release tells of.
func eraYear(before string) bool {
	word := strings.TrimSuffix(before, "-")
	if word == before {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(word)
	return unicode.IsLetter(r)
}

// modelNumber reports whether the text after a year, after, makes it a
// model's number or a version's, a hyphen and one digit: "Mirage 2000-5
// jets", "exercise Trident Jupiter 2019-2" (a range of years goes on
// with two digits or four: "2019-20").
func modelNumber(after string) bool {
	return len(after) >= 2 && after[0] == '-' && after[1] >= '0' && after[1] <= '9' && (len(after) == 2 || after[2] < '0' || after[2] > '9')
}

// bareYear is a year standing by itself, in the years releases are of.
var bareYear = regexp.MustCompile(`\b(19[4-9][0-9]|20[0-9][0-9])\b`)

// anchor is the date relative days count from: the first whole date
// that is not a deadline.
func (f *DateFinder) anchor(text string, found []dateMatch, year int) natokg.Date {
	for _, m := range found {
		if m.rel == "" && m.date.Day > 0 && (m.date.Year > 0 || year > 0) && !f.deadline(text[:m.start]) {
			a := m.date
			if a.Year == 0 {
				a.Year = year
			}
			return a
		}
	}
	return natokg.Date{}
}

// resolve fills in what a match leaves to the release: a relative day,
// a relative year, a year left out.
func (f *DateFinder) resolve(text string, m dateMatch, anchor natokg.Date, year int) (dateMatch, bool) {
	if m.rel != "" {
		// "yesterday (27 May 2025)": the date in brackets says it.
		if strings.HasPrefix(strings.TrimLeft(text[m.end:], " "), "(") || anchor.IsZero() {
			return m, false
		}
		m.date = f.relative(m.rel, anchor)
		if d := f.weekdayAhead(text, m, anchor); !d.IsZero() {
			m.date = d // "will visit Latvia on Tuesday": the Tuesday after the release's date
		}
		m.last = natokg.Date{}
		m.last = f.relDayRangeEnd(m, anchor)
	}
	if m.last.Year == 99 {
		if year == 0 {
			return m, false
		}
		m.date.Year += year
		m.last = natokg.Date{}
	}
	if m.date.Year == 0 && m.dir != 0 && !anchor.IsZero() {
		m.date.Year = anchor.Year
		if m.dir < 0 && m.date.Month >= anchor.Month {
			m.date.Year-- // "last December", said in February
		}
		if m.dir > 0 && m.date.Month <= anchor.Month {
			m.date.Year++ // "next May", said in June
		}
	}
	if m.date.Year == 0 {
		if year == 0 {
			return m, false
		}
		m.date.Year = year
		if !anchor.IsZero() && anchor.Year == year && m.date.Month > 0 {
			switch {
			case m.date.Month-anchor.Month >= 9 && !f.ahead(text[:m.start]):
				m.date.Year-- // "on 31 December", said on 2 January; not "will host ... in December"
			case anchor.Month-m.date.Month >= 9:
				m.date.Year++ // "on 10 January", said in December
			}
		}
	}
	if m.last.Month > 0 && m.last.Year == 0 {
		m.last.Year = m.date.Year
	}
	// "29 Feb" in a year with no 29 February
	return m, !m.date.IsZero() && validDate(m.date) && validDate(m.last)
}

// tokensIn returns the tokens [first, limit) inside bytes [start, end).
func tokensIn(t *Text, start, end int) (int, int) {
	first := sort.Search(len(t.Tokens), func(i int) bool { return t.Tokens[i].Start >= start })
	limit := first
	for limit < len(t.Tokens) && t.Tokens[limit].End <= end {
		limit++
	}
	return first, limit
}

// deadline reports whether the text before a date makes it a deadline.
func (f *DateFinder) deadline(before string) bool {
	if len(before) > 40 {
		before = before[len(before)-40:] // the words just before the date
	}
	before = strings.ToLower(oneSpaced(before)) // "runs\u00a0until" is "runs until"
	for _, s := range f.deadlines {
		if strings.HasSuffix(before, s) {
			return true
		}
	}
	return false
}

// ahead reports whether a word of future-words.tsv stands in the
// sentence before a date: "will host the ministers in December".
func (f *DateFinder) ahead(before string) bool {
	if i := strings.LastIndexAny(before, ".\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if f.future.Has(strings.Trim(w, ",;:()")) {
			return true
		}
	}
	return false
}

// weekdayAhead returns the day a weekday names, m.rel, where what is
// told of it lies ahead (a word of future-words.tsv before it in its
// sentence, or "next" before the day): the first such day from the
// release's date on, not the nearest one. Else the zero date.
func (f *DateFinder) weekdayAhead(text string, m dateMatch, anchor natokg.Date) natokg.Date {
	n, err := strconv.Atoi(f.weekdays.Value(m.rel, 0))
	if err != nil || !f.weekdays.Has(m.rel) {
		return natokg.Date{}
	}
	said := strings.ToLower(text[m.start:m.end])
	if strings.HasPrefix(said, "last ") || !strings.HasPrefix(said, "next ") && !f.ahead(text[:m.start]) {
		return natokg.Date{}
	}
	t := time.Date(anchor.Year, time.Month(anchor.Month), anchor.Day, 12, 0, 0, 0, time.UTC)
	diff := (n - int(t.Weekday()) + 7) % 7
	if diff == 0 && strings.HasPrefix(said, "next ") {
		diff = 7 // "next Friday", said on a Friday
	}
	t = t.AddDate(0, 0, diff)
	return natokg.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// relDayRangeEnd is the last day of two days named by the release's
// date and joined by "and" ("are visiting today and tomorrow"): the
// second, where it is the day after the first; none otherwise ("today
// and yesterday" names the first day alone).
func (f *DateFinder) relDayRangeEnd(m dateMatch, anchor natokg.Date) natokg.Date {
	if m.relEnd == "" {
		return natokg.Date{}
	}
	if last := f.relative(m.relEnd, anchor); last == m.date.AddDays(1) {
		return last
	}
	return natokg.Date{}
}

// relative resolves "yesterday", "today" ("this morning"), "tomorrow" and weekdays
// against the release's date: a weekday is the nearest such day to it.
func (f *DateFinder) relative(rel string, anchor natokg.Date) natokg.Date {
	t := time.Date(anchor.Year, time.Month(anchor.Month), anchor.Day, 12, 0, 0, 0, time.UTC)
	switch strings.ToLower(rel) {
	case "last month", "this month", "next month":
		t = time.Date(anchor.Year, time.Month(anchor.Month)+time.Month(yearOffset(strings.Fields(strings.ToLower(rel))[0])), 1, 12, 0, 0, 0, time.UTC)
		return natokg.Date{Year: t.Year(), Month: int(t.Month())} // "next month's NATO Summit"
	case "yesterday":
		t = t.AddDate(0, 0, -1)
	case "tomorrow":
		t = t.AddDate(0, 0, 1)
	case "today", "this morning", "this afternoon", "this evening", "tonight":
	default:
		n, err := strconv.Atoi(f.weekdays.Value(rel, 0))
		if err != nil {
			return natokg.Date{}
		}
		wd := time.Weekday(n)
		diff := (int(wd) - int(t.Weekday()) + 7) % 7
		if diff > 3 {
			diff -= 7
		}
		t = t.AddDate(0, 0, diff)
	}
	return natokg.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// validDate reports whether d, a date whose year may be left out, can be
// a calendar day: "31 February" cannot.
func validDate(d natokg.Date) bool {
	if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Day > 0 && d.Month == 0 {
		return false
	}
	if d.Day == 0 {
		return true
	}
	y := d.Year
	if y <= 0 {
		y = 2000 // a leap year: "29 February" may be right
	}
	t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}

// before reports whether day a comes before day b (years left out count as equal).
func before(a, b natokg.Date) bool {
	ay, by := a.Year, b.Year
	if ay == 0 || by == 0 {
		ay, by = 0, 0
	}
	return ay < by || ay == by && (a.Month < b.Month || a.Month == b.Month && a.Day < b.Day)
}

// addressYear matches a year that stands alone between the slashes, dots,
// dashes or underscores of an address: ".../news/2019/snmg1-ships...",
// ".../pr/2009/p09-038e.html".
var addressYear = regexp.MustCompile(`[/_.-](19[5-9][0-9]|20[0-9][0-9])(?:[/_.-]|$)`)

// SourceYear returns the year that a release's address (the page it was
// read from, or a "Source:" line that gives one) names, or 0: a release
// whose text gives a day and a month only ("from 3 May to 6 May") is of
// that year.
func SourceYear(source string) int {
	if !strings.Contains(source, "/") {
		return 0
	}
	m := addressYear.FindStringSubmatch(source)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}
