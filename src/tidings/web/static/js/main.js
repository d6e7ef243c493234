// The page's router: #/<view>[/<id>][?params]. Each view renders into <main id="view">.
import { h, clear } from "./dom.js";
import { renderHome } from "./views/home.js";
import { renderArticle } from "./views/article.js";
import { renderEvents } from "./views/events.js";
import { renderDyads } from "./views/dyads.js";
import { renderNetwork } from "./views/network.js";
import { renderMap } from "./views/map.js";
import { renderQuotes } from "./views/quotes.js";
import { renderCluster } from "./views/cluster.js";

const VIEWS = {
  "": renderHome, article: renderArticle, events: renderEvents, dyads: renderDyads,
  network: renderNetwork, map: renderMap, quotes: renderQuotes, cluster: renderCluster,
};

export function parseHash(hash) {
  const raw = (hash || "").replace(/^#\/?/, "");
  const [path, qs] = raw.split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || "", arg: parts[1] || null, params: Object.fromEntries(new URLSearchParams(qs || "")) };
}

// Change the hash without re-rendering (the view already shows this state).
export function setParams(view, params, arg) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const path = "#/" + view + (arg ? "/" + encodeURIComponent(arg) : "") + (q.toString() ? "?" + q : "");
  if (location.hash !== path) history.replaceState(null, "", path);
}

let current = 0;

async function route() {
  const { view, arg, params } = parseHash(location.hash);
  const render = VIEWS[view];
  const root = clear(document.getElementById("view"));
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === (view || "home"));
  const ticket = ++current;
  document.body.dataset.view = view || "home";
  document.body.dataset.ready = "0";
  if (!render) {
    root.appendChild(h("p", { class: "error", text: "No such view: " + view }));
    return;
  }
  try {
    await render(root, { arg, params, stale: () => ticket !== current });
  } catch (err) {
    root.appendChild(h("p", { class: "error", text: "Could not load: " + err.message }));
  }
  if (ticket === current) document.body.dataset.ready = "1";
}

window.addEventListener("hashchange", route);
route();  // module scripts run once the document is parsed
