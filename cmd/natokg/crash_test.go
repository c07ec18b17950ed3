package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/internal/pgtest"
)

// corpus writes n releases, the bundled ones again and again under new
// titles, to one file in dir and returns its path.
func corpus(t *testing.T, dir string, n int) string {
	t.Helper()
	seed, err := os.ReadFile("../../data/releases/nato-releases-2025-05.txt")
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, l := range strings.Split(string(seed), "\n") {
		if strings.HasPrefix(l, "Source:") {
			continue
		}
		titles = append(titles, l)
	}
	parts := strings.Split(string(seed), "\nSource: NATO\n")
	// Each part but the first ends with the next release's title: rebuild
	// releases as title + body.
	var rels []string
	title := strings.TrimSpace(parts[0])
	for i := 1; i < len(parts); i++ {
		body := parts[i]
		next := ""
		if i < len(parts)-1 {
			k := strings.LastIndex(strings.TrimRight(body, "\n"), "\n")
			next = strings.TrimSpace(body[k:])
			body = body[:k]
		}
		rels = append(rels, title+"\n\nSource: NATO\n"+body)
		title = next
	}
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		r := rels[i%len(rels)]
		t0, rest, _ := strings.Cut(r, "\n")
		fmt.Fprintf(&b, "%s (%d)\n%s\n\n", t0, i, rest)
	}
	p := filepath.Join(dir, "corpus.txt")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestKilledLoad kills a real natokg load with SIGKILL at many points:
// after each, the store opens, holds only whole releases, and a last load
// completes it.
func TestKilledLoad(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills a load many times")
	}
	dir := t.TempDir()
	const n = 60
	src := corpus(t, dir, n)
	db := filepath.Join(dir, "db")
	for i, delay := range []time.Duration{30, 60, 100, 150, 220, 300, 400, 550, 700, 900} {
		cmd := exec.Command(binary, "load", "--db", db, src)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		out, errs, code := natokg(t, dir, "check", "--db", db)
		// Killed before it made the store, the load leaves none.
		none := code == 2 && strings.Contains(errs, "no natokg store")
		if code != 0 && !none {
			t.Fatalf("kill %d after %v: check: exit %d\n%s%s", i, delay*time.Millisecond, code, out, errs)
		}
	}
	out, errs, code := natokg(t, dir, "load", "--db", db, src)
	if code != 0 {
		t.Fatalf("final load: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, fmt.Sprintf("store: %d releases", n)) {
		t.Errorf("after the final load: %s", out)
	}
	if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check after the final load: %s", out)
	}
}

// TestConcurrentLoadRefused starts a second load on a store a load holds:
// it fails with a clear message and the store stays whole.
func TestConcurrentLoadRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := corpus(t, dir, 150) // long enough to outlast the second load's wait for the store
	db := filepath.Join(dir, "db")
	first := exec.Command(binary, "load", "--db", db, src)
	var firstErr bytes.Buffer
	first.Stderr = &firstErr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the first load holds the store.
	for i := 0; i < 100; i++ {
		if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	_, errs, code := natokg(t, dir, "load", "--db", db, src)
	if err := first.Wait(); err != nil {
		t.Fatalf("first load: %v: %s", err, firstErr.String())
	}
	// The second load waits a little for the store, then fails saying it
	// is in use; if the first load ended within that wait, it loads.
	if code != 0 && !strings.Contains(errs, "in use") {
		t.Errorf("second load: exit %d, %q; want success after a wait, or a failure saying the store is in use", code, errs)
	}
	if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check: %s", out)
	}
}

// TestInterruptedLoad sends Ctrl-C (SIGINT) while a load writes its
// first transaction (held there by the test hook): the load stops
// cleanly after it, says so, and leaves whole releases only.
func TestInterruptedLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := corpus(t, dir, 150)
	db := filepath.Join(dir, "db")
	hold := filepath.Join(dir, "held")
	cmd := exec.Command(binary, "load", "--db", db, src)
	cmd.Env = append(os.Environ(), "NATOKG_TEST_HOLD_AT=write:done", "NATOKG_TEST_HOLD_FILE="+hold)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if _, err := os.Stat(hold); err == nil {
			break
		}
		if i == 3000 {
			cmd.Process.Kill()
			t.Fatal("the load never reached its first write's end")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(os.Interrupt)
	time.Sleep(100 * time.Millisecond) // for the signal to land before the hold ends
	os.Remove(hold)
	if err := cmd.Wait(); err == nil {
		t.Fatalf("the load ran to its end after Ctrl-C: %s", errb.String())
	}
	if !strings.Contains(errb.String(), "load stopped") {
		t.Errorf("interrupted load said %q", errb.String())
	}
	out, _, code := natokg(t, dir, "check", "--db", db)
	if code != 0 {
		t.Errorf("check after Ctrl-C: %s", out)
	}
	if strings.Contains(out, "ok: 150 releases") || !strings.Contains(out, "ok: ") {
		t.Errorf("check after Ctrl-C: %q, want some of the 150 releases, whole", out)
	}
}

