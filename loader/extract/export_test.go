package extract

import (
	"sync"
	"testing"

	"github.com/natokg/natokg/data"
)

// Shipped is the shipped extractor, loaded once for all the tests of the
// package and of its external test package.
var Shipped = sync.OnceValues(func() (*Extractor, error) { return Load(data.Gazetteer) })

// testExtractor is the shipped extractor.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	return x
}
