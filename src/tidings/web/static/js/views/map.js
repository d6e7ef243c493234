// Map: event locations on a world map drawn from the shipped Natural Earth boundaries (no tile server).
import { h, s, fmt, goldsteinColor } from "../dom.js";
import { get } from "../api.js";
import { setParams } from "../main.js";
import { filterForm, actorList } from "../widgets.js";

const W = 960, H = 500;
let world = null;

async function loadWorld() {
  if (!world) {
    const response = await fetch("/static/vendor/countries-110m.json");
    const topo = await response.json();
    world = window.topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

function draw(countries, found) {
  const d3 = window.d3;
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const perCountry = new Map(found.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const maxC = Math.max(1, ...found.countries.map((c) => c.events));
  const svg = s("svg", { class: "world", viewBox: `0 0 ${W} ${H}`, role: "img" },
    s("path", { class: "sphere", d: path({ type: "Sphere" }) }),
    s("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
  for (const f of countries.features) {
    const c = perCountry.get(String(f.id).padStart(3, "0"));
    const shade = c ? 0.15 + 0.75 * Math.sqrt(c.events / maxC) : 0;
    const el = s("path", { class: c ? "country has-events" : "country", d: path(f) || "", data: { id: f.id } },
      s("title", { text: `${f.properties.name}${c ? `: ${c.events} events, mean Goldstein ${fmt(c.mean_goldstein)}` : ""}` }));
    if (c) el.style.setProperty("fill-opacity", shade.toFixed(2));
    svg.append(el);
  }
  const maxP = Math.max(1, ...found.places.map((p) => p.events));
  for (const p of found.places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    svg.append(s("circle", { class: "place", cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (2.5 + 12 * Math.sqrt(p.events / maxP)).toFixed(1),
      fill: goldsteinColor(p.mean_goldstein), data: { name: p.name } },
    s("title", { text: `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events, mean Goldstein ${fmt(p.mean_goldstein)}` })));
  }
  return svg;
}

export async function renderMap(root, { params, stale }) {
  actorList();
  const out = h("div", { id: "map-out" });
  root.append(h("h1", { text: "Map" }),
    filterForm([{ name: "actor", label: "Actor", list: "actor-codes", size: 8 }, { name: "type", label: "Type", size: 10 },
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD", size: 10 }, { name: "until", label: "Until", placeholder: "YYYY-MM-DD", size: 10 }], params, load, "Show"), out);
  async function load(p) {
    setParams("map", p);
    const [countries, found] = await Promise.all([loadWorld(), get("/api/map", { ...p, limit: 1000 })]);
    if (stale()) return;
    out.replaceChildren(draw(countries, found),
      h("p", { class: "muted", text: "Circles: event locations (size: events, colour: mean Goldstein). Countries shaded by events located in them. Boundaries: Natural Earth 1:110m via world-atlas." }),
      h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Place", "Country", "Events", "Mean Goldstein"].map((c) => h("th", { text: c })))),
        h("tbody", {}, found.places.slice(0, 25).map((p) => h("tr", {}, h("td", { text: p.name }), h("td", { text: fmt(p.country) }),
          h("td", { class: "num", text: p.events }), h("td", { class: "num", text: fmt(p.mean_goldstein) }))))));
  }
  await load(params);
}
