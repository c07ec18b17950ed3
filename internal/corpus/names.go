package corpus

import (
	"hash/fnv"
	"strconv"
)

// The built-in first and last names, of varied origins. None is also a
// place, an organisation, a role or a rank the gazetteers know, so the
// extractor reads each generated name as a person's.
var (
	maleNames = []string{
		"Anders", "Jens", "Mircea", "Javier", "Andrzej", "Piotr", "Tomás", "Luca", "Giorgos", "Mehmet",
		"Emre", "Lars", "Henrik", "Pieter", "Willem", "Ólafur", "Jonas", "Mikael", "Kęstutis", "Andris",
		"Tiit", "Dragan", "Miloš", "Nikola", "Bogdan", "Radu", "Ferenc", "Zoltán", "Pavel", "Gérard",
		"François", "Matteo", "Rui", "João", "Álvaro", "Dimitrios", "Ahmet", "Erik", "Sven", "Oleksandr",
		"Taras", "Michael", "Kenji", "Rahul", "Omar", "Youssef", "Karim", "Kwame", "Arjan", "Stefan",
		"Marek", "Ignacio", "Sipho",
	}
	femaleNames = []string{
		"Kristrún", "Radmila", "Delphine", "Rose", "Marija", "Baiba", "Ingrid", "Agata", "Marta", "Agnieszka",
		"Katarzyna", "Eva", "Zuzana", "Ivana", "Jelena", "Ana", "Inês", "Beatriz", "Chiara", "Giulia",
		"Elif", "Zeynep", "Aslı", "Kaja", "Kersti", "Laura", "Sarah", "Emily", "Olena", "Iryna",
		"Nino", "Tamar", "Margrethe", "Sanna", "Annalena", "Ursula", "Aiko", "Priya", "Amina", "Leila",
		"Nadia", "Hanna", "Liv", "Jana", "Mariana",
	}
	lastNames = []string{
		"Andersen", "Kowalski", "Nowak", "Petrescu", "Horváth", "Novák", "Dvořák", "Kovačević", "Petrović", "Jovanović",
		"Ionescu", "Dimitrov", "Georgiev", "Papadopoulos", "Yılmaz", "Demir", "Rossi", "Bianchi", "Esposito", "Ferreira",
		"Gutiérrez", "Fernández", "Domínguez", "Dubois", "Lefebvre", "Girard", "Schneider", "Fischer", "Weber", "Becker",
		"Hoffmann", "Janssen", "Peeters", "Lambert", "Hansen", "Johansson", "Lindqvist", "Virtanen", "Korhonen", "Ozols",
		"Kalniņš", "Kazlauskas", "Bakker", "Brennan", "O'Brien", "Walsh", "Fraser", "MacLeod", "Whitfield", "Ashworth",
		"Okafor", "Nakamura", "Tanaka", "Haddad", "Mansour", "Kowalczyk", "Shevchenko", "Bondarenko", "Melnyk", "Sigurðsson",
		"Hoxha", "Beridze", "Lekishvili", "Mensah", "Castellanos", "Sørensen", "Jakobsen",
	}
)

// person is someone the generator names: the holder of a post in a term,
// always the same for a seed.
type person struct {
	First, Last string
	Female      bool
	Rank        string // for officers; "" for civilians
}

// Full is the person's name.
func (p person) Full() string { return p.First + " " + p.Last }

// Styled is the name with the honorific or rank: "Mr Lars Hansen",
// "General Lars Hansen".
func (p person) Styled() string { return p.Title() + " " + p.Full() }

// Short is the honorific or rank with the last name: "Ms Nowak".
func (p person) Short() string { return p.Title() + " " + p.Last }

// Title is the rank, or Mr or Ms.
func (p person) Title() string {
	switch {
	case p.Rank != "":
		return p.Rank
	case p.Female:
		return "Ms"
	}
	return "Mr"
}

// He is the pronoun: "he" or "she".
func (p person) He() string {
	if p.Female {
		return "she"
	}
	return "he"
}

// His is the possessive: "his" or "her".
func (p person) His() string {
	if p.Female {
		return "her"
	}
	return "his"
}

// hash is a stable 64-bit hash of the seed and the parts.
func hash(seed int64, parts ...string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatInt(seed, 10)))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	// fnv's low bits mix poorly for short keys: fold the high bits in.
	v := h.Sum64()
	v ^= v >> 29
	v *= 0xbf58476d1ce4e5b9
	v ^= v >> 32
	return v
}

// holder returns who holds post (a key such as "nato/sg" or "pm/IS") in
// year: posts change hands every term years, at an offset that depends on
// the seed and the post. military gives the holder a rank of ranks.
func (w *world) holder(seed int64, post string, year, term int, ranks []string) person {
	off := int(hash(seed, post, "offset") % uint64(term))
	t := (year - 1990 + off) / term
	h := hash(seed, post, strconv.Itoa(t))
	p := person{Female: h%100 < 35}
	h >>= 8
	if p.Female {
		p.First = femaleNames[h%uint64(len(femaleNames))]
	} else {
		p.First = maleNames[h%uint64(len(maleNames))]
	}
	h >>= 8
	p.Last = lastNames[h%uint64(len(lastNames))]
	h >>= 8
	if len(ranks) > 0 {
		p.Rank = ranks[h%uint64(len(ranks))]
	}
	return p
}
