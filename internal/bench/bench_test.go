package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt" // registers Cayley's "bbolt" backend
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/internal/corpus"
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

var (
	extractorOnce sync.Once
	extractorVal  *extract.Extractor
	extractorErr  error
)

// newLoader returns the loader natokg load uses.
func newLoader(b *testing.B) *loader.Loader {
	extractorOnce.Do(func() {
		g, err := extract.LoadGazetteer(data.Gazetteer)
		extractorVal, extractorErr = extract.New(g), err
	})
	if extractorErr != nil {
		b.Fatal(extractorErr)
	}
	return loader.New(extractorVal)
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
// /proc does not tell it.
func peakRSSMB() float64 { return statusMB("VmHWM:") }

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
	newLoader(b)
	x := extractorVal
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
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "releases/s")
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
			var peak, base float64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := filepath.Join(dir, fmt.Sprintf("db-%d", i))
				base = resetPeakRSS()
				b.StartTimer()
				st, err := graph.Open(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				err = l.Each(ctx, src, func(r loader.Result) error {
					t0 := time.Now()
					c, err := st.PutRelease(ctx, r.IRI, r.Quads)
					write += time.Since(t0)
					releases++
					quads += c.Added
					return err
				})
				if err != nil {
					b.Fatal(err)
				}
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				peak = max(peak, peakRSSMB())
				os.RemoveAll(db)
				b.StartTimer()
			}
			b.StopTimer()
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(releases)/secs, "releases/s")
			b.ReportMetric(float64(quads)/secs, "quads/s")
			b.ReportMetric(100*write.Seconds()/secs, "%write")
			b.ReportMetric(peak, "peak-RSS-MB")
			b.ReportMetric(base, "base-RSS-MB")
		})
	}
}

// BenchmarkLoadBoltPipeline times what `natokg load FILE` does since it
// became a pipeline (cmd/natokg/load.go): releases extracted on every core
// by loader.Run, skipped when the store holds them unchanged, and written
// by one goroutine with graph.Store.PutReleases in batches of 256 releases
// or 50000 quads, one transaction per batch, into a fresh Bolt store.
func BenchmarkLoadBoltPipeline(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			ctx := context.Background()
			dir := b.TempDir()
			src := corpusFile(b, dir, n)
			newLoader(b) // the gazetteer is read once, before the clock starts
			var releases, quads int
			var write time.Duration
			var peak, base float64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := filepath.Join(dir, fmt.Sprintf("db-%d", i))
				base = resetPeakRSS()
				b.StartTimer()
				st, err := graph.Open(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				l := newLoader(b)
				l.Skip = func(ctx context.Context, r *natokg.Release) (bool, error) {
					return st.HasSourceHash(ctx, loader.SourceHash(r))
				}
				var batch []graph.Release
				batchQuads := 0
				flush := func() error {
					if len(batch) == 0 {
						return nil
					}
					t0 := time.Now()
					cs, err := st.PutReleases(ctx, batch)
					write += time.Since(t0)
					for _, c := range cs {
						quads += c.Added
					}
					batch, batchQuads = batch[:0], 0
					return err
				}
				err = l.Run(ctx, []loader.Source{src}, runtime.NumCPU(), func(it loader.Item) error {
					switch {
					case it.Err != nil:
						return it.Err
					case it.Skipped:
						return nil
					}
					releases++
					batch = append(batch, graph.Release{IRI: it.IRI, Quads: it.Quads})
					batchQuads += len(it.Quads)
					if len(batch) >= 256 || batchQuads >= 50000 {
						return flush()
					}
					return nil
				})
				if err == nil {
					err = flush()
				}
				if err != nil {
					b.Fatal(err)
				}
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				peak = max(peak, peakRSSMB())
				os.RemoveAll(db)
				b.StartTimer()
			}
			b.StopTimer()
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(releases)/secs, "releases/s")
			b.ReportMetric(float64(quads)/secs, "quads/s")
			b.ReportMetric(100*write.Seconds()/secs, "%write")
			b.ReportMetric(peak, "peak-RSS-MB")
			b.ReportMetric(base, "base-RSS-MB")
		})
	}
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

// BenchmarkCayleyLoadBolt times Cayley loading the quads of
// BenchmarkLoadBolt by itself, as `cayley load --init` does
// (cmd/cayley/command/database.go, internal/load.go): init a Bolt store,
// open it, read the N-Quads file and copy it in batches of
// quad.DefaultBatch (10000) into the store's own bulk writer
// (QuadStore.NewQuadWriter). The backend is Cayley's "bbolt" (bbolt,
// go.etcd.io/bbolt), the Bolt engine natokg's store uses too; Cayley's
// "bolt" backend is the same code on the older boltdb/bolt.
func BenchmarkCayleyLoadBolt(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			dir := b.TempDir()
			nq, count := exportNQuads(b, dir, n)
			var peak, base float64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := filepath.Join(dir, fmt.Sprintf("db-%d", i))
				base = resetPeakRSS()
				b.StartTimer()
				if err := cayleyLoad(db, nq); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				peak = max(peak, peakRSSMB())
				os.RemoveAll(db)
				b.StartTimer()
			}
			b.StopTimer()
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(count*b.N)/secs, "quads/s")
			b.ReportMetric(float64(n*b.N)/secs, "releases/s")
			b.ReportMetric(peak, "peak-RSS-MB")
			b.ReportMetric(base, "base-RSS-MB")
		})
	}
}

