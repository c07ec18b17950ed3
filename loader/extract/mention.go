package extract

import (
	"sort"

	"github.com/natokg/natokg"
)

// Kind is the kind of a mention.
type Kind int

// The kinds of mention.
const (
	KNone      Kind = iota
	KOrg            // an organisation
	KPlace          // a place
	KPerson         // a person's name
	KRole           // a role title known to the gazetteer ("Secretary General")
	KRank           // a military rank
	KHonorific      // "Mr", "Ambassador"
	KPostAcr        // an acronym for a post ("DGIMS", "SACEUR")
	KDemonym        // "Icelandic"
	KDate           // a date expression
	KDoc            // a named document, plan or policy ("Dayton Agreement")
	KEvent          // a named event ("NATO Summit", "Steadfast Jazz")
	KShip           // a ship's name ("HNLMS Rotterdam"): neither a town nor a person
)

var kindNames = [...]string{"none", "org", "place", "person", "role", "rank", "honorific", "post-acronym", "demonym", "date", "document", "event", "ship"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Mention is a stretch of tokens that names something.
type Mention struct {
	Kind Kind
	Span
	// Key is what the mention refers to: an organisation's, place's or
	// person's key, a role's title, a rank, a country for a demonym.
	Key string
	// Surface is the text as written.
	Surface string
	// Prio breaks ties between overlapping candidates of equal length.
	Prio int
	// Weak marks a candidate that only context makes sure (a small town).
	Weak bool
	// Date and End are set for KDate mentions.
	Date, End natokg.Date
	// PlaceKind is the kind of a place found by a pattern, or Venue for
	// an organisation whose seat is where something happens.
	PlaceKind natokg.PlaceKind
	// OrgKind is the kind of an organisation found by a pattern.
	OrgKind natokg.OrgKind
}

// Mentions is a set of mentions that do not overlap, indexed by token.
type Mentions struct {
	List  []Mention
	cover []int // token -> index in List, or -1
}

// NewMentions indexes ms, which must not overlap, over n tokens.
func NewMentions(ms []Mention, n int) *Mentions {
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].First < ms[b].First })
	s := &Mentions{List: ms, cover: make([]int, n)}
	for i := range s.cover {
		s.cover[i] = -1
	}
	for k, m := range ms {
		for i := m.First; i < m.Limit && i < n; i++ {
			s.cover[i] = k
		}
	}
	return s
}

// At returns the mention that covers token i, or nil.
func (s *Mentions) At(i int) *Mention {
	if s == nil || i < 0 || i >= len(s.cover) || s.cover[i] < 0 {
		return nil
	}
	return &s.List[s.cover[i]]
}

// AtKind returns the mention of one of the kinds that covers token i, or nil.
func (s *Mentions) AtKind(i int, kinds ...Kind) *Mention {
	m := s.At(i)
	if m == nil || !m.Is(kinds...) {
		return nil
	}
	return m
}

// StartingAt returns the mention of one of the kinds (any kind if none is
// given) that starts at token i, or nil.
func (s *Mentions) StartingAt(i int, kinds ...Kind) *Mention {
	m := s.At(i)
	if m == nil || m.First != i || len(kinds) > 0 && !m.Is(kinds...) {
		return nil
	}
	return m
}

// EndingAt returns the mention of one of the kinds that ends just before
// token j, or nil.
func (s *Mentions) EndingAt(j int, kinds ...Kind) *Mention {
	m := s.At(j - 1)
	if m == nil || m.Limit != j || len(kinds) > 0 && !m.Is(kinds...) {
		return nil
	}
	return m
}

// In returns the mentions of the kinds inside tokens [first, limit).
func (s *Mentions) In(first, limit int, kinds ...Kind) []*Mention {
	var out []*Mention
	for k := range s.List {
		m := &s.List[k]
		if m.First >= first && m.First < limit && (len(kinds) == 0 || m.Is(kinds...)) {
			out = append(out, m)
		}
	}
	return out
}

// Is reports whether the mention is of one of the kinds.
func (m *Mention) Is(kinds ...Kind) bool {
	for _, k := range kinds {
		if m.Kind == k {
			return true
		}
	}
	return false
}
