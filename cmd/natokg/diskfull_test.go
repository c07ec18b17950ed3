package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// smallDisk mounts a tmpfs of size (e.g. "4m") on a new directory and
// returns it; it is unmounted when the test ends. Mounting needs root:
// without it the test is skipped, saying so.
func smallDisk(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput()
	if err != nil {
		t.Skipf("cannot mount a %s tmpfs to fill (mount needs root): %v: %s", size, err, bytes.TrimSpace(out))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}

// fill writes zeros to path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("fill %s: %v", path, err)
			}
			return
		}
	}
}

// TestDiskFullEdit loads an edited release into a Bolt store on a full
// disk: the load fails naming the release's line and the lack of space,
// the store still holds the former version whole (natokg check says ok),
// and once there is room a load stores the new version.
func TestDiskFullEdit(t *testing.T) {
	t.Parallel()
	disk := smallDisk(t, "4m")
	dir := t.TempDir()
	before, after := editedSeed(t)
	src := filepath.Join(dir, "releases.txt")
	db := filepath.Join(disk, "db")
	os.WriteFile(src, []byte(before), 0o644)
	loadAt(t, dir, db, src, "")
	old := releaseLines(t, dir, db, editedTitle)

	filler := filepath.Join(disk, "filler")
	fill(t, filler)
	os.WriteFile(src, []byte(after), 0o644)
	_, errs, code := natokg(t, dir, "load", "--db", db, src)
	if code == 0 {
		t.Fatal("the load of the edit succeeded on a full disk")
	}
	if !strings.Contains(errs, "releases.txt:1: ") || !strings.Contains(errs, "no space left on device") {
		t.Errorf("load on a full disk said %q; want the edited release's line (releases.txt:1) and the lack of space", errs)
	}
	if got := releaseLines(t, dir, db, editedTitle); !slices.Equal(got, old) {
		t.Errorf("after the failed edit the store holds %d quads of the release, want the %d of its former version", len(got), len(old))
	}
	if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check after the failed edit: exit %d\n%s", code, out)
	}

	os.Remove(filler)
	if out, errs, code := natokg(t, dir, "load", "--db", db, src); code != 0 {
		t.Fatalf("load with room again: exit %d: %s%s", code, out, errs)
	}
	if got := releaseLines(t, dir, db, editedTitle); slices.Equal(got, old) || len(got) == 0 {
		t.Errorf("with room again the store holds %d quads of the release, not its new version", len(got))
	}
	if out, _, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check after the edit: exit %d\n%s", code, out)
	}
}
