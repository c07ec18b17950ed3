// Package fetch downloads NATO news pages and feeds politely, to be read
// by natokg load: it honours robots.txt, sends one request at a time to
// a host with a delay between them, names itself in its User-Agent,
// retries with backoff on 429, 5xx and network errors, asks with
// If-None-Match / If-Modified-Since so that pages saved and unchanged are
// not downloaded again, bounds the size of a page and refuses redirect
// loops. Each page is saved unchanged under a directory, in a file named
// from its URL, beside a .meta.json sidecar recording its URL and
// validators.
//
// A URL may be a news page, an RSS or Atom feed (its items' pages are
// fetched too) or a news listing (its article pages are fetched, and its
// next pages up to Options.Pages).
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
)

// UserAgent is the User-Agent natokg sends: its name and where to reach
// its maintainers.
const UserAgent = "natokg-fetch/1.0 (+https://github.com/natokg/natokg)"

// Agent is the product token natokg looks for in robots.txt.
const Agent = "natokg"

// Options set a Fetcher's behaviour; the zero value of a field takes its
// default.
type Options struct {
	// Dir is where pages are saved.
	Dir string
	// Pages is how many pages of a listing to read, following its next
	// links (1 by default: the listing given only).
	Pages int
	// Since, when set, stops a listing at its first entry older than it
	// and skips the feed items older than it.
	Since time.Time
	// Delay is the least time between two requests to a host (robots.txt's
	// Crawl-delay when longer). Zero means none: set it, 1s is polite.
	Delay time.Duration
	// MaxBytes bounds a page's size (10 MiB by default).
	MaxBytes int64
	// Retries is how many times a request is tried again after a 429, a
	// 5xx or a network error (3 by default; negative for none).
	Retries int
	// Backoff is the wait before the first retry, doubled at each
	// (1s by default); a Retry-After up to MaxBackoff is honoured.
	Backoff time.Duration
	// MaxBackoff bounds one wait between tries (1 minute by default).
	MaxBackoff time.Duration
	// MaxRedirects bounds a chain of redirects (10 by default).
	MaxRedirects int
	// UserAgent is sent with every request (UserAgent by default).
	UserAgent string
	// Client makes the requests (a client with a 1 minute timeout by
	// default); its redirects are followed by the Fetcher itself.
	Client *http.Client
	// Now tells the time (time.Now by default).
	Now func() time.Time
}

// Outcome is what became of a page.
type Outcome int

const (
	// Saved: the page was downloaded and written (new or changed).
	Saved Outcome = iota
	// Unchanged: the saved copy is current (304, or the same bytes).
	Unchanged
)

// Event reports one page fetched, or one failure.
type Event struct {
	// URL is the page's address as asked for.
	URL string
	// Path is the file the page is saved in ("" on a failure).
	Path string
	// Outcome says whether the page was saved or kept.
	Outcome Outcome
	// Kind is "page", "feed" or "listing".
	Kind string
	// Err is the failure, an *Error, or nil.
	Err error
}

// Error is a URL that could not be fetched and why, in one line.
type Error struct {
	// URL is the page's address.
	URL string
	// Reason says why, in a few words: "404 Not Found", "robots.txt
	// disallows it", "redirect loop (...)", "too large (...)".
	Reason string
}

func (e *Error) Error() string { return e.URL + ": " + e.Reason }

// Fetcher downloads pages; it is safe for use by several goroutines,
// which share its per-host limits.
type Fetcher struct {
	opts   Options
	client *http.Client

	mu     sync.Mutex
	hosts  map[string]*host
	robots map[string]*Robots
}

// host is a host's turn: one request at a time, Delay apart.
type host struct {
	mu   sync.Mutex
	last time.Time
}

// New returns a Fetcher with opts.
func New(opts Options) *Fetcher {
	if opts.Pages <= 0 {
		opts.Pages = 1
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 10 << 20
	}
	if opts.Retries == 0 {
		opts.Retries = 3
	} else if opts.Retries < 0 {
		opts.Retries = 0
	}
	if opts.Backoff <= 0 {
		opts.Backoff = time.Second
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = time.Minute
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 10
	}
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	c := http.Client{Timeout: time.Minute}
	if opts.Client != nil {
		c = *opts.Client
	}
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &Fetcher{opts: opts, client: &c, hosts: map[string]*host{}, robots: map[string]*Robots{}}
}

