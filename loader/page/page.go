// Package page reads a release from a saved news page (HTML), such as a
// nato.int news release saved from a browser: its title, its date, its
// body paragraphs (the article's main text as go-readability finds it,
// without navigation, photo captions, "Last updated" lines, share links
// or cookie notices) and its URL, which stands as the release's source
// as the "Source:" line of a text release does.
package page

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/natokg/natokg"
)

// MaxBytes is the largest page Read accepts (saved nato.int pages are
// under 200 KB).
const MaxBytes = 5 << 20

// Faults Read reports inside an *Error.
var (
	// ErrTooLarge is a page larger than MaxBytes.
	ErrTooLarge = fmt.Errorf("page too large: more than %d MB", MaxBytes>>20)
	// ErrNoText is a page with no article text.
	ErrNoText = errors.New("no article text in the page")
	// ErrNoTitle is a page with no title.
	ErrNoTitle = errors.New("no title in the page (og:title, <h1> or <title>)")
	// ErrNotEnglish is a page in another language.
	ErrNotEnglish = errors.New("not in English")
	// ErrNotHTML is a file that is not an HTML page.
	ErrNotHTML = errors.New("not an HTML page")
)

// Error is a page refused, with the file it came from.
type Error struct {
	File string
	Err  error
}

func (e *Error) Error() string {
	return strings.ReplaceAll(fmt.Sprintf("%s: %v", e.File, e.Err), "\n", " ")
}

// Unwrap returns the fault, so that errors.Is sees it.
func (e *Error) Unwrap() error { return e.Err }

// Page is what Read finds in a page besides the release.
type Page struct {
	// Published is the page's publication date, or zero.
	Published natokg.Date
	// URL is the page's canonical URL, or "".
	URL string
	// Lang is the page's language as it says it ("en", "en-GB"), or "".
	Lang string
}

// Read reads the page of file from r as one release. A page larger than
// MaxBytes, in a language other than English (its lang attribute or
// Content-Language), or with no title or no article text is refused with
// an *Error naming file.
func Read(r io.Reader, file string) (*natokg.Release, *Page, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, nil, &Error{File: file, Err: err}
	}
	if len(data) > MaxBytes {
		return nil, nil, &Error{File: file, Err: ErrTooLarge}
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) && !looksHTML(data) {
		return nil, nil, &Error{File: file, Err: ErrNotHTML}
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, nil, &Error{File: file, Err: fmt.Errorf("%w: %v", ErrNotHTML, err)}
	}
	p := &Page{Lang: language(doc)}
	if p.Lang != "" && !isEnglish(p.Lang) {
		return nil, nil, &Error{File: file, Err: fmt.Errorf("%w: the page says its language is %q; natokg reads English releases", ErrNotEnglish, p.Lang)}
	}
	p.URL = pageURL(doc)
	title := pageTitle(doc)
	if title == "" {
		return nil, nil, &Error{File: file, Err: ErrNoTitle}
	}
	p.Published = published(doc)
	paras := body(doc, title)
	if len(paras) == 0 {
		return nil, nil, &Error{File: file, Err: ErrNoText}
	}
	return &natokg.Release{
		File:      file,
		Line:      1,
		Title:     title,
		Source:    Publisher(meta(doc, "og:site_name"), p.URL),
		URL:       p.URL,
		Body:      strings.Join(paras, "\n\n"),
		BodyLine:  1,
		Published: p.Published,
	}, p, nil
}

func looksHTML(b []byte) bool {
	t := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.Contains(t, "<html") || strings.Contains(t, "<!doctype html")
}

// walk calls fn with each element below n, in document order; fn returns
// false to skip an element's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !fn(c) {
			continue
		}
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// meta returns the content of the first <meta> whose property or name is
// one of keys.
func meta(doc *html.Node, keys ...string) string {
	found := ""
	walk(doc, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.DataAtom != atom.Meta {
			return true
		}
		k := attr(n, "property")
		if k == "" {
			k = attr(n, "name")
		}
		if k == "" {
			k = attr(n, "http-equiv")
		}
		for _, want := range keys {
			if strings.EqualFold(k, want) && attr(n, "content") != "" {
				found = attr(n, "content")
			}
		}
		return true
	})
	return found
}

func language(doc *html.Node) string {
	lang := ""
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Html {
			lang = attr(n, "lang")
			if lang == "" {
				lang = attr(n, "xml:lang")
			}
		}
		return false
	})
	if lang == "" {
		lang = meta(doc, "content-language", "og:locale")
	}
	return lang
}

