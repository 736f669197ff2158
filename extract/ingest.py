"""Turn input files into `Article` records, and say clearly what could not be read.

Reads `.txt` (with or without a header block), `.html`, `.json` and `.jsonl`, from files,
directories (recursively), or standard input (`-`). Every problem becomes a `Skipped` record
with a reason; reading goes on with the next input.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from extract.records import Article, Skipped

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

HEADER_KEYS = {"title": "title", "source": "url", "url": "url", "published": "published",
               "date": "published", "author": "author", "byline": "author"}
HEADER_LINE = re.compile(r"^(Title|Source|URL|Published|Date|Author|Byline):\s*(.*)$", re.IGNORECASE)
MONTH_DATE = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}")
SECTION_DATE_LINE = re.compile(rf"^(?P<section>[A-Z][\w &'-]*?)?\s*(?P<date>{MONTH_DATE})\s*$")
BYLINE = re.compile(r"^By\s+(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4})\s*$")
# Navigation that pages append after the article: other headlines, not part of the story.
FURNITURE = re.compile(r"^(More from\b|Related(\s+(articles?|stories|coverage|content|news))?\s*$|Read more\b|"
                       r"Recommended\b|Most read\b|Trending\b|Latest news\b|Also read\b|Sign up\b)", re.IGNORECASE)
# "BRUSSELS, Oct 14 - ", "NAIROBI/KAMPALA, May 3 (Reuters) - ", "PARIS (AFP) - ", "CARACAS, Venezuela (AP) — "
# or "WASHINGTON — The ..." (a sentence, not "NATO - the alliance - met")
# A wire dateline: the place in capitals, then a region or country, a day and the agency, each where
# given ("PARIS (AFP) - ", "CARACAS, Venezuela (AP) — ", "KINGSTOWN, St Vincent, Dec 14 (AP) — ",
# "LIMA, March 9 - "), or the place alone before a dash and a capital ("WASHINGTON — The").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'/-]{1,60}?)"
    r"(?:(?:,\s+[A-Z][A-Za-z.' ]{1,40}?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+\([^)]{1,40}\)\s+"
    r"|(?:,\s+[A-Z][A-Za-z.' ]{1,40}?)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
    r"|(?<=[A-Z]{4})\s+(?=[-–—]+\s+[A-Z]))[-–—]+\s+")
URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was for on with as by at from it its his her their has have had "
    "be been are were said not but or this which who will would an after over".split())


def address(value: object) -> str | None:
    """A web address, or None for anything else ("Source: Reuters" names no page)."""
    return value if isinstance(value, str) and URL.match(value) else None


def article_id(url: str | None, text: str) -> str:
    """A stable id: from the URL when there is one, else from the normalized text."""
    basis = url.strip() if url else " ".join(text.casefold().split())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | None) -> date | None:
    """A date from ISO (2026-02-02, or a timestamp) or English ("February 2, 2026", "Feb 2, 2026")."""
    if not value:
        return None
    value = value.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            return None
    cleaned = re.sub(r"\s+", " ", value.replace(",", "").replace(".", "")).strip()
    cleaned = re.sub(r"^Sept\b", "Sep", cleaned)
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def looks_english(text: str) -> bool:
    """Whether a text reads as English: its commonest function words make up a share of it.

    Cheap and dependable at article length; short texts get the benefit of the doubt.
    """
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < 25:
        return True
    share = sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    return share >= 0.12


# Unicode's control characters (category Cc) other than the line and page breaks and tabs of text.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes) -> tuple[str | None, str | None]:
    """The text of a file's bytes, or None and the reason it is not text."""
    if not data.strip():
        return None, "empty file"
    if data.startswith(b"%PDF"):
        return None, "binary file (a PDF), not text"
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes), not text"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or best.chaos > 0.2:
            return None, "not UTF-8, and no other encoding could be detected with confidence"
        text = str(best)
    controls = len(CONTROL_CHARACTERS.findall(text, 0, 8192))
    if controls > 0.05 * min(len(text), 8192):
        return None, "binary file (control characters), not text"
    if not text.strip():
        return None, "empty file (whitespace only)"
    return text, None


