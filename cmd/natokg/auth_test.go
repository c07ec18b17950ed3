package main

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "token"), []byte("s3cret\n"), 0o600)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, "serve", "--db", "memory", "--addr", addr, "--auth-token-file", "token")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NATOKG_AUTH_TOKEN=")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	defer func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	get := func(token string) int {
		req, _ := http.NewRequest("GET", "http://"+addr+"/api/queries", nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	deadline := time.Now().Add(20 * time.Second)
	for get("s3cret") != http.StatusOK {
		select {
		case <-done:
			t.Fatalf("natokg serve exited: %s", out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("natokg serve did not answer with the token within 20 s: %s", out.String())
		}
		time.Sleep(100 * time.Millisecond)
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
