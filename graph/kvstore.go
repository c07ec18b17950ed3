package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	lru "github.com/hashicorp/golang-lru/v2"
	bolt "go.etcd.io/bbolt"

	"github.com/natokg/natokg/internal/boltkv"
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
	// bolt is the Bolt file under the kv store.
	bolt *bolt.DB
	// kv is the database Cayley's store writes to, which can join its
	// writes in one transaction (txkv.go).
	kv *txKV
	// names holds the values of the nodes read lately, by ID (NameOf).
	names *lru.Cache[kv.Int64Value, quad.Value]

	// dir, opts and wait are what the store was opened with, to open it
	// again (reopen).
	dir  string
	opts Options
	wait time.Duration
	// unlock lets natokg's own lock on the store go (lockStore).
	unlock func() error
}

// Close closes the Bolt file, then lets natokg's lock on the store go.
func (s kvStore) Close() error {
	err := s.QuadStore.Close()
	if s.unlock != nil {
		if uerr := s.unlock(); err == nil {
			err = uerr
		}
	}
	return err
}

// reopen closes the Bolt file and opens it again, keeping natokg's lock
// on the store (and the values of the nodes read lately: an ID names one
// value for good). Bolt's list of free pages keeps an entry for every
// page a write took from it since the file was opened, which only grows
// through a load; opening the file again starts it afresh.
func (s kvStore) reopen() (kvStore, error) {
	if err := s.QuadStore.Close(); err != nil {
		return kvStore{}, fmt.Errorf("close the Bolt file to open it again: %w", err)
	}
	n, err := s.openAgain()
	if err != nil {
		return kvStore{}, fmt.Errorf("open the Bolt file again: %w", err)
	}
	return n, nil
}

// openAgain opens s's Bolt file, closed, keeping natokg's lock on the
// store and the values of the nodes read lately.
func (s kvStore) openAgain() (kvStore, error) {
	n, err := openBoltFile(s.dir, s.opts, s.wait)
	if err != nil {
		return kvStore{}, err
	}
	n.names, n.unlock = s.names, s.unlock
	return n, nil
}

// nameCacheSize is how many node values a Bolt store keeps in memory: a
// few megabytes, enough for the nodes a query reads again and again (a
// busy person, NATO, Brussels, the events of a page).
const nameCacheSize = 1 << 16

// newNameCache returns an empty cache of node values.
func newNameCache() *lru.Cache[kv.Int64Value, quad.Value] {
	c, err := lru.New[kv.Int64Value, quad.Value](nameCacheSize)
	if err != nil {
		panic(err) // only for a size below 1
	}
	return c
}

// NameOf is kv.QuadStore's, through a cache: Gizmo asks the value of each
// tagged node of each result, and a traversal from a busy node tags it
// in every result. A node's ID names one value for good: Cayley's kv
// store takes each new ID from a counter that only grows, and NameOf
// reads committed transactions only (a write that is rolled back hands
// its IDs out again, but no reader saw them), so the cache needs no
// invalidation.
func (s kvStore) NameOf(v cgraph.Ref) (quad.Value, error) {
	id, ok := v.(kv.Int64Value)
	if !ok || s.names == nil {
		return s.QuadStore.NameOf(v)
	}
	if val, ok := s.names.Get(id); ok {
		return val, nil
	}
	val, err := s.QuadStore.NameOf(v)
	if err == nil && val != nil {
		s.names.Add(id, val)
	}
	return val, err
}

// OptimizeShape is kv.QuadStore's, plus index prefix scans.
func (s kvStore) OptimizeShape(ctx context.Context, sh shape.Shape) (shape.Shape, bool) {
	switch sh := sh.(type) {
	case shape.QuadsAction:
		if scan, ok := s.prefixScan(sh.Filter); ok {
			return sh.SimplifyFrom(scan), true
		}
	case shape.Quads:
		if join, ok := s.joinScan(sh); ok {
			return join, true
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
	var (
		best kv.QuadIndex
		vals []uint64
	)
	for _, ind := range s.indexes {
		if len(ind.Dirs) < len(filter) || len(filter) == 0 || vals != nil && len(ind.Dirs) >= len(best.Dirs) {
			continue
		}
		if v, ok := fixedValues(ind.Dirs[:len(filter)], filter); ok {
			best, vals = ind, v
		}
	}
	if vals == nil {
		return nil, false
	}
	return indexScan{scan: kv.IndexScan{Index: best, Values: vals}, qs: s.QuadStore}, true
}

// fixedValues returns the values fixed gives each of dirs, in their
// order, and whether it gives every one a stored node.
func fixedValues(dirs []quad.Direction, fixed map[quad.Direction]cgraph.Ref) ([]uint64, bool) {
	vals := make([]uint64, len(dirs))
	for i, d := range dirs {
		v, ok := fixed[d].(kv.Int64Value)
		if !ok {
			return nil, false
		}
		vals[i] = uint64(v)
	}
	return vals, true
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

// Bolt splits each page a write fills at half its size (bbolt's default
// fill), which suits keys that come in any order and leaves half of each
// page empty where keys only grow. Cayley's log of quads and nodes (the
// bucket "log", graph/kv/indexing.go) is keyed by an ID that only grows:
// its pages are filled whole. Its indexes (a bucket named by the first
// letters of their directions, "sp", "ops") take new keys among old ones,
// mostly after them (a new node's ID is the largest yet): their pages
// are filled to nine tenths. Loaded so, 2,000 releases made from real
// ones take 63 MB before compaction instead of 96 MB (52 MB compacted;
// docs/benchmarks.md).
const (
	logFill   = 1.0
	indexFill = 0.9
)

// pageFill returns the fill of the pages of Cayley's log and of each of
// indexes, by bucket name.
func pageFill(indexes []kv.QuadIndex) boltkv.Fill {
	fill := boltkv.Fill{"log": logFill}
	for _, ind := range indexes {
		name := make([]byte, len(ind.Dirs))
		for i, d := range ind.Dirs {
			name[i] = d.Prefix()
		}
		fill[string(name)] = indexFill
	}
	return fill
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

// joinScan turns the quads linking any of a set of nodes to fixed values
// (Out(predicate) or In(predicate) from several nodes, or from the result
// of a traversal) into a scan, for each node, of the index prefix made of
// the node and the fixed values. Cayley intersects the quads of each node
// with all the quads of the fixed values instead: it reads every quad of
// each node, whatever its predicate, and checks each against the
// predicate. A node named by thousands of releases has tens of thousands
// of quads; following one predicate from it reads only that predicate's.
func (s kvStore) joinScan(q shape.Quads) (shape.Shape, bool) {
	var (
		from  *shape.QuadFilter
		fixed = map[quad.Direction]cgraph.Ref{}
	)
	for i, f := range q {
		if v, ok := shape.One(f.Values); ok {
			if _, dup := fixed[f.Dir]; dup {
				return nil, false
			}
			fixed[f.Dir] = v
			continue
		}
		if from != nil {
			return nil, false // two open directions: no single index serves them
		}
		from = &q[i]
	}
	if from == nil || len(fixed) == 0 {
		return nil, false
	}
	for _, ind := range s.indexes {
		if len(ind.Dirs) < 1+len(fixed) || ind.Dirs[0] != from.Dir {
			continue
		}
		if vals, ok := fixedValues(ind.Dirs[1:1+len(fixed)], fixed); ok {
			return indexJoin{from: *from, index: ind, vals: vals, fixed: fixed, qs: s.QuadStore}, true
		}
	}
	return nil, false
}

// indexJoin is the shape joinScan builds: the quads whose direction
// from.Dir is one of from's nodes, and whose next directions in index are
// vals (the values of fixed).
type indexJoin struct {
	from  shape.QuadFilter
	index kv.QuadIndex
	vals  []uint64
	fixed map[quad.Direction]cgraph.Ref
	qs    *kv.QuadStore
}

// BuildIterator is Cayley's LinksTo on an indexer whose quads of a node
// are the index scan of the node and the fixed values, with a look-up that
// checks the fixed values as well.
func (s indexJoin) BuildIterator(qs cgraph.QuadStore) iterator.Shape {
	sub := s.from.Values.BuildIterator(qs)
	return &joinIterator{
		LinksTo: cgraph.NewLinksTo(prefixIndexer{QuadStore: s.qs, index: s.index, vals: s.vals}, sub, s.from.Dir),
		qs:      s.qs,
		fixed:   s.fixed,
	}
}

// Optimize optimises the nodes joined from.
func (s indexJoin) Optimize(ctx context.Context, r shape.Optimizer) (shape.Shape, bool) {
	v, ok := s.from.Values.Optimize(ctx, r)
	if v == nil {
		return nil, true
	}
	s.from.Values = v
	return s, ok
}

// prefixIndexer is a kv store whose QuadIterator(dir, node) reads only
// the quads with the fixed values: the scan of index's prefix node, vals.
type prefixIndexer struct {
	*kv.QuadStore
	index kv.QuadIndex
	vals  []uint64
}

// QuadIterator scans the index prefix of v and the fixed values.
func (p prefixIndexer) QuadIterator(_ quad.Direction, v cgraph.Ref) iterator.Shape {
	n, ok := v.(kv.Int64Value)
	if !ok {
		return iterator.NewError(fmt.Errorf("unexpected node type: %T", v))
	}
	vals := append([]uint64{uint64(n)}, p.vals...)
	return kv.IndexScan{Index: p.index, Values: vals}.BuildIterator(p.QuadStore)
}

// joinIterator is LinksTo whose look-up checks the fixed values too
// (LinksTo checks only that a quad's node is among its nodes).
type joinIterator struct {
	*cgraph.LinksTo
	qs    *kv.QuadStore
	fixed map[quad.Direction]cgraph.Ref
}

// Lookup checks a quad's fixed values, then its node.
func (it *joinIterator) Lookup() iterator.Index {
	return &joinContains{Index: it.LinksTo.Lookup(), qs: it.qs, fixed: it.fixed}
}

// Optimize keeps the join around LinksTo's optimised node iterator.
func (it *joinIterator) Optimize(ctx context.Context) (iterator.Shape, bool) {
	sh, ok := it.LinksTo.Optimize(ctx)
	if l, isLinks := sh.(*cgraph.LinksTo); isLinks {
		it.LinksTo = l
		return it, ok
	}
	return sh, ok // Null: nothing to join
}

// String names the iterator in query plans.
func (it *joinIterator) String() string {
	return "IndexJoin(" + it.LinksTo.String() + ")"
}

// joinContains is joinIterator's look-up.
type joinContains struct {
	iterator.Index
	qs    *kv.QuadStore
	fixed map[quad.Direction]cgraph.Ref
	err   error
}

// Contains reports whether quad v has the fixed values and links one of
// the nodes.
func (c *joinContains) Contains(ctx context.Context, v cgraph.Ref) bool {
	for d, want := range c.fixed {
		got, err := c.qs.QuadDirection(v, d)
		if err != nil {
			c.err = err
			return false
		}
		if refs.ToKey(got) != refs.ToKey(want) {
			return false
		}
	}
	return c.Index.Contains(ctx, v)
}

// Err reports the look-up's error.
func (c *joinContains) Err() error {
	if c.err != nil {
		return c.err
	}
	return c.Index.Err()
}
