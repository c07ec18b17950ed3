package loader_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/natokg/natokg/loader"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "Mark Rutte", "Mark Rutte"},
		{"precomposed", "Frostadóttir", "Frostadóttir"},
		{"combining accent", "Frostado\u0301ttir", "Frostadóttir"},
		{"zero-width space", "Shek\u200berinska", "Shekerinska"},
		{"zero-width joiner", "Shek\u200derinska", "Shekerinska"},
		{"byte-order mark", "\ufeffMark Rutte", "Mark Rutte"},
		{"soft hyphen", "Shek\u00aderinska", "Shekerinska"},
		{"direction marks", "\u200eMark\u200f Rutte", "Mark Rutte"},
		{"no-break space stays", "Mark\u00a0Rutte", "Mark\u00a0Rutte"},
		{"cyrillic stays", "M\u0430rk Rutte", "M\u0430rk Rutte"},
		{"character references", "R&amp;D at NATO&#8217;s HQ&#x2019;s gate", "R&D at NATO’s HQ’s gate"},
		{"an ampersand that is no reference stays", "AT&T and R&D; Q&A", "AT&T and R&D; Q&A"},
		{"a reference without its semicolon stays", "a=1&copy=2", "a=1&copy=2"},
	}
	for _, tt := range tests {
		if got := loader.Normalize(tt.in); got != tt.want {
			t.Errorf("%s: Normalize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestScripts(t *testing.T) {
	tests := []struct {
		in    string
		want  []string
		mixed bool
	}{
		{"Mark Rutte", []string{"Latin"}, false},
		{"Kristrún Frostadóttir", []string{"Latin"}, false},
		{"M\u0430rk Rutte", []string{"Latin", "Cyrillic"}, true},
		{"Марк Рутте", []string{"Cyrillic"}, false},
		{"Ο\u03bfkland", []string{"Greek", "Latin"}, true},
		{"2025 – 35", nil, false},
	}
	for _, tt := range tests {
		if got := loader.Scripts(tt.in); !slices.Equal(got, tt.want) || loader.MixedScript(tt.in) != tt.mixed {
			t.Errorf("Scripts(%q) = %q, mixed %v; want %q, %v", tt.in, got, loader.MixedScript(tt.in), tt.want, tt.mixed)
		}
	}
}

// A name that mixes scripts has an IRI of its own; one script's names
// keep theirs.
func TestMixedScriptIRI(t *testing.T) {
	latin, mixed := loader.PersonIRI("Mark Rutte"), loader.PersonIRI("M\u0430rk Rutte")
	if latin == mixed {
		t.Errorf("M\\u0430rk Rutte and Mark Rutte share %s", latin)
	}
	if !strings.HasSuffix(string(latin), "/person/mark-rutte") {
		t.Errorf("Mark Rutte's IRI changed: %s", latin)
	}
}

// The reader normalises what it reads: an invisible character does not
// split a name, and a line of format characters is blank.
func TestReaderNormalizes(t *testing.T) {
	in := "Ms Radmila Shek\u200berinska visits NATO\n\nSource: NATO\n\n\u200b\n\nThe Deputy Secretary General, Ms Radmila Shek\u00aderinska, met Mr Frostado\u0301ttir.\n"
	rs, err := loader.NewReader(strings.NewReader(in), "f.txt").ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].Title != "Ms Radmila Shekerinska visits NATO" || rs[0].Body != "The Deputy Secretary General, Ms Radmila Shekerinska, met Mr Frostadóttir." || rs[0].BodyLine != 7 {
		t.Errorf("read %q / %q at line %d", rs[0].Title, rs[0].Body, rs[0].BodyLine)
	}
}
