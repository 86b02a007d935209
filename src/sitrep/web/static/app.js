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
  map.attributionControl.addAttribution("Borders: Natural Earth (world-atlas)");
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: "#8a9aa8", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map).bringToBack();
  });
  const layer = L.layerGroup().addTo(map);

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
      if (!e.place || e.place.lat === null || e.place.lon === null || e.place.lat === undefined) continue;
      const m = L.circleMarker([e.place.lat, e.place.lon], { radius: 6 + Math.min(8, e.n_sources || 1), color: "#b03a2e", weight: 1, fillOpacity: 0.6 });
      const tip = el("span", {}, `${e.date_start || "?"} · ${e.place.name || ""}`, el("br"), e.summary || e.event_type);
      m.bindTooltip(tip);
      m.on("click", () => select(e.id));
      m.addTo(layer);
      state.markers[e.id] = m;
      pts.push([e.place.lat, e.place.lon]);
    }
    if (pts.length && !state.fitted) { map.fitBounds(pts, { padding: [30, 30], maxZoom: 9 }); state.fitted = true; }
  }

  // ---------------------------------------------------------------- list
  function drawList(evs) {
    const ol = $("#events");
    ol.replaceChildren();
    for (const e of evs) {
      const li = el("li", { dataset: { id: e.id }, tabindex: "0" },
        el("span", { class: "date" }, e.date_start || "date unknown"),
        e.summary || e.event_type,
        el("span", { class: "type" }, [e.event_type, e.sub_event_type, e.place && e.place.name, fmtFat(fatOf(e)), `${e.n_sources} source(s)`].filter(Boolean).join(" · ")));
      if (state.selected === e.id) li.classList.add("selected");
      li.addEventListener("click", () => select(e.id));
      li.addEventListener("keydown", (k) => { if (k.key === "Enter") select(e.id); });
      ol.appendChild(li);
    }
    $("#count").textContent = `${evs.length} of ${state.events.length} events`;
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
  function highlighted(text, start, end) {
    // three text nodes: before, <mark>evidence</mark>, after (offsets are into the clean text)
    const div = el("div", { class: "article-text" });
    div.appendChild(document.createTextNode(text.slice(0, start)));
    const mk = el("mark", {}, text.slice(start, end));
    div.appendChild(mk);
    div.appendChild(document.createTextNode(text.slice(end)));
    return [div, mk];
  }

  async function select(id) {
    state.selected = id;
    for (const li of document.querySelectorAll("#events li")) li.classList.toggle("selected", li.dataset.id === id);
    const e = await api("/api/events/" + encodeURIComponent(id));
    const box = $("#detail");
    box.replaceChildren(
      el("h2", {}, e.summary || e.event_type),
      el("p", { class: "meta" }, [e.event_type, e.sub_event_type, e.plover, e.modality && e.modality !== "asserted" ? e.modality : null].filter(Boolean).join(" · ")),
      el("p", { class: "meta" }, `When: ${e.date_start || "?"}${e.date_end && e.date_end !== e.date_start ? " – " + e.date_end : ""} (${e.date_precision})`),
      el("p", { class: "meta" }, `Where: ${e.place ? `${e.place.name} (${e.place.lat}, ${e.place.lon}; ${e.place.precision})` : "unknown"}`),
      el("p", { class: "meta" }, `Who: ${(e.actor1 && e.actor1.name) || "?"} → ${(e.actor2 && e.actor2.name) || "—"}`),
      el("p", { class: "meta" }, `Fatalities: ${fmtFat(fatOf(e)) || "none reported"} · ${e.n_sources} source(s), ${e.n_independent_sources} independent`));
    const m = state.markers[id];
    if (m) { map.panTo(m.getLatLng()); m.openTooltip(); }
    const seen = {};
    for (const men of e.mentions || []) {
      const a = seen[men.article_id] || (seen[men.article_id] = await api("/api/articles/" + encodeURIComponent(men.article_id)));
      const [div, mk] = highlighted(a.text, men.sentence.start, men.sentence.end);
      const head = el("div", { class: "meta" }, `${a.outlet || "unknown outlet"} · ${a.published || "date unknown"} (${a.published_how})${a.wires && a.wires.length ? " · wires: " + a.wires.join(", ") : ""}${men.claimant_name ? " · according to " + men.claimant_name : ""}`);
      box.appendChild(el("div", { class: "source" }, el("strong", {}, a.title || a.id), head, div));
      mk.scrollIntoView({ block: "nearest" });
    }
  }

  // ---------------------------------------------------------------- figures & disagreements
  function fmtRange(lo, hi) {
    if (lo !== null && hi !== null && lo !== undefined && hi !== undefined) return lo === hi ? `${lo}` : `${lo}–${hi}`;
    if (lo !== null && lo !== undefined) return `≥ ${lo}`;
    if (hi !== null && hi !== undefined) return `≤ ${hi}`;
    return "?";
  }
  function drawFigures(story) {
    const box = $("#figures"); box.replaceChildren();
    for (const f of (story.figures || []).filter((f) => !f.background).slice(0, 40)) {
      box.appendChild(el("div", { class: "fig" }, `${f.what}${f.who ? " (" + f.who + ")" : ""}: ${fmtRange(f.low, f.high)}`,
        el("span", { class: "muted" }, ` · ${f.claimant_name || "unattributed"} · as of ${f.as_of || "?"} · “${f.span.text}”`)));
    }
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
    drawFigures(story);
    refresh();
  }

  async function init() {
    const stories = (await api("/api/stories")).items;
    const sel = $("#story");
    for (const s of stories) sel.appendChild(el("option", { value: s.id }, `${s.title || s.id} (${s.n_events} events, ${s.n_articles} articles)`));
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
