package extract

// A Pattern matches a stretch of tokens inside one sentence, in the
// manner of a regular expression over tokens: words, classes of words,
// capitalised words, mentions found by earlier stages, and optional,
// repeated, alternative and named parts. Matching backtracks, so that
// Seq(Rep(CapWord, 1, 4), CapWord) finds a run that ends in a capital.
//
// Patterns are values built once; Match and Scan run them.
type Pattern interface {
	// match tries the pattern at token i and calls k with each end it can
	// reach, longest first, until k returns true.
	match(m *matcher, i int, k func(int) bool) bool
}

// Span is a half-open range of token indices [First, Limit).
type Span struct{ First, Limit int }

// Len is the number of tokens in the span.
func (s Span) Len() int { return s.Limit - s.First }

// Match is a pattern matched at a token.
type Match struct {
	Span
	groups map[string]Span
}

// Group returns the tokens the part named name matched, and whether it
// matched at all.
func (m Match) Group(name string) (Span, bool) {
	s, ok := m.groups[name]
	return s, ok
}

type matcher struct {
	t      *Text
	ms     *Mentions
	limit  int
	groups map[string]Span
}

// Match tries p at token i of t, with the mentions ms (which may be nil).
// It returns the longest match that p's own order of preference gives.
func MatchAt(p Pattern, t *Text, ms *Mentions, i int) (Match, bool) {
	if i < 0 || i >= len(t.Tokens) {
		return Match{}, false
	}
	m := &matcher{t: t, ms: ms, limit: t.SentenceOf(i).Limit}
	end := -1
	var groups map[string]Span
	p.match(m, i, func(j int) bool {
		end = j
		if len(m.groups) > 0 {
			groups = make(map[string]Span, len(m.groups))
			for k, v := range m.groups {
				groups[k] = v
			}
		}
		return true
	})
	if end < 0 {
		return Match{}, false
	}
	return Match{Span: Span{i, end}, groups: groups}, true
}

// Scan returns the matches of p in the tokens [first, limit), left to
// right, none overlapping: after a match, the scan goes on at its end.
func Scan(p Pattern, t *Text, ms *Mentions, first, limit int) []Match {
	var out []Match
	for i := first; i < limit; {
		if m, ok := MatchAt(p, t, ms, i); ok && m.Limit > i {
			out = append(out, m)
			i = m.Limit
			continue
		}
		i++
	}
	return out
}

// tokPat matches one token that satisfies a test.
type tokPat func(m *matcher, i int) bool

func (p tokPat) match(m *matcher, i int, k func(int) bool) bool {
	if i >= m.limit || !p(m, i) {
		return false
	}
	return k(i + 1)
}

// Tok matches one token for which f is true.
func Tok(f func(Token) bool) Pattern {
	return tokPat(func(m *matcher, i int) bool { return f(m.t.Tokens[i]) })
}

// Word matches one token whose Norm is one of words.
func Word(words ...string) Pattern {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return tokPat(func(m *matcher, i int) bool { return set[m.t.Tokens[i].Norm] })
}

// CapWord matches a word that starts with a capital.
var CapWord Pattern = Tok(Token.IsCapWord)

// InClassIf matches the longest entry of word list c at the position
// (entries may be phrases of several words) for which keep is true.
func InClassIf(c *WordClass, keep func(Entry, Token) bool) Pattern { return classPat{c, keep} }

type classPat struct {
	c    *WordClass
	keep func(Entry, Token) bool
}

func (p classPat) match(m *matcher, i int, k func(int) bool) bool {
	if i >= m.limit {
		return false
	}
	e, n := p.c.MatchAt(m.t.Tokens[:m.limit], i)
	if n == 0 || p.keep != nil && !p.keep(e, m.t.Tokens[i]) {
		return false
	}
	return k(i + n)
}

// MentionIf matches a whole mention of one of the kinds for which keep is
// true.
func MentionIf(keep func(*Mention) bool, kinds ...Kind) Pattern { return mentionPat{kinds, keep} }

type mentionPat struct {
	kinds []Kind
	keep  func(*Mention) bool
}

func (p mentionPat) match(m *matcher, i int, k func(int) bool) bool {
	if m.ms == nil || i >= m.limit {
		return false
	}
	mm := m.ms.StartingAt(i, p.kinds...)
	if mm == nil || mm.Limit > m.limit || p.keep != nil && !p.keep(mm) {
		return false
	}
	return k(mm.Limit)
}

// Seq matches its parts one after another.
func Seq(parts ...Pattern) Pattern { return seqPat(parts) }

type seqPat []Pattern

func (p seqPat) match(m *matcher, i int, k func(int) bool) bool {
	if len(p) == 0 {
		return k(i)
	}
	if t, ok := p[0].(tokPat); ok {
		// One token, one end: no continuation to build (most tries fail here).
		return i < m.limit && t(m, i) && p[1:].match(m, i+1, k)
	}
	return p[0].match(m, i, func(j int) bool { return p[1:].match(m, j, k) })
}

// Alt matches the first of its alternatives that leads to a match.
func Alt(alts ...Pattern) Pattern { return altPat(alts) }

type altPat []Pattern

func (p altPat) match(m *matcher, i int, k func(int) bool) bool {
	for _, a := range p {
		if a.match(m, i, k) {
			return true
		}
	}
	return false
}

// Opt matches p or nothing, p first.
func Opt(p Pattern) Pattern { return Rep(p, 0, 1) }

// Rep matches p at least min and at most max times (max < 0: no limit),
// as many as it can first.
func Rep(p Pattern, min, max int) Pattern { return repPat{p, min, max} }

type repPat struct {
	p        Pattern
	min, max int
}

func (r repPat) match(m *matcher, i int, k func(int) bool) bool {
	return r.from(m, i, 0, k)
}

func (r repPat) from(m *matcher, i, n int, k func(int) bool) bool {
	if r.max < 0 || n < r.max {
		more := r.p.match(m, i, func(j int) bool {
			return j > i && r.from(m, j, n+1, k)
		})
		if more {
			return true
		}
	}
	return n >= r.min && k(i)
}

// Group matches p and records the tokens it matched under name.
func Group(name string, p Pattern) Pattern { return groupPat{name, p} }

type groupPat struct {
	name string
	p    Pattern
}

func (g groupPat) match(m *matcher, i int, k func(int) bool) bool {
	if m.groups == nil {
		m.groups = map[string]Span{}
	}
	old, had := m.groups[g.name]
	ok := g.p.match(m, i, func(j int) bool {
		m.groups[g.name] = Span{i, j}
		return k(j)
	})
	if !ok {
		if had {
			m.groups[g.name] = old
		} else {
			delete(m.groups, g.name)
		}
	}
	return ok
}
