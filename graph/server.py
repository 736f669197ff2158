"""`diplograph serve`: a read-only SPARQL 1.1 Protocol endpoint over the store, and the HTML view.

A small threaded HTTP server in front of pyoxigraph rather than `oxigraph serve-read-only`:
Oxigraph's server runs SERVICE requests wherever a query points, so a guard has to parse every
query in Python anyway (`graph.safety.checked_form`); doing it in the process that holds the
store saves a second server and a hop, and the query itself still runs in Oxigraph.

Routes: `/sparql` (GET `?query=`, POST form or `application/sparql-query`), `/` and
`/graph.html` (the view written by `build`), `/graph.ttl`. Updates get 403, malformed queries 400
with the parser's message, queries over the time limit 503.
"""
from __future__ import annotations

import io
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from graph.formats import TURTLE_FILE, VIEW_FILE
from graph.namespace import PREFIXES
from graph.safety import ForbiddenQuery, MalformedQuery
from graph.sparql import StoreSource, run

__all__ = ["Endpoint", "make_server"]

SELECT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "application/xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV,
                "text/tab-separated-values": ox.QueryResultsFormat.TSV}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/n-quads": ox.RdfFormat.N_QUADS}
MAX_BODY = 1024 * 1024


class Endpoint:
    """What the handler serves: the store, the output folder's files, and the query limits."""

    def __init__(self, store: ox.Store, folder: Path | None, timeout: float = 30.0, concurrency: int = 4) -> None:
        self.source = StoreSource(store)
        self.folder = folder
        self.timeout = timeout
        self.pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sparql")
        self.slots = threading.BoundedSemaphore(concurrency)

    def answer(self, query: str, accept: str) -> tuple[int, str, bytes]:
        """Status, media type and body for one query."""
        if not self.slots.acquire(blocking=False):
            return HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", b"too many queries running; try again shortly\n"
        future = self.pool.submit(self._evaluate, query, accept)
        future.add_done_callback(lambda _: self.slots.release())
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            # Oxigraph cannot be interrupted: the query finishes in the background, holding its slot.
            return (HTTPStatus.SERVICE_UNAVAILABLE, "text/plain",
                    f"the query took longer than {self.timeout:g} s and was abandoned\n".encode())

    def _evaluate(self, query: str, accept: str) -> tuple[int, str, bytes]:
        try:
            result = run(self.source, query)
        except MalformedQuery as error:
            return HTTPStatus.BAD_REQUEST, "text/plain", f"{error}\n".encode()
        except ForbiddenQuery as error:
            return HTTPStatus.FORBIDDEN, "text/plain", f"{error}\n".encode()
        body = io.BytesIO()
        if result.form in ("CONSTRUCT", "DESCRIBE"):
            media = _negotiate(accept, GRAPH_TYPES, "text/turtle")
            if media is None:
                return HTTPStatus.NOT_ACCEPTABLE, "text/plain", f"graphs are served as {', '.join(GRAPH_TYPES)}\n".encode()
            prefixes = PREFIXES if GRAPH_TYPES[media] == ox.RdfFormat.TURTLE else None
            ox.serialize(result.value, body, GRAPH_TYPES[media], prefixes=prefixes)
        else:
            media = _negotiate(accept, SELECT_TYPES, "application/sparql-results+json")
            if media is None:
                return HTTPStatus.NOT_ACCEPTABLE, "text/plain", f"results are served as {', '.join(SELECT_TYPES)}\n".encode()
            result.value.serialize(body, SELECT_TYPES[media])
        return HTTPStatus.OK, media, body.getvalue()


def _negotiate(accept: str, offered: dict, default: str) -> str | None:
    """The offered media type the Accept header prefers (q-values honoured), or None."""
    choices = []
    for position, item in enumerate((accept or "*/*").split(",")):
        media, *parameters = [part.strip() for part in item.split(";")]
        weight = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        choices.append((-weight, position, media.lower()))
    for negative_weight, _, media in sorted(choices):
        if negative_weight == 0:
            break
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            match = next((candidate for candidate in (default, *offered) if candidate.startswith(media[:-1])), None)
            if match:
                return match
    return None


class Handler(BaseHTTPRequestHandler):
    server_version = "diplograph"
    endpoint: Endpoint  # set on the class made by make_server

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sparql":
            query = urllib.parse.parse_qs(url.query).get("query")
            if not query:
                return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"give a query as ?query=...\n")
            return self._send(*self.endpoint.answer(query[0], self.headers.get("Accept", "")))
        files = {"/": (VIEW_FILE, "text/html; charset=utf-8"), f"/{VIEW_FILE}": (VIEW_FILE, "text/html; charset=utf-8"),
                 f"/{TURTLE_FILE}": (TURTLE_FILE, "text/turtle; charset=utf-8")}
        if url.path in files and self.endpoint.folder is not None:
            name, media = files[url.path]
            file = self.endpoint.folder / name
            if file.is_file():
                return self._send(HTTPStatus.OK, media, file.read_bytes())
        self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: the SPARQL endpoint is /sparql\n")

    def do_POST(self) -> None:
        if urllib.parse.urlsplit(self.path).path != "/sparql":
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: the SPARQL endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"the query is too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only: updates are refused\n")
        if media == "application/sparql-query":
            query = body
        elif media == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body)
            if "update" in form:
                return self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only: updates are refused\n")
            query = (form.get("query") or [""])[0]
        else:
            return self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain",
                              b"POST a query as application/sparql-query or application/x-www-form-urlencoded\n")
        if not query.strip():
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"the query is empty\n")
        self._send(*self.endpoint.answer(query, self.headers.get("Accept", "")))

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878, quiet: bool = False) -> ThreadingHTTPServer:
    """A server bound to host:port (port 0 picks a free one), not yet serving."""
    handler = type("DiplographHandler", (Handler,), {"endpoint": endpoint})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.quiet = quiet
    return server
