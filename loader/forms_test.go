package loader_test

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

// paragraphsHTML renders a release's body as NATO's pages do: a <p> per
// paragraph, a <br> between its lines.
func paragraphsHTML(body string) string {
	var b strings.Builder
	for _, p := range strings.Split(body, "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, html.EscapeString(l))
			}
		}
		if len(lines) > 0 {
			b.WriteString("<p>" + strings.Join(lines, "<br>\n") + "</p>\n")
		}
	}
	return b.String()
}

// natoPage renders a release as a saved nato.int news page: navigation,
// a breadcrumb, a date line, a photo and its caption, the body, a "Last
// updated" line, share links, a cookie notice, a footer around it.
func natoPage(r *natokg.Release, n int) string {
	t := html.EscapeString(r.Title)
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NATO - News: %[1]s, 28-May.-2025</title>
<link rel="canonical" href="https://www.nato.int/cps/en/natohq/news_%[2]d.htm">
</head>
<body>
<div id="cookie-consent"><p>This site uses cookies to remember your choices. <a href="#">Accept</a> <a href="#">Refuse</a></p></div>
<header class="site-header"><a href="/">NATO</a><form><input type="search"></form></header>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/topics">Topics</a></li><li><a href="/multimedia">Multimedia</a></li></ul></nav>
<div class="breadcrumb"><a href="/">NATO</a> &gt; <a href="/news">News</a> &gt; <span>%[1]s</span></div>
<section class="content">
<div class="content-header"><h1>%[1]s</h1><p class="date">28 May. 2025 - 29 May. 2025 | </p></div>
<figure class="photo"><img src="/pictures/%[2]d.jpg" alt=""><figcaption>An invented caption of a photo of the meeting, with people standing.</figcaption></figure>
<div class="text">
%[3]s</div>
<p class="updated">Last updated: 29 May. 2025 17:45</p>
<div class="share-links"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a> <a href="#">Print</a></div>
</section>
<aside class="related"><h2>Related</h2><ul><li><a href="#">An invented related story</a></li></ul></aside>
<footer><p>An invented address, 1000 Brussels</p><ul><li><a href="#">Contact</a></li></ul></footer>
</body>
</html>
`, t, n, paragraphsHTML(r.Body))
}

// natoFeed renders releases as one RSS feed with their full text.
func natoFeed(rs []*natokg.Release) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>NATO News</title><link>https://www.nato.int/</link><description>News</description><language>en</language>
`)
	for i, r := range rs {
		summary, _, _ := strings.Cut(r.Body, "\n")
		fmt.Fprintf(&b, "<item><title>%s</title><link>https://www.nato.int/cps/en/natohq/news_%d.htm</link><pubDate>Wed, 28 May 2025 10:00:00 +0200</pubDate><description>%s</description><content:encoded><![CDATA[%s]]></content:encoded></item>\n",
			html.EscapeString(r.Title), i, html.EscapeString(summary), paragraphsHTML(r.Body))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// loadQuads loads srcs and returns each release's quads, as lines, by
// release IRI, less the provenance quads (source file, hash and URL, and
// the count of quads, which counts them).
func loadQuads(t *testing.T, x *extract.Extractor, srcs []loader.Source) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	l := loader.New(x)
	for _, s := range srcs {
		err := l.Each(context.Background(), s, func(r loader.Result) error {
			var qs []string
			for _, q := range r.Quads {
				if p := q.Predicate.String(); strings.Contains(p, kg.SourceHash) || strings.Contains(p, kg.SourceFile) || strings.Contains(p, kg.SourceURL) || strings.Contains(p, kg.QuadCount) {
					continue
				}
				qs = append(qs, q.String())
			}
			slices.Sort(qs)
			if _, dup := out[string(r.IRI)]; dup {
				t.Errorf("%s: release %s read twice", s.Name, r.IRI)
			}
			out[string(r.IRI)] = qs
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	return out
}

// Every input form gives the same quads for the same release: the
// bundled releases as text, as saved nato.int pages and as one feed
// with full text differ only in their provenance (source file, hash).
func TestFormsGiveSameQuads(t *testing.T) {
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	txt, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	var rels []*natokg.Release
	for _, s := range txt {
		rc, err := s.Open()
		if err != nil {
			t.Fatal(err)
		}
		rs, err := loader.NewReader(rc, s.Name).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		rels = append(rels, rs...)
	}
	if len(rels) < 2 {
		t.Fatalf("%d bundled releases", len(rels))
	}
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	if err := os.Mkdir(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, r := range rels {
		if err := os.WriteFile(filepath.Join(pages, fmt.Sprintf("news_%03d.html", i)), []byte(natoPage(r, i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	feedFile := filepath.Join(dir, "news.xml")
	if err := os.WriteFile(feedFile, []byte(natoFeed(rels)), 0o644); err != nil {
		t.Fatal(err)
	}

	want := loadQuads(t, x, txt)
	for _, form := range []string{pages, feedFile} {
		srcs, errs := loader.FileSources([]string{form})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		got := loadQuads(t, x, srcs)
		if len(got) != len(want) {
			t.Errorf("%s: %d releases, want %d", form, len(got), len(want))
		}
		for iri, w := range want {
			g, ok := got[iri]
			if !ok {
				t.Errorf("%s: no release %s", filepath.Base(form), iri)
				continue
			}
			if !slices.Equal(g, w) {
				for _, q := range w {
					if !slices.Contains(g, q) {
						t.Errorf("%s: %s: missing %s", filepath.Base(form), iri, q)
					}
				}
				for _, q := range g {
					if !slices.Contains(w, q) {
						t.Errorf("%s: %s: extra %s", filepath.Base(form), iri, q)
					}
				}
			}
		}
	}
}
