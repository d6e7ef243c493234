// Dyads: pick two actors and follow their cooperation–conflict line; click a point to list its events.
import { h, s, fmt, goldsteinColor } from "../dom.js";
import { get } from "../api.js";
import { setParams } from "../main.js";
import { filterForm, actorList, eventList, quadLabel } from "../widgets.js";

const W = 960, H = 300, M = { l: 48, r: 16, t: 26, b: 28 }, BARS = 90, DAY = 86400000;
const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

// x of a point (or of a time, with .at), by the start of its period.
function xScale(points) {
  const times = points.map((p) => Date.parse(p.start));
  const lo = Math.min(...times), hi = Math.max(...times);
  const at = (t) => (hi === lo ? (M.l + W - M.r) / 2 : M.l + ((t - lo) / (hi - lo)) * (W - M.l - M.r));
  const x = (p) => at(Date.parse(p.start));
  x.at = at; x.lo = lo; x.hi = hi;
  return x;
}

// Consecutive periods only: a line is not drawn across periods without events.
const follows = (prev, p) => Date.parse(p.start) - Date.parse(prev.end) <= DAY * 1.5;
const yScale = (g) => M.t + ((10 - g) / 20) * (H - M.t - M.b);

function line(points, x, pick, cls) {
  const pts = points.filter((p) => pick(p).mean_goldstein !== null);
  if (pts.length < 2) return null;
  const d = pts.map((p, i) => `${i && follows(pts[i - 1], p) ? "L" : "M"}${x(p).toFixed(1)},${yScale(pick(p).mean_goldstein).toFixed(1)}`).join("");
  return d.includes("L") ? s("path", { class: cls, d }) : null;
}

function chart(series, onPick) {
  const pts = series.points, x = xScale(pts);
  const maxN = Math.max(1, ...pts.map((p) => p.both.events));
  const svg = s("svg", { class: "dyad-chart", viewBox: `0 0 ${W} ${H + BARS}`, role: "img" });
  for (const g of [10, 5, 0, -5, -10]) {
    svg.append(s("line", { class: g === 0 ? "axis zero" : "axis", x1: M.l, x2: W - M.r, y1: yScale(g), y2: yScale(g) }),
      s("text", { class: "tick", x: M.l - 6, y: yScale(g) + 4, "text-anchor": "end", text: g }));
  }
  svg.append(s("text", { class: "tick", x: M.l, y: H + BARS - 4, text: pts.length ? pts[0].period : "" }),
    s("text", { class: "tick", x: W - M.r, y: H + BARS - 4, "text-anchor": "end", text: pts.length ? pts[pts.length - 1].period : "" }),
    s("text", { class: "axis-label", x: M.l, y: M.t - 10, text: "↑ cooperation (+10)" }),
    s("text", { class: "axis-label", x: M.l, y: yScale(-10) + 16, text: "↓ conflict (−10)" }));
  yearTicks(svg, x);
  // counts per QuadClass as stacked bars under the line, no wider than the gap between neighbouring periods
  const xs = pts.map(x), gaps = xs.slice(1).map((v, i) => v - xs[i]).filter((g) => g > 0);
  const bw = Math.max(2, Math.min(18, (gaps.length ? Math.min(...gaps) : W) - 2));
  for (const p of pts) {
    let y = H + BARS - 20;
    for (const q of QUADS) {
      const n = p.both.quad_class[q] || 0;
      if (!n) continue;
      const hgt = (n / maxN) * (BARS - 30);
      y -= hgt;
      svg.append(s("rect", { class: "bar " + q, x: x(p) - bw / 2, y, width: bw, height: hgt }, s("title", { text: `${p.period}: ${n} ${q.replace("_", " ")}` })));
    }
  }
  for (const [pick, cls] of [[(p) => p.a_to_b, "line ab"], [(p) => p.b_to_a, "line ba"], [(p) => p.both, "line both"]]) {
    const path = line(pts, x, pick, cls);
    if (path) svg.append(path);
  }
  for (const p of pts) {
    if (p.both.mean_goldstein === null) continue;
    const dot = s("circle", { class: "point", cx: x(p), cy: yScale(p.both.mean_goldstein), r: 3 + 5 * Math.sqrt(p.both.events / maxN),
      fill: goldsteinColor(p.both.mean_goldstein), data: { period: p.period } },
    s("title", { text: `${p.period}: ${p.both.events} events, mean Goldstein ${fmt(p.both.mean_goldstein, 2)} (${series.a}→${series.b} ${p.a_to_b.events}, ${series.b}→${series.a} ${p.b_to_a.events})` }));
    dot.addEventListener("click", () => onPick(p, dot));
    svg.append(dot);
  }
  return svg;
}

