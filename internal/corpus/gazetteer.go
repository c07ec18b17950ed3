package corpus

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/natokg/natokg/data"
)

// world is what the generator draws from the project's gazetteers
// (package data): countries and their cities, NATO's commands and bodies,
// role titles and ranks.
type world struct {
	countries map[string]*country // by ISO code
	allies    []*country          // NATO's members
	partners  []*country          // the partners NATO releases name most
	favoured  []*country          // allies and partners
	others    []*country          // every other UN member with a capital
	places    map[string]place    // places.tsv: name -> kind and container
	orgs      map[string][]string // orgs.tsv: name -> aliases
	roles     map[string]bool     // roles.tsv: canonical titles
	ranks     rankSets            // officers' ranks from ranks.tsv
	regions   []string            // regions and seas NATO releases name
	missions  []string            // NATO operations and missions
	programs  []string            // NATO partnership programmes
	commands  []site              // NATO commands and where they sit
	hosts     []site              // bodies that host conferences, and where
}

type country struct {
	Code, Name string
	// Adj is the adjective ("Icelandic"), or "" when the gazetteer gives
	// none that reads as one.
	Adj string
	// Capital is the national capital, or "" when cities.tsv marks none.
	Capital string
	// Cities are the largest other cities, largest first.
	Cities []string
}

// cities returns the capital (if any) and the largest cities.
func (c *country) cities() []string {
	if c.Capital == "" {
		return c.Cities
	}
	return append([]string{c.Capital}, c.Cities...)
}

type place struct {
	Kind, Within string
}

// site is an organisation of the gazetteer with the city it sits in.
type site struct {
	Org, Acronym, City, Country string
}

var (
	worldOnce sync.Once
	theWorld  *world
	worldErr  error
)

// loadWorld reads the gazetteers once.
func loadWorld() (*world, error) {
	worldOnce.Do(func() { theWorld, worldErr = readWorld(data.Gazetteer) })
	return theWorld, worldErr
}

// allyCodes and partnerCodes are the Allies and the partners that NATO's
// releases name most (ISO codes; the names come from countries.tsv).
var (
	allyCodes = []string{
		"AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV",
		"LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US",
	}
	partnerCodes = []string{
		"UA", "GE", "MD", "BA", "AT", "IE", "CH", "MT", "JP", "KR", "AU", "NZ", "JO", "TN",
		"MA", "MR", "EG", "QA", "KW", "BH", "AE", "RS", "IQ", "MN", "CO", "AM", "AZ", "KZ",
	}
)

// Where NATO's commands and conference hosts sit: general knowledge, as the
// gazetteers are; readWorld keeps only the entries whose organisation and
// city the gazetteers know.
var commandSites = []site{
	{Org: "Joint Force Command Brunssum", City: "Brunssum", Country: "Netherlands"},
	{Org: "Joint Force Command Naples", City: "Naples", Country: "Italy"},
	{Org: "Joint Force Command Norfolk", City: "Norfolk", Country: "United States"},
	{Org: "Allied Maritime Command", City: "Northwood", Country: "United Kingdom"},
	{Org: "Allied Air Command", City: "Ramstein-Miesenbach", Country: "Germany"},
	{Org: "Allied Land Command", City: "Izmir", Country: "Türkiye"},
	{Org: "Joint Support and Enabling Command", City: "Ulm", Country: "Germany"},
	{Org: "Joint Warfare Centre", City: "Stavanger", Country: "Norway"},
	{Org: "Joint Force Training Centre", City: "Bydgoszcz", Country: "Poland"},
	{Org: "Joint Analysis and Lessons Learned Centre", City: "Lisbon", Country: "Portugal"},
	{Org: "Multinational Corps Northeast", City: "Szczecin", Country: "Poland"},
	{Org: "NATO Rapid Deployable Corps - Italy", City: "Solbiate Olona", Country: "Italy"},
	{Org: "1 German-Netherlands Corps", City: "Münster", Country: "Germany"},
	{Org: "Kosovo Force", City: "Pristina", Country: "Kosovo"},
	{Org: "Combined Air Operations Centre Uedem", City: "Uedem", Country: "Germany"},
	{Org: "NATO Airborne Early Warning and Control Force", City: "Geilenkirchen", Country: "Germany"},
	{Org: "Multinational Division North East", City: "Elbląg", Country: "Poland"},
}

