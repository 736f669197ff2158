"""`diplograph build`: articles in, knowledge graph out.

Reads the inputs, skips what cannot be read (each with a reason) and what the store already
holds, extracts the rest in batches, adds them to the store in batches of whole articles, then
refreshes `graph.ttl` and `graph.html` from the store (unless told to leave them) and writes
`report.json`.
"""
from __future__ import annotations

import fcntl
import json
import os
import queue
import resource
import shutil
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from extract import __version__
from extract.ingest import DEFAULT_MAX_BYTES, read_articles
from extract.records import Article, Skipped
from graph import iri
from graph.formats import OUTPUTS, TURTLE_FILE, VIEW_FILE
from graph.network import event_graph
from graph.parallel import Shard, executor, extract_here, extract_shards, process_pool
from graph.store import GraphStore, StoreBusy, query, write_atomic
from graph.validate import ValidationResult, prepare_validation, validate_ntriples
from graph.view import filter_graph, write_view


@dataclass
class BuildOptions:
    inputs: list[str]
    out: Path
    model: str | None = None
    workers: int = 1
    batch_size: int = 16
    rebuild: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    truncate: bool = False
    check: bool = True  # validate the output against the SHACL shapes
    check_all: bool = False  # every added article, not a sample of VALIDATION_SAMPLE
    dask: str | None = None  # a Dask scheduler address, or local:N
    # rewrite graph.ttl and graph.html from the whole store: off for a large store fed often, where
    # that costs more than the new articles (about 7 s a million triples); `diplograph export` and
    # `diplograph view` write them when they are wanted
    outputs: bool = True


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)  # file names of the articles added
    already: list[str] = field(default_factory=list)  # inputs whose article the store held
    skipped: list[dict] = field(default_factory=list)  # {"file": ..., "reason": ...}
    articles_in_store: int = 0
    triples: int = 0
    actors_by_type: dict[str, int] = field(default_factory=dict)
    events_by_category: dict[str, int] = field(default_factory=dict)
    events_by_status: dict[str, int] = field(default_factory=dict)
    events: int = 0
    model: str = ""
    version: str = __version__
    outputs: list[str] = field(default_factory=list)  # the files rewritten from the store
    timings: dict[str, float] = field(default_factory=dict)
    peak_memory_mb: float = 0.0
    validation: dict | None = None

    def summary(self) -> str:
        return (f"built {len(self.built)} article(s), {len(self.already)} already in the store, "
                f"skipped {len(self.skipped)}; {self.events} events from {self.articles_in_store} article(s) in the graph")


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold OUT/.lock for the whole build, so that a second build on the same output (which could
    otherwise delete the store under the first with --rebuild) is refused with a clear message.
    The lock is the kernel's: it goes with the process, even after kill -9."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreBusy(f"another diplograph build is writing {out} ({holder}); wait for it to finish") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()


def build(options: BuildOptions, warn: Callable[[str], None] = lambda message: None,
          progress: Callable[[Iterator], Iterator] = lambda items: items,
          stage: Callable[[str], None] = lambda message: None) -> BuildReport:
    """Build or extend the graph in `options.out`. Returns the report it also writes.

    `progress` wraps the stream of extracted articles; `stage` is told what the build does once
    they are all extracted, which takes the longer the larger the store (graph.ttl is written anew
    from all of it)."""
    with build_lock(Path(options.out)):
        return _build(options, warn, progress, stage)


