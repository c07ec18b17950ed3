package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
)

func newCompactCmd(e *env) *cobra.Command {
	var db string
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "compact [--db PATH]",
		Short: "Rewrite a Bolt store's file with its pages full, smaller after many writes",
		Long: `compact copies every key and value of a Bolt store's file, in order, into
a new file whose pages are full, then puts it in the old one's place.
Writes split pages and free pages that Bolt reuses only where they fit,
so a file written by many loads holds more than what it stores (a store
written by earlier versions, which split pages at half their size, about
twice). What the store holds and every answer stay the same.

A load that at least doubles a store compacts it when it ends where that
would make its file much smaller (natokg load --compact=false does not).
The copy needs free disk space of about half
the file's size; until it is complete the store is left as it was, and a
stop or a crash leaves it so. It takes about a minute for 5 GB. Only Bolt
stores are compacted: PostgreSQL reclaims its own space (VACUUM).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := openWritable(cmd.Context(), db, wait)
			if err != nil {
				return err
			}
			defer store.Close()
			c, err := store.Compact(cmd.Context())
			if err != nil {
				return err
			}
			printCompaction(e.stdout, c)
			return nil
		},
	}
	dbFlag(cmd, &db)
	waitFlag(cmd, &wait)
	return cmd
}

// printCompaction says what a compaction did to the store's file.
func printCompaction(w io.Writer, c graph.Compaction) {
	fmt.Fprintf(w, "compacted: %s -> %s\n", megabytes(c.Before), megabytes(c.After))
}

// megabytes writes n bytes in megabytes, with one decimal under ten.
func megabytes(n int64) string {
	mb := float64(n) / (1 << 20)
	if mb < 10 {
		return fmt.Sprintf("%.1f MB", mb)
	}
	return fmt.Sprintf("%.0f MB", mb)
}
