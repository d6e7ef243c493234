"""Shared fixtures for the web tests: a store built from the example corpus plus known synthetic
articles and hostile ones, and a live uvicorn server on a free port. (No tests here.)"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from tidings.api import ingest
from tidings.ingest.ids import article_id
from tidings.models import Document
from tidings.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

N_SYNTHETIC = 40
CORPUS_SAMPLE = 12
CLUSTER_STORIES = ("a01", "a02", "a03", "d01", "d02", "d03")
BROWSER_TOKEN = "browser-test-token"
PAYLOADS = [
    '<script>window.__pwned = "script"</script>',
    '<img src=x onerror="window.__pwned = \'onerror\'">',
    '<a href="javascript:window.__pwned = \'href\'">click</a>',
    '<svg onload="window.__pwned = \'svg\'"></svg>',
]


def hostile_document() -> Document:
    """A synthetic article whose text, title, names and quote carry script payloads, each inside a finding."""
    base = synthetic.document_dict(9999, events=3, extra=" " + " ".join(PAYLOADS))
    text = base["text"]
    start = text.index(PAYLOADS[0])
    payload_actor = {**base["events"][0]["source"][0], "text": PAYLOADS[0], "start": start, "end": start + len(PAYLOADS[0]),
                     "name": PAYLOADS[1], "role": PAYLOADS[2]}
    base["actors"].append(payload_actor)
    base["events"][0]["source"] = [payload_actor]
    base["events"][0]["mode"] = PAYLOADS[3]
    second = text.index(PAYLOADS[1])
    base["quotes"].append({"text": PAYLOADS[1], "start": second, "end": second + len(PAYLOADS[1]), "kind": "direct",
                           "speaker": payload_actor, "cue": PAYLOADS[2], "sentence": 0})
    base["title"] = PAYLOADS[1] + " hostile"
    return Document.model_validate(base)


EMOJI_PREFIX = "🇺🇦🙂 Live 𝐔𝐩𝐝𝐚𝐭𝐞 😀👍🏽: "  # astral characters: two UTF-16 units each in JavaScript


def _shifted(value, by: int):
    """A Document dict with every ``start``/``end`` offset moved by ``by`` characters."""
    if isinstance(value, dict):
        return {k: v + by if k in ("start", "end") and isinstance(v, int) else _shifted(v, by) for k, v in value.items()}
    if isinstance(value, list):
        return [_shifted(v, by) for v in value]
    return value


def emoji_document() -> Document:
    """A synthetic article whose text starts with emoji and other astral characters, before every finding."""
    base = _shifted(synthetic.document_dict(9998, events=4, seed=7), len(EMOJI_PREFIX))
    base["text"] = EMOJI_PREFIX + base["text"]
    base["sentences"][0]["start"] = 0
    base["id"] = article_id(base["text"])
    base["title"] = "🙂 Emoji before the findings"
    return Document.model_validate(base)


def corpus_sample(n: int = CORPUS_SAMPLE) -> list[str]:
    """Every k-th example article, about ``n`` of them, and two whole story groups (articles reporting the same
    events, see examples/clusters.yaml, for the cluster views): the real pipeline on real text, at a bounded cost."""
    files = sorted(str(p) for p in (ROOT / "examples" / "corpus").glob("*.txt"))
    step = max(1, len(files) // n)
    sample = files[::step][:n]
    return sample + [f for f in files if Path(f).name[:3] in CLUSTER_STORIES and f not in sample]


def build_store(path: str, nlp) -> dict:
    """Corpus articles through the real pipeline, then synthetic and hostile Documents; returns what was added."""
    report = ingest(corpus_sample(), db=path, nlp=nlp)
    emoji = emoji_document()
    docs = list(synthetic.synthetic_documents(N_SYNTHETIC, events=6, seed=5)) + [emoji]
    hostile = hostile_document()
    with open_store(path) as store:
        store.write(docs + [hostile])
    return {"corpus": report.stored, "synthetic": docs, "hostile": hostile, "emoji": emoji}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, nlp):
    path = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    return path, build_store(path, nlp)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn in a background thread on 127.0.0.1:<free port>; stopped by ``stop()``."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
