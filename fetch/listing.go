package fetch

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Entry is one article a news listing links to.
type Entry struct {
	// URL is the article's absolute address.
	URL string
	// Date is the date the listing shows beside it; zero when none.
	Date time.Time
}

// Listing is what a news listing page links to.
type Listing struct {
	// Entries are its articles, in the listing's order (newest first on
	// nato.int).
	Entries []Entry
	// Next is the address of the listing's next page, "" on the last.
	Next string
}

// articleRE is the path of a nato.int news article:
// /cps/en/natohq/news_123456.htm.
var articleRE = regexp.MustCompile(`/news_\d+\.htm$`)

// IsArticleURL reports whether u is the address of a news article (not a
// listing): its path ends in news_NNN.htm, as nato.int's articles do.
func IsArticleURL(u *url.URL) bool { return articleRE.MatchString(u.Path) }

// dateRE finds a date as nato.int's listings and articles write it:
// "18 Feb. 2023", "6 June 2025", or 2025-06-06.
var dateRE = regexp.MustCompile(`\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{4})\b|\b(\d{4}-\d{2}-\d{2})\b`)

// ParseDate reads the first date in s ("18 Feb. 2023", "6 June 2025",
// "2025-06-06"); ok is false when s holds none.
func ParseDate(s string) (time.Time, bool) {
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	if m[4] != "" {
		t, err := time.Parse("2006-01-02", m[4])
		return t, err == nil
	}
	t, err := time.Parse("2 Jan 2006", m[1]+" "+m[2]+" "+m[3])
	return t, err == nil
}

// ParseListing reads a news listing page at base: the article links it
// holds (each with the date shown in its entry: the link's row, list item
// or block) and its next page, the link marked rel="next" or reading
// "Next". A page without article links yields an empty Listing.
func ParseListing(page []byte, base *url.URL) (Listing, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Listing{}, err
	}
	var l Listing
	seen := map[string]bool{}
	for a := range doc.Descendants() {
		if a.Type != html.ElementNode || a.DataAtom != atom.A {
			continue
		}
		href, ok := attr(a, "href")
		if !ok {
			continue
		}
		u, err := base.Parse(strings.TrimSpace(href))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			continue
		}
		u.Fragment = ""
		rel, _ := attr(a, "rel")
		text := strings.ToLower(strings.TrimSpace(textOf(a)))
		if l.Next == "" && (strings.Contains(" "+strings.ToLower(rel)+" ", " next ") || text == "next" || text == "next page" || text == "next »" || text == "»") {
			l.Next = u.String()
			continue
		}
		if !IsArticleURL(u) || seen[u.String()] {
			continue
		}
		seen[u.String()] = true
		e := Entry{URL: u.String()}
		entry := a
		for p := a.Parent; p != nil; p = p.Parent {
			if p.Type == html.ElementNode && (p.DataAtom == atom.Tr || p.DataAtom == atom.Li || p.DataAtom == atom.Article || p.DataAtom == atom.Div) {
				entry = p
				break
			}
		}
		for n := range entry.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == atom.Time {
				if v, ok := attr(n, "datetime"); ok {
					e.Date, _ = ParseDate(v)
					break
				}
			}
		}
		if e.Date.IsZero() {
			e.Date, _ = ParseDate(textOf(entry))
		}
		l.Entries = append(l.Entries, e)
	}
	return l, nil
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textOf is the text under n, its pieces joined by spaces.
func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
