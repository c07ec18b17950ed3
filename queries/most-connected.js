// The most connected people: for each person who attended an event, the
// number of other people they attended one with (degree) and the number
// of events they attended, most connected first (ties: more events
// first, then by name).
//
// @example natokg query most-connected --limit 5

// need is where the page asked for ends (0: the whole answer): only the
// people up to it are named.
var need = pageEnd();
var rows = [], total = 0;
var figures = g.V(iri(VOC.kgFigures));
if (nonEmpty(figures.Out(RDF_TYPE).Is(iri(VOC.kgFigureGraph)))) {
  var counted = figures.Out(iri(VOC.kgAttendeeCount)).toArray();
  if (!counted.length || !fromRanks(Number(counted[0]))) {
    fromFigures();
  }
} else {
  fromEvents();
}

// fromRanks reads the degrees people hold (kg:degreeHeld), highest first,
// and the people of each until the page is full: a look-up per degree
// read, not one per person. It reports false, having read nothing, when
// the page reaches past the people who met anyone.
function fromRanks(attendees) {
  var held = figures.Out(iri(VOC.kgDegreeHeld)).toArray().map(Number);
  held.sort(function (a, b) { return b - a; });
  for (var i = 0; i < held.length && (!need || rows.length < need); i++) {
    var degree = held[i];
    g.V(degree).In(iri(VOC.kgDegree)).Tag("p").Out(iri(VOC.kgEventCount)).ForEach(function (d) {
      rows.push({node: d.p, degree: degree, events: Number(d.id)});
    });
  }
  if (!need || rows.length < need) {
    rows = [];
    return false;
  }
  total = attendees;
  return true;
}

// fromFigures reads every attendee's figures (kg:degree, kg:eventCount):
// an index look-up per person and figure.
function fromFigures() {
  var fig = {};
  [["degree", VOC.kgDegree], ["events", VOC.kgEventCount]].forEach(function (f) {
    g.V(S("Person")).In(RDF_TYPE).Unique().Tag("p").Out(iri(f[1])).ForEach(function (d) {
      (fig[d.p] || (fig[d.p] = {node: d.p, degree: 0, events: 0}))[f[0]] = Number(d.id);
    });
  });
  rows = Object.keys(fig).map(function (p) { return fig[p]; });
  total = rows.length;
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
  total = rows.length;
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
