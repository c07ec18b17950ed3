package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"google.golang.org/protobuf/proto"
)

// Cayley's kv store deletes a quad by marking its entry in the log dead;
// the quad's ID stays in the list of each of its index keys (graph/kv,
// markAsDead: "TODO: Add tombstone?"), and every later look-up of the key
// reads the dead entry from the log and skips it. A quad deleted once
// costs nothing more; the figures (figures.go) are deleted and written
// again at each write that changes them, so the list under a busy
// person's kg:eventCount grew by one entry per batch and each look-up of
// the figure read them all: at 100,000 releases the figures' look-ups
// were a seventh of the load's time. A write therefore takes the dead IDs
// out of the index lists of the figures it deletes, in its own
// transaction.

// logBucket is the Bolt bucket of Cayley's log of quads, keyed by quad ID
// (graph/kv: logIndex).
var logBucket = []byte("log")

// pruneKeys returns the index keys of the quads qs, whose IDs a write
// that deletes them takes out of the lists (pruneDead): every index of
// the store, once each. A quad with a value the store does not hold has
// no keys. It reads the store as committed, before the write.
func (s kvStore) pruneKeys(qs []quad.Quad) ([]hkv.Key, error) {
	seen := map[string]bool{}
	var keys []hkv.Key
	var dirs []quad.Direction
	for _, ind := range s.indexes {
		for _, d := range ind.Dirs {
			if !slices.Contains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	// known holds each value's ID once looked up: a write's figures share
	// their predicates and many of their numbers.
	known := map[string]uint64{}
	idOf := func(v quad.Value) (uint64, error) {
		k := quad.StringOf(v)
		if id, ok := known[k]; ok {
			return id, nil
		}
		ref, err := s.QuadStore.ValueOf(v)
		if err != nil {
			return 0, fmt.Errorf("look up %v: %w", v, err)
		}
		id, _ := ref.(kv.Int64Value)
		known[k] = uint64(id)
		return uint64(id), nil
	}
	for _, q := range qs {
		ids := map[quad.Direction]uint64{}
		for _, d := range dirs {
			v := q.Get(d)
			if v == nil {
				continue
			}
			id, err := idOf(v)
			if err != nil {
				return nil, err
			}
			if id == 0 {
				ids = nil
				break
			}
			ids[d] = id
		}
		if ids == nil {
			continue
		}
		for _, ind := range s.indexes {
			vals := make([]uint64, len(ind.Dirs))
			for i, d := range ind.Dirs {
				vals[i] = ids[d]
			}
			k := ind.Key(vals)
			if name := string(k[0]) + "\x00" + string(k[1]); !seen[name] {
				seen[name] = true
				keys = append(keys, k)
			}
		}
	}
	return keys, nil
}

// pruneDead takes the IDs of dead quads out of the index lists under
// keys, in tx: a list left empty is deleted.
func pruneDead(ctx context.Context, tx hkv.Tx, keys []hkv.Key) error {
	for _, k := range keys {
		if err := pruneList(ctx, tx, k); err != nil {
			return fmt.Errorf("prune index list %q: %w", k, err)
		}
	}
	return nil
}

// pruneList takes the IDs of dead quads out of the index list under k.
func pruneList(ctx context.Context, tx hkv.Tx, k hkv.Key) error {
	val, err := tx.Get(ctx, k)
	if errors.Is(err, hkv.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	ids, err := decodeIDs(val)
	if err != nil {
		return err
	}
	logKeys := make([]hkv.Key, len(ids))
	for i, id := range ids {
		logKeys[i] = hkv.Key{logBucket, binary.BigEndian.AppendUint64(nil, id)}
	}
	entries, err := tx.GetBatch(ctx, logKeys)
	if err != nil {
		return err
	}
	live := ids[:0:0]
	for i, e := range entries {
		if e == nil {
			continue // not in the log: no quad to read
		}
		var p cproto.Primitive
		if err := proto.Unmarshal(e, &p); err != nil {
			return fmt.Errorf("read quad %d of the log: %w", ids[i], err)
		}
		if !p.Deleted {
			live = append(live, ids[i])
		}
	}
	switch {
	case len(live) == len(ids):
		return nil
	case len(live) == 0:
		return tx.Del(ctx, k)
	}
	return tx.Put(ctx, k, encodeIDs(live))
}

// decodeIDs reads an index list: quad IDs as unsigned varints, in order
// (graph/kv: decodeIndex).
func decodeIDs(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errors.New("malformed list of quad IDs")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

// encodeIDs writes an index list as decodeIDs reads it.
func encodeIDs(ids []uint64) []byte {
	b := make([]byte, 0, len(ids)*binary.MaxVarintLen64)
	for _, id := range ids {
		b = binary.AppendUvarint(b, id)
	}
	return b
}
