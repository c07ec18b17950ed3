// The most connected people: for each person, the number of other people
// they attended an event with (degree) and the number of events they
// attended, most connected first (ties: more events first, then by name).
//
// @example natokg query most-connected --limit 5

// need is where the page asked for ends (0: the whole answer): only the
// people up to it are named.
var need = pageEnd();
var rows = [], total = 0;
if (g.V(iri(VOC.kgFigures)).Out(RDF_TYPE).Is(iri(VOC.kgFigureGraph)).Count()) {
  fromFigures();
} else {
  fromEvents();
}

// fromFigures reads the figures natokg keeps up to date as it writes
// (kg:degree, kg:eventCount): one index look-up per person and figure.
// People who attended nothing are listed only when the page asked for
// ends past those who did, and counted always.
function fromFigures() {
  var fig = {};
  [["degree", VOC.kgDegree], ["events", VOC.kgEventCount]].forEach(function (f) {
    g.V(S("Person")).In(RDF_TYPE).Unique().Tag("p").Out(iri(f[1])).ForEach(function (d) {
      (fig[d.p] || (fig[d.p] = {degree: 0, events: 0}))[f[0]] = Number(d.id);
    });
  });
  g.V(S("Person")).In(RDF_TYPE).Unique().ForEach(function (d) {
    total++;
    var f = fig[d.id];
    if (f || !need || rows.length < need) {
      rows.push({node: d.id, degree: f ? f.degree : 0, events: f ? f.events : 0});
    }
  });
}

// fromEvents reads the events (the nodes typed schema:Event), then their
// attendees, each attendee link once, and counts: a store written by an
// earlier natokg keeps no figures.
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
  rows = Object.keys(stats).map(function (p) {
    return {node: p, degree: Object.keys(stats[p].met).length, events: stats[p].events};
  });
  // People who attended nothing, as fromFigures lists them.
  total = rows.length;
  g.V(S("Person")).In(RDF_TYPE).Unique().ForEach(function (d) {
    if (stats[d.id]) { return; }
    total++;
    if (!need || rows.length < need) { rows.push({node: d.id, degree: 0, events: 0}); }
  });
}
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
