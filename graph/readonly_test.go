package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

// TestReadOnly opens a Bolt store for reading: never created, shared by
// two readers at once, refused to a writer while they hold it, and
// refusing writes itself.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	if _, err := OpenWith(ctx, dir, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Fatalf("reading a missing store: %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Fatal("reading a missing store created it")
	}
	w, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	rel := quad.IRI("https://natokg.example/release/r")
	q := quad.Make(quad.IRI("https://natokg.example/person/a"), quad.IRI("http://schema.org/name"), quad.String("A"), rel)
	if _, err := w.WriteRelease(ctx, rel, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r1, err := OpenWith(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := OpenWith(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	defer r2.Close()
	// The release's kg:states link, the bundle of its one fact, and the
	// four quads that say which figures the store keeps.
	if st, err := r2.Stats(ctx); err != nil || st.Quads != 6 {
		t.Errorf("a reader's stats: %+v, %v; want 6 quads", st, err)
	}
	if _, err := r1.WriteRelease(ctx, rel, nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("a reader's write: %v, want ErrReadOnly", err)
	}
	if _, err := OpenWith(ctx, dir, Options{LockWait: 100 * time.Millisecond}); !errors.Is(err, ErrInUse) {
		t.Errorf("a writer while readers hold the store: %v, want ErrInUse", err)
	}
}
