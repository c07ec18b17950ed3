// The shortest path between two entities (people, organisations, places,
// events) named in any form, counted in links: a path of depth 4 shows 4
// links between the two ends (5 rows). A path through what happened
// (attendee, organizer, location, holds, postIn, containedInPlace,
// parentOrganization) is taken where one lies within the depth; only
// where none does, the path may go through releases (about, mentions:
// two entities named in the same release), a weaker link. A path runs
// through people, events and releases: it may start or end at an
// organisation, a place, a post or a role, and may meet at one from both
// ends, but does not go on from one (thousands of events link to NATO or
// Brussels, and a path through them says little). Of paths of one
// length it takes the one whose links come first above (attended before
// organised, held at, ...); between two people who attended no event
// together, a chain of meetings through the third person who attended
// fewest events; the event two people met at is the latest they both
// attended. When no path is within the depth, the query says so.
// Each row is a step {step, node, name, via}; steps after the first are
// tagged source and target, so Cayley's Visualize view draws the path.
//
// @param from:entity required the first entity's name ("Mark Rutte", "Rutte", "Egmont Palace")
// @param to:entity required the other entity's name ("Frostadottir", "Dayton")
// @param depth:number optional the most links between the two ends (default 4, at most 8)
// @example natokg query path --param from="Mark Rutte" --param to="Kristrún Frostadóttir"
var depth = params.depth ? parseInt(params.depth, 10) : 4;
if (!(depth >= 1 && depth <= 8)) { fail("depth", "path: depth=" + params.depth + " is out of range: give a number of links from 1 to 8"); }
// The links, most telling first: of two paths of one length, the one whose
// links come first here wins ("attended" before "organised").
var LINKS = [
  [S("attendee"), "has attendee", "attended"],
  [S("organizer"), "organised by", "organised"],
  [S("location"), "held at", "venue of"],
  [ORG("holds"), "holds", "held by"],
  [ORG("postIn"), "post in", "has post"],
  [S("containedInPlace"), "within", "contains"],
  [S("parentOrganization"), "part of", "has part"],
  [S("about"), "about", "reported in"],
  [S("mentions"), "mentions", "mentioned in"]
];
// HUBS are the kinds of node a path may end at or meet at, but not go on
// from.
var HUBS = {org: true, place: true, post: true, role: true};
// RELEASE_LINKS are the links through releases, followed only where no
// path through what happened lies within the depth.
var RELEASE_LINKS = {};
RELEASE_LINKS[S("about")] = RELEASE_LINKS[S("mentions")] = true;
var rank = {}, preds = [];
LINKS.forEach(function (l, i) { rank[l[0]] = i; if (l[0] !== S("mentions")) { preds.push(l[0]); } });
// figuresKept says whether the store keeps the figures (kg:met).
var figuresKept = nonEmpty(g.V(iri(VOC.kgFigures)).Out(RDF_TYPE).Is(iri(VOC.kgFigureGraph)));
// withReleases says whether the search follows RELEASE_LINKS.
var withReleases = false;
function follows(p) { return withReleases || !RELEASE_LINKS[p]; }

// attendedBy returns the traversal from people to the events they
// attended, each once: through the figures' months where the store keeps
// them (every release that says a person attended an event is a quad of
// its own: the busiest attended thousands of events, each told by a
// dozen releases).
function attendedBy(people) {
  if (keepsMonths()) { return vs(people).Tag("from").Out(iri(VOC.kgEventMonth)).Out(iri(VOC.kgMonthEvent)); }
  return vs(people).Tag("from").In(S("attendee"));
}