func isEnglish(lang string) bool {
	lang = strings.ToLower(strings.TrimSpace(lang))
	// "en", "en-GB", "en_US"; a list ("en, fr") counts by its first.
	lang, _, _ = strings.Cut(lang, ",")
	lang, _, _ = strings.Cut(lang, "-")
	lang, _, _ = strings.Cut(lang, "_")
	return strings.TrimSpace(lang) == "en"
}

func pageURL(doc *html.Node) string {
	u := ""
	walk(doc, func(n *html.Node) bool {
		if u == "" && n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical") {
			u = attr(n, "href")
		}
		return u == ""
	})
	if u == "" {
		u = meta(doc, "og:url")
	}
	return strings.Join(strings.Fields(u), "")
}

// text is the text of n, its white space collapsed, a line per <br>.
func text(n *html.Node) string {
	return lines(raw(n))
}

// raw is the text of n as it stands, "\n" for a <br>.
func raw(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				b.WriteString("\n")
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// lines collapses the white space of each line of s and drops blank lines.
func lines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = collapse(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// siteAffix matches what a site puts around a page's title in <title>:
// "NATO - News: ", ", 28-May.-2025", " | NATO".
var (
	titlePrefix = regexp.MustCompile(`^(?i:NATO\s*-\s*(?:News|Opinion|Official text|Press release|Topic)s?:\s*)`)
	titleDate   = regexp.MustCompile(`,\s*\d{1,2}-[A-Za-z]{3,9}\.?-\d{4}$`)
	titleSuffix = regexp.MustCompile(`\s+[|–—-]\s+[^|–—-]{1,40}$`)
)

func pageTitle(doc *html.Node) string {
	if t := collapse(meta(doc, "og:title", "twitter:title")); t != "" {
		return t
	}
	t := ""
	walk(doc, func(n *html.Node) bool {
		if t == "" && n.DataAtom == atom.H1 {
			t = strings.ReplaceAll(text(n), "\n", " ")
		}
		return t == ""
	})
	if t != "" {
		return t
	}
	walk(doc, func(n *html.Node) bool {
		if t == "" && n.DataAtom == atom.Title {
			t = strings.ReplaceAll(text(n), "\n", " ")
		}
		return t == "" && n.DataAtom != atom.Svg
	})
	if s := titlePrefix.ReplaceAllString(t, ""); s != t {
		return titleDate.ReplaceAllString(s, "")
	}
	return titleSuffix.ReplaceAllString(t, "")
}

// dayMonthYear is a date as pages write it: "06 Sep. 2018", "6 September 2018".
var dayMonthYear = regexp.MustCompile(`\b(\d{1,2})[ \-]([A-Za-z]{3,9})\.?[ \-](\d{4})\b`)

func parseDay(s string) natokg.Date {
	m := dayMonthYear.FindStringSubmatch(s)
	if m == nil {
		return natokg.Date{}
	}
	day, _ := strconv.Atoi(m[1])
	year, _ := strconv.Atoi(m[3])
	mon := strings.ToLower(m[2])
	for i := time.January; i <= time.December; i++ {
		name := strings.ToLower(i.String())
		if mon == name || len(mon) >= 3 && strings.HasPrefix(name, mon) || mon == "sept" && i == time.September {
			if day >= 1 && day <= 31 {
				return natokg.Date{Year: year, Month: int(i), Day: day}
			}
		}
	}
	return natokg.Date{}
}

func published(doc *html.Node) natokg.Date {
	if s := meta(doc, "article:published_time", "date", "dcterms.date", "dc.date", "dcterms.created", "pubdate"); s != "" {
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
			if t, err := time.Parse(layout, s[:min(len(s), len(layout)+6)]); err == nil {
				return natokg.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
			}
			if len(s) >= 10 {
				if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
					return natokg.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
				}
			}
		}
		if d := parseDay(s); !d.IsZero() {
			return d
		}
	}
	// The page's date line ("06 Sep. 2018 - 07 Sep. 2018"), a <time>,
	// then "Last updated: ...".
	var d natokg.Date
	walk(doc, func(n *html.Node) bool {
		if !d.IsZero() {
			return false
		}
		if n.DataAtom == atom.Time {
			if t, err := time.Parse("2006-01-02", attr(n, "datetime")[:min(10, len(attr(n, "datetime")))]); err == nil {
				d = natokg.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
				return false
			}
		}
		if strings.Contains(strings.ToLower(attr(n, "class")), "date") {
			d = parseDay(text(n))
		}
		return d.IsZero()
	})
	if d.IsZero() {
		walk(doc, func(n *html.Node) bool {
			if d.IsZero() && (n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Span) {
				if t := text(n); strings.HasPrefix(t, "Last updated") {
					d = parseDay(t)
				}
			}
			return d.IsZero()
		})
	}
	return d
}

