"""Extraction on worker processes and on a Dask LocalCluster gives the single-process graph."""
import json

from rdflib import Graph
from rdflib.compare import isomorphic

from graph.cli import main

from conftest import corpus


def test_workers_and_dask_build_the_same_graph_as_one_process(tmp_path):
    inputs = corpus(tmp_path / "in", 24)
    graphs = {}
    for name, options in (("single", []), ("workers", ["--workers", "2"]), ("dask", ["--dask", "local:2"])):
        out = tmp_path / name
        assert main(["build", str(inputs), "--out", str(out), "--quiet", "--batch-size", "4", *options]) == 0
        report = json.loads((out / "report.json").read_text())
        assert sorted(report["built"]) == sorted(path.name for path in inputs.iterdir())
        assert report["model"].startswith("en_core_web_sm")
        graphs[name] = Graph().parse(out / "graph.ttl")
    assert len(graphs["single"]) > 1000
    assert isomorphic(graphs["single"], graphs["workers"])
    assert isomorphic(graphs["single"], graphs["dask"])