// expand follows every link out of and into the nodes of frontier, once
// each, and returns the links to nodes not in seen, in no set order:
// {from, to, pred, out (0: from -pred-> to; 1: to -pred-> from), rank,
// pos (from's place in frontier)}. Only releases are followed into an
// entity by schema:mentions (not quotations), told by their IRIs' kind;
// the events a person attended are read once each (attendedBy).
function expand(frontier, seen) {
  var pos = {}, edges = [];
  frontier.forEach(function (n, i) { pos[n] = i; });
  var add = function (pred, out, kind) {
    var r = rank[pred];
    return function (d) {
      if (!seen[d.to] && (!kind || kindOf(d.to) === kind)) {
        edges.push({from: d.from, to: d.to, pred: pred, out: out, rank: r, pos: pos[d.from]});
      }
    };
  };
  var people = frontier.filter(function (n) { return kindOf(n) === "person"; });
  var others = frontier.filter(function (n) { return kindOf(n) !== "person"; });
  // One traversal per link and way: tagging the predicate instead makes
  // Cayley read every quad of the store.
  preds.concat([S("mentions")]).filter(follows).forEach(function (p) {
    vs(frontier).Tag("from").Out(p).Tag("to").ForEach(add(p, 0));
  });
  preds.filter(follows).forEach(function (p) {
    var from = p === S("attendee") ? others : frontier;
    if (from.length) { vs(from).Tag("from").In(p).Tag("to").ForEach(add(p, 1)); }
  });
  if (people.length) { attendedBy(people).Tag("to").ForEach(add(S("attendee"), 1)); }
  if (withReleases) { vs(frontier).Tag("from").In(S("mentions")).Tag("to").ForEach(add(S("mentions"), 1, "release")); }
  return edges;
}

// before reports whether link e comes before link f to the same node, of
// the same cost: the link that comes first in LINKS, out before in, from
// the node first in the frontier (a whole level is not sorted: it may
// hold thousands of links).
function before(e, f) {
  if (e.rank !== f.rank) { return e.rank < f.rank; }
  if (e.out !== f.out) { return e.out < f.out; }
  return e.pos < f.pos;
}

// A link's cost, to choose among paths of one length: the links that
// come first in LINKS are cheaper; a link through a release costs more
// than any path through events, posts and people.
var RELEASE_LINK = 100;
function linkCost(pred) { return RELEASE_LINKS[pred] ? RELEASE_LINK : rank[pred]; }

var sources = entity("from"), targets = entity("to");
var side, best;
// consider takes node x as the meeting point when both sides reached it
// and the path through it is shorter, or as short and cheaper.
function consider(x) {
  var s0 = side[0].seen[x], s1 = side[1].seen[x];
  if (!s0 || !s1) { return; }
  var d = s0.d + s1.d, c = s0.c + s1.c;
  if (!best || d < best.d || d === best.d && c < best.c) { best = {node: x, d: d, c: c}; }
}
// HUB_MIN is the least a link into a hub of each kind costs (LINKS): an
// organisation is reached by "organised by" at best, a place by "held
// at", a post by "holds".
var HUB_MIN = {org: rank[S("organizer")], place: rank[S("location")], post: rank[ORG("holds")]};
// improves reports whether a path of that length and cost would be within
// the depth and beat the best found: shorter, or as short and cheaper.
function improves(len, cost) {
  return len <= depth && (!best || len < best.d || len === best.d && cost < best.c);
}
// next returns the side to take one level further, or -1 when no path
// not found yet can improve on the best: one through people, events and
// releases only is found once the two sides' levels add up to its length,
// so it has at least their sum plus one links (and may cost nothing), and
// either side going on may find it; one that meets at a hub one side has
// reached and the other has not yet (pending) is found only by the other
// side. A side whose frontier is empty has reached all it can. Of two
// sides that may go on, the one with the smaller frontier goes (reading
// the links of a few nodes is cheap), then the one that has gone fewer
// levels. hubsOnly says that only pending hubs keep the search going.
function next() {
  var a = side[0], b = side[1], aOpen = a.front.length > 0, bOpen = b.front.length > 0;
  var either = aOpen && bOpen && improves(a.dist + b.dist + 1, 0);
  var needA = aOpen && pending(0).length > 0, needB = bOpen && pending(1).length > 0;
  if (!either && !needA && !needB) { return {side: -1}; }
  if (!either && needA !== needB) { return {side: needA ? 0 : 1, hubsOnly: true}; }
  if (a.front.length !== b.front.length) { return {side: aOpen && (!bOpen || a.front.length < b.front.length) ? 0 : 1}; }
  return {side: a.dist <= b.dist ? 0 : 1};
}
// pending returns the hubs the other side has reached and side i not yet
// through which a path may improve on the best: it is longer than side
// i's level by one at least (more where a probe found it further), and
// costs what the other side paid to reach the hub and side i's link into
// it.
function pending(i) {
  var s = side[1 - i], o = side[i];
  return Object.keys(s.seen).filter(function (h) {
    var k = kindOf(h), r = s.seen[h];
    return HUBS[k] && !o.seen[h] && improves(r.d + Math.max(o.dist + 1, o.beyond[h] || 0), r.c + (HUB_MIN[k] || 0));
  });
}
// PROBE is the most links a pending hub may have for probe to read them
// all; PROBE_HUBS the most pending hubs it reads at once.
var PROBE = 400, PROBE_HUBS = 16;
// probe settles side i's pending hubs without taking the side a level
// further, where each has few links: a hub linked to a node of the side's
// frontier is reached at the next level, by its cheapest such link;
// another is two levels further at least. It reports whether every
// pending hub was settled.
function probe(i) {
  var o = side[i], hubs = pending(i), pos = {};
  if (hubs.length > PROBE_HUBS) { return false; }
  o.front.forEach(function (n, k) { pos[n] = k; });
  return hubs.every(function (h) {
    var links = hubLinks(h);
    if (!links) { return false; }
    var near = links.filter(function (e) { return pos[e.from] !== undefined; });
    if (!near.length) { o.beyond[h] = o.dist + 2; return true; }
    near.forEach(function (e) { e.rank = rank[e.pred]; e.pos = pos[e.from]; e.c = o.seen[e.from].c + linkCost(e.pred); });
    var e = near.sort(byKeys(["c", "rank", "out", "pos"]))[0];
    o.seen[h] = {d: o.dist + 1, c: e.c, e: {from: e.from, to: h, pred: e.pred, out: e.out, rank: e.rank}};
    consider(h);
    return true;
  });
}
// hubLinks returns the links by which a side's node reaches hub h, as
// expand reads them from that node: {from: node, to: h, pred, out}; null
// where h has more than PROBE links of one kind.
function hubLinks(h) {
  var out = [], whole = true;
  var read = function (p, way) {
    var n = 0, t = way ? vs([h]).Out(p) : vs([h]).In(p);
    t.Limit(PROBE + 1).ForEach(function (d) { n++; out.push({from: d.id, to: h, pred: p, out: way}); });
    if (n > PROBE) { whole = false; }
  };
  preds.concat([S("mentions")]).filter(follows).forEach(function (p) { if (whole) { read(p, 0); } });
  preds.filter(follows).forEach(function (p) { if (whole) { read(p, 1); } });
  return whole ? out : null;
}

