package graph

import (
	"context"
	"encoding/json"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// kvStore is Cayley's kv quad store (Bolt) with its shape optimiser
// completed: Cayley turns a look-up of the quads with some fixed values
// into a scan of an index only when the values fix every direction of the
// index (graph/kv/iterators.go, optimizeQuadsAction, wants a value for
// each of the index's directions). A look-up by object and predicate, the
// step In(predicate) from one node, fixes two of the object-predicate-
// subject index's three: Cayley then reads every quad that has the node
// as object, whatever its predicate, and checks the predicate of each.
// kvStore scans the index's prefix instead, and reads only the quads
// asked for: counting the people of a 100,000-release store goes from a
// scan of the whole store to a scan of the people's rdf:type quads.
//
// kvStore must not implement Unwrap: Cayley's query engine would then
// optimise with the inner store and skip this optimiser.
type kvStore struct {
	*kv.QuadStore
	// indexes are the store's indexes, in Cayley's order of preference.
	indexes []kv.QuadIndex
}

// OptimizeShape is kv.QuadStore's, plus index prefix scans.
func (s kvStore) OptimizeShape(ctx context.Context, sh shape.Shape) (shape.Shape, bool) {
	if qa, ok := sh.(shape.QuadsAction); ok {
		if scan, ok := s.prefixScan(qa.Filter); ok {
			return qa.SimplifyFrom(scan), true
		}
	}
	// Cayley's optimiser handles only QuadsAction, which prefixScan has
	// handled when it can.
	return sh, false
}

// prefixScan returns the scan of an index whose leading directions are
// exactly those filter fixes, preferring an index with no other direction.
// It handles the full matches Cayley's optimiser handles too, since
// Cayley's scan (kv.IndexScan) cannot be built on a kvStore.
func (s kvStore) prefixScan(filter map[quad.Direction]cgraph.Ref) (shape.Shape, bool) {
	var best *kv.QuadIndex
	for i, ind := range s.indexes {
		if len(ind.Dirs) < len(filter) || len(filter) == 0 {
			continue
		}
		fixed := true
		for _, d := range ind.Dirs[:len(filter)] {
			if _, ok := filter[d].(kv.Int64Value); !ok {
				fixed = false
				break
			}
		}
		if fixed && (best == nil || len(ind.Dirs) < len(best.Dirs)) {
			best = &s.indexes[i]
		}
	}
	if best == nil {
		return nil, false
	}
	vals := make([]uint64, len(filter))
	for i, d := range best.Dirs[:len(filter)] {
		vals[i] = uint64(filter[d].(kv.Int64Value))
	}
	return indexScan{scan: kv.IndexScan{Index: *best, Values: vals}, qs: s.QuadStore}, true
}

// indexScan is kv.IndexScan built on the inner kv store (kv.IndexScan
// wants a *kv.QuadStore, not the kvStore around it).
type indexScan struct {
	scan kv.IndexScan
	qs   *kv.QuadStore
}

// BuildIterator scans the index prefix.
func (s indexScan) BuildIterator(cgraph.QuadStore) iterator.Shape {
	return s.scan.BuildIterator(s.qs)
}

// Optimize leaves the scan as it is.
func (s indexScan) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) {
	return s, false
}

// kvIndexes reads the list of indexes Cayley's kv store keeps in its
// metadata (bucket "meta", key "indexes", JSON; graph/kv/indexing.go,
// writeIndexesMeta). A store without the list has Cayley's legacy
// one-direction indexes, which have no prefix to scan: nil.
func kvIndexes(db *bolt.DB) ([]kv.QuadIndex, error) {
	var out []kv.QuadIndex
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("meta"))
		if b == nil {
			return nil
		}
		data := b.Get([]byte("indexes"))
		if data == nil {
			return nil
		}
		return json.Unmarshal(data, &out)
	})
	if err != nil {
		return nil, fmt.Errorf("read the kv store's index list: %w", err)
	}
	return out, nil
}