// cayleyLoad is `cayley load --init -d bbolt -a db file.nq`.
func cayleyLoad(db, file string) error {
	if err := cgraph.InitQuadStore("bbolt", db, nil); err != nil {
		return err
	}
	qs, err := cgraph.NewQuadStore("bbolt", db, nil)
	if err != nil {
		return err
	}
	defer qs.Close()
	qw, err := qs.NewQuadWriter()
	if err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	qr := nquads.NewReader(f, false)
	defer qr.Close()
	if _, err := quad.CopyBatch(qw, qr, quad.DefaultBatch); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}

// BenchmarkQueries loads 1000 generated releases into a Bolt store once,
// then times each query of the library, with parameters drawn from the
// data: the person named in most releases, one of the people that person
// met, the years the corpus covers. A query is stopped after 30 s
// ($NATOKG_BENCH_QUERY_TIMEOUT) and reported with a "timeouts" count: its
// ns/op is then the timeout, not its latency.
func BenchmarkQueries(b *testing.B) {
	const n = 1000
	ctx := context.Background()
	dir := b.TempDir()
	src := corpusFile(b, dir, n)
	st, err := graph.Open(ctx, filepath.Join(dir, "db"))
	if err != nil {
		b.Fatal(err)
	}
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
	var facts []*natokg.Facts
	err = newLoader(b).Each(ctx, src, func(r loader.Result) error {
		facts = append(facts, r.Facts)
		_, err := st.PutRelease(ctx, r.IRI, r.Quads)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	params := paramsFrom(facts)
	b.Logf("parameters: person %q, path from %q to %q", params["person"], params["path.from"], params["path.to"])
	timeout := 30 * time.Second
	if env := os.Getenv("NATOKG_BENCH_QUERY_TIMEOUT"); env != "" {
		if timeout, err = time.ParseDuration(env); err != nil {
			b.Fatalf("NATOKG_BENCH_QUERY_TIMEOUT: %v", err)
		}
	}
	lib, err := queries.All()
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range lib {
		b.Run(q.Name, func(b *testing.B) {
			p := map[string]string{}
			for _, prm := range q.Params {
				if v, ok := params[q.Name+"."+prm.Name]; ok {
					p[prm.Name] = v
				} else if v, ok := params[prm.Name]; ok && prm.Required {
					p[prm.Name] = v
				}
			}
			script, err := q.Script(p)
			if err != nil {
				b.Skip(err)
			}
			var results, timeouts int
			for i := 0; i < b.N; i++ {
				qctx, cancel := context.WithTimeout(ctx, timeout)
				res, err := st.Query(qctx, "gizmo", script, 0)
				cancel()
				if errors.Is(err, context.DeadlineExceeded) {
					timeouts++
					continue
				}
				if err != nil {
					b.Fatal(err)
				}
				results = len(res)
			}
			b.ReportMetric(float64(results), "results")
			if timeouts > 0 {
				b.Logf("%s: %d of %d runs stopped at the timeout (%v; NATOKG_BENCH_QUERY_TIMEOUT)", q.Name, timeouts, b.N, timeout)
				b.ReportMetric(float64(timeouts), "timeouts")
			}
		})
	}
}

// paramsFrom picks the queries' parameters from what the releases say:
// "NAME" for any query, "QUERY.NAME" for one.
func paramsFrom(facts []*natokg.Facts) map[string]string {
	mentions := map[string]int{}
	names := map[string]string{}
	met := map[string]map[string]bool{}
	for _, f := range facts {
		for _, p := range f.People {
			mentions[p.Key]++
			names[p.Key] = p.Name
		}
		for _, e := range f.Events {
			for _, a := range e.Attendees {
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
	}
	keys := make([]string, 0, len(mentions))
	for k := range mentions {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if mentions[keys[i]] != mentions[keys[j]] {
			return mentions[keys[i]] > mentions[keys[j]]
		}
		return keys[i] < keys[j]
	})
	top := ""
	if len(keys) > 0 {
		top = keys[0]
	}
	// The path query goes from the top person to someone two meetings
	// away when there is one, else to someone met.
	far := ""
outer:
	for _, k := range sortedSet(met[top]) {
		if far == "" {
			far = k
		}
		for _, k2 := range sortedSet(met[k]) {
			if k2 != top && !met[top][k2] {
				far = k2
				break outer
			}
		}
	}
	return map[string]string{
		"person":               names[top],
		"entity":               names[top],
		"place":                "Brussels",
		"role":                 "Secretary General",
		"from":                 "2010-01-01",
		"to":                   "2010-12-31",
		"path.from":            names[top],
		"path.to":              names[far],
		"post-holders.org":     "NATO",
		"post-holders.on":      "2010-06-30",
		"place-activity.from":  "2010-01-01",
		"place-activity.to":    "2014-12-31",
		"most-connected.limit": "10",
		"quotes.about":         "Alliance",
	}
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
