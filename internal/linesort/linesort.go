// Package linesort writes text lines in byte order, however many there
// are, holding a bounded number of them in memory: the lines go to
// sorted runs in temporary files, which are then merged
// (github.com/lanrat/extsort). natokg's N-Quads export sorts its lines
// with it, so that exports of equal graphs are byte-identical at any size
// of store.
package linesort

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/lanrat/extsort"
)

// ChunkLines is how many lines a sorted run holds by default: about 14
// MB of N-Quads.
const ChunkLines = 50_000

// Options says how Write sorts.
type Options struct {
	// ChunkLines is how many lines are sorted in memory at once (a run);
	// 0 means the package's ChunkLines. Two runs are sorted at a time,
	// and one more may wait, so memory holds about four runs at most.
	ChunkLines int
	// TempDir is where the runs are written; "" lets extsort choose a
	// directory on disk (not a memory file system).
	TempDir string
}

// errSortStopped is the error of a line given after the sort stopped.
var errSortStopped = errors.New("sort stopped")

// Write calls produce with a function that takes lines, each ending in
// a newline, then writes them all to w sorted by their bytes. Nothing is
// written when produce fails; a sort that fails while it merges its runs
// has written the lines before, and says so in its error.
func Write(ctx context.Context, w io.Writer, opts Options, produce func(add func(line string) error) error) error {
	bw := bufio.NewWriter(w)
	err := Each(ctx, opts, produce, func(line string) error {
		if _, err := bw.WriteString(line); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// Each calls produce with a function that takes lines, then calls each
// with every line, sorted by their bytes. each is called only once
// produce has returned without an error; it stops at each's first error.
// A "line" given to Each may hold any bytes, newlines included: the runs
// keep each with its length, so records in a binary form sort too.
func Each(ctx context.Context, opts Options, produce func(add func(line string) error) error, each func(line string) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cfg := extsort.DefaultConfig()
	cfg.ChunkSize = opts.ChunkLines
	if cfg.ChunkSize <= 0 {
		cfg.ChunkSize = ChunkLines
	}
	cfg.TempFilesDir = opts.TempDir
	in := make(chan string, 1024)
	sorter, out, errc := extsort.Strings(in, cfg)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		sorter.Sort(ctx)
	}()
	add := func(line string) error {
		select {
		case in <- line:
			return nil
		case <-stopped:
			return errSortStopped // all lines are read until the input closes: the sort failed
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	err := produce(add)
	close(in)
	if err != nil {
		cancel()
		serr := wait(out, errc)
		if errors.Is(err, errSortStopped) && serr != nil {
			return fmt.Errorf("sort lines: %w", serr)
		}
		return err
	}
	for line := range out {
		if err = each(line); err != nil {
			cancel()
			wait(out, errc)
			return err
		}
	}
	if err := <-errc; err != nil { // out is closed: errc holds the sort's error, or nil
		return fmt.Errorf("sort lines: %w", err)
	}
	return nil
}

// wait reads what the sort still sends after it was stopped, and
// returns its error, if any.
func wait(out <-chan string, errc <-chan error) error {
	for range out {
	}
	return <-errc
}
