package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/net/netutil"

	"github.com/natokg/natokg/internal/membudget"
	"github.com/natokg/natokg/internal/supervise"

	"github.com/natokg/natokg/explore"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/queries"
)

func newServeCmd(e *env) *cobra.Command {
	var o serveOptions
	var tokenFile string
	cmd := &cobra.Command{
		Use:   "serve [--db PATH] [--addr 127.0.0.1:64210]",
		Short: "Serve Cayley's web UI and HTTP API (v2) on the graph",
		Long: `serve opens the store and serves Cayley's web UI at / and Cayley's HTTP
API v2 at /api/v2/ (query with Gizmo, GraphQL or MQL at /api/v2/query),
and the library of queries at /api/queries (list) and
/api/queries/NAME?param=value (run); /api/queries/NAME/script?param=value
gives a query's whole program to paste into the UI's editor. The
explorer's JSON API answers at /api/explore/: search?q=NAME (entities by
any form of their name, a word's beginning included), node?id=IRI
[&from=DAY&to=DAY] (a node's neighbourhood), evidence?id=IRI or
evidence?source=IRI&target=IRI&relation=R (each fact with its sentence
and release) and release?id=IRI (what natokg explain prints), a page of
?limit= rows (50; at most 500) after ?offset= at a time.

It listens on loopback unless told otherwise and is read-only unless
--writable is given. Each query is bounded in time (--timeout), in
results (--limit) and in memory (--query-memory: past it, running queries
are stopped with an error); each client runs at most --client-queries
queries at once, and the server holds at most --max-conns connections.
Requests must name the server by an IP address, "localhost" or a name
given with --allow-host (so that a web page cannot reach it by DNS
rebinding), and other web sites cannot query it or write to it.
The store is served by a second natokg process, which is started again
if a query ever makes it fail. With a token every request needs it:
give it in a file (--auth-token-file PATH) or in the environment
(NATOKG_AUTH_TOKEN), not with --auth-token, as every user of the machine
can read a command line (ps). Stop it with Ctrl-C.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			token, err := authToken(o.token, tokenFile)
			if err != nil {
				return err
			}
			o.token = token
			if o.worker {
				return serveWorker(cmd.Context(), e, o)
			}
			return superviseServe(cmd.Context(), e, o)
		},
	}
	dbFlag(cmd, &o.db)
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:64210", "the address to listen on")
	f.BoolVar(&o.writable, "writable", false, "allow writes through the API")
	f.DurationVar(&o.timeout, "timeout", 30*time.Second, "stop a query that runs longer")
	f.IntVar(&o.limit, "limit", 100, "the most results a query returns")
	f.Int64Var(&o.maxBody, "max-body", 1<<20, "the largest request body, in bytes")
	f.Uint64Var(&o.queryMemory, "query-memory", 1024, "stop the running queries when the server's heap passes this many megabytes")
	f.IntVar(&o.clientQueries, "client-queries", 4, "the most queries one client address runs at once")
	f.IntVar(&o.maxConns, "max-conns", 256, "the most connections held at once")
	f.StringSliceVar(&o.allowHosts, "allow-host", nil, "a host name requests may use besides IP addresses and localhost (repeatable; \"*\" allows any)")
	f.StringVar(&o.token, "auth-token", "", "require this bearer token of every request; a browser opens /?token=TOKEN once. Beware: a command line shows in ps to every user of the machine: prefer --auth-token-file or the environment variable NATOKG_AUTH_TOKEN")
	f.StringVar(&tokenFile, "auth-token-file", "", "read the bearer token from this file (its first line; keep the file private), which no other user sees, unlike --auth-token")
	f.BoolVar(&o.worker, "worker", false, "serve on the socket passed by a supervising natokg serve")
	f.BoolVar(&o.quiet, "quiet", false, "do not print the address served")
	_ = f.MarkHidden("worker")
	_ = f.MarkHidden("quiet")
	return cmd
}

// authToken returns the token the server requires: --auth-token's, else
// the first line of --auth-token-file's file, else $NATOKG_AUTH_TOKEN,
// else "" (none). Both flags at once, an unreadable file or one that
// holds no token is an error.
func authToken(flag, file string) (string, error) {
	switch {
	case flag != "" && file != "":
		return "", fmt.Errorf("serve: --auth-token and --auth-token-file: give one")
	case flag != "":
		return flag, nil
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("serve: --auth-token-file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		if t := strings.TrimSpace(line); t != "" {
			return t, nil
		}
		return "", fmt.Errorf("serve: --auth-token-file: %s holds no token on its first line", file)
	}
	return os.Getenv("NATOKG_AUTH_TOKEN"), nil
}

// serveOptions are natokg serve's flags.
type serveOptions struct {
	db, addr, token         string
	writable, worker, quiet bool
	timeout                 time.Duration
	limit, clientQueries    int
	maxConns                int
	maxBody                 int64
	queryMemory             uint64
	allowHosts              []string
}

// superviseServe listens on o.addr and runs the server in a second
// natokg process, started again whenever it dies.
func superviseServe(ctx context.Context, e *env, o serveOptions) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer ln.Close()
	args := append([]string{"serve"}, serveArgs(o)...)
	sup := &supervise.Supervisor{
		Listener: ln.(*net.TCPListener),
		Log:      e.stderr,
		Command: func(start int) *exec.Cmd {
			a := append(slices.Clone(args), "--worker")
			if start > 0 {
				a = append(a, "--quiet")
			}
			c := exec.Command(exe, a...)
			c.Stdout, c.Stderr = e.stdout, e.stderr
			// The token goes by the environment, not the command line; a
			// fatal error says what it was without every goroutine's stack.
			c.Env = append(os.Environ(), "NATOKG_AUTH_TOKEN="+o.token)
			if os.Getenv("GOTRACEBACK") == "" {
				c.Env = append(c.Env, "GOTRACEBACK=none")
			}
			return c
		},
	}
	err = sup.Run(ctx)
	if errors.Is(err, supervise.ErrNotReady) {
		// The worker has said why; its exit status says what kind.
		code := 1
		var xe *exec.ExitError
		if errors.As(err, &xe) && xe.ExitCode() > 0 {
			code = xe.ExitCode()
		}
		return &exitError{code: code}
	}
	return err
}

// serveArgs gives the worker the flags it needs (not the token).
func serveArgs(o serveOptions) []string {
	a := []string{"--db", o.db, "--addr", o.addr, "--timeout", o.timeout.String(),
		"--limit", strconv.Itoa(o.limit), "--max-body", strconv.FormatInt(o.maxBody, 10),
		"--query-memory", strconv.FormatUint(o.queryMemory, 10),
		"--client-queries", strconv.Itoa(o.clientQueries), "--max-conns", strconv.Itoa(o.maxConns)}
	if o.writable {
		a = append(a, "--writable")
	}
	for _, h := range o.allowHosts {
		a = append(a, "--allow-host", h)
	}
	return a
}

// serveWorker serves the store on the socket its supervisor passed.
func serveWorker(ctx context.Context, e *env, o serveOptions) error {
	ln, ready, err := supervise.Worker()
	if err != nil {
		return err
	}
	ctx = supervise.Lifeline(ctx)
	open := func() (*graph.Store, error) { return readStore(ctx, e, o.db) }
	if o.writable {
		open = func() (*graph.Store, error) { return writeStore(ctx, e, o.db, 0) }
	}
	store, err := open()
	if err != nil {
		return err
	}
	defer store.Close()
	// This process, not the supervisor, is the one to kill when memory
	// runs out.
	_ = os.WriteFile("/proc/self/oom_score_adj", []byte("1000"), 0)
	dog := membudget.New(o.queryMemory<<20, 0)
	go dog.Run(ctx)
	run := func(ctx context.Context, text string) ([]any, error) {
		return store.Query(ctx, "gizmo", text, 0)
	}
	lib := queries.Handler("/api/queries", run, queries.HandlerOptions{Timeout: o.timeout, Limit: o.limit})
	exp := explore.Handler("/api/explore", store, explore.Options{Timeout: o.timeout})
	h, err := store.Handler(graph.ServerOptions{ReadOnly: !o.writable, Timeout: o.timeout, Limit: o.limit, MaxBodyBytes: o.maxBody, AuthToken: o.token,
		Mount:      map[string]http.Handler{"/api/queries": lib, "/api/queries/": lib, "/api/explore": exp, "/api/explore/": exp},
		PlainJSON:  queries.IsScript,
		AllowHosts: o.allowHosts, ClientQueries: o.clientQueries, WrapQueries: dog.Handler})
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		// A query may take --timeout; its answer then has time to go.
		WriteTimeout:   o.timeout + time.Minute,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
	}
	if !o.quiet {
		fmt.Fprintf(e.stdout, "natokg: serving %s on http://%s/ (Ctrl-C stops)\n", store.Addr(), ln.Addr())
	}
	ready()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(netutil.LimitListener(ln, o.maxConns)) }()
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
}
