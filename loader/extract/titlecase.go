package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// readableTitle returns a title written all in capitals ("NATO
// SECRETARY GENERAL VISITS ESTONIA") in the case of a sentence, so that
// its words are read as words and not as acronyms ("NATO Secretary
// General visits Estonia"): an acronym the gazetteer knows stays as it
// is; a name of the gazetteer of two words or more is written as the
// gazetteer writes it ("the former Yugoslav Republic of Macedonia",
// "New Zealand"); a small word that joins a name's words or stands before a place
// (connectors.tsv, place-prepositions.tsv, determiners.tsv) is written
// small; a word that opens a name of the gazetteer or is a word of the
// lexicon's names (titleWords: heads of posts, bodies, places and
// events, given names, months) takes a capital initial, as does the
// first word; any other is written small. Every byte keeps its offset;
// any other title is returned as it is.
func (x *Extractor) readableTitle(title string) string {
	words := strings.Split(title, " ")
	letters := 0
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLower(r) {
				return title
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if len(words) < 3 || letters < 12 {
		return title
	}
	named := x.G.namesIn(words)
	for i, w := range words {
		core := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'S"), "’S"), ",.:;!?")
		if form, ok := named[i]; ok && len(form) <= len(core) && strings.EqualFold(form, core[:len(form)]) && (i == 0 || !x.smallWord(strings.ToLower(core))) {
			words[i] = form + w[len(form):]
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		capital := string(r) + strings.ToLower(w[n:])
		switch {
		case core == "":
		case i > 0 && x.smallWord(strings.ToLower(core)):
			words[i] = strings.ToLower(w)
		case x.G.isAcronym(core):
		case i == 0 || x.titleWord(strings.TrimRight(capital, ",.:;!?")):
			words[i] = capital
		default:
			words[i] = strings.ToLower(w)
		}
		if len(words[i]) != len(w) {
			words[i] = w // a letter whose other case is written with other bytes
		}
	}
	return strings.Join(words, " ")
}

// titleWords are the word lists whose words are words of names: heads
// of posts, bodies, places and events, the words before a post's head,
// given names, months and weekdays.
func titleWords(lx *Lexicon) []*WordClass {
	var out []*WordClass
	for _, name := range []string{"role-heads", "role-modifiers", "org-heads", "place-heads", "event-heads", "given-names", "months", "weekdays"} {
		out = append(out, lx.Class(name))
	}
	return out
}

// smallWord reports whether w, in lower case, is a small word of a
// title: one that joins a name's words, stands before a place, or an
// article.
func (x *Extractor) smallWord(w string) bool {
	for _, c := range x.smallWords {
		if c.Has(w) {
			return true
		}
	}
	return false
}

// titleWord reports whether w, with a capital initial, opens a name of
// the gazetteer or is a word of one of the lexicon's names.
func (x *Extractor) titleWord(w string) bool {
	if x.G.opensName(w) {
		return true
	}
	for _, c := range x.titleWords {
		if c.Has(w) {
			return true
		}
	}
	return false
}
