package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/explain"
	"github.com/natokg/natokg/graph"
)

func newExplainCmd(e *env) *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "explain [--db PATH] RELEASE...",
		Short: "Print what a release says in the graph, each fact under its sentence",
		Long: `explain prints the facts the graph holds from a release (people, posts,
organisations, places, events, quotations), each under the sentence it
was read from. RELEASE is a release's IRI, the end of it, or words of its
title; with no RELEASE, explain lists the stored releases.`,
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
			if len(args) == 0 {
				for _, r := range rels {
					fmt.Fprintf(e.stdout, "%-10s  %s\n            %s\n", r.Date, r.Title, r.IRI)
				}
				return nil
			}
			for i, a := range args {
				r, err := findRelease(rels, a)
				if err != nil {
					return err
				}
				quads, err := store.ReleaseQuads(ctx, r.IRI)
				if err != nil {
					return err
				}
				if i > 0 {
					fmt.Fprintln(e.stdout)
				}
				if err := explain.Write(e.stdout, r.IRI, quads); err != nil {
					return err
				}
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	return cmd
}

// findRelease picks the release that arg names: its IRI, the end of its
// IRI, or words of its title. More than one match is an error that lists them.
func findRelease(rels []graph.ReleaseInfo, arg string) (graph.ReleaseInfo, error) {
	want := strings.ToLower(strings.Trim(arg, "<>"))
	var found []graph.ReleaseInfo
	for _, r := range rels {
		iri := strings.ToLower(string(r.IRI))
		if iri == want {
			return r, nil
		}
		if strings.HasSuffix(iri, "/"+want) || strings.Contains(strings.ToLower(r.Title), want) {
			found = append(found, r)
		}
	}
	switch len(found) {
	case 0:
		return graph.ReleaseInfo{}, fmt.Errorf("explain: no release matches %q (run natokg explain with no argument to list them)", arg)
	case 1:
		return found[0], nil
	}
	var b strings.Builder
	for _, r := range found {
		fmt.Fprintf(&b, "\n  %s  %s", r.Date, r.Title)
	}
	return graph.ReleaseInfo{}, fmt.Errorf("explain: %d releases match %q:%s", len(found), arg, b.String())
}