def _build(options: BuildOptions, warn: Callable[[str], None], progress: Callable[[Iterator], Iterator],
           stage: Callable[[str], None]) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    out = Path(options.out)
    store_dir = out / "store"
    if options.rebuild and store_dir.exists():
        shutil.rmtree(store_dir)
    store = GraphStore(store_dir)
    _store_threads_below_parse()
    store.ensure_ontology()

    # a store that held no article when the build began holds none of its inputs: no lookups
    # (each costs more while the build's loads are still being compacted)
    check_store = store.holds_articles()

    def new_articles() -> Iterator[Article]:
        for item in read_articles(options.inputs, max_bytes=options.max_bytes, truncate=options.truncate,
                                  english_only=options.model is None):
            if isinstance(item, Skipped):
                report.skipped.append({"file": item.source, "reason": item.reason})
                warn(f"skipped {item.source}: {item.reason}")
            elif check_store and store.has_graph(iri.article(item.id)):
                report.already.append(item.file_name)
            else:
                yield item

    extraction_started = time.perf_counter()
    with _extraction_pool(options) as (pool, workers), Checks(pool, options.check, options.check_all) as checks:
        with BackgroundCommits(store, report) as commits:
            waiting: list[Shard] = []
            extracted_count = 0
            for extracted in progress(_shards(new_articles(), options, pool, workers)):
                if isinstance(extracted, Skipped):
                    report.skipped.append({"file": extracted.source, "reason": extracted.reason})
                    warn(f"skipped {extracted.source}: {extracted.reason}")
                    continue
                extracted_count += 1
                waiting.append(extracted)
                checks.offer(extracted)
                if len(waiting) >= COMMIT_BATCHES * options.batch_size:
                    checks.start()
                    commits.submit(waiting)
                    waiting = []
            if extracted_count:
                stage(f"{extracted_count:,} article(s) extracted; committing the last to the store")
            checks.finish()
            commits.finish(waiting)
        store.flush()
        report.timings["extract_s"] = round(time.perf_counter() - extraction_started, 3)
        if options.outputs:
            write_started = time.perf_counter()
            stage(f"writing {out / TURTLE_FILE} and {out / VIEW_FILE}")
            refresh_outputs(store, out)
            report.outputs = list(OUTPUTS)
            report.timings["write_s"] = round(time.perf_counter() - write_started, 3)
        elif report.built and (stale := [name for name in OUTPUTS if (out / name).exists()]):
            warn(f"{' and '.join(stale)} in {out} do not show the {len(report.built):,} article(s) this build added; "
                 f"'diplograph export' and 'diplograph view' write them from the store")
        _count(store, report)
        waited = time.perf_counter()
        if options.check:
            stage("finishing the SHACL checks")
        validation = checks.result()
        if validation is not None:
            report.validation = validation.as_dict()
            report.timings["validate_s"] = round(time.perf_counter() - waited, 3)  # beyond what overlapped
            if not validation.conforms:
                warn(f"the graph does not conform to ontology/shapes.ttl: {len(validation.problems)} problem(s), "
                     f"listed in report.json")
    report.timings["total_s"] = round(time.perf_counter() - started, 3)
    report.peak_memory_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    write_atomic(out / "report.json", json.dumps(asdict(report), indent=2, ensure_ascii=False) + "\n")
    return report


# Articles are committed in loads of this many extraction batches (512 articles, some 35 MB of
# N-Quads, by default): each load writes and ingests a set of index files, whose cost per quad falls
# with their size and which RocksDB compacts the fewer times the fewer they are, while a build killed
# part-way loses at most the loads not yet committed. (Measured on a quiet machine, 2,000 articles on
# two workers, two rounds: loads of 128 articles 43.9 and 44.3 s, of 512 articles 42.7 and 43.1 s,
# the main process's CPU 12.0 -> 10.1 s; its peak memory 265 -> 418 MB, and a single-process build's
# 375 -> 603 MB, the same for 10,000 articles as for 2,000 but for 80 MB.)
COMMIT_BATCHES = 32


# How much lower than the parse the store's writes run (added to the nice value, at most 19). The
# writes need little CPU and never hold up the parse, which they would otherwise share the cores
# with: Oxigraph's bulk loader sorts each load on as many threads as there are cores, and RocksDB
# compacts the loaded files on threads of its own (a tenth of the parse's CPU on a large build).
COMMIT_NICENESS = 10


def _below_parse(thread: int) -> None:
    """Lower a thread of this process below the parse (the main thread's priority). On Linux a
    nice value is a thread's own, and the threads it starts inherit it; elsewhere nothing changes."""
    try:
        lowered = min(os.getpriority(os.PRIO_PROCESS, threading.main_thread().native_id) + COMMIT_NICENESS, 19)
        if os.getpriority(os.PRIO_PROCESS, thread) < lowered:
            os.setpriority(os.PRIO_PROCESS, thread, lowered)
    except (AttributeError, OSError):
        pass


def _store_threads_below_parse() -> None:
    """RocksDB's compaction and flush threads ("rocksdb:low", "rocksdb:high"), started with the
    first store this process opens, below the parse."""
    for name in Path("/proc/self/task").glob("*/comm"):
        try:
            if name.read_text().startswith("rocksdb:"):
                _below_parse(int(name.parent.name))
        except OSError:  # a thread that ended meanwhile
            pass


