// The prelude natokg puts before every library query, after the lines that
// define params, KINDS (the kinds of entity each parameter names), PAGE
// (the page of the answer asked for: {offset, limit}, limit 0 for all)
// and VOC (the vocabulary's IRIs, from graph/voc). It names the
// vocabulary and the helpers the queries share.
var iri = function (s) { return "<" + s + ">"; };
var RDF_TYPE = iri(VOC.rdfType);
var S = function (t) { return iri(VOC.schema + t); };
var ORG = function (t) { return iri(VOC.org + t); };
var SKOS_PREF = iri(VOC.skosPrefLabel);
var DERIVED_FROM = iri(VOC.provWasDerivedFrom);
var SEARCH_WORD = iri(VOC.kgSearchWord);
var NAMES = [S("name"), S("alternateName")];

// LETTERS are the Latin letters Unicode does not split into a letter and a
// mark, with what fold makes of them.
var LETTERS = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
  "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"};

// fold is s in lower case without diacritics or punctuation, for matching
// names whatever form the user types ("Frostadottir", "mark rutte"). It is
// loader.Fold, which indexes the names (kg:searchWord).
function fold(s) {
  return String(s).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[øłđðþßæœıħŧ]/g, function (c) { return LETTERS[c]; })
    .replace(/[^a-z0-9]+/g, " ").trim();
}

// foldPattern returns a regular expression (Go's syntax, for Gizmo's
// regex) that matches every text whose fold holds word, a folded word or
// words, and others besides: each letter or figure as itself in either
// case or as a letter beyond ASCII, with the marks that may follow it,
// and each space as a run of other characters. It returns "" where a
// letter of word may come from two (fold makes "ss" of "ß"), so that no
// pattern would hold every such text.
function foldPattern(word) {
  if (!word || /ss|th|ae|oe/.test(word)) { return ""; }
  return "(?i)" + word.split("").map(function (c) {
    return c === " " ? "[^A-Za-z0-9]+" : "(?:" + c + "|[^\\x00-\\x7F])[\\x{0300}-\\x{036F}]*";
  }).join("");
}

// STOP_WORDS are the words names are not indexed by (loader.SearchWords).
var STOP_WORDS = {"a": 1, "an": 1, "and": 1, "at": 1, "de": 1, "for": 1, "in": 1, "of": 1, "on": 1, "the": 1, "to": 1};

// searchWords returns the distinct folded words of what the user typed
// that names are indexed by (kg:searchWord).
function searchWords(s) {
  var seen = {};
  return fold(s).split(" ").filter(function (w) {
    if (!w || STOP_WORDS[w] || seen[w]) { return false; }
    seen[w] = true;
    return true;
  });
}

// indexed returns the nodes with every word of words among the words of
// their names, from the index kg:searchWord; null when the store has no
// such index (a store written before natokg indexed names). It reads the
// nodes of each word and keeps those common to all (Cayley's And over
// the two lookups is far slower).
function indexed(words) {
  if (!words.length || !g.V(SEARCH_WORD).Count()) { return null; }
  var common = null;
  for (var i = 0; i < words.length && (common === null || Object.keys(common).length); i++) {
    var next = {};
    g.V(words[i]).In(SEARCH_WORD).Unique().ForEach(function (d) {
      if (common === null || common[d.id]) { next[d.id] = true; }
    });
    common = next;
  }
  return Object.keys(common).sort();
}

// NAMED_KINDS are the kinds of node whose IRI natokg mints from their
// name (graph/voc/kg: NS, the kind as path, a slug of the name).
var NAMED_KINDS = ["person", "org", "place"];

// named returns the nodes of the kinds listed (all of NAMED_KINDS when null)
// whose IRI natokg minted from exactly the name typed, as it mints them
// from the fullest name of each: found without reading any quad but the
// node's own.
function named(typed, kinds) {
  var slug = fold(typed).replace(/ /g, "-");
  if (!slug) { return []; }
  var iris = NAMED_KINDS.filter(function (k) { return !kinds || kinds.indexOf(k) >= 0; })
    .map(function (k) { return iri(VOC.kg + k + "/" + slug); });
  var out = [];
  if (iris.length) { vs(iris).ForEach(function (d) { out.push(d.id); }); }
  return uniq(out);
}

// value is a stored value as plain text: IRIs without brackets, literals
// without quotes or datatypes.
function value(v) {
  if (v === undefined || v === null) { return ""; }
  v = String(v);
  if (v.charAt(0) === "<" && v.charAt(v.length - 1) === ">") { return v.slice(1, -1); }
  var m = v.match(/^"([\s\S]*)"(\^\^<[^>]*>|@[A-Za-z-]+)?$/);
  return m ? m[1] : v;
}

// matches reports whether a name answers what the user typed: every word
// typed is a word of the name ("Rutte", "mark rutte").
function matches(name, typed) {
  var n = " " + fold(name) + " ", t = fold(typed).split(" ");
  for (var i = 0; i < t.length; i++) {
    if (t[i] && n.indexOf(" " + t[i] + " ") < 0) { return false; }
  }
  return t.join("") !== "";
}

// ERR_MARK opens the message of an error for the user: natokg reads the
// JSON object after it (queries.Run) and says it without JavaScript.
var ERR_MARK = "natokg-query-error:";

