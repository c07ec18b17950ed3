package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/prov"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/skos"
	"github.com/natokg/natokg/graph/voc/xsd"
)

// ReleaseIRI is the IRI of a release: its date (when the text gives one)
// and its title, so the same release always gets the same IRI.
func ReleaseIRI(f *natokg.Facts) quad.IRI {
	return kg.IRI(kg.Release, releaseKey(f))
}

func releaseKey(f *natokg.Facts) string {
	if f.Published.IsZero() {
		return f.Release.Title
	}
	return f.Published.String() + " " + f.Release.Title
}

// SourceFileName is the name a release's file is recorded under: its
// base name, without directories, so that moving a directory of releases
// changes nothing.
func SourceFileName(r *natokg.Release) string {
	if r.File == "" {
		return ""
	}
	return path.Base(filepath.ToSlash(r.File))
}

// PersonIRI is the IRI of the person with that key. A key that mixes
// writing systems ("M\u0430rk Rutte", a Cyrillic "а") gets an IRI of its
// own, never that of the name it looks like.
func PersonIRI(key string) quad.IRI { return kg.IRI(kg.Person, mixedKey(key)...) }

// OrgIRI is the IRI of the organisation with that key (kept apart as
// PersonIRI's).
func OrgIRI(key string) quad.IRI { return kg.IRI(kg.Org, mixedKey(key)...) }

// PlaceIRI is the IRI of the place with that key (kept apart as
// PersonIRI's).
func PlaceIRI(key string) quad.IRI { return kg.IRI(kg.Place, mixedKey(key)...) }

// DateValue is d as a typed literal: xsd:date, xsd:gYearMonth or xsd:gYear.
func DateValue(d natokg.Date) quad.Value {
	t := xsd.Date
	switch {
	case d.Month == 0:
		t = xsd.GYear
	case d.Day == 0:
		t = xsd.GYearMonth
	}
	return quad.TypedString{Value: quad.String(d.String()), Type: quad.IRI(t)}
}

var placeTypes = map[natokg.PlaceKind]string{
	natokg.City:      schema.City,
	natokg.Country:   schema.Country,
	natokg.Region:    schema.AdministrativeArea,
	natokg.State:     schema.AdministrativeArea,
	natokg.Continent: schema.Continent,
	natokg.Sea:       schema.BodyOfWater,
	natokg.Venue:     schema.CivicStructure,
}

// quadWriter collects the quads of one release, all labelled with it.
type quadWriter struct {
	facts *natokg.Facts
	// sentenceBase and quoteBase are the IRIs of the release's sentences
	// and quotes without their numbers: the release key is slugged once,
	// not once per citation, so a long title costs no more per fact.
	sentenceBase string
	quoteBase    string
	sentenceIRIs map[int]quad.IRI
	cited        map[int]bool
	label        quad.IRI
	quads        []quad.Quad
	seen         map[quad.Quad]bool
	// orgs and places are the keys of the release's own organisations
	// and places, which are written in full.
	orgs   map[string]bool
	places map[string]bool
}

func (w *quadWriter) add(s quad.IRI, p string, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: w.label}
	if w.seen[q] {
		return
	}
	w.seen[q] = true
	w.quads = append(w.quads, q)
	// Every name is indexed by its words, so that queries find a node by
	// what users type without reading every name.
	if name, ok := o.(quad.String); ok && (p == schema.Name || p == schema.AlternateName || p == skos.PrefLabel) {
		for _, word := range SearchWords(string(name)) {
			w.add(s, kg.SearchWord, quad.String(word))
		}
	}
}

// Quads writes facts as quads in natokg's vocabulary (see SCHEMA.md), each
// labelled with the release's IRI.
func Quads(f *natokg.Facts) (quad.IRI, []quad.Quad) {
	return quadsKeyed(f, releaseKey(f))
}

// quadsKeyed is Quads for the release key key, the words its IRI and the
// IRIs of its sentences and quotes are made of. The quads come in a fixed
// order: the release, its people, organisations, places, events, quotes,
// sentences and the release's own record last.
func quadsKeyed(f *natokg.Facts, key string) (quad.IRI, []quad.Quad) {
	rel := kg.IRI(kg.Release, key)
	w := &quadWriter{facts: f, cited: map[int]bool{}, label: rel, seen: map[quad.Quad]bool{}, sentenceIRIs: map[int]quad.IRI{},
		sentenceBase: string(kg.IRI(kg.Sentence, key)), quoteBase: string(kg.IRI(kg.Quote, key)),
		orgs: map[string]bool{}, places: map[string]bool{}}
	for _, o := range f.Orgs {
		w.orgs[o.Key] = true
	}
	for _, p := range f.Places {
		w.places[p.Key] = true
	}
	w.release(rel)
	for _, p := range f.People {
		w.person(rel, p)
	}
	for _, o := range f.Orgs {
		w.org(rel, o)
	}
	for _, p := range f.Places {
		w.place(rel, p)
	}
	for _, e := range f.Events {
		w.event(rel, e)
	}
	for n, q := range f.Quotes {
		w.quote(n, q)
	}
	w.sentences(rel)
	w.source(rel)
	return rel, w.quads
}

