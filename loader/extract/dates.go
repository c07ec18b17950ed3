package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/natokg/natokg"
)

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
const weekdayRE = `(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+(?:\(\s*)?)?`
const yearRE = `(?:,?\s*\[?((?:19|20)\d\d)\]?\b)?`
const ordRE = `(?:st|nd|rd|th)?`

var datePatterns = []struct {
	re   *regexp.Regexp
	kind string
}{
	// 26-27 May 2025, 22 to 26 May 2025, Monday and Tuesday (26-27 May 2025)
	{regexp.MustCompile(`\b` + weekdayRE + `(\d{1,2})` + ordRE + `\s*(?:-|–|—|to|and|until)\s*(\d{1,2})` + ordRE + `\s+(?:of\s+)?` + monthRE + yearRE), "dmrange"},
	// 30 June - 2 July 2025
	{regexp.MustCompile(`\b` + weekdayRE + `(\d{1,2})` + ordRE + `\s+` + monthRE + `\s*(?:-|–|—|to|until)\s*(\d{1,2})` + ordRE + `\s+` + monthRE + yearRE), "dmdmrange"},
	// 28 May 2025, Wednesday 28 May [2025], 22nd May
	{regexp.MustCompile(`\b` + weekdayRE + `(\d{1,2})` + ordRE + `\s+(?:of\s+)?` + monthRE + yearRE), "dm"},
	// May 28, 2025
	{regexp.MustCompile(`\b` + weekdayRE + monthRE + `\s+(\d{1,2})` + ordRE + `\b(?:,?\s*((?:19|20)\d\d))?`), "md"},
	// May 2025
	{regexp.MustCompile(`\b(?:(?:early|mid|late)[- ])?` + monthRE + `\s+((?:19|20)\d\d)\b`), "my"},
	// in April
	{regexp.MustCompile(`\b(?:in|since|during|until|by|from|of|this|next|last)\s+(?:(?:early|mid|late)[- ])?` + monthRE + `\b`), "m"},
	// in 1995
	{regexp.MustCompile(`\b(?:in|since|during|until|by|from|of|for)\s+((?:19|20)\d\d)\b`), "y"},
	// last summer, next year
	{regexp.MustCompile(`\b(last|next|this)\s+(year|summer|spring|autumn|winter|fall)\b`), "rel"},
	// yesterday, today, tomorrow: resolved against the release's date
	{regexp.MustCompile(`\b([Yy]esterday|[Tt]oday|[Tt]omorrow)\b`), "day"},
	// on Monday: the nearest Monday to the release's date
	{regexp.MustCompile(`\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`), "weekday"},
}

var weekdays = map[string]time.Weekday{"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday}

func monthNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s) && len(s) >= 3 {
			return int(m)
		}
	}
	return 0
}

type dateMatch struct {
	rel        string // "yesterday", "Monday": relative to the release's date
	start, end int
	date, last natokg.Date
	explicit   bool // the text gives the year
}

// DateFinder finds date expressions and resolves them to ISO dates.
type DateFinder struct{}

