package extract

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
)

// A bad row of a word list is reported with its file, line and column.
func TestReadTableErrors(t *testing.T) {
	tests := []struct {
		name, text     string
		line, col      int
		wantFieldCount bool
	}{
		{"too many fields", "# c\nCouncil\tyes\tno\textra\n", 2, 1, true},
		{"too few fields", "Council\tyes\tno\nCommittee\n", 2, 1, true},
		{"bare quote", "Council\tyes\tn\"o\"x\n", 0, 0, false},
		{"empty form", "\tyes\tno\n", 1, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"lexicon/org-heads.tsv": {Data: []byte(tt.text)}}
			err := readTable(fsys, "lexicon/org-heads.tsv", 3, 3, func(row) error { return nil })
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("err %v, want none (quotes are read as they are)", err)
				}
				return
			}
			var pe *natokg.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err %v, want a *ParseError", err)
			}
			if pe.File != "lexicon/org-heads.tsv" || pe.Line != tt.line || pe.Column != tt.col {
				t.Errorf("error at %s:%d:%d, want lexicon/org-heads.tsv:%d:%d (%v)", pe.File, pe.Line, pe.Column, tt.line, tt.col, err)
			}
			if errors.Is(err, ErrFieldCount) != tt.wantFieldCount {
				t.Errorf("errors.Is(err, ErrFieldCount) = %v, want %v", !tt.wantFieldCount, tt.wantFieldCount)
			}
		})
	}
}

// A gazetteer row whose kind is unknown names the column of the kind.
func TestGazetteerKindError(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range []string{"countries", "places", "cities", "orgs", "roles", "posts", "ranks", "honorifics"} {
		fsys["gazetteer/"+f+".tsv"] = &fstest.MapFile{Data: []byte("")}
	}
	fsys["gazetteer/places.tsv"] = &fstest.MapFile{Data: []byte("# places\nEgmont Palace\t\tpalace\tBrussels\n")}
	_, err := loadGazetteer(fsys)
	var pe *natokg.ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 16 {
		t.Fatalf("err %v, want gazetteer/places.tsv:2:16", err)
	}
	fsys["gazetteer/places.tsv"] = &fstest.MapFile{Data: []byte("")}
	fsys["gazetteer/honorifics.tsv"] = &fstest.MapFile{Data: []byte("Sir\t\tknigth\n")}
	_, err = loadGazetteer(fsys)
	if !errors.As(err, &pe) || pe.File != "gazetteer/honorifics.tsv" || pe.Line != 1 || pe.Column != 6 {
		t.Fatalf("err %v, want gazetteer/honorifics.tsv:1:6", err)
	}
}

// A value outside a column's closed set is a parse error at that column.
func TestLexiconValues(t *testing.T) {
	fsys := fstest.MapFS{}
	names, _ := fs.Glob(data.Gazetteer, "lexicon/*.tsv")
	for _, n := range names {
		b, err := fs.ReadFile(data.Gazetteer, n)
		if err != nil {
			t.Fatal(err)
		}
		fsys[n] = &fstest.MapFile{Data: b}
	}
	fsys["lexicon/phase-verbs.tsv"] = &fstest.MapFile{Data: []byte("# phases\nopened\tstart\nclosed\tending\n")}
	_, err := LoadLexicon(fsys, "lexicon")
	var pe *natokg.ParseError
	if !errors.As(err, &pe) || pe.File != "lexicon/phase-verbs.tsv" || pe.Line != 3 || pe.Column != 8 {
		t.Fatalf("err %v, want lexicon/phase-verbs.tsv:3:8", err)
	}
}

// Every word list the rules read is there, and none is empty.
func TestLexiconShipped(t *testing.T) {
	lx, err := LoadLexicon(data.Gazetteer, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range lx.Names() {
		if lx.Class(n).Len() == 0 {
			t.Errorf("word list %s is empty", n)
		}
	}
	if !lx.Class("given-names").Has("Mircea") || !lx.Class("role-heads").Has("speaker") {
		t.Errorf("given-names or role-heads lack a common entry")
	}
}

// The fingerprint changes with any byte of a lexicon file.
func TestFingerprintFollowsData(t *testing.T) {
	a := fstest.MapFS{"lexicon/x.tsv": {Data: []byte("a\n")}}
	b := fstest.MapFS{"lexicon/x.tsv": {Data: []byte("b\n")}}
	fa, err := fingerprint(a, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	fb, _ := fingerprint(b, "lexicon")
	fa2, _ := fingerprint(a, "lexicon")
	if fa == fb || fa != fa2 {
		t.Errorf("fingerprints %s %s %s: want equal for equal data, different otherwise", fa, fa2, fb)
	}
}

// TestStartsFilter checks that the filter on a word's first two letters
// (WordClass.maybe) never hides an entry: every word list's every first
// word is found as written, in capitals, in lower case and with its first
// letter in capitals; and the spellings fold maps a word to start as it
// does.
func TestStartsFilter(t *testing.T) {
	lx := testExtractor(t).Lexicon
	for name, c := range lx.classes {
		for _, es := range c.byFirst {
			for _, e := range es {
				w := Tokenize(e.Form, nil).Tokens[0].Text
				for _, v := range []string{w, strings.ToUpper(w), upperFirst(w), strings.ToLower(w)} {
					if _, ascii := foldASCII(make([]byte, 64), w); !ascii && v != w {
						continue // case folding beyond ASCII is fold's ("YALÇIN"), not the filter's
					}
					if len(c.first(v)) == 0 {
						t.Errorf("%s: %q (of %q) not found", name, v, e.Form)
					}
				}
			}
		}
	}
	for a, b := range spellings {
		if ka, _ := startKey(a); ka != func() int { k, _ := startKey(b); return k }() {
			t.Errorf("spellings: %q and %q start differently, which the filter does not allow", a, b)
		}
	}
}

// Forms lists a word list's entries in the order of its rows, so that a
// rule that takes the first entry of several takes the same one on every
// run.
func TestFormsInFileOrder(t *testing.T) {
	raw, err := fs.ReadFile(data.Gazetteer, "lexicon/role-heads.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, line := range strings.Split(string(raw), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			want = append(want, strings.Split(line, "\t")[0])
		}
	}
	for range 5 {
		lx, err := LoadLexicon(data.Gazetteer, "lexicon")
		if err != nil {
			t.Fatal(err)
		}
		if got := lx.Class("role-heads").Forms(); !slices.Equal(got, want) {
			t.Fatalf("Forms() = %q, want the rows' order %q", got[:5], want[:5])
		}
	}
}

// TestFields: firstField and lastField are the ends of strings.Fields.
func TestFields(t *testing.T) {
	for _, s := range []string{"", " ", "word", "two words", "  lead and trail  ", "tab\tand\nnewline", "non\u00a0breaking space"} {
		f := strings.Fields(s)
		first, last := "", ""
		if len(f) > 0 {
			first, last = f[0], f[len(f)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, want %q", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, want %q", s, got, last)
		}
	}
}
