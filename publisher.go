package natokg

import (
	"net/url"
	"strings"
)

// PublisherOfURL returns the publisher of the page at address u: "NATO"
// for nato.int and its sites (shape.nato.int, act.nato.int), else the
// site's host without "www."; "" where u is no web address.
func PublisherOfURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Hostname() == "" || p.Scheme != "http" && p.Scheme != "https" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	if host == "nato.int" || strings.HasSuffix(host, ".nato.int") {
		return "NATO"
	}
	return host
}
