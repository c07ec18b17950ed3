package supervise

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/natokg/natokg/internal/testio"
)

// TestMain lets the test binary act as a worker when the supervisor runs
// it with SUPERVISE_TEST_WORKER set: "die" serves until a request for
// /die, then exits at once as a fatal error would, and stops when its
// supervisor is gone; "fail" exits before it is ready. With
// SUPERVISE_TEST_SUPERVISOR set it is a supervisor of "die" workers that
// prints its address.
func TestMain(m *testing.M) {
	if os.Getenv("SUPERVISE_TEST_SUPERVISOR") != "" {
		superviseForTest()
		return
	}
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
		go func() {
			<-Lifeline(context.Background()).Done()
			os.Exit(0)
		}()
		http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/die" {
				os.Exit(2)
			}
			fmt.Fprintf(w, "pid %d", os.Getpid())
		}))
	}
}

// superviseForTest runs a supervisor of "die" workers, which write to its
// standard output and error, until it is killed.
func superviseForTest() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("http://%s\n", ln.Addr())
	s := &Supervisor{
		Listener: ln.(*net.TCPListener),
		Log:      os.Stderr,
		Command: func(int) *exec.Cmd {
			c := exec.Command(os.Args[0])
			c.Env = append(os.Environ(), "SUPERVISE_TEST_SUPERVISOR=", "SUPERVISE_TEST_WORKER=die")
			c.Stdout, c.Stderr = os.Stdout, os.Stderr
			return c
		},
	}
	s.Run(context.Background())
}

func start(t *testing.T, mode string) (*Supervisor, string, chan error, context.CancelFunc, *testio.Buffer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	log := &testio.Buffer{}
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

// TestOrphanedWorkerStops kills a supervisor with SIGKILL, as a test
// harness or an impatient user does, and checks that its worker stops
// too: the output they shared is closed, and the socket refuses.
func TestOrphanedWorkerStops(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	sup := exec.Command(os.Args[0])
	sup.Env = append(os.Environ(), "SUPERVISE_TEST_SUPERVISOR=1")
	sup.Stdout = w
	if err := sup.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	defer sup.Process.Kill()
	out := bufio.NewReader(r)
	line, err := out.ReadString('\n')
	if err != nil {
		t.Fatalf("the supervisor printed no address: %v", err)
	}
	base := strings.TrimSpace(line)
	if _, err := get(base + "/"); err != nil {
		t.Fatalf("the worker does not answer: %v", err)
	}
	sup.Process.Kill()
	sup.Wait()
	closed := make(chan error, 1)
	go func() { _, err := io.ReadAll(out); closed <- err }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the worker still holds its output 30 s after its supervisor was killed")
	}
	if _, err := get(base + "/"); err == nil {
		t.Error("a request was answered after the supervisor and its worker were gone")
	}
}
