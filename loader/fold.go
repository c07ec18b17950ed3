package loader

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letters are the Latin letters that Unicode does not decompose into a
// base letter and a mark, with the letters they are folded to.
var letters = strings.NewReplacer(
	"ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ß", "ss",
	"æ", "ae", "œ", "oe", "ı", "i", "ħ", "h", "ŧ", "t",
)

// Fold is s as natokg compares names: lower case, diacritics dropped ("é"
// is "e", "ø" is "o", "ß" is "ss"), and every run of characters other than
// a-z and 0-9 one space, trimmed. "Þórdís Kolbrún Reykfjörð
// Gylfadóttir" folds to "thordis kolbrun reykfjord gylfadottir". The
// library queries' prelude (queries/prelude.js, fold) does the same to
// what users type; queries.TestFoldMatchesLoader holds them together.
func Fold(s string) string {
	s = letters.Replace(norm.NFD.String(strings.ToLower(s)))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// stopWords are the words too common in names to look them up by; a name
// made only of them is looked up by scanning (queries/prelude.js, lookup).
var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "at": true, "de": true, "for": true,
	"in": true, "of": true, "on": true, "the": true, "to": true,
}

// SearchWords returns the distinct folded words of a name, stop words
// left out, in order: the keys the library queries find the name by
// (kg:searchWord).
func SearchWords(name string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(Fold(name)) {
		if !stopWords[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
