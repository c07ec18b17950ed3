package extract

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/natokg/natokg"
)

// ErrFieldCount is the error of a row with too few or too many columns.
var ErrFieldCount = errors.New("wrong number of fields")

// row is one line of a TSV file as a parse step sees it.
type row struct {
	file   string
	fields []string
	r      *csv.Reader
}

// field returns column i of the row, or "" where the row is shorter.
func (r row) field(i int) string {
	if i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

// errorf returns a ParseError pointing at column i of the row.
func (r row) errorf(i int, format string, args ...any) error {
	line, col := r.r.FieldPos(min(i, len(r.fields)-1))
	return &natokg.ParseError{File: r.file, Line: line, Column: col, Err: fmt.Errorf(format, args...)}
}

// readTable reads the TSV file name of fsys with encoding/csv: tab
// separated, lines that start with '#' are comments, fields are trimmed.
// Each row must have between minCols and maxCols fields; each is passed
// to fn, whose error is returned as it is when it is a ParseError.
func readTable(fsys fs.FS, name string, minCols, maxCols int, fn func(row) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return &natokg.ParseError{File: name, Line: pe.Line, Column: pe.Column, Err: pe.Err}
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		rw := row{file: name, fields: rec, r: r}
		if len(rec) < minCols || len(rec) > maxCols {
			line, _ := r.FieldPos(0)
			return &natokg.ParseError{File: name, Line: line, Column: 1,
				Err: fmt.Errorf("%w: %d, want %d to %d", ErrFieldCount, len(rec), minCols, maxCols)}
		}
		if rec[0] == "" {
			return rw.errorf(0, "empty first field")
		}
		if err := fn(rw); err != nil {
			var pe *natokg.ParseError
			if errors.As(err, &pe) {
				return err
			}
			line, _ := r.FieldPos(0)
			return &natokg.ParseError{File: name, Line: line, Err: err}
		}
	}
}

// WordClass is one word list of the lexicon: words and phrases, each
// with the values of the file's other columns. Words are matched folded
// (lower case, no diacritics).
type WordClass struct {
	// Name is the file's name without ".tsv" ("org-heads").
	Name    string
	byFirst map[string][]Entry
	forms   []string // every entry's form, in the file's order
	// starts marks the first two letters (ASCII, lower case) of the
	// first words of the entries, as written and folded: a word whose
	// two letters are not marked is in no entry, found without folding
	// it or hashing it (most words looked up are in no list).
	starts [startKeys/64 + 1]uint64
}

// startKeys is the number of keys of WordClass.starts: each of two bytes
// a letter a-z, any other byte (26) or none (27).
const startKeys = 28 * 28

// startCodes gives each byte its code in a key of WordClass.starts: a
// letter a-z (either case) 0-25, another ASCII byte 26, and a byte of a
// multi-byte letter noFilter.
var startCodes = func() (c [256]uint8) {
	for b := range c {
		switch {
		case b >= utf8.RuneSelf:
			c[b] = noFilter
		case 'a' <= b && b <= 'z':
			c[b] = uint8(b - 'a')
		case 'A' <= b && b <= 'Z':
			c[b] = uint8(b - 'A')
		default:
			c[b] = 26
		}
	}
	return c
}()

// noFilter is the code of a byte the filter does not read.
const noFilter = 255

// startKey returns the key of word w's first two bytes in
// WordClass.starts (27 for a byte w lacks), and false where a byte is
// not ASCII (no filter).
func startKey(w string) (int, bool) {
	a, b := uint8(27), uint8(27)
	if len(w) > 0 {
		a = startCodes[w[0]]
	}
	if len(w) > 1 {
		b = startCodes[w[1]]
	}
	if a == noFilter || b == noFilter {
		return 0, false
	}
	return int(a)*28 + int(b), true
}

// mark records that an entry's first word may start as w does.
func (c *WordClass) mark(w string) {
	if k, ok := startKey(w); ok {
		c.starts[k>>6] |= 1 << (k & 63)
	}
}

// maybe reports whether an entry's first word may be w, by its first
// two letters: false means it is in none.
func (c *WordClass) maybe(w string) bool {
	k, ok := startKey(w)
	return !ok || c.starts[k>>6]&(1<<(k&63)) != 0
}

