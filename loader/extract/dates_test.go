package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/natokg/natokg"
)

// findDates runs the date stage over text.
func findDates(t *testing.T, text string) Dates {
	t.Helper()
	x := testExtractor(t)
	return x.dates.Find(Tokenize(text, x.abbrev))
}

func TestDates(t *testing.T) {
	tests := []struct {
		text       string
		start, end string
	}{
		{"NATO met in Brussels on Wednesday (28 May 2025).", "2025-05-28", ""},
		{"On 22 and 23 May, the Centre celebrated its 20th anniversary. Officially established in 2004, it grew fast.", "2024-05-22", "2024-05-23"},
		{"On 8 June, the Office marks its fifth anniversary. It was established in 2010 in Tbilisi.", "2015-06-08", ""},
		{"The Network met on Monday and Tuesday (26-27 May 2025).", "2025-05-26", "2025-05-27"},
		{"It was held yesterday (27 May 2025), at the Command.", "2025-05-27", ""},
		{"On Wednesday 28 May [2025], at the Egmont Palace.", "2025-05-28", ""},
		{"From 22 to 26 May 2025, Dayton hosted the Assembly.", "2025-05-22", "2025-05-26"},
		{"The exercise runs from 11 through 25 May 2018.", "2018-05-11", "2018-05-25"},
		{"Pristina, 8 th November 2016. The Commander met his guest.", "2016-11-08", ""},
		{"The Commander met them on November 8 th, 2016.", "2016-11-08", ""},
		{"It ran from 30 April through 2 May 2015 at sea.", "2015-04-30", "2015-05-02"},
		{"They met on 30 June - 2 July 2024 in Vilnius.", "2024-06-30", "2024-07-02"},
		{"He will visit Washington from Tuesday 24 March to Thursday 26 March 2015.", "2015-03-24", "2015-03-26"},
		{"The summit opens on July 9, 2024.", "2024-07-09", ""},
		{"He visited the Directorate on Wednesday, Jan.17, 2018.", "2018-01-17", ""},
		{"He visited the Directorate on 17\u00a0January\u00a02018.", "2018-01-17", ""},
		{"On 9 february 2007, ministers met in Seville.", "2007-02-09", ""},
		{"05 Aug. 2009 - 07 Aug. 2009", "2009-08-05", "2009-08-07"},
		{"30 Dec. 2009 - 02 Jan. 2010", "2009-12-30", "2010-01-02"},
		{"03.21.2010", "2010-03-21", ""},
		{"Posted 21/03/2010 by the team.", "2010-03-21", ""},
		{"Updated 2010-03-21.", "2010-03-21", ""},
		{"The Secretary General will hold a press conference on MONDAY 15 NOVEMBER 2010.", "2010-11-15", ""},
		{"A seminar ran from June 11 to 18, 2021 in Lyon.", "2021-06-11", "2021-06-18"},
		{"The course ran May 23-26, 2022.", "2022-05-23", "2022-05-26"},
		{"They met on March 7 and 8, 2019.", "2019-03-07", "2019-03-08"},
		{"It was held September 24th to 27th, 2023.", "2023-09-24", "2023-09-27"},
		{"The summit ran from June 30 to July 2, 2025.", "2025-06-30", "2025-07-02"},
		{"Disruptions in the Baltic Sea in December 2025.", "2025-12", ""},
		{"From December 2005 to March 2007, troops served with KFOR.", "2005-12", "2007-03"},
		{"The Accords were signed in 1995.", "1995", ""},
		{"On Thursday, 22nd May 2025, he spoke.", "2025-05-22", ""},
		{"Brussels, NATO HQ, 23 May 2025 – The Conference opened.", "2025-05-23", ""},
		{"SOLBIATE OLONA (VA) 19 Apr 05. This Headquarters received a visit.", "2005-04-19", ""},
		{"By Col Tom Rask, Special Advisor, 18 Nov 22", "2022-11-18", ""},
		{"Written 2 Sept 98, the note was read.", "1998-09-02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := findDates(t, "Title\n\n"+tt.text)
			if len(d.Mentions) == 0 {
				t.Fatalf("no date found")
			}
			got := d.Mentions[0]
			if got.Date.String() != tt.start || got.End.String() != tt.end {
				t.Errorf("date %q to %q, want %q to %q", got.Date, got.End, tt.start, tt.end)
			}
		})
	}
}

