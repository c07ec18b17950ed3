package fetch

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// run fetches urls from s into dir with opts and returns its events.
func run(t *testing.T, opts Options, urls ...string) (events []Event, failed int) {
	t.Helper()
	if opts.Backoff == 0 {
		opts.Backoff = time.Millisecond
	}
	f := New(opts)
	failed, err := f.Run(context.Background(), urls, func(ev Event) { events = append(events, ev) })
	if err != nil {
		t.Fatal(err)
	}
	return events, failed
}

func urlsOf(evs []Event, kind string) []string {
	var out []string
	for _, ev := range evs {
		if ev.Err == nil && (kind == "" || ev.Kind == kind) {
			u, _ := url.Parse(ev.URL)
			out = append(out, u.RequestURI())
		}
	}
	sort.Strings(out)
	return out
}

func failures(evs []Event) []string {
	var out []string
	for _, ev := range evs {
		if ev.Err != nil {
			out = append(out, ev.Err.Error())
		}
	}
	return out
}

func TestListingPagesAndNext(t *testing.T) {
	s := newSite(t)
	evs, failed := run(t, Options{Dir: t.TempDir()}, s.URL+"/cps/en/natohq/news.htm")
	if failed != 0 {
		t.Fatalf("failures: %v", failures(evs))
	}
	want := []string{"/cps/en/natohq/news_1005.htm", "/cps/en/natohq/news_1006.htm"}
	if got := urlsOf(evs, "page"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("one listing page: fetched %v, want %v", got, want)
	}
	if n := s.count(s.hits, "/cps/en/natohq/news.htm?page=2"); n != 0 {
		t.Errorf("--pages 1 followed the next page")
	}

	evs, _ = run(t, Options{Dir: t.TempDir(), Pages: 3}, s.URL+"/cps/en/natohq/news.htm")
	if got := urlsOf(evs, "page"); len(got) != 6 {
		t.Errorf("three listing pages: fetched %v, want the 6 articles", got)
	}
	if got := urlsOf(evs, "listing"); len(got) != 3 {
		t.Errorf("listing pages read: %v, want 3", got)
	}

	evs, _ = run(t, Options{Dir: t.TempDir(), Pages: 2}, s.URL+"/cps/en/natohq/news.htm")
	if got := urlsOf(evs, "page"); len(got) != 4 {
		t.Errorf("--pages 2: fetched %v, want 4 articles", got)
	}
	if n := s.count(s.hits, "/cps/en/natohq/news.htm?page=3"); n != 1 {
		t.Errorf("page 3 asked %d times over the runs, want once (only with --pages 3)", n)
	}
}

func TestSinceStopsAtOlderItems(t *testing.T) {
	s := newSite(t)
	before := s.total(s.hits)
	evs, _ := run(t, Options{Dir: t.TempDir(), Pages: 10, Since: day("2025-06-01")}, s.URL+"/cps/en/natohq/news.htm")
	want := []string{"/cps/en/natohq/news_1004.htm", "/cps/en/natohq/news_1005.htm", "/cps/en/natohq/news_1006.htm"}
	if got := urlsOf(evs, "page"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("listing --since: fetched %v, want %v", got, want)
	}
	if n := s.count(s.hits, "/cps/en/natohq/news.htm?page=3"); n != 0 {
		t.Errorf("the listing went on past an older entry to page 3")
	}
	_ = before

	evs, _ = run(t, Options{Dir: t.TempDir(), Since: day("2025-06-03")}, s.URL+"/news.rss")
	want = []string{"/cps/en/natohq/news_1005.htm", "/cps/en/natohq/news_1006.htm"}
	if got := urlsOf(evs, "page"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("feed --since: fetched %v, want %v", got, want)
	}
}

func TestFeedItems(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	evs, failed := run(t, Options{Dir: dir}, s.URL+"/news.rss")
	if failed != 0 {
		t.Fatalf("failures: %v", failures(evs))
	}
	if got := urlsOf(evs, "feed"); len(got) != 1 {
		t.Errorf("feed events: %v", got)
	}
	if got := urlsOf(evs, "page"); len(got) != 4 {
		t.Errorf("feed items fetched: %v, want 4", got)
	}
	// Each page is saved unchanged beside its sidecar.
	u, _ := url.Parse(s.URL + "/cps/en/natohq/news_1006.htm")
	p, _ := PathFor(dir, u)
	b, err := os.ReadFile(p)
	if err != nil || string(b) != articlePage(articles[0]) {
		t.Fatalf("saved page differs from the served one (%v)", err)
	}
	var m Meta
	mb, err := os.ReadFile(p + MetaSuffix)
	if err != nil || json.Unmarshal(mb, &m) != nil {
		t.Fatalf("sidecar: %v", err)
	}
	if m.URL != u.String() || m.ETag == "" || m.LastModified != lastModified || m.FetchedAt.IsZero() {
		t.Errorf("sidecar %+v", m)
	}
}