// Entry is one row of a word list.
type Entry struct {
	// Form is the word or phrase as written in the file.
	Form string
	// Values are the row's other columns.
	Values []string
	words  []string // folded
}

// Value returns column i of the entry's values, or "".
func (e Entry) Value(i int) string {
	if i < len(e.Values) {
		return e.Values[i]
	}
	return ""
}

// Has reports whether the one-word form w is in the class.
func (c *WordClass) Has(w string) bool {
	_, ok := c.Lookup(w)
	return ok
}

// HasAsWritten reports whether the one-word form w is in the class
// written exactly so, case and all: letters such as "MC" after a name
// are not the "Mc" that opens a surname.
func (c *WordClass) HasAsWritten(w string) bool {
	if c == nil {
		return false
	}
	for _, e := range c.first(w) {
		if len(e.words) == 1 && e.Form == w {
			return true
		}
	}
	return false
}

// Lookup returns the first entry of the one-word form w.
func (c *WordClass) Lookup(w string) (Entry, bool) {
	if c != nil {
		for _, e := range c.first(w) {
			if len(e.words) == 1 {
				return e, true
			}
		}
	}
	return Entry{}, false
}

// first returns the entries whose first word is w, folded.
func (c *WordClass) first(w string) []Entry {
	if !c.maybe(w) {
		return nil
	}
	var buf [64]byte
	if k, ok := foldASCII(buf[:], w); ok {
		return c.byFirst[string(k)]
	}
	return c.byFirst[fold(w)]
}

// Forms returns the form of every entry, in the order of the file's rows.
func (c *WordClass) Forms() []string {
	return slices.Clone(c.forms)
}

// Entries returns every one-word entry of form w.
func (c *WordClass) Entries(w string) []Entry {
	if c == nil {
		return nil
	}
	var out []Entry
	for _, e := range c.first(w) {
		if len(e.words) == 1 {
			out = append(out, e)
		}
	}
	return out
}

// Rows returns every entry of the same form as e (a word may have several
// rows, one a reading).
func (c *WordClass) Rows(e Entry) []Entry {
	var out []Entry
	for _, x := range c.byFirst[e.words[0]] {
		if x.Form == e.Form {
			out = append(out, x)
		}
	}
	return out
}

// Phrase returns the entry whose form is the words of form, case aside.
func (c *WordClass) Phrase(form string) (Entry, bool) {
	first := firstField(form)
	if c == nil || first == "" {
		return Entry{}, false
	}
	for _, e := range c.byFirst[fold(first)] {
		if strings.EqualFold(e.Form, form) {
			return e, true
		}
	}
	return Entry{}, false
}

// firstField is the first of strings.Fields(s), or "", without making
// the list.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		return s[:end]
	}
	return s
}

// lastField is the last of strings.Fields(s), or "", without making the
// list.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

// Value returns value i of the first one-word entry of w, or "".
func (c *WordClass) Value(w string, i int) string {
	e, _ := c.Lookup(w)
	return e.Value(i)
}

