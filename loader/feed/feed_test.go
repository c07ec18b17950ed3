package feed_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader/feed"
)

type item struct {
	rel *natokg.Release
	err error
}

func read(t *testing.T, name, doc string) ([]item, error) {
	t.Helper()
	var out []item
	err := feed.Read(strings.NewReader(doc), name, func(r *natokg.Release, err error) bool {
		out = append(out, item{r, err})
		return true
	})
	return out, err
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Invented news</title><link>https://www.nato.int/</link><description>News</description><language>en-gb</language>
<item><title>Allies meet in Brussels</title><link>https://www.nato.int/cps/en/natohq/news_1.htm</link>
<pubDate>Tue, 03 Jun 2025 09:00:00 +0200</pubDate>
<description>A short summary.</description>
<content:encoded><![CDATA[<p>Allied ministers met in Brussels on Tuesday (3 June 2025).</p><p>They agreed on new plans.</p><p>Last updated: 03 Jun. 2025</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://www.nato.int/cps/en/natohq/news_2.htm</link>
<description>&lt;p&gt;Only the start of the story.&lt;/p&gt;</description></item>
<item><title></title><link>https://www.nato.int/cps/en/natohq/news_3.htm</link><description>No title here.</description></item>
<item><title>No text</title><link>https://www.nato.int/cps/en/natohq/news_4.htm</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Invented</title><id>urn:x</id><updated>2025-06-04T10:00:00Z</updated>
<entry><title>An Atom entry</title><id>urn:x:1</id><link href="https://www.nato.int/cps/en/natohq/news_5.htm"/>
<published>2025-06-04T10:00:00Z</published><updated>2025-06-04T10:00:00Z</updated>
<summary>The summary.</summary><content type="html">&lt;p&gt;The full text of the entry.&lt;/p&gt;&lt;p&gt;A second paragraph.&lt;/p&gt;</content></entry>
</feed>`

// Each item is a release: its full text when the feed carries it, else
// its summary, marked partial; an item at fault is one error naming the
// file and the item, and the other items still load.
func TestReadRSS(t *testing.T) {
	items, err := read(t, "news.rss", rss)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 4 {
		t.Fatalf("%d items, want 4", len(items))
	}
	full := items[0].rel
	if full == nil || full.Title != "Allies meet in Brussels" || full.URL != "https://www.nato.int/cps/en/natohq/news_1.htm" || full.Source != "NATO" ||
		full.Body != "Allied ministers met in Brussels on Tuesday (3 June 2025).\n\nThey agreed on new plans." ||
		full.Published != (natokg.Date{Year: 2025, Month: 6, Day: 3}) || full.Warning != "" {
		t.Errorf("full item: %+v, %v", full, items[0].err)
	}
	part := items[1].rel
	if part == nil || part.Body != "Only the start of the story." || part.Warning != feed.Partial {
		t.Errorf("summary item: %+v, %v", part, items[1].err)
	}
	for i, want := range []struct {
		err error
		msg string
	}{{feed.ErrNoTitle, "news.rss: item 3: item has no title"}, {feed.ErrNoText, `news.rss: item 4 ("No text"): item has no text`}} {
		it := items[i+2]
		if it.rel != nil || !errors.Is(it.err, want.err) || !strings.HasPrefix(it.err.Error(), want.msg) {
			t.Errorf("item %d: %v, %v; want %q", i+3, it.rel, it.err, want.msg)
		}
	}
}

func TestReadAtom(t *testing.T) {
	items, err := read(t, "news.atom", atomFeed)
	if err != nil || len(items) != 1 || items[0].rel == nil {
		t.Fatalf("%v, %+v", err, items)
	}
	r := items[0].rel
	if r.Title != "An Atom entry" || r.Body != "The full text of the entry.\n\nA second paragraph." || r.URL != "https://www.nato.int/cps/en/natohq/news_5.htm" || r.Warning != "" {
		t.Errorf("%+v", r)
	}
}

// A feed that cannot be read is one error naming the file.
func TestBadFeeds(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      error
		msg       string
	}{
		{"broken.xml", `<rss version="2.0"><channel><item><title>Cut off`, feed.ErrNotFeed, "broken.xml: not an RSS or Atom feed"},
		{"notxml.rss", `just some words`, feed.ErrNotFeed, "notxml.rss: not an RSS or Atom feed"},
		{"empty.rss", `<rss version="2.0"><channel><title>T</title></channel></rss>`, feed.ErrNoItems, "empty.rss: no item in the feed"},
		{"french.rss", `<rss version="2.0"><channel><title>T</title><language>fr</language><item><title>Un titre</title><description>Un texte.</description></item></channel></rss>`, feed.ErrNotEnglish, `french.rss: not in English: the feed says its language is "fr"`},
		{"big.rss", `<rss version="2.0"><channel><title>T</title>` + strings.Repeat("<!-- padding padding padding -->", feed.MaxBytes/32+1) + `</channel></rss>`, feed.ErrTooLarge, "big.rss: feed too large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, err := read(t, tc.name, tc.doc)
			if len(items) != 0 || !errors.Is(err, tc.want) {
				t.Fatalf("%d items, %v; want %v", len(items), err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.msg) || strings.Contains(err.Error(), "\n") {
				t.Errorf("message %q, want one line starting %q", err, tc.msg)
			}
		})
	}
}
