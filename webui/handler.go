// Package webui serves Cayley's web UI so that it works on whatever
// address natokg listens on, and offline.
//
// Cayley's UI bundle (github.com/cayleygraph/cayley/ui) was built for a
// server at http://localhost:64210, loads the Monaco editor from a CDN
// and its icon font from Google Fonts, and offers a "Query Shape" view
// whose endpoint (/api/v1/shape) Cayley no longer serves. Handler fixes
// the bundle in memory when it is first built: API calls go to the
// page's own origin, Monaco 0.18.1 and the Material Icons font are
// served from /vendor/ (embedded, see thirdparty/README.md), and the
// Query Shape view is removed from the navigation. Every request the UI
// then makes stays on the origin it was loaded from. The Visualize view
// labels each node by the name a result gives it (the library's queries
// tag both ends of a link with their names), to the right of the node,
// coloured by its kind. A link at the top right of the UI leads to
// natokg's explorer at /explore/ (explore/: a page drawing the graph with
// cytoscape.js, vendored under thirdparty/cytoscape, from /api/explore/).
package webui

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/ui"

	"github.com/natokg/natokg/graph/voc/kg"
)

// thirdParty holds the vendored Monaco editor, icon font and cytoscape.js,
// served under VendorPrefix. (The directory is not named "vendor": Go module
// zips drop nested vendor directories, which would break the embed for
// anyone building natokg from the module proxy.)
//
//go:embed thirdparty/monaco-editor thirdparty/fonts thirdparty/cytoscape
var thirdParty embed.FS

// explorer holds natokg's explorer page, served under ExplorePrefix.
//
//go:embed explore
var explorer embed.FS

// ExplorePrefix is the URL path of the explorer page (index.html) and
// its script and stylesheet. /explore redirects to it.
const ExplorePrefix = "/explore/"

// exploreLink is the link to the explorer added to Cayley's UI: fixed at
// the top right, over the UI's app bar, relative to the page's URL.
const exploreLink = `<a id="natokg-explorer-link" href="explore/" title="natokg's explorer: search, expand and see the evidence" ` +
	`style="position:fixed;top:14px;right:16px;z-index:10000;padding:6px 12px;border-radius:4px;background:#fff;color:#1f4e9c;` +
	`font:600 14px/1.2 sans-serif;text-decoration:none;box-shadow:0 1px 3px rgba(0,0,0,.4)">Explorer &rarr;</a>`

// VendorPrefix is the URL path under which the vendored assets are
// served: the Monaco editor at VendorPrefix+"monaco-editor/min/vs/" and
// the icon font at VendorPrefix+"fonts/material-icons/".
const VendorPrefix = "/vendor/"

// MonacoBase is the URL path the patched UI loads Monaco's AMD modules from.
const MonacoBase = VendorPrefix + "monaco-editor/min/vs"

// FontCSS is the URL path of the Material Icons stylesheet the patched
// UI imports.
const FontCSS = VendorPrefix + "fonts/material-icons/material-icons.css"

// patch is one exact replacement in Cayley's UI bundle. count is how
// many times old must occur across the bundle's .js, .css and .html
// files: a different count means the bundle changed, and Handler fails
// rather than serve a UI that silently calls the wrong place.
type patch struct {
	why, old, new string
	count         int
}

