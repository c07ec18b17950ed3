// Package queries is natokg's library of ready Gizmo queries: who met
// whom, the posts a person held, who held a post on a day, and more.
//
// Each query is a .js file embedded in the binary. Its leading comment
// says what it answers (the first line is its summary), its parameters
// (lines "@param NAME:TYPE required|optional what it is", TYPE one of
// text, date, number, flag, or the kind of entity the parameter names:
// person, place, org, org+place, role, entity) and an example
// ("@example ..."). Parameters are passed as data: natokg defines
// `var params = {...}` as JSON before the query, never pasting a value
// into the query's text, and a prelude of shared helpers (prelude.js)
// follows it.
package queries

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/prov"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/skos"
	"github.com/natokg/natokg/graph/voc/xsd"
	"github.com/natokg/natokg/internal/gizmo"
)

//go:embed *.js
var files embed.FS

// Query is a library query.
type Query struct {
	// Name is the file's name without ".js".
	Name string
	// Summary is the first line of its comment.
	Summary string
	// Doc is its whole comment, without the @ lines.
	Doc string
	// Params are its parameters.
	Params []Param
	// Example is a command line that runs it.
	Example string
	// Text is the query's Gizmo source.
	Text string
}

// Param is a parameter of a query.
type Param struct {
	Name     string
	Type     string
	Required bool
	Doc      string
}

const preludeFile = "prelude.js"

// walkCost is what reading the events that start in one month costs, in
// reads of one event at a place, measured at 100,000 releases: a query
// reads a busy place's events month by month only where that is the
// cheaper (prelude.js: walkMonths). Tests lower it to walk small stores.
var walkCost atomic.Int64

func init() { walkCost.Store(600) }

// pageParamNames are the names that page an answer (HTTP ?limit= and
// ?offset=; the command line's --limit and --offset): no query's
// parameter is called so.
var pageParamNames = []string{"limit", "offset"}

