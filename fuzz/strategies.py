"""Hypothesis strategies that produce reader input: raw bytes, HTML-ish pages and JSONL-ish feeds."""

from __future__ import annotations

import json

from hypothesis import strategies as st

TAGS = ["html", "head", "body", "title", "p", "div", "article", "script", "style", "b", "i", "span", "br", "meta",
        "a", "table", "tr", "td", "h1", "nav", "footer", "!--", "![CDATA[", "?xml"]
SNIPPETS = ["Germany", "said", "troops", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "\x00", "\ufeff", "\ud7ff", "é", "\u2028",
            "<", ">", '"', "'", "=", "/", "charset=utf-16", "charset=iso-8859-1", "charset=bogus", " ", "\n"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "utf-32"]


@st.composite
def encoded(draw, text_strategy):
    text = draw(text_strategy)
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="ignore")


def _tag(name: str, attrs: str) -> str:
    return f"<{name}{attrs}>"


html_text = st.lists(
    st.one_of(
        st.builds(_tag, st.sampled_from(TAGS), st.sampled_from(["", " charset='latin-1'", ' a="x', " /"])),
        st.builds(lambda n: f"</{n}>", st.sampled_from(TAGS)),
        st.sampled_from(SNIPPETS),
        st.text(max_size=30),
    ),
    max_size=200,
).map("".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values, "text": st.text(max_size=200) | json_values, "published": json_values,
                  "title": json_values, "url": json_values, "source": json_values, "author": json_values},
)


@st.composite
def jsonl_bytes(draw):
    lines = draw(st.lists(st.one_of(st.tuples(records, st.booleans()).map(lambda rb: json.dumps(rb[0], ensure_ascii=rb[1])),
                                    st.text(max_size=60), st.sampled_from(["{", "[" * 3000, "}", "\"", ""])),
                          max_size=8))
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()):
        data = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"])) + data + draw(st.binary(max_size=8))
    return data


INPUTS = {
    "text": st.one_of(st.binary(max_size=2000), encoded(st.text(max_size=500))),
    "html": st.one_of(st.binary(max_size=2000), encoded(html_text)),
    "jsonl": st.one_of(st.binary(max_size=2000), jsonl_bytes()),
}
