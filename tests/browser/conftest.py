"""Browser fixtures: the web store, a live uvicorn server, and Debian Chromium driven by Playwright."""

from __future__ import annotations

import shutil

import pytest

from test_web_support import BROWSER_TOKEN, ROOT, LiveServer, web_db  # noqa: F401  (web_db is a fixture)
from tidings.web import create_app

SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live(web_db, nlp):  # noqa: F811
    path, known = web_db
    server = LiveServer(create_app(path, token=BROWSER_TOKEN, nlp=nlp)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("Debian chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A browser tab on the live server that records page errors and dialogs."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, hash_: str) -> None:
        if self.page.url.startswith(self.base):  # a hash change keeps the document: mark it not ready first
            self.page.evaluate("() => { document.body.dataset.ready = '0'; }")
        self.page.goto(f"{self.base}/{hash_}")
        self.ready()

    def ready(self) -> None:
        self.page.wait_for_selector("body[data-ready='1']", timeout=20_000)

    def shot(self, name: str) -> str:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        return str(path)


@pytest.fixture
def tab(browser, live):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    wrapped = Page(page, live.url)
    yield wrapped
    context.close()
    assert not wrapped.dialogs, wrapped.dialogs
