package extract

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
)

// fuzzMaxLen bounds the inputs the fuzz targets look at.
const fuzzMaxLen = 20000

// checkFuzzDate reports what is wrong with a date of a KDate mention, or "".
func checkFuzzDate(d natokg.Date) string {
	if d.IsZero() {
		if d.Month != 0 || d.Day != 0 {
			return "month or day without a year"
		}
		return ""
	}
	switch {
	case d.Year < 1000 || d.Year > 2999:
		return "year out of range"
	case d.Month < 0 || d.Month > 12:
		return "month out of range"
	case d.Day < 0 || d.Day > 31:
		return "day out of range"
	case d.Day > 0 && d.Month == 0:
		return "day without a month"
	}
	if d.Day > 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
		if t.Year() != d.Year || int(t.Month()) != d.Month || t.Day() != d.Day {
			return "no such day in the calendar"
		}
	}
	return ""
}

// fuzzDateBefore reports whether a is before b at the precision both
// give: a partial date ("May 2025") is not before a day within it.
func fuzzDateBefore(a, b natokg.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month == 0 || b.Month == 0 || a.Month != b.Month {
		return a.Month != 0 && b.Month != 0 && a.Month < b.Month
	}
	return a.Day != 0 && b.Day != 0 && a.Day < b.Day
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"The Network met on Monday and Tuesday (26-27 May 2025).",
		"It was held yesterday (27 May 2025), at the Command.",
		"The deadline is 31 February 2024. Tomorrow we meet.",
		"On Monday the Council met. On 3 March 2021 she arrived.",
		"They met from 30 June - 2 July in Vilnius, in 2024.",
		"",
		"“ ” ( ( [2025 May 31st, 1999 last year next summer 29 February 2023",
		"Brussels, 23 May\r\n– The staff met.\r\nThe next conference is on 21 November 2025.\x00",
		"\xff\xfe 12\xc3 May 2025 \xe2\x80 on Sunday",
		"On 99 June 2025 and 0 July 2025, 31 April 2024, 30-31 February 2024 and 31 June - 31 September 2025.",
	} {
		f.Add(s)
	}
	lx, err := LoadLexicon(data.Gazetteer, "lexicon")
	if err != nil {
		f.Fatal(err)
	}
	df, abbrev := NewDateFinder(lx), lx.Class("abbreviations")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > fuzzMaxLen {
			t.Skip("input too long")
		}
		r := &natokg.Release{Title: "Title", Body: text}
		d := Tokenize(r.Text(), abbrev)
		dates := df.Find(d)

		prevEnd := 0
		for i, tok := range d.Tokens {
			if tok.Start < 0 || tok.Start >= tok.End || tok.End > len(d.Src) {
				t.Fatalf("token %d %q has span [%d,%d) outside the text of %d bytes", i, tok.Text, tok.Start, tok.End, len(d.Src))
			}
			if tok.Start < prevEnd {
				t.Fatalf("token %d %q at %d overlaps or precedes the token before, which ends at %d", i, tok.Text, tok.Start, prevEnd)
			}
			if d.Src[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %d text %q is not the text at [%d,%d)", i, tok.Text, tok.Start, tok.End)
			}
			prevEnd = tok.End
		}
		for _, m := range dates.Mentions {
			if m.Kind != KDate {
				continue
			}
			if m.First < 0 || m.First >= m.Limit || m.Limit > len(d.Tokens) {
				t.Fatalf("date mention %q has tokens [%d,%d) of %d", m.Surface, m.First, m.Limit, len(d.Tokens))
			}
			if m.Date.IsZero() {
				t.Fatalf("date mention %q has no date", m.Surface)
			}
			if msg := checkFuzzDate(m.Date); msg != "" {
				t.Fatalf("date mention %q: Date %+v: %s", m.Surface, m.Date, msg)
			}
			if msg := checkFuzzDate(m.End); msg != "" {
				t.Fatalf("date mention %q: End %+v: %s", m.Surface, m.End, msg)
			}
			if !m.End.IsZero() && fuzzDateBefore(m.End, m.Date) {
				t.Fatalf("date mention %q: End %s before Date %s", m.Surface, m.End, m.Date)
			}
		}
	})
}

