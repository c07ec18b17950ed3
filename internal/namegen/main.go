// Command namegen regenerates data/lexicon/given-names.tsv, a list of given
// names (first names) in Latin script from many languages, and copies the
// licence of its source to data/lexicon/LICENSE.faker.
//
// The names come from the per-locale person.first_name lists of the npm
// package @faker-js/faker. Fetch and unpack the package, dump those lists
// to JSON with a throwaway Node script (Node ^20.19, ^22.13 or >= 24, as
// the package requires), then run namegen from the module root:
//
//	mkdir -p /tmp/npm && cd /tmp/npm
//	npm pack @faker-js/faker@10.6.0
//	mkdir faker
//	tar -xzf faker-js-faker-10.6.0.tgz -C faker
//	npm install --no-save --prefix /tmp/npm cyrillic-to-translit-js@3.2.1 any-ascii@0.3.3
//	node --input-type=module -e '
//	import { allLocales } from "/tmp/npm/faker/package/dist/index.js";
//	import anyAscii from "/tmp/npm/node_modules/any-ascii/any-ascii.js";
//	import { createRequire } from "node:module";
//	const Translit = createRequire("/tmp/npm/")("cyrillic-to-translit-js");
//	const out = {};
//	for (const code of Object.keys(allLocales).sort()) {
//		const fn = allLocales[code].person?.first_name;
//		if (fn) out[code] = fn;
//	}
//	const each = (fn, f) => Array.isArray(fn) ? fn.map(f) : Object.fromEntries(Object.entries(fn).map(([k, l]) => [k, l.map(f)]));
//	for (const code of ["ru", "uk"]) {
//		const tr = new Translit({ preset: code });
//		out[code + "_Latn"] = each(out[code], n => tr.transform(n));
//	}
//	for (const code of ["el", "hy", "ka_GE", "mk"]) {
//		const latin = n => anyAscii(n).replace(/[\x27\u2019]/g, "");
//		out[code + "_Latn"] = each(out[code], n => { const l = latin(n); return l[0].toUpperCase() + l.slice(1); });
//	}
//	process.stdout.write(JSON.stringify(out, null, 1) + "\n");
//	' > first-names.json
//	cd -
//	go run ./internal/namegen \
//		-in /tmp/npm/first-names.json \
//		-pkg /tmp/npm/faker/package \
//		-romanised "cyrillic-to-translit-js@3.2.1 (MIT; ru, uk: Ukraine's national system of 2010) and any-ascii@0.3.3 (ISC; el, hy, ka_GE, mk)" \
//		-out data/lexicon
//
// The lists of Russia, Ukraine, Greece, Armenia, Georgia and North
// Macedonia are not in Latin script; the script adds them romanised, as
// the locales ru_Latn, uk_Latn, el_Latn, hy_Latn, ka_GE_Latn and mk_Latn:
// Russian and Ukrainian with the npm package cyrillic-to-translit-js
// (its "uk" preset is Ukraine's national system of 2010, in which
// Ukraine's officials' names are written: "Dmytro", "Oleksii"), the others
// with the npm package any-ascii, without the apostrophes it marks
// Georgian and Armenian ejectives with ("Irakli", not "Irak'li"), as
// those countries' officials' names are written. -romanised names those
// packages in the header.
//
// The JSON maps a faker locale code ("de", "ro_MD", "sr_RS_latin") to its
// person.first_name, which is either a list of names or an object of lists
// (generic, female, male); all lists are merged, and a name that only
// female or only male lists hold is marked so in the third column (f, m),
// which the extractor reads as its holder's sex where the text gives none. Locales that define no
// first names of their own (en_US, en_GB, which inherit en's) are absent.
//
// namegen reads the package version and licence from -pkg's package.json
// and copies -pkg's LICENSE verbatim. @faker-js/faker is under the MIT
// License; the generated file says so in its header.
//
// Names are NFC-normalised and their spaces collapsed. A name is kept when
// all its letters are Latin (diacritics, combining marks, spaces, hyphens
// and apostrophes are fine: "Kristrún", "Anne-Marie", "G'ulom", "Anh
// Tuấn"); names in other scripts (Cyrillic, Greek, Han, Hangul, Arabic,
// ...), names with digits or other characters, and single letters are
// dropped. Nothing else is filtered: the list stays faithful to the source
// and the extractor decides how to use it.
//
// The output is deterministic: one line per distinct name, sorted by name
// (byte order, i.e. code point order), each with the sorted locales that
// list it.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Drop reasons that are not a script name.
const (
	dropDigit  = "digit"
	dropSingle = "single letter"
	dropOther  = "other character"
	dropEmpty  = "empty"
)

