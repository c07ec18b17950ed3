package extract_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader"
)

// houseStyle rewrites a release as another house style or another tool
// would have written it: the same facts, other forms.
type houseStyle struct {
	name   string
	body   func(string) string     // the body rewritten
	source string                  // the "Source:" line's value, if not the release's own
	edit   func(r *natokg.Release) // the release rewritten, where the body's rewriting needs its title
}

const monthNames = "January|February|March|April|May|June|July|August|September|October|November|December"

var (
	dayRange   = regexp.MustCompile(`\b(\d{1,2})( to | and |–|-)(\d{1,2}) (` + monthNames + `)\b(,? (\d{4}))?`)
	dayMonth   = regexp.MustCompile(`\b(\d{1,2}) (` + monthNames + `)\b( (\d{4}))?`)
	shortMonth = regexp.MustCompile(`\b(January|February|August|September|October|November|December) (\d)`)
	rankBefore = regexp.MustCompile(`\b(Lieutenant General|Major General|Brigadier General|Vice Admiral|Rear Admiral|General|Admiral|Colonel) ([A-Z][a-z]+)`)
	datelined  = regexp.MustCompile(`(?m)^([A-Z][a-z]+)((?:, [A-Z][a-z]+)?), (\d{1,2} (?:` + monthNames + `) \d{4}) –`)
)

// americanDates writes "5 July 2018" as "July 5, 2018", "11 and 12 July"
// as "July 11 and 12".
func americanDates(s string) string {
	s = dayRange.ReplaceAllStringFunc(s, func(m string) string {
		g := dayRange.FindStringSubmatch(m)
		out := g[4] + " " + g[1] + g[2] + g[3]
		if g[6] != "" {
			out += ", " + g[6]
		}
		return out
	})
	return dayMonth.ReplaceAllStringFunc(s, func(m string) string {
		g := dayMonth.FindStringSubmatch(m)
		if g[4] != "" {
			return g[2] + " " + g[1] + ", " + g[4]
		}
		return g[2] + " " + g[1]
	})
}

// wrapAt writes each paragraph on lines of at most width characters, as
// e-mail and plain-text archives do.
func wrapAt(width int) func(string) string {
	return func(s string) string {
		var out []string
		for _, para := range strings.Split(s, "\n") {
			line := ""
			for _, w := range strings.Fields(para) {
				if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
					out = append(out, line)
					line = w
				} else if line == "" {
					line = w
				} else {
					line += " " + w
				}
			}
			out = append(out, line)
		}
		return strings.Join(out, "\n")
	}
}

// shortRanks writes a rank before a name short: "Gen. Tod Wolters",
// "Vice-Adm. Ron Lloyd"; a title's word ("Secretary General") and a
// body's name ("General Staff") keep it whole.
func shortRanks(s string) string {
	short := map[string]string{"Lieutenant General": "Lt. Gen.", "Major General": "Maj. Gen.", "Brigadier General": "Brig. Gen.",
		"Vice Admiral": "Vice-Adm.", "Rear Admiral": "Rear Adm.", "General": "Gen.", "Admiral": "Adm.", "Colonel": "Col."}
	bodies := map[string]bool{"Staff": true, "Manager": true, "Assembly": true, "Secretariat": true, "Directorate": true, "Secretary": true,
		"Council": true, "Conference": true, "Command": true, "Headquarters": true, "Affairs": true, "Court": true, "National": true}
	var b strings.Builder
	last := 0
	for _, g := range rankBefore.FindAllStringSubmatchIndex(s, -1) {
		rank, next := s[g[2]:g[3]], s[g[4]:g[5]]
		before := strings.Fields(s[max(0, g[0]-12):g[0]])
		if bodies[next] || len(before) > 0 && strings.Contains("Secretary Director Inspector Surgeon Attorney Auditor", before[len(before)-1]) {
			continue
		}
		b.WriteString(s[last:g[0]])
		b.WriteString(short[rank] + " " + next)
		last = g[1]
	}
	return b.String() + s[last:]
}

// pageHeader puts the header and footer of a nato.int page copied as
// text around the body: the release's dates, number and date of issue as
// bullets, and the links after it. Its dates are the release's first
// date, written as the page writes them.
func pageHeader(s string) string {
	g := dayMonth.FindStringSubmatch(s)
	if g == nil || g[4] == "" {
		return s
	}
	d := fmt.Sprintf("%02s %s. %s", g[1], g[2][:3], g[4])
	return fmt.Sprintf("  • %s - %s\n  • |\n  • Press Release (%s) 057\n  • Issued on %s\n  • |\n  • Last updated %02s-%s-%s 08:43\n\n%s\n\nFollow us on Twitter (@NATOPress)\n\nback to top",
		d, d, g[4], d, g[1], g[2][:3], g[4], s)
}

// headingLines puts a page's heading lines around the body, its date
// line giving the release's first date as nato.int writes it ("Last
// updated: 05 Jun. 2018 10:37").
func headingLines(s string) string {
	updated := ""
	if g := dayMonth.FindStringSubmatch(s); g != nil && g[4] != "" {
		updated = fmt.Sprintf("\n\nLast updated: %02s %s. %s 10:37", g[1], g[2][:3], g[4])
	}
	return "News release" + updated + "\n\n" + s + "\n\nShare this:"
}

