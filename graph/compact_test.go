package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// fileSize returns the size of the Bolt file of the store in dir.
func fileSize(t *testing.T, dir string) int64 {
	t.Helper()
	fi, err := os.Stat(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// writeReleases writes rs to s in batches, as a load does.
func writeReleases(t *testing.T, s *Store, rs []Release) {
	t.Helper()
	ctx := context.Background()
	b := s.NewBatcher(200)
	for _, r := range rs {
		if err := b.Add(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

// checkReport returns what Check says of s, as text.
func checkReport(t *testing.T, s *Store) string {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(problems)
}

// TestCompact checks that compacting a Bolt store makes its file smaller
// and changes nothing it holds: the export is the same bytes, check says
// the same, and the store takes writes and opens again afterwards.
func TestCompact(t *testing.T) {
	ctx := context.Background()
	s, dir := openBoltTemp(t)
	rs := testReleases(400)
	writeReleases(t, s, rs[:300])
	// natokg's writes fill the pages of Cayley's log, whose keys only
	// grow, whole (pageFill), where Bolt's default fills half of each;
	// here a page is split again where a later transaction rewrites the
	// count of a node it holds (a load's larger transactions leave the
	// log 98% full).
	if full := leafFill(t, s, "log"); full < 0.6 {
		t.Errorf("the log's leaf pages are %.2f full", full)
	}
	before, report := exportNQuads(t, s), checkReport(t, s)
	size := fileSize(t, dir)
	loaded, err := s.FileUse(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Compact(ctx)
	if err != nil {
		t.Fatalf("Compact: %v", err)
	}
	if c.Before != size || c.After != fileSize(t, dir) || c.After >= c.Before {
		t.Errorf("Compact says %d -> %d bytes; the file was %d bytes and is %d", c.Before, c.After, size, fileSize(t, dir))
	}
	// Compaction keeps what the file holds, and leaves it tight.
	compacted, err := s.FileUse(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.File > size || compacted.File > c.After || compacted.Loose() ||
		compacted.Held > loaded.Held*11/10 || compacted.Held < loaded.Held*9/10 {
		t.Errorf("the file's use: loaded %+v, compacted %+v (loose %v)", loaded, compacted, compacted.Loose())
	}
	if after := exportNQuads(t, s); !bytes.Equal(before, after) {
		t.Fatalf("the export changed with compaction:\nbefore %d bytes\nafter %d bytes", len(before), len(after))
	}
	if got := checkReport(t, s); got != report {
		t.Errorf("check after compaction:\n%.300s\nbefore:\n%.300s", got, report)
	}
	if _, err := os.Stat(filepath.Join(dir, compactFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the copy is still beside the file: %v", err)
	}
	writeReleases(t, s, rs[300:])
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, dir)
	if err != nil {
		t.Fatalf("open after compaction: %v", err)
	}
	defer s.Close()
	for _, r := range rs {
		if ok, err := s.holds(ctx, r.IRI); err != nil || !ok {
			t.Fatalf("release %s after compaction and writes: found %v, %v", r.IRI, ok, err)
		}
	}
}

// TestCompactCutShort checks that a compaction that fails before its copy
// takes the file's place leaves the store as it was, writable, and no
// copy behind.
func TestCompactCutShort(t *testing.T) {
	ctx := context.Background()
	s, dir := openBoltTemp(t)
	defer s.Close()
	rs := testReleases(60)
	writeReleases(t, s, rs[:50])
	before, size := exportNQuads(t, s), fileSize(t, dir)
	failAt(t, "compact-copied")
	if _, err := s.Compact(ctx); !errors.Is(err, errInjected) {
		t.Fatalf("Compact with its last step failing: %v, want the injected failure", err)
	}
	if got := fileSize(t, dir); got != size {
		t.Errorf("the file is %d bytes after a failed compaction, was %d", got, size)
	}
	if _, err := os.Stat(filepath.Join(dir, compactFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed compaction left its copy: %v", err)
	}
	if after := exportNQuads(t, s); !bytes.Equal(before, after) {
		t.Fatal("a failed compaction changed the export")
	}
	writeReleases(t, s, rs[50:])
	for _, r := range rs {
		if ok, err := s.holds(ctx, r.IRI); err != nil || !ok {
			t.Fatalf("release %s after a failed compaction: found %v, %v", r.IRI, ok, err)
		}
	}
}

// TestStaleCompactionRemoved checks that the copy a compaction killed
// midway left is deleted by the next writer to open the store, and left
// alone by a reader (which takes no exclusive lock).
func TestStaleCompactionRemoved(t *testing.T) {
	ctx := context.Background()
	s, dir := openBoltTemp(t)
	writeReleases(t, s, testReleases(5))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, compactFile)
	if err := os.WriteFile(stale, []byte("half a copy"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := OpenWith(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	if _, err := os.Stat(stale); err != nil {
		t.Fatalf("a reader touched the copy: %v", err)
	}
	w, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a writer opened the store and left the stale copy: %v", err)
	}
}

// TestCompactOtherStores checks that the stores with no Bolt file say
// so, and are left as they were.
func TestCompactOtherStores(t *testing.T) {
	for _, b := range []int{0, 2} { // memory, PostgreSQL
		t.Run(backends[b].name, func(t *testing.T) {
			s := openStore(t, backends[b].addr(t))
			writeBoth(t, s)
			before := exportNQuads(t, s)
			if _, err := s.Compact(context.Background()); !errors.Is(err, ErrNotCompactable) {
				t.Errorf("Compact: %v, want ErrNotCompactable", err)
			}
			if !bytes.Equal(before, exportNQuads(t, s)) {
				t.Error("the store changed")
			}
		})
	}
}

// TestLoose checks where a file is loose enough to compact: at twice
// what it holds and past; not a first load's file at 1.6 to 1.8 times.
func TestLoose(t *testing.T) {
	for _, c := range []struct {
		use  FileUse
		want bool
	}{
		{FileUse{File: 100, Held: 100}, false},
		{FileUse{File: 125, Held: 100}, false},
		{FileUse{File: 175, Held: 100}, false},
		{FileUse{File: 199, Held: 100}, false},
		{FileUse{File: 200, Held: 100}, true},
		{FileUse{File: 250, Held: 100}, true},
		{FileUse{File: 0, Held: 0}, true},
	} {
		if got := c.use.Loose(); got != c.want {
			t.Errorf("%+v: loose %v, want %v", c.use, got, c.want)
		}
	}
}

// leafFill returns how full the leaf pages of a Bolt store's bucket are.
func leafFill(t *testing.T, s *Store, bucket string) float64 {
	t.Helper()
	var st bolt.BucketStats
	err := s.qs.(kvStore).bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		if b == nil {
			return fmt.Errorf("no bucket %q", bucket)
		}
		st = b.Stats()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return float64(st.LeafInuse) / float64(st.LeafAlloc)
}