var hostSites = []site{
	{Org: "Cooperative Cyber Defence Centre of Excellence", City: "Tallinn", Country: "Estonia"},
	{Org: "Strategic Communications Centre of Excellence", City: "Riga", Country: "Latvia"},
	{Org: "Energy Security Centre of Excellence", City: "Vilnius", Country: "Lithuania"},
	{Org: "Centre of Excellence Defence Against Terrorism", City: "Ankara", Country: "Türkiye"},
	{Org: "Civil-Military Cooperation Centre of Excellence", City: "The Hague", Country: "Netherlands"},
	{Org: "Joint Air Power Competence Centre", City: "Kalkar", Country: "Germany"},
	{Org: "Counter-Improvised Explosive Devices Centre of Excellence", City: "Madrid", Country: "Spain"},
	{Org: "Joint Chemical, Biological, Radiological and Nuclear Defence Centre of Excellence", City: "Vyškov", Country: "Czechia"},
	{Org: "Centre of Excellence for Operations in Confined and Shallow Waters", City: "Kiel", Country: "Germany"},
	{Org: "Command and Control Centre of Excellence", City: "Utrecht", Country: "Netherlands"},
	{Org: "Crisis Management and Disaster Response Centre of Excellence", City: "Sofia", Country: "Bulgaria"},
	{Org: "Counter-Intelligence Centre of Excellence", City: "Kraków", Country: "Poland"},
	{Org: "Explosive Ordnance Disposal Centre of Excellence", City: "Trenčín", Country: "Slovakia"},
	{Org: "Human Intelligence Centre of Excellence", City: "Oradea", Country: "Romania"},
	{Org: "Military Engineering Centre of Excellence", City: "Ingolstadt", Country: "Germany"},
	{Org: "Military Medicine Centre of Excellence", City: "Budapest", Country: "Hungary"},
	{Org: "Military Police Centre of Excellence", City: "Bydgoszcz", Country: "Poland"},
	{Org: "Naval Mine Warfare Centre of Excellence", City: "Ostend", Country: "Belgium"},
	{Org: "Stability Policing Centre of Excellence", City: "Vicenza", Country: "Italy"},
	{Org: "Maritime Security Centre of Excellence", City: "Istanbul", Country: "Türkiye"},
	{Org: "Space Centre of Excellence", City: "Toulouse", Country: "France"},
	{Org: "Integrated Air and Missile Defence Centre of Excellence", City: "Chania", Country: "Greece"},
	{Org: "European Centre of Excellence for Countering Hybrid Threats", City: "Helsinki", Country: "Finland"},
	{Org: "NATO Defense College", City: "Rome", Country: "Italy"},
	{Org: "NATO School Oberammergau", City: "Oberammergau", Country: "Germany"},
	{Org: "NATO Communications and Information Agency", City: "The Hague", Country: "Netherlands"},
	{Org: "NATO Support and Procurement Agency", City: "Capellen", Country: "Luxembourg"},
	{Org: "Centre for Maritime Research and Experimentation", City: "La Spezia", Country: "Italy"},
	{Org: "NATO Parliamentary Assembly", City: "", Country: ""}, // meets in a member's city
}

// The regions, missions and programmes the background paragraphs name;
// readWorld keeps those the gazetteers list.
var (
	wantRegions = []string{
		"High North", "Western Balkans", "Black Sea region", "Mediterranean region", "Middle East", "Sahel",
		"South Caucasus", "Indo-Pacific", "Baltic Sea", "Black Sea", "North Atlantic", "Arctic",
		"Southern Neighbourhood", "Eastern Flank", "Gulf region", "Horn of Africa",
	}
	wantMissions = []string{
		"Kosovo Force", "NATO Mission Iraq", "Resolute Support Mission", "International Security Assistance Force",
		"Baltic Air Policing", "Standing NATO Maritime Group 2", "Enhanced Forward Presence", "NATO Response Force",
	}
	wantPrograms = []string{
		"Partnership for Peace", "Planning and Review Process", "Defence Education Enhancement Programme",
		"Building Integrity Programme", "NATO Science for Peace and Security Programme",
		"Defence and Related Security Capacity Building Initiative", "Partnership Interoperability Initiative",
	}
)

// rankSets are the ranks the generator gives officers, by kind of post;
// readWorld keeps only those ranks.tsv lists.
type rankSets struct {
	top, army, air, navy, staff []string
}

var wantRanks = rankSets{
	top:   []string{"General", "Admiral", "Air Chief Marshal"},
	army:  []string{"General", "Lieutenant General", "Major General"},
	air:   []string{"General", "Lieutenant General", "Air Marshal"},
	navy:  []string{"Admiral", "Vice Admiral", "Rear Admiral"},
	staff: []string{"Colonel", "Brigadier General", "Air Commodore", "Commodore"},
}

func keep(list []string, known map[string]bool) []string {
	var out []string
	for _, r := range list {
		if known[r] {
			out = append(out, r)
		}
	}
	return out
}