// fail stops the query with a message for the user about parameter p.
function fail(p, message) {
  throw new Error(ERR_MARK + JSON.stringify({param: p, message: String(message)}));
}

// nothing stops the query saying that the answer asked for does not exist
// (no path within the depth): not an empty answer, a message.
function nothing(p, message) {
  throw new Error(ERR_MARK + JSON.stringify({param: p, message: String(message), none: true}));
}

// require stops the query with a clear message when a parameter is missing.
function require(p) {
  if (params[p] === undefined || params[p] === "") { fail(p, "parameter " + p + " is required"); }
  return params[p];
}

// ---- Helpers for queries that work on many nodes at once. ----

var TYPE_KINDS = {};
TYPE_KINDS[S("Person")] = "person";
TYPE_KINDS[S("Organization")] = "org";
TYPE_KINDS[S("GovernmentOrganization")] = "org";
["Place", "City", "Country", "Continent", "AdministrativeArea", "BodyOfWater",
  "CivicStructure", "LandmarksOrHistoricalBuildings"].forEach(function (t) { TYPE_KINDS[S(t)] = "place"; });
TYPE_KINDS[S("Event")] = "event";
TYPE_KINDS[S("NewsArticle")] = "release";

// nonEmpty reports whether path has any result. Cayley's Bolt store fails
// ("kv: not found") to count a path that ends in Is() of a node it holds
// and has no result ("did these two people meet?"), so nonEmpty reads one
// result instead.
function nonEmpty(path) { return path.Limit(1).toArray().length > 0; }

// vs starts a path at the nodes of a list (never at all nodes: callers
// check that the list is not empty).
function vs(nodes) {
  if (!nodes.length) { throw new Error("vs: no nodes"); }
  return g.V.apply(g, nodes);
}

// append adds the elements of each list after the first to the first, in
// place, and returns it: list = list.concat(more) in a loop copies the
// whole list each time.
function append(list) {
  for (var i = 1; i < arguments.length; i++) {
    for (var j = 0; j < arguments[i].length; j++) { list.push(arguments[i][j]); }
  }
  return list;
}

// uniq returns the distinct strings of a list, sorted.
function uniq(list) {
  var seen = {}, out = [];
  list.forEach(function (x) { if (!seen[x]) { seen[x] = true; out.push(x); } });
  return out.sort();
}

// outMap follows preds out of nodes (g.OutValues, natokg's look-up of one
// predicate out of many nodes) and returns {node: {pred: [value, ...]}}
// with raw values, each list sorted.
function outMap(nodes, preds) {
  var m = {};
  nodes.forEach(function (n) { m[n] = {}; });
  if (!nodes.length) { return m; }
  // One look-up per predicate: tagging the predicate instead
  // (Out(preds, "p")) makes Cayley read every quad of the store.
  var distinct = uniq(nodes);
  [].concat(preds).forEach(function (p) {
    var vals = g.OutValues(distinct, p);
    distinct.forEach(function (n) {
      if (vals[n].length) { m[n][p] = uniq(vals[n]); }
    });
  });
  return m;
}

// keepLeast sets m[k] to v when m has no value for k yet or a greater
// one (the first of a node's values, as outMap and first give it).
function keepLeast(m, k, v) {
  if (!m[k] || v < m[k]) { m[k] = v; }
}

// eventsOf returns the traversal from person p to the events p attended,
// each once: through the figures' months where the store keeps them
// (every release that says p attended an event is a quad of its own, a
// dozen for an event many releases tell of), else through the releases'
// attendee quads.
function eventsOf(p) {
  return keepsMonths() ? g.V(p).Out(iri(VOC.kgEventMonth)).Out(iri(VOC.kgMonthEvent)) : g.V(p).In(S("attendee")).Unique();
}

// eventStarts adds to starts, for each event person p attended that has
// a start date, its first start date (raw), read in one traversal from p:
// the busiest people attended ten thousand events, and a traversal that
// starts again at each event looks each one up.
function eventStarts(p, starts) {
  eventsOf(p).Tag("event").Out(S("startDate")).ForEach(function (d) {
    keepLeast(starts, d.event, d.id);
  });
  return starts;
}

// keepsMonths reports whether the store's figures keep each person's
// events, quotations and posts by month (kg:eventMonth, kg:quoteMonth,
// kg:postMonth) and meeting counts (kg:meetingCount): then a page of a
// busy person's links, newest first, reads the latest months only.
var monthsKept = null;
function keepsMonths() {
  if (monthsKept === null) {
    monthsKept = nonEmpty(g.V(iri(VOC.kgFigures)).Out(iri(VOC.kgKeeps)).Is(iri(VOC.kgMonthFigures)));
  }
  return monthsKept;
}

// keepsMentions reports whether the store's figures keep the releases
// naming each entity by month (kg:mentionMonth) and their count
// (kg:mentionCount).
var mentionsKept = null;
function keepsMentions() {
  if (mentionsKept === null) {
    mentionsKept = nonEmpty(g.V(iri(VOC.kgFigures)).Out(iri(VOC.kgKeeps)).Is(iri(VOC.kgMentionFigures)));
  }
  return mentionsKept;
}

