"""SPARQL latency of the named queries: diplograph's store (Oxigraph, in memory and on disk as
`diplograph query` reads it) against rdflib's in-memory engine, on the same synthetic graph and
the same query texts, measured side by side in one run.

usage: python benchmarks/query_latency.py [TRIPLES [LIMIT]]   (default: about 1,000,000 triples;
rdflib gets LIMIT seconds a query, default 120, and is stopped past that)

The graph comes from `synthetic.py` through `graph.rdf.article_triples`, so it has the shape of
a real build: one named graph per article in the store, their union in rdflib's Graph.
"""
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent)]

import pyoxigraph as ox  # noqa: E402
from graph.namespace import PREFIXES  # noqa: E402
from graph.safety import CheckedQuery  # noqa: E402
from graph.sparql import StoreSource, bind_parameters, named_queries, with_values  # noqa: E402
from synthetic import articles_for, synthetic_store  # noqa: E402

KIND = {"timeline": "2-hop", "actor": "2-hop", "claims": "2-hop", "coercion": "aggregation",
        "dyads": "aggregation", "denied": "1-hop", "since": "filter"}
PARAMETERS = {"a": "state:USA", "b": "state:CHN", "actor": "state:RUS", "claimant": "state:USA", "since": "2026-06-01"}


def timed(function, repeat: int) -> tuple[float, int]:
    """Median seconds of `repeat` runs and the number of rows."""
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = sum(1 for _ in function())
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def timed_with_limit(function, limit: float) -> tuple[float, int] | None:
    """One timed run in a forked child (which shares the loaded graph), or None past `limit` s:
    rdflib's engine cannot be interrupted, so the child is killed instead."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=lambda: results.put(timed(function, repeat=1)))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return results.get()


def main(triples: int, limit: float) -> None:
    articles = articles_for(triples)
    start = time.perf_counter()
    store = synthetic_store(articles)
    memory = store.to_rdflib()  # the default graph: the union and the ontology, as the store's queries read
    print(f"{articles} synthetic articles, {len(memory):,} distinct triples (with the ontology) "
          f"generated and loaded in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        on_disk = ox.Store(folder)  # what `diplograph query` and `serve` read: the same quads in RocksDB
        on_disk.bulk_load(store.store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
        on_disk.flush()
        compare(StoreSource(store.store), StoreSource(on_disk), memory, limit)


def compare(in_memory: StoreSource, on_disk: StoreSource, memory, limit: float) -> None:
    print(f"{'query':10} {'kind':12} {'rows':>6} {'memory ms':>10} {'disk ms':>9} {'rdflib ms':>11} "
          f"{'ratio':>7} {'on disk':>8}")
    for name, query in named_queries().items():
        given = {parameter.name: PARAMETERS[parameter.name] for parameter in query.parameters}
        text = with_values(query.text, bind_parameters(in_memory, query.parameters, given))
        ours, rows = timed(lambda: in_memory.query(text, CheckedQuery("SELECT", names_dataset=False)).value, repeat=5)
        disk, _ = timed(lambda: on_disk.query(text, CheckedQuery("SELECT", names_dataset=False)).value, repeat=3)
        measured = timed_with_limit(lambda: memory.query(text, initNs=PREFIXES), limit)
        head = f"{name:10} {KIND[name]:12} {rows:>6} {ours * 1000:>10.1f} {disk * 1000:>9.1f}"
        if measured is None:
            print(f"{head} {'>' + format(limit * 1000, '.0f'):>11} {'>' + format(limit / ours, '.0f'):>6}x "
                  f"{'>' + format(limit / disk, '.0f'):>7}x  (rdflib stopped at the limit)", flush=True)
            continue
        theirs, their_rows = measured
        check = "" if rows == their_rows else f"  (rdflib gave {their_rows} rows)"
        print(f"{head} {theirs * 1000:>11.1f} {theirs / ours:>6.0f}x {theirs / disk:>7.0f}x{check}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, float(sys.argv[2]) if len(sys.argv) > 2 else 120.0)
