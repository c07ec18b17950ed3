package loader_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/natokg/natokg/loader"
)

func TestReaderSeed(t *testing.T) {
	f, err := os.Open("../data/releases/nato-releases-2025-05.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs, err := loader.NewReader(f, "seed.txt").ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line  int
		title string
	}{
		{1, "NATO Secretary General welcomes Icelandic Prime Minister to NATO Headquarters"},
		{19, "NATO and the European Union unite for Ukraine at a NAC – PSC meeting"},
		{29, "Statement of solidarity by the North Atlantic Council concerning the malicious cyber activities against the Czech Republic"},
		{41, "Senior officials from NATO Allies and partners gather for NATO’s first Southern Neighbourhood Security Dialogue"},
		{53, "NATO strengthens cooperation with industry to protect critical undersea infrastructure"},
		{65, "Secretary General thanks NATO parliamentarians for key role in strengthening the Alliance"},
		{79, "NATO Secretary General meets the Prime Minister of Iceland"},
		{104, "The NATO International Military Staff hosts the EU Military Staff for the 23rd IMS-EUMS Directors General Conference"},
		{124, "Deputy Chair of the NATO Military Committee participates in NATO Parliamentary Assembly Spring Session in Dayton, Ohio, US"},
		{137, "NATO Science for Peace and Security Programme launches new call for research proposals"},
	}
	if len(rs) != len(want) {
		t.Fatalf("read %d releases, want %d", len(rs), len(want))
	}
	for i, w := range want {
		r := rs[i]
		if r.Title != w.title || r.Line != w.line {
			t.Errorf("release %d: title %q at line %d, want %q at line %d", i+1, r.Title, r.Line, w.title, w.line)
		}
		if r.Source != "NATO" {
			t.Errorf("release %d: source %q, want NATO", i+1, r.Source)
		}
		if r.BodyLine != w.line+4 {
			t.Errorf("release %d: body at line %d, want %d", i+1, r.BodyLine, w.line+4)
		}
		if strings.Contains(r.Body, "Source:") || strings.HasSuffix(r.Body, "\n") || strings.HasPrefix(r.Body, "\n") {
			t.Errorf("release %d: body not trimmed to its paragraphs: %q…", i+1, r.Body[:40])
		}
	}
	// The last paragraph of the first release, not the next title.
	if !strings.HasSuffix(rs[0].Body, "wartime mindset.”") {
		t.Errorf("first release ends %q", rs[0].Body[len(rs[0].Body)-40:])
	}
}

func TestReader(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		titles []string
		bodies []string
		err    error
		line   int
	}{
		{name: "one", in: "Title\n\nSource: NATO\n\nBody one.\n", titles: []string{"Title"}, bodies: []string{"Body one."}},
		{name: "no blank lines", in: "Title\nSource: NATO\nBody.", titles: []string{"Title"}, bodies: []string{"Body."}},
		{name: "two", in: "A\n\nSource: NATO\n\nBody A.\n\nSecond para.\n\nB\n\nSource: NATO\n\nBody B.\n",
			titles: []string{"A", "B"}, bodies: []string{"Body A.\n\nSecond para.", "Body B."}},
		{name: "crlf and bom", in: "\ufeffTitle\r\n\r\nSource: NATO\r\n\r\nBody.\r\nMore.\r\n", titles: []string{"Title"}, bodies: []string{"Body.\nMore."}},
		{name: "leading blank lines", in: "\n\n\nTitle\n\nSource: NATO\n\nBody.\n", titles: []string{"Title"}, bodies: []string{"Body."}},
		{name: "trailing spaces", in: "Title  \n\nSource: NATO\n\nBody.   \n \n", titles: []string{"Title"}, bodies: []string{"Body."}},
		{name: "empty", in: ""},
		{name: "no source", in: "Title\n\nBody with no source line.\n", err: loader.ErrNoSource, line: 1},
		{name: "source first", in: "Source: NATO\n\nBody.\n", err: loader.ErrNoTitle, line: 1},
		{name: "no body", in: "Title\n\nSource: NATO\n\n", err: loader.ErrNoBody, line: 1},
		{name: "no body then next", in: "A\n\nSource: NATO\n\nB\n\nSource: NATO\n\nBody B.\n", err: loader.ErrNoBody, line: 1},
		{name: "latin-1", in: "Title\n\nSource: NATO\n\nCaf\xe9.\n", err: loader.ErrNotText, line: 5},
		{name: "nul byte", in: "Title\n\nSource: NATO\n\nA\x00B\n", err: loader.ErrNUL, line: 5},
		{name: "pdf", in: "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", err: loader.ErrPDF, line: 1},
		{name: "html", in: "\n<!DOCTYPE html>\n<html><body>Source: NATO</body></html>\n", err: loader.ErrHTML, line: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := loader.NewReader(strings.NewReader(tt.in), "f.txt").ReadAll()
			if tt.err != nil {
				var pe *loader.ParseError
				if !errors.As(err, &pe) || !errors.Is(err, tt.err) {
					t.Fatalf("error %v, want a ParseError wrapping %v", err, tt.err)
				}
				if pe.File != "f.txt" || pe.Line != tt.line {
					t.Errorf("error at %s:%d, want f.txt:%d", pe.File, pe.Line, tt.line)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) != len(tt.titles) {
				t.Fatalf("read %d releases, want %d", len(rs), len(tt.titles))
			}
			for i := range rs {
				if rs[i].Title != tt.titles[i] || rs[i].Body != tt.bodies[i] {
					t.Errorf("release %d: %q / %q, want %q / %q", i, rs[i].Title, rs[i].Body, tt.titles[i], tt.bodies[i])
				}
			}
		})
	}
}

