package extract

import (
	"os"
	"testing"
)

func TestZZScratch(t *testing.T) {
	body := os.Getenv("ZZ_BODY")
	if body == "" {
		t.Skip()
	}
	t.Logf("%q", runTitled(t, "Title", body).postsMarked())
}
