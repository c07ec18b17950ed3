package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
)

func newRemoveCmd(e *env) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "remove [--db PATH] RELEASE...",
		Short: "Remove releases and what only they said",
		Long: `remove deletes every quad labelled with each RELEASE (its IRI, the end of
it, or words of its title, as for explain): all the release said. Facts
that other releases state stay; an entity no release mentions any more
has no quads left.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := graph.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			rels, err := store.Releases(ctx)
			if err != nil {
				return err
			}
			for _, a := range args {
				r, err := findRelease(rels, a)
				if err != nil {
					return err
				}
				n, err := store.RemoveRelease(ctx, r.IRI)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "removed %s (%d quads)\n", r.Title, n)
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	return cmd
}

func newCheckCmd(e *env) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "check [--db PATH]",
		Short: "Verify the store: labels, whole releases, typed and named entities",
		Long: `check verifies that every quad's label is a stored release, that every
release is whole (it holds as many quads as it says it has), that every
person, organisation, place and event has a type and a name, and that
the ledger of stored releases (on Bolt and PostgreSQL) and the quads
agree: a release the ledger records and the store lacks is reported as
lost (load it again to restore it). It prints what is wrong and exits 1 if anything
is.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := graph.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			problems, err := store.Check(ctx)
			if err != nil {
				return err
			}
			st, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			for _, p := range problems {
				fmt.Fprintf(e.stdout, "%s\n", p)
			}
			if len(problems) > 0 {
				fmt.Fprintf(e.stdout, "%d problems in %d releases, %d quads\n", len(problems), st.Releases, st.Quads)
				return &exitError{code: 1}
			}
			fmt.Fprintf(e.stdout, "ok: %d releases, %d quads, all whole\n", st.Releases, st.Quads)
			return nil
		},
	}
	dbFlag(cmd, &db)
	return cmd
}
