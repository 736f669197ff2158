"""Exports read back by rdflib, rapper, networkx and csv: the same graph, byte-identical Turtle."""
import csv
import io
import re
import shutil

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from graph.build import BuildOptions, build
from graph.cli import main
from graph.export import export
from graph.namespace import DIP, PREFIXES
from graph.store import GraphStore, from_ox, store_folder

from conftest import ROOT, needs_rapper, rapper_complaints

HOSTILE = '''Title: "Quoted" & <b>bold</b> \\ backslash """ triple
Source: https://news.example/hostile?a=1&b=<script>
Published: 2026-03-02

PARIS — France accused Germany on Monday of "spying" <script>alert(1)</script> & worse \\ said \u202eofficials\u202c 😀.
Germany's foreign minister said Berlin would sanction France over the <img src=x onerror=alert(2)> affair.
'''


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A store with the seed and an article full of characters that break careless writers."""
    inputs = tmp_path_factory.mktemp("inputs")
    shutil.copytree(ROOT / "seeds", inputs / "seeds")
    (inputs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("export") / "output"
    report = build(BuildOptions(inputs=[str(inputs)], out=out))
    assert len(report.built) == 2
    store = GraphStore(store_folder(out), read_only=True)
    files = {}
    for output_format in ("ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf", "csv"):
        files[output_format] = out / f"export.{output_format}"
        with open(files[output_format], "wb") as handle:
            export(store, output_format, handle)
    return out, store, files


@pytest.mark.parametrize("output_format, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_read_back_isomorphic(exported, output_format, parser):
    _, store, files = exported
    assert isomorphic(Graph().parse(files[output_format], format=parser), store.to_rdflib())


@pytest.mark.parametrize("output_format, parser", [("nq", "nquads"), ("trig", "trig")])
def test_quad_exports_keep_one_named_graph_per_article(exported, output_format, parser):
    _, store, files = exported
    dataset = Dataset()
    dataset.parse(files[output_format], format=parser)
    names = {str(graph.identifier) for graph in dataset.graphs() if len(graph)}
    articles = {graph.value for graph in store.article_graphs()}
    assert names == articles and len(articles) == 2
    for graph_name in store.article_graphs():
        expected = Graph()
        for quad in store.store.quads_for_pattern(None, None, None, graph_name):
            expected.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        assert isomorphic(dataset.graph(URIRef(graph_name.value)), expected)


def test_jsonld_uses_the_shipped_context_and_compact_keys(exported):
    text = exported[2]["jsonld"].read_text(encoding="utf-8")
    assert '"@context": {' in text and '"http' not in text.split('"@graph"')[1].split('"@id"')[0]
    assert '"category": "dip:' in text or '"category": {' in text
    assert "https://w3id.org/diplograph/ontology#category" not in text


@needs_rapper
@pytest.mark.parametrize("output_format, syntax", [("ttl", "turtle"), ("nt", "ntriples"), ("nq", "nquads"),
                                                   ("trig", "trig")])
def test_rapper_parses_the_exports(exported, output_format, syntax):
    assert rapper_complaints(exported[2][output_format], syntax) == ""


def test_turtle_binds_every_prefix_it_uses_and_is_byte_identical_twice(exported, tmp_path):
    out, _, files = exported
    text = files["ttl"].read_text(encoding="utf-8")
    declared = set(re.findall(r"^@prefix (\w*):", text, re.MULTILINE))
    body = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text.split("\n\n", 1)[-1])  # not what literals say
    used = set(re.findall(r"(?<![\w<\"/#])([a-z][\w-]*):[\w-]", body))
    assert "ns1" not in declared and used - {"https", "http", "mailto"} <= declared
    assert declared <= set(PREFIXES)
    again = tmp_path / "again.ttl"
    assert main(["export", "--store", str(out), "--format", "ttl", "--out", str(again)]) == 0
    assert again.read_bytes() == files["ttl"].read_bytes()


@pytest.mark.parametrize("output_format, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_networks_read_back_with_their_attributes(exported, output_format, reader):
    _, store, files = exported
    graph = reader(files[output_format])
    events = set(store.to_rdflib().subjects(RDF.type, DIP.Event))
    assert graph.number_of_edges() == len(events)
    edge = next(iter(graph.edges(data=True)))[2]
    assert {"category", "status", "date", "weight"} <= set(edge)
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Cuba", "United States", "France", "Germany"} <= labels
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert "State" in kinds and "Person" in kinds


def test_dyads_export_for_gephi(exported, tmp_path):
    out, _, _ = exported
    target = tmp_path / "dyads.gexf"
    assert main(["export", "--store", str(out), "--format", "gexf", "--dyads", "--out", str(target)]) == 0
    dyads = nx.read_gexf(target)
    pair = next(data for a, b, data in dyads.edges(data=True)
                if {dyads.nodes[a]["label"], dyads.nodes[b]["label"]} == {"Cuba", "United States"})
    # every reported event counts, by category; the denied CONSULT adds nothing to the score
    counts = {key: value for key, value in pair.items() if key.startswith("counts_")}
    assert pair["events"] == sum(counts.values()) and counts["counts_CONSULT"] == 3 and counts["counts_AGREE"] == 1


def test_csv_has_one_row_per_event_and_quotes_by_rfc_4180(exported):
    _, store, files = exported
    rows = list(csv.DictReader(io.StringIO(files["csv"].read_text(encoding="utf-8"), newline="")))
    graph = store.to_rdflib()
    assert len(rows) == len(set(graph.subjects(RDF.type, DIP.Event)))
    assert {row["event"] for row in rows} == {str(event) for event in graph.subjects(RDF.type, DIP.Event)}
    hostile = [row for row in rows if "hostile" in row["article_source"]]
    assert hostile and any("<script>" in row["evidence"] or "<img" in row["evidence"] for row in hostile)
    assert any(row["article_title"] == '"Quoted" & <b>bold</b> \\ backslash """ triple' for row in hostile)
    assert all(row["category"] and row["status"] and row["source"].startswith("https://") for row in rows)


def test_actor_table(exported, tmp_path):
    out, _, _ = exported
    target = tmp_path / "actors.csv"
    assert main(["export", "--store", str(out), "--format", "csv", "--table", "actors", "--out", str(target)]) == 0
    rows = {row["label"]: row for row in csv.DictReader(target.open(encoding="utf-8", newline=""))}
    assert rows["Cuba"]["type"] == "State" and rows["Cuba"]["iso_code"] == "CUB"
    assert rows["Donald Trump"]["type"] == "Person" and rows["Donald Trump"]["affiliated_with"].endswith("/USA")


def test_the_same_graph_loaded_in_another_order_writes_the_same_turtle(exported, tmp_path):
    _, store, files = exported
    reloaded = GraphStore(tmp_path / "store")
    reloaded.ensure_ontology()
    for graph_name in reversed(store.article_graphs()):
        quads = list(store.store.quads_for_pattern(None, None, None, graph_name))
        reloaded.add_graph(URIRef(graph_name.value), [quad.triple for quad in reversed(quads)])
    buffer = io.BytesIO()
    export(reloaded, "ttl", buffer)
    assert buffer.getvalue() == files["ttl"].read_bytes()
