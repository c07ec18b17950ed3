package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// boltSize returns the size of the Bolt file of the store at db.
func boltSize(t *testing.T, db string) int64 {
	t.Helper()
	fi, err := os.Stat(filepath.Join(db, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

var compactedRE = regexp.MustCompile(`^compacted: [0-9.]+ MB -> [0-9.]+ MB\n$`)

// TestCompactCommand checks that a load into a new store leaves its file
// near its compacted size (compacted, or written with full pages), that
// natokg compact brings a store loaded without compaction to the size of
// the other compacted, and that neither changes the export or what check
// says; a store with no Bolt file is refused with the reason.
func TestCompactCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := corpus(t, dir, 120)
	compacted, loose := filepath.Join(dir, "compacted.db"), filepath.Join(dir, "loose.db")
	for _, args := range [][]string{
		{"load", "--db", compacted, src},
		{"load", "--db", loose, "--compact=false", src},
	} {
		if out, errs, code := natokg(t, dir, args...); code != 0 {
			t.Fatalf("natokg %v: exit %d\n%s\n%s", args, code, out, errs)
		}
	}
	loaded := boltSize(t, compacted)
	want, _, _ := natokg(t, dir, "export", "--db", loose)
	for _, db := range []string{compacted, loose} {
		out, errs, code := natokg(t, dir, "compact", "--db", db)
		if code != 0 || !compactedRE.MatchString(out) {
			t.Fatalf("natokg compact %s: exit %d\n%s\n%s", db, code, out, errs)
		}
	}
	small := boltSize(t, compacted)
	if got := boltSize(t, loose); got != small {
		t.Errorf("natokg compact left %d bytes of the store loaded without compaction, %d of the other", got, small)
	}
	if loaded > small*3/2 {
		t.Errorf("a load into a new store left %d bytes, %d compacted: its pages are half empty", loaded, small)
	}
	for _, db := range []string{compacted, loose} {
		if got, _, _ := natokg(t, dir, "export", "--db", db); got != want {
			t.Errorf("the export of %s is not the export of the store loaded without compaction", db)
		}
		if out, errs, code := natokg(t, dir, "check", "--db", db); code != 0 {
			t.Errorf("check %s: exit %d\n%s\n%s", db, code, out, errs)
		}
	}
	out, errs, code := natokg(t, dir, "compact", "--db", "memory")
	if code == 0 || !strings.Contains(errs, "only a Bolt store can be compacted") {
		t.Errorf("natokg compact of the in-memory store: exit %d\n%s\n%s", code, out, errs)
	}
}

// TestKilledCompaction kills natokg compact once its copy is written,
// before the copy takes the file's place: the store is as it was, and
// the next command that writes to it deletes the copy.
func TestKilledCompaction(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := corpus(t, dir, 60)
	db := filepath.Join(dir, "db")
	if out, errs, code := natokg(t, dir, "load", "--db", db, "--compact=false", src); code != 0 {
		t.Fatalf("load: exit %d\n%s\n%s", code, out, errs)
	}
	want, _, _ := natokg(t, dir, "export", "--db", db)
	size := boltSize(t, db)
	cmd := exec.Command(binary, "compact", "--db", db)
	cmd.Env = append(os.Environ(), "NATOKG_TEST_KILL_AT=compact-copied")
	if err := cmd.Run(); err == nil {
		t.Fatal("natokg compact was to be killed, and ended")
	}
	copyPath := filepath.Join(db, "indexes.bolt.compacting")
	if _, err := os.Stat(copyPath); err != nil {
		t.Fatalf("the killed compaction left no copy (%v): it was killed elsewhere", err)
	}
	if got := boltSize(t, db); got != size {
		t.Errorf("the killed compaction changed the file: %d bytes, was %d", got, size)
	}
	if got, _, _ := natokg(t, dir, "export", "--db", db); got != want {
		t.Error("the export changed with the killed compaction")
	}
	if out, errs, code := natokg(t, dir, "load", "--db", db, src); code != 0 {
		t.Fatalf("load after the killed compaction: exit %d\n%s\n%s", code, out, errs)
	}
	if _, err := os.Stat(copyPath); !os.IsNotExist(err) {
		t.Errorf("a load after the killed compaction left its copy: %v", err)
	}
	if out, errs, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check: exit %d\n%s\n%s", code, out, errs)
	}
}
