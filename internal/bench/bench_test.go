package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/internal/corpus"
	"github.com/natokg/natokg/internal/pgtest"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
	"github.com/natokg/natokg/queries"
)

// seed is the corpus every benchmark reads.
const seed = 1

// sizes are the corpus sizes, in releases, of the load benchmarks:
// $NATOKG_BENCH_SIZES ("1000,10000,100000"), or 1000.
func sizes(b *testing.B) []int {
	env := strings.TrimSpace(os.Getenv("NATOKG_BENCH_SIZES"))
	if env == "" {
		return []int{1000}
	}
	var out []int
	for _, f := range strings.Split(env, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("NATOKG_BENCH_SIZES=%q: %q is not a positive number", env, f)
		}
		out = append(out, n)
	}
	return out
}

// storeOptions are the options of natokg's Bolt stores in the load
// benchmarks: graph.Options{} unless $NATOKG_BENCH_BLOOM or
// $NATOKG_BENCH_NOSYNC is set (to anything but "" or "0").
func storeOptions() graph.Options {
	on := func(k string) bool { v := os.Getenv(k); return v != "" && v != "0" }
	return graph.Options{Bloom: on("NATOKG_BENCH_BLOOM"), NoSync: on("NATOKG_BENCH_NOSYNC")}
}

// batchSize is the largest batch of BenchmarkLoadBoltPipeline, in quads:
// $NATOKG_BENCH_BATCH, or graph.BatchQuads, what natokg load uses.
func batchSize(b *testing.B) int {
	env := os.Getenv("NATOKG_BENCH_BATCH")
	if env == "" {
		return graph.BatchQuads
	}
	quads, err := strconv.Atoi(env)
	if err != nil || quads <= 0 {
		b.Fatalf("NATOKG_BENCH_BATCH=%q: want a number of quads (10000)", env)
	}
	return quads
}

// sizeName is 1000 as "1k", 100000 as "100k".
func sizeName(n int) string {
	switch {
	case n%1000000 == 0:
		return fmt.Sprintf("%dM", n/1000000)
	case n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

// shippedExtractor is the shipped extractor, loaded once for all benchmarks.
var shippedExtractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.Load(data.Gazetteer) })

// newLoader returns the loader natokg load uses.
func newLoader(b *testing.B) *loader.Loader {
	x, err := shippedExtractor()
	if err != nil {
		b.Fatal(err)
	}
	return loader.New(x)
}

// corpusFile writes the first n releases of the corpus to a file in dir.
func corpusFile(b *testing.B, dir string, n int) loader.Source {
	path := filepath.Join(dir, fmt.Sprintf("corpus-%d.txt", n))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := corpus.Write(f, corpus.Options{Seed: seed, Releases: n}); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	srcs, errs := loader.FileSources([]string{path})
	if len(errs) > 0 || len(srcs) != 1 {
		b.Fatalf("corpus file %s: %v", path, errs)
	}
	return srcs[0]
}

// resetPeakRSS sets the process's peak resident set (VmHWM) to what it
// holds now, after a garbage collection, so that peakRSSMB measures what
// follows, and returns that resident set in MiB. The peak is the
// process's, not the load's alone: it includes what the process held
// before (the extractor's gazetteer, the test binary). Linux only.
func resetPeakRSS() float64 {
	runtime.GC()
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	return rssMB()
}

// peakRSSMB is the process's peak resident set in MiB (VmHWM), or 0 where
// /proc does not tell it. It counts the pages of the Bolt file the kernel
// has mapped in (RssFile), which grow with the store and which the kernel
// reclaims under pressure, as well as the process's own memory.
func peakRSSMB() float64 { return statusMB("VmHWM:") }

// anonPeak samples the process's anonymous resident memory (RssAnon: the
// Go heap, stacks, Cayley's caches; not the mapped Bolt file) every 50 ms
// until stop is called, which returns the highest sample in MiB.
func anonPeak() (stop func() float64) {
	done := make(chan struct{})
	res := make(chan float64)
	go func() {
		peak := statusMB("RssAnon:")
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				peak = max(peak, statusMB("RssAnon:"))
			case <-done:
				res <- max(peak, statusMB("RssAnon:"))
				return
			}
		}
	}()
	return func() float64 { close(done); return <-res }
}

// rssMB is the process's resident set now, in MiB (VmRSS).
func rssMB() float64 { return statusMB("VmRSS:") }

