package page_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader/page"
)

func readFile(t *testing.T, name string) (*natokg.Release, *page.Page, error) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return page.Read(bytes.NewReader(b), name)
}

// A saved news page gives its title, date, URL and body paragraphs, and
// none of its navigation, caption, "Last updated" line, share links or
// cookie notice.
func TestReadNewsPage(t *testing.T) {
	rel, p, err := readFile(t, "testdata/visit.html")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Deputy Secretary General visits the Alliance training centre in Tallinn"; rel.Title != want {
		t.Errorf("title %q, want %q", rel.Title, want)
	}
	if want := "https://www.nato.int/cps/en/natohq/news_999001.htm"; rel.URL != want || p.URL != want {
		t.Errorf("URL %q, want %q", rel.URL, want)
	}
	if rel.Source != "NATO" {
		t.Errorf("source %q, want NATO", rel.Source)
	}
	if want := (natokg.Date{Year: 2024, Month: 3, Day: 14}); rel.Published != want {
		t.Errorf("published %v, want %v", rel.Published, want)
	}
	paras := strings.Split(rel.Body, "\n\n")
	if len(paras) != 4 {
		t.Errorf("%d paragraphs, want 4:\n%s", len(paras), rel.Body)
	}
	if !strings.HasPrefix(rel.Body, "NATO Deputy Secretary General Ingrid Vantmoor visited") {
		t.Errorf("body starts %q", rel.Body[:min(80, len(rel.Body))])
	}
	for _, junk := range []string{"cookies", "Home", "Photo:", "instructors at the centre.", "Last updated", "Share on", "Print this", "Related", "Boulevard", "14 Mar. 2024 -", "Tallinn\n"} {
		if strings.Contains(rel.Body, junk) {
			t.Errorf("body holds %q:\n%s", junk, rel.Body)
		}
	}
}

// The title comes from og:title, else <h1>, else <title> without the
// site's prefix, suffix or date; the date from the meta data, else the
// date line, else "Last updated".
func TestTitleAndDate(t *testing.T) {
	body := `<div class="text"><p>` + strings.Repeat("Allies met in Brussels to talk about the Alliance and its work. ", 12) + `</p><p>They agreed to meet again.</p></div>`
	for _, tc := range []struct {
		name, head, top string
		title           string
		date            natokg.Date
	}{
		{"og", `<meta property="og:title" content="From og"><meta property="article:published_time" content="2019-06-02T10:00:00+02:00"><title>NATO - News: Other, 02-Jun.-2019</title>`, `<h1>From h1</h1>`, "From og", natokg.Date{Year: 2019, Month: 6, Day: 2}},
		{"h1", `<title>NATO - News: Other, 02-Jun.-2019</title>`, `<h1>From h1</h1><p class="date">06 Sep. 2018 - 07 Sep. 2018 |</p>`, "From h1", natokg.Date{Year: 2018, Month: 9, Day: 6}},
		{"title", `<title>NATO - News: From the title, 02-Jun.-2019</title>`, `<p class="updated">Last updated: 03 Jun. 2019 10:15</p>`, "From the title", natokg.Date{Year: 2019, Month: 6, Day: 3}},
		{"suffix", `<title>Allies meet in Brussels | NATO</title>`, ``, "Allies meet in Brussels", natokg.Date{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := `<!DOCTYPE html><html lang="en-GB"><head>` + tc.head + `</head><body>` + tc.top + body + `</body></html>`
			rel, _, err := page.Read(strings.NewReader(doc), tc.name+".html")
			if err != nil {
				t.Fatal(err)
			}
			if rel.Title != tc.title || rel.Published != tc.date {
				t.Errorf("title %q date %v, want %q %v", rel.Title, rel.Published, tc.title, tc.date)
			}
			if strings.Contains(rel.Body, "Last updated") || strings.Contains(rel.Body, "From") {
				t.Errorf("body: %q", rel.Body)
			}
		})
	}
}

// Bad pages are refused with one line naming the file.
func TestBadPages(t *testing.T) {
	text := `<p>` + strings.Repeat("Allies met in Brussels to talk about the Alliance. ", 12) + `</p>`
	for _, tc := range []struct {
		name, doc string
		want      error
		msg       string
	}{
		{"empty.html", ``, page.ErrNoTitle, "empty.html: no title"},
		{"notext.html", `<html lang="en"><head><title>A title</title></head><body><nav><a href="/">Home</a></nav><figure><figcaption>A caption</figcaption></figure></body></html>`, page.ErrNoText, "notext.html: no article text"},
		{"french.html", `<html lang="fr"><head><title>Un titre</title></head><body>` + text + `</body></html>`, page.ErrNotEnglish, `french.html: not in English: the page says its language is "fr"`},
		{"german.html", `<html><head><meta http-equiv="content-language" content="de-DE"><title>Ein Titel</title></head><body>` + text + `</body></html>`, page.ErrNotEnglish, `german.html: not in English: the page says its language is "de-DE"`},
		{"big.html", `<html lang="en"><head><title>A title</title></head><body>` + strings.Repeat(text, page.MaxBytes/len(text)+1) + `</body></html>`, page.ErrTooLarge, "big.html: page too large: more than 5 MB"},
		{"binary.html", "\x7fELF\x02\x01\x00\x00", page.ErrNotHTML, "binary.html: not an HTML page"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rel, _, err := page.Read(strings.NewReader(tc.doc), tc.name)
			if rel != nil || !errors.Is(err, tc.want) {
				t.Fatalf("got %v, %v; want %v", rel, err, tc.want)
			}
			var pe *page.Error
			if !errors.As(err, &pe) || pe.File != tc.name {
				t.Errorf("error %T does not name the file", err)
			}
			if !strings.HasPrefix(err.Error(), tc.msg) || strings.Contains(err.Error(), "\n") {
				t.Errorf("message %q, want one line starting %q", err, tc.msg)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<p>One.</p><p>Two\u00a0words.</p>", "One.|Two\u00a0words."},
		{"<ul><li>A</li><li>B</li></ul><p>Last updated: 1 Jan. 2020</p>", "A|B"},
		{"Plain one.\n\nPlain   two.", "Plain one.|Plain two."},
		{"<div>Loose text <b>bold</b>, more.<p>Block.</p>Tail<br>line</div>", "Loose text bold, more.|Block.|Tail|line"},
	} {
		if got := strings.Join(page.Paragraphs(tc.in), "|"); got != tc.want {
			t.Errorf("Paragraphs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Any input gives a release or an error, never a panic.
func FuzzRead(f *testing.F) {
	if b, err := os.ReadFile("testdata/visit.html"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`<html lang="en"><title>T</title><p>x</p>`))
	f.Add([]byte(`<html><body><h1>T</h1><div class="date">31 Feb. 2020</div><table><tr><td>a<br>b</td></tr></table>`))
	f.Add([]byte("\xff\xfe<\x00h\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rel, p, err := page.Read(bytes.NewReader(b), "fuzz.html")
		if (rel == nil) == (err == nil) {
			t.Fatalf("release %v and error %v", rel, err)
		}
		if err == nil && (rel.Title == "" || rel.Body == "" || p == nil) {
			t.Fatalf("release without title or body: %+v", rel)
		}
	})
}
