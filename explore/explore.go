// Package explore is a small read-only JSON API for exploring the graph
// a node at a time, as a browser's explorer does: find an entity by any
// form of its name, see its neighbourhood, read the evidence of a node or
// a link (the sentence and the release each fact comes from), and read a
// whole release as natokg explain prints it.
//
// Handler serves it under a prefix (natokg serve mounts it at
// /api/explore/):
//
//	GET PREFIX/search?q=TEXT                     entities by name
//	GET PREFIX/node?id=IRI[&from=DAY][&to=DAY]   a node's neighbourhood
//	GET PREFIX/evidence?id=IRI                   the facts about a node
//	GET PREFIX/evidence?source=IRI&target=IRI&relation=R  the facts behind a link
//	GET PREFIX/release?id=IRI                    a release's facts under their sentences
//
// Every answer is JSON; a page holds limit rows (50 by default, at most
// 500) after the first offset, and "more" says whether rows follow. A
// parameter at fault is a 400 naming it, an IRI the graph does not hold
// a 404, both as {"error": "..."} like the query library's answers. The
// programs are Gizmo programs run after the library's prelude
// (queries.Run), so they look names up, fold them and name nodes as the
// library does.
package explore

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/explain"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/org"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/skos"
	"github.com/natokg/natokg/queries"
)

// DefaultLimit is the rows of a page when a request gives no limit;
// MaxLimit the most a request may ask for.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

//go:embed *.js
var files embed.FS

// Options bounds the requests a Handler answers.
type Options struct {
	// Timeout stops a request that runs longer; 0 means 30 seconds.
	Timeout time.Duration
}

// handler serves the explorer.
type handler struct {
	store  *graph.Store
	run    queries.Runner
	prefix string
	opts   Options
}

// Handler serves the explorer on store under prefix ("/api/explore").
func Handler(prefix string, store *graph.Store, opts Options) http.Handler {
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	return &handler{
		store:  store,
		run:    func(ctx context.Context, text string) ([]any, error) { return store.Query(ctx, "gizmo", text, 0) },
		prefix: strings.TrimSuffix(prefix, "/"),
		opts:   opts,
	}
}

// badParam is a parameter at fault: a 400 that names it.
type badParam struct{ param, msg string }

func (e *badParam) Error() string { return e.msg }

// notFound is an answer that does not exist: a 404.
type notFound struct{ msg string }

func (e *notFound) Error() string { return e.msg }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		queries.WriteJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "the explorer answers GET requests only"})
		return
	}
	name := strings.Trim(strings.TrimPrefix(r.URL.Path, h.prefix), "/")
	endpoints := map[string]func(context.Context, map[string]string, queries.Page) (any, error){
		"search":   h.search,
		"node":     h.node,
		"evidence": h.evidence,
		"release":  h.release,
	}
	fn, ok := endpoints[name]
	if !ok {
		queries.WriteJSON(w, http.StatusNotFound, map[string]string{"error": fmt.Sprintf("the explorer has no endpoint %q: search, node, evidence or release (%s/search?q=NAME)", name, h.prefix)})
		return
	}
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		if len(v) > 0 {
			params[k] = v[0]
		}
	}
	page, err := pageOf(params)
	if err != nil {
		writeErr(w, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	body, err := fn(ctx, params, page)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
			queries.WriteJSON(w, http.StatusGatewayTimeout, map[string]string{"error": "the request ran out of time"})
			return
		}
		writeErr(w, err)
		return
	}
	queries.WriteJSON(w, http.StatusOK, body)
}

// pageOf takes limit and offset out of params.
func pageOf(params map[string]string) (queries.Page, error) {
	p := queries.Page{Limit: DefaultLimit}
	if v, ok := params["limit"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return p, &badParam{"limit", fmt.Sprintf("limit=%q is not a whole number from 1 to %d", v, MaxLimit)}
		}
		p.Limit = n
	}
	if v, ok := params["offset"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > math.MaxInt32 {
			return p, &badParam{"offset", fmt.Sprintf("offset=%q is not a whole number of 0 or more", v)}
		}
		p.Offset = n
	}
	delete(params, "limit")
	delete(params, "offset")
	return p, nil
}

// only checks that params holds no other parameter than those named.
func only(params map[string]string, names ...string) error {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !contains(names, k) {
			return &badParam{k, fmt.Sprintf("%s is no parameter here (the parameters: %s, limit, offset)", k, strings.Join(names, ", "))}
		}
	}
	return nil
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// iriParam checks that parameter p, when given, is an IRI.
func iriParam(params map[string]string, p string) error {
	v, ok := params[p]
	if !ok {
		return nil
	}
	v = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(v), "<"), ">")
	if !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") || strings.ContainsAny(v, "<> \"{}|\\^`\n") {
		return &badParam{p, fmt.Sprintf("%s=%q is not an IRI (https://natokg.example/person/mark-rutte; search finds one by name)", p, params[p])}
	}
	params[p] = v
	return nil
}

