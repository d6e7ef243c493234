"""Hostile input at the reader level: every case is read or refused with a reason, nothing crashes.

Small cases are committed under tests/data/hostile/ (expectations in cases.csv, the same table as
docs/hostile-input.md); big or file-system cases (50 MB file, 100k nested tags, symlinks, FIFOs,
odd names) are generated here.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import time

import pytest

from factories import refuse_to_list, refuse_to_open
from tidings.config import Settings
from tidings.ingest import read_paths
from tidings.ingest.text import decode, normalize
from tidings.models import Article, Failure

HOSTILE = os.path.join(os.path.dirname(__file__), "data", "hostile")
CASES = list(csv.DictReader(open(os.path.join(HOSTILE, "cases.csv"), encoding="utf-8")))


def _key(path: str) -> str:
    return path[len(HOSTILE) + 1 :] if path.startswith(HOSTILE) else path


@pytest.fixture(scope="module")
def read_results() -> dict[str, Article | Failure]:
    return {_key(r.path): r for r in read_paths([HOSTILE])}


def test_hostile_every_committed_file_has_a_case():
    files = {f for f in os.listdir(HOSTILE) if f != "cases.csv" and os.path.isfile(os.path.join(HOSTILE, f))}
    assert files == {c["input"].split(":")[0] for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c["input"] for c in CASES])
def test_hostile_committed_case_reads_as_documented(read_results, case):
    result = read_results[case["input"]]
    if case["read"] == "article":
        assert isinstance(result, Article), getattr(result, "reason", "")
        assert result.text == normalize(result.text)
        if case["stored"] == "yes":  # otherwise "expect" is the pipeline's reason (test_hostile_pipeline)
            assert case["expect"] in result.text
    else:
        assert isinstance(result, Failure)
        assert case["expect"] in result.reason


def _one(path, **settings) -> Article | Failure:
    [result] = list(read_paths([str(path)], settings=Settings(**settings)))
    return result


def test_hostile_50mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.write(b"The minister said. " * 1000)
        handle.truncate(50 * 1024 * 1024)
    reads = []
    real_open = open

    def spy_open(file, mode="r", *args, **kw):
        handle = real_open(file, mode, *args, **kw)
        if str(file) == str(big):
            reads.append(mode)
        return handle

    monkeypatch.setattr("builtins.open", spy_open)
    start = time.monotonic()
    result = _one(big)
    assert isinstance(result, Failure) and "file too large: 52428800 bytes" in result.reason
    assert time.monotonic() - start < 1.0


def test_hostile_size_limit_is_configurable(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\n" + "Troops withdrew. " * 100)
    assert isinstance(_one(path, max_bytes=10_000), Article)
    assert "limit 1000" in _one(path, max_bytes=1000).reason


def test_hostile_jsonl_line_over_the_limit_fails_alone_and_the_file_streams_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    long_line = '{"id": "long", "text": "' + "x " * 5000 + '"}'
    path.write_text('{"id": "a", "text": "First."}\n' + long_line + '\n{"id": "b", "text": "Third."}\n')
    results = list(read_paths([str(path)], settings=Settings(max_bytes=1000)))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert results[1].path.endswith("feed.jsonl:2") and "line too long" in results[1].reason
    assert results[2].id == "b"


def test_hostile_utf16_jsonl_is_read(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"id": "w1", "text": "Chile and Peru signed a trade deal."}\n{"id": "w2", "text": "Two."}\n'.encode("utf-16"))
    assert [r.id for r in read_paths([str(path)])] == ["w1", "w2"]


@pytest.mark.parametrize("depth", [300, 100_000])
def test_hostile_deeply_nested_html_is_read_as_flat_text(tmp_path, depth):
    path = tmp_path / "nested.html"
    body = "<p>Lithuania asked NATO for more air defence on Monday, the defence ministry said.</p>"
    path.write_text("<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>")
    result = _one(path)
    assert isinstance(result, Article)
    assert "Lithuania asked NATO" in result.text


def test_hostile_unclosed_nested_tags_do_not_crash(tmp_path):
    path = tmp_path / "unclosed.html"
    path.write_text("<html><body>" + "<b><i>" * 50_000 + "Kenya and Ethiopia agreed to reopen the border.")
    result = _one(path)
    assert isinstance(result, (Article, Failure))


def test_hostile_symlinks_are_followed_once_and_loops_end(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("T\n\nSerbia and Kosovo resumed talks in Brussels.")
    (corpus / "link-to-a.txt").symlink_to(corpus / "sub" / "a.txt")
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "broken.txt").symlink_to(tmp_path / "missing.txt")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "b.txt").write_text("T\n\nGhana and Togo signed a border agreement.")
    (corpus / "elsewhere").symlink_to(outside, target_is_directory=True)
    results = list(read_paths([str(corpus)]))
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert sorted(a.text for a in articles) == [
        "Ghana and Togo signed a border agreement.", "Serbia and Kosovo resumed talks in Brussels."]
    assert [(os.path.basename(f.path), f.reason) for f in failures] == [("broken.txt", "broken symbolic link")]


def test_hostile_symlinks_can_be_refused(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "real.txt").write_text("T\n\nPeru recalled its ambassador.")
    (corpus / "link.txt").symlink_to(tmp_path / "real.txt")
    (corpus / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    results = list(read_paths([str(corpus)], settings=Settings(follow_symlinks=False)))
    assert all(isinstance(r, Failure) and "not followed" in r.reason for r in results) and len(results) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_hostile_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()  # a directory with a text suffix is walked, not read
    results = [_one(tmp_path / "pipe.txt")] + list(read_paths([str(tmp_path)]))
    assert [r.reason for r in results] == ["not a regular file"] * 2


def test_hostile_unreadable_file_is_a_failure_with_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("T\n\nText.")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads everything: simulate the refusal the kernel would give anyone else
        refuse_to_open(monkeypatch, path)
    result = _one(path)
    assert isinstance(result, Failure) and result.reason == "Permission denied"


def test_hostile_hidden_files_and_directories_are_not_walked(tmp_path):
    (tmp_path / ".hidden.txt").write_text("T\n\nA hidden file.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "a.txt").write_text("T\n\nA file in a hidden directory.")
    (tmp_path / "seen.txt").write_text("T\n\nPeru recalled its ambassador.")
    assert [r.text for r in read_paths([str(tmp_path)])] == ["Peru recalled its ambassador."]
    [named] = list(read_paths([str(tmp_path / ".hidden.txt")]))  # named on the command line: read
    assert named.text == "A hidden file."


def test_hostile_unreadable_directory_fails_and_the_walk_goes_on(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("T\n\nChile recalled its ambassador.")
    (tmp_path / "open.txt").write_text("T\n\nPeru recalled its ambassador.")
    if os.geteuid() != 0:
        (tmp_path / "locked").chmod(0)
    else:  # root lists everything: simulate the refusal the kernel would give anyone else
        refuse_to_list(monkeypatch, "locked")
    try:
        results = list(read_paths([str(tmp_path)]))
    finally:
        (tmp_path / "locked").chmod(0o700)
    [article] = [r for r in results if isinstance(r, Article)]
    [failure] = [r for r in results if isinstance(r, Failure)]
    assert article.text == "Peru recalled its ambassador."
    assert failure.reason.startswith("cannot list directory") and failure.path.endswith("locked")


@pytest.mark.parametrize(
    "name",
    ["with space.txt", "ümlaut-日本-€.txt", "-leading-dash.txt", "new\nline.txt", "semi;colon'quote\".txt",
     "x" * 250 + ".txt", os.fsdecode(b"latin1-\xe9-bytes.txt")],
    ids=["space", "unicode", "dash", "newline", "quotes", "long", "non-utf8"],
)
def test_hostile_odd_file_names_are_read_and_shown_safely(tmp_path, name):
    (tmp_path / name).write_text("T\n\nArmenia and Azerbaijan exchanged prisoners.")
    (tmp_path / ("e-" + name[6:])).write_text("")
    results = list(read_paths([str(tmp_path)]))
    assert sum(isinstance(r, Article) for r in results) == 1
    [failure] = [r for r in results if isinstance(r, Failure)]
    failure.path.encode("utf-8")  # storable and printable: no surrogates
    assert "\n" not in failure.path and failure.path.isprintable()


@pytest.mark.parametrize("suffix", [".jsonl", ".html", ".txt"])
def test_hostile_non_utf8_file_names_give_storable_paths_for_every_item(tmp_path, suffix):
    from tidings.distributed import plan_units, read_unit

    name = os.fsdecode(b"feed-\xe9" + suffix.encode())
    body = {".jsonl": '{broken\n{"id": "a", "text": "Chile recalled its envoy."}\n',
            ".html": "<html><body><article><p>" + "Chile recalled its envoy from Peru on Monday. " * 5 + "</p></article></body></html>",
            ".txt": "T\n\nChile recalled its envoy."}[suffix]
    (tmp_path / name).write_text(body)
    single = list(read_paths([str(tmp_path)]))
    plan = plan_units([str(tmp_path)])
    multi = [item for unit in plan.units for item in read_unit(unit, published=None, settings=Settings())]
    assert single == multi and any(isinstance(r, Article) for r in single)
    for item in single:
        item.path.encode("utf-8")  # storable: no surrogates
        assert "\ufffd" in item.path


def test_hostile_stdin_is_bounded_and_sniffed():
    results = list(read_paths(["-"], stdin=io.StringIO("x" * 2000), settings=Settings(max_bytes=1000)))
    assert isinstance(results[0], Failure) and "input too large" in results[0].reason
    html = "<html><body><article><p>" + "Chad closed its border with Sudan on Monday. " * 5 + "</p></article></body></html>"
    [article] = list(read_paths(["-"], stdin=io.StringIO(html)))
    assert "Chad closed its border" in article.text


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Zürich".encode() + " ".encode() + "München".encode("latin-1"), "Zürich München"),
        (b"caf\xe9 \x81", "café \ufffd"),  # 0x81 has no Windows-1252 character
        ("Kyiv".encode("utf-16-be"), "Kyiv"),
    ],
)
def test_hostile_decode_handles_stray_bytes_and_wide_text(data, expected):
    assert decode(data, path="x") == expected


def test_hostile_normalize_removes_controls_and_surrogates():
    assert normalize("a\x00b\x1b c\ud800\r\nd\x85") == "ab c\ufffd\nd"


def test_hostile_committed_data_is_small():
    size = sum(os.path.getsize(os.path.join(HOSTILE, f)) for f in os.listdir(HOSTILE))
    assert size < 200_000 and shutil.which  # big cases are generated by the tests


@pytest.mark.parametrize(
    "text, language",
    [
        ("Die Bundesregierung hat am Montag beschlossen, die Truppen abzuziehen, sagte der Minister in Berlin.", "de"),
        ("Le gouvernement a annoncé lundi que les troupes seront retirées du Mali dans les prochains mois.", "fr"),
        ("El gobierno anunció el lunes que las tropas se retirarán de la región en los próximos meses.", "es"),
        ("أعلنت الحكومة المصرية يوم الاثنين عن خطة جديدة لدعم الاقتصاد الوطني", "ar"),
        ("中国外交部发言人周一表示，中方将采取一切必要措施维护自身权益。", "zh"),
        ("日本政府は月曜日、新しい経済対策を発表した。", "ja"),
        ("Президент России заявил, что переговоры продолжатся в Стамбуле.", "ru"),
        ("The minister said on Monday that the troops would leave the region after talks with officials.", "en"),
        ("Officials said Президент заявил that the talks in Istanbul will resume on Monday and the delegations will meet.", "en"),
        ("Hello.", None),
        ("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", None),
        ('""""""""', None),
        # short English full of foreign names and particles: never another language
        ("DAVAO, May 8 (Reuters) - Former President Rodrigo Duterte met Juan de la Cruz and Maria de la Paz in "
         "Davao City. Senator Leila de Lima was not invited.", "en"),
        ("Former Philippine President Rodrigo Duterte met Juan de la Cruz and Maria de la Paz in Davao City.", "en"),
        ("Ursula von der Leyen met Charles Michel and Roberta Metsola, then flew to Den Haag and Den Helder.", "en"),
        ("Van der Bellen, Van Rompuy and De Croo met in Den Bosch and Den Haag with Dutch officials.", "en"),
        ("Die Linke and Die Grünen lost seats; La Liga club Real Madrid; Le Monde reported; El Pais said.", "en"),
        ("LISBON, May 8 - Marcelo Rebelo de Sousa met Luiz Inacio Lula da Silva, Maria das Dores and Pedro dos "
         "Santos e Silva in Lisbon. Costa also attended.", "en"),
        ("BRUSSELS, May 8 - Ursula von der Leyen met Alexander Van der Bellen, Bart De Wever and Luis de la Fuente. "
         "Die Linke protested.", None),
        ("PARIS (Reuters) - Le Drian, Le Maire and La Rochelle mayor Jean-Francois Fountaine met de Villepin.", None),
        ("Mohammed bin Salman met Tamim bin Hamad Al Thani and Mohammed bin Zayed Al Nahyan in Riyadh.", "en"),
        ("Abu Mohammed al-Jolani, leader of Hayat Tahrir al-Sham, entered Damascus on Sunday as Bashar al-Assad fled.",
         "en"),
        ("Chad closes border with Sudan after clashes in Darfur", None),  # a headline: too short, treated as English
        ("Five die in Kabul blast", None),
        # short articles in other languages, names and all
        ("BERLIN — Die Bundesregierung hat am Montag beschlossen, die Truppen abzuziehen. Das sagte der Minister.", "de"),
        ("El Ministerio de Asuntos Exteriores de España convocó el lunes al embajador de Marruecos en Madrid.", "es"),
        ("Le ministre de la Défense a annoncé lundi que la France enverra des soldats en Roumanie.", "fr"),
        ("Il presidente del Consiglio ha incontrato lunedì il cancelliere tedesco a Roma per discutere della guerra.",
         "it"),
        ("Москва, 7 мая — Министр иностранных дел России провёл переговоры.", "ru"),
    ],
)
def test_hostile_language_detection_rule(text, language):
    from tidings.ingest.language import detect_language

    assert detect_language(text).language == language