def parse_text(text: str, file_name: str) -> Article:
    """An article from plain text: an optional header block, or a page with its own first lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    header_start = index
    while index < len(lines) and (match := HEADER_LINE.match(lines[index].strip())):
        meta[HEADER_KEYS[match.group(1).lower()]] = match.group(2).strip()
        index += 1
    if index == header_start:
        meta, index = _page_head(lines, index)
    if not meta:
        meta, index = _headline(lines, index)
    body_lines = []
    for line in lines[index:]:
        if FURNITURE.match(line.strip()):
            break
        body_lines.append(line)
    body = "\n".join(body_lines).strip()
    dateline = None
    if match := DATELINE.match(body):
        dateline = match.group("place").strip()
        body = body[match.end():]
    url = address(meta.get("url"))
    return Article(id=article_id(url, body), file_name=file_name, text=body,
                   title=meta.get("title") or None, published=parse_date(meta.get("published")),
                   url=url, author=meta.get("author") or None, dateline=dateline)


def _page_head(lines: list[str], index: int) -> tuple[dict[str, str], int]:
    """Metadata from the first lines of a page saved as text: section and date, headline, dek,
    byline, and a repeated headline. Returns the metadata and where the body starts."""
    meta: dict[str, str] = {}
    content = [(i, line.strip()) for i, line in enumerate(lines) if i >= index and line.strip()]
    if not content:
        return meta, index
    position = 0
    if match := SECTION_DATE_LINE.match(content[0][1]):
        meta["published"] = match.group("date")
        position = 1
    else:
        return meta, index
    if position < len(content):
        meta["title"] = content[position][1]
        position += 1
    # the dek and byline come within the next few lines; the body starts after them
    for look in range(position, min(position + 4, len(content))):
        if match := BYLINE.match(content[look][1]):
            meta["author"] = match.group("author")
            position = look + 1
            break
    if position < len(content) and content[position][1] == meta.get("title"):
        position += 1
    start = content[position][0] if position < len(content) else len(lines)
    return meta, start


def _headline(lines: list[str], index: int) -> tuple[dict[str, str], int]:
    """A wire story pasted as text: a headline line, then the body from its dateline ("KYIV, Nov 3
    (Reuters) - ..."). Returns the headline as the title and where the body starts; no title, and
    `index`, for anything else (the headline would otherwise be read as the story's first sentence)."""
    content = [i for i in range(index, len(lines)) if lines[i].strip()]
    if len(content) < 2 or content[1] == content[0] + 1 or DATELINE.match(lines[content[0]].strip()) \
            or not DATELINE.match(lines[content[1]].strip()) or len(lines[content[0]]) > 200:
        return {}, index
    return {"title": lines[content[0]].strip()}, content[1]


def parse_html(html: str, file_name: str) -> Article | None:
    """An article from an HTML page: its main text and metadata, with scripts and styles gone."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False)
    if document is None:
        return None
    text = (document.text or "").strip()
    if not text:
        return None
    return Article(id=article_id(document.url, text), file_name=file_name, text=text,
                   title=document.title or None, published=parse_date(document.date),
                   url=document.url or None, author=document.author or None)


def from_record(record: object, file_name: str) -> tuple[Article | None, str | None]:
    """An article from one JSON object, or the reason it is not one."""
    if not isinstance(record, dict):
        return None, "not a JSON object"
    body = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(body, str) or not body.strip():
        return None, "no 'text' or 'body' field with text"
    article = parse_text(body, file_name)
    url = address(record.get("url"))
    return Article(id=article_id(url, article.text), file_name=file_name, text=article.text,
                   title=str(record["title"]) if record.get("title") else article.title,
                   published=parse_date(str(record["published"])) if record.get("published") else article.published,
                   url=url, author=str(record["author"]) if record.get("author") else article.author,
                   dateline=article.dateline), None


def parse_file(name: str, data: bytes, suffix: str, max_bytes: int, truncate: bool) -> Iterator[Article | Skipped]:
    """Articles and problems from one file's bytes."""
    if len(data) > max_bytes:
        if not truncate:
            yield Skipped(name, f"file of {len(data):,} bytes is over the size limit of {max_bytes:,} "
                                f"(raise --max-bytes, or --truncate to read the first {max_bytes:,})")
            return
        data = data[:max_bytes]
    text, problem = decode(data)
    if text is None:
        yield Skipped(name, problem or "unreadable")
        return
    file_name = Path(name).name
    if suffix in JSONL_SUFFIXES:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(f"{name}:{number}", f"malformed JSON: {error.msg} (column {error.colno})")
                continue
            article, reason = from_record(record, file_name)
            yield article if article else Skipped(f"{name}:{number}", reason or "no article")
        return
    if suffix in JSON_SUFFIXES:
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as error:
            yield Skipped(name, f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno})")
            return
        records = payload if isinstance(payload, list) else [payload]
        for number, record in enumerate(records, start=1):
            article, reason = from_record(record, file_name)
            where = name if len(records) == 1 else f"{name}[{number}]"
            yield article if article else Skipped(where, reason or "no article")
        return
    if suffix in HTML_SUFFIXES or re.match(r"\s*<(!doctype html|html)", text[:200], re.IGNORECASE):
        article = parse_html(text, file_name)
        yield article if article else Skipped(name, "HTML page with no article text")
        return
    yield parse_text(text, file_name)


def _files(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Every input file below the given paths, in a stable order; (\"-\", None) for stdin."""
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in ARTICLE_SUFFIXES and not child.name.startswith("."):
                    yield str(child), child
        else:
            yield raw, path


def read_articles(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, truncate: bool = False,
                  english_only: bool = True) -> Iterator[Article | Skipped]:
    """Articles from files, directories and stdin, and a `Skipped` for each input that is not one.

    The same article read twice (same id) is yielded once.
    """
    seen: set[str] = set()
    for name, path in _files(paths):
        try:
            if path is None:
                data = sys.stdin.buffer.read()
                suffix = ".txt"
            elif not path.exists():
                yield Skipped(name, "no such file or directory")
                continue
            else:
                with path.open("rb") as handle:
                    data = handle.read(max_bytes + 1) if not truncate else handle.read(max_bytes)
                suffix = path.suffix.lower()
        except OSError as error:
            yield Skipped(name, f"cannot read: {error.strerror or error}")
            continue
        if path is not None and len(data) > max_bytes and not truncate:
            size = path.stat().st_size
            yield Skipped(name, f"file of {size:,} bytes is over the size limit of {max_bytes:,} "
                                f"(raise --max-bytes, or --truncate to read the first {max_bytes:,})")
            continue
        for item in parse_file(name, data, suffix, max_bytes, truncate):
            if isinstance(item, Article):
                if not item.text.strip():
                    yield Skipped(name, "no article text after the header")
                    continue
                if english_only and not looks_english(item.text):
                    yield Skipped(name, "not in English (pick a pipeline for its language with --model)")
                    continue
                if item.id in seen:
                    yield Skipped(name, f"the same article as one read before (id {item.id})")
                    continue
                seen.add(item.id)
            yield item