func statusMB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// timeLoads runs load b.N times, each into the fresh store addr(i) gives,
// with the clock running only during load, and reports the memory of the
// loads: peak-RSS-MB (VmHWM, which counts the pages of a Bolt file mapped
// in), base-RSS-MB (what the process held before) and peak-anon-MB (the
// process's own memory: Go heap, Cayley's caches). It returns the seconds
// the loads took; a Bolt store is removed after its run.
func timeLoads(b *testing.B, addr func(i int) string, load func(db string) error) float64 {
	var peak, base, anon float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := addr(i)
		base = resetPeakRSS()
		stopAnon := anonPeak()
		b.StartTimer()
		if err := load(db); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		peak = max(peak, peakRSSMB())
		anon = max(anon, stopAnon())
		if !strings.Contains(db, "://") {
			os.RemoveAll(db)
		}
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(peak, "peak-RSS-MB")
	b.ReportMetric(base, "base-RSS-MB")
	b.ReportMetric(anon, "peak-anon-MB")
	return b.Elapsed().Seconds()
}

// BenchmarkExtract times the extractor alone, on one goroutine: one op
// extracts 1000 generated releases.
func BenchmarkExtract(b *testing.B) {
	const n = 1000
	var buf bytes.Buffer
	if err := corpus.Write(&buf, corpus.Options{Seed: seed, Releases: n}); err != nil {
		b.Fatal(err)
	}
	rels, err := loader.NewReader(&buf, "corpus").ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	extractAll(b, rels)
}

// BenchmarkExtractBundled times the extractor alone, on one goroutine,
// on the releases bundled with natokg (real NATO releases, longer and
// more varied than generated ones): one op extracts each of them once.
func BenchmarkExtractBundled(b *testing.B) {
	f, err := data.Releases.Open("releases/nato-releases-2025-05.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rels, err := loader.NewReader(f, "nato-releases-2025-05.txt").ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	extractAll(b, rels)
}

// BenchmarkExtractCapitals times the extractor on a release of one
// capitalised word repeated over 20,000 bytes, the longest input the
// fuzzer tries: no sentence ends and every word could open a name, so a
// stage that reads a name's words again from each word would cost the
// square of the text's length here.
func BenchmarkExtractCapitals(b *testing.B) {
	extractAll(b, []*natokg.Release{{Title: "Capitals", Body: strings.Repeat("NATO ", 4000)}})
}

// extractAll times extracting rels, once per op, and reports the bytes
// and releases extracted per second.
func extractAll(b *testing.B, rels []*natokg.Release) {
	x, err := shippedExtractor()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, r := range rels {
		size += int64(len(r.Text()))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range rels {
			x.Extract(r)
		}
	}
	b.ReportMetric(float64(len(rels)*b.N)/b.Elapsed().Seconds(), "releases/s")
}

// BenchmarkLoadBolt times the plain way through natokg's packages, as
// `natokg load FILE` did before its pipeline: read the file, extract each
// release, make its quads and write them with graph.Store.PutRelease, one
// transaction per release, all on one goroutine, into a fresh Bolt store. It reports releases/s, quads/s, the share of the time spent in
// PutRelease (%write) and the peak resident memory of the load.
func BenchmarkLoadBolt(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			ctx := context.Background()
			dir := b.TempDir()
			src := corpusFile(b, dir, n)
			l := newLoader(b)
			var releases, quads int
			var write time.Duration
			secs := timeLoads(b, func(i int) string { return filepath.Join(dir, fmt.Sprintf("db-%d", i)) }, func(db string) error {
				st, err := graph.OpenWith(ctx, db, storeOptions())
				if err != nil {
					return err
				}
				err = l.Each(ctx, src, func(r loader.Result) error {
					t0 := time.Now()
					c, err := st.PutRelease(ctx, r.IRI, r.Quads)
					write += time.Since(t0)
					releases++
					quads += c.Added
					return err
				})
				if cerr := st.Close(); err == nil {
					err = cerr
				}
				return err
			})
			b.ReportMetric(float64(releases)/secs, "releases/s")
			b.ReportMetric(float64(quads)/secs, "quads/s")
			b.ReportMetric(100*write.Seconds()/secs, "%write")
		})
	}
}

