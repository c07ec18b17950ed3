package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
)

// readStore opens the store at db for a reading command: it shares the
// store with other readers (a running natokg serve among them) and never
// creates one; none there is exit status 2.
func readStore(ctx context.Context, e *env, db string) (*graph.Store, error) {
	s, err := graph.OpenWith(ctx, db, graph.Options{ReadOnly: true})
	if errors.Is(err, graph.ErrNoStore) {
		fmt.Fprintf(e.stderr, "natokg: %v; run natokg load with this --db first\n", err)
		return nil, &exitError{code: 2}
	}
	if err == nil {
		noteLayout(ctx, e, s, db)
	}
	return s, err
}

// writeStore opens, creating it when missing, the store at db for a
// command that writes, waiting up to wait for other natokg processes to
// let it go.
func writeStore(ctx context.Context, e *env, db string, wait time.Duration) (*graph.Store, error) {
	s, err := openWritable(ctx, db, wait)
	if err == nil {
		noteLayout(ctx, e, s, db)
	}
	return s, err
}

// openWritable is writeStore without the note on the store's layout.
func openWritable(ctx context.Context, db string, wait time.Duration) (*graph.Store, error) {
	s, err := graph.OpenWith(ctx, db, graph.Options{LockWait: wait})
	if errors.Is(err, graph.ErrInUse) {
		return nil, fmt.Errorf("%w; stop that process, or wait for it with --wait (e.g. --wait 5m)", err)
	}
	return s, err
}

// noteLayout tells the user, on stderr, when the store at db was written
// by an earlier natokg, and the command that upgrades it.
func noteLayout(ctx context.Context, e *env, s *graph.Store, db string) {
	upgrade := "natokg upgrade --db " + db
	if old, err := s.OldLayout(ctx); err == nil && old {
		fmt.Fprintf(e.stderr, "natokg: this store was written by an earlier natokg, each release keeping its own copy of its entities' facts; %q stores each fact once, with the same answers\n", upgrade)
		return
	}
	if keeps, err := s.KeepsFigures(ctx); err == nil && !keeps {
		fmt.Fprintf(e.stderr, "natokg: this store was written by an earlier natokg, which kept no figures of who met whom; %q builds them, so that most-connected answers at once, with the same answers\n", upgrade)
	}
}

// waitFlag adds --wait, how long a writing command waits for the store.
func waitFlag(cmd *cobra.Command, p *time.Duration) {
	cmd.Flags().DurationVar(p, "wait", 2*time.Second, "how long to wait for other natokg processes (a server, a load) to let the store go")
}
