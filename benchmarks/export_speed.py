"""Exporting Turtle and N-Triples: diplograph's export (Oxigraph's writers) against rdflib's
serializers on the same graph, measured side by side in one run.

usage: python benchmarks/export_speed.py [TRIPLES]   (default: about 1,000,000)
"""
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent)]

from graph.export import export  # noqa: E402
from graph.namespace import PREFIXES  # noqa: E402
from synthetic import synthetic_store  # noqa: E402


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
    store = synthetic_store(triples, path=tempfile.mkdtemp(prefix="diplograph-bench-"))
    graph = store.to_rdflib()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    print(f"{len(graph):,} triples, generated in {time.perf_counter() - start:.1f} s")
    print(f"{'format':8} {'diplograph s':>13} {'rdflib s':>10} {'ratio':>7} {'MB':>7}")
    for output_format, rdflib_format in (("ttl", "turtle"), ("nt", "nt")):
        our_time, size = seconds(lambda: ours(store, output_format))
        their_time, _ = seconds(lambda: len(graph.serialize(format=rdflib_format, encoding="utf-8")))
        print(f"{output_format:8} {our_time:>13.2f} {their_time:>10.2f} {their_time / our_time:>6.0f}x "
              f"{size / 1e6:>7.1f}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
