package loader

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// Errors a Reader reports inside a ParseError.
var (
	// ErrNoSource is a title line with no "Source:" line after it.
	ErrNoSource = errors.New(`no "Source:" line after the title`)
	// ErrNoTitle is a "Source:" line with no title line before it.
	ErrNoTitle = errors.New(`"Source:" line with no title before it`)
	// ErrNoBody is a release with a title and a source but no body.
	ErrNoBody = errors.New("release has no body")
	// ErrNotText is input that is not UTF-8 text.
	ErrNotText = errors.New("not UTF-8 text")
	// ErrNUL is a NUL byte: binary data, not text.
	ErrNUL = errors.New("NUL byte (binary data, not text)")
	// ErrEmpty is a file that holds no release.
	ErrEmpty = errors.New("no release in the file")
	// ErrLineTooLong is a line longer than MaxLineBytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrTitleTooLong is a title longer than MaxTitleRunes.
	ErrTitleTooLong = errors.New("title too long")
	// ErrSentenceTooLong is a sentence longer than MaxSentenceBytes.
	ErrSentenceTooLong = errors.New("sentence too long")
	// ErrReleaseTooLong is a release longer than MaxReleaseBytes.
	ErrReleaseTooLong = errors.New("release too long")
	// ErrPDF is a PDF file.
	ErrPDF = errors.New("a PDF file, not a text release: convert it to text first (pdftotext FILE.pdf FILE.txt)")
	// ErrHTML is a web page.
	ErrHTML = errors.New(`an HTML page, not a text release: save the release as plain text (its title, a "Source:" line, its body)`)
	// ErrUTF16 is a file in UTF-16, as its byte-order mark says.
	ErrUTF16 = errors.New("UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8")
)

// MaxLineBytes is the longest line a Reader accepts (real releases' lines
// are under 1 KiB).
const MaxLineBytes = 64 << 10

// MaxTitleRunes is the longest title, in characters, a Reader accepts
// (real releases' titles are under 150).
const MaxTitleRunes = 1000

// MaxSentenceBytes is the longest sentence a Reader accepts: text between
// two sentence ends (".", "!" or "?" before a space, or a line end).
const MaxSentenceBytes = 8 << 10

// MaxReleaseBytes is the longest release a Reader accepts; a Reader holds
// one release at a time, so files of any size can be read.
const MaxReleaseBytes = 16 << 20

// ParseError is a fault in a release file, at a line and column (in runes).
type ParseError = natokg.ParseError

// A Reader reads releases from a file that holds one release or many in
// a row. A release is a title line, a line "Source: WHO" (blank lines may
// stand between them), then body paragraphs up to the next release's
// title. Line ends may be "\n" or "\r\n"; a UTF-8 byte-order mark is
// skipped.
//
// A release at fault (a line that is not text or too long, a title or a
// sentence too long, no body, no title) is refused with a *ParseError, and
// the next Read goes on with the next release of the file: the Reader
// finds it at its "Source:" line.
type Reader struct {
	file    string
	br      *bufio.Reader
	line    int // lines read so far
	pending []numbered
	started bool
	err     error // a fault that ends the file
	eof     bool
}

type numbered struct {
	n    int
	text string
	err  *ParseError // the line's fault, if any
}

// NewReader returns a Reader of r, which names file in its errors.
func NewReader(r io.Reader, file string) *Reader {
	return &Reader{file: file, br: bufio.NewReaderSize(r, 64*1024)}
}

// Stopped reports whether the Reader can read no further: after io.EOF,
// or after a fault that ends the file (a read error, UTF-16 text).
func (r *Reader) Stopped() bool { return r.eof || r.err != nil }

// readLine returns the next line without its "\n", and whether it was
// longer than MaxLineBytes (then only its start is returned, the rest is
// read and dropped).
func (r *Reader) readLine() (line []byte, long bool, err error) {
	for {
		chunk, err := r.br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxLineBytes+1 {
			long = true
			if len(line) < MaxLineBytes {
				line = append(line, chunk[:MaxLineBytes-len(line)]...)
			}
		} else {
			line = append(line, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(line) > 0 || long):
			return line, long, nil
		case err != nil:
			return nil, false, err
		}
		return bytes.TrimSuffix(line, []byte("\n")), long, nil
	}
}

