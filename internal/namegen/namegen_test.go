package main

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

const lexDir = "../../data/lexicon"

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		name, want string
	}{
		{"Kristrún", ""},
		{"Dorin", ""},
		{"Jüri", ""},
		{"Mircea", ""},
		{"Łukasz", ""},
		{"Ðorđe", ""},
		{"Anne-Marie", ""},
		{"Anh Tuấn", ""},
		{"Jeanne d’Arc", ""},
		{"G'ulom", ""},
		{"O‘tkir", ""},
		{"Oʻktam", ""}, // U+02BB, a letter of the Common script
		{"Ed", ""},
		{"Zoe\u0301", ""}, // combining acute (Inherited)
		{"Владимир", "Cyrillic"},
		{"Ян", "Cyrillic"},
		{"Γιώργος", "Greek"},
		{"建华", "Han"},
		{"はる", "Hiragana"},
		{"민준", "Hangul"},
		{"محمد", "Arabic"},
		{"דן", "Hebrew"},
		{"สมชาย", "Thai"},
		{"ნინო", "Georgian"},
		{"Anna Мария", "Cyrillic"}, // mixed: the non-Latin script wins
		{"Mia+3", dropDigit},
		{"Louis14", dropDigit},
		{"Ã\u0096mer", dropOther}, // mojibake with a C1 control character
		{"Ann|Marie", dropOther},
		{"J.", dropOther},
		{"A", dropSingle},
		{"É", dropSingle},
		{"", dropEmpty},
		{"-", dropEmpty},
	} {
		if got := classify(c.name); got != c.want {
			t.Errorf("classify(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Zoe\u0301":       "Zoé",
		"  Anh   Tuấn\t ": "Anh Tuấn",
		"Oana":            "Oana",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeFirstNames(t *testing.T) {
	got, err := decodeFirstNames([]byte(`{
		"ro": {"male": ["Mircea", "Dorin"], "female": ["Oana"]},
		"is": ["Kristrún"],
		"en": {"generic": ["Sam"], "female": [], "male": ["Ed"]}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	// Lists are merged in key order: female, generic, male; each name
	// keeps its list's sex.
	want := map[string][]listed{
		"ro": {{"Oana", "f"}, {"Mircea", "m"}, {"Dorin", "m"}},
		"is": {{"Kristrún", ""}},
		"en": {{"Sam", ""}, {"Ed", "m"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decodeFirstNames = %v, want %v", got, want)
	}
	for _, bad := range []string{
		`[]`,
		`{"ro": "Mircea"}`,
		`{"ro": {"male": "Mircea"}}`,
		`{"ro": [1, 2]}`,
		`{"r|o": ["Mircea"]}`,
		`{"ro": null}`,
	} {
		if _, err := decodeFirstNames([]byte(bad)); err == nil {
			t.Errorf("decodeFirstNames(%s): no error", bad)
		}
	}
}

func TestCopyrightLine(t *testing.T) {
	for lic, want := range map[string]string{
		"Faker - Copyright (c) 2022-2025\n\nMore.\nfaker.js - Copyright (c) 2011-2020\n": "Faker - Copyright (c) 2022-2025",
		"MIT License\n\n  Copyright (c) 2020 Someone  \n":                                "Copyright (c) 2020 Someone",
		"Permission is hereby granted\n":                                                 "",
	} {
		if got := copyrightLine([]byte(lic)); got != want {
			t.Errorf("copyrightLine(%q) = %q, want %q", lic, got, want)
		}
	}
}

// writeFixture writes a tiny unpacked package and JSON dump into dir and
// returns the paths of the dump and of the package.
func writeFixture(t *testing.T, dir, pkgJSON string) (in, pkg string) {
	t.Helper()
	pkg = filepath.Join(dir, "package")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		filepath.Join(pkg, "package.json"): pkgJSON,
		filepath.Join(pkg, "LICENSE"):      fixtureLicense,
		filepath.Join(dir, "names.json"): `{
 "ro": {"female": ["Oana", "Ana-Maria", "Radmila"], "male": ["Mircea", "Dorin", "Mircea"]},
 "ro_MD": {"generic": ["Dorin", "Sam"], "female": ["Sam"], "male": ["Dorin", "Sam"]},
 "sr_RS_latin": ["Radmila", "Đorđe"],
 "ru": ["Ян", "Ольга"],
 "el": {"female": ["Γιώργος"], "male": []},
 "zh_CN": ["建华", "伟"],
 "de": ["Zoe\u0301", "Zoé", "  Jürgen  ", "Mia+3", "A", "Ã\u0096mer"],
 "vi": ["Anh Tuấn", "Anh  Tuấn"]
}`,
	}
	for path, s := range files {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "names.json"), pkg
}

const fixtureLicense = "Faker - Copyright (c) 2022-2025\n\nPermission is hereby granted, free of charge, ...\n"

const fixturePackage = `{"name": "@faker-js/faker", "version": "9.9.9", "license": "MIT"}`

func TestRun(t *testing.T) {
	dir := t.TempDir()
	in, pkg := writeFixture(t, dir, fixturePackage)
	out := filepath.Join(dir, "out")
	st, err := run(in, pkg, out, "")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "given-names.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	want := header(pkgMeta{Name: "@faker-js/faker", Version: "9.9.9", License: "MIT"}, "Faker - Copyright (c) 2022-2025", "") +
		"Ana-Maria\tro\tf\n" +
		"Anh Tuấn\tvi\t\n" +
		"Dorin\tro|ro_MD\tm\n" +
		"Jürgen\tde\t\n" +
		"Mircea\tro\tm\n" +
		"Oana\tro\tf\n" +
		"Radmila\tro|sr_RS_latin\tf\n" +
		"Sam\tro_MD\t\n" +
		"Zoé\tde\t\n" +
		"Đorđe\tsr_RS_latin\t\n"
	if string(got) != want {
		t.Errorf("given-names.tsv:\n%s\nwant:\n%s", got, want)
	}
	for _, s := range []string{"@faker-js/faker@9.9.9", "MIT License", "Faker - Copyright (c) 2022-2025", "LICENSE.faker", "Do not edit by hand: edit internal/namegen and rerun it."} {
		if !strings.Contains(string(got), s) {
			t.Errorf("header lacks %q", s)
		}
	}
	lic, err := os.ReadFile(filepath.Join(out, "LICENSE.faker"))
	if err != nil {
		t.Fatal(err)
	}
	if string(lic) != fixtureLicense {
		t.Errorf("LICENSE.faker = %q, want the package's LICENSE %q", lic, fixtureLicense)
	}
	wantDropped := map[string]int{"Cyrillic": 2, "Greek": 1, "Han": 2, dropDigit: 1, dropSingle: 1, dropOther: 1}
	if !reflect.DeepEqual(st.dropped, wantDropped) {
		t.Errorf("dropped = %v, want %v", st.dropped, wantDropped)
	}
	if st.locales != 8 || st.kept != 10 || st.read != 18 || st.version != "9.9.9" {
		t.Errorf("stats = %+v, want 8 locales, 10 kept, 18 read, version 9.9.9", st)
	}

	// A second run gives the same bytes.
	if _, err := run(in, pkg, out, ""); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(filepath.Join(out, "given-names.tsv"))
	if string(again) != string(got) {
		t.Error("output differs between two runs")
	}
}

func TestRunBadPackage(t *testing.T) {
	for _, pj := range []string{
		`{"name": "@faker-js/faker", "version": "9.9.9", "license": "GPL-3.0"}`,
		`{"name": "faker", "version": "9.9.9", "license": "MIT"}`,
		`{"name": "@faker-js/faker", "license": "MIT"}`,
		`not json`,
	} {
		dir := t.TempDir()
		in, pkg := writeFixture(t, dir, pj)
		if _, err := run(in, pkg, filepath.Join(dir, "out"), ""); err == nil {
			t.Errorf("package.json %s: no error", pj)
		}
	}
}

// TestGivenNames checks the shipped data/lexicon/given-names.tsv.
func TestGivenNames(t *testing.T) {
	f, err := os.Open(filepath.Join(lexDir, "given-names.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line, prev := 0, ""
	names := map[string]string{}
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 && !strings.HasPrefix(s, "# given-names.tsv") {
			t.Errorf("first line should be a comment naming the file and its columns")
		}
		if strings.HasPrefix(s, "#") {
			if len(names) > 0 {
				t.Errorf("line %d: comment after the header", line)
			}
			continue
		}
		fields := strings.Split(s, "\t")
		if len(fields) != 3 {
			t.Errorf("line %d: %d columns, want 3", line, len(fields))
			continue
		}
		if sex := fields[2]; sex != "" && sex != "f" && sex != "m" {
			t.Errorf("line %d: sex %q, want f, m or nothing", line, sex)
		}
		name, locs := fields[0], strings.Split(fields[1], "|")
		if name <= prev {
			t.Errorf("line %d: %q not after %q (unsorted or duplicate)", line, name, prev)
		}
		prev = name
		if normalize(name) != name {
			t.Errorf("line %d: %q is not normalised", line, name)
		}
		if why := classify(name); why != "" {
			t.Errorf("line %d: %q should have been dropped (%s)", line, name, why)
		}
		if !sort.StringsAreSorted(locs) {
			t.Errorf("line %d: locales %q not sorted", line, fields[1])
		}
		for i, l := range locs {
			if l == "" || strings.Contains(l, " ") || (i > 0 && l == locs[i-1]) {
				t.Errorf("line %d: bad locales %q", line, fields[1])
			}
		}
		names[name] = fields[1]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(names) < 10000 {
		t.Errorf("%d names, want 10000+", len(names))
	}
	for _, n := range []string{"Dorin", "Mircea", "Oana", "Radmila", "Ömer", "Anne-Marie", "Łukasz"} {
		if _, ok := names[n]; !ok {
			t.Errorf("%q missing", n)
		}
	}
	lic, err := os.ReadFile(filepath.Join(lexDir, "LICENSE.faker"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(lic), "Permission is hereby granted") || !strings.Contains(string(lic), "Copyright") {
		t.Error("LICENSE.faker does not look like faker's MIT licence")
	}
}
