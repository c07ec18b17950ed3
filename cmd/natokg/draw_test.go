package main

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Pictures of the bundled graph: GraphML for Gephi, DOT for Graphviz, and
// a person's network drawn as SVG.
func TestPictures(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, errs, code := natokg(t, dir, "load"); code != 0 {
		t.Fatal(errs)
	}
	gml, errs, code := natokg(t, dir, "export", "--format", "graphml")
	if code != 0 {
		t.Fatal(errs)
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(gml), &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	ids := map[string]bool{}
	names := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		for _, d := range n.Data {
			if d.Key == "name" {
				names[d.Value] = true
			}
		}
	}
	if !names["Mark Rutte"] || !names["NATO Headquarters"] || len(doc.Graph.Edges) < 20 {
		t.Errorf("GraphML has %d nodes, %d edges; Mark Rutte %v, NATO Headquarters %v", len(ids), len(doc.Graph.Edges), names["Mark Rutte"], names["NATO Headquarters"])
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s -> %s has an end that is no node", e.Source, e.Target)
		}
	}
	dot, _, code := natokg(t, dir, "export", "--format", "dot")
	if code != 0 || !strings.HasPrefix(dot, "digraph natokg {") || !strings.Contains(dot, `label="Mark Rutte"`) {
		t.Errorf("DOT export: exit %d:\n%.300s", code, dot)
	}
	// Rutte's network: his events, whom he met there, his post's organisation.
	dot, _, code = natokg(t, dir, "draw", "rutte", "--format", "dot")
	for _, want := range []string{`label="Kristrún Frostadóttir"`, `label="North Atlantic Treaty Organization"`, `label="Secretary General"`, `label="attended"`} {
		if code != 0 || !strings.Contains(dot, want) {
			t.Errorf("draw rutte --format dot lacks %s", want)
		}
	}
	if strings.Contains(dot, "Mediterranean Dialogue") {
		t.Error("draw went through NATO to all its bodies")
	}
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("graphviz not installed (apt-get install graphviz); .ci/run installs it")
	}
	out, errs, code := natokg(t, dir, "draw", "mark rutte", "-o", "rutte.svg")
	if code != 0 || !strings.Contains(out, "drew Mark Rutte") {
		t.Fatalf("draw: exit %d: %s%s", code, out, errs)
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "rutte.svg"))
	if !strings.Contains(string(svg), "<svg") || !strings.Contains(string(svg), "Kristrún Frostadóttir") {
		t.Errorf("rutte.svg is no picture of Rutte's network:\n%.300s", svg)
	}
	if _, errs, code := natokg(t, dir, "draw", "nobody at all"); code == 0 || !strings.Contains(errs, "no person") {
		t.Errorf("draw of an unknown person: exit %d, %q", code, errs)
	}
}