func TestSecondRunDownloadsNothingUnchanged(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	opts := Options{Dir: dir, Pages: 3}
	run(t, opts, s.URL+"/cps/en/natohq/news.htm", s.URL+"/news.rss")
	first := s.total(s.sent)
	if first != 3+1+6 {
		t.Errorf("first run sent %d pages, want 10", first)
	}
	evs, failed := run(t, opts, s.URL+"/cps/en/natohq/news.htm", s.URL+"/news.rss")
	if failed != 0 {
		t.Fatalf("failures: %v", failures(evs))
	}
	if sent := s.total(s.sent) - first; sent != 0 {
		t.Errorf("second run downloaded %d pages, want none (all unchanged)", sent)
	}
	for _, ev := range evs {
		if ev.Outcome != Unchanged {
			t.Errorf("%s: not reported unchanged", ev.URL)
		}
	}
	// A changed page is downloaded again, and only it.
	s.mu.Lock()
	s.pages["/cps/en/natohq/news_1005.htm"] += "<!-- corrected -->\n"
	s.mu.Unlock()
	before := s.total(s.sent)
	evs, _ = run(t, opts, s.URL+"/cps/en/natohq/news.htm")
	if sent := s.total(s.sent) - before; sent != 1 {
		t.Errorf("third run downloaded %d pages, want the one changed", sent)
	}
	for _, ev := range evs {
		if strings.HasSuffix(ev.URL, "news_1005.htm") != (ev.Outcome == Saved) {
			t.Errorf("%s: outcome %v", ev.URL, ev.Outcome)
		}
	}
}

func TestRobotsDisallow(t *testing.T) {
	s := newSite(t)
	evs, failed := run(t, Options{Dir: t.TempDir()}, s.URL+"/private/news_2000.htm", s.URL+"/cps/en/natohq/news_1006.htm")
	if failed != 1 || !strings.Contains(strings.Join(failures(evs), "\n"), "/private/news_2000.htm: robots.txt disallows it") {
		t.Errorf("failures %v", failures(evs))
	}
	if n := s.count(s.hits, "/private/news_2000.htm"); n != 0 {
		t.Errorf("a disallowed page was asked for")
	}
	if n := s.count(s.hits, "/robots.txt"); n != 1 {
		t.Errorf("robots.txt asked %d times, want once", n)
	}
}

func TestParseRobots(t *testing.T) {
	rb := ParseRobots(strings.NewReader(`User-agent: *
Disallow: /

User-agent: NatoKG
User-agent: other
Disallow: /cps/*/private
Allow: /cps/en/private/ok$
Crawl-delay: 2
`), Agent)
	for path, want := range map[string]bool{
		"/": true, "/cps/en/natohq/news.htm": true, "/cps/en/private/x": false,
		"/cps/en/private/ok": true, "/cps/en/private/ok2": false,
	} {
		if got := rb.Allowed(path); got != want {
			t.Errorf("Allowed(%q) = %v, want %v", path, got, want)
		}
	}
	if rb.CrawlDelay != 2*time.Second {
		t.Errorf("crawl delay %v", rb.CrawlDelay)
	}
	if ParseRobots(strings.NewReader("User-agent: *\nDisallow: /\n"), Agent).Allowed("/x") {
		t.Error("* group not applied")
	}
}

func TestRetryAfter503(t *testing.T) {
	s := newSite(t)
	evs, failed := run(t, Options{Dir: t.TempDir()}, s.URL+"/flaky.htm")
	if failed != 0 {
		t.Fatalf("failures: %v", failures(evs))
	}
	if n := s.count(s.hits, "/flaky.htm"); n != 2 {
		t.Errorf("/flaky.htm asked %d times, want 2 (a 503, then the page)", n)
	}
	evs, failed = run(t, Options{Dir: t.TempDir(), Retries: 2}, s.URL+"/always-503.htm")
	if failed != 1 || !strings.Contains(failures(evs)[0], "503 Service Unavailable (gave up after 3 tries)") {
		t.Errorf("failures %v", failures(evs))
	}
	if n := s.count(s.hits, "/always-503.htm"); n != 3 {
		t.Errorf("/always-503.htm asked %d times, want 3", n)
	}
}

func TestFailuresEachOneLineAndTheRestGoesOn(t *testing.T) {
	s := newSite(t)
	evs, failed := run(t, Options{Dir: t.TempDir(), MaxBytes: 64 << 10},
		s.URL+"/missing.htm", s.URL+"/loop-a.htm", s.URL+"/big.htm", s.URL+"/photo.jpg",
		"ftp://example.invalid/x", s.URL+"/moved.htm", s.URL+"/cps/en/natohq/news_1001.htm")
	want := []string{
		s.URL + "/missing.htm: 404 Not Found",
		s.URL + "/loop-a.htm: redirect loop (" + s.URL + "/loop-a.htm again)",
		s.URL + "/big.htm: too large (more than 65536 bytes)",
		s.URL + "/photo.jpg: not HTML, text or a feed (image/jpeg)",
		"ftp://example.invalid/x: not an http or https URL",
	}
	if got := failures(evs); strings.Join(got, "\n") != strings.Join(want, "\n") || failed != len(want) {
		t.Errorf("failures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range failures(evs) {
		if strings.Contains(f, "\n") {
			t.Errorf("failure on several lines: %q", f)
		}
	}
	if got := urlsOf(evs, ""); len(got) != 2 {
		t.Errorf("pages fetched past the failures: %v", got)
	}
	var e *Error
	for _, ev := range evs {
		if ev.Err != nil && !errors.As(ev.Err, &e) {
			t.Errorf("%v is not an *Error", ev.Err)
		}
	}
}

func TestUserAgentSent(t *testing.T) {
	s := newSite(t)
	run(t, Options{Dir: t.TempDir()}, s.URL+"/news.rss")
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.agents) != 1 || !s.agents[UserAgent] {
		t.Errorf("User-Agents %v, want only %q", s.agents, UserAgent)
	}
	if !strings.Contains(UserAgent, "natokg") || !strings.Contains(UserAgent, "https://") {
		t.Errorf("User-Agent %q names no natokg or no contact URL", UserAgent)
	}
}

