package graph_test

import (
	"context"
	"fmt"
	"log"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

func ExampleStore() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	release := kg.IRI(kg.Release, "2024-10-01 Rutte takes office")
	rutte := kg.IRI(kg.Person, "Mark Rutte")
	quads := []quad.Quad{
		quad.MakeIRI(string(release), rdf.Type, schema.NewsArticle, string(release)),
		quad.MakeIRI(string(release), schema.Mentions, string(rutte), string(release)),
		quad.MakeIRI(string(rutte), rdf.Type, schema.Person, string(release)),
		{Subject: rutte, Predicate: quad.IRI(schema.Name), Object: quad.String("Mark Rutte"), Label: release},
	}
	added, err := s.WriteRelease(ctx, release, quads)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("added", added)

	// Writing the release again changes nothing.
	added, err = s.WriteRelease(ctx, release, quads)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("added", added)

	// The names of the people the release mentions.
	gizmo := fmt.Sprintf(`g.V("<%s>").Out("<%s>").Has("<%s>", "<%s>").Out("<%s>").All()`,
		string(release), schema.Mentions, rdf.Type, schema.Person, schema.Name)
	results, err := s.Query(ctx, "gizmo", gizmo, 10)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		fmt.Println(r.(map[string]any)["id"])
	}
	// Output:
	// added 4
	// added 0
	// Mark Rutte
}
