// One article with every finding highlighted; hover or click one to see its fields and evidence.
import { h, clear, fields, fmt } from "../dom.js";
import { get } from "../api.js";
import { actorsText, quadLabel } from "../widgets.js";
import { reportedBy } from "./cluster.js";

const KINDS = ["event", "actor", "quote", "quantity", "place"];
const PLURAL = { event: "events", actor: "actors", quote: "quotes", quantity: "quantities", place: "places" };
const PRIORITY = { event: 0, actor: 1, quantity: 2, place: 3, quote: 4 };

// The API counts offsets in code points (Python); JavaScript strings count UTF-16 units, and every
// character outside the Basic Multilingual Plane (emoji, flags, math letters) is two of them.
// units[i] is the UTF-16 offset of code point i, so offsets stay the API's and only slicing converts.
export function unitOffsets(text) {
  const units = [0];
  let at = 0;
  for (const ch of text) { at += ch.length; units.push(at); }  // for...of walks code points
  return Uint32Array.from(units);
}

// The text between code point offsets a and b.
function slicer(text) {
  const units = unitOffsets(text);
  const last = units.length - 1;
  const slice = (a, b) => text.slice(units[Math.max(0, Math.min(a, last))], units[Math.max(0, Math.min(b, last))]);
  return { slice, length: last };
}

// Every finding as {key, kind, start, end, item}; event triggers carry the event.
export function findings(doc) {
  const out = [];
  doc.events.forEach((e) => out.push({ key: "event:" + e.id, kind: "event", start: e.trigger.start, end: e.trigger.end, item: e }));
  doc.actors.forEach((a, i) => out.push({ key: "actor:" + i, kind: "actor", start: a.start, end: a.end, item: a }));
  doc.quotes.forEach((q, i) => out.push({ key: "quote:" + i, kind: "quote", start: q.start, end: q.end, item: q }));
  doc.quantities.forEach((q, i) => out.push({ key: "quantity:" + i, kind: "quantity", start: q.start, end: q.end, item: q }));
  doc.places.forEach((p, i) => out.push({ key: "place:" + i, kind: "place", start: p.start, end: p.end, item: p }));
  return out.filter((f) => f.end > f.start);
}

