package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/cayleygraph/cayley/query"

	"github.com/natokg/natokg/internal/gizmo"
)

// Languages returns the names of the query languages Query accepts,
// sorted.
func Languages() []string {
	l := query.Languages()
	slices.Sort(l)
	return l
}

// Query runs text, a query in language lang ("gizmo", "graphql" or "mql"),
// and returns at most limit results (all of them when limit <= 0), each a
// value that encoding/json can marshal (Cayley's JSON collation).
//
// The query stops when ctx is done, even a script that never ends
// (while(true){}): Query then returns ctx's error, wrapped. Each call runs
// in a session of its own, as Cayley's sessions cannot be reused.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) ([]any, error) {
	l := query.GetLanguage(lang)
	if l == nil {
		return nil, fmt.Errorf("graph: query: unknown language %q (want one of %q)", lang, Languages())
	}
	unlock, err := s.readLock()
	if err != nil {
		return nil, fmt.Errorf("graph: %s query: %w", lang, err)
	}
	defer unlock()
	if limit < 0 {
		limit = 0
	}
	// Gizmo's Execute ignores its context (query/gizmo/gizmo.go:298): only
	// Next(ctx) watches it, and interrupts the script when ctx is done.
	it, err := l.Session(s.qs).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("graph: %s query: %w", lang, err)
	}
	defer s.closeResults(lang, it)
	out, err := collect(ctx, it, limit)
	if err != nil {
		return nil, fmt.Errorf("graph: %s query: %w", lang, err)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("graph: %s query: %w", lang, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: %s query: %w", lang, err)
	}
	return out, nil
}

// collect reads the results of it, at most limit values (gizmo.Weight) in
// all when limit > 0: the results stop at the limit, and a result that
// would take them past it and counts more than one (an array) is an
// error.
func collect(ctx context.Context, it query.Iterator, limit int) ([]any, error) {
	out := []any{}
	n := 0
	for (limit == 0 || n < limit) && it.Next(ctx) {
		// A script's own completion value comes as a nil result.
		r := it.Result()
		if r == nil {
			continue
		}
		w := gizmo.Weight(r)
		if limit > 0 && n+w > limit {
			if w > 1 {
				return nil, errors.New(LimitMessage(n+w, limit))
			}
			break
		}
		out, n = append(out, r), n+w
	}
	return out, nil
}

// closeResults closes the results of a query. Closing interrupts a Gizmo
// script, but the script runs in a goroutine of its own
// (query/gizmo/gizmo.go:335) that may go on reading the store for a while:
// until the read it is in returns and it sees that it was stopped. Gizmo's
// Next returns false, without starting anything, once that goroutine has
// ended; the results have always been advanced once by then, so the
// script was started.
//
// On the in-memory store, which must not be read during a write,
// closeResults waits for the goroutine. On the others it lets the caller
// go, and Close waits for it: closing Bolt under a script that still
// reads would deadlock (the script's next read transaction waits behind
// Close, which waits for the script's open one).
func (s *Store) closeResults(lang string, it query.Iterator) {
	it.Close()
	if lang != "gizmo" {
		return
	}
	drain := func() {
		for it.Next(context.Background()) {
		}
	}
	if s.backend == backendMemory {
		drain()
		return
	}
	s.scripts.Add(1)
	go func() {
		defer s.scripts.Done()
		drain()
	}()
}
