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

// TestGetsInOneTransaction reads keys between writes in one transaction,
// as Cayley's writes do (a read of an index list, then its new value):
// each read sees the writes before it, in the bucket it reads and in
// buckets made meanwhile, and a nested bucket's name is no key.
func TestGetsInOneTransaction(t *testing.T) {
	d := open(t, boltkv.Fill{"log": 1})
	ctx := context.Background()
	key := func(b, k string) kv.Key { return kv.Key{[]byte(b), []byte(k)} }
	get := func(tx kv.Tx, k kv.Key) string {
		v, err := tx.Get(ctx, k)
		if err == kv.ErrNotFound {
			return "(none)"
		} else if err != nil {
			t.Fatal(err)
		}
		return string(v)
	}
	err := d.Update(ctx, func(tx kv.Tx) error {
		steps := []struct {
			put, del kv.Key
			val      string
			read     kv.Key
			want     string
		}{
			{put: key("log", "b"), val: "1", read: key("log", "b"), want: "1"},
			{read: key("log", "a"), want: "(none)"},
			{put: key("log", "a"), val: "2", read: key("log", "a"), want: "2"},
			{put: key("log", "b"), val: "3", read: key("log", "b"), want: "3"},
			{put: kv.Key{[]byte("log"), []byte("sub"), []byte("x")}, val: "4", read: key("log", "sub"), want: "(none)"},
			{read: kv.Key{[]byte("log"), []byte("sub"), []byte("x")}, want: "4"},
			{put: key("other", "a"), val: "5", read: key("other", "a"), want: "5"},
			{del: key("log", "a"), read: key("log", "a"), want: "(none)"},
			{read: key("log", "b"), want: "3"},
			{read: key("missing", "a"), want: "(none)"},
		}
		for i, s := range steps {
			if s.put != nil {
				if err := tx.Put(ctx, s.put, []byte(s.val)); err != nil {
					return err
				}
			}
			if s.del != nil {
				if err := tx.Del(ctx, s.del); err != nil {
					return err
				}
			}
			if got := get(tx, s.read); got != s.want {
				t.Errorf("step %d: %s is %q, want %q", i, s.read, got, s.want)
			}
			vals, err := tx.GetBatch(ctx, []kv.Key{s.read})
			if err != nil {
				return err
			}
			if got := string(vals[0]); (s.want == "(none)" && vals[0] != nil) || (s.want != "(none)" && got != s.want) {
				t.Errorf("step %d: GetBatch of %s is %q, want %q", i, s.read, got, s.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = d.View(ctx, func(tx kv.Tx) error {
		for _, k := range []kv.Key{key("log", "b"), key("other", "a"), key("log", "b")} {
			if get(tx, k) == "(none)" {
				t.Errorf("%s not found after the commit", k)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
