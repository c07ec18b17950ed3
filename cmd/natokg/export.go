package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/draw"
	"github.com/natokg/natokg/graph"
)

func newExportCmd(e *env) *cobra.Command {
	var db, out, format string
	cmd := &cobra.Command{
		Use:   "export [--db PATH] [-o FILE] [--format nquads|jsonld|graphml|dot]",
		Short: "Write the whole graph as N-Quads, JSON-LD, GraphML or Graphviz DOT",
		Long: `export writes every quad of the store, with full IRIs, to standard output
or to FILE. Each quad's fourth element is the IRI of the release that
states it. N-Quads lines are sorted, so equal graphs give equal files.

--format graphml (Gephi, yEd, Cytoscape) and --format dot (Graphviz)
write the network of entities instead: people, organisations, places and
events as nodes, and who attended, organised, held a post, lay in or was
part of what as edges.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var write func(io.Writer) error
			store, err := readStore(ctx, e, db)
			if err != nil {
				return err
			}
			defer store.Close()
			switch strings.ToLower(format) {
			case "graphml", "dot", "graphviz":
				net, err := network(ctx, store)
				if err != nil {
					return err
				}
				write = net.WriteDOT
				if strings.ToLower(format) == "graphml" {
					write = net.WriteGraphML
				}
			default:
				f, err := graph.ParseFormat(format)
				if err != nil {
					return fmt.Errorf("%w (or graphml, dot)", err)
				}
				write = func(w io.Writer) error { return store.Export(ctx, w, f) }
			}
			if out == "" || out == "-" {
				w := bufio.NewWriter(e.stdout)
				if err := write(w); err != nil {
					return err
				}
				return w.Flush()
			}
			// Write beside the target, then rename: never half a file.
			tmp, err := os.CreateTemp(dirOf(out), ".natokg-export-*")
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			defer os.Remove(tmp.Name())
			w := bufio.NewWriter(tmp)
			if err := write(w); err != nil {
				tmp.Close()
				return err
			}
			if err := w.Flush(); err != nil {
				tmp.Close()
				return fmt.Errorf("export: %w", err)
			}
			if err := tmp.Close(); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if err := os.Rename(tmp.Name(), out); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().StringVar(&format, "format", "nquads", "nquads, jsonld, graphml or dot")
	return cmd
}

func dirOf(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if os.IsPathSeparator(p[i]) {
			return p[:i+1]
		}
	}
	return "."
}

// network reads the store's network of entities.
func network(ctx context.Context, store *graph.Store) (*draw.Net, error) {
	b := draw.NewBuilder()
	if err := store.Each(ctx, b.Add); err != nil {
		return nil, err
	}
	return b.Net(), nil
}
