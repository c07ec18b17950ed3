package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/queries"
)

func newQueryCmd(e *env) *cobra.Command {
	o := &queryOptions{e: e}
	cmd := &cobra.Command{
		Use:   "query [--db PATH] NAME [k=v ...] [--param k=v ...] | 'QUERY' | @FILE.js",
		Short: "Run a library query, or any Gizmo query (or GraphQL, MQL), on the graph",
		Long: `query runs a query on the graph and prints its results: a table on a
terminal, JSON lines otherwise (--format table|json|csv). The query is a
library query's NAME with its parameters, as --param k=v or as k=v
after the name (natokg query --list shows the library), a query's text, or the contents of FILE when the argument
is @FILE.

  natokg query people-met --param person=Rutte
  natokg query people-met person=Rutte
  natokg query post-holders --param role="Secretary General" --param on=2025-05-30

  natokg query 'g.V().Has("<http://schema.org/name>", "Mark Rutte").Out("<http://www.w3.org/ns/org#holds>").Out("<http://www.w3.org/ns/org#role>").Out("<http://www.w3.org/2004/02/skos/core#prefLabel>").All()'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if o.list {
				return cobra.NoArgs(cmd, args)
			}
			// A library query takes its parameters as name=value after
			// its name too: natokg query people-met person=Rutte.
			return cobra.MinimumNArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.list {
				return listQueries(e.stdout)
			}
			return o.run(cmd.Context(), args)
		},
	}
	dbFlag(cmd, &o.db)
	cmd.Flags().StringVar(&o.lang, "lang", "gizmo", "query language: gizmo, graphql or mql")
	cmd.Flags().StringVar(&o.format, "format", "", "table, json or csv (default: table on a terminal, json otherwise)")
	cmd.Flags().IntVar(&o.limit, "limit", 1000, "the most rows to print (0: all); a library query says when more exist")
	cmd.Flags().IntVar(&o.offset, "offset", 0, "a library query's rows to skip: --offset 1000 prints the rows after the first 1000")
	cmd.Flags().DurationVar(&o.timeout, "timeout", 30*time.Second, "stop a query that runs longer")
	cmd.Flags().StringArrayVarP(&o.params, "param", "p", nil, "a library query's parameter, as name=value (repeatable)")
	cmd.Flags().BoolVar(&o.list, "list", false, "list the library's queries with their parameters")
	return cmd
}

// queryOptions are natokg query's flags.
type queryOptions struct {
	e                *env
	db, lang, format string
	limit, offset    int
	timeout          time.Duration
	params           []string
	list             bool
}

// run runs the query args name (a library query and its parameters, a
// query's text, or @FILE) and prints its results.
func (o *queryOptions) run(ctx context.Context, args []string) error {
	text, lib, pm, err := o.resolve(args)
	if err != nil {
		return err
	}
	if o.format == "" {
		o.format = "json"
		if isTerminal(o.e.stdout) {
			o.format = "table"
		}
	}
	store, err := readStore(ctx, o.e, o.db)
	if err != nil {
		return err
	}
	defer store.Close()
	if o.timeout > 0 {
		var cancel func()
		ctx, cancel = context.WithTimeout(ctx, o.timeout)
		defer cancel()
	}
	if lib == nil {
		return o.runText(ctx, store, text)
	}
	run := func(ctx context.Context, text string) ([]any, error) {
		return store.Query(ctx, "gizmo", text, 0)
	}
	ans, err := queries.Run(ctx, run, *lib, pm, queries.Page{Offset: o.offset, Limit: o.limit})
	if err != nil {
		return err
	}
	if err := printResults(o.e.stdout, o.format, ans.Rows); err != nil {
		return err
	}
	if note := pageNote(ans, o.limit); note != "" {
		fmt.Fprintln(o.e.stderr, "natokg: "+note)
	}
	return nil
}

// resolve reads what args name: a library query with its parameters,
// checked before the store is opened so that a mistake in a parameter is
// said at once; else a query's text, read from FILE for @FILE.
func (o *queryOptions) resolve(args []string) (string, *queries.Query, map[string]string, error) {
	text := args[0]
	q, err := queries.Get(text)
	switch {
	case err == nil:
		pm, err := parseParams(o.params)
		if err != nil {
			return "", nil, nil, err
		}
		if err := positionalParams(q, args[1:], pm); err != nil {
			return "", nil, nil, err
		}
		if err := q.Check(pm); err != nil {
			return "", nil, nil, err
		}
		return text, &q, pm, nil
	case len(o.params) > 0:
		return "", nil, nil, err
	case len(args) > 1:
		return "", nil, nil, fmt.Errorf("query: %q is no library query (natokg query --list shows them), and a query's text is one argument: quote it", text)
	case strings.HasPrefix(text, "@"):
		b, err := os.ReadFile(text[1:])
		if err != nil {
			return "", nil, nil, fmt.Errorf("query: %w", err)
		}
		text = string(b)
	}
	return text, nil, nil, nil
}

// runText runs a query's own text, which pages itself: --limit stops its
// results, and says so when they reach it.
func (o *queryOptions) runText(ctx context.Context, store *graph.Store, text string) error {
	if o.offset != 0 {
		return fmt.Errorf("query: --offset pages a library query's answer; a query's own text pages itself (.Skip(n) in Gizmo)")
	}
	res, err := store.Query(ctx, o.lang, text, o.limit)
	if err != nil {
		return err
	}
	if err := printResults(o.e.stdout, o.format, res); err != nil {
		return err
	}
	if o.limit > 0 && len(res) >= o.limit {
		fmt.Fprintf(o.e.stderr, "natokg: the results stop at --limit %d; more may exist (--limit 0 prints all)\n", o.limit)
	}
	return nil
}

// pageNote says where a page of a library query's answer stands in the
// whole when that is not all of it: which rows it shows, of how many (or
// of at least how many, where the query did not count them all),
// and how to see the next; that an answer has no rows at all, which
// would otherwise print nothing; "" for a whole answer.
func pageNote(a queries.Answer, limit int) string {
	switch {
	case a.Total == 0:
		return "no rows: nothing in the store answers this query with these parameters"
	case a.More && a.AtLeast:
		return fmt.Sprintf("rows %d-%d of at least %d (the rest not counted); --offset %d shows the next", a.Offset+1, a.Offset+len(a.Rows), a.Total, a.Offset+len(a.Rows))
	case a.More:
		return fmt.Sprintf("rows %d-%d of %d; --offset %d shows the next %d", a.Offset+1, a.Offset+len(a.Rows), a.Total, a.Offset+len(a.Rows), min(limit, a.Total-a.Offset-len(a.Rows)))
	case len(a.Rows) == 0 && a.Offset > 0:
		return fmt.Sprintf("no rows past --offset %d: the answer has %s", a.Offset, plural(a.Total, "row", "rows"))
	case a.Offset > 0:
		return fmt.Sprintf("rows %d-%d of %d", a.Offset+1, a.Offset+len(a.Rows), a.Total)
	}
	return ""
}

// plural is "1 result", "2 results".
func plural[N int | int64](n N, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// positionalParams adds the name=value arguments given after a library
// query's name to its parameters (--param gives them too).
func positionalParams(q queries.Query, args []string, pm map[string]string) error {
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		if !ok || k == "" || strings.HasPrefix(k, "-") {
			name := "NAME"
			if len(q.Params) > 0 {
				name = q.Params[0].Name
			}
			return fmt.Errorf("query %s: %q is not a parameter: write %s=%s (or --param %s=%s)", q.Name, a, name, a, name, a)
		}
		if old, ok := pm[k]; ok && old != v {
			return fmt.Errorf("query %s: %s is given twice (%q and %q)", q.Name, k, old, v)
		}
		pm[k] = v
	}
	return nil
}

// parseParams reads name=value pairs.
func parseParams(kvs []string) (map[string]string, error) {
	m := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("query: --param %q: want name=value", kv)
		}
		m[k] = v
	}
	return m, nil
}

// listQueries prints the library with each query's doc, parameters and example.
func listQueries(w io.Writer) error {
	qs, err := queries.All()
	if err != nil {
		return err
	}
	for _, q := range qs {
		fmt.Fprintf(w, "%s\n", q.Name)
		for _, l := range strings.Split(q.Doc, "\n") {
			fmt.Fprintf(w, "    %s\n", l)
		}
		for _, p := range q.Params {
			req := "optional"
			if p.Required {
				req = "required"
			}
			fmt.Fprintf(w, "    --param %s=...  (%s) %s\n", p.Name, req, p.Doc)
		}
		if q.Example != "" {
			fmt.Fprintf(w, "    example: %s\n", q.Example)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// printResults writes query results as JSON lines, a table or CSV.
func printResults(w io.Writer, format string, res []any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range res {
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("query: %w", err)
			}
		}
		return nil
	case "table", "csv":
		cols, rows := tabulate(res)
		if format == "csv" {
			cw := csv.NewWriter(w)
			_ = cw.Write(cols)
			_ = cw.WriteAll(rows)
			return cw.Error()
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
		for _, r := range rows {
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
		fmt.Fprintf(tw, "(%s)\n", plural(len(res), "result", "results"))
		return tw.Flush()
	}
	return fmt.Errorf("query: unknown format %q (want table, json or csv)", format)
}

// tabulate turns results into columns and rows: the keys of result
// objects, in order ("id" first), or one column "result".
func tabulate(res []any) ([]string, [][]string) {
	keys := map[string]bool{}
	for _, r := range res {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				keys[k] = true
			}
		}
	}
	if len(keys) == 0 {
		rows := make([][]string, len(res))
		for i, r := range res {
			rows[i] = []string{cell(r)}
		}
		return []string{"result"}, rows
	}
	var cols []string
	for k := range keys {
		cols = append(cols, k)
	}
	sort.Slice(cols, func(i, j int) bool {
		if (cols[i] == "id") != (cols[j] == "id") {
			return cols[i] == "id"
		}
		return cols[i] < cols[j]
	})
	rows := make([][]string, len(res))
	for i, r := range res {
		m, _ := r.(map[string]any)
		row := make([]string, len(cols))
		for j, c := range cols {
			if v, ok := m[c]; ok {
				row[j] = cell(v)
			}
		}
		rows[i] = row
	}
	return cols, rows
}

// cell is a value as a table shows it: strings bare, the rest as JSON.
func cell(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
