package graph

import "testing"

func TestAllowedHost(t *testing.T) {
	for _, c := range []struct {
		host  string
		allow []string
		want  bool
	}{
		{"127.0.0.1:64210", nil, true},
		{"[::1]:64210", nil, true},
		{"localhost:64210", nil, true},
		{"LOCALHOST", nil, true},
		{"app.localhost:80", nil, true},
		{"192.168.1.7:64210", nil, true},
		{"", nil, true},
		{"attacker.example", nil, false},
		{"attacker.example:64210", nil, false},
		{"localhost.attacker.example", nil, false},
		{"kg.internal:64210", []string{"kg.internal"}, true},
		{"KG.Internal", []string{"kg.internal"}, true},
		{"other.internal", []string{"kg.internal"}, false},
		{"anything.example", []string{"*"}, true},
	} {
		if got := allowedHost(c.host, c.allow); got != c.want {
			t.Errorf("allowedHost(%q, %q) = %v, want %v", c.host, c.allow, got, c.want)
		}
	}
}

func TestSimpleContentType(t *testing.T) {
	for ct, want := range map[string]bool{
		"":                                  true,
		"text/plain; charset=utf-8":         true,
		"Application/X-WWW-Form-Urlencoded": true,
		"multipart/form-data; boundary=x":   true,
		"application/n-quads":               false,
		"application/json":                  false,
	} {
		if got := simpleContentType(ct); got != want {
			t.Errorf("simpleContentType(%q) = %v, want %v", ct, got, want)
		}
	}
}