// BenchmarkLoadBoltPipeline times what `natokg load FILE` does
// (cmd/natokg/load.go): releases extracted on every core by loader.Run,
// skipped when the store holds them unchanged, and written by one
// goroutine with a graph.Batcher in batches of graph.BatchReleases
// releases or graph.BatchQuads quads (or $NATOKG_BENCH_BATCH quads, and on
// Bolt a budget of $NATOKG_BENCH_BATCH_MEMORY megabytes of rewritten
// pages, as natokg load --batch-memory), one transaction per batch, into a
// fresh store opened with storeOptions.
func BenchmarkLoadBoltPipeline(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			dir := b.TempDir()
			benchPipeline(b, n, dir, func(i int) string { return filepath.Join(dir, fmt.Sprintf("db-%d", i)) })
		})
	}
}

// BenchmarkLoadPostgresPipeline is BenchmarkLoadBoltPipeline into a fresh
// database on the PostgreSQL server at $NATOKG_TEST_POSTGRES (skipped
// without it), through Cayley's "postgres" backend. Settings of the
// connection can be added with $NATOKG_BENCH_PG_PARAMS
// ("synchronous_commit=off").
func BenchmarkLoadPostgresPipeline(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			benchPipeline(b, n, b.TempDir(), func(int) string { return pgAddr(b) })
		})
	}
}

// pgAddr is a fresh database's URL on $NATOKG_TEST_POSTGRES, with the
// parameters of $NATOKG_BENCH_PG_PARAMS.
func pgAddr(b *testing.B) string {
	addr := pgtest.Addr(b)
	if extra := os.Getenv("NATOKG_BENCH_PG_PARAMS"); extra != "" {
		sep := "?"
		if strings.Contains(addr, "?") {
			sep = "&"
		}
		addr += sep + extra
	}
	return addr
}

// benchPipeline loads the first n releases of the corpus as natokg load
// does into the store addr(i) gives for the benchmark's i-th run, and
// reports releases/s, quads/s, the share of the time spent writing
// (%write) and memory: the peak resident set (VmHWM, which counts the
// pages of a Bolt file mapped in) and the peak of anonymous memory (the
// process's own: Go heap, Cayley's caches).
func benchPipeline(b *testing.B, n int, dir string, addr func(i int) string) {
	ctx := context.Background()
	src := corpusFile(b, dir, n)
	newLoader(b) // the gazetteer is read once, before the clock starts
	maxQuads := batchSize(b)
	var releases, quads int
	var write time.Duration
	secs := timeLoads(b, addr, func(db string) error {
		st, err := graph.OpenWith(ctx, db, storeOptions())
		if err != nil {
			return err
		}
		l := newLoader(b)
		l.Skip = func(ctx context.Context, r *natokg.Release) (bool, error) {
			return st.HasSourceHash(ctx, l.SourceHash(r))
		}
		batcher := st.NewBatcher(maxQuads)
		batcher.DirtyBytes = int64(envInt(b, "NATOKG_BENCH_BATCH_MEMORY", 0)) << 20
		batcher.Written = func(_ []graph.Release, cs []graph.Change) {
			for _, c := range cs {
				quads += c.Added
			}
		}
		// timed counts the time a write takes.
		timed := func(write1 func() error) error {
			t0 := time.Now()
			defer func() { write += time.Since(t0) }()
			return write1()
		}
		err = l.Run(ctx, []loader.Source{src}, runtime.NumCPU(), func(it loader.Item) error {
			switch {
			case it.Err != nil:
				return it.Err
			case it.Skipped:
				return nil
			}
			releases++
			return timed(func() error { return batcher.Add(ctx, graph.Release{IRI: it.IRI, Quads: it.Quads}) })
		})
		if err == nil {
			err = timed(func() error { return batcher.Flush(ctx) })
		}
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		return err
	})
	b.ReportMetric(float64(releases)/secs, "releases/s")
	b.ReportMetric(float64(quads)/secs, "quads/s")
	b.ReportMetric(100*write.Seconds()/secs, "%write")
}

// exportNQuads writes the quads natokg makes of the first n releases as
// N-Quads to a file in dir, without a store (as internal/devdump does),
// and returns its path and how many quads it holds. They are the quads
// BenchmarkLoadBolt stores: full IRIs, one label per release, no quad
// twice.
func exportNQuads(b *testing.B, dir string, n int) (string, int) {
	ctx := context.Background()
	src := corpusFile(b, dir, n)
	path := filepath.Join(dir, fmt.Sprintf("corpus-%d.nq", n))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := nquads.NewWriter(bw)
	count := 0
	err = newLoader(b).Each(ctx, src, func(r loader.Result) error {
		k, err := w.WriteQuads(r.Quads)
		count += k
		return err
	})
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.Fatal(err)
	}
	os.Remove(src.Name)
	return path, count
}

