package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/natokg/natokg"
)

// Item is what Run hands on for each release, in the order of the input:
// a Result, or the fault that ended a file (Err, with Source).
type Item struct {
	Result
	// Source is the file the release, or the fault, is from.
	Source Source
	// Err is a fault of the file (a *ParseError, an error opening it): a
	// release refused, the file's later releases handed on after it, or
	// a fault that ended the file.
	Err error
}

// Run reads the releases of srcs, extracts them on workers goroutines
// (at least one) and calls fn with each, in the order of the input, from
// one goroutine, so that one writer can store them while extraction goes
// on. At most a few releases per worker are in flight: memory does not
// grow with the corpus. Run stops at ctx's end or at fn's first error,
// which it returns.
func (l *Loader) Run(ctx context.Context, srcs []Source, workers int, fn func(Item) error) error {
	if workers < 1 {
		workers = 1
	}
	outer := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	done := make(chan job, workers*2)

	// The reader's error is read once done is closed, after the reader
	// has closed jobs and every worker has stopped.
	var readErr error
	go func() {
		defer close(jobs)
		if readErr = l.readAll(ctx, srcs, jobs); readErr != nil {
			cancel()
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.work(ctx, jobs, done)
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	if err := deliver(outer, cancel, done, fn); err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// job is one release (or one fault) on its way through Run, numbered in
// input order.
type job struct {
	seq  int
	item Item
	rel  *natokg.Release
}

// readAll is Run's reader: files in order, releases in order, each sent
// as a job. It stops when ctx is done; its error is Skip's.
func (l *Loader) readAll(ctx context.Context, srcs []Source, jobs chan<- job) error {
	seq := 0
	send := func(j job) bool {
		j.seq = seq
		seq++
		select {
		case jobs <- j:
			return true
		case <-ctx.Done():
			return false
		}
	}
	var skipErr error
	for _, src := range srcs {
		err := l.read(ctx, src, func(rel *natokg.Release, fault error) bool {
			if fault != nil {
				return send(job{item: Item{Source: src, Err: fault}})
			}
			if l.Skip != nil {
				skip, err := l.Skip(ctx, rel)
				if err != nil {
					skipErr = err
					return false
				}
				if skip {
					return send(job{item: Item{Result: Result{Release: rel, Skipped: true}, Source: src}})
				}
			}
			return send(job{item: Item{Source: src}, rel: rel})
		})
		if skipErr != nil {
			return skipErr
		}
		if err != nil && !send(job{item: Item{Source: src, Err: err}}) {
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
	}
	return nil
}

// work is one of Run's workers: extraction and quads.
func (l *Loader) work(ctx context.Context, jobs <-chan job, done chan<- job) {
	for j := range jobs {
		if j.rel != nil {
			j.item.Result = l.Process(j.rel)
		}
		select {
		case done <- j:
		case <-ctx.Done():
			return
		}
	}
}

// deliver hands the workers' results to fn in input order, on the
// caller's goroutine. A stop of outer or an error of fn cancels the rest.
func deliver(outer context.Context, cancel context.CancelFunc, done <-chan job, fn func(Item) error) error {
	pending := map[int]Item{}
	next := 0
	for {
		var j job
		var ok bool
		// A read that blocks (a slow disk, a file system that hangs)
		// does not hold up a stop.
		select {
		case j, ok = <-done:
		case <-outer.Done():
			cancel()
			drain(done, time.Second)
			return outer.Err()
		}
		if !ok {
			return nil
		}
		pending[j.seq] = j.item
		for it, ok := pending[next]; ok; it, ok = pending[next] {
			delete(pending, next)
			next++
			if err := fn(it); err != nil {
				cancel()
				for range done {
				}
				return err
			}
		}
	}
}

// drain receives from c until it is closed or for d at most, so that the
// goroutines that send on it can end.
func drain[T any](c <-chan T, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case _, ok := <-c:
			if !ok {
				return
			}
		case <-t.C:
			return
		}
	}
}

// read calls each with the releases of src in order, or with the fault
// that refused one (a *ParseError: the releases after it are read all the
// same), until each returns false; it returns the fault that ended the
// file, if any.
func (l *Loader) read(ctx context.Context, src Source, each func(*natokg.Release, error) bool) error {
	rc, err := src.Open()
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer rc.Close()
	if f, _ := FormatOf(src.Name); f != Text {
		return readOther(f, rc, src.Name, func(rel *natokg.Release, fault error) bool {
			if ctx.Err() != nil {
				return false
			}
			return each(rel, fault)
		})
	}
	rd := NewReader(rc, src.Name)
	for n := 0; ; n++ {
		if ctx.Err() != nil {
			return nil
		}
		rel, err := rd.Read()
		if errors.Is(err, io.EOF) {
			if n == 0 {
				return &ParseError{File: src.Name, Line: 1, Err: ErrEmpty}
			}
			return nil
		}
		if err != nil && rd.Stopped() {
			return err
		}
		if !each(rel, err) {
			return nil
		}
	}
}
