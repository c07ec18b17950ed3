package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/natokg/natokg/loader"
)

// Error is what is wrong with a library query's parameters, said so that
// a user can put it right: a missing or misspelt parameter, a date that
// is not one, a name that matches no one (with the closest names of the
// graph), a path that does not exist. Run returns one; the command line
// prints it and exits 1, the HTTP handler answers it as JSON with Status.
type Error struct {
	// Status is the HTTP status: 400 for a parameter at fault, 404 for a
	// name that matches nothing or an answer that does not exist.
	Status int
	// Query is the query's name.
	Query string
	// Param is the parameter at fault, "" for none.
	Param string
	// Msg says what is wrong, with no JavaScript in it.
	Msg string
	// Suggestions are the closest names the graph holds, for a name that
	// matches nothing; closest first.
	Suggestions []string
	// missing is set for a required parameter not given: its usage is
	// then written for the medium (--param or ?name=).
	missing *Param
	usage   string
}

func (e *Error) Error() string { return e.Message(false) }

// Message is the error as the command line (http false) or the HTTP API
// (http true) says it: a missing parameter is named as --param k=... or
// as ?k=.
func (e *Error) Message(http bool) string {
	if e.missing == nil {
		return e.Msg
	}
	p := e.missing
	if http {
		return fmt.Sprintf("%s needs ?%s= (%s)", e.Query, p.Name, p.Doc)
	}
	return fmt.Sprintf("%s needs --param %s=... (%s)\nusage: %s", e.Query, p.Name, p.Doc, e.usage)
}

// Usage is a command line that runs q, its required parameters first.
func (q Query) Usage() string {
	var b strings.Builder
	b.WriteString("natokg query " + q.Name)
	for _, p := range q.Params {
		v := strings.ToUpper(p.Name)
		if p.Required {
			fmt.Fprintf(&b, " --param %s=%s", p.Name, v)
		} else {
			fmt.Fprintf(&b, " [--param %s=%s]", p.Name, v)
		}
	}
	if q.Example != "" {
		b.WriteString("\nexample: " + q.Example)
	}
	return b.String()
}

// The types a parameter may declare ("@param NAME:TYPE ..."): names of
// entities, looked up by the query, and values checked before it runs.
var paramTypes = map[string][]string{
	"text":   nil,
	"date":   nil,
	"number": nil,
	"flag":   nil,
	"person": {"person"},
	"place":  {"place"},
	"org":    {"org"},
	"role":   {"role"},
	// an organisation or a country (a post's organisation)
	"org+place": {"org", "place"},
	"entity":    {"person", "org", "place", "event"},
}

var dateRE = regexp.MustCompile(`^(\d{4})(-(\d{2})(-(\d{2}))?)?$`)

// checkDate reports whether s is a date as the queries read it: a day
// (2025-05-28), a month (2025-05) or a year (2025), and a real one.
func checkDate(s string) bool {
	m := dateRE.FindStringSubmatch(s)
	switch {
	case m == nil:
		return false
	case m[5] != "":
		_, err := time.Parse("2006-01-02", s)
		return err == nil
	case m[3] != "":
		_, err := time.Parse("2006-01", s)
		return err == nil
	}
	return true
}

// dateBounds are the first and last days a date stands for.
func dateBounds(s string) (lo, hi string) {
	switch len(s) {
	case 4:
		return s + "-01-01", s + "-12-31"
	case 7:
		return s + "-01", s + "-31"
	}
	return s, s
}

