package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
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
	var strict, reread, compact bool
	var batch, batchMemory, memory int
	cmd := &cobra.Command{
		Use:   "load [FILE|DIR ...]",
		Short: "Read releases into the store (the bundled releases when no path is given)",
		Long: `load reads release files: text releases (.txt), saved news pages (.html,
.htm: one release each, its URL as the source) and RSS or Atom feeds (.rss,
.atom, .xml: one release per item), and those files under each directory. It draws
people, posts, organisations, places and events from each release and
writes them to the store in transactions of whole releases (--batch quads
at most, or 64 releases; on Bolt, fewer as the store grows, to keep the
pages a transaction rewrites within --batch-memory), so a stop or a crash
never leaves part of a release. Releases stored unchanged are skipped, so
loading the same releases again changes nothing and a stopped load
resumes where it stopped. With no path it loads the releases bundled with
natokg. A load that has at least doubled a Bolt store ends by compacting
its file where that would make it much smaller (natokg compact;
--compact=false skips it): Bolt fills the pages of Cayley's log whole and
of its indexes to nine tenths, and the file of a first load is about a
fifth larger than compacted.

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
			if memory < 0 {
				return fmt.Errorf("load: --memory must be a number of megabytes, 0 for no limit")
			}
			defer tuneMemory(memory)()
			o := loadOptions{db: db, wait: wait, strict: strict, reread: reread, compact: compact,
				batchQuads: batch, dirtyBytes: int64(batchMemory) << 20}
			err := runLoad(cmd, e, o, args)
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
	cmd.Flags().BoolVar(&compact, "compact", true, "on Bolt, compact the store's file when the load has at least doubled the store and compacting would make it much smaller (see natokg compact)")
	cmd.Flags().IntVar(&batch, "batch", graph.BatchQuads, "most quads per transaction: larger batches load faster and hold more memory (see docs/benchmarks.md)")
	cmd.Flags().IntVar(&batchMemory, "batch-memory", loadBatchMemory, "on Bolt, the megabytes of pages a transaction may rewrite (0: no bound): batches shrink to keep to it as the store grows, holding memory down and loading slower (see docs/benchmarks.md)")
	cmd.Flags().IntVar(&memory, "memory", loadMemory, "the megabytes of memory the load aims to stay within, Go's soft memory limit (0: no limit; GOMEMLIMIT, when set, wins): the collector works harder near it (see docs/benchmarks.md)")
	cmd.PreRun = func(*cobra.Command, []string) {
		if !*keepGoing {
			strict = true
		}
	}
	return cmd
}

// loadOptions are a load's settings, from its flags.
type loadOptions struct {
	db             string
	wait           time.Duration
	strict, reread bool
	compact        bool
	batchQuads     int
	dirtyBytes     int64
}

// runLoad loads the release files of args (the bundled releases when
// there are none) into the store o names, prints the summary, and
// compacts the store when the load has at least doubled it and
// compacting would make it much smaller.
func runLoad(cmd *cobra.Command, e *env, o loadOptions, args []string) error {
	ctx := cmd.Context()
	srcs, walkErrs, err := loadSources(e, args, o.strict)
	if err != nil {
		return err
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	store, err := writeStore(ctx, e, o.db, o.wait)
	if err != nil {
		return err
	}
	defer store.Close()
	l := loader.New(x)
	if !o.reread {
		l.Skip = func(ctx context.Context, r *domain.Release) (bool, error) {
			return store.HasSourceHash(ctx, l.SourceHash(r))
		}
	}
	run := &loadRun{e: e, l: l, strict: o.strict, failed: len(walkErrs), failedFiles: map[string]bool{},
		progress: newLoadProgress(e, srcs),
		ids: &loader.Identities{Stored: func(ctx context.Context, iri quad.IRI) (string, string, bool, error) {
			r, ok, err := store.Release(ctx, iri)
			return r.Title, r.File, ok, err
		}}}
	// Releases are extracted on every core while this goroutine writes
	// them in batches: each batch is one transaction of whole releases.
	run.batcher = store.NewBatcher(o.batchQuads)
	run.batcher.DirtyBytes = o.dirtyBytes
	run.batcher.Written = run.written
	err = l.Run(ctx, srcs, runtime.NumCPU(), func(it loader.Item) error { return run.item(ctx, it) })
	// What was read before a stop (Ctrl-C, --strict) is stored whole.
	if ferr := run.batcher.Flush(context.WithoutCancel(ctx)); ferr != nil && err == nil {
		err = ferr
	}
	run.progress.finish()
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("load stopped: %w", ctx.Err())
	case err != nil && err != errStopLoad:
		return err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if o.compact && run.added > 0 && 2*int64(run.added) >= st.Quads {
		if err := compactAfterLoad(ctx, e, store); err != nil {
			return err
		}
	}
	printSummary(e.stdout, run.releases, run.unchanged, run.added, run.removed, run.failed, st)
	if run.failed > 0 {
		return &exitError{code: 1}
	}
	if run.releases+run.unchanged == 0 {
		fmt.Fprintf(e.stderr, "natokg: no release found in %s: natokg reads release files (.txt: a title, a \"Source:\" line, the body), saved news pages (.html, .htm) and RSS or Atom feeds (.rss, .atom, .xml)\n", strings.Join(args, ", "))
		return &exitError{code: 1}
	}
	return nil
}

// compactAfterLoad compacts the Bolt file of a store a load has at least
// doubled, where compacting would make it much smaller (natokg compact,
// graph.FileUse.Loose). Other stores are left alone.
func compactAfterLoad(ctx context.Context, e *env, store *graph.Store) error {
	use, err := store.FileUse(ctx)
	if errors.Is(err, graph.ErrNotCompactable) {
		return nil
	}
	if err == nil && !use.Loose() {
		return nil
	}
	if err == nil {
		_, err = store.Compact(ctx)
	}
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("load: every release is stored; compacting the store afterwards failed: %w", err)
	}
	return err
}

// loadSources lists the release files of args (the bundled releases when
// there are none). Files that cannot be read are reported on stderr and
// returned as errors; with strict, any of them stops the load.
func loadSources(e *env, args []string, strict bool) ([]loader.Source, []error, error) {
	if len(args) == 0 {
		srcs, err := loader.FSSources(data.Releases, "releases")
		return srcs, nil, err
	}
	var walkErrs []error
	srcs, errs := loader.FileSources(args)
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
		return nil, nil, &exitError{code: 1}
	}
	return srcs, walkErrs, nil
}

// errStopLoad stops a --strict load at its first refused release.
var errStopLoad = errors.New("stop")

// loadRun is one load's state: what it counts for its summary and where
// each extracted release goes.
type loadRun struct {
	e           *env
	l           *loader.Loader
	ids         *loader.Identities
	batcher     *graph.Batcher
	progress    *loadProgress
	strict      bool
	failedFiles map[string]bool

	releases, unchanged, added, removed, failed int
}

// item takes one release from the pipeline: it reports a refused one and
// hands the others, under their resolved identity, to the batcher.
func (r *loadRun) item(ctx context.Context, it loader.Item) error {
	r.progress.reading(it.Source)
	switch {
	case it.Err != nil:
		// A file counts once, however many of its releases are refused.
		if !r.failedFiles[it.Source.Name] {
			r.failedFiles[it.Source.Name] = true
			r.failed++
		}
		return r.refuse(it.Err)
	case it.Skipped:
		r.releases++
		r.unchanged++
		return nil
	}
	res, err := r.ids.Resolve(ctx, it.Result, r.l.SourceHash(it.Release))
	var collision *loader.CollisionError
	if errors.As(err, &collision) {
		r.failed++
		return r.refuse(err)
	} else if err != nil {
		return err
	}
	r.releases++
	if it.Release.Warning != "" {
		fmt.Fprintf(r.e.stderr, "natokg: %s: %s (%s)\n", it.Release.File, it.Release.Warning, it.Release.Title)
	}
	for _, w := range loader.MixedScriptNames(it.Facts) {
		fmt.Fprintf(r.e.stderr, "natokg: %v\n", w)
	}
	// A write's error names the releases it wrote, which are not
	// this one alone when it writes a batch.
	origin := fmt.Sprintf("%s:%d", it.Release.File, it.Release.Line)
	return r.batcher.Add(ctx, graph.Release{IRI: res.IRI, Quads: res.Quads, Origin: origin})
}

// refuse reports a release that is not stored; with --strict it stops
// the load.
func (r *loadRun) refuse(err error) error {
	fmt.Fprintf(r.e.stderr, "natokg: %v\n", err)
	if r.strict {
		return errStopLoad
	}
	return nil
}

// written counts what a batch's transaction changed.
func (r *loadRun) written(_ []graph.Release, cs []graph.Change) {
	for _, c := range cs {
		r.added += c.Added
		r.removed += c.Removed
	}
	r.progress.describe(r.releases, r.added)
}

// loadProgress is the progress bar of a load of more than a megabyte on
// a terminal; its methods do nothing on a nil one.
type loadProgress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	last  *loader.Source
}

func newLoadProgress(e *env, srcs []loader.Source) *loadProgress {
	var total int64
	for _, s := range srcs {
		total += s.Size
	}
	if !isTerminal(e.stdout) || total <= 1<<20 {
		return nil
	}
	return &loadProgress{start: time.Now(), bar: progressbar.NewOptions64(total, progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("loading"), progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())}
}

// reading moves the bar past the previous file when src is a new one.
func (p *loadProgress) reading(src loader.Source) {
	if p == nil || (p.last != nil && p.last.Name == src.Name) {
		return
	}
	if p.last != nil {
		_ = p.bar.Add64(p.last.Size)
	}
	p.last = &src
}

// describe shows the releases and quads written so far and their rates.
func (p *loadProgress) describe(releases, added int) {
	if p == nil {
		return
	}
	secs := time.Since(p.start).Seconds()
	p.bar.Describe(fmt.Sprintf("%d releases, %.0f releases/s, %.0f quads/s", releases, float64(releases)/secs, float64(added)/secs))
}

// finish moves the bar past the last file and clears it.
func (p *loadProgress) finish() {
	if p == nil {
		return
	}
	if p.last != nil {
		_ = p.bar.Add64(p.last.Size)
	}
	_ = p.bar.Finish()
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

const (
	// loadMemory is the megabytes a load aims to stay within by default.
	// Near the end of a load of 100,000 releases, the heap the load holds
	// is about 150 MB (docs/benchmarks.md), and Go's collector would let
	// the process grow to twice that. With the months of the figures,
	// 220 let that load reach 252 MB of its own; 210, 249 MB.
	loadMemory = 210
	// loadBatchMemory is the megabytes of pages a transaction may rewrite
	// on Bolt by default. A 10,000-quad batch rewrites 10 MB of pages in an
	// empty store and 33 MB in a 10,000-release one, so the bound leaves
	// small loads alone; past 50,000 releases, unbounded commits held the
	// heap past the memory limit (own memory over 260 MB near the end of
	// 100,000), and the bound keeps it under (docs/benchmarks.md).
	loadBatchMemory = 40
	// loadGCPercent is the collector's GOGC during a load: a small load
	// holds little, and collecting less often makes it faster; the
	// memory limit bounds what this lets the process reach.
	loadGCPercent = 200
)

// tuneMemory sets Go's soft memory limit to memory megabytes and, under
// that limit, the collector's pace to loadGCPercent, where the
// environment (GOMEMLIMIT, GOGC) does not set them; memory 0 leaves both
// alone. It returns the function that sets them back.
func tuneMemory(memory int) (restore func()) {
	limit, pct := debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(pct) // SetGCPercent(-1) turned the collector off
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set && memory > 0 {
		debug.SetMemoryLimit(int64(memory) << 20)
	}
	if _, set := os.LookupEnv("GOGC"); !set && memory > 0 {
		debug.SetGCPercent(loadGCPercent)
	}
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(pct)
	}
}