// Cut the text (length: in code points) at every finding boundary; each piece knows which findings cover it.
export function segments(length, found, focus) {
  const cuts = new Set([0, length]);
  for (const f of found) { cuts.add(f.start); cuts.add(f.end); }
  if (focus) { cuts.add(focus.start); cuts.add(focus.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const cover = found.filter((f) => f.start <= start && f.end >= end);
    out.push({ start, end, cover, focus: !!focus && focus.start <= start && focus.end >= end });
  }
  return out;
}

function innermost(cover) {
  return [...cover].sort((a, b) => (a.end - a.start) - (b.end - b.start) || PRIORITY[a.kind] - PRIORITY[b.kind])[0];
}

// The sentence with the span [start, end) emphasised, as DOM.
function evidence(doc, sentence, start, end) {
  let s = doc.sentences[sentence];
  if (s && (start < s.start || start >= s.end)) s = doc.sentences[sentenceOf(doc, start)];  // the finding's own sentence
  if (!s) return h("p", { class: "muted", text: "(no sentence)" });
  const a = Math.max(s.start, Math.min(start, s.end)), b = Math.max(a, Math.min(end, s.end));
  const { slice } = doc.chars;
  return h("blockquote", { class: "evidence" }, slice(s.start, a), h("mark", { text: slice(a, b) }), slice(b, s.end));
}

function sentenceOf(doc, char) {
  let found = 0;
  doc.sentences.forEach((s, i) => { if (s.start <= char) found = i; });
  return found;
}

// event id -> {cluster_id, num_articles, num_mentions} for the events that are in a cluster.
async function clusterBriefs(ids) {
  const found = {};
  for (let i = 0; i < ids.length; i += 200) {
    const page = await get("/api/events/clusters", { ids: ids.slice(i, i + 200).join(",") }).catch(() => ({ items: {} }));
    Object.assign(found, page.items);
  }
  return found;
}

function actorName(a) {
  return a ? `${a.name}${a.country || a.code ? " (" + (a.code || a.country) + ")" : ""}` : null;
}

function describe(doc, f) {
  const x = f.item;
  if (f.kind === "event") {
    return [h("h3", { class: "k-event-title", text: `Event ${x.type}`, data: { key: f.key } }), fields([
      ["mode", x.mode], ["status", x.status], ["source → target", `${x.source.map(actorName).join(" + ") || "—"} → ${x.target.map(actorName).join(" + ") || "—"}`],
      ["date", x.date], ["location", x.location ? `${x.location.name}${x.location.country ? " (" + x.location.country + ")" : ""}` : null],
      ["quantities", x.quantities.map((q) => q.text).join("; ") || null], ["attributed to", actorName(x.attributed_to)],
      ["contexts", x.contexts.join(", ") || null], ["CAMEO", x.cameo], ["Goldstein", x.goldstein],
      ["QuadClass", x.quad_class ? `${x.quad_class} (${quadLabel(x.quad_class)})` : null], ["confidence", x.confidence], ["rule", x.rule],
      ["trigger", `“${x.trigger.text}” [${x.trigger.start}–${x.trigger.end}]`]]),
    h("h4", { text: "Evidence" }), evidence(doc, x.sentence, x.trigger.start, x.trigger.end)];
  }
  const common = [["text", `“${x.text}” [${x.start}–${x.end}]`]];
  const rows = {
    actor: () => [["name", x.name], ["kind", x.kind], ["country", x.country], ["code", x.code], ["sector", x.sector], ["role", x.role]],
    quote: () => [["kind", x.kind], ["speaker", actorName(x.speaker)], ["speaker role", x.speaker && x.speaker.role], ["cue", x.cue]],
    quantity: () => [["value", x.value], ["range", x.low !== null || x.high !== null ? `${fmt(x.low)}–${fmt(x.high)}` : null],
      ["previous", x.previous], ["unit", x.unit], ["about", x.about], ["approximate", x.approximate ? "yes" : "no"]],
    place: () => [["name", x.name], ["kind", x.kind], ["country", x.country], ["lat, lon", x.lat !== null ? `${fmt(x.lat)}, ${fmt(x.lon)}` : null], ["GeoNames id", x.geonameid]],
  }[f.kind]();
  const sentence = f.kind === "quote" ? x.sentence : sentenceOf(doc, f.start);
  return [h("h3", { class: `k-${f.kind}-title`, text: f.kind[0].toUpperCase() + f.kind.slice(1) }), fields([...rows, ...common]),
    h("h4", { text: "Evidence" }), evidence(doc, sentence, f.start, f.end)];
}

export async function renderArticle(root, { arg, params, stale }) {
  const doc = await get(`/api/articles/${encodeURIComponent(arg)}`);
  if (stale()) return;
  doc.chars = slicer(doc.text);
  const found = findings(doc);
  const byKey = new Map(found.map((f) => [f.key, f]));
  const focusEvent = params.event ? byKey.get("event:" + params.event) : null;
  const focusSentence = focusEvent ? doc.sentences[focusEvent.item.sentence]
    : params.sentence !== undefined ? doc.sentences[Number(params.sentence)] : null;
  const text = h("div", { class: "article-text", id: "article-text" });
  for (const seg of segments(doc.chars.length, found, focusSentence)) {
    const piece = doc.chars.slice(seg.start, seg.end);
    if (!seg.cover.length && !seg.focus) { text.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(seg.cover.map((f) => "k-" + f.kind))];
    const span = h("span", { class: ["seg", ...kinds, seg.focus ? "focus" : ""].join(" ").trim(),
      data: { start: seg.start, end: seg.end, f: seg.cover.map((f) => f.key).join(" ") } }, piece);
    text.appendChild(span);
  }
  const panel = h("aside", { class: "panel", id: "finding" }, h("p", { class: "muted", text: "Hover or click a highlighted span to see what was found there." }));
  const legend = h("div", { class: "legend" }, KINDS.map((k) => {
    const box = h("input", { type: "checkbox", checked: "", data: { kind: k } });
    box.addEventListener("change", () => text.classList.toggle("hide-" + k, !box.checked));
    const n = found.filter((f) => f.kind === k).length;
    return h("label", { class: "legend-" + k }, box, h("span", { class: "swatch k-" + k }), ` ${PLURAL[k]} (${n})`);
  }));
  const eventsList = h("ol", { class: "article-events" }, doc.events.map((e) => {
    const li = h("li", { data: { key: "event:" + e.id } }, h("span", { class: "etype q" + e.quad_class, text: e.type }),
      ` ${e.source.map((a) => a.name).join(" + ") || "—"} → ${e.target.map((a) => a.name).join(" + ") || "—"} (${e.status})`);
    li.addEventListener("click", () => select(byKey.get("event:" + e.id), true));
    return li;
  }));
  root.append(
    h("div", { class: "article-head" }, h("h1", { text: doc.title || "(untitled)" }),
      h("p", { class: "meta", text: [doc.published, doc.source, doc.url].filter(Boolean).join(" · ") + ` · id ${doc.id}` })),
    legend,
    h("div", { class: "article-layout" }, text, h("div", { class: "side" }, panel, h("h3", { text: `Events (${doc.events.length})` }), eventsList)));

  let pinned = null;
  function mark(f, cls) {
    for (const el of text.querySelectorAll("." + cls)) el.classList.remove(cls);
    if (!f) return;
    for (const el of text.querySelectorAll(".seg")) if (el.dataset.f.split(" ").includes(f.key)) el.classList.add(cls);
    if (f.kind === "event") {
      for (const a of [...f.item.source, ...f.item.target]) {
        for (const el of text.querySelectorAll(".seg.k-actor")) {
          if (Number(el.dataset.start) >= a.start && Number(el.dataset.end) <= a.end) el.classList.add(cls + "-rel");
        }
      }
    }
  }
  function show(f) {
    clear(panel).append(...describe(doc, f));
    if (f.kind === "event") clusterNote(f);
  }
  // "reported by N articles" under an event whose cluster spans several articles (the article's events asked at once).
  let briefs = null;
  async function clusterNote(f) {
    briefs = briefs || clusterBriefs(doc.events.map((e) => e.id));
    const link = reportedBy((await briefs)[f.item.id], f.item.id);
    const shown = panel.querySelector(".k-event-title");
    if (link && shown && shown.dataset.key === f.key && !panel.querySelector(".reported-by")) shown.after(h("p", { class: "cluster-note" }, link));
  }
  function select(f, scroll) {
    pinned = f;
    for (const el of text.querySelectorAll(".selected-rel")) el.classList.remove("selected-rel");
    mark(f, "selected");
    show(f);
    for (const li of eventsList.children) li.classList.toggle("active", li.dataset.key === f.key);
    if (scroll) { const first = text.querySelector(".selected"); if (first) first.scrollIntoView({ block: "center" }); }
  }
  text.addEventListener("mouseover", (ev) => {
    const seg = ev.target.closest(".seg");
    if (!seg || !seg.dataset.f) return;
    const f = innermost(seg.dataset.f.split(" ").map((k) => byKey.get(k)).filter((x) => x && !text.classList.contains("hide-" + x.kind)));
    if (!f) return;
    mark(f, "hover");
    if (!pinned) show(f);
  });
  text.addEventListener("mouseleave", () => { mark(null, "hover"); if (pinned) show(pinned); });
  text.addEventListener("click", (ev) => {
    const seg = ev.target.closest(".seg");
    if (!seg || !seg.dataset.f) return;
    const f = innermost(seg.dataset.f.split(" ").map((k) => byKey.get(k)).filter((x) => x && !text.classList.contains("hide-" + x.kind)));
    if (f) select(f, false);
  });
  if (focusEvent) select(focusEvent, true);
  else if (params.quote !== undefined) {
    const q = found.find((f) => f.kind === "quote" && f.start === Number(params.quote));
    if (q) select(q, true);
  } else if (focusSentence) {
    const el = text.querySelector(".focus");
    if (el) el.scrollIntoView({ block: "center" });
  }
}