// Check verifies params before the query runs: every parameter known,
// every required one given, dates dates (and from not after to), numbers
// numbers, yes/no flags yes or no. The error is an *Error.
func (q Query) Check(params map[string]string) error {
	known := map[string]Param{}
	var names []string
	for _, p := range q.Params {
		known[p.Name] = p
		names = append(names, p.Name)
	}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if slices.Contains(pageParamNames, k) {
			return &Error{Status: http.StatusBadRequest, Query: q.Name, Param: k,
				Msg: fmt.Sprintf("%s: %s is no parameter of a query: page an answer with --limit and --offset (over HTTP, ?limit= and ?offset=)", q.Name, k)}
		}
		if _, ok := known[k]; !ok {
			msg := fmt.Sprintf("%s has no parameter %q (its parameters: %s)", q.Name, k, strings.Join(names, ", "))
			if len(names) == 0 {
				msg = fmt.Sprintf("%s takes no parameter (%q given)", q.Name, k)
			}
			return &Error{Status: http.StatusBadRequest, Query: q.Name, Param: k, Msg: msg}
		}
	}
	for _, p := range q.Params {
		v, given := params[p.Name]
		if p.Required && strings.TrimSpace(v) == "" {
			return &Error{Status: http.StatusBadRequest, Query: q.Name, Param: p.Name, missing: &p, usage: q.Usage()}
		}
		if !given || v == "" {
			continue
		}
		bad := func(format string, args ...any) error {
			return &Error{Status: http.StatusBadRequest, Query: q.Name, Param: p.Name,
				Msg: fmt.Sprintf("%s: %s=%q ", q.Name, p.Name, v) + fmt.Sprintf(format, args...)}
		}
		switch p.Type {
		case "date":
			if !checkDate(v) {
				return bad("is not a date: write a day as YYYY-MM-DD (2025-05-28), a month as YYYY-MM (2025-05) or a year (2025)")
			}
		case "number":
			if _, err := strconv.Atoi(v); err != nil {
				return bad("is not a whole number")
			}
		case "flag":
			if !regexp.MustCompile(`(?i)^(1|0|y|n|yes|no|true|false|on|off)$`).MatchString(v) {
				return bad("is not yes or no")
			}
		}
	}
	// A span: from after to is a mistake, not an empty answer.
	if f, t := known["from"], known["to"]; f.Type == "date" && t.Type == "date" && params["from"] != "" && params["to"] != "" {
		lo, _ := dateBounds(params["from"])
		_, hi := dateBounds(params["to"])
		if lo > hi {
			return &Error{Status: http.StatusBadRequest, Query: q.Name, Param: "from",
				Msg: fmt.Sprintf("%s: from=%s is after to=%s: the first date comes first", q.Name, params["from"], params["to"])}
		}
	}
	return nil
}

// errMark opens the message of an error a library query throws for the
// user (prelude.js: fail, entity): a JSON object follows it.
const errMark = "natokg-query-error:"

// scriptError is what a query throws through fail or entity.
type scriptError struct {
	Param   string   `json:"param"`
	Message string   `json:"message"`
	Unknown *string  `json:"unknown"`
	Kinds   []string `json:"kinds"`
	None    bool     `json:"none"`
}

var jsPosition = regexp.MustCompile(`\s+at\s+\S*<eval>\S*(\(\d+\))?`)

// cleanScriptError keeps an error of a script to its first line, without
// the JavaScript engine's positions ("at <eval>:399:28(265)") or its
// "Error: " prefix.
func cleanScriptError(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	s = jsPosition.ReplaceAllString(s, "")
	s = strings.Replace(s, "gizmo query: Error: ", "gizmo query: ", 1)
	return strings.TrimSpace(s)
}

// Page is the part of an answer asked for: at most Limit rows (0: all)
// after the first Offset, in the order the query states.
type Page struct {
	Offset, Limit int
}

// Answer is one page of an answer.
type Answer struct {
	// Rows are the page's rows, in the query's order.
	Rows []any
	// Offset is how many rows of the answer come before the page's first.
	Offset int
	// Total is how many rows the whole answer has, or, where AtLeast is
	// set, how many it has at least.
	Total int
	// AtLeast says that Total is a lower bound: the query read the
	// answer's first rows only, as counting it all would read it all (a
	// page of the events at NATO Headquarters, newest first).
	AtLeast bool
	// More says that rows exist past the page.
	More bool
}

// totalMark keys the object a query emits after a page's rows, which
// gives the number of rows of the whole answer (prelude.js: emitRows);
// atLeastMark, in the same object, says that number is a lower bound.
const (
	totalMark   = "natokg-total-rows"
	atLeastMark = "natokg-total-at-least"
)

// Run checks params, runs q with them through run and returns the page of
// its rows asked for. A parameter at fault, a name that matches nothing
// (with the closest names of the graph, found by another query through
// run) and a query's own refusal come back as an *Error.
func Run(ctx context.Context, run Runner, q Query, params map[string]string, page Page) (Answer, error) {
	res, err := runPage(ctx, run, q, params, page)
	if err != nil {
		return Answer{}, err
	}
	if page == (Page{}) {
		return Answer{Rows: res, Total: len(res)}, nil
	}
	// The query emitted the page, then the whole answer's count.
	a := Answer{Offset: page.Offset}
	var last map[string]any
	if len(res) > 0 {
		last, _ = res[len(res)-1].(map[string]any)
	}
	total, ok := last[totalMark].(int64) // goja's integers
	atLeast, _ := last[atLeastMark].(bool)
	keys := 1
	if atLeast {
		keys = 2 // the count, and that it is a lower bound
	}
	if !ok || len(last) != keys {
		return Answer{}, fmt.Errorf("queries: %s does not say how many rows its answer has (it must end with emitRows)", q.Name)
	}
	a.Rows, a.Total, a.AtLeast = res[:len(res)-1], int(total), atLeast
	a.More = page.Offset+len(a.Rows) < a.Total
	return a, nil
}

