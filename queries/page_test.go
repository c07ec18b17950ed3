package queries_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
	"github.com/natokg/natokg/internal/corpus"
	"github.com/natokg/natokg/queries"
)

// TestLibraryPages checks that the pages of every query with a long
// answer, read one after the other, give the whole answer once, in its
// order, and that only the last says that no more rows exist.
func TestLibraryPages(t *testing.T) {
	s := bundledStore(t)
	for name, params := range map[string]map[string]string{
		"timeline":       {"person": "Rutte"},
		"person-events":  {"person": "Rutte"},
		"events-between": {"from": "2025-05-01", "to": "2025-05-31"},
		"place-activity": {"place": "Brussels"},
		"most-connected": nil,
		"quotes":         {"person": "Rutte"},
	} {
		pagesMatch(t, s, name, params, 3)
	}
}

// generatedStore returns a memory store of the releases the corpus
// generator writes with opts.
func generatedStore(t *testing.T, opts corpus.Options) *graph.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := corpus.Write(f, opts); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return storeOf(t, path)
}

// TestPagesOfBusyPerson pages the queries about one person on a store of
// generated releases, asking for the busiest person, and place-activity
// for Brussels, counted in full at the cost a month of events has at
// 100,000 releases and read month by month where a month costs little:
// the pages that read in full only the rows that can make them must
// still make the whole answer.
func TestPagesOfBusyPerson(t *testing.T) {
	s := generatedStore(t, corpus.Options{Seed: 1, Releases: 200})
	top := run(t, s, "most-connected", map[string]string{"limit": "1"})
	if len(top) != 1 {
		t.Fatalf("most-connected: %v", top)
	}
	person := top[0]["person"].(string)
	for _, name := range []string{"people-met", "person-events", "timeline", "quotes"} {
		pagesMatch(t, s, name, map[string]string{"person": person}, 7)
	}
	if pagesMatch(t, s, "events-between", map[string]string{"from": "2016-01-01", "to": "2025-12-31"}, 7) {
		t.Error("events-between over ten years: every page counted the whole span, none was read newest date first")
	}
	if !pagesMatch(t, s, "place-activity", map[string]string{"place": "Brussels"}, 7) {
		t.Error("place-activity for Brussels, with no dates, at the cost a month has at 100,000 releases: a page was read month by month on a small store")
	}
	defer queries.SetWalkCost(1)()
	if pagesMatch(t, s, "place-activity", map[string]string{"place": "Brussels"}, 7) {
		t.Error("place-activity for Brussels, with no dates: every page counted the whole answer, none was read month by month")
	}
}

// pagesMatch reads the answer of query name in pages of size rows and
// checks that they make the whole answer, each saying whether more rows
// exist and how many the whole answer has, or at least has (a page
// before the last, read without counting the rest). It reports whether
// every page counted the whole answer.
func pagesMatch(t *testing.T, s *graph.Store, name string, params map[string]string, size int) (counted bool) {
	t.Helper()
	ctx := context.Background()
	q, err := queries.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := queries.Run(ctx, runner(s), q, params, queries.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Rows) < 4 {
		t.Fatalf("%s: %d rows, too few to page", name, len(whole.Rows))
	}
	var read []any
	counted = true
	for off := 0; ; off += size {
		a, err := queries.Run(ctx, runner(s), q, params, queries.Page{Offset: off, Limit: size})
		if err != nil {
			t.Fatal(err)
		}
		read = append(read, a.Rows...)
		last := off+size >= len(whole.Rows)
		if a.AtLeast && (last || !a.More || a.Total <= off+size || a.Total > len(whole.Rows)) {
			t.Fatalf("%s: page at %d of %d rows: more=%v total at least %d", name, off, len(whole.Rows), a.More, a.Total)
		}
		if !a.AtLeast && (a.More == last || a.Total != len(whole.Rows)) {
			t.Fatalf("%s: page at %d of %d rows: more=%v total=%d", name, off, len(whole.Rows), a.More, a.Total)
		}
		counted = counted && !a.AtLeast
		if last {
			break
		}
	}
	if !reflect.DeepEqual(read, whole.Rows) {
		t.Errorf("%s: pages of %d give\n%v\nthe whole answer is\n%v", name, size, read, whole.Rows)
	}
	// No limit: every row after the offset.
	rest, err := queries.Run(ctx, runner(s), q, params, queries.Page{Offset: 2})
	if err != nil || !reflect.DeepEqual(rest.Rows, whole.Rows[2:]) || rest.More || rest.Total != len(whole.Rows) || rest.AtLeast {
		t.Errorf("%s: the rows after the first 2: %d rows, more=%v, total=%d, %v; want %d rows of %d", name, len(rest.Rows), rest.More, rest.Total, err, len(whole.Rows)-2, len(whole.Rows))
	}
	return counted
}

// TestEventsBetweenTwoStarts pages events-between over a span in which
// one of the newest events also has an earlier start date (stated by
// another release): its row sorts at the earlier date, and the pages
// that read the span newest first must still make the whole answer.
func TestEventsBetweenTwoStarts(t *testing.T) {
	s := generatedStore(t, corpus.Options{Seed: 1, Releases: 200})
	res, err := s.Query(context.Background(), "gizmo", `g.V().Tag("e").Out("<`+schema.StartDate+`>").Tag("d").All()`, 0)
	if err != nil {
		t.Fatal(err)
	}
	var event, newest string
	for _, r := range res {
		m, _ := r.(map[string]any)
		e, _ := m["e"].(string)
		d, _ := m["d"].(string)
		if strings.HasPrefix(d, `"2025-`) && d > newest {
			event, newest = e, d
		}
	}
	if event == "" {
		t.Fatal("no event starts in 2025")
	}
	earlier := quad.Quad{Subject: quad.IRI(strings.Trim(event, "<>")), Predicate: quad.IRI(schema.StartDate), Object: quad.TypedString{Value: "2016-01-02", Type: quad.IRI(xsd.Date)}, Label: quad.IRI("https://natokg.example/release/test")}
	if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: earlier, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	pagesMatch(t, s, "events-between", map[string]string{"from": "2016-01-01", "to": "2025-12-31"}, 7)
}

// TestHandlerPages follows a query's "next" pages over HTTP and checks
// that a page asked for beyond the server's limit, or at a negative
// offset, is refused with a plain message.
func TestHandlerPages(t *testing.T) {
	base, get := libraryServer(t)
	code, whole := get("/api/queries/timeline?person=Rutte")
	all, _ := whole["result"].([]any)
	if code != 200 || whole["more"] != false || whole["total"] != float64(len(all)) || whole["limit"] != float64(50) {
		t.Fatalf("whole timeline: %d more=%v total=%v limit=%v, want all %d rows in one page of at most 50", code, whole["more"], whole["total"], whole["limit"], len(all))
	}
	var read []any
	next, pages := "/api/queries/timeline?person=Rutte&limit=4", 0
	for next != "" {
		code, v := get(next)
		rows, _ := v["result"].([]any)
		if code != 200 || len(rows) == 0 || len(rows) > 4 {
			t.Fatalf("%s: %d %v", next, code, v)
		}
		read, pages = append(read, rows...), pages+1
		next, _ = v["next"].(string)
		if (next != "") != (v["more"] == true) || v["total"] != float64(len(all)) {
			t.Fatalf("%s: next %q, more %v, total %v", next, next, v["more"], v["total"])
		}
	}
	if !reflect.DeepEqual(read, all) || pages != (len(all)+3)/4 {
		t.Errorf("%d pages of 4 give %d rows, want the %d of the whole answer", pages, len(read), len(all))
	}
	if code, v := get(fmt.Sprintf("/api/queries/timeline?person=Rutte&offset=%d", len(all)+5)); code != 200 || len(v["result"].([]any)) != 0 || v["total"] != float64(len(all)) {
		t.Errorf("a page past the end: %d %v, want no rows and the total", code, v)
	}
	for q, want := range map[string]string{
		"timeline?person=Rutte&limit=51":  `limit="51" is not a whole number from 1 to 50`,
		"timeline?person=Rutte&limit=0":   `limit="0" is not a whole number from 1 to 50`,
		"timeline?person=Rutte&offset=-1": `offset="-1" is not a whole number of 0 or more`,
		"most-connected?limit=x":          `limit="x" is not a whole number`,
	} {
		code, v := get("/api/queries/" + q)
		if msg, _ := v["error"].(string); code != 400 || !strings.Contains(msg, want) {
			t.Errorf("%s: %d %q, want 400 %q", q, code, msg, want)
		}
	}
	// A page of a busy place's events with no dates is read month by
	// month: the total is a lower bound, and says so.
	defer queries.SetWalkCost(1)()
	code, v := get("/api/queries/place-activity?place=Brussels&limit=1")
	if rows, _ := v["result"].([]any); code != 200 || len(rows) != 1 || v["totalAtLeast"] != true || v["more"] != true || v["next"] == nil {
		t.Errorf("place-activity?place=Brussels&limit=1: %d %v, want one row, more, and a total marked as a lower bound", code, v)
	}
	// A query's program, copied from a paged address, is the whole query.
	resp, err := http.Get(base + "/api/queries/people-met/script?person=Rutte&limit=2&offset=1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if b, _ := io.ReadAll(resp.Body); resp.StatusCode != 200 || !strings.Contains(string(b), `"limit":0,"mark":`) || !strings.Contains(string(b), `var PAGE = {`) {
		t.Errorf("the script of a paged address: %d %.200s", resp.StatusCode, b)
	}
}

