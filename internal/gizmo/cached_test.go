package gizmo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/query"
)

func TestSplitPrograms(t *testing.T) {
	rest := `function twice(x) { return x * 2; }` + "\n" + `g.Emit(twice(params.n) + offset);`
	for _, c := range []struct {
		name, qu string
		want     string
		err      string
	}{
		{"the head's variables are the rest's globals", `var params = {n: 3}; var offset = 1;` + Cached + rest, "[7]", ""},
		{"the rest again, with another head", `var params = {n: 10}; var offset = 0;` + Cached + rest, "[20]", ""},
		{"no mark: one program", `var params = {n: 1}; var offset = 0;` + "\n" + rest, "[2]", ""},
		{"an error in the head stops the rest", `throw new Error("bad head");` + Cached + rest, "", "bad head"},
		{"a syntax error in the head", `var params = {;` + Cached + rest, "", "Unexpected token"},
		{"a syntax error in the rest", `var params = {n: 1};` + Cached + `g.Emit(;`, "", "Unexpected token"},
		{"an error in the rest", `var params = {n: 1};` + Cached + `g.Emit(missing);`, "", "missing is not defined"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := runScript(t, 1, c.qu, 10, query.JSON)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one with %q", err, c.err)
				}
				return
			}
			if err != nil || fmt.Sprint(got) != c.want {
				t.Errorf("got %v, %v; want %v", got, err, c.want)
			}
		})
	}
}

func TestSplitProgramsCompileTheRestOnce(t *testing.T) {
	rest := "g.Emit(params.n);\n// TestSplitProgramsCompileTheRestOnce"
	_, first, err := compileSplit("var params = {n: 1};" + Cached + rest)
	if err != nil {
		t.Fatal(err)
	}
	head, second, err := compileSplit("var params = {n: 2};" + Cached + rest)
	if err != nil {
		t.Fatal(err)
	}
	if head == nil || first != second {
		t.Errorf("the rest was compiled again for a new head (head %v)", head)
	}
}