// release writes what the release is: its type, headline, date and
// publisher.
func (w *quadWriter) release(rel quad.IRI) {
	f := w.facts
	w.cite(rel, natokg.Span{Start: 0, End: len(f.Release.Title)})
	w.add(rel, rdf.Type, quad.IRI(schema.NewsArticle))
	w.add(rel, schema.Headline, quad.String(f.Release.Title))
	if !f.Published.IsZero() {
		w.add(rel, schema.DatePublished, DateValue(f.Published))
	}
	if f.Publisher != "" {
		w.add(rel, schema.Publisher, w.orgNode(f.Publisher))
	}
}

// orgNode is the IRI of the organisation key. One the release names only
// as a post's organisation, a parent or an organiser gets a type and a
// name too, so no edge leads to a node of no kind.
func (w *quadWriter) orgNode(key string) quad.IRI {
	iri := OrgIRI(key)
	if !w.orgs[key] {
		w.add(iri, rdf.Type, quad.IRI(schema.Organization))
		w.add(iri, schema.Name, quad.String(key))
	}
	return iri
}

// placeNode is orgNode for places: one named only as a container, a
// post's country or an event's place gets the type of kind.
func (w *quadWriter) placeNode(key string, kind natokg.PlaceKind) quad.IRI {
	iri := PlaceIRI(key)
	if !w.places[key] {
		w.add(iri, rdf.Type, quad.IRI(placeTypes[kind]))
		w.add(iri, schema.Name, quad.String(key))
	}
	return iri
}

// names writes a node's name and its aliases.
func (w *quadWriter) names(iri quad.IRI, name string, aliases []string) {
	w.add(iri, schema.Name, quad.String(name))
	for _, a := range aliases {
		w.add(iri, schema.AlternateName, quad.String(a))
	}
}

// person writes a person the release mentions and the posts it gives them.
func (w *quadWriter) person(rel quad.IRI, p *natokg.Person) {
	iri := PersonIRI(p.Key)
	w.add(rel, schema.Mentions, iri)
	w.add(iri, rdf.Type, quad.IRI(schema.Person))
	w.names(iri, p.Name, p.Aliases)
	w.cite(iri, p.Spans...)
	if p.Rank != "" {
		w.add(iri, schema.HonorificPrefix, quad.String(p.Rank))
	}
	for _, post := range p.Posts {
		w.post(iri, post)
	}
}

// post writes that the person iri holds post: the post node, its role and
// the organisation or country it belongs to.
func (w *quadWriter) post(iri quad.IRI, post natokg.Post) {
	role := kg.IRI(kg.Role, post.Role)
	w.add(role, rdf.Type, quad.IRI(org.Role))
	w.add(role, skos.PrefLabel, quad.String(post.Role))
	postIRI := kg.IRI(kg.Post, post.Role, post.Org)
	w.add(iri, org.Holds, postIRI)
	if post.Former {
		w.add(iri, kg.HeldBefore, postIRI) // "former Minister", the outgoing commander
	}
	w.add(postIRI, rdf.Type, quad.IRI(org.Post))
	w.cite(postIRI, post.Span)
	w.add(postIRI, org.RoleProp, role)
	switch {
	case post.Org == "":
	case post.OrgIsPlace:
		w.add(postIRI, org.PostIn, w.placeNode(post.Org, natokg.Country))
	default:
		w.add(postIRI, org.PostIn, w.orgNode(post.Org))
	}
}

// org writes an organisation and its parent.
func (w *quadWriter) org(rel quad.IRI, o *natokg.Org) {
	iri := OrgIRI(o.Key)
	if !o.Implied {
		w.add(rel, schema.Mentions, iri)
	}
	t := schema.Organization
	if o.Kind == natokg.Gov || o.Kind == natokg.Intergov {
		t = schema.GovernmentOrganization
	}
	w.add(iri, rdf.Type, quad.IRI(t))
	w.names(iri, o.Name, o.Aliases)
	w.cite(iri, o.Spans...)
	if o.Parent != "" {
		w.add(iri, schema.ParentOrganization, w.orgNode(o.Parent))
	}
}

// place writes a place and the place that contains it.
func (w *quadWriter) place(rel quad.IRI, p *natokg.Place) {
	iri := PlaceIRI(p.Key)
	if !p.Implied {
		w.add(rel, schema.Mentions, iri)
	}
	t := placeTypes[p.Kind]
	if t == "" {
		t = schema.Place
	}
	w.add(iri, rdf.Type, quad.IRI(t))
	w.names(iri, p.Name, p.Aliases)
	w.cite(iri, p.Spans...)
	if p.Within != "" {
		w.add(iri, schema.ContainedInPlace, w.placeNode(p.Within, natokg.Region))
	}
}

