package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	domain "github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/loader"
)

func newLoadCmd(e *env) *cobra.Command {
	var db string
	var wait time.Duration
	var strict, reread bool
	var batch, batchMemory int
	cmd := &cobra.Command{
		Use:   "load [FILE|DIR ...]",
		Short: "Read releases into the store (the bundled releases when no path is given)",
		Long: `load reads release files: text releases (.txt), saved news pages (.html,
.htm: one release each, its URL as the source) and RSS or Atom feeds (.rss,
.atom, .xml: one release per item), and those files under each directory. It draws
people, posts, organisations, places and events from each release and
writes them to the store in transactions of whole releases (--batch quads
at most, or 64 releases; on Bolt, with --batch-memory, fewer as the store
grows, to keep the memory a transaction holds flat), so a stop or a crash
never leaves part of a release. Releases stored unchanged are skipped, so
loading the same releases again changes nothing and a stopped load
resumes where it stopped. With no path it loads the releases bundled with
natokg.

A release at fault is reported with its file and line and refused; the
later releases of its file and the other files still load (use --strict
to stop at the first fault), and the exit status is 1. A title is at most
1,000 characters, a line 64 KiB, a sentence 8 KiB, a release 16 MiB, a
page 5 MB; a page or a feed not in English is refused. See docs/usage.md.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch <= 0 {
				return fmt.Errorf("load: --batch must be a positive number of quads")
			}
			if batchMemory < 0 {
				return fmt.Errorf("load: --batch-memory must be a number of megabytes, 0 for no bound")
			}
			err := runLoad(cmd, e, db, wait, strict, reread, batch, int64(batchMemory)<<20, args)
			if err != nil && cmd.Context().Err() != nil && !strings.HasPrefix(err.Error(), "load stopped") {
				// Ctrl-C: what is stored is whole releases only.
				return fmt.Errorf("load stopped: %w", cmd.Context().Err())
			}
			return err
		},
	}
	dbFlag(cmd, &db)
	waitFlag(cmd, &wait)
	keepGoing := cmd.Flags().Bool("keep-going", true, "go on past a file at fault (the default; --strict turns it off)")
	cmd.Flags().BoolVar(&strict, "strict", false, "stop at the first file at fault")
	cmd.Flags().BoolVar(&reread, "reread", false, "read again releases stored unchanged (by default they are skipped)")
	cmd.Flags().IntVar(&batch, "batch", graph.BatchQuads, "most quads per transaction: larger batches load faster and hold more memory (see docs/scale.md)")
	cmd.Flags().IntVar(&batchMemory, "batch-memory", 0, "on Bolt, the megabytes of pages a transaction may rewrite (0: no bound): batches shrink to keep to it as the store grows, holding memory down and loading slower (see docs/scale.md)")
	cmd.PreRun = func(*cobra.Command, []string) {
		if !*keepGoing {
			strict = true
		}
	}
	return cmd
}

func runLoad(cmd *cobra.Command, e *env, db string, wait time.Duration, strict, reread bool, batchQuads int, dirtyBytes int64, args []string) error {
	ctx := cmd.Context()
	var srcs []loader.Source
	var walkErrs []error
	if len(args) == 0 {
		var err error
		if srcs, err = loader.FSSources(data.Releases, "releases"); err != nil {
			return err
		}
	} else {
		var errs []error
		srcs, errs = loader.FileSources(args)
		for _, err := range errs {
			fmt.Fprintf(e.stderr, "natokg: %v\n", err)
			// A pipe, socket or device in a directory is skipped, not a
			// fault; so are files that are not releases.
			var nr *loader.NotRegularError
			var sk *loader.SkippedFilesError
			if (!errors.As(err, &nr) || !nr.InDir) && !errors.As(err, &sk) {
				walkErrs = append(walkErrs, err)
			}
		}
		if strict && len(walkErrs) > 0 {
			return &exitError{code: 1}
		}
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	store, err := writeStore(ctx, e, db, wait)
	if err != nil {
		return err
	}
	defer store.Close()
	l := loader.New(x)
	if !reread {
		l.Skip = func(ctx context.Context, r *domain.Release) (bool, error) {
			return store.HasSourceHash(ctx, l.SourceHash(r))
		}
	}

	var total int64
	for _, s := range srcs {
		total += s.Size
	}
	var bar *progressbar.ProgressBar
	if isTerminal(e.stdout) && total > 1<<20 {
		bar = progressbar.NewOptions64(total, progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("loading"), progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
	}
	releases, unchanged, added, removed, failed := 0, 0, 0, 0, len(walkErrs)
	start := time.Now()

	// Releases are extracted on every core while this goroutine writes
	// them in batches: each batch is one transaction of whole releases.
	batcher := store.NewBatcher(batchQuads)
	batcher.DirtyBytes = dirtyBytes
	batcher.Written = func(_ []graph.Release, cs []graph.Change) {
		for _, c := range cs {
			added += c.Added
			removed += c.Removed
		}
		if bar != nil {
			secs := time.Since(start).Seconds()
			bar.Describe(fmt.Sprintf("%d releases, %.0f releases/s, %.0f quads/s", releases, float64(releases)/secs, float64(added)/secs))
		}
	}
	ids := &loader.Identities{Stored: func(ctx context.Context, iri quad.IRI) (string, string, bool, error) {
		r, ok, err := store.Release(ctx, iri)
		return r.Title, r.File, ok, err
	}}
	failedFiles := map[string]bool{}
	var last *loader.Source
	stopErr := errors.New("stop")
	err = l.Run(ctx, srcs, runtime.NumCPU(), func(it loader.Item) error {
		if bar != nil && (last == nil || last.Name != it.Source.Name) {
			if last != nil {
				_ = bar.Add64(last.Size)
			}
			src := it.Source
			last = &src
		}
		switch {
		case it.Err != nil:
			// A file counts once, however many of its releases are refused.
			if !failedFiles[it.Source.Name] {
				failedFiles[it.Source.Name] = true
				failed++
			}
			fmt.Fprintf(e.stderr, "natokg: %v\n", it.Err)
			if strict {
				return stopErr
			}
			return nil
		case it.Skipped:
			releases++
			unchanged++
			return nil
		}
		res, err := ids.Resolve(ctx, it.Result, l.SourceHash(it.Release))
		var collision *loader.CollisionError
		if errors.As(err, &collision) {
			failed++
			fmt.Fprintf(e.stderr, "natokg: %v\n", err)
			if strict {
				return stopErr
			}
			return nil
		} else if err != nil {
			return err
		}
		releases++
		if it.Release.Warning != "" {
			fmt.Fprintf(e.stderr, "natokg: %s: %s (%s)\n", it.Release.File, it.Release.Warning, it.Release.Title)
		}
		for _, w := range loader.MixedScriptNames(it.Facts) {
			fmt.Fprintf(e.stderr, "natokg: %v\n", w)
		}
		// A write's error names the releases it wrote, which are not
		// this one alone when it writes a batch.
		origin := fmt.Sprintf("%s:%d", it.Release.File, it.Release.Line)
		return batcher.Add(ctx, graph.Release{IRI: res.IRI, Quads: res.Quads, Origin: origin})
	})
	// What was read before a stop (Ctrl-C, --strict) is stored whole.
	if ferr := batcher.Flush(context.WithoutCancel(ctx)); ferr != nil && err == nil {
		err = ferr
	}
	if bar != nil {
		if last != nil {
			_ = bar.Add64(last.Size)
		}
		_ = bar.Finish()
	}
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("load stopped: %w", ctx.Err())
	case err != nil && err != stopErr:
		return err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	printSummary(e.stdout, releases, unchanged, added, removed, failed, st)
	if failed > 0 {
		return &exitError{code: 1}
	}
	if releases+unchanged == 0 {
		fmt.Fprintf(e.stderr, "natokg: no release found in %s: natokg reads release files (.txt: a title, a \"Source:\" line, the body), saved news pages (.html, .htm) and RSS or Atom feeds (.rss, .atom, .xml)\n", strings.Join(args, ", "))
		return &exitError{code: 1}
	}
	return nil
}

func printSummary(w io.Writer, releases, unchanged, added, removed, failed int, st graph.Stats) {
	fmt.Fprintf(w, "loaded %s, %s", plural(releases, "release", "releases"), plural(added, "new quad", "new quads"))
	if unchanged > 0 {
		fmt.Fprintf(w, ", %s stored unchanged skipped", plural(unchanged, "release", "releases"))
	}
	if removed > 0 {
		fmt.Fprintf(w, ", %s of former versions removed", plural(removed, "quad", "quads"))
	}
	if failed > 0 {
		fmt.Fprintf(w, ", %s", plural(failed, "file failed", "files failed"))
	}
	fmt.Fprintf(w, "\nstore: %s, %s: %s, %s, %s, %s\n",
		plural(st.Releases, "release", "releases"), plural(st.Quads, "quad", "quads"),
		plural(st.People, "person", "people"), plural(st.Organisations, "organisation", "organisations"),
		plural(st.Places, "place", "places"), plural(st.Events, "event", "events"))
}
