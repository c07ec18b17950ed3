package explore_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/explore"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

// shippedExtractor is the shipped extractor, loaded once for all tests.
var shippedExtractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.Load(data.Gazetteer) })

// bundledStore loads the bundled releases into an in-memory store.
func bundledStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	x, err := shippedExtractor()
	if err != nil {
		t.Fatal(err)
	}
	l := loader.New(x)
	s, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	srcs, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range srcs {
		err := l.Each(ctx, src, func(r loader.Result) error {
			_, err := s.WriteRelease(ctx, r.IRI, r.Quads)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// explorer serves the explorer on the bundled releases at /api/explore
// and returns a function that GETs a path (under it) and decodes the
// JSON answer.
func explorer(t *testing.T) func(path string) (int, map[string]any) {
	t.Helper()
	srv := httptest.NewServer(explore.Handler("/api/explore", bundledStore(t), explore.Options{Timeout: 20 * time.Second}))
	t.Cleanup(srv.Close)
	return func(path string) (int, map[string]any) {
		t.Helper()
		resp, err := http.Get(srv.URL + "/api/explore/" + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: Content-Type %q", path, ct)
		}
		var v map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return resp.StatusCode, v
	}
}

func TestScratch(t *testing.T) {
	get := explorer(t)
	for _, p := range strings.Split(*paths, ",") {
		code, v := get(p)
		b, _ := json.MarshalIndent(v, "", " ")
		t.Logf("%s -> %d %s", p, code, b)
	}
}
