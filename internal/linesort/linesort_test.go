package linesort_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/natokg/natokg/internal/linesort"
)

// sortLines writes lines through Write, in runs of chunk lines, and
// returns the output.
func sortLines(t *testing.T, lines []string, chunk int, dir string) string {
	t.Helper()
	var out bytes.Buffer
	err := linesort.Write(context.Background(), &out, linesort.Options{ChunkLines: chunk, TempDir: dir}, func(add func(string) error) error {
		for _, l := range lines {
			if err := add(l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestWrite(t *testing.T) {
	many := make([]string, 2500)
	for i := range many {
		many[i] = fmt.Sprintf("<s%d> <p> \"%d\" <r%d> .\n", (i*7919)%1000, i%13, i%3)
	}
	for _, tc := range []struct {
		name  string
		lines []string
		chunk int
	}{
		{"no line", nil, 0},
		{"one line", []string{"b .\n"}, 0},
		{"one run", []string{"c\n", "a\n", "b\n", "a\n"}, 0},
		{"a run per line", []string{"c\n", "a\n", "b\n", "a\n"}, 1},
		{"bytes, not letters", []string{"é\n", "z\n", "Z\n", "e\n", "<b>\n", "\"a\"\n"}, 2},
		{"many runs", many, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			got := sortLines(t, tc.lines, tc.chunk, dir)
			want := slices.Clone(tc.lines)
			slices.Sort(want)
			if got != strings.Join(want, "") {
				t.Errorf("got\n%q\nwant\n%q", got, strings.Join(want, ""))
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("%d files left in the temporary directory", len(left))
			}
		})
	}
}

// TestWriteFails checks that nothing is written when the lines cannot all
// be given, and that the error says why.
func TestWriteFails(t *testing.T) {
	bad := errors.New("store unreadable")
	var out bytes.Buffer
	err := linesort.Write(context.Background(), &out, linesort.Options{ChunkLines: 2, TempDir: t.TempDir()}, func(add func(string) error) error {
		for _, l := range []string{"b\n", "a\n", "c\n"} {
			if err := add(l); err != nil {
				return err
			}
		}
		return bad
	})
	if !errors.Is(err, bad) || out.Len() > 0 {
		t.Errorf("Write = %v, wrote %q; want %v and nothing written", err, out.String(), bad)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = linesort.Write(ctx, &out, linesort.Options{}, func(add func(string) error) error {
		for {
			if err := add("x\n"); err != nil {
				return err
			}
		}
	})
	if !errors.Is(err, context.Canceled) || out.Len() > 0 {
		t.Errorf("Write, cancelled = %v, wrote %d bytes; want %v and nothing written", err, out.Len(), context.Canceled)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteOutputFails(t *testing.T) {
	err := linesort.Write(context.Background(), failingWriter{}, linesort.Options{ChunkLines: 1, TempDir: t.TempDir()}, func(add func(string) error) error {
		for _, l := range []string{"b\n", "a\n"} {
			if err := add(l); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write to a failing writer = %v, want the writer's error", err)
	}
}

// TestEachKeepsBytes checks that records holding newlines, NUL bytes
// and bytes that are not UTF-8 come back whole and in byte order,
// across runs.
func TestEachKeepsBytes(t *testing.T) {
	records := []string{"b\n2", "a\x00\xff", "b\n1", "a", "\xff\n", "a\x00", ""}
	var got []string
	err := linesort.Each(context.Background(), linesort.Options{ChunkLines: 2, TempDir: t.TempDir()}, func(add func(string) error) error {
		for _, r := range records {
			if err := add(r); err != nil {
				return err
			}
		}
		return nil
	}, func(r string) error {
		got = append(got, r)
		return nil
	})
	want := slices.Sorted(slices.Values(records))
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Each = %q, %v; want %q", got, err, want)
	}
}

func FuzzWrite(f *testing.F) {
	f.Add("b\na\nc\n", 2)
	f.Add("\n\n", 1)
	f.Fuzz(func(t *testing.T, text string, chunk int) {
		if chunk < 1 || chunk > 50 {
			return
		}
		lines := slices.Collect(strings.Lines(text))
		if len(lines) > 0 && !strings.HasSuffix(lines[len(lines)-1], "\n") {
			lines[len(lines)-1] += "\n"
		}
		got := sortLines(t, lines, chunk, t.TempDir())
		slices.Sort(lines)
		if got != strings.Join(lines, "") {
			t.Errorf("got %q, want %q", got, strings.Join(lines, ""))
		}
	})
}

func ExampleWrite() {
	var out bytes.Buffer
	err := linesort.Write(context.Background(), &out, linesort.Options{}, func(add func(string) error) error {
		for _, l := range []string{"<b> <p> <o> .\n", "<a> <p> <o> .\n"} {
			if err := add(l); err != nil {
				return err
			}
		}
		return nil
	})
	fmt.Print(out.String(), err)
	// Output:
	// <a> <p> <o> .
	// <b> <p> <o> .
	// <nil>
}
