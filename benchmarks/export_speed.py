"""Exporting Turtle and N-Triples: diplograph's export (Oxigraph's writers) against rdflib's
serializers on the same graph, measured side by side in one run: from the on-disk store a build
makes (reading it from disk included), and from an in-memory Oxigraph store holding the same
triples, the like of rdflib's in-memory graph.

usage: python benchmarks/export_speed.py [TRIPLES]   (default: about 1,000,000)
"""
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent)]

import pyoxigraph as ox  # noqa: E402

from graph.export import export  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from graph.namespace import PREFIXES  # noqa: E402
from synthetic import articles_for, synthetic_store  # noqa: E402


def seconds(function) -> tuple[float, int]:
    start = time.perf_counter()
    size = function()
    return time.perf_counter() - start, size


def ours(store, output_format: str) -> int:
    buffer = io.BytesIO()
    export(store, output_format, buffer)
    return buffer.tell()


def main(triples: int) -> None:
    start = time.perf_counter()
    store = synthetic_store(articles_for(triples), path=tempfile.mkdtemp(prefix="diplograph-bench-"))
    graph = store.to_rdflib()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    print(f"{len(graph):,} triples, generated in {time.perf_counter() - start:.1f} s")
    memory = GraphStore(None)  # the same triples in an in-memory Oxigraph store, like rdflib's graph
    memory.store.bulk_extend(store.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    print(f"{'format':8} {'on disk s':>10} {'in memory s':>12} {'rdflib s':>9} {'ratio disk':>11} {'ratio memory':>13} {'MB':>6}")
    for output_format, rdflib_format in (("ttl", "turtle"), ("nt", "nt")):
        disk_time, size = seconds(lambda: ours(store, output_format))
        memory_time, _ = seconds(lambda: ours(memory, output_format))
        their_time, _ = seconds(lambda: len(graph.serialize(format=rdflib_format, encoding="utf-8")))
        print(f"{output_format:8} {disk_time:>10.2f} {memory_time:>12.2f} {their_time:>9.2f} "
              f"{their_time / disk_time:>10.1f}x {their_time / memory_time:>12.1f}x {size / 1e6:>6.1f}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