// bracketedDatelines writes "Brussels, 3 May 2022 –" as "BRUSSELS (May
// 3, 2022) –", as the International Security Assistance Force did.
func bracketedDatelines(s string) string {
	return datelined.ReplaceAllStringFunc(s, func(m string) string {
		g := datelined.FindStringSubmatch(m)
		return strings.ToUpper(g[1]) + g[2] + " (" + americanDates(g[3]) + ") –"
	})
}

var houseStyles = []houseStyle{
	{name: "American dates", body: americanDates},
	{name: "American dates, months short", body: func(s string) string {
		return shortMonth.ReplaceAllStringFunc(americanDates(s), func(m string) string { return m[:3] + "." + m[strings.IndexByte(m, ' '):] })
	}},
	{name: "wrapped at 72 columns", body: wrapAt(72)},
	{name: "wrapped at 80 columns", body: wrapAt(80)},
	{name: "ranks written short", body: shortRanks},
	{name: "datelines in capitals with the date in brackets", body: bracketedDatelines},
	{name: "the page's heading lines", body: headingLines},
	{name: "a nato.int page's header and footer", body: pageHeader},
	{name: "U.S. with full stops", body: func(s string) string { return strings.ReplaceAll(s, " US ", " U.S. ") }},
	{name: "straight quotation marks", body: func(s string) string {
		return strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	}},
	{name: "no-break spaces in dates", body: func(s string) string {
		return dayMonth.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", "\u00a0") })
	}},
	{name: "no-break spaces between words", body: hardSpaced},
	{name: "a web page's character references, as the reader reads them", body: func(s string) string {
		return loader.Normalize(strings.NewReplacer("&", "&amp;", "’", "&#8217;", "“", "&#8220;", "”", "&#x201D;").Replace(s))
	}},
	{name: "a page's address as the source", source: "https://www.nato.int/cps/en/natohq/news_12345.htm"},
	{name: "the title in capitals", edit: func(r *natokg.Release) { r.Title = strings.ToUpper(r.Title) }},
	{name: "a mailing list's copy, the title again above the text", edit: func(r *natokg.Release) {
		date := ""
		if g := dayMonth.FindStringSubmatch(r.Body); g != nil && g[4] != "" {
			date = g[0] + "\n\n \n\n"
		}
		r.Body = "Press Release\n\n" + date + r.Title + "\n\n" + r.Body + "\n\nFor more information:\n\nFollow us on X (formerly Twitter)"
	}},
}

// hardSpaced writes every third space between words as a no-break
// space, as a web page's source may: "Mr\u00a0Stoltenberg", "NATO’s\u00a0Supreme".
func hardSpaced(s string) string {
	n := 0
	return strings.Map(func(r rune) rune {
		if r != ' ' {
			return r
		}
		if n++; n%3 == 0 {
			return '\u00a0'
		}
		return r
	}, s)
}

// TestHouseStyles checks that a release says the same to the extractor
// whatever house style or tool wrote it: every fourth test release,
// rewritten in each style of houseStyles, scores as written within a
// quarter of a point of macro F1.
func TestHouseStyles(t *testing.T) {
	rels, _ := filepath.Glob("testdata/eval/releases/*.txt")
	x := newExtractor(t)
	type pair struct {
		base string
		r    *natokg.Release
		g    gold
	}
	var set []pair
	for i := 0; i < len(rels); i += 4 {
		base := strings.TrimSuffix(filepath.Base(rels[i]), ".txt")
		set = append(set, pair{base, readRelease(t, rels[i]), readGold(t, filepath.Join("testdata/eval/gold", base+".json"))})
	}
	score := func(st houseStyle) (float64, string) {
		sc := &scorer{t: map[string]*tally{}}
		for _, p := range set {
			r := *p.r
			if st.body != nil {
				r.Body = st.body(r.Body)
			}
			if st.source != "" {
				r.Source = st.source
			}
			if st.edit != nil {
				st.edit(&r)
			}
			scoreRelease(sc, p.base, x.Extract(&r), &p.g)
		}
		return macroOf(sc)
	}
	want, _ := score(houseStyle{name: "as written"})
	for _, st := range houseStyles {
		got, report := score(st)
		t.Logf("%s: macro F1 %.3f, as written %.3f", st.name, got, want)
		if got < want-0.0025 {
			t.Errorf("%s: macro F1 %.3f, as written %.3f\n%s", st.name, got, want, report)
		}
	}
}

// macroOf is the macro F1 of a scorer's categories, and a line per
// category.
func macroOf(sc *scorer) (float64, string) {
	macro := 0.0
	var report strings.Builder
	for _, c := range evalCategories {
		tl := sc.t[c]
		if tl == nil {
			tl = &tally{}
		}
		macro += tl.f1()
		fmt.Fprintf(&report, "%-20s F1 %.3f  tp %3d fp %3d fn %3d\n", c, tl.f1(), tl.tp, tl.fp, tl.fn)
	}
	return macro / float64(len(evalCategories)), report.String()
}
