package extract

import (
	"strings"

	"github.com/natokg/natokg"
)

// QuoteFinder is the stage that finds quotations and who said them:
// “...,” said Mr Rutte; Mr Rutte said that “...”; a quotation that goes
// on in the next sentence of the same paragraph keeps its speaker.
type QuoteFinder struct {
	// SpeechVerbs are the verbs that report speech (speech-verbs.tsv):
	// a person after one and "that", before a quotation, is spoken of,
	// not the speaker ("saying that journalist X “must be released”").
	SpeechVerbs *WordClass
}

// Find returns the quotations of t, their speakers found through people.
func (f QuoteFinder) Find(t *Text, people *People) []*natokg.Quote {
	var out []*natokg.Quote
	lastSpeaker, lastPara := "", -1
	for _, q := range quoteSpans(t) {
		if wordCount(t, q) < 4 || titleCase(t, q.First+1, q.Limit-1) {
			continue // a name or a title in quotation marks, not a quotation
		}
		speaker := f.speakerOf(t, people, q)
		para := strings.Count(t.Src[:t.Tokens[q.First].Start], "\n\n")
		if speaker == "" && para == lastPara {
			speaker = lastSpeaker
		}
		if speaker == "" {
			continue
		}
		lastSpeaker, lastPara = speaker, para
		out = append(out, &natokg.Quote{
			Speaker: speaker,
			Text:    strings.TrimSpace(strings.TrimRight(t.Src[t.Tokens[q.First].End:t.Tokens[q.Limit-1].Start], ",")),
			Span:    t.ByteSpan(q.First, q.Limit),
		})
	}
	return out
}

// quoteSpans returns the spans from an opening quotation mark to its
// closing one, within one paragraph.
func quoteSpans(t *Text) []Span {
	var spans []Span
	open := -1
	for i, tok := range t.Tokens {
		if tok.Norm != "\"" {
			continue
		}
		if open < 0 && (tok.Text == "“" || tok.Text == "\"") {
			open = i
			continue
		}
		if open >= 0 && (tok.Text == "”" || tok.Text == "\"") {
			if !strings.Contains(t.Src[t.Tokens[open].End:tok.Start], "\n") {
				spans = append(spans, Span{open, i + 1})
			}
			open = -1
		}
	}
	return spans
}

func wordCount(t *Text, s Span) int {
	n := 0
	for i := s.First; i < s.Limit; i++ {
		if t.Tokens[i].IsWord() {
			n++
		}
	}
	return n
}

// speakerOf returns the person named after the quotation in its sentence
// (“...,” said Mr Rutte), else before it (Mr Rutte said that “...”), but
// not one named after a verb of speech and "that" before it, whom the
// speaker speaks of ("Mr Rutte said that X “must be released”").
func (f QuoteFinder) speakerOf(t *Text, people *People, q Span) string {
	end := t.SentenceOf(q.Limit - 1)
	for i := q.Limit; i < end.Limit; i++ {
		if t.Norm(i) == "\"" {
			break
		}
		if k := people.At[i]; k != "" {
			return k
		}
	}
	start := t.SentenceOf(q.First)
	found, spokenOf := "", false
	for i := q.First - 1; i >= start.First; i-- {
		if t.Norm(i) == "\"" {
			break
		}
		if t.Norm(i) == "that" && f.SpeechVerbs.Has(t.Norm(i-1)) && found != "" && !spokenOf {
			found, spokenOf = "", true
			continue
		}
		if k := people.At[i]; k != "" && found == "" {
			found = k
			if spokenOf {
				return k
			}
		}
	}
	return found
}

// titleCase reports whether most longer words of tokens [i, j) are
// capitalised, as in a title: “Putting the Transatlantic Defense
// Industrial Base back on track”.
func titleCase(t *Text, i, j int) bool {
	words, caps := 0, 0
	for k := i; k < j; k++ {
		if tok := t.Tokens[k]; tok.IsWord() && len(tok.Text) > 3 {
			words++
			if tok.IsCap() {
				caps++
			}
		}
	}
	return words > 0 && caps*10 >= words*6
}
