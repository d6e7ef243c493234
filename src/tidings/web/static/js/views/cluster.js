// One event cluster: the same real-world event as each article reported it, with the sentence and its trigger.
import { h, fmt, goldsteinInk } from "../dom.js";
import { get } from "../api.js";
import { actorsText, articleLink, quadLabel } from "../widgets.js";
import { unitOffsets } from "./article.js";

// The sentence with the trigger marked; offsets are code points into the article, the sentence starts at sentence_start.
function sentenceWithTrigger(m) {
  const text = m.sentence_text || "";
  const units = unitOffsets(text);
  const last = units.length - 1;
  const at = (i) => units[Math.max(0, Math.min(i - m.sentence_start, last))];
  const [a, b] = [at(m.trigger_start), at(m.trigger_end)];
  return h("blockquote", { class: "evidence" }, text.slice(0, a), h("mark", { text: text.slice(a, b) }), text.slice(b));
}

function mentionItem(m, origin) {
  const label = m.title || "(untitled)";
  return h("li", { class: "mention" + (m.event_id === origin ? " origin" : ""), data: { event: m.event_id, article: m.article_id } },
    h("div", { class: "mention-head" }, articleLink(m.article_id, { event: m.event_id }, label),
      h("span", { class: "muted", text: " · " + [m.publisher, m.published].filter(Boolean).join(" · ") + ` · sentence ${m.sentence + 1}` }),
      m.event_id === origin ? h("span", { class: "badge", text: "you came from here" }) : null),
    sentenceWithTrigger(m));
}

// A link to the cluster view for an event's cluster, when more than one article reported it (else null).
export function reportedBy(brief, eventId) {
  if (!brief || brief.num_articles < 2) return null;
  const q = eventId ? "?event=" + encodeURIComponent(eventId) : "";
  return h("a", { class: "reported-by", href: `#/cluster/${encodeURIComponent(brief.cluster_id || brief.id)}${q}`,
    text: `reported by ${brief.num_articles} articles` });
}

export async function renderCluster(root, { arg, params, stale }) {
  const found = await get(`/api/clusters/${encodeURIComponent(arg)}`);
  if (stale()) return;
  const c = found.cluster;
  const articles = new Set(found.mentions.map((m) => m.article_id)).size;
  root.append(
    h("h1", {}, h("span", { class: "etype q" + c.quad_class, text: c.type }), ` ${actorsText(c.source, c.source_names)} → ${actorsText(c.target, c.target_names)}`),
    h("p", { class: "meta muted", text: `${fmt(c.date)} · ${c.status} · ${quadLabel(c.quad_class)} · ` },
      h("span", { style: { color: goldsteinInk(c.goldstein) }, text: `Goldstein ${fmt(c.goldstein, 1)}` }),
      ` · reported by ${articles} article${articles === 1 ? "" : "s"} in ${found.mentions.length} mention${found.mentions.length === 1 ? "" : "s"}`),
    h("ol", { class: "mentions", id: "cluster-mentions" }, found.mentions.map((m) => mentionItem(m, params.event))));
}
