// Package kg mints the IRIs of natokg's own nodes: people, organisations,
// places, events, posts, roles, releases and the sentences facts come from.
//
// An IRI is the kind's path under NS and a slug of the node's key ("Mark
// Rutte" gives https://natokg.example/person/mark-rutte), so the same name
// always gives the same IRI and loading twice changes nothing. Slugs hold
// only [a-z0-9-], so every IRI is valid in N-Quads whatever the text was.
package kg

import (
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"github.com/gosimple/slug"
)

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the base IRI of every node natokg mints.
	NS = `https://natokg.example/`
	// Prefix is the short prefix for NS.
	Prefix = `kg:`
)

// Terms of natokg's own vocabulary.
const (
	// QuadCount is the number of quads a release's version holds, this
	// one included: `natokg check` finds a release that is not whole.
	QuadCount = NS + `vocab#quadCount`
	// SourceHash is a digest of a release's text and of the extractor
	// that read it: a load skips a release stored with the same digest.
	SourceHash = NS + `vocab#sourceHash`
	// SourceFile is the name of the file a release was read from (its
	// base name, no directory): a load tells an edited release (the same
	// file) from another release of the same date and title.
	SourceFile = NS + `vocab#sourceFile`
	// SourceURL is the URL of the page or feed item a release was read
	// from (its canonical link, og:url, the item's link); a text release
	// has none.
	SourceURL = NS + `vocab#sourceURL`
	// SearchWord is a word of one of a node's names (schema:name,
	// schema:alternateName, skos:prefLabel), folded to lower case without
	// diacritics, stop words left out ("mark", "rutte"): the index the
	// library queries look names up in.
	SearchWord = NS + `vocab#searchWord`
	// HeldBefore links a person to a post the release states as one held
	// before (a "former" minister, the outgoing commander of a change of
	// command), beside the org:holds the release also states: the
	// holding as the release tells it, not one it says goes on.
	HeldBefore = NS + `vocab#heldBefore`
	// States links a release to a bundle of the facts it states about
	// one entity; the bundle is stored once, however many releases state
	// it.
	States = NS + `vocab#states`
	// Figures names the graph of figures natokg keeps up to date as it
	// writes (a person's events and the people met at them), and is the
	// subject of the quad, typed FigureGraph, that says a store keeps
	// them.
	Figures = NS + `figures`
	// FigureGraph is the type of Figures in a store that keeps figures.
	FigureGraph = NS + `vocab#FigureGraph`
	// EventCount is the number of distinct events a person attended
	// (schema:attendee), according to any release.
	EventCount = NS + `vocab#eventCount`
	// Degree is the number of distinct other people a person attended
	// at least one event with: the people linked by Met.
	Degree = NS + `vocab#degree`
	// Met links two people (both ways) who attended at least one event
	// together.
	Met = NS + `vocab#met`
	// DegreeHeld lists, as Figures kg:degreeHeld N, each N that some
	// person's Degree holds, so most-connected reads the highest degrees
	// and then their people, not every person.
	DegreeHeld = NS + `vocab#degreeHeld`
	// AttendeeCount is, as Figures kg:attendeeCount N, the number of
	// people who attended at least one event (those with an EventCount).
	AttendeeCount = NS + `vocab#attendeeCount`
	// HoldingFigures, as Figures kg:keeps HoldingFigures, says the
	// figures keep each holding of a post (below).
	HoldingFigures = NS + `vocab#HoldingFigures`
	// Keeps links Figures to a part of them it keeps.
	Keeps = NS + `vocab#keeps`
	// HeldAs links a post to each of its holdings (a node of kind
	// Holding): a person holding it according to some releases.
	HeldAs = NS + `vocab#heldAs`
	// Holder is the person of a holding.
	Holder = NS + `vocab#holder`
	// FirstStated is the date of the earliest dated release that states
	// a holding; LastStated that of the latest.
	FirstStated = NS + `vocab#firstStated`
	// LastStated is the date of the latest dated release that states a
	// holding.
	LastStated = NS + `vocab#lastStated`
	// FirstRelease is the earliest dated release that states a holding
	// (of two of a date, the one whose IRI sorts first).
	FirstRelease = NS + `vocab#firstRelease`
	// LastRelease is the latest dated release that states a holding (of
	// two of a date, the one whose IRI sorts last).
	LastRelease = NS + `vocab#lastRelease`
	// Word lists, as Figures kg:word "w", each distinct word the store's
	// SearchWord quads hold, so one look-up gives every indexed word (the
	// explorer's search reads it instead of every node).
	Word = NS + `vocab#word`
	// MonthFigures, as Figures kg:keeps MonthFigures, says the figures
	// keep each person's events, quotations and releases giving them a
	// post by month (EventMonth, MonthEvent, QuoteMonth, MonthQuote,
	// PostMonth, MonthPost) and each person's MeetingCount.
	MonthFigures = NS + `vocab#MonthFigures`
	// EventMonth links a person to each month of the events they
	// attended (a node of kind Month: MonthIRI), so a page of their
	// events, newest first, reads the latest months only.
	EventMonth = NS + `vocab#eventMonth`
	// MonthEvent links a person's month to each event of that month they
	// attended: the month of the event's earliest start date; for an
	// event with no start date, the month of the earliest release saying
	// the person attended it, keyed "undated-YYYY-MM" (Undated when none
	// of them is dated).
	MonthEvent = NS + `vocab#monthEvent`
	// QuoteMonth links a person to each month of the releases that quote
	// them (a node of kind Month, shared with EventMonth).
	QuoteMonth = NS + `vocab#quoteMonth`
	// MonthQuote links a person's month to each quotation of theirs that
	// a release of that month gives (the month Undated for a release with
	// no date).
	MonthQuote = NS + `vocab#monthQuote`
	// PostMonth links a person to each month of the releases that give
	// them a post (a node of kind Month, shared with EventMonth).
	PostMonth = NS + `vocab#postMonth`
	// MonthPost links a person's month to each release of that month that
	// gives them a post (org:holds labelled with it; the month Undated
	// for a release with no date).
	MonthPost = NS + `vocab#monthPost`
	// MeetingCount is the number of (other attendee, event) pairs of the
	// events a person attended: the rows of the people-met query.
	MeetingCount = NS + `vocab#meetingCount`
	// MentionFigures, as Figures kg:keeps MentionFigures, says the
	// figures keep the releases that name each entity by month
	// (MentionMonth, MonthMention) and each entity's MentionCount.
	MentionFigures = NS + `vocab#MentionFigures`
	// MentionMonth links an entity (a person, organisation, place or
	// event) to each month of the releases that name it (schema:mentions)
	// or are about it (schema:about): a node of kind Month, a person's
	// shared with EventMonth.
	MentionMonth = NS + `vocab#mentionMonth`
	// MonthMention links an entity's month to each release of that month
	// that names it or is about it (the month Undated for a release with
	// no date).
	MonthMention = NS + `vocab#monthMention`
	// MentionCount is the number of releases that name an entity or are
	// about it: the rows of the mentions query.
	MentionCount = NS + `vocab#mentionCount`
)

