package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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
		if code != 0 {
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

// TestInterruptedLoad sends Ctrl-C (SIGINT): the load stops cleanly after
// the release it is writing and says so.
func TestInterruptedLoad(t *testing.T) {
	dir := t.TempDir()
	src := corpus(t, dir, 150)
	db := filepath.Join(dir, "db")
	cmd := exec.Command(binary, "load", "--db", db, src)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(400 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	if err == nil {
		t.Skip("the load finished before the interrupt")
	}
	if !strings.Contains(errb.String(), "load stopped") {
		t.Errorf("interrupted load said %q", errb.String())
	}
	if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check after Ctrl-C: %s", out)
	}
}

// TestStoreHeldRefused runs a load on a store a natokg serve holds: it
// fails with a clear message, and the store is untouched.
func TestStoreHeldRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	if _, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	// The server writes to a file, not a pipe: once it is killed nothing
	// of it is left to wait for.
	logFile, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	srv := exec.Command(binary, "serve", "--db", db, "--addr", "127.0.0.1:0")
	srv.Stdout, srv.Stderr = logFile, logFile
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { srv.Process.Kill(); srv.Wait() }()
	for i := 0; i < 400; i++ {
		if b, _ := os.ReadFile(logFile.Name()); strings.Contains(string(b), "serving") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
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
