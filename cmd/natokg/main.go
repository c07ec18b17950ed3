// Command natokg builds a knowledge graph of people, their posts,
// organisations, events and places from NATO news releases, stores it in
// Cayley, and lets users query, export and explore it.
//
//	natokg load [--db PATH] [FILE|DIR ...]   read releases into the store (the bundled ones by default)
//	natokg fetch URL... [-o DIR] [--load]    download news pages and feeds politely
//	natokg query [--db PATH] 'g.V()...'      run a Gizmo query
//	natokg export [--db PATH] [-o FILE]      write the graph as N-Quads or JSON-LD
//	natokg serve [--db PATH]                 serve Cayley's web UI and HTTP API on the graph
//
// Run `natokg help` for the whole list. This package only wires the
// others together: the work is done in packages loader, graph, queries and fetch.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs natokg with args and returns its exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := newRoot(&env{stdin: stdin, stdout: stdout, stderr: stderr})
	cmd.SetArgs(args)
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	if err := cmd.ExecuteContext(ctx); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		fmt.Fprintf(stderr, "natokg: %v\n", err)
		return 1
	}
	return 0
}

// exitError ends natokg with a status after its messages were printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }
