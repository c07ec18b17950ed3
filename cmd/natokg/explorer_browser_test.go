package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserExplorer serves the bundled graph with natokg serve on a
// free loopback port and drives headless Chromium through natokg's
// explorer, with every host but 127.0.0.1 unreachable: Cayley's UI links
// to it; typing "rutte" in its search box lists Mark Rutte; choosing him
// draws his neighbourhood, in which a node is labelled "Kristrún
// Frostadóttir" (no node is labelled by an IRI); clicking her node adds
// her neighbours to the graph; the evidence of their meeting quotes the
// release ("met Icelandic Prime Minister Kristrún Frostadóttir") and its
// link opens the release's sentences and facts; the dates "from
// 2025-05-28" drop his dinner of 25 May; the library query people-met,
// run from its form for Mark Rutte, shows a row naming Frostadóttir and
// draws them both; the view saves as PNG and SVG; a search that matches
// no one says so. No request leaves 127.0.0.1 and none fails. Screenshots go to $NATOKG_ARTIFACTS
// (explorer-*.png); with NATOKG_DOCS_SCREENSHOTS=1 the test also writes
// the README's docs/explorer.png.
func TestBrowserExplorer(t *testing.T) {
	t.Parallel()
	dir, base, artifacts := servedForBrowser(t)

	ctx, pl := startBrowser(t, dir, filepath.Join(dir, "netlog.json"))

	shot := func(name string) []byte {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return nil
		}
		p := filepath.Join(artifacts, "explorer-"+name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Error(err)
		}
		t.Logf("screenshot: %s", p)
		return png
	}
	eval := func(expr string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	names := func() []string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`natokgExplorer.names()`))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// 1. Cayley's UI links to the explorer, and the explorer back.
	step(t, ctx, 20*time.Second, "Cayley's UI shows the link to the explorer",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#natokg-explorer-link`)),
		chromedp.Click(chromedp.CSS(`#natokg-explorer-link`)),
		chromedp.WaitVisible(chromedp.CSS(`#search`)),
	)
	if loc, err := chromedp.Run(ctx, chromedp.Location()); err != nil || loc != base+"/explore/" {
		t.Errorf("the link led to %q (%v), want %s/explore/", loc, err, base)
	}
	waitJS(t, ctx, 10*time.Second, "the page says it is natokg's explorer and links back",
		`document.querySelector("h1").textContent.includes("natokg explorer") && document.querySelector('a[href="../"]') !== null`)
	waitJS(t, ctx, 10*time.Second, "the library's queries are offered",
		`[...document.querySelectorAll("#query-select option")].some(o => o.value === "people-met")`)

	// 2. Typing "rutte" lists Mark Rutte; choosing him draws his
	// neighbourhood, every node labelled by its name.
	step(t, ctx, 10*time.Second, `typing "rutte"`, chromedp.SendKeys(chromedp.CSS(`#search`), "rutte"))
	step(t, ctx, 10*time.Second, "Mark Rutte is listed and chosen",
		chromedp.Click(chromedp.Search(`//ul[@id="matches"]//button[.//*[normalize-space(text())="Mark Rutte"]]`)),
	)
	waitJS(t, ctx, 20*time.Second, `a node labelled "Kristrún Frostadóttir" is drawn`,
		`natokgExplorer.names().includes("Kristrún Frostadóttir") && natokgExplorer.names().includes("Mark Rutte")`)
	for _, n := range names() {
		if strings.Contains(n, "://") || n == "" || n == "(no name)" {
			t.Errorf("a node is labelled %q, not by a name", n)
		}
	}
	if m := eval(`document.getElementById("graph-msg").hidden`); m != true {
		t.Errorf("a message covers the drawn graph: %v", eval(`document.getElementById("graph-msg").textContent`))
	}
	time.Sleep(300 * time.Millisecond)
	shot("neighbourhood")
	before := len(names())
	t.Logf("Mark Rutte's neighbourhood: %d nodes: %q", before, names())

	// 3. A click on her node (where it is drawn on the canvas) adds her
	// neighbours, and the panel shows the facts about her.
	clickNode(t, ctx, `n.data("name") === "Kristrún Frostadóttir"`)
	waitJS(t, ctx, 20*time.Second, "the graph grows", fmt.Sprintf(`natokgExplorer.names().length > %d`, before))
	waitJS(t, ctx, 20*time.Second, "the panel shows her facts",
		`document.getElementById("panel-title").textContent === "Kristrún Frostadóttir" && document.querySelectorAll("#panel-body .fact").length > 0`)
	after := names()
	seen := map[string]bool{}
	for _, id := range eval(`natokgExplorer.cy.nodes().map(n => n.id())`).([]any) {
		if seen[id.(string)] {
			t.Errorf("node %s drawn twice", id)
		}
		seen[id.(string)] = true
	}
	t.Logf("after expanding her: %d nodes", len(after))
	shot("expanded")

	// 4. The evidence of the meeting quotes the release; its link opens
	// the release's sentences and facts.
	rel := eval(`(() => {
		const cy = natokgExplorer.cy;
		const rutte = cy.nodes().filter(n => n.data("name") === "Mark Rutte")[0];
		const her = cy.nodes().filter(n => n.data("name") === "Kristrún Frostadóttir")[0];
		const e = rutte.edgesWith(her).filter(e => e.data("relation") === "met")[0];
		if (!e) return "";
		e.select();
		e.emit("tap");
		return e.data("label") || e.data("relation");
	})()`)
	if rel == "" {
		t.Fatalf("no link met drawn between Mark Rutte and Kristrún Frostadóttir")
	}
	t.Logf("the evidence of the link %q", rel)
	waitJS(t, ctx, 20*time.Second, `the evidence says "met Icelandic Prime Minister Kristrún Frostadóttir"`,
		`document.getElementById("panel-body").innerText.includes("met Icelandic Prime Minister Kristrún Frostadóttir")`)
	png := shot("evidence")
	if os.Getenv("NATOKG_DOCS_SCREENSHOTS") == "1" && png != nil {
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "explorer.png"), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	step(t, ctx, 10*time.Second, "opening the release", chromedp.Click(chromedp.CSS(`#panel-body a.release-link`)))
	waitJS(t, ctx, 20*time.Second, "the release's sentences and their facts",
		`document.querySelectorAll("#panel-body .sentence").length > 0 && document.querySelectorAll("#panel-body .sentence li").length > 0`)
	shot("release")

	// 5. The dates keep only the links dated within them: from 28 May
	// 2025, the dinner of 25 May goes, the meeting of 28 May stays.
	eval(`document.getElementById("from").value = "2025-05-28", true`)
	step(t, ctx, 10*time.Second, "applying the dates", chromedp.Click(chromedp.CSS(`#apply-dates`)))
	waitJS(t, ctx, 20*time.Second, "the graph keeps only the links from 28 May 2025",
		`document.getElementById("dates-msg").textContent.includes("links from 2025-05-28") &&
		!natokgExplorer.names().some(n => n.startsWith("Dinner of Mark Rutte")) &&
		natokgExplorer.names().includes("Kristrún Frostadóttir")`)
	shot("dates")
	eval(`document.getElementById("from").value = "", true`)

	// 6. people-met, run from its form, shows a row naming Frostadóttir
	// and draws the people of its rows.
	step(t, ctx, 10*time.Second, "choosing people-met",
		chromedp.SetValue(chromedp.CSS(`#query-select`), "people-met"),
	)
	eval(`document.getElementById("query-select").dispatchEvent(new Event("change")), true`)
	step(t, ctx, 10*time.Second, "filling in the form and running it",
		chromedp.SendKeys(chromedp.CSS(`#query-form input[name="person"]`), "Mark Rutte"),
		chromedp.Click(chromedp.CSS(`#run-query`)),
	)
	waitJS(t, ctx, 20*time.Second, "a row names Frostadóttir",
		`[...document.querySelectorAll("#results-table tbody tr")].some(r => r.textContent.includes("Frostadóttir"))`)
	waitJS(t, ctx, 10*time.Second, "the graph draws both",
		`natokgExplorer.names().includes("Kristrún Frostadóttir") && natokgExplorer.names().includes("Mark Rutte") && natokgExplorer.cy.edges().length > 0`)
	shot("people-met")

	// 7. The view saves as PNG and as SVG, with the names.
	if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`natokgExplorer.cy.png({full: true}).startsWith("data:image/png;base64,")`)); err != nil || !ok {
		t.Errorf("the PNG export: %v %v", ok, err)
	}
	svg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`natokgExplorer.toSVG()`))
	if err != nil || !strings.HasPrefix(svg, "<svg") || !strings.Contains(svg, "Kristrún Frostadóttir") {
		t.Errorf("the SVG export: %v %.200s", err, svg)
	}
	if err := os.WriteFile(filepath.Join(artifacts, "explorer.svg"), []byte(svg), 0o644); err != nil {
		t.Error(err)
	}

	// 8. A search that matches no one says so.
	eval(`document.getElementById("search").value = "", true`)
	step(t, ctx, 10*time.Second, "searching for a name no one has",
		chromedp.SendKeys(chromedp.CSS(`#search`), "zzzqqq"),
	)
	waitJS(t, ctx, 10*time.Second, "the search says nothing matches",
		`document.getElementById("search-msg").textContent.includes("No name matches")`)

	if err := chromedp.Cancel(ctx); err != nil {
		t.Errorf("closing chromium: %v", err)
	}
	pl.mu.Lock()
	defer pl.mu.Unlock()
	for _, r := range pl.requests {
		if !loopbackOrInline(r) {
			t.Errorf("request left 127.0.0.1: %s", r)
		}
	}
	for _, f := range pl.failures {
		// The API answers a search that matches no one with a 404.
		if strings.HasPrefix(f, "404 ") && strings.Contains(f, "/api/explore/search?q=zzzqqq") {
			continue
		}
		t.Errorf("failed request: %s", f)
	}
	for _, e := range pl.exceptions {
		t.Errorf("uncaught exception in the page: %s", e)
	}
	t.Logf("%d pl.requests, all to %s or inline", len(pl.requests), base)
}

// clickNode clicks, with the mouse, where the explorer draws the first
// node n for which the JavaScript expression cond holds.
func clickNode(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
		const n = natokgExplorer.cy.nodes().filter(n => `+cond+`)[0];
		if (!n) return [];
		const p = n.renderedPosition(), r = document.getElementById("cy").getBoundingClientRect();
		return [r.left + p.x, r.top + p.y];
	})()`))
	if err != nil || len(xy) != 2 {
		t.Fatalf("no node drawn where %s: %v %v", cond, xy, err)
	}
	step(t, ctx, 10*time.Second, "clicking the node where "+cond, chromedp.MouseClickXY(xy[0], xy[1]))
}
