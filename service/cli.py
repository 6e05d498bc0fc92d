"""``article-enricher``: the command line. Parses arguments and dispatches; no logic of its own.

Exit codes: 0 success; 1 some articles were rejected (``enrich``, ``publish``, ``show``) or the worker
failed; 2 usage, input-file or settings errors (an unknown ``ENRICHER_*`` variable); 3 Redis
could not be reached; 130 interrupted.
"""

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

import orjson

from service import __version__

if TYPE_CHECKING:
    from redis import Redis

    from service.settings import Settings

_T = TypeVar("_T")

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    from service.redaction import guard_process_output

    guard_process_output()
    parser = _parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    from pydantic import ValidationError

    try:
        return command(args)
    except ValidationError as exc:  # only Settings() validates at this level
        print(f"article-enricher: invalid settings: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `article-enricher enrich x.jsonl | head`
        sys.stderr.close()
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="article-enricher",
        description="Enrich news articles with entities, numeric facts and ISO 3166 region codes.",
        epilog="Settings come from ENRICHER_* environment variables and REDIS_URL (see README).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    enrich = commands.add_parser(
        "enrich",
        help="enrich article files and print one event per line (JSON lines)",
        description="Enrich articles from .txt (first line is the title), .json or .jsonl files, or - for "
        "stdin, and print one event per input article as JSON lines, in input order. Rejected "
        "articles are reported on stderr.",
    )
    enrich.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .json, .jsonl file, or -")
    enrich.add_argument("--pretty", action="store_true", help="indented JSON for people")
    enrich.add_argument("--no-body", action="store_true", help="leave the article body out of events")
    enrich.add_argument(
        "--batch-size",
        type=_positive_int,
        default=None,
        help="articles per nlp.pipe batch (default: the batch_size setting, ENRICHER_BATCH_SIZE)",
    )
    enrich.set_defaults(command=_enrich)

    worker = commands.add_parser(
        "worker",
        help="run the stream worker (settings from the environment)",
        description="Read articles from the input stream, publish events to the output stream. "
        "Stops gracefully on SIGTERM or SIGINT.",
    )
    worker.set_defaults(command=_worker)

    publish = commands.add_parser(
        "publish",
        help="push article files into the input stream",
        description="XADD each article as flat fields to the input stream named by the settings.",
    )
    publish.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .json, .jsonl file, or -")
    publish.set_defaults(command=_publish)

    schema = commands.add_parser("schema", help="print the event JSON Schema")
    schema.set_defaults(command=_schema)

    dead = commands.add_parser(
        "dead-letters",
        help="list, show or replay dead letters",
        description="Inspect the dead-letter stream and move chosen entries back to the input stream "
        "with their original fields. Replay is idempotent: a dead letter is replayed at most once, "
        "so an interrupted replay can simply be run again.",
    )
    dead_commands = dead.add_subparsers(title="actions", required=True, metavar="ACTION")
    dead_list = dead_commands.add_parser("list", help="one JSON line per dead letter")
    dead_show = dead_commands.add_parser("show", help="one dead letter in full")
    dead_show.add_argument("dead_id", metavar="ID", help="the dead letter's entry id")
    dead_replay = dead_commands.add_parser(
        "replay", help="move dead letters back to the input stream (each at most once)"
    )
    for action in (dead_list, dead_replay):
        action.add_argument("--code", help="only this error code (e.g. enrichment_failed)")
        action.add_argument("--since", metavar="ID", help="only dead letters from this id or ms time on")
    dead_replay.add_argument(
        "--dry-run", action="store_true", help="say what would be replayed, change nothing"
    )
    dead_list.set_defaults(command=_dead_list)
    dead_show.set_defaults(command=_dead_show)
    dead_replay.set_defaults(command=_dead_replay)

    show = commands.add_parser(
        "show",
        help="render enriched articles as one self-contained HTML page",
        description="Enrich articles (the inputs of enrich) or read events (--events: what enrich prints) "
        "and write one HTML page: entity mentions highlighted by type, facts underlined, boilerplate "
        "greyed, a side panel of entities, regions, places and facts; an index when there are several.",
    )
    show.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .json, .jsonl file, or -")
    show.add_argument("--events", action="store_true", help="the inputs are events, not articles")
    show.add_argument("--out", metavar="FILE", help="write the page here (default: standard output)")
    show.add_argument(
        "--open", action="store_true", help="open the page in a browser (a temporary file without --out)"
    )
    show.set_defaults(command=_show)

    demo = commands.add_parser(
        "demo",
        help="run the worker on the bundled example articles against a local Redis",
        description="Publish the bundled example articles to fresh demo streams, run a worker until "
        "every article is enriched, print the events, and stop. Redis: REDIS_URL, else "
        "localhost:6379, else a throwaway redis-server from PATH.",
    )
    demo.add_argument("--pretty", action="store_true", help="indented JSON for people")
    demo.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the events")
    demo.set_defaults(command=_demo)
    return parser


