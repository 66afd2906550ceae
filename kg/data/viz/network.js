// kg viz: the actor network on a <canvas>. No library, no other host.
// Every string from the data reaches the page through textContent or fillText,
// never through innerHTML. The layout comes precomputed from Python.
//
// What is shown is worked out once per change of a filter (refilter: types, kinds,
// date range, ego network) into two arrays; a frame only reads them. The shown
// network is painted into an offscreen layer when the view, filters or marks change;
// a hover paints only its neighbourhood over a copy. Labels are placed with a grid
// (no pairwise tests).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, meetings = data.meetings, articles = data.articles;
  var sentences = data.sentences || [];
  var canvas = document.getElementById("kg-canvas");
  var ctx = canvas.getContext("2d");
  var tip = document.getElementById("kg-tip");
  var search = document.getElementById("kg-search");
  var suggest = document.getElementById("kg-suggest");
  var info = document.getElementById("kg-info");
  var topList = document.getElementById("kg-top");
  var egoBox = document.getElementById("kg-ego");
  var body = document.body;
  function $(id) { return document.getElementById(id); }

  var typeColour = {}, kindColour = {}, kindLabel = {}, kindBack = {};
  var typeOn = {}, kindOn = {};
  data.types.forEach(function (t) { typeColour[t.name] = t.colour; typeOn[t.name] = true; });
  data.kinds.forEach(function (k) {
    kindColour[k.name] = k.colour; kindLabel[k.name] = k.label; kindBack[k.name] = k.back || k.label; kindOn[k.name] = true;
  });
  // a statement (X demands of Y) is switched, coloured and named by its type
  function kindOf(e) { return e.type || e.kind; }
  function statement(e) { return e.kind === "statements"; }

  var adj = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { adj[e.s].push(i); adj[e.t].push(i); });
  function has(key) { return nodes.some(function (n) { return n[key] !== undefined; }); }
  var hasRank = has("rank"), hasScore = has("score"), hasCommunity = has("community");

  // importance, most important first: rank, else score, else degree (then size)
  var importance = nodes.map(function (_, i) { return i; });
  importance.sort(function (a, b) {
    var na = nodes[a], nb = nodes[b];
    if (hasRank) {
      var ra = na.rank === undefined ? Infinity : na.rank, rb = nb.rank === undefined ? Infinity : nb.rank;
      if (ra !== rb) return ra - rb;
    }
    if (hasScore && (nb.score || 0) !== (na.score || 0)) return (nb.score || 0) - (na.score || 0);
    return (nb.degree - na.degree) || (a - b);
  });
  var place = new Int32Array(nodes.length);  // node -> its position in `importance`
  importance.forEach(function (n, k) { place[n] = k; });

  // communities: the biggest get the palette, the rest a grey
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                 "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#ad494a"];
  var communityColour = {}, communities = [];
  if (hasCommunity) {
    var sizes = new Map();
    nodes.forEach(function (n) { if (n.community !== undefined) sizes.set(n.community, (sizes.get(n.community) || 0) + 1); });
    communities = Array.from(sizes.entries()).sort(function (a, b) { return (b[1] - a[1]) || (a[0] - b[0]); });
    communities.forEach(function (c, k) { communityColour[c[0]] = k < PALETTE.length ? PALETTE[k] : "#c7c7c7"; });
  }
  var colourMode = "type";
  function nodeColour(n) {
    if (colourMode === "community" && n.community !== undefined) return communityColour[n.community];
    return typeColour[n.type] || "#888";
  }

  // view: screen = world * scale + offset (CSS pixels)
  var view = { scale: 1, x: 0, y: 0, fit: 1 };
  var hover = null;      // {node: i} or {edge: i} under the mouse
  var selected = null;   // {node: i} or {edge: i} shown in the side panel
  var ego = null;        // node whose ego network alone is shown
  var matches = null;    // Set of node indices matching the search
  var width = 0, height = 0, dpr = 1;
  var nodeOn = new Uint8Array(nodes.length), edgeOn = new Uint8Array(edges.length);
  var shownNodes = 0, shownEdges = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // --- dates ---------------------------------------------------------------------
  var DAY = 86400000;
  function dayText(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  var dayMin = Infinity, dayMax = -Infinity;
  edges.forEach(function (e) {
    (e.d || []).forEach(function (d) { if (d < dayMin) dayMin = d; if (d > dayMax) dayMax = d; });
  });
  var dateLo = dayMin, dateHi = dayMax;
  var fromInput = $("kg-from"), toInput = $("kg-to"), rangeOut = $("kg-range");
  function dated() { return dateLo > dayMin || dateHi < dayMax; }
  function inRange(e) {
    var d = e.d || [];
    for (var k = 0; k < d.length; k++) if (d[k] >= dateLo && d[k] <= dateHi) return true;
    return false;
  }
  // links per stretch of time, the range kept in colour
  var hist = $("kg-hist"), BINS = 40, counts = new Array(BINS).fill(0);
  edges.forEach(function (e) {
    (e.d || []).forEach(function (d) { counts[Math.min(BINS - 1, Math.floor((d - dayMin) / (dayMax - dayMin + 1) * BINS))]++; });
  });
  function drawHist() {
    var h = hist.getContext("2d"), top = Math.max.apply(null, counts) || 1, w = hist.width / BINS;
    h.clearRect(0, 0, hist.width, hist.height);
    counts.forEach(function (c, b) {
      var from = dayMin + b * (dayMax - dayMin + 1) / BINS, to = dayMin + (b + 1) * (dayMax - dayMin + 1) / BINS;
      h.fillStyle = to > dateLo && from <= dateHi ? "#4e79a7" : "#d0d0d0";
      var bar = c ? Math.max(1, c / top * hist.height) : 0;
      h.fillRect(b * w, hist.height - bar, w - 0.5, bar);
    });
  }
  function showRange() {
    drawHist();
    var undated = edges.filter(function (e) { return !(e.d && e.d.length); }).length;
    rangeOut.textContent = dayText(dateLo) + " – " + dayText(dateHi) +
      (dated() && undated ? " (" + undated + (undated === 1 ? " undated link" : " undated links") + " hidden)" : "");
  }
  if (isFinite(dayMin)) {
    [fromInput, toInput].forEach(function (r) { r.min = String(dayMin); r.max = String(dayMax); });
    fromInput.value = String(dayMin);
    toInput.value = String(dayMax);
    $("kg-dates").hidden = false;
    showRange();
    var onRange = function (ev) {
      var lo = +fromInput.value, hi = +toInput.value;
      if (lo > hi) { if (ev.target === fromInput) { hi = lo; toInput.value = String(hi); } else { lo = hi; fromInput.value = String(lo); } }
      dateLo = lo; dateHi = hi;
      showRange();
      refilter();
    };
    fromInput.addEventListener("input", onRange);
    toInput.addEventListener("input", onRange);
  }

  // --- what is shown ---------------------------------------------------------------
  function refilter() {
    var t0 = performance.now();
    var byDate = dated();
    var degree = byDate ? new Int32Array(nodes.length) : null;
    for (var i = 0; i < edges.length; i++) {
      var e = edges[i];
      var on = kindOn[kindOf(e)] && typeOn[nodes[e.s].type] && typeOn[nodes[e.t].type] && (!byDate || inRange(e));
      edgeOn[i] = on ? 1 : 0;
      if (on && degree) { degree[e.s]++; degree[e.t]++; }
    }
    for (var j = 0; j < nodes.length; j++) {
      // a date range also hides the actors it leaves without a link
      nodeOn[j] = typeOn[nodes[j].type] && (!degree || degree[j] > 0) ? 1 : 0;
    }
    if (ego !== null) {
      var near = new Uint8Array(nodes.length);
      near[ego] = 1;
      adj[ego].forEach(function (ei) { if (edgeOn[ei]) { near[edges[ei].s] = 1; near[edges[ei].t] = 1; } });
      for (j = 0; j < nodes.length; j++) nodeOn[j] = j === ego || (nodeOn[j] && near[j]) ? 1 : 0;
      for (i = 0; i < edges.length; i++) if (edgeOn[i] && !(near[edges[i].s] && near[edges[i].t])) edgeOn[i] = 0;
    }
    shownNodes = 0; shownEdges = 0;
    for (j = 0; j < nodes.length; j++) shownNodes += nodeOn[j];
    for (i = 0; i < edges.length; i++) shownEdges += edgeOn[i];
    if (hover && !stillShown(hover)) hover = null;
    if (selected && !stillShown(selected)) { selected = null; info.hidden = true; }
    $("kg-count").textContent = shownNodes === nodes.length && shownEdges === edges.length
      ? nodes.length + " actors, " + edges.length + " links"
      : shownNodes + " of " + nodes.length + " actors, " + shownEdges + " of " + edges.length + " links";
    $("kg-empty").hidden = shownNodes > 0;
    showTop();
    body.dataset.filterMs = (performance.now() - t0).toFixed(1);
    request();
  }
  function stillShown(f) { return f.node !== undefined ? nodeOn[f.node] : edgeOn[f.edge]; }

  // --- toolbar -------------------------------------------------------------------
  var legend = $("kg-legend");
  function swatch(colour, line) {
    var sw = el("span", line ? "kg-swatch kg-line" : "kg-swatch");
    sw.style.background = colour;
    return sw;
  }
  function toggle(label, colour, line, change) {
    var l = el("label", "kg-toggle");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { change(box.checked); refilter(); });
    l.appendChild(box); l.appendChild(swatch(colour, line)); l.appendChild(el("span", null, label));
    legend.appendChild(l);
    return l;
  }
  data.types.forEach(function (t) {
    var l = toggle(t.name, t.colour, false, function (v) { typeOn[t.name] = v; });
    l.classList.add("kg-type");
  });
  data.kinds.forEach(function (k) {
    if (!edges.some(function (e) { return kindOf(e) === k.name; })) return;
    var l = toggle(k.label, k.colour, true, function (v) { kindOn[k.name] = v; });
    if (k.statement) { l.classList.add("kg-statement"); l.title = k.name; }
  });
  if (hasCommunity) {
    var box = $("kg-communities");
    communities.slice(0, 8).forEach(function (c) {
      var s = el("span", "kg-community");
      s.appendChild(swatch(communityColour[c[0]], false));
      s.appendChild(el("span", null, "community " + c[0] + " (" + c[1] + ")"));
      box.appendChild(s);
    });
    if (communities.length > 8) box.appendChild(el("span", "kg-more", "+ " + (communities.length - 8) + " smaller"));
    $("kg-colour-by").hidden = false;
    var colourBy = function (mode) {
      colourMode = mode;
      box.hidden = mode !== "community";
      legend.querySelectorAll(".kg-type .kg-swatch").forEach(function (sw) { sw.style.opacity = mode === "type" ? 1 : 0.25; });
    };
    $("kg-colour").addEventListener("change", function () { colourBy(this.value); showTop(); request(); });
    // communities first, as in the PNG/SVG figure; the type stays in the panels
    $("kg-colour").value = "community";
    colourBy("community");
  }
  if (data.filtered && data.filtered.length) {
    var f = $("kg-filtered");
    f.textContent = "left out: " + data.filtered.map(function (x) { return x[0] + " " + x[1]; }).join(", ");
    f.hidden = false;
  }
  $("kg-fit").addEventListener("click", function () { fit(); request(); });
  $("kg-back").addEventListener("click", function () { setEgo(null); select(null); fit(); request(); });

  // --- search: whole names first, then names with a word starting so -------------
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/ß/g, "ss").replace(/\s+/g, " ").trim();
  }
  var WORD = /[\p{L}\p{N}]/u;
  var folded = nodes.map(function (n) { return fold(n.label); });
  // and as typed without umlauts ("Hoehn" for Höhn, DIN 5007-2)
  var UMLAUT = { "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue" };
  var spelled = nodes.map(function (n) {
    return fold(String(n.label).replace(/[äöüÄÖÜ]/g, function (c) { return UMLAUT[c]; }));
  });
  // 0: the whole name; 1: whole words of it; 2: the start of a word; 3: no match
  function tier(name, q) {
    if (name === q) return 0;
    var best = 3;
    for (var at = name.indexOf(q); at >= 0; at = name.indexOf(q, at + 1)) {
      if (at > 0 && WORD.test(name[at - 1])) continue;
      var end = at + q.length;
      if (end === name.length || !WORD.test(name[end])) return 1;
      best = 2;
    }
    return best;
  }
  function find(text) {  // node indices, best first; word starts only if nothing whole
    var q = fold(text);
    if (!q) return [];
    var tiers = [[], [], []];
    for (var i = 0; i < nodes.length; i++) {
      var t = Math.min(tier(folded[i], q), tier(spelled[i], q));
      if (t < 3) tiers[t].push(i);
    }
    var byImportance = function (a, b) { return place[a] - place[b]; };
    tiers.forEach(function (l) { l.sort(byImportance); });
    var whole = tiers[0].concat(tiers[1]);
    return whole.length ? whole : tiers[2];
  }
  var found = [], active = 0;
  function showSuggestions() {
    suggest.replaceChildren();
    found.slice(0, 12).forEach(function (i, k) {
      var li = el("li", "kg-opt");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", k === active ? "true" : "false");
      li.appendChild(swatch(nodeColour(nodes[i]), false));
      li.appendChild(el("span", null, nodes[i].label));
      li.appendChild(el("span", "kg-opt-type", nodes[i].type));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      suggest.appendChild(li);
    });
    if (found.length > 12) suggest.appendChild(el("li", "kg-more", "… and " + (found.length - 12) + " more"));
    suggest.hidden = found.length === 0;
    search.setAttribute("aria-expanded", found.length ? "true" : "false");
  }
  function choose(i) {
    suggest.hidden = true;
    search.setAttribute("aria-expanded", "false");
    focusNode(i);
  }
  search.addEventListener("input", function () {
    found = find(search.value);
    active = 0;
    matches = found.length ? new Set(found) : null;
    showSuggestions();
    request();
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      var n = Math.min(found.length, 12);
      if (n) { active = (active + (ev.key === "ArrowDown" ? 1 : n - 1)) % n; showSuggestions(); }
    } else if (ev.key === "Enter") {
      if (found.length) choose(found[Math.min(active, found.length - 1)]);
    } else if (ev.key === "Escape") {
      ev.stopPropagation();
      suggest.hidden = true;
    }
  });
  search.addEventListener("blur", function () { suggest.hidden = true; });

  // --- ego network -----------------------------------------------------------------
  function setEgo(i) {
    ego = i;
    egoBox.hidden = i === null;
    if (i !== null) $("kg-ego-name").textContent = "Neighbours of " + nodes[i].label;
    refilter();
  }
  function focusNode(i) {  // from the search or the lists: the node, centred, and its neighbours
    setEgo(i);
    select({ node: i });
    var n = nodes[i], far = 0, farY = 0;
    adj[i].forEach(function (ei) {
      if (!edgeOn[ei]) return;
      var o = nodes[edges[ei].s === i ? edges[ei].t : edges[ei].s];
      far = Math.max(far, Math.abs(o.x - n.x)); farY = Math.max(farY, Math.abs(o.y - n.y));
    });
    var room = usable();  // margins for the neighbours' circles and labels
    var s = Math.min((room / 2 - 90) / (far || 1e-9), (height / 2 - 60) / (farY || 1e-9));
    if (!isFinite(s) || (far === 0 && farY === 0)) s = view.fit * 3;
    view.scale = Math.min(Math.max(s, view.fit * 0.5), view.fit * 40);
    view.x = room / 2 - n.x * view.scale;
    view.y = height / 2 - n.y * view.scale;
    body.dataset.focus = [room / 2, height / 2].join(",");  // where it is, on the canvas
    request();
  }

  // --- geometry ------------------------------------------------------------------
  function sx(n) { return n.x * view.scale + view.x; }
  function sy(n) { return n.y * view.scale + view.y; }
  function radius(n) { return n.r * Math.pow(view.scale / view.fit, 0.5); }

  function resize() {
    dpr = window.devicePixelRatio || 1;
    var bar = $("kg-bar").getBoundingClientRect();
    width = window.innerWidth;
    height = Math.max(window.innerHeight - bar.height, 100);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    base.width = canvas.width;
    base.height = canvas.height;
    canvas.style.width = width + "px";
    canvas.style.height = height + "px";
    $("kg-side").style.top = bar.height + 8 + "px";
  }

  function fit() {
    if (nodes.length === 0) return;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    var pad = 60, room = usable();
    var w = Math.max(maxX - minX, 1e-6), h = Math.max(maxY - minY, 1e-6);
    var s = Math.min((room - 2 * pad) / w, (height - 2 * pad) / h);
    if (!isFinite(s) || s <= 0) s = 1;
    if (nodes.length === 1) s = 1;
    view.scale = view.fit = s;
    view.x = room / 2 - (minX + maxX) / 2 * s;
    view.y = height / 2 - (minY + maxY) / 2 * s;
  }
  function usable() {  // the width left of the side panel, on a wide enough screen
    var side = $("kg-side").getBoundingClientRect().width;
    return width - side > 500 ? width - side - 16 : width;
  }

  // --- drawing -------------------------------------------------------------------
  var frame = 0;
  function request() {  // something of the base changed
    baseDirty = true;
    repaint();
  }
  function repaint() {  // only the hover changed
    if (!frame) frame = window.requestAnimationFrame(draw);
  }

  function focusOf() { return hover || selected; }
  function nearSet(f) {  // the focused node and its shown neighbours, or an edge's ends
    if (!f) return null;
    var set = new Set();
    if (f.node !== undefined) {
      set.add(f.node);
      adj[f.node].forEach(function (ei) { if (edgeOn[ei]) { set.add(edges[ei].s); set.add(edges[ei].t); } });
    } else {
      set.add(edges[f.edge].s); set.add(edges[f.edge].t);
    }
    return set;
  }

  // links heaviest first: a sketch while moving keeps the strongest ones
  var byWeight = edges.map(function (_, i) { return i; });
  byWeight.sort(function (a, b) { return (edges[b].w - edges[a].w) || (a - b); });
  var SKETCH = 4000, moving = false, restTimer = 0;
  var DRAW_ORDER = { mentioned_together: 0, holds_role: 1, met: 2 };
  function drawOrder(kind) { return kind in DRAW_ORDER ? DRAW_ORDER[kind] : 3; }  // statements on top
  function moved() {  // the view changed: sketch now, draw in full once it rests
    moving = true;
    clearTimeout(restTimer);
    restTimer = setTimeout(function () { moving = false; request(); }, 150);
  }
  function offScreen(a, b) {  // both ends on one side of the canvas
    var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
    return (ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > width && bx > width) || (ay > height && by > height);
  }

  var FONT = "12px system-ui, sans-serif";
  var labelWidth = new Float32Array(nodes.length).fill(-1);
  // Two layers: the base (every shown link and node, marks of the search and the
  // selection) is painted into an offscreen canvas when the view, the filters or the
  // marks change; a hover only veils a copy of it and paints the hovered node's or
  // link's neighbourhood on top, which costs a few strokes whatever the size.
  var base = document.createElement("canvas"), bctx = base.getContext("2d");
  var baseDirty = true, painted = 0;
  function paintBase() {
    var g = bctx;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, height);
    // thousands of links: thinner lines (what costs is the pixels they cover)
    thin = shownEdges > 2000 ? Math.max(0.35, Math.sqrt(2000 / shownEdges)) : 1;
    // while the view moves, only the heaviest links of a big network (the whole
    // drawing follows when it rests); one stroke per kind and width
    var sketch = moving && shownEdges > SKETCH, drawn = 0, batches = new Map();
    for (var k = 0; k < edges.length && !(sketch && drawn >= SKETCH); k++) {
      var i = byWeight[k];
      if (!edgeOn[i]) continue;
      var e = edges[i];
      if (offScreen(nodes[e.s], nodes[e.t])) continue;
      drawn++;
      var key = kindOf(e) + "|" + edgeWidth(e).toFixed(1);
      if (!batches.has(key)) batches.set(key, []);
      batches.get(key).push(i);
    }
    Array.from(batches.keys()).sort(function (a, b) {  // co-mentions underneath, met on top
      return (drawOrder(a.split("|")[0]) - drawOrder(b.split("|")[0])) || (parseFloat(a.split("|")[1]) - parseFloat(b.split("|")[1]));
    }).forEach(function (key) { strokeEdges(g, batches.get(key), 0.6, 1); });
    painted = 0;
    for (var j = nodes.length - 1; j >= 0; j--) {  // small first: big ones stay on top
      if (nodeOn[j] && paintNode(g, j)) painted++;
    }
  }
  function paintNode(g, j) {
    var n = nodes[j];
    var x = sx(n), y = sy(n), r = radius(n);
    if (x < -r - 100 || y < -r - 20 || x > width + r + 100 || y > height + r + 20) return false;
    var mark = (matches && matches.has(j)) || (selected && selected.node === j) || j === ego;
    g.beginPath();
    g.arc(x, y, r, 0, 2 * Math.PI);
    g.fillStyle = nodeColour(n);
    g.fill();
    g.lineWidth = mark ? 3 : 1;
    g.strokeStyle = mark ? "#d62728" : "#ffffff";
    g.stroke();
    return true;
  }

  function draw() {
    frame = 0;
    var t0 = performance.now();
    if (baseDirty || moving) { paintBase(); baseDirty = false; }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(base, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var f = focusOf();
    var near = nearSet(f);
    // the focus: the rest veiled, its links and nodes again on top
    var hi = [];
    if (f && f.node !== undefined) adj[f.node].forEach(function (i) { if (edgeOn[i]) hi.push(i); });
    if (f && f.edge !== undefined) hi.push(f.edge);
    if (selected && selected.edge !== undefined && hi.indexOf(selected.edge) < 0) hi.push(selected.edge);
    if (near) {
      ctx.fillStyle = "rgba(255, 255, 255, 0.8)";
      ctx.fillRect(0, 0, width, height);
    }
    hi.forEach(function (i) { strokeEdges(ctx, [i], 0.95, selected && selected.edge === i ? 2 : 1); });
    if (near) {
      var order = Array.from(near).sort(function (a, b) { return b - a; });  // small first
      order.forEach(function (j) { if (nodeOn[j]) paintNode(ctx, j); });
    }
    ctx.globalAlpha = 1;
    drawLabels(near);
    body.dataset.nodes = String(shownNodes);
    body.dataset.painted = String(painted);
    body.dataset.edges = String(shownEdges);
    body.dataset.view = [view.scale, view.x, view.y].join(",");  // for tests
    body.dataset.drawMs = (performance.now() - t0).toFixed(1);
    if (body.dataset.ready !== "true") {
      body.dataset.firstDrawMs = performance.now().toFixed(0);  // since navigation
      body.dataset.ready = "true";
    }
  }

  // Labels: the focused, selected and found ones first, then by importance; a label
  // is drawn only where it fits (a grid of taken boxes); the rest show on hover.
  var CELL_W = 80, CELL_H = 16, MAX_LABELS = 400;
  function drawLabels(near) {
    ctx.font = FONT;
    var grid = new Map(), labels = [];
    function free(box) {
      for (var cx = Math.floor(box[0] / CELL_W); cx <= Math.floor(box[2] / CELL_W); cx++) {
        for (var cy = Math.floor(box[1] / CELL_H); cy <= Math.floor(box[3] / CELL_H); cy++) {
          var cell = grid.get(cx * 65536 + cy);
          if (!cell) continue;
          for (var k = 0; k < cell.length; k++) {
            var t = cell[k];
            if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) return false;
          }
        }
      }
      return true;
    }
    function take(box) {
      for (var cx = Math.floor(box[0] / CELL_W); cx <= Math.floor(box[2] / CELL_W); cx++) {
        for (var cy = Math.floor(box[1] / CELL_H); cy <= Math.floor(box[3] / CELL_H); cy++) {
          var key = cx * 65536 + cy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(box);
        }
      }
    }
    var done = new Uint8Array(nodes.length);
    function tryLabel(j, force) {
      if (done[j] || !nodeOn[j]) return;
      var n = nodes[j];
      var x = sx(n), y = sy(n), r = radius(n);
      if (x < -50 || y < -20 || x > width + 50 || y > height + 20) return;
      if (labelWidth[j] < 0) labelWidth[j] = ctx.measureText(n.label).width;
      var w = labelWidth[j];
      var below = y - r - 16 < 0;  // no room above the node: the label goes under it
      var top = below ? y + r + 2 : y - r - 16;
      var box = [x - w / 2 - 2, top, x + w / 2 + 2, top + 14];
      if (!force && !free(box)) return;
      done[j] = 1;
      take(box);
      labels.push([n.label, x, top + 12, near && !near.has(j)]);
    }
    var f = focusOf();
    if (f && f.node !== undefined) tryLabel(f.node, true);
    if (selected && selected.node !== undefined) tryLabel(selected.node, true);
    if (selected && selected.edge !== undefined) { tryLabel(edges[selected.edge].s, true); tryLabel(edges[selected.edge].t, true); }
    if (f && f.edge !== undefined) { tryLabel(edges[f.edge].s, true); tryLabel(edges[f.edge].t, true); }
    if (ego !== null) tryLabel(ego, true);
    if (near) near.forEach(function (j) { tryLabel(j, false); });
    if (matches) found.slice(0, 50).forEach(function (j) { tryLabel(j, false); });
    for (var m = 0; m < importance.length && labels.length < MAX_LABELS; m++) {
      var j = importance[m];
      if (radius(nodes[j]) < 2.5 && shownNodes > 200) continue;  // dots too small to name
      tryLabel(j, false);
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "alphabetic";
    ctx.lineJoin = "round";
    labels.forEach(function (l) {
      ctx.globalAlpha = l[3] ? 0.25 : 1;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(l[0], l[1], l[2]);
      ctx.fillStyle = "#222";
      ctx.fillText(l[0], l[1], l[2]);
    });
    ctx.globalAlpha = 1;
    body.dataset.labels = String(labels.length);
  }

  function edgeWidth(e) {
    return Math.min(1.2 + 1.5 * Math.log2(e.w), 7) * (e.kind === "mentioned_together" ? 0.8 : 1.2);
  }
  var CHUNK = 200, thin = 1;  // segments per stroke: long paths cost more than several
  function strokeEdges(g, list, alpha, thick) {  // edges of one kind and width
    var first = edges[list[0]];
    g.globalAlpha = alpha;
    g.lineCap = shownEdges > 2000 ? "butt" : "round";
    g.strokeStyle = kindColour[kindOf(first)] || "#999";
    g.lineWidth = edgeWidth(first) * thick * thin;
    g.setLineDash(first.kind === "holds_role" ? [5, 3] : []);
    g.beginPath();
    var count = 0;
    list.forEach(function (i) {
      if (++count % CHUNK === 0) { g.stroke(); g.beginPath(); }
      var e = edges[i], a = nodes[e.s], b = nodes[e.t];
      var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
      if (e.o) {  // parallel lanes for the kinds between one pair
        var dx = bx - ax, dy = by - ay, len = Math.sqrt(dx * dx + dy * dy) || 1;
        var off = e.o * 3.5;
        ax -= dy / len * off; bx -= dy / len * off;
        ay += dx / len * off; by += dx / len * off;
      }
      g.moveTo(ax, ay);
      g.lineTo(bx, by);
      if (statement(e)) arrowHead(g, e, ax, ay, bx, by);
    });
    g.stroke();
    g.setLineDash([]);
    g.globalAlpha = 1;
  }
  // a statement points from who speaks to whom it addresses: a head at the
  // addressee's rim, drawn as part of the same path
  function arrowHead(g, e, ax, ay, bx, by) {
    var back = e.from === e.t;  // drawn from s to t; the speaker may be t
    var tx = back ? ax : bx, ty = back ? ay : by, fx = back ? bx : ax, fy = back ? by : ay;
    var dx = tx - fx, dy = ty - fy, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / len, uy = dy / len, r = radius(nodes[back ? e.s : e.t]) + 1;
    var px = tx - ux * r, py = ty - uy * r, size = 5 + g.lineWidth;
    g.moveTo(px - ux * size - uy * size * 0.5, py - uy * size + ux * size * 0.5);
    g.lineTo(px, py);
    g.lineTo(px - ux * size + uy * size * 0.5, py - uy * size - ux * size * 0.5);
    g.moveTo(tx, ty);
  }

  // --- hit testing ---------------------------------------------------------------
  function hit(px, py) {
    var best = null, bestD = Infinity;
    for (var i = 0; i < nodes.length; i++) {
      if (!nodeOn[i]) continue;
      var n = nodes[i];
      var dx = sx(n) - px, dy = sy(n) - py, d = Math.sqrt(dx * dx + dy * dy);
      if (d <= radius(n) + 3 && d < bestD) { best = { node: i }; bestD = d; }
    }
    if (best) return best;
    for (var j = 0; j < edges.length; j++) {
      if (!edgeOn[j]) continue;
      var e = edges[j], a = nodes[e.s], b = nodes[e.t];
      var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
      if (e.o) {  // the lane this kind is drawn in
        var ddx = bx - ax, ddy = by - ay, len = Math.sqrt(ddx * ddx + ddy * ddy) || 1, off = e.o * 3.5;
        ax -= ddy / len * off; bx -= ddy / len * off; ay += ddx / len * off; by += ddx / len * off;
      }
      var vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
      var t = len2 ? Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2)) : 0;
      var qx = ax + t * vx - px, qy = ay + t * vy - py, dd = Math.sqrt(qx * qx + qy * qy);
      if (dd <= 4 && dd < bestD) { best = { edge: j }; bestD = dd; }
    }
    return best;
  }

  // --- texts of nodes, edges, meetings, articles -------------------------------------
  var LIMIT = 12;
  function section(title, items, render) {
    if (!items || items.length === 0) return null;
    var s = el("div", "kg-tip-section");
    s.appendChild(el("div", "kg-tip-head", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.slice(0, LIMIT).forEach(function (it) {
      var r = render(it);
      ul.appendChild(r instanceof Node ? r : el("li", null, r));
    });
    if (items.length > LIMIT) ul.appendChild(el("li", "kg-more", "… and " + (items.length - LIMIT) + " more"));
    s.appendChild(ul);
    return s;
  }
  function meetingText(mi, self) {
    var m = meetings[mi];
    var others = m.participants.filter(function (p) { return p !== self; })
      .map(function (p) { return nodes[p].label; });
    return [m.date ? m.date.slice(0, 10) : "undated", m.name || "meeting",
            m.place ? "in " + m.place : null, others.length ? "with " + others.join(", ") : null]
      .filter(Boolean).join(" · ");
  }
  function articleText(ai) {
    var a = articles[ai];
    return (a.date ? a.date.slice(0, 10) + " · " : "") + (a.headline || a.url || a.id);
  }
  function articleItem(ai) {  // headline, date, IRI, and the source link if it is http(s)
    var a = articles[ai], li = el("li", "kg-article");
    var date = a.date ? a.date.slice(0, 10) : "undated";
    if (a.headline) li.appendChild(el("div", "kg-headline", date + " · " + a.headline));
    var src = el("div", "kg-iri", a.headline ? a.id : date + " · " + a.id);
    if (a.url && /^https?:\/\//i.test(a.url)) {
      var link = el("a", null, "source");
      link.href = a.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      src.appendChild(document.createTextNode(" · "));
      src.appendChild(link);
    }
    li.appendChild(src);
    return li;
  }
  function sentenceItem(si) {
    var s = sentences[si], li = el("li", "kg-sentence");
    li.appendChild(el("q", null, s.text));
    if (s.a >= 0) {
      var a = articleItem(s.a);
      a.className = "kg-source";
      li.appendChild(a);
    }
    return li;
  }
  var KIND_ORDER = { met: 0, holds_role: 1, mentioned_together: 2, statements: 3 };
  function related(i) {  // met first, then roles, co-mentions, statements; heavier first
    return adj[i].filter(function (ei) { return edgeOn[ei]; }).sort(function (a, b) {
      var ea = edges[a], eb = edges[b];
      return (KIND_ORDER[ea.kind] - KIND_ORDER[eb.kind]) || (eb.w - ea.w) || (a - b);
    });
  }
  function relatedText(ei, self) {
    var e = edges[ei], other = e.s === self ? e.t : e.s;
    var what = kindLabel[kindOf(e)];
    if (e.kind === "holds_role" && e.member !== self) what = "role holder";
    if (statement(e) && e.from !== self) what = kindBack[kindOf(e)];
    var titles = e.kind === "holds_role" && e.titles.length ? " — " + e.titles.join(", ") : "";
    return what + ": " + nodes[other].label + (e.w > 1 ? " ×" + e.w : "") + titles;
  }
  function nodeFacts(i) {
    var n = nodes[i], facts = [n.type, n.degree + " neighbours"];
    if (n.rank !== undefined) facts.push("rank " + n.rank);
    if (n.score !== undefined) facts.push("score " + n.score.toFixed(3));
    if (n.community !== undefined) facts.push("community " + n.community);
    return facts.join(" · ");
  }
  function edgeFacts(e) {
    var facts = [kindLabel[kindOf(e)] + (statement(e) ? " (" + e.type + ")" : "")];
    if (e.w > 1) facts.push(e.w + " times");
    if (e.d && e.d.length) facts.push(dayText(e.d[0]) + (e.d.length > 1 ? " – " + dayText(e.d[e.d.length - 1]) : ""));
    return facts.join(" · ");
  }
  function nodeContent(into, i, clickable) {
    var n = nodes[i];
    into.appendChild(el("div", "kg-tip-title", n.label));
    into.appendChild(el("div", "kg-tip-type", nodeFacts(i)));
    [section("Roles", n.roles, String),
     section("Meetings", n.meetings, function (mi) { return meetingText(mi, i); }),
     section("Related", related(i), function (ei) {
       if (!clickable) return relatedText(ei, i);
       var li = el("li", "kg-link", relatedText(ei, i));
       li.tabIndex = 0;
       li.addEventListener("click", function () { select({ edge: ei }); request(); });
       return li;
     }),
     section("Articles", n.articles, clickable ? articleItem : articleText)
    ].forEach(function (s) { if (s) into.appendChild(s); });
  }
  function edgeContent(into, ei, full) {
    var e = edges[ei], a = nodes[e.s], b = nodes[e.t];
    if (statement(e)) {  // who speaks first, an arrow to whom
      var to = e.from === e.s ? b : a;
      into.appendChild(el("div", "kg-tip-title", nodes[e.from].label + " → " + to.label));
    } else {
      into.appendChild(el("div", "kg-tip-title", a.label + " — " + b.label));
    }
    into.appendChild(el("div", "kg-tip-type", edgeFacts(e)));
    if (!full) {
      if (statement(e)) {  // what was said, at a glance: the quote, else the sentence
        var said = e.quotes.length ? e.quotes[0] : e.ev.length ? sentences[e.ev[0]].text : null;
        if (said) into.appendChild(el("q", "kg-quote", said));
        if (e.issues.length) into.appendChild(el("div", "kg-tip-type", "about: " + e.issues.join(", ")));
      }
      into.appendChild(el("div", "kg-hint", (e.ev && e.ev.length ? e.ev.length + " source sentences · " : "") + "click for the sources"));
      return;
    }
    [statement(e) ? section("Quotes", e.quotes, function (q) { var li = el("li", "kg-sentence"); li.appendChild(el("q", null, q)); return li; }) : null,
     statement(e) ? section("About", e.issues, String) : null,
     section("Evidence", e.ev, sentenceItem),
     statement(e) ? section("Verbs", e.verbs, String) : null,
     e.kind === "met" ? section("Meetings", e.meetings, function (mi) { return meetingText(mi, -1); }) : null,
     e.kind === "holds_role" ? section("Titles", e.titles, String) : null,
     e.kind === "holds_role" ? section("As of", e.dates, String) : null,
     section("Articles", e.articles, articleItem)
    ].forEach(function (s) { if (s) into.appendChild(s); });
  }

  // --- tooltip (hover) and side panel (click) ---------------------------------------
  function showTip(f, px, py) {
    tip.replaceChildren();
    if (f.node !== undefined) nodeContent(tip, f.node, false); else edgeContent(tip, f.edge, false);
    tip.hidden = false;
    var r = tip.getBoundingClientRect();
    var x = px + 16, y = py + 16;
    if (x + r.width > window.innerWidth - 8) x = Math.max(8, px - r.width - 16);
    if (y + r.height > window.innerHeight - 8) y = Math.max(8, window.innerHeight - r.height - 8);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  function select(f) {
    selected = f;
    info.replaceChildren();
    info.hidden = !f;
    if (!f) return;
    var close = el("button", "kg-close", "×");
    close.type = "button";
    close.title = "close";
    close.addEventListener("click", function () { select(null); request(); });
    info.appendChild(close);
    if (f.node !== undefined) nodeContent(info, f.node, true); else edgeContent(info, f.edge, true);
    info.scrollTop = 0;
  }

  function showTop() {
    topList.replaceChildren();
    var metric = hasRank ? "rank" : hasScore ? "score" : "links";
    $("kg-top-head").textContent = "Top actors" + (metric === "rank" ? "" : " by " + metric);
    var shown = 0;
    for (var k = 0; k < importance.length && shown < 20; k++) {
      var i = importance[k];
      if (!nodeOn[i]) continue;
      var n = nodes[i], li = el("li", "kg-link");
      li.appendChild(swatch(nodeColour(n), false));
      li.appendChild(el("span", "kg-top-name", n.label));
      var v = metric === "rank" ? (n.rank !== undefined ? "#" + n.rank : "")
        : metric === "score" ? (n.score !== undefined ? n.score.toFixed(3) : "") : String(n.degree);
      li.appendChild(el("span", "kg-top-value", v));
      li.tabIndex = 0;
      li.addEventListener("click", (function (j) { return function () { focusNode(j); }; })(i));
      topList.appendChild(li);
      shown++;
    }
  }

  // --- interaction ---------------------------------------------------------------
  var drag = null;
  function local(ev) {
    var r = canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  }
  canvas.addEventListener("pointerdown", function (ev) {
    var p = local(ev);
    drag = { x: p[0], y: p[1], vx: view.x, vy: view.y, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    var p = local(ev);
    if (drag) {
      var dx = p[0] - drag.x, dy = p[1] - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) {
        view.x = drag.vx + dx; view.y = drag.vy + dy;
        moved();
        hideTip();
        request();
        return;
      }
    }
    var h = hit(p[0], p[1]);
    var same = (h && hover && h.node === hover.node && h.edge === hover.edge) || (!h && !hover);
    hover = h;
    canvas.style.cursor = h ? "pointer" : "grab";
    if (h) showTip(h, ev.clientX, ev.clientY); else hideTip();
    if (!same) repaint();
  });
  canvas.addEventListener("pointerup", function (ev) {
    var p = local(ev);
    var click = drag && !drag.moved;
    drag = null;
    if (!click) return;
    var h = hit(p[0], p[1]);
    if (h && h.node !== undefined) {  // a node: its ego network
      setEgo(h.node);
      select(h);
    } else {
      select(h);  // an edge: its evidence; nothing: close the panel
    }
    hideTip();
    request();
  });
  canvas.addEventListener("pointerleave", function () {
    if (!drag) { hover = null; hideTip(); repaint(); }
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = local(ev);
    var k = Math.exp(-ev.deltaY * 0.0015);
    var s = Math.min(Math.max(view.scale * k, view.fit * 0.2), view.fit * 80);
    k = s / view.scale;
    view.x = p[0] - (p[0] - view.x) * k;
    view.y = p[1] - (p[1] - view.y) * k;
    view.scale = s;
    moved();
    hideTip();
    request();
  }, { passive: false });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hover = null; select(null); hideTip(); setEgo(null); }
    // the lists' entries work from the keyboard too
    if (ev.key === "Enter" && ev.target.classList && ev.target.classList.contains("kg-link")) ev.target.click();
  });
  window.addEventListener("resize", function () { resize(); fit(); request(); });

  resize();
  fit();
  refilter();
  if (frame) { window.cancelAnimationFrame(frame); frame = 0; }
  draw();
})();
