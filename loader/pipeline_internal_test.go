package loader

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"
)

// A stop ends Run even while a read blocks (a hung file system, a device):
// Ctrl-C and SIGTERM are never ignored.
func TestRunStopsWhileReadBlocks(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	src := Source{Name: "hung.txt", open: func() (io.ReadCloser, error) {
		<-block
		return nil, errors.New("unblocked")
	}}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	done := make(chan error, 1)
	go func() {
		done <- (&Loader{}).Run(ctx, []Source{src}, 1, func(Item) error { return nil })
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Run: %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run ignores the stop while a read blocks")
	}
}
