"""Never lose work: a corpus of broken inputs, a build killed part-way, a second build refused,
and property-based tests for IRIs, literals and ingest."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from extract.ingest import read_articles
from extract.lexicon import slug
from extract.records import Article, Skipped
from graph import iri
from graph.build import COMMIT_BATCHES
from graph.cli import main
from graph.export import export
from graph.namespace import DIP
from graph.rdf import text
from graph.store import GraphStore, atomic_path, read_store, to_ox

from conftest import ROOT, article, corpus

def test_a_corpus_of_broken_files_builds_the_good_ones_and_reports_each_bad_one(tmp_path):
    inputs = corpus(tmp_path / "in", 2)
    shutil.copy(next((ROOT / "seeds").glob("*.txt")), inputs / "seed.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.txt").write_bytes(b" \n\t\n")
    (inputs / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 20)
    (inputs / "windows.txt").write_bytes(article(40).replace("Monday", "Monday \u2013 \u201cofficially\u201d").encode("cp1252"))
    (inputs / "huge.txt").write_text(article(41) + "Filler sentence about nothing at all. " * 40_000, encoding="utf-8")
    (inputs / "page.html").write_text(
        "<html><head><title>Kenya and Ghana agree</title><style>p{color:red}</style>"
        "<script>var leaked = 'SCRIPT-TEXT';</script></head><body><iframe src='https://ads.example'>IFRAME-TEXT</iframe>"
        "<article><h1>Kenya and Ghana agree</h1><p>Kenya signed a trade agreement with Ghana on Tuesday, officials said. "
        "The two governments said they would cooperate on customs and ports, and ministers praised the deal as a model "
        "for the region and for other African states.</p></article></body></html>", encoding="utf-8")
    (inputs / "cut.json").write_text('{"title": "cut off", "text": "Norway', encoding="utf-8")
    lines = [json.dumps({"title": f"line {n}", "url": f"https://news.example/line-{n}", "text": article(50 + n)})
             for n in range(3)]
    (inputs / "feed.jsonl").write_text("\n".join([lines[0], '{"title": "broken', lines[1], "not json", lines[2][:40]])
                                       + "\n", encoding="utf-8")
    (inputs / "spanish.txt").write_text(
        "El gobierno de Noruega y el de Suecia celebraron conversaciones el lunes sobre las cuotas de pesca, dijeron "
        "los funcionarios. Los dos gobiernos acordaron reunirse de nuevo en la primavera y los ministros dijeron que "
        "las conversaciones fueron útiles para ambos países.", encoding="utf-8")
    (inputs / "weather.txt").write_text(
        "Title: Rain tomorrow\nPublished: 2026-04-02\n\nHeavy rain is expected across the valley tomorrow, and "
        "farmers said the harvest would wait until the fields dry out later in the week.\n", encoding="utf-8")
    (inputs / "again.txt").write_text(article(0), encoding="utf-8")  # the same story as report-000

    assert main(["build", str(inputs), "--out", str(tmp_path / "out"), "--quiet", "--max-bytes", "200000"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    reasons = {Path(entry["file"]).name: entry["reason"] for entry in report["skipped"]}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["scan.txt"]
    assert "larger than" in reasons["huge.txt"] or "limit" in reasons["huge.txt"]
    assert "malformed JSON" in reasons["cut.json"]
    assert {name for name in reasons if name.startswith("feed.jsonl:")} == {"feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:5"}
    assert "not in English" in reasons["spanish.txt"]
    twins = {"again.txt", "report-000.txt"}  # the same story twice: one built, the other reported
    [duplicate] = twins & set(reasons)
    assert "same article" in reasons[duplicate] and (twins - {duplicate}) <= set(report["built"])
    assert len(reasons) == 10, reasons
    built = report["built"]
    assert {"report-001.txt", "seed.txt", "windows.txt", "page.html", "weather.txt"} <= set(built)
    assert built.count("feed.jsonl") == 2  # lines 1 and 3; line 5 is the third story cut short
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "SCRIPT-TEXT" not in turtle and "IFRAME-TEXT" not in turtle and "p{color" not in turtle
    assert "\u201cofficially\u201d" in turtle  # Windows-1252 decoded
    weather = next(s for s, _, o in graph.triples((None, DIP.sourceFile, None)) if str(o) == "weather.txt")
    assert not list(graph.subjects(URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), weather))  # built, no events


def store_articles(out: Path) -> int:
    """How many articles the store holds, read as `view` and `analyze` read it: also while a build
    writes it, compacting away files a reader's manifest lists (one open in ten failed so, before
    the store tried again) or that it has not read yet."""
    return read_store(out, lambda store: sum(1 for graph in store.named_graphs() if "/article/" in graph.value))


def descendants_of(pid: int) -> list[int]:
    """The live processes that `pid` started, and those they started (from /proc): a build's
    workers fork from a server process of its own."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
    found, frontier = [], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def test_a_build_killed_part_way_resumes_to_the_same_graph(tmp_path):
    out = tmp_path / "killed"
    assert main(["build", str(corpus(tmp_path / "first", 10)), "--out", str(out), "--quiet"]) == 0
    before = Graph().parse(out / "graph.ttl")
    turtle = (out / "graph.ttl").read_bytes()
    total = 10 + COMMIT_BATCHES + 8  # the first ten again, one load of batches of one article, and some more
    inputs = corpus(tmp_path / "all", total)
    # then a pipe no one writes to, which holds the build after its last article: it commits
    # some loads and never the last, however fast or slow this machine is
    held = tmp_path / "held.txt"
    os.mkfifo(held)
    command = [sys.executable, "-m", "graph.cli", "build", str(inputs), str(held), "--out", str(out), "--quiet",
               "--batch-size", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while store_articles(out) <= 10 and process.poll() is None and time.monotonic() < deadline:  # its first load
        assert (out / "graph.ttl").read_bytes() == turtle  # the old graph, whole, all along
        time.sleep(0.02)
    children = descendants_of(process.pid)  # the process checking its articles (it has committed some)
    ended = process.poll()
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = store_articles(out)
    assert 10 < killed_at < total, f"the kill did not land part-way: {killed_at} articles, build exit status {ended}"
    assert children, "the build started no process to check its articles"
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in children), "a worker outlived the killed build"
    assert isomorphic(Graph().parse(out / "graph.ttl"), before)

    assert main(["build", str(inputs), "--out", str(out), "--quiet"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert len(report["already"]) == killed_at and len(report["built"]) == total - killed_at
    assert main(["build", str(inputs), "--out", str(tmp_path / "whole"), "--quiet"]) == 0
    assert isomorphic(Graph().parse(out / "graph.ttl"), Graph().parse(tmp_path / "whole" / "graph.ttl"))


def release(pipe: Path, process: subprocess.Popen) -> None:
    """Open a named pipe for writing and close it once the build has it open for reading (it
    then reads an empty input), failing if the build ends first instead of waiting forever."""
    deadline = time.monotonic() + 120
    while True:
        try:
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # ENXIO until a reader has it open
            return
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "the build never read its last input"
            time.sleep(0.05)


def test_a_second_build_on_the_same_output_is_refused(tmp_path):
    inputs = corpus(tmp_path / "in", 40)
    out = tmp_path / "out"
    held = tmp_path / "held.txt"  # holds the first build after its articles until the test writes to it
    os.mkfifo(held)
    process = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(inputs), str(held), "--out", str(out),
                                "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (out / ".lock").exists() or not (out / ".lock").read_text().startswith("pid"):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        second = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(inputs), "--out", str(out), "--rebuild"],
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 1 and "another diplograph build is writing" in second.stderr
        release(held, process)  # an empty last input, reported as skipped, lets the first build finish
        assert process.wait(timeout=300) == 0  # the first build was not disturbed
    finally:
        if process.poll() is None:
            process.kill()
    assert store_articles(out) == 40


def test_an_output_written_by_its_path_replaces_the_old_one_whole_or_not_at_all(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    try:
        with atomic_path(target) as temporary:
            Path(temporary).write_text("half of the new one")
            raise RuntimeError("the writer failed")
    except RuntimeError:
        pass
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["graph.ttl"]
    with atomic_path(target) as temporary:
        Path(temporary).write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new" and os.listdir(tmp_path) == ["graph.ttl"]
    assert target.stat().st_mode & 0o777 == 0o644


# --- properties -------------------------------------------------------------------------------

names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=60)


@settings(max_examples=300, deadline=None)
@given(name=names, kind=st.sampled_from(["person", "org", "group", "state"]))
def test_any_name_mints_a_valid_stable_iri(name, kind):
    node = iri.actor(f"{kind}:{slug(name)}")
    assert node == iri.actor(f"{kind}:{slug(name)}")
    ox.NamedNode(str(node))  # raises on an invalid IRI
    assert str(node).startswith("https://w3id.org/diplograph/id/") and " " not in str(node)
    raw = iri.actor(f"{kind}:{name}")  # even a name that is not slugged
    ox.NamedNode(str(raw))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=names)
def test_any_string_literal_round_trips_through_turtle_and_nquads(value, tmp_path):
    store = GraphStore(None)
    subject = iri.actor("person:x")
    store.add_graph(iri.article("a"), [ox.Triple(to_ox(subject), to_ox(DIP.roleTitle), text(value))])
    expected = text(value).value
    for output_format, rdf_format in (("ttl", ox.RdfFormat.TURTLE), ("nq", ox.RdfFormat.N_QUADS)):
        target = tmp_path / f"x.{output_format}"
        with open(target, "wb") as handle:
            export(store, output_format, handle)
        [quad] = list(ox.parse(path=str(target), format=rdf_format))
        assert quad.object.value == expected
    assert str(Graph().parse(tmp_path / "x.ttl", format="turtle").value(URIRef(str(subject)), DIP.roleTitle)) == expected


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_random_bytes_never_stop_a_batch(data, suffix, tmp_path):
    folder = tmp_path / "batch"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / f"a-random{suffix}").write_bytes(data)
    (folder / "b-good.txt").write_text(article(1), encoding="utf-8")
    items = list(read_articles([str(folder)]))
    assert all(isinstance(item, (Article, Skipped)) for item in items)
    assert any(isinstance(item, Article) and item.file_name == "b-good.txt" for item in items)


def test_an_article_extraction_fails_on_is_skipped_with_the_error_and_the_rest_is_built(tmp_path, monkeypatch):
    """A text the rules were never tried on can still make one of them fail: that article is
    reported, with where and why, and the rest of its batch and of the build is built."""
    from extract.events import EventExtractor

    inputs = corpus(tmp_path / "in", 3)
    marker = "Quixotic"  # a word in one article only
    (inputs / "odd.txt").write_text(article(7).replace("officials said", f"officials said. {marker} matters"),
                                    encoding="utf-8")
    real = EventExtractor.__call__

    def fails_on_marker(self, doc):
        if marker in doc.text:
            raise IndexError("list index out of range")
        return real(self, doc)

    monkeypatch.setattr(EventExtractor, "__call__", fails_on_marker)
    assert main(["build", str(inputs), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert sorted(report["built"]) == sorted(p.name for p in inputs.iterdir() if p.name != "odd.txt")
    [skipped] = report["skipped"]
    assert skipped["file"] == "odd.txt"
    assert "diplograph_events" in skipped["reason"] and "IndexError: list index out of range" in skipped["reason"]
    assert report["articles_in_store"] == 3