// event writes an event: its kind, dates, place, attendees and organisers.
func (w *quadWriter) event(rel quad.IRI, e *natokg.Event) {
	iri := kg.IRI(kg.Event, e.Key)
	w.add(rel, schema.About, iri)
	w.add(iri, rdf.Type, quad.IRI(schema.Event))
	w.add(iri, schema.Name, quad.String(e.Name))
	w.add(iri, schema.AdditionalType, quad.String(e.Kind))
	w.cite(iri, e.Spans...)
	if !e.Start.IsZero() {
		w.add(iri, schema.StartDate, DateValue(e.Start))
	}
	if !e.End.IsZero() {
		w.add(iri, schema.EndDate, DateValue(e.End))
	}
	if e.Location != "" {
		w.add(iri, schema.Location, w.placeNode(e.Location, natokg.Region))
	}
	for _, a := range e.Attendees {
		w.add(iri, schema.Attendee, PersonIRI(a))
	}
	for _, o := range e.Organisers {
		w.add(iri, schema.Organizer, w.orgNode(o))
	}
}

// quote writes the release's quotation number n+1: who said it, its text
// and the people, organisations and places it names ("what did Rutte say
// about Ukraine").
func (w *quadWriter) quote(n int, q *natokg.Quote) {
	f := w.facts
	iri := quad.IRI(w.quoteBase + "/" + strconv.Itoa(n+1))
	w.add(iri, rdf.Type, quad.IRI(schema.Quotation))
	w.add(iri, schema.Creator, PersonIRI(q.Speaker))
	w.add(iri, schema.Text, quad.String(q.Text))
	w.cite(iri, q.Span)
	for _, p := range f.People {
		if p.Key != q.Speaker && inSpan(p.Spans, q.Span) {
			w.add(iri, schema.Mentions, PersonIRI(p.Key))
		}
	}
	for _, o := range f.Orgs {
		if inSpan(o.Spans, q.Span) {
			w.add(iri, schema.Mentions, OrgIRI(o.Key))
		}
	}
	for _, p := range f.Places {
		if inSpan(p.Spans, q.Span) {
			w.add(iri, schema.Mentions, PlaceIRI(p.Key))
		}
	}
}

// source writes where the release came from and, last, the count of its
// quads, this one included, so that a release that is not whole can be
// told.
func (w *quadWriter) source(rel quad.IRI) {
	f := w.facts
	w.add(rel, kg.SourceHash, quad.String(SourceHash(f.Release, f.Extractor)))
	if name := SourceFileName(f.Release); name != "" {
		w.add(rel, kg.SourceFile, quad.String(name))
	}
	if f.Release.URL != "" {
		w.add(rel, kg.SourceURL, quad.String(f.Release.URL))
	}
	w.add(rel, kg.QuadCount, quad.Int(len(w.quads)+1))
}

// inSpan reports whether one of spans lies inside q.
func inSpan(spans []natokg.Span, q natokg.Span) bool {
	for _, s := range spans {
		if s.Start >= q.Start && s.End <= q.End {
			return true
		}
	}
	return false
}

// cite links subject to the sentences that hold the spans, so every fact
// can be checked at its source (schema:citation).
// Sentences are in text order and do not overlap, so the first one a span
// meets is found by binary search.
func (w *quadWriter) cite(subject quad.IRI, spans ...natokg.Span) {
	ss := w.facts.Sentences
	for _, sp := range spans {
		i := sort.Search(len(ss), func(i int) bool { return ss[i].End > sp.Start })
		for ; i < len(ss) && ss[i].Start < sp.End; i++ {
			if sp.Start < ss[i].End && sp.End > ss[i].Start {
				w.add(subject, schema.Citation, w.sentenceIRI(i))
				w.cited[i] = true
			}
		}
	}
}

// sentenceIRI is kg.IRI(kg.Sentence, key, strconv.Itoa(i+1)), the key
// slugged once and each sentence's IRI made once.
func (w *quadWriter) sentenceIRI(i int) quad.IRI {
	iri, ok := w.sentenceIRIs[i]
	if !ok {
		iri = quad.IRI(w.sentenceBase + "/" + strconv.Itoa(i+1))
		w.sentenceIRIs[i] = iri
	}
	return iri
}

// sentences writes the nodes of the cited sentences: their text, their
// place in the release, and the release they belong to.
func (w *quadWriter) sentences(rel quad.IRI) {
	text := w.facts.Release.Text()
	for i, s := range w.facts.Sentences {
		if !w.cited[i] {
			continue
		}
		iri := w.sentenceIRI(i)
		w.add(iri, schema.Text, quad.String(strings.TrimSpace(text[s.Start:s.End])))
		w.add(iri, schema.Position, quad.Int(i+1))
		w.add(iri, prov.WasDerivedFrom, rel)
	}
}

// QuadsVersion names the rules that turn facts into quads; it changes
// whenever they do, so that a load reads again the releases an older
// natokg stored. 2: a key that mixes scripts gets an IRI of its own.
const QuadsVersion = "natokg-quads-2"

// SourceHash is the digest of a release's text (title, source, body), of
// the extractor's fingerprint (its rules and every gazetteer and lexicon
// file) and of QuadsVersion: equal digests mean the same quads.
func SourceHash(r *natokg.Release, extractor string) string {
	h := sha256.New()
	for _, s := range []string{QuadsVersion, extractor, r.Title, r.Source, r.Body} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
