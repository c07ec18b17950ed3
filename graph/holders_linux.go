package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// describeHolders names the processes that hold a lock on file, as
// " (held by pid 123: natokg serve --db kg.db)", from /proc/locks; ""
// when it cannot tell.
func describeHolders(file string) string {
	var st unix.Stat_t
	if err := unix.Stat(file, &st); err != nil {
		return ""
	}
	f, err := os.Open("/proc/locks")
	if err != nil {
		return ""
	}
	defer f.Close()
	id := fmt.Sprintf("%02x:%02x:%d", unix.Major(st.Dev), unix.Minor(st.Dev), st.Ino)
	var held []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF"; a waiter's
		// line has "->" after the number.
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[1] == "->" || fields[5] != id {
			continue
		}
		pid, err := strconv.Atoi(fields[4])
		if err != nil || pid == os.Getpid() {
			continue
		}
		held = append(held, fmt.Sprintf("pid %d: %s", pid, commandLine(pid)))
	}
	if len(held) == 0 {
		return ""
	}
	return " (held by " + strings.Join(held, "; ") + ")"
}

// commandLine is the command line of process pid, shortened.
func commandLine(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil || len(b) == 0 {
		return "?"
	}
	args := strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
	args[0] = filepath.Base(args[0])
	if len(args) > 4 {
		args = append(args[:4], "...")
	}
	return strings.Join(args, " ")
}
