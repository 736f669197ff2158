"""Reading inputs: header blocks, pages saved as text, HTML, JSON, and every kind of bad input."""
import json
from datetime import date
from pathlib import Path

import pytest

from extract.ingest import article_id, read_articles
from extract.records import Article, Skipped

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("Title: Ministers meet\nSource: https://example.org/a\nPublished: 2026-03-02\nAuthor: A. Writer\n\n"
        "OSLO, March 2 - Norway and Sweden held talks on Monday about fishing quotas, officials said. "
        "The two governments agreed to meet again in the spring, and the ministers said the talks were useful.\n")


def read_all(*paths, **options):
    return list(read_articles([str(p) for p in paths], **options))


def test_header_block(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    [article] = read_all(tmp_path / "a.txt")
    assert article.title == "Ministers meet"
    assert article.url == "https://example.org/a"
    assert article.published == date(2026, 3, 2)
    assert article.author == "A. Writer"
    assert article.dateline == "OSLO"
    assert article.text.startswith("Norway and Sweden held talks")
    assert article.id == article_id("https://example.org/a", "")


def test_page_without_header_takes_date_headline_byline_and_drops_furniture():
    [article] = read_all(ROOT / "seeds")
    assert article.published == date(2026, 2, 2)
    assert article.title.startswith("Cuban Official Confirms Limited Exchanges")
    assert article.author == "Priya Menon"
    assert "Priya Menon" not in article.text
    assert "More from World" not in article.text and "Body Cameras" not in article.text
    assert article.text.startswith("Cuba's deputy foreign minister")


@pytest.mark.parametrize("text, title, dateline, start", [
    # a wire story pasted as text: the headline, a blank line, the body from its dateline
    ("Norway and Sweden hold fishing talks\n\n" + GOOD.split("\n\n", 1)[1], "Norway and Sweden hold fishing talks",
     "OSLO", "Norway and Sweden held talks"),
    # a first line that runs straight into the next is no headline
    ("Norway and Sweden hold fishing talks\n" + GOOD.split("\n\n", 1)[1], None, None, "Norway and Sweden hold"),
    # nor is a first paragraph followed by one with no dateline
    ("Norway and Sweden held talks on Monday.\n\nThe ministers said the talks were useful.", None, None,
     "Norway and Sweden held talks on Monday."),
])
def test_headline_before_a_dateline_is_the_title(tmp_path, text, title, dateline, start):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = read_all(tmp_path / "a.txt")
    assert (article.title, article.dateline) == (title, dateline)
    assert article.text.startswith(start)


@pytest.mark.parametrize("first, dateline, start", [
    ("PARIS (AFP) - France recalled its envoy.", "PARIS", "France recalled"),
    ("CARACAS, Venezuela (AP) \u2014 Venezuela freed six Americans.", "CARACAS", "Venezuela freed"),
    ("WASHINGTON \u2014 The United States eased sanctions.", "WASHINGTON", "The United States"),
    ("LIMA/SANTIAGO, March 9 - Peru and Chile agreed.", "LIMA/SANTIAGO", "Peru and"),
    ("KINGSTOWN, St Vincent, Dec 14 (AP) \u2014 The two presidents met.", "KINGSTOWN", "The two presidents"),
    ("WASHINGTON, D.C. (AP) \u2014 The talks ended.", "WASHINGTON", "The talks"),
    # a sentence that starts with a capitalised acronym is no dateline
    ("NATO - the alliance - met on Monday.", None, "NATO - the alliance"),
])
def test_datelines_of_the_wire_services(tmp_path, first, dateline, start):
    (tmp_path / "a.txt").write_text(first + "\n\nThe talks went on.", encoding="utf-8")
    [article] = read_all(tmp_path / "a.txt")
    assert (article.dateline, article.text[:len(start)]) == (dateline, start)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t \n", "empty"),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "binary"),
    ("random.txt", bytes(range(256)) * 8, "binary"),
    ("bad.json", b'{"title": "cut off", "text": "Norway', "malformed JSON"),
    ("nobody.json", b'{"title": "no text here"}', "no 'text'"),
    ("spanish.txt", ("El gobierno de Noruega y el de Suecia celebraron conversaciones el lunes sobre las cuotas de "
                     "pesca, dijeron los funcionarios. Los dos gobiernos acordaron reunirse de nuevo en la "
                     "primavera y los ministros dijeron que las conversaciones fueron útiles para ambos países "
                     "y para la región.").encode("utf-8"), "not in English"),
])
def test_bad_input_is_skipped_with_a_reason(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    items = read_all(path)
    assert len(items) == 1 and isinstance(items[0], Skipped), items
    assert reason in items[0].reason
    assert items[0].source == str(path)


def test_windows_1252_text_is_decoded(tmp_path):
    text = GOOD.replace("Norway and Sweden", "Norway\u2019s and Sweden\u2019s envoys")
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    [article] = read_all(path)
    assert isinstance(article, Article)
    assert "Norway\u2019s" in article.text


def test_oversized_file_is_skipped_or_truncated(tmp_path):
    path = write(tmp_path, "big.txt", GOOD.encode() + b"More words about talks. " * 200)
    [skipped] = read_all(path, max_bytes=500)
    assert isinstance(skipped, Skipped) and "size limit" in skipped.reason
    [article] = read_all(path, max_bytes=500, truncate=True)
    assert isinstance(article, Article) and len(article.text) < 500


def test_jsonl_good_lines_read_bad_lines_reported_by_number(tmp_path):
    lines = [json.dumps({"title": "One", "text": GOOD.split("\n\n", 1)[1], "url": "https://example.org/1"}),
             '{"title": "Two", "text": "cut',
             json.dumps({"title": "Three", "body": "Sweden and Finland signed a deal on Tuesday.",
                         "url": "https://example.org/3", "published": "2026-03-03"})]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].source == f"{path}:2"
    assert items[2].published == date(2026, 3, 3) and items[2].url == "https://example.org/3"


def test_html_main_text_only(tmp_path):
    html = ("<html><head><title>Talks</title><script>alert('x')</script><style>p{}</style></head><body>"
            "<article><h1>Norway and Sweden hold talks</h1><p>Norway and Sweden held talks on Monday about "
            "fishing quotas, officials from both governments said in a joint statement after the meeting.</p>"
            "<p>The two governments agreed to meet again in the spring, the ministers told reporters.</p>"
            "</article><iframe src='https://ads.example'></iframe></body></html>")
    [article] = read_all(write(tmp_path, "page.html", html.encode()))
    assert "held talks on Monday" in article.text
    assert "alert" not in article.text and "p{}" not in article.text


def test_same_article_twice_is_one_article(tmp_path):
    write(tmp_path, "a.txt", GOOD.encode())
    write(tmp_path, "b.txt", GOOD.encode())
    items = read_all(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped"]
    assert "same article" in items[1].reason


def test_a_source_that_is_not_an_address_does_not_make_articles_the_same(tmp_path):
    for name, body in (("a.txt", "Norway expelled a Russian diplomat."), ("b.txt", "Sweden summoned an Iranian envoy.")):
        (tmp_path / name).write_text(f"Title: {name}\nSource: a news agency\nPublished: 2026-03-02\n\n{body}\n")
    items = read_all(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert items[0].url is None and items[0].id != items[1].id
