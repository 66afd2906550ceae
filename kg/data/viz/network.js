// kg viz: the actor network on a <canvas>. No library, no other host.
// Every string from the data reaches the page through textContent or fillText,
// never through innerHTML. The layout comes precomputed from Python.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, meetings = data.meetings, articles = data.articles;
  var canvas = document.getElementById("kg-canvas");
  var ctx = canvas.getContext("2d");
  var tip = document.getElementById("kg-tip");
  var search = document.getElementById("kg-search");
  var body = document.body;

  var typeColour = {}, kindColour = {}, kindLabel = {};
  var typeOn = {}, kindOn = {};
  data.types.forEach(function (t) { typeColour[t.name] = t.colour; typeOn[t.name] = true; });
  data.kinds.forEach(function (k) { kindColour[k.name] = k.colour; kindLabel[k.name] = k.label; kindOn[k.name] = true; });

  var adj = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { adj[e.s].push(i); adj[e.t].push(i); });

  // view: screen = world * scale + offset (CSS pixels)
  var view = { scale: 1, x: 0, y: 0, fit: 1 };
  var hover = null;      // {node: i} or {edge: i}
  var pinned = null;
  var matches = null;    // Set of node indices matching the search
  var dirty = true;
  var width = 0, height = 0, dpr = 1;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // --- toolbar -------------------------------------------------------------------
  document.getElementById("kg-count").textContent =
    nodes.length + " actors, " + edges.length + " links";
  var legend = document.getElementById("kg-legend");
  function toggle(label, colour, line, on, change) {
    var l = el("label", "kg-toggle");
    var box = el("input");
    box.type = "checkbox";
    box.checked = on;
    box.addEventListener("change", function () { change(box.checked); dirty = true; request(); });
    var sw = el("span", line ? "kg-swatch kg-line" : "kg-swatch");
    sw.style.background = colour;
    l.appendChild(box); l.appendChild(sw); l.appendChild(el("span", null, label));
    legend.appendChild(l);
  }
  data.types.forEach(function (t) {
    toggle(t.name, t.colour, false, true, function (v) { typeOn[t.name] = v; });
  });
  data.kinds.forEach(function (k) {
    if (!edges.some(function (e) { return e.kind === k.name; })) return;
    toggle(k.label, k.colour, true, true, function (v) { kindOn[k.name] = v; });
  });
  document.getElementById("kg-fit").addEventListener("click", function () { fit(); request(); });
  if (nodes.length === 0) document.getElementById("kg-empty").hidden = false;

  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    matches = null;
    if (q) {
      matches = new Set();
      nodes.forEach(function (n, i) { if (n.label.toLowerCase().indexOf(q) >= 0) matches.add(i); });
    }
    request();
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" || !matches || matches.size === 0) return;
    var i = matches.values().next().value;
    var n = nodes[i];
    view.scale = Math.max(view.scale, view.fit * 3);
    view.x = width / 2 - n.x * view.scale;
    view.y = height / 2 - n.y * view.scale;
    pinned = { node: i };
    showTip(pinned, width / 2 + 20, height / 2 + 20);
    request();
  });

  // --- geometry ------------------------------------------------------------------
  function visibleNode(i) { return typeOn[nodes[i].type]; }
  function visibleEdge(e) { return kindOn[e.kind] && visibleNode(e.s) && visibleNode(e.t); }
  function sx(n) { return n.x * view.scale + view.x; }
  function sy(n) { return n.y * view.scale + view.y; }
  function radius(n) { return n.r * Math.pow(view.scale / view.fit, 0.5); }

  function resize() {
    dpr = window.devicePixelRatio || 1;
    var bar = document.getElementById("kg-bar").getBoundingClientRect();
    width = window.innerWidth;
    height = Math.max(window.innerHeight - bar.height, 100);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = width + "px";
    canvas.style.height = height + "px";
  }

  function fit() {
    if (nodes.length === 0) return;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    var pad = 60;
    var w = Math.max(maxX - minX, 1e-6), h = Math.max(maxY - minY, 1e-6);
    var s = Math.min((width - 2 * pad) / w, (height - 2 * pad) / h);
    if (!isFinite(s) || s <= 0) s = 1;
    if (nodes.length === 1) s = 1;
    view.scale = view.fit = s;
    view.x = width / 2 - (minX + maxX) / 2 * s;
    view.y = height / 2 - (minY + maxY) / 2 * s;
  }

  // --- drawing -------------------------------------------------------------------
  var frame = 0;
  function request() {
    if (!frame) frame = window.requestAnimationFrame(draw);
  }

  function focusSet() {
    var f = pinned || hover;
    if (!f) return null;
    var set = new Set();
    if (f.node !== undefined) {
      set.add(f.node);
      adj[f.node].forEach(function (ei) {
        var e = edges[ei];
        if (visibleEdge(e)) { set.add(e.s); set.add(e.t); }
      });
    } else {
      set.add(edges[f.edge].s); set.add(edges[f.edge].t);
    }
    return set;
  }

  function draw() {
    frame = 0;
    var t0 = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    var near = focusSet();
    var f = pinned || hover;
    var shownNodes = 0, paintedNodes = 0, shownEdges = 0;
    // edges: dim ones first, highlighted ones on top
    // (one stroke per kind and width: thousands of edges cost a few draw calls)
    var hi = [], batches = new Map();
    ctx.lineCap = "round";
    for (var i = 0; i < edges.length; i++) {
      var e = edges[i];
      if (!visibleEdge(e)) continue;
      shownEdges++;
      var on = f && (f.edge === i || (f.node !== undefined && (e.s === f.node || e.t === f.node)));
      if (on) { hi.push(i); continue; }
      var key = e.kind + "|" + edgeWidth(e).toFixed(1);
      if (!batches.has(key)) batches.set(key, []);
      batches.get(key).push(i);
    }
    batches.forEach(function (list) { strokeEdges(list, near ? 0.1 : 0.6); });
    hi.forEach(function (i) { strokeEdges([i], 0.95); });
    // nodes: small first so that big ones stay on top
    var labels = [];
    for (var j = nodes.length - 1; j >= 0; j--) {
      var n = nodes[j];
      if (!visibleNode(j)) continue;
      shownNodes++;
      var x = sx(n), y = sy(n), r = radius(n);
      if (x < -r - 100 || y < -r - 20 || x > width + r + 100 || y > height + r + 20) continue;
      paintedNodes++;
      var dim = near && !near.has(j);
      ctx.globalAlpha = dim ? 0.2 : 1;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = typeColour[n.type] || "#888";
      ctx.fill();
      ctx.lineWidth = matches && matches.has(j) ? 3 : 1;
      ctx.strokeStyle = matches && matches.has(j) ? "#d62728" : "#ffffff";
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    // labels: forced ones (focus, search) first, then by size; skip overlaps
    var taken = [];
    function place(j, force) {
      var n = nodes[j];
      var x = sx(n), y = sy(n), r = radius(n);
      if (x < -50 || y < -20 || x > width + 50 || y > height + 20) return;
      var w = ctx.measureText(n.label).width;
      var box = [x - w / 2 - 2, y - r - 16, x + w / 2 + 2, y - r - 2];
      if (!force) {
        for (var k = 0; k < taken.length; k++) {
          var t = taken[k];
          if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) return;
        }
      }
      taken.push(box);
      labels.push([n.label, x, y - r - 4, near && !near.has(j)]);
    }
    ctx.font = "12px system-ui, sans-serif";
    if (near) near.forEach(function (j) { if (visibleNode(j)) place(j, true); });
    if (matches) matches.forEach(function (j) { if (visibleNode(j) && !(near && near.has(j))) place(j, true); });
    var budget = 150;
    for (var m = 0; m < nodes.length && taken.length < budget; m++) {
      if (!visibleNode(m) || (near && near.has(m)) || (matches && matches.has(m))) continue;
      if (radius(nodes[m]) < 4 && nodes.length > 60) continue;
      place(m, false);
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
    body.dataset.nodes = String(shownNodes);
    body.dataset.painted = String(paintedNodes);
    body.dataset.edges = String(shownEdges);
    body.dataset.drawMs = (performance.now() - t0).toFixed(1);
    body.dataset.ready = "true";
  }

  function edgeWidth(e) {
    return Math.min(1.2 + 1.5 * Math.log2(e.w), 7) * (e.kind === "mentioned_together" ? 0.8 : 1.2);
  }
  function strokeEdges(list, alpha) {  // edges of one kind and width
    var first = edges[list[0]];
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = kindColour[first.kind] || "#999";
    ctx.lineWidth = edgeWidth(first);
    ctx.setLineDash(first.kind === "holds_role" ? [5, 3] : []);
    ctx.beginPath();
    list.forEach(function (i) {
      var e = edges[i], a = nodes[e.s], b = nodes[e.t];
      var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
      if (e.o) {  // parallel lanes for the kinds between one pair
        var dx = bx - ax, dy = by - ay, len = Math.sqrt(dx * dx + dy * dy) || 1;
        var off = e.o * 3.5;
        ax -= dy / len * off; bx -= dy / len * off;
        ay += dx / len * off; by += dx / len * off;
      }
      ctx.moveTo(ax, ay);
      ctx.lineTo(bx, by);
    });
    ctx.stroke();
    ctx.setLineDash([]);
  }

  // --- hit testing ---------------------------------------------------------------
  function hit(px, py) {
    var best = null, bestD = Infinity;
    for (var i = 0; i < nodes.length; i++) {
      if (!visibleNode(i)) continue;
      var n = nodes[i];
      var dx = sx(n) - px, dy = sy(n) - py, d = Math.sqrt(dx * dx + dy * dy);
      if (d <= radius(n) + 3 && d < bestD) { best = { node: i }; bestD = d; }
    }
    if (best) return best;
    for (var j = 0; j < edges.length; j++) {
      var e = edges[j];
      if (!visibleEdge(e)) continue;
      var a = nodes[e.s], b = nodes[e.t];
      var ax = sx(a), ay = sy(a), bx = sx(b), by = sy(b);
      var vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
      var t = len2 ? Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2)) : 0;
      var qx = ax + t * vx - px, qy = ay + t * vy - py, dd = Math.sqrt(qx * qx + qy * qy);
      if (dd <= 4 && dd < bestD) { best = { edge: j }; bestD = dd; }
    }
    return best;
  }

  // --- tooltip -------------------------------------------------------------------
  var LIMIT = 12;
  function section(title, items, render) {
    if (!items || items.length === 0) return null;
    var s = el("div", "kg-tip-section");
    s.appendChild(el("div", "kg-tip-head", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.slice(0, LIMIT).forEach(function (it) { ul.appendChild(el("li", null, render(it))); });
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
  var KIND_ORDER = { met: 0, holds_role: 1, mentioned_together: 2 };
  function related(i) {  // met first, then roles, then co-mentions; heavier first
    return adj[i].filter(function (ei) { return visibleEdge(edges[ei]); }).sort(function (a, b) {
      var ea = edges[a], eb = edges[b];
      return (KIND_ORDER[ea.kind] - KIND_ORDER[eb.kind]) || (eb.w - ea.w) || (a - b);
    });
  }
  function showTip(f, px, py) {
    tip.replaceChildren();
    if (f.node !== undefined) {
      var n = nodes[f.node];
      tip.appendChild(el("div", "kg-tip-title", n.label));
      tip.appendChild(el("div", "kg-tip-type", n.type + " · " + n.degree + " neighbours"));
      [section("Roles", n.roles, String),
       section("Meetings", n.meetings, function (mi) { return meetingText(mi, f.node); }),
       section("Related", related(f.node), function (ei) {
         var e = edges[ei], other = e.s === f.node ? e.t : e.s;
         var what = kindLabel[e.kind];
         if (e.kind === "holds_role" && e.member !== f.node) what = "role holder";
         var titles = e.kind === "holds_role" && e.titles.length ? " — " + e.titles.join(", ") : "";
         return what + ": " + nodes[other].label + (e.w > 1 ? " ×" + e.w : "") + titles;
       }),
       section("Articles", n.articles, articleText)
      ].forEach(function (s) { if (s) tip.appendChild(s); });
    } else {
      var e = edges[f.edge], a = nodes[e.s], b = nodes[e.t];
      tip.appendChild(el("div", "kg-tip-title", a.label + " — " + b.label));
      tip.appendChild(el("div", "kg-tip-type", kindLabel[e.kind] + (e.w > 1 ? " · " + e.w + " times" : "")));
      [e.kind === "met" ? section("Meetings", e.meetings, function (mi) { return meetingText(mi, -1); }) : null,
       e.kind === "holds_role" ? section("Titles", e.titles, String) : null,
       e.kind === "holds_role" ? section("As of", e.dates, String) : null,
       section("Articles", e.articles, articleText)
      ].forEach(function (s) { if (s) tip.appendChild(s); });
    }
    tip.hidden = false;
    var r = tip.getBoundingClientRect();
    var x = px + 16, y = py + 16;
    if (x + r.width > window.innerWidth - 8) x = Math.max(8, px - r.width - 16);
    if (y + r.height > window.innerHeight - 8) y = Math.max(8, window.innerHeight - r.height - 8);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

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
        if (pinned) hideTip();
        request();
        return;
      }
    }
    if (pinned) return;
    var h = hit(p[0], p[1]);
    var same = (h && hover && h.node === hover.node && h.edge === hover.edge) || (!h && !hover);
    hover = h;
    canvas.style.cursor = h ? "pointer" : "grab";
    if (h) showTip(h, ev.clientX, ev.clientY); else hideTip();
    if (!same) request();
  });
  canvas.addEventListener("pointerup", function (ev) {
    var p = local(ev);
    var click = drag && !drag.moved;
    drag = null;
    if (!click) return;
    var h = hit(p[0], p[1]);
    pinned = h;
    hover = h;
    if (h) showTip(h, ev.clientX, ev.clientY); else hideTip();
    request();
  });
  canvas.addEventListener("pointerleave", function () {
    if (!pinned && !drag) { hover = null; hideTip(); request(); }
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
    if (pinned) hideTip();
    request();
  }, { passive: false });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { pinned = hover = null; hideTip(); request(); }
  });
  window.addEventListener("resize", function () { resize(); fit(); request(); });

  resize();
  fit();
  draw();
})();
