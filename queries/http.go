package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Runner runs a Gizmo program and returns its results (a library query
// emits no more than the page asked for).
type Runner func(ctx context.Context, text string) ([]any, error)

// HandlerOptions bounds the queries a Handler runs.
type HandlerOptions struct {
	// Timeout stops a query that runs longer; 0 means 30 seconds.
	Timeout time.Duration
	// Limit bounds the rows of a page, and is a page's length where the
	// request gives none; 0 means 100.
	Limit int
}

// Handler serves the library over HTTP, under the prefix it is mounted at:
//
//	GET  PREFIX            the queries, with their docs, parameters and examples
//	GET  PREFIX/NAME?k=v   runs query NAME with parameters k=v; POST takes them
//	                       as a form or a JSON object; answers {"result": [...]}
//	                       as Cayley's API v2 does, one page of rows in the
//	                       query's order: limit (at most, and by default,
//	                       HandlerOptions.Limit) rows after the first offset,
//	                       the "total" of rows ("totalAtLeast": a lower
//	                       bound, where the query did not count them all),
//	                       and where "more" follow, the "next" page's address
//	GET  PREFIX/NAME/script?k=v  the whole Gizmo program, parameters included,
//	                       to paste into the UI's query editor (Visualize draws
//	                       the source and target pairs it tags)
func Handler(prefix string, run Runner, opts HandlerOptions) http.Handler {
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.Limit <= 0 {
		opts.Limit = 100
	}
	prefix = strings.TrimSuffix(prefix, "/")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.Trim(strings.TrimPrefix(r.URL.Path, prefix), "/")
		if name == "" {
			qs, err := All()
			if err != nil {
				WriteJSON(w, http.StatusInternalServerError, map[string]string{"error": "the library cannot be read"})
				return
			}
			type param struct {
				Name     string `json:"name"`
				Type     string `json:"type"`
				Required bool   `json:"required"`
				Doc      string `json:"doc"`
			}
			type entry struct {
				Name    string  `json:"name"`
				Summary string  `json:"summary"`
				Doc     string  `json:"doc"`
				Params  []param `json:"params"`
				Example string  `json:"example"`
				URL     string  `json:"url"`
			}
			out := []entry{}
			for _, q := range qs {
				e := entry{Name: q.Name, Summary: q.Summary, Doc: q.Doc, Example: q.Example, URL: prefix + "/" + q.Name, Params: []param{}}
				for _, p := range q.Params {
					e.Params = append(e.Params, param{p.Name, p.Type, p.Required, p.Doc})
				}
				out = append(out, e)
			}
			WriteJSON(w, http.StatusOK, map[string]any{"queries": out})
			return
		}
		name, script := strings.CutSuffix(name, "/script")
		q, err := Get(name)
		if err != nil {
			WriteJSON(w, http.StatusNotFound, map[string]string{"error": err.Error()})
			return
		}
		params, err := requestParams(r)
		if err != nil {
			WriteJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		page, err := pageParams(params, opts.Limit)
		if err != nil {
			WriteJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		if script {
			// The whole program, to paste into the UI's query editor.
			text, err := q.Script(params)
			if err != nil {
				writeError(w, err)
				return
			}
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			_, _ = io.WriteString(w, text)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), opts.Timeout)
		defer cancel()
		ans, err := Run(ctx, run, q, params, page)
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			WriteJSON(w, http.StatusGatewayTimeout, map[string]string{"error": "the query ran out of time"})
		case err != nil:
			writeError(w, err)
		default:
			WriteJSON(w, http.StatusOK, pageBody(prefix+"/"+q.Name, params, page, ans))
		}
	})
}

// pageParams takes the page asked for (limit, offset) out of params: a
// page holds no more than most rows, and most where no limit is given.
func pageParams(params map[string]string, most int) (Page, error) {
	p := Page{Limit: most}
	for _, name := range pageParamNames {
		v, ok := params[name]
		delete(params, name)
		if !ok || v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		switch {
		case name == "limit" && (err != nil || n < 1 || n > most):
			return p, fmt.Errorf("limit=%q is not a whole number from 1 to %d (the server's --limit)", v, most)
		case name == "limit":
			p.Limit = n
		case err != nil || n < 0 || n > math.MaxInt32:
			return p, fmt.Errorf("offset=%q is not a whole number of 0 or more", v)
		default:
			p.Offset = n
		}
	}
	return p, nil
}

// pageBody is the JSON answer of a page: its rows as Cayley's API v2 gives
// results, where the page starts and how long it may be, how many rows
// the whole answer has (totalAtLeast: at least, where the query did not
// count them all), whether more rows follow and the address of the next
// page.
func pageBody(path string, params map[string]string, page Page, ans Answer) map[string]any {
	body := map[string]any{"result": ans.Rows, "offset": ans.Offset, "limit": page.Limit, "total": ans.Total, "more": ans.More}
	if ans.AtLeast {
		body["totalAtLeast"] = true // total is a lower bound: the rest was not counted
	}
	if !ans.More {
		return body
	}
	v := url.Values{}
	for k, x := range params {
		v.Set(k, x)
	}
	v.Set("offset", strconv.Itoa(page.Offset+page.Limit))
	v.Set("limit", strconv.Itoa(page.Limit))
	body["next"] = path + "?" + v.Encode()
	return body
}

// writeError answers a query's error as JSON: an *Error with its status,
// the parameter at fault and the names suggested; any other as 400.
func writeError(w http.ResponseWriter, err error) {
	var qe *Error
	if !errors.As(err, &qe) {
		WriteJSON(w, http.StatusBadRequest, map[string]string{"error": firstLine(err.Error())})
		return
	}
	body := map[string]any{"error": qe.Message(true)}
	if qe.Param != "" {
		body["param"] = qe.Param
	}
	if qe.Suggestions != nil {
		body["suggestions"] = qe.Suggestions
	}
	WriteJSON(w, qe.Status, body)
}

// requestParams reads a query's parameters from the URL, a form or a JSON
// object.
func requestParams(r *http.Request) (map[string]string, error) {
	params := map[string]string{}
	if r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		if err := json.NewDecoder(r.Body).Decode(&params); err != nil {
			return nil, errors.New("parameters must be a JSON object of strings")
		}
		return params, nil
	}
	if err := r.ParseForm(); err != nil {
		return nil, errors.New("cannot read the parameters")
	}
	for k, v := range r.Form {
		if len(v) > 0 {
			params[k] = v[0]
		}
	}
	return params, nil
}

// firstLine keeps an error to its first line: no script dump reaches a client.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// WriteJSON answers v as JSON with the status code, HTML characters
// left as they are (names and sentences are shown, not embedded).
func WriteJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
