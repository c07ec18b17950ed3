package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	// Register Cayley's SQL backends and query languages (Gizmo: natokg's
	// fork, internal/gizmo).
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"
	_ "github.com/natokg/natokg/internal/gizmo"
)

// ErrClosed is returned by the methods of a Store that has been closed.
var ErrClosed = errors.New("graph: store is closed")

// ErrInUse is returned (wrapped) by Open when a Bolt store is held by
// another process, or by another Store of this process.
var ErrInUse = errors.New("store is in use by another natokg process")

// ErrNoStore is returned (wrapped) by OpenWith with ReadOnly when addr
// holds no natokg store: a reading command never creates one.
var ErrNoStore = errors.New("no natokg store")

// ErrReadOnly is returned (wrapped) by the writes to a store opened with
// ReadOnly.
var ErrReadOnly = errors.New("the store is open for reading only")

const (
	// boltLockTimeout bounds the wait for Bolt's exclusive file lock.
	// Cayley's own bolt backends open the file without a timeout
	// (graph/kv/bolt/bolt.go:54 and :63, bolt.Open(..., nil)), and so wait
	// for the lock forever.
	boltLockTimeout = 2 * time.Second
	// boltMmapSize is the address space Bolt maps for the file from the
	// start. A write that outgrows the mapping remaps it, waiting for
	// every read transaction to end; Cayley's kv store opens a second read
	// transaction while a first is open (an iterator's, then Quad's), and
	// the second waits behind the waiting writer: a deadlock
	// (TestConcurrent found it under the race detector). Mapped at this
	// size, a store remaps only past it; the mapping costs address
	// space, not memory.
	boltMmapSize = 8 << 30
	// boltFile is the name of the Bolt file inside a store's directory,
	// the same as Cayley's bolt backend uses, so that `cayley` can open it.
	boltFile = "indexes.bolt"
)

// backend names the kind of Cayley store behind a Store.
type backend string

const (
	backendMemory    backend = "memstore"
	backendBolt      backend = "bolt"
	backendPostgres  backend = "postgres"
	backendCockroach backend = "cockroach"
)

// Store is natokg's knowledge graph: a Cayley quad store opened by Open.
//
// A Store is safe for concurrent use by multiple goroutines. Writes through
// WriteRelease are serialised; on the in-memory backend, which has no lock
// of its own, every method excludes the others.
type Store struct {
	addr    string
	backend backend
	qs      cgraph.QuadStore

	// mu serialises writers, and readers too on the in-memory backend
	// (see readLock).
	mu sync.RWMutex
	// closed is set, under mu, when the store is closed; readers of
	// other backends read it without mu, so as not to wait for a write.
	closed atomic.Bool
	// readOnly is Options.ReadOnly.
	readOnly bool
	// failed is the error of a failed write to a Bolt store, after which
	// the store refuses writes (ErrWriteFailed). Guarded by mu.
	failed error
	// ledgerKept is whether a Bolt store is known to keep a ledger.
	// Guarded by mu.
	ledgerKept bool
	// memLedger is the in-memory store's ledger. Guarded by mu.
	memLedger map[quad.IRI]int
	// figures is whether the store is known to keep figures (see
	// figures.go). Guarded by mu.
	figures figuresState
	// words is whether the store is known to keep the word list of its
	// figures (kg:word; see figures.go). Guarded by mu.
	words figuresState
	// ranks is whether the store is known to keep the ranks of its
	// figures (kg:degreeHeld, kg:attendeeCount; see ranks.go). Guarded
	// by mu.
	ranks figuresState
	// holdings is whether the store is known to keep the holdings of
	// posts in its figures (see holdings.go). Guarded by mu.
	holdings figuresState
	// months is whether the store is known to keep each person's
	// events, quotations and posts by month in its figures (see
	// months.go). Guarded by mu.
	months figuresState
	// mentions is whether the store is known to keep the months of the
	// releases naming each entity in its figures (see mentions.go).
	// Guarded by mu.
	mentions figuresState

	// reopening is held by readers for the whole of their read, and by
	// a Batcher while it opens the Bolt file again (reopenIfGrown), which
	// replaces qs. It is taken before mu, never inside it.
	reopening sync.RWMutex
	// reopenAfter is the bytes of pages written after which a Batcher
	// opens the Bolt file again, and reopens how many times it has.
	// Guarded by mu.
	reopenAfter int64
	reopens     int

	// scripts counts the Gizmo scripts stopped by their context that are
	// still running (see closeResults); Close waits for them.
	scripts sync.WaitGroup
}

