// Events: a filterable, sortable, paginated table; each row opens its article at the sentence.
import { h, fmt, goldsteinInk } from "../dom.js";
import { get } from "../api.js";
import { setParams } from "../main.js";
import { filterForm, pager, actorList, actorsText, quadLabel, STATUSES } from "../widgets.js";
import { reportedBy } from "./cluster.js";

const COLUMNS = [
  { key: "date", label: "Date", sort: "date" },
  { key: "type", label: "Type", sort: "type" },
  { key: "source", label: "Source", sort: "source" },
  { key: "trigger_text", label: "Trigger", sort: "trigger_text" },
  { key: "target", label: "Target", sort: "target" },
  { key: "status", label: "Status", sort: "status" },
  { key: "goldstein", label: "Goldstein", sort: "goldstein" },
  { key: "quad_class", label: "Quad", sort: "quad_class" },
  { key: "location", label: "Location" },
  { key: "confidence", label: "Conf.", sort: "confidence" },
  { key: "reports", label: "Reports" },
];
const PAGE = 50;

function cell(e, key) {
  switch (key) {
    case "source": return h("td", { text: actorsText(e.source, e.source_names) });
    case "target": return h("td", { text: actorsText(e.target, e.target_names) });
    case "type": return h("td", {}, h("span", { class: "etype q" + e.quad_class, text: e.type }));
    case "goldstein": return h("td", { class: "num", style: { color: goldsteinInk(e.goldstein) }, text: fmt(e.goldstein, 1) });
    case "quad_class": return h("td", { title: quadLabel(e.quad_class), text: e.quad_class });
    case "confidence": return h("td", { class: "num", text: fmt(e.confidence) });
    case "date": return h("td", { class: "nowrap", text: fmt(e.date) });
    case "reports": return h("td", { class: "reports nowrap" });
    default: return h("td", { text: fmt(e[key]) });
  }
}

export async function renderEvents(root, { params, stale }) {
  const summary = await get("/api/summary");
  if (stale()) return;
  actorList();
  const state = { ...params };
  const table = h("div", { id: "events-table" });
  root.append(
    h("h1", { text: "Events" }),
    filterForm([
      { name: "actor", label: "Actor", list: "actor-codes", placeholder: "DEU", size: 8 },
      { name: "type", label: "Type", type: "select", options: summary.events_by_type.map((t) => t.key).sort() },
      { name: "status", label: "Status", type: "select", options: STATUSES },
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD", size: 10 },
      { name: "until", label: "Until", placeholder: "YYYY-MM-DD", size: 10 },
      { name: "text", label: "Trigger words" },
    ], state, (data) => load({ ...data, sort: state.sort, order: state.order, offset: 0 })),
    table);

  async function load(p) {
    Object.keys(state).forEach((k) => delete state[k]);
    Object.assign(state, p);
    setParams("events", state);
    table.dataset.loading = "1";
    const page = await get("/api/events", { ...state, limit: PAGE });
    const head = h("tr", {}, COLUMNS.map((c) => {
      if (!c.sort) return h("th", { text: c.label });
      const active = state.sort === c.sort;
      const arrow = active ? (state.order === "asc" ? " ▲" : " ▼") : "";
      const th = h("th", { class: "sortable" + (active ? " sorted" : ""), data: { sort: c.sort }, text: c.label + arrow });
      th.addEventListener("click", () => load({ ...state, sort: c.sort, order: active && state.order !== "asc" ? "asc" : "desc", offset: 0 }));
      return th;
    }));
    const rows = page.items.map((e) => {
      const tr = h("tr", { class: "clickable", data: { id: e.id, article: e.article_id } }, COLUMNS.map((c) => cell(e, c.key)));
      tr.addEventListener("click", () => { location.hash = `#/article/${encodeURIComponent(e.article_id)}?event=${encodeURIComponent(e.id)}`; });
      return tr;
    });
    table.replaceChildren(
      page.items.length ? h("table", { class: "grid events" }, h("thead", {}, head), h("tbody", {}, rows))
        : h("p", { class: "muted", text: "No events match these filters." }),
      pager(page, (offset) => load({ ...state, offset })));
    table.dataset.loading = "0";
    await fillReports(table, page.items);
  }
  await load({ ...params, offset: Number(params.offset || 0) });
}

// The Reports column: "reported by N articles" (a link to the cluster) for events that several articles report.
async function fillReports(table, items) {
  if (!items.length) return;
  const found = await get("/api/events/clusters", { ids: items.map((e) => e.id).join(",") }).catch(() => ({ items: {} }));
  for (const tr of table.querySelectorAll("tbody tr")) {
    const link = reportedBy(found.items[tr.dataset.id], tr.dataset.id);
    const td = tr.querySelector("td.reports");
    if (!link || !td) continue;
    link.addEventListener("click", (ev) => ev.stopPropagation());  // the row itself opens the article
    td.appendChild(link);
  }
  table.dataset.reports = "1";
}
