package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/graph"
)

func newRemoveCmd(e *env) *cobra.Command {
	var db string
	var yes bool
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "remove [--db PATH] [--yes] RELEASE...",
		Short: "Remove releases and what only they said",
		Long: `remove deletes all each RELEASE said: the quads labelled with it, and
the bundles of its facts that no other release states. Facts that other
releases state stay; an entity no release mentions any more has no
quads left.

RELEASE names one release: its IRI (or the end of it), its exact title,
or the name of the file it was read from. When it names several (a file
that holds several releases), or only part of a title or IRI, remove
lists them and removes nothing unless --yes is given. It prints what it
removed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := writeStore(ctx, e, db, wait)
			if err != nil {
				return err
			}
			defer store.Close()
			rels, err := store.Releases(ctx)
			if err != nil {
				return err
			}
			// Every argument is resolved before anything is removed.
			var todo []graph.ReleaseInfo
			seen := map[quad.IRI]bool{}
			var unsure []string
			for _, a := range args {
				exact, partial := matchReleases(rels, a)
				found := append(exact, partial...)
				switch {
				case len(found) == 0:
					return fmt.Errorf("remove: no release matches %q (natokg explain with no argument lists them); nothing removed", a)
				case len(exact) > 1:
					unsure = append(unsure, fmt.Sprintf("%q names %d releases:%s", a, len(exact), listReleases(exact)))
				case len(partial) > 0:
					unsure = append(unsure, fmt.Sprintf("%q matches %s only in part of %s:%s", a,
						plural(len(partial), "release", "releases"), map[bool]string{true: "its title or IRI", false: "their titles or IRIs"}[len(partial) == 1], listReleases(partial)))
				}
				for _, r := range found {
					if !seen[r.IRI] {
						seen[r.IRI] = true
						todo = append(todo, r)
					}
				}
			}
			if len(unsure) > 0 && !yes {
				return fmt.Errorf("remove: %s\nnothing removed: name a release by its IRI, exact title or file name, or add --yes to remove %s",
					strings.Join(unsure, "\n"), map[bool]string{true: "it", false: "all of them"}[len(todo) == 1])
			}
			for _, r := range todo {
				n, err := store.RemoveRelease(ctx, r.IRI)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "removed %s (%s, %s)\n", strings.TrimSpace(r.Date+" "+r.Title), r.IRI, plural(n, "quad", "quads"))
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	waitFlag(cmd, &wait)
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "remove every release an argument matches, even several or in part")
	return cmd
}

func newCheckCmd(e *env) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "check [--db PATH]",
		Short: "Verify the store: labels, whole releases, typed and named entities",
		Long: `check verifies that every quad's label is a stored release or a bundle
of facts releases share, that every release is whole (it holds, with the
bundles it states, as many quads as it says it has), that every bundle
is stated by a release and named by the digest of its facts, that every
person, organisation, place and event has a type and a name, and that
the ledger of stored releases (on Bolt and PostgreSQL) and the quads
agree: a release the ledger records and the store lacks is reported as
lost (load it again to restore it). It prints what is wrong and exits 1 if anything
is.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := readStore(ctx, e, db)
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
