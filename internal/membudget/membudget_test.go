package membudget

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// hold keeps allocations alive until a test ends.
var hold [][]byte

// TestWatchdogStopsQuery checks that a query running while the heap is
// past the budget is cancelled with ErrOverBudget, and one that ended
// before is not.
func TestWatchdogStopsQuery(t *testing.T) {
	w := New(64<<20, 5*time.Millisecond)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go w.Run(ctx)

	before, doneBefore := w.Track(context.Background())
	doneBefore()

	q, done := w.Track(context.Background())
	defer done()
	for i := 0; i < 16; i++ {
		hold = append(hold, make([]byte, 8<<20))
	}
	select {
	case <-q.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the query was not stopped with 128 MB held against a budget of 64 MB")
	}
	hold = nil
	if !errors.Is(context.Cause(q), ErrOverBudget) {
		t.Errorf("cause %v, want ErrOverBudget", context.Cause(q))
	}
	if errors.Is(context.Cause(before), ErrOverBudget) {
		t.Error("a query that had ended was stopped for memory")
	}
}

// TestHandlerAnswer checks the answer of a request stopped for memory,
// and that an answer within the budget goes through unchanged.
func TestHandlerAnswer(t *testing.T) {
	w := New(64<<20, 5*time.Millisecond)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go w.Run(ctx)
	h := w.Handler(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("greedy") == "" {
			rw.Header().Set("X-Test", "kept")
			rw.WriteHeader(http.StatusTeapot)
			rw.Write([]byte("small"))
			return
		}
		var mine [][]byte
		for r.Context().Err() == nil {
			mine = append(mine, make([]byte, 4<<20))
			time.Sleep(time.Millisecond)
		}
		rw.Write([]byte(`{"error":"context canceled"}`))
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/?greedy=1", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "--query-memory") {
		t.Errorf("greedy: %d %s, want 503 naming --query-memory", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusTeapot || rec.Body.String() != "small" || rec.Header().Get("X-Test") != "kept" {
		t.Errorf("small: %d %q %v, want 418 \"small\" with its header", rec.Code, rec.Body, rec.Header())
	}
}