// next returns the next line, without its line end; a line at fault
// carries its fault.
func (r *Reader) next() (numbered, bool) {
	if r.err != nil || r.eof {
		return numbered{}, false
	}
	b, long, err := r.readLine()
	if err != nil {
		if err == io.EOF {
			r.eof = true
		} else {
			r.err = &ParseError{File: r.file, Line: r.line + 1, Err: err}
		}
		return numbered{}, false
	}
	r.line++
	if r.line == 1 {
		if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
			r.err = &ParseError{File: r.file, Line: 1, Column: 1, Err: ErrUTF16}
			return numbered{}, false
		}
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	}
	b = bytes.TrimSuffix(b, []byte("\r"))
	l := numbered{n: r.line}
	switch {
	case long:
		l.err = &ParseError{File: r.file, Line: r.line, Err: ErrLineTooLong}
	case !utf8.Valid(b):
		col := utf8.RuneCount(b[:invalidAt(b)]) + 1
		l.err = &ParseError{File: r.file, Line: r.line, Column: col, Err: ErrNotText}
	case bytes.IndexByte(b, 0) >= 0:
		col := utf8.RuneCount(b[:bytes.IndexByte(b, 0)]) + 1
		l.err = &ParseError{File: r.file, Line: r.line, Column: col, Err: ErrNUL}
	}
	if l.err != nil {
		// Keep what tells a release's start: a "Source:" line.
		l.text = strings.ToValidUTF8(string(bytes.ReplaceAll(b, []byte{0}, nil)), "")
		if !isSource(l.text) {
			l.text = "x" // not blank: it may stand as a title
		}
		return l, true
	}
	l.text = string(b)
	return l, true
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func isSource(s string) bool {
	return strings.HasPrefix(strings.TrimSpace(s), "Source:")
}

// blank reports whether s holds only white space and format characters.
func blank(s string) bool { return strings.TrimSpace(Normalize(s)) == "" }

// Read returns the next release, or io.EOF after the last one. A release
// at fault is returned as a *ParseError, and the next call goes on with
// the next release; after a fault that ends the file (see Stopped), Read
// returns that fault again.
func (r *Reader) Read() (*natokg.Release, error) {
	// r.pending holds the lines read ahead: they start with the title of
	// the next release (or are the start of the file).
	if !r.started {
		r.started = true
		if err := r.start(); err != nil {
			return nil, err
		}
	}
	if len(r.pending) == 0 {
		if r.err != nil {
			return nil, r.err
		}
		return nil, io.EOF
	}
	// pending: title, [blanks], source line.
	title := r.pending[0]
	src := r.pending[len(r.pending)-1]
	fault := firstFault(r.pending)
	r.pending = r.pending[:0]
	var body []numbered
	size := 0
	for {
		l, ok := r.next()
		if !ok {
			break
		}
		if isSource(l.text) {
			t := lastNonBlank(body)
			if t >= 0 {
				r.pending = append(r.pending, body[t:]...)
				r.pending = append(r.pending, l)
				body = body[:t]
				break
			}
			if fault == nil {
				fault = &ParseError{File: r.file, Line: l.n, Err: ErrNoTitle}
			}
		}
		if fault == nil && l.err != nil {
			fault = l.err
		}
		if size += len(l.text) + 1; size > MaxReleaseBytes && fault == nil {
			fault = &ParseError{File: r.file, Line: l.n, Err: ErrReleaseTooLong}
		}
		if fault != nil {
			// The release is refused: keep only what may be the next
			// release's title.
			if blank(l.text) {
				continue
			}
			body = body[:0]
		}
		body = append(body, l)
	}
	if r.err != nil {
		return nil, r.err
	}
	if fault != nil {
		return nil, fault
	}
	return r.release(title, src, body)
}

