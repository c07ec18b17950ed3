// Package boltkv is natokg's copy of hidalgo's bbolt driver
// (github.com/hidal-go/hidalgo/kv/bbolt, Apache-2.0, see LICENSE and
// NOTICE): a hidalgo kv.Tx over a Bolt transaction, so that Cayley's kv
// quad store writes through it.
//
// natokg begins its transactions here instead of through hidalgo for two
// reasons. Bolt splits the pages of a bucket it writes at half their size
// (bbolt's DefaultFillPercent), which suits keys inserted in random order
// but leaves half of every page empty where keys only grow. Cayley's log
// of quads and nodes is keyed by an ID that only grows, so a store loaded
// through hidalgo has its log on twice the pages it needs, until it is
// compacted. Begin takes the fill of each bucket's pages, and a write
// sets it on the bucket it opens. Hidalgo has no way to reach the Bolt
// transaction behind its own (the field is unexported). And Cayley reads
// key by key: a transaction here keeps the top-level buckets it opens
// (a read-only Bolt transaction seeks a bucket again each time it is
// asked for it) and a cursor per bucket for Get (Bolt's Get makes a new
// cursor each time).
package boltkv
