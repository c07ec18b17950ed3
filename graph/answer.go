package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/natokg/natokg/internal/gizmo"
)

// MaxAnswerBytes bounds the size of an answer of /api/v2/query that
// boundAnswers buffers.
const MaxAnswerBytes = 64 << 20

// defaultLimit is Cayley's bound on results when the server sets none.
const defaultLimit = 100

// boundAnswers checks each answer of /api/v2/query, of any language,
// before it reaches the client: one larger than MaxAnswerBytes, one that
// holds more than limit values (gizmo.Weight) or one that is not valid JSON
// is replaced by a JSON error.
func boundAnswers(limit int, next http.Handler) http.Handler {
	if limit <= 0 {
		limit = defaultLimit
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/query") {
			next.ServeHTTP(w, r)
			return
		}
		b := &bufferedAnswer{header: http.Header{}, status: http.StatusOK}
		next.ServeHTTP(b, r)
		b.writeTo(w, limit)
	})
}

// bufferedAnswer is an http.ResponseWriter that keeps the answer, up to
// MaxAnswerBytes.
type bufferedAnswer struct {
	header  http.Header
	status  int
	body    bytes.Buffer
	tooLong bool
}

// Header returns the answer's header.
func (b *bufferedAnswer) Header() http.Header { return b.header }

// WriteHeader keeps the answer's status.
func (b *bufferedAnswer) WriteHeader(status int) { b.status = status }

// Write keeps p, or notes that the answer is too long.
func (b *bufferedAnswer) Write(p []byte) (int, error) {
	if b.tooLong || b.body.Len()+len(p) > MaxAnswerBytes {
		b.tooLong = true
		return 0, fmt.Errorf("graph: the answer is larger than %d bytes", MaxAnswerBytes)
	}
	return b.body.Write(p)
}

// writeTo sends the answer, or the error that replaces it, to w.
func (b *bufferedAnswer) writeTo(w http.ResponseWriter, limit int) {
	if b.tooLong {
		answerError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the answer is larger than %d bytes; narrow the query", MaxAnswerBytes))
		return
	}
	if b.status >= 200 && b.status < 300 {
		var v any
		if err := json.Unmarshal(b.body.Bytes(), &v); err != nil {
			answerError(w, http.StatusUnprocessableEntity, "the query's answer is not valid JSON (a value such as NaN, Infinity or a function?)")
			return
		}
		if n := gizmo.Weight(v); n > limit {
			answerError(w, http.StatusUnprocessableEntity, LimitMessage(n, limit))
			return
		}
	}
	for k, v := range b.header {
		w.Header()[k] = v
	}
	w.WriteHeader(b.status)
	w.Write(b.body.Bytes())
}

// LimitMessage tells that an answer of n values is past limit.
func LimitMessage(n, limit int) string {
	return fmt.Sprintf("the answer holds %d values, more than this server's limit of %d (natokg serve --limit); narrow the query, e.g. nodes(first: %d)", n, limit, limit)
}

// answerError sends {"error": msg} with status.
func answerError(w http.ResponseWriter, status int, msg string) {
	data, _ := json.Marshal(map[string]string{"error": msg})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(data, '\n'))
}
