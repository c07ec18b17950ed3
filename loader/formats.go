package loader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader/feed"
	"github.com/natokg/natokg/loader/page"
)

// Format is a kind of file natokg reads releases from.
type Format int

// The formats.
const (
	// Text is a text release file (.txt): a title, a "Source:" line, a body.
	Text Format = iota
	// Page is a saved news page (.html, .htm): one release.
	Page
	// Feed is an RSS or Atom feed (.rss, .atom, and .xml that is one): a
	// release per item.
	Feed
	// XML is an .xml file, a feed or a page by what it holds.
	XML
)

// formats are the extensions of the files a directory walk reads.
var formats = map[string]Format{
	".txt": Text, ".html": Page, ".htm": Page, ".rss": Feed, ".atom": Feed, ".xml": XML,
}

// FormatOf returns the format of a file by its name, and whether natokg
// reads files of that name in a directory.
func FormatOf(name string) (Format, bool) {
	f, ok := formats[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// ErrNotFeed is an .xml file that holds neither a feed nor a page.
var ErrNotFeed = errors.New("an XML file that is not an RSS or Atom feed")

// sniffXML tells a feed from a page by the start of an .xml file.
func sniffXML(br *bufio.Reader) (Format, error) {
	head, _ := br.Peek(4096)
	t := bytes.ToLower(head)
	switch {
	case bytes.Contains(t, []byte("<rss")), bytes.Contains(t, []byte("<feed")), bytes.Contains(t, []byte("<rdf:rdf")):
		return Feed, nil
	case bytes.Contains(t, []byte("<html")):
		return Page, nil
	}
	return XML, ErrNotFeed
}

// readOther reads a page or a feed, as read does a text file.
func readOther(format Format, rc io.Reader, name string, each func(*natokg.Release, error) bool) error {
	br := bufio.NewReader(rc)
	if format == XML {
		var err error
		if format, err = sniffXML(br); err != nil {
			return &page.Error{File: name, Err: err}
		}
	}
	if format == Page {
		rel, _, err := page.Read(br, name)
		if err == nil {
			err = finish(rel)
		}
		if err != nil {
			return err
		}
		each(rel, nil)
		return nil
	}
	n := 0
	return feed.Read(br, name, func(rel *natokg.Release, err error) bool {
		n++
		if err == nil {
			if err = finish(rel); err != nil {
				err = &feed.Error{File: name, Item: n, Title: rel.Title, Err: errors.Unwrap(err)}
			}
		}
		if err != nil {
			return each(nil, err)
		}
		return each(rel, nil)
	})
}

// finish normalises a release read from a page or a feed as the Reader
// does a text release, and holds it to the same bounds.
func finish(rel *natokg.Release) error {
	fault := func(err error) error { return &page.Error{File: rel.File, Err: err} }
	rel.Title = strings.TrimSpace(Normalize(rel.Title))
	if n := utf8.RuneCountInString(rel.Title); n > MaxTitleRunes {
		return fault(fmt.Errorf("%w: %d characters, at most %d", ErrTitleTooLong, n, MaxTitleRunes))
	}
	if len(rel.Body) > MaxReleaseBytes {
		return fault(ErrReleaseTooLong)
	}
	lines := strings.Split(rel.Body, "\n")
	for i, l := range lines {
		if n := longestSentence(l); n > MaxSentenceBytes {
			return fault(fmt.Errorf("%w: %d bytes, at most %d", ErrSentenceTooLong, n, MaxSentenceBytes))
		}
		lines[i] = strings.TrimRight(Normalize(l), " \t\u00a0")
	}
	rel.Body = strings.Join(lines, "\n")
	rel.Source = strings.TrimSpace(Normalize(rel.Source))
	rel.URL = strings.TrimSpace(Normalize(rel.URL))
	return nil
}
