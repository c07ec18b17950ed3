package natokg_test

import (
	"fmt"
	"testing"

	"github.com/natokg/natokg"
)

func TestPublisherOfURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.nato.int/cps/en/natohq/news_12345.htm", "NATO"},
		{"https://shape.nato.int/news-archive/2022/x", "NATO"},
		{"http://WWW.Example.ORG/a", "example.org"},
		{"NATO", ""},
		{"Allied Command Transformation", ""},
		{"ftp://nato.int/x", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := natokg.PublisherOfURL(tt.url); got != tt.want {
			t.Errorf("PublisherOfURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func ExamplePublisherOfURL() {
	fmt.Println(natokg.PublisherOfURL("https://www.nato.int/cps/en/natohq/news_12345.htm"))
	fmt.Println(natokg.PublisherOfURL("https://www.consilium.europa.eu/en/press/"))
	// Output:
	// NATO
	// consilium.europa.eu
}
