"""Extraction on worker processes and on a Dask LocalCluster gives the single-process graph."""
import json
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import graph.build
from graph.build import Checks, EvenSample
from graph.cli import main
from graph.parallel import Shard, executor
from graph.store import GraphStore, named_graph_nquads, ntriples

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


def test_a_local_dask_cluster_leaves_glibcs_adaptive_mmap_threshold_alone():
    """Dask gives its workers MALLOC_TRIM_THRESHOLD_, which fixes glibc's mmap threshold and costs
    spaCy 18% more CPU; the LocalCluster of `--dask local:N` goes without it."""
    with executor(dask="local:1") as (pool, processes):
        assert processes == 1
        assert pool.submit(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_", "unset")).result() == "unset"


def _checked(shards: list[Shard], pool=None, every: bool = True):
    with Checks(pool, enabled=True, every=every) as checks:
        for shard in shards:
            checks.offer(shard)
        checks.finish()
        return checks.result()


def _shard(name: str, triples: bytes) -> Shard:
    return Shard(f"{name}.txt", "model", triples, named_graph_nquads(name, triples))


def test_checks_on_a_process_pool_find_what_checks_here_find(seed_build, monkeypatch):
    seed = GraphStore(seed_build[0] / "store", read_only=True)
    good = [_shard(graph.value, ntriples(quad.triple for quad in seed.store.quads_for_pattern(None, None, None, graph)))
            for graph in seed.article_graphs()]
    event = "https://w3id.org/diplograph/id/event/no-source"
    broken = _shard("https://w3id.org/diplograph/id/article/broken",
                    f"<{event}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                    "<https://w3id.org/diplograph/ontology#Event> .\n".encode())
    monkeypatch.setattr(graph.build, "CHECK_CHUNK", 1)  # a chunk an article, at most one in flight
    monkeypatch.setattr(graph.build, "CHECKS_IN_FLIGHT", 1)
    here = _checked([*good, broken])
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        there = _checked([*good, broken], pool)
        sampled = _checked([broken, *good], pool, every=False)
        clean = _checked(good, pool)
    assert not here.conforms and here.articles == len(good) + 1
    assert any(problem.startswith(f"{event} ") and "exactly one source" in problem for problem in here.problems)
    assert there == here == sampled
    assert clean.conforms and clean.problems == [] and clean.articles == len(good)


@pytest.mark.parametrize("length", [0, 1, 199, 200, 201, 399, 400, 401, 1000, 12_345])
def test_an_even_sample_is_spread_over_the_whole_stream(length):
    sample = EvenSample(200)
    for item in range(length):
        sample.offer(item)
    items = sample.items()
    assert len(items) == min(length, 200) and items == sorted(set(items))
    if length > 200:
        gaps = [b - a for a, b in zip([-1, *items], [*items, length])]
        assert max(gaps) <= 2 * -(-length // 200) + 1  # no stretch of the stream is left out
        assert len(sample.kept) < 400  # what it holds stays bounded


def test_a_process_that_ended_is_not_alive():
    """What a worker asks each second where it cannot wait on the build's process (no pidfd)."""
    from graph.parallel import _alive

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    assert _alive(os.getpid()) and not _alive(int(ended.stdout))
