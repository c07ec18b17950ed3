package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"path/filepath"
	"testing"
)

// natokg serve mounts the explorer at /api/explore/, behind the token.
func TestServeExplorer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	if _, stderr, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatalf("load: %d %s", code, stderr)
	}
	base := startServe(t, dir, db, "--auth-token", "s3cret")
	get := func(path, token string) (int, map[string]any) {
		req, _ := http.NewRequest("GET", base+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var v map[string]any
		json.NewDecoder(resp.Body).Decode(&v)
		return resp.StatusCode, v
	}
	rutte := url.QueryEscape("https://natokg.example/person/mark-rutte")
	tests := []struct {
		name, path, token string
		code              int
	}{
		{"search", "/api/explore/search?q=rutte", "s3cret", 200},
		{"node", "/api/explore/node?id=" + rutte, "s3cret", 200},
		{"evidence", "/api/explore/evidence?id=" + rutte, "s3cret", 200},
		{"bad parameter", "/api/explore/search?q=rutte&limit=0", "s3cret", 400},
		{"no token", "/api/explore/search?q=rutte", "", 401},
		{"wrong token", "/api/explore/node?id=" + rutte, "wrong", 401},
		{"no endpoint", "/api/explore", "s3cret", 404},
	}
	for _, tt := range tests {
		code, v := get(tt.path, tt.token)
		if code != tt.code {
			t.Errorf("%s: %d %v, want %d", tt.name, code, v, tt.code)
		}
		if tt.name == "search" {
			rows, _ := v["rows"].([]any)
			if len(rows) == 0 || rows[0].(map[string]any)["name"] != "Mark Rutte" {
				t.Errorf("search rutte: %v, want Mark Rutte first", v)
			}
		}
	}
}
