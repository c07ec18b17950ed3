package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAuthToken(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o600)
		return p
	}
	good, spaced, empty := write("good", "s3cret\n"), write("spaced", "  s3cret  \r\nsecond line\n"), write("empty", "\n")
	t.Setenv("NATOKG_AUTH_TOKEN", "from-env")
	tests := []struct {
		name, flag, file, want, err string
	}{
		{name: "flag", flag: "f", want: "f"},
		{name: "file", file: good, want: "s3cret"},
		{name: "file, first line trimmed", file: spaced, want: "s3cret"},
		{name: "environment", want: "from-env"},
		{name: "both flags", flag: "f", file: good, err: "give one"},
		{name: "empty file", file: empty, err: "holds no token"},
		{name: "missing file", file: filepath.Join(dir, "none"), err: "no such file"},
	}
	for _, tt := range tests {
		got, err := authToken(tt.flag, tt.file)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// natokg serve --auth-token-file: the token never shows on the command
// line, and every request needs it.
func TestServeAuthTokenFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "token"), []byte("s3cret\n"), 0o600)
	base := startServe(t, dir, "memory", "--auth-token-file", "token")
	get := func(token string) int {
		req, _ := http.NewRequest("GET", base+"/api/queries", nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("s3cret"); code != http.StatusOK {
		t.Errorf("the token from the file: %d, want 200", code)
	}
	if code := get(""); code != http.StatusUnauthorized {
		t.Errorf("no token: %d, want 401", code)
	}
	if code := get("wrong"); code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d, want 401", code)
	}
	// An empty token file is refused at once.
	os.WriteFile(filepath.Join(dir, "empty"), nil, 0o600)
	if _, errs, code := natokg(t, dir, "serve", "--db", "memory", "--addr", "127.0.0.1:0", "--auth-token-file", "empty"); code == 0 || !strings.Contains(errs, "holds no token") {
		t.Errorf("empty token file: exit %d, %q", code, errs)
	}
}
