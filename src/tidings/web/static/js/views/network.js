// Network: actors on a circle, directed edges coloured by mean Goldstein and as thick as their event count.
import { h, s, fmt, goldsteinColor } from "../dom.js";
import { get } from "../api.js";
import { setParams } from "../main.js";
import { filterForm } from "../widgets.js";

const SIZE = 780, R = 290, C = SIZE / 2, MAX_NODES = 40;

function layout(nodes) {
  const pos = new Map();
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos.set(n.id, { x: C + R * Math.cos(angle), y: C + R * Math.sin(angle), angle });
  });
  return pos;
}

// A curve bent to the left of its direction, so A→B and B→A stay apart.
function curve(a, b) {
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1, bend = Math.min(40, len / 5);
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${(mx - (dy / len) * bend).toFixed(1)},${(my + (dx / len) * bend).toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
}

// A label on the node's radius, outside the circle: neighbours never overlap, and the left half reads left to right.
function label(text, p) {
  const deg = (p.angle * 180) / Math.PI, left = Math.cos(p.angle) < 0;
  const x = C + (R + 16) * Math.cos(p.angle), y = C + (R + 16) * Math.sin(p.angle);
  return s("text", { x: x.toFixed(1), y: y.toFixed(1), dy: "0.35em", "text-anchor": left ? "end" : "start",
    transform: `rotate(${(left ? deg + 180 : deg).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})`, text });
}

function graph(net) {
  // the busiest actors, placed in alphabetical order so the hubs spread round the circle
  const nodes = net.nodes.slice(0, MAX_NODES).sort((a, b) => a.id.localeCompare(b.id));
  const keep = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const pos = layout(nodes);
  const maxE = Math.max(1, ...edges.map((e) => e.events)), maxN = Math.max(1, ...nodes.map((n) => n.events));
  const svg = s("svg", { class: "network", viewBox: `0 0 ${SIZE} ${SIZE}`, role: "img" },
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 16, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: "#666" }))));
  const edgeLayer = s("g", { class: "edges" }), nodeLayer = s("g", { class: "nodes" });
  for (const e of edges) {
    const path = s("path", { class: "edge", d: curve(pos.get(e.source), pos.get(e.target)), stroke: goldsteinColor(e.mean_goldstein),
      "stroke-width": (0.8 + 6 * Math.sqrt(e.events / maxE)).toFixed(2), "marker-end": "url(#arrow)", data: { source: e.source, target: e.target } },
    s("title", { text: `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict), mean Goldstein ${fmt(e.mean_goldstein)}` }));
    path.addEventListener("click", () => { location.hash = `#/dyads?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}`; });
    edgeLayer.append(path);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const g = s("g", { class: "node", data: { id: n.id } },
      s("circle", { cx: p.x, cy: p.y, r: 3 + 8 * Math.sqrt(n.events / maxN) }, s("title", { text: `${n.name} (${n.id}): ${n.events} events` })),
      label(n.id, p));
    g.addEventListener("mouseenter", () => {
      svg.classList.add("focus");
      for (const el of edgeLayer.querySelectorAll(".edge")) el.classList.toggle("lit", el.dataset.source === n.id || el.dataset.target === n.id);
    });
    g.addEventListener("mouseleave", () => svg.classList.remove("focus"));
    nodeLayer.append(g);
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}

export async function renderNetwork(root, { params, stale }) {
  const out = h("div", { id: "network-out" });
  root.append(h("h1", { text: "Network" }),
    filterForm([{ name: "since", label: "Since", placeholder: "YYYY-MM-DD", size: 10 }, { name: "until", label: "Until", placeholder: "YYYY-MM-DD", size: 10 },
      { name: "min_events", label: "Min. events", type: "number", min: 1, size: 5 }], params, load, "Show"), out);
  async function load(p) {
    setParams("network", p);
    const net = await get("/api/network", { since: p.since, until: p.until, min_events: p.min_events || 1, max_edges: 400 });
    if (stale()) return;
    out.replaceChildren(
      h("p", { class: "muted", text: `${net.nodes.length} actors (the ${Math.min(MAX_NODES, net.nodes.length)} busiest drawn), ${net.edges.length} directed edges. Edge colour: mean Goldstein (red conflict, green cooperation); width: events. Click an edge for its dyad.` }),
      h("div", { class: "network-layout" },
      net.edges.length ? graph(net) : h("p", { class: "muted", text: "No edges in this window." }),
      h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Source", "Target", "Events", "Coop.", "Confl.", "Mean Goldstein"].map((c) => h("th", { text: c })))),
        h("tbody", {}, net.edges.slice(0, 30).map((e) => h("tr", {}, h("td", {}, h("a", { href: `#/dyads?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}`, text: e.source })),
          h("td", { text: e.target }), h("td", { class: "num", text: e.events }), h("td", { class: "num", text: e.cooperation }),
          h("td", { class: "num", text: e.conflict }), h("td", { class: "num", text: fmt(e.mean_goldstein) })))))));
  }
  await load(params);
}
