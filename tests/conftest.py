"""Shared fixtures: the real spaCy pipeline, loaded once, and a build of the seed article."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extract.pipeline import extract, load_pipeline
from extract.records import Article, ArticleExtraction
from graph.build import BuildOptions, build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def read(nlp):
    """Extract from a text written for a test: `read("Text.", published="2026-03-02")`."""
    from datetime import date

    def run(text: str, published: str = "2026-03-04", dateline: str | None = None) -> ArticleExtraction:
        article = Article(id="test", file_name="test.txt", text=text, published=date.fromisoformat(published),
                          dateline=dateline)
        return next(extract([article], nlp))

    return run


def labels(extraction: ArticleExtraction) -> set[tuple]:
    """Events as (category, source label, target label, status)."""
    def name(key):
        return extraction.actors[key].label if key else None

    return {(e.category, name(e.source), name(e.target), e.status) for e in extraction.events}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "output"
    report = build(BuildOptions(inputs=[str(ROOT / "seeds")], out=out))
    return out, report


@pytest.fixture
def seed_copy(tmp_path):
    target = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", target)
    return target


RAPPER = shutil.which("rapper")
needs_rapper = pytest.mark.skipif(RAPPER is None, reason="rapper (raptor2-utils) is not installed; .ci/run installs it")


def rapper_complaints(path, syntax: str = "turtle") -> str:
    """What Debian's rapper says against a file: empty when it parses with no error or warning."""
    result = subprocess.run([RAPPER, "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    said = result.stderr.lower()
    if result.returncode != 0 or "warning" in said or "error" in said:
        return result.stderr or f"rapper exited {result.returncode}"
    return ""


STATES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Canada", "Mexico", "Egypt", "Turkey",
          "Norway", "Chile", "Peru", "Ghana", "Spain", "Italy"]


def article(number: int) -> str:
    """A short wire story of its own: a different pair of states and a different day each time."""
    a, b = STATES[number % len(STATES)], STATES[(number * 7 + 3) % len(STATES)]
    if a == b:
        b = "Poland"
    return (f"Title: {a} and {b}, report {number}\nSource: https://news.example/report-{number}\n"
            f"Published: 2026-04-{1 + number % 28:02d}\n\n"
            f"{a} accused {b} on Monday of violating the fisheries agreement, officials said. "
            f"{b}'s foreign minister denied the charge and said {b} was ready to hold talks with {a}. "
            f"{a} threatened to impose sanctions on {b} if the dispute continued.\n")


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"report-{number:03d}.txt").write_text(article(number), encoding="utf-8")
    return folder