// byMonthsFor reports whether a query whose whole answer has total rows
// should read the months the figures keep (those keepsMonths says are
// kept, or kept says) rather than every row: only for a page, and one
// small beside the answer (a month read costs a few traversals; a person
// with a few rows is read faster whole).
function byMonthsFor(total, kept) {
  var need = pageEnd();
  return need > 0 && total > 4 * need && (kept || keepsMonths)();
}

// monthKey is the key of a month node of the figures: "2025-05" ("2025"
// for dates without a month), "undated-2025-05" (events with no date, by
// the month of their first dated release) or "undated".
function monthKey(m) { return value(m).split("/").pop(); }

// monthRank orders month keys: dated months, newest first, then the
// undated events' months, newest first, then "undated" (sorting the
// ranks in descending order).
function monthRank(k) {
  if (/^\d{4}/.test(k)) { return "2" + k; }
  var m = /^undated-(.+)$/.exec(k);
  return m ? "1" + m[1] : "0";
}

// newestFirst sorts month keys (or nodes, with key) by monthRank, in
// descending order.
function newestFirst(list, key) {
  var rank = function (x) { return monthRank(key ? key(x) : x); };
  return list.sort(function (a, b) { return rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0; });
}

// monthsOf returns person p's months in the figures that hold their
// events (or what the link owner names: kg:quoteMonth, kg:postMonth),
// newest first (monthRank).
function monthsOf(p, owner) {
  var ms = [];
  g.V(p).Out(owner || iri(VOC.kgEventMonth)).ForEach(function (d) { ms.push(d.id); });
  return newestFirst(ms, monthKey);
}

// membersOf returns what the month m holds by the link member.
function membersOf(m, member) {
  var out = [];
  g.V(m).Out(member).ForEach(function (d) { out.push(d.id); });
  return out;
}

// monthsAcross calls read(person, members) for the members (by the link
// member) of each of people's months (by the link owner), the months of
// one key together whoever they belong to, newest first, until read,
// which returns how many rows it has gathered so far, gives the page
// asked for.
function monthsAcross(people, owner, member, read) {
  var groups = {};
  if (people.length) {
    vs(people).Tag("p").Out(owner).ForEach(function (d) {
      var k = monthKey(d.id);
      (groups[k] || (groups[k] = [])).push(d);
    });
  }
  var need = pageEnd();
  newestFirst(Object.keys(groups)).some(function (k) {
    var n = 0;
    groups[k].forEach(function (d) {
      var ms = membersOf(d.id, member);
      if (ms.length) { n = read(d.p, ms); }
    });
    return need > 0 && n >= need;
  });
}

// latestMonths calls read(person, month) for each of people's months (as
// monthsOf gives them with owner) in turn, people in their order, until
// read, which returns how many rows it has gathered so far, gives the
// page asked for: every row of a month read comes before any row of the
// months not read. The months whose keys group (when given) makes one
// are read together.
function latestMonths(people, read, owner, group) {
  var need = pageEnd(), unit = group || monthKey;
  people.some(function (p) {
    var ms = monthsOf(p, owner), n = 0;
    return ms.some(function (m, i) {
      n = read(p, m);
      var last = i + 1 === ms.length || unit(ms[i + 1]) !== unit(m);
      return last && need > 0 && n >= need;
    });
  });
}