// BenchmarkCayleyLoadBolt times Cayley's own loader on the quads of
// BenchmarkLoadBoltPipeline: the cayley command, built from the module
// version natokg uses (go.mod's tool line), run as a process, `cayley
// init --db bolt --dbpath DIR` then `cayley load --db bolt --dbpath DIR -i
// FILE.nq`. Its peak RSS is the child's.
func BenchmarkCayleyLoadBolt(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			dir := b.TempDir()
			benchCayley(b, n, dir, "bolt", func(i int) string { return filepath.Join(dir, fmt.Sprintf("db-%d", i)) })
		})
	}
}

// BenchmarkCayleyLoadPostgres is BenchmarkCayleyLoadBolt into a fresh
// database on $NATOKG_TEST_POSTGRES, through Cayley's "postgres" backend.
func BenchmarkCayleyLoadPostgres(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			benchCayley(b, n, b.TempDir(), "postgres", func(int) string { return pgAddr(b) })
		})
	}
}

// benchCayley loads natokg's quads of the first n releases with the
// cayley command into backend at addr(i), and reports as benchPipeline
// does, with the cayley process's peak RSS.
func benchCayley(b *testing.B, n int, dir, backend string, addr func(i int) string) {
	cayley := cayleyCommand(b)
	nq, count := exportNQuads(b, dir, n)
	var rss float64
	secs := timeLoads(b, addr, func(db string) error {
		for _, args := range [][]string{{"init"}, {"load", "-i", nq}} {
			cmd := exec.Command(cayley, append(args, "--db", backend, "--dbpath", db)...)
			if out, err := cmd.CombinedOutput(); err != nil {
				return fmt.Errorf("cayley %s: %w\n%s", args[0], err, out)
			}
			if u, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
				rss = max(rss, float64(u.Maxrss)/1024) // Linux: KB
			}
		}
		return nil
	})
	b.ReportMetric(float64(count*b.N)/secs, "quads/s")
	b.ReportMetric(float64(n*b.N)/secs, "releases/s")
	b.ReportMetric(rss, "peak-RSS-MB")
	b.ReportMetric(0, "base-RSS-MB")
	b.ReportMetric(0, "peak-anon-MB")
}

var cayleyBuild struct {
	sync.Once
	path string
	err  error
}

// cayleyCommand builds the cayley command of the module version natokg
// uses, once per run, into a directory TestMain removes: in a module of
// its own, so that the command's many backends stay out of natokg's
// go.mod (go get fetches them from the module proxy).
func cayleyCommand(b *testing.B) string {
	cayleyBuild.Do(func() {
		cayleyBuild.path, cayleyBuild.err = buildCayley(filepath.Join(benchTemp, "cayley-cmd"))
	})
	if cayleyBuild.err != nil {
		b.Fatal(cayleyBuild.err)
	}
	return cayleyBuild.path
}

// buildCayley builds the cayley command in dir and returns its path.
func buildCayley(dir string) (string, error) {
	v, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/cayleygraph/cayley").Output()
	if err != nil {
		return "", fmt.Errorf("the version of cayley natokg uses: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module cayleycmd\n\ngo 1.24\n"), 0o644); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "cayley")
	for _, args := range [][]string{
		{"get", "github.com/cayleygraph/cayley/cmd/cayley@" + strings.TrimSpace(string(v))},
		{"build", "-o", path, "github.com/cayleygraph/cayley/cmd/cayley"},
	} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("go %s: %w\n%s", args[0], err, out)
		}
	}
	return path, nil
}

// benchTemp holds what the benchmarks build once per run.
var benchTemp string

