// Quotes: search by speaker or words; each quote opens its article with the quote selected.
import { h, fmt } from "../dom.js";
import { get } from "../api.js";
import { setParams } from "../main.js";
import { filterForm, pager, articleLink } from "../widgets.js";

export async function renderQuotes(root, { params, stale }) {
  const out = h("div", { id: "quotes-out" });
  root.append(h("h1", { text: "Quotes" }),
    filterForm([{ name: "speaker", label: "Speaker" }, { name: "text", label: "Words" },
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD", size: 10 }, { name: "until", label: "Until", placeholder: "YYYY-MM-DD", size: 10 }],
    params, (data) => load({ ...data, offset: 0 }), "Search"), out);
  async function load(p) {
    setParams("quotes", p);
    out.dataset.loading = "1";
    const page = await get("/api/quotes", { ...p, limit: 30 });
    if (stale()) return;
    out.replaceChildren(
      page.items.length ? h("ul", { class: "quotes" }, page.items.map((q) => h("li", { class: "quote-card" },
        h("blockquote", { text: `“${q.text}”` }),
        h("p", { class: "who" }, h("b", { text: q.speaker || "unattributed" }),
          q.speaker_role || q.speaker_country ? h("span", { class: "muted", text: ` ${[q.speaker_role, q.speaker_country].filter(Boolean).join(", ")}` }) : null,
          h("span", { class: "muted", text: ` · ${q.kind}${q.cue ? " · " + q.cue : ""} · ${fmt(q.published)} · ` }),
          articleLink(q.article_id, { quote: q.start }, "in the article"))))) : h("p", { class: "muted", text: "No quotes match." }),
      pager(page, (offset) => load({ ...p, offset })));
    out.dataset.loading = "0";
  }
  await load({ ...params, offset: Number(params.offset || 0) });
}