var patches = []patch{
	{
		why: "the API server is the page's own origin",
		// main chunk: de=(n(83),"http://localhost:64210"), passed to
		// every view as serverURL and used as "".concat(serverURL,
		// "/api/v2/query?...") — "" makes it a same-origin path. The
		// vendor chunk holds it once more, in a dead process.env object.
		old:   `"http://localhost:64210"`,
		new:   `""`,
		count: 2,
	},
	{
		why:   "the Monaco loader is served by natokg",
		old:   `"https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs/loader.js"`,
		new:   `"` + MonacoBase + `/loader.js"`,
		count: 1,
	},
	{
		why:   "Monaco's modules are served by natokg",
		old:   `"https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs"`,
		new:   `"` + MonacoBase + `"`,
		count: 1,
	},
	{
		why:   "the Material Icons font is served by natokg",
		old:   `@import url(https://fonts.googleapis.com/icon?family=Material+Icons);`,
		new:   `@import url(` + FontCSS + `);`,
		count: 1,
	},
	{
		why:   "no navigation entry for the Query Shape view (/api/v1/shape is gone from Cayley)",
		old:   `r.a.createElement(J.d,{activated:"queryShape"===n,onClick:function(){return c("queryShape")}},"Query Shape"),`,
		new:   ``,
		count: 1,
	},
	{
		why:   "the Query Shape view is never rendered",
		old:   `"queryShape"===n&&r.a.createElement(Y,{serverURL:de}),`,
		new:   ``,
		count: 1,
	},
	{
		why: "Visualize keeps the name a result gives each end ({\"@id\": IRI, \"name\": ...}, as the library's queries tag them)",
		old: `var s=o.source["@id"],f=o.target["@id"];n.add(s),n.add(f),t.push({source:s,target:f})`,
		new: `var s=o.source["@id"],f=o.target["@id"],nm=window.natokgNames=window.natokgNames||{};` +
			`o.source.name&&(nm[s]=o.source.name),o.target.name&&(nm[f]=o.target.name);n.add(s),n.add(f),t.push({source:s,target:f})`,
		count: 1,
	},
	{
		why:   "Visualize's nodes carry their names",
		old:   `.map(function(e){return{id:e}})`,
		new:   `.map(function(e){return{id:e,name:(window.natokgNames||{})[e]}})`,
		count: 1,
	},
	{
		why: "Visualize labels a node by its name, to the right of it, coloured by its kind, its kind and IRI shown on hover",
		old: `r.a.createElement("circle",{r:5,fill:"#21D4FD"}),r.a.createElement("text",{textAnchor:"end"},t.id)`,
		new: `r.a.createElement("circle",{r:6,fill:` + kindColours + `[` + kindOf + `]||"#21D4FD"},r.a.createElement("title",null,` + kindOf + `+" "+t.id)),` +
			`r.a.createElement("text",{x:9,y:4,fontSize:12},t.name||t.id)`,
		count: 1,
	},
	{
		why:   "a link to natokg's explorer",
		old:   `<div id="root"></div>`,
		new:   exploreLink + `<div id="root"></div>`,
		count: 1,
	},
}

// kindOf is the JavaScript expression of the kind of node t.id names, from
// its IRI (kg.IRI: the kind follows kg.NS), or "" for another IRI.
var kindOf = `(t.id.indexOf("` + kg.NS + `")===0?t.id.slice(` + strconv.Itoa(len(kg.NS)) + `).split("/")[0]:"")`

// kindColours is the JavaScript object of the colour of each kind of node
// in the Visualize view.
var kindColours = func() string {
	colours := []struct {
		k kg.Kind
		c string
	}{{kg.Person, "#1f77b4"}, {kg.Org, "#ff7f0e"}, {kg.Place, "#2ca02c"}, {kg.Event, "#d62728"}, {kg.Post, "#9467bd"}, {kg.Role, "#8c564b"}, {kg.Release, "#7f7f7f"}}
	var b strings.Builder
	b.WriteString("{")
	for i, c := range colours {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "%q:%q", c.k, c.c)
	}
	return b.String() + "}"
}()

// sourceMapRE matches the bundle's source map comments, each on a line
// of its own: the maps are not served (they hold the unpatched sources).
var sourceMapRE = regexp.MustCompile(`(?m)^(//# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*\n]*\*/)$`)

// serviceWorker replaces Cayley's service worker, which imports Workbox
// from a CDN. The UI never registers it (it unregisters any worker it
// finds); should a browser still hold a registration at this origin,
// this one removes itself.
const serviceWorker = `// natokg: no service worker; remove any left registered at this origin.
self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function () { self.registration.unregister(); });
`

// skipped are Cayley's UI files natokg does not serve: the precache
// manifest belongs to the replaced service worker.
var skipped = regexp.MustCompile(`(\.map$|^precache-manifest\.)`)

// contentTypes gives the type of each extension served; a file with
// another extension is not served.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".json":  "application/json",
	".ts":    "text/plain; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".ico":   "image/x-icon",
	".png":   "image/png",
	".svg":   "image/svg+xml",
	".woff2": "font/woff2",
	"":       "text/plain; charset=utf-8", // LICENSE
}

