// The facts behind an edge of the neighbourhood (source, relation,
// target), each with the sentence and the release it comes from.
//
// @param source:text required the edge's source IRI
// @param target:text required the edge's target IRI
// @param relation:text required the edge's relation: attended, holds, met, in, organised, part of, post in
var source = node("source"), target = node("target"), relation = require("relation");
var STATES = iri(VOC.kgStates);
// stated returns the releases that state s pred o (a bundle's quad
// counts for every release that states the bundle).
function stated(s, pred, o) {
  var out = [];
  g.V(s).LabelContext(g.V(), "label").Out(pred).Is(o).ForEach(function (d) {
    if (kindOf(d.label) === "release") { out.push(d.label); return; }
    g.V(d.label).In(STATES).ForEach(function (r) { out.push(r.id); });
  });
  return uniq(out);
}
// facts are {subject, release, text}: the subject is the node whose
// citations give the sentence.
var facts = [];
var add = function (subject, rels, text) {
  rels.forEach(function (r) { facts.push({subject: subject, release: r, text: text}); });
};
var info = infoMap([source, target]);
var sn = info[source].name, tn = info[target].name;
switch (relation) {
case "attended":
  add(target, stated(target, S("attendee"), source), sn + " attended " + tn);
  break;
case "met":
  // Each event both attended, as either release says it.
  var both = {};
  g.V(source).In(S("attendee")).Unique().ForEach(function (d) { both[d.id] = 1; });
  var shared = [];
  g.V(target).In(S("attendee")).Unique().ForEach(function (d) { if (both[d.id]) { shared.push(d.id); } });
  var en = nameMap(shared);
  shared.forEach(function (e) {
    var rs = uniq(stated(e, S("attendee"), source).filter(function (r) { return stated(e, S("attendee"), target).indexOf(r) >= 0; }));
    add(e, rs, sn + " and " + tn + " attended " + en[e]);
  });
  break;
case "organised":
  add(target, stated(target, S("organizer"), source), sn + " organised " + tn);
  break;
case "in":
  add(source, stated(source, S("location"), target), sn + " took place in " + tn);
  add(source, stated(source, S("containedInPlace"), target), sn + " is in " + tn);
  break;
case "part of":
  add(source, stated(source, S("parentOrganization"), target), sn + " is part of " + tn);
  break;
case "post in":
  add(source, stated(source, ORG("postIn"), target), sn + " is a post in " + tn);
  break;
case "holds":
  var posts = [];
  g.V(source).Out(ORG("holds")).Unique().ForEach(function (d) { posts.push(d.id); });
  var pi = postsInfo(posts);
  posts.forEach(function (p) {
    if (value(p) !== value(target) && value(pi[p].org) !== value(target)) { return; }
    add(p, stated(source, ORG("holds"), p), sn + " holds: " + pi[p].role + (pi[p].org ? ", " + tn : ""));
  });
  break;
default:
  fail("relation", "relation=" + JSON.stringify(relation) + " is not a relation of the explorer: attended, holds, met, in, organised, part of or post in");
}
if (!facts.length) {
  nothing("relation", "relation=" + JSON.stringify(relation) + ": no release says " + sn + " " + relation + " " + tn);
}
// The sentences each subject cites, by release.
var subjects = uniq(facts.map(function (f) { return f.subject; }));
var cited = {};
vs(subjects).Tag("s").Out(S("citation")).Tag("sentence").Out(DERIVED_FROM).ForEach(function (d) {
  var k = d.s + " " + d.id;
  (cited[k] || (cited[k] = [])).push(d.sentence);
});
var sentences = [];
Object.keys(cited).forEach(function (k) { sentences = sentences.concat(cited[k]); });
var sm = outMap(uniq(sentences), [S("text"), S("position")]);
// Names of both ends, to pick the sentence that names them.
var names = {};
[source, target].forEach(function (n) { names[n] = [fold(info[n].name)]; });
NAMES.forEach(function (p) {
  var vals = valuesOf([source, target], p, NAME_READS);
  [source, target].forEach(function (n) { vals[n].forEach(function (v) { names[n].push(fold(value(v))); }); });
});
var score = function (text) {
  var t = " " + fold(text) + " ", s = 0;
  [source, target].forEach(function (n) {
    if (names[n].some(function (x) { return x && t.indexOf(" " + x + " ") >= 0; })) { s++; }
  });
  return s;
};
var rels = outMap(uniq(facts.map(function (f) { return f.release; })), [S("headline"), S("datePublished")]);
var rows = facts.map(function (f) {
  var best = null;
  (cited[f.subject + " " + f.release] || []).forEach(function (x) {
    var c = {text: first(sm, x, S("text")), pos: parseInt(first(sm, x, S("position")), 10) || 0};
    c.score = score(c.text);
    if (!best || c.score > best.score || c.score === best.score && c.pos < best.pos) { best = c; }
  });
  return {
    text: f.text, sentence: best ? best.text : "", release: value(f.release),
    title: first(rels, f.release, S("headline")), date: first(rels, f.release, S("datePublished"))
  };
});
rows.sort(byKeys(["-date", "release", "text"]));
emitRows(rows);