func main() {
	in := flag.String("in", "", "path to the JSON dump of every locale's person.first_name")
	pkg := flag.String("pkg", "", "path to the unpacked @faker-js/faker package (the directory holding package.json and LICENSE)")
	out := flag.String("out", "data/lexicon", "directory given-names.tsv and LICENSE.faker are written to")
	romanised := flag.String("romanised", "", "the npm package@version that romanised the *_Latn locales of the dump, named in the header")
	flag.Parse()
	if *in == "" || *pkg == "" {
		flag.Usage()
		os.Exit(2)
	}
	st, err := run(*in, *pkg, *out, *romanised)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s@%s: %d locales, %d distinct names read\n", st.pkg, st.version, st.locales, st.read)
	fmt.Printf("given-names.tsv: %d names\n", st.kept)
	reasons := make([]string, 0, len(st.dropped))
	for r := range st.dropped {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if st.dropped[reasons[i]] != st.dropped[reasons[j]] {
			return st.dropped[reasons[i]] > st.dropped[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	for _, r := range reasons {
		fmt.Printf("dropped %-16s %6d\n", r+":", st.dropped[r])
	}
}

// stats sums up a run.
type stats struct {
	pkg, version string
	locales      int            // locales with first names
	read         int            // distinct names read, after normalisation
	kept         int            // names written
	dropped      map[string]int // distinct names dropped, by reason
}

func run(in, pkg, out, romanised string) (stats, error) {
	var st stats
	meta, err := readPackage(pkg)
	if err != nil {
		return st, err
	}
	st.pkg, st.version = meta.Name, meta.Version
	lic, err := os.ReadFile(filepath.Join(pkg, "LICENSE"))
	if err != nil {
		return st, err
	}
	copyright := copyrightLine(lic)
	if copyright == "" {
		return st, fmt.Errorf("%s/LICENSE: no copyright line", pkg)
	}
	b, err := os.ReadFile(in)
	if err != nil {
		return st, err
	}
	byLocale, err := decodeFirstNames(b)
	if err != nil {
		return st, fmt.Errorf("%s: %w", in, err)
	}
	rows, dropped := build(byLocale)
	if len(rows) == 0 {
		return st, fmt.Errorf("%s: no names kept", in)
	}
	st.locales, st.kept, st.dropped = len(byLocale), len(rows), dropped
	st.read = len(rows)
	for _, n := range dropped {
		st.read += n
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return st, err
	}
	if err := writeFile(filepath.Join(out, "given-names.tsv"), header(meta, copyright, romanised), rows); err != nil {
		return st, err
	}
	return st, os.WriteFile(filepath.Join(out, "LICENSE.faker"), lic, 0o644)
}

// pkgMeta is the part of package.json namegen uses.
type pkgMeta struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
}

func readPackage(dir string) (pkgMeta, error) {
	var m pkgMeta
	path := filepath.Join(dir, "package.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s: %w", path, err)
	}
	if m.Name != "@faker-js/faker" || m.Version == "" {
		return m, fmt.Errorf("%s: package %q version %q, want @faker-js/faker", path, m.Name, m.Version)
	}
	if m.License != "MIT" {
		return m, fmt.Errorf("%s: licence %q, want MIT (update the header text)", path, m.License)
	}
	return m, nil
}

// copyrightLine returns the first line of a licence text that holds a
// copyright notice ("Faker - Copyright (c) 2022-2025"), trimmed.
func copyrightLine(lic []byte) string {
	for _, l := range strings.Split(string(lic), "\n") {
		if strings.Contains(strings.ToLower(l), "copyright") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func header(m pkgMeta, copyright, romanised string) string {
	rom := ""
	if romanised != "" {
		rom = " The locales ending in _Latn are lists in other scripts romanised with the npm packages " + romanised + "."
	}
	return "# given-names.tsv: given names (first names) in Latin script, from many languages. Columns: name, locales (|-separated, sorted faker locale codes whose person.first_name lists the name, e.g. de|en|ro_MD), sex (f or m where the female or the male lists that have the name are of one sex only, else empty).\n" +
		"# Generated by internal/namegen from the npm package " + m.Name + "@" + m.Version + " (https://github.com/faker-js/faker), the person.first_name lists (generic, female and male) of every locale, licensed under the MIT License, " + copyright + "; the licence text as shipped is in LICENSE.faker." + rom + "\n" +
		"# Names are NFC-normalised. Kept: names whose letters are all Latin (diacritics, spaces, hyphens and apostrophes allowed); dropped: names in other scripts, names with digits or other characters, single letters. Sorted by name (code point order), one line per name. Do not edit by hand: edit internal/namegen and rerun it.\n"
}

// listed is a name as one list of the dump gives it, with the sex that
// list is of: "f" (female), "m" (male), or "" (a generic list, or a
// locale's one list).
type listed struct {
	name, sex string
}

// listSex is the sex of the names of a list of person.first_name's
// object of lists, by the list's key.
var listSex = map[string]string{"female": "f", "male": "m"}

// decodeFirstNames decodes the JSON dump: an object from locale code to
// either a list of names or an object of lists (generic, female, male),
// merged in key order.
func decodeFirstNames(b []byte) (map[string][]listed, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	out := make(map[string][]listed, len(raw))
	for code, v := range raw {
		if code == "" || strings.ContainsAny(code, "|\t\n ") {
			return nil, fmt.Errorf("bad locale code %q", code)
		}
		v = bytes.TrimSpace(v)
		var names []listed
		switch {
		case len(v) > 0 && v[0] == '[':
			var list []string
			if err := json.Unmarshal(v, &list); err != nil {
				return nil, fmt.Errorf("locale %s: %w", code, err)
			}
			for _, n := range list {
				names = append(names, listed{name: n})
			}
		case len(v) > 0 && v[0] == '{':
			var lists map[string][]string
			if err := json.Unmarshal(v, &lists); err != nil {
				return nil, fmt.Errorf("locale %s: %w", code, err)
			}
			keys := make([]string, 0, len(lists))
			for k := range lists {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				for _, n := range lists[k] {
					names = append(names, listed{name: n, sex: listSex[k]})
				}
			}
		default:
			return nil, fmt.Errorf("locale %s: first_name is neither a list nor an object of lists", code)
		}
		out[code] = names
	}
	return out, nil
}

// normalize NFC-normalises s and collapses its white space.
func normalize(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// apostrophes are the characters that may stand for an apostrophe inside a
// Latin-script name (D'Angelo, Jeanne d’Arc, O‘tkir, Oʻktam).
var apostrophes = map[rune]bool{'\'': true, '’': true, '‘': true, 'ʻ': true, 'ʼ': true}

// classify returns why the normalised name s is dropped, or "" when it is
// kept. A name in another script is dropped under the name of the script
// of its first non-Latin letter ("Cyrillic", "Han").
func classify(s string) string {
	letters := 0
	other := false
	for _, r := range s {
		switch {
		case r == ' ', r == '-', apostrophes[r]:
			// ʻ and ʼ are letters of the Common script: check them first.
		case unicode.IsMark(r):
			if !unicode.Is(unicode.Inherited, r) {
				return scriptOf(r) // a Devanagari vowel sign, a Thai tone mark
			}
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return scriptOf(r)
			}
			letters++
		case unicode.IsDigit(r) || unicode.IsNumber(r):
			return dropDigit
		default:
			other = true
		}
	}
	switch {
	case other:
		return dropOther
	case letters == 0:
		return dropEmpty
	case letters == 1:
		return dropSingle
	}
	return ""
}

// scriptNames are the Unicode script names, sorted, for a stable lookup.
var scriptNames = func() []string {
	names := make([]string, 0, len(unicode.Scripts))
	for n := range unicode.Scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}()

// scriptOf names the script of r ("Cyrillic"), or "other script".
func scriptOf(r rune) string {
	for _, n := range scriptNames {
		if n != "Common" && n != "Inherited" && unicode.Is(unicode.Scripts[n], r) {
			return n
		}
	}
	return "other script"
}

// row is one line of given-names.tsv.
type row struct {
	name    string
	locales []string
	sex     string // "f" or "m" where every list of a sex that has the name is of that one sex, else ""
}

// build merges the locales' lists into one row per kept name, sorted by
// name, and counts the distinct dropped names by reason. A name's sex is
// the one sex of the female and male lists that have it; a name in lists
// of both, or only in generic lists and lists of no sex, has none.
func build(byLocale map[string][]listed) ([]row, map[string]int) {
	locs := map[string]map[string]bool{}
	sexes := map[string]map[string]bool{}
	dropped := map[string]int{}
	seenDrop := map[string]bool{}
	for code, names := range byLocale {
		for _, l := range names {
			n := normalize(l.name)
			if why := classify(n); why != "" {
				if !seenDrop[n] {
					seenDrop[n] = true
					dropped[why]++
				}
				continue
			}
			if locs[n] == nil {
				locs[n], sexes[n] = map[string]bool{}, map[string]bool{}
			}
			locs[n][code] = true
			if l.sex != "" {
				sexes[n][l.sex] = true
			}
		}
	}
	rows := make([]row, 0, len(locs))
	for n, set := range locs {
		r := row{name: n}
		for c := range set {
			r.locales = append(r.locales, c)
		}
		sort.Strings(r.locales)
		if len(sexes[n]) == 1 {
			for x := range sexes[n] {
				r.sex = x
			}
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].name < rows[j].name })
	return rows, dropped
}

func writeFile(path, header string, rows []row) error {
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		b.WriteString(r.name)
		b.WriteByte('\t')
		b.WriteString(strings.Join(r.locales, "|"))
		b.WriteByte('\t')
		b.WriteString(r.sex)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