// Run fetches each of urls (a page, a feed or a listing) and what it
// links to, calling each for every page saved or kept and every failure.
// A failure does not stop the others; Run returns the number of failures
// and, only if ctx ends, its error.
func (f *Fetcher) Run(ctx context.Context, urls []string, each func(Event)) (failed int, err error) {
	report := func(ev Event) {
		if ev.Err != nil {
			failed++
		}
		each(ev)
	}
	done := map[string]bool{}
	for _, raw := range urls {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		u, perr := url.Parse(raw)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			report(Event{URL: raw, Err: &Error{URL: raw, Reason: "not an http or https URL"}})
			continue
		}
		f.fetchTop(ctx, u, done, report)
	}
	return failed, ctx.Err()
}

// fetchTop fetches u, then what it links to as a feed or a listing.
func (f *Fetcher) fetchTop(ctx context.Context, u *url.URL, done map[string]bool, report func(Event)) {
	for page := 1; u != nil && page <= f.opts.Pages; page++ {
		if done[u.String()] {
			return
		}
		done[u.String()] = true
		p, ev := f.Page(ctx, u)
		if ev.Err != nil {
			report(ev)
			return
		}
		switch {
		case p.Feed != nil:
			ev.Kind = "feed"
			report(ev)
			for _, it := range p.Feed.Items {
				if t := itemDate(it); !f.opts.Since.IsZero() && !t.IsZero() && t.Before(f.opts.Since) {
					continue
				}
				f.fetchArticle(ctx, it.Link, p.URL, done, report)
			}
			return
		case p.Listing != nil && len(p.Listing.Entries) > 0:
			ev.Kind = "listing"
			report(ev)
			for _, e := range p.Listing.Entries {
				if !f.opts.Since.IsZero() && !e.Date.IsZero() && e.Date.Before(f.opts.Since) {
					return // a listing is newest first: the rest is older
				}
				f.fetchArticle(ctx, e.URL, p.URL, done, report)
			}
			if p.Listing.Next == "" {
				return
			}
			next, err := url.Parse(p.Listing.Next)
			if err != nil {
				return
			}
			u = next
		default:
			ev.Kind = "page"
			report(ev)
			return
		}
	}
}

func (f *Fetcher) fetchArticle(ctx context.Context, link string, base *url.URL, done map[string]bool, report func(Event)) {
	if ctx.Err() != nil || strings.TrimSpace(link) == "" {
		return
	}
	u, err := base.Parse(strings.TrimSpace(link))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		report(Event{URL: link, Err: &Error{URL: link, Reason: "not an http or https URL"}})
		return
	}
	u.Fragment = ""
	if done[u.String()] {
		return
	}
	done[u.String()] = true
	_, ev := f.Page(ctx, u)
	ev.Kind = "page"
	report(ev)
}

