// Command gencorpus writes a corpus of generated NATO-style releases for
// benchmarks (package internal/corpus), to one file or to many:
//
//	go run ./internal/corpus/cmd/gencorpus -n 1000 -seed 1 -o corpus.txt
//	go run ./internal/corpus/cmd/gencorpus -n 100000 -seed 1 -dir corpus -per-file 1000
//
// The same -n and -seed always give the same releases; with -dir, the files
// are DIR/corpus-00001.txt, ... and hold releases in order.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/natokg/natokg/internal/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	n := fs.Int("n", 1000, "how many releases to write")
	seed := fs.Int64("seed", 1, "the seed: equal seeds give equal corpora")
	out := fs.String("o", "-", "the file to write (- for standard output)")
	dir := fs.String("dir", "", "write many files into this directory instead of -o")
	perFile := fs.Int("per-file", 1000, "releases per file, with -dir")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *n < 0 || *perFile <= 0 {
		return errors.New("-n must be >= 0 and -per-file > 0")
	}
	if *dir == "" {
		if *out == "-" {
			return corpus.Write(stdout, corpus.Options{Seed: *seed, Releases: *n})
		}
		return writeFile(*out, *seed, 0, *n)
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	for start, k := 0, 1; start < *n; start, k = start+*perFile, k+1 {
		end := min(start+*perFile, *n)
		if err := writeFile(filepath.Join(*dir, fmt.Sprintf("corpus-%05d.txt", k)), *seed, start, end); err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes releases [start, end) of the corpus of seed to path.
func writeFile(path string, seed int64, start, end int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = corpus.WriteRange(f, seed, start, end)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
