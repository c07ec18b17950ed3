package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"golang.org/x/text/unicode/norm"
)

// maxAliases is the most alternate names a city gets.
const maxAliases = 6

// minAliasPop is the population from which a city gets aliases: each
// alias costs the extractor's gazetteer memory (50,000 aliases of every
// kept city added 15 MB to its heap), and the towns whose other
// spellings releases use (Misrata, Khowst, Tarin Kowt) are larger.
const minAliasPop = 50000

// minAltLetters is the fewest letters an alternate name needs: shorter
// ones are too often a word or a name of another language ("Pech" for
// Pécs, beside Afghanistan's Pech district). GeoNames' own name of a
// city needs 4.
const minAltLetters = 5

// maxKm is how far from a kept city's coordinates (SimpleMaps') its
// GeoNames entry may lie: the nearest entry of the same name lies within
// it for 23,001 of the 23,525 cities that have one, and most of the
// others are another town of that name ("Aberdeen" in Washington for the
// one in South Dakota).
const maxKm = 25

// geoName is the part of a row of GeoNames' cities1000.txt gazgen uses.
type geoName struct {
	id          int
	name, ascii string
	alts        []string
	lat, lng    float64
	cc          string
	pop         int
}

// readGeoNames reads GeoNames' tab-separated cities1000.txt.
func readGeoNames(path string) ([]*geoName, error) {
	var gs []*geoName
	err := readTSV(path, func(f []string) error {
		g, err := parseGeoName(f)
		gs = append(gs, g)
		return err
	})
	return gs, err
}

// readTSV calls fn with the fields of each row of the tab-separated file
// at path, read with encoding/csv (lines that start with '#' are
// comments); an error names the file and the line.
func readTSV(path string, fn func(fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gazgen: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.Comment, r.FieldsPerRecord, r.LazyQuotes = '\t', '#', -1, true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err) // a csv.ParseError names the line
		}
		if err := fn(rec); err != nil {
			line, _ := r.FieldPos(0)
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
}

// parseGeoName parses one row of cities1000.txt (19 columns: geonameid,
// name, asciiname, alternatenames, latitude, longitude, feature class,
// feature code, country code, cc2, admin1-4, population, elevation, dem,
// timezone, modification date).
func parseGeoName(f []string) (*geoName, error) {
	if len(f) != 19 {
		return nil, fmt.Errorf("%d columns, want 19", len(f))
	}
	g := &geoName{name: clean(f[1]), ascii: clean(f[2]), cc: f[8]}
	var err error
	if g.id, err = strconv.Atoi(f[0]); err != nil {
		return nil, fmt.Errorf("geonameid: %w", err)
	}
	if g.lat, err = strconv.ParseFloat(f[4], 64); err != nil {
		return nil, fmt.Errorf("latitude: %w", err)
	}
	if g.lng, err = strconv.ParseFloat(f[5], 64); err != nil {
		return nil, fmt.Errorf("longitude: %w", err)
	}
	if f[14] != "" {
		if g.pop, err = strconv.Atoi(f[14]); err != nil {
			return nil, fmt.Errorf("population: %w", err)
		}
	}
	if f[3] != "" {
		g.alts = strings.Split(f[3], ",")
	}
	return g, nil
}

// foldName is the form names are compared in, as the extractor matches
// them: NFC lower case without diacritics, plain apostrophes, and a
// hyphen counted as a space ("Mazar-e-Sharif" is "Mazar-e Sharif").
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == '‘':
			b.WriteByte('\'')
		case r == '-' || r == '–':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
}

// looseName is foldName without spaces, apostrophes and dots: "Tarinkot"
// is "Tarin Kot".
func looseName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\'' || r == '.' || r == '`' || r == 'ʼ' || r == 'ʻ' {
			return -1
		}
		return r
	}, foldName(s))
}

// geoIndex finds the GeoNames entry of a kept city.
type geoIndex struct {
	byName  map[string][]*geoName // country code and folded name or ascii name
	byLoose map[string][]*geoName // country code and looseName of the name or ascii name
	byAlt   map[string][]*geoName // country code and folded alternate name
	named   map[string][]*geoName // folded name or ascii name, any country
}

