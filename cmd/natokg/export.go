package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
)

func newExportCmd(e *env) *cobra.Command {
	var db, out, format string
	cmd := &cobra.Command{
		Use:   "export [--db PATH] [-o FILE] [--format nquads|jsonld]",
		Short: "Write the whole graph as N-Quads (or JSON-LD)",
		Long: `export writes every quad of the store, with full IRIs, to standard output
or to FILE. Each quad's fourth element is the IRI of the release that
states it. N-Quads lines are sorted, so equal graphs give equal files.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			f, err := graph.ParseFormat(format)
			if err != nil {
				return err
			}
			store, err := graph.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			if out == "" || out == "-" {
				w := bufio.NewWriter(e.stdout)
				if err := store.Export(ctx, w, f); err != nil {
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
			if err := store.Export(ctx, w, f); err != nil {
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
	cmd.Flags().StringVar(&format, "format", "nquads", "nquads or jsonld")
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
