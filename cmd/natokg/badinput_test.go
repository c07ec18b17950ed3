package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

const okRelease = "NATO Secretary General meets the Prime Minister of Iceland\n\nSource: NATO\n\nOn Wednesday, 28 May 2025, the NATO Secretary General, Mr Mark Rutte, will receive the Prime Minister of Iceland, Ms Kristrún Frostadóttir, at NATO Headquarters, in Brussels.\n"

// Every kind of bad input gets one line naming the file (and line); the
// good files still load; the exit status says something failed.
func TestBadInputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write := func(name, body string) {
		p := filepath.Join(in, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", okRelease)
	write("utf16.txt", "\xff\xfeT\x00i\x00t\x00l\x00e\x00")
	write("binary.txt", "\x7fELF\x02\x01\x01\x00\x00\x00")
	write("notitle.txt", "Source: NATO\n\nA body.\n")
	write("nobody.txt", "A title\n\nSource: NATO\n")
	write("longline.txt", "A title\n\nSource: NATO\n\n"+strings.Repeat("word ", 300000)+"\n")
	big := strings.Repeat(strings.Repeat("x", 1000)+"\n", 17*1024)
	write("huge.txt", "A title\n\nSource: NATO\n\n"+big)
	// A loop of directory links is not followed.
	os.MkdirAll(filepath.Join(in, "loop"), 0o755)
	os.Symlink("..", filepath.Join(in, "loop", "up"))
	// A link to a release file is.
	os.Symlink(filepath.Join(in, "good.txt"), filepath.Join(in, "loop", "linked.txt"))
	// A link to nothing cannot be read.
	os.Symlink(filepath.Join(in, "gone.txt"), filepath.Join(in, "dangling.txt"))
	// Nor can a file without read permission (root reads it anyway).
	write("secret.txt", okRelease)
	os.Chmod(filepath.Join(in, "secret.txt"), 0)
	unreadable := os.Geteuid() != 0

	out, errs, code := natokg(t, dir, "load", "--db", "db", "in")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"in/utf16.txt:1:1: UTF-16 text",
		"in/binary.txt:1:",
		"in/notitle.txt:1: \"Source:\" line with no title",
		"in/nobody.txt:1: release has no body",
		"in/longline.txt:5: line too long",
		"in/huge.txt:",
		"in/dangling.txt",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	bad, loaded := 7, 3
	if unreadable {
		bad, loaded = 8, 2
		if !strings.Contains(errs, "in/secret.txt") {
			t.Errorf("stderr lacks the unreadable file:\n%s", errs)
		}
	}
	if n := strings.Count(strings.TrimSpace(errs), "\n") + 1; n != bad {
		t.Errorf("%d error lines, want one per bad file (%d):\n%s", n, bad, errs)
	}
	if !strings.Contains(out, fmt.Sprintf("loaded %d releases", loaded)) || !strings.Contains(out, fmt.Sprintf("%d files failed", bad)) || !strings.Contains(out, "store: 1 release,") {
		t.Errorf("summary: %s", out)
	}
	if out, _, code := natokg(t, dir, "check", "--db", "db"); code != 0 {
		t.Errorf("check: %s", out)
	}
}

// Windows line ends, a byte-order mark and typographic quotes load like
// the plain text.
func TestLineEndsAndBOM(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// The same file name in two directories: the graph records it.
	os.Mkdir(filepath.Join(dir, "lf"), 0o755)
	os.Mkdir(filepath.Join(dir, "crlf"), 0o755)
	os.WriteFile(filepath.Join(dir, "lf", "r.txt"), []byte(okRelease), 0o644)
	crlf := "\ufeff" + strings.ReplaceAll(okRelease, "\n", "\r\n")
	os.WriteFile(filepath.Join(dir, "crlf", "r.txt"), []byte(crlf), 0o644)
	if _, errs, code := natokg(t, dir, "load", "--db", "a", "lf/r.txt"); code != 0 {
		t.Fatal(errs)
	}
	if _, errs, code := natokg(t, dir, "load", "--db", "b", "crlf/r.txt"); code != 0 {
		t.Fatal(errs)
	}
	a, _, _ := natokg(t, dir, "export", "--db", "a")
	b, _, _ := natokg(t, dir, "export", "--db", "b")
	if a != b || a == "" {
		t.Errorf("CRLF with a BOM gives another graph than LF:\n%s\n---\n%s", a, b)
	}
}

// Loading an edited release replaces what it said; removing it takes away
// what only it said.
func TestEditAndRemove(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	os.WriteFile(p, []byte(okRelease), 0o644)
	if _, errs, code := natokg(t, dir, "load", "--db", "db", "r.txt"); code != 0 {
		t.Fatal(errs)
	}
	edited := strings.Replace(okRelease, "Ms Kristrún Frostadóttir", "Mr Bjarni Benediktsson", 1)
	os.WriteFile(p, []byte(edited), 0o644)
	out, errs, code := natokg(t, dir, "load", "--db", "db", "r.txt")
	if code != 0 || !strings.Contains(out, "removed") {
		t.Fatalf("reload of the edited release: exit %d: %s%s", code, out, errs)
	}
	exp, _, _ := natokg(t, dir, "export", "--db", "db")
	if strings.Contains(exp, "Frostad") || !strings.Contains(exp, "Bjarni Benediktsson") {
		t.Errorf("after the edit the graph still names Frostadóttir or lacks Benediktsson")
	}
	if out, _, code := natokg(t, dir, "check", "--db", "db"); code != 0 {
		t.Errorf("check: %s", out)
	}
	if out, errs, code := natokg(t, dir, "remove", "--db", "db", "r.txt"); code != 0 || !strings.Contains(out, "removed") {
		t.Fatalf("remove: exit %d: %s%s", code, out, errs)
	}
	exp, _, _ = natokg(t, dir, "export", "--db", "db")
	if strings.TrimSpace(exp) != "" {
		t.Errorf("after removing the only release the graph holds:\n%s", exp)
	}
}

// Releases whose IRIs meet are never stored one over the other: titles
// that differ only in case, punctuation or an emoji each keep their own;
// a second release of the same date and exact title is refused with a
// line that names both files.
func TestReleaseIdentity(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, title, body string) {
		os.WriteFile(filepath.Join(dir, name), []byte(title+"\n\nSource: NATO\n\nBrussels, 3 May 2025 – "+body+"\n"), 0o644)
	}
	write("a.txt", "NATO statement", "The North Atlantic Council met today.")
	write("b.txt", "NATO statement", "The Secretary General spoke today in Brussels.")
	write("c.txt", "NATO Statement!", "Allies met in Brussels today.")
	write("d.txt", "NATO statement 🎉", "Allies also met in Brussels today.")
	out, errs, code := natokg(t, dir, "load", "--db", "db", "a.txt", "b.txt", "c.txt", "d.txt")
	if code != 1 || !strings.Contains(out, "store: 3 releases") {
		t.Errorf("load: exit %d, %s; want exit 1 and 3 releases stored", code, out)
	}
	if !strings.Contains(errs, "b.txt:1:") || !strings.Contains(errs, "a.txt:1") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("stderr: %q, want one line naming b.txt:1 and a.txt:1", errs)
	}
	// Loaded again, the same releases map to the same IRIs.
	before, _, _ := natokg(t, dir, "export", "--db", "db")
	natokg(t, dir, "load", "--db", "db", "a.txt", "c.txt", "d.txt")
	after, _, _ := natokg(t, dir, "export", "--db", "db")
	if before != after {
		t.Error("loading the same releases again changed the graph")
	}
	// Another file's release with the stored date and title is refused.
	os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "e.txt"))
	if _, errs, code := natokg(t, dir, "load", "--db", "db", "e.txt"); code != 1 || !strings.Contains(errs, "read from a.txt") {
		t.Errorf("e.txt: exit %d, %s; want exit 1 naming the stored a.txt", code, errs)
	}
	if out, _, code := natokg(t, dir, "check", "--db", "db"); code != 0 || !strings.Contains(out, "3 releases") {
		t.Errorf("check: exit %d, %s", code, out)
	}
}

