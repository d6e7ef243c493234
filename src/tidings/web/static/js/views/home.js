// The front page: what is in the store, and the articles (searchable, newest first).
import { h, fmt } from "../dom.js";
import { get } from "../api.js";
import { setParams } from "../main.js";
import { filterForm, pager, articleLink } from "../widgets.js";

export async function renderHome(root, { params, stale }) {
  const summary = await get("/api/summary");
  if (stale()) return;
  const counts = ["articles", "events", "quotes", "quantities", "places"].map((k) =>
    h("div", { class: "stat" }, h("b", { text: fmt(summary[k]) }), h("span", { text: k })));
  const types = h("ul", { class: "chips" }, summary.events_by_type.map((t) =>
    h("li", {}, h("a", { href: `#/events?type=${encodeURIComponent(t.key)}`, text: `${t.key} ${t.n}` }))));
  const actors = h("ul", { class: "chips" }, summary.top_actors.map((a) =>
    h("li", {}, h("a", { href: `#/events?actor=${encodeURIComponent(a.key)}`, text: `${a.key} ${a.n}` }))));
  const list = h("div", { id: "article-list" });
  root.append(
    h("section", { class: "summary" }, h("div", { class: "stats" }, counts),
      h("h3", { text: "Event types" }), types, h("h3", { text: "Busiest actors" }), actors),
    h("h2", { text: "Articles" }),
    filterForm([{ name: "text", label: "Title words" }, { name: "since", label: "Since", placeholder: "YYYY-MM-DD" },
      { name: "until", label: "Until", placeholder: "YYYY-MM-DD" }], params, (data) => load({ ...data, offset: 0 }), "Search"),
    list);

  async function load(p) {
    setParams("", p);
    const page = await get("/api/articles", { ...p, limit: 25 });
    list.replaceChildren(
      h("table", { class: "grid" },
        h("thead", {}, h("tr", {}, ["Published", "Title", "Source", "Events", "Quotes"].map((c) => h("th", { text: c })))),
        h("tbody", {}, page.items.map((a) => h("tr", {},
          h("td", { text: fmt(a.published) }), h("td", {}, articleLink(a.id, {}, a.title || a.id)),
          h("td", { text: fmt(a.source) }), h("td", { class: "num", text: a.n_events }), h("td", { class: "num", text: a.n_quotes }))))),
      pager(page, (offset) => load({ ...p, offset })));
  }
  await load(params);
}