// start skips leading blank lines and reads up to the first "Source:"
// line, leaving the first release's title and source line in r.pending.
// Text before the first title is a fault of its own.
func (r *Reader) start() error {
	for {
		l, ok := r.next()
		if !ok {
			if r.err != nil {
				return r.err
			}
			if len(r.pending) > 0 {
				n := r.pending[0].n
				r.pending = nil
				return &ParseError{File: r.file, Line: n, Err: ErrNoSource}
			}
			return nil
		}
		if blank(l.text) && len(r.pending) == 0 {
			continue
		}
		if len(r.pending) == 0 {
			if err := sniff(l.text); err != nil {
				r.eof = true // nothing further in such a file is a release
				return &ParseError{File: r.file, Line: l.n, Err: err}
			}
		}
		if isSource(l.text) {
			title := lastNonBlank(r.pending)
			if title < 0 {
				r.pending = r.pending[:0]
				return &ParseError{File: r.file, Line: l.n, Err: ErrNoTitle}
			}
			first := r.pending[0].n
			r.pending = append(r.pending[title:], l)
			if title > 0 {
				// Text before the first title: a title with no source.
				return &ParseError{File: r.file, Line: first, Err: ErrNoSource}
			}
			return nil
		}
		r.pending = append(r.pending, l)
	}
}

// sniff tells a file's kind from its first line when it is a kind that
// people mistake for a release: a PDF, a web page.
func sniff(first string) error {
	t := strings.ToLower(strings.TrimSpace(first))
	switch {
	case strings.HasPrefix(t, "%pdf-"):
		return ErrPDF
	case strings.HasPrefix(t, "<!doctype html"), strings.HasPrefix(t, "<html"), strings.HasPrefix(t, "<?xml"),
		strings.HasPrefix(t, "<head"), strings.HasPrefix(t, "<body"):
		return ErrHTML
	}
	return nil
}

// firstFault returns the first fault of ls, or nil.
func firstFault(ls []numbered) *ParseError {
	for _, l := range ls {
		if l.err != nil {
			return l.err
		}
	}
	return nil
}

func lastNonBlank(ls []numbered) int {
	for i := len(ls) - 1; i >= 0; i-- {
		if !blank(ls[i].text) {
			return i
		}
	}
	return -1
}

func (r *Reader) release(title, src numbered, body []numbered) (*natokg.Release, error) {
	// Trim blank lines around the body.
	for len(body) > 0 && blank(body[0].text) {
		body = body[1:]
	}
	for len(body) > 0 && blank(body[len(body)-1].text) {
		body = body[:len(body)-1]
	}
	if len(body) == 0 {
		return nil, &ParseError{File: r.file, Line: title.n, Err: ErrNoBody}
	}
	t := strings.TrimSpace(Normalize(title.text))
	if n := utf8.RuneCountInString(t); n > MaxTitleRunes {
		return nil, &ParseError{File: r.file, Line: title.n, Err: fmt.Errorf("%w: %d characters, at most %d", ErrTitleTooLong, n, MaxTitleRunes)}
	}
	lines := make([]string, len(body))
	for i, l := range body {
		if n := longestSentence(l.text); n > MaxSentenceBytes {
			return nil, &ParseError{File: r.file, Line: l.n, Err: fmt.Errorf("%w: %d bytes, at most %d", ErrSentenceTooLong, n, MaxSentenceBytes)}
		}
		lines[i] = strings.TrimRight(Normalize(l.text), " \t\u00a0")
	}
	_, source, _ := strings.Cut(src.text, "Source:")
	return &natokg.Release{
		File:     r.file,
		Line:     title.n,
		Title:    t,
		Source:   strings.TrimSpace(Normalize(source)),
		Body:     strings.Join(lines, "\n"),
		BodyLine: body[0].n,
	}, nil
}

// longestSentence returns the length in bytes of the longest run of s
// between sentence ends: ".", "!" or "?" before white space.
func longestSentence(s string) int {
	longest, from := 0, 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
			longest = max(longest, i+1-from)
			from = i + 1
		}
	}
	return max(longest, len(s)-from)
}

// ReadAll reads every release that remains.
func (r *Reader) ReadAll() ([]*natokg.Release, error) {
	var out []*natokg.Release
	for {
		rel, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rel)
	}
}
