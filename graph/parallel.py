"""Extraction on several processes, or on a Dask cluster.

spaCy's own `nlp.pipe(n_process=N)` ships Docs between processes as msgpack, which cannot carry
diplograph's typed records; and a Dask cluster needs work in self-contained pieces anyway. So
both go the same way: batches of `Article` records go to worker processes, each of which loads
the pipeline once, extracts, and sends back each article as a `Shard`: its named graph and its
copy in the union, ready for the store to load at once.

`--workers N` runs the batches on a local process pool; `--dask ADDRESS` on a Dask cluster
(`local:N` starts a LocalCluster of N worker processes); a single-process build streams the
articles through the same extraction here (`extract_here`). Both are `concurrent.futures`
executors here, and at most a few batches per worker are in flight, so memory stays bounded
however long the input.
"""
from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice


from extract import __version__
from extract.records import Article, ArticleExtraction, Skipped
from graph import iri
from graph.rdf import article_triples, run_triples
from graph.store import named_graph_nquads, ntriples

__all__ = ["Shard", "shard_of", "extract_here", "extract_batch", "executor", "extract_shards", "process_pool"]


@dataclass(frozen=True)
class Shard:
    """One article, extracted: what the store loads, what SHACL checks and what the report lists."""

    file_name: str
    model: str
    triples: bytes  # N-Triples: the article's copy in the union, and what SHACL checks
    graph: bytes  # the same as N-Quads of the article's named graph


def shard_of(extraction: ArticleExtraction, model: str) -> Shard:
    """An extracted article as N-Triples and as N-Quads of its named graph."""
    run = iri.run(model, __version__)
    name = iri.article(extraction.article.id)
    data = ntriples([*article_triples(extraction, run), *run_triples(run, model, __version__)])
    return Shard(extraction.article.file_name, model, data, named_graph_nquads(name, data))


@lru_cache(maxsize=2)
def _pipeline(model: str | None):
    """The pipeline of this process and its name, loaded on its first batch (the name once: it
    lists the labels of every pattern of the gazetteer, 1.4 ms)."""
    from extract.pipeline import load_pipeline, model_name

    nlp = load_pipeline(model)
    return nlp, model_name(nlp)


def extract_here(articles: Iterable[Article], model: str | None, batch_size: int) -> Iterator[Shard | Skipped]:
    """Shards of articles extracted in this process, streaming, and a `Skipped` for each that
    extraction failed on. spaCy is imported here, not with this module: a build's main process,
    when workers extract, never needs it (0.8 s of a single core before the first worker starts)."""
    from extract.pipeline import extract

    nlp, name = _pipeline(model)
    for extraction in extract(articles, nlp, batch_size=batch_size):
        yield shard_of(extraction, name) if isinstance(extraction, ArticleExtraction) else extraction


def extract_batch(articles: list[Article], model: str | None, batch_size: int) -> list[Shard | Skipped]:
    """Run in a worker: extract a batch of articles."""
    return list(extract_here(articles, model, batch_size))


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that end when this process is gone. Where the system has it, they fork
    from a server process that imported spaCy and the extraction code once, before this one opened
    the store ("forkserver"): a fork of this process would inherit the open store and its lock, and
    a spawned worker imports everything anew (0.7 CPU seconds each)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_MODULES)
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_exit_with_build,
                               initargs=(os.getpid(),))


# What a worker imports: this module, the pipeline and spaCy's English language data. (A worker
# also runs the command line's module again as its main module, which therefore imports little:
# `graph.formats`.)
WORKER_MODULES = ["graph.parallel", "extract.pipeline", "spacy.lang.en"]


def _exit_with_build(build: int) -> None:
    """Run in each worker: a build killed with -9 cannot shut its pool down, and its workers would
    wait for work forever; so a worker watches the build's process, and goes when it goes. (Not
    its parent: a fork server lives as long as the workers it forked.)"""
    def watch() -> None:
        try:
            with open(os.pidfd_open(build), "rb", buffering=0) as pidfd:  # readable once the process ends
                select.select([pidfd], [], [])
        except ProcessLookupError:  # gone already
            pass
        except (AttributeError, OSError):  # no pidfd here (before Linux 5.3, or not Linux): ask each second
            while _alive(build):
                time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="diplograph-build-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or its number given to another user's process
        return False
    return True


@contextmanager
def executor(workers: int = 1, dask: str | None = None) -> Iterator[tuple[Executor, int]]:
    """A process pool of `workers`, or the executor of a Dask cluster (`local:N` or a scheduler
    address), with the number of processes it runs on."""
    if dask is None:
        with process_pool(workers) as pool:
            yield pool, workers
        return
    from dask import config as dask_config
    from distributed import Client, LocalCluster

    if dask.startswith("local:"):
        with dask_config.set({DASK_WORKERS_MALLOC_TRIM: None}):
            cluster = LocalCluster(n_workers=int(dask.split(":", 1)[1]), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield client.get_executor(pure=False), len(cluster.workers)
    else:
        with Client(dask) as client:
            yield client.get_executor(pure=False), max(len(client.scheduler_info()["workers"]), 1)


# Dask gives the worker processes it starts MALLOC_TRIM_THRESHOLD_, so that glibc hands freed memory
# back to the system. Setting it turns off glibc's adaptive mmap threshold: the parser's large
# temporary arrays are then mapped and unmapped anew every time, which costs spaCy 18% more CPU
# (measured: 300 articles in one process, 7.3 against 8.7 CPU s; a 2,000-article `--dask local:2`
# build 44-45 s against 40 s). A LocalCluster started here goes without it; the README says how to
# do the same on a real cluster.
DASK_WORKERS_MALLOC_TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"


def extract_shards(articles: Iterable[Article], pool: Executor, model: str | None, batch_size: int,
                   in_flight: int) -> Iterator[Shard | Skipped]:
    """Shards of all articles, as batches complete (in no set order), with at most `in_flight`
    batches submitted at a time."""
    source = iter(articles)
    pending = set()
    while True:
        while len(pending) < in_flight:
            batch = list(islice(source, batch_size))
            if not batch:
                break
            pending.add(pool.submit(extract_batch, batch, model, batch_size))
        if not pending:
            return
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield from future.result()
