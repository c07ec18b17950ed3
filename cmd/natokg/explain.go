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
was read from. RELEASE is a release's IRI, the end of it, its title, the
name of the file it was read from, or words of its title; with no
RELEASE, explain lists the stored releases.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := readStore(ctx, e, db)
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
				r, err := findRelease("explain", rels, a)
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

// matchReleases returns the releases arg names exactly (its IRI or the
// end of it, its whole title in any case, the name of the file it was
// read from: kg:sourceFile) and, when none does, those it names in part
// (words of the title, part of the IRI).
func matchReleases(rels []graph.ReleaseInfo, arg string) (exact, partial []graph.ReleaseInfo) {
	want := strings.ToLower(strings.TrimSpace(strings.Trim(arg, "<>")))
	if want == "" {
		return nil, nil
	}
	for _, r := range rels {
		iri := strings.ToLower(string(r.IRI))
		switch {
		case iri == want || strings.HasSuffix(iri, "/"+want) || strings.EqualFold(strings.TrimSpace(r.Title), want) || r.File != "" && strings.EqualFold(r.File, want):
			exact = append(exact, r)
		case strings.Contains(strings.ToLower(r.Title), want) || strings.Contains(iri, want):
			partial = append(partial, r)
		}
	}
	if len(exact) > 0 {
		return exact, nil
	}
	return nil, partial
}

// findRelease picks the one release that arg names, for command cmd
// (whose name its errors start with): exactly, else in part. None, or
// more than one, is an error that lists them.
func findRelease(cmd string, rels []graph.ReleaseInfo, arg string) (graph.ReleaseInfo, error) {
	exact, partial := matchReleases(rels, arg)
	found := append(exact, partial...)
	switch len(found) {
	case 0:
		return graph.ReleaseInfo{}, fmt.Errorf("%s: no release matches %q (natokg explain with no argument lists them)", cmd, arg)
	case 1:
		return found[0], nil
	}
	return graph.ReleaseInfo{}, fmt.Errorf("%s: %d releases match %q:%s", cmd, len(found), arg, listReleases(found))
}

// listReleases is releases one a line, with date, title, file and IRI.
func listReleases(rels []graph.ReleaseInfo) string {
	var b strings.Builder
	for _, r := range rels {
		date := r.Date
		if date == "" {
			date = "(no date)"
		}
		fmt.Fprintf(&b, "\n  %-10s  %s", date, r.Title)
		if r.File != "" {
			fmt.Fprintf(&b, "  [file %s]", r.File)
		}
		fmt.Fprintf(&b, "\n              %s", r.IRI)
	}
	return b.String()
}
