package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenizer splits a Doc's Text into tokens and sentences.
type Tokenizer struct{}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "ms": true, "mrs": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "adm": true, "brig": true, "sgt": true, "st": true,
	"no": true, "vs": true, "amb": true, "rep": true, "sen": true, "gov": true, "hon": true,
	"cdr": true, "cmdr": true, "jr": true, "sr": true, "vice": true, "rear": true, "inc": true,
	"u.s": true, "e.g": true, "i.e": true, "etc": false, "d.c": true,
}

// Process fills d.Tokens and d.Sentences.
func (Tokenizer) Process(d *Doc) {
	text := d.Text
	sent := 0
	sentStart := 0
	first := 0
	endSentence := func(end int) {
		if len(d.Tokens) > first {
			d.Sentences = append(d.Sentences, Sentence{Start: sentStart, End: end, First: first, Limit: len(d.Tokens)})
			sent++
		}
		first = len(d.Tokens)
		sentStart = end
	}
	space := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			// A line end ends a sentence: titles, paragraphs and list lines.
			endSentence(i)
			space = true
			i += n
			sentStart = i
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Keep "O'Brien", "D'Alema", "N’Diaye" as one word: an
				// apostrophe between a letter and a capital followed by a
				// small letter (not "NATO'S").
				if r2 == '\'' || r2 == '’' {
					if r3, n3 := utf8.DecodeRuneInString(text[j+n2:]); unicode.IsUpper(r3) {
						if r4, _ := utf8.DecodeRuneInString(text[j+n2+n3:]); unicode.IsLower(r4) {
							j += n2
							continue
						}
					}
				}
				// Keep "U.S." and "D.C." as one token: a single letter, a
				// full stop, a letter.
				if r2 == '.' && j+n2 < len(text) && j-i <= 2 {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsUpper(r3) && j+n2+1 < len(text) && text[j+n2+1] == '.' {
						j += n2
						continue
					}
				}
				break
			}
			d.Tokens = append(d.Tokens, Token{Text: text[i:j], Norm: normWord(text[i:j]), Start: i, End: j, Sent: sent, SpaceBefore: space})
			space = false
			i = j
		default:
			// Possessive 's after a word: one token "'s".
			if (r == '\'' || r == '’' || r == '´') && !space && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') &&
				(i+n+1 >= len(text) || !isWordRune(rune(text[i+n+1]))) {
				d.Tokens = append(d.Tokens, Token{Text: text[i : i+n+1], Norm: "'s", Start: i, End: i + n + 1, Sent: sent})
				i += n + 1
				space = false
				continue
			}
			d.Tokens = append(d.Tokens, Token{Text: text[i : i+n], Norm: normPunct(r), Start: i, End: i + n, Sent: sent, SpaceBefore: space})
			space = false
			i += n
			if (r == '.' || r == '?' || r == '!') && sentenceEnds(d, text, i) {
				// Keep a closing quotation mark with its sentence.
				for i < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[i:])
					if r2 != '”' && r2 != '"' && r2 != '’' && r2 != ')' {
						break
					}
					d.Tokens = append(d.Tokens, Token{Text: text[i : i+n2], Norm: normPunct(r2), Start: i, End: i + n2, Sent: sent})
					i += n2
				}
				endSentence(i)
			}
		}
	}
	endSentence(len(text))
}

// sentenceEnds reports whether the full stop just read (before i) ends a sentence.
func sentenceEnds(d *Doc, text string, i int) bool {
	k := len(d.Tokens) - 2
	if k >= 0 && d.Tokens[k].End == d.Tokens[k+1].Start && d.Tokens[k].IsWord() {
		w := d.Tokens[k].Norm
		if abbreviations[w] {
			return false
		}
		// An initial: "Andrew M. Rohling".
		if utf8.RuneCountInString(d.Tokens[k].Text) == 1 && d.Tokens[k].IsCap() {
			return false
		}
	}
	// The next non-space must start a new sentence.
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == len(text) || text[j] == '\n' {
		return true
	}
	if j == i {
		return false // "2.5", "hq.nato.int"
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r) || r == '“' || r == '"' || r == '‘' || unicode.IsDigit(r) || r == '('
}

func normPunct(r rune) string {
	switch r {
	case '’', '‘', '´', '`':
		return "'"
	case '“', '”', '„':
		return "\""
	case '–', '—', '‑', '‐':
		return "-"
	}
	return string(r)
}

// normWord is the form words are matched in: lower case, diacritics kept.
func normWord(s string) string {
	return strings.ToLower(s)
}
