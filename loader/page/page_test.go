package page

import (
	"os"
	"testing"
)

func TestReadVisit(t *testing.T) {
	f, err := os.Open("testdata/visit.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rel, p, err := Read(f, "testdata/visit.html")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v\n%q", p, rel.Title)
	t.Log(rel.Source)
	t.Log(rel.Body)
}