// boilerplate matches the class or id of what is not the article's text.
var boilerplate = regexp.MustCompile(`(?i)share|social|cookie|consent|breadcrumb|caption|updated|related|print|menu|navbar|nav-|-nav|footer|header|sidebar|newsletter|subscribe|date|photo`)

// dropLine matches a paragraph that is page furniture, not release text.
var dropLine = regexp.MustCompile(`(?i)^(last updated|share this|share on|print this|photo:|cookie|we use cookies|follow us on)`)

// body returns the article's paragraphs: the main text as readability
// finds it in the page cleaned of navigation, captions, share links and
// the like.
func body(doc *html.Node, title string) []string {
	var remove []*html.Node
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Script, atom.Style, atom.Noscript,
			atom.Form, atom.Figure, atom.Figcaption, atom.Iframe, atom.Button, atom.Img, atom.Picture,
			atom.Svg, atom.Video, atom.Audio, atom.Template, atom.Select, atom.Input, atom.H1:
			remove = append(remove, n)
			return false
		}
		if boilerplate.MatchString(attr(n, "class")) || boilerplate.MatchString(attr(n, "id")) ||
			strings.EqualFold(attr(n, "role"), "navigation") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
			remove = append(remove, n)
			return false
		}
		return true
	})
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	parser := readability.NewParser()
	parser.DisableJSONLD = true
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil || art.Node == nil {
		return nil
	}
	return paragraphs(art.Node, title)
}

// paragraphs returns the text of each block of root that holds text.
func paragraphs(root *html.Node, title string) []string {
	var paras []string
	add := func(s string) {
		if s == "" || s == title || dropLine.MatchString(s) {
			return
		}
		paras = append(paras, s)
	}
	// A run of text and inline elements between blocks is a paragraph
	// of its own ("<div>Text <b>bold</b></div>").
	var f func(n *html.Node)
	f = func(n *html.Node) {
		var run []*html.Node
		flush := func() {
			if len(run) > 0 {
				var b strings.Builder
				for _, c := range run {
					b.WriteString(raw(c))
				}
				for _, l := range strings.Split(lines(b.String()), "\n") {
					add(l)
				}
				run = run[:0]
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode, c.Type == html.ElementNode && !hasBlock(c) && !isBlock(c):
				run = append(run, c)
			case c.Type != html.ElementNode:
			case isBlock(c) && !hasBlock(c):
				flush()
				add(text(c))
			default:
				flush()
				f(c)
			}
		}
		flush()
	}
	f(root)
	return paras
}

// isBlock reports whether n is a block element: it starts a paragraph.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Pre, atom.Dt, atom.Dd, atom.Td, atom.Th,
		atom.Blockquote, atom.Div, atom.Section, atom.Article, atom.Ul, atom.Ol, atom.Table, atom.Tbody, atom.Thead, atom.Tr,
		atom.Dl, atom.Main, atom.Figure, atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Center:
		return true
	}
	return false
}

// hasBlock reports whether a block element lies below n.
func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock(c) || hasBlock(c)) {
			return true
		}
	}
	return false
}

// Paragraphs returns the paragraphs of an HTML fragment, such as a feed
// item's content: the text of each paragraph, heading and list item,
// white space collapsed, furniture lines ("Last updated", share links)
// left out. Text with no markup is split at blank lines.
func Paragraphs(fragment string) []string {
	if !strings.Contains(fragment, "<") {
		var out []string
		for _, p := range regexp.MustCompile(`\n\s*\n`).Split(strings.ReplaceAll(fragment, "\r\n", "\n"), -1) {
			if p = collapse(p); p != "" && !dropLine.MatchString(p) {
				out = append(out, p)
			}
		}
		return out
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), ctx)
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return paragraphs(ctx, "")
}

// Publisher is the publisher of a page or a feed item at url: the site's
// name when the page gives it (og:site_name), "NATO" for nato.int, else
// the URL's host without "www.".
func Publisher(siteName, url string) string {
	if s := collapse(siteName); s != "" {
		return s
	}
	return natokg.PublisherOfURL(url)
}

// collapse collapses runs of HTML white space (ASCII space, tab, line
// ends, form feed) in s to one space and trims them at both ends, as a
// browser shows text: a no-break space is text, and stays.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}), " ")
}
