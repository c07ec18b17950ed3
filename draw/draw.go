// Package draw turns natokg's graph into pictures: a network of people,
// organisations, places and events, written as GraphML (for Gephi, yEd,
// Cytoscape) or Graphviz DOT, and rendered to SVG by Graphviz's dot.
//
// The network is drawn from the quads: one node per entity (named, typed
// by its kind), one edge per relation between two entities — a person
// attends an event, holds a post in an organisation or country, an event
// is held at a place and by an organisation, a place lies in another, an
// organisation is part of another. Releases, sentences and literals are
// left out.
package draw

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/skos"
)

// Node is an entity of the network.
type Node struct {
	// ID is the entity's IRI.
	ID string
	// Name is its name: the spelling most releases use (see
	// Builder.Add).
	Name string
	// Kind is "person", "org", "place" or "event".
	Kind string
	// Detail is a second line: an event's kind and date.
	Detail string
}

// Edge is a relation between two entities.
type Edge struct {
	From, To string
	// Label says what the relation is: "attended", "post: Prime Minister".
	Label string
}

// Net is a network of entities.
type Net struct {
	Nodes map[string]*Node
	Edges []Edge
}

// Builder collects quads into a Net.
type Builder struct {
	names   map[string]map[string]*nameUse // entity -> spelling -> use
	types   map[string]string
	detail  map[string][]string
	rel     []quad.Quad
	posts   map[string][2]string // post -> role IRI, org IRI
	roleLbl map[string]string
	holds   [][2]string // person, post
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{names: map[string]map[string]*nameUse{}, types: map[string]string{}, detail: map[string][]string{},
		posts: map[string][2]string{}, roleLbl: map[string]string{}}
}

func iri(v quad.Value) (string, bool) {
	i, ok := v.(quad.IRI)
	return string(i), ok
}

func text(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	}
	return ""
}

// nameUse is how many releases give an entity a spelling of its name,
// and the first of them in the order of their IRIs (by date, for dated
// releases).
type nameUse struct {
	releases map[string]bool
	first    string
}

// name returns the spelling of s's name most releases use; between
// spellings as many releases use, the one of the earliest release, then
// the longest. A later, odd spelling (a look-alike, another script)
// cannot take over the name by being longer or read last.
func (b *Builder) name(s string) string {
	best, bu := "", (*nameUse)(nil)
	for n, u := range b.names[s] {
		if bu == nil || better(n, u, best, bu) {
			best, bu = n, u
		}
	}
	return best
}

func better(n string, u *nameUse, m string, v *nameUse) bool {
	switch {
	case len(u.releases) != len(v.releases):
		return len(u.releases) > len(v.releases)
	case u.first != v.first:
		return u.first < v.first
	case len(n) != len(m):
		return len(n) > len(m)
	}
	return n < m
}

// Add takes one quad into account. The name of an entity is chosen from
// its schema:name quads by the releases (their labels) that give each
// spelling: see name.
func (b *Builder) Add(q quad.Quad) error {
	s, ok := iri(q.Subject)
	if !ok {
		return nil
	}
	p, _ := iri(q.Predicate)
	o, oIRI := iri(q.Object)
	switch p {
	case schema.Name:
		n := text(q.Object)
		if b.names[s] == nil {
			b.names[s] = map[string]*nameUse{}
		}
		u := b.names[s][n]
		if u == nil {
			u = &nameUse{releases: map[string]bool{}}
			b.names[s][n] = u
		}
		label := ""
		if q.Label != nil {
			label = q.Label.String()
		}
		if !u.releases[label] && (len(u.releases) == 0 || label < u.first) {
			u.first = label
		}
		u.releases[label] = true
	case skos.PrefLabel:
		b.roleLbl[s] = text(q.Object)
	case rdf.Type:
		if k, ok := kg.KindOf(quad.IRI(s)); ok {
			switch k {
			case kg.Person, kg.Org, kg.Place, kg.Event:
				b.types[s] = string(k)
			}
		}
	case schema.AdditionalType, schema.StartDate:
		t := text(q.Object)
		for _, x := range b.detail[s] {
			if x == t {
				return nil
			}
		}
		b.detail[s] = append(b.detail[s], t)
	case org.Holds:
		if oIRI {
			b.holds = append(b.holds, [2]string{s, o})
		}
	case org.RoleProp:
		if oIRI {
			v := b.posts[s]
			v[0] = o
			b.posts[s] = v
		}
	case org.PostIn:
		if oIRI {
			v := b.posts[s]
			v[1] = o
			b.posts[s] = v
		}
	case schema.Attendee, schema.Organizer, schema.Location, schema.ContainedInPlace, schema.ParentOrganization:
		if oIRI {
			b.rel = append(b.rel, q)
		}
	}
	return nil
}

