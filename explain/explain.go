// Package explain prints what a release says in the graph, fact by fact,
// each under the sentence it was read from, so that a user can check any
// answer at its source.
package explain

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/skos"
)

// graph is the quads of one release, indexed.
type graph struct {
	out map[quad.Value]map[string][]quad.Value
}

func index(quads []quad.Quad) *graph {
	g := &graph{out: map[quad.Value]map[string][]quad.Value{}}
	for _, q := range quads {
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		m := g.out[q.Subject]
		if m == nil {
			m = map[string][]quad.Value{}
			g.out[q.Subject] = m
		}
		m[string(p)] = append(m[string(p)], q.Object)
	}
	for _, m := range g.out {
		for p := range m {
			sort.Slice(m[p], func(i, j int) bool { return m[p][i].String() < m[p][j].String() })
		}
	}
	return g
}

func (g *graph) all(s quad.Value, p string) []quad.Value { return g.out[s][p] }

func (g *graph) one(s quad.Value, p string) quad.Value {
	if v := g.out[s][p]; len(v) > 0 {
		return v[0]
	}
	return nil
}

// Text is a value's text: a literal's lexical form, an IRI's IRI, "" for
// nil, the native form of anything else.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	}
	return fmt.Sprint(quad.NativeOf(v))
}

// name is the longest name of a node, or its IRI.
func (g *graph) name(v quad.Value) string {
	best := ""
	for _, p := range []string{schema.Name, skos.PrefLabel} {
		for _, n := range g.all(v, p) {
			if s := Text(n); len(s) > len(best) {
				best = s
			}
		}
	}
	if best == "" {
		return Text(v)
	}
	return best
}

func (g *graph) names(vs []quad.Value) string {
	var out []string
	for _, v := range vs {
		out = append(out, g.name(v))
	}
	return strings.Join(out, ", ")
}

func (g *graph) hasType(v quad.Value, t string) bool {
	for _, x := range g.all(v, rdf.Type) {
		if Text(x) == t {
			return true
		}
	}
	return false
}

func (g *graph) typeName(v quad.Value) string {
	var ts []string
	for _, x := range g.all(v, rdf.Type) {
		ts = append(ts, strings.TrimPrefix(Text(x), schema.NS))
	}
	return strings.Join(ts, ", ")
}

// Fact is one fact a release states, as natokg explain prints it.
type Fact struct {
	// Subject is the node the fact is about (a person, a post, an event,
	// an organisation, a place, a quotation).
	Subject string `json:"subject"`
	// Text is the fact as a line of natokg explain ("person        Mark Rutte ...").
	Text string `json:"text"`
}

// Sentence is a sentence of a release with the facts read from it.
type Sentence struct {
	// Position is the sentence's place in the release, from 1; 0 for the
	// facts cited by no sentence.
	Position int `json:"position"`
	// Text is the sentence; "" for Position 0.
	Text string `json:"text"`
	// Facts are the facts read from the sentence.
	Facts []Fact `json:"facts"`
}

// Release is what a release says in the graph: its facts under their
// sentences, in the order of the sentences.
type Release struct {
	// IRI is the release's IRI.
	IRI string `json:"iri"`
	// Title is its headline.
	Title string `json:"title"`
	// Date is the day it was published (YYYY-MM-DD), or "".
	Date string `json:"date"`
	// Sentences are its sentences that facts were read from, in order.
	Sentences []Sentence `json:"sentences"`
}

// fact is one line of the explanation.
type fact struct {
	sentence int // 0: no sentence
	subject  quad.Value
	text     string
}

// Write prints the facts release states, each under its sentence.
func Write(w io.Writer, release quad.IRI, quads []quad.Quad) error {
	r := Explain(release, quads)
	fmt.Fprintf(w, "release       %s\n", r.Title)
	if r.Date != "" {
		fmt.Fprintf(w, "published     %s\n", r.Date)
	}
	fmt.Fprintf(w, "iri           %s\n", release)
	for _, s := range r.Sentences {
		if s.Position > 0 && s.Text != "" {
			fmt.Fprintf(w, "\n[%d] %s\n", s.Position, s.Text)
		} else {
			fmt.Fprintf(w, "\n[no sentence]\n")
		}
		for _, f := range s.Facts {
			if _, err := fmt.Fprintf(w, "    %s\n", f.Text); err != nil {
				return fmt.Errorf("explain: %w", err)
			}
		}
	}
	return nil
}

