"""Extraction on worker processes and on a Dask LocalCluster gives the single-process graph."""
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.cli import main
from graph.store import GraphStore
from graph.validate import ArticleValidation

from conftest import corpus


def test_workers_and_dask_build_the_same_graph_as_one_process(tmp_path):
    inputs = corpus(tmp_path / "in", 24)
    graphs = {}
    # batches of 2 articles: a commit is 16, so the single-process build checks on a process of its own
    for name, options in (("single", []), ("workers", ["--workers", "2"]), ("dask", ["--dask", "local:2"])):
        out = tmp_path / name
        assert main(["build", str(inputs), "--out", str(out), "--quiet", "--batch-size", "2", *options]) == 0
        report = json.loads((out / "report.json").read_text())
        assert sorted(report["built"]) == sorted(path.name for path in inputs.iterdir())
        assert report["model"].startswith("en_core_web_sm")
        assert report["validation"] == {"conforms": True, "problems": [], "articles_checked": 24}
        graphs[name] = Graph().parse(out / "graph.ttl")
    assert len(graphs["single"]) > 1000
    assert isomorphic(graphs["single"], graphs["workers"])
    assert isomorphic(graphs["single"], graphs["dask"])


def test_validation_on_a_process_pool_finds_what_validation_here_finds(seed_build, tmp_path):
    seed = GraphStore(seed_build[0] / "store", read_only=True)
    store = GraphStore(tmp_path / "store")
    store.store.extend(seed.store.quads_for_pattern(None, None, None, None))
    good = [graph.value for graph in store.article_graphs()]
    broken = "https://w3id.org/diplograph/id/article/broken"
    event = ox.NamedNode("https://w3id.org/diplograph/id/event/no-source")
    store.store.add(ox.Quad(event, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                            ox.NamedNode("https://w3id.org/diplograph/ontology#Event"), ox.NamedNode(broken)))
    here = ArticleValidation(store, [*good, broken], chunk=1).result()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        there = ArticleValidation(store, [*good, broken], pool, chunk=1, in_flight=1).result()
        clean = ArticleValidation(store, good, pool).result()
    assert not here.conforms and here.articles == len(good) + 1
    assert any(problem.startswith(f"{event.value} ") and "exactly one source" in problem for problem in here.problems)
    assert there == here
    assert clean.conforms and clean.problems == []
