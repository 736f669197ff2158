"""SPARQL latency of the named queries: diplograph's store (Oxigraph) against rdflib's in-memory
engine, on the same synthetic graph and the same query texts, measured side by side in one run.

usage: python benchmarks/query_latency.py [TRIPLES [LIMIT]]   (default: about 1,000,000 triples;
rdflib gets LIMIT seconds a query, default 120, and is stopped past that)

The graph comes from `synthetic.py` through `graph.rdf.article_triples`, so it has the shape of
a real build: one named graph per article in the store, their union in rdflib's Graph.
"""
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent)]

import ontology  # noqa: E402
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
    memory = store.to_rdflib()  # the union, as rdflib's in-memory graph, with the ontology like the store's queries
    memory.parse(ontology.path("diplomacy.ttl"), format="turtle")
    print(f"{articles} synthetic articles, {len(memory):,} distinct triples (with the ontology) "
          f"generated and loaded in {time.perf_counter() - start:.1f} s")
    source = StoreSource(store.store)
    print(f"{'query':10} {'kind':12} {'rows':>6} {'store ms':>10} {'rdflib ms':>11} {'ratio':>7}")
    for name, query in named_queries().items():
        given = {parameter.name: PARAMETERS[parameter.name] for parameter in query.parameters}
        text = with_values(query.text, bind_parameters(source, query.parameters, given))
        ours, rows = timed(lambda: source.query(text, CheckedQuery("SELECT", names_dataset=False)).value, repeat=5)
        measured = timed_with_limit(lambda: memory.query(text, initNs=PREFIXES), limit)
        if measured is None:
            print(f"{name:10} {KIND[name]:12} {rows:>6} {ours * 1000:>10.1f} {'>' + format(limit * 1000, '.0f'):>11} "
                  f"{'>' + format(limit / ours, '.0f'):>6}x  (rdflib stopped at the limit)", flush=True)
            continue
        theirs, their_rows = measured
        check = "" if rows == their_rows else f"  (rdflib gave {their_rows} rows)"
        print(f"{name:10} {KIND[name]:12} {rows:>6} {ours * 1000:>10.1f} {theirs * 1000:>11.1f} "
              f"{theirs / ours:>6.0f}x{check}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, float(sys.argv[2]) if len(sys.argv) > 2 else 120.0)
