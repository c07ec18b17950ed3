package queries

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"testing"
)

// TestVocabularyNamed checks that every VOC.name the queries use is in
// the vocabulary natokg gives them: a name missing would make an IRI
// "<undefined>", and a query that follows it an empty answer.
func TestVocabularyNamed(t *testing.T) {
	var voc map[string]string
	if err := json.Unmarshal([]byte(vocJSON), &voc); err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`VOC\.(\w+)`)
	err := fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(files, path)
		if err != nil {
			return err
		}
		for _, m := range names.FindAllStringSubmatch(string(b), -1) {
			if _, ok := voc[m[1]]; !ok {
				t.Errorf("%s uses VOC.%s, which the vocabulary does not name", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
