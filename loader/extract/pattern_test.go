package extract

import "testing"

func TestPatterns(t *testing.T) {
	title := Seq(Opt(Word("the")), Group("title", Seq(Rep(CapWord, 0, 3), Word("minister"))), Opt(Seq(Word("of"), Group("domain", Rep(CapWord, 1, 3)))))
	tests := []struct {
		text          string
		at            int
		ok            bool
		end           int
		title, domain string
	}{
		{"the Prime Minister of Iceland said", 0, true, 5, "Prime Minister", "Iceland"},
		{"Minister of Defence", 0, true, 3, "Minister", "Defence"},
		{"the Deputy Minister spoke", 0, true, 3, "Deputy Minister", ""},
		{"the minister", 0, true, 2, "minister", ""},
		{"the Prime Secretary", 0, false, 0, "", ""},
	}
	for _, tt := range tests {
		tx := Tokenize(tt.text, nil)
		m, ok := MatchAt(title, tx, nil, tt.at)
		if ok != tt.ok {
			t.Errorf("%q: matched %v, want %v", tt.text, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if m.Limit != tt.end {
			t.Errorf("%q: match ends at %d, want %d", tt.text, m.Limit, tt.end)
		}
		g, _ := m.Group("title")
		if got := tx.Surface(g.First, g.Limit); got != tt.title {
			t.Errorf("%q: title %q, want %q", tt.text, got, tt.title)
		}
		d, _ := m.Group("domain")
		if got := tx.Surface(d.First, d.Limit); got != tt.domain {
			t.Errorf("%q: domain %q, want %q", tt.text, got, tt.domain)
		}
	}
}

// Backtracking: a repeated part gives back what the rest of the pattern needs.
func TestPatternBacktracks(t *testing.T) {
	p := Seq(Rep(CapWord, 1, -1), Group("last", CapWord), Word("."))
	tx := Tokenize("Jaap Hoop Scheffer.", nil)
	m, ok := MatchAt(p, tx, nil, 0)
	if !ok {
		t.Fatal("no match")
	}
	if g, _ := m.Group("last"); tx.Surface(g.First, g.Limit) != "Scheffer" {
		t.Errorf("last %q, want Scheffer", tx.Surface(g.First, g.Limit))
	}
	if got := Scan(Seq(CapWord, CapWord), tx, nil, 0, len(tx.Tokens)); len(got) != 1 {
		t.Errorf("Scan found %d matches, want 1", len(got))
	}
}
