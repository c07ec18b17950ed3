// Package pgtest gives tests a fresh PostgreSQL database on the server
// named by $NATOKG_TEST_POSTGRES, and skips them, naming that variable,
// when it is not set. .ci/run starts a throwaway server and sets it.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	// The PostgreSQL driver Cayley's postgres backend uses.
	_ "github.com/lib/pq"
)

// Env is the variable that names the server: a PostgreSQL URL such as
// postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable.
const Env = "NATOKG_TEST_POSTGRES"

// Addr creates a new, empty database on the server and returns its URL,
// for graph.Open. The database is dropped when the test ends. Without
// $NATOKG_TEST_POSTGRES, Addr skips the test.
func Addr(t testing.TB) string {
	t.Helper()
	server := os.Getenv(Env)
	if server == "" {
		t.Skipf("no PostgreSQL server: set %s=postgres://user@127.0.0.1:5432/postgres?sslmode=disable to run the PostgreSQL tests (.ci/run does)", Env)
	}
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	admin, err := sql.Open("postgres", server)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "natokg_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database on %s: %v", u.Host, err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("postgres", server)
		if err != nil {
			return
		}
		defer admin.Close()
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String()
}
