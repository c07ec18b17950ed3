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

	type job struct {
		seq  int
		item Item
		rel  *natokg.Release
	}
	jobs := make(chan job, workers*2)
	done := make(chan job, workers*2)

	// The reader: files in order, releases in order.
	var readErr error
	go func() {
		defer close(jobs)
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
		for _, src := range srcs {
			err := l.read(ctx, src, func(rel *natokg.Release, fault error) bool {
				if fault != nil {
					return send(job{item: Item{Source: src, Err: fault}})
				}
				if l.Skip != nil {
					skip, err := l.Skip(ctx, rel)
					if err != nil {
						readErr = err
						cancel()
						return false
					}
					if skip {
						return send(job{item: Item{Result: Result{Release: rel, Skipped: true}, Source: src}})
					}
				}
				return send(job{item: Item{Source: src}, rel: rel})
			})
			if err != nil && !send(job{item: Item{Source: src, Err: err}}) {
				return
			}
			if ctx.Err() != nil {
				return
			}
		}
	}()

	// The workers: extraction and quads.
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
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
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	// The caller's goroutine: results in input order.
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
			break
		}
		pending[j.seq] = j.item
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
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
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
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