func TestParseErrorMessage(t *testing.T) {
	err := &loader.ParseError{File: "a.txt", Line: 3, Column: 7, Err: loader.ErrNotText}
	if got, want := err.Error(), "a.txt:3:7: not UTF-8 text"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(err, loader.ErrNotText) {
		t.Error("errors.Is does not see the wrapped error")
	}
}

func TestLongLine(t *testing.T) {
	in := "Title\n\nSource: NATO\n\n" + strings.Repeat("x", loader.MaxLineBytes+1) + "\n"
	_, err := loader.NewReader(strings.NewReader(in), "big.txt").ReadAll()
	if !errors.Is(err, loader.ErrLineTooLong) {
		t.Fatalf("error %v, want ErrLineTooLong", err)
	}
}

// FuzzReader checks that the reader never panics and that what it reads
// comes from its input.
func FuzzReader(f *testing.F) {
	f.Add("Title\n\nSource: NATO\n\nBody.\n")
	f.Add("A\nSource: X\nB\n\nC\nSource: Y\nD")
	f.Add("\ufeffT\r\nSource: NATO\r\n\r\nBody\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		rs, _ := loader.NewReader(strings.NewReader(in), "fuzz.txt").ReadAll()
		for _, r := range rs {
			if r.Title == "" || r.Body == "" {
				t.Fatalf("release with an empty title or body: %+v", r)
			}
			if !strings.Contains(loader.Normalize(strings.ToValidUTF8(in, "\ufffd")), r.Title) {
				t.Fatalf("title %q is not in the input", r.Title)
			}
		}
	})
}

func ExampleReader() {
	in := `NATO Secretary General meets the Prime Minister of Iceland

Source: NATO

On Wednesday, 28 May 2025, the NATO Secretary General will receive the Prime Minister of Iceland.

NATO Science for Peace and Security Programme launches new call for research proposals

Source: NATO

The new call for research proposals is open until 6 July 2025.
`
	r := loader.NewReader(strings.NewReader(in), "releases.txt")
	for {
		rel, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s:%d: %s\n", rel.File, rel.Line, rel.Title)
	}
	// Output:
	// releases.txt:1: NATO Secretary General meets the Prime Minister of Iceland
	// releases.txt:7: NATO Science for Peace and Security Programme launches new call for research proposals
}

// A release at fault is refused with its file and line, and the releases
// after it in the same file are read all the same.
func TestReaderResumes(t *testing.T) {
	good := "Good\n\nSource: NATO\n\nBody.\n\n"
	longTitle := strings.Repeat("Brussels, ", loader.MaxTitleRunes/10+1)
	longSentence := strings.Repeat("word ", loader.MaxSentenceBytes/5+1) + "end."
	tests := []struct {
		name string
		in   string
		err  error
		line int
	}{
		{"title too long", longTitle + "\n\nSource: NATO\n\nBody.\n\n" + good, loader.ErrTitleTooLong, 1},
		{"sentence too long", "T\n\nSource: NATO\n\nFirst. " + longSentence + "\n\n" + good, loader.ErrSentenceTooLong, 5},
		{"line too long", "T\n\nSource: NATO\n\n" + strings.Repeat("x", loader.MaxLineBytes+1) + "\n\nMore.\n\n" + good, loader.ErrLineTooLong, 5},
		{"latin-1", "T\n\nSource: NATO\n\nCaf\xe9.\n\n" + good, loader.ErrNotText, 5},
		{"nul byte", "T\n\nSource: NATO\n\nA\x00B\n\n" + good, loader.ErrNUL, 5},
		{"no body", "T\n\nSource: NATO\n\n" + good, loader.ErrNoBody, 1},
		{"second source", "T\n\nSource: NATO\n\nSource: NATO\n\nBody.\n\n" + good, loader.ErrNoTitle, 5},
		{"text before the first title", "Stray\n\nT\n\nSource: NATO\n\nBody.\n\n" + good, loader.ErrNoSource, 1},
		{"bad title line", "T\xe9\n\nSource: NATO\n\nBody.\n\n" + good, loader.ErrNotText, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := loader.NewReader(strings.NewReader(tt.in), "f.txt")
			var titles []string
			var faults []error
			for {
				rel, err := rd.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					faults = append(faults, err)
					if rd.Stopped() {
						break
					}
					continue
				}
				titles = append(titles, rel.Title)
			}
			if len(faults) != 1 {
				t.Fatalf("faults %v, want one", faults)
			}
			var pe *loader.ParseError
			if !errors.As(faults[0], &pe) || !errors.Is(faults[0], tt.err) || pe.Line != tt.line {
				t.Errorf("fault %v, want %v at f.txt:%d", faults[0], tt.err, tt.line)
			}
			if titles[len(titles)-1] != "Good" {
				t.Errorf("read %q, want the good release after the bad one", titles)
			}
		})
	}
}
