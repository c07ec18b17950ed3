package graph

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

// TestBatcherReopens checks that a Batcher writing to a Bolt store opens
// its file again once enough pages were written, that what it writes is
// all there afterwards, and that readers running meanwhile (as a load's
// look-ups of stored releases do) never meet a closed file.
func TestBatcherReopens(t *testing.T) {
	if !canReopen {
		t.Skip("a Bolt store is opened once on this system")
	}
	ctx := context.Background()
	s, dir := openBoltTemp(t)
	defer s.Close()
	s.reopenAfter = 64 << 10
	rs := testReleases(300)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var readErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.HasSourceHash(ctx, "a digest no release has"); err != nil {
				readErr = err
				return
			}
		}
	}()
	writeReleases(t, s, rs)
	close(stop)
	wg.Wait()
	if readErr != nil {
		t.Errorf("a read while the Batcher wrote: %v", readErr)
	}
	if s.reopens == 0 {
		t.Fatalf("the Batcher wrote %d releases with a budget of 64 KB of pages and never opened the file again", len(rs))
	}
	for _, r := range rs {
		if ok, err := s.holds(ctx, r.IRI); err != nil || !ok {
			t.Fatalf("release %s after %d reopenings: found %v, %v", r.IRI, s.reopens, ok, err)
		}
	}
	said, want := 0, 0
	for _, r := range rs {
		want += len(r.Quads)
	}
	if err := s.Each(ctx, func(quad.Quad) error { said++; return nil }); err != nil || said != want {
		t.Errorf("after %d reopenings the store gives %d quads (%v), want %d", s.reopens, said, err, want)
	}
	// Another process (here another Store) still cannot take the store.
	if _, err := OpenWith(ctx, dir, Options{LockWait: 100 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Errorf("a second writer after %d reopenings: %v, want ErrInUse", s.reopens, err)
	}
}

// TestStoreLockHeldWithoutBolt checks that natokg's own lock on a store
// keeps other natokg processes out while the Bolt file is closed, as it is
// for a moment each time a load opens it again.
func TestStoreLockHeldWithoutBolt(t *testing.T) {
	if !canReopen {
		t.Skip("natokg has no lock of its own on this system")
	}
	ctx := context.Background()
	s, dir := openBoltTemp(t)
	s.Close()
	release, err := lockStore(dir, false, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	for _, o := range []Options{{LockWait: 100 * time.Millisecond}, {ReadOnly: true, LockWait: 100 * time.Millisecond}} {
		if _, err := OpenWith(ctx, dir, o); !errors.Is(err, ErrInUse) {
			t.Errorf("open (read only %v) while only natokg's lock is held: %v, want ErrInUse", o.ReadOnly, err)
		}
	}
}

// openBoltTemp opens a new Bolt store in a temporary directory, which it
// returns too.
func openBoltTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}
