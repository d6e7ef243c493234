// Pieces shared by the views: filter forms, pagers, actor pickers, event tables.
import { h, fmt } from "./dom.js";
import { get } from "./api.js";

export const STATUSES = ["asserted", "reported", "planned", "threatened", "hypothetical", "negated"];

// A filter form: fields [{name, label, type: "text"|"date"|"select"|"number", options, list, placeholder}].
export function filterForm(fieldsSpec, values, onSubmit, submitLabel = "Apply") {
  const form = h("form", { class: "filters" });
  for (const f of fieldsSpec) {
    let input;
    if (f.type === "select") {
      input = h("select", { name: f.name }, h("option", { value: "", text: f.any || "any" }),
        f.options.map((o) => h("option", { value: o, text: o })));
      input.value = values[f.name] || "";
    } else {
      input = h("input", { name: f.name, type: f.type === "number" ? "number" : "text", placeholder: f.placeholder || "",
        list: f.list || null, min: f.min, size: f.size || 12 });
      input.value = values[f.name] || "";
    }
    form.appendChild(h("label", {}, h("span", { text: f.label }), input));
  }
  form.appendChild(h("button", { type: "submit", text: submitLabel }));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) data[k] = String(v).trim();
    onSubmit(data);
  });
  return form;
}

export function pager(page, onMove) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.items.length;
  const prev = h("button", { type: "button", class: "prev", text: "← previous", disabled: page.offset === 0 ? "" : null });
  const next = h("button", { type: "button", class: "next", text: "next →", disabled: last >= page.total ? "" : null });
  prev.addEventListener("click", () => onMove(Math.max(0, page.offset - page.limit)));
  next.addEventListener("click", () => onMove(page.offset + page.limit));
  return h("div", { class: "pager" }, prev, h("span", { class: "range", text: `${first}–${last} of ${page.total}` }), next);
}

// A <datalist> of actor codes (busiest first), shared by every actor input on the page.
export async function actorList(id = "actor-codes") {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const list = h("datalist", { id });
  document.body.appendChild(list);
  const page = await get("/api/actors", { limit: 500 });
  for (const a of page.items) list.appendChild(h("option", { value: a.code, text: `${a.name} (${a.events})` }));
  return list;
}

export function actorsText(codes, names) {
  if (!codes || !codes.length) return "—";
  return codes.map((c, i) => (names && names[i] && names[i] !== c ? `${names[i]} (${c})` : c)).join(" + ");
}

export function quadLabel(q) {
  return { 1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict" }[q] || fmt(q);
}

export function articleLink(articleId, params, label) {
  const q = new URLSearchParams(params || {}).toString();
  return h("a", { href: `#/article/${encodeURIComponent(articleId)}${q ? "?" + q : ""}`, text: label });
}

// A simple list of events (used under a dyad point and in the network view).
export function eventList(items) {
  if (!items.length) return h("p", { class: "muted", text: "No events." });
  return h("ul", { class: "event-list" }, items.map((e) => h("li", {},
    h("span", { class: "date", text: fmt(e.date) }), " ",
    h("span", { class: "etype q" + e.quad_class, text: e.type }), " ",
    h("span", { text: `${actorsText(e.source)} → ${actorsText(e.target)}: ` }),
    articleLink(e.article_id, { event: e.id }, `“${e.trigger_text}”`),
    h("span", { class: "muted", text: ` (${e.status}, Goldstein ${fmt(e.goldstein, 1)})` }))));
}
