// Copyright 2016 The Cayley Authors. All rights reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// Modified by natokg (2026): Begin and the fill of each bucket's pages;
// see NOTICE.

package boltkv

import (
	"bytes"
	"context"

	"github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// Fill is the fraction of a page Bolt fills before it splits it, by the
// name of a top-level bucket; a bucket it does not name keeps Bolt's
// default (half).
type Fill map[string]float64

// Tx is a Bolt transaction as hidalgo's kv.Tx.
type Tx struct {
	tx   *bolt.Tx
	fill Fill
	// top holds the top-level buckets opened so far, by name: Bolt opens
	// a bucket again, with a seek of its own, each time a read-only
	// transaction asks for it.
	top map[string]*bolt.Bucket
	// cursors holds a cursor of each top-level bucket read with Get, moved
	// by Seek to each key asked for: Bolt's Get makes a new cursor, and
	// grows its stack, on each call.
	cursors map[*bolt.Bucket]*bolt.Cursor
}

var _ kv.Tx = (*Tx)(nil)

// Begin begins a Bolt transaction on db (writable if rw) whose writes
// fill the pages of the buckets fill names to the fraction it gives.
func Begin(db *bolt.DB, rw bool, fill Fill) (*Tx, error) {
	tx, err := db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &Tx{tx: tx, fill: fill}, nil
}

// root returns the transaction's root bucket.
func (tx *Tx) root() *bolt.Bucket {
	// a hack to get the root bucket
	c := tx.tx.Cursor()
	return c.Bucket()
}

// bucket returns the bucket that holds key and the rest of key under it.
func (tx *Tx) bucket(key kv.Key) (*bolt.Bucket, kv.Key) {
	if len(key) <= 1 {
		return tx.root(), key
	}
	b := tx.topBucket(key[0])
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

// topBucket returns the top-level bucket name, or nil.
func (tx *Tx) topBucket(name []byte) *bolt.Bucket {
	if b, ok := tx.top[string(name)]; ok {
		return b
	}
	b := tx.tx.Bucket(name)
	if b != nil {
		if tx.top == nil {
			tx.top = map[string]*bolt.Bucket{}
		}
		tx.top[string(name)] = b
	}
	return b
}

// get returns the value of key in the bucket that holds it, nil for a key
// not found or a bucket, as Bolt's Get does; in a top-level bucket,
// through the bucket's cursor (a read-only transaction opens a nested
// bucket anew each time, so its cursor would not be met again).
func (tx *Tx) get(key kv.Key) []byte {
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil
	} else if len(key) != 2 {
		return b.Get(k[0])
	}
	c := tx.cursors[b]
	if c == nil {
		if tx.cursors == nil {
			tx.cursors = map[*bolt.Bucket]*bolt.Cursor{}
		}
		c = b.Cursor()
		tx.cursors[b] = c
	}
	// Seek searches from the bucket's root each time, so it sees the
	// transaction's own writes.
	found, v := c.Seek(k[0])
	if !bytes.Equal(found, k[0]) {
		return nil
	}
	return v
}

// Get returns the value of key, or kv.ErrNotFound.
func (tx *Tx) Get(ctx context.Context, key kv.Key) (kv.Value, error) {
	v := tx.get(key)
	if v == nil {
		return nil, kv.ErrNotFound
	}
	return v, nil
}

// GetBatch returns the values of keys, nil for a key not found.
func (tx *Tx) GetBatch(ctx context.Context, keys []kv.Key) ([]kv.Value, error) {
	vals := make([]kv.Value, len(keys))
	for i, key := range keys {
		vals[i] = tx.get(key)
	}
	return vals, nil
}

// Commit commits the transaction.
func (tx *Tx) Commit(ctx context.Context) error {
	return tx.tx.Commit()
}

// Close rolls the transaction back, unless it was committed.
func (tx *Tx) Close() error {
	return tx.tx.Rollback()
}

// Put writes the value of k, creating the buckets of its path. A
// top-level bucket that tx's Fill names fills its pages to that fraction.
func (tx *Tx) Put(ctx context.Context, k kv.Key, v kv.Value) error {
	var (
		b   *bolt.Bucket
		err error
	)
	if len(k) <= 1 {
		b = tx.root()
	} else {
		b, err = tx.createTop(k[0])
		k = k[1:]
	}
	for err == nil && b != nil && len(k) > 1 {
		b, err = b.CreateBucketIfNotExists(k[0])
		k = k[1:]
	}
	if err != nil {
		return err
	} else if len(k[0]) == 0 && len(v) == 0 {
		return nil // bucket creation, no need to put value
	}
	err = b.Put(k[0], v)
	if err == bolt.ErrTxNotWritable {
		err = kv.ErrReadOnly
	}
	return err
}

// createTop returns the top-level bucket name, created if need be, its
// pages filled as tx's Fill says. Bolt's CreateBucketIfNotExists seeks
// the name before it looks in the buckets the transaction has open.
func (tx *Tx) createTop(name []byte) (*bolt.Bucket, error) {
	if b := tx.topBucket(name); b != nil {
		tx.setFill(name, b)
		return b, nil
	}
	b, err := tx.tx.CreateBucket(name)
	if err != nil {
		return nil, err
	}
	tx.setFill(name, b)
	return b, nil
}

// setFill sets the fill of bucket b, named name, as tx's Fill says.
func (tx *Tx) setFill(name []byte, b *bolt.Bucket) {
	if f, ok := tx.fill[string(name)]; ok {
		b.FillPercent = f
	}
}

// Del deletes k.
func (tx *Tx) Del(ctx context.Context, k kv.Key) error {
	b, k := tx.bucket(k)
	if b == nil || len(k) != 1 {
		return nil
	}
	err := b.Delete(k[0])
	if err == bolt.ErrTxNotWritable {
		err = kv.ErrReadOnly
	}
	return err
}

// Scan iterates over the keys, as opts say.
func (tx *Tx) Scan(ctx context.Context, opts ...kv.IteratorOption) kv.Iterator {
	var it kv.Iterator = &Iterator{
		tx:    tx,
		rootb: tx.root(),
	}
	it.Reset()
	return kv.ApplyIteratorOptions(it, opts)
}

var (
	_ kv.Seeker         = &Iterator{}
	_ kv.PrefixIterator = &Iterator{}
)

// Iterator walks the keys of a bucket and of the buckets within it.
type Iterator struct {
	tx    *Tx // only used for iterator optimization
	rootb *bolt.Bucket
	rootk kv.Key // used to reconstruct a full key
	pref  kv.Key // prefix to check all keys against
	stack struct {
		k kv.Key
		b []*bolt.Bucket
		c []*bolt.Cursor
	}
	k, v []byte // inside the current bucket
}

// Reset goes back to the first key.
func (it *Iterator) Reset() {
	it.k = nil
	it.v = nil
	it.stack.c = nil
	it.stack.b = nil
	if cap(it.stack.k) >= len(it.rootk) {
		it.stack.k = it.stack.k[:len(it.rootk)]
	} else {
		// we will append to it
		it.stack.k = it.rootk.Clone()
	}
	copy(it.stack.k, it.rootk)
	if it.rootb != nil {
		it.stack.b = []*bolt.Bucket{it.rootb}
	}
}

// WithPrefix limits the iterator to the keys with the prefix pref.
func (it *Iterator) WithPrefix(pref kv.Key) kv.Iterator {
	it.Reset()
	kpref := pref
	b, p := it.tx.bucket(pref)
	if b == nil || len(p) > 1 {
		// if the prefix key is still longer than 1, it means that
		// a bucket mentioned in the prefix does not exists and
		// we can safely return an empty iterator
		*it = Iterator{tx: it.tx}
		return it
	}
	// the key for bucket we iterate
	it.rootk = kpref[:len(kpref)-len(p)]
	it.rootb = b
	it.pref = p
	it.Reset()
	return it
}

// next moves to the next key with the prefix pref.
func (it *Iterator) next(pref kv.Key) bool {
	for len(it.stack.b) > 0 {
		i := len(it.stack.b) - 1
		cb := it.stack.b[i]
		if len(it.stack.c) < len(it.stack.b) {
			c := cb.Cursor()
			it.stack.c = append(it.stack.c, c)
			if i >= len(pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(pref[i])
			}
		} else {
			c := it.stack.c[i]
			it.k, it.v = c.Next()
		}
		if it.k != nil {
			// found a key, check prefix
			if i >= len(pref) || bytes.HasPrefix(it.k, pref[i]) {
				// prefix matches, or is not specified
				if it.v == nil {
					// it's a bucket
					cb := it.stack.b[len(it.stack.b)-1]
					if b := cb.Bucket(it.k); b != nil {
						it.stack.b = append(it.stack.b, b)
						it.stack.k = append(it.stack.k, it.k)
						continue
					}
					// or maybe it's a key after all
				}
				// return this value
				return true
			}
		}
		// iterator is ended, or we reached the end of the prefix
		// return to top-level bucket
		it.stack.c = it.stack.c[:len(it.stack.c)-1]
		it.stack.b = it.stack.b[:len(it.stack.b)-1]
		if len(it.stack.k) > 0 { // since we hide top-level bucket it can be smaller
			it.stack.k = it.stack.k[:len(it.stack.k)-1]
		}
	}
	return false
}

// Seek moves to key, or to the first key after it.
func (it *Iterator) Seek(ctx context.Context, key kv.Key) bool {
	it.Reset()
	if !it.next(key) {
		return false
	}
	return it.Key().HasPrefix(it.pref)
}

// Next moves to the next key.
func (it *Iterator) Next(ctx context.Context) bool {
	return it.next(it.pref)
}

// Key returns the current key, as a bucket path.
func (it *Iterator) Key() kv.Key {
	if len(it.stack.b) == 0 {
		return nil
	}
	k := it.stack.k.Clone()
	k = append(k, append([]byte{}, it.k...))
	return k
}

// Val returns the current value.
func (it *Iterator) Val() kv.Value {
	return it.v
}

// Err returns nil: Bolt's iteration does not fail.
func (it *Iterator) Err() error {
	return nil
}

// Close ends the iteration.
func (it *Iterator) Close() error {
	*it = Iterator{}
	return nil
}