// MatchAt returns the longest entry whose words are the tokens from i on
// (within one sentence), and the number of tokens it takes.
func (c *WordClass) MatchAt(toks []Token, i int) (Entry, int) {
	if c == nil || i < 0 || i >= len(toks) {
		return Entry{}, 0
	}
	var best Entry
	n := 0
	for _, e := range c.byFirst[toks[i].Fold] {
		if len(e.words) <= n || i+len(e.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range e.words {
			if t := toks[i+k]; t.Sent != toks[i].Sent || t.Fold != w {
				ok = false
				break
			}
		}
		if ok {
			best, n = e, len(e.words)
		}
	}
	return best, n
}

// Len is the number of entries.
func (c *WordClass) Len() int {
	n := 0
	for _, es := range c.byFirst {
		n += len(es)
	}
	return n
}

// Lexicon is the extractor's word lists, one WordClass a file of the
// lexicon directory.
type Lexicon struct {
	classes map[string]*WordClass
}

// Class returns the word list of that name; a name the lexicon lacks is
// a programming error and panics, so that a rule never reads an empty
// list by mistake.
func (lx *Lexicon) Class(name string) *WordClass {
	c, ok := lx.classes[name]
	if !ok {
		panic("extract: no word list " + name)
	}
	return c
}

// Names returns the names of the lexicon's word lists, sorted.
func (lx *Lexicon) Names() []string {
	var out []string
	for n := range lx.classes {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// formWords returns the folded tokens of a word list's form.
func formWords(form string) []string {
	var out []string
	for _, t := range Tokenize(form, nil).Tokens {
		out = append(out, t.Fold)
	}
	return out
}

// lexiconColumns is how many columns each word list has (at least, at
// most). Every file under lexicon/ must be listed.
var lexiconColumns = map[string][2]int{
	"abbreviations": {1, 2}, "name-particles": {1, 2}, "name-suffixes": {1, 1},
	"pronouns": {3, 3}, "determiners": {2, 2}, "compass": {1, 2},
	"months": {2, 2}, "weekdays": {2, 2}, "deadline-words": {1, 1}, "year-anaphors": {1, 1},
	"event-words": {3, 3}, "event-heads": {3, 3}, "org-heads": {4, 5},
	"place-heads": {4, 4}, "role-heads": {2, 4}, "role-modifiers": {2, 2},
	"doc-heads": {1, 1}, "group-nouns": {1, 1}, "connectors": {1, 1},
	"place-prepositions": {2, 2}, "command-verbs": {2, 2},
	"organiser-phrases": {1, 1}, "topic-nouns": {1, 1}, "relation-words": {1, 1},
	"org-abbreviations": {3, 3}, "given-names": {3, 3}, "state-nouns": {1, 2},
	"event-links": {2, 2}, "auxiliaries": {1, 1}, "lower-place-heads": {2, 2}, "lower-org-heads": {1, 1}, "national-bodies": {1, 1}, "host-verbs": {1, 1}, "speech-verbs": {1, 1}, "office-verbs": {3, 3}, "appointment-verbs": {1, 1}, "org-nouns": {1, 1}, "habitual": {1, 1}, "settlement-nouns": {1, 1}, "phase-verbs": {2, 2}, "person-nouns": {1, 1}, "event-kinds": {2, 4}, "numbers": {3, 3}, "ship-prefixes": {1, 1}, "audience-nouns": {1, 1}, "press-nouns": {1, 1}, "post-nominals": {1, 1}, "tenure-nouns": {1, 1}, "seat-nouns": {1, 1}, "remote-words": {1, 1}, "day-parts": {1, 1}, "duration-words": {1, 1}, "modals": {1, 1}, "future-words": {1, 1}, "conditionals": {1, 1}, "capital-nouns": {1, 1}, "relative-days": {2, 2}, "span-days": {2, 2}, "superlatives": {1, 1}, "class-names": {2, 2}, "happening-compounds": {1, 1}, "mission-heads": {1, 1}, "defence-verbs": {1, 1}, "impact-verbs": {1, 1}, "copula-adverbs": {1, 1}, "retired-marks": {1, 1}, "unit-nouns": {1, 1}, "end-words": {1, 1}, "venue-parts": {1, 1}, "ship-nouns": {1, 1}, "span-words": {1, 1}, "force-nouns": {1, 1}, "force-qualifiers": {1, 1}, "subordinators": {1, 1}, "member-bodies": {1, 1}, "command-passing": {1, 1}, "command-nouns": {1, 1}, "list-openers": {1, 1}, "naming-words": {1, 1}, "command-changes": {1, 1}, "place-of-nouns": {1, 1}, "presence-nouns": {1, 1}, "gratitude-verbs": {1, 1}, "guest-verbs": {1, 1}, "participles": {1, 1}, "venue-labels": {1, 1}, "onward-verbs": {1, 1}, "purpose-verbs": {1, 1}, "field-nouns": {1, 1}, "headline-verbs": {1, 1}, "clause-openers": {1, 1}, "stationing-words": {2, 2}, "announce-verbs": {1, 1}, "unit-abbreviations": {3, 3}, "contact-labels": {1, 1}, "past-times": {1, 1}, "partitives": {1, 1}, "hold-verbs": {1, 1}, "resident-nouns": {1, 1}, "service-verbs": {1, 1}, "founding-verbs": {1, 1}, "bare-day-words": {2, 2}, "vicinity-nouns": {1, 1}, "report-openers": {1, 1}, "milestones": {1, 1}, "scene-adjuncts": {1, 1}, "focus-words": {1, 1}, "office-taking": {1, 1}, "in-adverbials": {1, 1}, "class-quantifiers": {1, 1}, "goal-nouns": {1, 1}, "voice-titles": {1, 1}, "time-adverbs": {1, 1}, "career-verbs": {1, 1}, "model-suffixes": {1, 1}, "country-nouns": {1, 1},
}

// lexiconValues are the values a column of a word list may hold, where
// its values are a closed set (column 1 is the first after the form): a
// misspelt value would make its row say nothing.
var lexiconValues = map[string]map[int][]string{
	"abbreviations":      {1: {"", "before-number", "in-name"}},
	"event-words":        {2: {"verb", "verb+person", "verb+event", "verb+body", "verb+part", "verb+place", "verb+in", "verb+stay", "verb+with", "verb+date", "passive", "noun", "title-noun", "doc", "none"}},
	"event-heads":        {2: {"head", "first"}},
	"event-links":        {1: {"another", "occasion", "margins", "named", "next", "topic", "follows", "contrast"}},
	"event-kinds":        {1: {"generic", "happening", "unattended", "widespread", "ceremonial"}, 2: {"", "place", "before", "town"}, 3: {"", "sea"}},
	"state-nouns":        {1: {"", "kept"}},
	"stationing-words":   {1: {"state", "motion"}},
	"place-heads":        {1: {"venue", "sea", "region"}, 2: {"strong", "weak"}, 3: {"head", "first", "modifier", "before-body"}},
	"lower-place-heads":  {1: {"venue", "region", "division"}},
	"role-modifiers":     {1: {"title", "domain", "after", "status", "former"}},
	"role-heads":         {1: {"national", "civil", "military", "diplomatic", "counterpart"}, 3: {"", "place", "town", "base"}},
	"determiners":        {1: {"article", "possessive"}},
	"unit-abbreviations": {2: {"before", "both"}},
	"phase-verbs":        {1: {"start", "end"}},
	"name-particles":     {1: {"", "patronymic", "filial"}},
	"place-prepositions": {1: {"locative", "motion", "object", "other", "scope", "away"}},
	"org-heads":          {1: {"yes", "no"}, 2: {"yes", "no"}, 3: {"yes", "no"}, 4: {"", "yes", "no"}},
	"org-abbreviations":  {2: {"demonym", "of"}},
	"office-verbs":       {2: {"yes", "no"}},
	"command-verbs":      {1: {"in", "out", "by"}},
	"bare-day-words":     {1: {"before", "after"}},
	"numbers":            {2: {"ordinal", "cardinal"}},
	"pronouns":           {1: {"m", "f"}, 2: {"subject", "object", "possessive"}},
}

// LoadLexicon reads the word lists under dir of fsys.
func LoadLexicon(fsys fs.FS, dir string) (*Lexicon, error) {
	lx := &Lexicon{classes: map[string]*WordClass{}}
	names, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	for _, file := range names {
		name := strings.TrimSuffix(path.Base(file), ".tsv")
		cols, ok := lexiconColumns[name]
		if !ok {
			return nil, fmt.Errorf("lexicon: %s: no rule reads this word list", file)
		}
		c := &WordClass{Name: name, byFirst: map[string][]Entry{}}
		err := readTable(fsys, file, cols[0], cols[1], func(r row) error {
			words := formWords(r.fields[0])
			if len(words) == 0 {
				return r.errorf(0, "no word in %q", r.fields[0])
			}
			for col, allowed := range lexiconValues[name] {
				if v := r.field(col); !slices.Contains(allowed, v) {
					return r.errorf(col, "%q is none of %s", v, strings.Join(allowed, ", "))
				}
			}
			e := Entry{Form: r.fields[0], Values: append([]string(nil), r.fields[1:]...), words: words}
			c.byFirst[words[0]] = append(c.byFirst[words[0]], e)
			c.forms = append(c.forms, e.Form)
			c.mark(words[0])
			c.mark(strings.Fields(r.fields[0])[0])
			return nil
		})
		if err != nil {
			return nil, err
		}
		lx.classes[name] = c
	}
	for name := range lexiconColumns {
		if _, ok := lx.classes[name]; !ok {
			return nil, fmt.Errorf("lexicon: no %s.tsv under %s", name, dir)
		}
	}
	return lx, nil
}
