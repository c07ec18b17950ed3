package main

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader/extract"
)

// env is what the commands read and write: no package globals.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// defaultDB is where the graph is stored when --db is not given.
const defaultDB = "natokg.db"

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "natokg",
		Short: "Build a knowledge graph from NATO news releases and ask it who met whom",
		Long: `natokg reads NATO news releases (a title line, a "Source:" line, body
paragraphs) and builds a knowledge graph of people, their posts,
organisations, events and places in a Cayley store. Query it with Gizmo,
export it as N-Quads or JSON-LD, or explore it in Cayley's web UI.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newLoadCmd(e), newFetchCmd(e), newExportCmd(e), newQueryCmd(e), newServeCmd(e), newExplainCmd(e), newRemoveCmd(e), newCheckCmd(e), newUpgradeCmd(e), newCompactCmd(e), newDrawCmd(e))
	return root
}

// dbFlag adds the --db flag to cmd.
func dbFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "db", defaultDB, "the store: a Bolt directory, \"memory\", or postgres://user:pass@host/db")
}

// newExtractor reads the bundled gazetteers and word lists.
func newExtractor() (*extract.Extractor, error) {
	return extract.Load(data.Gazetteer)
}