// program runs the explorer's program file (NAME.js, after the library's
// prelude and common.js) with params, for page.
func (h *handler) program(ctx context.Context, file string, params map[string]string, page queries.Page) (queries.Answer, error) {
	common, err := files.ReadFile("common.js")
	if err != nil {
		return queries.Answer{}, err
	}
	text, err := files.ReadFile(file + ".js")
	if err != nil {
		return queries.Answer{}, err
	}
	q := queries.Query{Name: "explore " + file, Text: string(common) + "\n" + string(text)}
	for _, line := range strings.Split(string(text), "\n") {
		l := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if !strings.HasPrefix(l, "@param ") {
			continue
		}
		f := strings.Fields(l)
		name, typ, _ := strings.Cut(f[1], ":")
		q.Params = append(q.Params, queries.Param{Name: name, Type: typ, Required: f[2] == "required", Doc: strings.Join(f[3:], " ")})
	}
	for k, v := range params {
		if strings.TrimSpace(v) == "" {
			delete(params, k)
		}
	}
	return queries.Run(ctx, h.run, q, params, page)
}

// Node is a node as the explorer shows it.
type Node struct {
	// ID is its IRI.
	ID string `json:"id"`
	// Name is its fullest name (a post: its role and organisation).
	Name string `json:"name"`
	// Kind is person, org, place, event, post, role, release or other.
	Kind string `json:"kind"`
}

// Edge is a link between two nodes of a neighbourhood.
type Edge struct {
	// ID names the edge: source, relation, target (and label).
	ID string `json:"id"`
	// Source and Target are the IRIs of its ends.
	Source string `json:"source"`
	Target string `json:"target"`
	// Relation is attended, holds, met, in, organised, part of or post in.
	Relation string `json:"relation"`
	// Label is the relation as shown ("holds: Secretary General").
	Label string `json:"label"`
}

