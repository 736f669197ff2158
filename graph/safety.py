"""Keeping queries and diplograph itself off the network.

Two guards, because neither engine can be trusted to stay local on its own:

* `check_query` parses a query before any engine sees it and refuses updates, SERVICE (unless
  allowed), and FROM / FROM NAMED of anything but diplograph's own graphs. Oxigraph runs SERVICE
  itself, from Rust, where no Python hook reaches; rdflib runs SERVICE and LOAD too.
* `install_network_guard` adds an audit hook (as rdflib's security considerations describe) that
  stops rdflib's own URL fetching while diplograph runs: `Graph.parse` of a URL, remote JSON-LD
  contexts, SERVICE through rdflib. Only the endpoint a user names on the command line is let
  through.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

from pyparsing import ParseException
from rdflib import URIRef
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from graph.namespace import DATA, ONTOLOGY_IRI, PREFIXES

__all__ = ["QueryRefused", "MalformedQuery", "ForbiddenQuery", "CheckedQuery", "checked_form", "install_network_guard", "NetworkBlocked"]

QUERY_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
               "DescribeQuery": "DESCRIBE"}


class QueryRefused(ValueError):
    """A query that is not run; the message says why."""


class MalformedQuery(QueryRefused):
    """SPARQL that does not parse; the message is the parser's."""


class ForbiddenQuery(QueryRefused):
    """Well-formed SPARQL that diplograph will not run: updates, SERVICE, outside datasets."""


class NetworkBlocked(PermissionError):
    """diplograph tried to reach an address nobody asked it to."""


@dataclass(frozen=True)
class CheckedQuery:
    """A query known to be safe to run: its form, and whether it names its own dataset (FROM)."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    names_dataset: bool


def checked_form(query: str, allow_service: bool = False) -> CheckedQuery:
    """The query's form and dataset once it is known to be safe to run.

    Raises QueryRefused with the parser's message for malformed SPARQL, and with the reason for
    updates, SERVICE (unless `allow_service`), and FROM / FROM NAMED outside diplograph's graphs.
    """
    try:
        prologue, body = parseQuery(query)
    except ParseException as error:
        if _is_update(query):
            raise ForbiddenQuery("updates are not allowed: diplograph runs SELECT, ASK, CONSTRUCT and DESCRIBE only") from None
        raise MalformedQuery(f"malformed SPARQL: {error}") from None
    prefixes = dict(PREFIXES)
    for declaration in prologue:
        if declaration.name == "PrefixDecl":
            prefixes[declaration.prefix or ""] = str(declaration.iri)
    services = list(_find(body, "ServiceGraphPattern", "term", prefixes))
    datasets = list(_find(body, "DatasetClause", None, prefixes))
    if services and not allow_service:
        raise ForbiddenQuery(f"SERVICE is not allowed (query names {', '.join(services)}); "
                             "diplograph answers from its own store")
    outside = [iri for iri in datasets if not _is_own_graph(iri)]
    if outside:
        raise ForbiddenQuery(f"FROM / FROM NAMED of {', '.join(outside)} is not allowed: only diplograph's own graphs may be named")
    return CheckedQuery(QUERY_FORMS[body.name], bool(datasets))


def _is_update(query: str) -> bool:
    try:
        parseUpdate(query)
    except ParseException:
        return False
    return True


def _is_own_graph(iri: str) -> bool:
    return iri.startswith(str(DATA)) or iri == str(ONTOLOGY_IRI)


def _find(node, name: str, field: str | None, prefixes: dict[str, str]):
    """IRIs held by every `name` part of a parse tree (all of the part's IRIs when `field` is None)."""
    if isinstance(node, CompValue):
        if node.name == name:
            values = [node.get(field)] if field else list(node.values())
            yield from (_iri(value, prefixes) for value in values)
            return
        children = node.values()
    elif isinstance(node, (list, tuple)) or hasattr(node, "asList"):
        children = node
    else:
        return
    for child in children:
        yield from _find(child, name, field, prefixes)


def _iri(term, prefixes: dict[str, str]) -> str:
    if isinstance(term, CompValue) and term.name == "pname":
        return prefixes.get(term.prefix or "", f"{term.prefix}:") + (term.localname or "")
    if isinstance(term, URIRef):
        return str(term)
    return f"?{term}"  # a variable: SERVICE ?x names whatever the data says, refused like any other


_allowed_origins: set[tuple[str, str]] = set()
_hook_installed = False


def install_network_guard(allowed: tuple[str, ...] = ()) -> None:
    """From now on, Python code in this process may open URLs only of the `allowed` endpoints.

    Audit hooks cannot be removed, so this is for the command line, not for library imports.
    Calling it again only widens the allowed set.
    """
    global _hook_installed
    _allowed_origins.update(_origin(url) for url in allowed)
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _audit(event: str, args: tuple) -> None:
    """Refuse urllib requests (rdflib fetches through urllib) to anywhere but the allowed origins."""
    if event == "urllib.Request" and _origin(args[0]) not in _allowed_origins:
        raise NetworkBlocked(f"diplograph does not fetch {args[0]}: only an endpoint given with --endpoint is reached")
