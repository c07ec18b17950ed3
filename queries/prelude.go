package queries

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// A library query's program holds the part of the prelude it uses, not
// the whole: Cayley compiles each program anew (goja.Compile), and
// compiling the 37 KB prelude took 3 to 5 ms of every query, where
// running it took 0.4 ms (BenchmarkCompile). The prelude is cut into its top-level declarations
// (preludeDecl); a program takes those its body names, and those they
// name in turn, in the prelude's order.

// preludeDecl is one top-level declaration of prelude.js ("function
// NAME(" or "var NAME" at the start of a line), with the comment lines
// before it and the lines after it up to the next declaration: the
// name it declares and the identifiers its code holds outside comments
// and strings (a word that is no call, a property's name, counts
// too, which at worst keeps a declaration no one calls).
type preludeDecl struct {
	text string
	name string
	uses []string
}

var (
	declLine   = regexp.MustCompile(`^(?:function\s+|var\s+)([A-Za-z_$][\w$]*)`)
	identifier = regexp.MustCompile(`[A-Za-z_$][\w$]*`)
	// notCode is what holds no identifier a program calls: a comment
	// to the end of its line, a string (matched first where it starts
	// first, so that "https://" stays a string).
	notCode = regexp.MustCompile(`"(?:[^"\\\n]|\\.)*"|//[^\n]*`)
)

// identifiers returns the words of code outside its comments and its
// strings.
func identifiers(code string) []string {
	return identifier.FindAllString(notCode.ReplaceAllString(code, " "), -1)
}

// prelude is prelude.js cut into its declarations, with the index of
// each by the name it declares.
type prelude struct {
	decls  []preludeDecl
	byName map[string]int
}

// splitPrelude cuts src into its declarations, each with the comment
// lines right before it. Text before the first declaration other than
// comments is refused, as nothing could say which program needs it.
func splitPrelude(src string) (*prelude, error) {
	lines := strings.SplitAfter(src, "\n")
	var starts, names []int // where each declaration's text starts, and its line
	for i, line := range lines {
		if !declLine.MatchString(line) {
			continue
		}
		start := i
		for start > 0 && strings.HasPrefix(lines[start-1], "//") {
			start--
		}
		starts, names = append(starts, start), append(names, i)
	}
	if len(starts) == 0 {
		return nil, fmt.Errorf("queries: %s declares nothing", preludeFile)
	}
	for i, line := range lines[:starts[0]] {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "//") {
			return nil, fmt.Errorf("queries: %s:%d: a statement before the first declaration", preludeFile, i+1)
		}
	}
	starts[0] = 0 // the file's opening comment goes with the first
	p := &prelude{decls: make([]preludeDecl, len(starts)), byName: map[string]int{}}
	for k, start := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		text := strings.Join(lines[start:end], "")
		name := declLine.FindStringSubmatch(lines[names[k]])[1]
		p.decls[k] = preludeDecl{text: text, name: name, uses: identifiers(text)}
		p.byName[name] = k
	}
	return p, nil
}

// usedBy returns the declarations of the prelude that body uses,
// directly or through others, in the prelude's order.
func (p *prelude) usedBy(body string) string {
	keep := make([]bool, len(p.decls))
	todo := identifiers(body)
	for len(todo) > 0 {
		w := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if i, ok := p.byName[w]; ok && !keep[i] {
			keep[i] = true
			todo = append(todo, p.decls[i].uses...)
		}
	}
	var b strings.Builder
	for i, d := range p.decls {
		if keep[i] {
			b.WriteString(d.text)
		}
	}
	return b.String()
}

// thePrelude is prelude.js cut into its declarations, once.
var thePrelude = sync.OnceValues(func() (*prelude, error) {
	src, err := files.ReadFile(preludeFile)
	if err != nil {
		return nil, fmt.Errorf("queries: %w", err)
	}
	return splitPrelude(string(src))
})
