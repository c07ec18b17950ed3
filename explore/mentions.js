// The releases whose facts are about a node (it, or a post it holds, is
// cited by one of their sentences), and the subjects of those facts.
//
// @param id:text required the node's IRI
var n = node("id");
var subjects = [n];
g.V(n).Out(ORG("holds")).Unique().ForEach(function (d) { subjects.push(d.id); });
subjects = uniq(subjects);
var rels = [];
vs(subjects).Out(S("citation")).Out(DERIVED_FROM).Unique().ForEach(function (d) { rels.push(value(d.id)); });
g.Emit({subjects: subjects.map(value), releases: uniq(rels)});