func itemDate(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil {
		return *it.PublishedParsed
	}
	if it.UpdatedParsed != nil {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

// Page is one page fetched.
type Page struct {
	// URL is where the page was read from, after redirects: its links
	// are read against it.
	URL *url.URL
	// Body is the page as saved.
	Body []byte
	// Feed is the page read as a feed, nil if it is not one.
	Feed *gofeed.Feed
	// Listing is the page read as a news listing, nil for a feed or an
	// article.
	Listing *Listing
}

// Page fetches one URL and saves it; ev reports what became of it.
func (f *Fetcher) Page(ctx context.Context, u *url.URL) (*Page, Event) {
	ev := Event{URL: u.String()}
	fail := func(reason string) (*Page, Event) {
		ev.Err = &Error{URL: u.String(), Reason: reason}
		return nil, ev
	}
	path, err := PathFor(f.opts.Dir, u)
	if err != nil {
		return fail(err.Error())
	}
	ev.Path = path
	old, oldMeta := loadSaved(path)
	base := u // links are read against where redirects led
	resp, body, reason := f.get(ctx, u, oldMeta)
	if reason != "" {
		return fail(reason)
	}
	ctype := resp.Header.Get("Content-Type")
	if resp.StatusCode == http.StatusNotModified {
		if old == nil {
			return fail("304 Not Modified, but no copy is saved")
		}
		ev.Outcome = Unchanged
		body, ctype = old, oldMeta.ContentType
	} else {
		kind := sniff(ctype, body)
		if kind == "" {
			mt, _, _ := mime.ParseMediaType(ctype)
			if mt == "" {
				mt = "no Content-Type"
			}
			return fail("not HTML, text or a feed (" + mt + ")")
		}
		m := Meta{URL: u.String(), ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
			FetchedAt: f.opts.Now().UTC(), ContentType: ctype}
		if resp.Request != nil && resp.Request.URL.String() != u.String() {
			m.FinalURL = resp.Request.URL.String()
			base = resp.Request.URL
		}
		if old != nil && bytes.Equal(old, body) {
			ev.Outcome = Unchanged
		}
		if err := save(path, body, m, ev.Outcome == Unchanged); err != nil {
			return fail("cannot save: " + err.Error())
		}
	}
	p := &Page{URL: base, Body: body}
	switch sniff(ctype, body) {
	case "feed":
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			return fail("not a feed that can be read: " + firstLine(err.Error()))
		}

		p.Feed = feed
	case "html":
		if !IsArticleURL(base) {
			l, err := ParseListing(body, base)
			if err == nil {
				p.Listing = &l
			}
		}
	}
	return p, ev
}

// sniff tells a page's kind from its Content-Type and first bytes:
// "html", "feed", "text" (a release as text), or "" for anything else.
func sniff(ctype string, body []byte) string {
	mt, _, _ := mime.ParseMediaType(ctype)
	head := strings.ToLower(string(body[:min(len(body), 512)]))
	switch {
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
		return "feed"
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html"
	case mt == "application/xml" || mt == "text/xml" || mt == "":
		if strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf") {
			return "feed"
		}
		if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") {
			return "html"
		}
		return ""
	case mt == "text/plain":
		return "text"
	}
	return ""
}

// get asks for u, following redirects itself (each hop checked against
// robots.txt and taking its host's turn) and retrying; reason is why it
// failed, "" on success. A 304 is a success.
func (f *Fetcher) get(ctx context.Context, u *url.URL, m *Meta) (*http.Response, []byte, string) {
	seen := map[string]bool{}
	cur := u
	for hops := 0; ; hops++ {
		if seen[cur.String()] {
			return nil, nil, "redirect loop (" + cur.String() + " again)"
		}
		if hops > f.opts.MaxRedirects {
			return nil, nil, fmt.Sprintf("more than %d redirects", f.opts.MaxRedirects)
		}
		seen[cur.String()] = true
		rb := f.robotsFor(ctx, cur)
		if !rb.Allowed(cur.EscapedPath() + querySuffix(cur)) {
			if cur == u {
				return nil, nil, "robots.txt disallows it"
			}
			return nil, nil, "robots.txt disallows " + cur.String() + ", where it redirects"
		}
		var cond *Meta
		if hops == 0 {
			cond = m
		}
		resp, body, reason := f.try(ctx, cur, cond, rb.CrawlDelay)
		if reason != "" {
			return nil, nil, reason
		}
		switch resp.StatusCode {
		case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
			loc, err := cur.Parse(resp.Header.Get("Location"))
			if err != nil || resp.Header.Get("Location") == "" {
				return nil, nil, fmt.Sprintf("%s without a valid Location", resp.Status)
			}
			loc.Fragment = ""
			cur = loc
			continue
		case http.StatusOK, http.StatusNotModified:
			resp.Request.URL = cur
			return resp, body, ""
		}
		return nil, nil, resp.Status
	}
}

func querySuffix(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
}

