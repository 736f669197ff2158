"""Build throughput against bare spaCy, measured side by side in one run.

usage: python benchmarks/build_throughput.py [DIR ...]   (default: seeds/ and ../shared/eval/dev/articles)

Times, over the same texts and with the same model and process count: bare `nlp.pipe` with
spaCy's components only, and diplograph's extraction (its components on top, records out).
Prints words per second for each and the ratio.
"""
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.ingest import read_articles  # noqa: E402
from extract.pipeline import extract, load_pipeline  # noqa: E402
from extract.records import Article  # noqa: E402


def main(paths: list[str]) -> None:
    articles = [a for a in read_articles(paths) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n.startswith("diplograph")]
    for _ in nlp.pipe(texts[:2]):  # warm up
        pass
    start = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    bare = time.perf_counter() - start
    start = time.perf_counter()
    events = sum(len(x.events) for x in extract(articles, nlp, batch_size=16))
    full = time.perf_counter() - start
    print(f"{len(articles)} articles, {words} words, {events} events")
    print(f"bare nlp.pipe   {words / bare:9.0f} words/s  ({bare:.2f} s)")
    print(f"diplograph      {words / full:9.0f} words/s  ({full:.2f} s)")
    print(f"ratio (diplograph time / bare time): {full / bare:.2f}")


if __name__ == "__main__":
    default = [str(ROOT / "seeds"), str(ROOT.parent / "shared" / "eval" / "dev" / "articles")]
    main(sys.argv[1:] or default)
