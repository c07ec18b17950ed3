package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdpnet "github.com/chromedp/cdproto/network"
	cdprt "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/natokg/natokg/internal/testio"
)

// chromium is Debian's Chromium, which the browser test drives.
const chromium = "/usr/bin/chromium"

// The Gizmo queries the browser test runs in the UI.
const (
	browserQuery = `g.V().Has("<http://schema.org/name>","Mark Rutte").Out("<http://schema.org/alternateName>").All()`
)

// TestBrowserUI serves the bundled graph with natokg serve on a free
// loopback port and drives headless Chromium through Cayley's web UI,
// with every host but 127.0.0.1 unreachable: the Monaco editor loads, a
// Gizmo query typed in the Query view shows its results, the Visualize
// view draws a graph, and no request leaves 127.0.0.1. Screenshots of
// each view go to $NATOKG_ARTIFACTS (default: a temporary directory).
func TestBrowserUI(t *testing.T) {
	t.Parallel()
	dir, base, artifacts := servedForBrowser(t)

	// CDP's network events of the page do not show what its dedicated
	// workers fetch (Monaco's language workers): Chromium's net log does.
	netLog := filepath.Join(dir, "netlog.json")

	ctx, pl := startBrowser(t, dir, netLog)

	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		p := filepath.Join(artifacts, "ui-"+name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Error(err)
			return
		}
		t.Logf("screenshot: %s", p)
	}

	// 1. The UI loads: the Monaco query editor appears, the icon font
	// loads, and the Query Shape view is not offered.
	step(t, ctx, 20*time.Second, "the Monaco query editor appears",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`.QueryEditor .monaco-editor .view-lines`)),
	)
	waitJS(t, ctx, 10*time.Second, "the Material Icons font loads",
		`[...document.fonts].some(f => f.family.replace(/"/g, "") === "Material Icons" && f.status === "loaded")`)
	nav, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.mdc-drawer`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(nav, "Visualize") || strings.Contains(nav, "Query Shape") {
		t.Errorf("navigation = %q: want Visualize and no Query Shape", nav)
	}
	shot("query-editor")

	// Monaco's TypeScript worker (loaded by workerMain.js inside a
	// worker) runs and knows Gizmo's typings: it completes "g." with V.
	waitJS(t, ctx, 20*time.Second, "the TypeScript worker completes Gizmo", `(async () => {
		const m = monaco.editor.getModels().find(m => m.getModeId() === "javascript");
		const w = await (await monaco.languages.typescript.getJavaScriptWorker())(m.uri);
		const c = await w.getCompletionsAtPosition(m.uri.toString(), 2);
		return !!c && c.entries.some(e => e.name === "V");
	})()`)

	// 2. A Gizmo query typed into the editor and run shows its results.
	typeQuery(t, ctx, browserQuery)
	step(t, ctx, 20*time.Second, "clicking Run",
		chromedp.Click(chromedp.Search(`//button[.//*[normalize-space(text())="Run"]]`)),
	)
	waitJS(t, ctx, 20*time.Second, `the results show "Mr Rutte"`,
		`document.body.innerText.replace(/\u00a0/g, " ").includes("Mr Rutte")`)
	shot("query-results")

	// 3. The Visualize view draws the query's source/target graph.
	step(t, ctx, 20*time.Second, "the Visualize view opens",
		chromedp.Click(chromedp.Search(`//*[contains(@class,"mdc-list-item") and normalize-space(.)="Visualize"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.QueryEditor .monaco-editor .view-lines`)),
	)
	// A library query, as its /script endpoint gives it to paste: whom
	// Mark Rutte met, tagged source and target.
	resp, err := http.Get(base + "/api/queries/people-met/script?person=" + url.QueryEscape("Mark Rutte"))
	if err != nil {
		t.Fatal(err)
	}
	script, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(script), "people-met") && !strings.Contains(string(script), "source") {
		t.Fatalf("library script: %d %s", resp.StatusCode, script)
	}
	pasteQuery(t, ctx, string(script))
	step(t, ctx, 20*time.Second, "clicking Run",
		chromedp.Click(chromedp.Search(`//button[.//*[normalize-space(text())="Run"]]`)),
	)
	waitJS(t, ctx, 20*time.Second, "the graph draws nodes and links",
		`document.querySelectorAll(".graph svg circle").length > 1 && document.querySelectorAll(".graph svg line").length > 0`)
	time.Sleep(2 * time.Second) // let the force layout settle for the screenshot
	nodes, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".graph svg circle").length`))
	if err != nil {
		t.Fatal(err)
	}
	links, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".graph svg line").length`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Visualize drew %d nodes and %d links", nodes, links)
	// Nodes are labelled by name, never by IRI.
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".graph svg text")).map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(labels, "Kristrún Frostadóttir") || !slices.Contains(labels, "Mark Rutte") {
		t.Errorf("Visualize labels %q: want Mark Rutte and Kristrún Frostadóttir by name", labels)
	}
	for _, l := range labels {
		if strings.Contains(l, "://") {
			t.Errorf("Visualize labels a node by its IRI: %q", l)
		}
	}
	shot("visualize")

	// 4. No request left 127.0.0.1, and none failed. Close the browser
	// first: it completes its net log on exit.
	if err := chromedp.Cancel(ctx); err != nil {
		t.Errorf("closing chromium: %v", err)
	}
	pl.mu.Lock()
	defer pl.mu.Unlock()
	if len(pl.requests) < 10 {
		t.Errorf("only %d pl.requests seen: %v", len(pl.requests), pl.requests)
	}
	for _, r := range pl.requests {
		if !loopbackOrInline(r) {
			t.Errorf("request left 127.0.0.1: %s", r)
		}
	}
	pageReqs, browserReqs := readNetLog(t, netLog)
	for _, r := range pageReqs {
		if !loopbackOrInline(r.url) {
			t.Errorf("request left 127.0.0.1 (net log, initiator %s): %s", r.initiator, r.url)
		}
	}
	if len(pageReqs) <= len(pl.requests)/2 {
		t.Errorf("the net log shows %d pl.requests of the page, CDP %d", len(pageReqs), len(pl.requests))
	}
	workerSeen := false
	for _, r := range pageReqs {
		workerSeen = workerSeen || strings.HasSuffix(r.url, "/language/typescript/tsWorker.js")
	}
	if !workerSeen {
		t.Error("the net log does not show the TypeScript worker's request for tsWorker.js")
	}
	// Chromium's own services (component updates, accounts, autofill)
	// are not the UI's pl.requests, and are unreachable anyway.
	own := map[string]bool{}
	for _, u := range browserReqs {
		if p, err := url.Parse(u); err == nil && !loopbackOrInline(u) {
			own[p.Host] = true
		}
	}
	if len(own) > 0 {
		hosts := make([]string, 0, len(own))
		for h := range own {
			hosts = append(hosts, h)
		}
		sort.Strings(hosts)
		t.Logf("chromium's own background pl.requests (not the UI's), blocked: %s", strings.Join(hosts, " "))
	}
	for _, f := range pl.failures {
		t.Errorf("failed request: %s", f)
	}
	for _, e := range pl.exceptions {
		t.Errorf("uncaught exception in the page: %s", e)
	}
	t.Logf("%d pl.requests seen by CDP, %d by the net log (the workers' too), all to %s or inline", len(pl.requests), len(pageReqs), base)
}