// TestMonthsAnswerAsReadingAll checks that the queries that read the
// months the figures keep (each person's events, quotations and releases
// giving posts; the releases naming each entity), the latest first as far
// as the page needs, give the page and the total that reading every link
// gives (a store whose figures keep no months).
func TestMonthsAnswerAsReadingAll(t *testing.T) {
	ctx := context.Background()
	opts := corpus.Options{Seed: 2, Releases: 150}
	kept, old := generatedStore(t, opts), generatedStore(t, opts)
	for _, m := range []string{kg.MonthFigures, kg.MentionFigures} {
		marker := quad.Quad{Subject: quad.IRI(kg.Figures), Predicate: quad.IRI(kg.Keeps), Object: quad.IRI(m), Label: quad.IRI(kg.Figures)}
		if err := old.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: marker, Action: cgraph.Delete}}, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	top := run(t, kept, "most-connected", map[string]string{"limit": "2"})
	if len(top) != 2 {
		t.Fatalf("most-connected: %v", top)
	}
	type call struct {
		query  string
		params map[string]string
		few    bool // an answer of a few rows (one per organisation, or quotations on one subject)
	}
	var calls []call
	for _, person := range []string{top[0]["person"].(string), top[1]["person"].(string)} {
		for _, name := range []string{"people-met", "person-events", "quotes", "person-posts", "timeline"} {
			calls = append(calls, call{name, map[string]string{"person": person}, false})
		}
		calls = append(calls, call{"quotes", map[string]string{"person": person, "about": "NATO"}, true})
		calls = append(calls, call{"mentions", map[string]string{"entity": person}, false})
		calls = append(calls, call{"person-orgs", map[string]string{"person": person}, true})
	}
	for _, e := range []string{"NATO", "Brussels"} {
		calls = append(calls, call{"mentions", map[string]string{"entity": e}, false})
	}
	for _, c := range calls {
		name, params := c.query, c.params
		q, err := queries.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, page := range []queries.Page{{}, {Limit: 1}, {Limit: 3}, {Offset: 4, Limit: 2}, {Limit: 10}, {Offset: 10, Limit: 25}, {Offset: 3}} {
			want, err := queries.Run(ctx, runner(old), q, params, page)
			if err != nil {
				t.Fatal(err)
			}
			got, err := queries.Run(ctx, runner(kept), q, params, page)
			if err != nil {
				t.Fatal(err)
			}
			if page == (queries.Page{}) && len(want.Rows) < map[bool]int{false: 8, true: 2}[c.few] {
				t.Fatalf("%s of %v: %d rows, too few to span months", name, params, len(want.Rows))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s of %v, page %+v, from the months:\n%v\nreading all:\n%v", name, params, page, got, want)
			}
		}
	}
}

// TestPlaceActivitySides checks that place-activity over a span of dates
// answers the same whether it reads the place's own events (a place
// named by few releases) or every event of the span's days.
func TestPlaceActivitySides(t *testing.T) {
	s := generatedStore(t, corpus.Options{Seed: 1, Releases: 200})
	for _, params := range []map[string]string{
		{"place": "Brussels", "from": "2015-01", "to": "2019-12"},
		{"place": "NATO Headquarters", "from": "2010-01-01", "to": "2014-06-30"},
	} {
		restore := queries.SetWalkCost(1 << 40)
		own := run(t, s, "place-activity", params)
		restore()
		restore = queries.SetWalkCost(1)
		days := run(t, s, "place-activity", params)
		restore()
		if len(own) == 0 || !reflect.DeepEqual(own, days) {
			t.Errorf("place-activity %v: %d rows from the place's events, %d from the days'; want the same, some", params, len(own), len(days))
		}
	}
}