class BackgroundCommits:
    """Adds batches of extracted articles to the store on a second thread, each batch at once
    (whole articles only), and records them as built once committed. Oxigraph releases the
    GIL while it writes, so the store's writes overlap the parse instead of following it; at a
    lower priority, so that they take the CPU the parse leaves (measured: a 2,000-article
    single-process build 93.4 -> 84.9 s and 87.8 -> 79.2 s, each pair run back to back). The
    last batch, once the parse is over, is committed on the calling thread (`finish`), at its
    priority."""

    def __init__(self, store: GraphStore, report: BuildReport) -> None:
        self.store, self.report = store, report
        self.batches: queue.Queue[list[Shard] | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="diplograph-commits", daemon=True)

    def __enter__(self) -> BackgroundCommits:
        self.thread.start()
        return self

    def submit(self, shards: list[Shard]) -> None:
        if self.error is not None:
            raise self.error
        if shards:
            self.batches.put(shards)

    def finish(self, shards: list[Shard]) -> None:
        """Commit the last batch here, beside what the commit thread has still to commit: the
        parse is over, so it need not yield to anything, and the build waits for both. (Oxigraph's
        own bulk loader runs loads side by side, on threads that each write and ingest their own
        files; measured on 2,000 articles and two workers, the loads left when extraction ended
        took 2.2 s one after the other, 1.2 s side by side, and the build ended 0.4 s sooner.)"""
        self.batches.put(None)  # the thread ends after what it was given
        try:
            if shards and self.error is None:
                self._commit(shards)
        finally:
            self.thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        _below_parse(threading.get_native_id())
        while (shards := self.batches.get()) is not None:
            if self.error is not None:
                continue  # drain: nothing more is written after a failure
            try:
                self._commit(shards)
            except BaseException as error:  # handed to the main thread, which raises it
                self.error = error

    def _commit(self, shards: list[Shard]) -> None:
        self.store.add_nquads(b"".join(part for item in shards for part in (item.graph, item.triples)))
        for item in shards:
            self.report.built.append(item.file_name)
            self.report.model = item.model

    def __exit__(self, kind, value, traceback) -> None:
        if self.thread.is_alive():  # what was submitted is committed, even on Ctrl-C: whole batches
            self.batches.put(None)
            self.thread.join()
        if self.error is not None and kind is None:
            raise self.error


# SHACL checks at most this many of the articles a build adds, evenly spread (all of them with
# --validate-all): pySHACL takes about 3 ms an article, a tenth of the parse on a large build,
# and it checks diplograph's own writer, whose faults show on any sample of articles.
VALIDATION_SAMPLE = 200