// Kind is the path segment of a kind of node.
type Kind string

// The kinds of node natokg mints.
const (
	// Person is the kind of a named person.
	Person Kind = `person`
	// Org is the kind of an organisation.
	Org Kind = `org`
	// Place is the kind of a place.
	Place Kind = `place`
	// Event is the kind of an event.
	Event Kind = `event`
	// Post is the kind of a post (a role in an organisation or country).
	Post Kind = `post`
	// Role is the kind of a role title.
	Role Kind = `role`
	// Release is the kind of a news release.
	Release Kind = `release`
	// Sentence is the kind of a sentence a fact was read from.
	Sentence Kind = `sentence`
	// Quote is the kind of a quotation.
	Quote Kind = `quote`
	// Bundle is the kind of a bundle: the facts one or more releases
	// state about one entity, named by a digest of them.
	Bundle Kind = `bundle`
	// Holding is the kind of a holding: a person in a post, according to
	// one or more releases (a node of the figures).
	Holding Kind = `holding`
	// Month is the kind of a month of a person's events, quotations and
	// posts, and of the releases naming an entity (a node of the figures).
	Month Kind = `month`
)

// Undated is the key of the month of what has no date.
const Undated = `undated`

// MonthIRI is the IRI of an entity's month of key key ("2025-05", "2025"
// for dates without a month, Undated, "undated-2025-05"): "month/", then
// a person's path without its kind or another entity's with it, then the
// key (https://natokg.example/month/mark-rutte/2025-05,
// https://natokg.example/month/org/nato/2025-05).
func MonthIRI(entity quad.IRI, key string) quad.IRI {
	path, ok := strings.CutPrefix(string(entity), NS+string(Person)+"/")
	if !ok {
		if path, ok = strings.CutPrefix(string(entity), NS); !ok {
			path = Slug(string(entity))
		}
	}
	return quad.IRI(NS + string(Month) + "/" + path + "/" + key)
}

// pathOf is iri's path under its kind k, or a slug of iri when it is not
// of that kind.
func pathOf(iri quad.IRI, k Kind) string {
	rest, ok := strings.CutPrefix(string(iri), NS+string(k)+"/")
	if !ok {
		return Slug(string(iri))
	}
	return rest
}

// HoldingIRI is the IRI of the holding of post by person: "holding/"
// then the person's path and the post's, without their kinds
// (https://natokg.example/holding/mark-rutte/secretary-general/nato).
func HoldingIRI(person, post quad.IRI) quad.IRI {
	return quad.IRI(NS + string(Holding) + "/" + pathOf(person, Person) + "/" + pathOf(post, Post))
}

// IRI mints the IRI of a node of kind k from its key parts, joined by "/".
// Each part is slugged: lower case, diacritics folded, anything else than
// letters and digits turned into "-".
func IRI(k Kind, parts ...string) quad.IRI {
	var b strings.Builder
	b.WriteString(NS)
	b.WriteString(string(k))
	for _, p := range parts {
		b.WriteByte('/')
		s := Slug(p)
		if s == "" {
			s = "-"
		}
		b.WriteString(s)
	}
	return quad.IRI(b.String())
}

// Slug is the form of s used in IRIs.
func Slug(s string) string {
	return slug.Make(s)
}

// KindOf reports the kind of a node natokg minted, and false for any other IRI.
func KindOf(iri quad.IRI) (Kind, bool) {
	rest, ok := strings.CutPrefix(string(iri), NS)
	if !ok {
		return "", false
	}
	k, _, ok := strings.Cut(rest, "/")
	return Kind(k), ok
}