// A release at fault is refused with a line naming its file and line; the
// releases after it in the same file still load, and the file counts as
// failed.
func TestBadReleaseThenGood(t *testing.T) {
	t.Parallel()
	second := "NATO Secretary General visits Norway\n\nSource: NATO\n\nOn 4 June 2025, the NATO Secretary General, Mr Mark Rutte, visited Oslo.\n"
	tests := []struct {
		name, first, want string
	}{
		{"long title", strings.Repeat("Brussels, Paris, ", 200) + "Rome\n\nSource: NATO\n\nAllies met in Brussels today.\n\n", "r.txt:1: title too long"},
		{"long sentence", "A title\n\nSource: NATO\n\nAllies met in " + strings.Repeat("Brussels, ", 1000) + "and Rome.\n\n", "r.txt:5: sentence too long"},
		{"NUL byte", "A title\n\nSource: NATO\n\nAllies met\x00 in Brussels.\n\n", "r.txt:5:11: NUL byte (binary data, not text)"},
		{"latin-1", "A title\n\nSource: NATO\n\nAllies met in Li\xe8ge.\n\n", "r.txt:5:17: not UTF-8 text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "r.txt"), []byte(tt.first+second), 0o644)
			out, errs, code := natokg(t, dir, "load", "--db", "db", "r.txt")
			if code != 1 || !strings.Contains(errs, tt.want) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
				t.Errorf("exit %d, stderr %q; want exit 1 and one line %q", code, errs, tt.want)
			}
			if !strings.Contains(out, "loaded 1 release,") || !strings.Contains(out, "1 file failed") || !strings.Contains(out, "store: 1 release,") {
				t.Errorf("summary: %s", out)
			}
		})
	}
}

