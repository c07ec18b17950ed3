package gizmo

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"
)

// runScript runs qu on a small graph of n nodes with the given limit and
// collation, and returns the results and the error.
func runScript(t testing.TB, n int, qu string, limit int, col query.Collation) ([]interface{}, error) {
	t.Helper()
	var quads []quad.Quad
	for i := 0; i < n; i++ {
		quads = append(quads, quad.MakeIRI("a", "b", fmt.Sprintf("n%d", i), ""))
	}
	// A guard against a script that never ends, not a measure: under the
	// race detector on a busy machine, filling an array of a million
	// values takes more than 20 s.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	it, err := makeTestSession(quads).Execute(ctx, qu, query.Options{Collation: col, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []interface{}
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	return out, it.Err()
}

func TestAttacksAreErrors(t *testing.T) {
	deep := func(open, close string) string {
		return `var x = 1; for (var i = 0; i < 100000; i++) { x = ` + open + `x` + close + `; }`
	}
	for _, c := range []struct{ name, qu, want string }{
		{"cyclic object", `var o = {}; o.o = o; g.Emit(o)`, "Emit: the value is cyclic"},
		{"cyclic array", `var a = []; a.push(a); g.Emit(a)`, "Emit: the value is cyclic"},
		{"deep object", deep("{a: ", "}") + `g.Emit(x)`, "Emit: the value is nested deeper than 64 levels"},
		{"deep array", deep("[", "]") + `g.Emit(x)`, "Emit: the value is nested deeper than 64 levels"},
		{"NaN", `g.Emit(NaN)`, "Emit: NaN is not a JSON value"},
		{"Infinity", `g.Emit({x: -Infinity})`, "Emit: -Infinity is not a JSON value"},
		{"function", `g.Emit(function () {})`, "Emit: a function is not a JSON value"},
		{"function inside", `g.Emit([1, function () {}])`, "Emit: a function is not a JSON value"},
		{"many values", `var a = []; for (var i = 0; i <= 1048576; i++) a.push(i); g.Emit(a)`, "holds more than 1048576 values"},
		{"cyclic V", `var a = []; a.push(a); g.V(a).All()`, "argument: the value is cyclic"},
		{"deep V", deep("[", "]") + `g.V(x).All()`, "argument: the value is nested deeper"},
		{"cyclic Out", `var o = {}; o.o = o; g.V().Out(o).All()`, "argument: the value is cyclic"},
		{"cyclic Has", `var o = [1]; o.push(o); g.V().Has("<b>", o).All()`, "argument: the value is cyclic"},
		{"cyclic ForEach limit", `var o = {}; o.o = o; g.V().ForEach(o, function (d) {})`, "argument: the value is cyclic"},
		{"wrong tag type", `g.V().Out("<b>", {}).All()`, "gizmo: expected string"},
		{"thrown deep value", deep("[", "]") + `throw x`, "the script threw a value of class Array, not an Error"},
		{"thrown cyclic value", `var a = []; a.push(a); throw a`, "the script threw a value of class Array, not an Error"},
		{"thrown Error", `throw new Error("boom")`, "Error: boom"},
		{"thrown string", `throw "boom"`, "boom"},
		{"String of deep array", deep("[", "]") + `g.Emit(String(x))`, "join: the array is nested deeper than 64 levels"},
		{"toLocaleString of deep array", deep("[", "]") + `g.Emit(x.toLocaleString())`, "nested deeper than 64 levels"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := runScript(t, 3, c.qu, 100, query.JSON)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one with %q", err, c.want)
			}
		})
	}
}

func TestCyclicArrayToString(t *testing.T) {
	for _, qu := range []string{
		`var a = [1]; a.push(a); g.Emit(String(a))`,
		`var a = [1]; a.push(a); g.Emit(a.join("-"))`,
		`var a = [1]; a.push(a); g.Emit(a.toLocaleString())`,
		`var a = [1]; a.push([a]); g.Emit("" + a)`,
	} {
		out, err := runScript(t, 3, qu, 100, query.JSON)
		if err != nil || len(out) != 1 {
			t.Errorf("%s: %q, %v; want one string", qu, out, err)
		}
	}
	out, err := runScript(t, 3, `g.Emit([1, [2, 3], null].join("-") + String([4, [5]]))`, 100, query.JSON)
	if err != nil || len(out) != 1 || out[0] != "1-2,3-4,5" {
		t.Errorf("join: %q, %v", out, err)
	}
}

