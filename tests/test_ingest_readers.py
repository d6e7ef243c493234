import io

import pytest

from tidings.ingest import read_paths
from tidings.ingest.dateline import find_dateline
from tidings.models import Article, Failure


@pytest.mark.parametrize(
    "head, expected",
    [
        ("BERLIN, 4 May 2026 — The minister", "2026-05-04"),
        ("WASHINGTON, May 4, 2026 (tidings) — Officials", "2026-05-04"),
        ("Published 2026-11-02. Officials said", "2026-11-02"),
        ("KYIV, Sept. 30, 2026 — ", "2026-09-30"),
        ("No date here at all.", None),
        ("BERLIN, 31 February 2026 — impossible date", None),
    ],
)
def test_dateline_reads_common_formats(head, expected):
    assert find_dateline(head) == expected


def _read(tmp_path, name, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_paths([str(path)], **kw))


def test_text_reader_takes_first_line_as_title_and_dateline_as_date(tmp_path):
    [article] = _read(tmp_path, "a.txt", "Troops leave\n\nBERLIN, 4 May 2026 — Text.\n".encode())
    assert isinstance(article, Article)
    assert article.title == "Troops leave"
    assert article.text == "BERLIN, 4 May 2026 — Text."
    assert article.published == "2026-05-04"


def test_text_reader_published_option_beats_dateline(tmp_path):
    [article] = _read(tmp_path, "a.txt", b"T\n\nBERLIN, 4 May 2026 - x", published="2026-01-02")
    assert article.published == "2026-01-02"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("bin.txt", b"\x00\x01\x02binary\x00", "binary"),
        ("bad.csv", b"a,b", "unsupported file type"),
        ("bad16.txt", b"\xff\xfe\x00\xd8", "utf-16"),
    ],
)
def test_readers_name_the_file_and_reason_for_bad_input(tmp_path, name, data, reason):
    [failure] = _read(tmp_path, name, data)
    assert isinstance(failure, Failure)
    assert failure.path.endswith(name)
    assert reason in failure.reason.lower()


def test_missing_path_is_a_failure_not_a_crash():
    [failure] = list(read_paths(["/nonexistent/article.txt"]))
    assert "no such file" in failure.reason


def test_jsonl_keeps_ids_and_reports_malformed_line_by_number(tmp_path):
    data = b'{"id": "a1", "text": "One.", "published": "2026-03-01"}\n{broken\n{"id": "a3", "text": "Three."}\n'
    results = _read(tmp_path, "in.jsonl", data)
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert results[0].id == "a1" and results[0].published == "2026-03-01"
    assert results[1].path.endswith("in.jsonl:2") and "malformed JSON" in results[1].reason
    assert results[2].id == "a3"


def test_latin1_text_is_read_with_a_warning(tmp_path, caplog):
    [article] = _read(tmp_path, "l1.txt", "Title\n\nMünchen and Zürich".encode("latin-1"))
    assert article.text == "München and Zürich"
    assert "Windows-1252" in caplog.text


def test_utf16_with_bom_is_read(tmp_path):
    [article] = _read(tmp_path, "u16.txt", "Title\n\nKyiv said".encode("utf-16"))
    assert article.text == "Kyiv said"


def test_html_reader_gets_text_title_url_and_date(tmp_path):
    html = (
        "<html><head><title>Ministers meet</title><link rel='canonical' href='https://news.example/a'>"
        "<meta property='article:published_time' content='2026-05-04'></head><body><article>"
        "<h1>Ministers meet</h1><p>" + "The foreign ministers of France and Germany met in Paris on Monday. " * 4
        + "</p></article></body></html>"
    )
    [article] = _read(tmp_path, "a.html", html.encode())
    assert article.title == "Ministers meet"
    assert article.url == "https://news.example/a"
    assert article.published == "2026-05-04"
    assert article.text.startswith("The foreign ministers")


def test_directories_are_read_recursively_in_stable_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B\n\nbody b")
    (tmp_path / "sub" / "a.txt").write_text("A\n\nbody a")
    (tmp_path / "notes.csv").write_text("ignored in directories")
    results = list(read_paths([str(tmp_path)]))
    assert [r.title for r in results] == ["B", "A"]


def test_stdin_reads_text_or_jsonl():
    [text] = list(read_paths(["-"], stdin=io.StringIO("Title\n\nBody text")))
    assert text.title == "Title"
    [rec] = list(read_paths(["-"], stdin=io.StringIO('{"id": "x", "text": "Hi"}\n')))
    assert rec.id == "x"
