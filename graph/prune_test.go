package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/natokg/natokg/graph/voc/kg"
)

// TestPruneDeadFigures checks that the index lists of a Bolt store's
// figures keep only live quads however often a write changes the figures
// (Cayley leaves a deleted quad's ID in each list), and that the figures
// stay right: ann attends one event more with each of 30 releases, so
// her kg:eventCount is deleted and written again 29 times.
func TestPruneDeadFigures(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg"))
	kvs := s.qs.(kvStore)
	const n = 30
	for i := 1; i <= n; i++ {
		r := kg.IRI(kg.Release, fmt.Sprint(i))
		writeRelease(t, s, r, attendanceRelease(r, map[string][]string{fmt.Sprint("talks ", i): {"ann", fmt.Sprint("guest ", i)}}))
	}
	ann := kg.IRI(kg.Person, "ann")
	count := quad.Quad{Subject: ann, Predicate: eventCountIRI, Object: quad.Int(n), Label: figuresIRI}
	if got := figures(t, s); !slices.Contains(got, fmt.Sprint("ann eventCount ", n)) {
		t.Fatalf("figures %q, want ann eventCount %d", got, n)
	}
	keys, err := kvs.pruneKeys([]quad.Quad{count})
	if err != nil || len(keys) == 0 {
		t.Fatalf("index keys of %v: %v, %v", count, keys, err)
	}
	for _, k := range keys {
		var ids []uint64
		err := kvs.kv.View(ctx, func(tx hkv.Tx) error {
			v, err := tx.Get(ctx, k)
			if err != nil {
				return err
			}
			ids, err = decodeIDs(v)
			return err
		})
		if err != nil {
			t.Fatalf("read index list %q: %v", k, err)
		}
		// The subject-predicate list holds ann's one kg:eventCount quad; the
		// object-predicate-subject one that very quad.
		if len(ids) != 1 {
			t.Errorf("index list %q holds %d quad IDs, want the one live quad", k, len(ids))
		}
	}
	mustCheck(t, s)
}

// TestIndexListCoding checks that a list of quad IDs reads back as
// written, and that a cut list is refused.
func TestIndexListCoding(t *testing.T) {
	for _, ids := range [][]uint64{nil, {1}, {1, 127, 128, 300, 1 << 40}} {
		got, err := decodeIDs(encodeIDs(ids))
		if err != nil || !slices.Equal(got, ids) {
			t.Errorf("decodeIDs(encodeIDs(%v)) = %v, %v", ids, got, err)
		}
	}
	if _, err := decodeIDs([]byte{0x80}); err == nil {
		t.Error("a cut list was read")
	}
}
