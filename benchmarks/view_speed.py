"""Writing the HTML view: time and page size for 1,000 and 5,000 actors (3 events per actor),
from synthetic stores shaped like diplograph's output. Target: 5,000 actors and 15,000 events
written in under 2 seconds.

usage: python benchmarks/view_speed.py
"""
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent)]

from graph.network import event_graph  # noqa: E402
from graph.view import filter_graph, write_view  # noqa: E402
from synthetic import synthetic_store  # noqa: E402

EVENTS_PER_ARTICLE = 7.5  # the generator's mean (4 to 12, a few merged)


def main() -> None:
    print(f"{'actors':>7} {'events':>7} {'projection s':>13} {'page s':>7} {'page MB':>8}")
    for actors in (1_000, 5_000):
        # a larger world, since some of its actors never make the news
        store = synthetic_store(int(actors * 3 / EVENTS_PER_ARTICLE), actors=int(actors * 1.25), seed=actors)
        start = time.perf_counter()
        graph = filter_graph(event_graph(store.store))
        projected = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "view.html"
            start = time.perf_counter()
            write_view(graph, target)
            written = time.perf_counter() - start
            size = target.stat().st_size
        print(f"{graph.number_of_nodes():>7} {graph.number_of_edges():>7} {projected:>13.2f} {written:>7.2f} "
              f"{size / 1e6:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
