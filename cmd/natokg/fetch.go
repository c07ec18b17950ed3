package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/natokg/natokg/fetch"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/loader"
)

func newFetchCmd(e *env) *cobra.Command {
	var dir, since, db string
	var opts fetch.Options
	var maxMB int
	var load bool
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "fetch URL... [-o DIR]",
		Short: "Download NATO news pages, feeds and listings, politely, to load them",
		Long: `fetch downloads each URL into DIR: a news page; an RSS or Atom feed and
the pages its items link to; or a news listing and the article pages it
links to, following its next-page links up to --pages pages. --since
DATE (YYYY-MM-DD) leaves out the items older than DATE and stops a
listing at its first older entry.

It is polite: it honours robots.txt, asks one host one thing at a time,
--delay apart (or robots.txt's Crawl-delay when longer), names itself in
its User-Agent (` + fetch.UserAgent + `), and tries
again with a growing wait after a 429, a 5xx or a network error.

Each page is saved unchanged under DIR/HOST/PATH, with a .meta.json
beside it holding its URL, ETag, Last-Modified and when it was fetched;
a later fetch asks only for what changed (If-None-Match,
If-Modified-Since), so pages saved and unchanged are not downloaded
again and a stopped fetch resumes. --load loads the pages saved that
natokg load reads into the store (--db), as natokg load would.

A page that fails is reported on one line, its URL and why (404,
robots.txt disallows it, redirect loop, too large, not HTML, text or a
feed); the others go on, and the exit status is 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Pages < 1 {
				return fmt.Errorf("fetch: --pages must be 1 or more")
			}
			if maxMB < 1 {
				return fmt.Errorf("fetch: --max-size must be 1 MB or more")
			}
			if since != "" {
				t, err := time.Parse("2006-01-02", since)
				if err != nil {
					return fmt.Errorf("fetch: --since %q: not a date YYYY-MM-DD", since)
				}
				opts.Since = t
			}
			opts.Dir = dir
			opts.MaxBytes = int64(maxMB) << 20
			if opts.Retries == 0 {
				opts.Retries = -1 // none
			}
			return runFetch(cmd, e, opts, args, load, db, wait)
		},
	}
	cmd.Flags().StringVarP(&dir, "out", "o", "pages", "the directory the pages are saved in")
	cmd.Flags().IntVar(&opts.Pages, "pages", 1, "how many pages of a listing to read, following its next links")
	cmd.Flags().StringVar(&since, "since", "", "leave out items older than this date (YYYY-MM-DD)")
	cmd.Flags().DurationVar(&opts.Delay, "delay", time.Second, "the least time between two requests to a host")
	cmd.Flags().IntVar(&opts.Retries, "retries", 3, "how many times to try again after a 429, a 5xx or a network error")
	cmd.Flags().IntVar(&maxMB, "max-size", 10, "the largest page, in megabytes")
	cmd.Flags().BoolVar(&load, "load", false, "load the pages saved into the store, as natokg load does")
	dbFlag(cmd, &db)
	waitFlag(cmd, &wait)
	return cmd
}

func runFetch(cmd *cobra.Command, e *env, opts fetch.Options, urls []string, load bool, db string, wait time.Duration) error {
	ctx := cmd.Context()
	f := fetch.New(opts)
	saved, kept, failed := 0, 0, 0
	var paths []string
	for _, u := range urls {
		var got []string
		// Only articles are loaded: a feed or a listing is saved to be
		// fetched again with a conditional request, and its items are the
		// articles fetched beside it.
		n, err := f.Run(ctx, []string{u}, func(ev fetch.Event) {
			switch {
			case ev.Err != nil:
				fmt.Fprintf(e.stderr, "natokg: fetch %v\n", ev.Err)
				return
			case ev.Outcome == fetch.Unchanged:
				kept++
				fmt.Fprintf(e.stdout, "unchanged %s\n", ev.URL)
			default:
				saved++
				fmt.Fprintf(e.stdout, "saved %s -> %s\n", ev.URL, ev.Path)
			}
			if ev.Kind == "page" {
				got = append(got, ev.Path)
			}
		})
		failed += n
		if err != nil {
			return fmt.Errorf("fetch stopped: %w", err)
		}
		paths = append(paths, got...)
		if load {
			// Loaded as it goes: the pages of each URL once fetched.
			if err := loadFetched(cmd, e, opts.Dir, got, db, wait); err != nil {
				var ee *exitError
				if !errors.As(err, &ee) {
					return err
				}
				failed++
			}
		}
	}
	fmt.Fprintf(e.stdout, "fetched %s: %d saved, %d unchanged, %d failed\n", plural(saved+kept, "page", "pages"), saved, kept, failed)
	if failed > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// loadFetched loads the pages of paths that natokg load reads: those a
// load of dir would pick (its own choice of files, whatever it reads).
func loadFetched(cmd *cobra.Command, e *env, dir string, paths []string, db string, wait time.Duration) error {
	srcs, _ := loader.FileSources([]string{dir})
	reads := map[string]bool{}
	for _, s := range srcs {
		reads[filepath.Clean(s.Name)] = true
	}
	var files []string
	for _, p := range paths {
		if reads[filepath.Clean(p)] {
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		if len(paths) > 0 {
			fmt.Fprintf(e.stderr, "natokg: fetch: none of the %d pages saved is a file natokg load reads: nothing loaded\n", len(paths))
		}
		return nil
	}
	defer tuneMemory(loadMemory)() // as natokg load does by default
	return runLoad(cmd, e, loadOptions{db: db, wait: wait, compact: true, batchQuads: graph.BatchQuads}, files)
}