// browserOptions runs Debian's Chromium headless with every host but
// 127.0.0.1 unreachable, its net log written to netLog and its profile
// in dir.
func browserOptions(dir, netLog string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.Flag("log-net-log", netLog),
		chromedp.UserDataDir(filepath.Join(dir, "chromium-profile")),
		chromedp.WindowSize(1280, 900),
	)
}

// startServe starts natokg serve on a loopback port the system picks,
// with the flags extra, and returns its base URL (read from the line
// serve prints) once it answers HTTP; the server stops with the test.
// The server does not inherit $NATOKG_AUTH_TOKEN.
func startServe(t *testing.T, dir, db string, extra ...string) string {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, extra...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NATOKG_AUTH_TOKEN=")
	out := new(testio.Buffer)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		select {
		case <-done:
			t.Fatalf("natokg serve exited: %s", out.String())
		default:
		}
		if m := servingRE.FindStringSubmatch(out.String()); m != nil {
			if resp, err := http.Get(m[1] + "/"); err == nil {
				resp.Body.Close()
				return m[1]
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("natokg serve did not answer within 20 s: %s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// servingRE finds the address in the line natokg serve prints when it
// listens: "natokg: serving DB on http://127.0.0.1:PORT/ (Ctrl-C stops)".
var servingRE = regexp.MustCompile(`serving .* on (http://[^/\s]+)/`)

// loopbackOrInline reports whether a request URL stays on 127.0.0.1
// (or is a data: or blob: URL, which need no network).
func loopbackOrInline(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	return u.Scheme == "data" || u.Scheme == "blob" || u.Hostname() == "127.0.0.1"
}

// netRequest is a request in Chromium's net log.
type netRequest struct{ url, initiator string }

// readNetLog reads the URL pl.requests of Chromium's net log: those a
// page or worker initiated (with an origin as initiator), and those the
// browser made on its own.
func readNetLog(t *testing.T, path string) (page []netRequest, browser []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("chromium's net log: %v", err)
	}
	var log struct {
		Constants struct {
			LogEventTypes map[string]int `json:"logEventTypes"`
		} `json:"constants"`
		Events []struct {
			Type   int `json:"type"`
			Params struct {
				URL       string `json:"url"`
				Initiator string `json:"initiator"`
			} `json:"params"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatalf("chromium's net log %s: %v", path, err)
	}
	start, ok := log.Constants.LogEventTypes["URL_REQUEST_START_JOB"]
	if !ok {
		t.Fatalf("chromium's net log %s names no URL_REQUEST_START_JOB events", path)
	}
	for _, e := range log.Events {
		if e.Type != start || e.Params.URL == "" {
			continue
		}
		if o, err := url.Parse(e.Params.Initiator); err == nil && o.Scheme != "" && o.Host != "" {
			page = append(page, netRequest{e.Params.URL, e.Params.Initiator})
		} else {
			browser = append(browser, e.Params.URL)
		}
	}
	return page, browser
}

// step runs actions within d, failing the test with what was awaited.
func step(t *testing.T, ctx context.Context, d time.Duration, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: not within %v: %v", what, d, err)
	}
}

// waitJS waits up to d for a JavaScript expression to be true.
func waitJS(t *testing.T, ctx context.Context, d time.Duration, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, d)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// typeQuery replaces the query editor's text with q as a person would:
// click into the editor, select all, type. The text is inserted as one
// input, so Monaco's auto-closing brackets do not double what is typed.
func typeQuery(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	step(t, ctx, 10*time.Second, "typing the query",
		chromedp.Click(chromedp.CSS(`.QueryEditor .monaco-editor .view-lines`)),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: q})
			return err
		}),
	)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`monaco.editor.getModels().filter(m => m.getModeId() === "javascript").map(m => m.getValue()).join("\n")`))
	if err != nil {
		t.Fatal(err)
	}
	if got != q {
		t.Fatalf("the query editor holds %q after typing %q", got, q)
	}
}

// pasteQuery replaces the query editor's text with q at once, as pasting
// a whole program would.
func pasteQuery(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	js, _ := json.Marshal(q)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`(() => { const m = monaco.editor.getModels().find(m => m.getModeId() === "javascript"); m.setValue(`+string(js)+`); return true; })()`)); err != nil {
		t.Fatalf("pasting the query: %v", err)
	}
}

// pageLog is what a page did: every request it made, every failed
// request or response, and every uncaught exception. Guarded by mu.
type pageLog struct {
	mu                             sync.Mutex
	requests, failures, exceptions []string
	urls                           map[cdpnet.RequestID]string
}

// recordPage records what the page of ctx does from now on.
func recordPage(ctx context.Context) (*pageLog, error) {
	pl := &pageLog{urls: map[cdpnet.RequestID]string{}}
	return pl, chromedp.Listen(ctx, pl.event)
}

// event takes one of the browser's events into account.
func (pl *pageLog) event(ev any) {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	switch ev := ev.(type) {
	case *cdpnet.EventRequestWillBeSent:
		pl.requests = append(pl.requests, ev.Request.URL)
		pl.urls[ev.RequestID] = ev.Request.URL
	case *cdpnet.EventResponseReceived:
		if ev.Response.Status >= 400 {
			pl.failures = append(pl.failures, fmt.Sprintf("%d %s", ev.Response.Status, ev.Response.URL))
		}
	case *cdpnet.EventLoadingFailed:
		if !ev.Canceled {
			pl.failures = append(pl.failures, fmt.Sprintf("%s: %s", ev.ErrorText, pl.urls[ev.RequestID]))
		}
	case *cdprt.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		pl.exceptions = append(pl.exceptions, fmt.Sprintf("%s (%s:%d)", msg, d.URL, d.LineNumber))
	}
}

// servedForBrowser serves the bundled releases with natokg serve on a
// free loopback port for a browser test, and returns the test's
// directory, the server's base URL and where screenshots go
// ($NATOKG_ARTIFACTS, default a temporary directory). Without Chromium
// the test is skipped.
func servedForBrowser(t *testing.T) (dir, base, artifacts string) {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("Chromium is not installed at %s (apt-get install chromium): %v", chromium, err)
	}
	dir = t.TempDir()
	db := filepath.Join(dir, "db")
	if _, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	base = startServe(t, dir, db)

	artifacts = os.Getenv("NATOKG_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	} else if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, base, artifacts
}

// startBrowser starts headless Chromium for the test (its net log at
// netLog), recording what its page does; the browser lives as long as
// the test: no timeout on ctx, each step has its own.
func startBrowser(t *testing.T, dir, netLog string) (context.Context, *pageLog) {
	t.Helper()
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(dir, netLog)...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancelCtx)
	pl, err := recordPage(ctx)
	if err != nil {
		t.Fatalf("chromium did not start: %v", err)
	}
	return ctx, pl
}
