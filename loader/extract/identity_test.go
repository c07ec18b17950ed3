package extract_test

import (
	"slices"
	"testing"

	"github.com/natokg/natokg"
)

// extractText extracts a release made of a title and a body.
func extractText(t *testing.T, title, body string) *natokg.Facts {
	t.Helper()
	return newExtractor(t).Extract(&natokg.Release{Title: title, Source: "NATO", Body: body, Line: 1, BodyLine: 5})
}

// The same place or organisation, however a release names it, is one key,
// and so one node across releases.
func TestOneNodePerEntity(t *testing.T) {
	tests := []struct {
		body string
		kind string // "place" or "org"
		key  string
	}{
		{"The ministers met at NATO HQ on 3 June 2024.", "place", "NATO Headquarters"},
		{"The ministers met at NATO Headquarters on 3 June 2024.", "place", "NATO Headquarters"},
		{"Allies welcomed the US decision. The United States will host the talks.", "place", "United States"},
		{"NATO stands with the Czech Republic.", "place", "Czechia"},
		{"NATO stands with Czechia.", "place", "Czechia"},
		{"The Alliance will meet in Brussels.", "org", "North Atlantic Treaty Organization"},
		{"NATO will meet in Brussels.", "org", "North Atlantic Treaty Organization"},
	}
	for _, tt := range tests {
		f := extractText(t, "Title", tt.body)
		found := false
		switch tt.kind {
		case "place":
			for _, p := range f.Places {
				found = found || p.Key == tt.key && !p.Implied
			}
		case "org":
			for _, o := range f.Orgs {
				found = found || o.Key == tt.key
			}
		}
		if !found {
			t.Errorf("%q: no %s %q in %+v %+v", tt.body, tt.kind, tt.key, f.Places, f.Orgs)
		}
	}
}

// Places lie in the places that hold them, and bodies are part of their
// organisations, as the text or the gazetteer says.
func TestHierarchies(t *testing.T) {
	f := extractText(t, "Title", "The Network met in Karlskrona on 26 May 2025. The Secretary General visited Dayton on 27 May 2025. The Director General of the NATO International Military Staff spoke.")
	within := map[string]string{}
	for _, p := range f.Places {
		within[p.Key] = p.Within
	}
	for _, c := range [][2]string{{"Karlskrona", "Sweden"}, {"Dayton", "Ohio"}, {"Ohio", "United States"}} {
		if within[c[0]] != c[1] {
			t.Errorf("%s lies in %q, want %q", c[0], within[c[0]], c[1])
		}
	}
	parent := map[string]string{}
	for _, o := range f.Orgs {
		parent[o.Key] = o.Parent
	}
	// The IMS is part of the Military Committee, which is part of NATO.
	chain := []string{"International Military Staff"}
	for k := chain[0]; parent[k] != ""; k = parent[k] {
		chain = append(chain, parent[k])
	}
	if chain[len(chain)-1] != "North Atlantic Treaty Organization" {
		t.Errorf("the IMS's parents: %q, want a chain up to NATO", chain)
	}
}

// A person named in full, then by surname, post or pronoun, is one person.
func TestCoreference(t *testing.T) {
	f := extractText(t, "Deputy Secretary General visits Georgia",
		"NATO Deputy Secretary General Mircea Geoană visited Tbilisi on 3 March 2021. "+
			"Mr Geoană met the Prime Minister of Georgia, Mr Irakli Garibashvili. "+
			"“Georgia is one of NATO’s closest partners,” said the Deputy Secretary General. "+
			"He added that “the Alliance stands with Georgia.”")
	if len(f.People) != 2 {
		t.Fatalf("people %+v, want Geoană and Garibashvili", f.People)
	}
	var geoana *natokg.Person
	for _, p := range f.People {
		if p.Name == "Mircea Geoană" {
			geoana = p
		}
	}
	if geoana == nil {
		t.Fatalf("no Mircea Geoană in %+v", f.People)
	}
	if len(f.Quotes) != 2 || f.Quotes[0].Speaker != "Mircea Geoană" || f.Quotes[1].Speaker != "Mircea Geoană" {
		t.Errorf("quotes %+v, want two by Mircea Geoană", f.Quotes)
	}
	aliases := map[string]bool{}
	for _, a := range geoana.Aliases {
		aliases[a] = true
	}
	if !aliases["Mr Geoană"] {
		t.Errorf("aliases %q lack Mr Geoană", geoana.Aliases)
	}
}

// Names with an apostrophe ("O'Brien", "D’Alema") are whole names, while
// a possessive or a capitalised "'S" still ends the word before it.
func TestApostropheNames(t *testing.T) {
	tests := []struct {
		body string
		want string
	}{
		{"On 3 June 2024, the Secretary General met Ireland's Minister for Defence, Tomás O'Brien, in Brussels.", "Tomás O'Brien"},
		{"On 3 June 2024, the Secretary General met the Italian Minister of Defence, Massimo D’Alema, in Rome.", "Massimo D’Alema"},
	}
	for _, tt := range tests {
		f := extractText(t, "Title", tt.body)
		var names []string
		for _, p := range f.People {
			names = append(names, p.Name)
		}
		if !slices.Contains(names, tt.want) {
			t.Errorf("%q: people %q, want %q among them", tt.body, names, tt.want)
		}
	}
}
