// Command devdump writes the quads of release files as N-Quads without a
// store: a quick look at what the extractor makes of them.
//
//	go run ./internal/devdump FILE|DIR ... > out.nq
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/cayleygraph/quad/nquads"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "devdump:", err)
		os.Exit(1)
	}
}

func run(paths []string) error {
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		return err
	}
	l := loader.New(x)
	srcs, errs := loader.FileSources(paths)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	w := nquads.NewWriter(os.Stdout)
	defer w.Close()
	for _, s := range srcs {
		err := l.Each(context.Background(), s, func(r loader.Result) error {
			_, err := w.WriteQuads(r.Quads)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}
