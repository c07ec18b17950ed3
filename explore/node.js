// A node's neighbourhood: the entities linked to it that a user cares
// about, with the links. Emits the node itself, then the page of edges,
// each with its two ends.
//
// @param id:text required the node's IRI
// @param from:date optional only events on or after this day
// @param to:date optional only events on or before this day
var center = node("id");
var edges = {};
var edge = function (s, t, rel, label) {
  var k = value(s) + " " + rel + " " + value(t) + (label ? " " + label : "");
  edges[k] = {id: k, source: s, target: t, relation: rel, label: label || rel};
};
var each = function (path, fn) { path.Unique().ForEach(function (d) { fn(d.id); }); };
// Attendance, place, organiser, parent organisation, containing place.
each(g.V(center).In(S("attendee")), function (e) { edge(center, e, "attended"); });
each(g.V(center).Out(S("attendee")), function (p) { edge(p, center, "attended"); });
each(g.V(center).Out(S("location")), function (l) { edge(center, l, "in"); });
each(g.V(center).In(S("location")), function (e) { edge(e, center, "in"); });
each(g.V(center).In(S("organizer")), function (e) { edge(center, e, "organised"); });
each(g.V(center).Out(S("organizer")), function (o) { edge(o, center, "organised"); });
each(g.V(center).Out(S("parentOrganization")), function (o) { edge(center, o, "part of"); });
each(g.V(center).In(S("parentOrganization")), function (o) { edge(o, center, "part of"); });
each(g.V(center).Out(S("containedInPlace")), function (l) { edge(center, l, "in"); });
each(g.V(center).In(S("containedInPlace")), function (l) { edge(l, center, "in"); });
// The people a person met: those who attended an event with them.
var attendedBy = [];
each(g.V(center).In(S("attendee")), function (e) { attendedBy.push(e); });
if (attendedBy.length && kindOf(center) === "person") {
  vs(attendedBy).Tag("event").Out(S("attendee")).ForEach(function (d) {
    edge(center, d.id, "met");
    var e = edges[value(center) + " met " + value(d.id)];
    (e.via || (e.via = [])).push(d.event);
  });
}
// Posts: a person holds a post in an organisation or a country (the edge
// goes to it, labelled with the post), or the post itself when it is in
// none; an organisation or a country has the holders of its posts.
var held = [];
each(g.V(center).Out(ORG("holds")), function (p) { held.push({person: center, post: p}); });
var postsIn = [];
each(g.V(center).In(ORG("postIn")), function (p) { postsIn.push(p); });
if (kindOf(center) === "post") { postsIn.push(center); }
if (postsIn.length) {
  vs(uniq(postsIn)).Tag("post").In(ORG("holds")).ForEach(function (d) { held.push({person: d.id, post: d.post}); });
}
var pinfo = postsInfo(held.map(function (h) { return h.post; }));
held.forEach(function (h) {
  var p = pinfo[h.post], target = p.org && h.post !== center ? p.org : h.post;
  edge(h.person, target, "holds", "holds: " + p.role);
});
if (kindOf(center) === "post" && pinfo[center] && pinfo[center].org) {
  edge(center, pinfo[center].org, "post in");
}
var list = Object.keys(edges).map(function (k) { return edges[k]; })
  .filter(function (e) { return value(e.source) !== value(e.target); });
var ends = [center];
list.forEach(function (e) { ends.push(e.source, e.target); });
var info = infoMap(ends);
// Events: their dates, to narrow by from and to and to order by.
var events = uniq(ends.filter(function (n) { return info[n].kind === "event"; }).concat(attendedBy));
var dates = outMap(events, [S("startDate"), S("endDate")]);
var dateOf = function (n) { return dates[n] ? first(dates, n, S("startDate")) : ""; };
var from = params.from || "", to = params.to || "";
var inSpan = function (n) { return overlaps(dateOf(n), first(dates, n, S("endDate")), from, to); };
list = list.filter(function (e) {
  if (e.via && !e.via.some(inSpan)) { return false; }
  return [e.source, e.target].every(function (n) {
    return n === center || info[n].kind !== "event" || inSpan(n);
  });
});
var ORDER = {"holds": 0, "met": 1, "post in": 2, "part of": 3, "attended": 4, "organised": 5, "in": 6};
var rows = list.map(function (e) {
  var other = value(e.source) === value(center) ? e.target : e.source;
  return {
    _order: ORDER[e.relation], _date: dateOf(other), _name: info[other].name, _id: e.id,
    edge: {id: e.id, source: value(e.source), target: value(e.target), relation: e.relation, label: e.label},
    source: info[e.source], target: info[e.target]
  };
});
rows.sort(byKeys(["_order", "-_date", "_name", "_id"]));
rows.forEach(function (r) { delete r._order; delete r._date; delete r._name; delete r._id; });
g.Emit({node: info[center]});
emitRows(rows);
