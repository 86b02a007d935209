// sitrep analyst view. All article-derived strings are inserted as text nodes / textContent, never parsed as HTML.
"use strict";
(function () {
  const $ = (sel) => document.querySelector(sel);
  const state = { story: null, all: [], events: [], brush: null, text: "", selected: null, markers: {}, allModalities: false };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(path + ": " + r.status);
    return r.json();
  }

  // ---------------------------------------------------------------- map
  const map = L.map("map", { worldCopyJump: true, attributionControl: true }).setView([35, 38], 5);
  map.attributionControl.setPrefix(false);
  window.__sitrep = { map };  // for the browser tests (read-only use)
  map.attributionControl.addAttribution("Borders: Natural Earth (world-atlas); place names: GeoNames");
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: "#8a9aa8", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map).bringToBack();
  });
  const layer = L.layerGroup().addTo(map);
  // place names: the most populous GeoNames towns in view (served offline by /api/labels)
  const labelLayer = L.layerGroup().addTo(map);
  let labelSeq = 0;
  async function drawLabels() {
    const b = map.getBounds(), c = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
    const bbox = [c(b.getWest(), -180, 180), c(b.getSouth(), -90, 90), c(b.getEast(), -180, 180), c(b.getNorth(), -90, 90)];
    if (bbox[0] >= bbox[2] || bbox[1] >= bbox[3]) return;
    const seq = ++labelSeq;
    let res;
    try { res = await api("/api/labels?limit=40&bbox=" + bbox.map((x) => x.toFixed(4)).join(",")); } catch (err) { return; }
    if (seq !== labelSeq) return;
    labelLayer.clearLayers();
    const placed = [];
    for (const t of res.items) {  // most populous first; a name that would overlap one already drawn is skipped
      const pt = map.latLngToContainerPoint([t.lat, t.lon]), w = 7 * t.name.length + 8;
      if (placed.some((q) => Math.abs(q.x - pt.x) < (w + q.w) / 2 && Math.abs(q.y - pt.y) < 16)) continue;
      placed.push({ x: pt.x, y: pt.y, w });
      const span = el("span", { class: "place-label" }, t.name);  // text node: a name is never parsed as HTML
      L.marker([t.lat, t.lon], { icon: L.divIcon({ html: span, className: "place-label-icon", iconSize: null }), interactive: false, keyboard: false }).addTo(labelLayer);
    }
  }
  map.on("moveend", drawLabels);

  // the first view: confident places (no country centroids, no weak matches), outliers far from the rest left out
  const CONFIDENT = 0.5, OUTLIER_KM = 150;
  function confidentPlace(e) {
    const p = e.place;
    return p && p.lat !== null && p.lat !== undefined && p.lon !== null && p.precision !== "country" && !(p.confidence < CONFIDENT);
  }
  function km(a, b) {
    const r = Math.PI / 180, h = Math.sin((b[0] - a[0]) * r / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin((b[1] - a[1]) * r / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
  function median(xs) { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; }
  function inliers(pts) {
    // same rule as the report's map (sitrep.export.brief.split_outliers)
    if (pts.length < 3) return pts;
    const c = [median(pts.map((p) => p[0])), median(pts.map((p) => p[1]))];
    const ds = pts.map((p) => km(c, p)), limit = Math.max(OUTLIER_KM, 4 * median(ds));
    return pts.filter((p, i) => ds[i] <= limit);
  }

  function fmtFat(f) {
    if (!f || f.best === null || f.best === undefined) return "";
    if (f.low !== null && f.high !== null && f.low !== f.high) return `${f.best} killed (${f.low}–${f.high})`;
    return `${f.best} killed`;
  }

  function visible() {
    const t = state.text.toLowerCase();
    return state.events.filter((e) => {
      if (state.brush && e.date_start) {
        const d = e.date_start, d2 = e.date_end || e.date_start;
        if (d2 < state.brush[0] || d > state.brush[1]) return false;
      }
      if (t) {
        const hay = [e.summary, e.actor1 && e.actor1.name, e.actor2 && e.actor2.name, e.place && e.place.name, e.event_type, e.sub_event_type]
          .filter(Boolean).join(" ").toLowerCase();
        if (!hay.includes(t)) return false;
      }
      return true;
    });
  }

  function drawMap(evs) {
    layer.clearLayers();
    state.markers = {};
    const pts = [];
    for (const e of evs) {
      if (!confidentPlace(e)) continue;  // a weak match or a country's centroid is no place to draw an event
      const m = L.circleMarker([e.place.lat, e.place.lon], { radius: 6 + Math.min(8, e.n_sources || 1), color: "#b03a2e", weight: 1, fillOpacity: 0.6 });
      const tip = el("span", {}, `${e.date_start || "?"} · ${e.place.name || ""}`, el("br"), e.summary || e.event_type);
      m.bindTooltip(tip);
      m.on("click", () => select(e.id));
      m.addTo(layer);
      state.markers[e.id] = m;
      pts.push([e.place.lat, e.place.lon]);
    }
    window.__sitrep.drawn = Object.keys(state.markers);
    const fit = inliers(pts);
    if (fit.length && !state.fitted) {
      map.fitBounds(fit, { padding: [30, 30], maxZoom: 10 });
      state.fitted = true;
      state.fitBounds = L.latLngBounds(fit);
      document.body.dataset.fitted = JSON.stringify(fit);
    }
  }

  // ---------------------------------------------------------------- list
  function drawList(evs) {
    const ol = $("#events");
    ol.replaceChildren();
    for (const e of evs) {
      const li = el("li", { dataset: { id: e.id }, tabindex: "0" },
        el("span", { class: "date" }, e.date_start || "date unknown"),
        e.summary || e.event_type,
        el("span", { class: "type" }, [e.event_type, e.sub_event_type, confidentPlace(e) ? e.place.name : "place unknown", fmtFat(fatOf(e)), `${e.n_sources} source(s)`].filter(Boolean).join(" · ")));
      if (state.selected === e.id) li.classList.add("selected");
      li.addEventListener("click", () => select(e.id));
      li.addEventListener("keydown", (k) => { if (k.key === "Enter") select(e.id); });
      ol.appendChild(li);
    }
    $("#count").textContent = `${evs.length} of ${state.events.length} events`;
    const hl = $("#events-heading"); if (hl) hl.textContent = `Events (${evs.length})`;
  }

  function fatOf(e) { return { best: e.fatalities_best, low: e.fatalities_low, high: e.fatalities_high }; }

  // ---------------------------------------------------------------- timeline with brush
  const svgNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) { const n = document.createElementNS(svgNS, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); return n; }
  const DAY = 86400000;
  const toDay = (s) => Math.floor(Date.parse(s + "T00:00:00Z") / DAY);
  const fromDay = (d) => new Date(d * DAY).toISOString().slice(0, 10);

  function drawTimeline() {
    const root = $("#timeline");
    root.replaceChildren();
    const dated = state.events.filter((e) => e.date_start);
    if (!dated.length) return;
    const days = dated.map((e) => toDay(e.date_start));
    const lo = Math.min(...days) - 1, hi = Math.max(...days) + 1;
    const W = root.clientWidth || 600, H = 90, pad = 4, base = H - 16;
    const x = (d) => pad + ((d - lo) / (hi - lo)) * (W - 2 * pad);
    const counts = {};
    for (const d of days) counts[d] = (counts[d] || 0) + 1;
    const maxc = Math.max(...Object.values(counts));
    const bw = Math.max(2, (W - 2 * pad) / (hi - lo + 1) - 1);
    for (const [d, c] of Object.entries(counts)) {
      const dd = Number(d), inBrush = !state.brush || (fromDay(dd) >= state.brush[0] && fromDay(dd) <= state.brush[1]);
      const r = svg("rect", { x: x(dd) - bw / 2, y: base - (c / maxc) * (base - 6), width: bw, height: (c / maxc) * (base - 6), class: inBrush ? "bar" : "bar off" });
      const t = svg("title", {}); t.textContent = `${fromDay(dd)}: ${c} event(s)`; r.appendChild(t);
      root.appendChild(r);
    }
    for (const d of [lo + 1, Math.round((lo + hi) / 2), hi - 1]) {
      const t = svg("text", { x: x(d), y: H - 3, "text-anchor": "middle" }); t.textContent = fromDay(d); root.appendChild(t);
    }
    if (state.brush) {
      const a = x(toDay(state.brush[0]) - 0.5), b = x(toDay(state.brush[1]) + 0.5);
      root.appendChild(svg("rect", { x: a, y: 0, width: Math.max(2, b - a), height: base, class: "brush" }));
    }
    root.onpointerdown = (ev) => {
      const box = root.getBoundingClientRect();
      const dayAt = (cx) => Math.round(lo + ((cx - box.left - pad) / (W - 2 * pad)) * (hi - lo));
      const start = dayAt(ev.clientX);
      const move = (mv) => { const end = dayAt(mv.clientX); state.brush = [fromDay(Math.min(start, end)), fromDay(Math.max(start, end))]; refresh(); };
      const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
      window.addEventListener("pointermove", move); window.addEventListener("pointerup", up);
      move(ev);
    };
    $("#clear-brush").hidden = !state.brush;
  }

  // ---------------------------------------------------------------- detail: sources with highlighted evidence
  function highlighted(text, spans) {
    // the article once, every evidence span marked (offsets are into the clean text); text nodes only
    const div = el("div", { class: "article-text" });
    const marks = [];
    let at = 0;
    for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
      if (end <= at) continue;
      const s0 = Math.max(start, at);
      div.appendChild(document.createTextNode(text.slice(at, s0)));
      const mk = el("mark", {}, text.slice(s0, end));
      div.appendChild(mk);
      marks.push(mk);
      at = end;
    }
    div.appendChild(document.createTextNode(text.slice(at)));
    return [div, marks];
  }

  // a field below the confidence shown is unknown; the weak reading stays visible as evidence, marked as such
  function known(e, field, text) {
    if (!text) return "unknown";
    const c = e.confidence ? e.confidence[field] : null;
    if (c !== null && c !== undefined && c < CONFIDENT) return el("span", { class: "weak" }, "unknown", el("span", { class: "muted" }, ` (weak reading: ${text}; confidence ${c})`));
    return text;
  }

  async function select(id) {
    state.selected = id;
    for (const li of document.querySelectorAll("#events li")) li.classList.toggle("selected", li.dataset.id === id);
    const e = await api("/api/events/" + encodeURIComponent(id));
    const box = $("#detail");
    box.replaceChildren(
      el("h2", {}, e.summary || e.event_type),
      el("p", { class: "meta" }, [e.event_type, e.sub_event_type, e.plover, e.modality && e.modality !== "asserted" ? e.modality : null].filter(Boolean).join(" · ")),
      el("p", { class: "meta" }, "When: ", known(e, "date", `${e.date_start}${e.date_end && e.date_end !== e.date_start ? " – " + e.date_end : ""} (${e.date_precision})`)),
      el("p", { class: "meta" }, "Where: ", known(e, "place", e.place && `${e.place.name} (${e.place.lat}, ${e.place.lon}; ${e.place.precision})`)),
      el("p", { class: "meta" }, "Who: ", known(e, "actor1", e.actor1 && e.actor1.name), " → ", known(e, "actor2", e.actor2 && e.actor2.name)),
      el("p", { class: "meta" }, `Fatalities: ${fmtFat(fatOf(e)) || "none reported"} · ${e.n_sources} source(s), ${e.n_independent_sources} independent`));
    const m = state.markers[id];
    if (m) { map.setView(m.getLatLng(), Math.max(map.getZoom() + 2, 11)); m.openTooltip(); }
    const byArticle = new Map();
    for (const men of e.mentions || []) {
      if (!byArticle.has(men.article_id)) byArticle.set(men.article_id, []);
      byArticle.get(men.article_id).push(men);
    }
    for (const [aid, mens] of byArticle) {
      const a = await api("/api/articles/" + encodeURIComponent(aid));
      const [div, marks] = highlighted(a.text, mens.map((m) => [m.sentence.start, m.sentence.end]));
      const claimants = [...new Set(mens.map((m) => m.claimant_name).filter(Boolean))];
      const head = el("div", { class: "meta" }, `${a.outlet || "unnamed outlet"} · ${a.published || "date unknown"} (${a.published_how}${a.published_how === "corrected" && a.published_header ? ", header said " + a.published_header : ""})${a.wires && a.wires.length ? " · wires: " + a.wires.join(", ") : ""}${claimants.length ? " · according to " + claimants.join(", ") : ""} · ${mens.length} mention(s)`);
      box.appendChild(el("div", { class: "source", dataset: { article: aid } }, el("strong", {}, a.title || "(no title)"), head, div));
      if (marks.length) marks[0].scrollIntoView({ block: "nearest" });
    }
  }

  // ---------------------------------------------------------------- figures & disagreements
  async function drawFigures(story) {
    // the brief's key figures: one row per quantity, each claimant's latest value, plain labels
    const box = $("#figures"); box.replaceChildren();
    const kf = await api("/api/stories/" + encodeURIComponent(story.id) + "/key-figures");
    for (const k of kf.items) {
      const lines = el("ul", { class: "fig-lines" });
      for (const ln of k.lines) lines.appendChild(el("li", {}, ln.text));
      box.appendChild(el("div", { class: "fig" }, el("strong", {}, k.label), ": ", k.headline, lines));
    }
    if (!kf.items.length) box.appendChild(el("p", { class: "muted" }, "none found"));
    for (const t of kf.totals || []) box.appendChild(el("p", { class: "muted" }, t));
    const dbox = $("#disagreements"); dbox.replaceChildren();
    for (const d of story.disagreements || []) {
      dbox.appendChild(el("div", { class: "dis" }, el("span", { class: "kind" }, d.kind), el("strong", {}, d.subject), el("div", {}, d.explanation)));
    }
    if (!(story.disagreements || []).length) dbox.appendChild(el("p", { class: "muted" }, "none found"));
  }

  // by default only what happened (asserted events); threats, plans, denials and background on request
  function applyModality() {
    state.events = state.allModalities ? state.all : state.all.filter((e) => !e.modality || e.modality === "asserted");
  }

  function refresh() { const v = visible(); drawMap(v); drawList(v); drawTimeline(); }

  async function loadStory(id) {
    state.story = id; state.brush = null; state.fitted = false;
    const [story, evs] = await Promise.all([api("/api/stories/" + encodeURIComponent(id)), api("/api/events?limit=500&story=" + encodeURIComponent(id))]);
    state.all = evs.items;
    applyModality();
    $("#lead").textContent = story.summary || "";  // the brief's lead: the best-sourced incidents, with their outlets
    refresh();
    await drawFigures(story);
  }

  async function init() {
    const stories = (await api("/api/stories")).items;
    const sel = $("#story");
    // the same count as the list's default view: events reported as having happened
    for (const s of stories) {
      const n = s.n_asserted_events === undefined ? s.n_events : s.n_asserted_events, more = s.n_events - n;
      sel.appendChild(el("option", { value: s.id }, `${s.title || s.id} (${n} events${more > 0 ? ` + ${more} threats, plans, claims` : ""}, ${s.n_articles} articles)`));
    }
    sel.addEventListener("change", () => loadStory(sel.value));
    $("#filter").addEventListener("input", (ev) => { state.text = ev.target.value; refresh(); });
    $("#clear-brush").addEventListener("click", () => { state.brush = null; refresh(); });
    $("#all-modalities").addEventListener("change", (ev) => { state.allModalities = ev.target.checked; applyModality(); refresh(); });
    window.addEventListener("resize", drawTimeline);
    if (stories.length) await loadStory(stories[0].id);
    else $("#detail").replaceChildren(el("p", { class: "muted" }, "The store has no stories yet: run `sitrep run PATH` first."));
    document.body.dataset.ready = "1";
  }
  init().catch((err) => { $("#detail").replaceChildren(el("p", {}, "Could not load: " + err.message)); document.body.dataset.ready = "error"; });
})();
