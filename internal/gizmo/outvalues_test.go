package gizmo

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"
)

// outValuesGraph: alice follows bob and carol, twice in two graphs; bob
// follows carol; carol has a name and an age.
var outValuesGraph = []quad.Quad{
	quad.MakeIRI("alice", "follows", "bob", ""),
	quad.MakeIRI("alice", "follows", "carol", ""),
	quad.MakeIRI("alice", "follows", "bob", "g2"),
	quad.MakeIRI("bob", "follows", "carol", ""),
	quad.Make(quad.IRI("carol"), quad.IRI("name"), quad.String("Carol"), nil),
	quad.Make(quad.IRI("carol"), quad.IRI("age"), quad.Int(30), nil),
}

func emitted(t *testing.T, qu string) (string, error) {
	t.Helper()
	ctx := context.Background()
	it, err := makeTestSession(outValuesGraph).Execute(ctx, qu, query.Options{Collation: query.Raw})
	if err != nil {
		return "", err
	}
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		out = append(out, fmt.Sprint(it.Result().(*Result).Val))
	}
	return strings.Join(out, " "), it.Err()
}

func TestOutValues(t *testing.T) {
	for _, c := range []struct{ name, qu, want string }{
		{"every node, a value per quad", `g.Emit(g.OutValues(["<alice>", "<bob>"], "<follows>"))`,
			"map[<alice>:[<bob> <carol> <bob>] <bob>:[<carol>]]"},
		{"a limit", `g.Emit(g.OutValues(["<alice>", "<bob>"], "<follows>", 1))`,
			"map[<alice>:[<bob>] <bob>:[<carol>]]"},
		{"a node without the predicate, and one not stored", `g.Emit(g.OutValues(["<carol>", "<nobody>"], "<follows>"))`,
			"map[<carol>:[] <nobody>:[]]"},
		{"a predicate not stored", `g.Emit(g.OutValues(["<alice>"], "<likes>"))`, "map[<alice>:[]]"},
		{"literals as a traversal gives them", `g.Emit(g.OutValues(["<carol>"], "<name>")); g.Emit(g.OutValues(["<carol>"], "<age>"))`,
			"map[<carol>:[Carol]] map[<carol>:[30]]"},
		{"the same as ForEach", `var m = {}; g.V("<alice>", "<bob>").Tag("n").Out("<follows>").ForEach(function (d) { (m[d.n] = m[d.n] || []).push(d.id); }); g.Emit(m)`,
			"map[<alice>:[<bob> <carol> <bob>] <bob>:[<carol>]]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := emitted(t, c.qu)
			if err != nil || got != c.want {
				t.Errorf("got %s, %v; want %s", got, err, c.want)
			}
		})
	}
}

func TestOutValuesErrors(t *testing.T) {
	for _, c := range []struct{ qu, want string }{
		{`g.OutValues(["<alice>"])`, "unexpected arguments count: 1"},
		{`g.OutValues(["<alice>"], "<follows>", 1, 2)`, "unexpected arguments count: 4"},
		{`var a = []; a.push(a); g.OutValues(a, "<follows>")`, "argument: the value is cyclic"},
		{`g.OutValues(["<alice>"], {})`, "not a quad.Value"},
	} {
		if _, err := emitted(t, c.qu); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one with %q", c.qu, err, c.want)
		}
	}
}