// Open opens the store at addr, creating and initialising it when it does
// not exist yet. The forms of addr are listed in the package documentation.
//
// A Bolt store can be open in only one Store at a time: Open fails with an
// error wrapping ErrInUse when it cannot take the store's lock within two
// seconds.
func Open(ctx context.Context, addr string) (*Store, error) {
	return OpenWith(ctx, addr, Options{})
}

// Options tune how OpenWith opens a store. The zero value is what Open
// uses, and what suits most uses.
type Options struct {
	// NoSync, on Bolt, skips the fsync of each commit: a load runs faster,
	// and a crash of the machine (not of natokg) may lose the last
	// transactions or, at worst, the store. Ignored by the other backends
	// (for PostgreSQL, set synchronous_commit on the server instead).
	NoSync bool
	// Bloom, on Bolt, keeps Cayley's in-memory bloom filters, sized for
	// 100 million entries whatever the store holds: about 80 MB to answer
	// "is this quad stored?" without a read, built at each open by reading
	// every quad of the store, and 240 MB more on a store opened empty, to
	// write its first batches without reading the indexes. Without them
	// (the default) memory stays flat and opening is instant, whatever
	// the size of the store; docs/benchmarks.md gives what each costs.
	Bloom bool
	// ReadOnly opens the store for reading: it is never created (an
	// error wrapping ErrNoStore says there is none), and natokg's writes
	// to it fail with ErrReadOnly. On Bolt it takes a shared lock, so
	// that any number of readers (query, export, serve) use the store at
	// once while a writer (load, remove) waits for them or fails with
	// ErrInUse.
	ReadOnly bool
	// LockWait bounds the wait for a Bolt store's lock; 0 means two
	// seconds.
	LockWait time.Duration
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, addr string, o Options) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open %q: %w", redact(addr), err)
	}
	var (
		qs  cgraph.QuadStore
		b   backend
		err error
	)
	switch {
	case addr == "memory" || addr == "mem:":
		b, qs = backendMemory, memstore.New()
	case strings.HasPrefix(addr, "postgres://"), strings.HasPrefix(addr, "postgresql://"):
		b = backendPostgres
		qs, err = openSQL(string(b), addr, o.ReadOnly)
	case strings.HasPrefix(addr, "cockroach://"):
		// Cayley's cockroach backend uses the pgx driver, which wants a
		// postgresql:// URL.
		b = backendCockroach
		qs, err = openSQL(string(b), "postgresql://"+strings.TrimPrefix(addr, "cockroach://"), o.ReadOnly)
	case strings.HasPrefix(addr, "bolt:"):
		b = backendBolt
		qs, err = openBolt(strings.TrimPrefix(addr, "bolt:"), o)
	case strings.Contains(addr, "://"):
		return nil, fmt.Errorf("graph: open %q: unknown kind of store", redact(addr))
	default:
		b = backendBolt
		qs, err = openBolt(addr, o)
	}
	if err != nil {
		return nil, fmt.Errorf("graph: open %q: %w", redact(addr), err)
	}
	return &Store{addr: addr, backend: b, qs: qs, readOnly: o.ReadOnly, reopenAfter: reopenAfter}, nil
}

// openBolt opens, creating it when missing (unless o.ReadOnly), the Bolt
// store in directory dir. It takes natokg's own lock on the store
// (lockStore), then opens the Bolt file itself rather than through
// Cayley's registry so that it can bound the wait for the file lock.
func openBolt(dir string, o Options) (cgraph.QuadStore, error) {
	if dir == "" {
		return nil, errors.New("empty Bolt store path")
	}
	file := filepath.Join(dir, boltFile)
	if o.ReadOnly {
		if err := boltExists(dir, file); err != nil {
			return nil, err
		}
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create Bolt store directory: %w", err)
	}
	wait := o.LockWait
	if wait <= 0 {
		wait = boltLockTimeout
	}
	unlock, err := lockStore(dir, o.ReadOnly, wait)
	if err != nil {
		return nil, err
	}
	if !o.ReadOnly {
		if err := removeStaleCompaction(dir); err != nil {
			unlock()
			return nil, err
		}
	}
	s, err := openBoltFile(dir, o, wait)
	if err != nil {
		unlock()
		return nil, err
	}
	s.unlock = unlock
	return s, nil
}

