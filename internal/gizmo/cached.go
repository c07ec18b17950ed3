package gizmo

import (
	"strings"

	"github.com/dop251/goja"
	lru "github.com/hashicorp/golang-lru/v2"
)

// Cached is the line that splits a program in two: the part before it
// changes from call to call (a query's parameters, say) and is compiled
// each time; the part after it is compiled once, kept for every session
// of the process, and run after the first in the same runtime, so the
// variables the first declares are the second's globals. A library query
// repeats a prelude of a thousand lines, whose compilation took about
// 2 ms of each call.
const Cached = "\n//gizmo:cached\n"

// compiled holds the compiled second parts of split programs, by text.
var compiled = func() *lru.Cache[string, *goja.Program] {
	c, err := lru.New[string, *goja.Program](128)
	if err != nil {
		panic(err)
	}
	return c
}()

// compileSplit compiles qu: a program without the Cached line as one
// program (head nil); a split one as its head and its cached rest.
func compileSplit(qu string) (head, p *goja.Program, err error) {
	first, rest, split := strings.Cut(qu, Cached)
	if !split {
		p, err = goja.Compile("", qu, false)
		return nil, p, err
	}
	if head, err = goja.Compile("", first, false); err != nil {
		return nil, nil, err
	}
	if p, ok := compiled.Get(rest); ok {
		return head, p, nil
	}
	if p, err = goja.Compile("", rest, false); err != nil {
		return nil, nil, err
	}
	compiled.Add(rest, p)
	return head, p, nil
}
