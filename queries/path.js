// The shortest path between two entities (people, organisations, places,
// events) named in any form, counted in links: a path of depth 4 shows 4
// links between the two ends (5 rows). Breadth first from both ends over
// the graph's links in both directions (attendee, organizer, location,
// holds, postIn, about, mentions, containedInPlace, parentOrganization).
// A path runs through people, events and releases: it may start or end
// at an organisation, a place, a post or a role, and may meet at one from
// both ends, but does not go on from one (thousands of events link to
// NATO or Brussels, and a path through them says little). Of paths of
// one length it takes the one with the fewest links through releases
// ("mentioned in" the same release), then the one whose links come first
// above (attended before organised, held at, ...). When no path is within
// the depth, the query says so. Each row is a step {step, node, name,
// via}; steps after the first are tagged source and target, so Cayley's
// Visualize view draws the path.
//
// @param from:entity required the first entity's name ("Mark Rutte", "Rutte", "Egmont Palace")
// @param to:entity required the other entity's name ("Frostadottir", "Dayton")
// @param depth:number optional the most links between the two ends (default 4, at most 8)
// @example natokg query path --param from="Mark Rutte" --param to="Kristrún Frostadóttir"
var depth = params.depth ? parseInt(params.depth, 10) : 4;
if (!(depth >= 1 && depth <= 8)) { fail("depth", "path: depth=" + params.depth + " is out of range: give a number of links from 1 to 8"); }
// The links, most telling first: of two paths of one length, the one whose
// links come first here wins ("attended" before "mentioned in").
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
var rank = {}, preds = [];
LINKS.forEach(function (l, i) { rank[l[0]] = i; if (l[0] !== S("mentions")) { preds.push(l[0]); } });

// expand follows every link out of and into the nodes of frontier, once
// each, and returns the links to nodes not in seen, in no set order:
// {from, to, pred, out (0: from -pred-> to; 1: to -pred-> from), rank,
// pos (from's place in frontier)}. Only releases are followed into an
// entity by schema:mentions (not quotations), told by their IRIs' kind.
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
  // One traversal per link and way: tagging the predicate instead makes
  // Cayley read every quad of the store.
  preds.concat([S("mentions")]).forEach(function (p) {
    vs(frontier).Tag("from").Out(p).Tag("to").ForEach(add(p, 0));
  });
  preds.forEach(function (p) {
    vs(frontier).Tag("from").In(p).Tag("to").ForEach(add(p, 1));
  });
  vs(frontier).Tag("from").In(S("mentions")).Tag("to").ForEach(add(S("mentions"), 1, "release"));
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

// A link's cost, to choose among paths of one length: a path through
// "mentions" or "about" (two entities named in the same release) costs
// more than any path through events, posts and people; then the links
// that come first in LINKS are cheaper.
var RELEASE_LINK = 100;
function linkCost(pred) { return pred === S("mentions") || pred === S("about") ? RELEASE_LINK : rank[pred]; }

// Breadth first from both ends, a whole level at a time, the side that
// has gone fewer levels first (of two, the smaller frontier); each side
// keeps, for each node it reached, its distance, the cost of the
// cheapest way there at that distance and the link it came by. An
// organisation, place, post or role is met but not gone through, so a
// path meets there from both sides at once; the search goes on until no
// path yet unseen can be shorter than the one found, or as short and
// cheaper, within depth (mayImprove).
var sources = entity("from"), targets = entity("to");
var side = [{seen: {}, front: sources.slice(), dist: 0, beyond: {}}, {seen: {}, front: targets.slice(), dist: 0, beyond: {}}];
sources.forEach(function (n) { side[0].seen[n] = {d: 0, c: 0}; });
targets.forEach(function (n) { side[1].seen[n] = {d: 0, c: 0}; });
var best = null;
// consider takes node x as the meeting point when both sides reached it
// and the path through it is shorter, or as short and cheaper.
function consider(x) {
  var s0 = side[0].seen[x], s1 = side[1].seen[x];
  if (!s0 || !s1) { return; }
  var d = s0.d + s1.d, c = s0.c + s1.c;
  if (!best || d < best.d || d === best.d && c < best.c) { best = {node: x, d: d, c: c}; }
}
sources.forEach(consider);
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
  preds.concat([S("mentions")]).forEach(function (p) { if (whole) { read(p, 0); } });
  preds.forEach(function (p) { if (whole) { read(p, 1); } });
  return whole ? out : null;
}
for (var step = next(); step.side >= 0; step = next()) {
  var i = step.side;
  // Probed hubs that may still improve lie two levels further at least:
  // the side goes on.
  if (step.hubsOnly && probe(i) && !pending(i).length) { continue; }
  var a = side[i], lvl = a.dist + 1, reached = {};
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
var meet = best && best.d <= depth ? best.node : "";
if (!meet) {
  var links1 = function (n) { return n + (n === 1 ? " link" : " links"); };
  var between = " between " + JSON.stringify(params.from) + " and " + JSON.stringify(params.to);
  if (!side[0].front.length && !side[1].front.length) {
    nothing("from", "path: no path" + between + " through people, events and releases");
  }
  nothing("depth", "path: no path of at most " + links1(depth) + between +
    (depth < 8 ? " (a larger depth may find one: --param depth=" + Math.min(8, depth + 2) + ")" : ""));
}
if (meet) {
  // The steps: from a source to the meeting node, then on to a target.
  var steps = [], links = {};
  for (var n = meet; side[0].seen[n].e; n = side[0].seen[n].e.from) {
    steps.unshift(n);
    links[n] = side[0].seen[n].e;
  }
  steps.unshift(n);
  for (n = meet; side[1].seen[n].e; ) {
    var e = side[1].seen[n].e;
    // Walked the other way round: the link reads from e.to back to e.from.
    links[e.from] = {from: n, to: e.from, pred: e.pred, out: 1 - e.out, rank: e.rank};
    n = e.from;
    steps.push(n);
  }
  var names = nameMap(steps);
  // A post is named by its role and where it is.
  var posts = outMap(steps, [ORG("role"), ORG("postIn")]);
  var extra = nameMap([].concat.apply([], steps.map(function (s) {
    return (posts[s][ORG("role")] || []).concat(posts[s][ORG("postIn")] || []);
  })));
  steps.forEach(function (s) {
    var r = posts[s][ORG("role")], o = posts[s][ORG("postIn")];
    if (r && o) { names[s] = extra[r[0]] + ", " + extra[o[0]]; }
  });
  emitRows(steps.map(function (s, i) {
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
