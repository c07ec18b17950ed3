// The most connected people: for each person, the number of other people
// they attended an event with (degree) and the number of events they
// attended, most connected first (ties: more events first, then by name).
//
// @example natokg query most-connected --limit 5

// need is where the page asked for ends (0: the whole answer): only the
// people up to it are named.
var need = pageEnd();
var rows = g.V(iri(VOC.kgFigures)).Out(RDF_TYPE).Is(iri(VOC.kgFigureGraph)).Count() ? fromFigures() : fromEvents();

// fromFigures reads each person's figures, which natokg keeps up to date
// as it writes (kg:degree, kg:eventCount): one look-up per person.
function fromFigures() {
  var out = [];
  g.V(S("Person")).In(RDF_TYPE).Unique().SaveOpt(iri(VOC.kgDegree), "degree").SaveOpt(iri(VOC.kgEventCount), "events").ForEach(function (d) {
    if (d.events) { out.push({node: d.id, degree: Number(d.degree || 0), events: Number(d.events)}); }
  });
  return out;
}

// fromEvents reads the events (the nodes typed schema:Event), then their
// attendees, each attendee link once: a store written by an earlier
// natokg keeps no figures.
function fromEvents() {
  var byEvent = {}, stats = {};
  g.V(S("Event")).In(RDF_TYPE).Tag("event").Out(S("attendee")).Tag("person").ForEach(function (d) {
    (byEvent[d.event] || (byEvent[d.event] = {}))[d.person] = true;
  });
  Object.keys(byEvent).forEach(function (e) {
    var here = Object.keys(byEvent[e]);
    here.forEach(function (p) {
      var s = stats[p] || (stats[p] = {met: {}, events: 0});
      s.events++;
      here.forEach(function (q) { if (q !== p) { s.met[q] = true; } });
    });
  });
  return Object.keys(stats).map(function (p) {
    return {node: p, degree: Object.keys(stats[p].met).length, events: stats[p].events};
  });
}
// People who attended nothing are listed only when the page asked for
// ends past those who did, and counted always.
var total = rows.length, counted = {};
rows.forEach(function (r) { counted[r.node] = true; });
g.V(S("Person")).In(RDF_TYPE).Unique().ForEach(function (d) {
  if (counted[d.id]) { return; }
  total++;
  if (!need || rows.length < need) { rows.push({node: d.id, degree: 0, events: 0}); }
});
// Names only for the people that can make the page: those at least as
// connected as the need-th.
rows.sort(byKeys(["-degree", "-events"]));
if (need && rows.length > need) {
  var last = rows[need - 1];
  rows = rows.filter(function (r) { return r.degree > last.degree || r.degree === last.degree && r.events >= last.events; });
}
var names = nameMap(rows.map(function (r) { return r.node; }));
rows.forEach(function (r) { r.person = names[r.node]; delete r.node; });
rows.sort(byKeys(["-degree", "-events", "person"]));
emitRows(rows.map(function (r) { return {person: r.person, degree: r.degree, events: r.events}; }), total);