// fuzzNormSpace replaces runs of white space by one space.
func fuzzNormSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func FuzzExtract(f *testing.F) {
	x := testExtractor(f)
	for _, s := range [][2]string{
		{"Secretary General meets Prime Minister of Iceland",
			"NATO Secretary General Mark Rutte met the Prime Minister of Iceland, Kristrún Frostadóttir, at NATO Headquarters in Brussels on Wednesday (28 May 2025). “We must invest more in our defence and do it now,” said Mr Rutte."},
		{"NATO Network meets in Naples",
			"The Network met on Monday and Tuesday (26-27 May 2025) at the Allied Joint Force Command Naples (JFC Naples), Italy. It was held yesterday (27 May 2025)."},
		{"", ""},
		{"“", "” “ ” \" \" “We are here, we are ready and we stand firm,” said General"},
		{"Mr", "The Chair of the NATO Military Committee (CMC, Admiral Giuseppe Cavo Dragone said (ABC ((( )) on 31 February 2024 and from 30 June - 2 July. Mr"},
		{"Ministers Meet", "Ambassador Jane Doe (ABC\r\nGeneral John Smith said “Allies are united in this and in that”\r\n\r\nOn Monday, Mr"},
		{strings.Repeat("Alpha Bravo Charlie Delta ", 200), strings.Repeat("Supreme Allied Commander Europe General Christopher Cavoli Met Mark Rutte ", 100)},
		{"NUL\x00title", "General\x00Smith said \xff\xfe “\xe2\x80 text text text text” said Mr \xc3Smith."},
		{"Title", "Prime Minister\n\nMark\n  Rutte, NATO Secretary General, and Mr Rutte. Dr. A. B. Cee of the U.S. spoke. Gen. Dan Caine."},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		if len(title)+len(body) > fuzzMaxLen {
			t.Skip("input too long")
		}
		r := &natokg.Release{Title: title, Source: "NATO", Body: body, Line: 1, BodyLine: 5}
		text := r.Text()
		facts := x.Extract(r)
		if facts == nil {
			t.Fatal("Extract returned nil")
		}
		normText := fuzzNormSpace(text)
		// A title in capitals is read in the case of a sentence
		// (readableTitle), so a name it gives is written that way.
		readText := fuzzNormSpace(x.readableTitle(title) + "\n\n" + body)
		checkSpan := func(what string, s natokg.Span) {
			t.Helper()
			if s.Start < 0 || s.Start > s.End || s.End > len(text) {
				t.Fatalf("%s: span [%d,%d) outside the text of %d bytes", what, s.Start, s.End, len(text))
			}
		}
		people := map[string]bool{}
		for _, p := range facts.People {
			if p == nil {
				t.Fatal("nil person")
			}
			people[p.Key] = true
			if n := fuzzNormSpace(p.Name); n == "" || !strings.Contains(normText, n) && !strings.Contains(readText, n) {
				t.Fatalf("person name %q does not occur in the text", p.Name)
			}
			for _, s := range p.Spans {
				checkSpan("person "+p.Key, s)
			}
			for _, post := range p.Posts {
				checkSpan("post of "+p.Key, post.Span)
				// Post.Org may be "" (no organisation given, see
				// natokg.Post), but a key that is set must not be blank.
				if post.Org != "" && strings.TrimSpace(post.Org) == "" {
					t.Fatalf("person %q: post %q has a blank organisation key %q", p.Key, post.Role, post.Org)
				}
			}
		}
		for _, o := range facts.Orgs {
			for _, s := range o.Spans {
				checkSpan("org "+o.Key, s)
			}
		}
		for _, p := range facts.Places {
			for _, s := range p.Spans {
				checkSpan("place "+p.Key, s)
			}
		}
		for _, e := range facts.Events {
			for _, s := range e.Spans {
				checkSpan("event "+e.Key, s)
			}
			for _, a := range e.Attendees {
				if !people[a] {
					t.Fatalf("event %q: attendee %q is not a person of the facts", e.Key, a)
				}
			}
			// Event.Location may be "" (no place), but not blank when set.
			if e.Location != "" && strings.TrimSpace(e.Location) == "" {
				t.Fatalf("event %q: blank location key %q", e.Key, e.Location)
			}
			for _, o := range e.Organisers {
				if strings.TrimSpace(o) == "" {
					t.Fatalf("event %q: empty organiser key %q", e.Key, o)
				}
			}
		}
		for _, q := range facts.Quotes {
			checkSpan("quote of "+q.Speaker, q.Span)
			if !strings.Contains(text, q.Text) {
				t.Fatalf("quote %q does not occur in the text", q.Text)
			}
		}
		for i, s := range facts.Sentences {
			checkSpan("sentence", s)
			_ = i
		}
	})
}

// wholeLineMatches is DateFinder.matches as it searches each line whole,
// pattern by pattern: what the search of the gate words' windows must
// find.
func wholeLineMatches(f *DateFinder, text string) []dateMatch {
	text = f.titleCased(hardSpaces.Replace(text))
	var found []dateMatch
	for _, p := range f.patterns {
		for _, ln := range lineSpans(text) {
			line := text[ln[0]:ln[1]]
			if numbered[p.kind] && !strings.ContainsAny(line, "0123456789") {
				continue
			}
			if !slices.ContainsFunc(p.gate, func(g string) bool { return strings.Contains(line, g) }) {
				continue
			}
			for _, m := range p.re.FindAllStringSubmatchIndex(line, -1) {
				found = f.add(found, text, p.kind, m, ln[0])
			}
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].start < found[b].start })
	return found
}

func FuzzDateWindows(f *testing.F) {
	for _, s := range []string{
		"The Network met on Monday and Tuesday (26-27 May 2025), then again in June, and on 3 March 2021 and last year.",
		"Wednesday and Thursday, (26th - Saturday, 27th of May 2025) ... " + strings.Repeat("word ", 40) + "June 30 to July 2, 2025; in 1995; this morning",
		"May 28,\t2025 and 05 Aug. 2009 - 07 Aug. 2009 from 2010-03-21 or 21.03.2010; the following day, the second day",
		"Mayday 12 May2025 MAY 2025 on monday On Monday tomorrow and today",
	} {
		f.Add(s)
	}
	lx, err := LoadLexicon(data.Gazetteer, "lexicon")
	if err != nil {
		f.Fatal(err)
	}
	df := NewDateFinder(lx)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > fuzzMaxLen {
			t.Skip("input too long")
		}
		got, want := df.matches(text), wholeLineMatches(df, text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("windows of the gate words found\n%+v\nthe whole lines\n%+v", got, want)
		}
	})
}

func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"Organisation", "DEFENSE", "centers", "Defence", "Ministère", "isationisation", "", "MFA", strings.Repeat("a", 70)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [64]byte
		got, ok := foldASCII(buf[:], s)
		if !ok {
			if len(s) <= len(buf) && plainASCII(s) {
				t.Fatalf("foldASCII(%q) refused an ASCII word that fits", s)
			}
			return
		}
		if string(got) != fold(s) {
			t.Fatalf("foldASCII(%q) = %q, fold gives %q", s, got, fold(s))
		}
	})
}

// plainASCII reports whether s is all ASCII.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