func TestCompletionValue(t *testing.T) {
	if _, err := runScript(t, 3, `var o = {}; o.o = o; o`, 100, query.JSON); err != nil {
		t.Errorf("JSON: the completion value is not converted, got error %v", err)
	}
	if _, err := runScript(t, 3, `var o = {}; o.o = o; o`, 100, query.REPL); err == nil || !strings.Contains(err.Error(), "cyclic") {
		t.Errorf("REPL: error %v, want cyclic", err)
	}
	out, err := runScript(t, 3, `({a: [1, 2]})`, 100, query.REPL)
	if err != nil || len(out) != 1 || !strings.Contains(fmt.Sprint(out[0]), "=>") {
		t.Errorf("REPL: %q, %v", out, err)
	}
}

func TestLimitIsACeiling(t *testing.T) {
	for _, c := range []struct {
		name, qu string
		limit    int
		want     int
		err      string
	}{
		{"All", `g.V().All()`, 5, 5, ""},
		{"GetLimit above", `g.V().GetLimit(1000)`, 5, 5, ""},
		{"GetLimit below", `g.V().GetLimit(2)`, 5, 2, ""},
		{"GetLimit twice", `g.V().GetLimit(4); g.V().GetLimit(4)`, 5, 5, ""},
		{"Emit scalars", `for (var i = 0; i < 100; i++) g.Emit(i)`, 5, 5, ""},
		{"Emit ToArray", `g.Emit(g.V().ToArray())`, 5, 0, "more than this session's limit of 5"},
		{"Emit nested arrays", `g.Emit([[1, 2, 3], [4, 5, 6]])`, 5, 0, "holds 6 values"},
		{"Emit object with array", `g.Emit({ids: g.V().ToArray()})`, 5, 0, "more than this session's limit"},
		{"Emit small array", `g.Emit([1, 2, 3])`, 5, 1, ""},
		{"ToArray inside", `g.Emit(g.V().ToArray().length)`, 5, 1, ""},
		{"no limit", `g.Emit(g.V().ToArray())`, 0, 1, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := runScript(t, 50, c.qu, c.limit, query.JSON)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("error %v, want one with %q", err, c.err)
				}
				return
			}
			n := 0
			for _, r := range out {
				if r != nil {
					n++
				}
			}
			if err != nil || n != c.want {
				t.Errorf("%d results (%v), want %d", n, err, c.want)
			}
		})
	}
}

// fuzzScript builds a script whose value v is a nested JavaScript value
// made from data: each byte adds an array, an object, a scalar, a cycle or
// a function.
func fuzzScript(data []byte) string {
	var b strings.Builder
	b.WriteString("var s = [[]]; var v = s[0];\n")
	for _, c := range data {
		switch c % 9 {
		case 0:
			b.WriteString("s[s.length-1].push([]); s.push(s[s.length-1][s[s.length-1].length-1]);\n")
		case 1:
			// An object filled through a push of its own; counting its
			// keys with a counter, not Object.keys, keeps the script
			// linear (the fuzzer once took minutes over the latter).
			b.WriteString("(function () { var o = {}, n = 0; s[s.length-1].push(o); s.push({push: function (x) { o['k' + n++] = x; }}); })();\n")
		case 2:
			b.WriteString("if (s.length > 1) s.pop();\n")
		case 3:
			fmt.Fprintf(&b, "s[s.length-1].push(%d);\n", c)
		case 4:
			b.WriteString("s[s.length-1].push('x');\n")
		case 5:
			b.WriteString("s[s.length-1].push(v);\n") // a cycle when deep in v
		case 6:
			fmt.Fprintf(&b, "s[s.length-1].push(%s);\n", map[bool]string{true: "NaN", false: "null"}[c%2 == 0])
		case 7:
			b.WriteString("s[s.length-1].push(function () {});\n")
		case 8:
			b.WriteString("for (var i = 0; i < 200; i++) s[s.length-1].push(i);\n")
		}
	}
	return b.String()
}

func FuzzExport(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 4})
	f.Add([]byte{1, 3, 2, 0, 5})
	f.Add([]byte{8, 8, 0, 8, 6, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 200 {
			data = data[:200]
		}
		ses := makeTestSession(nil)
		if _, err := ses.vm.RunString(fuzzScript(data)); err != nil {
			t.Skip(err)
		}
		got, err := exportValue("Emit", ses.vm.Get("v"))
		if err != nil {
			return
		}
		if d, n := depthAndCount(got); d > MaxExportDepth || n > MaxExportValues {
			t.Errorf("depth %d, %d values: past the bounds", d, n)
		}
	})
}

// depthAndCount returns how deep v nests and how many values it holds.
func depthAndCount(v interface{}) (depth, count int) {
	switch v := v.(type) {
	case []interface{}:
		for _, x := range v {
			d, n := depthAndCount(x)
			depth, count = max(depth, d), count+n
		}
		return depth + 1, count + 1
	case map[string]interface{}:
		for _, x := range v {
			d, n := depthAndCount(x)
			depth, count = max(depth, d), count+n
		}
		return depth + 1, count + 1
	}
	return 0, 1
}