// byName sorts people by their names in names, then by IRI: the order
// of the rows of a query about them.
function byName(people, names) {
  return people.sort(function (a, b) {
    return names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}

// figureSum is the sum over nodes of their figure pred (a count the
// figures keep).
function figureSum(nodes, pred) {
  var n = 0;
  if (nodes.length) { vs(nodes).Out(pred).ForEach(function (d) { n += Number(d.id); }); }
  return n;
}

// firstStarts adds to starts each of events' first start date (raw).
function firstStarts(events, starts) {
  var m = outMap(events, [S("startDate")]);
  events.forEach(function (e) {
    var l = m[e][S("startDate")];
    if (l && l.length) { starts[e] = l[0]; }
  });
  return starts;
}

// first returns the plain text of a node's first value of pred in an
// outMap, or "".
function first(m, node, pred) {
  var l = m[node] && m[node][pred];
  return l && l.length ? value(l[0]) : "";
}

// SHARED are the kinds of node natokg mints whose facts many releases
// state (a person, an organisation, a place, a role, a post): valuesOf
// reads at most NAME_READS of a node's names, so a name the index of
// name words holds may not be among those read. Events, releases,
// sentences and quotations belong to one release, or a few.
var SHARED = {person: true, org: true, place: true, role: true, post: true};

// kindOf returns the kind natokg minted an IRI for ("person", "event",
// ...: its path under VOC.kg), or "" for other nodes.
function kindOf(node) {
  var v = value(node);
  if (v.indexOf(VOC.kg) !== 0) { return ""; }
  var rest = v.slice(VOC.kg.length), i = rest.indexOf("/");
  return i > 0 ? rest.slice(0, i) : "";
}

// NAME_READS is how many of a shared node's names nameMap and lookup
// read: the releases name a node alike (its fullest name, its usual other
// names), so the first ones say them.
var NAME_READS = 32;

// valuesOf follows pred out of many nodes (g.OutValues) and returns
// {node: [raw value, ...]}, at most limit values each. Each fact is stored
// once, in the bundles of the releases that state it, so even a node
// every release names (NATO, Brussels) has a few copies of each name.
// One predicate at a time: Cayley answers a list of predicates by reading
// far more.
function valuesOf(nodes, pred, limit) {
  return g.OutValues(uniq(nodes), pred, limit);
}

// nameMap returns {node: name} for many nodes: the longest schema:name, else skos:prefLabel (a role), else a
// release's headline, else the IRI.
function nameMap(nodes) {
  var out = {};
  nodes = uniq(nodes);
  nodes.forEach(function (n) { out[n] = ""; });
  [S("name"), SKOS_PREF, S("headline")].forEach(function (p) {
    var missing = nodes.filter(function (n) { return !out[n]; });
    if (!missing.length) { return; }
    var vals = valuesOf(missing, p, NAME_READS);
    missing.forEach(function (n) {
      vals[n].forEach(function (v) { v = value(v); if (v.length > out[n].length) { out[n] = v; } });
    });
  });
  nodes.forEach(function (n) { out[n] = out[n] || value(n); });
  return out;
}

// MAPPED_KINDS are the kinds (paths under VOC.kg) kindMap reports; other
// nodes natokg mints (posts, roles, sentences, quotations) have kind "".
var MAPPED_KINDS = {person: true, org: true, place: true, event: true, release: true};

// kindMap returns {node: kind} ("person", "org", "place", "event",
// "release" or "") for many nodes: from the IRI for the nodes natokg
// mints, else from their types, in one traversal.
function kindMap(nodes) {
  var out = {}, rest = [];
  nodes.forEach(function (n) {
    var k = kindOf(n);
    out[n] = MAPPED_KINDS[k] ? k : "";
    if (!k) { rest.push(n); }
  });
  if (!rest.length) { return out; }
  vs(uniq(rest)).Tag("n").Out(RDF_TYPE).ForEach(function (d) {
    if (!out[d.n] && TYPE_KINDS[d.id]) { out[d.n] = TYPE_KINDS[d.id]; }
  });
  return out;
}

// lookup returns the nodes whose name or other name matches what the user
// typed, as {exact: [...], partial: [...]} (each sorted; a node named
// exactly by one of its names is not partial), keeping only persons,
// organisations, places and events, or the kinds listed (["place"]).
// A person, organisation or place whose fullest name is what was typed is
// found by its IRI alone, and is then the only answer. Otherwise lookup
// finds the nodes in the index of name words (kg:searchWord), then reads
// their names; without an index, or when all that is typed is stop
// words, it reads every distinct name once.
function lookup(typed, kinds) {
  var direct = named(typed, kinds);
  if (direct.length) { return {exact: direct, partial: []}; }
  var lit = ofKinds(literal(typed), kinds);
  if (lit.length) { return {exact: lit, partial: []}; }
  var exact = {}, partial = {};
  var mark = function (node, nm) {
    if (!matches(nm, typed)) { return; }
    (fold(nm) === fold(typed) ? exact : partial)[node] = true;
  };
  var cands = indexed(searchWords(typed));
  if (cands === null) {
    NAMES.forEach(function (p) {
      var hit = [];
      g.V().Out(p).Unique().ForEach(function (d) { if (matches(value(d.id), typed)) { hit.push(d.id); } });
      if (hit.length) {
        vs(hit).Tag("name").In(p).ForEach(function (d) { mark(d.id, value(d.name)); });
      }
    });
  } else if (cands.length) {
    NAMES.forEach(function (p) {
      var vals = valuesOf(cands, p, NAME_READS);
      cands.forEach(function (n) { vals[n].forEach(function (v) { mark(n, value(v)); }); });
    });
    // A shared node holds every word typed among its names' words (the
    // index says so) even when the names read do not show it: it matches,
    // in part.
    cands.forEach(function (n) { if (SHARED[kindOf(n)] && !exact[n]) { partial[n] = true; } });
  }
  var all = Object.keys(exact).concat(Object.keys(partial));
  var k = kindMap(all);
  var keep = function (n) { return k[n] && k[n] !== "release" && (!kinds || kinds.indexOf(k[n]) >= 0); };
  return {
    exact: Object.keys(exact).filter(keep).sort(),
    partial: Object.keys(partial).filter(function (n) { return !exact[n] && keep(n); }).sort()
  };
}

// literal returns the nodes one of whose names is the text typed, as
// stored (a look-up by the value: "NATO" finds the Alliance without
// reading the thousand nodes whose names hold the word).
function literal(typed) {
  var t = String(typed);
  if (!t || /^[<_"]/.test(t)) { return []; }
  var out = [];
  NAMES.forEach(function (p) { g.V(t).In(p).ForEach(function (d) { out.push(d.id); }); });
  return uniq(out);
}

// ofKinds returns the nodes of nodes that are entities of the kinds
// listed (any entity when kinds is null), sorted.
function ofKinds(nodes, kinds) {
  if (!nodes.length) { return []; }
  var k = kindMap(nodes);
  return nodes.filter(function (n) { return k[n] && k[n] !== "release" && (!kinds || kinds.indexOf(k[n]) >= 0); }).sort();
}

// findAny returns the persons, organisations, places and events (or only
// the kinds listed, as in ["place"]) named exactly as the user typed when
// there are any, else all whose names match, sorted.
function findAny(typed, kinds) {
  var l = lookup(typed, kinds);
  return l.exact.length ? l.exact : l.partial;
}

// entity returns the nodes parameter p names, as findAny finds them,
// of the kinds its @param line declares (KINDS, from natokg) or of the
// kinds listed. When it names nothing, the query stops: natokg says so
// with the graph's closest names (queries.Run). One check for every
// parameter that names a person, place or organisation.
function entity(p, kinds) {
  var typed = require(p);
  kinds = kinds || KINDS[p] || null;
  var nodes = findAny(typed, kinds);
  if (!nodes.length) { unknown(p, typed, kinds || NAMED_KINDS.concat(["event"])); }
  return nodes;
}

// unknown stops the query saying that parameter p names no entity of the
// kinds listed; natokg adds the closest names.
function unknown(p, typed, kinds) {
  throw new Error(ERR_MARK + JSON.stringify({param: p, unknown: String(typed), kinds: kinds}));
}

// NAME_TYPES are the types of the entities of each kind, for allNames.
var NAME_TYPES = {person: [S("Person")], org: [S("Organization"), S("GovernmentOrganization")],
  event: [S("Event")], role: [ORG("Role")], place: []};
Object.keys(TYPE_KINDS).forEach(function (t) { if (TYPE_KINDS[t] === "place") { NAME_TYPES.place.push(t); } });

// allNames returns the names of every entity of the kinds listed, each
// as a list, its fullest name first: what natokg suggests from when a
// name matches nothing.
function allNames(kinds) {
  var nodes = {};
  kinds.forEach(function (k) {
    (NAME_TYPES[k] || []).forEach(function (t) {
      g.V(t).In(RDF_TYPE).Unique().ForEach(function (d) { nodes[d.id] = true; });
    });
  });
  var list = Object.keys(nodes).sort();
  if (!list.length) { return []; }
  var full = nameMap(list), other = {};
  NAMES.concat([SKOS_PREF]).forEach(function (p) {
    var vals = valuesOf(list, p, NAME_READS);
    list.forEach(function (n) { vals[n].forEach(function (v) { (other[n] || (other[n] = [])).push(value(v)); }); });
  });
  return list.map(function (n) { return [full[n]].concat(uniq(other[n] || [])); });
}

// dateLo and dateHi are the first and last days a date, full or partial
// ("2025", "2025-05", "2025-05-28"), may stand for, as comparable text.
function dateLo(d) {
  d = String(d || "");
  return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d;
}
function dateHi(d) {
  d = String(d || "");
  return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d;
}

// daysBefore returns the ISO day n days before the first day of date d
// (full or partial), or d when it is not an ISO date.
function daysBefore(d, n) {
  var lo = dateLo(d);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lo)) { return d; }
  var t = Date.UTC(+lo.slice(0, 4), +lo.slice(5, 7) - 1, +lo.slice(8, 10)) - n * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

// typedDate returns the stored form of date v of XSD type t ("date",
// "gYearMonth", "gYear"), as Gizmo reads it: "2025"^^xsd:gYear.
function typedDate(v, t) { return "\"" + v + "\"^^<" + VOC.xsd + t + ">"; }

// dateValues returns the stored forms of every day, month and year that
// meets the days from..to (ISO dates, full or partial), as Gizmo reads
// them ("2025-05-22"^^xsd:date, "2025-05"^^xsd:gYearMonth,
// "2025"^^xsd:gYear): the dates to look events up by. It returns null
// when from or to is not an ISO date, or when they are more than maxDays
// apart (reading every date is then quicker than so many lookups).
function dateValues(from, to, maxDays) {
  var lo = dateLo(from), hi = dateHi(to), iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(lo) || !iso.test(hi)) { return null; }
  var hy = +hi.slice(0, 4), hm = +hi.slice(5, 7);
  var hd = Math.min(+hi.slice(8, 10), new Date(Date.UTC(hy, hm, 0)).getUTCDate());
  var t0 = Date.UTC(+lo.slice(0, 4), +lo.slice(5, 7) - 1, +lo.slice(8, 10)), t1 = Date.UTC(hy, hm - 1, hd);
  if (t1 < t0) { return []; }
  if ((t1 - t0) / 864e5 > maxDays) { return null; }
  var out = [], seen = {};
  for (var t = t0; t <= t1; t += 864e5) {
    var day = new Date(t).toISOString().slice(0, 10), m = day.slice(0, 7), y = day.slice(0, 4);
    out.push(typedDate(day, "date"));
    if (!seen[m]) { seen[m] = true; out.push(typedDate(m, "gYearMonth")); }
    if (!seen[y]) { seen[y] = true; out.push(typedDate(y, "gYear")); }
  }
  return out;
}

// placedOn calls at({event, place}) for each event whose start date is
// one of dates (as dateValues gives them) and each place it was held at.
function placedOn(dates, at) {
  var starts = {};
  startingOn(dates, function (e) { starts[e] = true; });
  var starting = Object.keys(starts).sort();
  if (starting.length) { vs(starting).Tag("event").Out(S("location")).Tag("place").ForEach(at); }
}

// startingOn calls fn(event, date) for each event whose start date is one
// of dates (as dateValues gives them), looking each date up on its own
// (Cayley answers a path from hundreds of literals at once by reading far
// more).
function startingOn(dates, fn) {
  dates.forEach(function (x) {
    g.V(x).In(S("startDate")).ForEach(function (d) { fn(d.id, x); });
  });
}

// startingNewest calls fn(event, date) for each event whose start date
// is one of dates (as dateValues gives them), the latest date first (a
// day before its month, a month before its year, as "-date" sorts them),
// and stops after a date once enough() holds: every event it did not read
// starts earlier. It returns the last date read where it stopped before
// the last of dates, else "".
function startingNewest(dates, fn, enough) {
  var sorted = dates.map(value).sort().reverse();
  var byValue = {};
  dates.forEach(function (d) { byValue[value(d)] = d; });
  for (var i = 0; i < sorted.length; i++) {
    startingOn([byValue[sorted[i]]], fn);
    if (enough()) { return i < sorted.length - 1 ? sorted[i] : ""; }
  }
  return "";
}

// walkMonths reads the events that start in each month, newest first,
// from a year past the newest month of the releases that name places
// (the figures' kg:mentionMonth) back to the oldest, and calls
// at({event, place}) for each event and its place, until found(), the
// events at places so far, passes the page asked for at the end of a
// month: those are the newest events at places, and more exist. An
// event dated by its month is read with the month's days, one dated by
// its year after the year's January. It returns found(), or -1 where it
// does not walk (no page asked, no figures of mentions, places named by
// too few releases for the walk to be quicker than reading them all) or
// where the months run out before the page is full: the caller then
// reads every event at places.
function walkMonths(places, at, found) {
  var need = pageEnd();
  if (!need || !keepsMentions()) { return -1; }
  var named = figureSum(places, iri(VOC.kgMentionCount)), seen = {}, keys = [];
  vs(places).Out(iri(VOC.kgMentionMonth)).ForEach(function (d) {
    var k = monthKey(d.id);
    if (/^\d{4}-\d{2}$/.test(k) && !seen[k]) { seen[k] = true; keys.push(k); }
  });
  // A month read costs about as much as reading PAGE.walkCost of the
  // place's own events (every event that starts in it is looked up), and
  // the page takes about need * months / named months: walk only where
  // that is the cheaper (Brussels, not Vilnius, at 100,000 releases).
  if (!keys.length || named * named <= PAGE.walkCost * need * keys.length) { return -1; }
  keys.sort();
  var year = typedDate("", "gYear").slice(2); // what ends a year's form
  for (var m = monthAfter(keys[keys.length - 1], 12); m >= keys[0]; m = monthAfter(m, -1)) {
    placedOn(dateValues(m, m, 31).filter(function (v) { return v.slice(-year.length) !== year; }), at);
    if (/-01$/.test(m)) { placedOn([typedDate(m.slice(0, 4), "gYear")], at); }
    if (found() > need) { return found(); }
  }
  return -1;
}

// fewerThanMonths reports whether places are named by fewer releases (the
// figures' kg:mentionCount) than a quarter of what reading the events of
// months months costs (PAGE.walkCost a month; a span's days are read
// together, more cheaply than a walk's): their own events are then the
// cheaper to read. False where the store keeps no figures of mentions.
function fewerThanMonths(places, months) {
  return keepsMentions() && 4 * figureSum(places, iri(VOC.kgMentionCount)) < PAGE.walkCost * months;
}

// monthAfter returns the month ("2025-05") n months after month m (n may
// be negative).
function monthAfter(m, n) {
  var i = (+m.slice(0, 4)) * 12 + (+m.slice(5, 7) - 1) + n;
  var y = Math.floor(i / 12), mo = i % 12 + 1;
  return ("000" + y).slice(-4) + "-" + (mo < 10 ? "0" : "") + mo;
}

// overlaps reports whether the days from start to end (end may be "")
// meet the days from "from" to "to" (either may be "": no bound). A
// partial date counts when it overlaps. Without a start, it is false unless
// there is no bound at all.
function overlaps(start, end, from, to) {
  if (!from && !to) { return true; }
  if (!start) { return false; }
  if (to && dateLo(start) > dateHi(to)) { return false; }
  if (from && dateHi(end || start) < dateLo(from)) { return false; }
  return true;
}

// holdings returns the posts the releases give people: a row for each
// person, role, organisation or country, and release that says so, with
// the release's date. The release that gives a person a post is the
// label of the org:holds quad. It reads every such quad of people's, or
// takes them from holds ({person, post, release}).
function holdings(people, holds) {
  if (!holds) {
    holds = [];
    if (people.length) { heldIn(people, g.V(), holds); }
  }
  var posts = outMap(uniq(holds.map(function (d) { return d.post; })), [ORG("role"), ORG("postIn")]);
  var nodes = people.slice();
  Object.keys(posts).forEach(function (p) { append(nodes, posts[p][ORG("role")] || [], posts[p][ORG("postIn")] || []); });
  var names = nameMap(nodes);
  var dates = outMap(uniq(holds.map(function (d) { return d.release; })), [S("datePublished")]);
  var rows = [], seen = {};
  holds.forEach(function (d) {
    var p = posts[d.post], role = (p[ORG("role")] || [])[0], org = (p[ORG("postIn")] || [])[0];
    var r = {person: names[d.person], role: role ? names[role] : "", org: org ? names[org] : "",
      date: first(dates, d.release, S("datePublished")), release: value(d.release)};
    var k = r.person + "|" + r.role + "|" + r.org + "|" + r.release;
    if (!seen[k]) { seen[k] = true; rows.push(r); }
  });
  return rows;
}

// heldIn adds to holds {person, post, release} for each post a release
// of releases (a path) gives one of people.
function heldIn(people, releases, holds) {
  vs(people).Tag("person").LabelContext(releases, "release").Out(ORG("holds")).Tag("post").ForEach(function (d) { holds.push(d); });
  return holds;
}

// postHoldings returns the holdings of the posts posts: for each person
// the releases give one of them, {post, holder, from, to, first, last}:
// the dates and IRIs of the earliest and latest dated releases that say
// so ("" when none is dated; of two of a day, the IRI that sorts first
// is the earliest, the one that sorts last the latest). It reads the holdings the figures keep
// (kg:heldAs), else every org:holds quad of the posts and its release.
function postHoldings(posts) {
  if (!posts.length) { return []; }
  return keepsHoldings() ? keptHoldings(posts) : countedHoldings(posts);
}

// keepsHoldings reports whether the store's figures keep the holdings of
// posts (kg:heldAs).
function keepsHoldings() {
  return nonEmpty(g.V(iri(VOC.kgFigures)).Out(iri(VOC.kgKeeps)).Is(iri(VOC.kgHoldingFigures)));
}

// keptHoldings reads the holdings of posts from the figures.
function keptHoldings(posts) {
  var hs = [];
  vs(posts).Tag("post").Out(iri(VOC.kgHeldAs)).Tag("h").Out(iri(VOC.kgHolder)).Tag("holder").ForEach(function (d) { hs.push(d); });
  return heldWhen(hs);
}

// heldWhen returns, for each holding of hs ({post, holder, h}: h the
// holding's node in the figures), {post, holder, from, to, first, last}:
// the dates and IRIs of its first and last dated releases, as the
// figures keep them ("" when none is dated).
function heldWhen(hs) {
  var f = outMap(uniq(hs.map(function (d) { return d.h; })),
    [iri(VOC.kgFirstStated), iri(VOC.kgLastStated), iri(VOC.kgFirstRelease), iri(VOC.kgLastRelease)]);
  return hs.map(function (d) {
    return {post: d.post, holder: d.holder, from: first(f, d.h, iri(VOC.kgFirstStated)), to: first(f, d.h, iri(VOC.kgLastStated)),
      first: first(f, d.h, iri(VOC.kgFirstRelease)), last: first(f, d.h, iri(VOC.kgLastRelease))};
  });
}

// tenures returns when people held each post, as the releases tell it:
// {person, role, org, from, to, first, last, releases}, one for each
// person, title and organisation or country, with the dates and IRIs of
// the first and last release that give the post and how many releases
// do; only posts titled role when role is not "" (case and diacritics do
// not matter).
function tenures(people, role) {
  return keptTenures(people, role) || readTenures(people, role);
}

// keptTenures reads the tenures of people (posts titled role only, when
// role is not "") from the holdings the figures keep (each
// holding's first and last dated release), counting in Go the releases
// that state each: a look-up, where the busiest people have thousands of
// releases. It returns null where the figures keep no holdings, or where
// a holding has no dated release (readTenures then says which releases
// come first).
function keptTenures(people, role) {
  if (!keepsHoldings()) { return null; }
  var hs = [];
  if (people.length) {
    vs(people).Tag("holder").In(iri(VOC.kgHolder)).Tag("h").In(iri(VOC.kgHeldAs)).Tag("post").ForEach(function (d) { hs.push(d); });
  }
  hs = heldWhen(hs);
  var posts = outMap(uniq(hs.map(function (h) { return h.post; })), [ORG("role"), ORG("postIn")]);
  var nodes = people.slice();
  Object.keys(posts).forEach(function (p) { append(nodes, posts[p][ORG("role")] || [], posts[p][ORG("postIn")] || []); });
  var names = nameMap(nodes), rows = [], spans = {};
  for (var i = 0; i < hs.length; i++) {
    var h = hs[i], r = first(posts, h.post, ORG("role")), o = first(posts, h.post, ORG("postIn"));
    if (!h.first) { return null; }
    var row = {person: names[h.holder], role: r ? names["<" + r + ">"] : "", org: o ? names["<" + o + ">"] : "",
      from: h.from, to: h.to, first: h.first, last: h.last};
    if (role && fold(row.role) !== fold(role)) { continue; }
    var k = row.person + "|" + row.role + "|" + row.org;
    if (spans[k]) { return null; } // two posts named alike: readTenures merges them
    spans[k] = row;
    row.releases = g.V(h.holder).Out(ORG("holds")).Is(h.post).Count();
    rows.push(row);
  }
  return rows;
}

// readTenures works the tenures of people out from every release that gives the
// people a post (holdings).
function readTenures(people, role) {
  var spans = {};
  holdings(people).forEach(function (h) {
    if (role && fold(h.role) !== fold(role)) { return; }
    var k = h.person + "|" + h.role + "|" + h.org;
    var s = spans[k] || (spans[k] = {person: h.person, role: h.role, org: h.org, releases: []});
    s.releases.push({r: h.release, d: h.date});
  });
  return Object.keys(spans).map(function (k) {
    var s = spans[k];
    // Undated releases count, but say nothing of when.
    var rel = s.releases.sort(byKeys(["d", "r"])), dated = rel.filter(function (x) { return x.d; });
    var lo = dated.length ? dated[0] : rel[0], hi = dated.length ? dated[dated.length - 1] : rel[rel.length - 1];
    return {person: s.person, role: s.role, org: s.org, from: lo.d, to: hi.d, first: lo.r, last: hi.r, releases: rel.length};
  });
}

// countedHoldings works the holdings of posts out from every org:holds
// quad of theirs and its release (a store whose figures keep none).
function countedHoldings(posts) {
  var holds = [];
  vs(posts).Tag("post").LabelContext(g.V(), "release").In(ORG("holds")).Tag("holder").ForEach(function (d) { holds.push(d); });
  var dates = outMap(uniq(holds.map(function (d) { return d.release; })), [S("datePublished")]);
  var byKey = {};
  holds.forEach(function (d) {
    var k = d.post + " " + d.holder;
    var h = byKey[k] || (byKey[k] = {post: d.post, holder: d.holder, from: "", to: "", lo: "", hi: ""});
    var date = first(dates, d.release, S("datePublished"));
    if (!date) { return; }
    if (!h.from || date < h.from || date === h.from && d.release < h.lo) { h.from = date; h.lo = d.release; }
    if (!h.to || date > h.to || date === h.to && d.release > h.hi) { h.to = date; h.hi = d.release; }
  });
  return Object.keys(byKey).map(function (k) {
    var h = byKey[k];
    return {post: h.post, holder: h.holder, from: h.from, to: h.to, first: value(h.lo), last: value(h.hi)};
  });
}

// pageCut sorts rows by keys and returns those that can make the page
// asked for: the first pageEnd() of them and every row tied with the
// last of those on keys (a query orders ties by what it reads only for
// the rows kept, names for instance). The rows past the page are not
// sorted: the page's last row is found by keeping the best pageEnd()
// rows seen, in order, so a busy person's thousands of rows cost a
// comparison or two each.
function pageCut(rows, keys) {
  var cmp = byKeys(keys), need = pageEnd();
  if (!need || rows.length <= need) { return rows.sort(cmp); }
  var best = [];
  rows.forEach(function (r) {
    if (best.length === need && cmp(r, best[need - 1]) >= 0) { return; }
    var lo = 0, hi = best.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (cmp(best[mid], r) <= 0) { lo = mid + 1; } else { hi = mid; }
    }
    best.splice(lo, 0, r);
    if (best.length > need) { best.pop(); }
  });
  var last = best[need - 1];
  return rows.filter(function (r) { return cmp(r, last) <= 0; }).sort(cmp);
}

// pageEnd is where the page asked for ends: how many of its first rows
// a query must work out in full; 0 for all.
function pageEnd() {
  return PAGE.limit ? PAGE.offset + PAGE.limit : 0;
}

// emitRows emits the page of rows asked for (PAGE) and, when that is not
// the whole answer, then how many rows the whole answer has (total, or
// all of rows), in an object of its own that natokg takes off the answer;
// atLeast says that total is only a lower bound (the query did not count
// the whole answer, which would read it all).
function emitRows(rows, total, atLeast) {
  rows.slice(PAGE.offset, pageEnd() || rows.length).forEach(function (r) { g.Emit(r); });
  if (PAGE.limit || PAGE.offset) {
    var t = {};
    t[PAGE.mark] = total === undefined ? rows.length : total;
    if (atLeast) { t[PAGE.atLeast] = true; }
    g.Emit(t);
  }
}

// byKeys returns a comparator on the fields listed, in order; a field
// written "-name" sorts descending. Numbers compare as numbers, the rest
// as text; a missing value is "", so that "-date" puts the undated last.
function byKeys(keys) {
  return function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i], dir = 1;
      if (k.charAt(0) === "-") { k = k.slice(1); dir = -1; }
      var x = a[k], y = b[k];
      if (typeof x !== "number") { x = x === undefined || x === null ? "" : String(x); }
      if (typeof y !== "number") { y = y === undefined || y === null ? "" : String(y); }
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
    }
    return 0;
  };
}

// flag reports whether a yes/no parameter is set ("yes", "true", "1").
function flag(p) {
  return /^(1|y|yes|true|on)$/i.test(String(params[p] || ""));
}


// ref is a node as Cayley's UI draws it: {"@id": IRI, "name": its name}.
// Queries tag the two ends of a relationship source and target with it,
// so the UI's Visualize view draws the pair, labelled by name.
function ref(node, name) { return {"@id": value(node), "name": name || value(node)}; }