// A named pipe (or a socket, a device) is never opened: named on the
// command line it is refused at once with a line naming it; met in a
// directory it is skipped, with a line naming it. (A pipe with no writer
// once blocked a load forever, deaf to Ctrl-C.)
func TestSpecialFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "in"), 0o755)
	os.WriteFile(filepath.Join(dir, "in", "good.txt"), []byte(okRelease), 0o644)
	for _, p := range []string{"fifo.txt", filepath.Join("in", "pipe.txt")} {
		if err := syscall.Mkfifo(filepath.Join(dir, p), 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}

	out, errs, code := natokg(t, dir, "load", "--db", "a", "fifo.txt", "in/good.txt")
	if code != 1 || !strings.Contains(errs, "fifo.txt: a named pipe (FIFO), not a regular file") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("FIFO named: exit %d, stderr %q; want exit 1 and one line naming fifo.txt", code, errs)
	}
	if !strings.Contains(out, "loaded 1 release,") || !strings.Contains(out, "1 file failed") {
		t.Errorf("FIFO named: summary %q", out)
	}

	out, errs, code = natokg(t, dir, "load", "--db", "b", "in")
	if code != 0 || !strings.Contains(errs, "in/pipe.txt: skipped: a named pipe (FIFO)") {
		t.Errorf("FIFO in a directory: exit %d, stderr %q; want exit 0 and a line naming in/pipe.txt as skipped", code, errs)
	}
	if !strings.Contains(out, "loaded 1 release,") {
		t.Errorf("FIFO in a directory: summary %q", out)
	}
}

// A look-alike name ("M\u0430rk Rutte", with a Cyrillic "а") is kept
// apart from the name it imitates, with a warning naming its file, line
// and the name; the real Mark Rutte keeps his name in the export however
// the look-alike is spelt. An invisible character does not split a name.
func TestLookAlikeNames(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	rel := func(date, name string) string {
		return "NATO Secretary General meets the Prime Minister of Iceland on " + date + "\n\nSource: NATO\n\nOn " + date + ", the NATO Secretary General, Mr " + name + ", received the Prime Minister of Iceland, Ms Kristrún Frostadóttir, at NATO Headquarters, in Brussels.\n"
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(rel("28 May 2025", "Mark Rutte")), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(rel("29 May 2025", "M\u0430rk Rutte")), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte(rel("30 May 2025", "Mark Ru\u200btte")), 0o644)
	_, errs, code := natokg(t, dir, "load", "--db", "db", "a.txt", "b.txt", "c.txt")
	if code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	if want := "b.txt:5: warning: the name \"M\u0430rk Rutte\" mixes Latin and Cyrillic letters"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
	if strings.Contains(errs, "a.txt") || strings.Contains(errs, "c.txt") {
		t.Errorf("warnings for plain names: %q", errs)
	}
	dot, errs, code := natokg(t, dir, "export", "--db", "db", "--format", "dot")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	if !strings.Contains(dot, `[label="Mark Rutte"`) || !strings.Contains(dot, `[label="M`+"\u0430"+`rk Rutte"`) {
		t.Errorf("DOT lacks a node labelled Mark Rutte and one labelled M\\u0430rk Rutte:\n%s", dot)
	}
	nq, _, _ := natokg(t, dir, "export", "--db", "db")
	if strings.Contains(nq, "Ru\u200btte") || strings.Count(nq, "<https://natokg.example/person/mark-rutte> <http://schema.org/name>") != 2 {
		t.Errorf("Mark Rutte is not one node named by a.txt and c.txt:\n%s", nq)
	}
}