// Fact is a fact with the sentence and the release it comes from.
type Fact struct {
	// Text says the fact.
	Text string `json:"text"`
	// Sentence is the sentence it was read from ("" when none is cited).
	Sentence string `json:"sentence"`
	// Release, Title and Date are the release's IRI, headline and day.
	Release string `json:"release"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	// Explain is the explorer's address of the whole release.
	Explain string `json:"explain"`
}

// decode turns a program's rows into out (a pointer to a slice).
func decode(rows []any, out any) error {
	b, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

func (h *handler) search(ctx context.Context, params map[string]string, page queries.Page) (any, error) {
	if err := only(params, "q"); err != nil {
		return nil, err
	}
	ans, err := h.program(ctx, "search", params, page)
	if err != nil {
		return nil, err
	}
	rows := []Node{}
	if err := decode(ans.Rows, &rows); err != nil {
		return nil, err
	}
	return map[string]any{"rows": rows, "offset": page.Offset, "limit": page.Limit, "total": ans.Total, "more": ans.More}, nil
}

func (h *handler) node(ctx context.Context, params map[string]string, page queries.Page) (any, error) {
	if err := only(params, "id", "from", "to"); err != nil {
		return nil, err
	}
	if err := iriParam(params, "id"); err != nil {
		return nil, err
	}
	ans, err := h.program(ctx, "node", params, page)
	if err != nil {
		return nil, err
	}
	if len(ans.Rows) == 0 {
		return nil, errors.New("explore: the node program emitted no node")
	}
	var head struct {
		Node Node `json:"node"`
	}
	if err := decode(ans.Rows[:1], &[]any{&head}); err != nil {
		return nil, err
	}
	var rows []struct {
		Edge   Edge `json:"edge"`
		Source Node `json:"source"`
		Target Node `json:"target"`
	}
	if err := decode(ans.Rows[1:], &rows); err != nil {
		return nil, err
	}
	nodes, edges, seen := []Node{}, []Edge{}, map[string]bool{head.Node.ID: true}
	for _, r := range rows {
		edges = append(edges, r.Edge)
		for _, n := range []Node{r.Source, r.Target} {
			if !seen[n.ID] {
				seen[n.ID] = true
				nodes = append(nodes, n)
			}
		}
	}
	more := page.Offset+len(rows) < ans.Total
	return map[string]any{"node": head.Node, "nodes": nodes, "edges": edges, "offset": page.Offset, "limit": page.Limit, "total": ans.Total, "more": more}, nil
}

func (h *handler) evidence(ctx context.Context, params map[string]string, page queries.Page) (any, error) {
	if err := only(params, "id", "source", "target", "relation"); err != nil {
		return nil, err
	}
	for _, p := range []string{"id", "source", "target"} {
		if err := iriParam(params, p); err != nil {
			return nil, err
		}
	}
	_, isNode := params["id"]
	_, isEdge := params["source"]
	_, hasTarget := params["target"]
	_, hasRel := params["relation"]
	switch {
	case isNode && (isEdge || hasTarget || hasRel):
		return nil, &badParam{"id", "evidence takes id=IRI (a node) or source, target and relation (an edge), not both"}
	case !isNode && !isEdge && !hasTarget && !hasRel:
		return nil, &badParam{"id", "evidence needs ?id=IRI (a node) or ?source=IRI&target=IRI&relation=R (an edge)"}
	case isNode:
		return h.nodeEvidence(ctx, params, page)
	}
	ans, err := h.program(ctx, "evidence", params, page)
	if err != nil {
		return nil, err
	}
	facts := []Fact{}
	if err := decode(ans.Rows, &facts); err != nil {
		return nil, err
	}
	for i := range facts {
		facts[i].Explain = h.explainURL(facts[i].Release)
	}
	return map[string]any{"facts": facts, "offset": page.Offset, "limit": page.Limit, "total": ans.Total, "more": ans.More}, nil
}

func (h *handler) explainURL(release string) string {
	return h.prefix + "/release?id=" + url.QueryEscape(release)
}

// nodeEvidence gives the facts about a node, and the posts it holds
// (or, for a post, about who holds it), as natokg explain states them,
// from every release that states them: newest release first, then in
// the order of its sentences. It pages first and reads little: the
// releases come from index look-ups (those that state a bundle typing
// the node, kg:states, or label its holdings), with a count of their
// facts and their days; the page is cut on them; only the releases on
// the page are read, each as the few quads its facts need (the node's,
// its posts', the names they point to, the sentences cited, through
// schema:citation), never as a whole release.
func (h *handler) nodeEvidence(ctx context.Context, params map[string]string, page queries.Page) (any, error) {
	// The program checks that the graph holds the node (404).
	if _, err := h.program(ctx, "mentions", params, queries.Page{}); err != nil {
		return nil, err
	}
	node := quad.IRI(params["id"])
	ev := &evidenceReader{store: h.store, cache: map[[2]quad.Value][]quad.Quad{}}
	typeQs, err := ev.quads(ctx, node, quad.IRI(rdf.Type))
	if err != nil {
		return nil, err
	}
	typed := map[quad.IRI]bool{}
	for _, q := range typeQs {
		l, _ := q.Label.(quad.IRI)
		if !graph.IsBundle(l) {
			typed[l] = true
			continue
		}
		states, err := h.store.Quads(ctx, nil, quad.IRI(kg.States), l)
		if err != nil {
			return nil, err
		}
		for _, s := range states {
			if r, ok := s.Subject.(quad.IRI); ok {
				typed[r] = true
			}
		}
	}
	counts := map[quad.IRI]int{}
	for r := range typed {
		counts[r]++
	}
	// Holdings: the node's posts, or a post's holders, by release.
	held := map[quad.IRI][]quad.Value{}
	holds, err := ev.quads(ctx, node, quad.IRI(org.Holds))
	if err != nil {
		return nil, err
	}
	holders, err := h.store.Quads(ctx, nil, quad.IRI(org.Holds), node)
	if err != nil {
		return nil, err
	}
	for _, q := range holds {
		if r, ok := q.Label.(quad.IRI); ok && typed[r] && !graph.IsBundle(r) {
			held[r] = append(held[r], q.Object)
			counts[r]++
		}
	}
	for _, q := range holders {
		if r, ok := q.Label.(quad.IRI); ok && !graph.IsBundle(r) {
			held[r] = append(held[r], q.Subject)
			counts[r]++
		}
	}
	rels := make([]quad.IRI, 0, len(counts))
	dates := map[quad.IRI]string{}
	for r := range counts {
		rels = append(rels, r)
		ds, err := ev.quads(ctx, r, quad.IRI(schema.DatePublished))
		if err != nil {
			return nil, err
		}
		if len(ds) > 0 {
			dates[r] = explain.Text(ds[0].Object)
		}
	}
	sort.Slice(rels, func(i, j int) bool {
		if dates[rels[i]] != dates[rels[j]] {
			return dates[rels[i]] > dates[rels[j]]
		}
		return rels[i] < rels[j]
	})
	total, before := 0, 0
	var onPage []quad.IRI
	for _, r := range rels {
		if total+counts[r] > page.Offset && total < page.Offset+page.Limit {
			if len(onPage) == 0 {
				before = total
			}
			onPage = append(onPage, r)
		}
		total += counts[r]
	}
	all := []Fact{}
	for _, r := range onPage {
		fs, err := ev.releaseFacts(ctx, r, node, held[r])
		if err != nil {
			return nil, err
		}
		for i := range fs {
			fs[i].Explain = h.explainURL(fs[i].Release)
		}
		all = append(all, fs...)
	}
	lo := min(max(page.Offset-before, 0), len(all))
	hi := min(lo+page.Limit, len(all))
	facts := all[lo:hi]
	more := page.Offset+len(facts) < total
	return map[string]any{"facts": facts, "offset": page.Offset, "limit": page.Limit, "total": total, "more": more}, nil
}

// evidenceReader reads the quads of a few nodes by index look-ups, each
// (subject, predicate) once a request.
type evidenceReader struct {
	store *graph.Store
	cache map[[2]quad.Value][]quad.Quad
}

// quads is the stored quads of subject and pred, labelled as stored.
func (ev *evidenceReader) quads(ctx context.Context, subject, pred quad.Value) ([]quad.Quad, error) {
	k := [2]quad.Value{subject, pred}
	if qs, ok := ev.cache[k]; ok {
		return qs, nil
	}
	qs, err := ev.store.Quads(ctx, subject, pred, nil)
	if err != nil {
		return nil, err
	}
	ev.cache[k] = qs
	return qs, nil
}

// The predicates natokg explain reads of a fact's subject, and of a node
// it names.
var (
	subjectPreds = []string{rdf.Type, schema.Name, skos.PrefLabel, schema.HonorificPrefix, schema.AlternateName,
		org.Holds, org.RoleProp, org.PostIn, schema.Citation, schema.AdditionalType, schema.StartDate, schema.EndDate,
		schema.Location, schema.Attendee, schema.Organizer, schema.ParentOrganization, schema.ContainedInPlace}
	namedPreds  = []string{org.RoleProp, org.PostIn, schema.Location, schema.Attendee, schema.Organizer, schema.ParentOrganization, schema.ContainedInPlace}
	namePreds   = []string{schema.Name, skos.PrefLabel}
	holderPreds = []string{rdf.Type, schema.Name, skos.PrefLabel, schema.HonorificPrefix, schema.AlternateName, org.Holds}
)

// releaseFacts is what release r states about node and the posts it
// holds there (others: the holders of node, a post), as natokg explain
// says it, read from the quads r states of them alone.
func (ev *evidenceReader) releaseFacts(ctx context.Context, r, node quad.IRI, others []quad.Value) ([]Fact, error) {
	labels := map[quad.Value]bool{r: true}
	states, err := ev.store.Quads(ctx, r, quad.IRI(kg.States), nil)
	if err != nil {
		return nil, err
	}
	for _, q := range states {
		labels[q.Object] = true
	}
	var mini []quad.Quad
	take := func(subject quad.Value, preds []string) error {
		for _, p := range preds {
			qs, err := ev.quads(ctx, subject, quad.IRI(p))
			if err != nil {
				return err
			}
			for _, q := range qs {
				if labels[q.Label] {
					q.Label = r
					mini = append(mini, q)
				}
			}
		}
		return nil
	}
	subjects := map[string]bool{string(node): true}
	if err := take(node, subjectPreds); err != nil {
		return nil, err
	}
	for _, o := range others {
		if _, ok := o.(quad.IRI); !ok {
			continue
		}
		subjects[string(o.(quad.IRI))] = true
		preds := subjectPreds
		if h, _ := o.(quad.IRI); explain.Text(h) != "" && len(mini) > 0 && isHolderOf(mini, node, o) {
			preds = holderPreds
		}
		if err := take(o, preds); err != nil {
			return nil, err
		}
	}
	// The names of what the subjects point to, and the cited sentences.
	var named, cited []quad.Value
	for _, q := range mini {
		p := explain.Text(q.Predicate)
		switch {
		case contains(namedPreds, p) || p == org.Holds:
			named = append(named, q.Object)
		case p == schema.Citation:
			cited = append(cited, q.Object)
		}
	}
	for _, n := range named {
		if err := take(n, append(namePreds, org.RoleProp, org.PostIn)); err != nil {
			return nil, err
		}
	}
	// The roles and organisations of the posts named.
	for _, q := range append([]quad.Quad{}, mini...) {
		if p := explain.Text(q.Predicate); p == org.RoleProp || p == org.PostIn {
			if err := take(q.Object, namePreds); err != nil {
				return nil, err
			}
		}
	}
	for _, c := range cited {
		if err := take(c, []string{schema.Text, schema.Position}); err != nil {
			return nil, err
		}
	}
	if err := take(r, []string{schema.Headline, schema.DatePublished}); err != nil {
		return nil, err
	}
	rel := explain.Explain(r, dedupe(mini))
	var out []Fact
	for _, s := range rel.Sentences {
		for _, f := range s.Facts {
			if subjects[f.Subject] {
				out = append(out, Fact{Text: factText(f.Text), Sentence: s.Text, Release: rel.IRI, Title: rel.Title, Date: rel.Date})
			}
		}
	}
	return out, nil
}

// isHolderOf reports whether mini says o holds node (o is a holder, not
// a post of node).
func isHolderOf(mini []quad.Quad, node quad.IRI, o quad.Value) bool {
	return !slices.ContainsFunc(mini, func(q quad.Quad) bool {
		return q.Subject == node && explain.Text(q.Predicate) == org.Holds && q.Object == o
	})
}

// dedupe drops repeated quads (a fact read twice).
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := map[string]bool{}
	out := qs[:0:0]
	for _, q := range qs {
		if k := q.NQuad(); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// factText is a line of natokg explain as a fact's text: its kind, a
// colon, the rest ("person: Mark Rutte also: Mr Rutte").
func factText(line string) string {
	kind, rest, ok := strings.Cut(line, " ")
	if !ok {
		return line
	}
	return kind + ": " + strings.TrimLeft(rest, " ")
}

// pageSlice is the page of l asked for, and whether more follow.
func pageSlice[T any](l []T, page queries.Page) ([]T, bool) {
	lo := min(page.Offset, len(l))
	hi := min(lo+page.Limit, len(l))
	return l[lo:hi], hi < len(l)
}

// ReleaseSentence is a sentence of a release with the facts read from it.
type ReleaseSentence struct {
	// Position is its place in the release, from 1; 0 for facts no
	// sentence is cited for.
	Position int `json:"position"`
	// Text is the sentence.
	Text string `json:"text"`
	// Facts are what the graph holds from it, as natokg explain says them.
	Facts []string `json:"facts"`
}

func (h *handler) release(ctx context.Context, params map[string]string, page queries.Page) (any, error) {
	if err := only(params, "id"); err != nil {
		return nil, err
	}
	if _, ok := params["id"]; !ok || strings.TrimSpace(params["id"]) == "" {
		return nil, &badParam{"id", "release needs ?id=IRI (a release's IRI, as evidence gives it)"}
	}
	if err := iriParam(params, "id"); err != nil {
		return nil, err
	}
	iri := quad.IRI(params["id"])
	_, found, err := h.store.Release(ctx, iri)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, &notFound{fmt.Sprintf("id=%q: the graph holds no release with this IRI", params["id"])}
	}
	quads, err := h.store.ReleaseQuads(ctx, iri)
	if err != nil {
		return nil, err
	}
	r := explain.Explain(iri, quads)
	all := []ReleaseSentence{}
	for _, s := range r.Sentences {
		rs := ReleaseSentence{Position: s.Position, Text: s.Text, Facts: []string{}}
		for _, f := range s.Facts {
			rs.Facts = append(rs.Facts, factText(f.Text))
		}
		all = append(all, rs)
	}
	sentences, more := pageSlice(all, page)
	return map[string]any{"release": r.IRI, "title": r.Title, "date": r.Date, "sentences": sentences,
		"offset": page.Offset, "limit": page.Limit, "total": len(all), "more": more}, nil
}

// writeErr answers an error as JSON: a parameter at fault 400 naming it,
// what does not exist 404, a library *queries.Error with its status.
func writeErr(w http.ResponseWriter, err error) {
	var bp *badParam
	var nf *notFound
	var qe *queries.Error
	switch {
	case errors.As(err, &bp):
		queries.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": bp.msg, "param": bp.param})
	case errors.As(err, &nf):
		queries.WriteJSON(w, http.StatusNotFound, map[string]string{"error": nf.msg})
	case errors.As(err, &qe):
		body := map[string]string{"error": strings.TrimPrefix(qe.Message(true), "explore ")}
		if qe.Param != "" {
			body["param"] = qe.Param
		}
		queries.WriteJSON(w, qe.Status, body)
	default:
		msg, _, _ := strings.Cut(err.Error(), "\n")
		queries.WriteJSON(w, http.StatusInternalServerError, map[string]string{"error": msg})
	}
}
