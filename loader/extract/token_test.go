package extract

import (
	"fmt"
	"io/fs"
	"slices"
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
	for _, s := range inputs {
		inputs = append(inputs, strings.ToLower(s)) // the words matched are mostly lower case already
	}
	inputs = append(inputs, "Ste\u0301phane", "\u0301a", "Åland Ǆemal Straße", "Kristrún Frostadóttir", "İstanbul",
		"defense", "center", "programs", "organisation", "reorganisations", "isation")
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
		{"the #NATO-led #KFOR mission", []string{"the/the", "NATO/nato", "-/-", "led/led", "KFOR/kfor", "mission/mission"}},
		{"follow @NATO", []string{"follow/follow", "NATO/nato"}},
		{"item #3 and a#b", []string{"item/item", "3/3", "and/and", "a/a", "#/#", "b/b"}},
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

// A text wrapped at a fixed width is read as its paragraphs: a line end
// inside a paragraph becomes a space, at the same offset; paragraphs,
// lines of a programme and texts of long lines keep their line ends.
func TestUnwrap(t *testing.T) {
	wrapped := "A title longer than the body's lines, as titles of releases often are\n\n" +
		"On Tuesday, 5 February 2019, the NATO Secretary General, Mr Jens\n" +
		"Stoltenberg, will meet the Prime Minister of Slovenia, Mr Marjan\n" +
		"Šarec, at NATO Headquarters in Brussels.\n\n" +
		"Discussions are expected to cover Slovenia’s contributions to the\n" +
		"Alliance and preparations for the meeting of Defence Ministers.\n\n" +
		"10:30 Meeting between the Secretary General and the Prime Minister\n" +
		"11:15 Joint press point"
	tests := []struct {
		name, src, want string
	}{
		{"wrapped paragraphs", wrapped, strings.NewReplacer("Mr Jens\n", "Mr Jens ", "Marjan\n", "Marjan ", "the\nAlliance", "the Alliance").Replace(wrapped)},
		{"a paragraph a line", "Title\n\nThe Secretary General met the Prime Minister of Slovenia, Mr Marjan Šarec, at NATO Headquarters in Brussels on Tuesday.\nHe thanked him.", ""},
		{"short lines that end sentences", "Title\n\nNATO met.\nThe Council met.\nThe Committee met.", ""},
		{"one line running on", "Title\n\nThe Secretary General met the Prime\nMinister of Slovenia in Brussels.", ""},
	}
	for _, tt := range tests {
		want := tt.want
		if want == "" {
			want = tt.src
		}
		if got := unwrap(tt.src); got != want {
			t.Errorf("%s: unwrap(%q) =\n%q, want\n%q", tt.name, tt.src, got, want)
		}
		if got := Tokenize(tt.src, nil).Src; got != want || len(got) != len(tt.src) {
			t.Errorf("%s: Tokenize's text %q, want %q", tt.name, got, want)
		}
	}
}

// The lead is the body's first sentence of prose: lines of the page
// around a release that end without a full stop are headings.
func TestLead(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"Title\n\nBrussels, 3 May 2022 – The Council met. It agreed.", "Brussels, 3 May 2022 – The Council met."},
		{"Title\n\nLast updated: 05 Jun. 2018 10:37\n\nNews release\n\nBucharest, 5 June 2018 – They met.", "Bucharest, 5 June 2018 – They met."},
		{"Title\n\nMedia advisory\n\nThe Secretary General will travel. He will meet the President", "The Secretary General will travel."},
		{"Title\n\nNews release", ""},
	}
	for _, tt := range tests {
		tx := Tokenize(tt.src, testExtractor(t).abbrev)
		got := ""
		if i := tx.Lead(); i < len(tx.Sentences) {
			got = tx.Src[tx.Sentences[i].Start:tx.Sentences[i].End]
		}
		if strings.TrimSpace(got) != tt.want {
			t.Errorf("Lead of %q: %q, want %q", tt.src, got, tt.want)
		}
	}
}

// A month's full stop ends no sentence before a number, as a page's date
// line writes it ("03 May. 2022"), and ends one before a capital.
func TestMonthStop(t *testing.T) {
	tx := Tokenize("Updated 03 May. 2022 10:40. The Council met in May. It agreed.", testExtractor(t).abbrev)
	var got []string
	for _, s := range tx.Sentences {
		got = append(got, strings.TrimSpace(tx.Src[s.Start:s.End]))
	}
	want := []string{"Updated 03 May. 2022 10:40.", "The Council met in May.", "It agreed."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", got, want)
	}
}