var edgeLabels = map[string]string{
	schema.Attendee:           "attended",
	schema.Organizer:          "organised",
	schema.Location:           "held at",
	schema.ContainedInPlace:   "lies in",
	schema.ParentOrganization: "part of",
}

// Net returns the network of what was added.
func (b *Builder) Net() *Net {
	n := &Net{Nodes: map[string]*Node{}}
	node := func(id string) *Node {
		kind := b.types[id]
		if kind == "" {
			return nil
		}
		if x := n.Nodes[id]; x != nil {
			return x
		}
		name := b.name(id)
		if name == "" {
			name = id
		}
		d := b.detail[id]
		sort.Strings(d)
		x := &Node{ID: id, Name: name, Kind: kind, Detail: strings.Join(d, " ")}
		n.Nodes[id] = x
		return x
	}
	seen := map[Edge]bool{}
	add := func(e Edge) {
		if node(e.From) != nil && node(e.To) != nil && !seen[e] {
			seen[e] = true
			n.Edges = append(n.Edges, e)
		}
	}
	for _, q := range b.rel {
		s, _ := iri(q.Subject)
		o, _ := iri(q.Object)
		p, _ := iri(q.Predicate)
		switch p {
		case schema.Attendee, schema.Organizer:
			add(Edge{From: o, To: s, Label: edgeLabels[p]}) // the person or organisation, then the event
		default:
			add(Edge{From: s, To: o, Label: edgeLabels[p]})
		}
	}
	for _, h := range b.holds {
		post := b.posts[h[1]]
		if post[1] == "" {
			continue
		}
		add(Edge{From: h[0], To: post[1], Label: b.roleLbl[post[0]]})
	}
	for id := range b.types {
		node(id)
	}
	sort.Slice(n.Edges, func(i, j int) bool {
		a, c := n.Edges[i], n.Edges[j]
		if a.From != c.From {
			return a.From < c.From
		}
		if a.To != c.To {
			return a.To < c.To
		}
		return a.Label < c.Label
	})
	return n
}

// Around returns the part of n within depth edges of node id, in either
// direction: a person's events, the people met there, their posts. Only
// people and events are gone through: an organisation or a place ends a
// path, so one hub (NATO, Brussels) does not bring in the whole graph.
func (n *Net) Around(id string, depth int) *Net {
	adj := map[string][]string{}
	for _, e := range n.Edges {
		adj[e.From] = append(adj[e.From], e.To)
		adj[e.To] = append(adj[e.To], e.From)
	}
	keep := map[string]bool{id: true}
	frontier := []string{id}
	for d := 0; d < depth; d++ {
		var next []string
		for _, x := range frontier {
			if k := n.Nodes[x]; x != id && k != nil && k.Kind != "person" && k.Kind != "event" {
				continue
			}
			for _, y := range adj[x] {
				if !keep[y] {
					keep[y] = true
					next = append(next, y)
				}
			}
		}
		frontier = next
	}
	out := &Net{Nodes: map[string]*Node{}}
	for k := range keep {
		if x := n.Nodes[k]; x != nil {
			out.Nodes[k] = x
		}
	}
	for _, e := range n.Edges {
		if keep[e.From] && keep[e.To] {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

// Find returns the IDs of the nodes of a kind ("" for any) whose name
// matches typed: every word typed is a word of the name, whatever the
// case ("rutte", "Mark Rutte").
func (n *Net) Find(kind, typed string) []string {
	words := strings.Fields(strings.ToLower(typed))
	var out []string
	for id, x := range n.Nodes {
		if kind != "" && x.Kind != kind {
			continue
		}
		name := " " + strings.ToLower(x.Name) + " "
		ok := len(words) > 0
		for _, w := range words {
			ok = ok && strings.Contains(name, " "+w+" ")
		}
		if ok {
			out = append(out, id)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(n.Nodes[out[i]].Name) != len(n.Nodes[out[j]].Name) {
			return len(n.Nodes[out[i]].Name) < len(n.Nodes[out[j]].Name)
		}
		return out[i] < out[j]
	})
	return out
}

// sortedNodes returns the nodes by ID.
func (n *Net) sortedNodes() []*Node {
	out := make([]*Node, 0, len(n.Nodes))
	for _, x := range n.Nodes {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
