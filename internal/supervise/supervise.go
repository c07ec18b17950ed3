// Package supervise keeps a server answering when the process that runs
// its queries dies.
//
// natokg serve runs as two processes. The first (the supervisor) owns the
// listening socket and nothing else: it opens no store and runs no query.
// It starts a copy of natokg (the worker) that serves HTTP on that socket,
// and starts it again whenever it dies. Whatever a query does to the
// worker (a fatal Go error such as a stack overflow in the JavaScript
// engine, the out-of-memory killer, a crash in a dependency), the socket
// stays open, connections wait in its queue while the worker starts
// again, and the next request is answered.
package supervise

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// The worker finds the listening socket, the readiness pipe and the
// lifeline at these file descriptors (exec.Cmd.ExtraFiles start at 3).
// The lifeline is the read end of a pipe whose write end only the
// supervisor holds: when the supervisor dies, however it dies, the
// kernel closes that end and the worker reads end of file.
const (
	ListenFD   = 3
	ReadyFD    = 4
	LifelineFD = 5
)

// Supervisor starts and restarts a worker process.
type Supervisor struct {
	// Listener is the socket the worker serves on; the supervisor keeps it
	// open across restarts.
	Listener *net.TCPListener
	// Command returns the command that starts the worker; start counts
	// the starts before this one (0 the first time). The supervisor adds
	// the socket and the readiness pipe as ExtraFiles.
	Command func(start int) *exec.Cmd
	// Log receives a line for each restart.
	Log io.Writer
	// StopGrace is how long a worker has to stop after SIGTERM before it
	// is killed; 0 means 10 seconds.
	StopGrace time.Duration
}

// ErrNotReady is returned (wrapped, with the worker's *exec.ExitError) by
// Run when the worker exits before it says it is ready: it could not
// start (a store it cannot open, say), and starting it again would fail
// the same way.
var ErrNotReady = errors.New("the server process stopped before it was ready")

// Run starts the worker, starts it again each time it dies, and returns
// when ctx is done (after stopping the worker with SIGTERM) or when a
// worker exits before it is ready.
func (s *Supervisor) Run(ctx context.Context) error {
	file, err := s.Listener.File()
	if err != nil {
		return fmt.Errorf("supervise: %w", err)
	}
	defer file.Close()
	lifeR, lifeW, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("supervise: %w", err)
	}
	defer lifeR.Close()
	defer lifeW.Close()
	for start := 0; ; start++ {
		died, err := s.runOnce(ctx, []*os.File{file, nil, lifeR}, start)
		if err != nil || died == nil {
			return err
		}
		fmt.Fprintf(s.Log, "natokg serve: the server process stopped (%v); starting it again\n", died.err)
		// A worker that dies at once, again and again, must not spin.
		if time.Since(died.at) < time.Second {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
}

// death says how and when a worker died.
type death struct {
	err error
	at  time.Time
}

// runOnce runs one worker with the given extra files, of which it fills
// the readiness pipe's place. It returns nil, nil when ctx ended and the
// worker stopped; a death when the worker died after it was ready.
func (s *Supervisor) runOnce(ctx context.Context, files []*os.File, start int) (*death, error) {
	readyR, readyW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("supervise: %w", err)
	}
	defer readyR.Close()
	cmd := s.Command(start)
	files[ReadyFD-ListenFD] = readyW
	cmd.ExtraFiles = files
	started := time.Now()
	err = cmd.Start()
	readyW.Close()
	if err != nil {
		return nil, fmt.Errorf("supervise: start the server process: %w", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	ready := make(chan bool, 1)
	go func() {
		var b [1]byte
		n, _ := readyR.Read(b[:])
		ready <- n == 1
	}()
	select {
	case ok := <-ready:
		if !ok {
			err := <-exited
			if err == nil {
				err = errors.New("it exited")
			}
			return nil, fmt.Errorf("%w (%w)", ErrNotReady, err)
		}
	case <-ctx.Done():
		return nil, s.stop(cmd, exited)
	}
	select {
	case err := <-exited:
		if err == nil {
			err = errors.New("it exited")
		}
		return &death{err: err, at: started}, nil
	case <-ctx.Done():
		return nil, s.stop(cmd, exited)
	}
}

// stop asks the worker to stop, and kills it if it has not within the
// grace period.
func (s *Supervisor) stop(cmd *exec.Cmd, exited <-chan error) error {
	grace := s.StopGrace
	if grace <= 0 {
		grace = 10 * time.Second
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
		return nil
	case <-time.After(grace):
		_ = cmd.Process.Kill()
		<-exited
		return fmt.Errorf("supervise: the server process did not stop within %v and was killed", grace)
	}
}

// Worker is the worker's side: the socket the supervisor passed and a
// function that tells the supervisor the worker is ready.
func Worker() (net.Listener, func(), error) {
	f := os.NewFile(ListenFD, "natokg-listener")
	if f == nil {
		return nil, nil, errors.New("supervise: no listening socket passed")
	}
	ln, err := net.FileListener(f)
	f.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("supervise: the listening socket: %w", err)
	}
	readyFile := os.NewFile(ReadyFD, "natokg-ready")
	ready := func() {
		if readyFile != nil {
			readyFile.Write([]byte{1})
			readyFile.Close()
			readyFile = nil
		}
	}
	return ln, ready, nil
}

// Lifeline is the worker's side too: it returns a context that ends when
// ctx does or when the supervisor that started this worker is gone, so
// that a worker never outlives its supervisor (killed with SIGKILL, say)
// holding the store and the supervisor's output open.
func Lifeline(ctx context.Context) context.Context {
	f := os.NewFile(LifelineFD, "natokg-lifeline")
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		defer cancel()
		defer f.Close()
		// The supervisor never writes: Read returns when its end closes.
		var b [1]byte
		f.Read(b[:])
	}()
	return ctx
}