// TestStoreHeldRefused runs a load on a store a natokg serve holds: it
// fails with a clear message, and the store is untouched.
func TestStoreHeldRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	if _, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	srv := serveProcess(t, dir, db)
	_, errs, code := natokg(t, dir, "load", "--db", db)
	if code == 0 || !strings.Contains(errs, "in use by another natokg process") {
		t.Errorf("load on a held store: exit %d, %q; want a failure saying the store is in use", code, errs)
	}
	// Killed outright, the server leaves the store free: its second
	// process stops with the first.
	srv.Process.Kill()
	srv.Wait()
	for i := 0; ; i++ {
		_, errs, code = natokg(t, dir, "load", "--db", db)
		if code == 0 {
			break
		}
		if i == 100 {
			t.Fatalf("the store is still held 30 s after its server was killed: %s", errs)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// editedSeed returns the bundled releases, and the same with the first
// release edited: its meeting is with another person.
func editedSeed(t *testing.T) (before, after string) {
	t.Helper()
	seed, err := os.ReadFile("../../data/releases/nato-releases-2025-05.txt")
	if err != nil {
		t.Fatal(err)
	}
	before = string(seed)
	after = strings.Replace(before, "Kristrún Frostadóttir in Brussels", "Bjarni Benediktsson in Brussels", 1)
	if after == before {
		t.Fatal("the edit changes nothing")
	}
	return before, after
}

// editedTitle is the title of the release editedSeed edits.
const editedTitle = "NATO Secretary General welcomes Icelandic Prime Minister to NATO Headquarters"

// releaseLines returns the exported N-Quads of the release titled title,
// sorted: the lines whose label is the release's.
func releaseLines(t *testing.T, dir, db, title string) []string {
	t.Helper()
	exp, errs, code := natokg(t, dir, "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(exp), "\n")
	label := ""
	for _, l := range lines {
		if strings.Contains(l, `<http://schema.org/headline> "`+title+`"`) {
			label = quadLabel(l)
		}
	}
	var out []string
	for _, l := range lines {
		if label != "" && quadLabel(l) == label {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

// quadLabel returns the label of an N-Quads line (its last IRI).
func quadLabel(line string) string {
	line = strings.TrimSuffix(strings.TrimSpace(line), " .")
	return line[strings.LastIndex(line, " <")+1:]
}

// loadAt loads the release file src into db: plainly, or, when step is
// set, in a binary that kills itself with SIGKILL at that step of a write;
// it reports whether the load was killed.
func loadAt(t *testing.T, dir, db, src, step string) bool {
	t.Helper()
	cmd := exec.Command(binary, "load", "--db", db, src)
	cmd.Dir = dir
	if step != "" {
		cmd.Env = append(os.Environ(), "NATOKG_TEST_KILL_AT="+step)
	}
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
		return true
	}
	if err != nil {
		t.Fatalf("load %s: %v: %s", src, err, errb.String())
	}
	return false
}

// TestKilledEdit kills natokg load with SIGKILL at each step of the write
// of an edited release, on Bolt and on PostgreSQL: after each, the store
// holds the release's former version or its new one, whole, never
// neither, natokg check finds nothing wrong, and a load again stores the
// new version.
func TestKilledEdit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	before, after := editedSeed(t)
	src := filepath.Join(dir, "releases.txt")
	// The versions, as loads that are not killed store them.
	version := func(text string) []string {
		if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		db := filepath.Join(dir, fmt.Sprintf("ref-%d", len(text)))
		loadAt(t, dir, db, src, "")
		return releaseLines(t, dir, db, editedTitle)
	}
	old, edited := version(before), version(after)
	if len(old) == 0 || slices.Equal(old, edited) {
		t.Fatalf("the two versions of the release: %d and %d quads, equal: %v", len(old), len(edited), slices.Equal(old, edited))
	}
	stores := []struct {
		name string
		db   func(t *testing.T, step string) string
	}{
		{"bolt", func(t *testing.T, step string) string {
			return filepath.Join(dir, "db-"+strings.ReplaceAll(step, ":", "-"))
		}},
		{"postgres", func(t *testing.T, _ string) string { return pgtest.Addr(t) }},
	}
	for _, st := range stores {
		for _, tc := range []struct {
			step string
			want []string
		}{
			{"write:begin", old},
			{"write:step", old},
			{"write:commit", old},
			{"write:done", edited},
		} {
			t.Run(st.name+"/"+tc.step, func(t *testing.T) {
				db := st.db(t, tc.step)
				os.WriteFile(src, []byte(before), 0o644)
				loadAt(t, dir, db, src, "")
				os.WriteFile(src, []byte(after), 0o644)
				if !loadAt(t, dir, db, src, tc.step) {
					t.Fatalf("the load was not killed at %s", tc.step)
				}
				if got := releaseLines(t, dir, db, editedTitle); !slices.Equal(got, tc.want) {
					t.Errorf("killed at %s, the store holds %d quads of the release, want the %d of its %s version",
						tc.step, len(got), len(tc.want), map[bool]string{true: "former", false: "new"}[slices.Equal(tc.want, old)])
				}
				if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
					t.Errorf("check after a kill at %s: exit %d\n%s", tc.step, code, out)
				}
				loadAt(t, dir, db, src, "")
				if got := releaseLines(t, dir, db, editedTitle); !slices.Equal(got, edited) {
					t.Errorf("after loading again the store holds %d quads of the release, want the %d of its new version", len(got), len(edited))
				}
				if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
					t.Errorf("check after loading again: exit %d\n%s", code, out)
				}
			})
		}
	}
}

// TestCheckFindsLostRelease deletes a release's quads around natokg (as
// an edit written in two transactions and killed between them used to),
// on Bolt and on PostgreSQL: natokg check names the lost release and exits
// 1, and a load restores it.
func TestCheckFindsLostRelease(t *testing.T) {
	t.Parallel()
	for _, st := range []struct {
		name string
		db   func(t *testing.T) string
	}{
		{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "db") }},
		{"postgres", func(t *testing.T) string { return pgtest.Addr(t) }},
	} {
		t.Run(st.name, func(t *testing.T) {
			dir, db := t.TempDir(), st.db(t)
			if _, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
				t.Fatal(errs)
			}
			lost := loseRelease(t, db, editedTitle)
			out, _, code := natokg(t, dir, "check", "--db", db)
			if code != 1 || !strings.Contains(out, string(lost)+">: release lost") {
				t.Errorf("check of a store that lost a release: exit %d\n%s", code, out)
			}
			if _, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
				t.Fatal(errs)
			}
			if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
				t.Errorf("check after loading the lost release again: exit %d\n%s", code, out)
			}
		})
	}
}

