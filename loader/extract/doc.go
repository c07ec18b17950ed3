// Package extract draws facts from a release: the people it names and the
// posts they hold, organisations, places, events, and quotations.
//
// Extraction is a pipeline in the manner of bleve's analysis chain: each
// stage has one method, Process, that reads and adds to a Doc, and the
// stages are composed in an Extractor. Tokens and mentions keep byte
// offsets into the release's Text, so every fact points back to its
// sentence. Extraction is rules plus gazetteers of general facts
// (countries and demonyms, cities, NATO's bodies and commands, role
// titles, ranks): nothing in it names what a particular release says.
package extract

import (
	"strings"

	"github.com/natokg/natokg"
)

// Token is a word, a number or a punctuation mark of a release's Text.
type Token struct {
	// Text is the token as written.
	Text string
	// Norm is Text in lower case with typographic apostrophes made plain.
	Norm string
	// Start and End are byte offsets into the release's Text.
	Start, End int
	// Sent is the index of the token's sentence.
	Sent int
	// SpaceBefore says that white space stands before the token.
	SpaceBefore bool
}

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	for _, r := range t.Text {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// IsWord reports whether the token is a word or a number.
func (t Token) IsWord() bool {
	for _, r := range t.Text {
		return isWordRune(r)
	}
	return false
}

// IsUpper reports whether the token is all upper case and has at least
// two letters (an acronym such as "NATO" or "DGIMS").
func (t Token) IsUpper() bool {
	letters := 0
	for _, r := range t.Text {
		if r >= 'a' && r <= 'z' || r > 127 && strings.ToLower(string(r)) == string(r) && strings.ToUpper(string(r)) != string(r) {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// Sentence is a sentence (or a title, or a line of a list) of a release.
type Sentence struct {
	// Start and End are byte offsets into the release's Text.
	Start, End int
	// First and Last+1 are the indices of its tokens.
	First, Limit int
}

// Kind is the kind of a mention.
type Kind int

// The kinds of mention.
const (
	KNone      Kind = iota
	KOrg            // an organisation
	KPlace          // a place
	KPerson         // a person's name
	KRole           // a role title ("Secretary General")
	KRank           // a military rank
	KHonorific      // "Mr", "Ambassador"
	KPostAcr        // an acronym for a post ("DGIMS")
	KDemonym        // "Icelandic"
	KDate           // a date expression
	KDoc            // a named document ("Dayton Agreement")
	KEvent          // a named event ("NATO Summit", "Dynamic Mongoose")
	KPronoun        // he, she
)

// Mention is a stretch of tokens that names something.
type Mention struct {
	Kind Kind
	// First and Limit are token indices.
	First, Limit int
	// Key is what the mention refers to: an organisation's, place's or
	// person's key, a role's title, a rank.
	Key string
	// Surface is the text as written.
	Surface string
	// Prio breaks ties between overlapping candidates of equal length.
	Prio int
	// Date is set for KDate mentions.
	Date, End natokg.Date
	// Org and OrgIsPlace are the post's organisation, for KRole and KPostAcr.
	Org        string
	OrgIsPlace bool
	// Weak marks a candidate that only context makes sure (a small city).
	Weak bool
	// PlaceKind is the kind of a place found by a pattern ("Egmont Palace").
	PlaceKind natokg.PlaceKind
}

// Doc is a release on its way through the pipeline.
type Doc struct {
	Release   *natokg.Release
	Text      string
	Tokens    []Token
	Sentences []Sentence
	Mentions  []Mention
	// Year is the year the release speaks of, for dates that leave it out.
	Year int
	// Published is the release's date.
	Published natokg.Date

	acronyms []acronymDef
	// named are the names of events and documents ("NATO Summit").
	named []Mention

	// Entities found, by key.
	people         map[string]*natokg.Person
	orgs           map[string]*natokg.Org
	places         map[string]*natokg.Place
	events         []*natokg.Event
	quotes         []*natokg.Quote
	personAt       map[int]string // token index -> person key, for coreference
	pronoun        map[int]bool   // tokens of personAt that are pronouns
	covered        []int          // token index -> index of its mention, -1 for none, -2 for a person
	roles          []rolePhrase
	publisher      string
	releaseKey     string
	lateOrganisers []string
	lateAttendees  []string
	g              *Gazetteer
	order          []string // keys of entities in order of first mention
}

// surface returns the text of tokens [i, j).
func (d *Doc) surface(i, j int) string {
	if i >= j {
		return ""
	}
	return d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
}

// span returns the byte span of tokens [i, j).
func (d *Doc) span(i, j int) natokg.Span {
	return natokg.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
}

// Stage is one step of extraction.
type Stage interface {
	Process(d *Doc)
}