// search runs the search breadth first from both ends, a whole level at
// a time, the side that has gone fewer levels first (of two, the smaller
// frontier); each side keeps, for each node it reached, its distance,
// the cost of the cheapest way there at that distance and the link it
// came by. An organisation, place, post or role is met but not gone
// through, so a path meets there from both sides at once; the search
// goes on until no path yet unseen can be shorter than the one found, or
// as short and cheaper, within depth (next). It returns the path found
// (see steps), or null.
function search(releases) {
  withReleases = releases;
  side = [{seen: {}, front: sources.slice(), dist: 0, beyond: {}}, {seen: {}, front: targets.slice(), dist: 0, beyond: {}}];
  sources.forEach(function (n) { side[0].seen[n] = {d: 0, c: 0}; });
  targets.forEach(function (n) { side[1].seen[n] = {d: 0, c: 0}; });
  best = null;
  sources.forEach(consider);
  for (var step = next(); step.side >= 0; step = next()) {
    var i = step.side;
    // Probed hubs that may still improve lie two levels further at least:
    // the side goes on.
    if (step.hubsOnly && probe(i) && !pending(i).length) { continue; }
    level(side[i]);
  }
  return best && best.d <= depth ? steps() : null;
}

// level takes side a one level further.
function level(a) {
  var lvl = a.dist + 1, reached = {};
  expand(a.front, a.seen).forEach(function (e) {
    var c = a.seen[e.from].c + linkCost(e.pred), r = reached[e.to];
    if (!r || c < r.c || c === r.c && before(e, r.e)) { reached[e.to] = {d: lvl, c: c, e: e}; }
  });
  var front = [];
  Object.keys(reached).sort().forEach(function (x) {
    a.seen[x] = reached[x];
    // Thousands of events, posts and releases link to NATO or Brussels,
    // and a path through them says little: hubs are not gone through.
    if (!HUBS[kindOf(x)]) { front.push(x); }
    consider(x);
  });
  a.front = front;
  a.dist = lvl;
}