// newGeoIndex indexes gs by country and name.
func newGeoIndex(gs []*geoName) *geoIndex {
	ix := &geoIndex{byName: map[string][]*geoName{}, byLoose: map[string][]*geoName{}, byAlt: map[string][]*geoName{}, named: map[string][]*geoName{}}
	for _, g := range gs {
		for k := range setOf(foldName(g.name), foldName(g.ascii)) {
			ix.byName[g.cc+"\t"+k] = append(ix.byName[g.cc+"\t"+k], g)
			ix.named[k] = append(ix.named[k], g)
		}
		for k := range setOf(looseName(g.name), looseName(g.ascii)) {
			ix.byLoose[g.cc+"\t"+k] = append(ix.byLoose[g.cc+"\t"+k], g)
		}
		alts := map[string]bool{}
		for _, a := range g.alts {
			alts[foldName(a)] = true
		}
		for k := range alts {
			ix.byAlt[g.cc+"\t"+k] = append(ix.byAlt[g.cc+"\t"+k], g)
		}
	}
	return ix
}

// setOf returns the non-empty strings of ss as a set.
func setOf(ss ...string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		if s != "" {
			m[s] = true
		}
	}
	return m
}

// find returns the GeoNames entry of city c, or nil: one of its country
// within maxKm of it whose name or ascii name is c's name or ascii name,
// folded; failing that, one whose name is c's with spaces and hyphens
// aside ("Tarinkot" for "Tarin Kot"); failing that, one of whose
// alternate names is c's name ("Maymana", which has "Maimanah", for
// "Maīmanah"). Among several, the one of the nearest population.
func (ix *geoIndex) find(c keptCity) *geoName {
	cc, name, ascii := c.fields[2], c.fields[0], c.fields[1]
	for _, tier := range []struct {
		index map[string][]*geoName
		key   func(string) string
	}{{ix.byName, foldName}, {ix.byLoose, looseName}, {ix.byAlt, foldName}} {
		gs := append(within(c, tier.index[cc+"\t"+tier.key(name)]), within(c, tier.index[cc+"\t"+tier.key(ascii)])...)
		if g := nearestPop(c, gs); g != nil {
			return g
		}
	}
	return nil
}

// within returns the entries of gs that lie within maxKm of c, or none
// where c's coordinates are unknown.
func within(c keptCity, gs []*geoName) []*geoName {
	var out []*geoName
	for _, g := range gs {
		if c.hasPos && km(c.lat, c.lng, g.lat, g.lng) <= maxKm {
			out = append(out, g)
		}
	}
	return out
}

// nearestPop returns the entry of gs whose population is nearest c's,
// the lowest geonameid on a tie, or nil.
func nearestPop(c keptCity, gs []*geoName) *geoName {
	pop, _ := strconv.Atoi(c.fields[4])
	var best *geoName
	for _, g := range gs {
		if best == nil {
			best = g
			continue
		}
		d, bd := absInt(g.pop-pop), absInt(best.pop-pop)
		if d < bd || d == bd && g.id < best.id {
			best = g
		}
	}
	return best
}

