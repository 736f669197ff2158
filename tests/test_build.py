"""The whole path: files in, store, graph.ttl, graph.html and report.json out."""
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from graph.build import COMMIT_NICENESS, BackgroundCommits, BuildOptions, BuildReport, build
from graph.cli import main
from graph.namespace import DIP, SCHEMA
from graph.parallel import Shard
from graph.store import GraphStore

from conftest import needs_rapper, rapper_complaints

ROOT = Path(__file__).resolve().parent.parent


def seed_events(graph: Graph) -> set[tuple]:
    def label(node):
        return str(graph.value(node, RDFS.label)) if node is not None else None

    rows = set()
    for event in graph.subjects(RDF.type, DIP.Event):
        rows.add((str(graph.value(event, DIP.category)).split("#")[1], label(graph.value(event, DIP.source)),
                  label(graph.value(event, DIP.target)), str(graph.value(event, DIP.status)).split("#")[1],
                  label(graph.value(event, DIP.claimant)), str(graph.value(event, DIP.date) or "")))
    return rows


def test_seed_graph_holds_the_articles_events(seed_build):
    out, report = seed_build
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    events = seed_events(graph)
    expected = {
        # confirmed exchange of messages, attributed to the deputy foreign minister
        ("CONSULT", "Cuba", "United States", "asserted", "Carlos Fernandez de Cossio", ""),
        # the talks the article says have not begun
        ("CONSULT", "Cuba", "United States", "denied", "Carlos Fernandez de Cossio", ""),
        # the stated willingness to negotiate
        ("AGREE", "Cuba", "United States", "intended", "Carlos Fernandez de Cossio", ""),
        # the capture of the Venezuelan leader
        ("COERCE", "United States", "Nicolas Maduro", "asserted", None, ""),
        # the declaration that Cuba is a threat, dated Sunday
        ("ACCUSE", "Donald Trump", "Cuba", "asserted", None, "2026-02-01"),
        # the tariff threat: on countries that supply Cuba, so aimed at Cuba, the story's other party
        ("THREATEN", "Donald Trump", "Cuba", "asserted", None, ""),
    }
    assert expected <= events, events
    # Trump's talks, disputed by Havana
    assert any(e[0] == "CONSULT" and e[3] == "claimed" and e[4] == "Donald Trump" for e in events)
    assert report.validation["conforms"], report.validation


def test_seed_actors(seed_build):
    out, _ = seed_build
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    actors = {actor for kind in (DIP.State, DIP.Person, DIP.Organization, DIP.InternationalOrganization)
              for actor in graph.subjects(RDF.type, kind)}
    names = {str(o) for p in (RDFS.label, SKOS.altLabel) for actor in actors for o in graph.objects(actor, p)}
    assert {"Cuba", "United States", "Venezuela", "Donald Trump", "Nicolas Maduro", "Carlos Fernandez de Cossio"} <= names
    assert not {n for n in names if re.search(r"Reuters|Priya|Menon|Mar-a-Lago|^Mar$", n)}
    places = {str(graph.value(place, RDFS.label)) for place in graph.subjects(RDF.type, DIP.Location)}
    assert "Mar-a-Lago" in places and not places & {"Cuba", "United States"}
    persons = {str(graph.value(p, RDFS.label)): graph.value(p, DIP.affiliatedWith) for p in graph.subjects(RDF.type, DIP.Person)}
    assert str(persons["Carlos Fernandez de Cossio"]).endswith("/state/CUB")
    assert str(persons["Donald Trump"]).endswith("/state/USA")
    assert str(persons["Nicolas Maduro"]).endswith("/state/VEN")
    cossio = next(graph.subjects(RDFS.label, next(o for o in graph.objects(None, RDFS.label) if str(o) == "Carlos Fernandez de Cossio")))
    post = graph.value(cossio, DIP.holdsPost)
    assert str(graph.value(post, DIP.roleTitle)) == "deputy foreign minister"
    havana_is_cuba = {str(o) for o in graph.objects(None, SKOS.altLabel)}
    assert "Havana" in havana_is_cuba and "Washington" in havana_is_cuba


