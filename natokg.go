// Package natokg holds the domain types of natokg, a knowledge graph
// builder for NATO news releases: a Release as read from a file, and the
// Facts extracted from it (people and their posts, organisations, places,
// events, quotations), each of which points back to the bytes of the
// release it was read from.
//
// Data flows one way: files are read into releases (package loader),
// releases into facts (package loader/extract), facts into quads
// (package loader), and quads into a Cayley store (package graph).
package natokg

import (
	"fmt"
	"strings"
	"time"
)

// ParseError is a fault at a line of a file natokg reads: a release file,
// a gazetteer or a word list.
type ParseError struct {
	// File is the name of the file.
	File string
	// Line is the 1-based line of the fault.
	Line int
	// Column is the 1-based column of the fault, or 0: in runes for a
	// release file, in bytes (as encoding/csv counts) for a TSV file.
	Column int
	// Err is the fault.
	Err error
}

func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the fault, so that errors.Is sees it.
func (e *ParseError) Unwrap() error { return e.Err }

// Release is one news release: a title line, a "Source:" line and body
// paragraphs.
type Release struct {
	// File is the name of the file the release was read from.
	File string
	// Line is the line of File that holds the title.
	Line int
	// Title is the title line.
	Title string
	// Source is what follows "Source:" ("NATO"): the publisher. A page
	// or a feed item gives its site's name (og:site_name; "NATO" for
	// nato.int).
	Source string
	// URL is the URL of the page or feed item the release was read from,
	// or "" (a text release).
	URL string
	// Body is the body paragraphs, separated by blank lines, with line
	// ends normalised to "\n".
	Body string
	// BodyLine is the line of File where the body starts.
	BodyLine int
	// Published is the publication date a page or a feed gives for the
	// release (zero for a text release). It is kept as read: extraction
	// dates a release from its text alone.
	Published Date
	// Warning, when set, is a note on how the release was read ("partial
	// release: ..." for a feed item that carries only its summary).
	Warning string
}

// Text is the text facts point into: the title, a blank line, the body.
// Spans are byte offsets into Text.
func (r *Release) Text() string {
	return r.Title + "\n\n" + r.Body
}

// LineOf returns the line of File that holds byte offset off of Text.
func (r *Release) LineOf(off int) int {
	if off < len(r.Title)+2 {
		return r.Line
	}
	return r.BodyLine + strings.Count(r.Body[:min(off-len(r.Title)-2, len(r.Body))], "\n")
}

// Span is a half-open byte range [Start, End) of a release's Text.
type Span struct {
	Start, End int
}

// Date is a calendar date that may be partial: a year, a year and a
// month, or a whole day. The zero Date is no date.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// AddDays returns the whole date d moved by n days ("a two-day visit"
// ending on 10 July began on 9 July); a date without a day stays as it is.
func (d Date) AddDays(n int) Date {
	if d.Day == 0 {
		return d
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// String is d in ISO 8601: "2025-05-28", "2025-05" or "2025"; "" for no date.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// PlaceKind is the kind of a place.
type PlaceKind string

// The kinds of place.
const (
	City      PlaceKind = "city"
	Country   PlaceKind = "country"
	Region    PlaceKind = "region"
	State     PlaceKind = "state"
	Continent PlaceKind = "continent"
	Sea       PlaceKind = "sea"
	Venue     PlaceKind = "venue"
)

// OrgKind is the kind of an organisation.
type OrgKind string

// The kinds of organisation.
const (
	Intergov  OrgKind = "intergov"
	Gov       OrgKind = "gov"
	Military  OrgKind = "military"
	Programme OrgKind = "programme"
	Agency    OrgKind = "agency"
	OtherOrg  OrgKind = "other"
)

// Facts is what a release says: the entities it names and the events it
// reports. Entities refer to one another by their Key.
type Facts struct {
	// Release is the release the facts were read from.
	Release *Release
	// Published is the date the release is about: the first whole date
	// its text gives, or no date.
	Published Date
	// Publisher is the Key of the organisation that published it.
	Publisher string
	People    []*Person
	Orgs      []*Org
	Places    []*Place
	Events    []*Event
	Quotes    []*Quote
	// Sentences are the spans of the release's sentences.
	Sentences []Span
	// Extractor is the fingerprint of the rules and data that drew the
	// facts; it goes into the release's source hash.
	Extractor string
}

// Person is a named person.
type Person struct {
	// Key identifies the person across releases: the fullest name.
	Key string
	// Name is the fullest form of the name in the release.
	Name string
	// Aliases are the other forms the release uses ("Mr Rutte").
	Aliases []string
	// Rank is a military rank, or an honorific such as "Ambassador".
	Rank string
	// Posts are the posts the release says the person holds.
	Posts []Post
	// Spans are where the release names the person.
	Spans []Span
}

// Post is a role in an organisation or a country.
type Post struct {
	// Role is the role's title, without its organisation ("Prime Minister").
	Role string
	// Org is the Key of the organisation or country, or "" where the text
	// gives none.
	Org string
	// OrgIsPlace says that Org is the Key of a country (a Place).
	OrgIsPlace bool
	// Former says that the release states the post as one held before:
	// the outgoing commander of a change of command, a "former" minister.
	Former bool
	// Span is where the release states the post.
	Span Span
}

// Org is a named organisation.
type Org struct {
	// Key identifies the organisation across releases.
	Key string
	// Name is the fullest form of the name.
	Name string
	// Aliases are acronyms and other forms.
	Aliases []string
	// Kind is the kind of organisation.
	Kind OrgKind
	// Parent is the Key of the organisation it is part of, or "".
	Parent string
	// Implied marks an organisation the release does not name: the parent
	// of one it names. It is not mentioned.
	Implied bool
	// Spans are where the release names the organisation.
	Spans []Span
}

// Place is a named place.
type Place struct {
	// Key identifies the place across releases.
	Key string
	// Name is the fullest form of the name.
	Name string
	// Aliases are other forms.
	Aliases []string
	// Kind is the kind of place.
	Kind PlaceKind
	// Within is the Key of the place it lies in, or "".
	Within string
	// Implied marks a place the release does not name: one that holds a
	// place it names ("Sweden" for "Karlskrona"). It is not mentioned.
	Implied bool
	// Spans are where the release names the place.
	Spans []Span
}

// Event is a happening the release reports or announces.
type Event struct {
	// Key identifies the event: the release's key, a name and a date.
	Key string
	// Name is a readable name ("Meeting of ...", "NATO Summit in The Hague").
	Name string
	// Kind is what kind of event it is ("meeting", "summit").
	Kind string
	// Start and End are its dates; End is zero for an event of one day.
	Start, End Date
	// Location is the Key of the most specific place it happens at, or "".
	Location string
	// Attendees are the Keys of the people who take part.
	Attendees []string
	// Organisers are the Keys of the organisations that hold it.
	Organisers []string
	// Spans are the sentences that report it.
	Spans []Span
}

// Quote is something a person said, as the release quotes it.
type Quote struct {
	// Speaker is the Key of the person quoted.
	Speaker string
	// Text is the quoted words.
	Text string
	// Span is where the quotation stands.
	Span Span
}