class EvenSample:
    """At most `size` items spread evenly over a stream of unknown length, holding at most twice
    `size`: every `stride`-th item is kept, and when twice `size` are kept, every other one goes
    and the stride doubles."""

    def __init__(self, size: int) -> None:
        self.size, self.stride, self.seen = size, 1, 0
        self.kept: list = []

    def offer(self, item) -> None:
        if self.seen % self.stride == 0:
            self.kept.append(item)
            if len(self.kept) == 2 * self.size:
                self.kept = self.kept[::2]
                self.stride *= 2
        self.seen += 1

    def items(self) -> list:
        if len(self.kept) <= self.size:
            return self.kept
        return [self.kept[index * len(self.kept) // self.size] for index in range(self.size)]


@contextmanager
def _extraction_pool(options: BuildOptions) -> Iterator[tuple[Executor | None, int]]:
    """The process pool or Dask cluster of `--workers`/`--dask` and its number of processes, or
    None to work in this process."""
    if options.workers == 1 and options.dask is None:
        yield None, 1
        return
    with executor(options.workers, options.dask) as (pool, workers):
        yield pool, workers


class Checks:
    """The SHACL checks of the articles a build adds (`every` one, or an `EvenSample` of
    VALIDATION_SAMPLE), on the N-Triples their shards carry, CHECK_CHUNK articles at a time.

    A sample is sent once extraction ends (`finish`), to be checked while the last load is
    committed and the outputs are written, when the workers would otherwise wait (measured on
    2,000 articles and two workers: the outputs, which the checks had slowed, 2.9 -> 1.7 s). With
    every article, a chunk is sent as soon as it is full, at most CHECKS_IN_FLIGHT at once, so that
    memory stays bounded. They go to the extraction pool if there is one; in a single-process
    build, to a process of their own, started at the first commit (`start`) so that it loads
    pySHACL while this one extracts. Chunks with nowhere to go (at most a commit's worth) wait for
    that process, or are checked here at `result()`."""

    def __init__(self, pool: Executor | None, enabled: bool, every: bool) -> None:
        self.pool, self.enabled, self.every = pool, enabled, every
        self.own: ProcessPoolExecutor | None = None
        self.sample = EvenSample(VALIDATION_SAMPLE)
        self.chunk: list[bytes] = []
        self.unsent: list[bytes] = []
        self.pending: deque[Future] = deque()
        self.problems: list[str] = []
        self.checked = 0

    def start(self) -> None:
        if self.enabled and self.pool is None and self.own is None:
            self.own = process_pool(1)
            self.own.submit(prepare_validation)
            for data in self.unsent:
                self._send(data)
            self.unsent = []

    def offer(self, shard: Shard) -> None:
        if self.enabled:
            if self.every:
                self._add(shard.triples)
            else:
                self.sample.offer(shard.triples)

    def finish(self) -> None:
        """Every article is offered: send the sample, and the last chunk."""
        for triples in self.sample.items():
            self._add(triples)
        if self.chunk:
            self._send_chunk()

    def _add(self, triples: bytes) -> None:
        self.chunk.append(triples)
        self.checked += 1
        if len(self.chunk) == CHECK_CHUNK:
            self._send_chunk()

    def _send_chunk(self) -> None:
        self._send(b"".join(self.chunk))
        self.chunk = []

    def _send(self, data: bytes) -> None:
        executor = self.pool if self.pool is not None else self.own
        if executor is None:
            self.unsent.append(data)
            return
        if len(self.pending) >= CHECKS_IN_FLIGHT:
            self.problems += self.pending.popleft().result().problems
        self.pending.append(executor.submit(validate_ntriples, data))

    def result(self) -> ValidationResult | None:
        if not self.enabled:
            return None
        for data in self.unsent:
            self.problems += validate_ntriples(data).problems
        while self.pending:
            self.problems += self.pending.popleft().result().problems
        return ValidationResult(not self.problems, sorted(set(self.problems)), self.checked)

    def __enter__(self) -> Checks:
        return self

    def __exit__(self, *exc) -> None:
        if self.own is not None:
            self.own.shutdown(cancel_futures=True)


# Articles per SHACL check (so that a sample is two chunks, one for each of two workers), and how
# many chunks at most are sent and not yet checked.
CHECK_CHUNK = 100
CHECKS_IN_FLIGHT = 4


def _shards(articles: Iterator[Article], options: BuildOptions, pool: Executor | None,
            workers: int) -> Iterator[Shard | Skipped]:
    """Extracted articles, and those extraction failed on: here, or on the pool."""
    if pool is None:
        yield from extract_here(articles, options.model, options.batch_size)
    else:
        yield from extract_shards(articles, pool, options.model, options.batch_size, in_flight=2 * workers)


# graph.html shows at most this many events, the most recent: a page stays usable and the build's
# memory stays bounded however large the store; `diplograph view` draws any other slice.
VIEW_EVENTS = 15_000


def refresh_outputs(store: GraphStore, out: Path) -> None:
    """graph.ttl and graph.html from what the store holds. The Turtle is written on a second
    thread (Oxigraph releases the GIL while it writes) as the view is drawn on this one."""
    with ThreadPoolExecutor(max_workers=1) as writer:
        turtle = writer.submit(store.write_turtle, out / TURTLE_FILE)
        graph = event_graph(store.store, most_recent=VIEW_EVENTS)
        heading = f"diplograph: {out.name}"
        if graph.number_of_edges() == VIEW_EVENTS:
            heading += f" (the {VIEW_EVENTS:,} most recent events)"
        write_view(filter_graph(graph), out / VIEW_FILE, heading=heading)
        turtle.result()


COUNTS = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dip:Article }",
    "actors": "SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?type . ?type rdfs:subClassOf* dip:Actor . "
              "FILTER(?type != dip:Actor) } GROUP BY ?type",
    "categories": "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dip:category ?c } GROUP BY ?c",
    "statuses": "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dip:status ?c } GROUP BY ?c",
}


def _count(store: GraphStore, report: BuildReport) -> None:
    def rows(name):
        return list(query(store.store, COUNTS[name]))

    def local(term) -> str:
        return term.value.rsplit("#", 1)[-1]

    report.articles_in_store = int(rows("articles")[0]["n"].value)
    report.actors_by_type = dict(sorted(Counter({local(r["type"]): int(r["n"].value) for r in rows("actors")}).items()))
    report.events_by_category = dict(sorted((local(r["c"]), int(r["n"].value)) for r in rows("categories")))
    report.events_by_status = dict(sorted((local(r["c"]), int(r["n"].value)) for r in rows("statuses")))
    report.events = sum(report.events_by_category.values())
    report.triples = store.count()
