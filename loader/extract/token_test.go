package extract

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/natokg/natokg/data"
)

// foldWhole is fold as a transform of the whole string, which fold
// does a letter at a time.
func foldWhole(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "isation", "ization")
	if v, ok := spellings[s]; ok {
		s = v
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if out, _, err := transform.String(t, s); err == nil {
		s = out
	}
	return foldReplacer.Replace(s)
}

// Folding a letter at a time gives what folding the whole string gives,
// on every line of the word lists and gazetteers and on every letter of
// the Latin, Greek, Cyrillic, Arabic and Hebrew blocks, and on letters
// written as a base and a combining accent.
func TestFoldByLetter(t *testing.T) {
	var inputs []string
	fs.WalkDir(data.Gazetteer, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.Gazetteer, path)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, strings.Split(string(b), "\n")...)
		return nil
	})
	for r := rune(0x80); r < 0x800; r++ {
		inputs = append(inputs, "x"+string(r)+"y")
	}
	inputs = append(inputs, "Ste\u0301phane", "\u0301a", "Åland Ǆemal Straße", "Kristrún Frostadóttir", "İstanbul")
	n := 0
	for _, s := range inputs {
		if got, want := fold(s), foldWhole(s); got != want {
			t.Errorf("fold(%q) = %q, folding it whole gives %q", s, got, want)
			if n++; n > 10 {
				t.FailNow()
			}
		}
	}
}

// An abbreviation written with full stops is one token, its last stop
// included, and folds as the abbreviation without them does; a full
// stop after a word of several letters stays a token of its own.
func TestTokenizeDotted(t *testing.T) {
	tests := []struct {
		text string
		want []string // each token's text and fold
	}{
		{"U.S. Strategic Command", []string{"U.S./us", "Strategic/strategic", "Command/command"}},
		{"the U.K. and the US", []string{"the/the", "U.K./uk", "and/and", "the/the", "US/us"}},
		{"Washington, D.C.", []string{"Washington/washington", ",/,", "D.C./dc"}},
		{"a U.S.-led force", []string{"a/a", "U.S./us", "-/-", "led/led", "force/force"}},
		{"It is the USA.", []string{"It/it", "is/is", "the/the", "USA/usa", "./."}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.text, nil).Tokens {
			got = append(got, tok.Text+"/"+tok.Fold)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Tokenize(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