// absInt returns the absolute value of n.
func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// km is the great-circle distance between two points, in kilometres.
func km(lat1, lng1, lat2, lng2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dlat, dlng := (lat2-lat1)*rad, (lng2-lng1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlng/2)*math.Sin(dlng/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Reasons a name of a city's GeoNames entry is dropped, as counted in
// aliasFilter.dropped.
const (
	dropScript    = "not Latin letters, spaces, hyphens, apostrophes, dots"
	dropShape     = "fewer than 4 letters, all capitals, no capital first, two capitals first or a hyphen last"
	dropLetter    = "a letter other than a-z once diacritics are dropped (ł, ø, ß)"
	dropSame      = "the city's own name"
	dropCity      = "another kept city's name"
	dropClaimed   = "an alias of a larger city"
	dropElsewhere = "the name of another GeoNames place, farther than 25 km, of a tenth of the population or more"
	dropDivision  = "a first-level division of the country"
	dropReserved  = "a country or places.tsv name"
	dropGiven     = "a given name"
	dropWord      = "English words, or a word in lower case that is one"
	dropPart      = "one word of a kept city's longer name"
	dropHead      = "a word that heads other places (Sea, Province, Agora)"
	dropGlued     = "opens with two hyphened words of a town's name run together"
	dropShort     = "an alternate name of fewer than 5 letters"
	dropExtra     = "beyond the first 6"
)

// aliasFilter holds what an alternate name must not be.
type aliasFilter struct {
	words     map[string]bool   // lower-case English words
	given     map[string]bool   // folded given names
	reserved  map[string]bool   // folded names and aliases of countries and places.tsv
	cities    map[string]int    // folded name or ascii name: index of the first kept city with it
	divisions map[string]string // country code and folded division: the division
	claimed   map[string]bool   // folded aliases given to a city already
	townWords map[string]bool   // folded words of kept cities' names of several words
	glued     map[string]bool   // folded first words of kept cities' names without their hyphen ("mazare")
	particles map[string]bool   // folded particles of names ("de", "al")
	heads     map[string]bool   // folded words that head other places ("sea", "airport")
	dropped   map[string]int    // distinct alternate names dropped, by reason
	geo       *geoIndex         // GeoNames' places, whose names are theirs
}

// shape returns why s cannot be a town's name in English text: a
// character other than Latin letters, spaces, hyphens, apostrophes and
// dots; fewer than 4 letters; no capital first, or two; all in capitals; a
// hyphen last. It returns "" for a usable s.
func shape(s string) string {
	letters, upper := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && unicode.Is(unicode.Latin, r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.Is(unicode.Mn, r) || r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return dropScript
		}
	}
	rs := []rune(s)
	if letters < 4 || upper == letters || !unicode.IsUpper(rs[0]) || unicode.IsUpper(rs[1]) || rs[len(rs)-1] == '-' {
		return dropShape // "MZR", "al-Misrata", "ILondon", "Pecuy-"
	}
	return ""
}

// reject returns why name s (folded: k) of kept city i's GeoNames entry
// cannot be an alias of the city, or "". geoOwn says whether s is the
// entry's name or ascii name rather than an alternate name.
func (f *aliasFilter) reject(s, k string, i int, c keptCity, geoOwn bool) string {
	if why := shape(s); why != "" {
		return why
	}
	if !isASCII(k) {
		return dropLetter
	}
	if why := f.taken(k, i, c, geoOwn); why != "" {
		return why
	}
	return f.ambiguous(s, k, geoOwn)
}

// taken returns why folded name k is another place's or the city's own,
// or "".
func (f *aliasFilter) taken(k string, i int, c keptCity, geoOwn bool) string {
	if k == foldName(c.fields[0]) || k == foldName(c.fields[1]) {
		return dropSame
	}
	if j, ok := f.cities[k]; ok && j != i {
		return dropCity
	}
	if f.claimed[k] {
		return dropClaimed
	}
	if f.elsewhere(k, c) {
		return dropElsewhere
	}
	if d, ok := f.divisions[c.fields[2]+"\t"+k]; ok && !geoOwn && !strings.HasPrefix(foldName(c.fields[0]), foldName(d)+" ") {
		return dropDivision // "Laghman" for Mehtar Lām; but "Cardiff", GeoNames' name of Caerdydd, and "Tel Aviv" for Tel Aviv-Yafo
	}
	if f.reserved[k] {
		return dropReserved
	}
	return ""
}

// ambiguous returns why name s (folded: k) would be read as something
// else in English text, or "".
func (f *aliasFilter) ambiguous(s, k string, geoOwn bool) string {
	if f.given[k] {
		return dropGiven
	}
	if !strings.Contains(k, " ") && f.townWords[k] {
		return dropPart
	}
	if f.glued[strings.Fields(k)[0]] {
		return dropGlued
	}
	if !geoOwn && letters(s) < minAltLetters {
		return dropShort
	}
	for _, w := range strings.Fields(k) {
		if f.heads[w] {
			return dropHead
		}
	}
	if f.english(s) {
		return dropWord
	}
	return ""
}

// elsewhere reports whether folded name k is the name of a GeoNames place
// farther than maxKm from city c with a tenth of its population or more:
// "Skagen" in Denmark, which GeoNames also gives as a name of Schagen in
// the Netherlands.
func (f *aliasFilter) elsewhere(k string, c keptCity) bool {
	pop, _ := strconv.Atoi(c.fields[4])
	for _, g := range f.geo.named[k] {
		if 10*g.pop >= pop && (!c.hasPos || km(c.lat, c.lng, g.lat, g.lng) > maxKm) {
			return true
		}
	}
	return false
}

// english reports whether s is English words alone ("The Center"), or
// has a word in lower case that is an English word and no particle of
// names ("Kuwait by", Danish for Kuwait City).
func (f *aliasFilter) english(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	all := true
	for _, w := range words {
		k := foldName(w)
		if letters(k) < 2 {
			continue // "e" and "i" of "Mazar-i-Sharif"
		}
		if !f.words[k] {
			all = false
			continue
		}
		if len(words) > 1 && w == strings.ToLower(w) && !f.particles[k] {
			return true
		}
	}
	return all
}

// gluedFirst returns the first two words of name s run together, folded,
// where a hyphen joins them ("mazare" for "Mazar-e Sharif"), or "". The
// extractor reads "Mazar-e" as "Mazare" where a form opens with that word,
// and would then miss "Mazar-e Sharif".
func gluedFirst(s string) string {
	a, rest, ok := strings.Cut(strings.Fields(s + " ")[0], "-")
	b, _, _ := strings.Cut(rest, "-")
	if !ok || a == "" || b == "" {
		return ""
	}
	return foldName(a + b)
}

// letters returns the number of letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// candidates returns g's names, each once by folded form (the ASCII
// spelling where there is one): its name and ascii name first, then its
// alternate names, nearest the city's ascii name first.
func candidates(g *geoName, c keptCity) []string {
	forms := map[string]string{}
	var keys []string
	for _, s := range append([]string{g.name, g.ascii}, g.alts...) {
		s = clean(s)
		if s == "" {
			continue
		}
		k := foldName(s)
		old, ok := forms[k]
		if !ok {
			keys = append(keys, k)
		}
		if !ok || !isASCII(old) && isASCII(s) {
			forms[k] = s
		}
	}
	own := setOf(foldName(g.name), foldName(g.ascii))
	ref := foldName(c.fields[1])
	sort.SliceStable(keys, func(a, b int) bool {
		if own[keys[a]] != own[keys[b]] {
			return own[keys[a]]
		}
		if own[keys[a]] {
			return false // the name, then the ascii name
		}
		da, db := levenshtein.ComputeDistance(keys[a], ref), levenshtein.ComputeDistance(keys[b], ref)
		if da != db {
			return da < db
		}
		return keys[a] < keys[b]
	})
	out := make([]string, len(keys))
	for n, k := range keys {
		out[n] = forms[k]
	}
	return out
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// aliases returns at most maxAliases alternate names of kept city i from
// its GeoNames entry g, and marks them claimed.
func (f *aliasFilter) aliases(g *geoName, i int, c keptCity) []string {
	var out []string
	own := setOf(foldName(g.name), foldName(g.ascii))
	for _, s := range candidates(g, c) {
		k := foldName(s)
		why := f.reject(s, k, i, c, own[k])
		if why == "" && len(out) == maxAliases {
			why = dropExtra
		}
		if why != "" {
			f.dropped[why]++
			continue
		}
		out = append(out, s)
	}
	for _, s := range out {
		f.claimed[foldName(s)] = true
	}
	return out
}

// newAliasFilter returns the filter for the kept cities cs, given the
// rows of countries.tsv, the files of given names, name particles, place
// heads and places, and the English word lists (none for the built-in
// short list).
func newAliasFilter(cs []keptCity, countryRows [][]string, givenPath, particlesPath, headsPath, placesPath string, wordPaths []string) (*aliasFilter, error) {
	f := &aliasFilter{cities: map[string]int{}, divisions: map[string]string{}, claimed: map[string]bool{},
		reserved: map[string]bool{}, dropped: map[string]int{}, townWords: map[string]bool{}, glued: map[string]bool{},
		given: map[string]bool{}, particles: map[string]bool{}, heads: map[string]bool{}}
	f.indexCities(cs)
	for _, r := range countryRows {
		for _, s := range append([]string{r[1], r[2]}, append(items(r[3]), items(r[4])...)...) {
			f.reserved[foldName(s)] = true
		}
	}
	for _, l := range []struct {
		path string
		set  map[string]bool
		cols []int
	}{{placesPath, f.reserved, []int{0, 1}}, {givenPath, f.given, []int{0}}, {particlesPath, f.particles, []int{0}}, {headsPath, f.heads, []int{0}}} {
		if err := readColumns(l.path, l.set, l.cols...); err != nil {
			return nil, err
		}
	}
	var err error
	if f.words, err = readWords(wordPaths); err != nil {
		return nil, err
	}
	return f, nil
}

// indexCities records the kept cities' names, the words of their names,
// their names' hyphened first words run together and their first-level
// divisions.
func (f *aliasFilter) indexCities(cs []keptCity) {
	for i, c := range cs {
		for _, s := range append([]string{c.fields[0], c.fields[1]}, strings.Split(c.fields[0], "/")...) {
			if _, ok := f.cities[foldName(s)]; !ok && s != "" {
				f.cities[foldName(s)] = i // "Bienne" is Biel/Bienne's, not Vienna's
			}
			if g := gluedFirst(s); g != "" {
				f.glued[g] = true
			}
			if ws := strings.Fields(foldName(s)); len(ws) > 1 {
				for _, w := range ws {
					f.townWords[w] = true
				}
			}
		}
		if c.fields[3] != "" {
			f.divisions[c.fields[2]+"\t"+foldName(c.fields[3])] = c.fields[3]
		}
	}
}

// readColumns adds the folded values (|-separated lists) of the given
// columns of a TSV file with # comments to set.
func readColumns(path string, set map[string]bool, cols ...int) error {
	return readTSV(path, func(fields []string) error {
		for _, c := range cols {
			if c < len(fields) {
				for _, s := range items(fields[c]) {
					set[foldName(s)] = true
				}
			}
		}
		return nil
	})
}

// fallbackWords stand in for the word lists in a run without them: some
// English words that GeoNames gives as alternate names of kept towns
// ("Soul" for Seoul, "Madras" for Chennai, "Terminus" for Atlanta). They
// catch far fewer than the word lists do.
var fallbackWords = []string{"soul", "madras", "logos", "angora", "terminus", "meshed", "damask", "roles", "tunes", "lime", "delis", "sunning", "bust", "city", "town"}

// readWords returns the lower-case words of the word lists (one word a
// line, as /usr/share/dict/words), or fallbackWords where there is none.
func readWords(paths []string) (map[string]bool, error) {
	words := map[string]bool{}
	if len(paths) == 0 {
		for _, w := range fallbackWords {
			words[w] = true
		}
		return words, nil
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("word list: %w", err)
		}
		for _, w := range strings.Fields(string(b)) {
			if w != "" && !strings.Contains(w, "'") && strings.ToLower(w) == w {
				words[foldName(w)] = true
			}
		}
	}
	return words, nil
}

// addAliases appends to each kept city's fields the |-separated
// aliases from its GeoNames entry, and returns how many cities have an
// entry.
func addAliases(cs []keptCity, gs []*geoName, f *aliasFilter) (matched int) {
	ix := newGeoIndex(gs)
	f.geo = ix
	for i := range cs {
		var as []string
		if g := ix.find(cs[i]); g != nil {
			matched++
			if pop, _ := strconv.Atoi(cs[i].fields[4]); pop >= minAliasPop {
				as = f.aliases(g, i, cs[i])
			}
		}
		cs[i].fields = append(cs[i].fields, join(as))
	}
	return matched
}
