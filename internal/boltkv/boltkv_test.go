package boltkv_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	bolt "go.etcd.io/bbolt"

	"github.com/natokg/natokg/internal/boltkv"
)

// db is a Bolt file whose transactions, read and write, are boltkv's.
type db struct {
	*bolt.DB
	fill boltkv.Fill
}

func (d db) Tx(ctx context.Context, rw bool) (kv.Tx, error) { return boltkv.Begin(d.DB, rw, d.fill) }
func (d db) View(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.View(ctx, d, fn)
}
func (d db) Update(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.Update(ctx, d, fn)
}

func open(t testing.TB, fill boltkv.Fill) db {
	b, err := bolt.Open(filepath.Join(t.TempDir(), "t.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return db{b, fill}
}

// TestHidalgo runs hidalgo's own tests of a key-value store on boltkv's
// transactions, with and without a fill: it behaves as hidalgo's driver.
func TestHidalgo(t *testing.T) {
	for _, fill := range []boltkv.Fill{nil, {"a": 1, "b": 0.9}} {
		t.Run(fmt.Sprint(fill), func(t *testing.T) {
			kvtest.RunTest(t, func(t testing.TB) kv.KV { return open(t, fill) }, nil)
		})
	}
}

// TestFill writes keys that only grow into a bucket, in transactions of
// a thousand, as Cayley writes its log: filled whole, its pages are
// nearly full; with Bolt's default, about half.
func TestFill(t *testing.T) {
	for _, c := range []struct {
		fill     boltkv.Fill
		min, max float64
	}{
		{boltkv.Fill{"log": 1}, 0.9, 1},
		{nil, 0.4, 0.6},
		{boltkv.Fill{"other": 1}, 0.4, 0.6},
	} {
		d := open(t, c.fill)
		ctx := context.Background()
		id := uint64(0)
		for range 20 {
			err := d.Update(ctx, func(tx kv.Tx) error {
				for range 1000 {
					id++
					k := binary.BigEndian.AppendUint64(nil, id)
					if err := tx.Put(ctx, kv.Key{[]byte("log"), k}, make([]byte, 64)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		var st bolt.BucketStats
		d.DB.View(func(tx *bolt.Tx) error {
			st = tx.Bucket([]byte("log")).Stats()
			return nil
		})
		if full := float64(st.LeafInuse) / float64(st.LeafAlloc); full < c.min || full > c.max {
			t.Errorf("fill %v: leaf pages %.2f full, want %.2f to %.2f", c.fill, full, c.min, c.max)
		}
	}
}
