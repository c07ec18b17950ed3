package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadersShareStore queries, exports and checks a store while natokg
// serve holds it; a load is refused, naming the server, until the server
// stops, and with --wait it waits for it.
func TestReadersShareStore(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	if _, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	srv := serveProcess(t, dir, db)
	for _, args := range [][]string{
		{"query", "people-met", "person=Rutte", "--format", "json"},
		{"export"},
		{"check"},
		{"explain", "Meets the Prime Minister of Iceland"},
	} {
		out, errs, code := natokg(t, dir, append(args, "--db", db)...)
		if code != 0 || out == "" {
			t.Errorf("natokg %s while serve runs: exit %d, %d bytes out, %s", strings.Join(args, " "), code, len(out), errs)
		}
	}
	_, errs, code := natokg(t, dir, "load", "--db", db)
	if code == 0 || !strings.Contains(errs, "in use") || !strings.Contains(errs, "serve --db") || !strings.Contains(errs, "--wait") {
		t.Errorf("load while serve runs: exit %d, %q; want a refusal naming the server and --wait", code, errs)
	}
	// A load that waits goes on once the server stops.
	go func() {
		time.Sleep(time.Second)
		srv.Process.Signal(syscall.SIGINT)
	}()
	if _, errs, code := natokg(t, dir, "load", "--db", db, "--wait", "60s"); code != 0 {
		t.Errorf("load --wait 60s while the server stops: exit %d, %s", code, errs)
	}
}

// serveProcess starts natokg serve on db, writing to a file rather than
// a pipe (once it is killed nothing of it is left to wait for), waits
// until it serves, and kills it when the test ends.
func serveProcess(t *testing.T, dir, db string) *exec.Cmd {
	t.Helper()
	logFile, err := os.Create(filepath.Join(dir, "serve.log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logFile.Close() })
	srv := exec.Command(binary, "serve", "--db", db, "--addr", "127.0.0.1:0")
	srv.Stdout, srv.Stderr = logFile, logFile
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Process.Kill(); srv.Wait() })
	for i := 0; i < 400; i++ {
		if b, _ := os.ReadFile(logFile.Name()); strings.Contains(string(b), "serving") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	return srv
}

// writeFiles writes files (path under dir: content), making their
// directories.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReadingNeverCreates runs each reading command on a --db that names
// nothing, and on a file: each says there is no store, exit 2, and
// leaves nothing behind.
func TestReadingNeverCreates(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	missing := filepath.Join(dir, "nowhere")
	file := filepath.Join(dir, "notes.txt")
	writeFiles(t, dir, map[string]string{"notes.txt": "not a store\n"})
	for _, args := range [][]string{
		{"query", "people-met", "person=Rutte"},
		{"query", "g.V().All()"},
		{"export"},
		{"explain"},
		{"check"},
		{"draw", "Rutte", "-o", filepath.Join(dir, "x.svg")},
		{"serve", "--addr", "127.0.0.1:0"},
	} {
		_, errs, code := natokg(t, dir, append(args, "--db", missing)...)
		if code != 2 || !strings.Contains(errs, "no natokg store at "+missing) || !strings.Contains(errs, "natokg load") {
			t.Errorf("natokg %s on a missing store: exit %d, %q; want exit 2 and a word on natokg load", args[0], code, errs)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("natokg %s created %s", args[0], missing)
		}
	}
	_, errs, code := natokg(t, dir, "check", "--db", file)
	if code == 0 || !strings.Contains(errs, "not a natokg store") {
		t.Errorf("check on a file: exit %d, %q; want a word that it is not a store", code, errs)
	}
}