func readWorld(fsys fs.FS) (*world, error) {
	w := &world{countries: map[string]*country{}, places: map[string]place{}, orgs: map[string][]string{}, roles: map[string]bool{}}
	var un = map[string]bool{}
	err := readTSV(fsys, "gazetteer/countries.tsv", func(f []string) {
		if len(f) < 7 {
			return
		}
		c := &country{Code: f[0], Name: f[1]}
		for _, d := range split(f[4]) {
			// The adjective is the demonym in -an, -ic, -ish, -ese, -i
			// ("Icelandic", not "Icelander").
			if !strings.HasSuffix(d, "er") && !strings.HasSuffix(d, "man") {
				c.Adj = d
			}
		}
		w.countries[c.Code] = c
		un[c.Code] = f[6] == "true"
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "gazetteer/cities.tsv", func(f []string) {
		if len(f) < 6 {
			return
		}
		c := w.countries[f[2]]
		if c == nil {
			return
		}
		switch {
		case f[5] == "primary" && c.Capital == "":
			c.Capital = f[0]
		case len(c.Cities) < 5:
			c.Cities = append(c.Cities, f[0])
		}
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "gazetteer/places.tsv", func(f []string) {
		if len(f) >= 4 {
			w.places[f[0]] = place{Kind: f[2], Within: f[3]}
		}
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "gazetteer/orgs.tsv", func(f []string) { w.orgs[f[0]] = split(f[1]) })
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, "gazetteer/roles.tsv", func(f []string) { w.roles[f[0]] = true })
	if err != nil {
		return nil, err
	}
	knownRanks := map[string]bool{}
	err = readTSV(fsys, "gazetteer/ranks.tsv", func(f []string) { knownRanks[f[0]] = true })
	if err != nil {
		return nil, err
	}
	w.ranks = rankSets{
		top: keep(wantRanks.top, knownRanks), army: keep(wantRanks.army, knownRanks),
		air: keep(wantRanks.air, knownRanks), navy: keep(wantRanks.navy, knownRanks),
		staff: keep(wantRanks.staff, knownRanks),
	}
	fav := map[string]bool{}
	for _, code := range allyCodes {
		if c := w.countries[code]; c != nil && c.Capital != "" {
			w.allies = append(w.allies, c)
			fav[code] = true
		}
	}
	for _, code := range partnerCodes {
		if c := w.countries[code]; c != nil && c.Capital != "" {
			w.partners = append(w.partners, c)
			fav[code] = true
		}
	}
	w.favoured = append(append([]*country{}, w.allies...), w.partners...)
	for _, code := range sortedKeys(w.countries) {
		if c := w.countries[code]; un[code] && !fav[code] && c.Capital != "" {
			w.others = append(w.others, c)
		}
	}
	for _, r := range wantRegions {
		if _, ok := w.places[r]; ok {
			w.regions = append(w.regions, r)
		}
	}
	for _, m := range wantMissions {
		if _, ok := w.orgs[m]; ok {
			w.missions = append(w.missions, m)
		}
	}
	for _, m := range wantPrograms {
		if _, ok := w.orgs[m]; ok {
			w.programs = append(w.programs, m)
		}
	}
	w.commands = w.knownSites(commandSites)
	w.hosts = w.knownSites(hostSites)
	if len(w.allies) == 0 || len(w.partners) == 0 || len(w.others) == 0 || len(w.ranks.top) == 0 || len(w.ranks.army) == 0 || len(w.ranks.air) == 0 ||
		len(w.ranks.navy) == 0 || len(w.ranks.staff) == 0 || len(w.commands) == 0 ||
		len(w.regions) == 0 || len(w.missions) == 0 || len(w.programs) == 0 || len(w.hosts) == 0 {
		return nil, fmt.Errorf("corpus: the gazetteers lack what the generator needs")
	}
	for _, r := range usedRoles {
		if !w.roles[r] {
			return nil, fmt.Errorf("corpus: role %q is not in roles.tsv", r)
		}
	}
	return w, nil
}

// knownSites keeps the sites whose organisation and city the gazetteers
// know, with the organisation's acronym.
func (w *world) knownSites(in []site) []site {
	var out []site
	for _, s := range in {
		aliases, ok := w.orgs[s.Org]
		if !ok {
			continue
		}
		if s.City != "" && !w.knowsCity(s.City, s.Country) {
			continue
		}
		for _, a := range aliases {
			if acronym(a) {
				s.Acronym = a
				break
			}
		}
		out = append(out, s)
	}
	return out
}

func (w *world) knowsCity(city, countryName string) bool {
	if _, ok := w.places[city]; ok {
		return true
	}
	for _, c := range w.countries {
		if c.Name == countryName {
			for _, n := range c.cities() {
				if n == city {
					return true
				}
			}
		}
	}
	return false
}

// acronym tells a short upper-case alias ("JFC Naples" is not one).
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r == '-' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func readTSV(fsys fs.FS, name string, row func(f []string)) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Split(s, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		row(fields)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("corpus: %s: %w", name, err)
	}
	return nil
}

func sortedKeys(m map[string]*country) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