// openBoltFile opens the Bolt file of the store in dir and hands it to
// Cayley's kv quad store, initialising it the first time.
func openBoltFile(dir string, o Options, wait time.Duration) (kvStore, error) {
	file := filepath.Join(dir, boltFile)
	db, err := hbolt.Open(file, &bolt.Options{Timeout: wait, ReadOnly: o.ReadOnly, InitialMmapSize: boltMmapSize})
	if errors.Is(err, bolt.ErrTimeout) {
		return kvStore{}, errInUse(file, wait)
	} else if err != nil {
		return kvStore{}, fmt.Errorf("open Bolt file %s: %w", file, err)
	}
	// hidalgo's Open has set the Bolt options it sets (NoGrowSync), and
	// nothing has been written yet.
	db.DB().NoSync = o.NoSync
	opts := cgraph.Options{kv.OptNoBloom: !o.Bloom}
	tkv := &txKV{DB: db}
	qs, err := kv.New(tkv, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) && o.ReadOnly {
		db.Close()
		return kvStore{}, fmt.Errorf("%w at %s (its Bolt file %s was never initialised by natokg load)", ErrNoStore, dir, boltFile)
	}
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if err = kv.Init(db, nil); err != nil {
			db.Close()
			return kvStore{}, fmt.Errorf("initialise Bolt store: %w", err)
		}
		qs, err = kv.New(tkv, opts)
	}
	if err != nil {
		db.Close()
		return kvStore{}, fmt.Errorf("open Bolt quad store: %w", err)
	}
	indexes, err := kvIndexes(db.DB())
	if err != nil {
		qs.Close()
		return kvStore{}, err
	}
	tkv.fill = pageFill(indexes)
	return kvStore{QuadStore: qs.(*kv.QuadStore), indexes: indexes, bolt: db.DB(), kv: tkv, names: newNameCache(),
		dir: dir, opts: o, wait: wait}, nil
}

// errInUse says that no lock on file could be taken within wait, naming
// the processes that hold it where the system tells.
func errInUse(file string, wait time.Duration) error {
	return fmt.Errorf("%w%s (no lock on %s after %v)", ErrInUse, describeHolders(file), file, wait)
}

// boltExists says why dir holds no Bolt store to read, if it holds none.
func boltExists(dir, file string) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w at %s", ErrNoStore, dir)
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s is a file, not a natokg store (a store is a directory that natokg load made)", dir)
	}
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w at %s (the directory holds no %s)", ErrNoStore, dir, boltFile)
	} else if err != nil {
		return err
	}
	return nil
}

// openSQL opens Cayley's SQL backend name at the database url, creating
// its tables when the database has none, unless readOnly.
func openSQL(name, url string, readOnly bool) (cgraph.QuadStore, error) {
	// Open first: a database that holds the schema needs no init (Cayley's
	// init logs an error when the schema exists).
	qs, err := cgraph.NewQuadStore(name, url, nil)
	if err != nil && readOnly {
		return nil, err
	}
	if err == nil {
		if _, err = qs.Stats(context.Background(), false); err != nil {
			qs.Close()
		}
	}
	if err != nil && readOnly {
		return nil, fmt.Errorf("%w in this database (%v)", ErrNoStore, err)
	}
	if err != nil {
		if err := cgraph.InitQuadStore(name, url, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("initialise %s schema: %w", name, err)
		}
		if qs, err = cgraph.NewQuadStore(name, url, nil); err != nil {
			return nil, fmt.Errorf("open %s quad store: %w", name, err)
		}
	}
	driver := "postgres" // lib/pq, as Cayley's postgres backend
	if name == string(backendCockroach) {
		driver = "pgx" // as Cayley's cockroach backend
	}
	db, err := sql.Open(driver, url)
	if err == nil && !readOnly {
		err = addLabelIndex(db)
	}
	if err != nil {
		if db != nil {
			db.Close()
		}
		qs.Close()
		return nil, fmt.Errorf("open %s database: %w", name, err)
	}
	st := sqlStore{QuadStore: qs, db: db}
	// Only the postgres backend's rows are written in bulk: the cockroach
	// backend retries its transactions in its own way (graph/sql/cockroach,
	// TxRetry), and no CockroachDB server runs here to test another.
	st.bulk = name == string(backendPostgres)
	return st, nil
}