// All returns the library's queries, by name.
func All() ([]Query, error) {
	ents, err := fs.Glob(files, "*.js")
	if err != nil {
		return nil, fmt.Errorf("queries: %w", err)
	}
	var out []Query
	for _, e := range ents {
		if e == preludeFile {
			continue
		}
		b, err := files.ReadFile(e)
		if err != nil {
			return nil, fmt.Errorf("queries: %w", err)
		}
		q, err := parse(strings.TrimSuffix(e, ".js"), string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Get returns the query called name.
func Get(name string) (Query, error) {
	qs, err := All()
	if err != nil {
		return Query{}, err
	}
	for _, q := range qs {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, fmt.Errorf("queries: no query called %q (natokg query --list shows them)", name)
}

func parse(name, text string) (Query, error) {
	q := Query{Name: name, Text: text}
	var doc []string
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		l := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		switch {
		case strings.HasPrefix(l, "@param "):
			f := strings.Fields(l)
			if len(f) < 3 || f[2] != "required" && f[2] != "optional" {
				return q, fmt.Errorf("queries: %s.js: bad @param line %q", name, l)
			}
			pname, typ, ok := strings.Cut(f[1], ":")
			if !ok {
				typ = "text"
			}
			if _, known := paramTypes[typ]; !known {
				return q, fmt.Errorf("queries: %s.js: parameter %s of unknown type %q", name, pname, typ)
			}
			if slices.Contains(pageParamNames, pname) {
				return q, fmt.Errorf("queries: %s.js: parameter %s: the name is kept for paging an answer", name, pname)
			}
			q.Params = append(q.Params, Param{Name: pname, Type: typ, Required: f[2] == "required", Doc: strings.Join(f[3:], " ")})
		case strings.HasPrefix(l, "@example "):
			q.Example = strings.TrimPrefix(l, "@example ")
		default:
			doc = append(doc, l)
		}
	}
	q.Doc = strings.TrimSpace(strings.Join(doc, "\n"))
	q.Summary, _, _ = strings.Cut(q.Doc, "\n")
	if q.Summary == "" {
		return q, fmt.Errorf("queries: %s.js has no doc comment", name)
	}
	return q, nil
}

// Script returns the Gizmo program that runs q with params: the params
// as a JSON object, the kinds of entity each parameter names, the
// prelude, then the query. It fails, with an *Error, on what Check finds.
func (q Query) Script(params map[string]string) (string, error) {
	return q.script(params, Page{})
}

// script is Script for the page of the answer asked for (PAGE in the
// program), which a query may use to stop early.
func (q Query) script(params map[string]string, page Page) (string, error) {
	if err := q.Check(params); err != nil {
		return "", err
	}
	if params == nil {
		params = map[string]string{}
	}
	kinds := map[string][]string{}
	for _, p := range q.Params {
		if k := paramTypes[p.Type]; k != nil {
			kinds[p.Name] = k
		}
	}
	return program(q.Name, params, kinds, page, q.Text)
}

// program is a Gizmo program that runs body after its data (params,
// KINDS, PAGE, VOC) and the part of the prelude body uses (prelude.usedBy).
func program(name string, params map[string]string, kinds map[string][]string, page Page, body string) (string, error) {
	var b strings.Builder
	b.WriteString(scriptMark + name + "\n")
	for _, v := range []struct {
		name string
		val  any
	}{{"params", params}, {"KINDS", kinds}, {"PAGE", map[string]any{"offset": page.Offset, "limit": page.Limit, "mark": totalMark, "atLeast": atLeastMark, "walkCost": walkCost.Load()}}} {
		j, err := json.Marshal(v.val)
		if err != nil {
			return "", fmt.Errorf("queries: %w", err)
		}
		fmt.Fprintf(&b, "var %s = %s;\n", v.name, j)
	}
	pre, err := thePrelude()
	if err != nil {
		return "", err
	}
	// What follows is the same on every call of the query: Gizmo compiles
	// it once.
	b.WriteString(gizmo.Cached)
	b.WriteString("var VOC = " + vocJSON + ";\n")
	b.WriteString(pre.usedBy(body))
	b.WriteString("\n" + body)
	return b.String(), nil
}

// vocJSON is the vocabulary the prelude names its IRIs with (VOC), from
// graph/voc, so that no query spells an IRI.
var vocJSON = func() string {
	b, err := json.Marshal(map[string]string{
		"schema":             schema.NS,
		"org":                org.NS,
		"xsd":                xsd.NS,
		"rdfType":            rdf.Type,
		"skosPrefLabel":      skos.PrefLabel,
		"provWasDerivedFrom": prov.WasDerivedFrom,
		"kgSearchWord":       kg.SearchWord,
		"kgStates":           kg.States,
		"kgFigures":          kg.Figures,
		"kgFigureGraph":      kg.FigureGraph,
		"kgEventCount":       kg.EventCount,
		"kgDegree":           kg.Degree,
		"kgMet":              kg.Met,
		"kgWord":             kg.Word,
		"kgDegreeHeld":       kg.DegreeHeld,
		"kgAttendeeCount":    kg.AttendeeCount,
		"kgKeeps":            kg.Keeps,
		"kgHoldingFigures":   kg.HoldingFigures,
		"kgHeldAs":           kg.HeldAs,
		"kgHolder":           kg.Holder,
		"kgFirstStated":      kg.FirstStated,
		"kgLastStated":       kg.LastStated,
		"kgFirstRelease":     kg.FirstRelease,
		"kgLastRelease":      kg.LastRelease,
		"kgMonthFigures":     kg.MonthFigures,
		"kgEventMonth":       kg.EventMonth,
		"kgMonthEvent":       kg.MonthEvent,
		"kgQuoteMonth":       kg.QuoteMonth,
		"kgMonthQuote":       kg.MonthQuote,
		"kgPostMonth":        kg.PostMonth,
		"kgMonthPost":        kg.MonthPost,
		"kgMeetingCount":     kg.MeetingCount,
		"kgMentionFigures":   kg.MentionFigures,
		"kgMentionMonth":     kg.MentionMonth,
		"kgMonthMention":     kg.MonthMention,
		"kgMentionCount":     kg.MentionCount,
		"kg":                 kg.NS,
	})
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// scriptMark opens every program Script makes.
const scriptMark = "// natokg library query: "

// IsScript reports whether a query's text is a program Script made. Such
// a program reads its values as plain text and IRIs, as Cayley's JSON
// results give them, not as JSON-LD objects: a server runs it so, even
// for a client (Cayley's UI) that asks for JSON-LD.
func IsScript(text []byte) bool {
	return bytes.HasPrefix(text, []byte(scriptMark))
}