func TestOneRequestAtATimePerHost(t *testing.T) {
	s := newSite(t)
	f := New(Options{Dir: t.TempDir(), Pages: 3, Backoff: time.Millisecond})
	var wg sync.WaitGroup
	for _, u := range []string{"/cps/en/natohq/news.htm", "/news.rss", "/flaky.htm", "/cps/en/natohq/news_1001.htm"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = f.Run(context.Background(), []string{s.URL + u}, func(Event) {})
		}()
	}
	wg.Wait()
	if n := s.overlaps.Load(); n != 0 {
		t.Errorf("%d requests overlapped another to the same host", n)
	}
	if s.total(s.hits) < 10 {
		t.Errorf("only %d requests", s.total(s.hits))
	}
}

func TestDelayBetweenRequests(t *testing.T) {
	s := newSite(t)
	start := time.Now()
	run(t, Options{Dir: t.TempDir(), Delay: 30 * time.Millisecond}, s.URL+"/cps/en/natohq/news_1001.htm", s.URL+"/cps/en/natohq/news_1002.htm")
	// robots.txt, then two pages: two delays at least.
	if d := time.Since(start); d < 60*time.Millisecond {
		t.Errorf("three requests took %v, under two delays", d)
	}
}

func TestPathForIsStable(t *testing.T) {
	for raw, want := range map[string]string{
		"https://www.nato.int/cps/en/natohq/news_1.htm":         "d/www.nato.int/cps/en/natohq/news_1.htm",
		"https://www.nato.int/":                                 "d/www.nato.int/index.html",
		"https://www.nato.int/a/..%2F..%2Fetc/passwd":           "d/www.nato.int/a/etc/passwd",
		"https://www.nato.int/cps/en/natohq/news.htm?page=2":    "d/www.nato.int/cps/en/natohq/news_page-2_",
		"https://www.nato.int:8080/cps/en/natohq/news_2%20.htm": "d/www.nato.int-8080/cps/en/natohq/news_2-.htm",
	} {
		u, _ := url.Parse(raw)
		got, err := PathFor("d", u)
		if err != nil || !strings.HasPrefix(filepath.ToSlash(got), want) {
			t.Errorf("PathFor(%s) = %s, %v; want %s", raw, got, err, want)
		}
		again, _ := PathFor("d", u)
		if again != got {
			t.Errorf("PathFor(%s) not stable", raw)
		}
	}
}

func TestParseListingDates(t *testing.T) {
	base, _ := url.Parse("https://www.nato.int/cps/en/natohq/news.htm")
	l, err := ParseListing([]byte(listingPage(2)), base)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 2 || l.Entries[0].URL != "https://www.nato.int/cps/en/natohq/news_1004.htm" ||
		!l.Entries[0].Date.Equal(day("2025-06-02")) || l.Next != "https://www.nato.int/cps/en/natohq/news.htm?page=3" {
		t.Errorf("listing %+v", l)
	}
}

func TestRedirectedListingReadsLinksWhereItLed(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	evs, failed := run(t, Options{Dir: dir}, s.URL+"/latest")
	if failed != 0 {
		t.Fatalf("failures: %v", failures(evs))
	}
	want := []string{"/cps/en/natohq/news_1005.htm", "/cps/en/natohq/news_1006.htm"}
	if got := urlsOf(evs, "page"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("fetched %v, want %v", got, want)
	}
	u, _ := url.Parse(s.URL + "/latest")
	p, _ := PathFor(dir, u)
	b, _ := os.ReadFile(p + MetaSuffix)
	if !strings.Contains(string(b), `"final_url": "`+s.URL+`/cps/en/natohq/news.htm"`) {
		t.Errorf("sidecar has no final_url: %s", b)
	}
}

func TestRetryAfter429(t *testing.T) {
	s := newSite(t)
	evs, failed := run(t, Options{Dir: t.TempDir(), Backoff: time.Hour}, s.URL+"/busy.htm")
	if failed != 0 {
		t.Fatalf("failures: %v", failures(evs))
	}
	if n := s.count(s.hits, "/busy.htm"); n != 2 {
		t.Errorf("/busy.htm asked %d times, want 2 (a 429 with Retry-After: 0, then the page)", n)
	}
}