// asset is one file served, whole, from memory.
type asset struct {
	name  string
	data  []byte
	ctype string
	etag  string
}

var build = sync.OnceValues(buildAssets)

// Handler serves Cayley's web UI, patched to work on any origin and
// offline, at / (index.html) and below, and the vendored Monaco editor
// and icon font under VendorPrefix. The files are read and patched once
// per process; an error means Cayley's bundle is not the one the
// patches were written for.
func Handler() (http.Handler, error) {
	assets, err := build()
	if err != nil {
		return nil, err
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		switch {
		case p == "/":
			p = "/index.html"
		case p == "/explore" && !strings.HasSuffix(r.URL.Path, "/"):
			// The page's own URLs are relative to /explore/. The
			// Location is relative too (http.Redirect would make it
			// "/explore/"), so a proxy may serve natokg under a prefix.
			loc := "explore/"
			if r.URL.RawQuery != "" {
				loc += "?" + r.URL.RawQuery
			}
			w.Header().Set("Location", loc)
			w.WriteHeader(http.StatusMovedPermanently)
			return
		case p == "/explore":
			p = ExplorePrefix + "index.html"
		}
		a, ok := assets[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.ctype)
		h.Set("ETag", a.etag)
		h.Set("X-Content-Type-Options", "nosniff")
		if a.name == "index.html" || a.name == "service-worker.js" || strings.HasPrefix(p, ExplorePrefix) {
			h.Set("Cache-Control", "no-cache")
		}
		http.ServeContent(w, r, a.name, time.Time{}, bytes.NewReader(a.data))
	}), nil
}

// buildAssets reads Cayley's UI and the vendored files into memory,
// keyed by URL path, and applies the patches.
func buildAssets() (map[string]*asset, error) {
	assets := map[string]*asset{}
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("webui: cayley's ui: %w", err)
	}
	counts := make([]int, len(patches))
	err = fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || skipped.MatchString(path.Base(name)) {
			return err
		}
		data, err := fs.ReadFile(web, name)
		if err != nil {
			return err
		}
		switch path.Ext(name) {
		case ".js", ".css", ".html":
			for i, p := range patches {
				counts[i] += bytes.Count(data, []byte(p.old))
				data = bytes.ReplaceAll(data, []byte(p.old), []byte(p.new))
			}
			data = sourceMapRE.ReplaceAll(data, nil)
		}
		if name == "service-worker.js" {
			data = []byte(serviceWorker)
		}
		return add(assets, "/"+name, data)
	})
	if err != nil {
		return nil, fmt.Errorf("webui: cayley's ui: %w", err)
	}
	for i, p := range patches {
		if counts[i] != p.count {
			return nil, fmt.Errorf("webui: cayley's ui bundle changed: %q occurs %d times, want %d (patch: %s)", p.old, counts[i], p.count, p.why)
		}
	}
	vendor, err := fs.Sub(thirdParty, "thirdparty")
	if err != nil {
		return nil, fmt.Errorf("webui: vendored assets: %w", err)
	}
	err = fs.WalkDir(vendor, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(vendor, name)
		if err != nil {
			return err
		}
		return add(assets, VendorPrefix+name, data)
	})
	if err != nil {
		return nil, fmt.Errorf("webui: vendored assets: %w", err)
	}
	err = fs.WalkDir(explorer, "explore", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(explorer, name)
		if err != nil {
			return err
		}
		return add(assets, "/"+name, data)
	})
	if err != nil {
		return nil, fmt.Errorf("webui: explorer: %w", err)
	}
	if _, ok := assets["/index.html"]; !ok {
		return nil, fmt.Errorf("webui: cayley's ui has no index.html: %w", fs.ErrNotExist)
	}
	return assets, nil
}

// add records the file served at urlPath, refusing a type it does not know.
func add(assets map[string]*asset, urlPath string, data []byte) error {
	base := path.Base(urlPath)
	ctype, ok := contentTypes[strings.ToLower(path.Ext(base))]
	if !ok {
		return fmt.Errorf("%s: no content type for %q", urlPath, path.Ext(base))
	}
	sum := sha256.Sum256(data)
	assets[urlPath] = &asset{name: base, data: data, ctype: ctype, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
	return nil
}
