package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// newsSite serves, on a local test server only, invented NATO news: an
// RSS feed whose items link to two releases as text (natokg load reads
// them) and to an HTML news page, and a robots.txt. It counts the pages
// it sends whole; a page asked for again with its ETag gets a 304.
type newsSite struct {
	*httptest.Server
	mu     sync.Mutex
	sent   map[string]int
	agents map[string]bool
}

var fetchReleases = map[string]string{
	"/releases/examplia.txt": "Secretary General meets the Prime Minister of Examplia\n\nSource: NATO\n\n" +
		"NATO Secretary General Mark Rutte met Prime Minister Kristrún Frostadóttir at NATO Headquarters in Brussels on Monday (2 June 2025).\n",
	"/releases/committee.txt": "Chair of the NATO Military Committee visits Warsaw\n\nSource: NATO\n\n" +
		"The Chair of the NATO Military Committee, Admiral Giuseppe Cavo Dragone, visited Warsaw on Wednesday (4 June 2025).\n",
}

const fetchArticle = `<!DOCTYPE html>
<html lang="en"><head><title>NATO - News: Allies agree an invented exercise, 06-Jun.-2025</title></head>
<body><div id="content"><section class="content-header"><p class="date">06 Jun. 2025</p>
<h1>Allies agree an invented exercise</h1></section>
<div class="content-text"><p>NATO Allies agreed an invented exercise in Brussels on Friday (6 June 2025).</p></div></div></body></html>
`

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{sent: map[string]int{}, agents: map[string]bool{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.agents[r.UserAgent()] = true
		s.mu.Unlock()
		send := func(ctype, body string) {
			etag := fmt.Sprintf(`"%x"`, len(body))
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			s.mu.Lock()
			s.sent[r.URL.Path]++
			s.mu.Unlock()
			w.Header().Set("Content-Type", ctype)
			fmt.Fprint(w, body)
		}
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case p == "/news.rss":
			send("application/rss+xml", `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>NATO News</title><link>/</link><description>Invented</description>
<item><title>Examplia</title><link>/releases/examplia.txt</link><pubDate>Mon, 02 Jun 2025 10:00:00 +0000</pubDate></item>
<item><title>Committee</title><link>/releases/committee.txt</link><pubDate>Wed, 04 Jun 2025 10:00:00 +0000</pubDate></item>
<item><title>Exercise</title><link>/cps/en/natohq/news_1007.htm</link><pubDate>Fri, 06 Jun 2025 10:00:00 +0000</pubDate></item>
</channel></rss>
`)
		case p == "/cps/en/natohq/news_1007.htm":
			send("text/html; charset=utf-8", fetchArticle)
		case fetchReleases[p] != "":
			send("text/plain; charset=utf-8", fetchReleases[p])
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, v := range s.sent {
		n += v
	}
	return n
}

func TestFetchFeedAndLoad(t *testing.T) {
	t.Parallel()
	s := newNewsSite(t)
	dir := t.TempDir()
	out, errs, code := natokg(t, dir, "fetch", "--delay", "0", "-o", "pages", "--load", "--db", "db", s.URL+"/news.rss")
	if code != 0 {
		t.Fatalf("fetch: exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "fetched 4 pages: 4 saved, 0 unchanged, 0 failed") {
		t.Errorf("summary:\n%s", out)
	}
	// The feed's articles are loaded, the two as text and the saved
	// news page; the feed itself is not (its items are those articles).
	m := summaryRE.FindStringSubmatch(out)
	if m == nil || m[1] != "3" {
		t.Fatalf("load: want 3 releases stored:\n%s\n%s", out, errs)
	}
	host := strings.ReplaceAll(strings.TrimPrefix(s.URL, "http://"), ":", "-")
	page := filepath.Join(dir, "pages", host, "releases", "examplia.txt")
	if b, err := os.ReadFile(page); err != nil || string(b) != fetchReleases["/releases/examplia.txt"] {
		t.Errorf("saved page %s: %v", page, err)
	}
	if b, err := os.ReadFile(page + ".meta.json"); err != nil || !strings.Contains(string(b), `"url": "`+s.URL+`/releases/examplia.txt"`) {
		t.Errorf("sidecar: %s %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "pages", host, "cps", "en", "natohq", "news_1007.htm")); err != nil {
		t.Errorf("HTML page not saved: %v", err)
	}
	s.mu.Lock()
	for ua := range s.agents {
		if !strings.HasPrefix(ua, "natokg") {
			t.Errorf("User-Agent %q", ua)
		}
	}
	s.mu.Unlock()

	// Again: nothing is downloaded, and the store is unchanged.
	before := s.total()
	out, errs, code = natokg(t, dir, "fetch", "--delay", "0", "-o", "pages", "--load", "--db", "db", s.URL+"/news.rss")
	if code != 0 {
		t.Fatalf("second fetch: exit %d\n%s\n%s", code, out, errs)
	}
	if n := s.total() - before; n != 0 {
		t.Errorf("second fetch downloaded %d pages, want none", n)
	}
	if !strings.Contains(out, "fetched 4 pages: 0 saved, 4 unchanged, 0 failed") || !strings.Contains(out, "3 releases stored unchanged skipped") {
		t.Errorf("second fetch:\n%s", out)
	}
}

func TestFetchFailuresExitStatus(t *testing.T) {
	t.Parallel()
	s := newNewsSite(t)
	dir := t.TempDir()
	out, errs, code := natokg(t, dir, "fetch", "--delay", "0", "--retries", "0",
		s.URL+"/missing.htm", s.URL+"/private/news_1.htm", s.URL+"/releases/examplia.txt")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := "natokg: fetch " + s.URL + "/missing.htm: 404 Not Found\n" +
		"natokg: fetch " + s.URL + "/private/news_1.htm: robots.txt disallows it\n"
	if errs != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, want)
	}
	if !strings.Contains(out, "fetched 1 page: 1 saved, 0 unchanged, 2 failed") {
		t.Errorf("stdout:\n%s", out)
	}
	if _, _, code := natokg(t, dir, "fetch", "--since", "June", s.URL+"/news.rss"); code == 0 {
		t.Error("a bad --since is accepted")
	}
}