func TestMain(m *testing.M) {
	var err error
	if benchTemp, err = os.MkdirTemp("", "natokg-bench-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(benchTemp)
	os.Exit(code)
}

// BenchmarkQueries times each query of the library on a Bolt store of
// generated releases: $NATOKG_BENCH_QUERY_SIZE of them (1000 by default),
// loaded as natokg load does, or the store at $NATOKG_BENCH_STORE when it
// holds them (it is made there otherwise, and kept). Each query runs with
// several sets of parameters drawn from the releases (people, places,
// roles and months spread over the corpus, not only the busiest:
// $NATOKG_BENCH_QUERY_SAMPLES, 10 by default), and reports the median,
// 95th percentile and slowest of its latencies (median-ms, p95-ms, max-ms)
// and the median number of results. A query is stopped after 10 s
// ($NATOKG_BENCH_QUERY_TIMEOUT) and counted in "timeouts"; once a query
// has run for a minute, it runs no more samples than three.
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	n := envInt(b, "NATOKG_BENCH_QUERY_SIZE", 1000)
	samples := envInt(b, "NATOKG_BENCH_QUERY_SAMPLES", 10)
	timeout := 10 * time.Second
	const budget = time.Minute
	if env := os.Getenv("NATOKG_BENCH_QUERY_TIMEOUT"); env != "" {
		var err error
		if timeout, err = time.ParseDuration(env); err != nil {
			b.Fatalf("NATOKG_BENCH_QUERY_TIMEOUT: %v", err)
		}
	}
	st, facts := queryStore(b, n)
	// A query stopped at its timeout may go on reading in Gizmo's goroutine
	// (graph.Store.closeResults), and Bolt's Close waits for its reads:
	// wait a little, then leave the store to the process's end.
	defer func() {
		closed := make(chan struct{})
		go func() { st.Close(); close(closed) }()
		select {
		case <-closed:
		case <-time.After(10 * time.Second):
			b.Log("the store is still busy with a stopped query; not waiting for it to close")
		}
	}()
	sets := paramSets(facts, samples)
	lib, err := queries.All()
	if err != nil {
		b.Fatal(err)
	}
	// place-activity also as a user first asks it: a place and no dates
	// (only the required parameters; the busiest place reads months).
	for _, q := range lib {
		if q.Name == "place-activity" {
			q.Name = "place-activity-no-dates"
			lib = append(lib, q)
			break
		}
	}
	run := func(ctx context.Context, text string) ([]any, error) {
		return st.Query(ctx, "gizmo", text, 0)
	}
	for _, q := range lib {
		b.Run(q.Name, func(b *testing.B) {
			var lat []time.Duration
			var counts []int
			timeouts := 0
			begin := time.Now()
			for i := 0; i < b.N; i++ {
				for j, set := range sets {
					if j >= 3 && time.Since(begin) > budget {
						break
					}
					p := map[string]string{}
					for _, prm := range q.Params {
						if v, ok := set[q.Name+"."+prm.Name]; ok {
							p[prm.Name] = v
						} else if v, ok := set[prm.Name]; ok && prm.Required {
							p[prm.Name] = v
						}
					}
					if err := q.Check(p); err != nil {
						b.Skip(err)
					}
					qctx, cancel := context.WithTimeout(ctx, timeout)
					t0 := time.Now()
					// The first page, as natokg serve answers by default.
					ans, err := queries.Run(qctx, run, q, p, queries.Page{Limit: 100})
					res := ans.Rows
					d := time.Since(t0)
					cancel()
					lat = append(lat, d)
					if errors.Is(err, context.DeadlineExceeded) {
						timeouts++
						continue
					}
					if err != nil {
						b.Fatal(err)
					}
					counts = append(counts, len(res))
				}
			}
			slices.Sort(lat)
			slices.Sort(counts)
			pct := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.5), "median-ms")
			b.ReportMetric(pct(0.95), "p95-ms")
			b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
			b.ReportMetric(float64(len(lat)), "calls")
			if len(counts) > 0 {
				b.ReportMetric(float64(counts[len(counts)/2]), "results")
			}
			if timeouts > 0 {
				b.Logf("%s: %d of %d calls stopped at the timeout (%v; NATOKG_BENCH_QUERY_TIMEOUT)", q.Name, timeouts, len(lat), timeout)
				b.ReportMetric(float64(timeouts), "timeouts")
			}
		})
	}
}

// envInt is the positive number in environment variable k, or def.
func envInt(b *testing.B, k string, def int) int {
	env := os.Getenv(k)
	if env == "" {
		return def
	}
	v, err := strconv.Atoi(env)
	if err != nil || v <= 0 {
		b.Fatalf("%s=%q is not a positive number", k, env)
	}
	return v
}

