package explore_test

import "flag"

var paths = flag.String("paths", "search?q=frostad", "")
