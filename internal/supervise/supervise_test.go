package supervise

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestMain lets the test binary act as a worker when the supervisor runs
// it with SUPERVISE_TEST_WORKER set: "die" serves until a request for
// /die, then exits at once as a fatal error would; "fail" exits before it
// is ready.
func TestMain(m *testing.M) {
	switch os.Getenv("SUPERVISE_TEST_WORKER") {
	case "":
		os.Exit(m.Run())
	case "fail":
		fmt.Fprintln(os.Stderr, "worker: cannot open the store")
		os.Exit(1)
	case "die":
		ln, ready, err := Worker()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		ready()
		http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/die" {
				os.Exit(2)
			}
			fmt.Fprintf(w, "pid %d", os.Getpid())
		}))
	}
}

// syncBuffer is a bytes.Buffer safe for the supervisor and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func start(t *testing.T, mode string) (*Supervisor, string, chan error, context.CancelFunc, *syncBuffer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	log := &syncBuffer{}
	s := &Supervisor{
		Listener: ln.(*net.TCPListener),
		Log:      log,
		Command: func(int) *exec.Cmd {
			c := exec.Command(os.Args[0])
			c.Env = append(os.Environ(), "SUPERVISE_TEST_WORKER="+mode)
			c.Stderr = log
			return c
		},
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Run(ctx) }()
	return s, "http://" + ln.Addr().String(), errc, cancel, log
}

func get(url string) (string, error) {
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

// TestRestart kills the worker through a request and checks that the
// next request is answered by a new worker on the same socket, and that
// Run returns once its context ends.
func TestRestart(t *testing.T) {
	_, base, errc, cancel, log := start(t, "die")
	first, err := get(base + "/")
	if err != nil {
		t.Fatalf("first request: %v", err)
	}
	if _, err := get(base + "/die"); err == nil {
		t.Error("the request that killed the worker got an answer")
	}
	second, err := get(base + "/")
	if err != nil {
		t.Fatalf("after the worker died: %v (log: %s)", err, log)
	}
	if first == second {
		t.Errorf("the same worker answered before and after it died: %s", first)
	}
	if !strings.Contains(log.String(), "starting it again") {
		t.Errorf("log %q does not say the worker was started again", log)
	}
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run: %v, want nil after its context ended", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return after its context ended")
	}
}

// TestNotReady checks that a worker that cannot start is not started
// again and again: Run returns ErrNotReady.
func TestNotReady(t *testing.T) {
	_, _, errc, cancel, log := start(t, "fail")
	defer cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, ErrNotReady) {
			t.Errorf("Run: %v, want ErrNotReady", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run went on with a worker that cannot start")
	}
	if !strings.Contains(log.String(), "cannot open the store") {
		t.Errorf("the worker's message is lost: %q", log)
	}
}