// Explain returns the facts release states (its quads), each under its
// sentence: what Write prints.
func Explain(release quad.IRI, quads []quad.Quad) Release {
	g := index(quads)
	sentenceOf := func(v quad.Value) int {
		best := 0
		for _, c := range g.all(v, schema.Citation) {
			if n, ok := quad.NativeOf(g.one(c, schema.Position)).(int64); ok && (best == 0 || int(n) < best) {
				best = int(n)
			}
		}
		return best
	}
	sentences := map[int]string{}
	for s, m := range g.out {
		if t := m[schema.Text]; len(t) > 0 && len(m[schema.Position]) > 0 {
			if n, ok := quad.NativeOf(m[schema.Position][0]).(int64); ok {
				sentences[int(n)] = Text(t[0])
			}
		}
		_ = s
	}
	var facts []fact
	add := func(v quad.Value, format string, args ...any) {
		facts = append(facts, fact{sentenceOf(v), v, fmt.Sprintf(format, args...)})
	}
	var subjects []quad.Value
	for s := range g.out {
		subjects = append(subjects, s)
	}
	sort.Slice(subjects, func(i, j int) bool { return subjects[i].String() < subjects[j].String() })
	for _, s := range subjects {
		switch {
		case g.hasType(s, schema.Person):
			line := "person        " + g.name(s)
			if r := Text(g.one(s, schema.HonorificPrefix)); r != "" {
				line += " [" + r + "]"
			}
			if a := g.all(s, schema.AlternateName); len(a) > 0 {
				line += "  also: " + joinStr(a)
			}
			add(s, "%s", line)
			for _, post := range g.all(s, org.Holds) {
				line := "post          " + g.name(s) + " is " + g.name(g.one(post, org.RoleProp))
				if in := g.one(post, org.PostIn); in != nil {
					line += ", " + g.name(in)
				}
				if slices.Contains(g.all(s, kg.HeldBefore), post) {
					line += " (held before)"
				}
				add(post, "%s", line)
			}
		case g.hasType(s, schema.Event):
			line := fmt.Sprintf("event         %s (%s)", g.name(s), Text(g.one(s, schema.AdditionalType)))
			if d := Text(g.one(s, schema.StartDate)); d != "" {
				line += " on " + d
				if e := Text(g.one(s, schema.EndDate)); e != "" {
					line += " to " + e
				}
			} else if e := Text(g.one(s, schema.EndDate)); e != "" {
				line += " until " + e
			}
			if l := g.one(s, schema.Location); l != nil {
				line += " at " + g.name(l)
			}
			if a := g.all(s, schema.Attendee); len(a) > 0 {
				line += "; attendees: " + g.names(a)
			}
			if o := g.all(s, schema.Organizer); len(o) > 0 {
				line += "; organisers: " + g.names(o)
			}
			add(s, "%s", line)
		case g.hasType(s, schema.Quotation):
			add(s, "quotation     %s: “%s”", g.name(g.one(s, schema.Creator)), Text(g.one(s, schema.Text)))
		case len(g.all(s, schema.Citation)) > 0 && s != release && g.one(s, schema.Name) != nil:
			line := fmt.Sprintf("%-13s %s (%s)", kindOf(g, s), g.name(s), g.typeName(s))
			if a := g.all(s, schema.AlternateName); len(a) > 0 {
				line += "  also: " + joinStr(a)
			}
			if p := g.one(s, schema.ParentOrganization); p != nil {
				line += "; part of " + g.name(p)
			}
			if p := g.one(s, schema.ContainedInPlace); p != nil {
				line += "; in " + g.name(p)
			}
			add(s, "%s", line)
		}
	}
	sort.SliceStable(facts, func(i, j int) bool {
		if facts[i].sentence != facts[j].sentence {
			return facts[i].sentence < facts[j].sentence
		}
		return facts[i].text < facts[j].text
	})
	out := Release{IRI: string(release), Title: Text(g.one(release, schema.Headline)), Date: Text(g.one(release, schema.DatePublished)), Sentences: []Sentence{}}
	for _, f := range facts {
		if n := len(out.Sentences); n == 0 || out.Sentences[n-1].Position != f.sentence {
			out.Sentences = append(out.Sentences, Sentence{Position: f.sentence, Text: sentences[f.sentence], Facts: []Fact{}})
		}
		cur := &out.Sentences[len(out.Sentences)-1]
		cur.Facts = append(cur.Facts, Fact{Subject: Text(f.subject), Text: f.text})
	}
	return out
}

func kindOf(g *graph, s quad.Value) string {
	for _, t := range g.all(s, rdf.Type) {
		switch Text(t) {
		case schema.Organization, schema.GovernmentOrganization:
			return "organisation"
		}
	}
	return "place"
}

func joinStr(vs []quad.Value) string {
	var out []string
	for _, v := range vs {
		out = append(out, Text(v))
	}
	return strings.Join(out, ", ")
}