// runPage runs q for page and returns what it emits: the rows of the
// page and, for a part of the answer, the count of the whole (emitRows).
func runPage(ctx context.Context, run Runner, q Query, params map[string]string, page Page) ([]any, error) {
	text, err := q.script(params, page)
	if err != nil {
		return nil, err
	}
	// A page is cut by the query itself (emitRows); the whole answer by
	// the runner's own bound, if any.
	res, err := run(ctx, text)
	if err == nil {
		return res, nil
	}
	msg := err.Error()
	i := strings.Index(msg, errMark)
	if i < 0 {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, err
		}
		return nil, errors.New(cleanScriptError(msg))
	}
	var se scriptError
	if derr := json.NewDecoder(strings.NewReader(msg[i+len(errMark):])).Decode(&se); derr != nil {
		return nil, errors.New(cleanScriptError(msg))
	}
	e := &Error{Status: http.StatusBadRequest, Query: q.Name, Param: se.Param, Msg: se.Message}
	switch {
	case se.Unknown != nil:
		e.Status = http.StatusNotFound
		e.Msg = fmt.Sprintf("no %s matches %q", kindWords(se.Kinds), *se.Unknown)
		names, err := graphNames(ctx, run, se.Kinds)
		if err != nil {
			return nil, err
		}
		e.Suggestions = Suggest(*se.Unknown, names, 3)
		if e.Suggestions == nil {
			e.Suggestions = []string{}
		}
		if len(e.Suggestions) > 0 {
			e.Msg += "; did you mean " + orList(e.Suggestions) + "?"
		}
	case se.None:
		e.Status = http.StatusNotFound
	}
	return nil, e
}

// kindWords names kinds of entity as a user says them.
func kindWords(kinds []string) string {
	word := map[string]string{"person": "person", "org": "organisation", "place": "place", "event": "event", "role": "role"}
	var w []string
	for _, k := range kinds {
		w = append(w, word[k])
	}
	if len(w) == 0 {
		return "entity"
	}
	return orList(w)
}

// orList is "a", "a or b", "a, b or c".
func orList(l []string) string {
	if len(l) <= 1 {
		return strings.Join(l, "")
	}
	return strings.Join(l[:len(l)-1], ", ") + " or " + l[len(l)-1]
}

// graphNames returns the names of every entity of the kinds listed, as
// lists: the fullest name first, then the others.
func graphNames(ctx context.Context, run Runner, kinds []string) ([][]string, error) {
	b, _ := json.Marshal(kinds)
	text, err := program("names", map[string]string{}, map[string][]string{}, Page{}, "g.Emit(allNames("+string(b)+"));\n")
	if err != nil {
		return nil, err
	}
	res, err := run(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("queries: reading the graph's names: %s", cleanScriptError(err.Error()))
	}
	var out [][]string
	for _, r := range res {
		l, _ := r.([]any)
		for _, x := range l {
			names, _ := x.([]any)
			var ns []string
			for _, n := range names {
				if s, ok := n.(string); ok && s != "" {
					ns = append(ns, s)
				}
			}
			if len(ns) > 0 {
				out = append(out, ns)
			}
		}
	}
	return out, nil
}

// Suggest returns at most n of the entities (each a list of names, its
// fullest first) whose names are closest to what was typed, by edit
// distance between folded names, or between what was typed and as many
// words of a name ("Ruttte" is one edit from "Rutte" of "Mark Rutte").
// Only names within about one edit in three letters count; the closest
// come first, then by name.
func Suggest(typed string, entities [][]string, n int) []string {
	t := loader.Fold(typed)
	if t == "" {
		return nil
	}
	tw := len(strings.Fields(t))
	most := utf8.RuneCountInString(t) / 3
	if most < 1 {
		most = 1
	}
	// d is the distance to a name or to as many of its words as were
	// typed; whole, to the whole name, breaks ties (Secretary General
	// before Deputy Secretary General).
	type cand struct {
		name     string
		d, whole int
	}
	best := map[string]cand{}
	for _, names := range entities {
		d, whole := -1, -1
		for _, nm := range names {
			f := loader.Fold(nm)
			if f == "" {
				continue
			}
			x := levenshtein.ComputeDistance(t, f)
			if whole < 0 || x < whole {
				whole = x
			}
			if d < 0 || x < d {
				d = x
			}
			w := strings.Fields(f)
			for i := 0; i+tw <= len(w) && len(w) > tw; i++ {
				if x := levenshtein.ComputeDistance(t, strings.Join(w[i:i+tw], " ")); x < d {
					d = x
				}
			}
		}
		c := cand{names[0], d, whole}
		if d >= 0 && d <= most {
			if old, ok := best[c.name]; !ok || c.d < old.d || c.d == old.d && c.whole < old.whole {
				best[c.name] = c
			}
		}
	}
	var cs []cand
	for _, c := range best {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		if cs[i].whole != cs[j].whole {
			return cs[i].whole < cs[j].whole
		}
		return cs[i].name < cs[j].name
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.name)
	}
	return out
}
