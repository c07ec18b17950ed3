package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// site is a test server in the shape of nato.int's news: article pages
// /cps/en/natohq/news_NNNN.htm, a listing /cps/en/natohq/news.htm paged
// by ?page=N, an RSS feed, and pages that fail in each way. It counts the
// requests and the pages it sent whole, records User-Agents, and notes
// any two requests that overlap. All its text is invented.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int // requests per path
	sent     map[string]int // 200 responses per path
	agents   map[string]bool
	inFlight atomic.Int32
	overlaps atomic.Int32
	flaky    atomic.Int32 // 503s still to send on /flaky.htm
	pages    map[string]string
}

type article struct {
	id    int
	date  time.Time
	title string
}

var articles = []article{
	{1006, day("2025-06-06"), "Secretary General meets the Prime Minister of Examplia"},
	{1005, day("2025-06-04"), "Deputy Secretary General visits Fictania"},
	{1004, day("2025-06-02"), "NATO Military Committee meets in Brussels"},
	{1003, day("2025-05-28"), "Secretary General welcomes the Foreign Minister of Imaginaria"},
	{1002, day("2025-05-20"), "Chair of the NATO Military Committee visits Northland"},
	{1001, day("2025-05-12"), "Allies agree a new exercise in Southland"},
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func articlePage(a article) string {
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>NATO - News: %s, %s</title></head>
<body>
<div id="content" class="wrapper">
  <section class="content-header">
    <p class="date">%s</p>
    <h1>%s</h1>
  </section>
  <div class="content-text">
    <p>NATO Secretary General Erik Exampleson met Prime Minister Anna Invented at NATO Headquarters in Brussels on %s.</p>
    <p>They discussed support to partners and preparations for the next Summit.</p>
  </div>
  <aside class="related"><a href="/cps/en/natohq/news.htm">More news</a></aside>
</div>
</body>
</html>
`, a.title, a.date.Format("02-Jan.-2006"), a.date.Format("02 Jan. 2006"), a.title, a.date.Format("Monday (2 January 2006)"))
}

// listingPage is page n (from 1) of the news listing, two entries a page.
func listingPage(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en"><head><title>NATO - News</title></head><body>
<div id="content"><h1>News</h1>
<p class="results">6 Entries</p>
<ul class="event-list">
`)
	for _, a := range articles[(n-1)*2 : min(n*2, len(articles))] {
		fmt.Fprintf(&b, `  <li class="event-list-item">
    <span class="event-date">%s</span>
    <a href="news_%d.htm"><span class="event-title">%s</span></a>
    <p class="event-summary">An invented summary of the news.</p>
  </li>
`, a.date.Format("02 Jan. 2006"), a.id, a.title)
	}
	b.WriteString("</ul>\n<div class=\"pagination\">\n")
	if n > 1 {
		fmt.Fprintf(&b, "  <a href=\"news.htm?page=%d\" rel=\"prev\">Previous</a>\n", n-1)
	}
	if n*2 < len(articles) {
		fmt.Fprintf(&b, "  <a href=\"news.htm?page=%d\" rel=\"next\">Next</a>\n", n+1)
	}
	b.WriteString("</div>\n</div></body></html>\n")
	return b.String()
}

func feed() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>NATO News</title><link>/cps/en/natohq/news.htm</link><description>Invented news</description>
`)
	for _, a := range articles[:4] {
		fmt.Fprintf(&b, "<item><title>%s</title><link>/cps/en/natohq/news_%d.htm</link><pubDate>%s</pubDate></item>\n",
			a.title, a.id, a.date.Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

var lastModified = day("2025-06-07").Format(http.TimeFormat)

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, sent: map[string]int{}, agents: map[string]bool{}, pages: map[string]string{}}
	for _, a := range articles {
		s.pages[fmt.Sprintf("/cps/en/natohq/news_%d.htm", a.id)] = articlePage(a)
	}
	s.pages["/private/news_2000.htm"] = articlePage(article{2000, day("2025-06-01"), "Not to be fetched"})
	s.flaky.Store(1)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	if s.inFlight.Add(1) > 1 {
		s.overlaps.Add(1)
	}
	defer s.inFlight.Add(-1)
	time.Sleep(2 * time.Millisecond) // let an overlap show
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	s.mu.Lock()
	s.hits[key]++
	s.agents[r.UserAgent()] = true
	s.mu.Unlock()
	send := func(ctype, body string) {
		sum := sha256.Sum256([]byte(body))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		s.mu.Lock()
		s.sent[key]++
		s.mu.Unlock()
		w.Header().Set("Content-Type", ctype)
		fmt.Fprint(w, body)
	}
	switch p := r.URL.Path; {
	case p == "/robots.txt":
		fmt.Fprint(w, "# invented\nUser-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
	case p == "/cps/en/natohq/news.htm":
		n := 1
		fmt.Sscanf(r.URL.Query().Get("page"), "%d", &n)
		send("text/html; charset=utf-8", listingPage(n))
	case p == "/news.rss":
		send("application/rss+xml", feed())
	case p == "/flaky.htm":
		if s.flaky.Add(-1) >= 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		send("text/html", articlePage(articles[0]))
	case p == "/always-503.htm":
		w.WriteHeader(http.StatusServiceUnavailable)
	case p == "/loop-a.htm":
		http.Redirect(w, r, "/loop-b.htm", http.StatusFound)
	case p == "/loop-b.htm":
		http.Redirect(w, r, "/loop-a.htm", http.StatusMovedPermanently)
	case p == "/latest":
		http.Redirect(w, r, "/cps/en/natohq/news.htm", http.StatusFound)
	case p == "/busy.htm":
		if s.count(s.hits, p) == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		send("text/html", articlePage(articles[1]))
	case p == "/moved.htm":
		http.Redirect(w, r, "/cps/en/natohq/news_1006.htm", http.StatusMovedPermanently)
	case p == "/big.htm":
		send("text/html", "<html><body>"+strings.Repeat("<p>Invented filler.</p>\n", 5000)+"</body></html>")
	case p == "/photo.jpg":
		w.Header().Set("Content-Type", "image/jpeg")
		fmt.Fprint(w, "\xff\xd8\xff\xe0 not really a picture")
	case p == "/release.txt":
		send("text/plain; charset=utf-8", "An invented release\n\nSource: NATO\n\nNATO Secretary General Erik Exampleson met Prime Minister Anna Invented in Brussels on Monday (2 June 2025).\n")
	default:
		body, ok := s.pages[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		send("text/html; charset=utf-8", body)
	}
}

func (s *site) count(m map[string]int, key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return m[key]
}

func (s *site) total(m map[string]int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