// addLabelIndex adds to the quads table of Cayley's SQL schema an index on
// the label, which the schema lacks (graph/sql/database.go indexes
// subject, predicate and object only): natokg looks releases up by label
// (is a release stored? which quads did it state?), and each look-up was
// otherwise a scan of the whole table.
func addLabelIndex(db *sql.DB) error {
	if _, err := db.Exec(`CREATE INDEX IF NOT EXISTS natokg_label_index ON quads (label_hash)`); err != nil {
		return fmt.Errorf("index the labels of the quads table: %w", err)
	}
	return nil
}

// sqlStore hides the SQL backend's shape optimizer from Cayley's query
// engine: the SQL iterators it builds crash a Gizmo traversal that asks
// for more than one path (graph/sql/iterator.go, iteratorNext.NextPath
// reads a nil result), killing the process. Queries then run on the
// backend's plain quad iterators.
//
// It also holds a connection of its own to the database, for what
// Cayley's store does not do: the label index, and bulk writes.
type sqlStore struct {
	cgraph.QuadStore
	// db is natokg's own connection to the store's database.
	db *sql.DB
	// bulk is whether additions are written with bulkAdd.
	bulk bool
}

// ApplyDeltas is applyContext without a context.
func (s sqlStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	return s.applyContext(context.Background(), in, opts)
}

// applyContext writes additions alone with bulkAdd when the backend
// allows it, stopping (and rolling back) when ctx ends; anything else goes
// through Cayley.
func (s sqlStore) applyContext(ctx context.Context, in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	if !s.bulk || !opts.IgnoreDup || len(in) == 0 || !allAdds(in) {
		return s.QuadStore.ApplyDeltas(in, opts)
	}
	if err := bulkAdd(ctx, s.db, in); err != nil {
		return err
	}
	// Cayley's store caches its count of quads and nodes, and forgets it
	// after its own writes; an empty write makes it forget it after ours.
	return s.QuadStore.ApplyDeltas(nil, opts)
}

// allAdds reports whether every delta adds a quad.
func allAdds(in []cgraph.Delta) bool {
	for _, d := range in {
		if d.Action != cgraph.Add {
			return false
		}
	}
	return true
}

// Close closes Cayley's store and natokg's connection.
func (s sqlStore) Close() error {
	err := s.QuadStore.Close()
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// redact hides the password of a database URL in error messages.
func redact(addr string) string {
	scheme, rest, ok := strings.Cut(addr, "://")
	if !ok {
		return addr
	}
	userinfo, host, ok := strings.Cut(rest, "@")
	if !ok || strings.ContainsAny(userinfo, "/?") {
		return addr
	}
	if user, _, ok := strings.Cut(userinfo, ":"); ok {
		return scheme + "://" + user + ":xxxxx@" + host
	}
	return addr
}

// Close closes the store, after the queries stopped before their end have
// ended (a script stops at its next read). Closing a closed store does
// nothing.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return nil
	}
	s.closed.Store(true)
	s.scripts.Wait()
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close %q: %w", redact(s.addr), err)
	}
	return nil
}

// Addr returns the address the store was opened with.
func (s *Store) Addr() string { return s.addr }

// QuadStore returns the underlying Cayley quad store, for Cayley's own HTTP
// API. Callers outside package graph should prefer the Store's methods:
// writes made directly to the quad store bypass the Store's checks (labels,
// valid IRIs) and, on the in-memory backend, its locking, so they must not
// run concurrently with the Store's methods there. A Batcher writing to a
// Bolt store opens its file again now and then (reopenIfGrown), after
// which a quad store returned before is closed.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// readLock takes the lock readers need and reports ErrClosed on a closed
// store. The returned function releases it.
//
// Cayley's memstore has no lock of its own and even its readers write to
// it (memstore/quadstore.go:167, cloneAll): on that backend readers take
// the Store's lock exclusively. Other backends lock themselves: a long
// read there (a query running to its deadline, an export) does not hold up
// writers, nor does a write hold up readers (a load's look-ups run while
// it writes); only a Batcher opening the Bolt file again waits for it
// (reopenIfGrown).
func (s *Store) readLock() (unlock func(), err error) {
	if s.backend == backendMemory {
		s.mu.Lock()
		if s.closed.Load() {
			s.mu.Unlock()
			return nil, ErrClosed
		}
		return s.mu.Unlock, nil
	}
	s.reopening.RLock()
	if s.closed.Load() {
		s.reopening.RUnlock()
		return nil, ErrClosed
	}
	return s.reopening.RUnlock, nil
}
