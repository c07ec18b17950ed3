// Checks that the graph holds the node whose evidence is asked for (a
// 404 otherwise); nodeEvidence reads the facts by index look-ups.
//
// @param id:text required the node's IRI
var n = node("id");
g.Emit({id: value(n)});