// queryStore returns a Bolt store holding the first n releases of the
// corpus, loaded as natokg load does, and the facts extracted from them.
// With $NATOKG_BENCH_STORE, it reuses the store there when it holds n
// releases (so a 100k store is loaded once), and makes it otherwise.
func queryStore(b *testing.B, n int) (*graph.Store, []*natokg.Facts) {
	ctx := context.Background()
	dir := b.TempDir()
	src := corpusFile(b, dir, n)
	db := os.Getenv("NATOKG_BENCH_STORE")
	if db == "" {
		db = filepath.Join(dir, "db")
	}
	st, err := graph.Open(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	l := newLoader(b)
	var facts []*natokg.Facts
	batcher := st.NewBatcher(graph.BatchQuads)
	// Releases the store holds already (a reused store) are not written
	// again, but their facts are read all the same.
	err = l.Run(ctx, []loader.Source{src}, runtime.NumCPU(), func(it loader.Item) error {
		if it.Err != nil {
			return it.Err
		}
		facts = append(facts, it.Facts)
		held, err := st.HasSourceHash(ctx, l.SourceHash(it.Release))
		if err != nil || held {
			return err
		}
		return batcher.Add(ctx, graph.Release{IRI: it.IRI, Quads: it.Quads})
	})
	if err == nil {
		err = batcher.Flush(ctx)
	}
	if err != nil {
		b.Fatal(err)
	}
	return st, facts
}

// paramSets picks k sets of parameters for the queries from what the
// releases say, "NAME" for any query and "QUERY.NAME" for one: people
// spread over everyone named (from the busiest to those named once), the
// place and month of an event (who was there that month), the roles of
// posts, and the month of a release. The first set names the person named
// in most releases, the second the person who attended most events (the
// two busiest, each for some of the queries).
func paramSets(facts []*natokg.Facts, k int) []map[string]string {
	mentions, attended := map[string]int{}, map[string]int{}
	names := map[string]string{}
	met := map[string]map[string]bool{}
	placeNames := map[string]string{}
	var places, placeMonths, months []string
	type post struct{ role, org, date string }
	var posts []post
	for _, f := range facts {
		for _, p := range f.Places {
			placeNames[p.Key] = p.Name
		}
		for _, p := range f.People {
			mentions[p.Key]++
			names[p.Key] = p.Name
			for _, ps := range p.Posts {
				if ps.Org != "" {
					posts = append(posts, post{ps.Role, ps.Org, f.Published.String()})
				}
			}
		}
		for _, e := range f.Events {
			if e.Location != "" && e.Start.Month != 0 {
				places = append(places, e.Location)
				placeMonths = append(placeMonths, fmt.Sprintf("%04d-%02d", e.Start.Year, e.Start.Month))
			}
			for _, a := range e.Attendees {
				attended[a]++
				for _, o := range e.Attendees {
					if a != o {
						if met[a] == nil {
							met[a] = map[string]bool{}
						}
						met[a][o] = true
					}
				}
			}
		}
		if f.Published.Month != 0 {
			months = append(months, fmt.Sprintf("%04d-%02d", f.Published.Year, f.Published.Month))
		}
	}
	keys := make([]string, 0, len(mentions))
	for key := range mentions {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool {
		if mentions[keys[i]] != mentions[keys[j]] {
			return mentions[keys[i]] > mentions[keys[j]]
		}
		return keys[i] < keys[j]
	})
	pick := func(list []string, i int) string {
		if len(list) == 0 {
			return ""
		}
		return list[i*len(list)/k]
	}
	attender := ""
	for _, key := range keys {
		if attender == "" || attended[key] > attended[attender] {
			attender = key
		}
	}
	sets := make([]map[string]string, k)
	for i := range sets {
		person := pick(keys, i)
		if i == 1 && attender != "" {
			person = attender
		}
		// The path query goes from the person to someone two meetings
		// away when there is one, else to someone met.
		far := ""
	outer:
		for _, m := range sortedSet(met[person]) {
			if far == "" {
				far = m
			}
			for _, m2 := range sortedSet(met[m]) {
				if m2 != person && !met[person][m2] {
					far = m2
					break outer
				}
			}
		}
		if far == "" {
			far = pick(keys, (i+1)%k)
		}
		month := pick(months, i)
		if month == "" {
			month = "2010-06"
		}
		// A place events happen at, and the month of one of them there.
		pl, plMonth := "Brussels", month
		if len(places) > 0 {
			pl, plMonth = placeNames[pick(places, i)], pick(placeMonths, i)
		}
		ps := post{"Secretary General", "NATO", "2010-06-30"}
		if len(posts) > 0 {
			ps = posts[i*len(posts)/k]
		}
		sets[i] = map[string]string{
			"person":              names[person],
			"entity":              names[person],
			"place":               pl,
			"role":                ps.role,
			"from":                month,
			"to":                  month,
			"path.from":           names[person],
			"path.to":             names[far],
			"post-holders.org":    ps.org,
			"post-holders.on":     ps.date,
			"place-activity.from": plMonth,
			"place-activity.to":   plMonth,
			"quotes.about":        "Alliance",
		}
	}
	return sets
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
