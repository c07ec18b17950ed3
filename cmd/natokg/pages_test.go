package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const okPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>NATO - News: Secretary General meets the Prime Minister of Iceland, 28-May.-2025</title>
<link rel="canonical" href="https://www.nato.int/cps/en/natohq/news_900001.htm"></head>
<body><nav><a href="/">Home</a></nav>
<section class="content"><div class="content-header"><h1>Secretary General meets the Prime Minister of Iceland</h1><p class="date">28 May. 2025 |</p></div>
<figure><figcaption>An invented caption.</figcaption></figure>
<div class="text"><p>On Wednesday, 28 May 2025, the NATO Secretary General, Mr Mark Rutte, will receive the Prime Minister of Iceland, Ms Kristrún Frostadóttir, at NATO Headquarters, in Brussels.</p></div>
<p class="updated">Last updated: 28 May. 2025 12:00</p><div class="share-links"><a href="#">Share on X</a></div></section>
</body></html>
`

const okFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Invented</title><link>https://www.nato.int/</link><description>d</description>
<item><title>Allied ministers meet in Brussels</title><link>https://www.nato.int/cps/en/natohq/news_900002.htm</link><pubDate>Tue, 03 Jun 2025 09:00:00 +0200</pubDate>
<content:encoded><![CDATA[<p>Allied defence ministers met in Brussels on Tuesday (3 June 2025) to agree on new plans.</p>]]></content:encoded></item>
<item><title>A summary only</title><link>https://www.nato.int/cps/en/natohq/news_900003.htm</link><description>The Secretary General visited Oslo on Monday (2 June 2025).</description></item>
<item><title>An item with no text</title><link>https://www.nato.int/cps/en/natohq/news_900004.htm</link></item>
</channel></rss>
`

// Pages and feeds load beside text releases; each bad page or feed (or
// feed item) is one line naming it, the rest loads, the exit status is 1.
func TestLoadPagesAndFeeds(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write := func(name, body string) {
		if err := os.MkdirAll(in, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.html", okPage)
	write("news.xml", okFeed)
	write("french.htm", strings.Replace(okPage, `lang="en"`, `lang="fr"`, 1))
	write("nothing.html", `<html lang="en"><head><title>A title</title></head><body><nav><a href="/">Home</a></nav></body></html>`)
	write("broken.rss", `<rss version="2.0"><channel><item><title>Cut`)
	write("other.xml", `<?xml version="1.0"?><config><x>1</x></config>`)
	write("huge.html", okPage+strings.Repeat("<!-- padding -->", 6<<20/16))

	out, errs, code := natokg(t, dir, "load", "--db", "db", "in")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		`in/french.htm: not in English: the page says its language is "fr"`,
		"in/nothing.html: no article text in the page",
		"in/broken.rss: not an RSS or Atom feed",
		"in/other.xml: an XML file that is not an RSS or Atom feed",
		"in/huge.html: page too large",
		`in/news.xml: item 3 ("An item with no text"): item has no text`,
		"in/news.xml: partial release: the feed carries only the item's summary",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if n := strings.Count(strings.TrimSpace(errs), "\n") + 1; n != 7 {
		t.Errorf("%d lines, want 7 (6 faults, 1 warning):\n%s", n, errs)
	}
	if !strings.Contains(out, "loaded 3 releases") || !strings.Contains(out, "6 files failed") {
		t.Errorf("summary: %s", out)
	}
	exp, _, code := natokg(t, dir, "export", "--db", "db")
	if code != 0 || !strings.Contains(exp, "https://www.nato.int/cps/en/natohq/news_900001.htm") || !strings.Contains(exp, "sourceURL") {
		t.Errorf("export lacks the page's URL (exit %d)", code)
	}
}