// steps returns the path search found: {nodes, links}, links[n] the link
// {from, pred, out, rank} by which the path comes to node n.
function steps() {
  var nodes = [], links = {}, n;
  for (n = best.node; side[0].seen[n].e; n = side[0].seen[n].e.from) {
    nodes.unshift(n);
    links[n] = side[0].seen[n].e;
  }
  nodes.unshift(n);
  for (n = best.node; side[1].seen[n].e; ) {
    var e = side[1].seen[n].e;
    // Walked the other way round: the link reads from e.to back to e.from.
    links[e.from] = {from: n, pred: e.pred, out: 1 - e.out, rank: e.rank};
    n = e.from;
    nodes.push(n);
  }
  return {nodes: nodes, links: links};
}

// chain returns a path given as nodes and, between each two, the link
// from the earlier to the later as expand would read it: [pred, out].
function chain(nodes, ways) {
  var links = {};
  for (var i = 1; i < nodes.length; i++) {
    links[nodes[i]] = {from: nodes[i - 1], pred: ways[i - 1][0], out: ways[i - 1][1], rank: rank[ways[i - 1][0]]};
  }
  return {nodes: nodes, links: links};
}

// eventCounts returns a function giving each of people's number of
// events as the figures keep it (kg:eventCount; 0 where none is kept).
function eventCounts(people) {
  var counts = valuesOf(people, iri(VOC.kgEventCount), 1);
  return function (p) { return counts[p] && counts[p].length ? Number(value(counts[p][0])) : 0; };
}

// Between two people, paths through what happened have an even number of
// links (people link to events and posts only, and a post is not gone
// through), so personPath finds the best one of two links, else one of
// four that costs nothing, without a search: the events both attended or
// organised and the posts both held, cheapest first; else a chain of
// meetings through a third person both met (the figures' kg:met), the
// one who attended fewest events. A busy person's links are then never
// read whole. It returns null where the ends are not all people, or no
// such path is found.
var ATTENDED = [S("attendee"), 1], ORGANISED = [S("organizer"), 1], HELD = [ORG("holds"), 0];
var SHARED_LINKS = [[ATTENDED, ATTENDED], [ATTENDED, ORGANISED], [ORGANISED, ATTENDED], [ORGANISED, ORGANISED], [HELD, HELD]];
function personPath() {
  var ends = sources.concat(targets), end = {};
  if (depth < 2 || !sources.length || !targets.length) { return null; }
  if (!ends.every(function (n) { end[n] = true; return kindOf(n) === "person"; })) { return null; }
  if (sources.some(function (n) { return targets.indexOf(n) >= 0; })) { return null; }
  var busy = eventCounts(ends);
  var costs = {};
  SHARED_LINKS.forEach(function (l) {
    var c = linkCost(l[0][0]) + linkCost(l[1][0]);
    (costs[c] || (costs[c] = [])).push(l);
  });
  var order = Object.keys(costs).map(Number).sort(function (x, y) { return x - y; });
  for (var k = 0; k < order.length; k++) {
    var found = [];
    costs[order[k]].forEach(function (l) {
      sources.forEach(function (s) {
        targets.forEach(function (t) {
          shared(s, l[0], t, l[1], busy).forEach(function (m) { found.push({s: s, m: m, t: t, a: l[0], b: l[1]}); });
        });
      });
    });
    if (found.length) {
      var f = found.sort(byKeys(["m", "s", "t"]))[0];
      return chain([f.s, f.m, f.t], [f.a, [f.b[0], 1 - f.b[1]]]);
    }
  }
  return depth >= 4 ? throughMet(end, busy) : null;
}

// shared returns, sorted, the nodes that s reaches by link a and t by
// link b (each [pred, out]): for two attendees, the latest event both
// attended (latestMet); else read from the end whose link is not
// attendance (people organise few events and hold few posts) and checked
// against the other.
function shared(s, a, t, b, busy) {
  if (a === ATTENDED && b === ATTENDED) { return busy(s) <= busy(t) ? latestMet(s, t) : latestMet(t, s); }
  if (a === ATTENDED) { var x = s; s = t; t = x; x = a; a = b; b = x; }
  var near = (a[1] ? g.V(s).In(a[0]) : g.V(s).Out(a[0])).Unique();
  return (b[1] ? near.Has(b[0], t) : near.HasR(b[0], t)).toArray().sort();
}

