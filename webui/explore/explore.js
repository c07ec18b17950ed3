// natokg explorer: search the graph by name, draw a node's neighbourhood
// with cytoscape.js, expand nodes, read the evidence of a node or a link,
// and run the library's queries. Plain JavaScript; every URL is relative
// to /explore/, so the page works on any address natokg serves it on and
// sends the token cookie with each request.
(function () {
  "use strict";

  // Kinds of node: colour and cytoscape shape, in the legend's order.
  var KINDS = {
    person: { label: "person", color: "#1f77b4", shape: "ellipse" },
    org: { label: "organisation", color: "#ff7f0e", shape: "round-rectangle" },
    place: { label: "place", color: "#2ca02c", shape: "diamond" },
    event: { label: "event", color: "#d62728", shape: "hexagon" },
    post: { label: "post", color: "#9467bd", shape: "tag" },
    role: { label: "role", color: "#8c564b", shape: "tag" },
    release: { label: "release", color: "#7f7f7f", shape: "rectangle" },
    other: { label: "other", color: "#999999", shape: "ellipse" }
  };

  function kindOf(k) { return KINDS[k] ? k : "other"; }

  // kindFromIRI reads the kind from a natokg IRI (NS + kind + "/...").
  function kindFromIRI(iri) {
    var m = /^https?:\/\/[^/]+\/([a-z]+)\//.exec(iri || "");
    return m ? m[1] : "";
  }

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "class") e.className = attrs[k];
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  // api fetches a JSON answer of natokg; an error answer ({"error": ...}
  // with a 4xx or 5xx status) or a network failure rejects with a message.
  function api(path, params) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      if (params[k] !== undefined && params[k] !== null && params[k] !== "") q.set(k, params[k]);
    });
    var url = "../api/" + path + (q.toString() ? "?" + q.toString() : "");
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .catch(function () { throw new Error("natokg does not answer (is natokg serve running?)"); })
      .then(function (resp) {
        return resp.text().then(function (body) {
          var data = null;
          try { data = body ? JSON.parse(body) : null; } catch (e) { /* not JSON */ }
          if (!resp.ok) {
            var msg = data && data.error ? data.error : (body || resp.statusText).trim();
            if (resp.status === 404 && !(data && data.error)) msg = "this natokg server has no " + path.split("?")[0] + " (404)";
            var err = new Error(msg + " (" + resp.status + ")");
            err.status = resp.status;
            throw err;
          }
          if (data === null) throw new Error("natokg answered something that is not JSON");
          return data;
        });
      });
  }

  function setMsg(id, text, isError) {
    var m = $(id);
    m.textContent = text || "";
    m.classList.toggle("error", !!isError);
  }

  // ---- The graph ----

  var style = [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)",
        label: "data(name)",
        width: 26, height: 26,
        "font-size": 11,
        color: "#222",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "wrap",
        "text-max-width": "130px",
        "text-background-color": "#fbfbfd",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "border-width": 1,
        "border-color": "#fff"
      }
    },
    { selector: "node.center", style: { width: 38, height: 38, "border-width": 3, "border-color": "#222", "font-weight": "bold" } },
    { selector: "node.expanded", style: { "border-width": 2, "border-color": "#444" } },
    { selector: "node:selected", style: { "overlay-color": "#1f4e9c", "overlay-opacity": 0.25, "overlay-padding": 6 } },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "line-color": "#a9b3c4",
        "target-arrow-color": "#a9b3c4",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 9,
        color: "#555",
        "text-rotation": "autorotate",
        "text-background-color": "#fbfbfd",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px"
      }
    },
    { selector: "edge:selected", style: { "line-color": "#1f4e9c", "target-arrow-color": "#1f4e9c", width: 3, color: "#1f4e9c" } }
  ];

  var cy = cytoscape({ container: $("cy"), style: style, elements: [], wheelSensitivity: 0.3, minZoom: 0.15, maxZoom: 4 });

  var expanded = []; // ids of the nodes whose neighbourhoods are drawn, in order
  var centerId = null;

  function graphMsg(text, isError) {
    var m = $("graph-msg");
    m.textContent = text || "";
    m.hidden = !text;
    m.classList.toggle("error", !!isError);
  }

  function nodeData(n) {
    var k = kindOf(n.kind || kindFromIRI(n.id));
    return { id: n.id, name: n.name || n.label || "(no name)", kind: k, color: KINDS[k].color, shape: KINDS[k].shape };
  }

  // addNodes adds nodes (no duplicates: a node already drawn is kept) and
  // edges (whose ends are both drawn); it returns how many nodes it added.
  function addElements(nodes, edges) {
    var added = 0;
    cy.batch(function () {
      (nodes || []).forEach(function (n) {
        if (!n || !n.id) return;
        var have = cy.getElementById(n.id);
        if (have.nonempty()) {
          if (n.name && have.data("name") === "(no name)") have.data("name", n.name);
          return;
        }
        cy.add({ group: "nodes", data: nodeData(n) });
        added++;
      });
      (edges || []).forEach(function (e, i) {
        if (!e || !e.source || !e.target) return;
        if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) return;
        var id = "edge:" + (e.id || (e.source + " " + (e.relation || "") + " " + e.target + " " + i));
        if (cy.getElementById(id).nonempty()) return;
        cy.add({ group: "edges", data: { id: id, source: e.source, target: e.target, relation: e.relation || "", label: e.label || e.relation || "" } });
      });
    });
    return added;
  }

  function layout(fit) {
    var l = cy.layout({
      name: "cose", animate: false, randomize: false, fit: fit !== false, padding: 40,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 110; },
      nodeRepulsion: function () { return 9000; }, numIter: 1500
    });
    l.run();
    // A few nodes fitted to the view would be drawn huge.
    if (fit !== false && cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
  }

  function datesParams() {
    return { from: $("from").value, to: $("to").value };
  }

  function datesText() {
    var d = datesParams();
    if (!d.from && !d.to) return "";
    if (!d.to) return " from " + d.from;
    if (!d.from) return " until " + d.to;
    return " between " + d.from + " and " + d.to;
  }

  // showNode draws the neighbourhood of id: reset clears the graph first.
  function showNode(id, reset) {
    graphMsg("Loading…");
    return api("explore/node", Object.assign({ id: id, limit: 100 }, datesParams()))
      .then(function (data) {
        if (reset) { cy.elements().remove(); expanded = []; centerId = id; }
        var before = cy.nodes().length;
        addElements([data.node].concat(data.nodes || []), data.edges || []);
        if (expanded.indexOf(id) < 0) expanded.push(id);
        cy.getElementById(id).addClass("expanded");
        cy.nodes().removeClass("center");
        if (centerId) cy.getElementById(centerId).addClass("center");
        var grew = cy.nodes().length - before;
        layout(true);
        var name = (data.node && data.node.name) || "this node";
        if (!(data.nodes || []).length) {
          graphMsg(name + " has no links in the graph" + datesText() + ".");
        } else {
          graphMsg("");
        }
        var more = data.more ? " (more links than shown)" : "";
        setMsg("dates-msg", "");
        return { name: name, grew: grew, more: more };
      })
      .catch(function (err) {
        graphMsg("Could not draw the neighbourhood: " + err.message, true);
        throw err;
      });
  }

  // ---- Search ----

  var searchTimer = null, searchSeq = 0;
  $("search").addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 250);
  });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      var first = document.querySelector("#matches button");
      if (first) first.click(); else { clearTimeout(searchTimer); search(); }
    }
  });

  function search() {
    var q = $("search").value.trim();
    var list = $("matches");
    var seq = ++searchSeq;
    if (!q) { list.textContent = ""; setMsg("search-msg", ""); return; }
    setMsg("search-msg", "Searching…");
    api("explore/search", { q: q, limit: 20 }).then(function (data) {
      if (seq !== searchSeq) return;
      list.textContent = "";
      var rows = data.rows || [];
      if (!rows.length) { setMsg("search-msg", "No name matches “" + q + "”."); return; }
      setMsg("search-msg", rows.length + (data.more ? "+" : "") + " match" + (rows.length === 1 ? "" : "es"));
      rows.forEach(function (r) {
        var k = kindOf(r.kind || kindFromIRI(r.id));
        list.appendChild(el("li", {}, [el("button", {
          type: "button", "data-id": r.id, title: r.id,
          onclick: function () {
            setMsg("search-msg", "");
            list.textContent = "";
            $("search").value = r.name;
            showNode(r.id, true).then(function (res) { showEvidence({ id: r.id }, res.name); }).catch(function () {});
          }
        }, [el("span", { class: "name", text: r.name }), el("span", { class: "kind", text: KINDS[k].label, style: "background:" + KINDS[k].color })])]));
      });
    }).catch(function (err) {
      if (seq !== searchSeq) return;
      list.textContent = "";
      // The API answers a search that matches no one with a 404.
      if (err.status === 404) setMsg("search-msg", "No name matches “" + q + "”.");
      else setMsg("search-msg", "Search failed: " + err.message, true);
    });
  }

  // ---- Clicks on the graph ----

  cy.on("tap", "node", function (ev) {
    var n = ev.target;
    showNode(n.id(), false).then(function (res) {
      var msg = res.grew ? res.grew + " new node" + (res.grew === 1 ? "" : "s") + " added" : "no new nodes: its neighbours are drawn already";
      setMsg("dates-msg", "");
      graphMsg(res.grew || cy.nodes().length > 1 ? "" : res.name + " has no links in the graph" + datesText() + ".");
      showEvidence({ id: n.id() }, n.data("name"), msg + res.more);
    }).catch(function () {});
  });

  cy.on("tap", "edge", function (ev) {
    var e = ev.target;
    var s = e.source(), t = e.target();
    showEvidence({ source: s.id(), target: t.id(), relation: e.data("relation") },
      s.data("name") + " — " + (e.data("label") || e.data("relation")) + " — " + t.data("name"));
  });

  // ---- The side panel: evidence and releases ----

  var panelSeq = 0;

  function panel(title, nodes) {
    $("panel-title").textContent = title;
    var body = $("panel-body");
    body.textContent = "";
    nodes.forEach(function (n) { if (n) body.appendChild(n); });
  }

  function showEvidence(params, title, note) {
    var seq = ++panelSeq;
    panel(title, [note ? el("p", { class: "hint", text: note }) : null, el("p", { class: "hint", text: "Loading the evidence…" })]);
    api("explore/evidence", params).then(function (data) {
      if (seq !== panelSeq) return;
      var facts = data.facts || [];
      var items = [note ? el("p", { class: "hint", text: note }) : null];
      if (!facts.length) items.push(el("p", { text: "No fact in the releases states this." }));
      else items.push(el("p", { class: "hint", text: facts.length + (data.more ? "+" : "") + " fact" + (facts.length === 1 ? "" : "s") + " from the releases:" }));
      facts.forEach(function (f) {
        items.push(el("div", { class: "fact" }, [
          f.text ? el("div", { class: "text", text: f.text }) : null,
          f.sentence ? el("blockquote", { text: f.sentence }) : null,
          f.explain && !/^(\/|https?:)/.test(f.explain) ? el("div", { class: "explain", text: f.explain }) : null,
          el("div", { class: "release" }, [
            (f.date ? f.date + " · " : ""),
            f.title || f.release || "",
            f.release ? " " : null,
            f.release ? el("a", { class: "release-link", href: "#", title: f.release, onclick: function (ev) { ev.preventDefault(); showRelease(f.release); } }, ["open the release"]) : null
          ])
        ]));
      });
      panel(title, items);
    }).catch(function (err) {
      if (seq !== panelSeq) return;
      panel(title, [el("p", { class: "error", text: "Could not read the evidence: " + err.message })]);
    });
  }

  function text(v) {
    if (v == null) return "";
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v)) return v.map(text).join("; ");
    return v.text || v.name || v.label || v.sentence || v["@id"] || v.id || JSON.stringify(v);
  }

  function showRelease(id) {
    var seq = ++panelSeq;
    panel("Release", [el("p", { class: "hint", text: "Loading the release…" })]);
    api("explore/release", { id: id }).then(function (data) {
      if (seq !== panelSeq) return;
      var r = data.release && typeof data.release === "object" ? data.release : data;
      var items = [
        el("p", {}, [el("strong", { text: r.title || id })]),
        el("p", { class: "hint", text: [r.date, r.iri || r.url || r.id || id].filter(Boolean).join(" · ") }),
        el("p", { class: "hint", text: "Each sentence of the release, with the facts read from it:" })
      ];
      var sentences = r.sentences || [];
      if (!sentences.length) items.push(el("p", { text: "No sentence of this release states a fact." }));
      sentences.forEach(function (s) {
        var facts = (typeof s === "object" && s.facts) || [];
        items.push(el("div", { class: "sentence" }, [
          el("blockquote", { text: typeof s === "string" ? s : (s.text || s.sentence || "") }),
          facts.length ? el("ul", {}, facts.map(function (f) {
            var t = typeof f === "string" ? f : (f.text || f.fact || text(f));
            var why = typeof f === "object" && f.explain ? " — " + text(f.explain) : "";
            return el("li", { text: t + why });
          })) : null
        ]));
      });
      panel("Release", items);
    }).catch(function (err) {
      if (seq !== panelSeq) return;
      panel("Release", [el("p", { class: "error", text: "Could not read the release: " + err.message })]);
    });
  }

  // ---- The date filter ----

  $("apply-dates").addEventListener("click", function () {
    var d = datesParams();
    if (d.from && d.to && d.from > d.to) { setMsg("dates-msg", "“from” is after “to”.", true); return; }
    if (!expanded.length) { setMsg("dates-msg", "Draw a neighbourhood first: the dates apply to it.", false); return; }
    var ids = expanded.slice(), center = centerId;
    cy.elements().remove();
    expanded = []; centerId = center;
    ids.reduce(function (p, id, i) {
      return p.then(function () { return showNode(id, i === 0); });
    }, Promise.resolve()).then(function () {
      setMsg("dates-msg", (d.from || d.to) ? "Showing links" + datesText() + "." : "Showing links of every date.");
      if (cy.nodes().length <= 1) graphMsg("No links" + datesText() + ".");
    }).catch(function () {});
  });

  // ---- Library queries ----

  var queries = {};
  api("queries").then(function (data) {
    var sel = $("query-select");
    (data.queries || []).forEach(function (q) {
      queries[q.name] = q;
      sel.appendChild(el("option", { value: q.name, text: q.name }));
    });
    if (!(data.queries || []).length) setMsg("query-msg", "This server offers no library queries.");
  }).catch(function (err) { setMsg("query-msg", "Could not list the library queries: " + err.message, true); });

  $("query-select").addEventListener("change", function () {
    var q = queries[this.value];
    var form = $("query-form");
    form.textContent = "";
    setMsg("query-msg", "");
    $("query-doc").textContent = q ? q.summary || "" : "";
    form.hidden = !q;
    if (!q) return;
    $("query-doc").textContent = q.doc || q.summary || "";
    (q.params || []).forEach(function (p) {
      form.appendChild(el("label", { class: "param" }, [
        p.name + (p.required ? " *" : ""),
        el("input", { name: p.name, type: "text", placeholder: p.type === "date" ? "YYYY-MM-DD" : p.type || "", title: p.doc || "" })
      ]));
    });
    form.appendChild(el("button", { type: "submit", id: "run-query" }, ["Run " + q.name]));
  });

  $("query-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var name = $("query-select").value, q = queries[name];
    if (!q) return;
    var params = { limit: 100 };
    var missing = [];
    (q.params || []).forEach(function (p) {
      var v = this.elements[p.name].value.trim();
      if (v) params[p.name] = v; else if (p.required) missing.push(p.name);
    }, this);
    if (missing.length) { setMsg("query-msg", "Fill in " + missing.join(", ") + ".", true); return; }
    setMsg("query-msg", "Running " + name + "…");
    api("queries/" + encodeURIComponent(name), params).then(function (data) {
      var rows = data.result || [];
      setMsg("query-msg", rows.length ? rows.length + " row" + (rows.length === 1 ? "" : "s") + (data.more ? " (more not shown)" : "") + ": the table is below the graph" : "No rows: nothing in the graph answers this.");
      showTable(name, params, rows);
      drawRows(name, rows);
    }).catch(function (err) {
      setMsg("query-msg", name + " failed: " + err.message, true);
    });
  });

  function isEntity(v) { return v && typeof v === "object" && !Array.isArray(v) && typeof v["@id"] === "string"; }

  function cellText(v) {
    if (isEntity(v)) return v.name || v["@id"];
    if (Array.isArray(v)) return v.map(cellText).join("; ");
    if (v && typeof v === "object") return JSON.stringify(v);
    return v == null ? "" : String(v);
  }

  function showTable(name, params, rows) {
    $("results").hidden = false;
    document.body.classList.add("has-results");
    var args = Object.keys(params).filter(function (k) { return k !== "limit"; }).map(function (k) { return k + "=" + params[k]; }).join(", ");
    $("results-title").textContent = name + (args ? " (" + args + ")" : "");
    var box = $("results-table");
    box.textContent = "";
    if (!rows.length) { box.appendChild(el("p", { text: "No rows." })); return; }
    var cols = [];
    rows.forEach(function (r) { Object.keys(r).forEach(function (k) { if (cols.indexOf(k) < 0) cols.push(k); }); });
    // The entity objects (source, target) repeat named columns: show them last.
    cols.sort(function (a, b) { return (isEntity(rows[0][a]) ? 1 : 0) - (isEntity(rows[0][b]) ? 1 : 0); });
    box.appendChild(el("table", {}, [
      el("thead", {}, [el("tr", {}, cols.map(function (c) { return el("th", { text: c }); }))]),
      el("tbody", {}, rows.map(function (r) {
        return el("tr", {}, cols.map(function (c) { return el("td", { text: cellText(r[c]) }); }));
      }))
    ]));
  }

  // drawRows draws the entities a query's rows name ({"@id", "name"}
  // values): a row with a source and a target draws a link between them.
  function drawRows(name, rows) {
    var nodes = [], edges = [];
    rows.forEach(function (r) {
      Object.keys(r).forEach(function (k) {
        var v = r[k];
        (Array.isArray(v) ? v : [v]).forEach(function (x) {
          if (isEntity(x)) nodes.push({ id: x["@id"], name: x.name, kind: kindFromIRI(x["@id"]) });
        });
      });
      if (isEntity(r.source) && isEntity(r.target)) {
        edges.push({ id: name + ":" + r.source["@id"] + ":" + r.target["@id"], source: r.source["@id"], target: r.target["@id"], relation: "", label: name });
      }
    });
    if (!nodes.length) {
      if (rows.length) graphMsg("The rows of " + name + " name no node to draw: see the table below.");
      else graphMsg("No rows: nothing to draw.");
      return;
    }
    cy.elements().remove();
    expanded = []; centerId = null;
    addElements(nodes, edges);
    layout(true);
    graphMsg("");
  }

  // ---- Legend ----

  function legendIcon(k) {
    var c = KINDS[k].color, s = KINDS[k].shape, svg;
    var shapes = {
      ellipse: '<circle cx="8" cy="8" r="6"/>',
      "round-rectangle": '<rect x="2" y="3" width="12" height="10" rx="3"/>',
      diamond: '<polygon points="8,1 15,8 8,15 1,8"/>',
      hexagon: '<polygon points="4,2 12,2 15,8 12,14 4,14 1,8"/>',
      tag: '<polygon points="1,3 11,3 15,8 11,13 1,13"/>',
      rectangle: '<rect x="2" y="3" width="12" height="10"/>'
    };
    svg = '<svg width="16" height="16" viewBox="0 0 16 16" fill="' + c + '">' + (shapes[s] || shapes.ellipse) + "</svg>";
    var span = document.createElement("span");
    span.innerHTML = svg;
    return span.firstChild;
  }
  Object.keys(KINDS).forEach(function (k) {
    if (k === "other") return;
    $("legend").appendChild(el("li", {}, [legendIcon(k), KINDS[k].label]));
  });

  // ---- Buttons: fit, clear, save ----

  $("fit").addEventListener("click", function () { cy.fit(undefined, 40); });
  $("clear").addEventListener("click", function () {
    cy.elements().remove(); expanded = []; centerId = null;
    graphMsg("The graph is empty: type a name in the search box to draw its neighbourhood.");
  });

  function download(name, href) {
    var a = el("a", { href: href, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function fileName(ext) {
    var c = centerId ? cy.getElementById(centerId).data("name") : "";
    return "natokg-" + (c ? c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase() : "graph") + "." + ext;
  }

  $("save-png").addEventListener("click", function () {
    if (cy.elements().empty()) { graphMsg("Nothing to save: the graph is empty.", true); return; }
    download(fileName("png"), cy.png({ full: true, scale: 2, bg: "#ffffff" }));
  });

  $("save-svg").addEventListener("click", function () {
    if (cy.elements().empty()) { graphMsg("Nothing to save: the graph is empty.", true); return; }
    var blob = new Blob([toSVG()], { type: "image/svg+xml" });
    var url = URL.createObjectURL(blob);
    download(fileName("svg"), url);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // toSVG draws the graph as it stands (model positions): edges as lines
  // with their labels, nodes by kind's colour and shape, with their names.
  function toSVG() {
    var bb = cy.elements().boundingBox({ includeLabels: true });
    var pad = 20, w = Math.ceil(bb.w + 2 * pad), h = Math.ceil(bb.h + 2 * pad);
    var dx = pad - bb.x1, dy = pad - bb.y1;
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + " " + h + '" font-family="sans-serif">',
      '<rect width="100%" height="100%" fill="#ffffff"/>'];
    cy.edges().forEach(function (e) {
      var s = e.source().position(), t = e.target().position();
      var x1 = s.x + dx, y1 = s.y + dy, x2 = t.x + dx, y2 = t.y + dy;
      out.push('<line x1="' + x1.toFixed(1) + '" y1="' + y1.toFixed(1) + '" x2="' + x2.toFixed(1) + '" y2="' + y2.toFixed(1) + '" stroke="#a9b3c4" stroke-width="1.5"/>');
      if (e.data("label")) {
        out.push('<text x="' + ((x1 + x2) / 2).toFixed(1) + '" y="' + ((y1 + y2) / 2 - 3).toFixed(1) + '" font-size="9" fill="#555" text-anchor="middle">' + esc(e.data("label")) + "</text>");
      }
    });
    cy.nodes().forEach(function (n) {
      var p = n.position(), x = p.x + dx, y = p.y + dy, r = n.width() / 2, c = n.data("color"), shape;
      switch (n.data("shape")) {
        case "diamond": shape = '<polygon points="' + [x, y - r, x + r, y, x, y + r, x - r, y].join(",") + '"'; break;
        case "hexagon": shape = '<polygon points="' + [x - r / 2, y - r, x + r / 2, y - r, x + r, y, x + r / 2, y + r, x - r / 2, y + r, x - r, y].join(",") + '"'; break;
        case "round-rectangle": case "rectangle": case "tag":
          shape = '<rect x="' + (x - r) + '" y="' + (y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '" rx="' + (n.data("shape") === "rectangle" ? 0 : 5) + '"'; break;
        default: shape = '<circle cx="' + x + '" cy="' + y + '" r="' + r + '"';
      }
      out.push(shape + ' fill="' + c + '" stroke="#fff"/>');
      out.push('<text x="' + x.toFixed(1) + '" y="' + (y + r + 12).toFixed(1) + '" font-size="11" fill="#222" text-anchor="middle">' + esc(n.data("name")) + "</text>");
    });
    out.push("</svg>");
    return out.join("\n");
  }

  // For tests and the console: the graph and what it shows.
  window.natokgExplorer = {
    cy: cy,
    names: function () { return cy.nodes().map(function (n) { return n.data("name"); }); },
    showNode: showNode,
    showEvidence: showEvidence,
    showRelease: showRelease,
    toSVG: toSVG
  };
})();
