package main

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const gazDir = "../../data/gazetteer"

// readRows reads a gazetteer file, checking that it opens with a comment
// line and that every other non-blank line has exactly cols fields with no
// stray spaces and no empty "|" items.
func readRows(t *testing.T, name string, cols int) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(gazDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var rows [][]string
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 && !strings.HasPrefix(s, "# "+name) {
			t.Errorf("%s: first line should be a comment naming the file and its columns", name)
		}
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		if len(fields) != cols {
			t.Errorf("%s:%d: %d columns, want %d", name, line, len(fields), cols)
			continue
		}
		for i, v := range fields {
			if v != strings.TrimSpace(v) || strings.Contains(v, "  ") {
				t.Errorf("%s:%d: column %d has stray spaces: %q", name, line, i+1, v)
			}
			if v != "" && (strings.Contains(v, "||") || strings.HasPrefix(v, "|") || strings.HasSuffix(v, "|")) {
				t.Errorf("%s:%d: column %d has an empty list item: %q", name, line, i+1, v)
			}
		}
		if fields[0] == "" {
			t.Errorf("%s:%d: empty first column", name, line)
		}
		rows = append(rows, fields)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return rows
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// names checks that column 0 is unique and returns the set of names.
func names(t *testing.T, file string, rows [][]string) map[string]bool {
	t.Helper()
	set := map[string]bool{}
	for _, r := range rows {
		if set[r[0]] {
			t.Errorf("%s: duplicate name %q", file, r[0])
		}
		set[r[0]] = true
	}
	return set
}

// distinctForms checks that no name or alias (compared case-insensitively)
// belongs to two rows of the same file.
func distinctForms(t *testing.T, file string, rows [][]string, aliasCol int) {
	t.Helper()
	owner := map[string]string{}
	for _, r := range rows {
		forms := append([]string{r[0]}, split(r[aliasCol])...)
		for _, f := range forms {
			k := strings.ToLower(f)
			if o, ok := owner[k]; ok && o != r[0] {
				t.Errorf("%s: %q names both %q and %q", file, f, o, r[0])
			}
			owner[k] = r[0]
		}
	}
}

func enum(t *testing.T, file string, rows [][]string, col int, allowed ...string) {
	t.Helper()
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	for _, r := range rows {
		if !ok[r[col]] {
			t.Errorf("%s: %q: column %d is %q, want one of %v", file, r[0], col+1, r[col], allowed)
		}
	}
}

func TestGazetteer(t *testing.T) {
	countries := readRows(t, "countries.tsv", 7)
	cities := readRows(t, "cities.tsv", 7)
	orgs := readRows(t, "orgs.tsv", 4)
	roles := readRows(t, "roles.tsv", 3)
	posts := readRows(t, "posts.tsv", 4)
	ranks := readRows(t, "ranks.tsv", 3)
	honorifics := readRows(t, "honorifics.tsv", 4)
	places := readRows(t, "places.tsv", 4)

	// Countries: unique codes and names, aliases not shared.
	codes := names(t, "countries.tsv", countries)
	countryNames := map[string]bool{}
	for _, r := range countries {
		if countryNames[r[1]] {
			t.Errorf("countries.tsv: duplicate name %q", r[1])
		}
		countryNames[r[1]] = true
		if len(r[0]) != 2 && (len(r[0]) != 4 || r[6] != "false") || strings.ToUpper(r[0]) != r[0] {
			t.Errorf("countries.tsv: bad code %q", r[0])
		}
	}
	owner := map[string]string{}
	for _, r := range countries {
		for _, f := range append([]string{r[1], r[2]}, split(r[3])...) {
			if f == "" {
				continue
			}
			if o, ok := owner[f]; ok && o != r[0] {
				t.Errorf("countries.tsv: %q names both %s and %s", f, o, r[0])
			}
			owner[f] = r[0]
		}
	}
	enum(t, "countries.tsv", countries, 6, "true", "false")
	if len(countries) < 250 || !codes["XK"] || !codes["CSXX"] {
		t.Errorf("countries.tsv: %d rows (want 250, with XK and the former state CSXX)", len(countries))
	}
	for code, dem := range map[string]string{"IS": "Icelandic", "GB": "British", "NL": "Dutch", "CH": "Swiss", "PL": "Polish", "TR": "Turkish"} {
		found := false
		for _, r := range countries {
			if r[0] == code {
				for _, d := range split(r[4]) {
					found = found || d == dem
				}
			}
		}
		if !found {
			t.Errorf("countries.tsv: %s lacks demonym %q", code, dem)
		}
	}

	// Cities: known country, integer population, sorted, unique by
	// (name, country, admin).
	enum(t, "cities.tsv", cities, 5, "primary", "admin", "minor", "")
	seen := map[string]bool{}
	last := -1
	for _, r := range cities {
		if !codes[r[2]] {
			t.Errorf("cities.tsv: %q: unknown country code %q", r[0], r[2])
		}
		pop, err := strconv.Atoi(r[4])
		if err != nil || pop < 0 {
			t.Errorf("cities.tsv: %q: bad population %q", r[0], r[4])
		}
		if last >= 0 && pop > last {
			t.Errorf("cities.tsv: %q: not sorted by population", r[0])
		}
		last = pop
		if pop < minPop && r[5] != "primary" && r[5] != "admin" {
			t.Errorf("cities.tsv: %q: small town kept", r[0])
		}
		k := r[0] + "\t" + r[2] + "\t" + r[3]
		if seen[k] {
			t.Errorf("cities.tsv: duplicate %q", k)
		}
		seen[k] = true
	}

	checkCityAliases(t, cities, countries, places)

	// Organisations.
	orgNames := names(t, "orgs.tsv", orgs)
	distinctForms(t, "orgs.tsv", orgs, 1)
	enum(t, "orgs.tsv", orgs, 2, "intergov", "gov", "military", "programme", "agency", "other")
	for _, r := range orgs {
		if r[3] != "" && !orgNames[r[3]] {
			t.Errorf("orgs.tsv: %q: parent %q is not an organisation", r[0], r[3])
		}
		if r[3] == r[0] {
			t.Errorf("orgs.tsv: %q is its own parent", r[0])
		}
	}
	if len(orgs) < 300 {
		t.Errorf("orgs.tsv: %d rows, want 300+", len(orgs))
	}

	// Roles and posts.
	roleNames := names(t, "roles.tsv", roles)
	distinctForms(t, "roles.tsv", roles, 1)
	enum(t, "roles.tsv", roles, 2, "civil", "military", "diplomatic", "permanent", "national", "royal", "corporate", "noble")
	names(t, "posts.tsv", posts)
	for _, r := range posts {
		if !roleNames[r[1]] {
			t.Errorf("posts.tsv: %q: role %q is not in roles.tsv", r[0], r[1])
		}
		if r[2] != "" && !orgNames[r[2]] && !countryNames[r[2]] {
			t.Errorf("posts.tsv: %q: org %q is neither an organisation nor a country", r[0], r[2])
		}
		if r[3] != "" && !orgNames[r[3]] {
			t.Errorf("posts.tsv: %q: leads %q, which is no organisation", r[0], r[3])
		}
	}

	// Ranks and honorifics.
	names(t, "ranks.tsv", ranks)
	distinctForms(t, "ranks.tsv", ranks, 1)
	enum(t, "ranks.tsv", ranks, 2, "army/air", "navy", "any")
	names(t, "honorifics.tsv", honorifics)
	enum(t, "honorifics.tsv", honorifics, 3, "", "f", "m")
	distinctForms(t, "honorifics.tsv", honorifics, 1)

	// Places.
	placeNames := names(t, "places.tsv", places)
	distinctForms(t, "places.tsv", places, 1)
	enum(t, "places.tsv", places, 2, "continent", "region", "sea", "state", "city", "venue")
	for _, r := range places {
		if countryNames[r[0]] {
			t.Errorf("places.tsv: %q is a country (countries.tsv)", r[0])
		}
		if r[3] != "" && !placeNames[r[3]] && !countryNames[r[3]] {
			t.Errorf("places.tsv: %q: within %q is neither a place nor a country", r[0], r[3])
		}
		if r[3] == r[0] {
			t.Errorf("places.tsv: %q lies within itself", r[0])
		}
	}
	// No cycles in within.
	within := map[string]string{}
	for _, r := range places {
		within[r[0]] = r[3]
	}
	for n := range within {
		p, steps := n, 0
		for p != "" && steps <= len(within) {
			p = within[p]
			steps++
		}
		if p != "" {
			t.Errorf("places.tsv: %q: cycle in within", n)
		}
	}
}

// checkCityAliases checks the aliases column of cities.tsv: Latin script, at
// most maxAliases a city, none a form of the city's own name, of another
// city's name, of a country's name, alias or demonym, or of a name of
// places.tsv, and none given to two cities; and that NATO's spellings of
// some towns are there.
func checkCityAliases(t *testing.T, cities, countries, places [][]string) {
	t.Helper()
	taken := map[string]string{} // folded name: whose
	for _, r := range countries {
		for _, f := range append([]string{r[1], r[2]}, append(split(r[3]), split(r[4])...)...) {
			taken[foldName(f)] = "country " + r[0]
		}
	}
	for _, r := range places {
		for _, f := range append([]string{r[0]}, split(r[1])...) {
			taken[foldName(f)] = "place " + r[0]
		}
	}
	cityOf := map[string]map[int]bool{} // folded name: the cities of that name
	for i, r := range cities {
		for _, f := range []string{r[0], r[1]} {
			if cityOf[foldName(f)] == nil {
				cityOf[foldName(f)] = map[int]bool{}
			}
			cityOf[foldName(f)][i] = true
		}
	}
	owner := map[string]int{}
	total := 0
	for i, r := range cities {
		as := split(r[6])
		total += len(as)
		if len(as) > maxAliases {
			t.Errorf("cities.tsv: %q: %d aliases, want at most %d", r[0], len(as), maxAliases)
		}
		for _, a := range as {
			k := foldName(a)
			if why := shape(a); why != "" {
				t.Errorf("cities.tsv: %q: alias %q: %s", r[0], a, why)
			}
			if w, ok := taken[k]; ok {
				t.Errorf("cities.tsv: %q: alias %q is the name of %s", r[0], a, w)
			}
			if len(cityOf[k]) > 1 || len(cityOf[k]) == 1 && !cityOf[k][i] {
				t.Errorf("cities.tsv: %q: alias %q is the name of another city", r[0], a)
			}
			if k == foldName(r[0]) || k == foldName(r[1]) {
				t.Errorf("cities.tsv: %q: alias %q is its own name", r[0], a)
			}
			if j, ok := owner[k]; ok {
				t.Errorf("cities.tsv: alias %q of both %q and %q", a, cities[j][0], r[0])
			}
			owner[k] = i
		}
	}
	if total < 10000 {
		t.Errorf("cities.tsv: %d aliases, want 10,000 or more (rerun gazgen with -geonames)", total)
	}
	for city, alias := range map[string]string{"Mişrātah": "Misrata", "Khōst": "Khowst", "Tarīn Kōṯ": "Tarin Kowt", "Herẕliyya": "Herzliya", "Shibirghān": "Sheberghan", "Maīmanah": "Maymana"} {
		found := false
		for _, r := range cities {
			found = found || r[0] == city && slices.Contains(split(r[6]), alias)
		}
		if !found {
			t.Errorf("cities.tsv: %q lacks alias %q", city, alias)
		}
	}
}

func TestEnglishAlias(t *testing.T) {
	for s, want := range map[string]bool{
		"Republic of Estonia":       true,
		"Keeling Islands":           true,
		"Holland":                   true,
		"Republica Moldova":         false,
		"Korea, Republic of":        false,
		"Sint Maarten (Dutch part)": false,
		"Macedonia":                 false,
		"Республика Казахстан":      false,
		"Bailliage de Guernesey":    false,
		"EE":                        false,
	} {
		if got := englishAlias(s, "EE"); got != want {
			t.Errorf("englishAlias(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestShape(t *testing.T) {
	for s, want := range map[string]string{
		"Misrata":        "",
		"Mazar-i-Sharif": "",
		"Sheberghān":     "",
		"St. George's":   "",
		"Nuku’alofa":     "",
		"MZR":            dropShape,
		"Bost":           "",
		"Bos":            dropShape,
		"al-Misrata":     dropShape,
		"ILondon":        dropShape,
		"Pecuy-":         dropShape,
		"Мисурата":       dropScript,
		"Misrata 2":      dropScript,
		"Kapʼyong":       dropScript,
	} {
		if got := shape(s); got != want {
			t.Errorf("shape(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFoldName(t *testing.T) {
	for s, want := range map[string]string{
		"Mişrātah":       "misratah",
		"Mazar-e-Sharif": "mazar e sharif",
		"Herẕliyya":      "herzliyya",
		"Nuku’alofa":     "nuku'alofa",
	} {
		if got := foldName(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
	if got := looseName("Tarin Kot"); got != looseName("Tarinkot") {
		t.Errorf("looseName(Tarin Kot) = %q, want %q", got, looseName("Tarinkot"))
	}
	if got := gluedFirst("Mazar-e Sharif"); got != "mazare" {
		t.Errorf("gluedFirst(Mazar-e Sharif) = %q, want mazare", got)
	}
}

// TestFind checks how a kept city's GeoNames entry is found: by name
// near it, of the nearest population; not a homonym far away; else by
// its name without spaces, else by an alternate name.
func TestFind(t *testing.T) {
	city := func(name, ascii string, pop string, lat, lng float64) keptCity {
		return keptCity{fields: []string{name, ascii, "AF", "", pop, ""}, lat: lat, lng: lng, hasPos: true}
	}
	gs := []*geoName{
		{id: 1, name: "Khōst", ascii: "Khost", cc: "AF", pop: 96123, lat: 33.34, lng: 69.92},
		{id: 2, name: "Khost", ascii: "Khost", cc: "AF", pop: 1200, lat: 33.30, lng: 69.90},
		{id: 3, name: "Khost", ascii: "Khost", cc: "AF", pop: 150000, lat: 36.0, lng: 65.0},
		{id: 4, name: "Tarinkot", ascii: "Tarinkot", cc: "AF", pop: 10000, lat: 32.63, lng: 65.87},
		{id: 5, name: "Maymana", ascii: "Maymana", alts: []string{"Maimanah"}, cc: "AF", pop: 75900, lat: 35.92, lng: 64.78},
		{id: 6, name: "Maymana", ascii: "Maymana", cc: "IR", pop: 90000, lat: 35.92, lng: 64.78},
	}
	ix := newGeoIndex(gs)
	for _, tt := range []struct {
		c    keptCity
		want int
	}{
		{city("Khōst", "Khost", "160214", 33.3395, 69.9204), 1},
		{city("Tarīn Kōṯ", "Tarin Kot", "71604", 32.6267, 65.8733), 4},
		{city("Maīmanah", "Maimanah", "149040", 35.9333, 64.75), 5},
		{city("Maīmanah", "Maimanah", "149040", 30.0, 60.0), 0},
	} {
		got := 0
		if g := ix.find(tt.c); g != nil {
			got = g.id
		}
		if got != tt.want {
			t.Errorf("find(%s at %.1f,%.1f) = entry %d, want %d", tt.c.fields[0], tt.c.lat, tt.c.lng, got, tt.want)
		}
	}
}