// Process adds a KDate mention for each date expression of d.
func (DateFinder) Process(d *Doc) {
	var found []dateMatch
	taken := func(s, e int) bool {
		for _, f := range found {
			if s < f.end && e > f.start {
				return true
			}
		}
		return false
	}
	for _, p := range datePatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(d.Text, -1) {
			if taken(m[0], m[1]) {
				continue
			}
			g := func(k int) string {
				if m[2*k] < 0 {
					return ""
				}
				return d.Text[m[2*k]:m[2*k+1]]
			}
			atoi := func(k int) int { n, _ := strconv.Atoi(g(k)); return n }
			dm := dateMatch{start: m[0], end: m[1]}
			switch p.kind {
			case "dmrange":
				y := atoi(4)
				dm.date = natokg.Date{Year: y, Month: monthNum(g(3)), Day: atoi(1)}
				dm.last = natokg.Date{Year: y, Month: monthNum(g(3)), Day: atoi(2)}
				dm.explicit = y > 0
			case "dmdmrange":
				y := atoi(5)
				dm.date = natokg.Date{Year: y, Month: monthNum(g(2)), Day: atoi(1)}
				dm.last = natokg.Date{Year: y, Month: monthNum(g(4)), Day: atoi(3)}
				dm.explicit = y > 0
			case "dm":
				y := atoi(3)
				dm.date = natokg.Date{Year: y, Month: monthNum(g(2)), Day: atoi(1)}
				dm.explicit = y > 0
			case "md":
				y := atoi(3)
				dm.date = natokg.Date{Year: y, Month: monthNum(g(1)), Day: atoi(2)}
				dm.explicit = y > 0
			case "my":
				dm.date = natokg.Date{Year: atoi(2), Month: monthNum(g(1))}
				dm.explicit = true
			case "m":
				dm.date = natokg.Date{Month: monthNum(g(1))}
				if strings.HasPrefix(d.Text[m[0]:], "of ") {
					continue // "of May" belongs to a day before it
				}
			case "y":
				dm.date = natokg.Date{Year: atoi(1)}
				dm.explicit = true
			case "day", "weekday":
				// Resolved below, once the release's date is known.
				dm.rel = g(1)
			case "rel":
				dm.date = natokg.Date{}
				switch g(1) {
				case "last":
					dm.date.Year = -1
				case "next":
					dm.date.Year = 1
				}
				dm.last.Year = 99 // marks a relative year
			}
			if !validDate(dm.date) || !validDate(dm.last) || dm.last.Day > 0 && before(dm.last, dm.date) {
				continue // "31 February", "30-2 May"
			}
			found = append(found, dm)
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].start < found[b].start })
	// The year of the release: the first year given with a month.
	for _, f := range found {
		if f.explicit && f.date.Month > 0 {
			d.Year = f.date.Year
			break
		}
	}
	if d.Year == 0 {
		for _, f := range found {
			if f.explicit && f.date.Year > 0 {
				d.Year = f.date.Year
				break
			}
		}
	}
	// The date relative days count from: the release's first whole date.
	var anchor natokg.Date
	for _, f := range found {
		if f.rel == "" && f.date.Day > 0 && (f.date.Year > 0 || d.Year > 0) && !deadline(d.Text[:f.start]) {
			anchor = f.date
			if anchor.Year == 0 {
				anchor.Year = d.Year
			}
			break
		}
	}
	for _, f := range found {
		if f.rel != "" {
			// "yesterday (27 May 2025)": the date in brackets says it.
			if strings.HasPrefix(strings.TrimLeft(d.Text[f.end:], " "), "(") || anchor.IsZero() {
				continue
			}
			f.date = resolveRelative(f.rel, anchor)
			f.last = natokg.Date{}
		}
		if f.last.Year == 99 {
			if d.Year == 0 {
				continue
			}
			f.date.Year += d.Year
			f.last = natokg.Date{}
		}
		if f.date.Year == 0 {
			if d.Year == 0 {
				f.date = natokg.Date{}
			} else {
				f.date.Year = d.Year
			}
		}
		if f.last.Month > 0 && f.last.Year == 0 {
			f.last.Year = f.date.Year
		}
		if f.date.IsZero() || !validDate(f.date) || !validDate(f.last) {
			continue // "29 Feb" in a year with no 29 February
		}
		first, limit := d.tokensIn(f.start, f.end)
		if first >= limit {
			continue
		}
		d.Mentions = append(d.Mentions, Mention{Kind: KDate, First: first, Limit: limit, Surface: d.surface(first, limit), Date: f.date, End: f.last, Prio: 10})
		// A deadline ("open until 6 July 2025") is not the release's date.
		if d.Published.IsZero() && f.date.Day > 0 && !deadline(d.Text[:f.start]) {
			d.Published = f.date
		}
	}
}

// tokensIn returns the tokens [first, limit) inside bytes [start, end).
func (d *Doc) tokensIn(start, end int) (int, int) {
	first := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= start })
	limit := first
	for limit < len(d.Tokens) && d.Tokens[limit].End <= end {
		limit++
	}
	return first, limit
}

// deadline reports whether the text before a date makes it a deadline.
func deadline(before string) bool {
	before = strings.ToLower(strings.TrimSpace(before))
	for _, w := range []string{"until", "by", "before", "deadline", "deadline:", "no later than"} {
		if strings.HasSuffix(before, " "+w) {
			return true
		}
	}
	return false
}

// resolveRelative resolves "yesterday", "today", "tomorrow" and weekdays
// against the release's date: a weekday is the nearest such day to it.
func resolveRelative(rel string, anchor natokg.Date) natokg.Date {
	t := time.Date(anchor.Year, time.Month(anchor.Month), anchor.Day, 12, 0, 0, 0, time.UTC)
	switch strings.ToLower(rel) {
	case "yesterday":
		t = t.AddDate(0, 0, -1)
	case "tomorrow":
		t = t.AddDate(0, 0, 1)
	case "today":
	default:
		wd, ok := weekdays[rel]
		if !ok {
			return natokg.Date{}
		}
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
