package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

func newDrawCmd(e *env) *cobra.Command {
	var db, out, format string
	var depth int
	cmd := &cobra.Command{
		Use:   "draw [--db PATH] PERSON -o FILE.svg",
		Short: "Draw a person's network of people, posts and events as SVG",
		Long: `draw draws the network around a person: the events they attended, the
people they met there, the organisations and countries of their posts,
the places of the events (--depth edges away, default 2). PERSON is a
name in any form ("Rutte", "mark rutte"). It writes SVG rendered by
Graphviz's dot (apt-get install graphviz), or the DOT text with
--format dot.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := readStore(ctx, e, db)
			if err != nil {
				return err
			}
			defer store.Close()
			net, err := network(ctx, store)
			if err != nil {
				return err
			}
			ids := net.Find("person", args[0])
			if len(ids) == 0 {
				return fmt.Errorf("draw: no person called %q in the graph", args[0])
			}
			if len(ids) > 1 && !strings.EqualFold(net.Nodes[ids[0]].Name, args[0]) {
				var names []string
				for _, id := range ids {
					names = append(names, net.Nodes[id].Name)
				}
				return fmt.Errorf("draw: %q names %d people: %s", args[0], len(ids), strings.Join(names, "; "))
			}
			around := net.Around(ids[0], depth)
			var b []byte
			switch format {
			case "svg":
				if b, err = around.SVG(ctx); err != nil {
					return err
				}
			case "dot":
				var sb strings.Builder
				if err := around.WriteDOT(&sb); err != nil {
					return err
				}
				b = []byte(sb.String())
			default:
				return fmt.Errorf("draw: unknown format %q (want svg or dot)", format)
			}
			if out == "" || out == "-" {
				_, err := e.stdout.Write(b)
				return err
			}
			if err := os.WriteFile(out, b, 0o644); err != nil {
				return fmt.Errorf("draw: %w", err)
			}
			fmt.Fprintf(e.stdout, "drew %s: %d nodes, %d edges, in %s\n", net.Nodes[ids[0]].Name, len(around.Nodes), len(around.Edges), out)
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVarP(&out, "output", "o", "", "the file to write (default: standard output)")
	cmd.Flags().StringVar(&format, "format", "svg", "svg or dot")
	cmd.Flags().IntVar(&depth, "depth", 2, "how many edges away from the person to draw")
	return cmd
}