def _enrich(args: argparse.Namespace) -> int:
    from service.edge import document_entry, enrich_entries, limits_of
    from service.enrich.pipeline import Enricher, Resources
    from service.io.files import InputFileError, read_articles
    from service.schema.errors import ArticleError
    from service.settings import Settings

    settings = Settings()
    batch_size = args.batch_size or settings.batch_size
    enricher = Enricher(
        Resources.load(settings.model, vocabulary_budget=settings.vocabulary_budget),
        include_body=settings.include_body and not args.no_body,
        batch_size=batch_size,
    )
    limits = limits_of(settings)
    progress = _Progress() if sys.stderr.isatty() else None
    rejected = 0
    try:
        for chunk in _chunks(read_articles(args.paths), batch_size):
            entries = [
                item.data if isinstance(item.data, ArticleError) else document_entry(item.data)
                for item in chunk
            ]
            for item, result in zip(chunk, enrich_entries(enricher, entries, limits), strict=True):
                if isinstance(result, ArticleError):
                    rejected += 1
                    _print_error(item.origin, result)
                    continue
                sys.stdout.write(result.model_dump_json(indent=2 if args.pretty else None) + "\n")
            sys.stdout.flush()
            if progress:
                progress.advance(len(chunk))
    except InputFileError as exc:
        print(f"article-enricher: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if progress:
            progress.close()
    return EXIT_REJECTED if rejected else EXIT_OK


def _worker(_args: argparse.Namespace) -> int:
    from service.broker.worker import run
    from service.logs import configure_logging
    from service.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    return run(settings)


def _publish(args: argparse.Namespace) -> int:
    from redis.exceptions import RedisError

    from service.broker.connection import RedisUrlError, describe
    from service.broker.producer import publish_articles
    from service.io.files import InputFileError, read_articles
    from service.schema.errors import ArticleError
    from service.settings import Settings

    settings = Settings()
    try:
        items = list(read_articles(args.paths))
    except InputFileError as exc:
        print(f"article-enricher: {exc}", file=sys.stderr)
        return EXIT_USAGE
    good = [item.data for item in items if not isinstance(item.data, ArticleError)]
    for item in items:
        if isinstance(item.data, ArticleError):
            _print_error(item.origin, item.data)
    try:
        ids = publish_articles(settings, good)
    except RedisUrlError as exc:
        print(f"article-enricher: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RedisError as exc:
        where = describe(settings.redis_url)
        print(f"article-enricher: cannot use Redis at {where}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    for entry_id in ids:
        print(entry_id)
    return EXIT_REJECTED if len(good) < len(items) else EXIT_OK


def _dead_list(args: argparse.Namespace) -> int:
    from service.broker.deadletters import read_dead_letters, with_replayed_as

    with _redis() as (client, settings):
        entries = read_dead_letters(client, settings, code=args.code, since=args.since)
        for entry, replayed in with_replayed_as(client, settings, entries):
            _print_json(entry.summary(replayed))
    return EXIT_OK


def _dead_show(args: argparse.Namespace) -> int:
    from service.broker.deadletters import find_dead_letter, replayed_as

    with _redis() as (client, settings):
        entry = find_dead_letter(client, settings, args.dead_id)
        if entry is None:
            print(f"article-enricher: no dead letter {args.dead_id}", file=sys.stderr)
            return EXIT_REJECTED
        [replayed] = replayed_as(client, settings, [entry.dead_id])
        sys.stdout.write(orjson.dumps(entry.detail(replayed), option=orjson.OPT_INDENT_2).decode() + "\n")
    return EXIT_OK


def _dead_replay(args: argparse.Namespace) -> int:
    from collections import Counter

    from service.broker.deadletters import Action, prune_ledger, read_dead_letters, replay_in_pages

    counts: Counter[Action] = Counter()
    with _redis() as (client, settings):
        entries = read_dead_letters(client, settings, code=args.code, since=args.since)
        for result in replay_in_pages(client, settings, entries, dry_run=args.dry_run):
            line = {"id": result.dead_id, "action": result.action.value, "input_id": result.input_id}
            _print_json(line | ({"reason": result.reason} if result.reason else {}))
            counts[result.action] += 1
        forgotten = 0 if args.dry_run else prune_ledger(client, settings)
    summary = ", ".join(
        f"{action.value.replace('_', ' ')} {counts[action]}" for action in Action if counts[action]
    )
    if forgotten:
        summary += f"; the ledger forgot {forgotten} dead letters trimmed from the stream"
    print(f"article-enricher dead-letters replay: {summary or 'nothing matched'}", file=sys.stderr)
    return EXIT_REJECTED if counts[Action.BLOCKED] else EXIT_OK


@contextlib.contextmanager
def _redis() -> "Iterator[tuple[Redis, Settings]]":
    """A client on the configured Redis; exits with EXIT_UNAVAILABLE when it cannot be reached."""
    from redis.exceptions import ConnectionError as RedisConnectionError

    from service.broker.connection import describe, sync_client
    from service.settings import Settings

    settings = Settings()
    client = sync_client(settings.redis_url)
    try:
        yield client, settings
    except RedisConnectionError as exc:
        print(
            f"article-enricher: cannot reach Redis at {describe(settings.redis_url)}: {exc}", file=sys.stderr
        )
        raise SystemExit(EXIT_UNAVAILABLE) from exc
    finally:
        client.close()


def _print_json(value: object) -> None:
    sys.stdout.write(orjson.dumps(value).decode() + "\n")


def _schema(_args: argparse.Namespace) -> int:
    from service.schema.events import event_json_schema

    sys.stdout.write(orjson.dumps(event_json_schema(), option=orjson.OPT_INDENT_2).decode() + "\n")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from service.io.files import InputFileError
    from service.render.show import show

    try:
        rejected = show(args.paths, events=args.events, out=args.out, open_page=args.open)
    except InputFileError as exc:
        print(f"article-enricher: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for origin, error in rejected:
        _print_error(origin, error)
    return EXIT_REJECTED if rejected else EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from service.demo import DemoError, run_demo

    try:
        events = run_demo(timeout_s=args.timeout)
    except DemoError as exc:
        print(f"article-enricher demo: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    for event in events:
        option = orjson.OPT_INDENT_2 if args.pretty else 0
        sys.stdout.write(orjson.dumps(event, option=option).decode() + "\n")
    return EXIT_OK


def _print_error(origin: str, error: object) -> None:
    from service.schema.errors import ArticleError

    assert isinstance(error, ArticleError)
    line = {"origin": origin, "error": error.model_dump(mode="json")}
    sys.stderr.write(orjson.dumps(line).decode() + "\n")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _chunks(items: Iterator[_T], size: int) -> Iterator[list[_T]]:
    while chunk := list(islice(items, size)):
        yield chunk


class _Progress:
    """A one-line article counter on stderr (only when stderr is a terminal)."""

    def __init__(self) -> None:
        self.done = 0

    def advance(self, count: int) -> None:
        self.done += count
        sys.stderr.write(f"\renriched {self.done} articles")
        sys.stderr.flush()

    def close(self) -> None:
        if self.done:
            sys.stderr.write("\n")


if __name__ == "__main__":
    sys.exit(main())