// retryable reports whether a status is worth asking again.
func retryable(code int) bool {
	return code == http.StatusTooManyRequests || code >= 500
}

// try sends one GET with retries; the body is read whole, within
// MaxBytes, on a 200.
func (f *Fetcher) try(ctx context.Context, u *url.URL, m *Meta, crawlDelay time.Duration) (*http.Response, []byte, string) {
	backoff := f.opts.Backoff
	var wait time.Duration
	var reason string
	for attempt := 0; attempt <= f.opts.Retries; attempt++ {
		if attempt > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, nil, "stopped: " + ctx.Err().Error()
			case <-t.C:
			}
		}
		resp, body, err, retryAfter := f.do(ctx, u, m, crawlDelay)
		wait, backoff = backoff, min(backoff*2, f.opts.MaxBackoff)
		switch {
		case ctx.Err() != nil:
			return nil, nil, "stopped: " + ctx.Err().Error()
		case err != nil:
			var tl *tooLarge
			if errors.As(err, &tl) {
				return nil, nil, tl.Error()
			}
			reason = "network error: " + err.Error()
		case retryable(resp.StatusCode):
			reason = resp.Status
			if retryAfter >= 0 {
				wait = min(retryAfter, f.opts.MaxBackoff)
			}
		default:
			return resp, body, ""
		}
	}
	if f.opts.Retries > 0 {
		return nil, nil, fmt.Sprintf("%s (gave up after %d tries)", reason, f.opts.Retries+1)
	}
	return nil, nil, reason
}

type tooLarge struct{ max int64 }

func (e *tooLarge) Error() string { return fmt.Sprintf("too large (more than %d bytes)", e.max) }

// do sends one request in u's host's turn.
func (f *Fetcher) do(ctx context.Context, u *url.URL, m *Meta, crawlDelay time.Duration) (resp *http.Response, body []byte, err error, retryAfter time.Duration) {
	h := f.host(u.Host)
	h.mu.Lock()
	defer h.mu.Unlock()
	delay := max(f.opts.Delay, crawlDelay)
	if wait := time.Until(h.last.Add(delay)); wait > 0 && !h.last.IsZero() {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, nil, ctx.Err(), 0
		case <-t.C:
		}
	}
	defer func() { h.last = time.Now() }()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err, 0
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8")
	if m != nil {
		if m.ETag != "" {
			req.Header.Set("If-None-Match", m.ETag)
		}
		if m.LastModified != "" {
			req.Header.Set("If-Modified-Since", m.LastModified)
		}
	}
	resp, err = f.client.Do(req)
	if err != nil {
		return nil, nil, err, 0
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return resp, nil, nil, parseRetryAfter(resp.Header.Get("Retry-After"), f.opts.Now())
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, nil, &tooLarge{f.opts.MaxBytes}, 0
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return nil, nil, err, 0
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return nil, nil, &tooLarge{f.opts.MaxBytes}, 0
	}
	return resp, body, nil, 0
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date;
// -1 when there is none.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return -1
}

func (f *Fetcher) host(name string) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[name]
	if h == nil {
		h = &host{}
		f.hosts[name] = h
	}
	return h
}

// robotsFor returns the robots.txt rules of u's host, read once: none
// (4xx) allows all; one that cannot be read (5xx or network errors after
// the retries) disallows all.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) *Robots {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	rb := f.robots[key]
	f.mu.Unlock()
	if rb != nil {
		return rb
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, body, reason := f.try(ctx, ru, nil, 0)
	switch {
	case reason != "":
		if strings.HasPrefix(reason, "too large") {
			rb = AllowAll()
		} else {
			rb = DisallowAll()
		}
	case resp.StatusCode == http.StatusOK:
		rb = ParseRobots(bytes.NewReader(body), Agent)
	default: // 4xx, and a redirect, which is not followed
		rb = AllowAll()
	}
	if ctx.Err() != nil {
		return rb // asked again next time
	}
	f.mu.Lock()
	f.robots[key] = rb
	f.mu.Unlock()
	return rb
}

// firstLine keeps a message to one line.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
