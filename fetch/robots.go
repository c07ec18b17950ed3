package fetch

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
)

// Robots is a parsed robots.txt: the rules of the group that applies to
// one user agent (RFC 9309).
type Robots struct {
	rules []robotsRule
	// CrawlDelay is the group's Crawl-delay, zero when it sets none.
	CrawlDelay time.Duration
	// all is true when every path is allowed (no robots.txt); none when
	// every path is refused (robots.txt could not be read).
	all, none bool
}

type robotsRule struct {
	allow   bool
	pattern string
}

// AllowAll is the Robots of a host without a robots.txt.
func AllowAll() *Robots { return &Robots{all: true} }

// DisallowAll is the Robots of a host whose robots.txt could not be read
// (a server error): RFC 9309 says to assume a complete disallow.
func DisallowAll() *Robots { return &Robots{none: true} }

// ParseRobots reads a robots.txt and keeps the group for agent (its
// product token, such as "natokg", matched case-insensitively), or the
// "*" group when no group names agent.
func ParseRobots(r io.Reader, agent string) *Robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	inAgents := false
	sc := bufio.NewScanner(io.LimitReader(r, 500<<10))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(v))
			inAgents = true
		case "allow", "disallow":
			inAgents = false
			if cur == nil || (k == "disallow" && v == "") {
				continue
			}
			cur.rules = append(cur.rules, robotsRule{allow: k == "allow", pattern: v})
		case "crawl-delay":
			inAgents = false
			if cur == nil {
				continue
			}
			if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 && f < 3600 {
				cur.delay = time.Duration(f * float64(time.Second))
			}
		}
	}
	rb := &Robots{}
	var star *group
	for _, g := range groups {
		for _, a := range g.agents {
			if a == "*" && star == nil {
				star = g
			}
			if a != "*" && a != "" && strings.HasPrefix(agent, a) {
				rb.rules, rb.CrawlDelay = g.rules, g.delay
				return rb
			}
		}
	}
	if star != nil {
		rb.rules, rb.CrawlDelay = star.rules, star.delay
	}
	return rb
}

// Allowed reports whether path (with its query) may be fetched: the
// longest matching rule wins, Allow over Disallow on a tie.
func (rb *Robots) Allowed(path string) bool {
	if rb == nil || rb.all {
		return true
	}
	if rb.none {
		return false
	}
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, r := range rb.rules {
		if !robotsMatch(r.pattern, path) {
			continue
		}
		if n := len(r.pattern); n > best || (n == best && r.allow) {
			best, allow = n, r.allow
		}
	}
	return allow
}

// robotsMatch matches path against a robots.txt pattern: a prefix, with
// * for any run of characters and a final $ anchoring the end.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return !anchored || rest == ""
}