def test_report(seed_build):
    out, report = seed_build
    data = json.loads((out / "report.json").read_text())
    assert data["built"] == ["2026-02-02_cuba-us-limited-exchanges.txt"]
    assert data["events"] == sum(data["events_by_category"].values()) >= 7
    assert data["actors_by_type"]["Person"] >= 3 and data["actors_by_type"]["State"] >= 3
    assert data["model"] and data["timings"]["total_s"] > 0 and data["peak_memory_mb"] > 0


def test_html_view_is_offline_and_escapes_text(seed_build):
    out, _ = seed_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "vis.Network" in page and "Donald Trump" in page
    data = page.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data


def test_build_twice_changes_nothing_and_adding_an_article_adds_only_its_triples(tmp_path, seed_copy):
    out = tmp_path / "out"
    first = build(BuildOptions(inputs=[str(seed_copy)], out=out))
    before = Graph().parse(out / "graph.ttl")
    turtle = (out / "graph.ttl").read_bytes()
    again = build(BuildOptions(inputs=[str(seed_copy)], out=out))
    assert again.built == [] and again.already == first.built
    assert (out / "graph.ttl").read_bytes() == turtle
    rebuilt_out = tmp_path / "fresh"
    build(BuildOptions(inputs=[str(seed_copy)], out=rebuilt_out))
    assert (rebuilt_out / "graph.ttl").read_bytes() == turtle  # same IRIs, same bytes
    (seed_copy / "second.txt").write_text(
        "Title: Second\nSource: https://example.org/second\nPublished: 2026-03-02\n\n"
        "Norway expelled a Russian diplomat on Monday, the Norwegian foreign ministry said.\n", encoding="utf-8")
    third = build(BuildOptions(inputs=[str(seed_copy)], out=out))
    assert third.built == ["second.txt"]
    after = Graph().parse(out / "graph.ttl")
    assert len(after) > len(before)
    assert all(t in after for t in before)
    assert isomorphic(Graph().parse(out / "graph.ttl"), after)


