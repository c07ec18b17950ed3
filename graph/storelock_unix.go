//go:build unix

package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sys/unix"
)

// lockFile is the file of natokg's own lock in a Bolt store's directory.
const lockFile = "natokg.lock"

// canReopen is whether a Bolt store can be closed and opened again while
// the Store stays open: it can where natokg's own lock keeps the store
// between the two.
const canReopen = true

// lockStore takes natokg's own lock on the Bolt store in dir, shared for a
// reader and exclusive for a writer, waiting up to wait for the processes
// that hold it. The lock is held beside Bolt's lock on its file, and for
// as long as the Store is open: a load closes the Bolt file and opens it
// again (kvStore.reopen), letting Bolt's lock go between the two, and
// natokg's own lock keeps other natokg processes out meanwhile. A reader
// that can neither create the lock file (a directory it may not write, a
// read-only file system) nor open it goes without (Bolt's lock still
// keeps writers out). release lets the lock go.
func lockStore(dir string, readOnly bool, wait time.Duration) (release func() error, err error) {
	path := filepath.Join(dir, lockFile)
	flags, how := os.O_RDWR|os.O_CREATE, unix.LOCK_EX
	if readOnly {
		flags, how = os.O_RDONLY|os.O_CREATE, unix.LOCK_SH
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if readOnly && err != nil {
		// A directory the reader may not write, or a read-only file
		// system: the lock file as it is, or none.
		if f, err = os.Open(path); err != nil {
			return func() error { return nil }, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open the store's lock file: %w", err)
	}
	deadline := time.Now().Add(wait)
	for {
		err = unix.Flock(int(f.Fd()), how|unix.LOCK_NB)
		if err == nil {
			return f.Close, nil // closing the file lets the lock go
		}
		if !errors.Is(err, unix.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, errInUse(path, wait)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
