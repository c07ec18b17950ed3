package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Meta is what is kept beside a saved page, in its .meta.json sidecar.
type Meta struct {
	// URL is the page's address as asked for.
	URL string `json:"url"`
	// FinalURL is where redirects led, when elsewhere.
	FinalURL string `json:"final_url,omitempty"`
	// ETag and LastModified are the server's validators, sent back on
	// the next fetch so that an unchanged page is not sent again.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// FetchedAt is when the page was downloaded.
	FetchedAt time.Time `json:"fetched_at"`
	// ContentType is the server's Content-Type.
	ContentType string `json:"content_type,omitempty"`
}

// MetaSuffix ends the name of a page's sidecar.
const MetaSuffix = ".meta.json"

var unsafeRE = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// PathFor is the file a page at u is saved in under dir, the same for the
// same URL on every run: dir/HOST/PATH, each segment of the path made
// safe, "index.html" for a path ending in /, and a query written into
// the name with a short hash of it (news.htm?page=2 ->
// news_page-2_1a2b3c4d.htm).
func PathFor(dir string, u *url.URL) (string, error) {
	hostName := safe(strings.ToLower(u.Host))
	if hostName == "" {
		return "", errors.New("no host in the URL")
	}
	p := u.Path
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	var segs []string
	for _, s := range strings.Split(p, "/") {
		if s = safe(s); s != "" && s != "." && s != ".." {
			segs = append(segs, s)
		}
	}
	if len(segs) == 0 {
		segs = []string{"index.html"}
	}
	name := segs[len(segs)-1]
	if u.RawQuery != "" {
		ext := path.Ext(name)
		sum := sha256.Sum256([]byte(u.RawQuery))
		q := safe(u.RawQuery)
		if len(q) > 60 {
			q = q[:60]
		}
		name = strings.TrimSuffix(name, ext) + "_" + q + "_" + hex.EncodeToString(sum[:4]) + ext
	}
	if len(name) > 200 {
		sum := sha256.Sum256([]byte(name))
		name = name[:100] + "_" + hex.EncodeToString(sum[:8]) + path.Ext(name)
	}
	segs[len(segs)-1] = name
	return filepath.Join(append([]string{dir, hostName}, segs...)...), nil
}

func safe(s string) string {
	if un, err := url.PathUnescape(s); err == nil {
		s = un
	}
	return strings.Trim(unsafeRE.ReplaceAllString(s, "-"), "-")
}

// loadSaved returns a page saved before and its sidecar, or nils when
// either is missing or unreadable (then it is fetched whole).
func loadSaved(p string) ([]byte, *Meta) {
	body, err := os.ReadFile(p)
	if err != nil {
		return nil, nil
	}
	b, err := os.ReadFile(p + MetaSuffix)
	if err != nil {
		return nil, nil
	}
	var m Meta
	if json.Unmarshal(b, &m) != nil {
		return nil, nil
	}
	return body, &m
}

// save writes a page and then its sidecar, each whole (written beside and
// renamed), so that a stop leaves the old pair or a page whose sidecar is
// missing, which is fetched again. Only the sidecar is written when the
// page is unchanged.
func save(p string, body []byte, m Meta, unchanged bool) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if !unchanged {
		_ = os.Remove(p + MetaSuffix)
		if err := writeFile(p, body); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(p+MetaSuffix, append(b, '\n'))
}

func writeFile(p string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
