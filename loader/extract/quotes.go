package extract

import (
	"strings"

	"github.com/natokg/natokg"
)

// QuoteFinder finds quotations and who said them: “...,” said Mr Rutte;
// Mr Rutte said that “...”; a quotation that goes on in the next
// sentence of the same paragraph keeps its speaker.
type QuoteFinder struct{}

// Process adds the quotations to d.
func (QuoteFinder) Process(d *Doc) {
	type span struct{ open, close int }
	var spans []span
	open := -1
	for i, t := range d.Tokens {
		if t.Norm != "\"" {
			continue
		}
		isOpen := t.Text == "“" || t.Text == "\"" && open < 0
		if isOpen && open < 0 {
			open = i
			continue
		}
		if open >= 0 && (t.Text == "”" || t.Text == "\"") {
			if strings.Contains(d.Text[d.Tokens[open].End:t.Start], "\n") {
				open = -1
				continue
			}
			spans = append(spans, span{open, i})
			open = -1
		}
	}
	lastSpeaker, lastPara := "", -1
	for _, s := range spans {
		words := 0
		for i := s.open + 1; i < s.close; i++ {
			if d.Tokens[i].IsWord() {
				words++
			}
		}
		if words < 4 || d.titleCase(s.open+1, s.close) {
			continue // a name or a title in quotation marks, not a quotation
		}
		sent := d.Sentences[d.Tokens[s.open].Sent]
		endSent := d.Sentences[d.Tokens[s.close].Sent]
		speaker := ""
		// After the quotation, in its sentence: “...,” said Mr Rutte.
		for i := s.close + 1; i < endSent.Limit && speaker == ""; i++ {
			if d.Tokens[i].Norm == "\"" {
				break
			}
			speaker = d.personAt[i]
		}
		// Before it: Mr Rutte said that “...”.
		for i := s.open - 1; i >= sent.First && speaker == ""; i-- {
			if d.Tokens[i].Norm == "\"" {
				break
			}
			speaker = d.personAt[i]
		}
		para := d.paragraph(d.Tokens[s.open].Start)
		if speaker == "" && para == lastPara {
			speaker = lastSpeaker
		}
		if speaker == "" {
			continue
		}
		lastSpeaker, lastPara = speaker, para
		d.quotes = append(d.quotes, &natokg.Quote{
			Speaker: speaker,
			Text:    strings.TrimSpace(strings.TrimRight(d.Text[d.Tokens[s.open].End:d.Tokens[s.close].Start], ",")),
			Span:    natokg.Span{Start: d.Tokens[s.open].Start, End: d.Tokens[s.close].End},
		})
	}
}

// paragraph returns the index of the paragraph that holds byte offset off.
func (d *Doc) paragraph(off int) int {
	return strings.Count(d.Text[:off], "\n\n")
}

// titleCase reports whether most longer words of tokens [i, j) are
// capitalised, as in a title: “Putting the Transatlantic Defense
// Industrial Base back on track”.
func (d *Doc) titleCase(i, j int) bool {
	words, caps := 0, 0
	for k := i; k < j; k++ {
		if t := d.Tokens[k]; t.IsWord() && len(t.Text) > 3 {
			words++
			if t.IsCap() {
				caps++
			}
		}
	}
	return words > 0 && caps*10 >= words*6
}
