package graph

import (
	"net"
	"net/http"
	"strings"
	"sync"
)

// allowedHost reports whether a request's Host names this server: an IP
// address (DNS rebinding needs a name), "localhost" or a name of allow
// ("*" allows any). Names are compared without port and case.
func allowedHost(host string, allow []string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	if host == "" {
		// HTTP/1.0 clients may send no Host at all.
		return true
	}
	if net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	for _, a := range allow {
		if a == "*" || strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

// hostCheck answers 421 Misdirected Request to a request whose Host is not
// one this server answers to: a web page that rebinds its own name to the
// loopback address cannot read the graph.
func hostCheck(allow []string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowedHost(r.Host, allow) {
			http.Error(w, `{"error":"this natokg server does not answer to the name `+jsonSafe(r.Host)+` (natokg serve --allow-host NAME adds one)"}`, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// jsonSafe keeps only the characters of s that need no escaping in a JSON
// string and cannot end it.
func jsonSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == '"' || r == '\\' || r > 0x7e {
			return -1
		}
		return r
	}, s)
}

// crossSite refuses the API to other web sites. Writes are refused by
// Go's cross-origin protection (Sec-Fetch-Site and Origin against Host);
// a page of another site may not run queries either (a GET that a page
// includes as an image or script runs a query), and a write must not come
// as one of the content types a form or a plain fetch can send without a
// CORS preflight.
func crossSite(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"error":"natokg refuses requests from another web site"}`, http.StatusForbidden)
	}))
	return cop.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") && r.Header.Get("Sec-Fetch-Site") == "cross-site" {
			http.Error(w, `{"error":"natokg refuses requests from another web site"}`, http.StatusForbidden)
			return
		}
		if writing(r) && simpleContentType(r.Header.Get("Content-Type")) {
			http.Error(w, `{"error":"a write must be sent with Content-Type application/n-quads or application/json"}`, http.StatusUnsupportedMediaType)
			return
		}
		next.ServeHTTP(w, r)
	}))
}

// writing reports whether r would change the store or the server's state.
func writing(r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions {
		return false
	}
	p := r.URL.Path
	return strings.HasSuffix(p, "/write") || strings.HasSuffix(p, "/delete") || strings.Contains(p, "/namespace_rules")
}

// simpleContentType reports whether a browser may send a body of content
// type ct to another site without asking it first (a "simple request").
func simpleContentType(ct string) bool {
	ct = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	switch ct {
	case "", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data":
		return true
	}
	return false
}

// perClient bounds the queries one client (one remote address) runs at
// once: past max, it answers 429 Too Many Requests.
func perClient(max int, next http.Handler) http.Handler {
	if max <= 0 {
		return next
	}
	var mu sync.Mutex
	running := map[string]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			client = r.RemoteAddr
		}
		mu.Lock()
		if running[client] >= max {
			mu.Unlock()
			w.Header().Set("Retry-After", "1")
			http.Error(w, `{"error":"too many queries at once from this client (natokg serve --client-queries)"}`, http.StatusTooManyRequests)
			return
		}
		running[client]++
		mu.Unlock()
		defer func() {
			mu.Lock()
			if running[client]--; running[client] == 0 {
				delete(running, client)
			}
			mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}
