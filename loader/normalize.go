package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/natokg/natokg"
)

// Normalize is s as natokg reads it: in Unicode normal form C (an "ó"
// typed as "o" and a combining accent is the one character "ó"), without
// format characters (Unicode category Cf: zero-width spaces and joiners,
// byte-order marks, soft hyphens, direction marks), which are invisible
// and would split a name in two ("Shek\u200berinska"), and with the
// character references of a web page's source read as the characters
// they stand for ("R&amp;D", "NATO&#8217;s"; only whole references, with
// their semicolon). The reader normalises every release as it reads it.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = charRef.ReplaceAllStringFunc(s, html.UnescapeString)
	}
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// charRef is a character reference of HTML, named or numbered, whole.
var charRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// isNormal reports, fast, that s is ASCII without control characters
// other than tab or character references, or is otherwise already normal.
func isNormal(s string) bool {
	if strings.IndexByte(s, '&') >= 0 && charRef.MatchString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFC.IsNormalString(s) && strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) < 0
		}
	}
	return true
}

// scripts are the writing systems whose letters Scripts tells apart.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek},
	{"Armenian", unicode.Armenian}, {"Georgian", unicode.Georgian}, {"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana},
	{"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul}, {"Thai", unicode.Thai},
	{"Devanagari", unicode.Devanagari},
}

// Scripts returns the writing systems of the letters of name, in the
// order they first occur: ["Latin"] for "Mark Rutte", ["Latin",
// "Cyrillic"] for "M\u0430rk Rutte" (a Cyrillic "а"). Digits, marks and
// punctuation belong to no script.
func Scripts(name string) []string {
	var out []string
	for _, r := range name {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				if !contains(out, s.name) {
					out = append(out, s.name)
				}
				break
			}
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// MixedScript reports whether name mixes the letters of two writing
// systems, as a look-alike of a name does ("M\u0430rk Rutte").
func MixedScript(name string) bool { return len(Scripts(name)) > 1 }

// mixedKey is the IRI key part that keeps a mixed-script key apart from
// the name it looks like: slugs fold every script to ASCII, so
// "M\u0430rk Rutte" would otherwise be Mark Rutte's node.
func mixedKey(key string) []string {
	if !MixedScript(key) {
		return []string{key}
	}
	sum := sha256.Sum256([]byte(key))
	return []string{key, "mixed-script-" + hex.EncodeToString(sum[:4])}
}

// NameWarning is a name that mixes writing systems, kept apart from the
// names it looks like.
type NameWarning struct {
	// File and Line say where the release names it.
	File string
	Line int
	// Name is the name, and Scripts its writing systems.
	Name    string
	Scripts []string
}

func (w NameWarning) String() string {
	return fmt.Sprintf("%s:%d: warning: the name %q mixes %s letters: kept apart from names written in one script",
		w.File, w.Line, w.Name, strings.Join(w.Scripts, " and "))
}

// MixedScriptNames returns a warning for each person, organisation or
// place of f whose name or other name mixes writing systems.
func MixedScriptNames(f *natokg.Facts) []NameWarning {
	var out []NameWarning
	check := func(spans []natokg.Span, names ...string) {
		line := f.Release.Line
		if len(spans) > 0 {
			line = f.Release.LineOf(spans[0].Start)
		}
		for _, n := range names {
			if s := Scripts(n); len(s) > 1 {
				out = append(out, NameWarning{File: f.Release.File, Line: line, Name: n, Scripts: s})
			}
		}
	}
	for _, p := range f.People {
		check(p.Spans, append([]string{p.Name}, p.Aliases...)...)
	}
	for _, o := range f.Orgs {
		check(o.Spans, append([]string{o.Name}, o.Aliases...)...)
	}
	for _, p := range f.Places {
		check(p.Spans, append([]string{p.Name}, p.Aliases...)...)
	}
	return out
}
