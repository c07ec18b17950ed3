package draw

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// WriteGraphML writes n as GraphML, with each node's name, kind and
// detail and each edge's label as data keys.
func (n *Net) WriteGraphML(w io.Writer) error {
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	type key struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	type node struct {
		ID   string `xml:"id,attr"`
		Data []data `xml:"data"`
	}
	type edge struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Data   []data `xml:"data"`
	}
	type graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []node `xml:"node"`
		Edges       []edge `xml:"edge"`
	}
	type graphml struct {
		XMLName xml.Name `xml:"graphml"`
		XMLNS   string   `xml:"xmlns,attr"`
		Keys    []key    `xml:"key"`
		Graph   graph    `xml:"graph"`
	}
	doc := graphml{XMLNS: "http://graphml.graphdrawing.org/xmlns",
		Keys:  []key{{"name", "node", "name", "string"}, {"kind", "node", "kind", "string"}, {"detail", "node", "detail", "string"}, {"label", "edge", "label", "string"}},
		Graph: graph{ID: "natokg", EdgeDefault: "directed"}}
	for _, x := range n.sortedNodes() {
		doc.Graph.Nodes = append(doc.Graph.Nodes, node{ID: x.ID, Data: []data{{"name", x.Name}, {"kind", x.Kind}, {"detail", x.Detail}}})
	}
	for _, e := range n.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, edge{Source: e.From, Target: e.To, Data: []data{{"label", e.Label}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("draw: graphml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("draw: graphml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("draw: graphml: %w", err)
	}
	return nil
}

var shapes = map[string]string{
	"person": `shape=ellipse, style=filled, fillcolor="#cfe2f3"`,
	"org":    `shape=box, style="filled,rounded", fillcolor="#d9ead3"`,
	"place":  `shape=house, style=filled, fillcolor="#fff2cc"`,
	"event":  `shape=note, style=filled, fillcolor="#f4cccc"`,
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// WriteDOT writes n in Graphviz's DOT language: people as ellipses,
// organisations as boxes, places as houses, events as notes.
func (n *Net) WriteDOT(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("digraph natokg {\n\tgraph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n\tnode [fontname=\"Helvetica\", fontsize=11];\n\tedge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\"];\n")
	for _, x := range n.sortedNodes() {
		label := x.Name
		if x.Detail != "" {
			label += "\n" + x.Detail
		}
		fmt.Fprintf(&b, "\t%s [label=%s, %s];\n", quote(x.ID), quote(label), shapes[x.Kind])
	}
	for _, e := range n.Edges {
		fmt.Fprintf(&b, "\t%s -> %s [label=%s];\n", quote(e.From), quote(e.To), quote(e.Label))
	}
	b.WriteString("}\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("draw: dot: %w", err)
	}
	return nil
}

// ErrNoGraphviz is returned by SVG when Graphviz's dot is not installed.
var ErrNoGraphviz = errors.New("graphviz's dot is not installed (apt-get install graphviz)")

// SVG renders n to SVG with Graphviz's dot.
func (n *Net) SVG(ctx context.Context) ([]byte, error) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return nil, ErrNoGraphviz
	}
	var in, out, errb bytes.Buffer
	if err := n.WriteDOT(&in); err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, dot, "-Tsvg")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = &in, &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("draw: dot -Tsvg: %w: %s", err, strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}
