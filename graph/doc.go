// Package graph stores natokg's knowledge graph in Cayley.
//
// It is the only package of natokg that imports Cayley's stores: the rest
// of the program opens a [Store] with [Open] and uses its methods to write
// the quads of a release ([Store.WriteRelease]), export the graph
// ([Store.Export]), query it ([Store.Query]) and count it ([Store.Stats]).
//
// # Addresses
//
// [Open] takes one address string:
//
//	memory, mem:                 Cayley's in-memory store (memstore), lost on Close
//	bolt:PATH, PATH              a Bolt store in directory PATH (file PATH/indexes.bolt,
//	                             the layout and file format of Cayley's bolt backend)
//	postgres://…, postgresql://… PostgreSQL through Cayley's SQL backend
//	cockroach://…                CockroachDB through Cayley's SQL backend
//
// # Options
//
// [OpenWith] takes [Options]. On Bolt, Cayley's bloom filters are off by
// default (Options.Bloom turns them on): they take about 320 MB whatever
// the store's size and are rebuilt at each open by reading every quad,
// for a write path that the benchmarks in docs/benchmarks.md show no faster with them.
// Options.NoSync skips Bolt's fsync at each commit.
//
// # Releases and graph labels
//
// Every quad a release states carries the release's IRI as its label (its
// named graph) when it is written ([Store.PutRelease]) and when it is read
// back ([Store.ReleaseQuads], [Store.Export], [Store.Each]), so the
// provenance of every fact survives, and a release can be told apart from
// the others. In the store, the facts a release states about an entity
// (its type, names, containment, ...) are kept in a bundle labelled with
// a digest of them, stored once however many releases state it, and the
// release's own graph links to it (kg:states); layout.go says how, and
// docs/store-once.md why.
//
// # Transactions per backend
//
// [Store.PutRelease] (and WriteRelease, RemoveRelease, PutReleases)
// makes one transaction of each write: the quads a release's new version
// adds and the quads of its former version it no longer states, so an
// edited release is stored in its former version or its new one, never
// neither, even across a crash. What Cayley's ApplyDeltas guarantees
// depends on the backend, as read in Cayley's source (module
// github.com/cayleygraph/cayley v0.7.7-0.20240706181042-81dcd7d73e45):
//
//   - memstore: ApplyDeltas (graph/memstore/quadstore.go:405) adds the quads
//     one by one without any rollback; since it is only given quads it
//     lacks to add and quads it holds to delete, nothing can fail half-way. The store has no
//     lock of its own: every method of Store excludes the others. Nothing
//     is durable.
//   - bolt: Cayley's kv quad store over hidalgo's bbolt driver (the
//     maintained fork of Bolt, same file format). ApplyDeltas
//     (graph/kv/indexing.go:563) opens one read-write Bolt transaction
//     (indexing.go:570), rolls it back on any error (the deferred tx.Close)
//     and commits it at the end (indexing.go:670). Bolt transactions are
//     atomic and durable (fsync on commit), so a release is stored entirely
//     or not at all, even across a crash. Bolt holds an exclusive file lock,
//     so only one process can have the store open. One ApplyDeltas cannot
//     both add and delete: Cayley nets each node's reference count over the
//     batch (graph/log.SplitDeltas) and looks the nodes of added quads up
//     among those whose count did not fall (indexing.go, applyAddDeltas),
//     so a node an edit deletes from more quads than it adds to is missing
//     there, and the added quad is stored without it. natokg hands Cayley
//     the additions, then the deletions, in two ApplyDeltas calls that run
//     in one Bolt transaction (txkv.go: the Bolt database under Cayley's
//     store hands both calls the same transaction, committed after the
//     second), with natokg's ledger of releases. After a failed write the
//     Store refuses writes ([ErrWriteFailed]) until reopened: Cayley caches
//     node identifiers allotted in the transaction rolled back.
//   - postgres and cockroach: ApplyDeltas (graph/sql/quadstore.go:398) runs
//     one database/sql transaction (quadstore.go:402), rolled back on error
//     (quadstore.go:501) and committed at the end (quadstore.go:509).
//     Quads are inserted row by row with ON CONFLICT DO NOTHING. CockroachDB
//     retries the transaction on serialisation failures
//     (graph/sql/cockroach/cockroach.go, retryTxCockroach); a failure while
//     releasing its savepoint may leave the outcome unknown
//     (AmbiguousCommitError). On postgres, natokg writes additions itself
//     (sqlwrite.go, bulkAdd): the rows Cayley's RunTx would insert, in one
//     transaction too (rolled back on error or when the context ends), but
//     thousands of rows per INSERT rather than one. On postgres natokg
//     writes an edit itself too (sqlwrite.go, sqlWrite): in one transaction,
//     the additions as bulkAdd does, then the deletions as Cayley's
//     ApplyDeltas does (each quad's row, the reference counts of its nodes,
//     the nodes no quad names), then the ledger. On cockroach an edit goes
//     to Cayley in one ApplyDeltas, which finds the nodes of added quads by
//     hash, so netting loses none.
//
// # The ledger
//
// On Bolt (a bucket beside Cayley's, natokg_releases), on PostgreSQL (a
// table beside Cayley's, natokg_releases) and in memory, the Store keeps
// a ledger of the releases it stored and their counts of
// quads, written in the same transaction as the releases. [Store.Check]
// compares it with the quads: a release the ledger records that the store
// lacks is lost, a stored release the ledger lacks was written around
// natokg. A store written before natokg kept a ledger records its
// releases at its next write. CockroachDB stores keep none.
//
// [Store.WriteRelease] looks each quad up before the write, under the
// Store's write lock, and hands Cayley only the quads not stored yet; their
// number is what it returns. This is exact on every backend as long as no
// other process writes the same quads at the same moment (possible only on
// the SQL backends, where such quads are still written once).
package graph
