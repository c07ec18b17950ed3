package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
)

func newUpgradeCmd(e *env) *cobra.Command {
	var db string
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "upgrade [--db PATH]",
		Short: "Bring a store of an earlier natokg up to date: each fact stored once, figures kept",
		Long: `upgrade rewrites a store written by an earlier natokg, where each release
kept its own copy of what it says of its entities (their types, names,
places, posts), so that each such fact is stored once, in bundles the
releases point to (docs/store-once.md). What each release says, every
answer and every export stay the same; the store gets smaller. It then
builds the figures a store keeps of who attended events with whom, which
the most-connected query reads, when the store keeps none.

It rewrites a few releases per transaction and prints each; run it again
to finish an upgrade cut short. A store in the current layout is left
as it is. A Bolt store is compacted at the end (natokg compact).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := openWritable(ctx, db, wait)
			if err != nil {
				return err
			}
			defer store.Close()
			before, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			n, err := store.Upgrade(ctx, func(r quad.IRI) {
				fmt.Fprintf(e.stdout, "upgraded %s\n", r)
			})
			if err != nil {
				return err
			}
			after, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			if n > 0 || after.Quads != before.Quads {
				// Every release rewritten, and the figures built, leave
				// pages half full.
				if _, err := store.Compact(ctx); err != nil && !errors.Is(err, graph.ErrNotCompactable) {
					return err
				}
			}
			fmt.Fprintf(e.stdout, "%s upgraded; the store holds %d quads (%d before)\n", plural(n, "release", "releases"), after.Quads, before.Quads)
			return nil
		},
	}
	dbFlag(cmd, &db)
	waitFlag(cmd, &wait)
	return cmd
}