// latestMet returns, as a list of one, the latest event people s and t
// both attended (of the latest month of s's that holds one, monthRank,
// the one of the latest day, then the first by IRI), or none: the
// figures say whether they met at all, and the months are read newest
// first until one holds such an event.
function latestMet(s, t) {
  if (figuresKept && !nonEmpty(g.V(s).Out(iri(VOC.kgMet)).Is(t))) { return []; }
  var both = [];
  if (keepsMonths()) {
    monthsOf(s).some(function (m) {
      both = g.V(m).Out(iri(VOC.kgMonthEvent)).Has(S("attendee"), t).toArray();
      return both.length > 0;
    });
  } else {
    both = eventsOf(s).Has(S("attendee"), t).toArray();
  }
  // The latest day (an event's IRI starts with its date), then the first
  // by IRI.
  var day = function (e) { var m = /^\d{4}-\d{2}-\d{2}/.exec(value(e).split("/").pop()); return m ? m[0] : ""; };
  both.sort(function (x, y) { return day(x) !== day(y) ? (day(x) < day(y) ? 1 : -1) : (x < y ? -1 : x > y ? 1 : 0); });
  return both.slice(0, 1);
}

// throughMet returns the chain of meetings source - event - person -
// event - target through the person both met who attended fewest events
// (then the first by IRI), each event the latest both of its attendees
// attended; or null.
function throughMet(end, busy) {
  if (!figuresKept) { return null; }
  var metBy = {}, mids = [];
  sources.forEach(function (s) { g.V(s).Out(iri(VOC.kgMet)).ForEach(function (d) { if (!metBy[d.id]) { metBy[d.id] = s; } }); });
  targets.forEach(function (t) {
    g.V(t).Out(iri(VOC.kgMet)).ForEach(function (d) { if (metBy[d.id] && !end[d.id]) { mids.push({m: d.id, s: metBy[d.id], t: t}); } });
  });
  if (!mids.length) { return null; }
  var midCount = eventCounts(mids.map(function (x) { return x.m; }));
  mids.forEach(function (x) { x.n = midCount(x.m); });
  var f = mids.sort(byKeys(["n", "m", "s", "t"]))[0];
  var count = function (p) { return p === f.m ? f.n : busy(p); };
  var e1 = shared(f.s, ATTENDED, f.m, ATTENDED, count)[0], e2 = shared(f.m, ATTENDED, f.t, ATTENDED, count)[0];
  if (!e1 || !e2) { return null; }
  return chain([f.s, e1, f.m, e2, f.t], [[S("attendee"), 1], [S("attendee"), 0], [S("attendee"), 1], [S("attendee"), 0]]);
}

var found = personPath() || search(false) || search(true);
if (!found) {
  var links1 = function (n) { return n + (n === 1 ? " link" : " links"); };
  var between = " between " + JSON.stringify(params.from) + " and " + JSON.stringify(params.to);
  if (!side[0].front.length && !side[1].front.length) {
    nothing("from", "path: no path" + between + " through people, events and releases");
  }
  nothing("depth", "path: no path of at most " + links1(depth) + between +
    (depth < 8 ? " (a larger depth may find one: --param depth=" + Math.min(8, depth + 2) + ")" : ""));
}
if (found) {
  var path = found.nodes, links = found.links;
  var names = nameMap(path);
  // A post is named by its role and where it is.
  var posts = outMap(path, [ORG("role"), ORG("postIn")]);
  var extra = nameMap([].concat.apply([], path.map(function (s) {
    return (posts[s][ORG("role")] || []).concat(posts[s][ORG("postIn")] || []);
  })));
  path.forEach(function (s) {
    var r = posts[s][ORG("role")], o = posts[s][ORG("postIn")];
    if (r && o) { names[s] = extra[r[0]] + ", " + extra[o[0]]; }
  });
  emitRows(path.map(function (s, i) {
    var row = {step: i, node: value(s), name: names[s], via: ""};
    if (i > 0) {
      var e = links[s], l = LINKS[e.rank];
      row.via = e.out ? l[2] : l[1];
      row.source = ref(e.from, names[e.from]);
      row.target = ref(s, names[s]);
    }
    return row;
  }));
}