// A no-break space is a space: it ends no word and follows a sentence's
// end; a possessive before it is one; a name's surface has plain spaces.
func TestHardSpaces(t *testing.T) {
	tx := Tokenize("It was bittersweet.\u00a0He met NATO’s\u00a0Supreme Allied Commander, Mr\u00a0Mark\u00a0 Rutte.", testExtractor(t).abbrev)
	if len(tx.Sentences) != 2 {
		t.Errorf("%d sentences, want 2", len(tx.Sentences))
	}
	var norms []string
	for _, tok := range tx.Tokens {
		norms = append(norms, tok.Norm)
	}
	if !strings.Contains(strings.Join(norms, " "), "nato 's supreme") {
		t.Errorf("tokens %q, want the possessive \"'s\" before \"supreme\"", norms)
	}
	n := len(tx.Tokens)
	if got := tx.Surface(n-4, n-1); got != "Mr Mark Rutte" {
		t.Errorf("Surface = %q, want %q", got, "Mr Mark Rutte")
	}
}

func TestUndotted(t *testing.T) {
	for in, want := range map[string]string{"U.S. Air Force": "US Air Force", "the U.K. Ministry of Defence": "the UK Ministry of Defence", "St. Petersburg": "St. Petersburg", "Washington, D.C.": "Washington, DC"} {
		if got := undotted(in); got != want {
			t.Errorf("undotted(%q) = %q, want %q", in, got, want)
		}
	}
}

// A body line that is the title again, whatever its case, repeats it;
// the title itself and a longer line do not.
func TestRepeatsTitle(t *testing.T) {
	tx := Tokenize("NATO Deputy Secretary General visits Moldova\n\nPress Release\n\nNATO Deputy Secretary General Visits Moldova\n\nNATO Deputy Secretary General visits Moldova today.", nil)
	var got []bool
	for _, s := range tx.Sentences {
		got = append(got, tx.RepeatsTitle(s))
	}
	if want := []bool{false, false, true, false}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("RepeatsTitle of each sentence: %v, want %v", got, want)
	}
}

func TestReadableTitle(t *testing.T) {
	x := testExtractor(t)
	for in, want := range map[string]string{
		"NATO SECRETARY GENERAL COMMENDS FRANCE FOR ITS CONTRIBUTIONS":  "NATO Secretary General commends France for its contributions",
		"CHAIRMAN OF THE NATO MILITARY COMMITTEE VISITS ESTONIA":        "Chairman of the NATO Military Committee visits Estonia",
		"KFOR COMMANDER MEETS THE PRIME MINISTER IN PRISTINA":           "KFOR Commander meets the Prime Minister in Pristina",
		"NATO Secretary General to meet the Prime Minister of Slovenia": "NATO Secretary General to meet the Prime Minister of Slovenia",
		"NATO AND EU": "NATO AND EU",
		"SECRETARY GENERAL VISITS THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA": "Secretary General visits the former Yugoslav Republic of Macedonia",
		"NEW ZEALAND AND NATO SIGN A PROGRAMME":                              "New Zealand and NATO sign a Programme",
		"TALKS WITH SERBIA AND MONTENEGRO, BOSNIA AND HERZEGOVINA":           "Talks with Serbia and Montenegro, Bosnia and Herzegovina",
	} {
		if got := x.readableTitle(in); got != want {
			t.Errorf("readableTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// A known name matches with a hyphen where the gazetteer has a space,
// with a space where it has a hyphen, and without the "The" before its
// first word in lower case.
func TestMatchForms(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ text, want string }{
		{"the Partnership-for-Peace nations", "Partnership for Peace"},
		{"in Euro Atlantic Partnership Council format", "Euro-Atlantic Partnership Council"},
		{"the Euro-Atlantic Partnership Council met", "Euro-Atlantic Partnership Council"},
		{"Secretary General visits former Yugoslav Republic of Macedonia", "North Macedonia"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text, x.abbrev).Tokens
		var got []string
		for i := range toks {
			es, _ := x.G.match(toks, i)
			for _, e := range es {
				got = append(got, e.key)
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: matched %q, want %q among them", tt.text, got, tt.want)
		}
	}
}