// A faint line and the year at each 1 January inside the chart (when it spans more than a year).
function yearTicks(svg, x) {
  const first = new Date(x.lo).getUTCFullYear() + 1, last = new Date(x.hi).getUTCFullYear();
  if (last - first > 30) return;
  for (let year = first; year <= last; year++) {
    const at = x.at(Date.UTC(year, 0, 1));
    if (at < M.l + 64 || at > W - M.r - 76) continue;  // clear of the first and last period labels
    svg.append(s("line", { class: "axis", x1: at, x2: at, y1: M.t, y2: H - M.b }),
      s("text", { class: "tick", x: at, y: H + BARS - 4, "text-anchor": "middle", text: year }));
  }
}

function totals(series) {
  const row = (label, st) => h("tr", {}, h("td", { text: label }), h("td", { class: "num", text: st.events }),
    h("td", { class: "num", text: fmt(st.mean_goldstein) }), QUADS.map((q) => h("td", { class: "num", text: st.quad_class[q] || 0 })));
  return h("table", { class: "grid totals" },
    h("thead", {}, h("tr", {}, ["", "events", "mean Goldstein", ...[1, 2, 3, 4].map(quadLabel)].map((c) => h("th", { text: c })))),
    h("tbody", {}, row(`${series.a} → ${series.b}`, series.a_to_b), row(`${series.b} → ${series.a}`, series.b_to_a), row("both", series.total)));
}

// The busiest pairs, as links: a start when no pair is picked.
async function busiest() {
  const net = await get("/api/network", { max_edges: 12 });
  if (!net.edges.length) return h("p", { class: "muted", text: "No events between actors yet." });
  return h("div", { class: "busiest" }, h("h3", { text: "Busiest pairs" }), h("ul", { class: "pairs" }, net.edges.map((e) => h("li", {},
    h("a", { href: `#/dyads?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}`, text: `${e.source} → ${e.target}` }),
    h("span", { class: "muted", text: ` ${e.events} events, mean Goldstein ${fmt(e.mean_goldstein)}` })))));
}

export async function renderDyads(root, { params, stale }) {
  actorList();
  const out = h("div", { id: "dyad-out" });
  root.append(h("h1", { text: "Dyads" }),
    filterForm([
      { name: "a", label: "Actor A", list: "actor-codes", placeholder: "USA", size: 8 },
      { name: "b", label: "Actor B", list: "actor-codes", placeholder: "DEU", size: 8 },
      { name: "interval", label: "Interval", type: "select", options: ["day", "week", "month"], any: "month" },
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD", size: 10 },
      { name: "until", label: "Until", placeholder: "YYYY-MM-DD", size: 10 },
    ], params, draw, "Draw"), out);

  async function draw(p) {
    setParams("dyads", p);
    if (!p.a || !p.b) { out.replaceChildren(h("p", { class: "muted", text: "Pick two actors (codes such as USA and DEU)." }), await busiest()); return; }
    const interval = p.interval || "month";
    const series = await get(`/api/dyads/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`, { interval, since: p.since, until: p.until });
    const under = h("div", { id: "dyad-events" }, h("p", { class: "muted", text: "Click a point to list its events." }));
    const legend = h("p", { class: "chart-legend" }, h("span", { class: "key both" }), " both ", h("span", { class: "key ab" }), ` ${series.a} → ${series.b} `,
      h("span", { class: "key ba" }), ` ${series.b} → ${series.a} `, h("span", { class: "muted", text: " · bars: events per QuadClass; y: mean Goldstein (−10 conflict … +10 cooperation)" }));
    const pick = async (point, dot) => {
      for (const d of out.querySelectorAll("circle.point.picked")) d.classList.remove("picked");
      dot.classList.add("picked");
      const since = interval === "month" ? point.period : point.start;
      const found = await get(`/api/dyads/${encodeURIComponent(series.a)}/${encodeURIComponent(series.b)}/events`, { since, until: point.end, limit: 200 });
      under.replaceChildren(h("h3", { text: `${point.period}: ${point.both.events} event${point.both.events === 1 ? "" : "s"}` }), eventList(found.items));
    };
    out.replaceChildren(
      h("h2", { text: `${series.a} and ${series.b}: ${series.total.events} events` + (series.imprecise ? ` (${series.imprecise} with dates too coarse for this interval)` : "") }),
      series.points.length ? chart(series, pick) : h("p", { class: "muted", text: "No dated events between these actors." }),
      legend, totals(series), under);
  }
  await draw(params);
}
