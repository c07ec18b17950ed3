package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// ErrNotCompactable is returned (wrapped) by Compact on a store that is not
// on Bolt: the in-memory store holds no file, and PostgreSQL reclaims its
// own space (VACUUM).
var ErrNotCompactable = errors.New("only a Bolt store can be compacted")

// Compaction is what Compact did: the size of the store's Bolt file
// before and after, in bytes.
type Compaction struct {
	Before, After int64
}

// compactFile is the name of the copy Compact writes beside the Bolt file
// before it takes the file's place. A copy left by a compaction cut short
// is deleted by the next writer to open the store (removeStaleCompaction).
const compactFile = boltFile + ".compacting"

// compactTxBytes bounds the keys and values Compact copies in one
// transaction, and so the memory a compaction holds.
const compactTxBytes = 4 << 20

// Compact rewrites a Bolt store's file with every page full. Bolt splits a
// full page into two half-full ones and reuses freed pages only where they
// fit, so a file that many writes have made holds about twice the bytes
// of what it stores (a 100,000-release load: 5.6 GB for 2.7 GB of keys
// and values). Compact copies every key and value in order into a new
// file beside it, syncs it, and only then renames it over the old one:
// a crash or an error before the rename leaves the store as it was.
// The store must be open for writing; it stays open, on the new file.
func (s *Store) Compact(ctx context.Context) (Compaction, error) {
	var c Compaction
	err := s.swapBolt(ctx, func(kvs kvStore) (kvStore, error) {
		n, done, err := kvs.compact(ctx)
		c = done
		if err != nil {
			err = fmt.Errorf("compact %s: %w", kvs.dir, err)
		}
		return n, err
	})
	if errors.Is(err, errNoBolt) {
		err = fmt.Errorf("%w (this store is %s)", ErrNotCompactable, s.backend)
	}
	if err != nil {
		return c, fmt.Errorf("graph: compact: %w", err)
	}
	return c, nil
}

// errNoBolt is swapBolt's error on a store not on Bolt.
var errNoBolt = errors.New("not a Bolt store")

// swapBolt replaces a Bolt store's kvStore with what fn makes of it
// (opening its file again), with every reader and writer kept out and
// the scripts stopped by their context ended. An error of fn's with a
// kvStore left open keeps that one; without one, the store refuses
// writes from then on (ErrWriteFailed).
func (s *Store) swapBolt(ctx context.Context, fn func(kvStore) (kvStore, error)) error {
	s.reopening.Lock()
	defer s.reopening.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return err
	}
	kvs, ok := s.qs.(kvStore)
	if !ok || kvs.bolt == nil {
		return errNoBolt
	}
	s.scripts.Wait()
	n, err := fn(kvs)
	if err != nil {
		if n.QuadStore == nil {
			s.failed = err
		}
		return err
	}
	s.qs = n
	return nil
}

// compact copies the Bolt file into a compact one (copyCompact), then
// closes the store, puts the copy in the file's place and opens it again.
// On an error before the store is closed, it returns s as it was; after,
// a kvStore with no QuadStore.
func (s kvStore) compact(ctx context.Context) (kvStore, Compaction, error) {
	file := filepath.Join(s.dir, boltFile)
	tmp := filepath.Join(s.dir, compactFile)
	var c Compaction
	fi, err := os.Stat(file)
	if err != nil {
		return s, c, err
	}
	c.Before = fi.Size()
	if err := copyCompact(s.bolt, tmp); err != nil {
		os.Remove(tmp)
		return s, c, err
	}
	if err := ctx.Err(); err != nil {
		os.Remove(tmp)
		return s, c, err
	}
	if err := crashPoint("compact-copied"); err != nil {
		os.Remove(tmp)
		return s, c, err
	}
	if err := s.QuadStore.Close(); err != nil {
		return kvStore{}, c, fmt.Errorf("close the Bolt file: %w", err)
	}
	if err := replaceFile(tmp, file); err != nil {
		return kvStore{}, c, err
	}
	// Node IDs are keys, copied as they were: the names read lately
	// still hold.
	n, err := s.openAgain()
	if err != nil {
		return kvStore{}, c, fmt.Errorf("open the compacted Bolt file: %w", err)
	}
	if fi, err = os.Stat(file); err == nil {
		c.After = fi.Size()
	}
	return n, c, err
}

// copyCompact writes every bucket, key and value of src into a new Bolt
// file at path, its pages full (bbolt's Compact), and syncs it.
func copyCompact(src *bolt.DB, path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove an earlier copy: %w", err)
	}
	dst, err := bolt.Open(path, 0o644, &bolt.Options{NoSync: true, NoGrowSync: true})
	if err != nil {
		return fmt.Errorf("create the compacted copy: %w", err)
	}
	if err := bolt.Compact(dst, src, compactTxBytes); err != nil {
		dst.Close()
		return fmt.Errorf("copy into %s: %w", path, err)
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err := dst.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	return nil
}

// replaceFile renames tmp over file and syncs their directory, so that
// the rename outlives a crash of the machine.
func replaceFile(tmp, file string) error {
	if err := os.Rename(tmp, file); err != nil {
		return fmt.Errorf("put the compacted copy in place: %w", err)
	}
	d, err := os.Open(filepath.Dir(file))
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", filepath.Dir(file), err)
	}
	return nil
}

// removeStaleCompaction deletes the copy a compaction cut short left in
// the store's directory dir, if any. Only a writer calls it, holding the
// store's lock, so no compaction is running.
func removeStaleCompaction(dir string) error {
	err := os.Remove(filepath.Join(dir, compactFile))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove the copy an earlier compaction left: %w", err)
	}
	return nil
}

// FileUse is how much of a Bolt store's file its keys and values take.
type FileUse struct {
	// File is the size of the file's pages up to the last one in use,
	// in bytes (Bolt grows the file on disk in steps of up to 16 MB).
	File int64
	// Held is the bytes its keys and values take in their pages, with
	// Bolt's headers of pages and elements.
	Held int64
}

// Loose reports whether compacting the file would make it much smaller:
// whether it is at least twice what it holds. A compacted file is about
// 5/4 of it (its pages full, branch pages and the free space Bolt keeps
// at the end); the file of a first load with natokg's page fill is 1.6 to
// 1.8 times it, as its batches happen to fall, and is left alone; one
// whose writes split its pages at half their size is about 5/2 of it.
// natokg load compacts a loose store after a load that has at least
// doubled it.
func (u FileUse) Loose() bool { return u.File >= 2*u.Held }

// FileUse reads how much of a Bolt store's file its keys and values take,
// reading the header of every page.
func (s *Store) FileUse(ctx context.Context) (FileUse, error) {
	unlock, err := s.readLock()
	if err != nil {
		return FileUse{}, err
	}
	defer unlock()
	kvs, ok := s.qs.(kvStore)
	if !ok || kvs.bolt == nil {
		return FileUse{}, fmt.Errorf("graph: file use: %w (this store is %s)", ErrNotCompactable, s.backend)
	}
	var u FileUse
	err = kvs.bolt.View(func(tx *bolt.Tx) error {
		u.File = tx.Size()
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			st := b.Stats()
			u.Held += int64(st.LeafInuse + st.BranchInuse)
			return nil
		})
	})
	if err != nil {
		return FileUse{}, fmt.Errorf("graph: file use of %s: %w", kvs.dir, err)
	}
	return u, nil
}