// A day and a month before a number of two figures that is no year
// written short (a count, a time) date that day alone: the year of two
// figures stands only before a stop, a comma, a bracket or a line's end.
func TestTwoFigureYearOnlyAtAnEnd(t *testing.T) {
	for _, text := range []string{"On 3 May 15 soldiers arrived in Riga in 2019.", "The meeting opens on 3 May 2019 at 10:30. On 4 May 10:30 is the start."} {
		for _, m := range findDates(t, "Title\n\n"+text).Mentions {
			if m.Date.Year == 2015 || m.Date.Year == 2010 {
				t.Errorf("%q: date %q, read a year from a count or a time", text, m.Date)
			}
		}
	}
}

// A date in figures whose order of day and month the text does not
// make plain, or that is no day of the calendar, dates nothing.
func TestNumericDatesUnread(t *testing.T) {
	for _, text := range []string{"Posted 03.05.2010 by the team.", "Posted 31.02.2010 by the team.", "Posted 2010-02-30 by the team.", "Posted 21.03/2010 by the team."} {
		if d := findDates(t, "Title\n\n"+text); len(d.Mentions) != 0 {
			t.Errorf("%q: dates %v, want none", text, d.Mentions[0].Date)
		}
	}
}

func TestRelativeDates(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The ministers met on 14 February 2024. Yesterday, the Secretary General spoke.", []string{"2024-02-14", "2024-02-13"}},
		{"On 3 March 2021 (Wednesday) she arrived. On Monday she met the President. Tomorrow she leaves.", []string{"2021-03-03", "2021-03-01", "2021-03-04"}},
		{"The meeting was held yesterday (27 May 2025), in Naples.", []string{"2025-05-27"}},
		{"On 17 February 2020 he recalled the meeting in London last December.", []string{"2020-02-17", "2019-12"}},
		{"On 17 June 2020 he looked ahead to the summit next May.", []string{"2020-06-17", "2021-05"}},
		{"On 10 May 2006 he recalled it. In September last year, NATO offered a dialogue.", []string{"2006-05-10", "2005-09"}},
		{"On 10 May 2006 he recalled it. In April, NATO offered a dialogue.", []string{"2006-05-10", "2006-04"}},
		{"On 10 July 2012 he met the leaders of tomorrow.", []string{"2012-07-10"}},
		{"On 18 May 2021 he prepared next month's summit and recalled last month's talks.", []string{"2021-05-18", "2021-06", "2021-04"}},
		{"On 7 February 2022 he arrived. Later that day, he met the minister. The following day he left.", []string{"2022-02-07", "2022-02-07", "2022-02-08"}},
		{"On 2 January 2015 the rotation was handed over. A ceremony on 31 December closed it.", []string{"2015-01-02", "2014-12-31"}},
		{"On 15 December 2015 he announced it. The mission starts on 1 January.", []string{"2015-12-15", "2016-01-01"}},
		{"On 15 June 2015 he announced the summit on 20 December.", []string{"2015-06-15", "2015-12-20"}},
		{"On Monday the Council met.", nil},
		{"On 2 June 2008 it was told. Officials attended the inauguration of the bridge Sunday. The talks held every Sunday and on Easter Sunday went on.", []string{"2008-06-02", "2008-06-01"}}, // bareWeekday
		{"On 7 February 2022 he arrived. Later\u00a0that\u00a0day, he met the minister. The following\u00a0day he left; the talks run until\u00a0Sunday, 13\u00a0February.", []string{"2022-02-07", "2022-02-07", "2022-02-08", "2022-02-13"}},
	}
	for _, tt := range tests {
		d := findDates(t, "T\n\n"+tt.text)
		var got []string
		for _, m := range d.Mentions {
			if m.Kind == KDate {
				got = append(got, m.Date.String())
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: dates %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestYearFromOtherDates(t *testing.T) {
	d := findDates(t, "T\n\nBrussels, 23 May – The staff met. The next conference is on 21 November 2025.")
	if d.Year != 2025 || d.Published.String() != "2025-05-23" {
		t.Errorf("year %d, published %s; want 2025 and 2025-05-23", d.Year, d.Published)
	}
}

// A release that gives no year with a month takes the latest year it
// names, as a date or before a name, but not before a document's name;
// a whole date a speaker quotes is no year of the release's; a day given
// with its weekday moves the year to the nearest one where it falls so.
func TestYearFromYearsNamed(t *testing.T) {
	for text, want := range map[string]int{
		"T\n\nThe panel met at the 2015 NATO-Industry Forum, held in Lisbon on 19 and 20 October.":                                                                      2015,
		"T\n\nFounded in 1992, the office reopened in 2014. On 16 May, the envoy visited it.":                                                                           2014,
		"T\n\nOn 16 May, the envoy opened the office, whose post has been filled since March 2013. It dates from 2014.":                                                 2014,
		"T\n\nBrussels, 3 March 2021 – Allies recalled the 1999 Washington Summit.":                                                                                     2021,
		"T\n\nOn 20 February, he spoke in Washington. “On 12 September 2001, NATO stood by you,” he said. It was 2003.":                                                 2003, // quoted
		"T\n\nOn Tuesday (11 October), the envoy met the Minister. They spoke of the summit in Chicago in May 2012.":                                                    2011, // weekdayYear
		"T\n\nOn 16 May, the envoy opened the office, filled since March 2013. He spoke of the post-2014 era.":                                                          2013, // eraYear
		"T\n\nOn 16 May, jets arrived to augment Mirage 2000-5 aircraft. The mission began in 1994.":                                                                    1994, // modelNumber
		"T\n\nOn 7 November, they reviewed 2019 activities and goals for 2020 and beyond, to be met by 2025.":                                                           2019, // horizonYear
		"T\n\nOn 4 August, the minister, Commander from 2006 to 2009, saw the analysis of trends to 2030 and beyond.":                                                   2009, // beyondYear
		"T\n\nOn 10 March, ministers backed the arms embargo of UN Security Council Resolution 1970.":                                                                   0,    // documentNumber
		"T\n\nOn 28 January, ministers set the priorities for 2010.":                                                                                                    2010, // horizonYear, the only year
		"T\n\nOn 27 June, he visited Kyiv. They discussed the 1995 Study on Enlargement and the 2010 Strategic Concept.":                                                0,    // documentYear
		"T\n\nRussia hosted the second meeting of the project on 22 and 23 October.\n\nThe project was launched in December 2005. In June 2007, ministers extended it.": 2007, // latestMonthYear: a lead dated without its year, then history
		"T\n\nMinisters will meet in Bucharest on 29 and 30 November 2022.\n\nThe Summit in Vilnius in July 2023 is on the agenda.":                                     2022, // the lead's own year
	} {
		if d := findDates(t, text); d.Year != want {
			t.Errorf("%q: year %d, want %d", text, d.Year, want)
		}
	}
}

// TestSpanDays checks that a day of a span (span-days.tsv) anchors the
// relative days after it (spanDayDate): "the following day" after "On
// the first day" of a two-day visit is its second day, not the day after
// the dateline's; with no span before, the phrase anchors nothing.
func TestSpanDays(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Oslo, 19 October 2016 – He was in Norway on 18 and 19 October. On the first day he met the minister. The following day he left.", []string{"2016-10-19", "2016-10-18", "2016-10-19"}},
		{"Oslo, 12 May 2016 – He was in Norway from 10 to 12 May. On the second day he met the minister. The following day he left.", []string{"2016-05-12", "2016-05-10", "2016-05-12"}},
		{"Oslo, 12 May 2016 – He was in Norway from 10 to 12 May. On the final day he met the minister. The following day he left.", []string{"2016-05-12", "2016-05-10", "2016-05-13"}},
		{"Oslo, 12 May 2016 – On the first day he met the minister. The following day he left.", []string{"2016-05-12", "2016-05-13"}},
	}
	for _, tt := range tests {
		d := findDates(t, "T\n\n"+tt.text)
		var got []string
		for _, m := range d.Mentions {
			got = append(got, m.Date.String())
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: dates %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDatesByLine checks that each pattern reads the lines holding one of
// its gate words, and only those: dates on lines after others are found
// where they are, with their byte offsets, and no date is read across a
// line break.
func TestDatesByLine(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the surfaces of the dates found, in order
	}{
		{"dates on several lines", "Title\n\nNo date here.\nThe talks opened on 3 March 2021.\nThey end tomorrow.\nSee you on Friday.",
			[]string{"3 March 2021", "tomorrow", "on Friday"}},
		{"a day and its month on two lines", "Title\n\nThey meet on 12\nMay 2024 in Riga.", []string{"May 2024"}},
		{"a line with no gate word", "Title\n\nNothing is dated here, in the Market Square.", nil},
		{"a line break in a Windows file", "Title\r\n\r\nThey met in 1999.\r\nThey met again the following day.", []string{"in 1999"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := findDates(t, tt.text)
			var got []string
			for _, m := range d.Mentions {
				got = append(got, m.Surface)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dates %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSourceYear(t *testing.T) {
	tests := []struct {
		source string
		want   int
	}{
		{"https://mc.nato.int/media-centre/news/2019/snmg1-ships-visit-riga.aspx", 2019},
		{"https://www.nato.int/docu/pr/2009/p09-038e.html", 2009},
		{"https://www.nato.int/docu/update/2006/04-april/e0406a.htm", 2006},
		{"https://example.org/archive/news_2014_05.htm", 2014},
		{"https://www.nato.int/cps/en/natohq/news_123505.htm", 0},
		{"https://www.nato.int/cps/en/natohq/news_2019123.htm", 0},
		{"NATO", 0},
		{"NATO 2019", 0},
	}
	for _, tt := range tests {
		if got := SourceYear(tt.source); got != tt.want {
			t.Errorf("SourceYear(%q) = %d, want %d", tt.source, got, tt.want)
		}
	}
}

// A release whose text names days and months but no year is of the year
// its address names, on its "Source:" line or as the page it was read
// from.
func TestYearFromSource(t *testing.T) {
	body := "BALTIC SEA – NATO ships are visiting Riga, Latvia from 3 May to 6 May."
	for _, r := range []*natokg.Release{
		{Title: "Ships visit Riga", Source: "https://mc.nato.int/media-centre/news/2019/ships-visit-riga.aspx", Body: body},
		{Title: "Ships visit Riga", Source: "NATO", URL: "https://mc.nato.int/media-centre/news/2019/ships-visit-riga.aspx", Body: body},
	} {
		var got []string
		for _, e := range testExtractor(t).Extract(r).Events {
			got = append(got, e.Start.String())
		}
		if !slices.Contains(got, "2019-05-03") {
			t.Errorf("source %q, page %q: event starts %v, want 2019-05-03 among them", r.Source, r.URL, got)
		}
	}
}

// The address's year outweighs a year the text names bare or a past
// month the text dates with its year: a release of 28 September 2010
// that speaks of a transition "scheduled to begin in 2011" dates its "28
// September" in 2010, and one filed under 2016 that tells of a trip on
// "26-29 August" and of a mission "launched on 1 January 2015" dates the
// trip in 2016.
func TestSourceYearOverOtherYears(t *testing.T) {
	tests := []struct{ source, body, want, not string }{
		{"https://www.nato.int/en/news-and-events/articles/news/2010/09/28/commander-briefs-media",
			"The Commander, LtGen Tom Rask, briefed media at NATO Headquarters on 28 September. He said transition to Afghan lead was scheduled to begin in 2011.",
			"2010-09-28", "2011-09-28"},
		{"https://jfcbs.nato.int/page5964943/2016/general-visits-afghanistan.aspx",
			"26-29 August. The Commander, General Tom Rask, visited the Resolute Support Mission in Afghanistan. The mission was launched on 1 January 2015.",
			"2016-08-26", "2015-08-26"},
	}
	for _, tt := range tests {
		r := &natokg.Release{Title: "Title", Source: tt.source, Body: tt.body}
		var got []string
		for _, e := range testExtractor(t).Extract(r).Events {
			got = append(got, e.Start.String())
		}
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("%s: event starts %v, want %s and not %s", tt.source, got, tt.want, tt.not)
		}
	}
}
