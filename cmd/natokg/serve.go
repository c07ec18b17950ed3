package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/queries"
)

func newServeCmd(e *env) *cobra.Command {
	var db, addr, token string
	var writable bool
	var timeout time.Duration
	var limit int
	var maxBody int64
	cmd := &cobra.Command{
		Use:   "serve [--db PATH] [--addr 127.0.0.1:64210]",
		Short: "Serve Cayley's web UI and HTTP API (v2) on the graph",
		Long: `serve opens the store and serves Cayley's web UI at / and Cayley's HTTP
API v2 at /api/v2/ (query with Gizmo, GraphQL or MQL at /api/v2/query),
and the library of queries at /api/queries (list) and
/api/queries/NAME?param=value (run); /api/queries/NAME/script?param=value
gives a query's whole program to paste into the UI's editor.
It listens on loopback unless told otherwise and is read-only unless
--writable is given. Each query is bounded in time (--timeout) and in
results (--limit), request bodies in size (--max-body); with
--auth-token every request needs the token. Stop it with Ctrl-C.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := graph.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			if token == "" {
				token = os.Getenv("NATOKG_AUTH_TOKEN")
			}
			run := func(ctx context.Context, text string, limit int) ([]any, error) {
				return store.Query(ctx, "gizmo", text, limit)
			}
			lib := queries.Handler("/api/queries", run, queries.HandlerOptions{Timeout: timeout, Limit: limit})
			h, err := store.Handler(graph.ServerOptions{ReadOnly: !writable, Timeout: timeout, Limit: limit, MaxBodyBytes: maxBody, AuthToken: token,
				Mount: map[string]http.Handler{"/api/queries": lib, "/api/queries/": lib}, PlainJSON: queries.IsScript})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
			fmt.Fprintf(e.stdout, "natokg: serving %s on http://%s/ (Ctrl-C stops)\n", store.Addr(), ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				if !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("serve: %w", err)
				}
				return nil
			case <-ctx.Done():
				sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				return srv.Shutdown(sctx)
			}
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:64210", "the address to listen on")
	cmd.Flags().BoolVar(&writable, "writable", false, "allow writes through the API")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "stop a query that runs longer")
	cmd.Flags().IntVar(&limit, "limit", 100, "the most results a query returns")
	cmd.Flags().Int64Var(&maxBody, "max-body", 1<<20, "the largest request body, in bytes")
	cmd.Flags().StringVar(&token, "auth-token", "", "require this bearer token of every request (or set NATOKG_AUTH_TOKEN); a browser opens /?token=TOKEN once")
	return cmd
}
