package graph

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/natokg/natokg/internal/boltkv"
)

// Cayley's kv store nets, in one ApplyDeltas, the reference count of each
// node over the batch's additions and deletions (graph/log.SplitDeltas),
// and resolves the nodes of added quads among the nodes whose net count
// rose or stayed (graph/kv/indexing.go, applyAddDeltas): a node that an
// edit deletes from more quads than it adds to is missing there, and the
// added quad is stored without it. Additions and deletions must therefore
// reach Cayley in two ApplyDeltas calls; txKV makes both run in one Bolt
// transaction, so that an edit is stored whole or not at all.

// txKV is the Bolt database under Cayley's kv store, with the means to run
// several ApplyDeltas calls in one Bolt transaction (see joined): while
// one runs, the read-write transactions Cayley asks for are that
// transaction, whose commit and rollback are left to natokg.
type txKV struct {
	*hbolt.DB
	// mu is held by every ApplyDeltas on the store, and for the whole of
	// a joined transaction: no other write reaches Cayley meanwhile.
	mu sync.Mutex
	// shared is the joined transaction, while one runs; only the holder
	// of mu reads or sets it.
	shared hkv.Tx
	// fill is how full a write fills the pages of Cayley's buckets
	// (pageFill), set once when the store is opened.
	fill boltkv.Fill
}

// Tx hands out the joined transaction, while one runs, to the writes of
// its holder; anything else gets a transaction of its own, through
// boltkv (which keeps the buckets and cursors a transaction opens).
func (k *txKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if rw && k.shared != nil {
		return joinedTx{k.shared}, nil
	}
	return k.begin(rw)
}

// begin begins a transaction (a write if rw, which fills the pages of
// Cayley's buckets as k.fill says).
func (k *txKV) begin(rw bool) (hkv.Tx, error) {
	return boltkv.Begin(k.DB.DB(), rw, k.fill)
}

// View runs fn in a read-only transaction.
func (k *txKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, k, fn)
}

// Update runs fn in a read-write transaction (the joined one, while one runs).
func (k *txKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, k, fn)
}

// joinedTx is the joined transaction as one ApplyDeltas sees it: its
// Commit and Close do nothing, since the transaction goes on after it.
type joinedTx struct{ hkv.Tx }

// Commit leaves the commit to the joined transaction's owner.
func (joinedTx) Commit(context.Context) error { return nil }

// Close leaves the rollback to the joined transaction's owner.
func (joinedTx) Close() error { return nil }

// ledgerBucket is the Bolt bucket natokg keeps its ledger in: the key is a
// release's IRI, the value the number of quads it holds, in decimal. It
// sits beside Cayley's buckets, which Cayley alone reads.
const ledgerBucket = "natokg_releases"

// ledgerKey is the hidalgo key of release's ledger entry.
func ledgerKey(release quad.IRI) hkv.Key {
	return hkv.Key{[]byte(ledgerBucket), []byte(release)}
}

// boltWrite is what one Bolt transaction writes: Cayley's changes, in
// steps handed to ApplyDeltas one after the other, and the ledger entries
// of the releases written (a count of 0 removes the entry).
type boltWrite struct {
	steps  [][]cgraph.Delta
	ledger map[quad.IRI]int
	// prune are the index keys whose lists the write takes the dead quad
	// IDs out of, after its steps (prune.go).
	prune []hkv.Key
}

// joined writes w in one Bolt transaction, committed only when every step
// succeeded. The named steps of a write ("write:begin", "write:step",
// "write:commit", "write:done") are where tests make it fail or crash.
func (s kvStore) joined(ctx context.Context, w boltWrite) error {
	s.kv.mu.Lock()
	defer s.kv.mu.Unlock()
	if err := crashPoint("write:begin"); err != nil {
		return err
	}
	tx, err := s.kv.begin(true)
	if err != nil {
		return fmt.Errorf("begin Bolt transaction: %w", err)
	}
	defer tx.Close() // a rollback, unless committed
	s.kv.shared = tx
	defer func() { s.kv.shared = nil }()
	// The bucket exists from the first write on, empty or not: a store
	// without it was written before natokg kept a ledger.
	if err := tx.Put(ctx, hkv.Key{[]byte(ledgerBucket), nil}, nil); err != nil {
		return fmt.Errorf("create the ledger: %w", err)
	}
	for i, step := range w.steps {
		if i > 0 {
			if err := crashPoint("write:step"); err != nil {
				return err
			}
		}
		if len(step) == 0 {
			continue
		}
		opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
		if err := s.QuadStore.ApplyDeltas(step, opts); err != nil {
			return fmt.Errorf("apply %d changes: %w", len(step), err)
		}
	}
	if err := pruneDead(ctx, tx, w.prune); err != nil {
		return err
	}
	if err := writeLedger(ctx, tx, w.ledger); err != nil {
		return err
	}
	if err := crashPoint("write:commit"); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return crashPoint("write:done")
}

// writeLedger sets the ledger entries of ledger in tx.
func writeLedger(ctx context.Context, tx hkv.Tx, ledger map[quad.IRI]int) error {
	for r, n := range ledger {
		var err error
		if n == 0 {
			err = tx.Del(ctx, ledgerKey(r))
		} else {
			err = tx.Put(ctx, ledgerKey(r), []byte(strconv.Itoa(n)))
		}
		if err != nil {
			return fmt.Errorf("ledger entry of %s: %w", r, err)
		}
	}
	return nil
}

// ledger reads the ledger, and reports false when the store keeps none
// (written before natokg kept one).
func (s kvStore) ledger() (map[quad.IRI]int, bool, error) {
	out := map[quad.IRI]int{}
	found := false
	err := s.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(ledgerBucket))
		if b == nil {
			return nil
		}
		found = true
		return b.ForEach(func(k, v []byte) error {
			n, err := strconv.Atoi(string(v))
			if err != nil {
				return fmt.Errorf("ledger entry of %s: %w", k, err)
			}
			out[quad.IRI(k)] = n
			return nil
		})
	})
	if err != nil {
		return nil, false, fmt.Errorf("read the ledger: %w", err)
	}
	return out, found, nil
}

// ApplyDeltas is Cayley's, excluded from joined transactions: a write
// through Cayley's own API (natokg serve --writable) waits for one to end.
func (s kvStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	s.kv.mu.Lock()
	defer s.kv.mu.Unlock()
	return s.QuadStore.ApplyDeltas(in, opts)
}

// NewQuadWriter returns a writer adding each batch of quads with
// ApplyDeltas, duplicates ignored; Cayley's own kv writer would bypass
// the exclusion of joined transactions.
func (s kvStore) NewQuadWriter() (quad.WriteCloser, error) {
	return applyWriter{s}, nil
}

// applyWriter is kvStore's quad writer.
type applyWriter struct{ s kvStore }

// WriteQuad adds q.
func (w applyWriter) WriteQuad(q quad.Quad) error {
	_, err := w.WriteQuads([]quad.Quad{q})
	return err
}

// WriteQuads adds buf in one transaction.
func (w applyWriter) WriteQuads(buf []quad.Quad) (int, error) {
	tx := cgraph.NewTransactionN(len(buf))
	for _, q := range buf {
		tx.AddQuad(q)
	}
	if err := w.s.ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return 0, err
	}
	return len(buf), nil
}

// Close does nothing: every batch is written when it comes.
func (applyWriter) Close() error { return nil }
