package queries

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestPreludeFor checks that a program holds the prelude's declarations
// its body uses, and those they use, each with its comment, and no
// other: a name in a string or a comment is no use.
func TestPreludeFor(t *testing.T) {
	src := `// The opening comment.
var iri = function (s) { return "<" + s + ">"; };
var S = function (t) { return iri(VOC.schema + t); };
// pageEnd says where the page ends.
function pageEnd() { return PAGE.limit; }
// emitRows emits the rows.
function emitRows(rows) {
  // not a call of S: "S(x)"
  rows.slice(0, pageEnd()).forEach(function (r) { g.Emit(r); });
}
var KINDS_SEEN = {};
KINDS_SEEN[S("Person")] = "person";
`
	pre, err := splitPrelude(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		body      string
		want, not []string
	}{
		{"emitRows([]);", []string{"function emitRows", "// emitRows emits", "// pageEnd says", "function pageEnd"}, []string{"var iri", "var S ", "KINDS_SEEN"}},
		{"g.Emit(KINDS_SEEN);", []string{"var KINDS_SEEN", `KINDS_SEEN[S("Person")]`, "var S ", "var iri"}, []string{"emitRows"}},
		{`g.V("emitRows").All(); // emitRows`, nil, []string{"emitRows", "var iri"}},
	} {
		got := pre.usedBy(tt.body)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("the prelude for %q lacks %q:\n%s", tt.body, w, got)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("the prelude for %q holds %q:\n%s", tt.body, n, got)
			}
		}
	}
}

// TestSplitPreludeRefuses checks that a statement before the prelude's
// first declaration is an error naming its line.
func TestSplitPreludeRefuses(t *testing.T) {
	_, err := splitPrelude("// comment\nx = 1;\nfunction f() {}\n")
	if err == nil || !strings.Contains(err.Error(), "prelude.js:2") {
		t.Errorf("splitPrelude gave %v, want an error at prelude.js:2", err)
	}
}

// TestPreludeUsed checks that every declaration of the prelude is used
// by some library query, so that none is dead (a helper only the
// explorer uses belongs in explore/common.js).
func TestPreludeUsed(t *testing.T) {
	pre, err := thePrelude()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := All()
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, q := range lib {
		all.WriteString(pre.usedBy(q.Text))
	}
	all.WriteString(pre.usedBy("allNames([])")) // graphNames
	for _, d := range pre.decls {
		if !strings.Contains(all.String(), d.text) {
			t.Errorf("no library query uses %s of prelude.js", d.name)
		}
	}
}

// BenchmarkCompile compiles each library query's program as Cayley
// does for every call (goja.Compile): "used" with the part of the
// prelude the query uses, "whole" with the whole prelude.
func BenchmarkCompile(b *testing.B) {
	lib, err := All()
	if err != nil {
		b.Fatal(err)
	}
	whole, err := files.ReadFile(preludeFile)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range lib {
		used, err := program(q.Name, map[string]string{}, nil, Page{}, q.Text)
		if err != nil {
			b.Fatal(err)
		}
		head, _, _ := strings.Cut(used, "var VOC = ")
		all := head + "var VOC = " + vocJSON + ";\n" + string(whole) + "\n" + q.Text
		for _, v := range []struct{ name, text string }{{"used", used}, {"whole", all}} {
			b.Run(q.Name+"/"+v.name, func(b *testing.B) {
				b.SetBytes(int64(len(v.text)))
				for b.Loop() {
					if _, err := goja.Compile("", v.text, false); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestFoldPattern checks the prelude's foldPattern: the pattern of a
// folded word matches every text whose fold holds the word (Gizmo's
// regex keeps what quotes then folds and matches), or is "" where no
// pattern could.
func TestFoldPattern(t *testing.T) {
	for _, tt := range []struct {
		about, text string
		pattern     bool // whether there is a pattern
	}{
		{"Frostadottir", "Kristrún Frostadóttir spoke first.", true},
		{"Frostadóttir", "KRISTRUN FROSTADOTTIR spoke first.", true},
		{"euro atlantic", "the Euro-Atlantic area", true},
		{"Euro–Atlantic", "the Euro Atlantic area", true},
		{"Zelenskyy", "President Zelensky\u0301y said", true},
		{"Ukraine", "UKRAINE's future is in NATO.", true},
		{"Łódź", "a factory in Lodz", true},
		{"strasse", "the Hauptstraße of Bonn", false},
	} {
		word, pattern, folded := foldWithPrelude(t, tt.about, tt.text)
		if (pattern != "") != tt.pattern {
			t.Errorf("foldPattern(%q) = %q, want a pattern: %v", word, pattern, tt.pattern)
			continue
		}
		if !strings.Contains(folded, word) {
			t.Errorf("fold(%q) = %q does not hold %q", tt.text, folded, word)
		}
		if pattern != "" && !regexp.MustCompile(pattern).MatchString(tt.text) {
			t.Errorf("foldPattern(%q) = %q does not match %q, whose fold holds the word", word, pattern, tt.text)
		}
	}
}

// foldWithPrelude runs the prelude's fold and foldPattern: it returns
// fold(about), its pattern and fold(text).
func foldWithPrelude(t *testing.T, about, text string) (word, pattern, folded string) {
	t.Helper()
	body := "var out = [fold(params.about), foldPattern(fold(params.about)), fold(params.text)];\n"
	prog, err := program("fold", map[string]string{"about": about, "text": text}, nil, Page{}, body)
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	if _, err := vm.RunString(prog); err != nil {
		t.Fatal(err)
	}
	var out []string
	if err := vm.ExportTo(vm.Get("out"), &out); err != nil {
		t.Fatal(err)
	}
	return out[0], out[1], out[2]
}