def test_a_store_only_build_leaves_the_outputs_and_export_writes_what_a_full_build_would(tmp_path, seed_copy,
                                                                                          capsys):
    """For a large store fed often: the articles go into the store, graph.ttl and graph.html stay
    as they were (with a warning that they miss what the build added), and `diplograph export`
    writes the very bytes a full build of the same articles writes."""
    out = tmp_path / "out"
    build(BuildOptions(inputs=[str(seed_copy)], out=out))
    turtle, page = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    (seed_copy / "second.txt").write_text(
        "Title: Second\nSource: https://example.org/second\nPublished: 2026-03-02\n\n"
        "Norway expelled a Russian diplomat on Monday, the Norwegian foreign ministry said.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(seed_copy), "--out", str(out), "--store-only"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["built"] == ["second.txt"] and report["articles_in_store"] == 2 and report["outputs"] == []
    assert report["events_by_category"].get("SANCTION", 0) >= 1
    assert (out / "graph.ttl").read_bytes() == turtle and (out / "graph.html").read_bytes() == page
    assert capsys.readouterr().err == (
        f"diplograph: graph.ttl and graph.html in {out} do not show the 1 article(s) this build added; "
        f"'diplograph export' and 'diplograph view' write them from the store\n")
    assert main(["build", str(seed_copy), "--out", str(out), "--store-only"]) == 0
    assert capsys.readouterr().err == ""  # nothing added, nothing the files miss

    assert main(["export", "--store", str(out), "--format", "ttl", "--out", str(tmp_path / "exported.ttl")]) == 0
    full = tmp_path / "full"
    assert build(BuildOptions(inputs=[str(seed_copy)], out=full)).outputs == ["graph.ttl", "graph.html"]
    assert (tmp_path / "exported.ttl").read_bytes() == (full / "graph.ttl").read_bytes() != turtle


def test_bad_inputs_are_listed_and_the_good_article_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(next((ROOT / "seeds").glob("*.txt")), inputs / "good.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    status = main(["build", str(inputs), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["built"] == ["good.txt"]
    reasons = {Path(s["file"]).name: s["reason"] for s in report["skipped"]}
    assert set(reasons) == {"empty.txt", "binary.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]


def test_nothing_buildable_exits_1_and_usage_errors_exit_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["build"])
    assert exit_info.value.code == 2


@pytest.mark.slow
def test_cli_as_a_subprocess(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(ROOT / "seeds"), "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "built 1 article(s)" in result.stdout
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(list(graph.subjects(RDF.type, DIP.Event))) >= 7
    assert len(list(graph.objects(None, SCHEMA.mentions))) >= 6
    check = subprocess.run([sys.executable, "-m", "graph.cli", "validate", str(out / "graph.ttl")],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert check.returncode == 0 and "conforms" in check.stdout
    assert "committing" not in result.stderr  # what the build does is told to a terminal only


def test_the_build_tells_what_it_does_once_every_article_is_extracted(tmp_path, seed_copy):
    told = []

    def progress(items):
        yield from items
        told.append("extracted")

    out = tmp_path / "out"
    writing = f"writing {out / 'graph.ttl'} and {out / 'graph.html'}"
    build(BuildOptions(inputs=[str(seed_copy)], out=out), progress=progress, stage=told.append)
    assert told == ["extracted", "1 article(s) extracted; committing the last to the store", writing,
                    "finishing the SHACL checks"]
    told.clear()
    build(BuildOptions(inputs=[str(seed_copy)], out=out, check=False), progress=progress, stage=told.append)
    assert told == ["extracted", writing]  # nothing new to commit, nothing to check


def test_a_terminal_sees_the_progress_and_the_stages(tmp_path):
    import fcntl
    import pty
    import select
    import struct
    import termios

    reader, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # rows, columns
    out = tmp_path / "out"
    build_process = subprocess.Popen([sys.executable, "-m", "graph.cli", "build", str(ROOT / "seeds"), "--out", str(out)],
                                     stdout=subprocess.PIPE, stderr=terminal, cwd=ROOT)
    os.close(terminal)
    shown = b""
    while select.select([reader], [], [], 300)[0]:
        try:
            chunk = os.read(reader, 4096)
        except OSError:  # the terminal is gone with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(reader)
    assert build_process.wait(timeout=60) == 0
    text = shown.decode("utf-8", "replace")
    assert "articles: 1article" in text  # tqdm's count of the articles extracted
    assert text.index("diplograph: 1 article(s) extracted; committing") < text.index("diplograph: writing")


@needs_rapper
def test_rapper_parses_the_built_graph(seed_build):
    out, _ = seed_build
    assert rapper_complaints(out / "graph.ttl") == ""


DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"


@pytest.mark.skipif(not DEV.exists(), reason="no shared/eval/dev beside the checkout")
def test_dev_set_output_conforms_to_the_shapes(tmp_path):
    report = build(BuildOptions(inputs=[str(DEV)], out=tmp_path / "dev"))
    assert len(report.built) == 13
    assert report.validation["conforms"], report.validation["problems"][:5]


def test_two_articles_naming_one_leader_differently_make_one_person(tmp_path):
    """Across articles a person is one node by normalized name and state: accents, initials and
    courtesy titles do not split it, and every name it went by is kept."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: A\nSource: https://example.org/a\nPublished: 2026-03-02\n\n"
        "Peruvian President Ana J. Ruiz met Chile's foreign minister in Lima on Monday. "
        "Ruiz said the talks had been useful.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Title: B\nSource: https://example.org/b\nPublished: 2026-03-03\n\n"
        "President Ana Ruíz of Peru accused Ecuador of violating the border on Tuesday.\n", encoding="utf-8")
    build(BuildOptions(inputs=[str(folder)], out=tmp_path / "out"))
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    persons = set(graph.subjects(RDF.type, DIP.Person))
    assert len(persons) == 1
    [person] = persons
    names = {str(name) for predicate in (RDFS.label, SKOS.altLabel) for name in graph.objects(person, predicate)}
    assert {"Ana J. Ruiz", "Ana Ruíz", "Ruiz"} <= names
    assert str(graph.value(person, DIP.affiliatedWith)).endswith("/PER")
    sources = {graph.value(event, DIP.source) for event in graph.subjects(RDF.type, DIP.Event)}
    assert person in sources


def test_a_store_with_the_ontology_only_in_its_graph_is_refused_for_queries_until_built_again(tmp_path, seed_copy,
                                                                                            capsys):
    """Stores of an earlier version held the ontology only in its own graph; queries read the
    default graph, so they are refused with what to do, and the next build adds the copy."""
    import pyoxigraph as ox

    from graph.store import ONTOLOGY_GRAPH, OutdatedStore, open_read_only

    out = tmp_path / "out"
    build(BuildOptions(inputs=[str(seed_copy)], out=out))
    store = ox.Store(str(out / "store"))
    store.remove_graph(ox.DefaultGraph())  # what such a store held: the articles' union, no ontology
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                 for graph in store.named_graphs() if graph != ONTOLOGY_GRAPH
                 for q in store.quads_for_pattern(None, None, None, graph))
    del store
    with pytest.raises(OutdatedStore, match="earlier diplograph version"):
        open_read_only(out)
    assert main(["query", "--store", str(out), "--named", "coercion"]) == 1
    again = build(BuildOptions(inputs=[str(seed_copy)], out=out))
    assert again.built == []
    capsys.readouterr()
    assert main(["query", "--store", str(out), "--named", "coercion"]) == 0
    assert "THREATEN" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are Linux's")
def test_the_store_writes_and_the_threads_they_start_run_below_the_parse():
    """The commits take the CPU the parse leaves: their thread runs at a lower priority, and so do
    the threads it starts (Oxigraph's bulk loader sorts on threads of its own)."""
    seen = {}

    class RecordingStore(GraphStore):
        def add_nquads(self, data: bytes) -> None:
            seen["commit"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            helper = threading.Thread(target=lambda: seen.setdefault(
                "started", os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
            helper.start()
            helper.join()

    main_priority = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    with BackgroundCommits(RecordingStore(None), BuildReport()) as commits:
        commits.submit([Shard("a.txt", "model", b"", b"")])
    lowered = min(main_priority + COMMIT_NICENESS, 19)
    assert seen == {"commit": lowered, "started": lowered}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_priority


def test_the_last_load_is_committed_beside_the_one_before():
    """Once the parse is over, the last load goes in on the calling thread while the commit thread
    still loads the one before, and both are recorded as built."""
    started = {name: threading.Event() for name in ("a", "b")}
    overlapped = {}

    class SlowStore(GraphStore):
        def add_nquads(self, data: bytes) -> None:
            mine, other = ("a", "b") if data == b"a" else ("b", "a")
            started[mine].set()
            overlapped[mine] = started[other].wait(timeout=10)  # the other load began before this one ended
            overlapped[mine + " thread"] = threading.current_thread().name

    report = BuildReport()
    with BackgroundCommits(SlowStore(None), report) as commits:
        commits.submit([Shard("a.txt", "model", b"a", b"")])
        commits.finish([Shard("b.txt", "model", b"b", b"")])
    assert overlapped == {"a": True, "a thread": "diplograph-commits", "b": True, "b thread": "MainThread"}
    assert sorted(report.built) == ["a.txt", "b.txt"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are Linux's")
def test_rocksdb_compacts_the_store_below_the_parse(seed_build):
    """RocksDB's own threads, which compact what the commits load, run below the parse too."""
    main_priority = os.getpriority(os.PRIO_PROCESS, threading.main_thread().native_id)
    priorities = {int(comm.parent.name): os.getpriority(os.PRIO_PROCESS, int(comm.parent.name))
                  for comm in Path("/proc/self/task").glob("*/comm") if comm.read_text().startswith("rocksdb:")}
    assert priorities and all(value == min(main_priority + COMMIT_NICENESS, 19) for value in priorities.values())


def test_two_events_of_one_sentence_each_have_their_own_evidence(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title: Envoy recalled\nPublished: 2026-04-02\n\nGhana recalled its ambassador from "
                                  "Togo after Togolese soldiers shot two Ghanaian fishermen.\n", encoding="utf-8")
    report = build(BuildOptions(inputs=[str(folder)], out=tmp_path / "out"))
    assert report.validation["conforms"], report.validation["problems"]
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    triggers = {}
    for event in graph.subjects(RDF.type, DIP.Event):
        category = graph.value(event, DIP.category).split("#")[-1]
        triggers[category] = sorted(str(t) for evidence in graph.objects(event, DIP.evidence)
                                    for t in graph.objects(evidence, DIP.trigger))
    assert triggers == {"SANCTION": ["recalled"], "ASSAULT": ["shot"]}
