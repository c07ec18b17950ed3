//go:build !unix

package graph

import "time"

// canReopen is whether a Bolt store can be closed and opened again while
// the Store stays open: not here, where natokg has no lock of its own to
// keep the store between the two.
const canReopen = false

// lockStore takes no lock here: Bolt's lock on its file is the store's.
func lockStore(dir string, readOnly bool, wait time.Duration) (release func() error, err error) {
	return func() error { return nil }, nil
}
