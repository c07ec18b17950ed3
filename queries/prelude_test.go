package queries

import (
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
	decls, err := splitPrelude(src)
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
		got := preludeFor(decls, tt.body)
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
	decls, err := preludeDecls()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := All()
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, q := range lib {
		all.WriteString(preludeFor(decls, q.Text))
	}
	all.WriteString(preludeFor(decls, "allNames([])")) // graphNames
	for _, d := range decls {
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
