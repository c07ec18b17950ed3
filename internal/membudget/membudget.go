// Package membudget stops queries when the process's heap passes a budget.
//
// A query language that runs scripts (Gizmo is JavaScript) can allocate
// without end: `var s = "x"; while (true) { s = s + s }` doubles a string
// until the machine runs out of memory. Go has no per-goroutine memory
// limit, so a Watchdog reads the process's heap a few times a second while
// queries run and, when it passes the budget, cancels every running query
// (their contexts end with ErrOverBudget as the cause), collects the
// garbage and gives the memory back to the operating system.
package membudget

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// ErrOverBudget is the cause of the contexts a Watchdog cancels.
var ErrOverBudget = errors.New("the query took more memory than the server's budget")

// heapMetric is the bytes held by heap objects, live or not yet swept.
const heapMetric = "/memory/classes/heap/objects:bytes"

// Watchdog watches the heap for the queries registered with Track.
type Watchdog struct {
	limit uint64
	every time.Duration

	mu      sync.Mutex
	running map[*query]struct{}
	wake    chan struct{}
}

type query struct{ cancel context.CancelCauseFunc }

// New returns a Watchdog for a budget of limit bytes of heap, read every
// interval (20 ms when 0). Call Run to start it.
func New(limit uint64, interval time.Duration) *Watchdog {
	if interval <= 0 {
		interval = 20 * time.Millisecond
	}
	return &Watchdog{limit: limit, every: interval, running: map[*query]struct{}{}, wake: make(chan struct{}, 1)}
}

// Limit returns the budget in bytes.
func (w *Watchdog) Limit() uint64 { return w.limit }

// Track registers a query: the returned context is cancelled, with cause
// ErrOverBudget, when the heap passes the budget while it runs. Call done
// when the query ends.
func (w *Watchdog) Track(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	q := &query{cancel: cancel}
	w.mu.Lock()
	w.running[q] = struct{}{}
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
	return ctx, func() {
		w.mu.Lock()
		delete(w.running, q)
		w.mu.Unlock()
		cancel(nil)
	}
}

// Run watches the heap until ctx is done. It sleeps while no query runs.
func (w *Watchdog) Run(ctx context.Context) {
	sample := []metrics.Sample{{Name: heapMetric}}
	tick := time.NewTicker(w.every)
	defer tick.Stop()
	for {
		if w.idle() {
			select {
			case <-ctx.Done():
				return
			case <-w.wake:
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if w.over(sample) {
			w.stopAll()
		}
	}
}

func (w *Watchdog) idle() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.running) == 0
}

// over reports whether the heap is past the budget, after a garbage
// collection when the first reading says so (dead objects count until
// they are swept).
func (w *Watchdog) over(sample []metrics.Sample) bool {
	metrics.Read(sample)
	if sample[0].Value.Uint64() <= w.limit {
		return false
	}
	runtime.GC()
	metrics.Read(sample)
	return sample[0].Value.Uint64() > w.limit
}

// stopAll cancels every running query and gives memory back.
func (w *Watchdog) stopAll() {
	w.mu.Lock()
	for q := range w.running {
		q.cancel(ErrOverBudget)
		delete(w.running, q)
	}
	w.mu.Unlock()
	go func() {
		// Give the stopped scripts a moment to see their interruption.
		time.Sleep(100 * time.Millisecond)
		debug.FreeOSMemory()
	}()
}

// Handler runs next under the watchdog: its request's context ends when
// the heap passes the budget, and its answer is then replaced by a JSON
// error (503 Service Unavailable) that says so. The answer is held in
// memory until next returns.
func (w *Watchdog) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		ctx, done := w.Track(r.Context())
		defer done()
		buf := &bufferedWriter{header: http.Header{}}
		next.ServeHTTP(buf, r.WithContext(ctx))
		if errors.Is(context.Cause(ctx), ErrOverBudget) {
			msg := fmt.Sprintf("%v (%d MB, natokg serve --query-memory); the query was stopped", ErrOverBudget, w.limit>>20)
			body, _ := json.Marshal(map[string]string{"error": msg})
			rw.Header().Set("Content-Type", "application/json")
			rw.WriteHeader(http.StatusServiceUnavailable)
			rw.Write(append(body, '\n'))
			return
		}
		buf.copyTo(rw)
	})
}

// bufferedWriter is an http.ResponseWriter that keeps the answer.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}

func (b *bufferedWriter) copyTo(w http.ResponseWriter) {
	for k, v := range b.header {
		w.Header()[k] = v
	}
	if b.status == 0 {
		b.status = http.StatusOK
	}
	w.WriteHeader(b.status)
	w.Write(b.body.Bytes())
}
