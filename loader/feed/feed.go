// Package feed reads releases from an RSS or Atom feed: each item is a
// release, its title, its date, its full text (content:encoded, Atom
// content) when the feed carries it, else its summary (then the release
// is marked partial), and its link, which stands as the release's source
// as the "Source:" line of a text release does.
package feed

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader/page"
)

// MaxBytes is the largest feed Read accepts.
const MaxBytes = 64 << 20

// Faults Read reports inside an *Error.
var (
	// ErrTooLarge is a feed larger than MaxBytes.
	ErrTooLarge = fmt.Errorf("feed too large: more than %d MB", MaxBytes>>20)
	// ErrNotFeed is a file that does not parse as RSS or Atom.
	ErrNotFeed = errors.New("not an RSS or Atom feed")
	// ErrNoItems is a feed with no item.
	ErrNoItems = errors.New("no item in the feed")
	// ErrNoTitle is an item with no title.
	ErrNoTitle = errors.New("item has no title")
	// ErrNoText is an item with neither content nor summary.
	ErrNoText = errors.New("item has no text (no content and no summary)")
	// ErrNotEnglish is a feed or an item in another language.
	ErrNotEnglish = errors.New("not in English")
)

// Partial is the warning a release read from an item's summary carries.
const Partial = "partial release: the feed carries only the item's summary, not its full text"

// Error is a feed or an item refused, with the file and the item (from
// 1; 0 for the whole feed).
type Error struct {
	File  string
	Item  int
	Title string
	Err   error
}

func (e *Error) Error() string {
	return strings.ReplaceAll(e.message(), "\n", " ")
}

func (e *Error) message() string {
	switch {
	case e.Item == 0:
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	case e.Title != "":
		return fmt.Sprintf("%s: item %d (%q): %v", e.File, e.Item, e.Title, e.Err)
	}
	return fmt.Sprintf("%s: item %d: %v", e.File, e.Item, e.Err)
}

// Unwrap returns the fault, so that errors.Is sees it.
func (e *Error) Unwrap() error { return e.Err }

// Read reads the feed of file from r and calls each with each item's
// release or fault (an *Error naming the item), in order, until each
// returns false. A feed that does not parse, is too large or holds no
// item is returned as an *Error.
func Read(r io.Reader, file string, each func(*natokg.Release, error) bool) error {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return &Error{File: file, Err: err}
	}
	if len(data) > MaxBytes {
		return &Error{File: file, Err: ErrTooLarge}
	}
	f, err := gofeed.NewParser().ParseString(string(data))
	if err != nil {
		return &Error{File: file, Err: fmt.Errorf("%w: %v", ErrNotFeed, err)}
	}
	if f.Language != "" && !isEnglish(f.Language) {
		return &Error{File: file, Err: fmt.Errorf("%w: the feed says its language is %q; natokg reads English releases", ErrNotEnglish, f.Language)}
	}
	if len(f.Items) == 0 {
		return &Error{File: file, Err: ErrNoItems}
	}
	for i, it := range f.Items {
		rel, err := release(it, file)
		if err != nil {
			err = &Error{File: file, Item: i + 1, Title: strings.Join(strings.Fields(it.Title), " "), Err: err}
		}
		if !each(rel, err) {
			return nil
		}
	}
	return nil
}

func release(it *gofeed.Item, file string) (*natokg.Release, error) {
	title := strings.Join(strings.Fields(htmlText(it.Title)), " ")
	if title == "" {
		return nil, ErrNoTitle
	}
	paras := page.Paragraphs(it.Content)
	warning := ""
	if len(paras) == 0 {
		paras = page.Paragraphs(it.Description)
		warning = Partial
	}
	if len(paras) == 0 {
		return nil, ErrNoText
	}
	rel := &natokg.Release{
		File:     file,
		Line:     1,
		Title:    title,
		Source:   page.Publisher("", it.Link),
		URL:      strings.TrimSpace(it.Link),
		Body:     strings.Join(paras, "\n\n"),
		BodyLine: 1,
		Warning:  warning,
	}
	t := it.PublishedParsed
	if t == nil {
		t = it.UpdatedParsed
	}
	if t != nil {
		rel.Published = natokg.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	return rel, nil
}

// htmlText is s with any markup taken out (some feeds put HTML in titles).
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return strings.Join(page.Paragraphs(s), " ")
}

func isEnglish(lang string) bool {
	lang = strings.ToLower(strings.TrimSpace(lang))
	lang, _, _ = strings.Cut(lang, ",")
	lang, _, _ = strings.Cut(lang, "-")
	lang, _, _ = strings.Cut(lang, "_")
	return strings.TrimSpace(lang) == "en"
}
