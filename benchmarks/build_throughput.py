"""Build throughput and memory at scale, measured side by side in one run.

usage: python benchmarks/build_throughput.py [--articles 2000] [--memory-articles 10000] [--no-memory] [--repeat 3]

On a corpus from `corpus.py` (same seed, so the same texts every run), each in a fresh process
so that both sides pay the interpreter, imports and model load:

* bare spaCy: `nlp.pipe` over the article bodies with the same model and spaCy components and the
  same process count, diplograph's components disabled;
* `diplograph build` with `--workers 1`, `--workers 2`, and `--dask local:2`: everything,
  from reading files to the store, graph.ttl, graph.html, SHACL validation and report.json;
  and `--workers 2 --store-only`, which writes neither graph.ttl nor graph.html, to show what
  rewriting them from the store costs.

Every run is made `--repeat` times, the sides taking turns. On a shared machine one run moves by a
fifth or more (the same build took 78 and 103 s back to back here), and a slow spell can last a
whole run, so the ratio that counts is the median over the rounds of each round's ratio: the build
against the bare run beside it, which a spell slows alike. Also printed: each round's ratio and
the ratio of the best times (which pairs runs of different rounds). Words per second are of the
best time. Then the peak memory of a single-process build of the corpus and of one five times
larger (from report.json).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT.parent)]

import corpus  # noqa: E402


def bare(folder: str, processes: int) -> None:
    """Run in a child process: spaCy alone over the bodies diplograph would parse."""
    from extract.ingest import read_articles
    from extract.pipeline import load_pipeline
    from extract.records import Article

    texts = [item.text for item in read_articles([folder]) if isinstance(item, Article)]
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("diplograph")]
    with nlp.select_pipes(disable=ours):
        for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
            pass


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_command(folder: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "graph.cli", "build", str(folder), "--out", str(out), "--quiet", "--rebuild", *options]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=10000)
    parser.add_argument("--no-memory", action="store_true", help="skip the memory comparison (the long part)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of every run (default: 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as scratch:
        scratch = Path(scratch)
        texts = corpus.write(scratch / "corpus", args.articles)
        words = sum(len(path.read_text(encoding="utf-8").split()) for path in texts.iterdir())
        print(f"{args.articles} articles, {words:,} words (header lines included)")
        runs = {"bare nlp.pipe, 1 process(es)": (1, [sys.executable, __file__, "--bare", str(texts), "1"]),
                "bare nlp.pipe, 2 process(es)": (2, [sys.executable, __file__, "--bare", str(texts), "2"]),
                "diplograph --workers 1": (1, build_command(texts, scratch / "out", "--workers", "1")),
                "diplograph --workers 2": (2, build_command(texts, scratch / "out", "--workers", "2")),
                "  the same, --store-only": (2, build_command(texts, scratch / "out", "--workers", "2", "--store-only")),
                "diplograph --dask local:2": (2, build_command(texts, scratch / "out", "--dask", "local:2"))}
        times: dict[str, list[float]] = {label: [] for label in runs}
        for round_number in range(1, args.repeat + 1):  # the sides take turns, so a slow spell hits both
            for label, (_, command) in runs.items():
                times[label].append(timed(command))
            print(f"round {round_number} of {args.repeat} done", flush=True)
        print(f"{'run':28} {'best s':>7} {'words/s':>8} {'ratio':>6} {'of best':>8}  each round's ratio")
        for label, (processes, _) in runs.items():
            best, bare = min(times[label]), times[f"bare nlp.pipe, {processes} process(es)"]
            rounds = [build / base for build, base in zip(times[label], bare)]
            ratios = "" if label.startswith("bare") else (
                f"{statistics.median(rounds):>6.2f} {best / min(bare):>8.2f}  " + " ".join(f"{r:.2f}" for r in rounds))
            print(f"{label:28} {best:>7.1f} {words / best:>8.0f} {ratios}", flush=True)
        if args.no_memory:
            return
        print("peak memory of a single-process build (report.json):")
        peaks = {}
        for count in (args.articles, args.memory_articles):
            folder = corpus.write(scratch / f"corpus-{count}", count)
            seconds = timed(build_command(folder, scratch / f"out-{count}"))
            peaks[count] = json.loads((scratch / f"out-{count}" / "report.json").read_text())["peak_memory_mb"]
            print(f"  {count:>6} articles: {peaks[count]:>7.1f} MB  ({seconds:.0f} s)", flush=True)
        print(f"  ratio {args.memory_articles} / {args.articles}: {peaks[args.memory_articles] / peaks[args.articles]:.2f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--bare":
        bare(sys.argv[2], int(sys.argv[3]))
    else:
        main()