// loseRelease deletes the quads labelled with the release titled title
// from the store db through Cayley, around natokg's write path, and returns the
// release's IRI.
func loseRelease(t *testing.T, db, title string) quad.IRI {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var lost quad.IRI
	rs, err := s.Releases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Title == title {
			lost = r.IRI
		}
	}
	// The release's own graph, as stored: the bundles it states stay,
	// as they do when other releases state them.
	if n := deleteQuads(t, s, quad.Label, lost, nil); n == 0 {
		t.Fatalf("no quads of %q", title)
	}
	return lost
}

// deleteQuads deletes from s, through Cayley, around natokg's write path,
// the quads whose value in direction d is v and that keep (nil: all)
// takes, and returns how many it deleted.
func deleteQuads(t *testing.T, s *graph.Store, d quad.Direction, v quad.Value, keep func(quad.Quad) bool) int {
	t.Helper()
	ctx := context.Background()
	qs := s.QuadStore()
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		t.Fatalf("%s in the store: %v, %v", v, ref, err)
	}
	var dels []cgraph.Delta
	it := qs.QuadIterator(d, ref).Iterate()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		if keep == nil || keep(q) {
			dels = append(dels, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	if err := it.Close(); err != nil {
		t.Fatal(err)
	}
	if err := qs.ApplyDeltas(dels, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	return len(dels)
}
