// Package testio holds what tests share for reading a child process's
// output while it runs.
package testio

import (
	"bytes"
	"sync"
)

// Buffer is a bytes.Buffer that a child process's output goroutines and
// a test may use at once.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p to the buffer.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what has been written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
