package loader

import (
	"bufio"
	"bytes"
	"errors"
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
	// ErrEmpty is a file that holds no release.
	ErrEmpty = errors.New("no release in the file")
	// ErrLineTooLong is a line longer than MaxLineBytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrReleaseTooLong is a release longer than MaxReleaseBytes.
	ErrReleaseTooLong = errors.New("release too long")
	// ErrUTF16 is a file in UTF-16, as its byte-order mark says.
	ErrUTF16 = errors.New("UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8")
)

// MaxLineBytes is the longest line a Reader accepts.
const MaxLineBytes = 1 << 20

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
type Reader struct {
	file    string
	sc      *bufio.Scanner
	line    int // lines read so far
	pending []numbered
	started bool
	err     error
}

type numbered struct {
	n    int
	text string
}

// NewReader returns a Reader of r, which names file in its errors.
func NewReader(r io.Reader, file string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLineBytes)
	return &Reader{file: file, sc: sc}
}

// next returns the next line, without its line end.
func (r *Reader) next() (numbered, bool) {
	if r.err != nil || !r.sc.Scan() {
		if r.err == nil {
			if err := r.sc.Err(); err != nil {
				if errors.Is(err, bufio.ErrTooLong) {
					err = ErrLineTooLong
				}
				r.err = &ParseError{File: r.file, Line: r.line + 1, Err: err}
			}
		}
		return numbered{}, false
	}
	r.line++
	b := r.sc.Bytes()
	if r.line == 1 {
		if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
			r.err = &ParseError{File: r.file, Line: 1, Column: 1, Err: ErrUTF16}
			return numbered{}, false
		}
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	}
	b = bytes.TrimSuffix(b, []byte("\r"))
	if !utf8.Valid(b) {
		col := utf8.RuneCount(b[:invalidAt(b)]) + 1
		r.err = &ParseError{File: r.file, Line: r.line, Column: col, Err: ErrNotText}
		return numbered{}, false
	}
	if bytes.IndexByte(b, 0) >= 0 {
		col := utf8.RuneCount(b[:bytes.IndexByte(b, 0)]) + 1
		r.err = &ParseError{File: r.file, Line: r.line, Column: col, Err: ErrNotText}
		return numbered{}, false
	}
	return numbered{r.line, string(b)}, true
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

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// Read returns the next release, or io.EOF after the last one. After an
// error other than io.EOF, Read returns that error again.
func (r *Reader) Read() (*natokg.Release, error) {
	// r.pending holds the lines read ahead: they start with the title of
	// the next release (or are the start of the file).
	for {
		if !r.started {
			// Skip leading blank lines, then read up to the first Source line.
			for {
				l, ok := r.next()
				if !ok {
					if r.err != nil {
						return nil, r.err
					}
					if len(r.pending) > 0 {
						return nil, r.fail(r.pending[0].n, ErrNoSource)
					}
					return nil, io.EOF
				}
				if blank(l.text) && len(r.pending) == 0 {
					continue
				}
				if isSource(l.text) {
					title := lastNonBlank(r.pending)
					if title < 0 {
						return nil, r.fail(l.n, ErrNoTitle)
					}
					if title > 0 {
						// Text before the first title: a title with no source.
						return nil, r.fail(r.pending[0].n, ErrNoSource)
					}
					r.pending = append(r.pending, l)
					break
				}
				r.pending = append(r.pending, l)
			}
			r.started = true
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
		r.pending = r.pending[:0]
		var body []numbered
		size := 0
		for {
			l, ok := r.next()
			if !ok {
				break
			}
			if size += len(l.text) + 1; size > MaxReleaseBytes {
				return nil, r.fail(l.n, ErrReleaseTooLong)
			}
			if isSource(l.text) {
				t := lastNonBlank(body)
				if t < 0 {
					return nil, r.fail(l.n, ErrNoTitle)
				}
				r.pending = append(r.pending, body[t:]...)
				r.pending = append(r.pending, l)
				body = body[:t]
				break
			}
			body = append(body, l)
		}
		if r.err != nil {
			return nil, r.err
		}
		rel, err := r.release(title, src, body)
		if err != nil {
			return nil, err
		}
		return rel, nil
	}
}

func (r *Reader) fail(line int, err error) error {
	r.err = &ParseError{File: r.file, Line: line, Err: err}
	return r.err
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
	lines := make([]string, len(body))
	for i, l := range body {
		lines[i] = strings.TrimRight(l.text, " \t\u00a0")
	}
	_, source, _ := strings.Cut(src.text, "Source:")
	return &natokg.Release{
		File:     r.file,
		Line:     title.n,
		Title:    strings.TrimSpace(title.text),
		Source:   strings.TrimSpace(source),
		Body:     strings.Join(lines, "\n"),
		BodyLine: body[0].n,
	}, nil
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
