package graph

import (
	"context"
	"fmt"
)

// A Batcher can bound the pages a transaction rewrites on Bolt
// (Batcher.DirtyBytes). Cayley keys its Bolt indexes by hashes, so the
// quads of one batch land on pages all over the file: as the store grows,
// a batch of the same size touches more distinct pages, and Bolt holds
// each in memory until the commit (a 10,000-quad batch rewrites 10 MB of
// pages in an empty store, 33 MB in a 10,000-release one). With a bound,
// the Batcher shrinks its batches to keep to it, and a load's memory stays
// near flat as the store grows; smaller batches rewrite the same pages
// more often, so the load is slower (the benchmarks in docs/benchmarks.md measure
// both).

// minBatchQuads is the smallest batch a Batcher shrinks to.
const minBatchQuads = 100

// A Batcher writes releases with PutReleases in batches: a batch is
// written when it holds maxQuads quads (fewer on a large Bolt store when
// DirtyBytes is set) or as many releases as that many quads make on average
// (BatchReleases for BatchQuads). Each batch is one transaction of whole
// releases. A full batch is written in a goroutine of its own while the
// caller goes on adding to the next (extracting the next releases): Add
// waits for that write only when the next batch is full in turn, and
// returns its error then; Flush writes what is left and waits for every
// write. A batch once begun is written whole, even when ctx is cancelled;
// after a write fails, the Batcher writes nothing more and Add and Flush
// return that write's error.
//
// A Batcher is not safe for concurrent use.
type Batcher struct {
	// Written, if set, is called after each write with the releases
	// written and what writing them changed, on the goroutine that
	// called Add or Flush.
	Written func(rs []Release, cs []Change)
	// DirtyBytes, if positive, is the budget of pages a transaction may
	// rewrite on Bolt, in bytes: batches shrink to keep to it.
	DirtyBytes int64

	store    *Store
	maxQuads int // the caller's bound
	limit    int // the bound for the next batch
	batch    []Release
	// prepared are the releases of the batch checked and made into deltas,
	// each in a goroutine of its own: the checks of a batch run while the
	// caller reads and extracts the next releases.
	prepared []*preparing
	quads    int
	// writing is the batch being written, nil when none.
	writing *batchWrite
	// failed is the error of a write that failed.
	failed error
}

// batchWrite is a batch on its way into the store: cs, err and
// perQuad (the bytes of pages it rewrote per quad, 0 when not measured)
// are set when done is closed.
type batchWrite struct {
	done    chan struct{}
	batch   []Release
	cs      []Change
	err     error
	perQuad float64
}

// NewBatcher returns a Batcher writing to s in batches of at most
// maxQuads quads (BatchQuads if maxQuads <= 0).
func (s *Store) NewBatcher(maxQuads int) *Batcher {
	if maxQuads <= 0 {
		maxQuads = BatchQuads
	}
	return &Batcher{store: s, maxQuads: maxQuads, limit: maxQuads}
}

// Add adds r to the batch, and begins writing the batch when it is full
// (after the previous write has ended). Its error is the previous
// write's, if that failed.
func (b *Batcher) Add(ctx context.Context, r Release) error {
	p := &preparing{done: make(chan struct{})}
	go func() {
		p.release = prepareRelease(r)
		close(p.done)
	}()
	b.batch = append(b.batch, r)
	b.prepared = append(b.prepared, p)
	b.quads += len(r.Quads)
	maxReleases := max(1, BatchReleases*b.limit/BatchQuads)
	if len(b.batch) >= maxReleases || b.quads >= b.limit {
		if err := b.wait(); err != nil {
			return err
		}
		b.begin(ctx)
	}
	return nil
}

// Limit returns the number of quads the next batch may hold.
func (b *Batcher) Limit() int { return b.limit }

// Flush writes the releases added since the last write and waits until
// every batch is written.
func (b *Batcher) Flush(ctx context.Context) error {
	if err := b.wait(); err != nil {
		return err
	}
	if len(b.batch) == 0 {
		return nil
	}
	b.begin(ctx)
	return b.wait()
}

// begin starts writing the batch in a goroutine of its own and starts a
// new batch. No other write may be under way.
func (b *Batcher) begin(ctx context.Context) {
	w := &batchWrite{done: make(chan struct{}), batch: b.batch}
	prepared, quads := b.prepared, b.quads
	b.writing = w
	b.batch, b.prepared, b.quads = nil, nil, 0
	ctx = context.WithoutCancel(ctx)
	go func() {
		defer close(w.done)
		w.cs, w.perQuad, w.err = b.write(ctx, w.batch, prepared, quads)
	}()
}

// write writes one batch of quads quads and, when DirtyBytes is set on
// Bolt, measures the bytes of pages it rewrote per quad.
func (b *Batcher) write(ctx context.Context, batch []Release, prepared []*preparing, quads int) ([]Change, float64, error) {
	var before int64
	bounded := b.DirtyBytes > 0 && quads > 0
	if bounded {
		before, bounded = b.store.dirtyBytes()
	}
	ready := make([]preparedRelease, len(prepared))
	for i, p := range prepared {
		<-p.done
		ready[i] = p.release
	}
	cs, err := b.store.putReleases(ctx, batch, ready)
	if err != nil {
		return nil, 0, err
	}
	perQuad := 0.0
	if bounded {
		if after, _ := b.store.dirtyBytes(); after > before {
			perQuad = float64(after-before) / float64(quads)
		}
	}
	return cs, perQuad, b.store.reopenIfGrown()
}

// wait waits for the batch being written, if any: it sets the bound of
// the next batch from the pages the write rewrote, reports the write to
// Written and returns its error.
func (b *Batcher) wait() error {
	w := b.writing
	if w == nil {
		return b.failed
	}
	<-w.done
	b.writing = nil
	if w.err != nil {
		b.failed = w.err
		return w.err
	}
	if w.perQuad > 0 {
		b.limit = min(b.maxQuads, max(minBatchQuads, int(float64(b.DirtyBytes)/w.perQuad)))
	}
	if b.Written != nil {
		b.Written(w.batch, w.cs)
	}
	return nil
}

// preparing is a release being checked and made into deltas: release is
// set when done is closed.
type preparing struct {
	done    chan struct{}
	release preparedRelease
}

// dirtyBytes returns the bytes of pages Bolt has allocated for writes
// since the store was opened, and whether the store is on Bolt.
func (s *Store) dirtyBytes() (int64, bool) {
	kvs, ok := s.qs.(kvStore)
	if !ok || kvs.bolt == nil {
		return 0, false
	}
	st := kvs.bolt.Stats().TxStats
	return st.GetPageAlloc(), true
}

// reopenAfter is the bytes of pages written to a Bolt store after which a
// Batcher has the Store open its file again (Store.reopenAfter, which
// tests lower): Bolt's list of free pages holds an entry for each page
// taken from it since the file was opened (33 MB of memory at the end of
// a 100,000-release load), and reopening empties it (at the cost of
// reading that list from the file again).
const reopenAfter = 1 << 30

// reopenIfGrown opens the Bolt file again once reopenAfter bytes of pages
// have been written since it was opened.
func (s *Store) reopenIfGrown() error {
	if written, ok := s.dirtyBytes(); !canReopen || !ok || written < s.reopenAfter {
		return nil
	}
	if err := s.swapBolt(context.Background(), kvStore.reopen); err != nil {
		return fmt.Errorf("graph: %w", err)
	}
	s.reopens++
	return nil
}
